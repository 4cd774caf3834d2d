//! Errors of the content domain: where a content source is malformed, and how.

/// A place in a content source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// Path as given to the parser (`content/plan/03.txt`).
    pub file: String,
    /// 1-based line.
    pub line: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// Everything that can be wrong with the content sources. Each names file and line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    /// A directive the format does not have, or one with missing parts.
    #[error("{at}: {message}")]
    Syntax {
        /// Where.
        at: Location,
        /// What is wrong, in words.
        message: String,
    },
    /// Two items share an id.
    #[error("{at}: duplicate id `{id}` (first used at {first})")]
    DuplicateId {
        /// Where the second use is.
        at: Location,
        /// The id.
        id: String,
        /// Where the first use is.
        first: Location,
    },
    /// A chapter or section is missing from the numbering or the outline.
    #[error("{at}: missing {what}")]
    Missing {
        /// Where it was expected.
        at: Location,
        /// What is missing (`第二节 of 第三章`).
        what: String,
    },
    /// A reference to a paragraph, figure or box that does not exist.
    #[error("{at}: unknown {kind} reference `{id}`")]
    UnknownReference {
        /// Where the reference is.
        at: Location,
        /// paragraph, figure, box.
        kind: &'static str,
        /// The id referred to.
        id: String,
    },
    /// Text that still carries an extraction artifact, or that is cut mid-sentence.
    #[error("{at}: {message}")]
    Text {
        /// Where.
        at: Location,
        /// What is wrong with the text.
        message: String,
    },
}
