//! Why a project or passage concerns a place, in words, and how directly: named for it (or by a
//! name that covers it), for a site or unit in it, for the city it belongs to, or for a river or
//! range crossing it where the text is about that river. Pages list in that order.

use super::places::{is_within, Level, Place};
use super::projects::Tie;

/// How directly something concerns a place, most direct first: the order a page lists it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reach {
    /// Its words name the place (or a name covering it, such as 兰白), or it is linked by hand.
    Named,
    /// Its words name a site or unit within the place.
    Within,
    /// Its words name the city (prefecture) the county belongs to.
    City,
    /// Its words are about a river or range crossing the place.
    Along,
}

impl Reach {
    /// Every reach, most direct first.
    pub const ALL: [Reach; 4] = [Reach::Named, Reach::Within, Reach::City, Reach::Along];

    /// A page's heading for what reaches `here` so (`点名本县`, `所属海东市`).
    pub fn heading(self, here: &Place, cities: &str) -> String {
        match self {
            Reach::Named => format!("点名{}", here_word(here)),
            Reach::Within => format!("{}境内的地点", here_word(here)),
            Reach::City => format!("所属{cities}"),
            Reach::Along => format!("流经{}的河流、山脉", here_word(here)),
        }
    }
}

/// `本县`, `本区`, `本市`, `本州`, `本省`: how a page names its own place.
pub fn here_word(here: &Place) -> String {
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
        Tie::Named(words) | Tie::About(words, _) => words.clone(),
        Tie::ByHand => p.name.clone(),
    }
}

/// `因文中提到“黄河”` or, for a river the text is about, `因文中讲到黄河“两岸”`.
fn cited(p: &Place, tie: &Tie) -> String {
    match tie {
        Tie::About(words, about) if about == "沿" => format!("因文中讲到“沿{words}”"),
        Tie::About(words, about) => format!("因文中讲到{words}“{about}”"),
        _ => format!("因文中提到“{}”", words_of(p, tie)),
    }
}

/// `黄河流经本区`: a river or range crossing `here`.
pub fn crossing(feature: &Place, here: &Place) -> String {
    format!("{}流经{}", feature.name, here_word(here))
}

/// How directly, and why, a project's place `p` (tied by `tie`) makes it the project of
/// `here`, if it does.
pub fn own_reason(
    places: &[Place],
    p: &Place,
    tie: &Tie,
    note: &str,
    here: &Place,
) -> Option<(Reach, String)> {
    if !is_within(places, p, here) {
        return None;
    }
    let (reach, how) = match (p.adcode == here.adcode, p.level, tie) {
        (true, _, Tie::ByHand) => return Some((Reach::Named, format!("人工标注：{note}"))),
        (true, _, _) => (Reach::Named, String::new()),
        (false, Level::Feature, _) => (Reach::Along, format!("（{}）", crossing(p, here))),
        (false, Level::Site, _) => (
            Reach::Within,
            format!("（{}位于{}）", p.name, here_word(here)),
        ),
        (false, Level::Group, _) => (Reach::Named, format!("（“{}”包括{}）", p.name, here.name)),
        (false, _, _) => (Reach::Within, format!("（{}）", p.name)),
    };
    // The source stands once, on the page of the place it was linked to.
    let by_hand = if *tie == Tie::ByHand {
        format!("；人工标注，依据见{}页", p.name)
    } else {
        String::new()
    };
    Some((reach, format!("{}{how}{by_hand}", cited(p, tie))))
}

/// Why a project's place `p` makes it a project of the city `city` that `here` belongs to:
/// the city itself is named, or a site or river placed only at the city's level.
pub fn city_reason(p: &Place, tie: &Tie, here: &Place, city: &Place) -> Option<String> {
    if p.adcode == city.adcode {
        // The list's heading says 所属{city}: the words are the reason.
        return Some(cited(p, tie));
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
    Some(format!("{}（{how}）", cited(p, tie)))
}
