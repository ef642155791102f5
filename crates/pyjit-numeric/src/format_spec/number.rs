//! Field layout for numbers: CPython's `calc_number_widths`, `fill_number`
//! and `_PyUnicode_InsertThousandsGrouping` (including the way `0` padding
//! is spread through the digit groups, as in `format(1234, '08,')`).

/// A number already converted to text, split the way CPython's
/// `parse_number` splits it.
pub(crate) struct NumberParts<'a> {
    /// Whether the text started with `-`.
    pub negative: bool,
    /// `0x`/`0o`/`0b` prefix (empty if none).
    pub prefix: &'a str,
    /// The integer digits (may be empty, e.g. for `inf` or `%c`).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the digits (and the point): fraction, exponent,
    /// `%`, `inf`/`nan`, or the character for `%c`.
    pub remainder: &'a str,
}

/// The spec fields that matter for laying out a number.
pub(crate) struct Layout {
    pub fill: char,
    pub align: char,
    pub width: Option<usize>,
    pub sign: Option<char>,
    /// Separator and group size, if grouping.
    pub grouping: Option<(char, usize)>,
    /// Upper-case the prefix and digits (`X`).
    pub upper: bool,
}

/// Digits with separators inserted and (for `0`-padding) leading zeros,
/// so that the result is at least `min_width` long.
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, usize)>) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width.max(0);
    let mut pieces: Vec<String> = Vec::new();
    let take = |remaining: i64, len: i64| -> String {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let mut s = "0".repeat(n_zeros as usize);
        let start = (remaining - n_chars) as usize;
        s.push_str(&digits[start..remaining as usize]);
        s
    };
    match grouping {
        Some((_, group)) => loop {
            let len = (group as i64).min(remaining.max(min_width).max(1));
            pieces.push(take(remaining, len));
            remaining -= remaining.min(len).max(0);
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                break;
            }
            min_width -= 1;
        },
        None => {
            let len = remaining.max(min_width).max(1);
            pieces.push(take(remaining, len));
        }
    }
    let sep = grouping.map(|(c, _)| c.to_string()).unwrap_or_default();
    pieces.reverse();
    pieces.join(&sep)
}

/// Lay out `parts` in a field described by `layout`.
pub(crate) fn render_number(parts: &NumberParts<'_>, layout: &Layout) -> String {
    let sign = match layout.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let n_non_digit = n_sign + n_prefix + i64::from(parts.has_decimal) + n_remainder;
    let width = layout.width.map_or(-1, |w| w as i64);
    let min_width = if layout.fill == '0' && layout.align == '=' {
        width - n_non_digit
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, layout.grouping)
    };
    let n_padding = width - (n_non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match layout.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let fill = |out: &mut String, n: i64| out.extend(std::iter::repeat_n(layout.fill, n as usize));
    let mut out = String::new();
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if layout.upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    fill(&mut out, spad);
    if layout.upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    fill(&mut out, rpad);
    out
}

/// CPython's `calc_padding` + `fill_padding` for strings.
pub(crate) fn pad_str(
    s: &str,
    nchars: usize,
    width: Option<usize>,
    align: char,
    fill: char,
) -> String {
    let total = width.map_or(nchars, |w| w.max(nchars));
    let lpad = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let rpad = total - nchars - lpad;
    let mut out = String::with_capacity(s.len() + lpad + rpad);
    out.extend(std::iter::repeat_n(fill, lpad));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, rpad));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_with_zero_padding() {
        let g = Some((',', 3));
        assert_eq!(group_digits("1234567", 0, g), "1,234,567");
        assert_eq!(group_digits("1234", 8, g), "0,001,234");
        assert_eq!(group_digits("1234", 9, g), "0,001,234");
        assert_eq!(group_digits("1234", 10, g), "00,001,234");
        assert_eq!(group_digits("5", 5, None), "00005");
        assert_eq!(group_digits("12d687", 0, Some(('_', 4))), "12_d687");
        assert_eq!(group_digits("123", 0, g), "123");
    }

    #[test]
    fn padding() {
        assert_eq!(pad_str("abc", 3, Some(10), '^', ' '), "   abc    ");
        assert_eq!(pad_str("abc", 3, Some(2), '>', ' '), "abc");
    }
}
