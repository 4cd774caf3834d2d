//! Parser for the plan's text sources (`content/plan/*.txt`): `@directive` lines and text.
//!
//! Format, one block per directive, blank lines free:
//! `@chapter c<n> 第一章 <heading>`, `@section c<n>s<n> 第一节 <heading>`, `@p <id>`,
//! `@lead 区位优势明显。` (the bold lead), then the text lines of the paragraph;
//! `@box box<n> 专栏 <n> …` … `@end` holding `@item`, `@group` or `@row` blocks;
//! `@figure fig<n> 图 <n> …`. Lines starting with `#` are comments.

mod boxes;
mod outline;

use super::error::{ContentError, Location};
use super::model::{Block, BoxContent, BoxGroup, BoxItem, Chapter, Figure, Paragraph, PlanBox};
pub use super::numerals::numeral;

/// A source file handed to the parser.
pub struct Source<'a> {
    /// Path shown in errors.
    pub name: &'a str,
    /// Its text.
    pub text: &'a str,
}

/// What the plan files parse into, before metadata is attached.
#[derive(Debug, Default)]
pub struct Body {
    /// Blocks before the first chapter.
    pub preamble: Vec<Block>,
    /// The chapters.
    pub chapters: Vec<Chapter>,
    /// Where each id was defined, for references and duplicate checks.
    pub places: Vec<(String, Location)>,
    /// Where each chapter and section heading stands.
    pub heading_places: Vec<(String, Location)>,
}

/// The text holder that plain lines go to.
enum Holder {
    None,
    Paragraph(Paragraph),
    Item(BoxItem),
    Group(BoxGroup),
    Row(String, String, Vec<BoxItem>, String),
}

struct Parser {
    body: Body,
    holder: Holder,
    holder_at: Location,
    open_box: Option<(PlanBox, Location)>,
}

fn syntax(at: &Location, message: impl Into<String>) -> ContentError {
    ContentError::Syntax {
        at: at.clone(),
        message: message.into(),
    }
}

/// Splits `ID REST…` off a directive's arguments.
fn id_and_rest<'a>(
    args: &'a str,
    at: &Location,
    what: &str,
) -> Result<(&'a str, &'a str), ContentError> {
    let mut parts = args.splitn(2, ' ');
    let id = parts.next().unwrap_or("").trim();
    if id.is_empty() {
        return Err(syntax(at, format!("`@{what}` needs an id")));
    }
    Ok((id, parts.next().unwrap_or("").trim()))
}

/// `图 3 …` / `专栏 3 …` → (3, caption).
fn numbered(rest: &str, label: &str, at: &Location) -> Result<(u8, String), ContentError> {
    let after = rest
        .strip_prefix(label)
        .map(str::trim_start)
        .ok_or_else(|| syntax(at, format!("expected `{label} N …`, found `{rest}`")))?;
    let (num, title) = after.split_once(' ').unwrap_or((after, ""));
    let n: u8 = num
        .parse()
        .map_err(|_| syntax(at, format!("`{label}` needs a number, found `{num}`")))?;
    Ok((n, title.trim().to_string()))
}

impl Parser {
    fn push_block(&mut self, block: Block, at: &Location) -> Result<(), ContentError> {
        if self.open_box.is_some() {
            return Err(syntax(
                at,
                "a paragraph or figure inside a box: close it with `@end`",
            ));
        }
        let list = match self.body.chapters.last_mut() {
            None => &mut self.body.preamble,
            Some(ch) => match ch.sections.last_mut() {
                Some(sec) => &mut sec.blocks,
                None => &mut ch.intro,
            },
        };
        list.push(block);
        Ok(())
    }

    fn define(&mut self, id: &str, at: &Location) -> Result<(), ContentError> {
        if let Some((_, first)) = self.body.places.iter().find(|(known, _)| known == id) {
            return Err(ContentError::DuplicateId {
                at: at.clone(),
                id: id.to_string(),
                first: first.clone(),
            });
        }
        self.body.places.push((id.to_string(), at.clone()));
        Ok(())
    }

    fn text_line(&mut self, line: &str, at: &Location) -> Result<(), ContentError> {
        let target = match &mut self.holder {
            Holder::Paragraph(p) => &mut p.body,
            Holder::Item(i) => &mut i.body,
            Holder::Group(g) => &mut g.text,
            Holder::Row(_, _, items, text) if items.is_empty() => text,
            Holder::Row(..) => {
                return Err(syntax(at, "text after a row's items: start an `@item`"))
            }
            Holder::None => {
                return Err(syntax(
                    at,
                    "text outside a paragraph: start it with `@p ID`",
                ))
            }
        };
        target.push_str(line);
        Ok(())
    }

    fn directive(&mut self, name: &str, args: &str, at: &Location) -> Result<(), ContentError> {
        if name == "lead" {
            return match &mut self.holder {
                Holder::Paragraph(Paragraph { lead, body, .. })
                | Holder::Item(BoxItem { lead, body, .. })
                    if lead.is_none() && body.is_empty() =>
                {
                    *lead = Some(args.to_string());
                    Ok(())
                }
                _ => Err(syntax(at, "`@lead` must come first in a paragraph or item")),
            };
        }
        // An `@item` inside a table row belongs to the row.
        if name == "item" {
            if let Holder::Row(_, _, _, text) = &self.holder {
                if !text.is_empty() {
                    return Err(syntax(
                        at,
                        "a row has text already; it cannot also have items",
                    ));
                }
                let (id, _) = id_and_rest(args, at, name)?;
                self.define(id, at)?;
                if let Holder::Row(_, _, items, _) = &mut self.holder {
                    items.push(BoxItem {
                        id: id.to_string(),
                        lead: None,
                        body: String::new(),
                    });
                }
                return Ok(());
            }
        }
        // Lead and text lines of a row's item go to that item.
        self.close_holder()?;
        self.holder_at = at.clone();
        match name {
            "chapter" => self.chapter(args, at),
            "section" => self.section(args, at),
            "p" => {
                let (id, rest) = id_and_rest(args, at, name)?;
                if !rest.is_empty() {
                    return Err(syntax(
                        at,
                        "`@p` takes only an id; put the text on the next lines",
                    ));
                }
                self.define(id, at)?;
                self.holder = Holder::Paragraph(Paragraph {
                    id: id.into(),
                    lead: None,
                    body: String::new(),
                });
                Ok(())
            }
            "figure" => {
                let (id, rest) = id_and_rest(args, at, name)?;
                let (number, caption) = numbered(rest, "图", at)?;
                if id != format!("fig{number}") {
                    return Err(syntax(
                        at,
                        format!("figure id `{id}` does not match `图 {number}`"),
                    ));
                }
                self.define(id, at)?;
                self.push_block(
                    Block::Figure(Figure {
                        id: id.into(),
                        number,
                        caption,
                    }),
                    at,
                )
            }
            "box" => {
                if self.open_box.is_some() {
                    return Err(syntax(
                        at,
                        "a box inside a box: close the first with `@end`",
                    ));
                }
                let (id, rest) = id_and_rest(args, at, name)?;
                let (number, title) = numbered(rest, "专栏", at)?;
                if id != format!("box{number}") {
                    return Err(syntax(
                        at,
                        format!("box id `{id}` does not match `专栏 {number}`"),
                    ));
                }
                self.define(id, at)?;
                let plan_box = PlanBox {
                    id: id.into(),
                    number,
                    title,
                    content: BoxContent::Items(Vec::new()),
                };
                self.open_box = Some((plan_box, at.clone()));
                Ok(())
            }
            "item" | "group" | "row" => self.box_part(name, args, at),
            "end" => {
                let (plan_box, box_at) = self
                    .open_box
                    .take()
                    .ok_or_else(|| syntax(at, "`@end` without an open `@box`"))?;
                self.push_block(Block::Box(plan_box), &box_at)
            }
            other => Err(syntax(at, format!("unknown directive `@{other}`"))),
        }
    }
}

/// Parses the plan's text sources, in reading order, into preamble and chapters.
pub fn parse_body(sources: &[Source<'_>]) -> Result<Body, ContentError> {
    let mut parser = Parser {
        body: Body::default(),
        holder: Holder::None,
        holder_at: Location {
            file: String::new(),
            line: 0,
        },
        open_box: None,
    };
    for source in sources {
        for (index, raw) in source.text.lines().enumerate() {
            let at = Location {
                file: source.name.to_string(),
                line: index + 1,
            };
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let directive = line
                .strip_prefix('@')
                .map(|d| d.split_once(' ').map_or((d, ""), |(n, a)| (n, a.trim())));
            if let Some(result) = parser.row_item_line(directive, line, &at) {
                result?;
                continue;
            }
            match directive {
                Some((name, args)) => parser.directive(name, args, &at)?,
                None => parser.text_line(line, &at)?,
            }
        }
        parser.close_holder()?;
        if let Some((_, at)) = &parser.open_box {
            return Err(syntax(
                at,
                "box not closed with `@end` before the end of the file",
            ));
        }
    }
    Ok(parser.body)
}
