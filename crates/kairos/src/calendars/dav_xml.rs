//! The XML of WebDAV and CalDAV (RFC 4918, 4791, 6578): the request bodies Kairos sends and a
//! namespace-aware reading of the `multistatus` answers, which servers write in many shapes
//! (default or prefixed namespaces, `status` before or after `prop`, tokens before or after
//! the responses).

use roxmltree::{Document, Node};

const DAV: &str = "DAV:";
const CALDAV: &str = "urn:ietf:params:xml:ns:caldav";
const CALENDARSERVER: &str = "http://calendarserver.org/ns/";

/// The principal of the logged-in user.
pub const CURRENT_USER_PRINCIPAL: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>"#;

/// Where a principal's calendars live.
pub const CALENDAR_HOME_SET: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-home-set/></d:prop></d:propfind>"#;

/// What a collection is: its type, name, components and change markers.
pub const COLLECTIONS: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:cs="http://calendarserver.org/ns/">
<d:prop><d:resourcetype/><d:displayname/><c:supported-calendar-component-set/><d:sync-token/><cs:getctag/></d:prop>
</d:propfind>"#;

/// A `sync-collection` REPORT from `token` (none: from the start), asking only for ETags.
pub fn sync_collection(token: Option<&str>) -> String {
    let token = token.map(escape).unwrap_or_default();
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<d:sync-collection xmlns:d="DAV:"><d:sync-token>{token}</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"#
    )
}

/// A `calendar-multiget` REPORT of `hrefs` (paths as the server gave them).
pub fn multiget(hrefs: &[String]) -> String {
    let hrefs: String = hrefs
        .iter()
        .map(|h| format!("<d:href>{}</d:href>", escape(h)))
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop>{hrefs}</c:calendar-multiget>"#
    )
}

/// A `calendar-query` REPORT of the events that touch `[start, end)` (UTC, `YYYYMMDDTHHMMSSZ`),
/// with their data: for servers without `sync-collection`.
pub fn events_between(start: &str, end: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><d:getetag/><c:calendar-data/></d:prop>
<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"><c:time-range start="{start}" end="{end}"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>"#
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// One `response` of a multistatus: its href, the status of the whole response (a deleted
/// member in a sync report) and the properties found (status 200).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Response {
    pub href: String,
    /// The response's own status code, when it has one instead of property stats.
    pub status: Option<u16>,
    pub etag: Option<String>,
    pub calendar_data: Option<String>,
    /// Hrefs inside `current-user-principal` or `calendar-home-set`.
    pub principal: Option<String>,
    pub home_set: Option<String>,
    pub display_name: Option<String>,
    pub is_calendar: bool,
    /// Components the calendar holds (`VEVENT`, `VTODO`…); empty when the server does not say.
    pub components: Vec<String>,
    /// The collection's sync token, when it supports `sync-collection`.
    pub sync_token: Option<String>,
    pub ctag: Option<String>,
}

/// A parsed multistatus: its responses and, for a sync report, the new token.
#[derive(Debug, Clone, Default)]
pub struct Multistatus {
    pub responses: Vec<Response>,
    pub sync_token: Option<String>,
}

/// Why an answer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the server's answer is not WebDAV XML: {0}")]
pub struct NotDav(pub String);

fn is(node: &Node<'_, '_>, namespace: &str, name: &str) -> bool {
    node.is_element() && node.has_tag_name((namespace, name))
}

fn child<'a, 'i>(node: Node<'a, 'i>, namespace: &str, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| is(n, namespace, name))
}

fn text(node: Node<'_, '_>) -> String {
    node.descendants()
        .filter(Node::is_text)
        .filter_map(|n| n.text())
        .collect::<String>()
        .trim()
        .to_owned()
}

/// The code of a `HTTP/1.1 404 Not Found` status line.
fn status_code(line: &str) -> Option<u16> {
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Reads a `multistatus` body.
pub fn parse(body: &str) -> Result<Multistatus, NotDav> {
    let document = Document::parse(body).map_err(|err| NotDav(err.to_string()))?;
    let root = document.root_element();
    if !is(&root, DAV, "multistatus") {
        return Err(NotDav(format!("the root element is `{}`", root.tag_name().name())));
    }
    let mut parsed = Multistatus {
        sync_token: child(root, DAV, "sync-token").map(text).filter(|t| !t.is_empty()),
        responses: Vec::new(),
    };
    for node in root.children().filter(|n| is(n, DAV, "response")) {
        let mut response = Response {
            href: child(node, DAV, "href").map(text).unwrap_or_default(),
            status: child(node, DAV, "status").and_then(|s| status_code(&text(s))),
            ..Response::default()
        };
        for propstat in node.children().filter(|n| is(n, DAV, "propstat")) {
            let ok = child(propstat, DAV, "status").is_none_or(|s| status_code(&text(s)) == Some(200));
            if let (true, Some(prop)) = (ok, child(propstat, DAV, "prop")) {
                read_props(prop, &mut response);
            }
        }
        parsed.responses.push(response);
    }
    Ok(parsed)
}

fn read_props(prop: Node<'_, '_>, response: &mut Response) {
    for node in prop.children().filter(Node::is_element) {
        let tag = node.tag_name();
        match (tag.namespace().unwrap_or_default(), tag.name()) {
            (DAV, "getetag") => response.etag = Some(text(node)).filter(|t| !t.is_empty()),
            (CALDAV, "calendar-data") => response.calendar_data = Some(text(node)),
            (DAV, "current-user-principal") => response.principal = child(node, DAV, "href").map(text),
            (CALDAV, "calendar-home-set") => response.home_set = child(node, DAV, "href").map(text),
            (DAV, "displayname") => response.display_name = Some(text(node)).filter(|t| !t.is_empty()),
            (DAV, "resourcetype") => response.is_calendar = child(node, CALDAV, "calendar").is_some(),
            (CALDAV, "supported-calendar-component-set") => {
                response.components = node
                    .children()
                    .filter(|n| is(n, CALDAV, "comp"))
                    .filter_map(|n| n.attribute("name").map(str::to_ascii_uppercase))
                    .collect();
            }
            (DAV, "sync-token") => response.sync_token = Some(text(node)).filter(|t| !t.is_empty()),
            (CALENDARSERVER, "getctag") => response.ctag = Some(text(node)).filter(|t| !t.is_empty()),
            _ => {}
        }
    }
}

/// Whether an error body names the `valid-sync-token` precondition (the token expired).
pub fn is_invalid_sync_token(body: &str) -> bool {
    Document::parse(body).is_ok_and(|d| d.descendants().any(|n| is(&n, DAV, "valid-sync-token")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_prefixed_and_default_namespaces_in_either_order() {
        // Radicale: default namespace, prop before status, the token first.
        let radicale = r#"<?xml version='1.0' encoding='utf-8'?>
<multistatus xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><sync-token>http://radicale.org/ns/sync/abc</sync-token>
<response><href>/alice/work/ev1.ics</href><propstat><prop><getetag>"e1"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response><href>/alice/work/ev2.ics</href><status>HTTP/1.1 404 Not Found</status></response></multistatus>"#;
        let parsed = parse(radicale).expect("parsed");
        assert_eq!(parsed.sync_token.as_deref(), Some("http://radicale.org/ns/sync/abc"));
        assert_eq!(parsed.responses[0].etag.as_deref(), Some("\"e1\""));
        assert_eq!(parsed.responses[1].status, Some(404));
        // Xandikos: prefixes, status before prop, the token last, entities in the data.
        let xandikos = r#"<ns0:multistatus xmlns:ns0="DAV:" xmlns:ns1="urn:ietf:params:xml:ns:caldav">
<ns0:response><ns0:href>/user/calendars/work/ev1.ics</ns0:href><ns0:propstat><ns0:status>HTTP/1.1 200 OK</ns0:status>
<ns0:prop><ns0:getetag>"x1"</ns0:getetag><ns1:calendar-data>BEGIN:VCALENDAR&#13;
SUMMARY:R&amp;D &lt;sync&gt;&#13;
END:VCALENDAR</ns1:calendar-data></ns0:prop></ns0:propstat>
<ns0:propstat><ns0:status>HTTP/1.1 404 Not Found</ns0:status><ns0:prop><ns0:displayname/></ns0:prop></ns0:propstat></ns0:response>
<ns0:sync-token>4f2c</ns0:sync-token></ns0:multistatus>"#;
        let parsed = parse(xandikos).expect("parsed");
        assert_eq!(parsed.sync_token.as_deref(), Some("4f2c"));
        let data = parsed.responses[0].calendar_data.as_deref().expect("data");
        assert!(data.contains("SUMMARY:R&D <sync>"), "{data}");
        assert_eq!(parsed.responses[0].display_name, None);
    }

    #[test]
    fn reads_collections_and_refuses_what_is_not_a_multistatus() {
        let home = r#"<d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:cs="http://calendarserver.org/ns/">
<d:response><d:href>/alice/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>
<d:response><d:href>/alice/work/</d:href><d:propstat><d:prop><d:resourcetype><d:collection/><c:calendar/></d:resourcetype>
<d:displayname>Work</d:displayname><c:supported-calendar-component-set><c:comp name="VEVENT"/><c:comp name="vtodo"/></c:supported-calendar-component-set>
<d:sync-token>t1</d:sync-token><cs:getctag>"c1"</cs:getctag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"#;
        let parsed = parse(home).expect("parsed");
        assert!(!parsed.responses[0].is_calendar);
        let work = &parsed.responses[1];
        assert!(work.is_calendar);
        assert_eq!(work.display_name.as_deref(), Some("Work"));
        assert_eq!(work.components, ["VEVENT", "VTODO"]);
        assert_eq!(work.sync_token.as_deref(), Some("t1"));
        assert_eq!(work.ctag.as_deref(), Some("\"c1\""));
        assert!(parse("<html><body>Sign in</body></html>").is_err());
        assert!(parse("not xml at all").is_err());
        assert!(parse(r#"<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>"#).is_err());
    }

    #[test]
    fn request_bodies_escape_what_they_carry() {
        assert!(sync_collection(Some("a<b&c")).contains("<d:sync-token>a&lt;b&amp;c</d:sync-token>"));
        assert!(sync_collection(None).contains("<d:sync-token></d:sync-token>"));
        assert!(multiget(&["/c/a&b.ics".to_owned()]).contains("<d:href>/c/a&amp;b.ics</d:href>"));
        assert!(Document::parse(&events_between("20270301T000000Z", "20270401T000000Z")).is_ok());
        assert!(is_invalid_sync_token(
            r#"<error xmlns="DAV:"><valid-sync-token/></error>"#
        ));
        assert!(!is_invalid_sync_token("<html/>"));
    }
}
