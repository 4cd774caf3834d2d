//! The roles the plan gives places in its spatial pattern (`content/roles.tsv`): the
//! 兰西城镇发展带, the two 都市圈, the 节点城市, each quoted from its paragraph; and the
//! 新生中小城市 of box 1, taken from the catalogue.

use super::content::tsv::{list, rows};
use super::content::{ContentError, Plan};

use super::places::{prefecture_of, Place};
use super::projects::{Project, ProjectKind};

/// A role and the words that give it.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// As the plan names it (a metropolitan circle, say).
    pub name: String,
    /// The paragraph or box item that says so.
    pub source: String,
    /// Its words there.
    pub quote: String,
    /// Ids of the places that have it (prefectures or counties).
    pub members: Vec<String>,
    /// How the members were read from the words, where that needs saying.
    pub note: String,
}

/// Parses the roles table (`file` names it in errors).
pub fn parse_roles(file: &str, text: &str) -> Result<Vec<Role>, ContentError> {
    Ok(rows(
        file,
        text,
        &["role", "paragraph", "quote", "members", "note"],
    )?
    .into_iter()
    .map(|(_, c)| Role {
        name: c[0].into(),
        source: c[1].into(),
        quote: c[2].into(),
        members: list(c[3]),
        note: c[4].into(),
    })
    .collect())
}

/// A place's roles: its own, those of its prefecture (said so), those of its seat or
/// counties (for a prefecture, said so), plus box 1.
pub fn roles_of(
    plan: &Plan,
    place: &Place,
    places: &[Place],
    roles: &[Role],
    projects: &[Project],
) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let prefectures: Vec<&Place> = prefecture_of(places, place)
        .into_iter()
        .filter(|p| p.adcode != place.adcode)
        .collect();
    for role in roles {
        if role.members.contains(&place.adcode) {
            out.push((role.name.clone(), role.source.clone(), role.quote.clone()));
        } else if let Some(pref) = prefectures
            .iter()
            .find(|p| role.members.contains(&p.adcode))
        {
            out.push((
                format!("所属{}：{}", pref.name, role.name),
                role.source.clone(),
                role.quote.clone(),
            ));
        } else if let Some(member) = places
            .iter()
            .find(|p| role.members.contains(&p.adcode) && p.parents.contains(&place.adcode))
        {
            out.push((
                format!("{}（{}）", role.name, member.name),
                role.source.clone(),
                role.quote.clone(),
            ));
        }
    }
    for town in projects.iter().filter(|p| p.kind == ProjectKind::Town) {
        let named = place.chinese_names().iter().any(|n| *n == town.quote);
        if named {
            out.push((
                format!(
                    "{}（{}）",
                    ProjectKind::Town.label(),
                    box_label(plan, &town.source)
                ),
                town.source.clone(),
                town.quote.clone(),
            ));
        }
    }
    out
}

/// `专栏 N` for the box an entry stands in (the words of the plan's own box heading).
fn box_label(plan: &Plan, entry: &str) -> String {
    plan.box_of(entry)
        .map(|b| format!("专栏 {}", b.number))
        .unwrap_or_default()
}
