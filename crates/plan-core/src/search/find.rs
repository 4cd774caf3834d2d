//! Where a folded word occurs in a folded text: the one finder for the search, its ranking and
//! the highlight, compared byte by byte.
//!
//! Both sides are whole UTF-8 strings, so a byte match of one can only start and end on the
//! other's character boundaries: the offsets are those `str::match_indices` gives. It is ours
//! rather than std's because std's `str` searcher carries the panic of a cut character, which
//! formats that character in Rust's debug notation and so brings Unicode's printable tables
//! and std's two-way searcher into the search's wasm. With this finder (and the snippet's
//! slices taken with `get`) the search's wasm went from 25,728 to 21,438 bytes brotli (62.7 →
//! 53.5 KB raw), answers identical on 3,015 queries, and no slower: a query is a few characters
//! and a unit a few hundred, where a scan for the first byte is enough (高铁 1.24 → 1.22 ms,
//! 的 1.85 → 1.69 ms in node's baseline compiler, medians of 15). `memchr::memmem` is the
//! well-kept crate for the job, built for long texts, and larger in the wasm than all of this.

/// The byte offsets where `needle` starts in `haystack`, in order and not overlapping, as
/// `haystack.match_indices(needle)` gives them; an empty `needle` occurs nowhere.
pub fn find_all<'a>(haystack: &'a str, needle: &'a str) -> FindAll<'a> {
    FindAll {
        haystack: haystack.as_bytes(),
        needle: needle.as_bytes(),
        at: 0,
    }
}

/// Whether `needle` occurs in `haystack` (an empty `needle` does not).
pub fn contains(haystack: &str, needle: &str) -> bool {
    find_all(haystack, needle).next().is_some()
}

/// The iterator of [`find_all`].
pub struct FindAll<'a> {
    haystack: &'a [u8],
    needle: &'a [u8],
    /// Where the next match may start.
    at: usize,
}

impl Iterator for FindAll<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (&first, rest) = self.needle.split_first()?;
        while let Some(unread) = self.haystack.get(self.at..) {
            let Some(offset) = unread.iter().position(|&b| b == first) else {
                self.at = self.haystack.len() + 1;
                return None;
            };
            let start = self.at + offset;
            let end = start + self.needle.len();
            if self.haystack.get(start + 1..end) == Some(rest) {
                self.at = end;
                return Some(start);
            }
            self.at = start + 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_occurrence_is_found_where_std_finds_it() {
        let rows: [(&str, &str, &str); 9] = [
            ("兰州新区建设兰州新区", "兰州新区", "twice, at both ends"),
            ("高铁高铁高铁", "高铁", "side by side, none skipped"),
            (
                "aaaa",
                "aa",
                "overlapping runs count once each, left to right",
            ),
            ("湟水河", "湟水河流域", "a needle longer than the text"),
            ("兰州", "州", "the last character"),
            ("西宁g6兰州", "g6", "ASCII inside Chinese"),
            ("销售钢铁", "铁", "销 and 钢 start with its first byte"),
            ("宁夏", "夏宁", "the right characters in the wrong order"),
            ("", "兰", "an empty text"),
        ];
        for (text, word, why) in rows {
            let ours: Vec<usize> = find_all(text, word).collect();
            let std: Vec<usize> = text.match_indices(word).map(|(i, _)| i).collect();
            assert_eq!(ours, std, "{why}: {word} in {text}");
            assert_eq!(contains(text, word), text.contains(word), "{why}");
        }
    }

    #[test]
    fn an_empty_word_is_found_nowhere() {
        assert_eq!(
            find_all("兰州", "").count(),
            0,
            "the search drops empty words before"
        );
        assert!(!contains("兰州", ""));
    }
}
