//! One stable sort for everything the widget sorts (events, eras, the track's labels, ids).
//!
//! Why not `sort_by` at each place: every call with its own element type or comparison
//! is another copy of the standard library's sorting code in the wasm, which every
//! reader downloads (BENCHMARKS.md, "What each addition costs", has the saving). Here
//! only positions (`u32`) are sorted, through one comparison passed as `&dyn Fn`, so the
//! code is there once; moving the items into that order is a small loop per type.

use std::cmp::Ordering;

/// Positions `0..n` in the order `cmp` gives them, equal ones in position order.
pub fn sorted_positions(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by(|&a, &b| cmp(a as usize, b as usize));
    order
}

/// `items` sorted by `cmp`, stably.
pub fn sorted<T>(items: Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) -> Vec<T> {
    let order = sorted_positions(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots[i as usize].take())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let got = sorted(items, &|a, b| a.0.cmp(&b.0));
        assert_eq!(got, [(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        assert_eq!(sorted_positions(3, &|a, b| b.cmp(&a)), [2, 1, 0]);
        assert!(sorted(Vec::<u8>::new(), &|a, b| a.cmp(b)).is_empty());
    }
}
