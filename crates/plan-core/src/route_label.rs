//! A route in words, short (`第六章 推动…`, `第一节 畅通…`, `图 5`, a place's name): what the
//! breadcrumbs and the previous and next links show.

use super::content::Plan;
use super::places::Place;
use super::routes::Route;

/// A short label for a route.
pub fn label(plan: &Plan, places: &[Place], route: Route) -> String {
    match route {
        Route::Chapter(c) => plan
            .chapter(c)
            .map(|ch| format!("{} {}", ch.heading, ch.title))
            .unwrap_or_default(),
        Route::Section(c, s) => plan
            .chapter(c)
            .and_then(|ch| ch.sections.get(usize::from(s).checked_sub(1)?))
            .map(|sec| format!("{} {}", sec.heading, sec.title))
            .unwrap_or_default(),
        Route::Home => "首页".into(),
        Route::Search => "搜索".into(),
        Route::Goals => "目标与时间表".into(),
        Route::Places => "地方".into(),
        Route::Map(n) => plan
            .figures()
            .into_iter()
            .find(|f| f.number == n)
            .map(|f| f.label())
            .unwrap_or_default(),
        Route::Place(id) => super::places::place(places, id)
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        Route::Projects => "项目清单".into(),
        Route::Progress => "规划以来的进展".into(),
        Route::Data => "开放数据".into(),
        Route::Print => "全文打印版".into(),
        Route::Goal(id) => plan
            .goal(id)
            .map(|g| format!("{} {}", g.subject, g.metric))
            .unwrap_or_default(),
        Route::NotFound => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::plan;

    #[test]
    fn every_page_of_the_site_has_a_label_and_text_pages_say_where_they_are() {
        let (Ok(plan), Ok(places)) = (plan(), crate::pack::places()) else {
            panic!("the pack loads")
        };
        for route in Route::all(plan, places) {
            assert!(
                !label(plan, places, route).is_empty(),
                "{route:?} has a label"
            );
        }
        let chapter = &plan.chapters[0];
        assert_eq!(
            label(plan, places, Route::Section(chapter.number, 1)),
            format!(
                "{} {}",
                chapter.sections[0].heading, chapter.sections[0].title
            )
        );
        assert_eq!(label(plan, places, Route::NotFound), "");
    }
}
