//! Reading a homepage as a browser would before scripts run: decoded by its charset
//! (Content-Type, else `<meta charset>`, many Chinese sites are GBK), parsed by html5ever
//! (through scraper), its visible text and its links collected. The footer rules compare
//! numbers with spaces removed (whether the administration accepts spaces is unknown).

use encoding_rs::Encoding;
use scraper::{Html, Selector};

/// What the page shows, for the footer checks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// Visible text (outside script, style, template, noscript), whitespace removed.
    pub text: String,
    /// Every `<a href>`: (href, its text with whitespace removed).
    pub links: Vec<(String, String)>,
    /// Whether the page loads scripts (a page with scripts and no text is built by them).
    pub has_scripts: bool,
}

/// Decodes and parses a page.
pub fn scan(body: &[u8], content_type: Option<&str>) -> Scan {
    let text = decode(body, content_type);
    scan_text(&text)
}

/// Parses decoded HTML.
pub fn scan_text(html: &str) -> Scan {
    let doc = Html::parse_document(html);
    let mut scan = Scan::default();
    for node in doc.tree.root().descendants() {
        if let Some(text) = node.value().as_text() {
            let hidden = node.ancestors().any(|a| {
                a.value().as_element().is_some_and(|e| {
                    matches!(
                        e.name(),
                        "script" | "style" | "template" | "noscript" | "head"
                    )
                })
            });
            if !hidden {
                scan.text
                    .extend(text.chars().filter(|c| !c.is_whitespace()));
            }
        }
    }
    let anchors = Selector::parse("a[href]").expect("a fixed selector");
    for a in doc.select(&anchors) {
        let href = a
            .value()
            .attr("href")
            .unwrap_or_default()
            .trim()
            .to_string();
        let text: String = a
            .text()
            .flat_map(str::chars)
            .filter(|c| !c.is_whitespace())
            .collect();
        scan.links.push((href, text));
    }
    let scripts = Selector::parse("script").expect("a fixed selector");
    scan.has_scripts = doc.select(&scripts).next().is_some();
    scan
}

/// UTF-8 when it is; else the charset the server or the page names; else lossy UTF-8.
pub fn decode(body: &[u8], content_type: Option<&str>) -> String {
    if let Ok(text) = std::str::from_utf8(body) {
        return text.to_string();
    }
    let named = content_type
        .and_then(charset_of_content_type)
        .or_else(|| charset_of_meta(&String::from_utf8_lossy(body)));
    match named.and_then(|label| Encoding::for_label(label.as_bytes())) {
        Some(encoding) => encoding.decode(body).0.into_owned(),
        None => String::from_utf8_lossy(body).into_owned(),
    }
}

fn charset_of_content_type(value: &str) -> Option<String> {
    value.split(';').find_map(|part| {
        let (k, v) = part.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

/// `<meta charset=gbk>` or `<meta http-equiv=Content-Type content="text/html; charset=gb2312">`,
/// read by the parser from the lossily decoded page (the markup is ASCII either way).
fn charset_of_meta(html: &str) -> Option<String> {
    let doc = Html::parse_document(html);
    let metas = Selector::parse("meta").expect("a fixed selector");
    doc.select(&metas).find_map(|m| {
        m.value()
            .attr("charset")
            .map(str::to_string)
            .or_else(|| m.value().attr("content").and_then(charset_of_content_type))
    })
}

/// A number with its whitespace removed, as `Scan::text` holds it.
pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The host of an absolute or scheme-relative link, lower-case.
pub fn link_host(href: &str) -> Option<String> {
    let rest = href
        .split_once("://")
        .map(|(_, r)| r)
        .or_else(|| href.strip_prefix("//"))?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_skips_scripts_and_keeps_links() {
        let s = scan_text(
            "<html><head><title>备案号</title><script>var x = '京ICP备1号';</script></head>\
             <body><p>首页</p><footer><a href=\"https://beian.miit.gov.cn/\">京ICP备 2026012345号-1</a></footer></body></html>",
        );
        assert_eq!(s.text, "首页京ICP备2026012345号-1");
        assert_eq!(
            s.links,
            vec![(
                "https://beian.miit.gov.cn/".into(),
                "京ICP备2026012345号-1".into()
            )]
        );
        assert!(s.has_scripts);
    }

    #[test]
    fn gbk_pages_are_decoded_by_header_or_meta() {
        let (bytes, _, _) = encoding_rs::GBK.encode("<p>京ICP备2026012345号</p>");
        let by_header = scan(&bytes, Some("text/html; charset=GBK"));
        assert!(by_header.text.contains("京ICP备2026012345号"));
        let mut page = b"<meta charset=\"gbk\">".to_vec();
        page.extend_from_slice(&bytes);
        assert!(scan(&page, None).text.contains("京ICP备2026012345号"));
        // Without a charset the nearest case cannot be read as Chinese.
        assert!(!scan(&bytes, None).text.contains("京ICP备"));
    }

    #[test]
    fn link_hosts() {
        assert_eq!(
            link_host("https://beian.miit.gov.cn/#/").as_deref(),
            Some("beian.miit.gov.cn")
        );
        assert_eq!(
            link_host("//BEIAN.miit.gov.cn").as_deref(),
            Some("beian.miit.gov.cn")
        );
        assert_eq!(
            link_host("http://u@beian.miit.gov.cn:80/x").as_deref(),
            Some("beian.miit.gov.cn")
        );
        assert_eq!(link_host("/about"), None);
        assert_eq!(link_host("beian.miit.gov.cn"), None);
    }
}
