//! The `math` module.

use crate::builtin_types::type_name;
use crate::builtins::func;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::import::builtin_module;
use crate::interp::call::no_kwargs;
use crate::modules::math_gamma::MathErr;
use crate::object::{BuiltinFn, Module};
use crate::ops::num::to_bigint;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pyjit_numeric::Int;
use std::rc::Rc;

type Kw<'a> = &'a [(Rc<str>, Value)];

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
            no_kwargs(concat!("math.", stringify!($name)), kw)?;
            let x = float_arg(vm, stringify!($name), args, 0, 1)?;
            checked(x, $f(x))
        }
    };
}

pub fn create(vm: &mut Vm) -> Rc<Module> {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("sqrt", sqrt),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("exp", exp),
        ("expm1", expm1),
        ("log1p", log1p),
        ("atan2", atan2),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("pow", pow),
        ("fabs", fabs),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("hypot", hypot),
        ("degrees", degrees),
        ("radians", radians),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("comb", comb),
        ("perm", perm),
        ("copysign", copysign),
        ("fmod", fmod),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("isqrt", isqrt),
        ("fsum", fsum),
        ("prod", prod),
        ("isclose", isclose),
        ("dist", dist),
        ("erf", erf),
        ("erfc", erfc),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("exp2", exp2),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("remainder", remainder),
    ];
    let mut entries: Vec<(&str, Value)> = fns.iter().map(|(n, f)| (*n, func(n, *f))).collect();
    entries.push(("pi", Value::Float(std::f64::consts::PI)));
    entries.push(("e", Value::Float(std::f64::consts::E)));
    entries.push(("tau", Value::Float(std::f64::consts::TAU)));
    entries.push(("inf", Value::Float(f64::INFINITY)));
    entries.push(("nan", Value::Float(f64::NAN)));
    builtin_module(vm, "math", entries)
}

fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => crate::ops::num::big_to_f64(b),
        Value::Instance(_) => match vm.call_special(v, "__float__", vec![])? {
            Some(Value::Float(f)) => Ok(f),
            _ => Err(type_error(format!(
                "must be real number, not {}",
                type_name(v)
            ))),
        },
        _ => Err(type_error(format!(
            "must be real number, not {}",
            type_name(v)
        ))),
    }
}

fn float_arg(vm: &mut Vm, name: &str, args: &[Value], i: usize, n: usize) -> PyResult<f64> {
    if args.len() != n {
        return Err(type_error(if n == 1 {
            format!(
                "math.{name}() takes exactly one argument ({} given)",
                args.len()
            )
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        }));
    }
    float_of(vm, &args[i])
}

/// CPython's libm error rules: NaN from non-NaN input is a domain error, infinity from
/// finite input is a range error.
fn checked(x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(PyErr::new("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

/// `checked` for the functions CPython declares cannot overflow: an infinity from a finite
/// argument is a singularity there (`atanh(1.0)`), so a domain error.
fn checked_no_overflow(x: f64, r: f64) -> PyResult<Value> {
    if r.is_infinite() && x.is_finite() {
        return Err(value_error("math domain error"));
    }
    checked(x, r)
}

fn domain(x: f64, ok: bool, r: f64) -> PyResult<Value> {
    if !ok {
        return Err(value_error("math domain error"));
    }
    checked(x, r)
}

fn sqrt(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.sqrt", kw)?;
    let x = float_arg(vm, "sqrt", args, 0, 1)?;
    domain(x, x >= 0.0 || x.is_nan(), x.sqrt())
}
unary!(sin, f64::sin);
unary!(cos, f64::cos);
unary!(tan, f64::tan);
unary!(asin, f64::asin);
unary!(acos, f64::acos);
unary!(atan, f64::atan);
unary!(sinh, f64::sinh);
unary!(cosh, f64::cosh);
unary!(tanh, f64::tanh);
unary!(exp, f64::exp);
unary!(expm1, f64::exp_m1);
unary!(fabs, f64::abs);
// glibc's own functions, which CPython 3.11 calls, where Rust has none that gives the same
// bits: `f64::asinh`, `acosh` and `atanh` are Rust formulas built on `ln`/`ln_1p`/`hypot`
// that differ from glibc's in the last bit for 5%, 47% and 28% of arguments (100 000
// random ones each); `f64::cbrt` is compiler-builtins' correctly rounded port, which differs
// from glibc's for most arguments; the error functions have no stable Rust counterpart.
// They are linked by glibc's `_Float64` names (`erff64`, ...): compiler-builtins defines
// local `cbrt`-style symbols that the plain names would bind to instead.
// SAFETY: each is a pure C99 libm function of one double (no pointers, no global state
// besides `errno`, which nothing here reads), and std already links libm on Linux.
unsafe extern "C" {
    #[link_name = "erff64"]
    safe fn libm_erf(x: f64) -> f64;
    #[link_name = "erfcf64"]
    safe fn libm_erfc(x: f64) -> f64;
    #[link_name = "asinhf64"]
    safe fn libm_asinh(x: f64) -> f64;
    #[link_name = "acoshf64"]
    safe fn libm_acosh(x: f64) -> f64;
    #[link_name = "atanhf64"]
    safe fn libm_atanh(x: f64) -> f64;
    #[link_name = "cbrtf64"]
    safe fn libm_cbrt(x: f64) -> f64;
    #[link_name = "exp2f64"]
    safe fn libm_exp2(x: f64) -> f64;
}

unary!(cbrt, libm_cbrt);
unary!(exp2, libm_exp2);
unary!(erf, libm_erf);
unary!(erfc, libm_erfc);
unary!(asinh, libm_asinh);
unary!(acosh, libm_acosh);

fn atanh(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.atanh", kw)?;
    let x = float_arg(vm, "atanh", args, 0, 1)?;
    checked_no_overflow(x, libm_atanh(x))
}

fn gamma_result(r: Result<f64, MathErr>) -> PyResult<Value> {
    match r {
        Ok(r) => Ok(Value::Float(r)),
        Err(MathErr::Domain) => Err(value_error("math domain error")),
        Err(MathErr::Range) => Err(PyErr::new("OverflowError", "math range error")),
    }
}

fn gamma(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.gamma", kw)?;
    let x = float_arg(vm, "gamma", args, 0, 1)?;
    gamma_result(super::math_gamma::gamma(x))
}

fn lgamma(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.lgamma", kw)?;
    let x = float_arg(vm, "lgamma", args, 0, 1)?;
    gamma_result(super::math_gamma::lgamma(x))
}

/// The float after `x` in the direction of `y` (C99 `nextafter`, which CPython 3.11 calls):
/// `y` itself when they are equal, so `nextafter(0.0, -0.0)` is `-0.0`.
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x < y {
        x.next_up()
    } else if x > y {
        x.next_down()
    } else {
        y
    }
}

fn nextafter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.nextafter", kw)?;
    let x = float_arg(vm, "nextafter", args, 0, 2)?;
    let y = float_of(vm, &args[1])?;
    Ok(Value::Float(next_toward(x, y)))
}

/// The value of the least significant bit of `x`; for the largest float, the gap below it.
fn ulp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.ulp", kw)?;
    let x = float_arg(vm, "ulp", args, 0, 1)?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = x.next_up();
    Ok(Value::Float(if up.is_infinite() {
        x - x.next_down()
    } else {
        up - x
    }))
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y` (ties to even), exact.
/// CPython computes it with `fmod` as here, so its special cases are the same.
fn remainder(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.remainder", kw)?;
    let x = float_arg(vm, "remainder", args, 0, 2)?;
    let y = float_of(vm, &args[1])?;
    let r = if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            f64::NAN
        } else {
            let (absx, absy) = (x.abs(), y.abs());
            let m = absx % absy;
            // Compare m with absy - m rather than with absy/2, which may be inexact for
            // subnormal absy; absy - m is exact whenever the comparison matters.
            let c = absy - m;
            let r = if m < c {
                m
            } else if m > c {
                -c
            } else {
                // Halfway: +m if the quotient so far is even, -m if odd.
                m - 2.0 * ((0.5 * (absx - m)) % absy)
            };
            1.0f64.copysign(x) * r
        }
    } else if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    };
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(r))
}
unary!(degrees, f64::to_degrees);
unary!(radians, f64::to_radians);

fn log1p(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.log1p", kw)?;
    let x = float_arg(vm, "log1p", args, 0, 1)?;
    domain(x, x > -1.0 || x.is_nan(), x.ln_1p())
}

fn atan2(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.atan2", kw)?;
    let y = float_arg(vm, "atan2", args, 0, 2)?;
    let x = float_of(vm, &args[1])?;
    Ok(Value::Float(y.atan2(x)))
}

/// Natural log of any positive int, even beyond float range.
fn ln_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(value_error("math domain error"));
        }
        let bits = b.bits();
        if bits > 1000 {
            let shift = bits - 64;
            let top = (b.as_ref() >> shift).to_f64().unwrap_or(1.0);
            return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
        }
    }
    let x = float_of(vm, v)?;
    if x <= 0.0 {
        return Err(value_error("math domain error"));
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("log", kw)?;
    if args.is_empty() || args.len() > 2 {
        return Err(type_error(format!(
            "log expected at least 1 argument, got {}",
            args.len()
        )));
    }
    let num = ln_of(vm, &args[0])?;
    match args.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = ln_of(vm, b)?;
            if den == 0.0 {
                return Err(crate::error::zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.log2", kw)?;
    let x = float_arg(vm, "log2", args, 0, 1)?;
    domain(x, x > 0.0 || x.is_nan(), x.log2())
}

fn log10(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.log10", kw)?;
    let x = float_arg(vm, "log10", args, 0, 1)?;
    domain(x, x > 0.0 || x.is_nan(), x.log10())
}

fn pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.pow", kw)?;
    let x = float_arg(vm, "pow", args, 0, 2)?;
    let y = float_of(vm, &args[1])?;
    if x == 0.0 && y < 0.0 {
        return Err(value_error("math domain error"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(value_error("math domain error"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::new("OverflowError", "math range error"));
    }
    Ok(Value::Float(r))
}

fn rounding(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    match &args[0] {
        Value::Int(_) | Value::BigInt(_) => Ok(args[0].clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Instance(_) => {
            let dunder = format!("__{name}__");
            match vm.call_special(&args[0], &dunder, vec![])? {
                Some(r) => Ok(r),
                None => {
                    let x = float_of(vm, &args[0])?;
                    Ok(Int::from_f64(f(x))?.into())
                }
            }
        }
        v => {
            let x = float_of(vm, v)?;
            Ok(Int::from_f64(f(x))?.into())
        }
    }
}

fn floor(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.floor", kw)?;
    rounding(vm, args, "floor", f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.ceil", kw)?;
    rounding(vm, args, "ceil", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.trunc", kw)?;
    rounding(vm, args, "trunc", f64::trunc)
}

fn isnan(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.isnan", kw)?;
    Ok(Value::Bool(float_arg(vm, "isnan", args, 0, 1)?.is_nan()))
}

fn isinf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.isinf", kw)?;
    Ok(Value::Bool(
        float_arg(vm, "isinf", args, 0, 1)?.is_infinite(),
    ))
}

fn isfinite(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.isfinite", kw)?;
    Ok(Value::Bool(
        float_arg(vm, "isfinite", args, 0, 1)?.is_finite(),
    ))
}

fn hypot(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.hypot", kw)?;
    let mut acc = 0.0f64;
    for a in args {
        let x = float_of(vm, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn dist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.dist", kw)?;
    if args.len() != 2 {
        return Err(type_error("dist expected 2 arguments"));
    }
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(&q) {
        let d = float_of(vm, a)? - float_of(vm, b)?;
        acc = acc.hypot(d);
    }
    Ok(Value::Float(acc))
}

fn int_of(name: &str, v: &Value) -> PyResult<BigInt> {
    to_bigint(v).ok_or_else(|| {
        let _ = name;
        crate::error::not_an_integer(v)
    })
}

fn factorial(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.factorial", kw)?;
    if args.len() != 1 {
        return Err(type_error("math.factorial() takes exactly one argument"));
    }
    if let Value::Float(_) = args[0] {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = int_of("factorial", &args[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        PyErr::new(
            "OverflowError",
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn gcd(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.gcd", kw)?;
    let mut acc = BigInt::zero();
    for a in args {
        acc = acc.gcd(&int_of("gcd", a)?);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.lcm", kw)?;
    let mut acc = BigInt::one();
    for a in args {
        let b = int_of("lcm", a)?;
        if b.is_zero() {
            return Ok(Value::Int(0));
        }
        acc = acc.lcm(&b);
    }
    Ok(Value::from_bigint(acc.abs()))
}

fn comb(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.comb", kw)?;
    if args.len() != 2 {
        return Err(type_error("comb expected 2 arguments"));
    }
    let n = int_of("comb", &args[0])?;
    let k = int_of("comb", &args[1])?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k).to_u64().unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(acc))
}

fn perm(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.perm", kw)?;
    let n = int_of("perm", args.first().unwrap_or(&Value::None))?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => int_of("perm", v)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = BigInt::one();
    let k = k.to_u64().unwrap_or(0);
    for i in 0..k {
        acc *= &n - i;
    }
    Ok(Value::from_bigint(acc))
}

fn copysign(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.copysign", kw)?;
    let x = float_arg(vm, "copysign", args, 0, 2)?;
    let y = float_of(vm, &args[1])?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.fmod", kw)?;
    let x = float_arg(vm, "fmod", args, 0, 2)?;
    let y = float_of(vm, &args[1])?;
    if y == 0.0 || x.is_infinite() {
        return Err(value_error("math domain error"));
    }
    Ok(Value::Float(x % y))
}

fn modf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.modf", kw)?;
    let x = float_arg(vm, "modf", args, 0, 1)?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    Ok(Value::tuple(vec![
        Value::Float((x - x.trunc()).copysign(x)),
        Value::Float(x.trunc()),
    ]))
}

fn frexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.frexp", kw)?;
    let x = float_arg(vm, "frexp", args, 0, 1)?;
    let (m, e) = pyjit_numeric::float::frexp(x);
    Ok(Value::tuple(vec![
        Value::Float(m),
        Value::Int(i64::from(e)),
    ]))
}

fn ldexp(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.ldexp", kw)?;
    let x = float_arg(vm, "ldexp", args, 0, 2)?;
    let e = int_of("ldexp", &args[1])?.to_i32().unwrap_or(i32::MAX);
    let r = x * 2f64.powi(e.clamp(-1100, 1100));
    checked(x, r)
}

fn isqrt(_vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.isqrt", kw)?;
    let n = int_of("isqrt", args.first().unwrap_or(&Value::None))?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn fsum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs("math.fsum", kw)?;
    // Shewchuk's exact partial sums, as CPython uses; infinities and NaNs are summed
    // apart, and an overflow of finite inputs is an error rather than an infinity.
    let items = vm.collect(args.first().unwrap_or(&Value::None))?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut infs) = (0.0f64, 0.0f64);
    for it in &items {
        let given = float_of(vm, it)?;
        let mut x = given;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x.is_finite() {
            if x != 0.0 {
                partials.push(x);
            }
        } else {
            if given.is_finite() {
                return Err(PyErr::new("OverflowError", "intermediate overflow in fsum"));
            }
            if given.is_infinite() {
                infs += given;
            }
            special += given;
            partials.clear();
        }
    }
    if special != 0.0 {
        if infs.is_nan() {
            return Err(PyErr::new("ValueError", "-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    Ok(Value::Float(round_partials(&partials)))
}

/// The correctly rounded sum of non-overlapping partials in increasing magnitude: add
/// from the top until the sum is inexact, then correct a half-way case the rest decides.
fn round_partials(p: &[f64]) -> f64 {
    let Some((&top, rest)) = p.split_last() else {
        return 0.0;
    };
    let (mut hi, mut lo) = (top, 0.0);
    let mut n = rest.len();
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

fn prod(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let mut acc = crate::interp::call::kwarg(kw, "start")
        .cloned()
        .unwrap_or(Value::Int(1));
    for it in vm.collect(args.first().unwrap_or(&Value::None))? {
        acc = vm.binary_op(pyjit_bytecode::BinOp::Mul, &acc, &it)?;
    }
    Ok(acc)
}

fn isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = float_arg(vm, "isclose", args, 0, 2)?;
    let b = float_of(vm, &args[1])?;
    let rel = match crate::interp::call::kwarg(kw, "rel_tol") {
        Some(v) => float_of(vm, v)?,
        None => 1e-9,
    };
    let abs = match crate::interp::call::kwarg(kw, "abs_tol") {
        Some(v) => float_of(vm, v)?,
        None => 0.0,
    };
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (a - b).abs();
    Ok(Value::Bool(
        d <= (rel * b.abs()).max(rel * a.abs()) || d <= abs,
    ))
}
