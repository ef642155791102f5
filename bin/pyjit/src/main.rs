//! The `pyjit` command.

use clap::Parser;
use pyjit_runtime::{Exit, Vm, VmOptions};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod alloc;

#[global_allocator]
static GLOBAL: alloc::MiMalloc = alloc::MiMalloc;

/// Native stack for the interpreter thread: deep Python recursion recurses in Rust too.
const INTERPRETER_STACK: usize = 1 << 30;

#[derive(Parser, Debug)]
#[command(
    name = "pyjit",
    version,
    about = "A Python 3 subset interpreter with a tracing JIT",
    long_about = "Runs a Python 3.11 program. With --jit=on (the default) hot loops are \
                  recorded and compiled to x86-64 machine code; PYJIT_TRACE=1 dumps each \
                  trace to stderr, PYJIT_TRACE=2 adds its disassembly."
)]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE")]
    command: Option<String>,

    /// Print the bytecode of every code object and exit.
    #[arg(long)]
    dis: bool,

    /// Tracing JIT on or off.
    #[arg(long, value_name = "on|off", default_value = "on", value_parser = ["on", "off"])]
    jit: String,

    /// Loop iterations before a trace is recorded.
    #[arg(long = "jit-threshold", value_name = "N", default_value_t = 200)]
    jit_threshold: u32,

    /// Print interpreter statistics at exit.
    #[arg(long)]
    stats: bool,

    /// Print JIT statistics at exit (traces, aborted recordings, exits).
    #[arg(long = "jit-stats")]
    jit_stats: bool,

    /// The script to run, followed by its arguments.
    #[arg(
        value_name = "SCRIPT",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let handle = std::thread::Builder::new()
        .name("pyjit".into())
        .stack_size(INTERPRETER_STACK)
        .spawn(move || run(cli));
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("pyjit: internal error");
            ExitCode::from(70)
        }
    }
}

fn read_script(path: &str) -> Result<String, (String, u8)> {
    let p = Path::new(path);
    if p.is_dir() {
        return Err((
            format!("pyjit: can't find '__main__' module in '{path}'"),
            1,
        ));
    }
    let bytes = std::fs::read(p).map_err(|e| {
        let errno = e.raw_os_error().unwrap_or(2);
        let msg = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
            _ => e.to_string(),
        };
        (
            format!("pyjit: can't open file '{path}': [Errno {errno}] {msg}"),
            2,
        )
    })?;
    String::from_utf8(bytes).map_err(|e| {
        (
            format!(
                "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {}, but no encoding declared",
                e.as_bytes()[e.utf8_error().valid_up_to()],
                String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]).lines().count().max(1)
            ),
            1,
        )
    })
}

fn run(cli: Cli) -> u8 {
    let (source, filename, argv, dir) = match &cli.command {
        Some(code) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(cli.args.iter().cloned());
            (
                code.clone(),
                "<string>".to_string(),
                argv,
                PathBuf::from("."),
            )
        }
        None => {
            let Some(script) = cli.args.first() else {
                eprintln!("pyjit: no script given (try 'pyjit --help')");
                return 2;
            };
            let source = match read_script(script) {
                Ok(s) => s,
                Err((msg, code)) => {
                    eprintln!("{msg}");
                    return code;
                }
            };
            // As CPython: `sys.path[0]` is the script's directory with symbolic links
            // resolved, and `__file__` (and so the tracebacks) names the script by an
            // absolute path, the current directory joined to what was given, unnormalized.
            let dir = std::fs::canonicalize(script)
                .ok()
                .and_then(|p| p.parent().map(Path::to_path_buf))
                .unwrap_or_else(|| PathBuf::from("."));
            let filename = match std::env::current_dir() {
                Ok(cwd) if Path::new(script).is_relative() => {
                    format!("{}/{script}", cwd.to_string_lossy().trim_end_matches('/'))
                }
                _ => script.clone(),
            };
            (source, filename, cli.args.clone(), dir)
        }
    };
    // Comprehensions get the `GetIter` the JIT's loop-entry hook runs their loops from.
    pyjit_compiler::set_comprehension_entry(cli.jit == "on");
    if cli.dis {
        return match Vm::disassemble(&source, &filename) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => {
                eprint!("{e}");
                1
            }
        };
    }
    let options = VmOptions {
        argv,
        jit: cli.jit == "on",
        jit_threshold: cli.jit_threshold,
        stats: cli.stats || std::env::var_os("PYJIT_STATS").is_some_and(|v| v == "1"),
    };
    let jit = options.jit;
    let mut vm = Vm::new(options);
    vm.path.push(dir);
    if jit {
        let cfg = pyjit_jit::JitConfig::from_env(cli.jit_threshold);
        if cfg.dump {
            init_trace_output();
        }
        vm.jit = Some(Box::new(pyjit_jit::Jit::new(cfg)));
    }
    let code = match vm.run_main(&source, &filename) {
        Exit::Ok => 0,
        Exit::Code(c) => (c & 0xff) as u8,
    };
    if cli.jit_stats {
        match &vm.jit {
            Some(j) => eprint!("{}", j.stats_report()),
            None => eprintln!("jit: off"),
        }
    }
    code
}

/// `PYJIT_TRACE=1`: JIT trace dumps go to stderr as plain text.
fn init_trace_output() {
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_target(false)
        .with_level(false)
        .without_time()
        .with_env_filter(tracing_subscriber::EnvFilter::new("pyjit=info"))
        .try_init();
}
