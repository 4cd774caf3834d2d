//! The progress page's figures, computed from the catalogue and the progress table: how many
//! projects stand where (by status, by kind), which province each concerns, and the timeline
//! of milestones since the plan drawn as an SVG at build time (the page needs no script).

use super::html::escape;
use super::place_report::concerned_places;
use super::places::{Level, Place};
use super::progress::{standing, Evidence, Status};
use super::projects::{Project, Resolved};
use std::fmt::Write;

/// Which province's places a project concerns: `甘肃`, `青海`, `两省`, or `未定` (none placed).
pub fn province_of(places: &[Place], resolved: &Resolved<'_>) -> &'static str {
    let (own, city) = concerned_places(places, resolved);
    let mut gansu = false;
    let mut qinghai = false;
    for p in own.iter().chain(&city) {
        let province = if p.level == Level::Province {
            p.adcode.as_str()
        } else {
            p.adcode.get(..2).unwrap_or_default()
        };
        gansu |= province.starts_with("62");
        qinghai |= province.starts_with("63");
    }
    match (gansu, qinghai) {
        (true, true) => "两省",
        (true, false) => "甘肃",
        (false, true) => "青海",
        _ => "未定",
    }
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

/// The year (with its month as a fraction) of a date `YYYY[-MM[-DD]]`, in tenths of a month.
fn when(date: &str) -> Option<(u16, u16)> {
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
    /// `甘肃`, `青海`, `两省` or `未定`.
    pub province: &'static str,
}

/// The rows of the timeline, in order.
pub const PROVINCE_ROWS: [&str; 4] = ["甘肃", "青海", "两省", "未定"];

/// The SVG of the milestones from `first` to `last` year, a row per province, a dot per
/// milestone coloured by status (each with its name in a `<title>`).
pub fn timeline_svg(milestones: &[Milestone<'_>], first: u16, last: u16) -> String {
    const LEFT: u32 = 44;
    const WIDTH: u32 = 640;
    const ROW: u32 = 34;
    let years = u32::from(last.saturating_sub(first)) + 1;
    let span = WIDTH - LEFT - 10;
    let height = ROW * PROVINCE_ROWS.len() as u32 + 26;
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
    for (r, name) in PROVINCE_ROWS.iter().enumerate() {
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
}
