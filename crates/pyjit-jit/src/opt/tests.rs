//! Runs the IR text tests in `tests/ir/*.txt`.
//!
//! A test file names a pass on its first line (`# pass: fold`; `pipeline` runs `optimize`
//! with every pass, `pipeline-nopeel` without peeling) and has two sections, `--- input` and
//! `--- output`, in IR text. The input is parsed, the pass is run, and its printed result must
//! equal the output section (which is parsed and printed too, so names and spacing in the
//! file are free). An output section of `error: <text>` expects the pass to fail with a
//! message containing the text. `PYJIT_BLESS=1` rewrites the output sections with what the
//! passes produce now (review the diff!).

use crate::ir::Trace;
use std::path::Path;

fn run_pass(pass: &str, t: &Trace) -> Result<Trace, String> {
    Ok(match pass {
        "guards" => super::guards::run(t),
        "fold" => super::fold::run(t),
        "sink" => super::sink::run(t),
        "peel" => super::peel::run(t)?,
        "dce" => super::dce::run(t),
        "alloc" => super::alloc::run(t),
        "pipeline" => super::optimize(t, super::OptLevel::All)?,
        "pipeline-nopeel" => super::optimize(t, super::OptLevel::NoPeel)?,
        other => return Err(format!("unknown pass {other}")),
    })
}

fn section<'a>(text: &'a str, name: &str) -> &'a str {
    let start = text
        .find(&format!("--- {name}"))
        .unwrap_or_else(|| panic!("missing --- {name}"));
    let rest = &text[start..];
    let rest = &rest[rest.find('\n').map_or(rest.len(), |i| i + 1)..];
    match rest.find("\n---") {
        Some(end) => &rest[..end + 1],
        None => rest,
    }
}

#[test]
fn ir_text_tests() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ir");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/ir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no IR tests found");
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let pass = text
            .lines()
            .find_map(|l| l.trim().strip_prefix("# pass:"))
            .unwrap_or_else(|| panic!("{name}: no `# pass:` line"))
            .trim();
        let input =
            Trace::parse(section(&text, "input")).unwrap_or_else(|e| panic!("{name}: input: {e}"));
        if let Err(e) = input.verify() {
            panic!("{name}: input does not verify: {e}");
        }
        let expected = section(&text, "output").trim();
        let got = run_pass(pass, &input);
        let ok = match (&got, expected.strip_prefix("error:")) {
            (Err(e), Some(want)) => e.contains(want.trim()),
            (Ok(t), None) => match Trace::parse(expected) {
                Ok(want) => t.verify().is_ok() && t.to_string() == want.to_string(),
                Err(_) => false,
            },
            _ => false,
        };
        if !ok && std::env::var_os("PYJIT_BLESS").is_some() {
            let out = match &got {
                Ok(t) => t.to_string(),
                Err(e) => format!("error: {e}\n"),
            };
            let at = text.find("--- output").expect("output section");
            std::fs::write(path, format!("{}--- output\n{out}", &text[..at])).unwrap();
            continue;
        }
        if !ok {
            let got = match &got {
                Ok(t) => format!("{t}{}", t.verify().err().unwrap_or_default()),
                Err(e) => format!("error: {e}"),
            };
            failures.push(format!(
                "{name} ({pass}):\n--- expected\n{expected}\n--- got\n{got}"
            ));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{} IR test(s) failed:\n\n{}",
            failures.len(),
            failures.join("\n\n")
        );
    }
}
