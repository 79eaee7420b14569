//! What models hold: the cycles among them, and what is approximated in them.
//!
//! Models that hold each other: a struct that holds itself, directly or through
//! others, by value (not in a `Vec` or a map, which are on the heap already)
//! would have an infinite size. Each field or variant that closes such a cycle
//! holds a `Box` instead; aliases that are each other (`type A = B; type B = A`)
//! name nothing, and become `serde_json::Value`, noted.

use std::collections::{BTreeMap, BTreeSet};

use crate::schema::{ModelKind, Models, Note};

/// Types whose parameters are behind a pointer: a cycle through them is finite.
const ON_THE_HEAP: [&str; 5] = ["Vec", "Box", "HashMap", "BTreeMap", "IndexMap"];

/// Boxes every by-value field and variant between models of one cycle.
pub fn break_cycles(models: &mut Models<'_>) {
    let names: BTreeSet<String> = models.models.iter().map(|model| model.name.clone()).collect();
    let graph: BTreeMap<String, BTreeSet<String>> = models
        .models
        .iter()
        .map(|model| {
            let held = held_types(&model.kind).flat_map(|ty| by_value(ty, &names)).collect();
            (model.name.clone(), held)
        })
        .collect();
    let component = components(&graph);
    let same = |a: &str, b: &str| component.get(a).is_some_and(|c| component.get(b) == Some(c));
    let closes = |name: &str, ty: &str| by_value(ty, &names).iter().any(|held| same(name, held));
    for model in &mut models.models {
        let name = model.name.clone();
        match &mut model.kind {
            ModelKind::Struct(members) => {
                for member in members.iter_mut().filter(|member| closes(&name, &member.ty)) {
                    member.ty = format!("Box<{}>", member.ty);
                }
            }
            ModelKind::Enum(variants) => {
                for variant in variants.iter_mut().filter(|variant| closes(&name, &variant.ty)) {
                    variant.ty = format!("Box<{}>", variant.ty);
                }
            }
            ModelKind::Alias(aliased) if closes(&name, aliased) => {
                let what = "an alias of itself through other aliases; read and sent as \
                            `serde_json::Value`";
                *aliased = "serde_json::Value".to_owned();
                model.notes.push(what.to_owned());
                models
                    .notes
                    .push(Note { place: format!("the model `{name}`"), what: what.to_owned() });
            }
            ModelKind::Alias(_) | ModelKind::Values(_) => {}
        }
    }
}

/// The types a model holds: its fields', its variants', or the one it aliases.
fn held_types(kind: &ModelKind) -> Box<dyn Iterator<Item = &str> + '_> {
    match kind {
        ModelKind::Struct(members) => Box::new(members.iter().map(|m| m.ty.as_str())),
        ModelKind::Enum(variants) => Box::new(variants.iter().map(|v| v.ty.as_str())),
        ModelKind::Alias(aliased) => Box::new(std::iter::once(aliased.as_str())),
        ModelKind::Values(_) => Box::new(std::iter::empty()),
    }
}

/// The models in which something is approximated, themselves or in a model
/// they hold (by value or not).
pub fn approximated(models: &Models<'_>) -> BTreeSet<String> {
    let names: BTreeSet<String> = models.models.iter().map(|model| model.name.clone()).collect();
    let mut approximated: BTreeSet<String> = models
        .models
        .iter()
        .filter(|model| {
            !model.notes.is_empty()
                || matches!(&model.kind, ModelKind::Struct(members)
                    if members.iter().any(|member| !member.notes.is_empty()))
        })
        .map(|model| model.name.clone())
        .collect();
    let holds: Vec<(String, BTreeSet<String>)> = models
        .models
        .iter()
        .map(|model| {
            (
                model.name.clone(),
                held_types(&model.kind).flat_map(|ty| mentioned(ty, &names)).collect(),
            )
        })
        .collect();
    loop {
        let before = approximated.len();
        for (name, held) in &holds {
            if held.iter().any(|held| approximated.contains(held)) {
                approximated.insert(name.clone());
            }
        }
        if approximated.len() == before {
            return approximated;
        }
    }
}

/// Every model `ty` names, wherever in it.
pub fn mentioned(ty: &str, names: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    if let Ok(parsed) = syn::parse_str::<syn::Type>(ty) {
        collect_names(quote::ToTokens::to_token_stream(&parsed), names, &mut found);
    }
    found
}

fn collect_names(
    tokens: proc_macro2::TokenStream,
    names: &BTreeSet<String>,
    found: &mut BTreeSet<String>,
) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) if names.contains(&ident.to_string()) => {
                found.insert(ident.to_string());
            }
            proc_macro2::TokenTree::Group(group) => collect_names(group.stream(), names, found),
            _ => {}
        }
    }
}

/// The models that `ty` holds by value.
fn by_value(ty: &str, names: &BTreeSet<String>) -> BTreeSet<String> {
    let mut held = BTreeSet::new();
    if let Ok(parsed) = syn::parse_str::<syn::Type>(ty) {
        collect(&parsed, names, &mut held);
    }
    held
}

fn collect(ty: &syn::Type, names: &BTreeSet<String>, held: &mut BTreeSet<String>) {
    match ty {
        syn::Type::Path(path) => {
            let Some(last) = path.path.segments.last() else { return };
            let name = last.ident.to_string();
            if path.path.segments.len() == 1 && names.contains(&name) {
                held.insert(name.clone());
            }
            if ON_THE_HEAP.contains(&name.as_str()) {
                return;
            }
            if let syn::PathArguments::AngleBracketed(arguments) = &last.arguments {
                for argument in &arguments.args {
                    if let syn::GenericArgument::Type(inner) = argument {
                        collect(inner, names, held);
                    }
                }
            }
        }
        syn::Type::Tuple(tuple) => tuple.elems.iter().for_each(|inner| collect(inner, names, held)),
        syn::Type::Array(array) => collect(&array.elem, names, held),
        syn::Type::Paren(inner) => collect(&inner.elem, names, held),
        _ => {}
    }
}

/// The strongly connected component of each node (Tarjan's algorithm, without
/// recursion): nodes of one component hold each other.
fn components(graph: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<String, usize> {
    let nodes: Vec<&String> = graph.keys().collect();
    let index_of: BTreeMap<&String, usize> =
        nodes.iter().enumerate().map(|(i, n)| (*n, i)).collect();
    let edges: Vec<Vec<usize>> = nodes
        .iter()
        .map(|node| graph[*node].iter().filter_map(|to| index_of.get(to).copied()).collect())
        .collect();
    let count = nodes.len();
    let (mut index, mut low) = (vec![usize::MAX; count], vec![0; count]);
    let (mut on_stack, mut stack) = (vec![false; count], Vec::new());
    let mut component = vec![usize::MAX; count];
    let (mut next_index, mut next_component) = (0, 0);
    for start in 0..count {
        if index[start] != usize::MAX {
            continue;
        }
        // (node, how many of its edges are done)
        let mut work = vec![(start, 0)];
        while let Some(&mut (node, ref mut done)) = work.last_mut() {
            if *done == 0 && index[node] == usize::MAX {
                index[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if let Some(&to) = edges[node].get(*done) {
                *done += 1;
                if index[to] == usize::MAX {
                    work.push((to, 0));
                } else if on_stack[to] {
                    low[node] = low[node].min(index[to]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
        }
    }
    // A node alone is a component only if it holds itself.
    nodes
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            let alone = component.iter().filter(|c| **c == component[*i]).count() == 1;
            !alone || edges[*i].contains(i)
        })
        .map(|(i, node)| ((*node).clone(), component[i]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &[&str])]) -> BTreeMap<String, BTreeSet<String>> {
        edges
            .iter()
            .map(|(from, to)| (from.to_string(), to.iter().map(|t| t.to_string()).collect()))
            .collect()
    }

    #[test]
    fn cycles_are_found_and_lone_models_are_not() {
        let found = components(&graph(&[
            ("A", &["B"]),
            ("B", &["C"]),
            ("C", &["A"]),
            ("D", &["A"]),
            ("E", &["E"]),
            ("F", &[]),
        ]));
        assert_eq!(found.get("A"), found.get("C"));
        assert!(found.contains_key("E"), "a model that holds itself");
        assert!(!found.contains_key("D") && !found.contains_key("F"));
    }

    #[test]
    fn what_is_held_by_value() {
        let names: BTreeSet<String> = ["A", "B"].iter().map(|n| n.to_string()).collect();
        assert_eq!(by_value("Option<A>", &names), BTreeSet::from(["A".to_owned()]));
        assert!(by_value("Vec<A>", &names).is_empty());
        assert!(by_value("std::collections::BTreeMap<String, A>", &names).is_empty());
        assert_eq!(by_value("(A, Vec<B>)", &names), BTreeSet::from(["A".to_owned()]));
    }
}
