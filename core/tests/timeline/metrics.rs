//! Tests of `core/src/timeline/metrics.rs`: the sizes the code and the stylesheet share.

use pakkaz_core::timeline::metrics::{custom_properties, CSS_METRICS};

const CSS: &str = include_str!("../../../styles/pakkaz.css");

/// Every `--pakkaz-m-` name the stylesheet reads.
fn used() -> std::collections::BTreeSet<&'static str> {
    CSS.match_indices("var(--pakkaz-m-")
        .map(|(at, m)| {
            let rest = &CSS[at + m.len()..];
            &rest[..rest.find(')').unwrap()]
        })
        // The stylesheet's opening comment names the family as `--pakkaz-m-…`.
        .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '-'))
        .collect()
}

#[test]
fn the_stylesheet_reads_every_shared_size_and_only_those() {
    let defined: std::collections::BTreeSet<&str> =
        CSS_METRICS.iter().map(|(name, _)| *name).collect();
    assert_eq!(used(), defined);
    assert!(
        !CSS.contains("(layout)"),
        "sizes kept in step by hand are gone"
    );
}

#[test]
fn the_root_style_carries_each_size_in_whole_pixels() {
    let style = custom_properties();
    for (name, px) in CSS_METRICS {
        assert_eq!(px, px.round(), "{name} is a whole pixel size");
        assert!(
            style.contains(&format!("--pakkaz-m-{name}:{px}px;")),
            "{name}"
        );
    }
}

#[test]
fn the_grid_reaches_past_the_last_lane_and_an_empty_track_keeps_one_lane() {
    use pakkaz_core::timeline::metrics::{grid_length, lanes_height, LANE_HEIGHT_PX};
    assert_eq!(lanes_height(0), LANE_HEIGHT_PX);
    assert_eq!(lanes_height(1), LANE_HEIGHT_PX);
    assert_eq!(lanes_height(3), 3.0 * LANE_HEIGHT_PX);
    for lanes in 0..20 {
        // Past the last lane's labels, and short of the next lane's row.
        let below = grid_length(lanes) - lanes_height(lanes);
        assert!(
            below > 0.0 && below < LANE_HEIGHT_PX,
            "{lanes} lanes: {below}"
        );
    }
}
