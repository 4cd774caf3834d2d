//! The columns of the published tables, each once: its name, the data page's words for it and
//! its value side by side. The writer, the reader's checks and the data page's field lists all
//! take these lists (a test holds the three together).

use super::table::{self, Column};
use super::PublishedError;
use crate::content::goal_entry::GoalEntry;
use crate::content::Plan;
use crate::place_report::concerned_places;
use crate::places::Place;
use crate::progress::{standing, Evidence, Standing};
use crate::projects::{resolve, Project};
use crate::reference::reference;
use crate::routes::anchor_href;

/// One project as `projects.csv` states it.
pub struct ProjectLine<'a> {
    plan: &'a Plan,
    site: &'a str,
    project: &'a Project,
    named: Vec<&'a str>,
    own: Vec<&'a Place>,
    via_city: Vec<&'a Place>,
    standing: Option<Standing<'a>>,
}

impl<'a> ProjectLine<'a> {
    /// The line of `project`; `site` is the address links start with.
    pub fn of(
        plan: &'a Plan,
        places: &'a [Place],
        progress: &'a [Evidence],
        project: &'a Project,
        site: &'a str,
    ) -> ProjectLine<'a> {
        let resolved = resolve(project, plan, places);
        let (own, via_city) = concerned_places(places, &resolved);
        ProjectLine {
            plan,
            site,
            project,
            named: resolved
                .places
                .iter()
                .map(|(q, _)| q.name.as_str())
                .collect(),
            own,
            via_city,
            standing: standing(progress, &project.id),
        }
    }

    fn status<T: Default>(&self, f: impl Fn(&Standing<'a>) -> T) -> T {
        self.standing.as_ref().map(f).unwrap_or_default()
    }
}

fn codes(list: &[&Place]) -> String {
    let codes: Vec<&str> = list.iter().map(|q| q.adcode.as_str()).collect();
    codes.join("|")
}

fn link(plan: &Plan, site: &str, id: &str) -> String {
    format!("{site}{}", anchor_href(plan, id).unwrap_or_default())
}

/// `projects.csv`.
pub fn project_columns<'a>() -> [Column<ProjectLine<'a>>; 14] {
    [
        Column {
            name: "id",
            about: "",
            value: |r| r.project.id.clone(),
        },
        Column {
            name: "name",
            about: "",
            value: |r| r.project.name.clone(),
        },
        Column {
            name: "kind",
            about: "类别",
            value: |r| r.project.kind.label().into(),
        },
        Column {
            name: "places_named",
            about: "文中点名的地方",
            value: |r| r.named.join("、"),
        },
        Column {
            name: "ends_outside",
            about: "规划范围外的端点",
            value: |r| r.project.external.join("、"),
        },
        Column {
            name: "concerns",
            about: "本地项目所属地方的代码，| 分隔",
            value: |r| codes(&r.own),
        },
        Column {
            name: "concerns_via_city",
            about: "经所属市州而相关的县区代码",
            value: |r| codes(&r.via_city),
        },
        Column {
            name: "source",
            about: "出处，如“专栏5 · 铁路”",
            value: |r| reference(r.plan, &r.project.source).unwrap_or_default(),
        },
        Column {
            name: "permalink",
            about: "原文链接",
            value: |r| link(r.plan, r.site, &r.project.source),
        },
        Column {
            name: "note",
            about: "人工标注的理由或没有地点的原因",
            value: |r| r.project.note.clone(),
        },
        Column {
            name: "status",
            about: "规划以来的进展",
            value: |r| r.status(|s| s.status.label().to_string()),
        },
        Column {
            name: "milestone",
            about: "开工、批复或投用日期",
            value: |r| r.status(|s| s.milestone.to_string()),
        },
        Column {
            name: "status_as_of",
            about: "来源所述状态的日期",
            value: |r| r.status(|s| s.as_of.to_string()),
        },
        Column {
            name: "sources",
            about: "来源条数，详见进展页",
            value: |r| r.status(|s| s.evidence.len()).to_string(),
        },
    ]
}

/// `places.csv`.
pub fn place_columns() -> [Column<Place>; 8] {
    [
        Column {
            name: "id",
            about: "行政区划代码，或地点的英文短名",
            value: |p| p.adcode.clone(),
        },
        Column {
            name: "level",
            about: "",
            value: |p| p.level.label().into(),
        },
        Column {
            name: "name",
            about: "今名",
            value: |p| p.name.clone(),
        },
        Column {
            name: "short",
            about: "简称",
            value: |p| p.short.join("|"),
        },
        Column {
            name: "former",
            about: "规划所用的旧名",
            value: |p| p.old.join("|"),
        },
        Column {
            name: "pinyin",
            about: "",
            value: |p| p.pinyin.clone(),
        },
        Column {
            name: "within",
            about: "所属或所在，| 分隔",
            value: |p| p.parents.join("|"),
        },
        Column {
            name: "note",
            about: "说明与来源",
            value: |p| p.note.clone(),
        },
    ]
}

/// One goal or target as `goals.csv` states it.
pub struct GoalLine<'a> {
    plan: &'a Plan,
    site: &'a str,
    goal: &'a GoalEntry,
}

impl<'a> GoalLine<'a> {
    /// The line of `goal`; `site` is the address links start with.
    pub fn of(plan: &'a Plan, goal: &'a GoalEntry, site: &'a str) -> GoalLine<'a> {
        GoalLine { plan, site, goal }
    }
}

/// `goals.csv`.
pub fn goal_columns<'a>() -> [Column<GoalLine<'a>>; 13] {
    [
        Column {
            name: "id",
            about: "",
            value: |r| r.goal.id.clone(),
        },
        Column {
            name: "kind",
            about: "",
            value: |r| r.goal.kind.label().into(),
        },
        Column {
            name: "subject",
            about: "",
            value: |r| r.goal.subject.clone(),
        },
        Column {
            name: "metric",
            about: "",
            value: |r| r.goal.metric.clone(),
        },
        Column {
            name: "value",
            about: "",
            value: |r| r.goal.value.clone(),
        },
        Column {
            name: "unit",
            about: "",
            value: |r| r.goal.unit.clone(),
        },
        Column {
            name: "year",
            about: "",
            value: |r| r.goal.year.map(|y| y.to_string()).unwrap_or_default(),
        },
        Column {
            name: "by",
            about: "如“底前”",
            value: |r| r.goal.by.clone(),
        },
        Column {
            name: "baseline",
            about: "",
            value: |r| r.goal.baseline.clone(),
        },
        Column {
            name: "theme",
            about: "",
            value: |r| r.goal.theme.clone(),
        },
        Column {
            name: "quote",
            about: "原文",
            value: |r| r.goal.quote.clone(),
        },
        Column {
            name: "source",
            about: "",
            value: |r| reference(r.plan, &r.goal.paragraph).unwrap_or_default(),
        },
        Column {
            name: "permalink",
            about: "",
            value: |r| link(r.plan, r.site, &r.goal.paragraph),
        },
    ]
}

/// `projects.csv`: every project with its places (its own, and the counties that take it
/// from their city), its source in words and its permalink, and where it stands.
pub fn projects_csv(
    plan: &Plan,
    places: &[Place],
    progress: &[Evidence],
    projects: &[Project],
    site: &str,
) -> Result<String, PublishedError> {
    let rows: Vec<ProjectLine<'_>> = projects
        .iter()
        .map(|p| ProjectLine::of(plan, places, progress, p, site))
        .collect();
    table::write("projects.csv", &project_columns(), &rows)
}

/// `places.csv`: the gazetteer with every name form, level, parents and the note (with its
/// source) saying where a site lies.
pub fn places_csv(places: &[Place]) -> Result<String, PublishedError> {
    table::write("places.csv", &place_columns(), places)
}

/// `goals.csv`: every positioning, principle, goal and target with its year, value, baseline
/// and source paragraph.
pub fn goals_csv(plan: &Plan, site: &str) -> Result<String, PublishedError> {
    let rows: Vec<GoalLine<'_>> = plan
        .goals
        .iter()
        .map(|goal| GoalLine::of(plan, goal, site))
        .collect();
    table::write("goals.csv", &goal_columns(), &rows)
}
