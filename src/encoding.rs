//! Reading article bytes as text, whatever encoding the archive used.
//!
//! Scraped news and old Hebrew archives come in UTF-8, UTF-16 and the legacy
//! single-byte code pages (Windows-1255 or ISO-8859-8 for Hebrew,
//! Windows-1252 or Latin-1 for Western text). Skipping those files would lose
//! documents; guessing wrong silently would corrupt claims. So the choice is
//! made by a small rule that a person can predict, and every document not
//! read as UTF-8 records the encoding used, which every report states.
//!
//! The rule, in order, unless an encoding is forced:
//!
//! 1. a UTF-16 byte-order mark (`FF FE` or `FE FF`) → UTF-16LE / UTF-16BE;
//! 2. a NUL byte → binary, skipped (named as UTF-16 without a BOM when the
//!    NULs sit at every other byte, with the `--encoding` to give);
//! 3. valid UTF-8 (with or without its BOM) → UTF-8, the bytes kept as they are;
//!    UTF-8 with a few invalid bytes (more valid multi-byte characters than
//!    invalid sequences) → refused with the position of the first, since
//!    reading it in a code page would turn all its text into mojibake;
//! 4. bytes `E0`–`FA` (the Hebrew letters of Windows-1255 and ISO-8859-8)
//!    outnumber ASCII letters → Windows-1255;
//! 5. otherwise → Windows-1252 (a superset of the printable Latin-1).
//!
//! Decoding is strict: a byte sequence the encoding does not define (an
//! unpaired UTF-16 surrogate, an unassigned Windows-1255 byte) skips the file
//! with a message rather than turning into replacement characters.
//!
//! For files read as UTF-8 the text is the file, byte for byte, so spans are
//! byte offsets into the file. For the others the text is the decoded UTF-8
//! (without the BOM), and spans are byte offsets into that decoded text; line
//! and column are the same in both.

use std::path::Path;

use crate::error::{position_of, InputError};

/// An encoding that can be forced on every file (`--encoding NAME`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextEncoding(&'static encoding_rs::Encoding);

impl TextEncoding {
    /// The encoding for a WHATWG label (`utf-8`, `utf-16le`, `windows-1255`,
    /// `iso-8859-8`, `latin1`, `cp1252`...), case-insensitive; `None` when the
    /// label names no encoding that can be decoded. `latin1` and `iso-8859-1`
    /// mean Windows-1252, as in browsers: it agrees with Latin-1 on every
    /// printable character.
    pub fn from_label(label: &str) -> Option<TextEncoding> {
        let e = encoding_rs::Encoding::for_label_no_replacement(label.trim().as_bytes())?;
        Some(TextEncoding(e))
    }

    /// The canonical name (`windows-1255`, `UTF-16LE`), as reports show it.
    pub fn name(self) -> &'static str {
        self.0.name()
    }
}

/// An article's text and the encoding it was read in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, as UTF-8.
    pub text: String,
    /// The encoding's name when it was not UTF-8; `None` for UTF-8, whose
    /// text is the file's bytes unchanged.
    pub encoding: Option<&'static str>,
}

/// Decodes a file's bytes by the rule of the module doc, or with `forced`.
///
/// Fails, naming the file and why, for binary content (a NUL byte), bytes
/// the encoding does not define, and empty or whitespace-only text.
pub fn decode(
    path: &Path,
    bytes: Vec<u8>,
    forced: Option<TextEncoding>,
) -> Result<Decoded, InputError> {
    let encoding = match forced {
        Some(e) => e.0,
        None => detect(&bytes),
    };
    let decoded = if encoding == encoding_rs::UTF_8 {
        reject_nul(path, &bytes)?;
        Decoded {
            text: utf8(path, bytes)?,
            encoding: None,
        }
    } else {
        if !is_utf16(encoding) {
            reject_nul(path, &bytes)?;
        }
        let text = strict(path, encoding, &bytes)?;
        if let Some(nul) = text.find('\0') {
            return Err(InputError::Binary {
                path: path.to_path_buf(),
                at: position_of(&text, nul),
            });
        }
        Decoded {
            text,
            encoding: Some(encoding.name()),
        }
    };
    if decoded.text.trim().is_empty() {
        return Err(InputError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(decoded)
}

fn is_utf16(e: &'static encoding_rs::Encoding) -> bool {
    e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE
}

/// Steps 1 and 3–5 of the rule (the NUL check happens while decoding).
fn detect(bytes: &[u8]) -> &'static encoding_rs::Encoding {
    if let Some((e, _)) = encoding_rs::Encoding::for_bom(bytes) {
        if is_utf16(e) {
            return e;
        }
    }
    if bytes.contains(&0) || std::str::from_utf8(bytes).is_ok() {
        // Binary content is rejected by the UTF-8 path, with its position.
        return encoding_rs::UTF_8;
    }
    if mostly_utf8(bytes) {
        // A few bad bytes in UTF-8 text (a truncated download): refused with
        // their position by the UTF-8 path, rather than read as mojibake.
        return encoding_rs::UTF_8;
    }
    let hebrew = bytes.iter().filter(|b| (0xE0..=0xFA).contains(*b)).count();
    let latin = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count();
    if hebrew > latin {
        encoding_rs::WINDOWS_1255
    } else {
        encoding_rs::WINDOWS_1252
    }
}

/// Whether invalid UTF-8 is still mostly well-formed UTF-8: more valid
/// multi-byte characters than invalid sequences. Legacy single-byte text
/// almost never forms valid multi-byte sequences by chance.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let lossy = String::from_utf8_lossy(bytes);
    let bad = lossy.matches('\u{FFFD}').count();
    let good = lossy
        .chars()
        .filter(|&c| !c.is_ascii() && c != '\u{FFFD}')
        .count();
    good > bad
}

/// Refuses bytes with a NUL: binary, or UTF-16 without its BOM (named).
fn reject_nul(path: &Path, bytes: &[u8]) -> Result<(), InputError> {
    let Some(nul) = bytes.iter().position(|&b| b == 0) else {
        return Ok(());
    };
    if let Some(encoding) = utf16_guess(bytes) {
        return Err(InputError::Utf16WithoutBom {
            path: path.to_path_buf(),
            encoding,
        });
    }
    let prefix = String::from_utf8_lossy(&bytes[..nul]);
    Err(InputError::Binary {
        path: path.to_path_buf(),
        at: position_of(&prefix, prefix.len()),
    })
}

/// `UTF-16LE` or `UTF-16BE` when the bytes look like mostly-ASCII UTF-16
/// (NUL in at least 40 % of the odd or even positions and in almost none of
/// the others), for a message that says which `--encoding` to give.
fn utf16_guess(bytes: &[u8]) -> Option<&'static str> {
    if bytes.len() < 4 {
        return None;
    }
    let nul_at = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    let half = bytes.len() / 2;
    if odd * 5 >= half * 2 && even * 20 <= half {
        Some("UTF-16LE")
    } else if even * 5 >= half * 2 && odd * 20 <= half {
        Some("UTF-16BE")
    } else {
        None
    }
}

/// UTF-8 kept byte for byte (a BOM included), so spans index the file.
fn utf8(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    String::from_utf8(bytes).map_err(|e| {
        let byte = e.utf8_error().valid_up_to();
        let valid = String::from_utf8_lossy(&e.as_bytes()[..byte]).into_owned();
        InputError::NotUtf8 {
            path: path.to_path_buf(),
            at: position_of(&valid, valid.len()),
            byte,
        }
    })
}

/// Decodes without replacement characters; the BOM of the encoding, when
/// present, is dropped.
fn strict(
    path: &Path,
    encoding: &'static encoding_rs::Encoding,
    bytes: &[u8],
) -> Result<String, InputError> {
    let body = match encoding_rs::Encoding::for_bom(bytes) {
        Some((e, len)) if e == encoding => &bytes[len..],
        _ => bytes,
    };
    match encoding.decode_without_bom_handling_and_without_replacement(body) {
        Some(text) => Ok(text.into_owned()),
        None => {
            let (partial, _) = encoding.decode_without_bom_handling(body);
            let at = partial.find('\u{FFFD}').unwrap_or(partial.len());
            Err(InputError::Undecodable {
                path: path.to_path_buf(),
                at: position_of(&partial, at),
                encoding: encoding.name(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Decoded {
        decode(Path::new("t.txt"), bytes.to_vec(), None).unwrap()
    }

    #[test]
    fn utf8_is_kept_byte_for_byte_with_its_bom() {
        let d = read(b"\xEF\xBB\xBFabc 5");
        assert_eq!(d.encoding, None);
        assert_eq!(d.text.as_bytes(), b"\xEF\xBB\xBFabc 5");
    }

    #[test]
    fn hebrew_code_page_is_detected() {
        // "שלום 5" in Windows-1255.
        let d = read(b"\xF9\xEC\xE5\xED 5");
        assert_eq!(d.encoding, Some("windows-1255"));
        assert_eq!(d.text, "שלום 5");
    }

    #[test]
    fn latin1_accents_in_english_text_are_windows_1252() {
        let d = read(b"caf\xE9 in M\xFCnchen, 5 km");
        assert_eq!(d.encoding, Some("windows-1252"));
        assert_eq!(d.text, "café in München, 5 km");
    }

    #[test]
    fn utf16_needs_its_bom_and_strict_surrogates() {
        let d = read(b"\xFF\xFEa\x00b\x00");
        assert_eq!((d.text.as_str(), d.encoding), ("ab", Some("UTF-16LE")));
        let d = read(b"\xFE\xFF\x00a\x00b");
        assert_eq!((d.text.as_str(), d.encoding), ("ab", Some("UTF-16BE")));
        // An unpaired high surrogate.
        let err = decode(
            Path::new("s.txt"),
            b"\xFF\xFEa\x00\x00\xD8b\x00".to_vec(),
            None,
        );
        assert!(
            matches!(err, Err(InputError::Undecodable { .. })),
            "{err:?}"
        );
    }

    #[test]
    fn utf8_with_a_stray_byte_is_refused_not_read_as_a_code_page() {
        let mut bytes = "שלום עולם, 5 ימים".as_bytes().to_vec();
        bytes.push(0xFF);
        let err = decode(Path::new("u.txt"), bytes, None);
        assert!(matches!(err, Err(InputError::NotUtf8 { .. })), "{err:?}");
    }

    #[test]
    fn utf16_without_a_bom_is_named_not_guessed() {
        let le: Vec<u8> = "Baku, 5 hours"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let err = decode(Path::new("le.txt"), le.clone(), None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "le.txt: looks like UTF-16LE without a byte-order mark; give --encoding UTF-16LE to read it"
        );
        let forced = TextEncoding::from_label("utf-16le");
        assert_eq!(
            decode(Path::new("le.txt"), le, forced).unwrap().text,
            "Baku, 5 hours"
        );
        let be: Vec<u8> = "Baku".encode_utf16().flat_map(u16::to_be_bytes).collect();
        let err = decode(Path::new("be.txt"), be, None).unwrap_err();
        assert!(err.to_string().contains("UTF-16BE"), "{err}");
        // A stray NUL in text is still binary.
        let err = decode(Path::new("b.txt"), b"abc\0def".to_vec(), None).unwrap_err();
        assert!(matches!(err, InputError::Binary { .. }));
    }

    #[test]
    fn a_nul_in_utf16_text_is_binary() {
        let err = decode(Path::new("n.txt"), b"\xFF\xFEa\x00\x00\x00".to_vec(), None);
        assert!(matches!(err, Err(InputError::Binary { .. })), "{err:?}");
    }

    #[test]
    fn a_forced_encoding_wins_over_detection() {
        let latin = TextEncoding::from_label("latin1").unwrap();
        let d = decode(
            Path::new("f.txt"),
            b"\xF9\xEC\xE5\xED".to_vec(),
            Some(latin),
        )
        .unwrap();
        assert_eq!(d.text, "ùìåí");
        assert!(TextEncoding::from_label("klingon").is_none());
        assert_eq!(
            TextEncoding::from_label("ISO-8859-8").unwrap().name(),
            "ISO-8859-8"
        );
    }
}
