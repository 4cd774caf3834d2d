//! The plan's boxes (专栏): panels of places or projects, as items, groups or table rows, each
//! entry with its own id.

/// A box (专栏): a panel listing places or projects.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PlanBox {
    /// `box<number>`.
    pub id: String,
    /// Its number in the plan.
    pub number: u8,
    /// `新生中小城市培育名录`.
    pub title: String,
    /// Its items, in the shape the box has in print.
    pub content: BoxContent,
}

impl PlanBox {
    /// `专栏 5`.
    pub fn label(&self) -> String {
        format!("专栏 {}", self.number)
    }

    /// Every named item in the box, in order (table cells with sub-items expand to them).
    pub fn items(&self) -> Vec<&BoxItem> {
        match &self.content {
            BoxContent::Items(items) => items.iter().collect(),
            BoxContent::Table(rows) => rows
                .iter()
                .flat_map(|row| match &row.cell {
                    RowCell::Items(items) => items.iter().collect::<Vec<_>>(),
                    RowCell::Text(_) => Vec::new(),
                })
                .collect(),
            BoxContent::Groups(_) => Vec::new(),
        }
    }
}

/// One entry of a box, whatever the box's shape: a named item, a group of places, a table
/// row's text, or a named paragraph inside a table cell.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoxEntry<'a> {
    /// Its id.
    pub id: &'a str,
    /// The group's name or the row's label it stands under, if any (a province, a kind of project).
    pub under: Option<&'a str>,
    /// Its bold lead, if any.
    pub lead: Option<&'a str>,
    /// Its text after the lead.
    pub body: &'a str,
}

impl BoxEntry<'_> {
    /// The entry as one line: `<group>：<text>` for a group or a row's text, lead and body
    /// for an item.
    pub fn line(&self) -> String {
        match (self.under, self.lead) {
            (Some(under), None) => format!("{under}：{}", self.body),
            _ => format!("{}{}", self.lead.unwrap_or(""), self.body),
        }
    }

    /// Bytes of [`BoxEntry::line`] that are its lead or its group's name.
    pub fn lead_len(&self) -> usize {
        match (self.under, self.lead) {
            (Some(under), None) => under.len(),
            (_, lead) => lead.map_or(0, str::len),
        }
    }
}

impl PlanBox {
    /// Every entry of the box, in order.
    pub fn entries(&self) -> Vec<BoxEntry<'_>> {
        fn item<'a>(i: &'a BoxItem, under: Option<&'a str>) -> BoxEntry<'a> {
            BoxEntry {
                id: &i.id,
                under,
                lead: i.lead.as_deref(),
                body: &i.body,
            }
        }
        match &self.content {
            BoxContent::Items(items) => items.iter().map(|i| item(i, None)).collect(),
            BoxContent::Groups(groups) => groups
                .iter()
                .map(|g| BoxEntry {
                    id: &g.id,
                    under: Some(&g.name),
                    lead: None,
                    body: &g.text,
                })
                .collect(),
            BoxContent::Table(rows) => rows
                .iter()
                .flat_map(|row| match &row.cell {
                    RowCell::Text(t) => vec![BoxEntry {
                        id: &row.id,
                        under: Some(&row.label),
                        lead: None,
                        body: t,
                    }],
                    RowCell::Items(items) => {
                        items.iter().map(|i| item(i, Some(&row.label))).collect()
                    }
                })
                .collect(),
        }
    }
}

/// The three shapes boxes take in the plan; in `plan.json` `{"groups": …}`, `{"rows": …}` or
/// `{"items": …}`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BoxContent {
    /// Box 1: places grouped by province.
    Groups(Vec<BoxGroup>),
    /// Box 5: a table of 铁路 / 公路 / 枢纽.
    #[serde(rename = "rows")]
    Table(Vec<BoxRow>),
    /// Boxes 2, 3, 4, 6, 7: named items.
    Items(Vec<BoxItem>),
}

/// A group of box 1 (one province and its places).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BoxGroup {
    /// `box<number>-<group>`.
    pub id: String,
    /// The group's name (a province, say).
    pub name: String,
    /// The places, as the plan lists them.
    pub text: String,
}

/// A row of box 5.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BoxRow {
    /// `box<number>-<row>`.
    pub id: String,
    /// `铁路`.
    pub label: String,
    /// The row's second cell (`text` or `items` beside `id` and `label` in `plan.json`).
    #[serde(flatten)]
    pub cell: RowCell,
}

/// A table cell: plain text, or several named paragraphs (the 枢纽 cell).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RowCell {
    /// One run of text.
    Text(String),
    /// Named paragraphs.
    Items(Vec<BoxItem>),
}

/// A named item of a box: the lead phrase is its name.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BoxItem {
    /// `box<number>-<n>`, or `box<number>-<row><n>` in a table row.
    pub id: String,
    /// The item's whole text, lead included.
    pub lead: Option<String>,
    /// The rest of the item (`text` in `plan.json`).
    #[serde(rename = "text")]
    pub body: String,
}

impl BoxItem {
    /// The item's name: its lead phrase without the closing 。.
    pub fn name(&self) -> &str {
        self.lead
            .as_deref()
            .map(|l| l.trim_end_matches('。'))
            .unwrap_or("")
    }

    /// The item as printed.
    pub fn text(&self) -> String {
        format!("{}{}", self.lead.as_deref().unwrap_or(""), self.body)
    }
}
