//! Python `float` semantics over `f64`: `repr`, floor division/modulo,
//! `**`, `hash`, `round`, parsing (`float(str)`) and small helpers.
//!
//! * `ieee` — exact decomposition, `frexp`, `ldexp`
//! * `dtoa` — decimal digit generation (shortest / fixed / significant)
//! * `short` — CPython's `PyOS_double_to_string` layout, and `float_repr`
//! * `arith` — `/ // % divmod **` with CPython's exceptions and signed zeros
//! * `hash` — `hash(float)`
//! * `round` — `round(x)` and `round(x, n)`
//! * `parse` — `float(str)`
//! * `fromhex` — `float.fromhex`
//! * `misc` — `is_integer`, `as_integer_ratio`

mod arith;
pub(crate) mod dtoa;
mod fromhex;
mod hash;
pub(crate) mod ieee;
mod misc;
mod parse;
mod round;
pub(crate) mod short;

pub use arith::{float_div, float_divmod, float_floordiv, float_mod, float_pow};
pub use fromhex::float_fromhex;
pub use hash::float_hash;
pub use ieee::frexp;
pub use misc::{float_as_integer_ratio, float_hex, float_is_integer};
pub use parse::parse_float;
pub use round::{float_round, float_round_ndigits};
pub use short::float_repr;
