//! Building a page in parts, one task each (docs/performance.md): the
//! whole theme page in one task took about 100 ms on a phone, long enough
//! to block a tap. Part 0 is built at once and each further part in a task
//! of its own, out of sight over a pre-rendered page; the takeover waits
//! for the last.

use std::time::Duration;

use leptos::prelude::*;

/// How far a page in parts is built.
#[derive(Clone, Copy)]
pub(crate) struct Steps {
    built: RwSignal<usize>,
    total: usize,
}

impl Steps {
    /// A page of `total` parts: all built at once, or part 0 only.
    pub fn new(total: usize, at_once: bool) -> Steps {
        let built = if at_once { total } else { 1.min(total) };
        Steps {
            built: RwSignal::new(built),
            total,
        }
    }

    /// Whether `part` is built (tracked: a view shows the part once it is).
    pub fn has(self, part: usize) -> bool {
        self.built.get() > part
    }

    fn is_done(self) -> bool {
        self.built
            .try_get_untracked()
            .is_none_or(|b| b >= self.total)
    }

    /// Builds the next part in a task of its own, then the next, and calls
    /// `done` in the task after the last (at once when all are built, and
    /// also when the page is gone).
    pub fn build_in_turn(self, done: impl FnOnce() + 'static) {
        if self.is_done() {
            return done();
        }
        set_timeout(
            move || {
                self.built.try_update(|b| *b += 1);
                self.build_in_turn(done);
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
        match self.is_done() {
            true => f(),
            false => set_timeout(move || self.when_done(f), Duration::ZERO),
        }
    }
}
