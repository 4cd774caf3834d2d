//! The site starts: the home page renders the app and the console stays clean.

use crate::support::{console_errors, open, text_of, with_browser, Options};

#[tokio::test(flavor = "multi_thread")]
async fn the_home_page_renders_the_plan_and_the_console_has_no_errors() {
    with_browser(Options::default(), |client| async move {
        open(&client, "/").await;
        assert_eq!(text_of(&client, "h1").await, "兰州—西宁城市群发展规划");
        assert!(text_of(&client, ".contents-list")
            .await
            .contains("第六章 推动基础设施互联互通"));
        let title = client.title().await.unwrap_or_default();
        assert!(title.contains("兰州—西宁城市群发展规划"), "title: {title}");
        assert_eq!(console_errors(&client).await, Vec::<String>::new());
    })
    .await;
}
