//! The one cleaner of text a reader types or a link carries (search query, highlight words,
//! place picker, URL parameters): full-width forms folded to their plain width (the width part
//! of NFKC, without its tables in the wasm), tone marks taken off pinyin, controls and
//! invisible format characters (bidi overrides, zero-width marks) removed, white space
//! collapsed, ends trimmed, length capped.

/// Longest input kept, in characters; the rest is dropped.
pub const MAX_INPUT_CHARS: usize = 64;

/// Invisible format characters (Unicode category Cf) and the bidi controls among them:
/// they change how text looks, never what it says, and break matching.
fn is_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x061C | 0x180E
        | 0x200B..=0x200F   // zero-width space/joiners, LRM, RLM
        | 0x202A..=0x202E   // embeddings and overrides
        | 0x2060..=0x206F   // word joiner, invisible operators, isolates
        | 0xFEFF | 0xFFF9..=0xFFFB
        | 0xE0000..=0xE007F // tags
    )
}

/// Combining marks, dropped: a reader's `xi̅ning` means `xining`.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// A pinyin vowel with a tone mark, without it.
fn untoned(c: char) -> char {
    const TONED: [(&str, char); 6] = [
        ("āáǎàĀÁǍÀ", 'a'),
        ("ēéěèĒÉĚÈ", 'e'),
        ("īíǐìĪÍǏÌ", 'i'),
        ("ōóǒòŌÓǑÒ", 'o'),
        ("ūúǔùŪÚǓÙ", 'u'),
        ("ǖǘǚǜǕǗǙǛüÜ", 'v'),
    ];
    TONED
        .iter()
        .find(|(forms, _)| forms.chars().any(|f| f == c))
        .map_or(c, |(_, base)| *base)
}

/// One character in its plain width: full-width ASCII (`ｘ`, `６`, `！`) becomes ASCII, the
/// ideographic space a space.
fn plain_width(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

/// Cleans `text` and keeps at most `max_chars` characters.
pub fn clean_with_limit(text: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_chars * 4));
    let mut kept = 0;
    let mut space = false;
    for c in text.chars() {
        if kept >= max_chars {
            break;
        }
        if is_format(c) || is_combining(c) || c.is_control() {
            continue;
        }
        let c = untoned(plain_width(c));
        if c.is_whitespace() {
            space = kept > 0;
            continue;
        }
        if space {
            out.push(' ');
            kept += 1;
            space = false;
            if kept >= max_chars {
                break;
            }
        }
        out.push(c);
        kept += 1;
    }
    out.trim_end().to_string()
}

/// Cleans `text` to at most [`MAX_INPUT_CHARS`].
pub fn clean(text: &str) -> String {
    clean_with_limit(text, MAX_INPUT_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_and_zero_width_characters_vanish() {
        assert_eq!(clean("\u{202E}湟水"), "湟水");
        assert_eq!(clean("湟\u{200F}水\u{200B}"), "湟水");
        assert_eq!(clean("\u{FEFF} 兰州 "), "兰州");
    }

    #[test]
    fn full_width_and_toned_pinyin_become_plain() {
        assert_eq!(clean("ｘｉｎｉｎｇ"), "xining");
        assert_eq!(clean("Xīníng"), "Xining");
        assert_eq!(clean("xi\u{0304}ning"), "xining");
        assert_eq!(clean("Ｇ６　兰州"), "G6 兰州");
    }

    #[test]
    fn white_space_is_collapsed_and_length_capped() {
        assert_eq!(clean("  兰州 \u{3000}\u{A0} 西宁  "), "兰州 西宁");
        assert_eq!(clean("兰\n州\u{0}"), "兰州", "controls are dropped");
        assert_eq!(clean(&"兰".repeat(500)).chars().count(), MAX_INPUT_CHARS);
        assert_eq!(clean_with_limit("ab cd", 3), "ab");
    }
}
