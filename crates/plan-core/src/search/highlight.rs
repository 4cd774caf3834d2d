//! Where to mark a query in a text: every occurrence of every word, found with the search's
//! own folding, merged so that overlapping or touching words make one mark per run
//! (`AB B A` marks `AB` once, never an empty or split mark).

use super::find::find_all;
use super::tokens::{fold, fold_query};

/// Byte ranges of `text` to mark for `query`, sorted, disjoint and non-empty.
pub fn highlight_ranges(text: &str, query: &str) -> Vec<(usize, usize)> {
    let folded = fold(text);
    let mut ranges: Vec<(usize, usize)> = query
        .split_whitespace()
        .map(fold_query)
        .filter(|t| !t.is_empty())
        .flat_map(|term| {
            find_all(&folded.text, &term)
                .map(|i| folded.original_range(i, i + term.len(), text))
                .collect::<Vec<_>>()
        })
        .filter(|(s, e)| s < e)
        .collect();
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        highlight_ranges(text, query)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn overlapping_words_make_one_mark() {
        assert_eq!(marked("兰州和兰州新区", "兰州 州 兰"), ["兰州", "兰州"]);
        assert_eq!(marked("兰州新区", "兰州 州新"), ["兰州新"]);
    }

    #[test]
    fn a_match_across_punctuation_covers_it() {
        assert_eq!(marked("兰州、西宁", "州西"), ["州、西"]);
        assert!(marked("兰州", "").is_empty());
    }
}
