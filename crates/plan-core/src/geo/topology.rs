//! Reading the shared-border topology the data step writes (`crates/mapdata` builds it):
//! rings as references to arcs, each arc stored once.

use super::Pt;

/// An arc reference: `i` for arc `i` as stored, `!i` for it reversed.
pub type ArcRef = i32;

/// The points of an arc reference, in the referenced direction.
pub fn arc_points(arcs: &[Vec<Pt>], r: ArcRef) -> Vec<Pt> {
    let (i, reversed) = if r < 0 { (!r, true) } else { (r, false) };
    let mut points = arcs
        .get(usize::try_from(i).unwrap_or(usize::MAX))
        .cloned()
        .unwrap_or_default();
    if reversed {
        points.reverse();
    }
    points
}

/// A closed ring from its arcs.
pub fn ring_points(arcs: &[Vec<Pt>], refs: &[ArcRef]) -> Vec<Pt> {
    let mut out: Vec<Pt> = Vec::new();
    for &r in refs {
        let points = arc_points(arcs, r);
        let skip = usize::from(!out.is_empty());
        out.extend(points.into_iter().skip(skip));
    }
    out
}
