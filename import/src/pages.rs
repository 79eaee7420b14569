//! Lists that page themselves: which operations are paged and how, and the
//! models that are their pages.
//!
//! A list is paged by the description's word, `x-restpoint-paginate` on the
//! operation, in the attribute's own syntax with the description's names
//! (`checkpoint(from, take, default_size = 50)`, `cursor(from, key = log_id,
//! take)`, `offset(page, per_page, cap = 1000)`, `link`); or, where it says
//! nothing, by the usual names of integer query parameters (`page`/`per_page`,
//! `offset`/`limit`). A page is a list (`Vec<T>`), an object with one list of
//! `T` (an envelope: its `total` and `next`, if any, read too), or a `oneOf` of
//! these (Auth0's: an array, or with `include_totals` an envelope).

use serde_json::Value;

use crate::field::Field;
use crate::schema::{ModelKind, Models};

/// How an operation asks for its pages: `paginate = ...` as the attribute
/// takes it, every name a field's (or, for `key`, the item's member's).
pub fn paginate(
    models: &mut Models,
    method: &str,
    operation: &Value,
    fields: &[Field],
    response: &str,
) -> Result<Option<String>, String> {
    let said = operation.get("x-restpoint-paginate");
    let Some(said) = said else {
        // Unsaid, only a `GET` is a list to walk.
        let Some(paginate) = usual(fields).filter(|_| method == "get") else { return Ok(None) };
        return Ok(shape(models, response).map(|shape| {
            mark(models, &shape);
            paginate
        }));
    };
    let said = said.as_str().ok_or("`x-restpoint-paginate` is not a string")?;
    let Some(shape) = shape(models, response) else {
        return Err(format!(
            "`x-restpoint-paginate: {said}`: the answer, `{response}`, is not a page \
             (a list, an object with one list, or a `oneOf` of these)"
        ));
    };
    let written = written(said, fields, models, &shape.item)?;
    mark(models, &shape);
    Ok(Some(written))
}

/// The paging styles and the roles each takes, as the attribute does.
const STYLES: &[(&str, &[&str])] = &[
    ("offset", &["page", "offset", "per_page", "limit", "take", "size", "cap", "default_size"]),
    ("checkpoint", &["from", "per_page", "limit", "take", "size", "default_size"]),
    ("cursor", &["from", "key", "per_page", "limit", "take", "size", "default_size"]),
    ("link", &[]),
];

/// `said` checked and written again with Rust names: the style and roles are
/// the attribute's, each value a parameter of the operation (or a member of the
/// item, for `key`) or a number. Nothing of `said` is copied unchecked.
fn written(said: &str, fields: &[Field], models: &Models, item: &str) -> Result<String, String> {
    let fail = |why: String| format!("`x-restpoint-paginate: {said}`: {why}");
    let (style, rest) = match said.trim().split_once('(') {
        Some((style, rest)) => {
            let rest = rest.trim_end().strip_suffix(')').ok_or_else(|| fail("no `)`".into()))?;
            (style.trim(), rest)
        }
        None => (said.trim(), ""),
    };
    let Some((style, roles)) = STYLES.iter().find(|(name, _)| *name == style) else {
        return Err(fail(format!(
            "`{style}` is not a paging style: offset, checkpoint, cursor or link"
        )));
    };
    let mut entries = Vec::new();
    for entry in rest.split(',').map(str::trim).filter(|entry| !entry.is_empty()) {
        let (role, value) = match entry.split_once('=') {
            Some((role, value)) => (role.trim(), value.trim()),
            None => (entry, entry),
        };
        if !roles.contains(&role) {
            return Err(fail(format!(
                "`{style}` paging takes no `{role}`: it takes {}",
                roles.join(", ")
            )));
        }
        let value = if let Ok(number) = value.parse::<u64>() {
            if !matches!(role, "cap" | "default_size") {
                return Err(fail(format!("`{role}` names a parameter, not a number")));
            }
            number.to_string()
        } else if matches!(role, "cap" | "default_size") {
            return Err(fail(format!("`{role}` is a number, as in `{role} = 1000`")));
        } else if role == "key" {
            member(models, item, value)
                .ok_or_else(|| fail(format!("the item, `{item}`, has no member `{value}`")))?
        } else {
            let field = fields.iter().find(|field| field.member.wire == value);
            let field =
                field.ok_or_else(|| fail(format!("the operation has no parameter `{value}`")))?;
            crate::names::unraw(&field.member.ident).to_owned()
        };
        entries.push(format!("{role} = {value}"));
    }
    Ok(if entries.is_empty() {
        (*style).to_owned()
    } else {
        format!("{style}({})", entries.join(", "))
    })
}

/// The Rust name of the member `wire` of the model `item`.
fn member(models: &Models, item: &str, wire: &str) -> Option<String> {
    let model = models.models.iter().find(|model| model.name == item)?;
    let ModelKind::Struct(members) = &model.kind else { return None };
    let member = members.iter().find(|member| member.wire == wire)?;
    Some(crate::names::unraw(&member.ident).to_owned())
}

/// `offset(page = ..., per_page = ...)` or `offset(offset = ..., limit = ...)`
/// for integer query parameters of the usual names.
fn usual(fields: &[Field]) -> Option<String> {
    let query = |names: &[&str]| {
        fields.iter().find(|field| {
            field.attrs.iter().any(|attr| attr == "#[query]")
                && field.member.ty == "i64"
                && names.contains(&field.member.wire.as_str())
        })
    };
    let size = query(&["per_page", "perPage", "page_size", "pageSize", "limit", "size"])?;
    let size = &size.member.ident;
    if let Some(page) = query(&["page", "page_number", "pageNumber"]) {
        return Some(format!("offset(page = {}, per_page = {size})", page.member.ident));
    }
    let offset = query(&["offset", "skip", "start"])?;
    Some(format!("offset(offset = {}, limit = {size})", offset.member.ident))
}

/// A response that is a page: what its items are, and the models to mark.
struct Shape {
    item: String,
    /// Models to derive `Page` on, and the roles of their members.
    marks: Vec<(String, Vec<(String, &'static str)>)>,
}

/// `ty` as a page of items, if it is one.
fn shape(models: &Models, ty: &str) -> Option<Shape> {
    if let Some(item) = list_of(ty) {
        return Some(Shape { item: item.to_owned(), marks: Vec::new() });
    }
    let model = models.models.iter().find(|model| model.name == ty)?;
    match &model.kind {
        ModelKind::Struct(_) => {
            let (item, roles) = envelope(models, ty)?;
            Some(Shape { item, marks: vec![(ty.to_owned(), roles)] })
        }
        ModelKind::Enum(variants) => {
            let mut item: Option<String> = None;
            let mut marks = vec![(ty.to_owned(), Vec::new())];
            for variant in variants {
                let held = match list_of(&variant.ty) {
                    Some(held) => held.to_owned(),
                    None => {
                        let (held, roles) = envelope(models, &variant.ty)?;
                        marks.push((variant.ty.clone(), roles));
                        held
                    }
                };
                if item.get_or_insert_with(|| held.clone()) != &held {
                    return None;
                }
            }
            Some(Shape { item: item?, marks })
        }
        ModelKind::Values(_) | ModelKind::Alias(_) => None,
    }
}

/// `T` of `Vec<T>`.
fn list_of(ty: &str) -> Option<&str> {
    ty.strip_prefix("Vec<")?.strip_suffix('>')
}

/// A struct with exactly one list: its items, and the roles of its members
/// (the list; `total`, a number; `next`, a string).
fn envelope(models: &Models, ty: &str) -> Option<(String, Vec<(String, &'static str)>)> {
    let model = models.models.iter().find(|model| model.name == ty)?;
    let ModelKind::Struct(members) = &model.kind else { return None };
    let mut lists = members.iter().filter_map(|member| Some((member, list_of(&member.ty)?)));
    let (list, item) = lists.next()?;
    if lists.next().is_some() {
        return None;
    }
    let mut roles = vec![(list.ident.clone(), "items")];
    for member in members {
        match (member.wire.as_str(), member.ty.as_str()) {
            ("total", "i64" | "f64") => roles.push((member.ident.clone(), "total")),
            ("next", "String") => roles.push((member.ident.clone(), "next")),
            _ => {}
        }
    }
    Some((item.to_owned(), roles))
}

fn mark(models: &mut Models, shape: &Shape) {
    for (name, roles) in &shape.marks {
        if let Some(model) = models.models.iter_mut().find(|model| &model.name == name) {
            model.page = Some(roles.clone());
        }
    }
}
