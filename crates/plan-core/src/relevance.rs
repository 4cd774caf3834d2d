//! Which places a text really concerns, read by two rules a resident would apply, each kept
//! with the words that decide it (the reason a page shows):
//!
//! - **A river or range reaches the counties along it only where the text is about it**: its
//!   basin, banks, main stream, reservoirs, corridor (the pack's `@feature-context` words, in the
//!   same clause as the name, or `沿` right before it). Named in passing — 黄河上游 as the
//!   region's address, 黄河中下游 as who pays — it reaches no county: in the 2018 plan, 4 of the
//!   19 paragraphs and box entries that name a river name it only so (2 more name one river so
//!   and another about itself), and they stood on all 20 pages along 黄河.
//! - **A text whose name names places keeps its rivers and ranges to them**, when its words name
//!   no unit outside them: 青海东部干旱山区生态屏障建设工程 names 黄河, but its name is 青海's
//!   and its words name no 甘肃 place, so its 黄河 is 青海's stretch; the paragraph on the
//!   节点城市 (its bold lead names 定西、临夏、海北、海南、黄南) speaks of 库区经济 along 黄河,
//!   which is theirs, not 兰州's. The name only (a project's name, a passage's bold lead), not
//!   any word: the paragraph listing all six eco-regions names 青海东部 and 共和盆地 in passing,
//!   and its 沿黄河地区 runs through both provinces. Sites are not limited: they name a spot.
//!
//! A pack without `@feature-context` keeps every river mention (the rule needs the words).

use super::places::{is_within, mentions, Level, Mention, Place};

/// Where a clause ends: a feature's context must stand in the same one.
const CLAUSE_ENDS: [char; 7] = ['。', '；', '，', '！', '？', '：', '\n'];

/// A place a text concerns, with the words that name it and, for a river or range, the word
/// that shows the text is about it (`流域`, `两岸`, `沿`).
#[derive(Debug, Clone, PartialEq)]
pub struct Reached<'a> {
    /// The place and the words naming it.
    pub mention: Mention<'a>,
    /// For a river or range: what makes the text about it.
    pub about: Option<String>,
}

/// What a text concerns: its places, and the places its name keeps its rivers and ranges to.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reading<'a> {
    /// The places, rivers and ranges it concerns (a river named in passing left out).
    pub reached: Vec<Reached<'a>>,
    /// The units its name names (a site's units for a site), when its words name no unit
    /// outside them; empty: no limit.
    pub scope: Vec<&'a Place>,
}

/// The context word showing `text` is about `feature`: one of `context` in a clause that names
/// it (its `except` words honoured), or `沿` right before its name.
pub fn about_feature(feature: &Place, context: &[String], text: &str) -> Option<String> {
    let one = std::slice::from_ref(feature);
    for clause in text.split(CLAUSE_ENDS) {
        let Some(named) = mentions(one, clause).into_iter().next() else {
            continue;
        };
        if clause.contains(&format!("沿{}", named.words)) {
            return Some("沿".into());
        }
        if let Some(word) = context.iter().find(|w| clause.contains(w.as_str())) {
            return Some(word.clone());
        }
    }
    None
}

/// The units a text keeps its rivers and ranges to: those its name names (a site's units for
/// a site), when every unit or site its words name (`found`) lies within one of them.
pub fn name_scope<'a>(places: &'a [Place], name: &str, found: &[Mention<'a>]) -> Vec<&'a Place> {
    let mut scope: Vec<&Place> = Vec::new();
    for m in mentions(places, name) {
        let units: Vec<&Place> = match m.place.level {
            Level::Feature | Level::Group => continue,
            Level::Site => m
                .place
                .parents
                .iter()
                .filter_map(|id| places.iter().find(|p| p.adcode == *id))
                .collect(),
            _ => vec![m.place],
        };
        scope.extend(units);
    }
    let kept = found
        .iter()
        .filter(|m| !matches!(m.place.level, Level::Feature | Level::Group))
        .all(|m| scope.iter().any(|s| is_within(places, m.place, s)));
    if kept {
        scope
    } else {
        Vec::new()
    }
}

/// Reads `text`, called `name` (a project's name, a passage's bold lead, or empty): the
/// places it names, rivers and ranges only where it is about them, and the units its name keeps
/// them to. `context` is the pack's `@feature-context` (empty: keep every river).
pub fn read<'a>(places: &'a [Place], context: &[String], name: &str, text: &str) -> Reading<'a> {
    let found = mentions(places, text);
    let scope = name_scope(places, name, &found);
    let reached = found
        .into_iter()
        .filter_map(|mention| {
            if mention.place.level != Level::Feature || context.is_empty() {
                return Some(Reached {
                    mention,
                    about: None,
                });
            }
            let about = about_feature(mention.place, context, text)?;
            Some(Reached {
                mention,
                about: Some(about),
            })
        })
        .collect();
    Reading { reached, scope }
}

/// Whether a page for `here` may list a river or range (or a group) a text reaches, when the
/// text keeps them to `scope`: `here` lies in one of those units, or contains one.
pub fn in_scope(places: &[Place], scope: &[&Place], here: &Place) -> bool {
    scope.is_empty()
        || scope
            .iter()
            .any(|s| is_within(places, here, s) || is_within(places, s, here))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::parse_places;

    const GAZETTEER: &str = "id\tlevel\tname\tshort\told\tpinyin\tparent\texcept\tnote
100000\tprovince\t东省\t东\t\tdong\t\t\t
200000\tprovince\t西省\t西\t\txi\t\t\t
100100\tprefecture\t甲市\t甲\t\tjia\t100000\t\t
100101\tcounty\t安县\t\t\tan\t100100\t\t
200101\tcounty\t平县\t\t\tping\t200000\t\t
river\tfeature\t长河\t\t\tchanghe\t100101|200101\t长河渠\t虚构：流经安县、平县
";

    fn gazetteer() -> Vec<Place> {
        parse_places("test", GAZETTEER).expect("the test gazetteer parses")
    }

    fn context() -> Vec<String> {
        ["流域", "两岸"].map(String::from).to_vec()
    }

    #[test]
    fn a_river_named_with_its_basin_or_banks_is_read_and_one_named_in_passing_is_not() {
        let places = gazetteer();
        // (text, whether the river is read, the word that decides; why)
        let cases = [
            ("治理长河流域。", Some("流域"), "its basin, in the clause"),
            ("长河两岸造林。", Some("两岸"), "its banks"),
            ("发展沿长河经济带。", Some("沿"), "沿 right before the name"),
            (
                "位于长河上游，流域广阔。",
                None,
                "the basin word is in another clause",
            ),
            (
                "地处长河上游地区。",
                None,
                "the region's address: in passing",
            ),
            (
                "修建长河渠两岸绿化。",
                None,
                "a canal's name is not the river",
            ),
        ];
        for (text, want, why) in cases {
            let reading = read(&places, &context(), "", text);
            let got = reading
                .reached
                .iter()
                .find(|r| r.mention.place.adcode == "river")
                .and_then(|r| r.about.as_deref());
            assert_eq!(got, want, "{text}: {why}");
        }
    }

    #[test]
    fn without_context_words_every_river_mention_is_kept() {
        let places = gazetteer();
        let reading = read(&places, &[], "", "地处长河上游地区。");
        assert_eq!(
            reading.reached.len(),
            1,
            "a pack without the words keeps it"
        );
    }

    #[test]
    fn a_text_whose_name_names_places_keeps_its_rivers_to_them() {
        let places = gazetteer();
        let (an, ping) = (&places[3], &places[4]);
        // (name, text, the scope's ids; why)
        let cases: [(&str, &str, &[&str], &str); 6] = [
            (
                "东省造林工程",
                "长河两岸造林。",
                &["100000"],
                "its name names one province",
            ),
            (
                "东省造林工程",
                "甲市长河两岸。",
                &["100000"],
                "its city lies in it",
            ),
            (
                "东省造林工程",
                "平县长河两岸。",
                &[],
                "its words name a county outside it",
            ),
            (
                "甲市、平县工程",
                "长河流域。",
                &["100100", "200101"],
                "two units, both kept",
            ),
            (
                "",
                "东省长河两岸造林。",
                &[],
                "a province in its words, not its name",
            ),
            ("造林工程", "长河两岸造林。", &[], "its name names no place"),
        ];
        for (name, text, want, why) in cases {
            let reading = read(&places, &context(), name, text);
            let got: Vec<&str> = reading.scope.iter().map(|p| p.adcode.as_str()).collect();
            assert_eq!(got, want, "{name} {text}: {why}");
        }
        let scoped = read(&places, &context(), "东省造林工程", "长河两岸造林。").scope;
        assert!(in_scope(&places, &scoped, an), "安县 is in 东省");
        assert!(!in_scope(&places, &scoped, ping), "平县 is not");
        assert!(in_scope(&places, &[], ping), "no scope: every place");
    }
}
