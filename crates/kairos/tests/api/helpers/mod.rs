//! What the API tests share, one file per concern; test modules import from here and never
//! from each other.

pub mod app;
pub mod assistant;
pub mod caldav;
pub mod database;
pub mod peers;
pub mod receiver;
pub mod seed;
pub mod streaming;
pub mod time;
pub mod visitors;
pub mod worker;

pub use app::{Org, Reply, TestApp, slot_starts};
pub use time::{at, next, q};

/// Test modules share code only through `helpers`: a test module that imported another would
/// tie two specs together, and changing one test would break the other.
#[test]
fn test_modules_import_only_helpers() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/api");
    let mut offending = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("tests/api") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("test source");
        for (at, _) in source.match_indices("crate::") {
            let rest = &source[at + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if name != "helpers" {
                let file = path.file_name().expect("file name").to_string_lossy();
                offending.push(format!("{file}: crate::{name}"));
            }
        }
    }
    assert!(offending.is_empty(), "test modules importing each other: {offending:?}");
}
