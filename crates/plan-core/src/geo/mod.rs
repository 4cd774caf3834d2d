//! Geometry for the maps: integer points, the shared-border topology as read, projection,
//! area, and the compact map data file the data step writes and the pre-renderer reads.

pub mod geojson_out;
pub mod mapdata;
pub mod names;
pub mod simplify;
pub mod topology;

/// A point in integer units of 1e-5 degree (longitude, latitude): exact and hashable.
pub type Pt = (i32, i32);

/// Degrees per integer unit.
pub const UNIT: f64 = 1e-5;

/// Converts degrees to integer units.
pub fn to_pt(lon: f64, lat: f64) -> Pt {
    ((lon / UNIT).round() as i32, (lat / UNIT).round() as i32)
}

/// Mean Earth radius in kilometres.
const EARTH_RADIUS_KM: f64 = 6371.0088;

/// Area of a lon/lat ring on the sphere, in km² (positive; orientation ignored).
pub fn ring_area_km2(ring: &[Pt]) -> f64 {
    let rad = |v: i32| (f64::from(v) * UNIT).to_radians();
    let mut sum = 0.0;
    for w in ring.windows(2) {
        let (a, b) = (w[0], w[1]);
        sum += (rad(b.0) - rad(a.0)) * (2.0 + rad(a.1).sin() + rad(b.1).sin());
    }
    (sum * EARTH_RADIUS_KM * EARTH_RADIUS_KM / 2.0).abs()
}

/// Area of polygons given as rings (first ring outer, the rest holes, per polygon).
pub fn polygons_area_km2(polygons: &[Vec<Vec<Pt>>]) -> f64 {
    polygons
        .iter()
        .map(|rings| {
            let outer = rings.first().map_or(0.0, |r| ring_area_km2(r));
            outer - rings.iter().skip(1).map(|r| ring_area_km2(r)).sum::<f64>()
        })
        .sum()
}

/// An equirectangular projection centred on the region, scaled so that 1 unit is the same
/// distance north–south and east–west at the centre latitude; y grows downward, as in SVG.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    /// West edge, degrees.
    pub west: f64,
    /// North edge, degrees.
    pub north: f64,
    /// Cosine of the centre latitude.
    pub kx: f64,
    /// Output units per degree of latitude.
    pub scale: f64,
}

impl Projection {
    /// Fits the box (west, south, east, north) into `width` output units.
    pub fn fit(west: f64, south: f64, east: f64, north: f64, width: f64) -> Projection {
        let kx = ((south + north) / 2.0).to_radians().cos();
        let scale = width / ((east - west) * kx);
        Projection {
            west,
            north,
            kx,
            scale,
        }
    }

    /// Projects a point.
    pub fn xy(&self, p: Pt) -> (f64, f64) {
        let (lon, lat) = (f64::from(p.0) * UNIT, f64::from(p.1) * UNIT);
        (
            (lon - self.west) * self.kx * self.scale,
            (self.north - lat) * self.scale,
        )
    }

    /// Projects lon/lat degrees.
    pub fn xy_deg(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            (lon - self.west) * self.kx * self.scale,
            (self.north - lat) * self.scale,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_degree_cell_at_the_equator_has_the_area_of_the_sphere_formula() {
        let square = [
            to_pt(0.0, 0.0),
            to_pt(1.0, 0.0),
            to_pt(1.0, 1.0),
            to_pt(0.0, 1.0),
            to_pt(0.0, 0.0),
        ];
        let expected = EARTH_RADIUS_KM.powi(2) * 1f64.to_radians() * (1f64.to_radians().sin());
        assert!((ring_area_km2(&square) - expected).abs() / expected < 1e-6);
    }

    #[test]
    fn the_projection_keeps_north_up_and_distances_even_at_the_centre() {
        let p = Projection::fit(100.0, 34.0, 106.0, 38.0, 1000.0);
        let (x0, y0) = p.xy_deg(100.0, 38.0);
        assert!(
            x0.abs() < 1e-9 && y0.abs() < 1e-9,
            "north-west corner at the origin"
        );
        let (x1, _) = p.xy_deg(106.0, 38.0);
        assert!((x1 - 1000.0).abs() < 1e-9, "the width fits");
        let (_, y_south) = p.xy_deg(100.0, 34.0);
        assert!(y_south > 0.0, "south is down");
        // One degree of latitude and cos(36°) degrees of longitude... equal at the centre.
        let (ax, _) = p.xy_deg(103.0, 36.0);
        let (bx, _) = p.xy_deg(104.0, 36.0);
        let (_, ay) = p.xy_deg(103.0, 36.0);
        let (_, by) = p.xy_deg(103.0, 35.0);
        assert!(((bx - ax) / (by - ay) - 36f64.to_radians().cos()).abs() < 1e-9);
    }
}
