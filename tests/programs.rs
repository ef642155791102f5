//! Conformance runner for the Python program corpus in `tests/programs`.
//!
//! Every `tests/programs/<category>/<name>.py` is run under the `pyjit`
//! binary once per mode and compared with the CPython 3.11 expectations that
//! `tests/regen.py` wrote next to it. The conventions (shared with regen.py):
//!
//! * files whose name starts with `_` are helper modules imported by the
//!   tests (e.g. `modules/_mymod.py`), not tests: they are not run;
//! * cwd = the program's directory; the script is passed as `<name>.py`;
//! * args: a first line `# args: a b c` gives the argv after the script name;
//! * stdin: `<name>.in` if it exists, otherwise empty;
//! * `<name>.out`: expected stdout, compared byte for byte (after masking
//!   object addresses written as ` at 0x...>`);
//! * `<name>.err` (present iff CPython exited non-zero or wrote to stderr):
//!   line 1 `exit: N`, then the traceback frame lines
//!   (`  File "...", line N, in NAME`, with the quoted path cut to its last
//!   `/`-separated component), then the last line of stderr.
//!   Without a `.err` the exit code must be 0.
//!
//! Modes come from `PYJIT_TEST_MODES` (default `--jit=off;--jit=on;--jit=on --jit-threshold=1`): modes
//! are separated by `;`, each is a whitespace-separated list of flags placed
//! before the script path. The first CLI argument not starting with `--` is a
//! substring filter on the program path (e.g. `strings/`).
//!
//! The last line printed is `programs: N passed, N failed`.

use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);
const DEFAULT_THREADS: usize = 2;
const DEFAULT_MODES: &str = "--jit=off;--jit=on;--jit=on --jit-threshold=1";
/// Output beyond this many bytes per stream is drained but not kept.
const OUTPUT_CAP: usize = 16 << 20;
/// Longest excerpt of a line shown in a failure message.
const SHOW: usize = 160;

struct Program {
    /// Path relative to the programs directory, with `/` separators.
    rel: String,
    dir: PathBuf,
    file_name: String,
    args: Vec<String>,
    stdin: Vec<u8>,
    expected_out: Option<Vec<u8>>,
    expected_err: Option<ErrSpec>,
}

struct ErrSpec {
    exit: String,
    frames: Vec<String>,
    last: String,
}

struct Mode {
    label: String,
    flags: Vec<String>,
}

struct RunOutput {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `Ok(code)` on a normal exit, `Err(description)` otherwise.
    status: Result<i32, String>,
}

fn main() {
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_pyjit"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/programs");
    let filter = parse_filter(std::env::args().skip(1).collect());
    let modes = parse_modes(
        &std::env::var("PYJIT_TEST_MODES").unwrap_or_else(|_| DEFAULT_MODES.to_string()),
    );
    let threads = std::env::var("PYJIT_TEST_THREADS")
        .ok()
        .and_then(|s| s.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_THREADS);

    let mut paths = Vec::new();
    collect_programs(&root, &mut paths);
    paths.sort();
    let mut programs = Vec::new();
    for path in paths {
        let rel = relative(&root, &path);
        if let Some(f) = &filter {
            if !rel.contains(f.as_str()) {
                continue;
            }
        }
        programs.push(load_program(&path, rel));
    }
    if programs.is_empty() && filter.is_none() {
        eprintln!("no programs found under {}", root.display());
        println!("programs: 0 passed, 1 failed");
        std::process::exit(1);
    }

    let jobs: Vec<(usize, usize)> = (0..programs.len())
        .flat_map(|p| (0..modes.len()).map(move |m| (p, m)))
        .collect();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(0usize);
    thread::scope(|s| {
        for _ in 0..threads.min(jobs.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(&(p, m)) = jobs.get(i) else { break };
                let (program, mode) = (&programs[p], &modes[m]);
                if let Some(problem) = check(&bin, program, mode) {
                    *failures.lock().unwrap() += 1;
                    println!("FAIL {} [{}]: {}", program.rel, mode.label, problem);
                }
            });
        }
    });

    let failed = failures.into_inner().unwrap();
    let passed = jobs.len() - failed;
    println!("programs: {passed} passed, {failed} failed");
    std::io::stdout().flush().ok();
    std::process::exit(if failed > 0 { 1 } else { 0 });
}

/// The first argument not starting with `--` (skipping the values of the
/// libtest options cargo might forward).
fn parse_filter(args: Vec<String>) -> Option<String> {
    let mut iter = args.into_iter();
    while let Some(arg) = iter.next() {
        if arg.starts_with("--") {
            let takes_value = [
                "--test-threads",
                "--skip",
                "--format",
                "--color",
                "--logfile",
            ];
            if takes_value.contains(&arg.as_str()) {
                iter.next();
            }
            continue;
        }
        return Some(arg);
    }
    None
}

fn parse_modes(spec: &str) -> Vec<Mode> {
    let mut modes: Vec<Mode> = spec
        .split(';')
        .map(|m| m.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .filter(|flags| !flags.is_empty())
        .map(|flags| Mode {
            label: flags.join(" "),
            flags,
        })
        .collect();
    if modes.is_empty() {
        modes.push(Mode {
            label: "no flags".to_string(),
            flags: Vec::new(),
        });
    }
    modes
}

fn collect_programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_programs(&path, out);
        } else if path.extension().is_some_and(|e| e == "py")
            && !path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'))
        {
            // `_name.py` files are helper modules imported by tests, not tests.
            out.push(path);
        }
    }
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn load_program(path: &Path, rel: String) -> Program {
    let source = fs::read_to_string(path).unwrap_or_default();
    let first = source.split('\n').next().unwrap_or("");
    let args = match first.strip_prefix("# args:") {
        Some(rest) => rest.split_whitespace().map(str::to_string).collect(),
        None => Vec::new(),
    };
    let stem = path.with_extension("");
    let sibling = |ext: &str| {
        let mut p = stem.clone().into_os_string();
        p.push(ext);
        PathBuf::from(p)
    };
    Program {
        rel,
        dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
        file_name: path.file_name().unwrap().to_string_lossy().into_owned(),
        args,
        stdin: fs::read(sibling(".in")).unwrap_or_default(),
        expected_out: fs::read(sibling(".out")).ok(),
        expected_err: fs::read(sibling(".err")).ok().map(|b| parse_err_file(&b)),
    }
}

fn parse_err_file(bytes: &[u8]) -> ErrSpec {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_suffix('\n').unwrap_or(&text);
    let mut lines: Vec<&str> = text.split('\n').collect();
    let first = lines.remove(0);
    let exit = first
        .strip_prefix("exit: ")
        .unwrap_or(first)
        .trim()
        .to_string();
    let last = lines.pop().unwrap_or("").to_string();
    ErrSpec {
        exit,
        frames: lines.into_iter().map(str::to_string).collect(),
        last,
    }
}

/// Split stderr into lines the way regen.py does.
fn stderr_lines(stderr: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(stderr);
    let text = text.strip_suffix('\n').unwrap_or(&text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(str::to_string).collect()
}

/// If `line` fully matches `  File "[^"\n]*", line [0-9]+, in [^\n]+`,
/// returns it with the quoted path cut to its last `/`-separated component.
fn normalize_frame(line: &str) -> Option<String> {
    let rest = line.strip_prefix("  File \"")?;
    let quote = rest.find('"')?;
    let (path, rest) = rest.split_at(quote);
    let tail = rest.strip_prefix("\", line ")?;
    let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let name = tail[digits..].strip_prefix(", in ")?;
    if name.is_empty() {
        return None;
    }
    let base = path.rsplit('/').next().unwrap_or(path);
    Some(format!("  File \"{base}{rest}"))
}

fn actual_err(code: i32, stderr: &[u8]) -> ErrSpec {
    let lines = stderr_lines(stderr);
    ErrSpec {
        exit: code.to_string(),
        frames: lines.iter().filter_map(|l| normalize_frame(l)).collect(),
        last: lines.last().cloned().unwrap_or_default(),
    }
}

/// Replaces the hex digits of ` at 0x<hex>>` with `?`.
fn mask_addresses(data: &[u8]) -> Vec<u8> {
    const NEEDLE: &[u8] = b" at 0x";
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(NEEDLE) {
            let start = i + NEEDLE.len();
            let hex = data[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
                .count();
            if hex > 0 && data.get(start + hex) == Some(&b'>') {
                out.extend_from_slice(b" at 0x?>");
                i = start + hex + 1;
                continue;
            }
        }
        out.push(data[i]);
        i += 1;
    }
    out
}

fn show(line: Option<&[u8]>) -> String {
    match line {
        None => "<end of output>".to_string(),
        Some(bytes) => {
            let text = String::from_utf8_lossy(bytes);
            let mut shown: String = text.chars().take(SHOW).collect();
            if text.chars().count() > SHOW {
                shown.push_str("...");
            }
            format!("{shown:?}")
        }
    }
}

fn show_str(s: &str) -> String {
    show(Some(s.as_bytes()))
}

/// Describes the first differing line of two outputs, if any.
fn stdout_diff(expected: &[u8], actual: &[u8]) -> Option<String> {
    let expected = mask_addresses(expected);
    let actual = mask_addresses(actual);
    if expected == actual {
        return None;
    }
    let exp: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let act: Vec<&[u8]> = actual.split(|&b| b == b'\n').collect();
    let mut i = 0;
    while i < exp.len() && i < act.len() && exp[i] == act[i] {
        i += 1;
    }
    let describe = |lines: &[&[u8]]| -> String {
        // A missing final newline shows up as a trailing empty piece.
        if i == lines.len() - 1 && lines[i].is_empty() {
            show(None)
        } else {
            show(lines.get(i).copied())
        }
    };
    Some(format!(
        "stdout differs at line {}: expected {} got {}",
        i + 1,
        describe(&exp),
        describe(&act)
    ))
}

fn check(bin: &Path, program: &Program, mode: &Mode) -> Option<String> {
    let Some(expected_out) = &program.expected_out else {
        return Some("missing .out file (run python3 tests/regen.py)".to_string());
    };
    let run = run_program(bin, program, mode);
    let last_stderr = stderr_lines(&run.stderr).pop().unwrap_or_default();
    let stderr_note = if last_stderr.is_empty() {
        String::new()
    } else {
        format!("; stderr: {}", show_str(&last_stderr))
    };
    let code = match run.status {
        Ok(code) => code,
        Err(why) => return Some(format!("{why}{stderr_note}")),
    };
    let mut problems = Vec::new();
    if let Some(diff) = stdout_diff(expected_out, &run.stdout) {
        problems.push(diff);
    }
    match &program.expected_err {
        None => {
            if code != 0 {
                problems.push(format!("exit code: expected 0 got {code}"));
            }
        }
        Some(expected) => {
            let actual = actual_err(code, &run.stderr);
            if expected.exit != actual.exit {
                problems.push(format!(
                    "exit code: expected {} got {}",
                    expected.exit, actual.exit
                ));
            }
            if expected.frames != actual.frames {
                let i = expected
                    .frames
                    .iter()
                    .zip(&actual.frames)
                    .take_while(|(a, b)| a == b)
                    .count();
                let pick = |frames: &[String]| {
                    frames
                        .get(i)
                        .map_or_else(|| show(None), |f| show_str(f.trim()))
                };
                problems.push(format!(
                    "traceback frames differ at frame {} of {}/{}: expected {} got {}",
                    i + 1,
                    expected.frames.len(),
                    actual.frames.len(),
                    pick(&expected.frames),
                    pick(&actual.frames)
                ));
            }
            if expected.last != actual.last {
                problems.push(format!(
                    "last stderr line: expected {} got {}",
                    show_str(&expected.last),
                    show_str(&actual.last)
                ));
                return Some(problems.join("; "));
            }
        }
    }
    if problems.is_empty() {
        None
    } else {
        Some(format!("{}{}", problems.join("; "), stderr_note))
    }
}

fn read_capped<R: Read + Send + 'static>(mut reader: R) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut kept = Vec::new();
        let mut buf = [0u8; 8192];
        loop {
            match reader.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    let room = OUTPUT_CAP.saturating_sub(kept.len());
                    kept.extend_from_slice(&buf[..n.min(room)]);
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        kept
    })
}

fn run_program(bin: &Path, program: &Program, mode: &Mode) -> RunOutput {
    let spawned = Command::new(bin)
        .args(&mode.flags)
        .arg(&program.file_name)
        .args(&program.args)
        .current_dir(&program.dir)
        .env("PYTHONHASHSEED", "0")
        // The JIT's optimizer verifies its IR after every pass, not only after the last.
        .env("PYJIT_VERIFY_IR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            return RunOutput {
                stdout: Vec::new(),
                stderr: Vec::new(),
                status: Err(format!("cannot start {}: {e}", bin.display())),
            }
        }
    };
    let mut stdin = child.stdin.take().unwrap();
    let input = program.stdin.clone();
    let writer = thread::spawn(move || {
        // Errors (e.g. the program exits without reading) are irrelevant.
        let _ = stdin.write_all(&input);
    });
    let out = read_capped(child.stdout.take().unwrap());
    let err = read_capped(child.stderr.take().unwrap());

    let start = Instant::now();
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                break match status.code() {
                    Some(code) => Ok(code),
                    None => Err(format!("crashed ({status})")),
                }
            }
            Ok(None) if start.elapsed() >= TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                // Leave the pipe threads detached: a grandchild might still
                // hold the pipes open, and the output is not needed.
                return RunOutput {
                    stdout: Vec::new(),
                    stderr: Vec::new(),
                    status: Err("timeout".to_string()),
                };
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                let _ = child.wait();
                break Err(format!("wait failed: {e}"));
            }
        }
    };
    let _ = writer.join();
    RunOutput {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        status,
    }
}
