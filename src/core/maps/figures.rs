//! The five figures: what each draws on the base map, every element tied to the text that
//! says it. Lines between places are straight and schematic (示意); ends outside the map
//! stop at its edge with an arrow.

use super::canvas::Canvas;
use super::svg::{base_layers, centroid, place_labels, projection, Counts, Label, WIDTH};
use crate::core::content::Plan;
use crate::core::geo::mapdata::{County, MapData};
use std::fmt::Write;

/// One element a map draws, for its legend, its accessible list and its link to the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// What it is (`兰州—中卫铁路`).
    pub label: String,
    /// Its legend group (`铁路`).
    pub group: &'static str,
    /// The paragraph or box item that says it.
    pub source: String,
    /// Whether it is drawn schematically.
    pub schematic: bool,
}

/// A rendered figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// 1–5.
    pub number: u8,
    /// The `<svg>`.
    pub svg: String,
    /// The same without the base map: the figure's own elements and labels, drawn over the
    /// shared base image where the figure stands in the text.
    pub overlay: String,
    /// Elements drawn, in legend order.
    pub elements: Vec<Element>,
    /// What the reader must know about this map (what the source does not say).
    pub notes: Vec<String>,
}

fn county_fill(n: u8) -> impl Fn(&County) -> &'static str {
    move |c: &County| match (n, c.in_scope) {
        (_, false) => "outside",
        (1, true) => "scope",
        (4, true) => "scope eco",
        _ => "scope plain",
    }
}

/// Renders figure `n` (1–5); `counts` gives each county's project count for its tooltip.
pub fn render(n: u8, plan: &Plan, data: &MapData, counts: &Counts) -> Option<Figure> {
    if !(1..=5).contains(&n) {
        return None;
    }
    let (p, height) = projection(data);
    let centres = data
        .counties
        .iter()
        .map(|c| (c.adcode.clone(), centroid(data, &p, c)))
        .collect();
    let mut canvas = Canvas {
        p,
        height,
        centres,
        svg: String::new(),
        labels: Vec::new(),
        elements: Vec::new(),
    };
    let mut notes = Vec::new();
    let fill = county_fill(n);
    let base = base_layers(data, counts, &fill);
    match n {
        1 => {
            let area = data.scope_area_km2();
            notes.push(format!(
                "按边界计算的规划范围面积约 {:.2} 万平方公里；规划原文为 9.75 万平方公里。",
                area / 10_000.0
            ));
            let in_scope = data.counties.iter().filter(|c| c.in_scope).count();
            canvas.element(
                &format!("规划范围内的县级单位（{in_scope} 个）"),
                "规划范围",
                &plan.meta.scope_paragraph,
                false,
            );
            canvas.element(
                "所在市州的其他县区（范围外，供参照）",
                "参照",
                &plan.meta.scope_paragraph,
                false,
            );
        }
        2 => {
            notes.push("原文只写了主体功能区的类型与管控要求，没有列出各县属于哪一类；本图因此不给县区分类，只列出原文的类型与规则。".into());
            for (zone, source) in [
                ("重点开发区", "c3s1p1"),
                ("农产品主产区", "c3s1p1"),
                ("重点生态功能区", "c3s1p1"),
                ("生态空间、农业空间（按限制开发区管制）", "c3s1p2"),
                ("生态保护红线范围（按禁止开发区管制）", "c3s1p2"),
                ("城镇空间（从严管控）", "c3s1p2"),
            ] {
                canvas.element(zone, "主体功能区类型（原文未分县）", source, false);
            }
        }
        3 => {
            canvas.line(
                &["630103", "630202", "620102", "621102"],
                "band",
                "兰西城镇发展带",
                "一带",
                "c3s3p2",
            );
            for (a, b, label, source) in [
                ("620102", "620402", "兰州—白银都市圈", "c3s3p4"),
                ("630103", "630202", "西宁—海东都市圈", "c3s3p5"),
            ] {
                if let (Some(pa), Some(pb)) = (canvas.at(a), canvas.at(b)) {
                    let (cx, cy, r) = (
                        (pa.0 + pb.0) / 2.0,
                        (pa.1 + pb.1) / 2.0,
                        ((pa.0 - pb.0).hypot(pa.1 - pb.1)) / 2.0 + 45.0,
                    );
                    let _ = write!(canvas.svg, "<circle class=\"metro\" cx=\"{cx:.1}\" cy=\"{cy:.1}\" r=\"{r:.1}\" data-source=\"{source}\"><title>{label}（示意）</title></circle>");
                    canvas.labels.push(Label {
                        text: label.into(),
                        at: (cx, cy - r - 6.0),
                        size: 15.0,
                        class: "label-zone",
                    });
                    canvas.element(label, "双圈", source, true);
                }
            }
            for (code, label) in [
                ("621102", "定西"),
                ("622901", "临夏"),
                ("632223", "海北（州府西海镇）"),
                ("632521", "海南（州府恰卜恰镇）"),
                ("632301", "黄南（州府同仁）"),
            ] {
                canvas.point(code, "node", label, "多节点", "c3s3p6");
            }
            for (code, name) in [
                ("620122", "皋兰"),
                ("620123", "榆中"),
                ("621122", "陇西"),
                ("621124", "临洮"),
                ("622923", "永靖"),
                ("630106", "湟中"),
                ("630222", "民和"),
                ("630223", "互助"),
                ("632223", "海晏"),
                ("632521", "共和"),
                ("632523", "贵德"),
                ("632301", "同仁"),
            ] {
                let source = if code.starts_with("62") {
                    "box1-gansu"
                } else {
                    "box1-qinghai"
                };
                if let Some((x, y)) = canvas.at(code) {
                    let _ = write!(canvas.svg, "<rect class=\"new-city\" x=\"{:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" transform=\"rotate(45 {x:.1} {y:.1})\" data-source=\"{source}\"><title>新生中小城市：{name}</title></rect>", x - 5.0, y - 5.0);
                }
                canvas.element(
                    &format!("新生中小城市：{name}"),
                    "新生中小城市（专栏 1）",
                    source,
                    false,
                );
            }
        }
        4 => {
            for r in data.rivers.iter().filter(|r| r.name == "黄河") {
                let d = super::svg::path(&p, std::slice::from_ref(&r.points), false);
                let _ = write!(canvas.svg, "<path class=\"eco-belt\" d=\"{d}\" data-source=\"c4s1p1\"><title>黄河上游生态保护带（示意）</title></path>");
            }
            canvas.element("黄河上游生态保护带", "生态保护带", "c4s1p1", true);
            for name in ["湟水", "大通河", "洮河"] {
                for r in data.rivers.iter().filter(|r| r.name == name) {
                    let d = super::svg::path(&p, std::slice::from_ref(&r.points), false);
                    let _ = write!(canvas.svg, "<path class=\"corridor\" d=\"{d}\" data-source=\"c4s1p1\"><title>{name}生态廊道</title></path>");
                }
                canvas.element(&format!("{name}生态廊道"), "生态廊道", "c4s1p1", false);
            }
            for (label, a, b) in [
                ("达坂山生态廊道", (100.9, 37.2), (102.6, 36.8)),
                ("拉脊山生态廊道", (101.0, 36.45), (102.6, 36.05)),
            ] {
                let (pa, pb) = (p.xy_deg(a.0, a.1), p.xy_deg(b.0, b.1));
                let _ = write!(canvas.svg, "<path class=\"ridge\" d=\"M{:.1} {:.1}L{:.1} {:.1}\" data-source=\"c4s1p1\"><title>{label}（示意）</title></path>", pa.0, pa.1, pb.0, pb.1);
                canvas.labels.push(Label {
                    text: label.trim_end_matches("生态廊道").into(),
                    at: ((pa.0 + pb.0) / 2.0, (pa.1 + pb.1) / 2.0 - 6.0),
                    size: 13.0,
                    class: "label-zone",
                });
                canvas.element(label, "生态廊道", "c4s1p1", true);
            }
            canvas.element("青海湖", "重要生态区", "c4s1p1", false);
            for (lon, lat, rx, ry, label, source) in [
                (100.2, 36.9, 70.0, 45.0, "环青海湖地区", "box2-1"),
                (101.9, 36.35, 80.0, 40.0, "青海东部干旱山区", "box2-2"),
                (101.0, 38.0, 90.0, 35.0, "环祁连山地区", "box2-3"),
                (104.0, 36.4, 70.0, 50.0, "沿黄河地区", "box2-4"),
                (102.8, 34.9, 80.0, 35.0, "环甘南高原地区", "box2-5"),
                (100.5, 36.1, 55.0, 35.0, "共和盆地", "box2-6"),
            ] {
                canvas.zone((lon, lat, rx, ry, label, source), "六大生态治理区");
            }
        }
        _ => {
            for (stops, label, source) in [
                (&["620102", "中卫"][..], "兰州—中卫铁路", "box5-rail"),
                (&["630103", "成都"][..], "西宁—成都铁路", "box5-rail"),
                (&["620102", "合作"][..], "兰州—合作铁路", "box5-rail"),
                (
                    &["620102", "中川机场", "张掖"][..],
                    "兰州（中川机场）—张掖铁路",
                    "c6s1p1",
                ),
                (
                    &["630103", "玉树"][..],
                    "西宁—玉树—昌都铁路（规划研究）",
                    "box5-rail",
                ),
                (
                    &["621102", "平凉"][..],
                    "定西—平凉铁路（规划研究）",
                    "box5-rail",
                ),
                (
                    &["红会", "同心"][..],
                    "红会—同心铁路（规划研究）",
                    "box5-rail",
                ),
            ] {
                canvas.line(stops, "rail", label, "铁路", source);
            }
            canvas.element(
                "环县—海原铁路（规划研究，两端均在图外）",
                "铁路",
                "box5-rail",
                true,
            );
            for (stops, label) in [
                (&["兰州新区", "620102"][..], "G1816 乌玛高速兰州新区—兰州段"),
                (&["景泰", "中川机场"][..], "G1816 乌玛高速景泰—中川机场段"),
                (&["621123", "武都"][..], "G75 兰海高速渭源—武都段"),
                (&["630103", "630202"][..], "G0612 东延至乐都"),
                (&["632301", "塞尔龙"][..], "G0611 同仁—塞尔龙"),
            ] {
                canvas.line(stops, "road", label, "公路", "box5-road");
            }
            canvas.element(
                "G6、G30 繁忙路段扩容改造（原文未点名路段）",
                "公路",
                "box5-road",
                false,
            );
            for (key, label) in [
                ("中川机场", "兰州中川国际机场"),
                ("曹家堡机场", "西宁曹家堡机场"),
                ("622901", "临夏支线机场（新建）"),
                ("621102", "定西支线机场（新建）"),
                ("青海湖支线机场", "青海湖支线机场（新建，位置示意）"),
            ] {
                canvas.point(key, "airport", label, "机场", "box5-hub1");
            }
            for (key, label, source) in [
                ("620102", "兰州全国性综合交通枢纽", "c6s1p3"),
                ("630103", "西宁全国性综合交通枢纽", "c6s1p3"),
                ("曹家堡机场", "曹家堡综合交通枢纽", "box5-hub2"),
            ] {
                canvas.point(key, "hub", label, "综合交通枢纽", source);
            }
        }
    }
    // Prefecture names at the centre of their counties, then the figure's own labels.
    let mut labels: Vec<Label> = Vec::new();
    for (code, name) in [
        ("620100", "兰州"),
        ("620400", "白银"),
        ("621100", "定西"),
        ("622900", "临夏"),
        ("630100", "西宁"),
        ("630200", "海东"),
        ("632200", "海北"),
        ("632300", "黄南"),
        ("632500", "海南"),
    ] {
        let pts: Vec<(f64, f64)> = data
            .counties
            .iter()
            .filter(|c| c.prefecture == code && c.in_scope)
            .filter_map(|c| canvas.centres.get(&c.adcode).copied())
            .collect();
        if !pts.is_empty() {
            let (x, y) = pts.iter().fold((0.0, 0.0), |a, q| (a.0 + q.0, a.1 + q.1));
            labels.push(Label {
                text: name.into(),
                at: (x / pts.len() as f64, y / pts.len() as f64 + 18.0),
                size: 16.0,
                class: "label-prefecture",
            });
        }
    }
    labels.append(&mut canvas.labels);
    let labels = place_labels(&labels);
    let draw = |base: &str| {
        format!(
            "<svg class=\"plan-map fig{n}\" tabindex=\"0\" viewBox=\"0 0 {WIDTH} {height:.0}\" role=\"img\" aria-labelledby=\"map-title\" data-width=\"{WIDTH}\" data-height=\"{height:.0}\">\
             <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\"/></marker></defs>\
             <g class=\"viewport\">{base}<g class=\"layer layer-figure\" data-layer=\"figure\">{}</g><g class=\"layer layer-labels\" data-layer=\"labels\">{labels}</g></g></svg>",
            canvas.svg
        )
    };
    Some(Figure {
        number: n,
        svg: draw(&base),
        overlay: draw(""),
        elements: canvas.elements,
        notes,
    })
}
