//! The folding cases of `fold_cases.txt`, checked against a fold: natively
//! (core/tests/filters.rs) and with the browser's Unicode data (tests/browser.rs).

/// Asserts that each `=` line's two texts fold the same and each `!` line's do not.
pub fn check_fold_cases(fold: impl Fn(&str) -> String) {
    let mut checked = 0;
    for line in include_str!("fold_cases.txt").lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let parts: Vec<&str> = line.split('\t').collect();
        let (equal, typed, text) = (parts[0] == "=", parts[1], parts[2]);
        assert_eq!(
            fold(typed) == fold(text),
            equal,
            "{typed:?} and {text:?} fold to {:?} and {:?}",
            fold(typed),
            fold(text)
        );
        checked += 1;
    }
    assert!(checked > 50, "only {checked} cases read");
}
