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
