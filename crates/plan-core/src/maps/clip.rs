//! Clipping context shapes to the map's frame. The two provinces reach far beyond the region
//! the maps show; drawn whole they were half of every map's bytes for lines nobody sees.

/// A rectangle in map units: x0, y0, x1, y1.
pub type Rect = (f64, f64, f64, f64);

/// One side of the rectangle, and the half-plane it keeps.
#[derive(Clone, Copy)]
enum Edge {
    Left(f64),
    Right(f64),
    Top(f64),
    Bottom(f64),
}

impl Edge {
    fn keeps(self, (x, y): (f64, f64)) -> bool {
        match self {
            Edge::Left(v) => x >= v,
            Edge::Right(v) => x <= v,
            Edge::Top(v) => y >= v,
            Edge::Bottom(v) => y <= v,
        }
    }

    /// Where segment a–b crosses this edge's line.
    fn cross(self, a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
        match self {
            Edge::Left(x) | Edge::Right(x) => {
                let t = (x - a.0) / (b.0 - a.0);
                (x, a.1 + t * (b.1 - a.1))
            }
            Edge::Top(y) | Edge::Bottom(y) => {
                let t = (y - a.1) / (b.1 - a.1);
                (a.0 + t * (b.0 - a.0), y)
            }
        }
    }
}

/// One closed ring (map units) clipped to `rect` (Sutherland–Hodgman, one edge at a time).
/// What lies inside is unchanged; the cut runs along the rectangle, which the caller keeps
/// outside the visible frame. An empty result means the ring lies wholly outside.
pub fn clip_ring(ring: &[(f64, f64)], rect: Rect) -> Vec<(f64, f64)> {
    let (x0, y0, x1, y1) = rect;
    let mut out: Vec<(f64, f64)> = ring.to_vec();
    for edge in [
        Edge::Left(x0),
        Edge::Right(x1),
        Edge::Top(y0),
        Edge::Bottom(y1),
    ] {
        let Some(&last) = out.last() else { break };
        let input = std::mem::take(&mut out);
        let mut prev = last;
        for &p in &input {
            match (edge.keeps(p), edge.keeps(prev)) {
                (true, true) => out.push(p),
                (true, false) => {
                    out.push(edge.cross(prev, p));
                    out.push(p);
                }
                (false, true) => out.push(edge.cross(prev, p)),
                (false, false) => {}
            }
            prev = p;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Rect = (0.0, 0.0, 10.0, 10.0);

    #[test]
    fn a_ring_inside_the_frame_is_unchanged() {
        let ring = vec![(1.0, 1.0), (5.0, 1.0), (5.0, 5.0), (1.0, 5.0)];
        assert_eq!(clip_ring(&ring, FRAME), ring);
    }

    #[test]
    fn a_ring_outside_the_frame_disappears() {
        let ring = vec![(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)];
        assert!(clip_ring(&ring, FRAME).is_empty());
    }

    #[test]
    fn a_ring_larger_than_the_frame_becomes_the_frame() {
        let ring = vec![(-50.0, -50.0), (50.0, -50.0), (50.0, 50.0), (-50.0, 50.0)];
        let mut clipped = clip_ring(&ring, FRAME);
        clipped.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        clipped.dedup();
        assert_eq!(
            clipped,
            vec![(0.0, 0.0), (0.0, 10.0), (10.0, 0.0), (10.0, 10.0)]
        );
    }

    #[test]
    fn a_ring_across_an_edge_is_cut_on_that_edge() {
        let ring = vec![(5.0, 2.0), (15.0, 2.0), (15.0, 4.0), (5.0, 4.0)];
        let clipped = clip_ring(&ring, FRAME);
        assert!(clipped.iter().all(|p| p.0 <= 10.0));
        assert!(clipped.contains(&(10.0, 2.0)) && clipped.contains(&(10.0, 4.0)));
        assert!(clipped.contains(&(5.0, 2.0)) && clipped.contains(&(5.0, 4.0)));
    }
}
