//! TimelineJS text (HTML) as plain text: tags dropped, the entities HTML writes most
//! decoded, whitespace run together. Host text is never HTML in the widget, so nothing of
//! the markup survives: a link keeps its words, an image or a script is gone.
//!
//! Written here rather than with a crate: the HTML-to-text crates (`html2text`, and the
//! `html5ever` parser under it) are not in this machine's registry, and a whole HTML
//! parser is much more than dropping tags needs. The owner module carries this, never
//! the widget.

/// `html` as plain text.
pub fn plain_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        let starts_tag = rest[1..]
            .chars()
            .next()
            .is_some_and(|n| n.is_ascii_alphabetic() || n == '/' || n == '!');
        if c == '<' && starts_tag {
            let tag = tag_name(rest);
            // Nothing of a script's or a style's content is text.
            if tag == "script" || tag == "style" {
                let close = format!("</{tag}");
                let end = find_ignoring_case(rest, &close).unwrap_or(rest.len());
                rest = &rest[end..];
            }
            match rest.find('>') {
                Some(end) => {
                    // Block ends and line breaks separate words.
                    if matches!(
                        tag_name(rest).as_str(),
                        "br" | "/p" | "p" | "/div" | "div" | "li" | "/li"
                    ) {
                        out.push(' ');
                    }
                    rest = &rest[end + 1..];
                }
                None => rest = "",
            }
        } else if c == '&' {
            let (decoded, used) = entity(rest);
            out.push_str(&decoded);
            rest = &rest[used..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    words.join(" ")
}

/// The name of the tag `text` starts with (`<p class=…>` → `p`, `</p>` → `/p`), in
/// lower case.
fn tag_name(text: &str) -> String {
    text[1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
        .collect::<String>()
        .to_ascii_lowercase()
}

fn find_ignoring_case(text: &str, needle: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    lower.find(needle)
}

/// The character an entity at the start of `text` stands for, and how many bytes it
/// took; an `&` that starts no known entity is itself.
fn entity(text: &str) -> (String, usize) {
    let Some(end) = text[..text.len().min(12)].find(';') else {
        return ("&".to_string(), 1);
    };
    let name = &text[1..end];
    let decoded = match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        "ndash" => Some('–'),
        "mdash" => Some('—'),
        "lsquo" => Some('‘'),
        "rsquo" => Some('’'),
        "ldquo" => Some('“'),
        "rdquo" => Some('”'),
        "hellip" => Some('…'),
        _ => name.strip_prefix('#').and_then(|n| {
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => n.parse().ok(),
            };
            code.and_then(char::from_u32)
        }),
    };
    match decoded {
        Some(c) => (c.to_string(), end + 1),
        None => ("&".to_string(), 1),
    }
}
