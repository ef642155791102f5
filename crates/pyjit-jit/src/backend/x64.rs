//! x86-64 code generation with dynasm.
//!
//! # Entry ABI
//! A compiled trace is `extern "sysv64" fn(locals: *mut Value, ctx: *mut u64) -> u64`:
//! `locals` is the frame's fast-locals array (16-byte `Value`s: 8-byte tag word at offset 0, payload
//! at offset 8), `ctx` a word array owned by the compiled trace: the exit adds the number of
//! completed iterations to `ctx[0]`, `ctx[1..]` holds the range-iterator words (`next`,
//! `stop`) the trampoline copies in and out, and after them the stack area where exits leave
//! the payloads of their snapshot's operand-stack entries. The return value is the exit code
//! `(tag << 16) | snapshot` of the snapshot whose guard failed (`super::exit_code`; the tag
//! is the compiled trace's, nonzero for side traces).
//!
//! # Registers
//! `r14` = locals, `r15` = ctx, `r13` = iteration counter; `rax`, `rdx` and `r11` are scratch
//! (`rax:rdx` for `idiv`), as are `xmm14` and `xmm15`. Values live in `rbx rcx rsi rdi r8 r9
//! r10 r12 rbp` and `xmm0`–`xmm13` (see `regalloc.rs`); spilled values in 8-byte slots at
//! `[rsp + 8n]`. The prologue saves the callee-saved registers it uses.
//!
//! # Shape of the code
//! ```text
//!   prologue; top:  preamble (guards jump to exit stubs)
//!   [param moves]  loop: inc r13; body; [next moves]; jmp loop     (peeled)
//!   or: write back; inc r13; jmp top                                (unpeeled)
//!   exit stubs: write snapshot slots and stack; mov eax, N;
//!               [if links[N] names code: ctx[0] += r13; drop the frame; jmp there,
//!                past its pushes]  (side.rs)
//!               jmp epilogue
//!   epilogue: ctx[0] += r13; restore; ret
//! ```
//! Every instruction computes into a scratch register and writes its result last, after all
//! its guards, so an exit always sees operand registers intact (the allocator relies on it).
//!
//! # Helper calls
//! `call` instructions (and `storeobj`, and the release of old locals at the end of an
//! iteration in traces that have `storeobj`) call an `extern "sysv64"` helper
//! (`helpers.rs`): the live values in caller-saved registers are saved to a save area in
//! the frame, the operands are staged through memory into `rcx r8 r9` (`rdi` = the trace's
//! `TraceRt`, `rsi` = `k`, `rdx` = tag), and after the call the result (`rax`, copied to
//! `r11`) and the success flag (`rdx`) survive the restore; a failed call exits to its
//! snapshot with every value back in place.
//!
//! # Global guards across links
//! A linked side trace ends by jumping to its loop trace's entry, which runs the preamble
//! again — its `guard.global`/`guard.modattr` helper calls too, though no global can have
//! changed: only Python code rebinds one, and compiled code runs Python code only in a
//! residual call. So the code remembers, in `TraceRt::globals_at`, the value of
//! `helpers::PYTHON_RAN` (bumped at every entry from Rust and after every `pycall`) when it
//! last got past all its global guards (`skip_globals_before`: the loop label, a side
//! trace's end, an unpeeled trace's jump back), and each of those guards is skipped while
//! the counter still has that value. Code that makes residual calls skips none (a call in
//! the preamble may rebind a global checked before it).

// dynasm expands dynamic registers (`Rq(x)`) to `x.into()`, which clippy flags for `u8`.
#![allow(clippy::useless_conversion)]

use super::helpers::{self, HelperFn, TraceRt, PYTHON_RAN};
use super::regalloc::{allocate, Alloc, Loc};
use super::{CalleeDesc, Compiled, ExitDesc, TAG_BOOL, TAG_FLOAT, TAG_INT, TAG_PLAIN_MAX};
use crate::ir::{BinKind, Inst, Ref, Slot, Trace, Type, UnKind};
use dynasmrt::x64::Assembler;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi};
use pyjit_bytecode::CmpOp;
use pyjit_runtime::Value;

mod setin;

const RAX: u8 = 0;
const RDX: u8 = 2;
const R11: u8 = 11;
const XMM14: u8 = 14;
const XMM15: u8 = 15;

/// `guard.global` and `guard.modattr`: what they check changes only when Python code runs
/// (a trace never stores a global, a module attribute or a class attribute).
fn global_guard(h: crate::ir::Helper) -> bool {
    matches!(
        h,
        crate::ir::Helper::GuardGlobal | crate::ir::Helper::GuardModAttr
    )
}

/// Where the trace's global guards count as passed (`Cg::skip_globals_before`): the loop
/// label of a peeled trace (the preamble's guards), the end of a side trace or the jump back
/// of an unpeeled one (all of them); `usize::MAX` when the trace has none or makes residual
/// calls (a call in the preamble may rebind a global checked before it: the counter moves
/// on, but the value remembered at the label is the later one).
fn skip_globals_before(t: &Trace) -> usize {
    let residual = t
        .insts
        .iter()
        .any(|i| matches!(i, Inst::Call { h, .. } if h.barrier()));
    let guards = t
        .insts
        .iter()
        .any(|i| matches!(i, Inst::Call { h, .. } if global_guard(*h)));
    if residual || !guards {
        return usize::MAX;
    }
    t.insts
        .iter()
        .position(|i| matches!(i, Inst::Loop | Inst::JumpTop { .. } | Inst::Exit { .. }))
        .unwrap_or(usize::MAX)
}

/// Registers values may live in, in order of preference.
pub const GPRS: [u8; 9] = [3, 1, 6, 7, 8, 9, 10, 12, 5];
pub const XMMS: [u8; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
/// The allocatable general registers a helper call may clobber.
const CALLER_SAVED: [u8; 6] = [1, 6, 7, 8, 9, 10];
/// Frame words for helper calls: a save area for 6 general and 14 XMM registers, and 3
/// words to stage operands.
const CALL_AREA: u32 = 23;

/// A second operand for an integer instruction.
#[derive(Clone, Copy)]
enum Src {
    Reg(u8),
    Mem(i32),
    Imm(i32),
}

struct Cg<'a> {
    ops: Assembler,
    t: &'a Trace,
    a: Alloc,
    exits: Vec<DynamicLabel>,
    /// `ctx` word index of each iterator slot.
    ctx_slots: Vec<Slot>,
    stack_base: usize,
    top: DynamicLabel,
    loop_label: DynamicLabel,
    /// Whether the trace calls helpers (and so needs the call area).
    calls: bool,
    /// Whether the trace has `storeobj` (and so releases old locals at each iteration end).
    releases: bool,
    /// The global guards before this instruction (the preamble's, or all of a side trace's
    /// or an unpeeled trace's) are skipped while no Python code ran since they last passed;
    /// `usize::MAX`: none are (see *Global guards across links*).
    skip_globals_before: usize,
    rt: *mut TraceRt,
    /// The object stores of exits with a link stub (`TraceRt::link_stores`).
    link_stores: Vec<super::objexit::LinkStore>,
    /// A `storeobj` of a residual call's result right after the call, which `pycall` made
    /// (`fuse_store`): compiled to nothing.
    fused_store: usize,
    /// `Compiled::links`, whose address the exit stubs embed.
    links: *const std::cell::Cell<u64>,
    /// High bits of every exit code (`super::exit_code`).
    tag: u32,
}

pub fn compile(t: &Trace, max_gprs: usize, max_xmms: usize, tag: u32) -> Result<Compiled, String> {
    let gprs = &GPRS[..max_gprs.clamp(1, GPRS.len())];
    let xmms = &XMMS[..max_xmms.clamp(1, XMMS.len())];
    let a = allocate(t, gprs, xmms);
    let mut ctx_slots = Vec::new();
    for inst in &t.insts {
        if let Inst::Load { slot, .. } | Inst::Store { slot, .. } = *inst {
            if !matches!(slot, Slot::Local(_)) && !ctx_slots.contains(&slot) {
                ctx_slots.push(slot);
            }
        }
    }
    for s in &t.snaps {
        for &(slot, _) in &s.slots {
            if !matches!(slot, Slot::Local(_)) && !ctx_slots.contains(&slot) {
                ctx_slots.push(slot);
            }
        }
    }
    let obj_slot = |t: &Trace, &(slot, v): &(Slot, Ref)| {
        matches!((slot, t.ty(v)), (Slot::Local(_), Type::Obj(_)))
    };
    let max_stack = t
        .snaps
        .iter()
        .map(|s| exit_words(t, s).len())
        .max()
        .unwrap_or(0);
    let mut ops = Assembler::new().map_err(|e| format!("assembler: {e}"))?;
    let exits = (0..t.snaps.len())
        .map(|_| ops.new_dynamic_label())
        .collect();
    let top = ops.new_dynamic_label();
    let loop_label = ops.new_dynamic_label();
    // Old objects are released at each iteration end when the trace stores objects into
    // locals as it goes: `storeobj` (unoptimized) or an unpeeled end writing them back.
    // Instances the trace allocates (`new`) and old attribute values (`attr.store`) are
    // released there too.
    let releases = t.insts.iter().any(|i| match *i {
        Inst::StoreObj { .. }
        | Inst::Call {
            h: crate::ir::Helper::Keep,
            ..
        } => true,
        Inst::Call { h, .. } if h.defers() => true,
        Inst::JumpTop { snap } => t.snap(snap).slots.iter().any(|e| obj_slot(t, e)),
        _ => false,
    });
    let calls = releases || t.insts.iter().any(|i| matches!(i, Inst::Call { .. }));
    let mut rt = Box::new(TraceRt {
        locals: std::ptr::null_mut(),
        frame: std::ptr::null(),
        vm: std::ptr::null_mut(),
        jit: std::ptr::null_mut(),
        deferred: Vec::new(),
        pending: None,
        aux: 0,
        pool: t.pool.borrow().clone(),
        link_stores: Vec::new(),
        globals_at: u64::MAX,
    });
    let links: Box<[std::cell::Cell<u64>]> = (0..t.snaps.len() * super::LINK_WORDS)
        .map(|_| std::cell::Cell::new(0))
        .collect();
    let mut cg = Cg {
        skip_globals_before: skip_globals_before(t),
        links: links.as_ptr(),
        tag,
        calls,
        releases,
        rt: &mut *rt,
        link_stores: Vec::new(),
        fused_store: usize::MAX,
        ops,
        t,
        a,
        exits,
        stack_base: 1 + ctx_slots.len(),
        ctx_slots,
        top,
        loop_label,
    };
    let entry = cg.ops.offset();
    cg.prologue();
    for i in 0..t.len() {
        cg.inst(i)?;
    }
    cg.exit_stubs();
    cg.epilogue();
    let code_size = cg.ops.offset().0 - entry.0;
    let mut callees = Vec::new();
    for s in &t.snaps {
        callees.push(match &s.frame {
            None => None,
            Some(c) => {
                let Some(crate::ir::Const::Obj { tag, bits }) = t.konst(c.func) else {
                    return Err("callee of a snapshot is not a constant".into());
                };
                // SAFETY: a constant object is kept alive by the trace's pool.
                let Value::Function(func) = (unsafe { helpers::owned(tag, bits) }) else {
                    return Err("callee of a snapshot is not a function".into());
                };
                Some(CalleeDesc {
                    func,
                    pc: c.pc,
                    locals: c.locals.iter().map(|r| r.map(|r| t.ty(r))).collect(),
                    stack: c.stack.iter().map(|&r| t.ty(r)).collect(),
                })
            }
        });
    }
    let mut exits = Vec::new();
    for (s, callee) in t.snaps.iter().zip(callees) {
        let words = exit_words(t, s);
        let vindex = |r: Ref| s.virtuals.iter().position(|v| v.obj == r);
        let vrefs = words
            .iter()
            .enumerate()
            .filter_map(|(j, &r)| vindex(r).map(|k| (j, k)))
            .collect();
        let pool = t.pool.borrow();
        let mut pos = words.len() - s.virtuals.iter().map(|v| v.fields.len()).sum::<usize>();
        let mut virtuals = Vec::new();
        for v in &s.virtuals {
            let class = match *t.inst(v.obj) {
                Inst::Virtual { k } => match pool.descs.get(k as usize) {
                    Some(crate::pool::Desc::Class {
                        class: Value::Type(c),
                        ..
                    }) => c.clone(),
                    _ => return Err("virtual of a non-class".into()),
                },
                _ => return Err("snapshot virtual is not a virtual".into()),
            };
            let mut fields = Vec::new();
            for &(k, r) in &v.fields {
                let Some(crate::pool::Desc::SetAttr { name, .. }) = pool.descs.get(k as usize)
                else {
                    return Err("virtual field of a non-attribute".into());
                };
                fields.push((name.clone(), t.ty(r), pos));
                pos += 1;
            }
            virtuals.push(super::VirtualDesc { class, fields });
        }
        exits.push(ExitDesc {
            callee,
            pc: s.pc,
            stack: s.stack.iter().map(|&r| t.ty(r)).collect(),
            objs: s
                .slots
                .iter()
                .filter_map(|&(slot, v)| match (slot, t.ty(v)) {
                    (Slot::Local(n), Type::Obj(tag)) => Some((n, tag)),
                    _ => None,
                })
                .collect(),
            virtuals,
            vrefs,
        });
    }
    let stack_base = cg.stack_base;
    let ctx_slots = cg.ctx_slots;
    rt.link_stores = cg.link_stores;
    let buf = cg
        .ops
        .finalize()
        .map_err(|_| "could not finalize code buffer".to_string())?;
    Ok(Compiled::new(
        buf,
        entry,
        code_size,
        ctx_slots,
        stack_base,
        stack_base + max_stack,
        exits,
        rt,
        links,
    ))
}

fn fits_i32(v: u64) -> Option<i32> {
    let v = v as i64;
    i32::try_from(v).ok()
}

impl Cg<'_> {
    fn frame_size(&self) -> i32 {
        // Six pushes plus the return address leave rsp at 8 mod 16; keep it aligned.
        let s = 8 * (self.a.spill_slots + if self.calls { CALL_AREA } else { 0 }) as i32;
        if s % 16 == 0 {
            s + 8
        } else {
            s
        }
    }

    fn prologue(&mut self) {
        let frame = self.frame_size();
        let top = self.top;
        let start = self.ops.offset().0;
        dynasm!(self.ops
            ; .arch x64
            ; push rbx
            ; push rbp
            ; push r12
            ; push r13
            ; push r14
            ; push r15
            ; mov r14, rdi
        );
        // A linked exit enters here (`Compiled::link`), the registers still saved by the
        // trace it leaves and `r14` holding the same locals (`link_stub`).
        assert_eq!(
            self.ops.offset().0 - start,
            super::LINK_ENTRY,
            "prologue size"
        );
        dynasm!(self.ops
            ; .arch x64
            ; sub rsp, frame
            ; mov r15, rsi
            ; xor r13d, r13d
            ; =>top
        );
    }

    fn epilogue(&mut self) {
        let frame = self.frame_size();
        dynasm!(self.ops
            ; .arch x64
            ; ->epilogue:
            ; add [r15], r13
            ; add rsp, frame
            ; pop r15
            ; pop r14
            ; pop r13
            ; pop r12
            ; pop rbp
            ; pop rbx
            ; ret
        );
    }

    fn loc(&self, r: Ref) -> Loc {
        self.a.locs[r.idx()]
    }

    fn ctx_off(&self, slot: Slot) -> i32 {
        let i = self.ctx_slots.iter().position(|&s| s == slot).unwrap_or(0);
        8 * (1 + i as i32)
    }

    fn local_off(n: u32) -> i32 {
        16 * n as i32
    }

    fn exit(&self, s: crate::snapshot::SnapId) -> DynamicLabel {
        self.exits[s.idx()]
    }

    /// `jo` to the exit of `snap` (the overflow guard of the instruction just emitted), if
    /// the instruction has one.
    fn exit_on_overflow(&mut self, snap: Option<crate::snapshot::SnapId>) {
        if let Some(s) = snap {
            let exit = self.exit(s);
            dynasm!(self.ops ; .arch x64 ; jo =>exit);
        }
    }

    // ---- moving values ------------------------------------------------------------------

    /// Put int/bool value `r` into general register `dst`.
    fn gpr_to(&mut self, dst: u8, r: Ref) {
        self.loc_to_gpr(dst, self.loc(r));
    }

    fn loc_to_gpr(&mut self, dst: u8, l: Loc) {
        match l {
            Loc::Gpr(x) if x == dst => {}
            Loc::Gpr(x) => dynasm!(self.ops ; .arch x64 ; mov Rq(dst), Rq(x)),
            Loc::Xmm(x) => dynasm!(self.ops ; .arch x64 ; movq Rq(dst), Rx(x)),
            Loc::Stack(k) => dynasm!(self.ops ; .arch x64 ; mov Rq(dst), [rsp + 8 * k as i32]),
            Loc::Const(0) => dynasm!(self.ops ; .arch x64 ; xor Rd(dst), Rd(dst)),
            Loc::Const(c) => match fits_i32(c) {
                Some(v) => dynasm!(self.ops ; .arch x64 ; mov Rq(dst), DWORD v),
                None => dynasm!(self.ops ; .arch x64 ; mov Rq(dst), QWORD c as i64),
            },
            Loc::None | Loc::Fused => {}
        }
    }

    /// Put float value `r` into XMM register `dst`.
    fn xmm_to(&mut self, dst: u8, r: Ref) {
        self.loc_to_xmm(dst, self.loc(r));
    }

    fn loc_to_xmm(&mut self, dst: u8, l: Loc) {
        match l {
            Loc::Xmm(x) if x == dst => {}
            Loc::Xmm(x) => dynasm!(self.ops ; .arch x64 ; movapd Rx(dst), Rx(x)),
            Loc::Gpr(x) => dynasm!(self.ops ; .arch x64 ; movq Rx(dst), Rq(x)),
            Loc::Stack(k) => {
                dynasm!(self.ops ; .arch x64 ; movsd Rx(dst), QWORD [rsp + 8 * k as i32])
            }
            Loc::Const(c) => {
                self.loc_to_gpr(R11, Loc::Const(c));
                dynasm!(self.ops ; .arch x64 ; movq Rx(dst), r11);
            }
            Loc::None | Loc::Fused => {}
        }
    }

    /// `len` of a tuple, and `tuple.get` of a constant index, inline when the tuple layout
    /// could be measured (`layout::tuple_layout`). `tuple.get`: exit unless the index is below the length and the item has
    /// the recorded tag, then load its payload. The same checks as the helper's (a tuple never
    /// changes, so nothing else can differ). Int and object items only (others: the helper).
    fn inline_tuple(
        &mut self,
        r: Ref,
        h: crate::ir::Helper,
        ty: Type,
        args: &[Ref],
        snap: Option<crate::snapshot::SnapId>,
    ) -> bool {
        let Some(l) = super::layout::tuple_layout() else {
            return false;
        };
        // `len` of a tuple: its length word (a tuple never changes length).
        if let (crate::ir::Helper::Len, &[t]) = (h, args) {
            if self.t.ty(t) != Type::Obj(super::TAG_TUPLE) {
                return false;
            }
            self.gpr_to(R11, t);
            dynasm!(self.ops ; .arch x64 ; mov rax, [r11 + l.len]);
            self.gpr_result(r, RAX);
            return true;
        }
        let (crate::ir::Helper::TupleGet, &[t, ix], Some(s)) = (h, args, snap) else {
            return false;
        };
        let Loc::Const(i) = self.loc(ix) else {
            return false;
        };
        // 16-byte `Value`s (checked by `value_layout_ok`); small indexes only.
        let Some(off) = (i as i64)
            .checked_mul(16)
            .filter(|&o| (0..1 << 20).contains(&o))
            .map(|o| o as i32)
        else {
            return false;
        };
        // Ints and objects are whole payload words (a bool's is one byte).
        if !matches!(ty, Type::Int | Type::Obj(_)) {
            return false;
        }
        let tag = tag_for(ty) as i8;
        let exit = self.exit(s);
        self.gpr_to(R11, t);
        dynasm!(self.ops ; .arch x64
            ; cmp QWORD [r11 + l.len], i as i32
            ; jbe =>exit
            ; mov r11, [r11 + l.ptr]
            ; cmp BYTE [r11 + off], tag
            ; jne =>exit
            ; mov rax, [r11 + off + 8]
        );
        self.gpr_result(r, RAX);
        true
    }

    /// `len` of a list or a set inline: its length word (a list's count, a set's live keys),
    /// unless it is mutably borrowed (the helper's `try_borrow` would fail), which goes to
    /// the helper call that follows; returns the label to bind after it. The helper call was
    /// ~50 instructions (go's `while i < len(stones)`: ~100 000 a quick run).
    fn len_fast(&mut self, r: Ref, h: crate::ir::Helper, args: &[Ref]) -> Option<DynamicLabel> {
        let (crate::ir::Helper::Len, &[seq]) = (h, args) else {
            return None;
        };
        let (flag, len) = match self.t.ty(seq) {
            Type::Obj(super::TAG_LIST) => {
                let l = super::layout::list_layout()?;
                (l.flag, l.len)
            }
            Type::Obj(super::TAG_SET) => {
                let l = super::layout::set_layout()?;
                (l.flag, l.used)
            }
            _ => return None,
        };
        let (slow, done) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        self.gpr_to(R11, seq);
        dynasm!(self.ops ; .arch x64
            ; cmp QWORD [r11 + flag], 0
            ; jl =>slow
            ; mov rax, [r11 + len]
        );
        self.gpr_result(r, RAX);
        dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>slow);
        Some(done)
    }

    /// `guard.set` inline: a set that is not frozen passes (the helper's test, on the
    /// `frozen` byte); a frozenset goes to the helper call that follows, which fails to the
    /// guard's exit. Returns the label to bind after it. The helper call was ~40
    /// instructions with its register saves (nqueens: six per placement, before each
    /// `s.add`/`s.discard`).
    fn guard_set_fast(&mut self, h: crate::ir::Helper, args: &[Ref]) -> Option<DynamicLabel> {
        let (crate::ir::Helper::GuardSet, &[set]) = (h, args) else {
            return None;
        };
        let frozen = super::layout::set_layout()?.frozen;
        let done = self.ops.new_dynamic_label();
        self.gpr_to(R11, set);
        dynasm!(self.ops ; .arch x64
            ; cmp BYTE [r11 + frozen], 0
            ; je =>done
        );
        Some(done)
    }

    /// `xs.append(v)` of an int or a float inline: the helper's push in machine code when
    /// the list is not borrowed and its buffer has room (the tag word and payload written
    /// past the last item, the count incremented; a number needs no reference count). A
    /// borrowed list or a full buffer (growth) goes to the helper call that follows.
    /// Returns the label to bind after it. The call was ~50 instructions (nqueens'
    /// `self.placed.append(col)`, every listcomp's `LIST_APPEND` of numbers).
    fn list_append_fast(&mut self, h: crate::ir::Helper, args: &[Ref]) -> Option<DynamicLabel> {
        let (crate::ir::Helper::ListAppend, &[l, v]) = (h, args) else {
            return None;
        };
        let ty = self.t.ty(v);
        if !matches!(ty, Type::Int | Type::Float) {
            return None;
        }
        let lay = super::layout::list_layout()?;
        let tag = tag_for(ty) as i32;
        let (slow, done) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        self.gpr_to(R11, l);
        dynasm!(self.ops ; .arch x64
            ; cmp QWORD [r11 + lay.flag], 0
            ; jne =>slow
            ; mov rax, [r11 + lay.len]
            ; cmp rax, [r11 + lay.cap]
            ; jae =>slow
            ; inc QWORD [r11 + lay.len]
            ; shl rax, 4
            ; add rax, [r11 + lay.ptr]
            ; mov r11, rax
            ; mov QWORD [r11], tag
        );
        self.payload_to_mem(R11, 8, v);
        dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>slow);
        Some(done)
    }

    /// `xs.pop()` of an int inline: when the list is not borrowed, not empty and its last
    /// item is an int, the count is decremented and the item's payload is the result (an
    /// int owns nothing to release). Anything else — an empty list (`IndexError`), another
    /// item type, a borrowed list — goes to the helper call that follows. Returns the label
    /// to bind after it.
    fn list_pop_fast(
        &mut self,
        r: Ref,
        h: crate::ir::Helper,
        k: u32,
        args: &[Ref],
    ) -> Option<DynamicLabel> {
        let (crate::ir::Helper::ListPop, 0, &[l]) = (h, k, args) else {
            return None;
        };
        if self.t.ty(r) != Type::Int {
            return None;
        }
        let lay = super::layout::list_layout()?;
        let (slow, done) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        self.gpr_to(R11, l);
        dynasm!(self.ops ; .arch x64
            ; cmp QWORD [r11 + lay.flag], 0
            ; jne =>slow
            ; mov rax, [r11 + lay.len]
            ; test rax, rax
            ; jz =>slow
            ; dec rax
            ; mov rdx, rax
            ; shl rdx, 4
            ; add rdx, [r11 + lay.ptr]
            ; cmp BYTE [rdx], TAG_INT as i8
            ; jne =>slow
            ; mov [r11 + lay.len], rax
            ; mov rax, [rdx + 8]
        );
        self.gpr_result(r, RAX);
        dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>slow);
        Some(done)
    }

    /// `attr.store` of the value the attribute holds already changes nothing: compare tag
    /// and payload and skip the call (richards' `self.current = task` stores the current
    /// task again in 46% of its runs). Bools go to the helper (their payload is one byte).
    fn attr_store_same(&mut self, h: crate::ir::Helper, args: &[Ref]) -> Option<DynamicLabel> {
        let (crate::ir::Helper::AttrStore, &[p, val]) = (h, args) else {
            return None;
        };
        let tag = tag_for(self.t.ty(val));
        if tag == TAG_BOOL {
            return None;
        }
        let payload = !super::TAGS_NO_PAYLOAD.contains(&tag);
        let (call, done) = (self.ops.new_dynamic_label(), self.ops.new_dynamic_label());
        self.gpr_to(R11, p);
        dynasm!(self.ops ; .arch x64 ; cmp BYTE [r11], tag as i8 ; jne =>call);
        if payload {
            self.gpr_to(RAX, val);
            dynasm!(self.ops ; .arch x64 ; cmp [r11 + 8], rax ; jne =>call);
        }
        dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>call);
        Some(done)
    }

    /// `iter.aux` inline: a load of `TraceRt::aux` (the helper call was ~12 instructions
    /// per iteration of every loop over a generator or pairs).
    fn inline_iter_aux(&mut self, r: Ref, h: crate::ir::Helper) -> bool {
        // (A float goes to an XMM register: the helper call's result handling.)
        if h != crate::ir::Helper::IterAux || self.t.ty(r) == Type::Float {
            return false;
        }
        // SAFETY: `rt` lives as long as the code (`Compiled` owns both); only the field's
        // address is taken.
        let aux = unsafe { std::ptr::addr_of!((*self.rt).aux) } as i64;
        dynasm!(self.ops ; .arch x64
            ; mov rax, QWORD aux
            ; mov rax, [rax]
        );
        self.gpr_result(r, RAX);
        true
    }

    /// `list.get` inline when the list layout could be measured (`layout::list_layout`):
    /// the helper's checks in machine code — exit if the list is mutably borrowed (its
    /// `try_borrow` would fail), a negative index counts from the end, exit unless it is then
    /// in range and the item has the recorded tag — and the item's payload. Int and object
    /// items only (others: the helper).
    fn inline_list_get(
        &mut self,
        r: Ref,
        h: crate::ir::Helper,
        ty: Type,
        args: &[Ref],
        snap: Option<crate::snapshot::SnapId>,
    ) -> bool {
        let (crate::ir::Helper::ListGet, &[l, ix], Some(s), Some(lay)) =
            (h, args, snap, super::layout::list_layout())
        else {
            return false;
        };
        if !matches!(ty, Type::Int | Type::Obj(_)) {
            return false;
        }
        let tag = tag_for(ty) as i8;
        let exit = self.exit(s);
        self.gpr_to(RAX, ix);
        self.gpr_to(R11, l);
        dynasm!(self.ops ; .arch x64
            ; cmp QWORD [r11 + lay.flag], 0
            ; jl =>exit
            ; mov rdx, [r11 + lay.len]
            ; test rax, rax
            ; jns >positive
            ; add rax, rdx
            ; positive:
            ; cmp rax, rdx
            ; jae =>exit
            ; mov r11, [r11 + lay.ptr]
            ; shl rax, 4
            ; cmp BYTE [r11 + rax], tag
            ; jne =>exit
            ; mov rax, [r11 + rax + 8]
        );
        self.gpr_result(r, RAX);
        true
    }

    /// `list.set` of an int or float inline (layout as for `list.get`): the helper's checks
    /// in machine code — exit if the list is borrowed at all (its `try_borrow_mut` would
    /// fail), a negative index counts from the end, exit unless it is then in range and the
    /// old item an int or a float (nothing to release) — then the new tag word and payload.
    /// The helper call was about 54 instructions a store; hexiom's `assign`/`unassign`
    /// traces make some 530 000 of them at the quick size.
    fn inline_list_set(
        &mut self,
        h: crate::ir::Helper,
        args: &[Ref],
        snap: Option<crate::snapshot::SnapId>,
    ) -> bool {
        let (crate::ir::Helper::ListSet, &[l, ix, v], Some(s), Some(lay)) =
            (h, args, snap, super::layout::list_layout())
        else {
            return false;
        };
        let ty = self.t.ty(v);
        if !matches!(ty, Type::Int | Type::Float) {
            return false;
        }
        let tag = tag_for(ty) as i32;
        let exit = self.exit(s);
        self.gpr_to(RAX, ix);
        self.gpr_to(R11, l);
        dynasm!(self.ops ; .arch x64
            ; cmp QWORD [r11 + lay.flag], 0
            ; jne =>exit
            ; mov rdx, [r11 + lay.len]
            ; test rax, rax
            ; jns >positive
            ; add rax, rdx
            ; positive:
            ; cmp rax, rdx
            ; jae =>exit
            ; mov r11, [r11 + lay.ptr]
            ; shl rax, 4
            ; add r11, rax
            ; mov al, BYTE [r11]
            ; sub al, TAG_INT as i8
            ; cmp al, 1
            ; ja =>exit
            ; mov QWORD [r11], tag
        );
        self.payload_to_mem(R11, 8, v);
        true
    }

    /// The instance `obj` into r11 and its class's version into rax, going to `slow` while
    /// the class cell is mutably borrowed (`__class__` being reassigned).
    fn class_version_to_rax(
        &mut self,
        obj: Ref,
        lay: &super::layout::AttrLayout,
        slow: DynamicLabel,
    ) {
        self.gpr_to(R11, obj);
        dynasm!(self.ops ; .arch x64
            ; cmp QWORD [r11 + lay.class_flag], 0
            ; jl =>slow
            ; mov rax, [r11 + lay.class_ptr]
            ; mov rax, [rax + lay.version]
        );
    }

    /// `attr.base`'s usual case in machine code, when the instance and dict layouts could be
    /// measured (`layout::attr_layout`): the instance's class cell not mutably borrowed, its
    /// class at the recorded version, the type epoch the recorded one, the dict's map not
    /// mutably borrowed and holding more than `max_index` slots; then the result is the
    /// address of entry 0's key, as the helper's. Anything else (an instance of another
    /// class, which the helper may accept: `attr_base_other`) goes to the helper call that
    /// follows, which fails as before. Returns the label to bind after that call. The
    /// helper call and its Rust checks were ~8% of nbody's instructions.
    fn attr_base_fast(
        &mut self,
        r: Ref,
        h: crate::ir::Helper,
        k: u32,
        args: &[Ref],
    ) -> Option<DynamicLabel> {
        let (crate::ir::Helper::AttrBase, &[obj]) = (h, args) else {
            return None;
        };
        let lay = super::layout::attr_layout()?;
        // SAFETY: as in `guard_method_fast`: the trace's own pool, never modified while the
        // code exists, so the `Also` cells stay at this address.
        let pool = unsafe { &(*self.rt).pool };
        let (class, epoch, max_index, yes) = match pool.descs.get(k as usize) {
            Some(crate::pool::Desc::AttrBase {
                class,
                epoch,
                max_index,
                also,
            }) => (
                *class,
                *epoch,
                i32::try_from(*max_index).ok()?,
                also.yes_ptr() as i64,
            ),
            _ => return None,
        };
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let class_ok = self.ops.new_dynamic_label();
        let epoch_at = pyjit_runtime::interp::cache::type_epoch_addr() as i64;
        self.class_version_to_rax(obj, &lay, slow);
        // The recorded class, or one the helper found plain too (`Also::yes`, valid at the
        // recorded epoch, checked next; only ordinary classes, whose instances are no
        // exceptions, get there): richards' task classes alternate at every `attr.base`.
        dynasm!(self.ops ; .arch x64
            ; mov rdx, QWORD class as i64
            ; cmp rax, rdx
            ; je =>class_ok
            ; mov rdx, QWORD yes
        );
        self.jump_if_also(RDX, class_ok);
        dynasm!(self.ops ; .arch x64
            ; jmp =>slow
            ; =>class_ok
            ; mov rax, QWORD epoch_at
            ; mov rax, [rax]
            ; mov rdx, QWORD epoch as i64
            ; cmp rax, rdx
            ; jne =>slow
            ; cmp QWORD [r11 + lay.map_flag], 0
            ; jl =>slow
            ; cmp QWORD [r11 + lay.ent_len], max_index
            ; jbe =>slow
            ; mov r11, [r11 + lay.ent_ptr]
            ; lea r11, [r11 + lay.key]
        );
        self.gpr_result(r, R11);
        dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>slow);
        Some(done)
    }

    /// Jump to `target` when rax (a class version) is one of the `crate::pool::ALSO` words
    /// at `[list]` (an `Also` list's `yes` or `no` half).
    fn jump_if_also(&mut self, list: u8, target: DynamicLabel) {
        for j in 0..crate::pool::ALSO as i32 {
            dynasm!(self.ops ; .arch x64 ; cmp rax, [Rq(list) + 8 * j] ; je =>target);
        }
    }

    /// `guard.global`'s usual case in machine code, for a module global (`Cache::Global`)
    /// whose expected value is an int, a float or a heap object: the globals dict's map not
    /// mutably borrowed, holding the cached slot, whose key is the very name `str` and whose
    /// value has the expected tag and payload — then the helper would pass
    /// (`global_entry`, `same`). Anything else (another key object of the same name, a
    /// rebuilt table, a builtin, a `None`) calls the helper, which decides as before. The
    /// call was ~75 instructions at every entry of a trace after the interpreter ran
    /// (`PYTHON_RAN`): 2.0 M of deltablue's and 2.8 M of go's quick instructions.
    fn guard_global_fast(&mut self, h: crate::ir::Helper, k: u32) -> Option<DynamicLabel> {
        let crate::ir::Helper::GuardGlobal = h else {
            return None;
        };
        let lay = super::layout::attr_layout()?;
        let (stride, val_off) = helpers::dict_layout()?;
        // SAFETY: as in `guard_method_fast`: the pool of `rt` is never modified while the
        // code exists, and its `Rc`s keep the globals dict and the name alive.
        let pool = unsafe { &(*self.rt).pool };
        let Some(crate::pool::Desc::Global {
            cache: pyjit_runtime::interp::cache::Cache::Global { index },
            globals,
            name: name @ Value::Str(_),
            expect,
            ..
        }) = pool.descs.get(k as usize)
        else {
            return None;
        };
        let tag = super::entry::tag_of(expect);
        if tag <= TAG_PLAIN_MAX && tag != TAG_INT && tag != TAG_FLOAT {
            return None;
        }
        let payload = super::entry::payload_bits(expect) as i64;
        let name_bits = super::entry::payload_bits(name) as i64;
        // Only when the slot's key is the name object itself (as usual): a key that is
        // another `str` of the same text would fail the compare every time, and go to
        // the helper after it.
        let key_bits = globals
            .map
            .try_borrow()
            .ok()?
            .slot(*index as usize)
            .map(|(k, _)| super::entry::payload_bits(&k.value) as i64);
        if key_bits != Some(name_bits) {
            return None;
        }
        // The `Rc`'s one word, the address `AttrLayout`'s `rc_*` offsets start from.
        // SAFETY: an `Rc<PyDict>` is one initialized pointer word (`attr_probe` measures the
        // `rc_*` offsets from a probe's the same way); only its value is taken.
        let dict_word = unsafe { *(globals as *const std::rc::Rc<_> as *const u64) } as i64;
        let index = i32::try_from(*index).ok()?;
        let key = index
            .checked_mul(i32::try_from(stride).ok()?)?
            .checked_add(lay.key)?;
        let value = key.checked_add(i32::try_from(val_off).ok()?)?;
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        dynasm!(self.ops ; .arch x64
            ; mov r11, QWORD dict_word
            ; cmp QWORD [r11 + lay.rc_map_flag], 0
            ; jl =>slow
            ; cmp QWORD [r11 + lay.rc_ent_len], index
            ; jbe =>slow
            ; mov r11, [r11 + lay.rc_ent_ptr]
            ; cmp BYTE [r11 + key], super::TAG_STR as i8
            ; jne =>slow
            ; mov rax, QWORD name_bits
            ; cmp [r11 + key + 8], rax
            ; jne =>slow
            ; cmp BYTE [r11 + value], tag as i8
            ; jne =>slow
            ; mov rax, QWORD payload
            ; cmp [r11 + value + 8], rax
            ; jne =>slow
            ; jmp =>done
            ; =>slow
        );
        Some(done)
    }

    /// `guard.method`'s usual case in machine code: the helper passes at once when the
    /// instance's class has the (class version, type epoch) of the last instance its full
    /// check passed for (`Desc::Method::hit`), for its own descriptor and every one `fold`
    /// merged into it (`more`). The code compares the same words (the class cell not
    /// mutably borrowed, its version, the epoch) with each descriptor's `hit` cell in the
    /// trace's own pool and skips the call when all agree; anything else calls the helper,
    /// which does the full check and updates `hit`. The call was about 96 instructions in
    /// deltablue's `Plan.execute` trace, 100 000 calls a round.
    fn guard_method_fast(
        &mut self,
        h: crate::ir::Helper,
        k: u32,
        args: &[Ref],
        snap: Option<crate::snapshot::SnapId>,
    ) -> Option<DynamicLabel> {
        let (crate::ir::Helper::GuardMethod, &[obj]) = (h, args) else {
            return None;
        };
        let lay = super::layout::attr_layout()?;
        // SAFETY: `rt` is the boxed `TraceRt` this code will run with; its pool was cloned
        // into it before the code was generated and is never modified afterwards (nothing
        // pushes to a running trace's pool), so the descriptors and their `hit` cells stay
        // at these addresses for as long as the code exists.
        let pool = unsafe { &(*self.rt).pool };
        let Some(crate::pool::Desc::Method { more, .. }) = pool.descs.get(k as usize) else {
            return None;
        };
        let mut cells = Vec::with_capacity(1 + more.len());
        for d in std::iter::once(k).chain(more.iter().copied()) {
            let Some(crate::pool::Desc::Method {
                hit, also, cache, ..
            }) = pool.descs.get(d as usize)
            else {
                return None;
            };
            let p = hit.as_ptr();
            // SAFETY: only the addresses of the pair's fields are taken, nothing is read.
            let (version, epoch) =
                unsafe { (std::ptr::addr_of!((*p).0), std::ptr::addr_of!((*p).1)) };
            // The other classes the helper found to give the same method (`Also`), valid
            // at the cache entry's epoch: a receiver whose class alternates (richards'
            // `task.is_runnable()` on four task classes) passes here too instead of
            // calling the helper (about 160 instructions) for every change of class.
            let yes = match cache {
                pyjit_runtime::interp::cache::Cache::Method { epoch, .. } => {
                    Some((*epoch as i64, also.yes_ptr() as i64, also.no_ptr() as i64))
                }
                _ => None,
            };
            cells.push((version as i64, epoch as i64, yes));
        }
        let slow = self.ops.new_dynamic_label();
        let done = self.ops.new_dynamic_label();
        let epoch_at = pyjit_runtime::interp::cache::type_epoch_addr() as i64;
        self.class_version_to_rax(obj, &lay, slow);
        dynasm!(self.ops ; .arch x64
            ; mov rdx, QWORD epoch_at
            ; mov rdx, [rdx]
        );
        for (version, epoch, yes) in cells {
            let Some((also_epoch, yes, no)) = yes else {
                dynasm!(self.ops ; .arch x64
                    ; mov r11, QWORD version
                    ; cmp rax, [r11]
                    ; jne =>slow
                    ; mov r11, QWORD epoch
                    ; cmp rdx, [r11]
                    ; jne =>slow
                );
                continue;
            };
            let next = self.ops.new_dynamic_label();
            let other = self.ops.new_dynamic_label();
            dynasm!(self.ops ; .arch x64
                ; mov r11, QWORD version
                ; cmp rax, [r11]
                ; jne =>other
                ; mov r11, QWORD epoch
                ; cmp rdx, [r11]
                ; je =>next
                ; =>other
                ; mov r11, QWORD also_epoch
                ; cmp rdx, r11
                ; jne =>slow
                ; mov r11, QWORD yes
            );
            self.jump_if_also(R11, next);
            // A class the helper found to give another method fails the guard as the
            // helper would (class versions are never reused): straight to the exit, with
            // nothing saved yet (richards' `task.run` at each class's side trace, ~80 k
            // helper calls a quick run).
            if let Some(s) = snap {
                let exit = self.exit(s);
                dynasm!(self.ops ; .arch x64 ; mov r11, QWORD no);
                self.jump_if_also(R11, exit);
            }
            dynasm!(self.ops ; .arch x64 ; jmp =>slow ; =>next);
        }
        dynasm!(self.ops ; .arch x64 ; jmp =>done ; =>slow);
        Some(done)
    }

    /// Store the result of value `r` from general register `src`.
    fn gpr_result(&mut self, r: Ref, src: u8) {
        match self.loc(r) {
            Loc::Gpr(x) if x != src => dynasm!(self.ops ; .arch x64 ; mov Rq(x), Rq(src)),
            Loc::Stack(k) => dynasm!(self.ops ; .arch x64 ; mov [rsp + 8 * k as i32], Rq(src)),
            _ => {}
        }
    }

    fn xmm_result(&mut self, r: Ref, src: u8) {
        match self.loc(r) {
            Loc::Xmm(x) if x != src => dynasm!(self.ops ; .arch x64 ; movapd Rx(x), Rx(src)),
            Loc::Stack(k) => {
                dynasm!(self.ops ; .arch x64 ; movsd QWORD [rsp + 8 * k as i32], Rx(src))
            }
            _ => {}
        }
    }

    /// Write value `r`'s 8-byte payload to `[base + off]` (base = r14 or r15).
    fn payload_to_mem(&mut self, base: u8, off: i32, r: Ref) {
        match self.loc(r) {
            Loc::Gpr(x) => dynasm!(self.ops ; .arch x64 ; mov [Rq(base) + off], Rq(x)),
            Loc::Xmm(x) => dynasm!(self.ops ; .arch x64 ; movsd QWORD [Rq(base) + off], Rx(x)),
            l @ (Loc::Stack(_) | Loc::Const(_)) => {
                self.loc_to_gpr(RAX, l);
                dynasm!(self.ops ; .arch x64 ; mov [Rq(base) + off], rax);
            }
            Loc::None | Loc::Fused => {}
        }
    }

    /// Write `val` into a frame slot (locals: tag and payload; iterator words: ctx).
    fn write_slot(&mut self, slot: Slot, val: Ref) {
        match slot {
            Slot::Local(n) => {
                let off = Self::local_off(n);
                let tag = match self.t.ty(val) {
                    Type::Int => TAG_INT,
                    Type::Float => TAG_FLOAT,
                    _ => TAG_BOOL,
                } as i32;
                // The whole 8-byte tag word (`#[repr(C, u64)]`).
                dynasm!(self.ops ; .arch x64 ; mov QWORD [r14 + off], tag);
                self.payload_to_mem(14, off + 8, val);
            }
            Slot::IterNext(_) | Slot::IterStop(_) | Slot::IterSeq(_) => {
                let off = self.ctx_off(slot);
                self.payload_to_mem(15, off, val);
            }
        }
    }

    fn gpr_src(&mut self, r: Ref) -> Src {
        match self.loc(r) {
            Loc::Gpr(x) => Src::Reg(x),
            Loc::Stack(k) => Src::Mem(8 * k as i32),
            Loc::Const(c) => match fits_i32(c) {
                Some(v) => Src::Imm(v),
                None => {
                    self.loc_to_gpr(R11, Loc::Const(c));
                    Src::Reg(R11)
                }
            },
            l => {
                self.loc_to_gpr(R11, l);
                Src::Reg(R11)
            }
        }
    }

    /// Float operand for an SSE instruction: an XMM register (loading into `scratch` if
    /// needed).
    fn xmm_src(&mut self, r: Ref, scratch: u8) -> u8 {
        match self.loc(r) {
            Loc::Xmm(x) => x,
            l => {
                self.loc_to_xmm(scratch, l);
                scratch
            }
        }
    }

    /// Parallel move (`dst <- src` all at once), breaking cycles through rax / xmm15.
    fn parallel_move(&mut self, mut moves: Vec<(Loc, Loc)>) {
        moves.retain(|(d, s)| d != s);
        while !moves.is_empty() {
            let ready = (0..moves.len()).find(|&i| !moves.iter().any(|&(_, s)| s == moves[i].0));
            match ready {
                Some(i) => {
                    let (d, s) = moves.remove(i);
                    self.move_loc(d, s);
                }
                None => {
                    let d = moves[0].0;
                    let scratch = match d {
                        Loc::Xmm(_) => Loc::Xmm(XMM15),
                        _ => Loc::Gpr(RAX),
                    };
                    self.move_loc(scratch, d);
                    for m in &mut moves {
                        if m.1 == d {
                            m.1 = scratch;
                        }
                    }
                }
            }
        }
    }

    fn move_loc(&mut self, d: Loc, s: Loc) {
        match d {
            Loc::Gpr(x) => self.loc_to_gpr(x, s),
            Loc::Xmm(x) => self.loc_to_xmm(x, s),
            Loc::Stack(k) => {
                let off = 8 * k as i32;
                match s {
                    Loc::Gpr(x) => dynasm!(self.ops ; .arch x64 ; mov [rsp + off], Rq(x)),
                    Loc::Xmm(x) => dynasm!(self.ops ; .arch x64 ; movsd QWORD [rsp + off], Rx(x)),
                    other => {
                        self.loc_to_gpr(R11, other);
                        dynasm!(self.ops ; .arch x64 ; mov [rsp + off], r11);
                    }
                }
            }
            _ => {}
        }
    }

    // ---- instructions -------------------------------------------------------------------

    fn inst(&mut self, i: usize) -> Result<(), String> {
        let r = Ref(i as u32);
        match self.t.insts[i].clone() {
            Inst::Const(_)
            | Inst::Virtual { .. }
            | Inst::Param { .. }
            | Inst::Next { .. }
            | Inst::Nop => {}
            Inst::Load { slot, ty, snap } => self.load(r, slot, ty, snap),
            Inst::Store { slot, val } => self.write_slot(slot, val),
            Inst::StoreObj { .. } if i == self.fused_store => {}
            Inst::StoreObj { slot, val } => {
                let Slot::Local(n) = slot else {
                    return Err("storeobj to a non-local".into());
                };
                let Type::Obj(tag) = self.t.ty(val) else {
                    return Err("storeobj of a non-object".into());
                };
                self.call(i, helpers::store_local, n as u64, tag, &[val], None, None);
            }
            Inst::AttrAt {
                base,
                index,
                key,
                snap,
            } => {
                let (stride, val_off) = helpers::dict_layout().ok_or("no dict layout")?;
                let at = i64::from(index) * stride;
                let key_off = i32::try_from(at + 8).map_err(|_| "attribute index too large")?;
                let val_off =
                    i32::try_from(at + val_off).map_err(|_| "attribute index too large")?;
                self.gpr_to(R11, base);
                let exit = self.exit(snap);
                dynasm!(self.ops ; .arch x64
                    ; mov rax, QWORD key as i64
                    ; cmp [r11 + key_off], rax
                    ; jne =>exit
                    ; lea rax, [r11 + val_off]
                );
                self.gpr_result(r, RAX);
            }
            Inst::LoadSlot { ptr, ty, snap } => {
                self.gpr_to(R11, ptr);
                let exit = self.exit(snap);
                let tag = tag_for(ty) as i8;
                dynasm!(self.ops ; .arch x64 ; cmp BYTE [r11], tag ; jne =>exit);
                match (ty, self.loc(r)) {
                    (_, Loc::None) => {}
                    (Type::Bool, _) => {
                        dynasm!(self.ops ; .arch x64 ; movzx eax, BYTE [r11 + 8]);
                        self.gpr_result(r, RAX);
                    }
                    (Type::Float, Loc::Xmm(x)) => {
                        dynasm!(self.ops ; .arch x64 ; movsd Rx(x), QWORD [r11 + 8])
                    }
                    (_, Loc::Gpr(x)) => dynasm!(self.ops ; .arch x64 ; mov Rq(x), [r11 + 8]),
                    _ => {
                        dynasm!(self.ops ; .arch x64 ; mov rax, [r11 + 8]);
                        self.gpr_result(r, RAX);
                    }
                }
            }
            Inst::StoreSlot { ptr, val, snap } => {
                self.gpr_to(R11, ptr);
                let exit = self.exit(snap);
                let tag = tag_for(self.t.ty(val)) as i32;
                // The old value must be an int or a float (tags 3 and 4): nothing to release.
                // The new tag is written as the whole 8-byte tag word (`#[repr(C, u64)]`).
                dynasm!(self.ops ; .arch x64
                    ; mov al, BYTE [r11]
                    ; sub al, TAG_INT as i8
                    ; cmp al, 1
                    ; ja =>exit
                    ; mov QWORD [r11], tag
                );
                self.payload_to_mem(R11, 8, val);
            }
            Inst::Call {
                h,
                k,
                ty,
                args,
                n,
                snap,
            } => {
                if self.inline_tuple(r, h, ty, &args[..n as usize], snap)
                    || self.inline_list_get(r, h, ty, &args[..n as usize], snap)
                    || self.inline_list_set(h, &args[..n as usize], snap)
                    || self.inline_iter_aux(r, h)
                {
                    return Ok(());
                }
                // A global guard that passed since Python last ran is skipped at once
                // (`globals_checked`); one that must look goes through its fast path first.
                let skip = (global_guard(h) && i < self.skip_globals_before).then(|| {
                    let skip = self.ops.new_dynamic_label();
                    let at = self.globals_at();
                    let ran = PYTHON_RAN.as_ptr() as i64;
                    dynasm!(self.ops ; .arch x64
                        ; mov rax, QWORD at
                        ; mov rax, [rax]
                        ; mov r11, QWORD ran
                        ; cmp rax, [r11]
                        ; je =>skip
                    );
                    skip
                });
                let fast = self
                    .attr_base_fast(r, h, k, &args[..n as usize])
                    .or_else(|| self.guard_method_fast(h, k, &args[..n as usize], snap))
                    .or_else(|| self.guard_global_fast(h, k))
                    .or_else(|| self.set_contains_fast(r, h, k, &args[..n as usize]))
                    .or_else(|| self.set_update_fast(h, &args[..n as usize]))
                    .or_else(|| self.len_fast(r, h, &args[..n as usize]))
                    .or_else(|| self.guard_set_fast(h, &args[..n as usize]))
                    .or_else(|| self.list_append_fast(h, &args[..n as usize]))
                    .or_else(|| self.list_pop_fast(r, h, k, &args[..n as usize]))
                    .or_else(|| self.attr_store_same(h, &args[..n as usize]));
                // Getters check the result's tag, setters pass the stored value's.
                let tag = match (ty, h) {
                    (Type::Void, _) | (_, crate::ir::Helper::Len) => args[..n as usize]
                        .last()
                        .map_or(0, |&a| tag_for(self.t.ty(a))),
                    (ty, _) => tag_for(ty),
                };
                let res = (ty != Type::Void).then_some(r);
                let f = self.helper_fn(h, k);
                let k = self.fuse_store(i, h, k);
                self.call(i, f, k, tag, &args[..n as usize], res, snap);
                for done in [skip, fast].into_iter().flatten() {
                    dynasm!(self.ops ; .arch x64 ; =>done);
                }
            }
            Inst::CheckPlain { slot, snap } => {
                let Slot::Local(n) = slot else {
                    return Err("checkplain of a non-local".into());
                };
                let off = Self::local_off(n);
                let exit = self.exit(snap);
                dynasm!(self.ops ; .arch x64
                    ; cmp BYTE [r14 + off], TAG_PLAIN_MAX as i8
                    ; ja =>exit
                );
            }
            Inst::Bin { op, a, b, snap } => {
                if op.is_float() {
                    self.float_bin(r, op, a, b, snap)
                } else {
                    self.int_bin(r, op, a, b, snap)
                }
            }
            Inst::Un { op, a, snap } => self.unary(r, op, a, snap),
            Inst::Cmp { op, float, a, b } => {
                if self.loc(r) != Loc::Fused {
                    self.compare(op, float, a, b);
                    self.materialize_flags(op, float);
                    dynasm!(self.ops ; .arch x64 ; movzx eax, al);
                    self.gpr_result(r, RAX);
                }
            }
            Inst::Guard { cond, expect, snap } => self.guard(cond, expect, snap),
            Inst::JumpTop { snap } => {
                let t = self.t;
                for &(slot, v) in &t.snap(snap).slots {
                    match (slot, t.ty(v)) {
                        (Slot::Local(n), Type::Obj(tag)) => {
                            self.call(i, helpers::store_local, n as u64, tag, &[v], None, None)
                        }
                        _ => self.write_slot(slot, v),
                    }
                }
                if self.releases {
                    self.call(i, helpers::release, 0, 0, &[], None, None);
                }
                self.globals_checked(i);
                let top = self.top;
                dynasm!(self.ops ; .arch x64 ; inc r13 ; jmp =>top);
            }
            Inst::Exit { snap } => {
                // A side trace's end, usually linked into its loop's trace: what it owns until
                // the iteration ends (residual results, `keep`s, instances, old locals) is
                // released here, or it would pile up until the whole run returns to the
                // interpreter — unless the exit still refers to objects (then it is not linked
                // and the trampoline releases them after taking its own references).
                let t = self.t;
                // (With objects stored into locals, a linked end releases them after its
                // stores: `objexit::link_stores`.)
                let objs = t.snap(snap).refs().any(|r| t.ty(r).is_obj());
                if self.releases && !objs {
                    self.call(i, helpers::release, 0, 0, &[], None, None);
                }
                self.globals_checked(i);
                let exit = self.exit(snap);
                dynasm!(self.ops ; .arch x64 ; jmp =>exit);
            }
            Inst::Loop => {
                self.globals_checked(i);
                let mut moves = Vec::new();
                for (j, inst) in self.t.insts.iter().enumerate().skip(i + 1) {
                    if let Inst::Param { init } = *inst {
                        moves.push((self.a.locs[j], self.loc(init)));
                    }
                }
                self.parallel_move(moves);
                let l = self.loop_label;
                dynasm!(self.ops ; .arch x64 ; =>l ; inc r13);
            }
            Inst::JumpLoop => {
                if self.releases {
                    self.call(i, helpers::release, 0, 0, &[], None, None);
                }
                let moves = self
                    .t
                    .insts
                    .iter()
                    .filter_map(|inst| match *inst {
                        Inst::Next { param, val } => Some((self.loc(param), self.loc(val))),
                        _ => None,
                    })
                    .collect();
                self.parallel_move(moves);
                let l = self.loop_label;
                dynasm!(self.ops ; .arch x64 ; jmp =>l);
            }
        }
        Ok(())
    }

    fn load(&mut self, r: Ref, slot: Slot, ty: Type, snap: Option<crate::snapshot::SnapId>) {
        let (base, off) = match slot {
            Slot::Local(n) => {
                let off = Self::local_off(n);
                if let Some(s) = snap {
                    let tag = match ty {
                        Type::Int => TAG_INT,
                        Type::Float => TAG_FLOAT,
                        Type::Obj(t) => t,
                        _ => TAG_BOOL,
                    } as i8;
                    let exit = self.exit(s);
                    dynasm!(self.ops ; .arch x64 ; cmp BYTE [r14 + off], tag ; jne =>exit);
                }
                (14u8, off + 8)
            }
            _ => (15u8, self.ctx_off(slot)),
        };
        match (ty, self.loc(r)) {
            (_, Loc::None) => {}
            (Type::Bool, _) => {
                dynasm!(self.ops ; .arch x64 ; movzx eax, BYTE [Rq(base) + off]);
                self.gpr_result(r, RAX);
            }
            (Type::Float, Loc::Xmm(x)) => {
                dynasm!(self.ops ; .arch x64 ; movsd Rx(x), QWORD [Rq(base) + off])
            }
            (_, Loc::Gpr(x)) => dynasm!(self.ops ; .arch x64 ; mov Rq(x), [Rq(base) + off]),
            _ => {
                dynasm!(self.ops ; .arch x64 ; mov rax, [Rq(base) + off]);
                if let Loc::Stack(k) = self.loc(r) {
                    dynasm!(self.ops ; .arch x64 ; mov [rsp + 8 * k as i32], rax);
                }
            }
        }
    }

    fn int_bin(
        &mut self,
        r: Ref,
        op: BinKind,
        a: Ref,
        b: Ref,
        snap: Option<crate::snapshot::SnapId>,
    ) {
        if matches!(op, BinKind::IFloorDiv | BinKind::IMod) {
            return self.int_div(r, op, a, b, snap);
        }
        if matches!(op, BinKind::IMin | BinKind::IMax) {
            // min(a, b) is `b if b < a else a`; max(a, b) is `b if b > a else a`.
            self.gpr_to(RAX, a);
            self.gpr_to(R11, b);
            dynasm!(self.ops ; .arch x64 ; cmp rax, r11);
            if op == BinKind::IMin {
                dynasm!(self.ops ; .arch x64 ; cmovg rax, r11);
            } else {
                dynasm!(self.ops ; .arch x64 ; cmovl rax, r11);
            }
            return self.gpr_result(r, RAX);
        }
        if matches!(op, BinKind::IShr | BinKind::IShl) {
            return self.int_shift(r, op, a, b, snap);
        }
        self.gpr_to(RAX, a);
        let src = self.gpr_src(b);
        macro_rules! arith {
            ($op:ident) => {
                match src {
                    Src::Reg(x) => dynasm!(self.ops ; .arch x64 ; $op rax, Rq(x)),
                    Src::Mem(o) => dynasm!(self.ops ; .arch x64 ; $op rax, QWORD [rsp + o]),
                    Src::Imm(v) => dynasm!(self.ops ; .arch x64 ; $op rax, DWORD v),
                }
            };
        }
        match op {
            BinKind::IAdd => arith!(add),
            BinKind::ISub => arith!(sub),
            BinKind::IAnd => arith!(and),
            BinKind::IOr => arith!(or),
            BinKind::IXor => arith!(xor),
            BinKind::IMul => match src {
                Src::Reg(x) => dynasm!(self.ops ; .arch x64 ; imul rax, Rq(x)),
                Src::Mem(o) => dynasm!(self.ops ; .arch x64 ; imul rax, QWORD [rsp + o]),
                Src::Imm(v) => dynasm!(self.ops ; .arch x64 ; imul rax, rax, DWORD v),
            },
            _ => unreachable!("float or division op in int_bin"),
        }
        if matches!(op, BinKind::IAdd | BinKind::ISub | BinKind::IMul) {
            self.exit_on_overflow(snap);
        }
        self.gpr_result(r, RAX);
    }

    /// `a >> b` / `a << b`. The count must be in CL, and RCX is an allocatable register: it
    /// is swapped with the scratch R11 around the shift (`xchg` leaves the flags alone, so
    /// the guards test them after RCX is restored). A negative count exits (the interpreter
    /// raises ValueError); `>>` by 64 or more is `>>` by 63; `<<` exits when shifting back
    /// does not give `a` (overflow: the interpreter makes a big int).
    fn int_shift(
        &mut self,
        r: Ref,
        op: BinKind,
        a: Ref,
        b: Ref,
        snap: Option<crate::snapshot::SnapId>,
    ) {
        self.gpr_to(RAX, a);
        if let (Loc::Const(c), BinKind::IShr) = (self.loc(b), op) {
            let y = c as i64;
            if y >= 0 {
                dynasm!(self.ops ; .arch x64 ; sar rax, y.min(63) as i8);
                return self.gpr_result(r, RAX);
            }
        }
        self.gpr_to(R11, b);
        let exit = snap.map(|s| self.exit(s));
        if op == BinKind::IShr {
            if let Some(exit) = exit {
                dynasm!(self.ops ; .arch x64 ; test r11, r11 ; js =>exit);
            }
            dynasm!(self.ops ; .arch x64
                ; cmp r11, 63
                ; jbe >count
                ; mov r11d, 63
                ; count:
                ; xchg rcx, r11
                ; sar rax, cl
                ; xchg rcx, r11
            );
        } else {
            let exit = exit.expect("`<<` always has a snapshot");
            dynasm!(self.ops ; .arch x64
                ; cmp r11, 63
                ; ja =>exit
                ; mov rdx, rax
                ; xchg rcx, r11
                ; shl rax, cl
                ; push rax
                ; sar rax, cl
                ; cmp rax, rdx
                ; pop rax
                ; xchg rcx, r11
                ; jne =>exit
            );
        }
        self.gpr_result(r, RAX);
    }

    /// Python floor division / modulo: `idiv` truncates, so adjust when the remainder is
    /// non-zero and its sign differs from the divisor's.
    fn int_div(
        &mut self,
        r: Ref,
        op: BinKind,
        a: Ref,
        b: Ref,
        snap: Option<crate::snapshot::SnapId>,
    ) {
        if let (Loc::Const(c), None) = (self.loc(b), snap) {
            let d = c as i64;
            if d > 1 && (d & (d - 1)) == 0 {
                return self.int_div_pow2(r, op, a, d.trailing_zeros() as i8);
            }
        }
        self.gpr_to(RAX, a);
        self.gpr_to(R11, b);
        if let Some(s) = snap {
            let exit = self.exit(s);
            dynasm!(self.ops ; .arch x64
                ; test r11, r11
                ; jz =>exit
                ; cmp r11, -1
                ; je =>exit
            );
        }
        dynasm!(self.ops ; .arch x64 ; cqo ; idiv r11);
        if op == BinKind::IFloorDiv {
            dynasm!(self.ops ; .arch x64
                ; test rdx, rdx
                ; jz >done
                ; xor rdx, r11
                ; jns >done
                ; dec rax
                ; done:
            );
            self.gpr_result(r, RAX);
        } else {
            dynasm!(self.ops ; .arch x64
                ; test rdx, rdx
                ; jz >done
                ; mov rax, rdx
                ; xor rax, r11
                ; jns >done
                ; add rdx, r11
                ; done:
            );
            self.gpr_result(r, RDX);
        }
    }

    /// Floor division / modulo by a positive power of two: an arithmetic shift and a mask
    /// (both already round toward negative infinity, as Python does).
    fn int_div_pow2(&mut self, r: Ref, op: BinKind, a: Ref, shift: i8) {
        self.gpr_to(RAX, a);
        if op == BinKind::IFloorDiv {
            dynasm!(self.ops ; .arch x64 ; sar rax, shift);
        } else {
            let mask = (1i64 << shift) - 1;
            match i32::try_from(mask) {
                Ok(m) => dynasm!(self.ops ; .arch x64 ; and rax, DWORD m),
                Err(_) => dynasm!(self.ops ; .arch x64 ; mov r11, QWORD mask ; and rax, r11),
            }
        }
        self.gpr_result(r, RAX);
    }

    fn float_bin(
        &mut self,
        r: Ref,
        op: BinKind,
        a: Ref,
        b: Ref,
        snap: Option<crate::snapshot::SnapId>,
    ) {
        if let (BinKind::FDiv, Some(s)) = (op, snap) {
            // Exit on a zero divisor (either sign): the interpreter raises ZeroDivisionError.
            let exit = self.exit(s);
            self.gpr_to(R11, b);
            dynasm!(self.ops ; .arch x64 ; add r11, r11 ; jz =>exit);
        }
        if matches!(op, BinKind::FMin | BinKind::FMax) {
            // `minsd x, y` is `x < y ? x : y` (y if unordered): with x = b, y = a that is
            // Python's `b if b < a else a`; likewise for max.
            self.xmm_to(XMM15, b);
            let y = self.xmm_src(a, XMM14);
            if op == BinKind::FMin {
                dynasm!(self.ops ; .arch x64 ; minsd xmm15, Rx(y));
            } else {
                dynasm!(self.ops ; .arch x64 ; maxsd xmm15, Rx(y));
            }
            return self.xmm_result(r, XMM15);
        }
        self.xmm_to(XMM15, a);
        let y = self.xmm_src(b, XMM14);
        match op {
            BinKind::FAdd => dynasm!(self.ops ; .arch x64 ; addsd xmm15, Rx(y)),
            BinKind::FSub => dynasm!(self.ops ; .arch x64 ; subsd xmm15, Rx(y)),
            BinKind::FMul => dynasm!(self.ops ; .arch x64 ; mulsd xmm15, Rx(y)),
            BinKind::FDiv => dynasm!(self.ops ; .arch x64 ; divsd xmm15, Rx(y)),
            _ => unreachable!("int op in float_bin"),
        }
        self.xmm_result(r, XMM15);
    }

    fn unary(&mut self, r: Ref, op: UnKind, a: Ref, snap: Option<crate::snapshot::SnapId>) {
        match op {
            UnKind::INeg => {
                self.gpr_to(RAX, a);
                dynasm!(self.ops ; .arch x64 ; neg rax);
                self.exit_on_overflow(snap);
                self.gpr_result(r, RAX);
            }
            UnKind::FNeg => {
                self.xmm_to(XMM15, a);
                dynasm!(self.ops ; .arch x64
                    ; mov r11, QWORD i64::MIN
                    ; movq xmm14, r11
                    ; xorpd xmm15, xmm14
                );
                self.xmm_result(r, XMM15);
            }
            UnKind::IAbs => {
                self.gpr_to(RAX, a);
                dynasm!(self.ops ; .arch x64 ; mov r11, rax ; neg r11);
                self.exit_on_overflow(snap);
                dynasm!(self.ops ; .arch x64 ; test rax, rax ; cmovs rax, r11);
                self.gpr_result(r, RAX);
            }
            UnKind::FAbs => {
                self.xmm_to(XMM15, a);
                dynasm!(self.ops ; .arch x64
                    ; mov r11, QWORD i64::MAX
                    ; movq xmm14, r11
                    ; andpd xmm15, xmm14
                );
                self.xmm_result(r, XMM15);
            }
            UnKind::FSqrt => {
                self.xmm_to(XMM15, a);
                if let Some(s) = snap {
                    // Exit on a negative operand (ValueError) — and on NaN, which is rare.
                    let exit = self.exit(s);
                    dynasm!(self.ops ; .arch x64
                        ; xorpd xmm14, xmm14
                        ; ucomisd xmm15, xmm14
                        ; jb =>exit
                    );
                }
                dynasm!(self.ops ; .arch x64 ; sqrtsd xmm15, xmm15);
                self.xmm_result(r, XMM15);
            }
            UnKind::FToI => {
                self.xmm_to(XMM15, a);
                dynasm!(self.ops ; .arch x64 ; cvttsd2si rax, xmm15);
                if let Some(s) = snap {
                    // 0x8000...0 is the "invalid" result (NaN, infinities, out of range).
                    let exit = self.exit(s);
                    dynasm!(self.ops ; .arch x64
                        ; mov r11, QWORD i64::MIN
                        ; cmp rax, r11
                        ; je =>exit
                    );
                }
                self.gpr_result(r, RAX);
            }
            UnKind::IToF | UnKind::IToFExact => {
                self.gpr_to(RAX, a);
                if let (UnKind::IToFExact, Some(s)) = (op, snap) {
                    // Exact iff -2**53 <= a < 2**53, i.e. (a + 2**53) >> 54 == 0 unsigned.
                    let exit = self.exit(s);
                    dynasm!(self.ops ; .arch x64
                        ; mov r11, QWORD 1i64 << 53
                        ; add r11, rax
                        ; shr r11, 54
                        ; jnz =>exit
                    );
                }
                dynasm!(self.ops ; .arch x64 ; cvtsi2sd xmm15, rax);
                self.xmm_result(r, XMM15);
            }
        }
    }

    /// Set the flags for `a op b`. Floats: `ucomisd` with the operands ordered so that `<` and
    /// `<=` become `>` and `>=` (whose "above" conditions are false on NaN).
    fn compare(&mut self, op: CmpOp, float: bool, a: Ref, b: Ref) {
        if float {
            let (x, y) = match op {
                CmpOp::Lt | CmpOp::Le => (b, a),
                _ => (a, b),
            };
            let xr = self.xmm_src(x, XMM15);
            let yr = self.xmm_src(y, XMM14);
            dynasm!(self.ops ; .arch x64 ; ucomisd Rx(xr), Rx(yr));
        } else {
            let ar = match self.loc(a) {
                Loc::Gpr(x) => x,
                _ => {
                    self.gpr_to(RAX, a);
                    RAX
                }
            };
            match self.gpr_src(b) {
                Src::Reg(x) => dynasm!(self.ops ; .arch x64 ; cmp Rq(ar), Rq(x)),
                Src::Mem(o) => dynasm!(self.ops ; .arch x64 ; cmp Rq(ar), QWORD [rsp + o]),
                Src::Imm(v) => dynasm!(self.ops ; .arch x64 ; cmp Rq(ar), DWORD v),
            }
        }
    }

    /// `al` = the comparison's truth, from the flags `compare` set.
    fn materialize_flags(&mut self, op: CmpOp, float: bool) {
        if float {
            match op {
                CmpOp::Lt | CmpOp::Gt => dynasm!(self.ops ; .arch x64 ; seta al),
                CmpOp::Le | CmpOp::Ge => dynasm!(self.ops ; .arch x64 ; setae al),
                CmpOp::Eq => dynasm!(self.ops ; .arch x64 ; sete al ; setnp r11b ; and al, r11b),
                CmpOp::Ne => dynasm!(self.ops ; .arch x64 ; setne al ; setp r11b ; or al, r11b),
            }
        } else {
            match op {
                CmpOp::Lt => dynasm!(self.ops ; .arch x64 ; setl al),
                CmpOp::Le => dynasm!(self.ops ; .arch x64 ; setle al),
                CmpOp::Eq => dynasm!(self.ops ; .arch x64 ; sete al),
                CmpOp::Ne => dynasm!(self.ops ; .arch x64 ; setne al),
                CmpOp::Gt => dynasm!(self.ops ; .arch x64 ; setg al),
                CmpOp::Ge => dynasm!(self.ops ; .arch x64 ; setge al),
            }
        }
    }

    /// Jump to `exit` when the comparison whose flags are set has truth `when`.
    fn branch_on_flags(&mut self, op: CmpOp, float: bool, when: bool, exit: DynamicLabel) {
        if float {
            // After the operand swap in `compare`, Lt/Gt test "above", Le/Ge "above or equal".
            match (op, when) {
                (CmpOp::Lt | CmpOp::Gt, true) => dynasm!(self.ops ; .arch x64 ; ja =>exit),
                (CmpOp::Lt | CmpOp::Gt, false) => dynasm!(self.ops ; .arch x64 ; jbe =>exit),
                (CmpOp::Le | CmpOp::Ge, true) => dynasm!(self.ops ; .arch x64 ; jae =>exit),
                (CmpOp::Le | CmpOp::Ge, false) => dynasm!(self.ops ; .arch x64 ; jb =>exit),
                // equal: ZF=1 and PF=0
                (CmpOp::Eq, true) | (CmpOp::Ne, false) => {
                    dynasm!(self.ops ; .arch x64 ; jp >skip ; je =>exit ; skip:)
                }
                (CmpOp::Eq, false) | (CmpOp::Ne, true) => {
                    dynasm!(self.ops ; .arch x64 ; jne =>exit ; jp =>exit)
                }
            }
        } else {
            let op = if when { op } else { negate(op) };
            match op {
                CmpOp::Lt => dynasm!(self.ops ; .arch x64 ; jl =>exit),
                CmpOp::Le => dynasm!(self.ops ; .arch x64 ; jle =>exit),
                CmpOp::Eq => dynasm!(self.ops ; .arch x64 ; je =>exit),
                CmpOp::Ne => dynasm!(self.ops ; .arch x64 ; jne =>exit),
                CmpOp::Gt => dynasm!(self.ops ; .arch x64 ; jg =>exit),
                CmpOp::Ge => dynasm!(self.ops ; .arch x64 ; jge =>exit),
            }
        }
    }

    fn guard(&mut self, cond: Ref, expect: bool, snap: crate::snapshot::SnapId) {
        let exit = self.exit(snap);
        if self.loc(cond) == Loc::Fused {
            if let Inst::Cmp { op, float, a, b } = self.t.insts[cond.idx()] {
                self.compare(op, float, a, b);
                self.branch_on_flags(op, float, !expect, exit);
            }
            return;
        }
        match self.loc(cond) {
            Loc::Const(c) => {
                if (c != 0) != expect {
                    dynasm!(self.ops ; .arch x64 ; jmp =>exit);
                }
                return;
            }
            Loc::Gpr(x) => dynasm!(self.ops ; .arch x64 ; test Rq(x), Rq(x)),
            Loc::Stack(k) => dynasm!(self.ops ; .arch x64 ; cmp QWORD [rsp + 8 * k as i32], 0),
            _ => {}
        }
        if expect {
            dynasm!(self.ops ; .arch x64 ; jz =>exit);
        } else {
            dynasm!(self.ops ; .arch x64 ; jnz =>exit);
        }
    }

    /// The helper argument `k` of call `i`: for a residual call whose object result the next
    /// instruction stores into a local (`task = task.run(pkt)`), `k` with the local's number
    /// plus one in its high half, and that `storeobj` is compiled to nothing: `pycall` moves
    /// the result into the local itself, the old value into `deferred`, as `store_local`
    /// would have — one helper call, one reference count and one `deferred` entry fewer.
    fn fuse_store(&mut self, i: usize, h: crate::ir::Helper, k: u32) -> u64 {
        let t = self.t;
        if let (
            crate::ir::Helper::PyCall,
            Some(&Inst::StoreObj {
                slot: Slot::Local(n),
                val,
            }),
        ) = (h, t.insts.get(i + 1))
        {
            // (Not a generator's `next`, which goes through `pycall` too.)
            let call = matches!(
                t.pool.borrow().descs.get(k as usize),
                Some(crate::pool::Desc::PyCall { .. })
            );
            if call && val == Ref(i as u32) && matches!(t.ty(val), Type::Obj(_)) {
                self.fused_store = i + 1;
                return u64::from(k) | (u64::from(n) + 1) << 32;
            }
        }
        u64::from(k)
    }

    /// The address of the trace's `TraceRt::globals_at`.
    fn globals_at(&mut self) -> i64 {
        // SAFETY: `rt` is the boxed `TraceRt` the compiled trace keeps; only its address is
        // taken.
        unsafe { std::ptr::addr_of_mut!((*self.rt).globals_at) as i64 }
    }

    /// At instruction `i` (the loop label, a side trace's end, an unpeeled trace's jump
    /// back) every global guard before it has passed: remember the counter's value.
    fn globals_checked(&mut self, i: usize) {
        if i != self.skip_globals_before {
            return;
        }
        let at = self.globals_at();
        let ran = PYTHON_RAN.as_ptr() as i64;
        dynasm!(self.ops ; .arch x64
            ; mov r11, QWORD ran
            ; mov rax, [r11]
            ; mov r11, QWORD at
            ; mov [r11], rax
        );
    }

    /// The function implementing helper call `h` with descriptor `k`: a `pycall` that
    /// steps a generator goes straight to `backend/gen.rs` (through `helpers::pycall`, whose
    /// prologue serves a call with arguments, it cost ~25 instructions more per item).
    fn helper_fn(&self, h: crate::ir::Helper, k: u32) -> HelperFn {
        if h == crate::ir::Helper::PyCall {
            match self.t.pool.borrow().descs.get(k as usize) {
                Some(crate::pool::Desc::GenNext { pair: false, .. }) => {
                    return super::gen::gen_step_helper::<false>
                }
                Some(crate::pool::Desc::GenNext { pair: true, .. }) => {
                    return super::gen::gen_step_helper::<true>
                }
                _ => {}
            }
        }
        helpers::of(h)
    }

    /// Call `f(rt, k, tag, args...)` for instruction `i`, saving the live caller-saved
    /// registers around it; write the result to `res`; exit to `snap` if it failed.
    #[allow(clippy::too_many_arguments)]
    fn call(
        &mut self,
        i: usize,
        f: HelperFn,
        k: u64,
        tag: u8,
        args: &[Ref],
        res: Option<Ref>,
        snap: Option<crate::snapshot::SnapId>,
    ) {
        let base = 8 * self.a.spill_slots as i32;
        // Values living across the call (or read by its exit) in clobbered registers.
        let mut saved = Vec::new();
        for j in 0..i {
            if self.a.end[j] < i {
                continue;
            }
            match self.a.locs[j] {
                Loc::Gpr(x) if CALLER_SAVED.contains(&x) && !saved.contains(&Loc::Gpr(x)) => {
                    saved.push(Loc::Gpr(x))
                }
                Loc::Xmm(x) if !saved.contains(&Loc::Xmm(x)) => saved.push(Loc::Xmm(x)),
                _ => {}
            }
        }
        for (s, l) in saved.iter().enumerate() {
            let off = base + 8 * s as i32;
            match *l {
                Loc::Gpr(x) => dynasm!(self.ops ; .arch x64 ; mov [rsp + off], Rq(x)),
                Loc::Xmm(x) => dynasm!(self.ops ; .arch x64 ; movsd QWORD [rsp + off], Rx(x)),
                _ => {}
            }
        }
        let stage = base + 8 * 20;
        for (j, &a) in args.iter().enumerate() {
            self.loc_to_gpr(RAX, self.loc(a));
            let off = stage + 8 * j as i32;
            dynasm!(self.ops ; .arch x64 ; mov [rsp + off], rax);
        }
        for j in 0..args.len() {
            let off = stage + 8 * j as i32;
            match j {
                0 => dynasm!(self.ops ; .arch x64 ; mov rcx, [rsp + off]),
                1 => dynasm!(self.ops ; .arch x64 ; mov r8, [rsp + off]),
                _ => dynasm!(self.ops ; .arch x64 ; mov r9, [rsp + off]),
            }
        }
        let rt = self.rt as i64;
        let fp = f as usize as i64;
        dynasm!(self.ops ; .arch x64
            ; mov rdi, QWORD rt
            ; mov rsi, QWORD k as i64
            ; mov edx, tag as i32
            ; mov rax, QWORD fp
            ; call rax
            ; mov r11, rax
        );
        for (s, l) in saved.iter().enumerate() {
            let off = base + 8 * s as i32;
            match *l {
                Loc::Gpr(x) => dynasm!(self.ops ; .arch x64 ; mov Rq(x), [rsp + off]),
                Loc::Xmm(x) => dynasm!(self.ops ; .arch x64 ; movsd Rx(x), QWORD [rsp + off]),
                _ => {}
            }
        }
        if let Some(s) = snap {
            let exit = self.exit(s);
            dynasm!(self.ops ; .arch x64 ; test rdx, rdx ; jz =>exit);
        }
        if let Some(r) = res {
            if self.t.ty(r) == Type::Float {
                dynasm!(self.ops ; .arch x64 ; movq xmm15, r11);
                self.xmm_result(r, XMM15);
            } else {
                self.gpr_result(r, R11);
            }
        }
    }

    fn exit_stubs(&mut self) {
        let t = self.t;
        for (k, snap) in t.snaps.iter().enumerate() {
            let label = self.exits[k];
            dynasm!(self.ops ; .arch x64 ; =>label);
            for &(slot, v) in &snap.slots {
                // Objects are stored by the trampoline, with reference counting
                // (`ExitDesc::objs`), from the ctx stack area (`exit_words`).
                if !matches!((slot, t.ty(v)), (Slot::Local(_), Type::Obj(_))) {
                    self.write_slot(slot, v);
                }
            }
            for (j, v) in exit_words(t, snap).into_iter().enumerate() {
                // Virtual instances have no payload: the trampoline makes them.
                if !snap.virtuals.iter().any(|x| x.obj == v) {
                    let off = 8 * (self.stack_base + j) as i32;
                    self.payload_to_mem(15, off, v);
                }
            }
            let id = super::exit_code(self.tag, k) as i32;
            dynasm!(self.ops ; .arch x64 ; mov eax, id);
            // Only exits that leave everything in the frame, or objects stored into locals
            // (stored by `objexit::link_stores` before the jump), may continue in a linked
            // side trace: virtual instances are made by the trampoline, inlined calls
            // finished by the runtime.
            let objs = snap
                .slots
                .iter()
                .any(|&(slot, v)| matches!((slot, t.ty(v)), (Slot::Local(_), Type::Obj(_))));
            // (With objects, only where `side::linkable` may say yes: an empty stack or a
            // branch's condition. Their stubs are long, and traces have many such exits.)
            if snap.virtuals.is_empty() && snap.frame.is_none() && (!objs || snap.stack.len() <= 1)
            {
                // The stores' helper also releases what the trace owns (`deferred`) when
                // nothing after the jump can still use it: at a side trace's end, and at an
                // exit in the middle of an iteration whose stack holds no object (the linked
                // code reads objects only from the frame's locals, which the stores gave their
                // own references). Not releasing at such an exit made `deferred` grow with
                // every iteration that left through it into a side trace which jumps back to
                // this trace's loop, never reaching its end (deltablue's `make_plan`: the item
                // `todo.pop(0)` deferred), and `link_stores` scans `deferred`: quadratic.
                let end = matches!(t.insts.last(), Some(&Inst::Exit { snap }) if snap.idx() == k);
                let stack_objs = snap.stack.iter().any(|&v| t.ty(v).is_obj());
                self.link_stub(k, objs.then_some(self.releases && (end || !stack_objs)));
                if objs {
                    // (The helper call clobbered it.)
                    dynasm!(self.ops ; .arch x64 ; mov eax, id);
                }
            }
            dynasm!(self.ops ; .arch x64 ; jmp ->epilogue);
        }
    }

    /// One object store of a linked exit in machine code, `link_stores`' common case: the
    /// trace owns nothing (`deferred`, whose length is at `len`, is empty) and the local's old
    /// value is no object or has other references (its count above 1), so it only loses one
    /// and the new value gains one; then on to `linked`, with `rdx`/`rcx` (the link cell and
    /// its code) untouched. Anything else falls through to the helper, which decides.
    fn link_store_fast(
        &mut self,
        (n, tag, w): super::objexit::LinkStore,
        len: i64,
        linked: DynamicLabel,
    ) {
        let helper = self.ops.new_dynamic_label();
        let old_done = self.ops.new_dynamic_label();
        let local = 16 * n as i32;
        let word = 8 * w as i32;
        dynasm!(self.ops
            ; .arch x64
            ; mov r11, QWORD len
            ; cmp QWORD [r11], 0
            ; jne =>helper
            // (Heap values, `TAG_HEAP`, hold a count.)
            ; movzx eax, BYTE [r14 + local]
            ; sub eax, i32::from(*super::TAG_HEAP.start())
            ; cmp eax, i32::from(super::TAG_HEAP.end() - super::TAG_HEAP.start())
            ; ja =>old_done
            ; mov r11, [r14 + local + 8]
            ; cmp QWORD [r11], 1
            ; jbe =>helper
            ; dec QWORD [r11]
            ; =>old_done
            ; mov rax, [r15 + word]
        );
        if super::TAG_HEAP.contains(&tag) {
            dynasm!(self.ops ; .arch x64 ; inc QWORD [rax]);
        }
        dynasm!(self.ops
            ; .arch x64
            ; mov QWORD [r14 + local], i32::from(tag)
            ; mov [r14 + local + 8], rax
            ; jmp =>linked
            ; =>helper
        );
    }

    /// The linked continuation of exit `k`, after its stub wrote the frame state: if
    /// `links[k]` names code, count the exit there, leave this trace's spill frame (adding
    /// the iterations to `ctx[0]`, as the epilogue does, but leaving the saved registers on
    /// the stack) and jump into that code past its register saves (`LINK_ENTRY`), with the
    /// same locals and its own `ctx`, so that it returns straight to the trampoline.
    ///
    /// `stores`: the exit stores objects into locals, which `objexit::link_stores` does
    /// before the jump (releasing the trace's `deferred` objects after them when `true`);
    /// when it refuses (an old value's last reference), the exit returns as if unlinked.
    fn link_stub(&mut self, k: usize, stores: Option<bool>) {
        let frame = self.frame_size();
        // The cells live in `Compiled::links`, a boxed slice that never moves and lives as
        // long as this code.
        let cell = self.links.wrapping_add(k * super::LINK_WORDS) as i64;
        let done = self.ops.new_dynamic_label();
        dynasm!(self.ops
            ; .arch x64
            ; mov rdx, QWORD cell
            ; mov rcx, [rdx]
            ; test rcx, rcx
            ; jz =>done
        );
        if let Some(release) = stores {
            let t = self.t;
            let snap = &t.snaps[k];
            let base = self.stack_base + snap.stack.len();
            let first = self.link_stores.len() as i32;
            let objs = snap
                .slots
                .iter()
                .filter_map(|&(slot, v)| match (slot, t.ty(v)) {
                    (Slot::Local(n), Type::Obj(tag)) => Some((n, tag)),
                    _ => None,
                });
            for (j, (n, tag)) in objs.enumerate() {
                self.link_stores.push((n, tag, (base + j) as u32));
            }
            let count = self.link_stores.len() as i32 - first;
            let rt = self.rt as i64;
            // When every local already holds the object it is to store (a trace that keeps
            // its `storeobj`s made those stores and names them again: most of richards'
            // linked exits and ends), there is nothing to store: only the release at a
            // side trace's end remains, which the plain `release` helper does.
            let call = self.ops.new_dynamic_label();
            let linked = self.ops.new_dynamic_label();
            for &(n, tag, w) in &self.link_stores[first as usize..] {
                let local = 16 * n as i32;
                let word = 8 * w as i32;
                dynasm!(self.ops ; .arch x64 ; cmp BYTE [r14 + local], tag as i8 ; jne =>call);
                // (Only heap objects are stored here with a payload to compare.)
                if super::TAG_HEAP.contains(&tag) {
                    dynasm!(self.ops
                        ; .arch x64
                        ; mov rax, [r15 + word]
                        ; cmp [r14 + local + 8], rax
                        ; jne =>call
                    );
                }
            }
            if release {
                let fp = helpers::release as HelperFn as usize as i64;
                dynasm!(self.ops
                    ; .arch x64
                    ; mov rdi, QWORD rt
                    ; mov rax, QWORD fp
                    ; call rax
                    ; mov rdx, QWORD cell
                    ; mov rcx, [rdx]
                );
            }
            dynasm!(self.ops ; .arch x64 ; jmp =>linked ; =>call);
            if let (&[store], Some(len)) = (
                &self.link_stores[first as usize..],
                super::layout::deferred_len_offset(),
            ) {
                self.link_store_fast(store, rt + i64::from(len), linked);
            }
            let fp = super::objexit::link_stores as HelperFn as usize as i64;
            // (rsp is aligned here as at any helper call of the body; nothing is live.)
            dynasm!(self.ops
                ; .arch x64
                ; mov rdi, QWORD rt
                ; mov esi, first
                ; mov edx, i32::from(release)
                ; mov rcx, r15
                ; mov r8d, count
                ; mov rax, QWORD fp
                ; call rax
                ; test rdx, rdx
                ; jz =>done
                ; mov rdx, QWORD cell
                ; mov rcx, [rdx]
                ; =>linked
            );
        }
        // The callee-saved registers stay saved where the entry from the trampoline pushed
        // them: the code linked to is entered past its pushes and its `mov r14, rdi`
        // (`LINK_ENTRY`: the locals are the same), and whichever code returns to the
        // trampoline restores them. Every trace saves the same six.
        dynasm!(self.ops
            ; .arch x64
            ; inc QWORD [rdx + 16]
            ; mov rsi, [rdx + 8]
            ; add [r15], r13
            ; add rsp, frame
            ; jmp rcx
            ; =>done
        );
    }
}

/// The values an exit through `s` leaves in the ctx stack area, in order: its operand-stack
/// entries, the objects it stores into locals, the callee frame's locals (bound ones) and
/// stack, and the attributes of the instances it makes (`ExitDesc`).
fn exit_words(t: &Trace, s: &crate::snapshot::Snapshot) -> Vec<Ref> {
    let mut w = s.stack.clone();
    w.extend(
        s.slots
            .iter()
            .filter(|&&(slot, v)| matches!((slot, t.ty(v)), (Slot::Local(_), Type::Obj(_))))
            .map(|e| e.1),
    );
    if let Some(c) = &s.frame {
        w.extend(c.locals.iter().flatten().copied());
        w.extend(c.stack.iter().copied());
    }
    for v in &s.virtuals {
        w.extend(v.fields.iter().map(|f| f.1));
    }
    w
}

/// The `Value` tag of values of an IR type.
fn tag_for(ty: Type) -> u8 {
    match ty {
        Type::Int => TAG_INT,
        Type::Float => TAG_FLOAT,
        Type::Bool => TAG_BOOL,
        Type::Obj(t) => t,
        Type::Void | Type::Ptr => 0,
    }
}

fn negate(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Ge,
        CmpOp::Le => CmpOp::Gt,
        CmpOp::Eq => CmpOp::Ne,
        CmpOp::Ne => CmpOp::Eq,
        CmpOp::Gt => CmpOp::Le,
        CmpOp::Ge => CmpOp::Lt,
    }
}
