//! The search's documents from what the site publishes, as the browser fetches it: the text
//! from `data/plan.json`, the goals from `data/goals.csv`, the project catalogue from
//! `data/projects.csv`. The app's code carries none of them a second time; a native test holds
//! these documents equal, one by one, to those of the content pack.

use super::documents::{goal_document, project_document, text_documents, Doc, GoalWords};
use super::{terms, SearchIndex};
use crate::content::from_json::{plan_from_json, PublishedError};
use crate::csv::{table, Table};

/// The three published files' texts.
pub struct Published<'a> {
    /// `data/plan.json`.
    pub plan_json: &'a str,
    /// `data/goals.csv`.
    pub goals_csv: &'a str,
    /// `data/projects.csv`.
    pub projects_csv: &'a str,
}

/// A published table, read; kept for the page's life (documents borrow their ids from it).
fn read(file: &'static str, text: &str) -> Result<&'static Table, PublishedError> {
    let t = table(text).map_err(|e| PublishedError::Table(file, e))?;
    Ok(Box::leak(Box::new(t)))
}

/// The columns `names` of `t`, in that order.
fn columns<const N: usize>(
    file: &'static str,
    t: &Table,
    names: [&'static str; N],
) -> Result<[usize; N], PublishedError> {
    let mut at = [0; N];
    for (slot, name) in at.iter_mut().zip(names) {
        *slot = t.column(name).ok_or(PublishedError::Column(file, name))?;
    }
    Ok(at)
}

/// Every searchable unit, in the order of [`super::documents`]: the text, the goals, the
/// projects.
pub fn published_documents(files: &Published) -> Result<Vec<Doc>, PublishedError> {
    let plan = Box::leak(Box::new(plan_from_json(files.plan_json)?));
    let mut docs = text_documents(plan);
    let goals = read("goals.csv", files.goals_csv)?;
    let [id, kind, subject, metric, value, unit, year, by, quote] = columns(
        "goals.csv",
        goals,
        [
            "id", "kind", "subject", "metric", "value", "unit", "year", "by", "quote",
        ],
    )?;
    docs.extend(goals.rows.iter().map(|r| {
        goal_document(&GoalWords {
            id: r[id].as_str(),
            kind: &r[kind],
            subject: &r[subject],
            metric: &r[metric],
            value: &r[value],
            unit: &r[unit],
            year: &r[year],
            by: &r[by],
            quote: &r[quote],
        })
    }));
    let projects = read("projects.csv", files.projects_csv)?;
    let [id, name, kind, status] =
        columns("projects.csv", projects, ["id", "name", "kind", "status"])?;
    docs.extend(
        projects
            .rows
            .iter()
            .map(|r| project_document(&r[id], &r[name], &r[kind], &r[status])),
    );
    Ok(docs)
}

/// The index of the published files, with the embedded gazetteer and search terms: what the
/// search page uses.
pub fn published_index(files: &Published) -> Result<SearchIndex, PublishedError> {
    let embedded = |e: &crate::content::ContentError| PublishedError::Embedded(e.to_string());
    let places = crate::places::places().map_err(embedded)?;
    let terms = terms::search_terms().map_err(embedded)?;
    Ok(SearchIndex::new(published_documents(files)?, places, terms))
}
