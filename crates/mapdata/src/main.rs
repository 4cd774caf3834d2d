//! `mapdata [DATA_DIR] [OUT]`: writes the reduced map data (defaults `data/geo`,
//! `content/region.txt`), naming the rivers and the lake the pack's `map-names.tsv` names.

use plan_core::pack::plan;

fn main() -> std::process::ExitCode {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "data/geo".into());
    let out = args.next().unwrap_or_else(|| "content/region.txt".into());
    let scope: Vec<String> = match plan() {
        Ok(plan) => plan.scope.iter().map(|u| u.adcode.clone()).collect(),
        Err(e) => {
            eprintln!("mapdata: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    // What the plan names on the map lies beside the map data, in the same pack.
    let names_file = std::path::Path::new(&out).with_file_name("map-names.tsv");
    let names = std::fs::read_to_string(&names_file)
        .map_err(|e| mapdata::StepError(format!("{}: {e}", names_file.display())))
        .and_then(|text| {
            mapdata::parse_names(&names_file.display().to_string(), &text)
                .map_err(|e| mapdata::StepError(e.to_string()))
        });
    match names
        .and_then(|names| mapdata::render(std::path::Path::new(&dir), &scope, &names))
        .and_then(|text| {
            std::fs::write(&out, &text).map_err(|e| mapdata::StepError(format!("{out}: {e}")))?;
            Ok(text.len())
        }) {
        Ok(bytes) => {
            println!("mapdata: wrote {out} ({bytes} bytes)");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("mapdata: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
