//! OpenAPI Overlays (1.0): a vendor's description kept as published, and what
//! a crate adds to it (an error body the description leaves out, how its lists
//! page) in a file of its own, applied before the import.
//!
//! ```yaml
//! overlay: 1.0.0
//! info: { title: Auth0 error bodies, version: "1" }
//! actions:
//!   - target: "$.paths['/users'].get"
//!     update: { x-restpoint-paginate: "offset(page, per_page, cap = 1000)" }
//!   - target: "$.paths.*.*.responses"
//!     update: { default: { $ref: "#/components/responses/Error" } }
//! ```
//!
//! Targets are JSONPath of names (`.name`, `['name']`), wildcards (`.*`, `[*]`)
//! and indexes (`[0]`); an `update` is merged into each node it selects (an
//! object key by key, deeply; a list appended to), `remove: true` removes them.
//! A target that selects nothing is an error: the description changed under it.

use serde_norway::{Mapping, Value};

/// Applies the overlay `text` to `description`, action after action.
pub fn apply(description: &mut Value, text: &str) -> Result<(), String> {
    let overlay = crate::bundle::parse(text)?;
    if overlay.get("overlay").is_none() {
        return Err("not an overlay: no `overlay:` version".to_owned());
    }
    let actions = overlay.get("actions").and_then(Value::as_sequence);
    let actions = actions.ok_or("the overlay has no `actions` list")?;
    for (number, action) in actions.iter().enumerate() {
        let place = |why: String| format!("action {}: {why}", number + 1);
        let target = action.get("target").and_then(Value::as_str);
        let target = target.ok_or_else(|| place("no `target`".to_owned()))?;
        let steps = parse(target).map_err(|why| place(format!("`{target}`: {why}")))?;
        let selected = select(description, &steps);
        if selected.is_empty() {
            return Err(place(format!("`{target}` selects nothing in the description")));
        }
        let remove = action.get("remove").and_then(Value::as_bool) == Some(true);
        match (action.get("update"), remove) {
            (Some(_), true) => return Err(place("both `update` and `remove`".to_owned())),
            (None, false) => return Err(place("neither `update` nor `remove: true`".to_owned())),
            (Some(update), false) => {
                for path in &selected {
                    if let Some(node) = node_mut(description, path) {
                        merge(node, update);
                    }
                }
            }
            (None, true) => {
                // From the last: removing an item moves the ones after it.
                for path in selected.iter().rev() {
                    let Some((last, parent)) = path.split_last() else {
                        return Err(place("`$` itself cannot be removed".to_owned()));
                    };
                    match (node_mut(description, parent), last) {
                        (Some(Value::Mapping(map)), Key::Name(name)) => {
                            map.remove(name.as_str());
                        }
                        (Some(Value::Sequence(list)), Key::Index(index)) => {
                            list.remove(*index);
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    Ok(())
}

/// One step of a target.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Name(String),
    Index(usize),
    Every,
}

/// Where a selected node is: the keys from the root.
#[derive(Debug, Clone, PartialEq)]
enum Key {
    Name(String),
    Index(usize),
}

fn parse(target: &str) -> Result<Vec<Step>, String> {
    let mut rest = target.strip_prefix('$').ok_or("a target starts with `$`")?;
    let mut steps = Vec::new();
    while !rest.is_empty() {
        if rest.starts_with("..") {
            return Err("`..` (any depth) is not supported: name each step".to_owned());
        }
        if let Some(after) = rest.strip_prefix('.') {
            let end = after.find(['.', '[']).unwrap_or(after.len());
            let name = &after[..end];
            steps.push(match name {
                "" => return Err("an empty name after `.`".to_owned()),
                "*" => Step::Every,
                name => Step::Name(name.to_owned()),
            });
            rest = &after[end..];
        } else if let Some(after) = rest.strip_prefix('[') {
            let end = closing(after).ok_or("a `[` without its `]`")?;
            let inside = after[..end].trim();
            steps.push(if inside == "*" {
                Step::Every
            } else if let Some(name) = quoted(inside) {
                Step::Name(name)
            } else if let Ok(index) = inside.parse() {
                Step::Index(index)
            } else {
                return Err(format!(
                    "`[{inside}]` is not supported: a quoted name, `*` or an index"
                ));
            });
            rest = &after[end + 1..];
        } else {
            return Err(format!("`{rest}`: expected `.` or `[`"));
        }
    }
    Ok(steps)
}

/// Where the `]` that closes a bracket is, quotes inside it skipped.
fn closing(text: &str) -> Option<usize> {
    let mut quote = None;
    for (at, c) in text.char_indices() {
        match (quote, c) {
            (None, '\'' | '"') => quote = Some(c),
            (Some(open), c) if c == open => quote = None,
            (None, ']') => return Some(at),
            _ => {}
        }
    }
    None
}

/// `'name'` or `"name"`, unquoted (`\'` and `\"` inside).
fn quoted(text: &str) -> Option<String> {
    let quote = text.chars().next().filter(|c| matches!(c, '\'' | '"'))?;
    let inner = text.strip_prefix(quote)?.strip_suffix(quote)?;
    Some(inner.replace(&format!("\\{quote}"), &quote.to_string()))
}

/// The paths of every node that `steps` select, in document order.
fn select(root: &Value, steps: &[Step]) -> Vec<Vec<Key>> {
    let mut found = vec![(Vec::new(), root)];
    for step in steps {
        let mut next = Vec::new();
        for (path, node) in found {
            let go = |key: Key, child| (extended(&path, key), child);
            match (step, node) {
                (Step::Name(name), Value::Mapping(map)) => {
                    if let Some(child) = map.get(name.as_str()) {
                        next.push(go(Key::Name(name.clone()), child));
                    }
                }
                (Step::Index(index), Value::Sequence(list)) => {
                    if let Some(child) = list.get(*index) {
                        next.push(go(Key::Index(*index), child));
                    }
                }
                (Step::Every, Value::Mapping(map)) => {
                    for (key, child) in map {
                        if let Some(key) = key.as_str() {
                            next.push(go(Key::Name(key.to_owned()), child));
                        }
                    }
                }
                (Step::Every, Value::Sequence(list)) => {
                    for (index, child) in list.iter().enumerate() {
                        next.push(go(Key::Index(index), child));
                    }
                }
                _ => {}
            }
        }
        found = next;
    }
    found.into_iter().map(|(path, _)| path).collect()
}

fn extended(path: &[Key], key: Key) -> Vec<Key> {
    let mut path = path.to_vec();
    path.push(key);
    path
}

fn node_mut<'a>(root: &'a mut Value, path: &[Key]) -> Option<&'a mut Value> {
    path.iter().try_fold(root, |node, key| match (key, node) {
        (Key::Name(name), Value::Mapping(map)) => map.get_mut(name.as_str()),
        (Key::Index(index), Value::Sequence(list)) => list.get_mut(*index),
        _ => None,
    })
}

/// `update` into `node`: objects key by key, deeply; a list appended to.
fn merge(node: &mut Value, update: &Value) {
    match (node, update) {
        (Value::Mapping(map), Value::Mapping(update)) => merge_map(map, update),
        (Value::Sequence(list), Value::Sequence(update)) => list.extend(update.iter().cloned()),
        (Value::Sequence(list), update) => list.push(update.clone()),
        (node, update) => *node = update.clone(),
    }
}

fn merge_map(map: &mut Mapping, update: &Mapping) {
    for (key, value) in update {
        match map.get_mut(key) {
            Some(existing @ (Value::Mapping(_) | Value::Sequence(_))) => merge(existing, value),
            _ => {
                map.insert(key.clone(), value.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Value {
        serde_norway::from_str(text).expect("YAML")
    }

    const DESCRIPTION: &str = "
paths:
  /users:
    parameters: [{ name: x }]
    get: { responses: { '200': { description: ok } } }
    post: { responses: { '201': { description: made } } }
  /logs:
    get: { responses: { '200': { description: ok } } }
";

    #[test]
    fn targets_select_by_name_wildcard_and_index() {
        let root = yaml(DESCRIPTION);
        let count = |target: &str| select(&root, &parse(target).expect(target)).len();
        assert_eq!(count("$.paths['/users'].get"), 1);
        assert_eq!(count("$.paths[\"/users\"].get.responses"), 1);
        assert_eq!(count("$.paths.*.*.responses"), 3);
        assert_eq!(count("$.paths['/users'].parameters[0]"), 1);
        assert_eq!(count("$.paths['/users'].parameters[*].name"), 1);
        assert_eq!(count("$.paths['/nothing']"), 0);
        for (target, why) in [
            ("paths", "starts with `$`"),
            ("$..get", "`..`"),
            ("$.paths[?(@.get)]", "not supported"),
            ("$.paths['/users'", "without its `]`"),
            ("$.", "empty name"),
        ] {
            let error = parse(target).expect_err(target);
            assert!(error.contains(why), "{target}: {error}");
        }
    }

    #[test]
    fn an_update_merges_and_a_remove_removes() {
        let mut root = yaml(DESCRIPTION);
        let overlay = r##"
overlay: 1.0.0
info: { title: t, version: "1" }
actions:
  - target: "$.paths.*.*.responses"
    update: { default: { description: an error } }
  - target: "$.paths['/users'].get"
    update: { x-restpoint-paginate: "offset(page, per_page)", responses: { '200': { description: a page } } }
  - target: "$.paths['/users'].parameters"
    update: { name: y }
  - target: "$.paths['/logs']"
    remove: true
"##;
        apply(&mut root, overlay).expect("applied");
        let expected = yaml(
            "
paths:
  /users:
    parameters: [{ name: x }, { name: y }]
    get:
      responses: { '200': { description: a page }, default: { description: an error } }
      x-restpoint-paginate: offset(page, per_page)
    post: { responses: { '201': { description: made }, default: { description: an error } } }
",
        );
        assert_eq!(root, expected);
    }

    #[test]
    fn a_target_that_selects_nothing_is_an_error() {
        let mut root = yaml(DESCRIPTION);
        let overlay = "overlay: 1.0.0\nactions:\n  - target: \"$.paths['/gone'].get\"\n    update: { a: 1 }\n";
        let error = apply(&mut root, overlay).expect_err("nothing selected");
        assert_eq!(error, "action 1: `$.paths['/gone'].get` selects nothing in the description");
        for (overlay, why) in [
            ("actions: []", "not an overlay"),
            ("overlay: 1.0.0\nactions:\n  - update: {}", "no `target`"),
            ("overlay: 1.0.0\nactions:\n  - target: $.paths", "neither"),
            ("overlay: 1.0.0\nactions:\n  - { target: $.paths, remove: true, update: {} }", "both"),
        ] {
            let error = apply(&mut root, overlay).expect_err(overlay);
            assert!(error.contains(why), "{overlay}: {error}");
        }
    }
}
