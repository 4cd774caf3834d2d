//! The site's routes as typed values: parsed from and written to URL paths, listed for the
//! pre-renderer and the sitemap, and described (title, summary) for `<head>` and link previews.

use super::content::{Block, Plan};

/// Where the site is hosted below the domain, without a trailing slash (`""` or `/plan`).
/// Set at build time with the `LANXI_BASE` environment variable.
pub const BASE: &str = match option_env!("LANXI_BASE") {
    Some(base) => base,
    None => "",
};

/// One page of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// `/`: the plan at a glance.
    Home,
    /// `/c6/`: a whole chapter.
    Chapter(u8),
    /// `/c6/s1/`: one section.
    Section(u8, u8),
    /// `/search/?q=…`: full-text search.
    Search,
    /// `/places/`: find a place.
    Places,
    /// `/place/<adcode>/`: what the plan says about one place.
    Place(&'static str),
    /// `/projects/?kind=…&place=…&box=…`: the project catalogue, filtered.
    Projects,
    /// `/map/<n>/`: figure n of the plan as an interactive map.
    Map(u8),
    /// `/goals/`: what the plan promises, by when.
    Goals,
    /// `/goals/<id>/`: one positioning, principle, goal or target.
    Goal(&'static str),
    /// `/data/`: the plan as open data, to download and cite.
    Data,
    /// `/print/`: the whole plan on one page, to print.
    Print,
    /// Anything else.
    NotFound,
}

/// `c6` → 6; `s1` → 1 (with the given prefix).
fn number(segment: &str, prefix: char) -> Option<u8> {
    let digits = segment.strip_prefix(prefix)?;
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

impl Route {
    /// Parses the path of a URL (below [`BASE`]); unknown or malformed paths are `NotFound`.
    pub fn parse(plan: &'static Plan, path: &str) -> Route {
        let path = path.strip_prefix(BASE).unwrap_or(path);
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let route = match segments.as_slice() {
            [] => Route::Home,
            ["search"] => Route::Search,
            ["goals"] => Route::Goals,
            ["places"] => Route::Places,
            ["data"] => Route::Data,
            ["print"] => Route::Print,
            ["map", n] => plan
                .figures()
                .iter()
                .find(|f| f.number.to_string() == *n)
                .map_or(Route::NotFound, |f| Route::Map(f.number)),
            ["projects"] => Route::Projects,
            ["place", id] => crate::places::places()
                .ok()
                .and_then(|all| all.iter().find(|p| p.adcode == *id && p.level.has_page()))
                .map_or(Route::NotFound, |p| Route::Place(p.adcode.as_str())),
            ["goals", id] => plan
                .goal(id)
                .map_or(Route::NotFound, |g| Route::Goal(g.id.as_str())),
            [c] => number(c, 'c').map_or(Route::NotFound, Route::Chapter),
            [c, s] => match (number(c, 'c'), number(s, 's')) {
                (Some(c), Some(s)) => Route::Section(c, s),
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        };
        if route.exists(plan) {
            route
        } else {
            Route::NotFound
        }
    }

    /// From route parameters (`c6`, `s1`) as the router hands them over.
    pub fn from_params(plan: &'static Plan, chapter: Option<&str>, section: Option<&str>) -> Route {
        let path = format!("/{}/{}", chapter.unwrap_or(""), section.unwrap_or(""));
        Route::parse(plan, &format!("{BASE}{path}"))
    }

    fn exists(self, plan: &Plan) -> bool {
        match self {
            Route::Chapter(c) => plan.chapter(c).is_some(),
            Route::Section(c, s) => plan
                .chapter(c)
                .is_some_and(|ch| usize::from(s) >= 1 && usize::from(s) <= ch.sections.len()),
            _ => true,
        }
    }

    /// The path below the base, with a trailing slash (`/c6/s1/`), as static hosts serve it.
    pub fn path(self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Chapter(c) => format!("/c{c}/"),
            Route::Section(c, s) => format!("/c{c}/s{s}/"),
            Route::Search => "/search/".into(),
            Route::Goals => "/goals/".into(),
            Route::Places => "/places/".into(),
            Route::Map(n) => format!("/map/{n}/"),
            Route::Place(id) => format!("/place/{id}/"),
            Route::Projects => "/projects/".into(),
            Route::Goal(id) => format!("/goals/{id}/"),
            Route::Data => "/data/".into(),
            Route::Print => "/print/".into(),
            Route::NotFound => "/404.html".into(),
        }
    }

    /// The path including the base, for links and canonical URLs.
    pub fn href(self) -> String {
        format!("{BASE}{}", self.path())
    }

    /// Every page that is pre-rendered and listed in the sitemap, in reading order.
    pub fn all(plan: &'static Plan) -> Vec<Route> {
        let mut out = vec![
            Route::Home,
            Route::Search,
            Route::Goals,
            Route::Places,
            Route::Projects,
            Route::Data,
            Route::Print,
        ];
        out.extend(plan.figures().iter().map(|f| Route::Map(f.number)));
        if let Ok(places) = crate::places::places() {
            out.extend(
                places
                    .iter()
                    .filter(|p| p.level.has_page())
                    .map(|p| Route::Place(p.adcode.as_str())),
            );
        }
        out.extend(plan.goals.iter().map(|g| Route::Goal(g.id.as_str())));
        for chapter in &plan.chapters {
            out.push(Route::Chapter(chapter.number));
            out.extend(
                chapter
                    .sections
                    .iter()
                    .map(|s| Route::Section(chapter.number, s.number)),
            );
        }
        out
    }

    /// The page before and after this one: sections step through sections, chapters through chapters.
    pub fn neighbours(self, plan: &'static Plan) -> (Option<Route>, Option<Route>) {
        let same_kind: Vec<Route> = Route::all(plan)
            .into_iter()
            .filter(|r| std::mem::discriminant(r) == std::mem::discriminant(&self))
            .collect();
        match same_kind.iter().position(|r| *r == self) {
            Some(i) if matches!(self, Route::Chapter(_) | Route::Section(..)) => (
                i.checked_sub(1).and_then(|j| same_kind.get(j)).copied(),
                same_kind.get(i + 1).copied(),
            ),
            _ => (None, None),
        }
    }
}

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

/// Title and summary of a page.
pub fn page_meta(plan: &Plan, route: Route) -> PageMeta {
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
            format!("地方 · {}", plan.meta.short_title),
            "按县区、市州查找规划中与当地有关的项目和段落；可输入今名、2018 年旧名、简称或拼音。".into(),
        ),
        Route::Place(id) => match crate::places::places().ok().and_then(|all| crate::places::place(all, id)) {
            Some(p) => (
                format!("{}：规划中的项目与段落 · {}", p.name, plan.meta.short_title),
                format!("《{}》中与{}有关的项目、角色和原文段落。", plan.meta.title, p.name),
            ),
            None => (site.clone(), String::new()),
        },
        Route::Projects => (
            format!("项目清单 · {}", plan.meta.short_title),
            "规划专栏与正文中的全部项目，可按类别、地方、专栏筛选，并导出 CSV。".into(),
        ),
        Route::Goals => (
            format!("目标与时间表 · {}", plan.meta.short_title),
            "规划的战略定位、基本原则、2035 年发展目标，以及每一项有年份或数字的具体目标，均注明原文出处。".into(),
        ),
        Route::Goal(id) => match plan.goal(id) {
            Some(g) => (
                format!("{}：{}{} · {}", g.kind.label(), g.subject, if g.metric.is_empty() { String::new() } else { format!(" {}", g.metric) }, plan.meta.short_title),
                g.quote.clone(),
            ),
            None => (site.clone(), String::new()),
        },
        Route::Data => (
            format!("开放数据 · {}", plan.meta.short_title),
            format!("《{}》全文、项目、地方与目标的结构化数据（JSON、CSV、GeoJSON），附字段说明、版本与引用格式。", plan.meta.title),
        ),
        Route::Print => (
            format!("全文打印版 · {}", plan.meta.title),
            format!("《{}》全文一页：目录、各章各节、专栏与示意图，适合打印或另存为 PDF。", plan.meta.title),
        ),
        Route::Search => (
            format!("搜索 · {}", plan.meta.short_title),
            "在规划全文中搜索任意字词：地名、项目、数字，也可以用拼音搜地名。".into(),
        ),
        Route::NotFound => (
            format!("找不到这个页面 · {}", plan.meta.short_title),
            "这个链接没有对应的页面。可以从目录或搜索继续阅读。".into(),
        ),
    };
    PageMeta {
        title,
        description: excerpt(&description, 110),
        href: route.href(),
        site: plan.meta.site_name.clone(),
    }
}

/// The link to an element of the plan's text (a paragraph, box entry or figure) on its page.
pub fn anchor_href(plan: &Plan, id: &str) -> Option<String> {
    let (chapter, section) = plan.locate(id)?;
    let route = match (chapter, section) {
        (Some(c), Some(s)) => Route::Section(c.number, s.number),
        (Some(c), None) => Route::Chapter(c.number),
        _ => Route::Home,
    };
    Some(format!("{}#{id}", route.href()))
}
