//! `places-report`: per place, its own and inherited projects with the reasons, its passages,
//! and every link set or removed by hand with its note — the audit of the place pages as a
//! Markdown table to read or diff (`make places-report`).

use lanxi_explorer::core::pack::places;
use lanxi_explorer::core::pack::plan;
use lanxi_explorer::core::pack::projects;
use lanxi_explorer::core::pack::roles;
use lanxi_explorer::core::place_report::{report, Reach};
use lanxi_explorer::core::places::place;
use std::process::ExitCode;

fn main() -> ExitCode {
    let (Ok(plan), Ok(all), Ok(catalogue), Ok(roles)) = (plan(), places(), projects(), roles())
    else {
        eprintln!("places-report: the content does not load; run `cargo test` for the errors");
        return ExitCode::FAILURE;
    };
    println!("# Places report\n");
    println!(
        "| place | level | own projects | inherited projects | passages | by a river or range | inherited passages |"
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
    let reports: Vec<_> = all
        .iter()
        .filter(|p| p.level.has_page())
        .map(|p| report(plan, all, catalogue, roles, p))
        .collect();
    for r in &reports {
        println!(
            "| {} ({}) | {} | {} | {} | {} | {} | {} |",
            r.place.name,
            r.place.adcode,
            r.place.level.label(),
            r.own_count(),
            r.inherited_count(),
            r.passages.len(),
            r.feature_passage_count(),
            r.inherited_passages.len()
        );
    }
    println!("\n## Projects per place, with the reasons\n");
    for r in &reports {
        println!("### {} ({})\n", r.place.name, r.place.adcode);
        for reach in Reach::ALL {
            for item in r.tier(reach) {
                let reasons = item.reasons.join("；");
                println!(
                    "- {reach:?} · {} · {}: {reasons}",
                    item.resolved.project.kind.label(),
                    item.resolved.project.name
                );
            }
        }
        println!();
    }
    println!("## Links set or removed by hand\n");
    for project in catalogue {
        for (what, ids) in [("add", &project.add), ("remove", &project.remove)] {
            for id in ids {
                let name = place(all, id).map_or(id.as_str(), |p| p.name.as_str());
                println!("- {} {what} {name} ({id}): {}", project.name, project.note);
            }
        }
    }
    println!("\n## Sites, rivers and ranges: where each lies, and the source\n");
    for p in all.iter().filter(|p| !p.level.has_page()) {
        let parents: Vec<&str> = p
            .parents
            .iter()
            .map(|id| place(all, id).map_or(id.as_str(), |q| q.name.as_str()))
            .collect();
        println!(
            "- {} ({}) → {}: {}",
            p.name,
            p.level.label(),
            parents.join("、"),
            p.note
        );
    }
    ExitCode::SUCCESS
}
