//! Box parts: `@item`, `@group` and `@row` inside a `@box`, and the items of a table row.

use super::super::error::{ContentError, Location};
use super::super::model::{Block, BoxContent, BoxGroup, BoxItem, BoxRow, PlanBox, RowCell};
use super::{id_and_rest, syntax, Holder, Parser};

impl Parser {
    pub(super) fn box_part(
        &mut self,
        name: &str,
        args: &str,
        at: &Location,
    ) -> Result<(), ContentError> {
        let (id, rest) = id_and_rest(args, at, name)?;
        let Some((plan_box, _)) = self.open_box.as_mut() else {
            return Err(syntax(at, format!("`@{name}` outside a box")));
        };
        if !id.starts_with(&format!("{}-", plan_box.id)) {
            return Err(syntax(
                at,
                format!("`{id}` should start with its box id `{}-`", plan_box.id),
            ));
        }
        // The first part decides the box's shape; later parts must agree.
        let empty = match &plan_box.content {
            BoxContent::Items(v) => v.is_empty(),
            BoxContent::Groups(v) => v.is_empty(),
            BoxContent::Table(v) => v.is_empty(),
        };
        let shape_ok = match (name, &plan_box.content) {
            ("item", BoxContent::Items(_)) => true,
            ("group", BoxContent::Groups(_)) | ("row", BoxContent::Table(_)) => true,
            ("group", _) if empty => {
                plan_box.content = BoxContent::Groups(Vec::new());
                true
            }
            ("row", _) if empty => {
                plan_box.content = BoxContent::Table(Vec::new());
                true
            }
            _ => false,
        };
        if !shape_ok {
            return Err(syntax(
                at,
                format!("`@{name}` mixed with other kinds of parts in one box"),
            ));
        }
        self.define(id, at)?;
        self.holder = match name {
            "item" => Holder::Item(BoxItem {
                id: id.into(),
                lead: None,
                body: String::new(),
            }),
            "group" => Holder::Group(BoxGroup {
                id: id.into(),
                name: rest.into(),
                text: String::new(),
            }),
            _ => Holder::Row(id.into(), rest.into(), Vec::new(), String::new()),
        };
        Ok(())
    }

    /// Text lines and `@lead` of an item inside a table row.
    pub(super) fn row_item_line(
        &mut self,
        directive: Option<(&str, &str)>,
        line: &str,
        at: &Location,
    ) -> Option<Result<(), ContentError>> {
        let Holder::Row(_, _, items, _) = &mut self.holder else {
            return None;
        };
        let item = items.last_mut()?;
        Some(match directive {
            Some(("lead", args)) if item.lead.is_none() && item.body.is_empty() => {
                item.lead = Some(args.to_string());
                Ok(())
            }
            Some(("lead", _)) => Err(syntax(at, "`@lead` must come first in an item")),
            Some(_) => return None,
            None => {
                item.body.push_str(line);
                Ok(())
            }
        })
    }
}

impl Parser {
    /// Ends the paragraph, item, group or row that text lines went to, and puts it in place.
    pub(super) fn close_holder(&mut self) -> Result<(), ContentError> {
        let at = self.holder_at.clone();
        match std::mem::replace(&mut self.holder, Holder::None) {
            Holder::None => Ok(()),
            Holder::Paragraph(p) => {
                if p.body.is_empty() && p.lead.is_none() {
                    return Err(syntax(&at, format!("paragraph `{}` has no text", p.id)));
                }
                self.push_block(Block::Paragraph(p), &at)
            }
            Holder::Item(item) => {
                if item.body.is_empty() && item.lead.is_none() {
                    return Err(syntax(&at, format!("item `{}` has no text", item.id)));
                }
                match self.open_box.as_mut() {
                    Some((
                        PlanBox {
                            content: BoxContent::Items(items),
                            ..
                        },
                        _,
                    )) => {
                        items.push(item);
                        Ok(())
                    }
                    _ => Err(syntax(&at, "`@item` outside a box of items")),
                }
            }
            Holder::Group(group) => match self.open_box.as_mut() {
                Some((
                    PlanBox {
                        content: BoxContent::Groups(groups),
                        ..
                    },
                    _,
                )) => {
                    groups.push(group);
                    Ok(())
                }
                _ => Err(syntax(&at, "`@group` outside a box of groups")),
            },
            Holder::Row(id, label, items, text) => {
                let cell = match (items.is_empty(), text.is_empty()) {
                    (true, false) => RowCell::Text(text),
                    (false, true) => RowCell::Items(items),
                    _ => {
                        return Err(syntax(
                            &at,
                            format!("row `{id}` needs either text or items"),
                        ))
                    }
                };
                match self.open_box.as_mut() {
                    Some((
                        PlanBox {
                            content: BoxContent::Table(rows),
                            ..
                        },
                        _,
                    )) => {
                        rows.push(BoxRow { id, label, cell });
                        Ok(())
                    }
                    _ => Err(syntax(&at, "`@row` outside a table box")),
                }
            }
        }
    }
}
