//! Why a project or passage concerns a place, in words: named for it, for a site in it, for a
//! river crossing it, for a name that covers it, or for the city it belongs to.

use super::places::{Level, Place};
use super::projects::Tie;

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

/// `本县`, `本区`, `本市`, `本州`, `本省`: how a page names its own place.
fn here_word(here: &Place) -> String {
    let last = here.name.chars().last().unwrap_or('县');
    let last = if matches!(last, '区' | '市' | '州' | '省') {
        last
    } else {
        '县'
    };
    format!("本{last}")
}

/// The words that tie a project to `p`.
fn words_of(p: &Place, tie: &Tie) -> String {
    match tie {
        Tie::Named(words) => words.clone(),
        Tie::ByHand => p.name.clone(),
    }
}

/// `黄河流经本区`: a river or range crossing `here`.
pub fn crossing(feature: &Place, here: &Place) -> String {
    format!("{}流经{}", feature.name, here_word(here))
}

/// Why a project's place `p` (tied by `tie`) makes it the project of `here`, if it does.
pub fn own_reason(
    places: &[Place],
    p: &Place,
    tie: &Tie,
    note: &str,
    here: &Place,
) -> Option<String> {
    if !is_within(places, p, here) {
        return None;
    }
    let words = words_of(p, tie);
    let how = match (p.adcode == here.adcode, p.level, tie) {
        (true, _, Tie::ByHand) => return Some(format!("人工标注：{note}")),
        (true, _, Tie::Named(_)) => String::new(),
        (false, Level::Feature, _) => format!("（{}）", crossing(p, here)),
        (false, Level::Site, _) => format!("（{}位于{}）", p.name, here_word(here)),
        (false, Level::Group, _) => format!("（“{}”包括{}）", p.name, here.name),
        (false, _, _) => format!("（{}）", p.name),
    };
    let by_hand = if *tie == Tie::ByHand {
        format!("；人工标注：{note}")
    } else {
        String::new()
    };
    Some(format!("因文中提到“{words}”{how}{by_hand}"))
}

/// Why a project's place `p` makes it a project of the city `city` that `here` belongs to:
/// the city itself is named, or a site or river placed only at the city's level.
pub fn city_reason(p: &Place, tie: &Tie, here: &Place, city: &Place) -> Option<String> {
    let words = words_of(p, tie);
    if p.adcode == city.adcode {
        return Some(format!(
            "因文中提到“{words}”（{}所属{}）",
            here.name, city.name
        ));
    }
    if p.level.has_page() || !p.parents.contains(&city.adcode) {
        return None;
    }
    let how = match p.level {
        Level::Group => format!(
            "“{}”包括{}，{}所属{}",
            p.name, city.name, here.name, city.name
        ),
        Level::Feature => format!("{}流经{}，流经哪些县区未能确证", p.name, city.name),
        _ => format!("{}在{}境内，所在县区未能确证", p.name, city.name),
    };
    Some(format!("因文中提到“{words}”（{how}）"))
}
