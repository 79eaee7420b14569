//! The crates read one way: no module imports one that imports it back, nor any
//! longer cycle, in the runtime, the macros or the importer. This test parses
//! their sources with `syn`, as the compiler sees them: every module, inline or
//! in a file, every `use` and every `crate::`, `super::` and `self::` path in
//! code, under any `cfg` (each feature's code counts); a re-export (`pub use`)
//! is a name, resolved to the module that defines the item, not an import. It
//! fails on the first cycle it finds, naming it. It also keeps the runtime's
//! rooms small: no file over 600 lines.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// A module by its path from the crate's root: `transport::read`; the root is `""`.
type Name = String;

#[derive(Default, Debug)]
struct Module {
    children: BTreeSet<String>,
    /// What `pub use` names here: the name, and the path it stands for, as written.
    aliases: BTreeMap<String, Vec<String>>,
    /// Every path this module's code names, as written.
    paths: Vec<Vec<String>>,
}

#[derive(Default, Debug)]
struct Crate {
    modules: BTreeMap<Name, Module>,
}

fn join(parent: &str, child: &str) -> Name {
    if parent.is_empty() { child.to_owned() } else { format!("{parent}::{child}") }
}

impl Crate {
    fn load(src: &Path) -> Crate {
        let mut krate = Crate::default();
        let lib = src.join("lib.rs");
        krate.load_file(String::new(), &lib, src.to_path_buf());
        krate
    }

    /// Loads the module `name` from `file`; its children's files are under `dir`.
    fn load_file(&mut self, name: Name, file: &Path, dir: PathBuf) {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        let parsed = syn::parse_file(&text).unwrap_or_else(|e| panic!("{file:?}: {e}"));
        self.load_items(name, &parsed.items, &dir);
    }

    fn load_items(&mut self, name: Name, items: &[syn::Item], dir: &Path) {
        self.modules.entry(name.clone()).or_default();
        let mut collector = Paths { found: Vec::new() };
        for item in items {
            match item {
                syn::Item::Mod(module) => {
                    let child = module.ident.to_string();
                    let child_name = join(&name, &child);
                    self.modules.entry(name.clone()).or_default().children.insert(child.clone());
                    match &module.content {
                        Some((_, inline)) => self.load_items(child_name, inline, &dir.join(&child)),
                        None => {
                            let flat = dir.join(format!("{child}.rs"));
                            let (file, child_dir) = if flat.exists() {
                                (flat, dir.join(&child))
                            } else {
                                (dir.join(&child).join("mod.rs"), dir.join(&child))
                            };
                            self.load_file(child_name, &file, child_dir);
                        }
                    }
                }
                syn::Item::Use(item) if !matches!(item.vis, syn::Visibility::Inherited) => {
                    let mut leaves = Vec::new();
                    flatten(&item.tree, Vec::new(), &mut leaves);
                    for (alias, path) in leaves {
                        let module = self.modules.entry(name.clone()).or_default();
                        module.aliases.insert(alias, path);
                    }
                }
                syn::Item::Use(item) => {
                    let mut leaves = Vec::new();
                    flatten(&item.tree, Vec::new(), &mut leaves);
                    collector.found.extend(leaves.into_iter().map(|(_, path)| path));
                }
                syn::Item::Macro(item) if item.ident.is_some() => {
                    // `#[macro_export]` puts a macro at the root, under its own name.
                    let exported = item.attrs.iter().any(|a| a.path().is_ident("macro_export"));
                    if let (true, Some(ident)) = (exported, &item.ident) {
                        let mut path = if name.is_empty() {
                            vec!["crate".to_owned()]
                        } else {
                            std::iter::once("crate".to_owned())
                                .chain(name.split("::").map(str::to_owned))
                                .collect()
                        };
                        path.push(ident.to_string());
                        let root = self.modules.entry(String::new()).or_default();
                        root.aliases.insert(ident.to_string(), path);
                    }
                }
                other => collector.visit_item(other),
            }
        }
        self.modules.entry(name).or_default().paths.extend(collector.found);
    }

    /// `path`, written in `module`, from the crate's root (`crate::...`); `None`
    /// for a path into another crate or to a local name.
    fn absolute(&self, module: &str, path: &[String]) -> Option<Vec<String>> {
        let mut base: Vec<String> =
            module.split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect();
        let mut rest = path;
        match path.first().map(String::as_str) {
            Some("crate") => return Some(path.to_vec()),
            Some("self") => rest = &path[1..],
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop();
                    rest = &rest[1..];
                }
            }
            // A child module's name, as `use` and paths may start (edition 2018).
            Some(first) if self.modules.get(module)?.children.contains(first) => {}
            _ => return None,
        }
        Some(std::iter::once("crate".to_owned()).chain(base).chain(rest.iter().cloned()).collect())
    }

    /// The module that defines what `path`, written in `module`, names.
    fn resolve(&self, module: &str, path: &[String], depth: usize) -> Option<Name> {
        let path = self.absolute(module, path)?;
        if depth > 16 {
            return None;
        }
        let mut current = String::new();
        let mut rest = &path[1..];
        while let Some((segment, tail)) = rest.split_first() {
            let module = self.modules.get(&current)?;
            if module.children.contains(segment) {
                current = join(&current, segment);
                rest = tail;
            } else if let Some(target) = module.aliases.get(segment) {
                let mut through: Vec<String> = target.clone();
                through.extend(tail.iter().cloned());
                return self.resolve(&current, &through, depth + 1).or(Some(current));
            } else {
                return Some(current);
            }
        }
        Some(current)
    }

    /// Each module and the modules its code uses.
    fn graph(&self) -> BTreeMap<Name, BTreeSet<Name>> {
        let mut graph = BTreeMap::new();
        for (name, module) in &self.modules {
            let mut uses = BTreeSet::new();
            for path in &module.paths {
                if let Some(target) = self.resolve(name, path, 0) {
                    // The root only names its modules; it is no room of code.
                    if !target.is_empty() && target != *name {
                        uses.insert(target);
                    }
                }
            }
            graph.insert(name.clone(), uses);
        }
        graph
    }
}

/// The leaves of a use tree: the name each brings in, and its path as written.
fn flatten(tree: &syn::UseTree, mut prefix: Vec<String>, out: &mut Vec<(String, Vec<String>)>) {
    match tree {
        syn::UseTree::Path(path) => {
            prefix.push(path.ident.to_string());
            flatten(&path.tree, prefix, out);
        }
        syn::UseTree::Name(name) if name.ident == "self" => {
            let alias = prefix.last().cloned().unwrap_or_default();
            out.push((alias, prefix));
        }
        syn::UseTree::Name(name) => {
            prefix.push(name.ident.to_string());
            out.push((name.ident.to_string(), prefix));
        }
        syn::UseTree::Rename(rename) => {
            prefix.push(rename.ident.to_string());
            out.push((rename.rename.to_string(), prefix));
        }
        syn::UseTree::Glob(_) => out.push(("*".to_owned(), prefix)),
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                flatten(tree, prefix.clone(), out);
            }
        }
    }
}

/// Every path written in code: types, expressions, patterns, macros' names.
struct Paths {
    found: Vec<Vec<String>>,
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.leading_colon.is_none() && path.segments.len() > 1 {
            self.found.push(path.segments.iter().map(|s| s.ident.to_string()).collect());
        }
        syn::visit::visit_path(self, path);
    }
}

/// The first cycle of `graph`, if any.
fn cycle(graph: &BTreeMap<Name, BTreeSet<Name>>) -> Option<Vec<Name>> {
    fn visit<'a>(
        module: &'a str,
        graph: &'a BTreeMap<Name, BTreeSet<Name>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<Name>> {
        if let Some(start) = path.iter().position(|m| *m == module) {
            let mut cycle: Vec<Name> = path[start..].iter().map(|m| m.to_string()).collect();
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
    graph.keys().find_map(|module| visit(module, graph, &mut Vec::new(), &mut done))
}

fn src(krate: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(krate).join("src")
}

fn assert_acyclic(krate: &str, expected: &[&str]) {
    let graph = Crate::load(&src(krate)).graph();
    for module in expected {
        assert!(graph.contains_key(*module), "{krate}: no module `{module}` in {graph:#?}");
    }
    if let Some(cycle) = cycle(&graph) {
        panic!("{krate}: a cycle of imports: {}\n{graph:#?}", cycle.join(" -> "));
    }
}

#[test]
fn the_runtime_has_no_cycle() {
    assert_acyclic("runtime", &["transport", "transport::read", "exchange", "call", "client"]);
}

#[test]
fn the_macros_have_no_cycle() {
    assert_acyclic("macros", &["expand", "args", "ast"]);
}

#[test]
fn the_importer_has_no_cycle() {
    assert_acyclic("import", &["openapi", "write", "schema"]);
}

#[test]
fn the_guard_sees_what_a_line_scan_missed() {
    // A re-export under a `cfg`, a path in code, `super::` in a nested module.
    let dir = std::env::temp_dir().join(format!("restpoint-graph-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("a")).unwrap();
    std::fs::write(dir.join("lib.rs"), "mod a;\nmod b;\n#[cfg(feature = \"x\")]\npub use b::B;\n")
        .unwrap();
    std::fs::write(dir.join("a.rs"), "mod inner { fn f() { super::super::B::new(); } }\n").unwrap();
    std::fs::write(dir.join("b.rs"), "pub struct B;\nfn g() { crate::a::inner::h(); }\n").unwrap();
    let graph = Crate::load(&dir).graph();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(graph["a::inner"], BTreeSet::from(["b".to_owned()]), "{graph:#?}");
    assert_eq!(graph["b"], BTreeSet::from(["a::inner".to_owned()]), "{graph:#?}");
    assert_eq!(cycle(&graph), Some(vec!["a::inner".into(), "b".into(), "a::inner".into()]));
}

#[test]
fn no_file_of_the_runtime_is_over_600_lines() {
    let mut long = Vec::new();
    let mut dirs = vec![src("runtime")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let lines = std::fs::read_to_string(&path).unwrap().lines().count();
                if lines > 600 {
                    long.push(format!("{} ({lines} lines)", path.display()));
                }
            }
        }
    }
    assert!(long.is_empty(), "files over 600 lines: {long:?}");
}
