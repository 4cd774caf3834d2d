//! The map's view as a value: the visible box in SVG units, kept within limits (no closer
//! than a twelfth of the map, no farther than the whole, at least half of the view on the
//! map), zoomed about a point, and read from or written to the URL's `v=x,y,width`.

use crate::number::{fixed, within};
/// The visible box of a map: its top-left corner and width (the height follows the aspect).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
}

/// How close the map can zoom: a twelfth of its width.
const MAX_ZOOM: f64 = 12.0;

impl View {
    /// The whole map.
    pub fn whole(full: (f64, f64)) -> View {
        View {
            x: 0.0,
            y: 0.0,
            w: full.0,
        }
    }

    /// The view brought within limits for a map of size `full`.
    pub fn clamped(self, full: (f64, f64)) -> View {
        let w = within(self.w, full.0 / MAX_ZOOM, full.0);
        let h = w * full.1 / full.0;
        View {
            x: within(self.x, -w * 0.5, full.0 - w * 0.5),
            y: within(self.y, -h * 0.5, full.1 - h * 0.5),
            w,
        }
    }

    /// Zoomed by `factor` (> 1 closer), keeping the point at fraction (fx, fy) of the view
    /// where it is.
    pub fn zoomed(self, factor: f64, fx: f64, fy: f64, full: (f64, f64)) -> View {
        let aspect = full.1 / full.0;
        let w1 = within(self.w / factor, full.0 / MAX_ZOOM, full.0);
        View {
            x: self.x + (self.w - w1) * fx,
            y: self.y + (self.w - w1) * aspect * fy,
            w: w1,
        }
        .clamped(full)
    }

    /// Moved by a drag of (dx, dy) screen pixels, `units_per_px` map units each: the map
    /// follows the finger.
    pub fn panned(self, dx: f64, dy: f64, units_per_px: f64) -> View {
        View {
            x: self.x - dx * units_per_px,
            y: self.y - dy * units_per_px,
            w: self.w,
        }
    }

    /// The `viewBox` attribute.
    pub fn view_box(self, full: (f64, f64)) -> String {
        let h = self.w * full.1 / full.0;
        let f = |v| fixed(v, 1);
        format!("{} {} {} {}", f(self.x), f(self.y), f(self.w), f(h))
    }

    /// The URL's `v=` value, or `None` for the whole map (which needs no parameter).
    pub fn to_param(self, full: (f64, f64)) -> Option<String> {
        let whole = View::whole(full);
        let same = (self.x - whole.x).abs() < 0.05
            && (self.y - whole.y).abs() < 0.05
            && (self.w - whole.w).abs() < 0.05;
        let f = |v| fixed(v, 1);
        (!same).then(|| format!("{},{},{}", f(self.x), f(self.y), f(self.w)))
    }

    /// Reads `v=x,y,width`: three finite numbers and a positive width, or nothing at all (a
    /// view that is partly wrong is not half-used).
    pub fn from_param(raw: &str, full: (f64, f64)) -> Option<View> {
        let numbers: Vec<f64> = raw
            .split(',')
            .map(|s| crate::number::decimal(s.trim()))
            .collect::<Option<_>>()?;
        let [x, y, w] = numbers[..] else { return None };
        (w > 0.0 && w <= full.0 * 2.0).then(|| View { x, y, w }.clamped(full))
    }
}

/// The map's query: `v=` for a view other than the whole, `hide=` for hidden layers; empty
/// for the map as it opens.
pub fn map_query(view: View, full: (f64, f64), hidden: &[String]) -> String {
    let mut query = Vec::new();
    if let Some(v) = view.to_param(full) {
        query.push(format!("v={v}"));
    }
    if !hidden.is_empty() {
        query.push(format!("hide={}", hidden.join(",")));
    }
    query.join("&")
}

/// The layers a URL hides (`hide=a,b`), from its query string.
pub fn hidden_layers(search: &str) -> Vec<String> {
    crate::url::query_value(search, "hide")
        .map(|h| {
            h.split(',')
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: (f64, f64) = (1000.0, 800.0);

    #[test]
    fn a_view_with_one_bad_number_is_dropped_whole() {
        for raw in [
            "NaN,100,100,500",
            "NaN,100,500",
            "1,2",
            "1,2,3,4",
            "a,b,c",
            "1,2,-5",
            "1,2,inf",
            "1,,3",
        ] {
            assert_eq!(View::from_param(raw, FULL), None, "{raw}");
        }
        assert_eq!(
            View::from_param("100,100,500", FULL),
            Some(View {
                x: 100.0,
                y: 100.0,
                w: 500.0
            })
        );
    }

    #[test]
    fn the_whole_map_needs_no_parameter_and_a_moved_one_round_trips() {
        assert_eq!(View::whole(FULL).to_param(FULL), None);
        let moved = View::whole(FULL).zoomed(2.0, 0.5, 0.5, FULL);
        let param = moved.to_param(FULL).unwrap_or_default();
        assert_eq!(param, "250.0,200.0,500.0");
        assert_eq!(View::from_param(&param, FULL), Some(moved));
    }

    #[test]
    fn zoom_and_pan_stay_within_limits() {
        let far = View {
            x: 5000.0,
            y: -5000.0,
            w: 1.0,
        }
        .clamped(FULL);
        assert_eq!(far.w, FULL.0 / 12.0);
        assert!(far.x <= FULL.0 && far.y >= -far.w);
        let out = View::whole(FULL).zoomed(0.1, 0.5, 0.5, FULL);
        assert_eq!(out, View::whole(FULL));
    }

    #[test]
    fn a_drag_moves_the_map_with_the_finger_and_the_query_says_what_changed() {
        let full = (1000.0, 800.0);
        let moved = View::whole(full).panned(10.0, -20.0, 2.0);
        assert_eq!((moved.x, moved.y, moved.w), (-20.0, 40.0, 1000.0));
        assert_eq!(map_query(View::whole(full), full, &[]), "");
        assert_eq!(
            map_query(moved, full, &["labels".into(), "water".into()]),
            "v=-20.0,40.0,1000.0&hide=labels,water"
        );
        assert_eq!(
            hidden_layers("?v=1,2,3&hide=labels,water"),
            ["labels", "water"]
        );
        assert!(hidden_layers("?v=1,2,3").is_empty());
    }
}
