//! The project list's CSV download, cut from the published `data/projects.csv`: the header
//! and the lines of the projects shown, as they are in the file. The file keeps one row a line
//! and starts each with the project's id (`published::table` refuses a line break in a value,
//! and ids need no quoting), so the browser needs no CSV code of its own, and the download
//! has the columns the data page describes.

/// The header line and the lines of `published` whose first field is one of `ids`, in the
/// file's order, as the file ends them, after a byte-order mark (a browser's text decoding
/// drops the file's own).
pub fn rows_of(published: &str, ids: &[&str]) -> String {
    let published = published.strip_prefix('\u{feff}').unwrap_or(published);
    let mut lines = published.split_inclusive('\n');
    let mut out = String::from("\u{feff}");
    out.push_str(lines.next().unwrap_or_default());
    for line in lines {
        let id = line.split(',').next().unwrap_or_default();
        if ids.contains(&id) {
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_and_the_lines_of_the_ids_given_are_kept() {
        let published = "\u{feff}id,name\r\na,甲\r\nb,\"乙,丙\"\r\nc,丁\r\n";
        assert_eq!(
            rows_of(published, &["c", "a"]),
            "\u{feff}id,name\r\na,甲\r\nc,丁\r\n"
        );
        assert_eq!(rows_of(published, &[]), "\u{feff}id,name\r\n");
        assert_eq!(
            rows_of(published.trim_start_matches('\u{feff}'), &["b"]),
            "\u{feff}id,name\r\nb,\"乙,丙\"\r\n",
            "the mark is there when the text came without it"
        );
    }
}
