//! Helpers for loop nests (see *Nested `for` loops* in docs/jit.md): `iter.new` makes the
//! iterator an inner `for` loop starts with, as `GetIter` would, and `iter.step` steps the
//! iterator of an enclosing `for` loop that a side trace runs through. Same ABI and contract
//! as `helpers.rs`: a helper that fails has changed nothing.

use super::entry::IterKind;
use super::entry::{payload_bits, tag_of};
use super::helpers::{desc, frame_stack, hand_out, ok, owned, Ret, TraceRt, FAIL};
use crate::pool::Desc;
use pyjit_runtime::object::IterState;
use pyjit_runtime::ops::iter::new_iter;
use pyjit_runtime::Value;

/// `iter.new`: `k` = 0, a `range(a, b, c)` iterator; 1 and 2, the iterator of the list or
/// tuple whose payload is `a`. The trace owns it (`deferred`) until the exit that pushes it
/// onto the frame's stack.
pub(crate) extern "sysv64" fn iter_new(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    a: u64,
    b: u64,
    c: u64,
) -> Ret {
    let it = match k {
        0 => new_iter(
            IterState::Range {
                next: a as i64,
                stop: b as i64,
                step: c as i64,
            },
            "range_iterator",
        ),
        1 => new_iter(
            IterState::List {
                // SAFETY: the trace passes the payload of a list it holds.
                list: unsafe { owned(super::TAG_LIST, a) },
                index: 0,
            },
            "list_iterator",
        ),
        2 => new_iter(
            IterState::Tuple {
                // SAFETY: the trace passes the payload of a tuple it holds.
                tuple: unsafe { owned(super::TAG_TUPLE, a) },
                index: 0,
            },
            "tuple_iterator",
        ),
        _ => return FAIL,
    };
    ok(hand_out(rt, it))
}

/// `iter.step`: the next item of the iterator at index `k` of the frame's operand stack, if
/// it is a range, list or tuple iterator that is not exhausted and the item has tag `tag`;
/// the iterator steps. Fails, changing nothing, otherwise.
pub(crate) extern "sysv64" fn iter_step(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    let Some(Value::Iter(it)) = frame_stack(rt, k) else {
        return FAIL;
    };
    let Ok(mut st) = it.state.try_borrow_mut() else {
        return FAIL;
    };
    match &mut *st {
        IterState::Range { next, stop, step } => {
            if tag != u64::from(super::TAG_INT)
                || !((*step > 0 && *next < *stop) || (*step < 0 && *next > *stop))
            {
                return FAIL;
            }
            let v = *next;
            *next = next.saturating_add(*step);
            ok(v as u64)
        }
        IterState::List {
            list: Value::List(l),
            index,
        } => {
            let Ok(items) = l.items.try_borrow() else {
                return FAIL;
            };
            match items.get(*index) {
                Some(v) if u64::from(tag_of(v)) == tag => {
                    *index += 1;
                    ok(payload_bits(v))
                }
                _ => FAIL,
            }
        }
        IterState::Tuple {
            tuple: Value::Tuple(t),
            index,
        } => match t.items.get(*index) {
            Some(v) if u64::from(tag_of(v)) == tag => {
                *index += 1;
                ok(payload_bits(v))
            }
            _ => FAIL,
        },
        _ => FAIL,
    }
}

/// `iter.reset` (`Desc::IterReset` `k`): the unique iterator at index `d` of the frame's
/// stack, of the descriptor's kind, starts over `range(a, b, c)` or the list or tuple whose
/// payload is `a`, in place; the loop trace's `ctx` gets the words its entry would. Fails,
/// changing nothing, when the iterator is shared or of another kind, or holds the last
/// reference to its old sequence.
pub(crate) extern "sysv64" fn iter_reset(
    rt: *mut TraceRt,
    k: u64,
    _: u64,
    a: u64,
    b: u64,
    c: u64,
) -> Ret {
    let Some(&Desc::IterReset {
        ctx,
        d,
        kind,
        next_at,
        other_at,
    }) = desc(rt, k)
    else {
        return FAIL;
    };
    let Some(Value::Iter(it)) = frame_stack(rt, u64::from(d)) else {
        return FAIL;
    };
    if std::rc::Rc::strong_count(it) != 1 {
        return FAIL;
    }
    let Ok(mut st) = it.state.try_borrow_mut() else {
        return FAIL;
    };
    // The old sequence is released here: only when that is not its last reference, which
    // could run finalizers (`__del__` of its items) in the middle of the trace. (A fresh
    // list per outer iteration: the interpreter restarts the loop instead.) The state is
    // changed in place: building a new one and dropping the old (`drop_in_place` of an
    // `IterState`, out of line) was ~35 of the ~115 instructions of a reset (go: ~116 000).
    let shared = |v: &Value| match v {
        Value::List(l) => std::rc::Rc::strong_count(l) > 1,
        Value::Tuple(t) => std::rc::Rc::strong_count(t) > 1,
        _ => false,
    };
    let (old, next, other) = match (&mut *st, kind) {
        (IterState::Range { next, stop, step }, IterKind::Range(s))
            if *step == s && c as i64 == s =>
        {
            *next = a as i64;
            *stop = b as i64;
            (None, a, b)
        }
        (IterState::List { list, index }, IterKind::List) if shared(list) => {
            // SAFETY: the trace passes the payload of a list it holds.
            let new = unsafe { owned(super::TAG_LIST, a) };
            *index = 0;
            (Some(std::mem::replace(list, new)), 0, a)
        }
        (IterState::Tuple { tuple, index }, IterKind::Tuple) if shared(tuple) => {
            // SAFETY: the trace passes the payload of a tuple it holds.
            let new = unsafe { owned(super::TAG_TUPLE, a) };
            *index = 0;
            (Some(std::mem::replace(tuple, new)), 0, a)
        }
        _ => return FAIL,
    };
    drop(st);
    drop(old);
    // SAFETY: `ctx` is the live `ctx` buffer of the loop trace this side trace links into
    // (it outlives its side traces, and is never reallocated: `reent.rs` copies words in
    // and out of it); `next_at` and `other_at` are indices of its iterator words, which its
    // entry reads next. Index 0 (the iteration count) is never written.
    unsafe {
        if next_at != 0 {
            *ctx.add(next_at) = next;
        }
        if other_at != 0 {
            *ctx.add(other_at) = other;
        }
    }
    ok(0)
}
