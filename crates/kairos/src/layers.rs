//! The dependency rule of the service crate, checked on its own source: top-level modules sit
//! in layers and import only from layers below their own, and no two files import each other
//! round a loop. `docs/architecture.md` explains the layers; this is what keeps them true.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, top first. A module may import from any layer below its own, never from its
/// own layer or one above. A new top-level module must be placed here before it builds.
pub const LAYERS: &[&[&str]] = &[
    &["cli"],
    &["startup", "demo", "portable", "healthcheck"],
    &["server"],
    &["http", "web"],
    &["mcp"],
    &["state", "telemetry"],
    &["app"],
    &["jobs", "notify", "webhooks", "backup", "broker", "calendars"],
    &["store"],
    &["model"],
    &["config"],
    &[
        "clock",
        "ids",
        "tls",
        "outbound_guard",
        "sealing",
        "embedded_pg",
        "layers",
    ],
];

/// A module path such as `app::assistant::engine`, as segments.
type Module = Vec<String>;

/// The module each source file of `src` defines (`lib.rs` is the root; `main.rs`, the binary,
/// is not part of the library).
fn modules(src: &Path) -> BTreeMap<Module, PathBuf> {
    let mut found = BTreeMap::new();
    let mut dirs = vec![src.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable source directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(src).expect("under src").with_extension("");
            let mut module: Module = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            match module.last().map(String::as_str) {
                Some("main") if module.len() == 1 => continue,
                Some("mod" | "lib") => {
                    module.pop();
                }
                _ => {}
            }
            found.insert(module, path);
        }
    }
    found
}

/// The source without comments, string literals and character literals: prose and test
/// fixtures name modules without using them.
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut kept = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let next = chars.get(i + 1).copied();
        match chars[i] {
            '/' if next == Some('/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '/' if next == Some('*') => {
                i += 2;
                while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                    i += 1;
                }
                i += 2;
            }
            'r' if (next == Some('"') || next == Some('#')) && (i == 0 || !is_ident(chars[i - 1])) => {
                let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                if chars.get(i + 1 + hashes) != Some(&'"') {
                    kept.push('r');
                    i += 1;
                    continue;
                }
                i += 2 + hashes;
                while i < chars.len()
                    && !(chars[i] == '"' && chars[i + 1..].iter().take(hashes).filter(|c| **c == '#').count() == hashes)
                {
                    i += 1;
                }
                i += 1 + hashes;
                kept.push_str("\"\"");
            }
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
                kept.push_str("\"\"");
            }
            '\'' if next == Some('\\') => {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => i += 3,
            c => {
                kept.push(c);
                i += 1;
            }
        }
    }
    kept
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The paths named after `crate::` or `super::` in `source`, resolved against `module`; a
/// group such as `use crate::{a, b::c}` names each of its members.
fn named_paths(module: &[String], source: &str) -> Vec<Module> {
    let text = code_only(source);
    let chars: Vec<char> = text.chars().collect();
    let mut paths = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0 || !is_ident(chars[i - 1]) && chars[i - 1] != ':';
        let rest: String = chars[i..chars.len().min(i + 7)].iter().collect();
        let base = if boundary && rest.starts_with("crate::") {
            i += 7;
            Vec::new()
        } else if boundary && rest.starts_with("super::") {
            i += 7;
            let mut base = module[..module.len().saturating_sub(1)].to_vec();
            while chars[i..].starts_with(&['s', 'u', 'p', 'e', 'r', ':', ':']) {
                base.pop();
                i += 7;
            }
            base
        } else {
            i += 1;
            continue;
        };
        i = path_at(&chars, i, base, &mut paths);
    }
    paths
}

/// Reads `a::b::c` or `a::{b, c::d}` from `at`, prefixed by `prefix`, into `paths`; returns
/// where it stopped.
fn path_at(chars: &[char], mut at: usize, mut prefix: Module, paths: &mut Vec<Module>) -> usize {
    loop {
        while chars.get(at).is_some_and(|c| c.is_whitespace()) {
            at += 1;
        }
        if chars.get(at) == Some(&'{') {
            at += 1;
            loop {
                while chars.get(at).is_some_and(|c| c.is_whitespace() || *c == ',') {
                    at += 1;
                }
                match chars.get(at) {
                    None => return at,
                    Some('}') => return at + 1,
                    Some(_) => at = path_at(chars, at, prefix.clone(), paths),
                }
            }
        }
        let start = at;
        while chars.get(at).copied().is_some_and(is_ident) {
            at += 1;
        }
        let segment: String = chars[start..at].iter().collect();
        if segment.is_empty() || segment == "self" {
            paths.push(prefix);
            return at;
        }
        prefix.push(segment);
        if chars.get(at) == Some(&':') && chars.get(at + 1) == Some(&':') {
            at += 2;
        } else {
            paths.push(prefix);
            // Skip an alias or anything else up to the end of this item.
            while chars.get(at).is_some_and(|c| !matches!(c, ',' | '}' | ';' | '(' | ')')) {
                if !is_ident(chars[at]) && !chars[at].is_whitespace() {
                    break;
                }
                at += 1;
            }
            return at;
        }
    }
}

/// The longest prefix of `path` that is a module.
fn module_of(path: &[String], known: &BTreeMap<Module, PathBuf>) -> Option<Module> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|prefix| known.contains_key(prefix))
}

/// Every module's imports of other modules, leaving out a module's own ancestors and
/// descendants (a parent declares its children; a child may use its parent's items).
fn edges(src: &Path) -> BTreeMap<Module, BTreeSet<Module>> {
    let known = modules(src);
    let mut edges: BTreeMap<Module, BTreeSet<Module>> = BTreeMap::new();
    for (module, file) in &known {
        let source = std::fs::read_to_string(file).expect("readable source file");
        let targets = edges.entry(module.clone()).or_default();
        for path in named_paths(module, &source) {
            let Some(target) = module_of(&path, &known) else {
                continue;
            };
            if !target.starts_with(module) && !module.starts_with(&target) {
                targets.insert(target);
            }
        }
    }
    edges
}

fn layer_of(top: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&top))
}

/// The imports between top-level modules that break [`LAYERS`], as `from -> to (file)` lines.
fn layer_violations(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<String> {
    let mut found = Vec::new();
    for (from, targets) in edges {
        let (Some(from_top), false) = (from.first(), from.is_empty()) else {
            continue;
        };
        let Some(from_layer) = layer_of(from_top) else {
            found.push(format!("{from_top} is in no layer: place it in LAYERS"));
            continue;
        };
        for to in targets {
            let to_top = &to[0];
            if to_top == from_top {
                continue;
            }
            match layer_of(to_top) {
                Some(to_layer) if to_layer > from_layer => {}
                Some(_) => found.push(format!("{} -> {} (not below it)", from.join("::"), to.join("::"))),
                None => found.push(format!("{to_top} is in no layer: place it in LAYERS")),
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

/// The loops among modules: each strongly connected group of two or more.
fn loops(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<String>> {
    // Tarjan's algorithm, iterative over a small graph.
    struct Walk<'a> {
        edges: &'a BTreeMap<Module, BTreeSet<Module>>,
        index: BTreeMap<&'a Module, usize>,
        low: BTreeMap<&'a Module, usize>,
        stack: Vec<&'a Module>,
        on_stack: BTreeSet<&'a Module>,
        found: Vec<Vec<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a Module) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for w in self.edges.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut group = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    group.push(w.join("::"));
                    if w == v {
                        break;
                    }
                }
                if group.len() > 1 {
                    group.sort();
                    self.found.push(group);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.found
}

fn source_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn every_import_goes_down_the_layers() {
    let violations = layer_violations(&edges(&source_dir()));
    assert!(
        violations.is_empty(),
        "imports against the layers of docs/architecture.md:\n{}",
        violations.join("\n")
    );
}

#[test]
fn no_modules_import_each_other_round_a_loop() {
    let found = loops(&edges(&source_dir()));
    assert!(found.is_empty(), "modules in a loop: {found:?}");
}

#[test]
fn the_check_sees_upward_sideways_and_grouped_imports() {
    let dir = std::env::temp_dir().join(format!("kairos-layers-{}", std::process::id()));
    let write = |path: &str, text: &str| {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().expect("a parent")).expect("create dirs");
        std::fs::write(file, text).expect("write");
    };
    write("lib.rs", "pub mod app; pub mod store; pub mod jobs; pub mod notify;");
    write(
        "app/mod.rs",
        "pub mod bookings;\nuse crate::store; // crate::http is only prose\n",
    );
    write("app/bookings.rs", "use super::super::jobs::Job;\n");
    write("store/mod.rs", "use crate::{model::Booking, app::Error as AppError};\n");
    write("jobs/mod.rs", "fn f() { crate::notify::send(); }\n");
    write("notify/mod.rs", "use crate::jobs;\n");
    let edges = edges(&dir);
    std::fs::remove_dir_all(&dir).expect("clean up");
    assert_eq!(
        layer_violations(&edges),
        [
            "jobs -> notify (not below it)",
            "notify -> jobs (not below it)",
            "store -> app (not below it)",
        ],
        "an upward import (store -> app, inside a group) and sideways ones are refused; \
         app -> store, app::bookings -> jobs (via super::super) and prose are not"
    );
    let mut found = loops(&edges);
    found.sort();
    assert_eq!(found, [["app", "store"], ["jobs", "notify"]]);
}
