//! The search index as the site publishes it: every searchable unit with the link it opens,
//! the names a query also stands for, and the place cards, built once at build time from the
//! pack and written with postcard (`serde` derives; no format of ours to parse). The search's
//! own small wasm reads it on the search page, so a shared search link answers without the
//! app, `plan.json` or the CSVs (those stay the open data).
//!
//! Measured on the 2018 plan: 300 units, 91 KB of postcard, 25 KB brotli, of which the text is
//! 19 KB. Reading it (postcard, then each text folded once) takes 0.57 ms natively (`make
//! bench`) and 19 ms in the release wasm with the CPU slowed 4×; a folded copy in the file
//! would cost more to download than that, so the file carries the text once.

use super::place_cards::CardTable;
use crate::units::{Doc, DocKind};
use serde::{Deserialize, Serialize};

/// One searchable unit as the browser needs it: where it opens, where it stands, its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The page it opens (with the site's base).
    pub href: String,
    /// The element id it opens at.
    pub anchor: String,
    /// Its kind.
    pub kind: DocKind,
    /// Where it stands (`第六章 推动基础设施互联互通 › 第一节 畅通综合交通运输网络`), as an
    /// index into [`IndexFile::trails`]: some 300 units share 60 trails, and the table saves
    /// 1.4 KB of the file's brotli.
    pub trail: u16,
    /// The group it is listed under in results (chapter and section), the same way.
    pub group: u16,
    /// Its text as shown.
    pub text: String,
    /// Bytes of `text` that are the bold lead (0 if none).
    pub lead_len: u32,
}

impl Entry {
    /// A unit of the pack, as published, its trail and group entered in `trails`.
    pub fn of(doc: Doc, trails: &mut Vec<String>) -> Entry {
        let mut at = |text: String| {
            let i = match trails.iter().position(|t| *t == text) {
                Some(i) => i,
                None => {
                    trails.push(text);
                    trails.len() - 1
                }
            };
            u16::try_from(i).unwrap_or(u16::MAX)
        };
        Entry {
            href: doc.route.href(),
            anchor: doc.anchor,
            kind: doc.kind,
            trail: at(doc.trail),
            group: at(doc.group),
            text: doc.text,
            lead_len: u32::try_from(doc.lead_len).unwrap_or(u32::MAX),
        }
    }

    /// Bytes of `text` that are the bold lead.
    pub fn lead(&self) -> usize {
        self.lead_len as usize
    }
}

/// A folded word and the folded words it also stands for (a place's other names, the plan's
/// words for what people type).
pub type Alias = (String, Vec<String>);

/// The whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct IndexFile {
    /// Every searchable unit, in reading order: the text, the goals, the projects.
    pub entries: Vec<Entry>,
    /// The trails and groups the units stand under.
    pub trails: Vec<String>,
    /// What a query term also stands for.
    pub aliases: Vec<Alias>,
    /// The pages of the places a query names.
    pub cards: CardTable,
}

/// Why the index file could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum IndexFileError {
    /// Serialising failed (a value postcard cannot hold).
    #[error("the search index could not be written: {0}")]
    Write(postcard::Error),
    /// The bytes are not an index of this build (truncated, or another version's file).
    #[error("the search index could not be read: {0}")]
    Read(postcard::Error),
}

impl IndexFile {
    /// The trail or group at `at` (empty if the file has none there).
    pub fn trail(&self, at: u16) -> &str {
        self.trails.get(usize::from(at)).map_or("", String::as_str)
    }

    /// The file's bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>, IndexFileError> {
        postcard::to_allocvec(self).map_err(IndexFileError::Write)
    }

    /// Reads a file written by [`IndexFile::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<IndexFile, IndexFileError> {
        postcard::from_bytes(bytes).map_err(IndexFileError::Read)
    }
}
