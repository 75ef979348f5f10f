//! Hebrew one-letter prefixes (§3): ו "and", ש/כש "that/when", ב ל מ כ
//! "in/to/from/about", ה "the", stacked in that order (ובשנת, שב-, מה-).
//!
//! The tokenizer uses [`Prefix::parse`] to split letters glued to digits
//! (ב1997, מה-1) and the lexicon to strip letters from words (ושלושה).

/// A parsed prefix stack.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Prefix {
    /// ו "and".
    pub vav: bool,
    /// ש "that" (or כש "when", which is `kesh`).
    pub she: bool,
    /// כש "when": never a hedge.
    pub kesh: bool,
    /// One of ב ל מ כ.
    pub prep: Option<char>,
    /// כ "about" after ב ל מ (נאמד בכ-2 מיליארד, ירד לכ-300).
    pub kaf: bool,
    /// ה "the".
    pub he: bool,
}

impl Prefix {
    /// Parses a whole string as a prefix stack `ו? (כש|ש)? [בלמכ]? ה?`;
    /// `None` when it is not one. The empty string is the empty stack.
    pub fn parse(s: &str) -> Option<Prefix> {
        let mut p = Prefix::default();
        let mut rest = s;
        if let Some(r) = rest.strip_prefix('ו') {
            p.vav = true;
            rest = r;
        }
        if let Some(r) = rest.strip_prefix("כש") {
            p.kesh = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix('ש') {
            p.she = true;
            rest = r;
        }
        if let Some(c) = rest.chars().next() {
            if matches!(c, 'ב' | 'ל' | 'מ' | 'כ') {
                p.prep = Some(c);
                rest = &rest[c.len_utf8()..];
                if c != 'כ' {
                    if let Some(r) = rest.strip_prefix('כ') {
                        p.kaf = true;
                        rest = r;
                    }
                }
            }
        }
        if let Some(r) = rest.strip_prefix('ה') {
            p.he = true;
            rest = r;
        }
        rest.is_empty().then_some(p)
    }

    /// Whether the stack carries the approximating כ ("about"), not כש "when".
    pub fn about(&self) -> bool {
        self.prep == Some('כ') || self.kaf
    }

    /// Whether the stack is empty.
    pub fn is_empty(&self) -> bool {
        *self == Prefix::default()
    }

    /// Whether the stack is just ו "and" (or empty).
    pub fn only_vav(&self) -> bool {
        !self.she && !self.kesh && self.prep.is_none() && !self.kaf && !self.he
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_stacks() {
        let p = Prefix::parse("וב").unwrap();
        assert!(p.vav && p.prep == Some('ב') && !p.he);
        let p = Prefix::parse("מה").unwrap();
        assert_eq!(p.prep, Some('מ'));
        assert!(p.he);
        assert!(Prefix::parse("כשב").unwrap().kesh);
        assert!(!Prefix::parse("כשב").unwrap().about());
        assert!(Prefix::parse("כ").unwrap().about());
        assert!(Prefix::parse("").unwrap().is_empty());
        let p = Prefix::parse("בכ").unwrap();
        assert!(p.about() && p.prep == Some('ב'));
        assert!(Prefix::parse("ולכ").unwrap().about());
    }

    #[test]
    fn rejects_non_prefixes() {
        assert_eq!(Prefix::parse("בר"), None);
        assert_eq!(Prefix::parse("הב"), None);
        assert_eq!(Prefix::parse("תל"), None);
    }
}
