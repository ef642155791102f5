//! Stepping a loop's own iterator where it lives, in the frame, for the iterators the trace
//! does not unpack into `ctx` words (see *Loops over enumerate, zip, dict views and str* in
//! docs/jit.md): `iter.walk` (one item), `iter.walk2` (the two parts of an `enumerate`,
//! two-way `zip` or `dict.items()` item, which the loop's `UnpackSequence 2` takes apart, so
//! no tuple is made) and `iter.aux` (the second part). Only iterators whose next item runs no
//! Python code and raises nothing: range, list, tuple, str and dict-walk iterators, and
//! `enumerate` (an int count) and `zip` of two of them. Same ABI and contract as
//! `helpers.rs`: a helper that fails has changed nothing, and the interpreter redoes the
//! `ForIter` (it ends the loop, or raises "dictionary changed size during iteration").

use super::entry::tag_of;
use super::helpers::{frame_stack, hand_out, ok, view, Ret, TraceRt, FAIL};
use pyjit_bytecode::CmpOp;
use pyjit_runtime::object::{IterState, ViewKind};
use pyjit_runtime::Value;

/// The next item of an iterator, as [`peek`] finds it without stepping.
pub enum Walk {
    One(Value),
    Two(Value, Value),
    /// Exhausted: the interpreter's `ForIter` ends the loop.
    End,
    /// Anything else (another kind, a borrowed state, a dict whose size changed): the
    /// interpreter's `ForIter` handles it.
    No,
}

/// The next item of `it` (a `Value::Iter`), without stepping it.
pub fn peek(it: &Value) -> Walk {
    let Value::Iter(it) = it else { return Walk::No };
    let Ok(st) = it.state.try_borrow() else {
        return Walk::No;
    };
    match &*st {
        IterState::Enumerate {
            inner,
            count: Value::Int(c),
        } => match (leaf(inner), c.checked_add(1)) {
            (Walk::One(x), Some(_)) => Walk::Two(Value::Int(*c), x),
            (Walk::End, _) => Walk::End,
            _ => Walk::No,
        },
        IterState::Zip { inners, .. }
            if inners.len() == 2 && !same_iter(&inners[0], &inners[1]) =>
        {
            match (leaf(&inners[0]), leaf(&inners[1])) {
                (Walk::One(a), Walk::One(b)) => Walk::Two(a, b),
                // Ends, or raises for `strict=True`: the interpreter's.
                (Walk::End, _) | (_, Walk::End) => Walk::End,
                _ => Walk::No,
            }
        }
        st => leaf_state(st),
    }
}

/// `zip(it, it)`: each item takes two steps of one iterator, which `peek` cannot see.
fn same_iter(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Iter(a), Value::Iter(b)) if std::rc::Rc::ptr_eq(a, b))
}

/// The next item of a leaf iterator `v` (range, list, tuple, str, dict walk).
fn leaf(v: &Value) -> Walk {
    let Value::Iter(it) = v else { return Walk::No };
    let Ok(st) = it.state.try_borrow() else {
        return Walk::No;
    };
    leaf_state(&st)
}

fn leaf_state(st: &IterState) -> Walk {
    let one = |v: Option<&Value>| v.map_or(Walk::End, |v| Walk::One(v.clone()));
    match st {
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                Walk::One(Value::Int(*next))
            } else {
                Walk::End
            }
        }
        IterState::List {
            list: Value::List(l),
            index,
        } => match l.items.try_borrow() {
            Ok(items) => one(items.get(*index)),
            Err(_) => Walk::No,
        },
        IterState::Tuple {
            tuple: Value::Tuple(t),
            index,
        } => one(t.items.get(*index)),
        IterState::Str {
            s: Value::Str(s),
            byte_pos,
        } => match s.as_str().get(*byte_pos..).and_then(|r| r.chars().next()) {
            Some(c) => Walk::One(Value::string(c.to_string())),
            None => Walk::End,
        },
        IterState::DictWalk {
            dict,
            kind,
            used,
            pos,
            left,
        } => {
            let Ok(m) = dict.map.try_borrow() else {
                return Walk::No;
            };
            if m.len() != *used {
                return Walk::No;
            }
            let Some((k, v)) = m.next_live(*pos).and_then(|i| m.get_index(i)) else {
                return Walk::End;
            };
            if *left == 0 {
                return Walk::No;
            }
            match kind {
                ViewKind::Keys => Walk::One(k.value.clone()),
                ViewKind::Values => Walk::One(v.clone()),
                ViewKind::Items => Walk::Two(k.value.clone(), v.clone()),
            }
        }
        _ => Walk::No,
    }
}

/// Step `it`, whose next item [`peek`] found to be `w` (`One` or `Two`): what the
/// interpreter's `next` does, without making the item again.
fn advance(it: &Value, w: &Walk) -> Option<()> {
    let Value::Iter(it) = it else { return None };
    let mut st = it.state.try_borrow_mut().ok()?;
    match &mut *st {
        IterState::Enumerate {
            inner,
            count: Value::Int(c),
        } => {
            let Walk::Two(_, x) = w else { return None };
            advance_leaf(inner, x)?;
            *c += 1;
            Some(())
        }
        IterState::Zip { inners, .. } => {
            let Walk::Two(a, b) = w else { return None };
            advance_leaf(&inners[0], a)?;
            advance_leaf(&inners[1], b)
        }
        st => {
            let x = match w {
                Walk::One(x) | Walk::Two(x, _) => x,
                _ => return None,
            };
            step_state(st, x)
        }
    }
}

fn advance_leaf(v: &Value, x: &Value) -> Option<()> {
    let Value::Iter(it) = v else { return None };
    let mut st = it.state.try_borrow_mut().ok()?;
    step_state(&mut st, x)
}

/// Step a leaf iterator's state past its next item `x`.
fn step_state(st: &mut IterState, x: &Value) -> Option<()> {
    match st {
        IterState::Range { next, step, .. } => *next = next.saturating_add(*step),
        IterState::List { index, .. } | IterState::Tuple { index, .. } => *index += 1,
        IterState::Str { byte_pos, .. } => {
            let Value::Str(s) = x else { return None };
            *byte_pos += s.as_str().len();
        }
        IterState::DictWalk {
            dict, pos, left, ..
        } => {
            // Past the entry `peek` found: the first live one from `pos` (holes skipped).
            *pos = dict.map.try_borrow().ok()?.next_live(*pos)? + 1;
            *left -= 1;
        }
        _ => return None,
    }
    Some(())
}

/// `iter.walk` (`k` = the iterator's stack index): its next item, which must have tag
/// `tag`; the iterator steps. Fails, changing nothing, otherwise.
pub(crate) extern "sysv64" fn iter_walk(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    let Some(it) = frame_stack(rt, k) else {
        return FAIL;
    };
    let w = peek(it);
    let Walk::One(x) = &w else { return FAIL };
    if u64::from(tag_of(x)) != tag || advance(it, &w).is_none() {
        return FAIL;
    }
    let Walk::One(x) = w else { return FAIL };
    ok(hand_out(rt, x))
}

/// `iter.walk2` (`k` = the iterator's stack index | the second part's tag << 16): the first
/// part of its next item, a pair, which must have tag `tag`; the second part goes to
/// `TraceRt::aux` (`iter.aux`). Fails, changing nothing, otherwise.
pub(crate) extern "sysv64" fn iter_walk2(
    rt: *mut TraceRt,
    k: u64,
    tag: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    let Some(it) = frame_stack(rt, k & 0xffff) else {
        return FAIL;
    };
    let w = peek(it);
    let Walk::Two(a, b) = &w else { return FAIL };
    if u64::from(tag_of(a)) != tag || u64::from(tag_of(b)) != k >> 16 || advance(it, &w).is_none() {
        return FAIL;
    }
    let Walk::Two(a, b) = w else { return FAIL };
    let b = hand_out(rt, b);
    // SAFETY: as in `hand_out`.
    unsafe { &mut *rt }.aux = b;
    ok(hand_out(rt, a))
}

/// `iter.aux`: the second part `iter.walk2` just handed out.
pub(crate) extern "sysv64" fn iter_aux(
    rt: *mut TraceRt,
    _: u64,
    _: u64,
    _: u64,
    _: u64,
    _: u64,
) -> Ret {
    // SAFETY: `rt` is the running trace's (see `helpers::desc`).
    ok(unsafe { &*rt }.aux)
}

/// `str.cmp` (`k` = the index of the `CmpOp` in `CmpOp::ALL`): `a op b` of two strs, by
/// code points (UTF-8 byte order is code point order), as a bool.
pub(crate) extern "sysv64" fn str_cmp(
    _: *mut TraceRt,
    k: u64,
    _: u64,
    a: u64,
    b: u64,
    _: u64,
) -> Ret {
    // SAFETY: the trace passes the payloads of two strs it holds.
    let (a, b) = unsafe { (view(super::TAG_STR, a), view(super::TAG_STR, b)) };
    let (Value::Str(a), Value::Str(b)) = (&*a, &*b) else {
        return FAIL;
    };
    let o = a.as_str().cmp(b.as_str());
    let r = match CmpOp::ALL.get(k as usize) {
        Some(CmpOp::Lt) => o.is_lt(),
        Some(CmpOp::Le) => o.is_le(),
        Some(CmpOp::Eq) => o.is_eq(),
        Some(CmpOp::Ne) => o.is_ne(),
        Some(CmpOp::Gt) => o.is_gt(),
        Some(CmpOp::Ge) => o.is_ge(),
        None => return FAIL,
    };
    ok(u64::from(r))
}
