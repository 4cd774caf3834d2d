//! `mapdata [DATA_DIR] [OUT]`: writes the reduced map data (defaults `data/geo`,
//! `content/region.txt`).

use plan_core::content::plan;

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
    match mapdata::render(std::path::Path::new(&dir), &scope).and_then(|text| {
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
