//! Map labels sized in screen pixels: a label is `px` pixels tall on screen at any zoom, so in
//! map units it is `px × k`, where `k` is how many map units one screen pixel spans. Labels
//! are placed in priority order and one that would overlap a label already placed is dropped
//! at that zoom (it comes back when the reader zooms in).

/// A label as the layout sees it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelBox {
    /// Anchor (middle of the baseline), map units.
    pub x: f64,
    /// Anchor, map units.
    pub y: f64,
    /// Characters of its text.
    pub chars: usize,
    /// Its height on screen, CSS pixels.
    pub px: f64,
}

/// The smallest label on screen, CSS pixels.
pub const MIN_PX: f64 = 12.0;

impl LabelBox {
    /// Its font size in map units when one screen pixel spans `k` map units.
    pub fn size(&self, k: f64) -> f64 {
        self.px.max(MIN_PX) * k
    }

    /// Its box (left, top, right, bottom) in map units at scale `k`.
    fn bbox(&self, k: f64) -> (f64, f64, f64, f64) {
        let size = self.size(k);
        let width = self.chars as f64 * size * 0.95;
        (
            self.x - width / 2.0,
            self.y - size,
            self.x + width / 2.0,
            self.y + size * 0.3,
        )
    }
}

/// Which labels are shown at scale `k`: in order, each unless it overlaps one already shown.
pub fn shown(labels: &[LabelBox], k: f64) -> Vec<bool> {
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    labels
        .iter()
        .map(|l| {
            let b = l.bbox(k);
            let overlaps = placed
                .iter()
                .any(|p| b.0 < p.2 && b.2 > p.0 && b.1 < p.3 && b.3 > p.1);
            if !overlaps {
                placed.push(b);
            }
            !overlaps
        })
        .collect()
}

/// The widths (CSS pixels) at which the map frame's bands start: before the map's controls
/// take over, the labels are sized and placed for the band the frame falls in (container
/// queries in `map/labels.css`), so a map reads right on a phone with no app code loaded.
pub const BANDS: [f64; 8] = [0.0, 340.0, 400.0, 480.0, 580.0, 700.0, 840.0, 1000.0];

/// Map units per screen pixel in band `i` of a map `width` units wide: taken at the band's
/// narrowest frame (the first band at 300 px), so labels are never below their size.
pub fn band_scale(i: usize, width: f64) -> f64 {
    width / BANDS.get(i).copied().unwrap_or(1000.0).max(300.0)
}

/// The bands in which each label is hidden, by index into `labels`.
pub fn hidden_in_bands(labels: &[LabelBox], width: f64) -> Vec<Vec<usize>> {
    let mut hidden = vec![Vec::new(); labels.len()];
    for band in 0..BANDS.len() {
        for (i, show) in shown(labels, band_scale(band, width))
            .into_iter()
            .enumerate()
        {
            if !show {
                hidden[i].push(band);
            }
        }
    }
    hidden
}

/// The stylesheet of the bands: per band, each label size in map units (`text.pxN`) and the
/// labels it hides (`text.hbN`); only while the map's controls have not taken over.
pub fn bands_css(width: f64, sizes: &[u32]) -> String {
    let mut css = String::from(".map-frame{container-type:inline-size}");
    for (band, start) in BANDS.iter().enumerate() {
        let k = band_scale(band, width);
        let range = match BANDS.get(band + 1) {
            Some(next) => format!("({start}px <= width < {next}px)"),
            None => format!("(width >= {start}px)"),
        };
        css.push_str(&format!("@container {range}{{"));
        for px in sizes {
            let size = f64::from(*px).max(MIN_PX) * k;
            css.push_str(&format!(
                ".plan-map:not([data-ready]) text.px{px}{{font-size:{size:.1}px}}"
            ));
        }
        css.push_str(&format!(
            ".plan-map:not([data-ready]) text.hb{band}{{display:none}}}}"
        ));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(x: f64, chars: usize) -> LabelBox {
        LabelBox {
            x,
            y: 100.0,
            chars,
            px: 13.0,
        }
    }

    #[test]
    fn labels_keep_their_screen_size_at_every_scale() {
        let l = label(0.0, 2);
        assert_eq!(l.size(1.0), 13.0);
        assert_eq!(l.size(2.5), 32.5);
        assert_eq!(LabelBox { px: 8.0, ..l }.size(1.0), MIN_PX);
    }

    #[test]
    fn each_width_band_sizes_labels_for_its_narrowest_frame_and_hides_what_collides() {
        let labels = [label(100.0, 2), label(130.0, 2)];
        let hidden = hidden_in_bands(&labels, 1000.0);
        assert!(hidden[0].is_empty(), "the first label always shows");
        assert!(
            hidden[1].contains(&0) && !hidden[1].contains(&7),
            "{hidden:?}"
        );
        let css = bands_css(1000.0, &[13]);
        assert!(css.contains("(340px <= width < 400px)"), "{css}");
        assert!(
            css.contains("text.px13{font-size:38.2px}"),
            "13 px at 340 px wide: {css}"
        );
    }

    #[test]
    fn an_overlapping_label_is_dropped_until_the_reader_zooms_in() {
        let labels = [label(100.0, 2), label(130.0, 2), label(400.0, 3)];
        assert_eq!(shown(&labels, 1.0), [true, true, true]);
        assert_eq!(
            shown(&labels, 2.0),
            [true, false, true],
            "zoomed out: the second collides"
        );
    }
}
