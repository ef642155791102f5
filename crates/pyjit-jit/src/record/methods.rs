//! Methods of builtin containers in traces: `list.pop/insert/remove/index`,
//! `set.add/discard/remove`, `dict.get` (dict subscripts and stores are in `step_inner`,
//! `list.append` in `builtin_call`). Each becomes one helper call (`backend/containers.rs`)
//! that fails, changing nothing, wherever the method would raise or run Python code: the
//! trace exits to the call instruction and the interpreter makes the call.

use super::{index, ir_type, type_name, Recorder};
use crate::ir::{Helper, Ref, Type};
use crate::snapshot::SnapId;
use pyjit_runtime::object::PyDict;
use pyjit_runtime::Value;

/// The method `name` of a builtin list, set or dict `recv` that traces make with a helper
/// (`Recorder::method_call`), as the type's dict holds it.
pub(super) fn builtin_method(recv: &Value, name: Option<&str>) -> Option<Value> {
    let types = pyjit_runtime::builtin_types::types();
    let t = match (recv, name?) {
        (Value::List(_), "append" | "pop" | "insert" | "remove" | "index") => &types.list,
        (Value::Set(s), "add" | "discard" | "remove") if !s.frozen => &types.set,
        (Value::Dict(_), "get") => &types.dict,
        _ => return None,
    };
    t.dict.get_str(name?)
}

/// The value of an int or str `key` in `d` while recording (what `dict.get` will check
/// the type of), comparing as dict keys do.
pub(super) fn dict_lookup(d: &PyDict, key: &Value) -> Option<Value> {
    d.map
        .borrow()
        .iter()
        .find(|(k, _)| pyjit_runtime::ops::compare::key_eq(&k.value, key))
        .map(|(_, v)| v.clone())
}

impl Recorder {
    /// A call of method `name` of a builtin list, set or dict (`cargs[0]`, the receiver;
    /// the callee was checked to be that type's method): a helper (see `Helper::ListPop`
    /// and after). Each helper fails without changing anything where the method would raise
    /// or run Python code, and the interpreter then makes the call. Methods that change the
    /// container are effects (`note_effect`): in an inlined call, no exit after them may
    /// restart the call (which would repeat them).
    pub(super) fn method_call(
        &mut self,
        name: &str,
        args: &[Ref],
        cargs: &[&Value],
        s: SnapId,
    ) -> Result<Ref, String> {
        let changes = !matches!(name, "index" | "get");
        let r = self.method_helper(name, args, cargs, s)?;
        if changes {
            self.note_effect();
        }
        Ok(r)
    }

    fn method_helper(
        &mut self,
        name: &str,
        args: &[Ref],
        cargs: &[&Value],
        s: SnapId,
    ) -> Result<Ref, String> {
        let tag = |me: &Self, r: Ref| u32::from(me.trace.ty(r).tag());
        let none = |me: &mut Self| me.value_const(&Value::None);
        Ok(match (name, cargs) {
            ("pop", [Value::List(l), rest @ ..]) if rest.len() <= 1 => {
                let item = {
                    let items = l.items.borrow();
                    match rest {
                        [i @ Value::Int(_)] => items.get(index(i, items.len())?).cloned(),
                        [] => items.last().cloned(),
                        _ => return Err("list.pop with a non-int index".into()),
                    }
                };
                let item = item.ok_or("pop from an empty list while recording")?;
                let k = rest.len() as u32;
                self.call(Helper::ListPop, k, ir_type(&item), args, Some(s))
            }
            ("insert", [Value::List(_), Value::Int(_), v]) if !v.is_null() => {
                self.escape(args[2]);
                self.call(Helper::ListInsert, 0, Type::Void, args, None);
                none(self)
            }
            ("remove", [Value::List(_), Value::Int(_) | Value::Str(_)]) => {
                self.call(Helper::ListRemove, 0, Type::Void, args, Some(s));
                none(self)
            }
            ("index", [Value::List(_), Value::Int(_) | Value::Str(_)]) => {
                let k = tag(self, args[1]);
                self.call(Helper::ListIndex, k, Type::Int, args, Some(s))
            }
            ("add" | "discard" | "remove", [Value::Set(_), x])
                if pyjit_runtime::object::simple_key(x) =>
            {
                let h = match name {
                    "add" => Helper::SetAdd,
                    "discard" => Helper::SetDiscard,
                    _ => Helper::SetRemove,
                };
                self.call(h, 0, Type::Void, args, Some(s));
                none(self)
            }
            ("get", [Value::Dict(d), key, rest @ ..])
                if rest.len() <= 1 && matches!(key, Value::Int(_) | Value::Str(_)) =>
            {
                let found = dict_lookup(d, key);
                let (ty, dtag) = match (&found, rest) {
                    (Some(v), [_]) => (ir_type(v), tag(self, args[2])),
                    (Some(v), _) => (ir_type(v), 0),
                    (None, [dv]) => (ir_type(dv), tag(self, args[2])),
                    (None, _) => (ir_type(&Value::None), 0),
                };
                let k = tag(self, args[1]) | 1 << 8 | dtag << 16;
                self.call(Helper::DictGet, k, ty, args, Some(s))
            }
            _ => {
                return Err(format!(
                    "call of {name} of a {}",
                    type_name(cargs.first().copied().unwrap_or(&Value::None))
                ))
            }
        })
    }
}
