//! The plan's content model: what every view (reader, search, places, maps, goals) reads.
//!
//! Built by the parser (`content::parse`) from the human-readable sources under `content/`; nothing here
//! knows about HTML or the browser.

/// The whole plan: metadata, the preamble (前文) and its chapters.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// Title page and headline facts.
    pub meta: Meta,
    /// The text before 第一章: scope, area, population, plan period, 图 1.
    pub preamble: Vec<Block>,
    /// 第一章 … 第九章, in order.
    pub chapters: Vec<Chapter>,
    /// The county-level units of the planning scope, as the preamble names them.
    pub scope: Vec<ScopeUnit>,
    /// Headline figures of the preamble and chapter 1, each tied to its paragraph.
    pub headline_figures: Vec<HeadlineFigure>,
    /// Positioning, principles, goals and targets.
    pub goals: Vec<super::goal_entry::GoalEntry>,
    /// How each year and percentage in the text is accounted for.
    pub goal_scan: Vec<super::goal_entry::ScanVerdict>,
}

/// Title page facts.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Meta {
    /// `附件`: the plan was published as an attachment to the issuing notice.
    pub label: String,
    /// The plan's full title.
    pub title: String,
    /// A shorter form for tight places (tabs, link previews).
    pub short_title: String,
    /// 国家发展改革委, 住房和城乡建设部
    pub issuers: Vec<String>,
    /// 2018年2月
    pub date: String,
    /// 至2035年
    pub period: String,
    /// Paragraph that states the plan period.
    pub period_paragraph: String,
    /// Paragraph that lists the planning scope.
    pub scope_paragraph: String,
    /// What the search box offers as examples of what to type.
    pub search_example: String,
    /// What the place picker offers as examples (old and new names, pinyin, short forms).
    pub place_example: String,
    /// The site's name (in the header, titles and the app manifest).
    pub site_name: String,
    /// The two characters of the site's mark.
    pub site_mark: String,
    /// What the figures show, in a few words each (`范围、交通`).
    pub map_topics: String,
    /// Words that, in the clause naming a river or range, show the text is about it (`流域`,
    /// `两岸`): only then does it reach the counties along it (see `relevance`).
    pub feature_context: Vec<String>,
    /// How the plan was approved and issued, from sources (`@provenance`; empty if unknown).
    pub provenance: String,
    /// Where `provenance` comes from: outlets, dates, addresses (`@provenance-sources`).
    pub provenance_sources: String,
    /// Targets readers look for that the plan does not set, each with what it does say
    /// (`@unset-target`, one per line).
    pub unset_targets: Vec<String>,
}

/// A chapter (章).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Chapter {
    /// `c1` … `c9`.
    pub id: String,
    /// 1 … 9.
    pub number: u8,
    /// `第一章`.
    pub heading: String,
    /// `规划背景`.
    pub title: String,
    /// Paragraphs between the chapter heading and its first section.
    pub intro: Vec<Block>,
    /// 第一节 …
    pub sections: Vec<Section>,
}

/// A section (节) of a chapter.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    /// `c<chapter>s<section>`.
    pub id: String,
    /// 1-based within its chapter.
    pub number: u8,
    /// `第一节`.
    pub heading: String,
    /// `畅通综合交通运输网络`.
    pub title: String,
    /// Paragraphs, boxes and figures in reading order.
    pub blocks: Vec<Block>,
}

/// One unit of running text; in `plan.json` an object whose `type` says which.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    /// A paragraph of body text.
    Paragraph(Paragraph),
    /// A box (专栏) of projects or places.
    Box(PlanBox),
    /// A figure (图) caption; the image itself is not in the source.
    Figure(Figure),
}

/// A paragraph, with its bold lead sentence kept apart where it has one.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Paragraph {
    /// `c<chapter>s<section>p<paragraph>`.
    pub id: String,
    /// The bold lead sentence that names the measure (`畅通对外综合运输通道。`).
    pub lead: Option<String>,
    /// The rest of the paragraph (`text` in `plan.json`).
    #[serde(rename = "text")]
    pub body: String,
}

impl Paragraph {
    /// The paragraph as the plan prints it: lead then body.
    pub fn text(&self) -> String {
        format!("{}{}", self.lead.as_deref().unwrap_or(""), self.body)
    }
}

pub use super::plan_box::*;

/// A figure (图) caption at its place in the text.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// `fig<number>`; the maps use it.
    pub id: String,
    /// Its number in the plan.
    pub number: u8,
    /// As the plan captions it.
    pub caption: String,
}

impl Figure {
    /// `图 1`.
    pub fn label(&self) -> String {
        format!("图 {}", self.number)
    }
}

/// A county-level unit of the planning scope.
#[derive(Debug, Clone, PartialEq)]
pub struct ScopeUnit {
    /// Today's GB/T 2260 code (matches the boundary data).
    pub adcode: String,
    /// The name in 2018, as the plan uses it.
    pub name_2018: String,
    /// Today's name (湟中县 → 湟中区, 同仁县 → 同仁市).
    pub name_today: String,
    /// The code in 2018, where it has changed since.
    pub adcode_2018: String,
    /// Its prefecture, by name.
    pub prefecture: String,
    /// Its province, by name.
    pub province: String,
    /// The words of the scope paragraph that bring it in (a whole prefecture, or its own name).
    pub named_as: String,
}

/// A headline figure of the plan, with the words that state it.
#[derive(Debug, Clone, PartialEq)]
pub struct HeadlineFigure {
    /// `area`, `gdp` …
    pub key: String,
    /// `总面积`.
    pub label: String,
    /// `9.75` (kept as written).
    pub value: String,
    /// `万平方公里`.
    pub unit: String,
    /// Year the figure refers to, where the plan gives one.
    pub year: Option<u16>,
    /// Paragraph that states it.
    pub paragraph: String,
    /// The exact words in that paragraph.
    pub quote: String,
}
