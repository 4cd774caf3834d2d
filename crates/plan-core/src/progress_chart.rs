//! The progress page's figures, computed from the catalogue and the progress table: how many
//! projects stand where (by status, by kind), which province each concerns, and the timeline
//! of milestones since the plan drawn as an SVG at build time (the page needs no script).

use super::html::escape;
use super::place_report::concerned_places;
use super::places::is_within;
use super::places::{Level, Place};
use super::progress::{standing, Evidence, Status};
use super::projects::{Project, Resolved};
use std::fmt::Write;

/// The timeline's row for a project that concerns places in more than one province.
pub const SEVERAL: &str = "跨省";
/// The timeline's row for a project placed nowhere.
pub const UNPLACED: &str = "未定";

/// Which province's places a project concerns: the province's short name (its name if it has
/// none), [`SEVERAL`] or [`UNPLACED`]. The provinces are the gazetteer's, not this code's.
pub fn province_of(places: &[Place], resolved: &Resolved<'_>) -> String {
    let (own, city) = concerned_places(places, resolved);
    let mut found: Vec<&Place> = Vec::new();
    for p in own.iter().chain(&city) {
        for province in places.iter().filter(|q| q.level == Level::Province) {
            if is_within(places, p, province) && !found.iter().any(|f| f.adcode == province.adcode)
            {
                found.push(province);
            }
        }
    }
    match found.as_slice() {
        [] => UNPLACED.into(),
        [one] => province_row(one),
        _ => SEVERAL.into(),
    }
}

/// A province's row name: its first short name, or its name.
fn province_row(p: &Place) -> String {
    p.short.first().cloned().unwrap_or_else(|| p.name.clone())
}

/// The timeline's rows: each province of the gazetteer, then [`SEVERAL`] and [`UNPLACED`].
pub fn province_rows(places: &[Place]) -> Vec<String> {
    places
        .iter()
        .filter(|p| p.level == Level::Province)
        .map(province_row)
        .chain([SEVERAL.to_string(), UNPLACED.to_string()])
        .collect()
}

/// How many projects stand at each status, in [`Status::ALL`]'s order.
pub fn counts_by_status(rows: &[Evidence], projects: &[Project]) -> Vec<(Status, usize)> {
    Status::ALL
        .iter()
        .map(|s| {
            let n = projects
                .iter()
                .filter(|p| standing(rows, &p.id).is_some_and(|st| st.status == *s))
                .count();
            (*s, n)
        })
        .collect()
}

/// The year and month of a date `YYYY[-MM[-DD]]` (a bare year stands for its middle).
pub fn when(date: &str) -> Option<(u16, u16)> {
    let mut parts = date.split('-');
    let year: u16 = parts.next()?.parse().ok()?;
    let month: u16 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(6);
    Some((year, month.clamp(1, 12)))
}

/// One milestone on the timeline: the project, its status and date, its province's row.
pub struct Milestone<'a> {
    /// The project.
    pub project: &'a Project,
    /// Its status.
    pub status: Status,
    /// The milestone's date as written.
    pub date: &'a str,
    /// Its row: a province's name, [`SEVERAL`] or [`UNPLACED`] (see [`province_of`]).
    pub province: String,
}

/// The SVG of the milestones from `first` to `last` year, one row of `rows` each (a province,
/// see [`province_rows`]), a dot per milestone coloured by status (its name in a `<title>`).
pub fn timeline_svg(
    milestones: &[Milestone<'_>],
    rows: &[String],
    first: u16,
    last: u16,
) -> String {
    const LEFT: u32 = 44;
    const WIDTH: u32 = 640;
    const ROW: u32 = 34;
    let years = u32::from(last.saturating_sub(first)) + 1;
    let span = WIDTH - LEFT - 10;
    let height = ROW * rows.len() as u32 + 26;
    let x_of = |year: u16, month: u16| {
        let months = u32::from(year.saturating_sub(first)) * 12 + u32::from(month) - 1;
        LEFT + months * span / (years * 12)
    };
    let mut svg = format!(
        "<svg class=\"milestones\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-labelledby=\"timeline-title\">"
    );
    for year in first..=last {
        let x = x_of(year, 1);
        let _ = write!(
            svg,
            "<line class=\"tick\" x1=\"{x}\" y1=\"0\" x2=\"{x}\" y2=\"{}\"/><text class=\"year\" x=\"{}\" y=\"{}\">{year}</text>",
            height - 18,
            x + 2,
            height - 4
        );
    }
    for (r, name) in rows.iter().enumerate() {
        let y = ROW * r as u32 + ROW / 2;
        let _ = write!(
            svg,
            "<text class=\"row\" x=\"0\" y=\"{}\">{name}</text>",
            y + 4
        );
        let mut placed: Vec<u32> = Vec::new();
        for m in milestones.iter().filter(|m| m.province == *name) {
            let Some((year, month)) = when(m.date) else {
                continue;
            };
            if year < first || year > last {
                continue;
            }
            let x = x_of(year, month);
            // Dots of the same months stack upwards rather than hide each other.
            let stacked = placed.iter().filter(|p| p.abs_diff(x) < 8).count() as u32;
            placed.push(x);
            let cy = (y + 6).saturating_sub(stacked * 7);
            let _ = write!(
                svg,
                "<circle class=\"s-{}\" cx=\"{x}\" cy=\"{cy}\" r=\"5\"><title>{} · {} {}</title></circle>",
                m.status.id(),
                escape(&m.project.name),
                m.status.label(),
                m.date
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// The timeline's years: from the plan's own (its `@date`) to the latest milestone or search.
pub fn years(plan_date: &str, milestones: &[Milestone<'_>], searched: &str) -> (u16, u16) {
    let dated = milestones
        .iter()
        .filter_map(|m| when(m.date))
        .chain(when(searched))
        .map(|(y, _)| y);
    let last = dated.clone().max().unwrap_or_default();
    let first = plan_date
        .get(..4)
        .and_then(|y| y.parse().ok())
        .or_else(|| dated.min())
        .unwrap_or(last);
    (first, last.max(first))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_falls_in_its_year_and_month_and_a_bare_year_in_its_middle() {
        assert_eq!(when("2025-03-20"), Some((2025, 3)));
        assert_eq!(when("2022-12"), Some((2022, 12)));
        assert_eq!(when("2020"), Some((2020, 6)));
        assert_eq!(when("x"), None);
    }

    #[test]
    fn the_timeline_runs_from_the_plans_year_to_the_latest_date_and_its_rows_are_the_gazetteers() {
        let gazetteer = "id\tlevel\tname\tshort\told\tpinyin\tparent\texcept\tnote\n\
                         100000\tprovince\t东省\t东\t\tdong\t\t\t\n200000\tprovince\t西省\t\t\txi\t\t\t\n";
        let places = crate::places::parse_places("t", gazetteer).expect("parses");
        assert_eq!(province_rows(&places), ["东", "西省", SEVERAL, UNPLACED]);
        assert_eq!(years("2030年1月", &[], "2034-05-01"), (2030, 2034));
        assert_eq!(
            years("", &[], "2034"),
            (2034, 2034),
            "no plan year: the data's"
        );
    }
}
