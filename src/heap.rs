//! The widget's heap in wasm: a small size-class allocator in place of Rust's default dlmalloc.
//!
//! Why: with this allocator instead of dlmalloc the widget's gzip download is 2.3 KB smaller
//! (134.9 -> 132.6 KB, measured). The widget's allocations are many small short-lived ones
//! (virtual DOM nodes, strings) and a few large ones (the record's text and log), which a simple
//! design serves well:
//!
//! - every request is rounded up to a power of two, its *size class* (8 bytes and up);
//! - a freed block goes on a free list for its class and is handed out again first;
//! - otherwise a block is cut from fresh memory, aligned to its own size (to at most a page),
//!   and any gap that alignment skips is cut into smaller free blocks, so nothing is lost.
//!
//! Allocating and freeing take constant time. The price is memory: a block can be up to half
//! padding, and a freed block only ever serves its own class (blocks are never merged). For the
//! widget this is a few megabytes at most; wasm memory never shrinks anyway.
//!
//! The logic is generic over where pages come from ([`Pages`]), so it is tested natively with a
//! model of every live block (`tests` below); the wasm build plugs in `memory.grow`.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;

/// WebAssembly's page size; fresh memory arrives in whole pages.
pub const PAGE: usize = 65536;

/// Fresh memory is asked for in steps of at least this many pages (1 MiB).
const GROW_PAGES: usize = 16;

/// The smallest block is 8 bytes: room for the free list's link in a freed block.
const MIN_CLASS: u32 = 3;
const _: () = assert!(1 << MIN_CLASS >= size_of::<usize>());

/// One free list per power of two a `usize` can hold.
const CLASSES: usize = usize::BITS as usize;

/// Where fresh memory comes from.
pub trait Pages {
    /// Adds `count` pages and returns the address of the first, or `None` when there is no more
    /// memory. Pages from consecutive calls are usually, but need not be, adjacent.
    fn grow(&self, count: usize) -> Option<usize>;
}

/// The allocator. Single-threaded: it keeps its state in `Cell`s, which is sound only where
/// nothing runs in parallel (wasm without the threads proposal; one test thread natively).
pub struct SizeClasses<P> {
    pages: P,
    /// Head of each class's free list (0 for empty); a free block's first word links the next.
    free: [Cell<usize>; CLASSES],
    /// Fresh memory not yet handed out: `next..end`.
    next: Cell<usize>,
    end: Cell<usize>,
}

impl<P: Pages> SizeClasses<P> {
    /// An allocator with no memory yet; it asks `pages` as it needs.
    pub const fn new(pages: P) -> SizeClasses<P> {
        SizeClasses {
            pages,
            free: [const { Cell::new(0) }; CLASSES],
            next: Cell::new(0),
            end: Cell::new(0),
        }
    }

    /// A block for `layout`, or null when memory is exhausted (or the request is impossible).
    fn allocate(&self, layout: Layout) -> *mut u8 {
        let Some(class) = class_of(layout) else {
            return std::ptr::null_mut();
        };
        let head = self.free[class as usize].get();
        if head != 0 {
            // SAFETY: `head` is a free block of this class that `release` linked; its first word
            // holds the next free block's address.
            self.free[class as usize].set(unsafe { *(head as *const usize) });
            return head as *mut u8;
        }
        self.cut(class)
    }

    /// A new block of `class` from fresh memory, naturally aligned up to a page.
    fn cut(&self, class: u32) -> *mut u8 {
        let size = 1usize << class;
        let align = size.min(PAGE);
        let mut start = self.next.get().next_multiple_of(align);
        if start
            .checked_add(size)
            .is_none_or(|end| end > self.end.get())
        {
            // At least a page more than the block, for its alignment; preferably a good step
            // more, since each grow has a cost (V8 replaces the memory's buffer).
            let needed = size / PAGE + 1;
            let Some((first, count)) = [needed.max(GROW_PAGES), needed]
                .into_iter()
                .find_map(|count| Some((self.pages.grow(count)?, count)))
            else {
                return std::ptr::null_mut();
            };
            if first != self.end.get() {
                // Not adjacent to what we had: the rest of the old memory goes to the free
                // lists, and cutting continues in the new pages.
                self.recycle(self.next.get(), self.end.get());
                self.next.set(first);
            }
            self.end.set(first + count * PAGE);
            start = self.next.get().next_multiple_of(align);
        }
        self.recycle(self.next.get(), start);
        self.next.set(start + size);
        start as *mut u8
    }

    /// Puts the memory `from..to` on the free lists as the largest aligned blocks that fit.
    fn recycle(&self, mut from: usize, to: usize) {
        while to - from >= 1 << MIN_CLASS {
            let aligned = 1usize << from.trailing_zeros().min(PAGE.trailing_zeros());
            let fits = 1usize << (usize::BITS - 1 - (to - from).leading_zeros());
            let size = aligned.min(fits);
            self.release(from, size.trailing_zeros());
            from += size;
        }
    }

    /// Puts the block at `block` on the free list of `class`.
    fn release(&self, block: usize, class: u32) {
        // SAFETY: `block` is a block of `class` (at least a word) that nobody uses any more.
        unsafe { *(block as *mut usize) = self.free[class as usize].get() };
        self.free[class as usize].set(block);
    }
}

/// The size class for `layout`: the power of two at or above both its size and alignment, or
/// `None` for alignments above a page (which the widget never asks for).
fn class_of(layout: Layout) -> Option<u32> {
    if layout.align() > PAGE {
        return None;
    }
    let size = layout.size().max(layout.align()).max(1 << MIN_CLASS);
    Some(size.checked_next_power_of_two()?.trailing_zeros())
}

// SAFETY: blocks of a class never overlap (each is cut from fresh memory once, or reused after
// being freed), are aligned to their size up to a page, which covers every accepted alignment,
// and are at least as big as asked for. Tested against a model below.
unsafe impl<P: Pages> GlobalAlloc for SizeClasses<P> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.allocate(layout)
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        if let Some(class) = class_of(layout) {
            self.release(block as usize, class);
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (of the layout): `GlobalAlloc::realloc` promises `new_size` with this alignment
        // is a valid layout.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class_of(new_layout) == class_of(layout) {
            return block; // a growing string or vector usually still fits its block
        }
        let moved = self.allocate(new_layout);
        if !moved.is_null() {
            // SAFETY: both blocks are live, distinct, and at least this long.
            unsafe {
                std::ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
        }
        moved
    }
}

/// wasm's linear memory, grown with `memory.grow`.
#[cfg(target_arch = "wasm32")]
pub struct LinearMemory;

#[cfg(target_arch = "wasm32")]
impl Pages for LinearMemory {
    fn grow(&self, count: usize) -> Option<usize> {
        let previous = core::arch::wasm32::memory_grow(0, count);
        (previous != usize::MAX).then(|| previous * PAGE)
    }
}

// SAFETY: without the threads proposal a wasm module runs on one thread, so the `Cell`s are
// never touched in parallel.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl Sync for SizeClasses<LinearMemory> {}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static HEAP: SizeClasses<LinearMemory> = SizeClasses::new(LinearMemory);

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A fixed arena handing out pages in order, optionally skipping one now and then so
    /// growth is sometimes not adjacent.
    struct Arena {
        base: usize,
        pages: usize,
        used: Cell<usize>,
        skip_every: usize,
        calls: Cell<usize>,
    }

    impl Arena {
        fn new(pages: usize, skip_every: usize) -> Arena {
            let layout = Layout::from_size_align(pages * PAGE, PAGE).unwrap();
            // SAFETY: non-zero size; freed on drop.
            let base = unsafe { std::alloc::alloc(layout) } as usize;
            assert_ne!(base, 0);
            Arena {
                base,
                pages,
                used: Cell::new(0),
                skip_every,
                calls: Cell::new(0),
            }
        }
    }

    impl Drop for Arena {
        fn drop(&mut self) {
            let layout = Layout::from_size_align(self.pages * PAGE, PAGE).unwrap();
            // SAFETY: allocated in `new` with this layout.
            unsafe { std::alloc::dealloc(self.base as *mut u8, layout) };
        }
    }

    impl Pages for Arena {
        fn grow(&self, count: usize) -> Option<usize> {
            self.calls.set(self.calls.get() + 1);
            if self.skip_every > 0 && self.calls.get() % self.skip_every == 0 {
                self.used.set(self.used.get() + 1);
            }
            let first = self.used.get();
            if first + count > self.pages {
                return None;
            }
            self.used.set(first + count);
            Some(self.base + first * PAGE)
        }
    }

    #[derive(Clone, Debug)]
    enum Op {
        Alloc { size: usize, align_log2: u32 },
        Free(usize),
        Realloc(usize, usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        let size = prop_oneof![8 => 0usize..100, 3 => 0usize..5_000, 1 => 0usize..300_000];
        prop_oneof![
            5 => (size.clone(), 0u32..=7).prop_map(|(size, align_log2)| Op::Alloc { size, align_log2 }),
            3 => any::<usize>().prop_map(Op::Free),
            2 => (any::<usize>(), size).prop_map(|(i, size)| Op::Realloc(i, size)),
        ]
    }

    /// A live block: where it is, how it was asked for, and the byte it was filled with.
    struct Live {
        at: *mut u8,
        layout: Layout,
        fill: u8,
    }

    fn check_and_fill(heap: &SizeClasses<Arena>, live: &[Live], new: &Live) {
        let (start, end) = (new.at as usize, new.at as usize + new.layout.size());
        assert_eq!(start % new.layout.align(), 0, "misaligned");
        let arena = heap.pages.base..heap.pages.base + heap.pages.pages * PAGE;
        assert!(
            arena.contains(&start) && end <= arena.end,
            "outside the arena"
        );
        for other in live {
            let (s, e) = (other.at as usize, other.at as usize + other.layout.size());
            assert!(end <= s || e <= start || start == end || s == e, "overlap");
        }
        // SAFETY: the block is live and this long.
        unsafe { std::ptr::write_bytes(new.at, new.fill, new.layout.size()) };
    }

    fn intact(block: &Live, len: usize) -> bool {
        // SAFETY: the block is live and at least `len` long.
        unsafe { std::slice::from_raw_parts(block.at, len) }
            .iter()
            .all(|&b| b == block.fill)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// Any sequence of allocations, frees and reallocations gives aligned blocks inside
        /// the arena that never overlap a live block, and keeps every block's bytes.
        #[test]
        fn blocks_are_aligned_disjoint_and_kept(ops in prop::collection::vec(op(), 1..300), skip in 0usize..4) {
            let heap = SizeClasses::new(Arena::new(1024, skip));
            let mut live: Vec<Live> = Vec::new();
            for (n, op) in ops.into_iter().enumerate() {
                let fill = (n % 251) as u8 + 1;
                match op {
                    Op::Alloc { size, align_log2 } => {
                        let layout = Layout::from_size_align(size.max(1), 1 << align_log2).unwrap();
                        // SAFETY: non-zero size.
                        let at = unsafe { heap.alloc(layout) };
                        prop_assert!(!at.is_null());
                        let block = Live { at, layout, fill };
                        check_and_fill(&heap, &live, &block);
                        live.push(block);
                    }
                    Op::Free(i) if !live.is_empty() => {
                        let block = live.swap_remove(i % live.len());
                        prop_assert!(intact(&block, block.layout.size()));
                        // SAFETY: allocated here with this layout, freed once.
                        unsafe { heap.dealloc(block.at, block.layout) };
                    }
                    Op::Realloc(i, size) if !live.is_empty() => {
                        let old = live.swap_remove(i % live.len());
                        let new_size = size.max(1);
                        // SAFETY: allocated here with this layout; the new size is non-zero.
                        let at = unsafe { heap.realloc(old.at, old.layout, new_size) };
                        prop_assert!(!at.is_null());
                        let moved = Live { at, layout: Layout::from_size_align(new_size, old.layout.align()).unwrap(), fill: old.fill };
                        prop_assert!(intact(&moved, old.layout.size().min(new_size)), "realloc lost bytes");
                        check_and_fill(&heap, &live, &Live { fill, ..moved });
                        live.push(Live { fill, ..moved });
                    }
                    _ => {}
                }
            }
            for block in &live {
                prop_assert!(intact(block, block.layout.size()));
            }
        }
    }

    #[test]
    fn freed_blocks_are_reused_before_fresh_memory() {
        let heap = SizeClasses::new(Arena::new(4, 0));
        let layout = Layout::from_size_align(24, 8).unwrap();
        // SAFETY: non-zero sizes; each block freed once with its layout.
        unsafe {
            let a = heap.alloc(layout);
            heap.dealloc(a, layout);
            assert_eq!(heap.alloc(layout), a);
            // 24 and 32 bytes share a class, so growing within it keeps the block.
            assert_eq!(heap.realloc(a, layout, 32), a);
        }
        assert_eq!(heap.pages.used.get(), 1);
    }

    #[test]
    fn alignment_gaps_become_free_blocks() {
        let heap = SizeClasses::new(Arena::new(4, 0));
        // SAFETY: non-zero sizes.
        unsafe {
            let small = heap.alloc(Layout::from_size_align(8, 8).unwrap()) as usize;
            let big = heap.alloc(Layout::from_size_align(4096, 8).unwrap()) as usize;
            assert_eq!(big % 4096, 0);
            // The gap between them now serves smaller requests, from the bottom up.
            let next = heap.alloc(Layout::from_size_align(8, 8).unwrap()) as usize;
            assert!(small < next && next < big);
        }
        assert_eq!(heap.pages.used.get(), 1);
    }

    #[test]
    fn memory_grows_in_steps_and_only_by_what_fits_near_the_limit() {
        let heap = SizeClasses::new(Arena::new(40, 0));
        let small = Layout::from_size_align(64, 8).unwrap();
        // SAFETY: non-zero sizes.
        unsafe {
            heap.alloc(small);
            assert_eq!(heap.pages.used.get(), GROW_PAGES);
            // A 16-page block after the small one needs 17 more pages: more than a step.
            let mib = Layout::from_size_align(16 * PAGE, 8).unwrap();
            heap.alloc(mib);
            assert_eq!(heap.pages.used.get(), GROW_PAGES + 17);
            heap.alloc(mib);
            assert_eq!(
                heap.pages.used.get(),
                GROW_PAGES + 17,
                "the step's rest served it"
            );
            // Seven pages left: less than a step, enough for a 4-page block.
            heap.alloc(Layout::from_size_align(4 * PAGE, 8).unwrap());
            assert_eq!(heap.pages.used.get(), GROW_PAGES + 17 + 5);
        }
    }

    #[test]
    fn out_of_memory_is_null_not_a_crash() {
        let heap = SizeClasses::new(Arena::new(2, 0));
        // SAFETY: non-zero sizes.
        unsafe {
            assert!(heap
                .alloc(Layout::from_size_align(4 * PAGE, 8).unwrap())
                .is_null());
            assert!(heap
                .alloc(Layout::from_size_align(8, 2 * PAGE).unwrap())
                .is_null());
            assert!(!heap
                .alloc(Layout::from_size_align(PAGE / 2, 8).unwrap())
                .is_null());
        }
    }
}
