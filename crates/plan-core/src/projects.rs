//! The project catalogue (`content/projects.tsv`): every item of boxes 1–7 and the named
//! undertakings of the body text, each tied to the places it concerns. Places are found by
//! matching the gazetteer against the project's own words; the file records only the hand
//! corrections (`add`, `remove`), the ends outside the region, and why a project has no place.

use super::content::tsv::{at, list, rows, syntax};
use super::content::ContentError;

use super::content::Plan;
use super::places::{place, Level, Place};
use super::relevance::{in_scope, read};

/// What a project is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ProjectKind {
    /// 铁路.
    Railway,
    /// 公路.
    Road,
    /// 机场.
    Airport,
    /// 综合交通枢纽.
    Hub,
    /// 能源.
    Energy,
    /// 水利.
    Water,
    /// 生态保护与修复.
    Ecology,
    /// 环境治理.
    Environment,
    /// 产业.
    Industry,
    /// 科技创新.
    Innovation,
    /// 信息化.
    Information,
    /// 开放平台.
    Platform,
    /// 文化.
    Culture,
    /// 新生中小城市 (box 1).
    Town,
}

/// Every kind, in the order lists show them.
pub const KINDS: [ProjectKind; 14] = [
    ProjectKind::Railway,
    ProjectKind::Road,
    ProjectKind::Airport,
    ProjectKind::Hub,
    ProjectKind::Energy,
    ProjectKind::Water,
    ProjectKind::Ecology,
    ProjectKind::Environment,
    ProjectKind::Industry,
    ProjectKind::Innovation,
    ProjectKind::Information,
    ProjectKind::Platform,
    ProjectKind::Culture,
    ProjectKind::Town,
];

impl ProjectKind {
    /// The id used in files and URLs (`railway`).
    pub fn id(self) -> &'static str {
        match self {
            ProjectKind::Railway => "railway",
            ProjectKind::Road => "road",
            ProjectKind::Airport => "airport",
            ProjectKind::Hub => "hub",
            ProjectKind::Energy => "energy",
            ProjectKind::Water => "water",
            ProjectKind::Ecology => "ecology",
            ProjectKind::Environment => "environment",
            ProjectKind::Industry => "industry",
            ProjectKind::Innovation => "innovation",
            ProjectKind::Information => "information",
            ProjectKind::Platform => "platform",
            ProjectKind::Culture => "culture",
            ProjectKind::Town => "town",
        }
    }

    /// The kind in Chinese.
    pub fn label(self) -> &'static str {
        match self {
            ProjectKind::Railway => "铁路",
            ProjectKind::Road => "公路",
            ProjectKind::Airport => "机场",
            ProjectKind::Hub => "交通枢纽",
            ProjectKind::Energy => "能源",
            ProjectKind::Water => "水利",
            ProjectKind::Ecology => "生态保护与修复",
            ProjectKind::Environment => "环境治理",
            ProjectKind::Industry => "产业",
            ProjectKind::Innovation => "科技创新",
            ProjectKind::Information => "信息化",
            ProjectKind::Platform => "开放平台",
            ProjectKind::Culture => "文化",
            ProjectKind::Town => "新生中小城市",
        }
    }

    /// From its id.
    pub fn from_id(id: &str) -> Option<ProjectKind> {
        KINDS.into_iter().find(|k| k.id() == id)
    }
}

/// A project as the catalogue records it.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    /// `rail-lanzhou-zhongwei`.
    pub id: String,
    /// As the plan names it (a railway between two cities, say).
    pub name: String,
    /// Its kind.
    pub kind: ProjectKind,
    /// The box item or paragraph it comes from.
    pub source: String,
    /// Its own words in the source (the whole source text when empty).
    pub quote: String,
    /// Places linked by hand, with `note` saying why.
    pub add: Vec<String>,
    /// Places the matching found that are wrong, with `note` saying why.
    pub remove: Vec<String>,
    /// Ends outside the region (`中卫`, `成都`).
    pub external: Vec<String>,
    /// Why places were set by hand, or why there are none.
    pub note: String,
}

/// How a project is tied to a place.
#[derive(Debug, Clone, PartialEq)]
pub enum Tie {
    /// The project's words name it.
    Named(String),
    /// Its words name a river or range crossing it and are about it: the name, and the word
    /// that shows so (`流域`, `两岸`).
    About(String, String),
    /// Set by hand (see the project's note).
    ByHand,
}

/// A project with the places it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved<'a> {
    /// The project.
    pub project: &'a Project,
    /// Its words (the quote, or the source's whole text).
    pub text: String,
    /// Places and why.
    pub places: Vec<(&'a Place, Tie)>,
    /// The units its name keeps its rivers and ranges to (see `relevance`); empty: none.
    pub scope: Vec<&'a Place>,
}

impl<'a> Resolved<'a> {
    /// Its places as a page for `here` may list them: a river, range or group its name keeps
    /// to some units reaches `here` only inside them; a named unit, a site, a hand link always.
    pub fn ties_for<'s>(
        &'s self,
        places: &'s [Place],
        here: &'s Place,
    ) -> impl Iterator<Item = &'s (&'a Place, Tie)> + 's {
        let open = in_scope(places, &self.scope, here);
        self.places.iter().filter(move |(p, tie)| {
            open || *tie == Tie::ByHand || !matches!(p.level, Level::Feature | Level::Group)
        })
    }
}

/// The catalogue's columns.
const PROJECTS_HEADER: [&str; 9] = [
    "id", "name", "kind", "source", "quote", "add", "remove", "external", "note",
];

/// Parses the catalogue (`file` names it in errors).
pub fn parse_projects(file: &str, text: &str) -> Result<Vec<Project>, ContentError> {
    let mut out: Vec<Project> = Vec::new();
    for (line, c) in rows(file, text, &PROJECTS_HEADER)? {
        let error = |message: String| syntax(at(file, line), message);
        let kind =
            ProjectKind::from_id(c[2]).ok_or_else(|| error(format!("unknown kind `{}`", c[2])))?;
        if out.iter().any(|p| p.id == c[0]) {
            return Err(error(format!("duplicate id `{}`", c[0])));
        }
        out.push(Project {
            id: c[0].into(),
            name: c[1].into(),
            kind,
            source: c[3].into(),
            quote: c[4].into(),
            add: list(c[5]),
            remove: list(c[6]),
            external: list(c[7]),
            note: c[8].into(),
        });
    }
    Ok(out)
}

/// Ties a project to its places: the gazetteer's mentions in its words, plus and minus the
/// hand corrections.
pub fn resolve<'a>(project: &'a Project, plan: &Plan, places: &'a [Place]) -> Resolved<'a> {
    let source_text = plan.unit_text(&project.source).unwrap_or_default();
    let text = if project.quote.is_empty() {
        source_text
    } else {
        project.quote.clone()
    };
    let reading = read(places, &plan.meta.feature_context, &project.name, &text);
    let mut linked: Vec<(&Place, Tie)> = reading
        .reached
        .into_iter()
        .filter(|r| !project.remove.contains(&r.mention.place.adcode))
        .map(|r| {
            let tie = match r.about {
                Some(about) => Tie::About(r.mention.words, about),
                None => Tie::Named(r.mention.words),
            };
            (r.mention.place, tie)
        })
        .collect();
    for id in &project.add {
        if let Some(p) = place(places, id) {
            if !linked.iter().any(|(q, _)| q.adcode == p.adcode) {
                linked.push((p, Tie::ByHand));
            }
        }
    }
    Resolved {
        project,
        text,
        places: linked,
        scope: reading.scope,
    }
}
