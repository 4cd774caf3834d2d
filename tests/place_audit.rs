//! The audit of the place pages, as a table a reviewer can extend: for a place, what its page
//! must show or must not show — its own projects (with the reason's words), the projects it
//! takes from its city, its passages, its roles — plus look-ups of former names and texts that
//! must not name a place. Each row guards one defect class: city districts left empty, sites
//! at the wrong level, rivers that reach no county, look-alike names, roles given to the wrong
//! level, hand-removed places coming back, alias groups, former names.

use lanxi_explorer::core::pack::places;
use lanxi_explorer::core::pack::plan;
use lanxi_explorer::core::pack::projects;
use lanxi_explorer::core::pack::roles;
use lanxi_explorer::core::place_report::{report, PlaceReport, Reach};
use lanxi_explorer::core::places::{lookup, mentions, place, Level};

/// What a row checks on a place's page.
#[derive(Clone, Copy, Debug)]
enum Shows {
    /// Among its own projects, with a reason containing the words given.
    Own(&'static str),
    /// Among the projects of its city.
    City,
    /// Among the passages that name it, a site in it or a river crossing it (the item is
    /// words of the passage).
    Passage,
    /// Among the roles it has itself (the role begins with the item; one it has only through
    /// its prefecture reads `所属…：` and does not count).
    Role,
}

use Shows::*;

/// (place, what, project name or passage/role words, must show).
const PAGES: &[(&str, Shows, &str, bool)] = &[
    // City districts take their city's projects, labelled, and do not claim them as own.
    ("630103", City, "西宁—成都铁路", true),
    ("630103", Own(""), "西宁—成都铁路", false),
    ("630104", City, "兰州、西宁国家重要数据灾备中心", true),
    ("630105", City, "西宁中关村科技成果产业化基地", true),
    ("620104", City, "兰州—中卫铁路", true),
    ("620105", City, "兰州铁路国际班列物流平台", true),
    ("620111", City, "兰州—合作铁路", true),
    ("622901", City, "临夏、定西、青海湖支线机场", true),
    (
        "630203",
        City,
        "海东工业园区升级为国家级经济技术开发区",
        true,
    ),
    ("620402", City, "白银资源枯竭型城市转型", true),
    ("621102", City, "定西—平凉铁路（规划研究）", true),
    ("620123", City, "兰州—中卫铁路", true),
    // Sites at county level, with their sources in the gazetteer.
    ("630223", Own("曹家堡"), "曹家堡综合交通枢纽", true),
    ("630223", Own("西宁机场"), "西宁机场三期扩建工程", true),
    ("630224", Own("李家峡"), "沿黄河地区综合治理工程", true),
    ("630224", Own("公伯峡"), "沿黄河地区综合治理工程", true),
    ("632322", Own("李家峡"), "沿黄河地区综合治理工程", true),
    ("630225", Own("积石峡"), "沿黄河地区综合治理工程", true),
    ("632523", Own("拉西瓦"), "沿黄河地区综合治理工程", true),
    ("632525", Own("龙羊峡"), "水环境保护与治理工程", true),
    ("632521", Own("龙羊峡"), "水环境保护与治理工程", true),
    ("622923", Own("刘家峡"), "水环境保护与治理工程", true),
    ("620421", Own("乌金峡"), "水环境保护与治理工程", true),
    (
        "620102",
        Own("兰州站"),
        "兰州站、兰州西站、西宁站、西宁（货）区段站",
        true,
    ),
    (
        "630102",
        Own("西宁站"),
        "兰州站、兰州西站、西宁站、西宁（货）区段站",
        true,
    ),
    ("620104", Own("兰州国际港务区"), "兰州国际港务区", true),
    (
        "620121",
        Own("中川"),
        "兰州中川国际机场三期改扩建工程",
        true,
    ),
    ("632301", Own("热贡"), "热贡国家级文化生态保护区", true),
    (
        "632223",
        Own("青海湖"),
        "环青海湖地区生态保护与环境综合治理工程",
        true,
    ),
    ("632521", Own("共和盆地"), "共和盆地生态治理修复工程", true),
    // Rivers and ranges reach the counties they cross, and only those.
    ("621124", Own("洮河流经本县"), "水环境保护与治理工程", true),
    ("621123", Own("渭河"), "水环境保护与治理工程", true),
    (
        "620121",
        Own("庄浪河流经本县"),
        "水环境保护与治理工程",
        true,
    ),
    (
        "632301",
        Own("隆务河流经本市"),
        "水环境保护与治理工程",
        true,
    ),
    ("630224", Own("黄河流经本县"), "黄河干流防洪", true),
    // The 大通河's headwater conservation area (水源涵养区) lies upstream in the 祁连 mountains,
    // not in 民和 at its mouth: the project reaches no county of the region (its note says so).
    ("630222", Own(""), "环祁连山地区生态综合治理修复工程", false),
    ("630121", Own(""), "环祁连山地区生态综合治理修复工程", false),
    ("621124", Passage, "洮河", true),
    // Look-alikes: 海东 inside 青海东部; 大通 inside 大通河.
    (
        "630200",
        Own("海东"),
        "青海东部干旱山区生态屏障建设工程",
        true,
    ),
    // Roles for the seats (州府、市区) go to the seat, not to every county.
    ("621102", Role, "节点城市", true),
    ("621122", Role, "节点城市", false),
    ("632223", Role, "节点城市", true),
    ("632521", Role, "节点城市", true),
    ("632523", Role, "节点城市", false),
    ("632301", Role, "节点城市", true),
    ("632322", Role, "节点城市", false),
    ("621100", Role, "节点城市", true),
    // A place removed from a project by hand stays removed, passages included.
    ("630100", Own(""), "西宁机场三期扩建工程", false),
    ("630100", Passage, "西宁机场三期扩建工程", false),
    // 兰白 is 兰州 and 白银.
    ("620100", Own("兰白"), "兰白科技创新改革试验区", true),
    ("620400", Own("兰白"), "兰白承接产业转移示范区", true),
    ("620100", Passage, "兰白承接产业转移示范区", true),
    ("620400", Passage, "兰白科技创新改革试验区", true),
    ("620402", City, "兰白承接产业转移示范区", true),
    // One province's project does not reach the other's: box 2-2 is 青海东部's (issue 23).
    ("620102", Own(""), "青海东部干旱山区生态屏障建设工程", false),
    ("620102", City, "青海东部干旱山区生态屏障建设工程", false),
    ("622923", Own(""), "青海东部干旱山区生态屏障建设工程", false),
    (
        "630222",
        Own("两岸"),
        "青海东部干旱山区生态屏障建设工程",
        true,
    ),
    // A river named in passing (黄河上游 as the region's address) reaches no county; one named
    // with its basin or banks does, and the reason says which word.
    ("620102", Passage, "共守黄河上游生态安全", false),
    (
        "620102",
        Passage,
        "加大对黄河上游地区生态建设横向支持力度",
        false,
    ),
    ("620102", Passage, "因地制宜在黄河沿岸发展库区经济", false),
    ("622923", Passage, "因地制宜在黄河沿岸发展库区经济", true),
    ("620102", City, "兰州榆中、临夏和西宁产城融合示范区", false),
    (
        "620123",
        Own("榆中"),
        "兰州榆中、临夏和西宁产城融合示范区",
        true,
    ),
    ("630224", Own("黄河“干流”"), "黄河干流防洪", true),
    // Projects the text does not place, placed by sources (their notes give them).
    ("621102", Own("人工标注"), "引洮二期", true),
    ("621122", Own("人工标注"), "引洮二期", true),
    ("621123", Own(""), "引洮二期", false),
    ("630106", Own("人工标注"), "引大济湟西干渠", true),
    ("630121", Own("人工标注"), "湟水北干渠", true),
    ("630223", Own("人工标注"), "湟水北干渠", true),
    ("630202", Own("人工标注"), "湟水北干渠", true),
    ("620111", Own(""), "湟水北干渠", false),
    (
        "620123",
        Own("人工标注"),
        "G6、G30 国家高速公路繁忙路段扩容改造",
        true,
    ),
    (
        "620122",
        Own("人工标注"),
        "G6、G30 国家高速公路繁忙路段扩容改造",
        true,
    ),
    (
        "630123",
        Own("人工标注"),
        "G6、G30 国家高速公路繁忙路段扩容改造",
        true,
    ),
    ("632322", Own("人工标注"), "热贡国家级文化生态保护区", true),
    // 湟水 crosses the four districts of 西宁, not just "西宁市".
    ("630102", Own("湟水流经本区"), "水环境保护与治理工程", true),
    ("630103", Own("湟水流经本区"), "水环境保护与治理工程", true),
    ("630104", Own("湟水流经本区"), "水环境保护与治理工程", true),
    ("630105", Own("湟水流经本区"), "水环境保护与治理工程", true),
    // Sites and ranges reach the counties the sources put them in.
    ("632525", Own("共和盆地"), "共和盆地生态治理修复工程", true),
    ("632523", Own(""), "共和盆地生态治理修复工程", false),
    ("630203", Passage, "拉脊山", true),
    ("630224", Passage, "拉脊山", true),
    ("622926", Own("刘家峡"), "沿黄河地区综合治理工程", true),
    ("622927", Own("刘家峡"), "沿黄河地区综合治理工程", true),
    (
        "621102",
        Own("祖厉河流经本区"),
        "水环境保护与治理工程",
        true,
    ),
    // 海北's seat 西海镇 lies in 海晏县, so the seat's role is 海晏's own (above), and 海北's
    // page names the county that holds it.
    ("632200", Role, "节点城市（州府）（海晏县）", true),
];

/// (typed, the place it must find first).
const LOOKUPS: &[(&str, &str)] = &[
    ("乐都县", "630202"),
    ("平安县", "630203"),
    ("湟中县", "630106"),
    ("同仁县", "632301"),
    ("定西县", "621102"),
    ("海东地区", "630200"),
    ("定西地区", "621100"),
    ("ｘｉｎｉｎｇ", "630100"),
    ("Xīníng", "630100"),
];

/// (text, a place it must not be read as naming).
const NOT_NAMED: &[(&str, &str)] = &[
    ("青海东部干旱山区", "630200"),
    ("兰西城市群", "620100"),
    ("兰西城市群", "630100"),
    ("重点保障大通河流域", "630121"),
    ("中华人民共和国", "632521"),
];

/// The plan, gazetteer, catalogue and roles a place report is built from.
fn pack() -> (
    &'static lanxi_explorer::core::content::Plan,
    &'static [lanxi_explorer::core::places::Place],
    &'static [lanxi_explorer::core::projects::Project],
    &'static [lanxi_explorer::core::roles::Role],
) {
    (
        plan().expect("plan"),
        places().expect("places"),
        projects().expect("projects"),
        roles().expect("roles"),
    )
}

fn page_shows(r: &PlaceReport<'_>, what: Shows, item: &str) -> bool {
    let listed = |list: &[lanxi_explorer::core::place_report::Concerned<'_>], words: &str| {
        list.iter()
            .any(|c| c.resolved.project.name == item && c.reasons.iter().any(|r| r.contains(words)))
    };
    match what {
        Own(words) => listed(&r.projects, words),
        City => listed(&r.inherited, ""),
        Passage => {
            r.passages.iter().any(|(doc, _)| doc.text.contains(item))
                || r.by_feature
                    .iter()
                    .flat_map(|(_, docs)| docs)
                    .any(|doc| doc.text.contains(item))
        }
        Role => r.roles.iter().any(|(role, _, _)| role.starts_with(item)),
    }
}

#[test]
fn the_audit_table_holds_for_every_row() {
    let (plan, all, catalogue, roles) = pack();
    assert!(
        PAGES.len() + LOOKUPS.len() + NOT_NAMED.len() >= 40,
        "the audit has at least 40 cases"
    );
    let mut failures = Vec::new();
    for &(id, what, item, must) in PAGES {
        let p = place(all, id).unwrap_or_else(|| panic!("{id} is in the gazetteer"));
        let r = report(plan, all, catalogue, roles, p);
        if page_shows(&r, what, item) != must {
            let verb = if must { "must show" } else { "must not show" };
            failures.push(format!("{} {verb} {what:?} {item}", p.name));
        }
    }
    for &(typed, id) in LOOKUPS {
        let found = lookup(all, typed).first().map(|p| p.adcode.clone());
        if found.as_deref() != Some(id) {
            failures.push(format!("`{typed}` finds {found:?}, not {id}"));
        }
    }
    for &(text, id) in NOT_NAMED {
        if mentions(all, text).iter().any(|m| m.place.adcode == id) {
            failures.push(format!("`{text}` is read as naming {id}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_county_in_scope_shows_no_project_at_all() {
    let (plan, all, catalogue, roles) = pack();
    for p in all.iter().filter(|p| p.level == Level::County) {
        let r = report(plan, all, catalogue, roles, p);
        assert!(
            r.own_count() + r.inherited_count() > 0,
            "{} shows 项目（0）",
            p.name
        );
    }
}

#[test]
fn every_site_river_and_range_names_a_source_or_says_it_is_unsettled() {
    for p in places()
        .expect("places")
        .iter()
        .filter(|p| !p.level.has_page() && p.level != Level::Group)
    {
        let sourced = p.note.contains("http");
        let unsettled = p.note.contains("未能确证");
        assert!(sourced || unsettled, "{}: {}", p.name, p.note);
    }
}

#[test]
fn a_passage_naming_only_a_river_is_listed_by_the_river_and_one_naming_a_site_is_quoted() {
    let (plan, all, catalogue, roles) = pack();
    let chengguan = place(all, "620102").expect("城关区 is in the gazetteer");
    let r = report(plan, all, catalogue, roles, chengguan);
    let (river, by_river) = r
        .by_feature
        .iter()
        .find(|(f, _)| f.name == "黄河")
        .expect("城关区 lists the passages that name 黄河");
    assert_eq!(river.level, Level::Feature);
    assert!(
        by_river.len() >= 10,
        "黄河 is named often: {}",
        by_river.len()
    );
    assert!(by_river.iter().all(|d| d.text.contains("黄河")));
    let quoted: Vec<&str> = r.passages.iter().map(|(d, _)| d.anchor.as_str()).collect();
    assert!(
        by_river
            .iter()
            .all(|d| !quoted.contains(&d.anchor.as_str())),
        "a passage is listed once"
    );
    assert!(
        r.passages.iter().any(|(d, _)| d.text.contains("兰州站")),
        "the passage naming 兰州站 (in 城关区) is quoted"
    );
    assert!(
        r.passages
            .iter()
            .all(|(d, _)| d.route != lanxi_explorer::core::routes::Route::Projects),
        "a project's catalogue entry is not repeated as a passage"
    );
}

#[test]
fn a_passage_marks_a_place_only_where_its_words_name_it() {
    let (plan, all, catalogue, roles) = pack();
    let haidong = place(all, "630200").expect("海东市 is in the gazetteer");
    let r = report(plan, all, catalogue, roles, haidong);
    let shown: Vec<String> = r
        .passages
        .iter()
        .map(|(_, cut)| {
            cut.segments
                .iter()
                .map(|s| {
                    if s.mark {
                        format!("[{}]", s.text)
                    } else {
                        s.text.clone()
                    }
                })
                .collect()
        })
        .collect();
    assert!(
        shown.iter().any(|s| s.contains("[海东]")),
        "海东 is marked where it names the city"
    );
    assert!(
        shown.iter().all(|s| !s.contains("青[海东]部")),
        "海东 inside 青海东部 is not marked: {shown:?}"
    );
}

#[test]
fn every_county_page_counts_what_the_maps_and_the_project_list_count() {
    let (plan, all, catalogue, roles) = pack();
    let counts = lanxi_explorer::core::place_report::county_counts(plan, all, catalogue);
    for p in all.iter().filter(|p| p.level == Level::County) {
        let r = report(plan, all, catalogue, roles, p);
        let mapped = counts.get(&p.adcode).copied().unwrap_or((0, 0));
        assert_eq!(
            (r.own_count(), r.inherited_count()),
            mapped,
            "{}: the page and the map's sheet say the same",
            p.name
        );
        let summary = lanxi_explorer::core::place_report::place_summary(&r);
        let named = r.count(Reach::Named) + r.count(Reach::Within);
        assert!(
            summary.contains(&format!("直接点名 {named} 项")),
            "{}: {summary}",
            p.name
        );
    }
}

/// (county, its page's summary as a reader reads it; why). The test above holds the summary
/// to the report's own counts; these hold both to the pack, so a count wrong on both sides
/// still fails.
const SUMMARIES: &[(&str, &str, &str)] = &[
    (
        "620102",
        "本区直接点名 1 项（其中境内地点 1 项），所属兰州市 25 项，流经的黄河 4 项；原文直接提到本区 1 段。",
        "城关区: one project sited in it; Lanzhou's 25 and the Yellow River's 4 reach it through them",
    ),
    (
        "630102",
        "本区直接点名 1 项（其中境内地点 1 项），所属西宁市 15 项，流经的湟水 4 项；原文直接提到本区 1 段。",
        "城东区: the same shape on the Qinghai side, through Xining and the Huangshui",
    ),
];

#[test]
fn a_county_page_s_summary_reads_as_the_pack_says() {
    let (plan, all, catalogue, roles) = pack();
    for (id, want, why) in SUMMARIES {
        let Some(p) = all.iter().find(|p| p.adcode == *id) else {
            panic!("{id} is in the gazetteer")
        };
        let r = report(plan, all, catalogue, roles, p);
        let summary = lanxi_explorer::core::place_report::place_summary(&r);
        assert_eq!(summary, *want, "{id}: {why}");
    }
}

/// (place, how the places page and its own page name its former name; why)
const FORMER: &[(&str, &str, &str)] = &[
    (
        "621102",
        "旧称定西县（2003 年改今名）",
        "the plan writes 安定区, never 定西县",
    ),
    (
        "630202",
        "旧称乐都县（2013 年改今名）",
        "the plan writes 乐都区",
    ),
    (
        "630203",
        "旧称平安县（2015 年改今名）",
        "the plan writes 平安区",
    ),
    (
        "630200",
        "旧称海东地区（2013 年改今名）",
        "the plan writes 海东市",
    ),
    (
        "621100",
        "旧称定西地区（2003 年改今名）",
        "a prefecture's former name",
    ),
    (
        "630106",
        "规划中称湟中县（2019 年改今名）",
        "the plan's own word for 湟中",
    ),
    (
        "632301",
        "规划中称同仁县（2020 年改今名）",
        "the plan's own word for 同仁",
    ),
];

#[test]
fn a_former_name_is_called_the_plans_only_where_the_text_uses_it() {
    use lanxi_explorer::core::places::former_names;
    let (plan, all, _, _) = pack();
    for &(id, said, why) in FORMER {
        let p = place(all, id).unwrap_or_else(|| panic!("{id} is in the gazetteer"));
        let got = former_names(p, |name| plan.uses(name));
        assert_eq!(got.as_deref(), Some(said), "{}: {why}", p.name);
    }
}
