//! Chapters and sections: their numbering checked against their place in the plan.

use super::super::error::{ContentError, Location};
use super::super::model::{Chapter, Section};
use super::{id_and_rest, numeral, syntax, Parser};

impl Parser {
    pub(super) fn chapter(&mut self, args: &str, at: &Location) -> Result<(), ContentError> {
        if self.open_box.is_some() {
            return Err(syntax(
                at,
                "chapter inside a box: close the box with `@end`",
            ));
        }
        let (id, rest) = id_and_rest(args, at, "chapter")?;
        let (heading, title) = rest.split_once(' ').unwrap_or((rest, ""));
        let number = numeral(heading, '章')
            .ok_or_else(|| syntax(at, format!("expected `第N章 title`, found `{rest}`")))?;
        let expected = self.body.chapters.len() + 1;
        if usize::from(number) != expected {
            return Err(ContentError::Missing {
                at: at.clone(),
                what: format!("chapter {expected} before {heading}"),
            });
        }
        if id != format!("c{number}") {
            return Err(syntax(
                at,
                format!("chapter id `{id}` does not match {heading} (expected `c{number}`)"),
            ));
        }
        self.define(id, at)?;
        self.body.heading_places.push((id.to_string(), at.clone()));
        self.body.chapters.push(Chapter {
            id: id.into(),
            number,
            heading: heading.into(),
            title: title.trim().into(),
            intro: Vec::new(),
            sections: Vec::new(),
        });
        Ok(())
    }

    pub(super) fn section(&mut self, args: &str, at: &Location) -> Result<(), ContentError> {
        if self.open_box.is_some() {
            return Err(syntax(
                at,
                "section inside a box: close the box with `@end`",
            ));
        }
        let (id, rest) = id_and_rest(args, at, "section")?;
        let (heading, title) = rest.split_once(' ').unwrap_or((rest, ""));
        let number = numeral(heading, '节')
            .ok_or_else(|| syntax(at, format!("expected `第N节 title`, found `{rest}`")))?;
        let chapter = self
            .body
            .chapters
            .last_mut()
            .ok_or_else(|| syntax(at, "a section before the first chapter"))?;
        let expected = chapter.sections.len() + 1;
        if usize::from(number) != expected {
            return Err(ContentError::Missing {
                at: at.clone(),
                what: format!("section {expected} of {} before {heading}", chapter.heading),
            });
        }
        if id != format!("{}s{number}", chapter.id) {
            return Err(syntax(
                at,
                format!(
                    "section id `{id}` does not match its place (expected `{}s{number}`)",
                    chapter.id
                ),
            ));
        }
        chapter.sections.push(Section {
            id: id.into(),
            number,
            heading: heading.into(),
            title: title.trim().into(),
            blocks: Vec::new(),
        });
        self.define(id, at)?;
        self.body.heading_places.push((id.to_string(), at.clone()));
        Ok(())
    }
}
