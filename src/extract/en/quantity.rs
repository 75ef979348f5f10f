//! Quantities with a unit ("70 km", "1.87 meters", "45-acre", "0.9 trillion
//! cubic feet", "800 degrees Celsius") and composite lengths ("7 feet 10
//! inches", "1 meter and 1 foot"), converted to the canonical unit of
//! `units.rs` ("70 km" → 70 000 m).

use super::measure::{Measure, Tag};
use super::number::number;
use super::tokens::Ctx;
use crate::extract::lang::en as t;
use crate::extract::units;

/// A unit at `k`: (canonical unit, factor to it, end). Short symbols ("m",
/// "g", "in") count only right after a number (`glued`) or before a non-word.
pub fn unit(cx: &Ctx, k: usize, glued: bool) -> Option<(&'static str, f64, usize)> {
    if cx.is_blocked(k) {
        return None;
    }
    // "20 (kg)", "20 [kg]": a unit in brackets right after the number.
    if let Some(&(_, close)) = t::BRACKETS.iter().find(|(o, _)| cx.is(k, o)) {
        let (e, symbol) = cx.longest(k + 1, t::UNIT_WORDS)?;
        if !cx.is(e, close) {
            return None;
        }
        let def = units::unit(symbol)?;
        return Some((def.canonical, def.factor, e + 1));
    }
    let (mut e, mut symbol) = match cx.longest(k, t::UNIT_WORDS) {
        Some(x) => x,
        None => exact_symbol(cx, k, glued)?,
    };
    // "km2", "km^2", "km squared", "m³"
    if let Some(&(_, sq, cu)) = t::UNIT_SQUARES.iter().find(|(u, _, _)| *u == symbol) {
        if let Some((pe, power)) = power_at(cx, e) {
            let s = if power == 2 { sq } else { cu };
            if !s.is_empty() {
                symbol = s;
                e = pe;
            }
        }
    }
    // "24703 m212": letters run into digits, a code rather than a unit.
    if cx.glued(e) && cx.is_digits(e) {
        return None;
    }
    let def = units::unit(symbol)?;
    Some((def.canonical, def.factor, e))
}

/// A power after a unit at `e`: (end, 2 or 3). Digits and signs must be glued.
fn power_at(cx: &Ctx, e: usize) -> Option<(usize, u32)> {
    for &(p, n) in t::UNIT_POWERS {
        let pieces: Vec<&str> = p.split(' ').collect();
        let word = pieces.len() == 1 && p.chars().all(char::is_alphabetic);
        let ok = pieces
            .iter()
            .enumerate()
            .all(|(j, piece)| cx.raw(e + j) == *piece && (word || cx.glued(e + j)));
        if ok {
            return Some((e + pieces.len(), n));
        }
    }
    None
}

/// One-letter and quote symbols, matched as written.
fn exact_symbol(cx: &Ctx, k: usize, glued: bool) -> Option<(usize, &'static str)> {
    // Inches as two apostrophes: 5''
    if cx.is(k, "'") && cx.is(k + 1, "'") && cx.glued(k) && cx.glued(k + 1) {
        return Some((k + 2, "in"));
    }
    let &(_, symbol) = t::UNIT_SYMBOLS_EXACT
        .iter()
        .find(|(s, _)| *s == cx.raw(k))?;
    // "5 in the morning" is no length; "2 in thick" is.
    let dimension = t::DIMENSION_WORDS.contains(&cx.low(k + 1));
    if symbol == "in" && (cx.is_word(k + 1) && !dimension || cx.is_digits(k + 1)) {
        return None;
    }
    let next_word = cx.is_word(k + 1) && !t::FUNCTION_WORDS.contains(&cx.low(k + 1));
    // "5 m people"; a two-letter symbol before a noun is still a unit ("a
    // 100 cl bottle").
    if !glued && next_word && !dimension && cx.raw(k).len() < 2 {
        return None;
    }
    if cx.raw(k) == "\"" && !glued && !dimension {
        return None;
    }
    // "24703 L-202" is a code, not litres.
    if cx.is(k + 1, "-") && cx.glued(k + 1) && cx.is_digits(k + 2) {
        return None;
    }
    Some((k + 1, symbol))
}

/// Adds further parts of one length: "7 feet 10 inches", "1 meter and 1 foot".
/// Returns the sum in the canonical unit.
pub fn compound(cx: &Ctx, m: Measure) -> Measure {
    let Tag::Unit(canon, f) = m.tag else {
        return m;
    };
    let mut total = m.value * f;
    let mut last = f;
    let mut end = m.end;
    let mut parts = 1;
    loop {
        let mut k = end;
        if cx.is(k, ",") {
            k += 1;
        }
        if cx.is(k, t::AND) {
            k += 1;
        }
        let Some(n) = number(cx, k) else { break };
        // "2 yd 7'": a lone apostrophe is feet inside a composite length.
        let feet = cx.is(n.end, "'") && cx.glued(n.end) && !cx.is(n.end + 1, "'");
        let Some((c2, f2, e)) = unit(cx, n.end, cx.glued(n.end)).or_else(|| {
            let d = units::unit("ft")?;
            feet.then_some((d.canonical, d.factor, n.end + 1))
        }) else {
            break;
        };
        if c2 != canon || f2 >= last || c2.starts_with("deg") || c2 == "ton" {
            break;
        }
        total += n.value * f2;
        last = f2;
        end = e;
        parts += 1;
    }
    if parts == 1 {
        return m;
    }
    Measure {
        value: total,
        tag: Tag::Unit(canon, 1.0),
        end,
        scale: 1.0,
        ..m
    }
}

#[cfg(test)]
mod tests {
    use super::super::extract;
    use crate::extract::Kind;
    use crate::value::{Axis, Qualifier, Value};

    fn q(text: &str) -> Vec<(String, f64, Qualifier)> {
        extract(text, None)
            .into_iter()
            .map(|m| {
                assert_eq!(m.kind, Kind::Quantity, "{text:?}");
                match m.value {
                    Value::Scalar {
                        axis: Axis::Unit(u),
                        interval,
                        point,
                    } => (u, point.or(interval.min).unwrap_or(f64::NAN), m.qualifier),
                    v => panic!("{v:?}"),
                }
            })
            .collect()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6 * b.abs().max(1.0)
    }

    #[test]
    fn converts_to_canonical_units() {
        let v = q("a 70 km (43 miles) drive");
        assert_eq!(v.len(), 2);
        assert_eq!(v[0].0, "m");
        assert!(close(v[0].1, 70_000.0));
        assert!(close(v[1].1, 43.0 * 1609.344));
        assert!(close(q("it weighs 2000 milligrams")[0].1, 0.002));
        assert_eq!(q("at 800 degrees Celsius")[0].0, "degC");
        assert_eq!(q("16,000 metric tons")[0].1, 16_000_000.0);
        assert_eq!(q("30 tons of steel")[0].0, "ton");
        let v = q("a gap of 40 nanometres");
        assert_eq!(v[0].0, "m");
        assert!((v[0].1 - 4e-8).abs() < 1e-15);
        assert!((q("fibres 7 microns thick")[0].1 - 7e-6).abs() < 1e-12);
        assert_eq!(q("a 45m2 balcony")[0].0, "m2");
        assert!((q("a 70 cl bottle")[0].1 - 0.0007).abs() < 1e-12);
        assert!(extract("serial 4410 m212 here", None)
            .iter()
            .all(|m| m.kind != Kind::Quantity));
    }

    #[test]
    fn composite_and_adjectives() {
        assert!(close(q("he is 7 feet 10 inches tall")[0].1, 94.0 * 0.0254));
        assert!(close(q("a 45-acre farm")[0].1, 45.0 * 4_046.856_422_4));
        assert!(close(q("a three-foot trip")[0].1, 0.9144));
        assert!(close(
            q("export 0.9 trillion cubic feet")[0].1,
            0.9e12 * 0.028_316_846_592
        ));
        assert!(close(q("at 200 kilometres per hour")[0].1, 200.0 / 3.6));
        assert!(close(q("two and a half miles")[0].1, 2.5 * 1609.344));
    }

    #[test]
    fn squares_cubes_and_inches() {
        assert_eq!(q("a 120 km2 park")[0].1, 120e6);
        assert_eq!(q("a 120 km^2 park")[0].1, 120e6);
        assert_eq!(q("3 m³ of sand")[0], ("m3".into(), 3.0, Qualifier::Exact));
        assert!(close(q("a plank 3 1/2 in thick")[0].1, 3.5 * 0.0254));
        assert!(extract("at 5 in the morning", None)
            .iter()
            .all(|m| m.kind != Kind::Quantity));
    }

    #[test]
    fn articles_commas_and_feet_marks() {
        assert!(close(q("a mile away")[0].1, 1609.344));
        assert!(close(q("2 yards, 7 feet, 10 in")[0].1, 166.0 * 0.0254));
        assert!(close(q("6 yd 2' deep")[0].1, 6.0 * 0.9144 + 2.0 * 0.3048));
        assert!(extract("a t-shirt", None).is_empty());
        assert!(close(q("half a liter")[0].1, 0.0005));
        assert!(close(q("a quarter-mile track")[0].1, 402.336));
        assert_eq!(q("98.6 ° Fahrenheit")[0].0, "degF");
        assert!(close(q("thousand liters")[0].1, 1.0));
    }

    #[test]
    fn bounds_on_quantities() {
        let v = q("less than 3.5mi");
        assert_eq!(v[0].2, Qualifier::AtMost);
        let v = q("at least 5'' wide");
        assert_eq!(v[0].2, Qualifier::AtLeast);
    }
}
