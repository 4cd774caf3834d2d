//! The fixed vocabulary of the progress table: where a project stands, and how close a
//! source is to its publisher.

/// Where a project or target stands, from the sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// 已建成投用: in service (its milestone is the opening).
    InService,
    /// 部分建成: some sections in service.
    Partial,
    /// 在建: being built (its milestone is the start of works).
    Building,
    /// 已批复: approved, not yet started.
    Approved,
    /// 研究中: being studied.
    Studied,
    /// 持续推进: a programme, told by an indicator.
    Ongoing,
    /// 名称或范围已变: renamed or rescoped.
    Changed,
    /// 未见公开报道: no public trace when searched (its as-of date is the search's).
    NoTrace,
}

impl Status {
    /// Every status, most advanced first: the order lists and charts use.
    pub const ALL: [Status; 8] = [
        Status::InService,
        Status::Partial,
        Status::Building,
        Status::Approved,
        Status::Studied,
        Status::Ongoing,
        Status::Changed,
        Status::NoTrace,
    ];

    /// In Chinese, as the table writes it.
    pub fn label(self) -> &'static str {
        match self {
            Status::InService => "已建成投用",
            Status::Partial => "部分建成",
            Status::Building => "在建",
            Status::Approved => "已批复",
            Status::Studied => "研究中",
            Status::Ongoing => "持续推进",
            Status::Changed => "名称或范围已变",
            Status::NoTrace => "未见公开报道",
        }
    }

    /// The id in URLs (`?status=building`) and files.
    pub fn id(self) -> &'static str {
        match self {
            Status::InService => "in-service",
            Status::Partial => "partial",
            Status::Building => "building",
            Status::Approved => "approved",
            Status::Studied => "studied",
            Status::Ongoing => "ongoing",
            Status::Changed => "changed",
            Status::NoTrace => "no-trace",
        }
    }

    /// From its id.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }

    /// From its Chinese label.
    pub fn from_label(label: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.label() == label)
    }

    /// What its milestone date marks, where it needs one.
    pub fn milestone_word(self) -> Option<&'static str> {
        match self {
            Status::InService => Some("投用"),
            Status::Building => Some("开工"),
            Status::Approved => Some("批复"),
            _ => None,
        }
    }
}

/// How close a source is to its publisher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// On the publisher's own site.
    Official,
    /// A copy on another host, naming the outlet that wrote it.
    Copy,
    /// An encyclopaedia, a blog, an unnamed page.
    Other,
}

impl Tier {
    /// The id in the table.
    pub fn id(self) -> &'static str {
        match self {
            Tier::Official => "official",
            Tier::Copy => "copy",
            Tier::Other => "other",
        }
    }

    /// In Chinese, for the evidence list.
    pub fn label(self) -> &'static str {
        match self {
            Tier::Official => "发布方网站",
            Tier::Copy => "转载",
            Tier::Other => "其他",
        }
    }
}
