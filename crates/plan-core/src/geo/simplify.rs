//! Douglas–Peucker simplification of a polyline, endpoints kept: applied to each shared arc
//! once, so that neighbouring counties keep exactly the same border (the data step, and the
//! maps drawn at less detail than the data holds).

use super::Pt;

fn distance_sq(p: Pt, a: Pt, b: Pt) -> f64 {
    let (px, py, ax, ay, bx, by) = (
        f64::from(p.0),
        f64::from(p.1),
        f64::from(a.0),
        f64::from(a.1),
        f64::from(b.0),
        f64::from(b.1),
    );
    let (dx, dy) = (bx - ax, by - ay);
    let len = dx * dx + dy * dy;
    if len == 0.0 {
        return (px - ax).powi(2) + (py - ay).powi(2);
    }
    let t = (((px - ax) * dx + (py - ay) * dy) / len).clamp(0.0, 1.0);
    (px - ax - t * dx).powi(2) + (py - ay - t * dy).powi(2)
}

/// Keeps the points that lie farther than `tolerance` (in point units) from the simplified
/// line; the first and last points always stay.
pub fn simplify(points: &[Pt], tolerance: f64) -> Vec<Pt> {
    if points.len() <= 2 {
        return points.to_vec();
    }
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[points.len() - 1] = true;
    let mut stack = vec![(0, points.len() - 1)];
    let tol_sq = tolerance * tolerance;
    while let Some((first, last)) = stack.pop() {
        let mut far = (0.0, 0);
        for i in first + 1..last {
            let d = distance_sq(points[i], points[first], points[last]);
            if d > far.0 {
                far = (d, i);
            }
        }
        if far.0 > tol_sq {
            keep[far.1] = true;
            stack.push((first, far.1));
            stack.push((far.1, last));
        }
    }
    points
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(p, _)| *p)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::simplify;

    #[test]
    fn points_within_the_tolerance_go_and_the_ends_stay() {
        let line = [(0, 0), (5, 1), (10, 0), (15, -1), (20, 0)];
        assert_eq!(simplify(&line, 2.0), [(0, 0), (20, 0)]);
        let bent = [(0, 0), (5, 1), (10, 10), (15, 1), (20, 0)];
        assert_eq!(
            simplify(&bent, 3.0),
            [(0, 0), (10, 10), (20, 0)],
            "(5, 1) is 2.8 from the line"
        );
        assert_eq!(simplify(&bent, 2.0).len(), 5, "at 2 it stays");
    }
}
