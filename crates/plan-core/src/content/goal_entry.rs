//! The plan's commitments as the content states them (`content/goals.tsv`) and the verdicts of
//! the scan table (`content/goal-scan.tsv`); parsed by `content::goals`.

/// What kind of commitment an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GoalKind {
    /// 总体定位 and the five 发展定位.
    Positioning,
    /// The four 基本原则.
    Principle,
    /// The 发展目标 for 2035.
    Goal,
    /// A quantified or dated target.
    Target,
}

impl GoalKind {
    /// The kind in the plan's words.
    pub fn label(self) -> &'static str {
        match self {
            GoalKind::Positioning => "战略定位",
            GoalKind::Principle => "基本原则",
            GoalKind::Goal => "发展目标",
            GoalKind::Target => "具体目标",
        }
    }
}

/// One commitment.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalEntry {
    /// `huangshui-water-2020`: readable in a URL.
    pub id: String,
    /// Its kind.
    pub kind: GoalKind,
    /// The paragraph that states it.
    pub paragraph: String,
    /// Its exact words there.
    pub quote: String,
    /// What it is about (a river's section at the provincial border, say).
    pub subject: String,
    /// What is measured or promised (`III 类水质达标率`).
    pub metric: String,
    /// The value, with its comparison (`≥85`, `50`), if quantified.
    pub value: String,
    /// Unit of the value (`%`).
    pub unit: String,
    /// The year it is due.
    pub year: Option<u16>,
    /// How the date reads (`年底前`).
    pub by: String,
    /// The 2016 baseline, where the plan gives one.
    pub baseline: String,
    /// Theme for sorting and grouping (`生态`, `水环境` …).
    pub theme: String,
    /// Ids of the boxes, box items and figures that serve it in the text.
    pub serves: Vec<String>,
}

/// How a year or percentage found in the text is accounted for.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanVerdict {
    /// Paragraph it stands in.
    pub paragraph: String,
    /// The words found (`2020 年`, `50%`).
    pub found: String,
    /// `target:<id>`, `baseline:<headline figure key>` or `neither`.
    pub verdict: String,
    /// Why.
    pub reason: String,
}
