//! Building a page in parts, one task each (docs/performance.md).
//!
//! Building the whole theme page in one task took about 100 ms on a phone
//! (Lighthouse's 4× slowed CPU): long enough to block a tap. [`Steps`]
//! builds part 0 at once and each further part in a task of its own, so the
//! browser can handle input (and lay out what is there) in between. This
//! happens out of sight, on a pre-rendered page, and the takeover waits for
//! the last part.

use std::time::Duration;

use leptos::prelude::*;

/// How far a page in parts is built.
#[derive(Clone, Copy)]
pub(crate) struct Steps {
    built: RwSignal<usize>,
    total: usize,
}

impl Steps {
    /// A page of `total` parts, of which part 0 is built.
    pub fn new(total: usize) -> Steps {
        Steps {
            built: RwSignal::new(1.min(total)),
            total,
        }
    }

    /// A page of `total` parts, all built at once.
    pub fn all(total: usize) -> Steps {
        Steps {
            built: RwSignal::new(total),
            total,
        }
    }

    /// Whether `part` is built (tracked: a view shows the part once it is).
    pub fn has(self, part: usize) -> bool {
        self.built.get() > part
    }

    /// Whether every part is built (untracked).
    pub fn is_done(self) -> bool {
        self.built
            .try_get_untracked()
            .is_none_or(|b| b >= self.total)
    }

    /// Builds the next part in a task of its own, then the next, and calls
    /// `done` in the task after the last (also when the page is gone); at
    /// once when every part is built already.
    pub fn build_in_turn(self, done: impl FnOnce() + 'static) {
        if self.is_done() {
            done();
            return;
        }
        set_timeout(
            move || match self.built.try_get_untracked() {
                Some(b) if b < self.total => {
                    self.built.try_set(b + 1);
                    self.build_in_turn(done);
                }
                _ => done(),
            },
            Duration::ZERO,
        );
    }

    /// Builds every part now (printing, a deep link).
    pub fn finish(self) {
        if !self.is_done() {
            self.built.try_set(self.total);
        }
    }

    /// Runs `f` once every part is built: now, or in a later task.
    pub fn when_done(self, f: impl FnOnce() + 'static) {
        if self.is_done() {
            f();
        } else {
            set_timeout(move || self.when_done(f), Duration::ZERO);
        }
    }
}
