//! `data/plan.json`: the whole text as the site shows it, in the content model's own types
//! (their `serde` derives give each object its fields), with the data's version, the day it
//! was built and the plan's particulars. Written by the pre-renderer, read back by the tests;
//! `data/plan.schema.json` describes the same shape for people and validators.

use super::PublishedError;
use crate::content::{Block, Chapter, Plan};
use serde::{Deserialize, Serialize};

/// The plan's particulars as published.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanFileMeta {
    /// How the plan is cited for short.
    pub label: String,
    /// Its full title.
    pub title: String,
    /// Who issued it.
    pub issuers: Vec<String>,
    /// When.
    pub date: String,
    /// The years it covers.
    pub period: String,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanFile {
    /// The content's version (a hash of the pack's files).
    pub version: String,
    /// The day it was built (`2026-12-04`).
    pub built: String,
    /// The plan's particulars.
    pub meta: PlanFileMeta,
    /// The text before the first chapter.
    pub preamble: Vec<Block>,
    /// The chapters, each with its introduction and sections.
    pub chapters: Vec<Chapter>,
}

impl PlanFile {
    /// The file for `plan`.
    pub fn of(plan: &Plan, version: &str, built: &str) -> PlanFile {
        let meta = &plan.meta;
        PlanFile {
            version: version.to_string(),
            built: built.to_string(),
            meta: PlanFileMeta {
                label: meta.label.clone(),
                title: meta.title.clone(),
                issuers: meta.issuers.clone(),
                date: meta.date.clone(),
                period: meta.period.clone(),
            },
            preamble: plan.preamble.clone(),
            chapters: plan.chapters.clone(),
        }
    }

    /// As published: compact (browsers' JSON viewers indent it for people).
    pub fn write(&self) -> Result<String, PublishedError> {
        Ok(serde_json::to_string(self)?)
    }

    /// A published file read back.
    pub fn read(text: &str) -> Result<PlanFile, PublishedError> {
        Ok(serde_json::from_str(text)?)
    }
}
