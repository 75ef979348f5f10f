//! Hebrew stored in visual order (§1 step 6): a line typed or extracted
//! left to right as displayed, so each word's letters run backwards
//! (`םיפסכ` for כספים) while digits and Latin keep their order. Final
//! letters (ך ם ן ף ץ) only end words, so many words starting with one, or
//! ending with the plain form of one, give such a line away. It is read in
//! logical order and the spans mapped back.

/// Whether `line` looks like visual-order Hebrew.
pub fn is_visual(line: &str) -> bool {
    // A word starting with a final letter is strong evidence (2), one ending
    // with a plain form of one weaker (1): prefixes glued to a number (בכ-2)
    // and acronyms (ק"מ, דצמ') are skipped.
    let (mut backward, mut forward) = (0u32, 0u32);
    let hebrew = |c: char| ('\u{05D0}'..='\u{05EA}').contains(&c);
    let mut rest = line;
    while let Some(s) = rest.find(hebrew) {
        let tail = &rest[s..];
        let len = tail
            .find(|c: char| !(hebrew(c) || c == '"' || c == '\''))
            .unwrap_or(tail.len());
        let w = &tail[..len];
        let after = tail[len..].chars().next();
        rest = &tail[len..];
        let glued = after.is_some_and(|c| c == '-' || c.is_ascii_digit());
        if w.contains(['"', '\'']) || glued || w.chars().nth(1).is_none() {
            continue;
        }
        let first = w.chars().next().unwrap_or(' ');
        let last = w.chars().last().unwrap_or(' ');
        if is_final(first) {
            backward += 2;
        } else if is_plain_of_final(last) {
            backward += 1;
        }
        if is_final(last) {
            forward += 1;
        }
    }
    backward >= 2 && backward > 2 * forward
}

fn is_final(c: char) -> bool {
    matches!(c, 'ך' | 'ם' | 'ן' | 'ף' | 'ץ')
}

fn is_plain_of_final(c: char) -> bool {
    matches!(c, 'כ' | 'מ' | 'נ' | 'פ' | 'צ')
}

/// Characters that keep their left-to-right order inside a reversed line.
fn ltr(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// The line in logical order, and for each of its bytes the original byte
/// range of the character it came from.
pub fn to_logical(line: &str) -> (String, Vec<(usize, usize)>) {
    let body = line.strip_suffix('\n').unwrap_or(line);
    let mut chars: Vec<(usize, char)> = body.char_indices().rev().collect();
    // Runs of digits and Latin (with . , : / between them) keep their order.
    let mut i = 0;
    while i < chars.len() {
        if !ltr(chars[i].1) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            let inner =
                matches!(c, '.' | ',' | ':' | '/') && chars.get(j + 1).is_some_and(|x| ltr(x.1));
            if ltr(c) || inner {
                j += 1;
            } else {
                break;
            }
        }
        chars[i..j].reverse();
        i = j;
    }
    let mut text = String::with_capacity(line.len());
    let mut map = Vec::with_capacity(line.len());
    for (at, c) in chars {
        let c2 = match c {
            '(' => ')',
            ')' => '(',
            '[' => ']',
            ']' => '[',
            other => other,
        };
        text.push(c2);
        map.extend(std::iter::repeat_n((at, at + c.len_utf8()), c2.len_utf8()));
    }
    (text, map)
}

/// The original byte range covered by logical bytes `start..end`.
pub fn map_back(map: &[(usize, usize)], start: usize, end: usize) -> (usize, usize) {
    let span = &map[start.min(map.len())..end.min(map.len())];
    let s = span.iter().map(|r| r.0).min().unwrap_or(0);
    let e = span.iter().map(|r| r.1).max().unwrap_or(s);
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::super::tests::claims;
    use super::*;
    use crate::extract::Kind;

    fn visual(logical: &str) -> String {
        // Written for the test: the line as a left-to-right display stores it.
        let (v, _) = to_logical(logical);
        v
    }

    #[test]
    fn detects_visual_order() {
        assert!(!is_visual("בשנת 2016 היו מספר כספים רבים"));
        assert!(is_visual(&visual("בשנת 2016 היו מספר כספים רבים")));
        assert!(!is_visual("שלום"));
        assert!(!is_visual("מנכ\"ל החברה בדצמ' 2016"));
        assert!(!is_visual("במרחק 20 ק\"מ"));
        assert!(!is_visual("נאמד בכ-300 שקל"));
        assert!(is_visual(&visual("ב-14 בינואר 2014 גויסו כ-300 חיילים.")));
    }

    #[test]
    fn reads_visual_lines_in_logical_order() {
        let line = visual("הוא שילם 250 שקלים בשנת 2016 לכל המשפחות");
        let (logical, _) = to_logical(&line);
        assert_eq!(logical, "הוא שילם 250 שקלים בשנת 2016 לכל המשפחות");
        let text = format!("שורה רגילה\n{line}");
        let c = claims(&text);
        assert_eq!(c.len(), 2, "{c:?}");
        let m = c.iter().find(|m| m.kind == Kind::Money).unwrap();
        assert_eq!(&text[m.start..m.end], "םילקש 250");
        let y = c.iter().find(|m| m.kind == Kind::Year).unwrap();
        assert_eq!(&text[y.start..y.end], "2016");
    }
}
