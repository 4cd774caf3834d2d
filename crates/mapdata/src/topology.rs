//! Shared-border topology: rings are cut into arcs at junctions (points where more than two
//! neighbours meet), each arc stored once. Simplifying arcs rather than rings keeps every
//! border between two counties identical on both sides. The core reads it back
//! (`plan_core::geo::topology`).

use plan_core::geo::topology::ArcRef;
use plan_core::geo::Pt;
use std::collections::HashMap;

/// A feature's shape: polygons, each a list of rings (outer first).
pub type Shape = Vec<Vec<Vec<Pt>>>;

/// Arcs and, per feature, rings as arc references.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Topology {
    /// Each shared or outer border piece, once.
    pub arcs: Vec<Vec<Pt>>,
    /// Per feature: polygons → rings → arcs.
    pub shapes: Vec<Vec<Vec<Vec<ArcRef>>>>,
}

/// A ring without its closing point or repeated points.
fn open_ring(ring: &[Pt]) -> Vec<Pt> {
    let mut out: Vec<Pt> = Vec::with_capacity(ring.len());
    for &p in ring {
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    if out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// Builds the topology of a set of shapes.
pub fn build(shapes: &[Shape]) -> Topology {
    let rings: Vec<Vec<Vec<Vec<Pt>>>> = shapes
        .iter()
        .map(|s| {
            s.iter()
                .map(|poly| poly.iter().map(|r| open_ring(r)).collect())
                .collect()
        })
        .collect();
    let mut neighbours: HashMap<Pt, Vec<Pt>> = HashMap::new();
    for ring in rings.iter().flatten().flatten() {
        let n = ring.len();
        for i in 0..n {
            let entry = neighbours.entry(ring[i]).or_default();
            for q in [ring[(i + n - 1) % n], ring[(i + 1) % n]] {
                if !entry.contains(&q) {
                    entry.push(q);
                }
            }
        }
    }
    let is_junction = |p: &Pt| neighbours.get(p).is_some_and(|n| n.len() > 2);
    let mut index: HashMap<Vec<Pt>, i32> = HashMap::new();
    let mut topo = Topology::default();
    let mut intern = |arc: Vec<Pt>, topo: &mut Topology| -> ArcRef {
        let mut reversed = arc.clone();
        reversed.reverse();
        let (key, flipped) = if reversed < arc {
            (reversed, true)
        } else {
            (arc, false)
        };
        let id = *index.entry(key.clone()).or_insert_with(|| {
            topo.arcs.push(key);
            i32::try_from(topo.arcs.len() - 1).unwrap_or(i32::MAX)
        });
        if flipped {
            !id
        } else {
            id
        }
    };
    for feature in rings {
        let mut polygons = Vec::new();
        for poly in feature {
            let mut out_rings = Vec::new();
            for ring in poly {
                if ring.len() < 3 {
                    continue;
                }
                // Start at a junction, or for a ring with none at its least point, so that the
                // same ring seen from both sides yields the same arc.
                let start = ring.iter().position(&is_junction).unwrap_or_else(|| {
                    ring.iter()
                        .enumerate()
                        .min_by_key(|(_, p)| **p)
                        .map_or(0, |(i, _)| i)
                });
                let rotated: Vec<Pt> = ring[start..]
                    .iter()
                    .chain(&ring[..start])
                    .copied()
                    .collect();
                let mut refs = Vec::new();
                let mut arc = vec![rotated[0]];
                for &p in rotated.iter().skip(1).chain(std::iter::once(&rotated[0])) {
                    arc.push(p);
                    if is_junction(&p) || p == rotated[0] {
                        refs.push(intern(std::mem::replace(&mut arc, vec![p]), &mut topo));
                    }
                }
                out_rings.push(refs);
            }
            if !out_rings.is_empty() {
                polygons.push(out_rings);
            }
        }
        topo.shapes.push(polygons);
    }
    topo
}

#[cfg(test)]
mod tests {
    use super::*;
    use plan_core::geo::topology::ring_points;

    /// Two unit squares side by side share the border x = 1.
    fn two_squares() -> Vec<Shape> {
        let a = vec![vec![vec![(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]]];
        let b = vec![vec![vec![(1, 0), (2, 0), (2, 1), (1, 1), (1, 0)]]];
        vec![a, b]
    }

    #[test]
    fn a_shared_border_becomes_one_arc_used_by_both_sides() {
        let topo = build(&two_squares());
        let refs = |f: usize| {
            topo.shapes[f][0][0]
                .iter()
                .map(|r| if *r < 0 { !*r } else { *r })
                .collect::<Vec<_>>()
        };
        let shared: Vec<i32> = refs(0)
            .into_iter()
            .filter(|r| refs(1).contains(r))
            .collect();
        assert_eq!(shared.len(), 1, "exactly one arc in common");
        assert_eq!(
            topo.arcs[usize::try_from(shared[0]).unwrap_or(0)].len(),
            2,
            "the border (1,0)–(1,1)"
        );
    }

    #[test]
    fn rings_rebuild_from_their_arcs() {
        let topo = build(&two_squares());
        let ring = ring_points(&topo.arcs, &topo.shapes[0][0][0]);
        assert_eq!(ring.first(), ring.last(), "closed");
        assert_eq!(ring.len(), 5, "four corners and the closing point");
    }
}
