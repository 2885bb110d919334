//! Tests of `src/timeline/layout.rs`: lane stacking.

use pakkaz_core::timeline::layout::{stack, stack_choices, Extent, LANE_GAP_PX};
use proptest::prelude::*;

proptest! {
    #[test]
    fn lanes_never_overlap(items in prop::collection::vec((0.0f64..2_000.0, 0.0f64..300.0), 0..200)) {
        let mut extents: Vec<Extent> = items.iter().map(|&(l, w)| Extent { left: l, right: l + w }).collect();
        extents.sort_by(|a, b| a.left.total_cmp(&b.left));
        let (lanes, count) = stack(&extents, LANE_GAP_PX);
        prop_assert_eq!(lanes.len(), extents.len());
        for i in 0..extents.len() {
            prop_assert!(lanes[i] < count);
            for j in (i + 1)..extents.len() {
                if lanes[i] == lanes[j] {
                    let (a, b) = (extents[i], extents[j]);
                    prop_assert!(a.right + LANE_GAP_PX <= b.left || b.right + LANE_GAP_PX <= a.left,
                        "{:?} and {:?} share lane {}", a, b, lanes[i]);
                }
            }
        }
    }

    #[test]
    fn lanes_never_overlap_with_two_choices(
        items in prop::collection::vec((0.0f64..2_000.0, 0.0f64..300.0, 0.0f64..300.0, any::<bool>()), 0..200)
    ) {
        let options: Vec<[Option<Extent>; 2]> = items.iter().map(|&(x, after, before, both)| [
            Some(Extent { left: x, right: x + after }),
            both.then_some(Extent { left: x - before, right: x }),
        ]).collect();
        let (placed, count) = stack_choices(&options, LANE_GAP_PX, usize::MAX).unwrap();
        let chosen: Vec<(usize, Extent)> = placed.iter().zip(&options)
            .map(|(&(lane, choice), o)| (lane, o[choice].expect("chosen option exists")))
            .collect();
        for (i, (la, a)) in chosen.iter().enumerate() {
            prop_assert!(*la < count);
            for (lb, b) in &chosen[i + 1..] {
                if la == lb {
                    prop_assert!(a.right + LANE_GAP_PX <= b.left || b.right + LANE_GAP_PX <= a.left);
                }
            }
        }
    }
}
