//! The pgbench scripts of the seed experiment (scripts/pgbench/) stay the service's SQL: every
//! statement marked `-- kairos: <file> <function>` must be that function's query, up to
//! whitespace, placeholders (`$n`, `:name`, or `NULL` where the service binds none) and sqlx's
//! column overrides (`AS "name!"`).

use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One marked statement of a pgbench script.
struct Mirrored {
    file: String,
    function: String,
    sql: String,
}

fn mirrored(script: &str) -> Vec<Mirrored> {
    let mut out = Vec::new();
    let mut lines = script.lines();
    while let Some(line) = lines.next() {
        let Some(target) = line.strip_prefix("-- kairos: ") else {
            continue;
        };
        let (file, function) = target.trim().split_once(' ').expect("`-- kairos: <file> <function>`");
        let mut sql = String::new();
        for line in lines.by_ref() {
            let end = line.trim_end();
            if let Some(head) = end.strip_suffix("\\gset").or_else(|| end.strip_suffix(';')) {
                sql.push_str(head);
                break;
            }
            sql.push_str(line);
            sql.push('\n');
        }
        out.push(Mirrored {
            file: file.to_owned(),
            function: function.trim().to_owned(),
            sql,
        });
    }
    out
}

/// The first SQL literal of `sqlx::query…!` in function `name` of a Rust source file.
fn query_of(source: &str, name: &str) -> String {
    let at = source
        .find(&format!("fn {name}("))
        .unwrap_or_else(|| panic!("no function {name}"));
    let rest = &source[at..];
    let rest = &rest[rest
        .find("sqlx::query")
        .unwrap_or_else(|| panic!("{name} has no query"))..];
    if let Some(raw) = rest
        .find("r#\"")
        .filter(|&raw| raw < rest.find('"').unwrap_or(usize::MAX))
    {
        let body = &rest[raw + 3..];
        body[..body.find("\"#").expect("end of the raw string")].to_owned()
    } else {
        let body = &rest[rest.find('"').expect("a string literal") + 1..];
        // The literal ends at its first quote not escaped.
        let end = body
            .char_indices()
            .find(|&(at, c)| c == '"' && !body[..at].ends_with('\\'))
            .expect("end of the string")
            .0;
        body[..end].replace("\\\"", "\"")
    }
}

/// Whitespace collapsed, placeholders as `?`, `AS "name!"` as `AS name`.
fn normalise(sql: &str, null_is_placeholder: bool) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ':' if chars.peek() == Some(&':') => {
                chars.next();
                out.push_str("::");
            }
            ':' if chars.peek().is_some_and(|n| n.is_ascii_lowercase() || *n == '_') => {
                while chars.peek().is_some_and(|n| n.is_ascii_alphanumeric() || *n == '_') {
                    chars.next();
                }
                out.push('?');
            }
            '$' if chars.peek().is_some_and(char::is_ascii_digit) => {
                while chars.peek().is_some_and(char::is_ascii_digit) {
                    chars.next();
                }
                out.push('?');
            }
            '"' => {
                let mut name = String::new();
                for n in chars.by_ref() {
                    if n == '"' {
                        break;
                    }
                    name.push(n);
                }
                // sqlx's column overrides: `"name!"`, `"name?"`, `"name: Type"`, `"name!: Type"`.
                let (name, typed) = match name.split_once(':') {
                    Some((column, _)) => (column.trim_end().to_owned(), true),
                    None => (name, false),
                };
                match name.strip_suffix('!').or_else(|| name.strip_suffix('?')) {
                    Some(plain) => out.push_str(plain),
                    None if typed => out.push_str(&name),
                    None => {
                        out.push('"');
                        out.push_str(&name);
                        out.push('"');
                    }
                }
            }
            _ => out.push(c),
        }
    }
    let text = out.split_whitespace().collect::<Vec<_>>().join(" ");
    if !null_is_placeholder {
        return text;
    }
    // A `NULL` the script passes where the service binds a value (never `IS NULL`).
    let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
    let mut result = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find("NULL") {
        let (before, after) = (&rest[..at], &rest[at + 4..]);
        result.push_str(before);
        let whole = !word(before.chars().next_back()) && !word(after.chars().next());
        let tested = result.ends_with("IS ");
        result.push_str(if whole && !tested { "?" } else { "NULL" });
        rest = after;
    }
    result.push_str(rest);
    result
}

#[test]
fn pgbench_scripts_run_the_service_sql() {
    let dir = workspace().join("scripts/pgbench");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("scripts/pgbench")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "sql"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty(), "no pgbench scripts");
    for script in scripts {
        let text = std::fs::read_to_string(&script).expect("readable script");
        // A reference to compare the service's SQL with (the bare insert of booking-bench.sh).
        if text.starts_with("-- pgbench reference") {
            continue;
        }
        let statements = mirrored(&text);
        assert!(
            !statements.is_empty(),
            "{} marks no statement as the service's",
            script.display()
        );
        for m in statements {
            let source = std::fs::read_to_string(workspace().join(&m.file)).expect("the named source file");
            let expected = normalise(&query_of(&source, &m.function), false);
            let actual = normalise(&m.sql, true);
            assert_eq!(
                actual,
                expected,
                "{}: the statement marked {} {} is no longer that function's SQL",
                script.display(),
                m.file,
                m.function
            );
        }
    }
}

#[test]
fn normalising_ignores_layout_placeholders_and_overrides() {
    assert_eq!(
        normalise(
            "SELECT a AS \"a!\",\n  b::uuid FROM t WHERE x = $1 AND ($2::uuid IS NULL)",
            false
        ),
        normalise(
            "SELECT a AS a, b::uuid FROM t WHERE x = :org AND (NULL::uuid IS NULL)",
            true
        )
    );
    assert_ne!(
        normalise("SELECT a FROM t WHERE x = $1", false),
        normalise("SELECT a FROM t WHERE x = :org FOR SHARE", true)
    );
}
