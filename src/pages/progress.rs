//! `/progress/`: what became of the plan's projects and dated targets since 2018, at a glance
//! (counts by status and kind, a timeline of milestones by province, drawn at build time) and
//! project by project with every source: its publisher, date, the address read and what it
//! says in our words. The filters are the project list's (`/projects/?status=…`).

use crate::components::plan_guard::WithSite;
use crate::core::pack::progress;
use crate::core::pack::Site;
use crate::core::progress::{standing, Evidence, Status, Tier};
use crate::core::progress_chart::{
    counts_by_status, province_of, province_rows, timeline_svg, years, Milestone,
};
use crate::core::projects::{resolve, KINDS};
use crate::core::routes::Route;
use leptos::prelude::*;

/// A status as a small badge.
pub fn badge(status: Status) -> impl IntoView {
    view! { <span class=format!("s-{}", status.id())>{status.label()}</span> }
}

/// One source, in a line: its status where it differs from the project's (a conflict shown,
/// not hidden), the outlet, date and tier, what it says, and the address read (as text).
fn source(e: &Evidence, headline: Status) -> impl IntoView {
    let head = if e.publisher.is_empty() {
        format!("检索于 {}", e.as_of)
    } else {
        let tier = e.tier.map(|t| t.label()).unwrap_or_default();
        format!("{}（{}，{tier}）", e.publisher, e.published)
    };
    // The address read, as text like the places page's sources: the site links nowhere else.
    let link = (!e.url.is_empty()).then(|| view! { " "<small>{e.url.clone()}</small> });
    view! { <li>{(e.status != headline).then(|| badge(e.status))}<b>{head}</b>"："{e.paraphrase.clone()}{link}</li> }
}

/// The sources a project's entry shows: the one that gives its status, every one that says
/// otherwise, and for 已建成投用 a second outlet (the rest agree; the table keeps them).
fn shown<'a>(evidence: &[&'a Evidence]) -> Vec<&'a Evidence> {
    let Some(first) = evidence.first() else {
        return Vec::new();
    };
    let mut out = vec![*first];
    let mut backed = first.status != Status::InService || first.tier == Some(Tier::Official);
    for e in &evidence[1..] {
        if e.status != first.status {
            out.push(e);
        } else if !backed {
            out.push(e);
            backed = true;
        }
    }
    out
}

/// Every project (or target) with its sources, folded.
fn evidence_list(rows: &'static [Evidence], ids: Vec<(String, String)>) -> impl IntoView {
    view! {
        <ul class="progress-list">
            {ids.into_iter().filter_map(|(id, name)| {
                let st = standing(rows, &id)?;
                let when = st.dated();
                let list = shown(&st.evidence);
                Some(view! {
                    <li><details>
                        <summary>{name}" "{badge(st.status)}<small>{when}</small></summary>
                        <ul id=id>
                            {list.into_iter().map(|e| source(e, st.status)).collect_view()}
                        </ul>
                    </details></li>
                })
            }).collect_view()}
        </ul>
    }
}

/// The page's body.
fn progress_view(site: &'static Site) -> impl IntoView {
    let rows: &'static [Evidence] = progress().unwrap_or(&[]);
    if rows.is_empty() {
        return leptos::either::Either::Left(
            view! { <p class="hint">"这份规划还没有进展表（内容包中的 progress.tsv）。"</p> },
        );
    }
    let searched = rows
        .iter()
        .filter(|r| r.status == Status::NoTrace)
        .map(|r| r.as_of.as_str())
        .max()
        .unwrap_or_default();
    let counts = counts_by_status(rows, site.projects);
    let milestones: Vec<Milestone> = site
        .projects
        .iter()
        .filter_map(|p| {
            let st = standing(rows, &p.id)?;
            st.status.milestone_word()?;
            Some(Milestone {
                project: p,
                status: st.status,
                date: st.milestone,
                province: province_of(site.places, &resolve(p, site.plan, site.places)),
            })
        })
        .collect();
    let (first, last) = years(&site.plan.meta.date, &milestones, searched);
    let by_kind: Vec<(String, String)> = KINDS
        .iter()
        .filter_map(|k| {
            let line: Vec<String> = Status::ALL
                .iter()
                .filter_map(|s| {
                    let n = site
                        .projects
                        .iter()
                        .filter(|p| {
                            p.kind == *k && standing(rows, &p.id).is_some_and(|st| st.status == *s)
                        })
                        .count();
                    (n > 0).then(|| format!("{} {n}", s.label()))
                })
                .collect();
            (!line.is_empty()).then(|| (k.label().to_string(), line.join(" · ")))
        })
        .collect();
    let projects: Vec<(String, String)> = site
        .projects
        .iter()
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    let targets: Vec<(String, String)> = site
        .plan
        .goals
        .iter()
        .filter(|g| standing(rows, &g.id).is_some())
        .map(|g| {
            (
                g.id.clone(),
                format!(
                    "{}：{}{}（{}年）",
                    g.subject,
                    g.metric,
                    g.value,
                    g.year.map(|y| y.to_string()).unwrap_or_default()
                ),
            )
        })
        .collect();
    leptos::either::Either::Right(view! {
        <p class="hint">{format!("规划于{}印发。每条来源注明发布方（转载的写原发媒体）、日期和所读网址；检索截至 {searched}。“未见公开报道”只是没有查到，不等于没有做。", site.plan.meta.date)}</p>
        <ul class="status-counts">
            {counts.into_iter().filter(|(_, n)| *n > 0).map(|(s, n)| view! {
                <li><a href=format!("{}?status={}", Route::Projects.href(), s.id())>{badge(s)}" "{n}" 项"</a></li>
            }).collect_view()}
        </ul>
        <h2 id="timeline-title">{format!("{first} 年以来的开工、批复与投用")}</h2>
        <div class="timeline-frame" inner_html=timeline_svg(&milestones, &province_rows(site.places), first, last)></div>
        <p class="hint">{Status::ALL.into_iter().filter(|s| s.milestone_word().is_some()).map(|s| view! { {badge(s)}" " }).collect_view()}"每个圆点是一项工程的节点（悬停可见名称）；按所涉省份分行。"</p>
        <h2>"按类别"</h2>
        <dl class="by-kind">{by_kind.into_iter().map(|(k, line)| view! { <dt>{k}</dt><dd>{line}</dd> }).collect_view()}</dl>
        {(!targets.is_empty()).then(|| view! {
            <h2>"规划中有年份的目标"</h2>
            <p class="hint">"同一量度、同一地区、同一年份的读数；没有的写“未见公开数据”。这是进展，不是评判。"</p>
            {evidence_list(rows, targets)}
        })}
        <h2>"各项目的进展与来源"</h2>
        {evidence_list(rows, projects)}
    })
}

/// `/progress/`.
#[component]
pub fn ProgressPage() -> impl IntoView {
    view! {
        <main id="main" class="page progress-page" tabindex="-1">
            <h1>"规划以来的进展"</h1>
            <WithSite render=progress_view/>
        </main>
    }
}
