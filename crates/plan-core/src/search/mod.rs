//! Full-text search of the plan in Chinese: any run of characters matches, Latin letters and
//! digits case-insensitively, place names also by pinyin and by their 2018 or today's name.
//!
//! The index is built at build time from the content model ([`index_file`]): every searchable
//! unit (heading, paragraph, box entry, figure caption, goal, project) with its link, and the
//! names a query also stands for. Where it is read (the search's wasm, or natively) each unit's
//! text is folded once by [`tokens`], with the map back to it. A query is folded the same way
//! and found by substring scan, which is exact for any query and, over the plan's ~60 000
//! characters, fast enough per keystroke (see the benchmark).

pub mod find;
pub mod highlight;
pub mod index_file;
pub mod place_cards;
pub mod tokens;

pub mod results_html;
pub mod terms;

use crate::snippet::Snippet;
use crate::units::{Doc, DocKind};
pub use index_file::{Entry, IndexFile, IndexFileError};
use tokens::{fold, fold_query, Folded};

use super::places::Place;
use place_cards::CardTable;

/// The searchable units, folded.
pub struct SearchIndex {
    docs: Vec<Entry>,
    trails: Vec<String>,
    folded: Vec<Folded>,
    aliases: Vec<index_file::Alias>,
    cards: CardTable,
}

/// One result: the unit, its score, and a snippet with the matches marked.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'a> {
    /// The unit found.
    pub doc: &'a Entry,
    /// Higher first.
    pub score: u32,
    /// How many times the terms occur in it.
    pub matches: usize,
    /// Text around the first match.
    pub snippet: Snippet,
}

/// Results of one query.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results<'a> {
    /// Ranked hits.
    pub hits: Vec<Hit<'a>>,
    /// The terms searched for, after alias expansion (what the reader typed is first).
    pub terms: Vec<Vec<String>>,
}

/// A query term with its alternatives (a place's other names).
type Term = Vec<String>;

impl SearchIndex {
    /// Builds the index over the given units; `places` supplies pinyin and other names (and
    /// the place cards, without page counts), `terms` the words people type for the plan's own.
    pub fn new(
        docs: Vec<Doc>,
        places: &'static [Place],
        terms: &[terms::SearchTerm],
    ) -> SearchIndex {
        SearchIndex::read(index_file(docs, places, terms, CardTable::new(places, &[])))
    }

    /// The index of a published file, each unit's text folded.
    pub fn read(file: IndexFile) -> SearchIndex {
        let folded = file.entries.iter().map(|d| fold(&d.text)).collect();
        SearchIndex {
            docs: file.entries,
            trails: file.trails,
            folded,
            aliases: file.aliases,
            cards: file.cards,
        }
    }

    /// The trail or group a unit stands under ([`Entry::trail`], [`Entry::group`]).
    pub fn trail(&self, at: u16) -> &str {
        self.trails.get(usize::from(at)).map_or("", String::as_str)
    }

    /// The pages of the places a query names, as the first results (HTML; empty if none).
    pub fn place_cards_html(&self, query: &str) -> String {
        self.cards.html(query)
    }

    /// How many units it holds.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    fn terms(&self, query: &str) -> Vec<Term> {
        query
            .split_whitespace()
            .map(fold_query)
            .filter(|t| !t.is_empty())
            .map(|term| {
                let mut alternatives = vec![term.clone()];
                for (alias, names) in &self.aliases {
                    if *alias == term {
                        alternatives.extend(names.iter().filter(|n| **n != term).cloned());
                    }
                }
                alternatives
            })
            .collect()
    }

    /// Searches; an empty query finds nothing.
    pub fn search(&self, query: &str) -> Results<'_> {
        let terms = self.terms(query);
        if terms.is_empty() {
            return Results::default();
        }
        let phrase = fold_query(query);
        let mut hits = Vec::new();
        for (doc, folded) in self.docs.iter().zip(&self.folded) {
            let mut ranges = Vec::new();
            let all = terms.iter().all(|alternatives| {
                let before = ranges.len();
                for alt in alternatives {
                    for i in find::find_all(&folded.text, alt) {
                        // Kept in order as found: a few matches per unit, and no sort's code
                        // in the search's wasm (3 KB).
                        let range = (i, i + alt.len());
                        let at = ranges.partition_point(|r| *r < range);
                        ranges.insert(at, range);
                    }
                }
                ranges.len() > before
            });
            if !all {
                continue;
            }
            let mut score = 0;
            if terms.len() > 1 && find::contains(&folded.text, &phrase) {
                score += 400; // the words as typed, side by side
            }
            if doc.kind == DocKind::Heading {
                score += 300;
            }
            if doc.kind == DocKind::Project && names_the_project(doc, folded, &phrase) {
                score += 600; // the project's own name, typed: its catalogue entry leads
            }
            if doc.lead() > 0
                && ranges
                    .iter()
                    .any(|(start, _)| folded.original_of(*start) < doc.lead())
            {
                score += 200; // in the bold lead that names the measure
            }
            // Density: matched characters per thousand.
            let matched: usize = ranges.iter().map(|(s, e)| e - s).sum();
            score += u32::try_from(matched * 1000 / folded.text.len().max(1))
                .unwrap_or(0)
                .min(199);
            let original: Vec<(usize, usize)> = ranges
                .iter()
                .map(|(s, e)| folded.original_range(*s, *e, &doc.text))
                .collect();
            // Best first, and equal scores in reading order: each hit goes after every hit
            // that scores as well, a binary search and a short move instead of a sort, whose
            // code was 2.0 KB of the search's wasm (brotli) for a list of at most 300.
            let at = hits.partition_point(|hit: &Hit<'_>| hit.score >= score);
            hits.insert(
                at,
                Hit {
                    doc,
                    score,
                    matches: ranges.len(),
                    snippet: crate::snippet::snippet(&doc.text, &original),
                },
            );
        }
        Results { hits, terms }
    }

    /// When a query finds nothing: shorter queries that do find something, best first.
    pub fn suggestions(&self, query: &str) -> Vec<(String, usize)> {
        let chars: Vec<char> = query.chars().filter(|c| !c.is_whitespace()).collect();
        let mut candidates: Vec<String> = Vec::new();
        for len in (2..chars.len()).rev() {
            for start in 0..=chars.len() - len {
                candidates.push(chars[start..start + len].iter().collect());
            }
            if candidates.len() > 40 {
                break;
            }
        }
        let mut found: Vec<(String, usize)> = Vec::new();
        for candidate in candidates {
            if found.iter().any(|(f, _)| find::contains(f, &candidate)) {
                continue;
            }
            let count = self.search(&candidate).hits.len();
            if count > 0 {
                found.push((candidate, count));
            }
            if found.len() == 4 {
                break;
            }
        }
        if found.is_empty() {
            found = self.closest_words(query);
        }
        found
    }

    /// Words the index knows (place names, the plan's words for what people type) that share
    /// the most characters with `query` and occur in the text, best first; if none shares
    /// any, the first of those words, so a reader is never left with nothing to try.
    fn closest_words(&self, query: &str) -> Vec<(String, usize)> {
        let typed: Vec<char> = fold_query(query).chars().collect();
        let shared = |w: &str| w.chars().filter(|c| typed.contains(c)).count();
        // The best words by (shared characters, shortness), kept in order as they come: a
        // short insertion instead of a sort keeps this rarely used path small in the wasm.
        let mut best: Vec<(usize, usize, &str)> = Vec::new();
        let mut any: Vec<&str> = Vec::new();
        for word in self.aliases.iter().flat_map(|(_, names)| names.iter()) {
            let chars = word.chars().count();
            if chars < 2 || word.is_ascii() || any.contains(&word.as_str()) {
                continue;
            }
            any.push(word);
            let score = shared(word);
            if score == 0 {
                continue;
            }
            let at = best
                .iter()
                .position(|(s, n, _)| score > *s || (score == *s && chars < *n))
                .unwrap_or(best.len());
            best.insert(at, (score, chars, word));
            best.truncate(12);
        }
        let picked: Vec<&str> = if best.is_empty() {
            any
        } else {
            best.into_iter().map(|(_, _, w)| w).collect()
        };
        picked
            .into_iter()
            .filter_map(|w| {
                let count = self.search(w).hits.len();
                (count > 0).then(|| (w.to_string(), count))
            })
            .take(4)
            .collect()
    }
}

/// Whether `phrase` (folded) is most of a project's name: its name begins with it and it is
/// at least 60% of the name (兰州新区, not 兰州 for 兰州—中卫铁路).
fn names_the_project(doc: &Entry, folded: &Folded, phrase: &str) -> bool {
    let name = folded.folded_before(doc.lead());
    folded.text.starts_with(phrase) && phrase.len() * 10 >= name * 6
}

/// Folded alias → folded names to look for: pinyin, short, old and today's names of a place.
fn aliases(places: &[Place]) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for place in places {
        let names: Vec<String> = place
            .chinese_names()
            .iter()
            .map(|n| fold_query(n))
            .collect();
        if !place.pinyin.is_empty() {
            out.push((place.pinyin.clone(), names.clone()));
        }
        for name in &names {
            out.push((name.clone(), names.clone()));
        }
    }
    out
}

/// The published file of the given units, names and cards.
pub fn index_file(
    docs: Vec<Doc>,
    places: &[Place],
    terms: &[terms::SearchTerm],
    cards: CardTable,
) -> IndexFile {
    let mut all = aliases(places);
    for term in terms {
        all.push((
            fold_query(&term.typed),
            term.also.iter().map(|w| fold_query(w)).collect(),
        ));
    }
    let mut trails = Vec::new();
    let entries = docs
        .into_iter()
        .map(|doc| Entry::of(doc, &mut trails))
        .collect();
    IndexFile {
        entries,
        trails,
        aliases: all,
        cards,
    }
}
