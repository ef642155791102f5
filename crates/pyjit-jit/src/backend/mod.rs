//! Machine-code backends and the entry trampoline.
//!
//! `compile` turns an optimized trace into a [`Compiled`] trace; `entry` runs it on an
//! interpreter frame (`EntryReq::prepare`, `call_prepared`) and applies the exit it returns
//! (`apply_exit`). Only x86-64 has a backend; elsewhere
//! `compile` fails and the JIT records but never runs anything.

pub mod containers;
#[cfg(target_arch = "x86_64")]
mod disasm;
pub mod entry;
mod gen;
pub mod helpers;
mod iters;
pub mod layout;
mod objexit;
pub mod regalloc;
#[cfg(all(test, target_arch = "x86_64"))]
mod tests;
#[cfg(target_arch = "x86_64")]
pub mod walk;
pub mod x64;

use crate::ir::{Slot, Trace, Type};

/// Tag numbers of `Value` variants (the enum's declaration order; checked at start-up by
/// `entry::value_layout_ok`).
pub const TAG_BOOL: u8 = 2;
pub const TAG_INT: u8 = 3;
pub const TAG_FLOAT: u8 = 4;
pub const TAG_STR: u8 = 6;
pub const TAG_LIST: u8 = 7;
pub const TAG_TUPLE: u8 = 8;
pub const TAG_DICT: u8 = 9;
pub const TAG_SET: u8 = 10;
pub const TAG_INSTANCE: u8 = 17;
pub const TAG_ITER: u8 = 19;
/// Tags up to this one (`Null`, `None`, `Bool`, `Int`, `Float`) own no heap object.
pub const TAG_PLAIN_MAX: u8 = 4;
/// The tags of the variants that hold an `Rc`, and so a reference count in the object its
/// payload points to (`Value::is_heap`: `BigInt` to `Code`).
pub const TAG_HEAP: std::ops::RangeInclusive<u8> = 5..=22;
/// The tags of the variants without a payload word (`Null`, `None`, `Ellipsis`,
/// `NotImplemented`: `entry::payload_bits` gives 0 for them).
pub const TAGS_NO_PAYLOAD: [u8; 4] = [0, 1, 23, 24];

/// What the Rust side needs to apply an exit.
#[derive(Clone)]
pub struct ExitDesc {
    /// Bytecode index to resume at.
    pub pc: u32,
    /// Types of the operand-stack entries the exit leaves in the ctx stack area.
    pub stack: Vec<Type>,
    /// Locals that get an object (local number, tag), whose payloads follow the stack
    /// entries in the ctx stack area; the trampoline stores them with reference counting.
    pub objs: Vec<(u32, u8)>,
    /// An inlined call left in the middle: its function and resume pc, and the types of its
    /// locals (`None`: unbound) and stack entries, whose payloads follow `objs` in the ctx
    /// stack area (locals first, unbound ones skipped).
    pub callee: Option<CalleeDesc>,
    /// Instances the exit makes (`Snapshot::virtuals`), whose attribute payloads follow the
    /// callee's in the ctx stack area.
    pub virtuals: Vec<VirtualDesc>,
    /// Positions in the ctx stack area (relative to its start) whose entry is not a payload
    /// but virtual instance number `.1` of `virtuals`.
    pub vrefs: Vec<(usize, usize)>,
}

impl ExitDesc {
    /// Does the exit only push stack entries (no object stores, inlined call or instances)?
    #[inline(always)]
    pub fn plain(&self) -> bool {
        self.objs.is_empty()
            && self.callee.is_none()
            && self.virtuals.is_empty()
            && self.vrefs.is_empty()
    }
}

/// An instance an exit makes: its class, and its attributes in dict order (name, type,
/// position of the payload in the ctx stack area).
#[derive(Clone)]
pub struct VirtualDesc {
    pub class: std::rc::Rc<pyjit_runtime::object::PyType>,
    pub fields: Vec<(pyjit_runtime::Value, Type, usize)>,
}

#[derive(Clone)]
pub struct CalleeDesc {
    pub func: std::rc::Rc<pyjit_runtime::object::Function>,
    pub pc: u32,
    pub locals: Vec<Option<Type>>,
    pub stack: Vec<Type>,
}

/// Register limits (`PYJIT_JIT_REGS=g,x` lowers them to test spilling).
#[derive(Clone, Copy, Debug)]
pub struct BackendConfig {
    pub max_gprs: usize,
    pub max_xmms: usize,
}

impl Default for BackendConfig {
    fn default() -> Self {
        BackendConfig {
            max_gprs: 64,
            max_xmms: 64,
        }
    }
}

/// Signature of compiled trace code; see `x64.rs` for the ABI.
pub type EntryFn = unsafe extern "sysv64" fn(*mut u8, *mut u64) -> u64;

/// A trace in executable memory.
pub struct Compiled {
    #[cfg(target_arch = "x86_64")]
    _buf: dynasmrt::ExecutableBuffer,
    pub(crate) func: EntryFn,
    pub code_size: usize,
    /// Offset of the entry (the first byte of the trace's code) in the buffer.
    #[cfg(target_arch = "x86_64")]
    entry_off: usize,
    /// Iterator slots, in `ctx[1..]` order.
    pub ctx_slots: Vec<Slot>,
    /// Index in `ctx` of exit stack entry 0.
    pub stack_base: usize,
    /// The word array passed as `ctx` (kept to avoid allocating per entry).
    pub ctx: Vec<u64>,
    /// One per snapshot.
    pub exits: Vec<ExitDesc>,
    /// State the helpers use; boxed so its address, embedded in the code, stays put.
    pub rt: Box<helpers::TraceRt>,
    /// Three words per snapshot, read by its exit stub (the address is embedded in the code):
    /// the entry of the code to continue in instead of returning (0: return), the `ctx` to
    /// pass it, and how many times the exit went there. See `link`.
    pub links: Box<[std::cell::Cell<u64>]>,
}

/// Words per snapshot in `Compiled::links`.
pub const LINK_WORDS: usize = 3;

/// Bytes of a trace's prologue that save the callee-saved registers (`push rbx` … `push
/// r15`) and take the locals pointer (`mov r14, rdi`): a linked exit jumps this far into the
/// code it continues in, since the registers are saved already and `r14` holds the same
/// locals (the x64 backend checks the size when it assembles a prologue).
pub const LINK_ENTRY: usize = 13;

/// The value a trace returns packs the snapshot number with the trace's exit tag (0 for a
/// loop's trace, `1 + exit` for the side trace attached to that exit of its loop's trace):
/// a side trace ends by jumping into its loop's trace, so one call may return from either.
pub fn exit_code(tag: u32, snap: usize) -> u64 {
    (u64::from(tag) << 16) | snap as u64
}

/// The (tag, snapshot) of an exit code.
pub fn split_exit_code(code: u64) -> (u32, usize) {
    ((code >> 16) as u32, (code & 0xffff) as usize)
}

impl Compiled {
    #[cfg(target_arch = "x86_64")]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        buf: dynasmrt::ExecutableBuffer,
        entry: dynasmrt::AssemblyOffset,
        code_size: usize,
        ctx_slots: Vec<Slot>,
        stack_base: usize,
        ctx_len: usize,
        exits: Vec<ExitDesc>,
        rt: Box<helpers::TraceRt>,
        links: Box<[std::cell::Cell<u64>]>,
    ) -> Compiled {
        let ptr = buf.ptr(entry);
        // SAFETY: `ptr` is the start of the prologue the x64 backend just assembled into
        // `buf`, which was finalized (mapped read+execute) and is kept alive in the returned
        // value for as long as the function pointer can be called. The code follows the
        // System V calling convention declared by `EntryFn`.
        let func = unsafe { std::mem::transmute::<*const u8, EntryFn>(ptr) };
        Compiled {
            _buf: buf,
            func,
            code_size,
            entry_off: entry.0,
            ctx_slots,
            stack_base,
            ctx: vec![0; ctx_len.max(1)],
            exits,
            rt,
            links,
        }
    }
}

impl Compiled {
    /// Make exit `snap` continue in `to` (entered past its pushes, `LINK_ENTRY`, with the
    /// callee-saved registers the trampoline's call saved still on the stack, the same
    /// locals in `r14` and `to`'s own `ctx`) instead of returning. The exit's stub has written the frame state
    /// (its slots) before it jumps; only exits without operand-stack entries the target
    /// would need, object stores or inlined-call frames may be linked (the caller checks).
    pub fn link(&self, snap: usize, to: &mut Compiled) {
        let at = snap * LINK_WORDS;
        self.links[at].set(to.func as usize as u64 + LINK_ENTRY as u64);
        self.links[at + 1].set(to.ctx.as_mut_ptr() as u64);
    }

    /// Make exit `snap` return to the trampoline again.
    pub fn unlink(&self, snap: usize) {
        self.links[snap * LINK_WORDS].set(0);
    }

    /// Count a run of exit `snap` as if it had gone on through a link: a side trace's end
    /// that returns to the JIT for it to enter a loop's trace (`side::SideRec::returned`).
    pub fn count_link(&self, snap: usize) {
        let c = &self.links[snap * LINK_WORDS + 2];
        c.set(c.get() + 1);
    }

    /// Times exit `snap` went on in the code it is linked to.
    pub fn linked_exits(&self, snap: usize) -> u64 {
        self.links[snap * LINK_WORDS + 2].get()
    }

    /// The counter `linked_exits(snap)` reads, for a reader that does not want to go
    /// through this `Compiled` on every read (`jit::fast`: the loop trace's exit path sums
    /// its side traces' completions on every exit).
    pub fn link_counter(&self, snap: usize) -> LinkCounter {
        LinkCounter(&self.links[snap * LINK_WORDS + 2])
    }
}

/// A link counter of a compiled trace (`Compiled::link_counter`): valid while that
/// `Compiled` lives (`links` is a boxed slice, which does not move with it).
#[derive(Clone, Copy)]
pub struct LinkCounter(*const std::cell::Cell<u64>);

impl LinkCounter {
    /// The counter's value.
    ///
    /// # Safety
    /// The `Compiled` it came from is alive.
    #[inline(always)]
    pub unsafe fn get(self) -> u64 {
        // SAFETY: the caller's contract: the cell is in that `Compiled`'s `links`.
        unsafe { (*self.0).get() }
    }
}

impl Compiled {
    /// The trace's machine code and the address it runs at.
    #[cfg(target_arch = "x86_64")]
    pub fn code(&self) -> (&[u8], u64) {
        let bytes = &self._buf[self.entry_off..self.entry_off + self.code_size];
        (bytes, bytes.as_ptr() as u64)
    }
}

/// The disassembly of a compiled trace, one instruction a line (`PYJIT_TRACE=2`).
pub fn disassemble(c: &Compiled) -> String {
    #[cfg(target_arch = "x86_64")]
    {
        let (bytes, ip) = c.code();
        disasm::x64(bytes, ip)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = c;
        String::new()
    }
}

/// Compile an optimized trace to machine code.
pub fn compile(t: &Trace, cfg: BackendConfig) -> Result<Compiled, String> {
    compile_tagged(t, cfg, 0)
}

/// Compile a trace whose exits return `exit_code(tag, snap)`.
pub fn compile_tagged(t: &Trace, cfg: BackendConfig, tag: u32) -> Result<Compiled, String> {
    if t.snaps.len() > 0xffff || tag > 0xffff {
        return Err("too many exits".into());
    }
    #[cfg(target_arch = "x86_64")]
    {
        x64::compile(t, cfg.max_gprs, cfg.max_xmms, tag)
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (t, cfg, tag);
        Err("no JIT backend for this architecture".into())
    }
}
