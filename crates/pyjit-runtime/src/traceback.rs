//! Printing exceptions and syntax errors the way CPython does.

use crate::builtin_types::type_of;
use crate::error::PyErr;
use crate::ops::repr::exception_message;
use crate::value::Value;
use crate::vm::Vm;
use pyjit_compiler::CompileError;
use std::fmt::Write;

/// `File "x.py", line N` + source line + `SyntaxError: msg`.
pub fn format_compile_error(e: &CompileError, filename: &str, source: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "  File \"{}\", line {}", filename, e.line);
    if let Some(line) = source.lines().nth(e.line.saturating_sub(1) as usize) {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let _ = writeln!(out, "    {}", trimmed.trim_end());
        if let Some(col) = e.column {
            let caret = (col as usize).saturating_sub(1 + indent);
            let _ = writeln!(out, "    {}^", " ".repeat(caret));
        }
    }
    let _ = writeln!(out, "{}: {}", e.type_name(), e.message);
    out
}

/// The full report of an uncaught exception, with its cause/context chain.
pub fn format_exception(vm: &mut Vm, e: &PyErr) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, &e.exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.ptr().unwrap_or(0));
    let (cause, context, suppress) = match exc {
        Value::Instance(i) => match &i.exc {
            Some(s) => {
                let s = s.borrow();
                (s.cause.clone(), s.context.clone(), s.suppress_context)
            }
            None => (None, None, false),
        },
        _ => (None, None, false),
    };
    if let Some(c) = cause {
        if !seen.contains(&c.ptr().unwrap_or(0)) {
            format_chain(vm, &c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let (Some(c), false) = (context, suppress) {
        if !seen.contains(&c.ptr().unwrap_or(0)) {
            format_chain(vm, &c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    format_one(vm, exc, out);
}

fn format_one(vm: &mut Vm, exc: &Value, out: &mut String) {
    let tb = match exc {
        Value::Instance(i) => i
            .exc
            .as_ref()
            .map(|s| s.borrow().traceback.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    // Frames inside the embedded standard library (`lib/*.py`) are left out, as CPython
    // shows none for its modules written in C (deque, itertools, functools, operator...);
    // set PYJIT_LIB_FRAMES=1 to see them.
    let show_lib = std::env::var_os("PYJIT_LIB_FRAMES").is_some();
    // Entries were appended innermost first; CPython prints outermost first and folds
    // runs of more than three identical entries.
    let entries: Vec<_> = tb
        .iter()
        .rev()
        .filter(|e| show_lib || !e.0.starts_with(crate::import::LIB_FILE_PREFIX))
        .collect();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut i = 0;
        while i < entries.len() {
            let mut j = i;
            while j + 1 < entries.len() && entries[j + 1] == entries[i] {
                j += 1;
            }
            let run = j - i + 1;
            for e in entries.iter().skip(i).take(run.min(3)) {
                write_entry(vm, out, e);
            }
            if run > 3 {
                let more = run - 3;
                let _ = writeln!(
                    out,
                    "  [Previous line repeated {} more time{}]",
                    more,
                    if more == 1 { "" } else { "s" }
                );
            }
            i = j + 1;
        }
    }
    let cls = type_of(exc);
    let name = if cls.module.as_ref() == "builtins" || cls.module.as_ref() == "__main__" {
        cls.qualname.borrow().to_string()
    } else {
        format!("{}.{}", cls.module, cls.qualname.borrow())
    };
    let msg = if cls.is_builtin {
        exception_message(exc)
    } else {
        vm.to_str(exc)
            .unwrap_or_else(|_| "<exception str() failed>".into())
    };
    let hint = match exc {
        Value::Instance(i) => i.exc.as_ref().and_then(|s| {
            s.borrow()
                .hint
                .as_ref()
                .and_then(crate::suggest::suggestion)
        }),
        _ => None,
    };
    let msg = match hint {
        Some(s) => format!("{msg}. Did you mean: '{s}'?"),
        None => msg,
    };
    if msg.is_empty() {
        let _ = writeln!(out, "{name}");
    } else {
        let _ = writeln!(out, "{name}: {msg}");
    }
    // Notes added with `add_note` follow the message, one per line.
    if let Value::Instance(i) = exc {
        if let Some(Value::List(notes)) = i.dict.get_str("__notes__") {
            let notes = notes.items.borrow().clone();
            for n in notes {
                let text = match &n {
                    Value::Str(s) => s.as_str().to_string(),
                    other => vm
                        .to_str(other)
                        .unwrap_or_else(|_| "<note str() failed>".into()),
                };
                let _ = writeln!(out, "{text}");
            }
        }
    }
}

fn write_entry(vm: &Vm, out: &mut String, e: &(std::rc::Rc<str>, u32, std::rc::Rc<str>)) {
    let (file, line, func) = e;
    let _ = writeln!(out, "  File \"{file}\", line {line}, in {func}");
    if let Some(src) = vm.sources.get(file) {
        if let Some(text) = src.lines().nth(line.saturating_sub(1) as usize) {
            let t = text.trim();
            if !t.is_empty() {
                let _ = writeln!(out, "    {t}");
            }
        }
    }
}

thread_local! {
    /// The classes of traceback, frame and code objects made by `traceback_object`.
    static TB_CLASSES: [std::rc::Rc<crate::object::PyType>; 3] = ["traceback", "frame", "code"]
        .map(|name| {
            crate::builtin_types::new_type(
                name,
                "builtins",
                crate::object::TypeKind::Object,
                vec![crate::builtin_types::types().object.clone()],
                std::rc::Rc::new(crate::object::PyDict::new()),
                true,
            )
            .expect("builtin MRO")
        });
}

/// An exception's `__traceback__`: a chain of traceback objects, outermost first, each with
/// `tb_lineno`, `tb_next` and `tb_frame` (`f_lineno`, `f_code.co_name`, `f_code.co_filename`);
/// `None` for an exception that was never raised.
pub fn traceback_object(exc: &Value) -> Value {
    let entries = match exc {
        Value::Instance(i) => i
            .exc
            .as_ref()
            .map(|s| s.borrow().traceback.clone())
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let [tb_cls, frame_cls, code_cls] = TB_CLASSES.with(|c| c.clone());
    // Entries are stored innermost first: build the chain from the inside out.
    let mut next = Value::None;
    for (file, line, func) in entries {
        let code = crate::class::new_instance(&code_cls);
        code.dict.set_str("co_name", Value::str(&func));
        code.dict.set_str("co_filename", Value::str(&file));
        let frame = crate::class::new_instance(&frame_cls);
        frame.dict.set_str("f_lineno", Value::Int(i64::from(line)));
        frame.dict.set_str("f_code", Value::Instance(code));
        let tb = crate::class::new_instance(&tb_cls);
        tb.dict.set_str("tb_lineno", Value::Int(i64::from(line)));
        tb.dict.set_str("tb_frame", Value::Instance(frame));
        tb.dict.set_str("tb_next", next);
        next = Value::Instance(tb);
    }
    next
}
