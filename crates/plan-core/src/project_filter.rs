//! The project list's filters as a value: kind, place (with or without the projects of the
//! city a county belongs to), box and status since the plan, read from and written to the URL's query, with unknown
//! values dropped and reported, so that a shared link restores the same rows or says why not.

use super::content::Plan;
use super::places::Place;
use super::progress::Status;
use super::projects::ProjectKind;
use super::url::{encode_component, malformed, query_value};

/// The filters, each `""` for all.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// A kind's id (`railway`).
    pub kind: String,
    /// A place's id (`620102`).
    pub place: String,
    /// Whether a county's filter takes in its city's projects too (`with=city`).
    pub with_city: bool,
    /// A box number (`5`) or `text`.
    pub r#box: String,
    /// A status's id (`building`).
    pub status: String,
}

impl Filters {
    /// Reads the filters from a query string; the flag is false when a value was dropped.
    pub fn from_query(search: &str, places: &[Place], boxes: usize) -> (Filters, bool) {
        let get = |key| query_value(search, key).unwrap_or_default();
        let (kind, place, r#box, with) = (get("kind"), get("place"), get("box"), get("with"));
        let status = get("status");
        let status_ok = status.is_empty() || Status::from_id(&status).is_some();
        let kind_ok = kind.is_empty() || ProjectKind::from_id(&kind).is_some();
        let place_ok = place.is_empty()
            || places
                .iter()
                .any(|p| p.adcode == place && p.level.has_page());
        let box_ok = r#box.is_empty()
            || r#box == "text"
            || r#box
                .parse::<usize>()
                .is_ok_and(|n| (1..=boxes).contains(&n));
        let with_ok = with.is_empty() || with == "city";
        // A value that cannot be decoded is dropped as loudly as one that names nothing.
        let readable = !["kind", "place", "box", "with", "status"]
            .iter()
            .any(|key| malformed(search, key));
        let filters = Filters {
            kind: if kind_ok { kind } else { String::new() },
            place: if place_ok { place } else { String::new() },
            with_city: with == "city" && place_ok,
            r#box: if box_ok { r#box } else { String::new() },
            status: if status_ok { status } else { String::new() },
        };
        (
            filters,
            kind_ok && place_ok && box_ok && with_ok && status_ok && readable,
        )
    }

    /// The query string (`kind=railway&place=620102`), empty for no filter.
    pub fn to_query(&self) -> String {
        let with = if self.with_city && !self.place.is_empty() {
            "city"
        } else {
            ""
        };
        [
            ("kind", &self.kind[..]),
            ("place", &self.place[..]),
            ("with", with),
            ("box", &self.r#box[..]),
            ("status", &self.status[..]),
        ]
        .iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
    }

    /// Whether a row with these data attributes is shown: its kind, the places it is their
    /// own project for (`own`), those that inherit it from their city (`city`), its box, its
    /// status.
    pub fn keeps(&self, kind: &str, own: &str, city: &str, r#box: &str, status: &str) -> bool {
        let has = |list: &str| list.split(' ').any(|p| p == self.place);
        (self.kind.is_empty() || kind == self.kind)
            && (self.place.is_empty() || has(own) || (self.with_city && has(city)))
            && (self.r#box.is_empty() || r#box == self.r#box)
            && (self.status.is_empty() || status == self.status)
    }
}

/// Ids of places, space-separated: a row's `data-places` or `data-city`, as [`Filters::keeps`]
/// reads them.
pub fn place_keys(list: &[&Place]) -> String {
    list.iter()
        .map(|p| p.adcode.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A row's `data-box`: the number of the box its source stands in, or `text` for the body.
pub fn box_key(plan: &Plan, source: &str) -> String {
    plan.box_of(source)
        .map_or_else(|| "text".into(), |b| b.number.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::places;

    #[test]
    fn a_shared_filter_round_trips_and_unknown_values_are_dropped() {
        let all = places().unwrap_or(&[]);
        // A county of whichever pack is built.
        let Some(county) = all
            .iter()
            .find(|p| p.level.has_page() && !p.parents.is_empty())
        else {
            panic!("the pack has a place with a page")
        };
        let (f, clean) = Filters::from_query(
            &format!(
                "?kind=railway&place={}&with=city&box=5&status=building",
                county.adcode
            ),
            all,
            7,
        );
        assert!(clean);
        assert_eq!(
            Filters::from_query(&f.to_query(), all, 7),
            (f.clone(), true)
        );
        let (g, clean) =
            Filters::from_query("?kind=x&place=999999&box=9&with=all&status=done", all, 7);
        assert!(!clean);
        assert_eq!(g, Filters::default());
    }

    #[test]
    fn a_county_takes_its_citys_projects_only_when_asked() {
        let own = Filters {
            place: "620104".into(),
            ..Filters::default()
        };
        let city = Filters {
            with_city: true,
            ..own.clone()
        };
        assert!(!own.keeps("road", "620100 620000", "620104 620102", "5", "building"));
        assert!(city.keeps("road", "620100 620000", "620104 620102", "5", "building"));
        assert!(own.keeps("road", "620104 620100", "", "text", "no-trace"));
        let building = Filters {
            status: "building".into(),
            ..Filters::default()
        };
        assert!(building.keeps("road", "", "", "5", "building"));
        assert!(
            !building.keeps("road", "", "", "5", "in-service"),
            "a status filters"
        );
    }
}
