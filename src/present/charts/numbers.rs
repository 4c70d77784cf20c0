//! Chart numbers: rounded to a tenth and written without `f64`'s `Display`, `points`
//! attributes written and read back, and "nice" axis steps, all without float-printing code or
//! libm in the wasm.

use super::Point;

/// Rounds to a tenth of a unit for compact SVG attributes; anything not finite becomes 0 so a
/// chart can never contain `NaN`.
pub(super) fn round1(value: f64) -> f64 {
    if value.is_finite() {
        (value * 10.0).round() / 10.0
    } else {
        0.0
    }
}

/// A chart number (coordinate, size or axis value) as SVG attribute or label text, to a tenth:
/// "12.3", "40", "-0.5". For every value `round1` returns this is exactly what `f64`'s
/// `Display` writes (tested in `charts/tests.rs`), but it formats integers only: `Display` for
/// `f64` links about 10 KB of float-printing code into the wasm. Anything not finite becomes "0".
pub fn number(value: f64) -> String {
    let mut text = String::new();
    number_into(&mut text, value);
    text
}

/// [`number`], appended to `out` (how the SVG writer uses it, without a `String` each).
pub(super) fn number_into(out: &mut String, value: f64) {
    use std::fmt::Write as _;
    let tenths = (value * 10.0).round();
    if !tenths.is_finite() {
        out.push('0');
        return;
    }
    // `as` saturates; coordinates are a few hundred units, so nothing here comes near.
    let tenths = tenths as i64;
    if tenths < 0 {
        out.push('-');
    }
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    // Writing to a `String` cannot fail.
    let _ = write!(out, "{whole}");
    if tenth != 0 {
        out.push('.');
        out.push(char::from(b'0' + tenth as u8));
    }
}

/// A `points` attribute ("x,y x,y") for an SVG polyline or polygon.
pub(super) fn points_attr(points: &[Point]) -> String {
    let mut attr = String::new();
    for p in points {
        if !attr.is_empty() {
            attr.push(' ');
        }
        number_into(&mut attr, p.x);
        attr.push(',');
        number_into(&mut attr, p.y);
    }
    attr
}

/// Parses a `points` attribute back into coordinates, for `coordinates()` and tests.
pub(super) fn parse_points(points: &str) -> Vec<(f64, f64)> {
    points
        .split_whitespace()
        .filter_map(|pair| {
            let (x, y) = pair.split_once(',')?;
            Some((x.parse().ok()?, y.parse().ok()?))
        })
        .collect()
}

/// A "nice" tick step (1, 2 or 5 times a power of ten) at least `raw`, so axes read 0, 20, 40.
pub(super) fn nice_step(raw: f64) -> f64 {
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let magnitude = power_of_ten_at_most(raw);
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// The largest power of ten at most `raw` (positive and finite), i.e. `10^floor(log10(raw))`,
/// by stepping rather than with `powf` and `log10`: those two link about 3 KB of libm into the
/// wasm for the one axis that needs them.
pub(super) fn power_of_ten_at_most(raw: f64) -> f64 {
    let mut magnitude = 1.0;
    while magnitude * 10.0 <= raw {
        magnitude *= 10.0;
    }
    while magnitude > raw {
        magnitude /= 10.0;
    }
    magnitude
}
