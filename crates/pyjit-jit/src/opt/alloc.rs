//! Allocation sinking: instances a trace allocates and that do not escape are never made.
//!
//! Operator overloading and class calls make a trace allocate (`new`, then one `setattr` per
//! attribute `__init__` stores): `(a - b).dot(c)` builds a `Vec` only to read its three
//! attributes once. The recorder already forwards those reads to the stored IR values (it
//! knows every attribute of an instance it saw allocated), so what is left of such a
//! temporary is its `new`, its `setattr`s and the snapshots that mention it — typically an
//! exit that must put it on the operand stack, as the receiver of the `dot` call.
//!
//! This pass (PyPy's "virtuals", in the simplest form that fits a linear trace) finds the
//! instances that do not *escape*: every use is as the instance operand of a `setattr`, as
//! the value of a `setattr` into another such instance, or in a snapshot. Any other use —
//! `storeobj` into a local (alive after the iteration), a helper that gets the object, an
//! identity compare, a loop-carried `param`/`next` — keeps the allocation where it is.
//! Deciding it needs a fixed point, since storing into an escaping instance makes the stored
//! instance escape too.
//!
//! A non-escaping instance's `new` becomes `virtual kC` (no code; only snapshots refer to
//! it), its `setattr`s disappear, and every snapshot that refers to it, directly or through
//! another virtual's attributes, gets a `vobj` entry with the attributes it has at that
//! point, in the order they were stored (the order of the instance's dict, which the
//! interpreter's dict keeps). An exit through such a snapshot makes the instance exactly as
//! the trace would have (`class::new_instance` + dict inserts, `backend/entry.rs`) before the
//! interpreter resumes; an exit that never happens costs nothing.
//!
//! An escaping instance is virtual too until its first escaping use, where it is made
//! (`new` and a `setattr` per attribute it has by then, in order); later stores into it are
//! kept. A loop-carried one (a `param`'s initial value) is made before the `loop` marker.
//! Instances stored into another instance's attribute are the exception: once their
//! container escapes they escape with it, and they are made where they are allocated (their
//! escape point would be the container's, which the simple forward walk here does not
//! track).
//!
//! The class guard (`guard.class`) that precedes every `new` is not touched: it also protects
//! the inlined `__init__`.
//!
//! Runs after peeling (no pass after it merges instructions, so each `virtual` stays one
//! object), before `dce`, which drops `virtual`s no snapshot refers to.

use super::Rewriter;
use crate::ir::{Helper, Inst, Ref, Trace};
use crate::snapshot::VirtualObj;

fn is_new(t: &Trace, r: Ref) -> bool {
    matches!(t.inst(r), Inst::Call { h: Helper::New, .. })
}

/// Which `new`s escape (indexed by instruction).
fn escaping(t: &Trace) -> Vec<bool> {
    let mut esc = vec![false; t.len()];
    loop {
        let mut changed = false;
        let mut mark = |esc: &mut Vec<bool>, r: Ref| {
            if is_new(t, r) && !esc[r.idx()] {
                esc[r.idx()] = true;
                changed = true;
            }
        };
        for inst in &t.insts {
            match *inst {
                Inst::Call {
                    h: Helper::SetAttr,
                    args,
                    ..
                } => {
                    let (o, v) = (args[0], args[1]);
                    if !is_new(t, o) || esc[o.idx()] {
                        mark(&mut esc, v);
                    }
                }
                _ => {
                    for r in inst.operands() {
                        mark(&mut esc, r);
                    }
                }
            }
        }
        if !changed {
            return esc;
        }
    }
}

/// Whether `r` is ever stored as an attribute value (such instances escape with their
/// container and are made where they are allocated).
fn stored_somewhere(t: &Trace) -> Vec<bool> {
    let mut stored = vec![false; t.len()];
    for inst in &t.insts {
        if let Inst::Call {
            h: Helper::SetAttr,
            args,
            ..
        } = *inst
        {
            stored[args[1].idx()] = true;
        }
    }
    stored
}

pub fn run(t: &Trace) -> Trace {
    let esc = escaping(t);
    let stored = stored_somewhere(t);
    let virt = |r: Ref| is_new(t, r) && !esc[r.idx()];
    // Escaping instances made lazily, at their first escaping use (virtual until then).
    let lazy = |r: Ref| is_new(t, r) && esc[r.idx()] && !stored[r.idx()];
    let mut pending = vec![false; t.len()];
    let mut rw = Rewriter::new(t);
    // Attributes of each virtual so far (old references), in store order.
    let mut fields: Vec<Vec<(u32, Ref)>> = vec![Vec::new(); t.len()];
    for (i, inst) in t.insts.iter().enumerate() {
        // Lazy instances this instruction uses for real are made first; a loop-carried one
        // (a `param`'s initial value) before the `loop` marker.
        let uses: Vec<Ref> = match *inst {
            Inst::Loop => t.insts[i + 1..]
                .iter()
                .filter_map(|x| match *x {
                    Inst::Param { init } => Some(init),
                    _ => None,
                })
                .collect(),
            Inst::Param { .. } => Vec::new(),
            // The unpeeled end writes the locals it lists (see `sink.rs`).
            Inst::JumpTop { snap } => t.snap(snap).refs().collect(),
            Inst::Call {
                h: Helper::SetAttr,
                args,
                ..
            } => vec![args[1]],
            _ => inst.operands(),
        };
        for r in uses {
            if pending[r.idx()] {
                materialize(&mut rw, t, r, &fields[r.idx()]);
                pending[r.idx()] = false;
            }
        }
        match *inst {
            Inst::Call {
                h: Helper::New, k, ..
            } if virt(Ref(i as u32)) || lazy(Ref(i as u32)) => {
                pending[i] = lazy(Ref(i as u32));
                rw.map[i] = rw.new.push(Inst::Virtual { k });
            }
            Inst::Call {
                h: Helper::SetAttr,
                k,
                args,
                ..
            } if virt(args[0]) || pending[args[0].idx()] => {
                let f = &mut fields[args[0].idx()];
                match f.iter_mut().find(|e| e.0 == k) {
                    Some(e) => e.1 = args[1],
                    None => f.push((k, args[1])),
                }
            }
            _ => {
                let new = rw.translate(inst);
                if let Some(s) = new.snap() {
                    // The virtuals the snapshot reaches, with their attributes now.
                    let mut todo: Vec<Ref> = t.snap(inst.snap().unwrap_or(s)).refs().collect();
                    let mut seen: Vec<Ref> = Vec::new();
                    while let Some(r) = todo.pop() {
                        if !(virt(r) || pending[r.idx()]) || seen.contains(&r) {
                            continue;
                        }
                        seen.push(r);
                        todo.extend(fields[r.idx()].iter().map(|e| e.1));
                    }
                    seen.sort();
                    let vs: Vec<VirtualObj> = seen
                        .iter()
                        .map(|&r| VirtualObj {
                            obj: rw.get(r),
                            fields: fields[r.idx()]
                                .iter()
                                .map(|&(k, v)| (k, rw.get(v)))
                                .collect(),
                        })
                        .collect();
                    rw.new.snaps[s.idx()].virtuals = vs;
                }
                rw.map[i] = rw.new.push(new);
            }
        }
    }
    rw.new
}

/// Make lazy instance `r` (old reference) here: `new`, then its attributes so far, in order;
/// later references to it are to the new instance.
fn materialize(rw: &mut Rewriter, t: &Trace, r: Ref, fields: &[(u32, Ref)]) {
    let Inst::Call { k, ty, .. } = *t.inst(r) else {
        return;
    };
    let obj = rw.new.push(Inst::Call {
        h: Helper::New,
        k,
        ty,
        args: [Ref(0); 3],
        n: 0,
        snap: None,
    });
    for &(k, v) in fields {
        let v = rw.get(v);
        rw.new.push(Inst::Call {
            h: Helper::SetAttr,
            k,
            ty: crate::ir::Type::Void,
            args: [obj, v, Ref(0)],
            n: 2,
            snap: None,
        });
    }
    rw.map[r.idx()] = obj;
}
