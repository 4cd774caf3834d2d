//! What each page says about itself in `<head>`: its title, a summary for link previews,
//! its canonical path and the site's name.

use super::content::{Block, Plan};
use super::places::Place;
use super::route_label::label;
use super::routes::Route;

/// What a page says about itself in `<head>`: title, summary for link previews, canonical path.
#[derive(Debug, Clone, PartialEq)]
pub struct PageMeta {
    /// `<title>`.
    pub title: String,
    /// `<meta name=description>` and `og:description`.
    pub description: String,
    /// Path including the base.
    pub href: String,
    /// The site's name (`og:site_name`).
    pub site: String,
}

/// The first characters of a text, cut at a character boundary, with an ellipsis if cut.
pub fn excerpt(text: &str, chars: usize) -> String {
    let mut out: String = text.chars().take(chars).collect();
    if text.chars().count() > chars {
        out.push('…');
    }
    out
}

fn first_text(blocks: &[Block]) -> Option<String> {
    blocks.iter().find_map(|b| match b {
        Block::Paragraph(p) => Some(p.text()),
        _ => None,
    })
}

/// Characters of a page's summary: what a chat's link preview and a search result show of it
/// (two lines on a phone), and no more, as every page carries it twice.
const DESCRIPTION: usize = 64;

/// Title and summary of a page.
pub fn page_meta(plan: &Plan, places: &[Place], route: Route) -> PageMeta {
    let site = format!("{} · {}", plan.meta.title, plan.meta.site_name);
    let (title, description) = match route {
        Route::Home => (site.clone(), first_text(&plan.preamble).unwrap_or_default()),
        Route::Chapter(c) => match plan.chapter(c) {
            Some(ch) => (
                format!("{} {} · {}", ch.heading, ch.title, plan.meta.short_title),
                first_text(&ch.intro)
                    .or_else(|| ch.sections.first().and_then(|s| first_text(&s.blocks)))
                    .unwrap_or_default(),
            ),
            None => (site.clone(), String::new()),
        },
        Route::Section(c, s) => match plan.chapter(c).and_then(|ch| {
            ch.sections
                .get(usize::from(s).checked_sub(1)?)
                .map(|sec| (ch, sec))
        }) {
            Some((ch, sec)) => (
                format!(
                    "{}{} {} · {}",
                    ch.heading, sec.heading, sec.title, plan.meta.short_title
                ),
                first_text(&sec.blocks).unwrap_or_default(),
            ),
            None => (site.clone(), String::new()),
        },
        Route::Map(n) => match plan.figures().into_iter().find(|f| f.number == n) {
            Some(f) => (
                format!("{} {} · {}", f.label(), f.caption, plan.meta.short_title),
                format!("按真实边界重绘的{}：可缩放、切换图层，每个要素都链接到规划原文。", f.caption),
            ),
            None => (site.clone(), String::new()),
        },
        Route::Places => (
            format!("{} · {}", label(plan, places, route), plan.meta.short_title),
            "按县区、市州查找规划中与当地有关的项目和段落；可输入今名、2018 年旧名、简称或拼音。".into(),
        ),
        Route::Place(id) => match crate::places::place(places, id) {
            Some(p) => (
                format!("{}：规划中的项目与段落 · {}", p.name, plan.meta.short_title),
                format!("《{}》中与{}有关的项目、角色和原文段落。", plan.meta.title, p.name),
            ),
            None => (site.clone(), String::new()),
        },
        Route::Projects => (
            format!("{} · {}", label(plan, places, route), plan.meta.short_title),
            "规划专栏与正文中的全部项目，可按类别、地方、专栏筛选，并导出 CSV。".into(),
        ),
        Route::Progress => (
            format!("{} · {}", label(plan, places, route), plan.meta.short_title),
            "规划印发以来各项目的进展：已建成、在建、研究中或未见报道，每一项注明来源、日期和发布方。".into(),
        ),
        Route::Goals => (
            format!("{} · {}", label(plan, places, route), plan.meta.short_title),
            "规划的战略定位、基本原则、发展目标，以及每一项有年份或数字的具体目标，均注明原文出处。".into(),
        ),
        Route::Goal(id) => match plan.goal(id) {
            Some(g) => (
                format!("{}：{}{} · {}", g.kind.label(), g.subject, if g.metric.is_empty() { String::new() } else { format!(" {}", g.metric) }, plan.meta.short_title),
                g.quote.clone(),
            ),
            None => (site.clone(), String::new()),
        },
        Route::Data => (
            format!("{} · {}", label(plan, places, route), plan.meta.short_title),
            format!("《{}》全文、项目、地方与目标的结构化数据（JSON、CSV、GeoJSON），附字段说明、版本与引用格式。", plan.meta.title),
        ),
        Route::Print => (
            format!("{} · {}", label(plan, places, route), plan.meta.title),
            format!("《{}》全文一页：目录、各章各节、专栏与示意图，适合打印或另存为 PDF。", plan.meta.title),
        ),
        Route::Search => (
            format!("{} · {}", label(plan, places, route), plan.meta.short_title),
            "在规划全文中搜索任意字词：地名、项目、数字，也可以用拼音搜地名。".into(),
        ),
        Route::NotFound => (
            format!("找不到这个页面 · {}", plan.meta.short_title),
            "这个链接没有对应的页面。可以从目录或搜索继续阅读。".into(),
        ),
    };
    PageMeta {
        title,
        description: excerpt(&description, DESCRIPTION),
        href: route.href(),
        site: plan.meta.site_name.clone(),
    }
}
