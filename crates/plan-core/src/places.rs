//! The gazetteer (`content/places.tsv`): provinces, prefectures and county-level units with the
//! name forms people type — full, short, the plan's 2018 name, pinyin without tones.

use super::content::tsv::{at, list, rows, syntax};
use super::content::ContentError;

/// How high a place stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// 省.
    Province,
    /// 地级: 市, 州.
    Prefecture,
    /// 县级: 区, 县, 县级市.
    County,
    /// Below county level: a new area, town, reservoir, airport, station, lake, basin.
    Site,
    /// A river or mountain range: it runs through (or along) the counties it lists.
    Feature,
    /// A name the plan uses for several places at once (two cities named by one character each).
    Group,
}

impl Level {
    /// The level in Chinese.
    pub fn label(self) -> &'static str {
        match self {
            Level::Province => "省",
            Level::Prefecture => "市州",
            Level::County => "县区",
            Level::Site => "地点",
            Level::Feature => "河流山脉",
            Level::Group => "合称",
        }
    }

    /// Whether places of this level have a page of their own (administrative units do; a
    /// site or river is shown on the pages of the units it lies in).
    pub fn has_page(self) -> bool {
        matches!(self, Level::Province | Level::Prefecture | Level::County)
    }
}

/// A place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Today's six-digit code; for a site, a readable id (`lanzhou-new-area`).
    pub adcode: String,
    /// Its level.
    pub level: Level,
    /// Today's full name (`湟中区`).
    pub name: String,
    /// Short forms (`湟中`).
    pub short: Vec<String>,
    /// Former names (`湟中县`), whether or not the plan writes them.
    pub old: Vec<String>,
    /// The year it took today's name (written `湟中县@2019` in the `old` column).
    pub renamed: Option<u16>,
    /// Pinyin without tones, lower case (`huangzhong`).
    pub pinyin: String,
    /// The unit(s) it belongs to: one for counties and prefectures; one or more for a site.
    pub parents: Vec<String>,
    /// Longer words in which a name form does not mean this place (`中华人民共和国` for 共和).
    pub except: Vec<String>,
    /// Why it is listed as it is, where that needs saying.
    pub note: String,
}

impl Place {
    /// Whether the places page lists it with its note: a site, river, range or group whose
    /// units the plan does not state, and the source that places it.
    pub fn sourced_on_places_page(&self) -> bool {
        !self.level.has_page() && !self.note.is_empty()
    }

    /// Every Chinese form of the name: full, former, short.
    pub fn chinese_names(&self) -> Vec<&str> {
        std::iter::once(self.name.as_str())
            .chain(self.old.iter().map(String::as_str))
            .chain(self.short.iter().map(String::as_str))
            .collect()
    }
}

/// The gazetteer's columns.
const PLACES_HEADER: [&str; 9] = [
    "id", "level", "name", "short", "old", "pinyin", "parent", "except", "note",
];

/// Parses the gazetteer (`file` names it in errors).
pub fn parse_places(file: &str, text: &str) -> Result<Vec<Place>, ContentError> {
    let mut out = Vec::new();
    for (line, c) in rows(file, text, &PLACES_HEADER)? {
        let error = |message: String| syntax(at(file, line), message);
        let level = match c[1] {
            "province" => Level::Province,
            "prefecture" => Level::Prefecture,
            "county" => Level::County,
            "site" => Level::Site,
            "feature" => Level::Feature,
            "group" => Level::Group,
            other => return Err(error(format!("unknown level `{other}`"))),
        };
        let code_ok = if !level.has_page() {
            !c[0].is_empty()
                && c[0]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        } else {
            c[0].len() == 6 && c[0].bytes().all(|b| b.is_ascii_digit())
        };
        if !code_ok {
            return Err(error(format!(
                "id `{}`: six digits for an administrative unit, a lower-case slug for a site",
                c[0]
            )));
        }
        if !level.has_page() && c[8].is_empty() {
            return Err(error(format!(
                "site `{}` needs a note saying why it maps where it does",
                c[0]
            )));
        }
        let (old, renamed) = former(c[4]).map_err(error)?;
        out.push(Place {
            adcode: c[0].into(),
            level,
            name: c[2].into(),
            short: list(c[3]),
            old,
            renamed,
            pinyin: c[5].to_ascii_lowercase(),
            parents: list(c[6]),
            except: list(c[7]),
            note: c[8].into(),
        });
    }
    Ok(out)
}

/// The `old` column: former names, the year of the change after `@` (`定西县@2003`).
fn former(cell: &str) -> Result<(Vec<String>, Option<u16>), String> {
    let mut names = Vec::new();
    let mut year = None;
    for entry in list(cell) {
        let (name, since) = match entry.split_once('@') {
            Some((name, y)) => {
                let y: u16 = y
                    .parse()
                    .map_err(|_| format!("`{entry}`: the year after `@` is not a number"))?;
                if year.is_some_and(|had| had != y) {
                    return Err(format!("`{cell}`: one year of change per place"));
                }
                (name.to_string(), Some(y))
            }
            None => (entry, None),
        };
        year = year.or(since);
        names.push(name);
    }
    Ok((names, year))
}

/// How a page names a place's former name: `旧称乐都县（2013 年改今名）`, or, where the
/// plan's own text uses it, `规划中称湟中县（2019 年改今名）`. `in_plan` says whether the
/// plan's text uses a name.
pub fn former_names(p: &Place, in_plan: impl Fn(&str) -> bool) -> Option<String> {
    if p.old.is_empty() {
        return None;
    }
    let (used, other): (Vec<&str>, Vec<&str>) =
        p.old.iter().map(String::as_str).partition(|n| in_plan(n));
    let mut parts = Vec::new();
    if !used.is_empty() {
        parts.push(format!("规划中称{}", used.join("、")));
    }
    if !other.is_empty() {
        parts.push(format!("旧称{}", other.join("、")));
    }
    let year = p
        .renamed
        .map(|y| format!("（{y} 年改今名）"))
        .unwrap_or_default();
    Some(format!("{}{year}", parts.join("，")))
}

/// Where a text names a place: the place and the words that name it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention<'a> {
    /// The place named.
    pub place: &'a Place,
    /// The words in the text (a full name, a short one, a former one).
    pub words: String,
}

/// Byte ranges of `text` covered by any of `words`.
fn covered(text: &str, words: &[String]) -> Vec<(usize, usize)> {
    words
        .iter()
        .flat_map(|w| {
            text.match_indices(w.as_str())
                .map(|(i, m)| (i, i + m.len()))
        })
        .collect()
}

/// Where `words` name `place` in `text` (byte ranges): every occurrence but those inside one
/// of its `except` words (海东 inside 青海东部 is not 海东). What a page marks.
pub fn occurrences(place: &Place, words: &str, text: &str) -> Vec<(usize, usize)> {
    if words.is_empty() {
        return Vec::new();
    }
    let blocked = covered(text, &place.except);
    text.match_indices(words)
        .map(|(i, m)| (i, i + m.len()))
        .filter(|(i, j)| !blocked.iter().any(|(s, e)| s <= i && j <= e))
        .collect()
}

/// Every place the text names, once each, with the first words that name it. A name inside
/// one of the place's `except` words does not count.
pub fn mentions<'a>(places: &'a [Place], text: &str) -> Vec<Mention<'a>> {
    let mut out = Vec::new();
    for place in places {
        let mut names = place.chinese_names();
        names.sort_by_key(|n| std::cmp::Reverse(n.len()));
        let found = names
            .into_iter()
            .find(|name| !occurrences(place, name, text).is_empty());
        if let Some(words) = found {
            out.push(Mention {
                place,
                words: words.to_string(),
            });
        }
    }
    out
}

/// A place by id.
pub fn place<'a>(places: &'a [Place], id: &str) -> Option<&'a Place> {
    places.iter().find(|p| p.adcode == id)
}

/// The county-level units a place stands for: itself, a site's counties, or for a site
/// mapped only to a prefecture, none (it is not certain which county).
pub fn counties_of<'a>(places: &'a [Place], p: &'a Place) -> Vec<&'a Place> {
    match p.level {
        Level::County => vec![p],
        Level::Site | Level::Feature | Level::Group => p
            .parents
            .iter()
            .filter_map(|id| place(places, id))
            .filter(|q| q.level == Level::County)
            .collect(),
        _ => Vec::new(),
    }
}

/// The prefecture a place belongs to (a prefecture is its own).
pub fn prefecture_of<'a>(places: &'a [Place], p: &'a Place) -> Vec<&'a Place> {
    match p.level {
        Level::Prefecture => vec![p],
        Level::County => p
            .parents
            .iter()
            .filter_map(|id| place(places, id))
            .collect(),
        Level::Site | Level::Feature | Level::Group => {
            let mut out: Vec<&Place> = Vec::new();
            for parent in p.parents.iter().filter_map(|id| place(places, id)) {
                for q in prefecture_of(places, parent) {
                    if !out.iter().any(|o| o.adcode == q.adcode) {
                        out.push(q);
                    }
                }
            }
            out
        }
        Level::Province => Vec::new(),
    }
}

/// Finds places by what a reader types: any Chinese name form, or pinyin without tones
/// (case and spaces ignored). Exact matches first, then prefixes.
pub fn lookup<'a>(places: &'a [Place], typed: &str) -> Vec<&'a Place> {
    let typed = typed_name(typed);
    if typed.is_empty() {
        return Vec::new();
    }
    let prefix = |p: &&Place| {
        (!p.pinyin.is_empty() && p.pinyin.starts_with(&typed))
            || p.chinese_names().iter().any(|n| n.starts_with(&typed))
    };
    let mut out = named_by(places, &typed);
    out.extend(
        places
            .iter()
            .filter(|p| prefix(p) && !named_by_typed(p, &typed)),
    );
    out
}

/// The places a reader's whole input names exactly: any Chinese name form, or pinyin without
/// tones (case and spaces ignored).
pub fn named_by<'a>(places: &'a [Place], typed: &str) -> Vec<&'a Place> {
    let typed = typed_name(typed);
    if typed.is_empty() {
        return Vec::new();
    }
    places
        .iter()
        .filter(|p| named_by_typed(p, &typed))
        .collect()
}

/// What a reader typed as names are compared: cleaned, without spaces, lower case.
pub fn typed_name(typed: &str) -> String {
    super::input::clean(typed)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Whether `typed` (cleaned, lower case, no spaces) is one of `p`'s names.
fn named_by_typed(p: &Place, typed: &str) -> bool {
    p.pinyin.replace(' ', "") == typed || p.chinese_names().contains(&typed)
}

/// Whether `p` lies within `root` (or is it).
pub fn is_within(places: &[Place], p: &Place, root: &Place) -> bool {
    if p.adcode == root.adcode {
        return true;
    }
    p.parents.iter().any(|id| {
        places
            .iter()
            .find(|q| q.adcode == *id)
            .is_some_and(|parent| is_within(places, parent, root))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GAZETTEER: &str = "id\tlevel\tname\tshort\told\tpinyin\tparent\texcept\tnote
100000\tprovince\t东省\t\t\tdong\t\t\t
100101\tcounty\t安区\t安\t安县@2013\tan\t100000\t\t
100102\tcounty\t平区\t\t平县@2015|平川@2015\tping\t100000\t\t
100103\tcounty\t石县\t\t\tshi\t100000\t\t
";

    #[test]
    fn a_former_name_is_the_plans_word_only_where_the_text_uses_it_and_carries_its_year() {
        let places = parse_places("test", GAZETTEER).expect("parses");
        let plan_text = "规划写到平县。";
        let said = |p: &Place| former_names(p, |n| plan_text.contains(n));
        // (place, how its page names its former name; why)
        let cases = [
            (
                1,
                Some("旧称安县（2013 年改今名）"),
                "the plan does not use 安县",
            ),
            (
                2,
                Some("规划中称平县，旧称平川（2015 年改今名）"),
                "the plan uses 平县 only",
            ),
            (3, None, "no former name"),
        ];
        for (i, want, why) in cases {
            assert_eq!(said(&places[i]).as_deref(), want, "{why}");
        }
        assert_eq!(places[1].old, ["安县"], "the year is not part of the name");
    }

    #[test]
    fn a_year_that_is_not_a_number_or_two_years_for_one_place_fail_with_the_line() {
        for bad in ["安县@20x3", "安县@2013|安@2014"] {
            let text = format!(
                "id\tlevel\tname\tshort\told\tpinyin\tparent\texcept\tnote\n100101\tcounty\t安区\t\t{bad}\tan\t\t\t\n"
            );
            let error = parse_places("places.tsv", &text)
                .expect_err(bad)
                .to_string();
            assert!(error.contains("places.tsv:2"), "{error}");
        }
    }
}
