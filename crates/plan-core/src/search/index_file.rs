//! The search index as the site publishes it: every searchable unit with the link it opens,
//! the names a query also stands for, and the place cards, built once at build time from the
//! pack and written with postcard (`serde` derives; no format of ours to parse). The search
//! page carries it as text ([`page_text`]) and the search's own small wasm reads it there, so
//! a shared search link answers without the app, `plan.json` or the CSVs (those stay the open
//! data).
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

    /// The file as the search page carries it: its bytes as text an HTML parser hands back
    /// unchanged ([`page_text`]).
    pub fn to_page_text(&self) -> Result<String, IndexFileError> {
        self.to_bytes().map(|bytes| page_text(&bytes))
    }

    /// Reads the text written by [`IndexFile::to_page_text`].
    pub fn from_page_text(text: &str) -> Result<IndexFile, IndexFileError> {
        IndexFile::from_bytes(&page_bytes(text))
    }
}

/// The first of 256 stand-ins (U+E000–U+E0FF, private use) for bytes a page cannot carry as
/// themselves.
const STAND_IN: u32 = 0xE000;

/// The byte a stand-in stands for (none for any other character).
fn stood_in(c: char) -> Option<u8> {
    u32::from(c)
        .checked_sub(STAND_IN)
        .and_then(|b| u8::try_from(b).ok())
}

/// The stand-in for a byte.
fn stand_in(byte: u8) -> char {
    char::from_u32(STAND_IN + u32::from(byte)).unwrap_or('\u{FFFD}')
}

/// Whether a character of the file can stand in a page's text as itself: the HTML parser
/// drops or rewrites control characters (NUL, and CR as LF), reads `<` and `&` as markup, and
/// the stand-ins are taken.
fn as_itself(c: char) -> bool {
    !c.is_control() && c != '<' && c != '&' && stood_in(c).is_none()
}

/// Bytes as page text: each UTF-8 character stays itself where it can; every other byte
/// (postcard's lengths and numbers) becomes its stand-in. On the 2018 plan nine in ten
/// characters are the file's own (3,873 stand-ins in 38,881), and brotli packs the text as
/// well as the bytes: 25.9 KB against 25.8 (base64 would be 34.5).
pub fn page_text(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if as_itself(c) {
                text.push(c);
            } else {
                text.extend(c.encode_utf8(&mut [0; 4]).bytes().map(stand_in));
            }
        }
        text.extend(chunk.invalid().iter().copied().map(stand_in));
    }
    text
}

/// The bytes of text written by [`page_text`] (any text reads as some bytes; whether they
/// are an index is postcard's to say). The text between stand-ins is copied a run at a time:
/// the search's wasm does this before its first answer, and a character at a time it took a
/// fifth of reading the index (2.7 → 2.2 ms, node, baseline compiler only).
pub fn page_bytes(text: &str) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(text.len());
    let mut rest = text.as_bytes();
    while let Some(at) = rest.iter().position(|b| *b == STAND_IN_UTF8[0]) {
        let (run, from) = rest.split_at(at);
        bytes.extend_from_slice(run);
        rest = match from {
            // U+E000 + b in UTF-8 is EE, 80 + (b >> 6), 80 + (b & 3F).
            [_, high @ 0x80..=0x83, low, after @ ..] => {
                bytes.push((high - STAND_IN_UTF8[1]) << 6 | (low & 0x3F));
                after
            }
            [lead, after @ ..] => {
                bytes.push(*lead);
                after
            }
            [] => break,
        };
    }
    bytes.extend_from_slice(rest);
    bytes
}

/// The first stand-in in UTF-8: every stand-in begins with its first byte, and its second
/// byte is this one's plus the byte's top two bits.
const STAND_IN_UTF8: [u8; 3] = [0xEE, 0x80, 0x80];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_bytes_read_back_from_page_text_that_an_html_parser_leaves_as_it_is() {
        let table: [(&[u8], &str); 7] = [
            ("兰州新区 A1".as_bytes(), "text stays text"),
            (
                &[0x00, 0x0D, 0x0A, 0x09, 0x7F],
                "NUL, CR, LF, tab and DEL: rewritten or dropped by a parser",
            ),
            (
                b"<template></template>&amp;",
                "markup and references: read by a parser",
            ),
            (
                "\u{E000}\u{E0FF}\u{E100}".as_bytes(),
                "the stand-ins themselves, and the character after them",
            ),
            (&[0xE5, 0x85], "a character cut short"),
            (
                &[0x80, 0xC0, 0xC1, 0xF5, 0xFF, 0xED, 0xA0, 0x80],
                "bytes no UTF-8 has, and a surrogate",
            ),
            (
                &[0xC2, 0x80, 0xC2, 0x9F],
                "C1 controls, valid UTF-8 but controls",
            ),
        ];
        for (bytes, why) in table {
            let text = page_text(bytes);
            assert_eq!(page_bytes(&text), bytes, "{why}: {text:?}");
            assert!(
                !text.chars().any(|c| c.is_control() || c == '<' || c == '&'),
                "{why}: {text:?}"
            );
        }
        let every: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        assert_eq!(
            page_bytes(&page_text(&every)),
            every,
            "every byte, in both orders"
        );
        assert_eq!(
            page_text("兰州".as_bytes()),
            "兰州",
            "a character that can stay, stays"
        );
        assert_eq!(
            stand_in(0).encode_utf8(&mut [0; 4]).as_bytes(),
            STAND_IN_UTF8,
            "the stand-ins begin where page_bytes looks for them"
        );
    }
}
