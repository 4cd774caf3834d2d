//! The app manifest (`manifest.webmanifest`): the template in `public/` holds the icons and
//! colours; the pack gives the names and the description.

use crate::core::content::Meta;

/// The manifest `template` with the plan's names, pretty-printed as browsers' tools show it.
pub fn manifest(template: &str, meta: &Meta) -> Result<String, serde_json::Error> {
    let mut manifest: serde_json::Value = serde_json::from_str(template)?;
    manifest["name"] = meta.site_name.clone().into();
    manifest["short_name"] = meta.short_title.clone().into();
    manifest["description"] = format!(
        "阅读、搜索、查看《{}》：全文、地方、地图、目标。",
        meta.title
    )
    .into();
    Ok(serde_json::to_string_pretty(&manifest)? + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_names_the_packs_site_and_keeps_the_templates_icons() {
        let meta = Meta {
            site_name: "示例 Explorer".into(),
            short_title: "示例".into(),
            title: "示例规划".into(),
            ..Meta::default()
        };
        let written = manifest(
            r#"{"name": "x", "icons": [{"src": "icon-192.png"}]}"#,
            &meta,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let value: serde_json::Value = serde_json::from_str(&written).unwrap_or_default();
        assert_eq!(value["name"], "示例 Explorer");
        assert_eq!(value["short_name"], "示例");
        assert_eq!(value["icons"][0]["src"], "icon-192.png");
        assert!(value["description"]
            .as_str()
            .is_some_and(|d| d.contains("《示例规划》")));
        assert!(
            manifest("{", &meta).is_err(),
            "a broken template is an error"
        );
    }
}
