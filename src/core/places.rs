//! The gazetteer (`content/places.tsv`): provinces, prefectures and county-level units with the
//! name forms people type — full, short, the plan's 2018 name, pinyin without tones.

/// How high a place stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// 省.
    Province,
    /// 地级: 市, 州.
    Prefecture,
    /// 县级: 区, 县, 县级市.
    County,
}

/// A place of the gazetteer.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// Today's six-digit code.
    pub adcode: String,
    /// Its level.
    pub level: Level,
    /// Today's full name (`湟中区`).
    pub name: String,
    /// Short forms (`湟中`).
    pub short: Vec<String>,
    /// Former names as the plan writes them (`湟中县`).
    pub old: Vec<String>,
    /// Pinyin without tones, lower case (`huangzhong`).
    pub pinyin: String,
    /// The adcode of the unit it belongs to.
    pub parent: String,
    /// Why it is listed as it is, where that needs saying.
    pub note: String,
}

impl Place {
    /// Every Chinese form of the name: full, former, short.
    pub fn chinese_names(&self) -> Vec<&str> {
        std::iter::once(self.name.as_str())
            .chain(self.old.iter().map(String::as_str))
            .chain(self.short.iter().map(String::as_str))
            .collect()
    }
}

/// A malformed row of the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("content/places.tsv:{line}: {message}")]
pub struct PlacesError {
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// `content/places.tsv`, embedded.
pub const PLACES_SOURCE: &str = include_str!("../../content/places.tsv");

fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Parses the gazetteer.
pub fn parse_places(text: &str) -> Result<Vec<Place>, PlacesError> {
    let mut out = Vec::new();
    for (index, row) in text.lines().enumerate().skip(1) {
        if row.trim().is_empty() {
            continue;
        }
        let error = |message: String| PlacesError {
            line: index + 1,
            message,
        };
        let c: Vec<&str> = row.split('\t').collect();
        if c.len() != 8 {
            return Err(error(format!("{} columns, expected 8", c.len())));
        }
        let level = match c[1] {
            "province" => Level::Province,
            "prefecture" => Level::Prefecture,
            "county" => Level::County,
            other => return Err(error(format!("unknown level `{other}`"))),
        };
        if c[0].len() != 6 || !c[0].bytes().all(|b| b.is_ascii_digit()) {
            return Err(error(format!("adcode `{}` is not six digits", c[0])));
        }
        out.push(Place {
            adcode: c[0].into(),
            level,
            name: c[2].into(),
            short: list(c[3]),
            old: list(c[4]),
            pinyin: c[5].to_ascii_lowercase(),
            parent: c[6].into(),
            note: c[7].into(),
        });
    }
    Ok(out)
}

/// The embedded gazetteer, parsed once.
pub fn places() -> Result<&'static [Place], &'static PlacesError> {
    static PLACES: std::sync::OnceLock<Result<Vec<Place>, PlacesError>> =
        std::sync::OnceLock::new();
    PLACES
        .get_or_init(|| parse_places(PLACES_SOURCE))
        .as_ref()
        .map(Vec::as_slice)
}
