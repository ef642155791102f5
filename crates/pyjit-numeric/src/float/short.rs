//! Port of CPython's `PyOS_double_to_string` / `format_float_short`: lays
//! out dtoa digits for the `'e'`, `'f'`, `'g'` and `'r'` (repr) codes with
//! the `Py_DTSF_*` flags. Every float-to-text path in the crate uses it.

use super::dtoa::{self, Digits};

/// The `Py_DTSF_*` flags.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct DtsFlags {
    /// `Py_DTSF_SIGN`: always emit a sign.
    pub sign: bool,
    /// `Py_DTSF_ADD_DOT_0`: make integral non-exponent output end in `.0`.
    pub add_dot_0: bool,
    /// `Py_DTSF_ALT`: `#` alternate form (keep trailing zeros and point).
    pub alt: bool,
    /// `Py_DTSF_NO_NEG_0`: `z`, drop the sign of a result that is zero.
    pub no_neg_0: bool,
}

/// `PyOS_double_to_string(x, code, precision, flags)`; `code` is one of
/// `eEfFgGr` (`precision` is ignored for `'r'`).
pub(crate) fn double_to_string(x: f64, code: char, precision: usize, flags: DtsFlags) -> String {
    let (code, upper) = match code {
        'E' => ('e', true),
        'F' => ('f', true),
        'G' => ('g', true),
        c => (c, false),
    };
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let mut precision = precision as i64;
    let Digits { digits, mut decpt } = match code {
        'e' => {
            precision += 1;
            dtoa::significant(x, precision as usize)
        }
        'f' => dtoa::fixed(x, precision as usize),
        'g' => {
            precision = precision.max(1);
            dtoa::significant(x, precision as usize)
        }
        _ => dtoa::shortest(x),
    };
    let digits_len = digits.len() as i64;
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }

    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| out.extend(d.iter().map(|&b| char::from(b)));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, &digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// `repr(x)` / `str(x)` for a float, exactly as CPython.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtsFlags {
            add_dot_0: true,
            ..DtsFlags::default()
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_layouts() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e100, "1e+100"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (123456789.125, "123456789.125"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
    }

    #[test]
    fn codes() {
        let f = DtsFlags::default();
        let alt = DtsFlags { alt: true, ..f };
        assert_eq!(double_to_string(1.5, 'e', 6, f), "1.500000e+00");
        assert_eq!(double_to_string(0.25, 'e', 0, f), "2e-01");
        assert_eq!(double_to_string(2.5, 'f', 0, f), "2");
        assert_eq!(double_to_string(1.0, 'f', 0, alt), "1.");
        assert_eq!(double_to_string(1e-5, 'g', 6, f), "1e-05");
        assert_eq!(double_to_string(1.0, 'g', 6, alt), "1.00000");
        assert_eq!(double_to_string(1e-10, 'G', 6, f), "1E-10");
        assert_eq!(double_to_string(f64::INFINITY, 'F', 6, f), "INF");
        let dot0 = DtsFlags {
            add_dot_0: true,
            ..f
        };
        assert_eq!(double_to_string(123.0, 'g', 3, dot0), "1.23e+02");
        assert_eq!(double_to_string(1.0, 'g', 3, dot0), "1.0");
        let z = DtsFlags {
            no_neg_0: true,
            ..f
        };
        assert_eq!(double_to_string(-0.0001, 'f', 2, z), "0.00");
        assert_eq!(double_to_string(-0.0001, 'f', 2, f), "-0.00");
    }
}
