//! The one `Bound`: hedges and limits by shared name, one meaning each.
//!
//! A language file maps its phrases to these names (`[bounds]`); what a name
//! does to a value is decided here once, for every language, so "nearly 100
//! million" gives the same interval whatever the script.

use crate::value::{Axis, Interval, Qualifier, Value};

/// A hedge or limit on a stated value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    /// `about`: ±10 % around the value, which stays the stated point.
    About,
    /// `nearly`: a little under the value, [90 %, 100 %]; point kept.
    Nearly,
    /// `more-than`: (x, ∞).
    MoreThan,
    /// `at-least`: [x, ∞).
    AtLeast,
    /// `less-than`: (-∞, x).
    LessThan,
    /// `up-to`: (-∞, x].
    UpTo,
}

/// The relative width of `about`.
pub const ABOUT_WIDTH: f64 = 0.1;

impl Bound {
    /// The bound a language file names (`about`, `more-than`, ...).
    pub fn from_name(name: &str) -> Option<Bound> {
        Some(match name {
            "about" => Bound::About,
            "nearly" => Bound::Nearly,
            "more-than" => Bound::MoreThan,
            "at-least" => Bound::AtLeast,
            "less-than" => Bound::LessThan,
            "up-to" => Bound::UpTo,
            _ => return None,
        })
    }

    /// The interval, stated point and qualifier of `x` under this bound.
    /// Limits state no point: the text gives a limit, not a value.
    pub fn apply(self, x: f64) -> (Interval, Option<f64>, Qualifier) {
        match self {
            Bound::About => (
                Interval::point(x).widen(ABOUT_WIDTH),
                Some(x),
                Qualifier::Approx,
            ),
            Bound::Nearly => {
                let lo = x - x.abs() * ABOUT_WIDTH;
                (
                    Interval::closed(lo.min(x), lo.max(x)),
                    Some(x),
                    Qualifier::Approx,
                )
            }
            Bound::MoreThan => (Interval::above(x, false), None, Qualifier::AtLeast),
            Bound::AtLeast => (Interval::above(x, true), None, Qualifier::AtLeast),
            Bound::LessThan => (Interval::below(x, false, None), None, Qualifier::AtMost),
            Bound::UpTo => (Interval::below(x, true, None), None, Qualifier::AtMost),
        }
    }
}

/// A scalar value: exact, or under a bound.
pub fn scalar(axis: Axis, x: f64, bound: Option<Bound>) -> (Value, Qualifier) {
    let (interval, point, q) = match bound {
        None => (Interval::point(x), Some(x), Qualifier::Exact),
        Some(b) => b.apply(x),
    };
    (
        Value::Scalar {
            axis,
            interval,
            point,
        },
        q,
    )
}

/// A stated range `[lo, hi]`, or a vague one.
pub fn range(axis: Axis, lo: f64, hi: f64, qualifier: Qualifier) -> (Value, Qualifier) {
    (
        Value::Scalar {
            axis,
            interval: Interval::closed(lo.min(hi), lo.max(hi)),
            point: None,
        },
        qualifier,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_meaning_per_name() {
        let (i, p, q) = Bound::Nearly.apply(100.0);
        assert_eq!(
            (i.min, i.max, p, q),
            (Some(90.0), Some(100.0), Some(100.0), Qualifier::Approx)
        );
        let (i, p, _) = Bound::MoreThan.apply(5.0);
        assert!(!i.min_inclusive && p.is_none());
        assert_eq!(Bound::from_name("up-to"), Some(Bound::UpTo));
        assert_eq!(Bound::from_name("roughly"), None);
    }
}
