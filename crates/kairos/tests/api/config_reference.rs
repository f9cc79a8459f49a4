//! docs/configuration.md lists exactly the variables Kairos accepts: `KAIROS_CONFIG` (the TOML
//! file) and one `KAIROS_<FIELD>` for each field of `Config` (src/config/mod.rs) that is not
//! `#[serde(skip)]`, since `Env::prefixed("KAIROS_")` maps a variable to the field of the same
//! name in lower case.

use std::collections::BTreeSet;
use std::path::Path;

/// The variables `Config` accepts, read from the source of `pub struct Config`.
fn variables_of_config(source: &str) -> BTreeSet<String> {
    let start = source
        .find("pub struct Config {")
        .expect("the config module defines `pub struct Config {`");
    let mut variables = BTreeSet::new();
    let mut skipped = false;
    let mut closed = false;
    for line in source[start..].lines().skip(1) {
        if line.starts_with('}') {
            closed = true;
            break;
        }
        let line = line.trim();
        if line.starts_with("//") || line.is_empty() {
            continue;
        }
        if line.starts_with("#[") {
            // `skip` and `skip_deserializing` both keep a field out of the configuration.
            if line.starts_with("#[serde(")
                && line
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .any(|word| word == "skip" || word == "skip_deserializing")
            {
                skipped = true;
            }
            continue;
        }
        let declaration = line
            .strip_prefix("pub(crate) ")
            .or_else(|| line.strip_prefix("pub "))
            .unwrap_or(line);
        let Some((name, _type)) = declaration.split_once(':') else {
            continue;
        };
        let name = name.trim();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        if !std::mem::take(&mut skipped) {
            variables.insert(format!("KAIROS_{}", name.to_ascii_uppercase()));
        }
    }
    assert!(
        closed,
        "the end of `pub struct Config` was not found in the config module"
    );
    variables
}

/// Every `KAIROS_[A-Z0-9_]+` name the text mentions.
fn variables_named_in(text: &str) -> BTreeSet<String> {
    const PREFIX: &str = "KAIROS_";
    let mut names = BTreeSet::new();
    let mut rest = text;
    while let Some(at) = rest.find(PREFIX) {
        let tail = &rest[at + PREFIX.len()..];
        let len = tail
            .find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(tail.len());
        if len > 0 {
            names.insert(format!("{PREFIX}{}", &tail[..len]));
        }
        rest = &tail[len..];
    }
    names
}

#[test]
fn configuration_doc_lists_every_variable_and_no_other() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config_path = crate_dir.join("src/config/mod.rs");
    let source = std::fs::read_to_string(&config_path).expect("read the config module");
    let doc_path = crate_dir.join("../../docs/configuration.md");
    let doc = std::fs::read_to_string(&doc_path).expect("read docs/configuration.md");

    let mut accepted = variables_of_config(&source);
    assert!(
        accepted.contains("KAIROS_LISTEN"),
        "reading `pub struct Config` in {} found no KAIROS_LISTEN: {accepted:?}",
        config_path.display()
    );
    accepted.insert("KAIROS_CONFIG".to_owned());
    let documented = variables_named_in(&doc);

    let missing: Vec<&String> = accepted.difference(&documented).collect();
    let extra: Vec<&String> = documented.difference(&accepted).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "docs/configuration.md must name exactly the variables Kairos accepts (the fields of \
         `pub struct Config` in the config module as KAIROS_<FIELD>, plus KAIROS_CONFIG).\n\
         missing from the doc: {missing:?}\n\
         in the doc but not accepted by Kairos: {extra:?}"
    );
    assert!(
        doc.contains("`DATABASE_URL`"),
        "docs/configuration.md must mention `DATABASE_URL`, the alias of KAIROS_DATABASE_URL"
    );
}

#[test]
fn the_readers_find_fields_and_names() {
    let source = "pub struct Config {\n    /// Address (`KAIROS_LISTEN`).\n    pub listen: SocketAddr,\n    \
                  #[serde(skip)]\n    pub clock: Clock,\n    pub db_max_connections: u32,\n}\n";
    let expected: BTreeSet<String> = ["KAIROS_LISTEN", "KAIROS_DB_MAX_CONNECTIONS"]
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(variables_of_config(source), expected);
    let named = variables_named_in("`KAIROS_LISTEN`, KAIROS_S3_*, `KAIROS_<NAME>` and KAIROS alone");
    assert_eq!(named.into_iter().collect::<Vec<_>>(), ["KAIROS_LISTEN", "KAIROS_S3_"]);
}
