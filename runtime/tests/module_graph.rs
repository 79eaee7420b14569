//! The runtime reads one way: no module imports one that imports it back, or
//! any longer cycle. The send path is `endpoint -> request -> transport -> call ->
//! client`, each stage below the next; this test reads the sources and fails on
//! the first cycle it finds, naming it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each module (a file of `src/`, `lib.rs` aside) and the modules it names.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    // `pub use module::{A, B};` at the root: `crate::A` is `module`.
    let mut reexported = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else { continue };
        let Some((module, names)) = rest.split_once("::") else { continue };
        for name in names.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if !name.is_empty() {
                reexported.insert(name.to_owned(), module.to_owned());
            }
        }
    }
    let mut graph = BTreeMap::new();
    for entry in std::fs::read_dir(&src).expect("src/") {
        let path = entry.expect("an entry").path();
        let Some(module) = path.file_stem().and_then(|s| s.to_str()).map(str::to_owned) else {
            continue;
        };
        if module == "lib" || path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a source file");
        // Code only: a doc comment's link is no import.
        let text: String = source
            .lines()
            .map(|line| line.split("//").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        let mut names = BTreeSet::new();
        for (i, _) in text.match_indices("crate::") {
            let name: String =
                text[i + 7..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            let target = reexported.get(&name).cloned().unwrap_or(name);
            if target != module && target != "__private" {
                names.insert(target);
            }
        }
        graph.insert(module, names);
    }
    graph
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let graph = graph();
    assert!(graph.contains_key("transport") && graph.contains_key("call"), "{graph:?}");
    // Depth-first search for a back edge.
    fn visit<'a>(
        module: &'a str,
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|m| *m == module) {
            let mut cycle: Vec<String> = path[start..].iter().map(|m| m.to_string()).collect();
            cycle.push(module.to_owned());
            return Some(cycle);
        }
        if !done.insert(module) {
            return None;
        }
        path.push(module);
        for next in graph.get(module).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for module in graph.keys() {
        if let Some(cycle) = visit(module, &graph, &mut Vec::new(), &mut done) {
            panic!("the runtime's modules import each other: {}", cycle.join(" -> "));
        }
    }
}
