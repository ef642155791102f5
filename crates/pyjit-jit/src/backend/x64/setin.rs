//! `int in set` and `s.add(i)`/`s.discard(i)`/`s.remove(i)` in machine code: the set's
//! table probed inline, the way `SetTable::find_by` and `insert_by` probe it, for the cases
//! that need no Rust — the helper call (`helpers::contains`, `containers::set_add` ...)
//! stays behind it for everything else.
//!
//! For an int `i` of hash `i` (|i| < 2**60 and not -1, whose hash is -2), a set not mutably
//! borrowed: an unallocated table answers *absent*; otherwise the home slot `i & mask` is
//! looked at alone, then the probe sequence is walked run by run (`group_walk`) — linear
//! runs of 10 slots (1 where they would wrap: `run_bits`) from the home slot, then from
//! CPython's perturbed jumps (`next_start`), each run's control bytes compared 16 at once:
//! an unused slot ends it (*absent*), dummies and live slots of another tag are stepped over,
//! a live slot holding `Int(i)` answers *present*, and a live slot of the same hash holding
//! anything else — an instance (whose `__eq__` CPython calls: `Slot::NeedsEq`), a bool or a
//! float equal to `i`, ... — hands over to the helper, which probes again from the start.
//! The slots looked at, and in which order, are `find_by`'s, and a key is compared only when
//! its hash is the probe's (`find_by` filters by control tag, a function of the hash, and
//! then by hash), so the answer is the helper's; an add reuses `insert_by`'s slot (the last
//! dummy of the sequence, else its unused slot), so the iteration order stays CPython's.
//! Like `find_by`, the walk relies on the table never filling up (it grows at 3/5 full), so
//! some slot is unused.
//!
//! The micro loop `if (i & 15) in s` over a five-int set took 139 instructions an iteration
//! with the helper call; see docs/jit.md (*Performance*, nqueens) for the numbers after, and
//! why a per-slot walk of churned tables lost (unpredictable branches) where the group
//! walk wins.

use super::{Cg, R11, RAX};
use crate::backend::layout::SetLayout;
use crate::backend::{TAG_INT, TAG_SET};
use crate::ir::{Helper, Ref, Type};
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi};
use pyjit_runtime::object::{
    SET_CTRL_DELETED, SET_CTRL_EMPTY, SET_CTRL_LIVE, SET_DUMMY_HASH, SET_LINEAR_PROBES,
};

/// The allocatable registers the walk borrows (saved and restored around it).
const BORROWED: [u8; 6] = [1, 6, 7, 8, 9, 10];
/// The walk's words in the call area's save words, after the borrowed registers: the
/// probe's tag and the dummy's control byte, 16 copies each, the last dummy met
/// (`group_walk`), and the home slot (`set_update_fast`). 12 of the area's 20 words.
const W_TAG: i32 = 8 * BORROWED.len() as i32;
const W_DEL: i32 = W_TAG + 16;
const W_FREE: i32 = W_DEL + 16;
const W_HOME: i32 = W_FREE + 8;

impl Cg<'_> {
    fn restore_borrowed(&mut self, base: i32) {
        for (k, &g) in BORROWED.iter().enumerate() {
            dynasm!(self.ops ; .arch x64 ; mov Rq(g), [rsp + base + 8 * k as i32]);
        }
    }

    /// The call area's save words (free outside a call; a trace with a set fast path has
    /// one, the helper call behind it): the registers the walk borrows, then the walk's own
    /// words (`W_*`).
    fn save_words(&self) -> i32 {
        8 * self.a.spill_slots as i32
    }

    /// The probe sequence of int `i` (in rax, its own hash) in the set in r11, walked as
    /// `SetTable::find_by` / `insert_by` walk it: per run (10 slots from its start, 1 where
    /// they would wrap: `run_bits`), the run's 16 control bytes are compared at once (SSE2
    /// `pcmpeqb`/`pmovmskb`, in xmm14/xmm15) with `EMPTY` and with the probe's tag; only
    /// the slots before the first unused one whose byte is the tag are read. A slot holding
    /// `Int(i)` → `found` (r8 = the slots, r11 = the slot's byte offset, rdx = its index);
    /// a key of hash `i` that is anything else (an instance, whose `__eq__` CPython calls; a
    /// bool or float equal to `i`; ...) → `helper`; an unused slot → `absent` (rcx = the
    /// run's start, rdx = its unused-slot bits; with `dummies`, `W_FREE` = the last dummy
    /// met, as `insert_by`'s `free`, or -1). Then the next run starts at CPython's perturbed
    /// jump (`next_start`). One branch per run where the scalar walk took several per slot
    /// (unpredictable in churned tables: docs/jit.md). Saves the borrowed registers (every
    /// label is reached with them borrowed: `restore_borrowed`). Relies, like `find_by`,
    /// on some slot being unused (the table grows at 3/5 full).
    fn group_walk(
        &mut self,
        lay: &SetLayout,
        dummies: bool,
        found: DynamicLabel,
        absent: DynamicLabel,
        helper: DynamicLabel,
    ) {
        let base = self.save_words();
        for (k, &g) in BORROWED.iter().enumerate() {
            dynasm!(self.ops ; .arch x64 ; mov [rsp + base + 8 * k as i32], Rq(g));
        }
        let (w_tag, w_del, w_free) = (base + W_TAG, base + W_DEL, base + W_FREE);
        let ones = 0x0101_0101_0101_0101_i64;
        let (start, next, hits, other, after) = (
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
        );
        // rcx = the run's start, rsi = the control bytes, r8 = the slots, r9 = the mask,
        // rdi = `perturb`; W_TAG = the probe's tag in all 16 bytes (`set_table::tag`).
        dynasm!(self.ops ; .arch x64
            ; mov rsi, [r11 + lay.ctrl]
            ; mov r8, [r11 + lay.slots]
            ; mov r9, [r11 + lay.mask]
            ; mov rdi, rax
            ; mov rcx, r9
            ; and rcx, rax
            ; mov rdx, rax
            ; shr rdx, 7
            ; xor rdx, rax
            ; and edx, 0x7f
            ; or edx, SET_CTRL_LIVE as i32
            ; mov r11, QWORD ones
            ; imul rdx, r11
            ; mov [rsp + w_tag], rdx
            ; mov [rsp + w_tag + 8], rdx
        );
        if dummies {
            dynasm!(self.ops ; .arch x64
                ; imul r11, r11, SET_CTRL_DELETED as i32
                ; mov [rsp + w_del], r11
                ; mov [rsp + w_del + 8], r11
                ; mov QWORD [rsp + w_free], -1
            );
        }
        dynasm!(self.ops ; .arch x64
            ; =>start
            // r11 = the run's bits (`run_bits`).
            ; mov rdx, r9
            ; sub rdx, rcx
            ; mov r10d, 1
            ; mov r11d, (1 << (SET_LINEAR_PROBES + 1)) - 1
            ; cmp rdx, SET_LINEAR_PROBES as i32
            ; cmovb r11d, r10d
            ; movdqu xmm14, [rsi + rcx]
            // rdx = the run's unused slots; r11 = the slots before the first (`before_empty`).
            ; pxor xmm15, xmm15
            ; pcmpeqb xmm15, xmm14
            ; pmovmskb edx, xmm15
            ; and edx, r11d
            ; lea r10d, [rdx - 1]
            ; and r11d, r10d
            ; mov r10d, edx
            ; not r10d
            ; and r11d, r10d
        );
        if dummies {
            // The last dummy of the run before its unused slot, if any (`insert_by`'s `free`).
            dynasm!(self.ops ; .arch x64
                ; movdqu xmm15, [rsp + w_del]
                ; pcmpeqb xmm15, xmm14
                ; pmovmskb r10d, xmm15
                ; and r10d, r11d
                ; jz >none
                ; bsr r10d, r10d
                ; add r10, rcx
                ; mov [rsp + w_free], r10
                ; none:
            );
        }
        dynasm!(self.ops ; .arch x64
            ; movdqu xmm15, [rsp + w_tag]
            ; pcmpeqb xmm15, xmm14
            ; pmovmskb r10d, xmm15
            ; and r10d, r11d
            ; jnz =>hits
            ; =>after
            ; test edx, edx
            ; jnz =>absent
            // The next run starts at (start * 5 + 1 + (perturb >>= 5)) & mask.
            ; =>next
            ; shr rdi, 5
            ; lea rcx, [rcx + rcx * 4 + 1]
            ; add rcx, rdi
            ; and rcx, r9
            ; jmp =>start
            // Each slot of the run whose byte is the tag, in slot order.
            ; =>hits
            ; bsf r11d, r10d
            ; add r11, rcx
            ; imul r11, r11, lay.stride
            ; cmp BYTE [r8 + r11 + lay.key], TAG_INT as i8
            ; jne =>other
            ; cmp [r8 + r11 + lay.key + 8], rax
            ; jne =>other
            ; bsf edx, r10d
            ; add rdx, rcx
            ; jmp =>found
            ; =>other
            ; cmp [r8 + r11 + lay.hash], rax
            ; je =>helper
            ; lea r11d, [r10 - 1]
            ; and r10d, r11d
            ; jnz =>hits
            ; jmp =>after
        );
    }

    /// `item` into rax, going to `slow` unless it is its own hash: |i| < 2**60, i != -1.
    fn int_hash_to_rax(&mut self, item: Ref, slow: DynamicLabel) {
        self.gpr_to(RAX, item);
        dynasm!(self.ops ; .arch x64
            ; mov rdx, rax
            ; shl rdx, 3
            ; sar rdx, 3
            ; cmp rdx, rax
            ; jne =>slow
            ; cmp rax, -1
            ; je =>slow
        );
    }

    /// `contains` of an int in a set (operands: the set, the int; `k` bit 16: `not in`) inline
    /// when the set layout could be measured (`layout::set_layout`): writes the result and
    /// jumps to the returned label, or falls through to the helper call that follows (bind
    /// the label after it).
    pub(super) fn set_contains_fast(
        &mut self,
        r: Ref,
        h: Helper,
        k: u32,
        args: &[Ref],
    ) -> Option<DynamicLabel> {
        let (Helper::Contains, &[set, item]) = (h, args) else {
            return None;
        };
        if self.t.ty(set) != Type::Obj(TAG_SET) || self.t.ty(item) != Type::Int {
            return None;
        }
        let lay = crate::backend::layout::set_layout()?;
        let not_in = (k >> 16 & 1) as i32;
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let base = self.save_words();
        let empty = SET_CTRL_EMPTY as i32;
        self.int_hash_to_rax(item, slow);
        // The home slot alone first, with the scratch registers only (`find_by` does the
        // same): unused → absent; holding `Int(i)` → present (unused slots and dummies hold
        // `Null`, so no control byte needs reading for that).
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; cmp QWORD [r11 + lay.flag], 0
            ; jl =>slow
            ; mov rdx, [r11 + lay.mask]
            ; test rdx, rdx
            ; jz >absent
            ; and rdx, rax
            ; mov r11, [r11 + lay.ctrl]
            ; cmp BYTE [r11 + rdx], empty as i8
            ; je >absent
        );
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; mov r11, [r11 + lay.slots]
            ; imul rdx, rdx, lay.stride
            ; cmp BYTE [r11 + rdx + lay.key], TAG_INT as i8
            ; jne >probe
            ; cmp [r11 + rdx + lay.key + 8], rax
            ; je >present
            ; probe:
        );
        // Otherwise the whole probe sequence, from the home slot again, by control-byte
        // groups in borrowed registers.
        self.gpr_to(R11, set);
        let (present_r, absent_r, helper) = (
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
        );
        self.group_walk(&lay, false, present_r, absent_r, helper);
        dynasm!(self.ops ; .arch x64 ; =>helper);
        self.restore_borrowed(base);
        dynasm!(self.ops ; .arch x64 ; jmp =>slow ; =>present_r);
        self.restore_borrowed(base);
        dynasm!(self.ops ; .arch x64
            ; present:
            ; mov eax, 1 ^ not_in
            ; jmp >result
            ; =>absent_r
        );
        self.restore_borrowed(base);
        dynasm!(self.ops ; .arch x64
            ; absent:
            ; mov eax, not_in
            ; result:
        );
        self.gpr_result(r, RAX);
        dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>slow);
        Some(done)
    }

    /// The address of the slot whose index is at `[rsp + home]` into r11 (rdx clobbered).
    fn home_slot_to_r11(&mut self, set: Ref, lay: &SetLayout, home: i32) {
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; mov r11, [r11 + lay.slots]
            ; mov rdx, [rsp + home]
            ; imul rdx, rdx, lay.stride
            ; add r11, rdx
        );
    }

    /// The slot `r11` points at (index `[rsp + home]`) becomes a dummy, as `discard` leaves
    /// it: the dummy hash and a `Null` key, one live key less, its control byte deleted;
    /// then on to `done`.
    fn slot_to_dummy(&mut self, set: Ref, lay: &SetLayout, home: i32, done: DynamicLabel) {
        dynasm!(self.ops ; .arch x64
            ; mov QWORD [r11 + lay.hash], SET_DUMMY_HASH as i32
            ; mov QWORD [r11 + lay.key], lay.null_tag
        );
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; dec QWORD [r11 + lay.used]
            ; mov r11, [r11 + lay.ctrl]
            ; add r11, [rsp + home]
            ; mov BYTE [r11], SET_CTRL_DELETED as i8
            ; jmp =>done
        );
    }

    /// `s.add(i)`, `s.discard(i)` and `s.remove(i)` of an int (operands: the set, the int)
    /// inline, as `SetTable::insert_by`, `find_by` and `remove_slot` do them: the set
    /// mutable (not frozen) and not borrowed at all (`try_borrow_mut`), `i` of hash `i` (as
    /// for `in`), the table allocated. The home slot alone first, with the scratch registers:
    /// * holding `Int(i)`: `add` changes nothing, `discard`/`remove` leave a dummy there
    ///   (hash -1, `Null`, control byte `DELETED`, one key less — an int needs no release);
    /// * unused: `discard` changes nothing; `add` puts the key there (`place`: control byte,
    ///   hash, value, one more key and one more used slot).
    ///
    /// Otherwise (a dummy or another key at home: churned tables, nqueens' sets) the group
    /// walk (`group_walk`) finds `Int(i)` (then as at home) or the unused slot ending the
    /// probe sequence: `discard` changes nothing, `add` puts the key in the last dummy met
    /// (one more key) or else in that unused slot. An `add` into an unused slot that would
    /// grow the table (`fill * 5 >= mask * 3` after it), `remove` of an absent key
    /// (`KeyError`) and a key of hash `i` that is not `Int(i)` go to the helper call that
    /// follows. Returns the label to bind after that call.
    pub(super) fn set_update_fast(&mut self, h: Helper, args: &[Ref]) -> Option<DynamicLabel> {
        let (Helper::SetAdd | Helper::SetDiscard | Helper::SetRemove, &[set, item]) = (h, args)
        else {
            return None;
        };
        if self.t.ty(set) != Type::Obj(TAG_SET) || self.t.ty(item) != Type::Int {
            return None;
        }
        let lay = crate::backend::layout::set_layout()?;
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let base = self.save_words();
        let (home, free) = (base + W_HOME, base + W_FREE);
        let empty = SET_CTRL_EMPTY as i8;
        let (walk, at_home) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        self.int_hash_to_rax(item, slow);
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; cmp BYTE [r11 + lay.frozen], 0
            ; jne =>slow
            ; cmp QWORD [r11 + lay.flag], 0
            ; jne =>slow
            ; mov rdx, [r11 + lay.mask]
            ; test rdx, rdx
            ; jz =>slow
            ; and rdx, rax
            ; mov [rsp + home], rdx
            ; mov r11, [r11 + lay.ctrl]
            ; cmp BYTE [r11 + rdx], empty
            ; jne >used
        );
        // An unused home slot.
        match h {
            Helper::SetAdd => dynasm!(self.ops ; .arch x64 ; jmp =>at_home),
            Helper::SetDiscard => dynasm!(self.ops ; .arch x64 ; jmp =>done),
            _ => dynasm!(self.ops ; .arch x64 ; jmp =>slow),
        }
        // A used home slot: decided there only when it holds `Int(i)`.
        dynasm!(self.ops ; .arch x64 ; used:);
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; mov r11, [r11 + lay.slots]
            ; imul rdx, rdx, lay.stride
            ; add r11, rdx
            ; cmp BYTE [r11 + lay.key], TAG_INT as i8
            ; jne =>walk
            ; cmp [r11 + lay.key + 8], rax
            ; jne =>walk
        );
        if h == Helper::SetAdd {
            dynasm!(self.ops ; .arch x64 ; jmp =>done);
        } else {
            self.slot_to_dummy(set, &lay, home, done);
        }
        // The walk. `found` leaves the slot's index in rdx, `absent` the run's start in
        // rcx and its unused-slot bits in rdx.
        let (found, absent, helper) = (
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
            self.ops.new_dynamic_label(),
        );
        dynasm!(self.ops ; .arch x64 ; =>walk);
        self.gpr_to(R11, set);
        self.group_walk(&lay, h == Helper::SetAdd, found, absent, helper);
        dynasm!(self.ops ; .arch x64 ; =>found ; mov [rsp + home], rdx);
        self.restore_borrowed(base);
        if h == Helper::SetAdd {
            dynasm!(self.ops ; .arch x64 ; jmp =>done);
        } else {
            // The key at slot `home` becomes a dummy, as at home.
            self.home_slot_to_r11(set, &lay, home);
            self.slot_to_dummy(set, &lay, home, done);
        }
        dynasm!(self.ops ; .arch x64 ; =>absent);
        if h == Helper::SetAdd {
            // The last dummy met, else the unused slot.
            dynasm!(self.ops ; .arch x64
                ; bsf edx, edx
                ; add rdx, rcx
                ; mov [rsp + home], rdx
            );
            self.restore_borrowed(base);
            dynasm!(self.ops ; .arch x64
                ; mov rdx, [rsp + free]
                ; test rdx, rdx
                ; js =>at_home
                ; mov [rsp + home], rdx
            );
            self.gpr_to(R11, set);
            dynasm!(self.ops ; .arch x64 ; jmp >place);
        } else {
            self.restore_borrowed(base);
            if h == Helper::SetDiscard {
                dynasm!(self.ops ; .arch x64 ; jmp =>done);
            } else {
                dynasm!(self.ops ; .arch x64 ; jmp =>slow);
            }
        }
        dynasm!(self.ops ; .arch x64 ; =>helper);
        self.restore_borrowed(base);
        dynasm!(self.ops ; .arch x64 ; jmp =>slow);
        if h == Helper::SetAdd {
            // `Int(i)` into the unused slot `home` (one more used slot, unless the table
            // would grow: the helper's) ...
            dynasm!(self.ops ; .arch x64 ; =>at_home);
            self.gpr_to(R11, set);
            dynasm!(self.ops ; .arch x64
                // Would the table grow: (fill + 1) * 5 >= mask * 3?
                ; mov rdx, [r11 + lay.fill]
                ; lea rdx, [rdx + rdx * 4 + 5]
                ; mov rax, [r11 + lay.mask]
                ; lea rax, [rax + rax * 2]
                ; cmp rdx, rax
                ; jae =>slow
                ; inc QWORD [r11 + lay.fill]
                // ... or into the dummy `home`: one more key.
                ; place:
                ; inc QWORD [r11 + lay.used]
            );
            self.gpr_to(RAX, item);
            dynasm!(self.ops ; .arch x64
                // The control byte: `set_table::tag`.
                ; mov rdx, rax
                ; shr rdx, 7
                ; xor rdx, rax
                ; and edx, 0x7f
                ; or edx, SET_CTRL_LIVE as i32
                ; mov r11, [r11 + lay.ctrl]
                ; add r11, [rsp + home]
                ; mov [r11], dl
            );
            self.home_slot_to_r11(set, &lay, home);
            dynasm!(self.ops ; .arch x64
                ; mov [r11 + lay.hash], rax
                ; mov QWORD [r11 + lay.key], TAG_INT as i32
                ; mov [r11 + lay.key + 8], rax
                ; jmp =>done
            );
        }
        dynasm!(self.ops ; .arch x64 ; =>slow);
        Some(done)
    }
}
