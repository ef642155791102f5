//! Constructs outside pyjit's subset and bad input must fail cleanly: a clear Python-style
//! error on the last stderr line, a non-zero exit status, and never a Rust panic.

use std::process::{Command, Output};

fn pyjit(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyjit"))
        .args(args)
        .output()
        .expect("pyjit runs")
}

fn last_stderr_line(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .last()
        .unwrap_or("")
        .to_string()
}

fn assert_refused(code: &str, expected_last_line: &str) {
    let out = pyjit(&["-c", code]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit status for {code:?}: {stderr}"
    );
    assert_eq!(last_stderr_line(&out), expected_last_line, "for {code:?}");
    assert!(!stderr.contains("panicked"), "panic for {code:?}: {stderr}");
}

#[test]
fn unsupported_statements_name_the_construct_and_line() {
    assert_refused(
        "x = 1\ntry:\n    pass\nexcept* ValueError:\n    pass\n",
        "NotImplementedError: 'try/except*' is not supported by pyjit (line 2)",
    );
    assert_refused(
        "async def f():\n    pass\n",
        "NotImplementedError: 'async def' is not supported by pyjit (line 1)",
    );
    assert_refused(
        "print(1)\nb = b'abc'\n",
        "NotImplementedError: bytes literal is not supported by pyjit (line 2)",
    );
    assert_refused(
        "z = 1j\n",
        "NotImplementedError: complex literal is not supported by pyjit (line 1)",
    );
}

#[test]
fn unsupported_runtime_values_raise_not_implemented() {
    assert_refused(
        "r = range(2 ** 70)\n",
        "NotImplementedError: range() beyond 64-bit integers is not supported by pyjit",
    );
    assert_refused(
        "class L(list):\n    pass\n",
        "NotImplementedError: subclassing the builtin type 'list' is not supported by pyjit",
    );
    assert_refused(
        "class M(type):\n    def __call__(cls):\n        return 1\nclass C(metaclass=M):\n    pass\n",
        "NotImplementedError: a metaclass __call__ is not supported by pyjit",
    );
    assert_refused(
        "def meta(name, bases, ns):\n    return 1\nclass C(metaclass=meta):\n    pass\n",
        "NotImplementedError: metaclasses that are not classes derived from 'type' are not supported by pyjit",
    );
}

#[test]
fn syntax_errors_show_file_line_and_message() {
    let out = pyjit(&["-c", "x = (1,\ny = 2\n"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("File \"<string>\", line"), "{stderr}");
    assert!(
        last_stderr_line(&out).starts_with("SyntaxError: "),
        "{stderr}"
    );
}

#[test]
fn bad_input_files_give_clear_errors() {
    let out = pyjit(&["/nonexistent/script.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        last_stderr_line(&out),
        "pyjit: can't open file '/nonexistent/script.py': [Errno 2] No such file or directory"
    );

    let dir = std::env::temp_dir().join(format!("pyjit-refusals-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let bad = dir.join("bad_utf8.py");
    std::fs::write(&bad, b"print('ok')\nx = '\xff\xfe'\n").expect("write");
    let out = pyjit(&[bad.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(last_stderr_line(&out).starts_with("SyntaxError: Non-UTF-8 code"));

    let empty = dir.join("empty.py");
    std::fs::write(&empty, b"").expect("write");
    let out = pyjit(&[empty.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());

    let out = pyjit(&[dir.to_str().expect("utf-8 path")]);
    assert_ne!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn deep_recursion_is_a_recursion_error_not_a_crash() {
    let out = pyjit(&["-c", "def f(n):\n    return f(n + 1)\nf(0)\n"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        last_stderr_line(&out),
        "RecursionError: maximum recursion depth exceeded"
    );
    let out = pyjit(&[
        "-c",
        "import sys\nsys.setrecursionlimit(20000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(15000))\n",
    ]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "15000\n");
}

#[test]
fn dis_prints_every_code_object() {
    let out = pyjit(&["--dis", "-c", "def f(a):\n    return a + 1\n"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Disassembly of <code object <module>"),
        "{text}"
    );
    assert!(text.contains("Disassembly of <code object f"), "{text}");
    assert!(text.contains("BinaryOp"), "{text}");
    assert!(text.contains("(a)"), "{text}");
}
