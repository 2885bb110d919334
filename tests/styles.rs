//! The stylesheet's shape, kept by tests rather than by memory: one `@container` block
//! per breakpoint, and no selector given two rules in the same block.
#![cfg(not(target_arch = "wasm32"))] // native: reads the widget's files

const CSS: &str = include_str!("../styles/pakkaz.css");

/// The stylesheet without its comments.
fn code() -> String {
    let mut out = String::new();
    let mut rest = CSS;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find("*/").expect("comments close") + start + 2;
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Each rule's selector list with the at-rule it sits in ("" at the top level).
fn rules() -> Vec<(String, String)> {
    let code = code();
    let mut rules = Vec::new();
    let mut context: Vec<String> = Vec::new();
    let mut text = String::new();
    for c in code.chars() {
        match c {
            '{' => {
                let head = text.trim().to_string();
                if !head.starts_with('@') {
                    rules.push((context.join(" "), head.clone()));
                }
                context.push(head);
                text.clear();
            }
            '}' => {
                context.pop();
                text.clear();
            }
            ';' => text.clear(),
            _ => text.push(c),
        }
    }
    rules
}

#[test]
fn each_breakpoint_has_one_container_block() {
    let mut seen = std::collections::BTreeMap::new();
    for (context, _) in rules() {
        if context.starts_with("@container") {
            seen.insert(context, ());
        }
    }
    let blocks = code().matches("@container").count();
    assert_eq!(blocks, seen.len(), "one block per condition: {seen:?}");
}

#[test]
fn no_selector_has_two_rules_in_one_block() {
    let mut seen = std::collections::BTreeSet::new();
    let mut twice = Vec::new();
    for (context, selectors) in rules() {
        for selector in selectors.split(',') {
            let selector = selector.split_whitespace().collect::<Vec<_>>().join(" ");
            if !seen.insert((context.clone(), selector.clone())) {
                twice.push(format!("{context} {selector}"));
            }
        }
    }
    assert!(twice.is_empty(), "defined twice: {twice:?}");
    assert!(rules().len() > 100, "read the stylesheet's rules");
}

#[test]
fn the_narrow_block_is_where_time_runs_down() {
    use pakkaz_core::timeline::metrics::NARROW_MAX_PX;
    let query = format!("@container (max-width: {NARROW_MAX_PX}px)");
    assert!(
        code().contains(&query),
        "styles/pakkaz.css has no `{query}`"
    );
}
