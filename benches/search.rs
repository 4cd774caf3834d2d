//! Search speed over the whole plan: reading the published index (what the search page's
//! wasm does once, before its first answer), and one query per keystroke (every prefix of a set
//! of typical queries). `make bench`; the budget is 2 ms per keystroke.

#[cfg(not(target_arch = "wasm32"))]
use criterion::{black_box, criterion_group, criterion_main, Criterion};
#[cfg(not(target_arch = "wasm32"))]
use lanxi_explorer::core::pack::embedded_index_file;
#[cfg(not(target_arch = "wasm32"))]
use lanxi_explorer::core::search::{IndexFile, SearchIndex};

#[cfg(not(target_arch = "wasm32"))]
const QUERIES: [&str; 8] = [
    "兰州新区综合保税区",
    "黄河上游生态保护",
    "g6",
    "xining",
    "湟中区",
    "交通基础设施重点项目",
    "生态",
    "2035年",
];

#[cfg(not(target_arch = "wasm32"))]
fn keystrokes() -> Vec<String> {
    QUERIES
        .iter()
        .flat_map(|q| {
            let chars: Vec<char> = q.chars().collect();
            (1..=chars.len()).map(move |n| chars[..n].iter().collect::<String>())
        })
        .collect()
}

#[cfg(not(target_arch = "wasm32"))]
fn bench(c: &mut Criterion) {
    let Ok(Ok(bytes)) = embedded_index_file().map(|file| file.to_bytes()) else {
        panic!("embedded content does not load");
    };
    let read = |bytes: &[u8]| IndexFile::from_bytes(bytes).map(SearchIndex::read);
    c.bench_function("load the published index (decode and fold)", |b| {
        b.iter(|| read(black_box(&bytes)).map(|index| index.len()))
    });
    let Ok(index) = read(&bytes) else {
        panic!("the published index reads back");
    };
    let strokes = keystrokes();
    c.bench_function("one keystroke (average over typical queries)", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % strokes.len();
            black_box(index.search(&strokes[i]).hits.len())
        })
    });
    let mut group = c.benchmark_group("query");
    for q in ["生", "兰州", "xining", "黄河上游生态保护"] {
        group.bench_function(q, |b| b.iter(|| black_box(index.search(q).hits.len())));
    }
    group.finish();
}

#[cfg(not(target_arch = "wasm32"))]
criterion_group!(benches, bench);
#[cfg(not(target_arch = "wasm32"))]
criterion_main!(benches);

/// The benchmark runs natively only.
#[cfg(target_arch = "wasm32")]
fn main() {}
