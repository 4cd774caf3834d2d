//! Snippets: the text around the first match, cut at character boundaries, matches marked.

/// A run of snippet text, marked or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// Whether it is a match.
    pub mark: bool,
}

/// Text around a match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Snippet {
    /// Runs in order.
    pub segments: Vec<Segment>,
    /// Whether text was cut before and after.
    pub cut: (bool, bool),
}

/// Characters shown before the first match.
const BEFORE: usize = 24;
/// Characters shown in all.
const WIDTH: usize = 90;

/// The byte offset `n` characters before `from`.
fn back(text: &str, from: usize, n: usize) -> usize {
    text.get(..from)
        .unwrap_or_default()
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The byte offset `n` characters after `from`.
fn forward(text: &str, from: usize, n: usize) -> usize {
    text.get(from..)
        .unwrap_or_default()
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| from + i)
}

/// The snippet of `text` around `ranges` (original byte ranges, sorted).
pub fn snippet(text: &str, ranges: &[(usize, usize)]) -> Snippet {
    snippet_of_width(text, ranges, WIDTH)
}

/// [`snippet`] of at most `width` characters (lists of many passages show less of each).
pub fn snippet_of_width(text: &str, ranges: &[(usize, usize)], width: usize) -> Snippet {
    let first = ranges.first().map_or(0, |r| r.0);
    let start = if first == 0 {
        0
    } else {
        back(text, first, BEFORE.min(width / 3))
    };
    let end = forward(text, start, width);
    let mut segments = Vec::new();
    let mut at = start;
    for &(s, e) in ranges {
        let (s, e) = (s.max(at), e.min(end));
        if s >= e {
            continue;
        }
        if s > at {
            segments.push(Segment {
                text: text.get(at..s).unwrap_or_default().to_string(),
                mark: false,
            });
        }
        segments.push(Segment {
            text: text.get(s..e).unwrap_or_default().to_string(),
            mark: true,
        });
        at = e;
    }
    if at < end {
        segments.push(Segment {
            text: text.get(at..end).unwrap_or_default().to_string(),
            mark: false,
        });
    }
    Snippet {
        segments,
        cut: (start > 0, end < text.len()),
    }
}
