//! The one tokenizer of search, shared by indexing and querying: every character is its own
//! token (so any run of Chinese characters matches), white space and punctuation fall away (so
//! a query matches across `、`, `—` or a line break), full-width Latin letters and digits become
//! ASCII and Latin letters lower case (`Ｇ６` and `g6` find `G6`).

/// Text folded for matching, with the way back to the original.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded {
    /// The folded characters.
    pub text: String,
    /// For each byte of `text` (and one past the end), the byte offset in the original.
    pub origin: Vec<u32>,
}

/// Whether a character is punctuation or a symbol that matching ignores.
fn is_ignored(c: char) -> bool {
    if c.is_whitespace() {
        return true;
    }
    if c.is_ascii() {
        // `.`, `%`, `/` and `+` carry meaning in figures (`9.75`, `76%`, `1/3`); the rest do not.
        return c.is_ascii_punctuation() && !matches!(c, '.' | '%' | '/' | '+');
    }
    matches!(c as u32,
        0x2010..=0x205E     // dashes, quotes, ellipsis
        | 0x3000..=0x303F   // CJK punctuation: 、。〈〉《》「」【】
        | 0xFE10..=0xFE6F   // vertical and small forms
        | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 // full-width punctuation
        | 0x00B7            // middle dot
    )
}

/// Folds one character: `None` if ignored.
pub fn fold_char(c: char) -> Option<char> {
    if is_ignored(c) {
        return None;
    }
    let c = match c as u32 {
        0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        _ => c,
    };
    Some(c.to_ascii_lowercase())
}

/// Folds a text, keeping the map back to it.
pub fn fold(original: &str) -> Folded {
    let mut text = String::with_capacity(original.len());
    let mut origin = Vec::with_capacity(original.len() + 1);
    for (at, c) in original.char_indices() {
        if let Some(folded) = fold_char(c) {
            let offset = u32::try_from(at).unwrap_or(u32::MAX);
            for _ in 0..folded.len_utf8() {
                origin.push(offset);
            }
            text.push(folded);
        }
    }
    origin.push(u32::try_from(original.len()).unwrap_or(u32::MAX));
    Folded { text, origin }
}

/// Folds a query (no map needed).
pub fn fold_query(query: &str) -> String {
    query.chars().filter_map(fold_char).collect()
}

impl Folded {
    /// The original byte range of a match at folded bytes `start..end`.
    pub fn original_range(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let from = self.origin.get(start).copied().unwrap_or(0) as usize;
        // End at the original end of the last matched character.
        let last = self.origin.get(end.saturating_sub(1)).copied().unwrap_or(0) as usize;
        let to = original[last..]
            .chars()
            .next()
            .map_or(last, |c| last + c.len_utf8());
        (from, to)
    }
}
