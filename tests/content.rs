//! The plan's content: structure, fidelity to the source text, and the artifacts repaired.

use lanxi_explorer::core::content::{
    self, embedded_plan,
    repairs::{apply_repairs, parse_repairs, without_whitespace},
    Block, BoxContent, Plan, RowCell,
};
use lanxi_explorer::core::pack;
use std::collections::{BTreeMap, HashSet};

const SOURCE: &str = include_str!("../content/source/lanzhou-xining-plan-2018.txt");
const REPAIRS: &str = include_str!("../content/repairs.tsv");

fn plan() -> Plan {
    embedded_plan().expect("embedded content is valid")
}

#[test]
fn the_plan_has_nine_chapters_thirty_one_sections_seven_boxes_and_five_figures() {
    let plan = plan();
    assert_eq!(plan.chapters.len(), 9);
    let sections: Vec<usize> = plan.chapters.iter().map(|c| c.sections.len()).collect();
    assert_eq!(sections, [4, 4, 3, 4, 3, 4, 3, 3, 3]);
    assert_eq!(sections.iter().sum::<usize>(), 31);
    let boxes: Vec<u8> = plan.boxes().iter().map(|b| b.number).collect();
    assert_eq!(boxes, [1, 2, 3, 4, 5, 6, 7]);
    let figures: Vec<u8> = plan.figures().iter().map(|f| f.number).collect();
    assert_eq!(figures, [1, 2, 3, 4, 5]);
    assert_eq!(plan.chapters[5].title, "推动基础设施互联互通");
    assert_eq!(plan.chapters[5].sections[0].title, "畅通综合交通运输网络");
}

/// The source's body: everything after the title page and the table of contents.
fn repaired_body() -> String {
    let repairs = parse_repairs(REPAIRS).expect("repairs table parses");
    let repaired = apply_repairs(SOURCE, &repairs).expect("every repair applies where it says");
    let start = repaired
        .find("兰州—西宁城市群（以下简称")
        .expect("preamble present");
    repaired[start..].to_string()
}

#[test]
fn the_model_reproduces_the_repaired_source_character_for_character() {
    let expected = without_whitespace(&repaired_body());
    let actual = without_whitespace(&plan().reconstruct());
    if expected != actual {
        let at = expected
            .chars()
            .zip(actual.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let show = |s: &str| {
            s.chars()
                .skip(at.saturating_sub(20))
                .take(60)
                .collect::<String>()
        };
        panic!(
            "texts differ at character {at}:\n source: {}\n model:  {}",
            show(&expected),
            show(&actual)
        );
    }
}

#[test]
fn the_title_page_is_kept_as_metadata() {
    let plan = plan();
    let title_page: Vec<&str> = SOURCE
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(5)
        .collect();
    assert_eq!(
        title_page,
        [
            "附件",
            "兰州—西宁城市群发展规划",
            "国家发展改革委",
            "住房和城乡建设部",
            "2018年2月"
        ]
    );
    assert_eq!(plan.meta.label, title_page[0]);
    assert_eq!(plan.meta.title, title_page[1]);
    assert_eq!(plan.meta.issuers, title_page[2..4]);
    assert_eq!(plan.meta.date, title_page[4]);
    assert_eq!(plan.meta.period, "至2035年");
}

#[test]
fn every_repair_class_of_the_notes_is_in_the_table_and_counted() {
    let repairs = parse_repairs(REPAIRS).expect("parses");
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &repairs {
        *counts.entry(r.class.as_str()).or_default() += 1;
    }
    let expected: BTreeMap<&str, usize> = [
        ("and", 8),
        ("emphasis", 2),
        ("figure-placeholder", 5),
        ("html", 4),
        ("page-break", 24),
        ("page-break-repeat", 1),
        ("toc", 1),
    ]
    .into_iter()
    .collect();
    assert_eq!(counts, expected);
}

#[test]
fn no_artifact_survives_in_any_text_the_reader_sees() {
    let text = plan().reconstruct();
    for mark in ["**", "<p>", "</p>", " and ", "\t", "....."] {
        assert!(!text.contains(mark), "`{mark}` is still in the content");
    }
    // The one repeated character at a page break is gone.
    assert!(text.contains("推进循环经济示范区建设"));
    assert!(!text.contains("循环经济济"));
}

#[test]
fn no_paragraph_ends_mid_sentence() {
    let plan = plan();
    for (_, _, block) in plan.blocks() {
        if let Block::Paragraph(p) = block {
            let text = p.text();
            assert!(
                text.ends_with(['。', '；', '：', '！', '？', '”']),
                "{} ends mid-sentence: {}",
                p.id,
                text
            );
        }
    }
}

fn all_ids(plan: &Plan) -> Vec<String> {
    let mut ids = Vec::new();
    for chapter in &plan.chapters {
        ids.push(chapter.id.clone());
        ids.extend(chapter.sections.iter().map(|s| s.id.clone()));
    }
    for (_, _, block) in plan.blocks() {
        match block {
            Block::Paragraph(p) => ids.push(p.id.clone()),
            Block::Figure(f) => ids.push(f.id.clone()),
            Block::Box(b) => {
                ids.push(b.id.clone());
                match &b.content {
                    BoxContent::Items(items) => ids.extend(items.iter().map(|i| i.id.clone())),
                    BoxContent::Groups(groups) => ids.extend(groups.iter().map(|g| g.id.clone())),
                    BoxContent::Table(rows) => {
                        for row in rows {
                            ids.push(row.id.clone());
                            if let RowCell::Items(items) = &row.cell {
                                ids.extend(items.iter().map(|i| i.id.clone()));
                            }
                        }
                    }
                }
            }
        }
    }
    ids
}

#[test]
fn every_id_is_unique_short_and_url_safe() {
    let ids = all_ids(&plan());
    let unique: HashSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len());
    for id in &ids {
        assert!(id.len() <= 12, "{id} is too long for a URL");
        assert!(
            id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{id}"
        );
    }
}

#[test]
fn box_one_is_grouped_by_province_and_box_five_is_a_table_with_a_split_hub_cell() {
    let plan = plan();
    let boxes = plan.boxes();
    let BoxContent::Groups(groups) = &boxes[0].content else {
        panic!("box 1 should be grouped")
    };
    let names: Vec<&str> = groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["甘肃省", "青海省"]);
    let BoxContent::Table(rows) = &boxes[4].content else {
        panic!("box 5 should be a table")
    };
    let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["铁路", "公路", "枢纽"]);
    let RowCell::Items(hub) = &rows[2].cell else {
        panic!("the hub cell has paragraphs")
    };
    let hub_names: Vec<&str> = hub.iter().map(|i| i.name()).collect();
    assert_eq!(hub_names, ["机场枢纽", "铁路枢纽", "公路枢纽"]);
    for b in [1usize, 2, 3, 5, 6] {
        let BoxContent::Items(items) = &boxes[b].content else {
            panic!("box {} has named items", b + 1)
        };
        assert!(
            items.iter().all(|i| !i.name().is_empty()),
            "box {} items are named",
            b + 1
        );
    }
    assert_eq!(
        boxes[1].items()[0].name(),
        "环青海湖地区生态保护与环境综合治理工程"
    );
}

#[test]
fn bold_lead_sentences_are_kept_apart_from_the_body() {
    let plan = plan();
    let p = plan.paragraph("c1s1p1").expect("c1s1p1");
    assert_eq!(p.lead.as_deref(), Some("区位优势明显。"));
    assert!(p.body.starts_with("地处新亚欧大陆桥"));
    let p = plan.paragraph("c6s1p1").expect("c6s1p1");
    assert_eq!(p.lead.as_deref(), Some("畅通对外综合运输通道。"));
}

#[test]
fn the_scope_lists_thirty_nine_units_with_renamed_counties_under_their_2018_names() {
    let plan = plan();
    assert_eq!(plan.scope.len(), 39);
    let huangzhong = plan
        .scope
        .iter()
        .find(|u| u.name_2018 == "湟中县")
        .expect("湟中县");
    assert_eq!(
        (huangzhong.name_today.as_str(), huangzhong.adcode.as_str()),
        ("湟中区", "630106")
    );
    let tongren = plan
        .scope
        .iter()
        .find(|u| u.name_2018 == "同仁县")
        .expect("同仁县");
    assert_eq!(
        (tongren.name_today.as_str(), tongren.adcode.as_str()),
        ("同仁市", "632301")
    );
    let adcodes: HashSet<&str> = plan.scope.iter().map(|u| u.adcode.as_str()).collect();
    assert_eq!(adcodes.len(), 39);
}

#[test]
fn headline_figures_are_quoted_from_their_paragraphs() {
    let plan = plan();
    let get = |key: &str| {
        plan.headline_figures
            .iter()
            .find(|f| f.key == key)
            .expect(key)
    };
    assert_eq!(
        (get("area").value.as_str(), get("area").unit.as_str()),
        ("9.75", "万平方公里")
    );
    assert_eq!(get("gdp").value, "4874");
    assert_eq!(get("population").value, "1193");
    assert_eq!(get("gdp_per_capita").value, "40848");
    assert_eq!(get("gdp_per_capita_ratio").value, "76");
    assert_eq!(get("density").value, "125");
    assert_eq!(get("town_density").value, "24");
    for f in &plan.headline_figures {
        let text = plan.paragraph(&f.paragraph).expect("paragraph").text();
        assert!(text.contains(&f.quote), "{}", f.key);
        assert!(f.quote.contains(&f.value), "{} quotes its value", f.key);
    }
}

fn with_source(file: &str, edit: impl Fn(&str) -> String) -> Result<Plan, content::ContentError> {
    let edited: Vec<(String, String)> = content::PLAN_SOURCES
        .iter()
        .map(|(name, text)| {
            (
                name.to_string(),
                if *name == file {
                    edit(text)
                } else {
                    text.to_string()
                },
            )
        })
        .collect();
    let sources: Vec<(&str, &str)> = edited
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    content::build_plan(&content::Sources {
        plan: &sources,
        ..content::EMBEDDED
    })
}

#[test]
fn a_missing_section_fails_with_file_and_line() {
    let error = with_source("content/plan/03.txt", |t| {
        let start = t.find("@section c3s2").expect("c3s2");
        let end = t.find("@section c3s3").expect("c3s3");
        format!("{}{}", &t[..start], &t[end..])
    })
    .expect_err("a missing section is an error");
    let message = error.to_string();
    assert!(message.starts_with("content/plan/03.txt:"), "{message}");
    assert!(message.contains("missing section 2 of 第三章"), "{message}");
}

#[test]
fn a_missing_last_section_fails_against_the_outline() {
    let error = with_source("content/plan/09.txt", |t| {
        t[..t.find("@section c9s3").expect("c9s3")].to_string()
    })
    .expect_err("missing last section");
    assert!(
        error.to_string().contains("missing section 3 of 第九章"),
        "{error}"
    );
}

#[test]
fn a_duplicate_id_fails_naming_both_places() {
    let error = with_source("content/plan/01.txt", |t| {
        t.replace("@p c1s1p2", "@p c1s1p1")
    })
    .expect_err("duplicate id");
    let message = error.to_string();
    assert!(message.contains("duplicate id `c1s1p1`"), "{message}");
    assert!(
        message.contains("first used at content/plan/01.txt:"),
        "{message}"
    );
}

#[test]
fn an_unknown_figure_reference_fails() {
    let error = with_source("content/plan/04.txt", |t| {
        t.replace("@figure fig4 图 4", "@figure fig9 图 4")
    })
    .expect_err("bad figure id");
    assert!(
        error
            .to_string()
            .contains("figure id `fig9` does not match `图 4`"),
        "{error}"
    );
    assert!(
        error.to_string().starts_with("content/plan/04.txt:"),
        "{error}"
    );
}

#[test]
fn a_paragraph_cut_at_a_page_break_fails() {
    let error = with_source("content/plan/01.txt", |t| {
        t.replace("过渡带，北仗", "过渡\n\n@p c1s1p99\n带，北仗")
    })
    .expect_err("cut paragraph");
    assert!(error.to_string().contains("ends mid-sentence"), "{error}");
}

#[test]
fn a_returning_artifact_fails() {
    let error = with_source("content/plan/04.txt", |t| {
        t.replace("海绵城市建设和再生水", "海绵城市建设 and 再生水")
    })
    .expect_err("artifact");
    assert!(
        error.to_string().contains("` and ` where the plan has 和"),
        "{error}"
    );
}

/// The text rebuilt from `plan.json` alone, one line per printed unit as the model does.
#[cfg(feature = "ssr")]
fn text_from_plan_json(json: &serde_json::Value) -> String {
    fn s(v: &serde_json::Value) -> String {
        v.as_str().unwrap_or_default().to_string()
    }
    fn lead_and_text(v: &serde_json::Value) -> String {
        format!("{}{}", v["lead"].as_str().unwrap_or(""), s(&v["text"]))
    }
    fn blocks(list: &serde_json::Value, out: &mut Vec<String>) {
        for b in list.as_array().into_iter().flatten() {
            match b["type"].as_str() {
                Some("paragraph") => out.push(lead_and_text(b)),
                Some("figure") => out.push(format!("图 {} {}", b["number"], s(&b["caption"]))),
                Some("box") => {
                    out.push(format!("专栏 {} {}", b["number"], s(&b["title"])));
                    let content = &b["content"];
                    for item in content["items"].as_array().into_iter().flatten() {
                        out.push(lead_and_text(item));
                    }
                    for group in content["groups"].as_array().into_iter().flatten() {
                        out.push(s(&group["name"]));
                        out.push(s(&group["text"]));
                    }
                    for row in content["rows"].as_array().into_iter().flatten() {
                        out.push(s(&row["label"]));
                        if row["text"].is_string() {
                            out.push(s(&row["text"]));
                        }
                        for item in row["items"].as_array().into_iter().flatten() {
                            out.push(lead_and_text(item));
                        }
                    }
                }
                other => panic!("unknown block type {other:?}"),
            }
        }
    }
    let mut out = Vec::new();
    blocks(&json["preamble"], &mut out);
    for chapter in json["chapters"].as_array().into_iter().flatten() {
        out.push(format!(
            "{} {}",
            s(&chapter["heading"]),
            s(&chapter["title"])
        ));
        blocks(&chapter["intro"], &mut out);
        for section in chapter["sections"].as_array().into_iter().flatten() {
            out.push(format!(
                "{} {}",
                s(&section["heading"]),
                s(&section["title"])
            ));
            blocks(&section["blocks"], &mut out);
        }
    }
    out.join("\n")
}

/// `plan.json` as the pre-renderer writes it.
#[cfg(feature = "ssr")]
fn published_plan(plan: &Plan) -> String {
    use lanxi_explorer::core::published::plan_file::PlanFile;
    PlanFile::of(plan, "0123456789abcdef", "2026-11-29")
        .write()
        .unwrap_or_else(|e| panic!("{e}"))
}

#[cfg(feature = "ssr")]
#[test]
fn plan_json_read_back_rebuilds_the_repaired_source_character_for_character() {
    let Ok(plan) = pack::plan() else {
        panic!("the plan loads")
    };
    let written = published_plan(plan);
    let read: serde_json::Value = serde_json::from_str(&written).unwrap_or_default();
    assert_eq!(read["meta"]["title"], plan.meta.title.as_str());
    assert_eq!(
        without_whitespace(&text_from_plan_json(&read)),
        without_whitespace(&repaired_body())
    );
}

#[cfg(feature = "ssr")]
#[test]
fn plan_json_validates_against_its_schema() {
    let Ok(plan) = pack::plan() else {
        panic!("the plan loads")
    };
    let schema: serde_json::Value =
        serde_json::from_str(lanxi_explorer::open_data::PLAN_SCHEMA).unwrap_or_default();
    let data: serde_json::Value = serde_json::from_str(&published_plan(plan)).unwrap_or_default();
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("schema: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(&data)
        .map(|e| e.to_string())
        .take(5)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut broken = data.clone();
    broken["chapters"][0]["sections"][0]["blocks"][0]["type"] = "poem".into();
    assert!(
        !validator.is_valid(&broken),
        "a block of an unknown type is refused"
    );
}

/// The plan built with an edited `content/figures.tsv`.
fn with_figure_table(edit: impl Fn(&str) -> String) -> Result<Plan, content::ContentError> {
    let (file, text) = content::FIGURE_ELEMENTS_SOURCE;
    let edited = edit(text);
    content::build_plan(&content::Sources {
        figure_elements: (file, &edited),
        ..content::EMBEDDED
    })
}

/// The line number of the first line of the figure table holding `needle`.
fn figure_table_line(needle: &str) -> usize {
    content::FIGURE_ELEMENTS_SOURCE
        .1
        .lines()
        .position(|l| l.contains(needle))
        .map_or(0, |i| i + 1)
}

#[test]
fn a_figure_row_citing_an_unknown_paragraph_fails_with_file_and_line() {
    let line = figure_table_line("兰西城镇发展带");
    let error = with_figure_table(|t| t.replacen("一带\tc3s3p2", "一带\tc3s3p99", 1))
        .expect_err("an unknown source must fail");
    assert_eq!(
        error.to_string(),
        format!("content/figures.tsv:{line}: unknown paragraph or box entry reference `c3s3p99`")
    );
}

#[test]
fn a_figure_row_missing_a_column_or_of_an_unknown_kind_fails_with_file_and_line() {
    let line = figure_table_line("兰西城镇发展带");
    let short = with_figure_table(|t| t.replacen("\t一带\tc3s3p2\tyes", "\t一带\tc3s3p2", 1))
        .expect_err("a missing column must fail");
    assert_eq!(
        short.to_string(),
        format!("content/figures.tsv:{line}: 7 columns, expected 8")
    );
    let kind = with_figure_table(|t| t.replacen("3\tline\t", "3\tlane\t", 1))
        .expect_err("an unknown kind must fail");
    assert_eq!(
        kind.to_string(),
        format!("content/figures.tsv:{line}: unknown kind `lane`")
    );
}

#[test]
fn a_figure_row_for_a_figure_the_plan_lacks_fails() {
    let error = with_figure_table(|t| t.replacen("3\tline\t", "6\tline\t", 1))
        .expect_err("figure 6 does not exist");
    assert!(
        error.to_string().contains("unknown figure reference `6`"),
        "{error}"
    );
}

#[test]
fn a_figure_row_naming_an_unknown_place_fails_with_file_and_line() {
    use lanxi_explorer::core::maps::figures::{render_from, FigureError, Sources};
    let plan = plan();
    let (file, text) = content::FIGURE_ELEMENTS_SOURCE;
    let line = figure_table_line("兰西城镇发展带");
    let edited = text.replacen("630103 630202 620102 621102", "630103 639999", 1);
    let table = content::figure_elements::parse_figure_elements(file, &edited).expect("parses");
    let data = lanxi_explorer::core::pack::map_data().expect("map data");
    let places = lanxi_explorer::core::pack::places().expect("places");
    let projects = lanxi_explorer::core::pack::projects().expect("projects");
    let sources = Sources {
        plan: &plan,
        table: &table,
        data,
        counts: &Default::default(),
        places,
        projects,
    };
    let error = render_from(3, &sources).expect_err("639999 is no county");
    assert!(matches!(error, FigureError::UnknownPlace { .. }));
    assert!(
        error.to_string().starts_with(&format!(
            "content/figures.tsv:{line}: unknown place `639999`"
        )),
        "{error}"
    );
    assert!(render_from(
        3,
        &Sources {
            table: &content::figure_elements::parse_figure_elements(file, text).expect("parses"),
            ..sources
        }
    )
    .is_ok());
}

/// The embedded pack checked with one table edited.
fn with_table(
    which: for<'t, 'a> fn(&'t mut pack::Tables<'a>) -> &'t mut (&'a str, &'a str),
    edit: impl Fn(&str) -> String,
) -> Result<(), content::ContentError> {
    let mut original = pack::TABLES;
    let edited = edit(which(&mut original).1);
    let mut tables: pack::Tables<'_> = pack::TABLES;
    let slot = which(&mut tables);
    *slot = (slot.0, edited.as_str());
    pack::check_with(&plan(), &tables)
}

/// The 1-based line of the first line of `text` holding `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l.contains(needle))
        .map_or(0, |i| i + 1)
}

#[test]
fn the_whole_pack_passes_its_checks() {
    assert_eq!(pack::check(), Ok(()));
}

#[test]
fn a_bad_id_or_a_missing_column_in_any_table_fails_with_file_and_line() {
    let places = pack::TABLES.places.1;
    let line = line_of(places, "城关区");
    let error = with_table(
        |t| &mut t.places,
        |t| {
            t.replacen(
                "城关区\t\t\tchengguan\t620100",
                "城关区\t\t\tchengguan\t629900",
                1,
            )
        },
    )
    .expect_err("an unknown parent");
    assert_eq!(
        error.to_string(),
        format!("content/places.tsv:{line}: unknown place reference `629900`")
    );

    let projects = pack::TABLES.projects.1;
    let line = line_of(projects, "town-gaolan");
    let error = with_table(
        |t| &mut t.projects,
        |t| {
            t.replacen(
                "town-gaolan\t皋兰县\ttown\tbox1-gansu",
                "town-gaolan\t皋兰县\ttown\tbox1-nowhere",
                1,
            )
        },
    )
    .expect_err("an unknown source");
    assert_eq!(
        error.to_string(),
        format!(
            "content/projects.tsv:{line}: unknown paragraph or box entry reference `box1-nowhere`"
        )
    );
    let error = with_table(
        |t| &mut t.projects,
        |t| t.replacen("town-gaolan\t皋兰县\ttown\t", "town-gaolan\t皋兰县\t", 1),
    )
    .expect_err("a missing column");
    assert_eq!(
        error.to_string(),
        format!("content/projects.tsv:{line}: 8 columns, expected 9")
    );

    let roles = pack::TABLES.roles.1;
    let line = line_of(roles, "都市圈");
    let error = with_table(|t| &mut t.roles, |t| t.replacen("c3s3p4", "c3s3p40", 1))
        .expect_err("an unknown paragraph");
    assert_eq!(
        error.to_string(),
        format!("content/roles.tsv:{line}: unknown paragraph reference `c3s3p40`")
    );

    let error = with_table(|t| &mut t.terms, |t| t.replacen("\t高速铁路\t", "\t\t", 1))
        .expect_err("an empty column");
    assert_eq!(
        error.to_string(),
        "content/search-terms.tsv:2: every column needs a value"
    );
}

/// Rules a pack must keep beyond its columns, each shown failing a pack that breaks it: they
/// are the pack's checks (the build runs them), not only this test's.
#[test]
fn a_project_id_a_url_would_escape_and_a_search_word_the_plan_lacks_fail_the_pack() {
    let projects = pack::TABLES.projects.1;
    let line = line_of(projects, "town-gaolan");
    let error = with_table(
        |t| &mut t.projects,
        |t| t.replacen("town-gaolan\t", "Town_皋兰\t", 1),
    )
    .expect_err("an id with capitals, an underscore and Chinese");
    assert_eq!(
        error.to_string(),
        format!(
            "content/projects.tsv:{line}: id `Town_皋兰`: only lowercase letters, digits and hyphens"
        )
    );
    let error = with_table(
        |t| &mut t.terms,
        |t| t.replacen("\t高速铁路\t", "\t磁悬浮铁路\t", 1),
    )
    .expect_err("a word the plan does not use");
    assert_eq!(
        error.to_string(),
        "content/search-terms.tsv:2: `磁悬浮铁路` (for `高铁`) occurs nowhere in the plan"
    );
}

#[test]
fn a_malformed_line_of_the_map_data_fails_with_file_and_line() {
    let text = lanxi_explorer::core::maps::MAP_SOURCE.replacen("\nbbox ", "\nbbox 1 2 3\nbbox ", 1);
    let line = text
        .lines()
        .position(|l| l == "bbox 1 2 3")
        .map_or(0, |i| i + 1);
    let error = pack::map(&text).expect_err("three numbers are no bounding box");
    assert_eq!(
        error.to_string(),
        format!("content/region.txt:{line}: bbox needs four numbers")
    );
    assert!(pack::map(lanxi_explorer::core::maps::MAP_SOURCE).is_ok());
}

#[test]
fn a_malformed_map_names_row_fails_with_file_and_line() {
    use lanxi_explorer::core::content::sources::MAP_NAMES_SOURCE;
    use lanxi_explorer::core::geo::names::parse_names;
    let (file, text) = MAP_NAMES_SOURCE;
    assert!(parse_names(file, text).is_ok_and(|n| !n.rivers.is_empty() && n.lake.is_some()));
    let edited = text.replacen("\nriver\t", "\nrill\t", 1);
    let error = parse_names(file, &edited).expect_err("an unknown kind");
    assert_eq!(
        error.to_string(),
        "content/map-names.tsv:2: unknown kind `rill`"
    );
}

#[cfg(feature = "ssr")]
#[test]
fn the_published_plan_reads_back_as_the_plan_and_the_search_index_as_its_documents() {
    use lanxi_explorer::core::pack::embedded_index_file;
    use lanxi_explorer::core::published::plan_file::PlanFile;
    use lanxi_explorer::core::search::IndexFile;
    use lanxi_explorer::core::units::documents;
    let Ok(plan) = pack::plan() else {
        panic!("the pack loads")
    };
    let written = published_plan(plan);
    let read = PlanFile::read(&written).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read.preamble, plan.preamble);
    assert_eq!(read.chapters, plan.chapters);
    // The search's index file: what the build writes is what the browser reads, and it holds
    // every unit of the pack, in order, with the link each opens.
    let file = embedded_index_file().unwrap_or_else(|e| panic!("{e}"));
    let bytes = file.to_bytes().unwrap_or_else(|e| panic!("{e}"));
    let back = IndexFile::from_bytes(&bytes).unwrap_or_else(|e| panic!("{e}"));
    assert!(back == file, "the index reads back as written");
    let from_pack = documents(
        plan,
        lanxi_explorer::core::pack::projects().unwrap_or(&[]),
        lanxi_explorer::core::pack::progress().unwrap_or(&[]),
    );
    assert!(
        from_pack.len() > 200,
        "every paragraph, box entry, goal and project: {}",
        from_pack.len()
    );
    assert_eq!(back.entries.len(), from_pack.len());
    for (entry, doc) in back.entries.iter().zip(&from_pack) {
        let published = (
            entry.href.as_str(),
            entry.anchor.as_str(),
            entry.text.as_str(),
        );
        assert_eq!(
            published,
            (
                doc.route.href().as_str(),
                doc.anchor.as_str(),
                doc.text.as_str()
            )
        );
        assert_eq!(
            (back.trail(entry.trail), back.trail(entry.group)),
            (doc.trail.as_str(), doc.group.as_str())
        );
        assert_eq!((entry.kind, entry.lead()), (doc.kind, doc.lead_len));
    }
    // As the search page carries it: text an HTML parser leaves as it is, read back the same,
    // and mostly the plan's own characters (so brotli packs it as well as the bytes).
    let text = file.to_page_text().unwrap_or_else(|e| panic!("{e}"));
    let back = IndexFile::from_page_text(&text).unwrap_or_else(|e| panic!("{e}"));
    assert!(back == file, "the page's index reads back as written");
    let stand_ins = text
        .chars()
        .filter(|c| ('\u{E000}'..='\u{E0FF}').contains(c))
        .count();
    assert!(
        stand_ins * 5 < text.chars().count(),
        "{stand_ins} of {} characters stand in for bytes",
        text.chars().count()
    );
    // A truncated or foreign file is an error the page can show, not a panic.
    assert!(IndexFile::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    assert!(IndexFile::from_bytes(b"<!DOCTYPE html>").is_err());
}

/// The goals page's timeline, from the pack as written (a core test restating `timeline`
/// could not fail): four headline figures of 2016 to start from, targets for 2020, 2030 and
/// 2035, each year once and in order.
#[test]
fn the_goals_timeline_starts_from_2016_and_runs_to_2020_2030_and_2035() {
    use lanxi_explorer::core::goal_text::timeline;
    let Ok(plan) = pack::plan() else {
        panic!("the pack loads")
    };
    let (baselines, years) = timeline(plan);
    let bases: Vec<(u16, usize)> = baselines.iter().map(|(y, f)| (*y, f.len())).collect();
    assert_eq!(bases, [(2016, 4)], "the baseline year and its figures");
    assert_eq!(years, [2020, 2030, 2035], "the goals' years");
}
