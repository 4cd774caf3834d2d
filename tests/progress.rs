//! Since 2018: what the progress table says of the projects a reader asks about first, how
//! much of the catalogue it covers, and the rules of evidence it keeps (the pack's checks fail
//! a table that breaks them; the core's unit tests show each rule failing).

use lanxi_explorer::core::pack::progress;
use lanxi_explorer::core::pack::projects;
use lanxi_explorer::core::progress::{standing, Status, Tier};

/// (project, the status the sources give, the milestone's year; why it is in the table)
const ASKED_FIRST: &[(&str, Status, &str, &str)] = &[
    (
        "air-zhongchuan-3",
        Status::InService,
        "2025",
        "T3 opened in 2025, not 2020 as a fabricated page says",
    ),
    (
        "air-xining-3",
        Status::InService,
        "2025",
        "曹家堡 T3 in service",
    ),
    (
        "rail-lanzhou-zhongwei",
        Status::InService,
        "2022",
        "中兰 opened at the end of 2022",
    ),
    (
        "rail-xining-chengdu",
        Status::Building,
        "2020",
        "西成 under construction since 2020",
    ),
    (
        "rail-lanzhou-hezuo",
        Status::Building,
        "2021",
        "兰合 under construction",
    ),
    (
        "water-yintao-2",
        Status::InService,
        "2023",
        "引洮二期 supplying water",
    ),
    (
        "water-yindajihuang",
        Status::InService,
        "2023",
        "西干渠 in service with the whole 引大济湟",
    ),
];

#[test]
fn the_projects_readers_ask_about_first_have_a_dated_sourced_status() {
    let rows = progress().expect("the progress table loads");
    for &(id, status, year, why) in ASKED_FIRST {
        let st = standing(rows, id).unwrap_or_else(|| panic!("{id} has a row"));
        assert_eq!(st.status, status, "{id}: {why}");
        assert!(
            st.milestone.starts_with(year),
            "{id}: milestone {} ({why})",
            st.milestone
        );
        assert!(
            st.evidence
                .iter()
                .all(|e| e.url.starts_with("http") && !e.publisher.is_empty()),
            "{id}: every source names its publisher and address"
        );
    }
}

#[test]
fn at_least_sixty_projects_have_a_sourced_status_and_the_rest_say_when_they_were_searched() {
    let rows = progress().expect("the progress table loads");
    let catalogue = projects().expect("the catalogue loads");
    let mut sourced = 0;
    for p in catalogue {
        let st = standing(rows, &p.id).unwrap_or_else(|| panic!("{} has a row", p.id));
        if st.status == Status::NoTrace {
            assert!(!st.as_of.is_empty(), "{}: the day searched", p.id);
        } else {
            sourced += 1;
            assert!(
                st.evidence[0].tier.is_some(),
                "{}: the status-giving source has a tier",
                p.id
            );
        }
    }
    assert!(
        sourced >= 60,
        "{sourced} of {} projects have a sourced status",
        catalogue.len()
    );
}

#[test]
fn in_service_rests_on_the_publishers_own_site_or_two_outlets() {
    let rows = progress().expect("the progress table loads");
    for p in projects().expect("the catalogue loads") {
        let Some(st) = standing(rows, &p.id) else {
            continue;
        };
        if st.status != Status::InService {
            continue;
        }
        let backing: Vec<_> = st
            .evidence
            .iter()
            .filter(|e| e.status == Status::InService)
            .collect();
        let official = backing.iter().any(|e| e.tier == Some(Tier::Official));
        assert!(
            official || backing.len() >= 2,
            "{}: {} sources",
            p.id,
            backing.len()
        );
    }
}
