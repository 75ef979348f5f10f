#![doc = include_str!("../../docs/checks/conversion.md")]

use super::{finding, render, CheckContext, Finding, RuleDef, Verdict};
use crate::claims::Claim;
use crate::extract::Kind;
use crate::value::{Axis, Interval};

/// The text `explain conversion` prints.
pub const EXPLANATION: &str = include_str!("../../docs/checks/conversion.md");

/// Runs a conversion rule.
pub fn run(rule: &RuleDef, ctx: &CheckContext) -> Vec<Finding> {
    let mut out = Vec::new();
    for pair in ctx.claims.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.doc != b.doc
            || a.kind != Kind::Quantity
            || b.kind != Kind::Quantity
            || a.repeat_of.is_some()
        {
            continue;
        }
        let Some(doc) = ctx.document(&a.doc) else {
            continue;
        };
        let between = doc.text.get(a.span.end..b.span.start).unwrap_or("");
        if between.trim() != "("
            || a.value.axis() != b.value.axis()
            || !matches!(a.value.axis(), Axis::Unit(_))
        {
            continue;
        }
        let tol = rule.tolerance.unwrap_or(0.0);
        let (Some(ia), Some(ib)) = (rounded(a), rounded(b)) else {
            continue;
        };
        let agree = ia.widen(tol).overlaps(&ib.widen(tol));
        let verdict = if agree {
            Verdict::Agreement
        } else {
            Verdict::Contradiction
        };
        let message = render(
            &rule.message,
            &[("a", &a.display), ("b", &b.display), ("doc_a", &a.doc)],
        );
        let explanation = format!(
            "{} gives one quantity in two units: \"{}\" and \"{}\". Taking each figure as rounded to its last significant digit, they cover {} and {} {}, which {}.",
            a.doc,
            a.text,
            b.text,
            span(&ia),
            span(&ib),
            a.value.axis().unit_label(),
            if agree { "overlap" } else { "do not overlap" }
        );
        out.push(finding(
            rule,
            verdict,
            &[a, b],
            "conversion",
            message,
            explanation,
        ));
    }
    out
}

/// The interval a stated figure covers when read as rounded: its value
/// ± half a unit of its last significant digit, scaled like the value.
fn rounded(c: &Claim) -> Option<Interval> {
    // The figure as stated: "up to 70 km" states 70 km, its bound.
    let crate::value::Value::Scalar {
        point, interval, ..
    } = &c.value
    else {
        return None;
    };
    let value = match (point, c.qualifier) {
        (Some(p), _) => *p,
        (None, crate::value::Qualifier::AtMost) => interval.max?,
        (None, crate::value::Qualifier::AtLeast) => interval.min?,
        _ => return None,
    };
    let digits: String = c
        .text
        .chars()
        .skip_while(|ch| !ch.is_ascii_digit())
        .take_while(|ch| ch.is_ascii_digit() || *ch == '.' || *ch == ',')
        .filter(|ch| *ch != ',')
        .collect();
    let stated: f64 = digits.parse().ok()?;
    if stated == 0.0 {
        return None;
    }
    let step = match digits.split_once('.') {
        Some((_, frac)) => 10f64.powi(-(frac.len() as i32)),
        None => 10f64.powi(digits.len() as i32 - digits.trim_end_matches('0').len() as i32),
    };
    let scale = value / stated;
    Some(Interval::closed(
        (stated - step / 2.0) * scale,
        (stated + step / 2.0) * scale,
    ))
}

fn span(i: &Interval) -> String {
    format!("{:.1}..{:.1}", i.min.unwrap_or(0.0), i.max.unwrap_or(0.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::test_claim;
    use crate::value::{Qualifier, Value};

    fn metres(text: &str, m: f64) -> Claim {
        test_claim(
            "a.txt",
            text,
            Value::exact(Axis::Unit("m".into()), m),
            Qualifier::Exact,
        )
    }

    #[test]
    fn a_figure_covers_half_its_last_digit() {
        let miles = rounded(&metres("43 miles", 43.0 * 1609.344)).unwrap();
        assert!((miles.min.unwrap() - 42.5 * 1609.344).abs() < 1e-6);
        assert!((miles.max.unwrap() - 43.5 * 1609.344).abs() < 1e-6);
        let km = rounded(&metres("70 km", 70_000.0)).unwrap();
        assert_eq!((km.min, km.max), (Some(65_000.0), Some(75_000.0)));
        let decimal = rounded(&metres("7.5 miles", 7.5 * 1609.344)).unwrap();
        assert!((decimal.max.unwrap() - 7.55 * 1609.344).abs() < 1e-6);
    }

    #[test]
    fn thousands_separators_are_not_decimals() {
        let big = rounded(&metres("1,500,000 kilometres", 1.5e9)).unwrap();
        assert_eq!((big.min, big.max), (Some(1.45e9), Some(1.55e9)));
    }
}
