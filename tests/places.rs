//! Places and projects: the gazetteer resolves every name form, every box item is in the
//! catalogue, and every project is tied to a place or says why not.

use lanxi_explorer::core::content::Plan;
use lanxi_explorer::core::pack::places;
use lanxi_explorer::core::pack::plan;
use lanxi_explorer::core::pack::projects;
use lanxi_explorer::core::places::{lookup, mentions, place, Level, Place};
use lanxi_explorer::core::projects::{resolve, ProjectKind, Tie};

fn fixtures() -> (&'static Plan, &'static [Place]) {
    (plan().expect("plan"), places().expect("places"))
}

#[test]
fn every_scope_unit_resolves_from_each_of_its_name_forms() {
    let (plan, places) = fixtures();
    for unit in &plan.scope {
        let entry = place(places, &unit.adcode)
            .unwrap_or_else(|| panic!("{} is in the gazetteer", unit.name_2018));
        let mut forms: Vec<String> = entry
            .chinese_names()
            .iter()
            .map(|s| s.to_string())
            .collect();
        forms.push(unit.name_2018.clone());
        forms.push(unit.name_today.clone());
        forms.push(entry.pinyin.clone());
        forms.push(entry.pinyin.to_uppercase());
        for form in forms {
            let found = lookup(places, &form);
            assert_eq!(
                found.first().map(|p| p.adcode.as_str()),
                Some(unit.adcode.as_str()),
                "`{form}` finds {}",
                unit.name_today
            );
        }
    }
}

#[test]
fn the_plans_renamed_counties_resolve_to_todays_units() {
    let (_, places) = fixtures();
    for (typed, adcode, today) in [
        ("湟中县", "630106", "湟中区"),
        ("同仁县", "632301", "同仁市"),
        ("huangzhong", "630106", "湟中区"),
        ("tongren", "632301", "同仁市"),
    ] {
        let found = lookup(places, typed);
        let first = found.first().unwrap_or_else(|| panic!("{typed}"));
        assert_eq!(
            (first.adcode.as_str(), first.name.as_str()),
            (adcode, today),
            "{typed}"
        );
    }
}

#[test]
fn the_gazetteer_holds_every_scope_unit_prefecture_and_province_and_sites_map_with_a_reason() {
    let (plan, places) = fixtures();
    let count = |level| places.iter().filter(|p| p.level == level).count();
    assert_eq!(count(Level::County), 39);
    assert_eq!(count(Level::Prefecture), 9);
    assert_eq!(count(Level::Province), 2);
    assert!(count(Level::Site) >= 20, "sites named in the plan");
    assert!(plan
        .scope
        .iter()
        .all(|u| place(places, &u.adcode).is_some_and(|p| p.level == Level::County)));
    for p in places.iter().filter(|p| p.level != Level::Province) {
        assert!(!p.parents.is_empty(), "{} belongs somewhere", p.name);
        for parent in &p.parents {
            assert!(
                place(places, parent).is_some(),
                "{}: parent {parent} exists",
                p.name
            );
        }
    }
    for site in places.iter().filter(|p| p.level == Level::Site) {
        assert!(
            !site.note.is_empty(),
            "{} says why it maps where it does",
            site.name
        );
    }
    for name in ["兰州新区", "多巴", "曹家堡", "刘家峡", "青海湖", "共和盆地"] {
        assert!(places.iter().any(|p| p.name == name), "{name}");
    }
}

#[test]
fn a_name_inside_a_longer_word_does_not_count() {
    let (_, places) = fixtures();
    let names = |text: &str| {
        mentions(places, text)
            .into_iter()
            .map(|m| m.place.name.clone())
            .collect::<Vec<_>>()
    };
    assert!(
        !names("《中华人民共和国国民经济和社会发展第十三个五年规划纲要》")
            .contains(&"共和县".to_string())
    );
    assert!(
        !names("重点保障大通河、洮河流域水环境安全").contains(&"大通回族土族自治县".to_string())
    );
    assert!(!names("积石山保安族东乡族撒拉族自治县").contains(&"东乡族自治县".to_string()));
    assert!(names("建设共和等太阳能发电基地").contains(&"共和县".to_string()));
    assert_eq!(names("西宁市湟中县"), ["西宁市", "湟中区"]);
}

fn box_sources(plan: &Plan) -> Vec<String> {
    plan.boxes()
        .iter()
        .flat_map(|b| b.entries())
        .map(|e| e.id.to_string())
        .collect()
}

#[test]
fn every_box_item_is_in_the_catalogue() {
    let (plan, _) = fixtures();
    let catalogue = projects().expect("projects");
    for id in box_sources(plan) {
        assert!(
            catalogue.iter().any(|p| p.source == id),
            "{id} has a project"
        );
    }
    let towns: Vec<&str> = catalogue
        .iter()
        .filter(|p| p.kind == ProjectKind::Town)
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(towns.len(), 12, "box 1 lists twelve places: {towns:?}");
    let rail = catalogue.iter().filter(|p| p.source == "box5-rail").count();
    assert_eq!(rail, 8, "box 5's railway row names eight lines");
}

#[test]
fn every_project_is_tied_to_a_place_or_says_why_not() {
    let (plan, places) = fixtures();
    for project in projects().expect("projects") {
        let resolved = resolve(project, plan, places);
        assert!(
            !resolved.text.is_empty(),
            "{}: its source {} exists",
            project.id,
            project.source
        );
        let source = plan.unit_text(&project.source).unwrap_or_default();
        assert!(
            source.contains(&project.quote),
            "{}: quote is in {}",
            project.id,
            project.source
        );
        assert!(
            !resolved.places.is_empty() || !project.note.is_empty(),
            "{} has a place or a note",
            project.id
        );
        let by_hand = resolved.places.iter().any(|(_, tie)| *tie == Tie::ByHand)
            || !project.remove.is_empty();
        assert!(
            !by_hand || !project.note.is_empty(),
            "{}: hand-set links say why",
            project.id
        );
        for id in project.add.iter().chain(&project.remove) {
            assert!(
                place(places, id).is_some(),
                "{}: {id} is in the gazetteer",
                project.id
            );
        }
    }
}

#[test]
fn projects_record_the_words_that_tie_them_to_places() {
    let (plan, places) = fixtures();
    let catalogue = projects().expect("projects");
    let get = |id: &str| {
        resolve(
            catalogue
                .iter()
                .find(|p| p.id == id)
                .unwrap_or_else(|| panic!("{id}")),
            plan,
            places,
        )
    };
    let road = get("road-g1816-jingtai");
    let tied: Vec<(&str, Tie)> = road
        .places
        .iter()
        .map(|(p, t)| (p.name.as_str(), t.clone()))
        .collect();
    assert!(
        tied.contains(&("景泰县", Tie::Named("景泰".into()))),
        "{tied:?}"
    );
    assert!(
        tied.contains(&("中川", Tie::Named("中川机场".into()))),
        "{tied:?}"
    );
    let airport = get("air-xining-3");
    assert!(airport.places.iter().any(|(p, _)| p.name == "曹家堡"));
    assert!(
        !airport.places.iter().any(|(p, _)| p.name == "西宁市"),
        "the hand review removed 西宁市"
    );
    assert_eq!(get("rail-lanzhou-zhongwei").project.external, ["中卫"]);
}
