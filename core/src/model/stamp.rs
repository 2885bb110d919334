//! Stamps: a number no other value made by this program shares, for keying memos and
//! effects by "is this the same value" without comparing contents (10,000 flags on every
//! frame) or addresses (a freed value's address is soon reused by the next one).

use std::ops::Deref;
use std::sync::atomic::{AtomicU64, Ordering};

/// A fresh stamp: never handed out before.
pub fn next_stamp() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A value with its stamp. Equal when stamped at the same time, i.e. the same value.
#[derive(Debug)]
pub struct Stamped<T> {
    stamp: u64,
    value: T,
}

impl<T> Stamped<T> {
    pub fn new(value: T) -> Stamped<T> {
        Stamped {
            stamp: next_stamp(),
            value,
        }
    }

    pub fn stamp(&self) -> u64 {
        self.stamp
    }
}

impl<T> Deref for Stamped<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> PartialEq for Stamped<T> {
    fn eq(&self, other: &Self) -> bool {
        self.stamp == other.stamp
    }
}
