//! JSON Schemas (OpenAPI's dialect) to Rust types: a struct for an object with
//! properties, a type alias for anything else, and `serde_json::Value` where a
//! schema says more than a Rust type can (`oneOf`, `anyOf`), with a note saying so.

use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

use crate::description::Description;
use crate::names::{self, Taken};
pub use crate::note::Note;

/// A generated model: a struct, or an alias of another type.
pub struct Model {
    pub name: String,
    pub doc: Vec<String>,
    pub kind: ModelKind,
    /// What the model approximates itself (an alias of `serde_json::Value`).
    pub notes: Vec<String>,
    /// A page of a list endpoint: `#[derive(restpoint::Page)]`, and each
    /// member's role in it (`items`, `total`, `next`) by its Rust name.
    pub page: Option<Vec<(String, &'static str)>>,
    /// An object that allows no members but its own (`additionalProperties:
    /// false`): told apart by them where it is one choice of several.
    pub closed: bool,
}

pub enum ModelKind {
    Struct(Vec<Member>),
    /// A string of listed values: a variant each (its Rust name, its value), and
    /// one that keeps a value the description did not list.
    Values(Vec<(String, String)>),
    /// An untagged enum: the first variant whose type fits is the value.
    Enum(Vec<Variant>),
    Alias(String),
}

/// A variant of an enum for a `oneOf` or `anyOf`, and the type it holds.
pub struct Variant {
    pub name: String,
    pub ty: String,
}

/// A field of a struct: a model's, or an endpoint's body member.
#[derive(Clone)]
pub struct Member {
    pub ident: String,
    /// The name on the wire.
    pub wire: String,
    pub ty: String,
    /// Left out when `None` (not required, or `nullable`).
    pub optional: bool,
    /// Required on the wire even when `optional` (required and `nullable`):
    /// `None` is sent as `null`.
    pub required: bool,
    pub doc: Vec<String>,
    pub notes: Vec<String>,
}

/// The models of a description, made as they are named.
pub struct Models<'a> {
    description: &'a Description,
    root: &'a Value,
    /// `components/schemas` keys and their Rust names.
    components: BTreeMap<String, String>,
    /// `components/responses` keys whose JSON schema has a type already, and
    /// the type: an answer the description names is one type, whatever
    /// operations give it.
    answers: BTreeMap<String, String>,
    pub models: Vec<Model>,
    pub taken: Taken,
    pub notes: Vec<Note>,
}

/// Names the generated code uses unqualified, which no model may take (the
/// modules import every model).
const RESERVED: &[&str] = &[
    "String",
    "Vec",
    "Option",
    "Box",
    "Result",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "Debug",
    "Clone",
    "PartialEq",
    "Serialize",
    "Deserialize",
];

/// How deep `$ref`s and nested schemas are followed: enough for any real API,
/// and a bound for one that refers to itself.
const MAX_DEPTH: usize = 24;

impl<'a> Models<'a> {
    /// Names every schema of `components/schemas` first, so that a reference
    /// to one resolves to its name wherever it is met; then makes each.
    pub fn new(description: &'a Description) -> Self {
        let root = description.root();
        let mut models = Models {
            description,
            root,
            components: BTreeMap::new(),
            answers: BTreeMap::new(),
            models: Vec::new(),
            taken: Taken::default(),
            notes: Vec::new(),
        };
        // What the generated code names besides the models: a model named
        // `String` would hide the one it means.
        for name in RESERVED {
            models.taken.take(name);
        }
        let schemas = root.pointer("/components/schemas").and_then(Value::as_object);
        let schemas = schemas.map(|schemas| description.entries(schemas)).unwrap_or_default();
        for (key, _) in &schemas {
            let name = models.taken.unique(names::pascal(key));
            models.components.insert((*key).clone(), name);
        }
        for (key, schema) in schemas {
            let name = models.components.get(key).cloned().unwrap_or_else(|| names::pascal(key));
            models.model(&name, schema, &format!("components/schemas/{key}"), 0);
        }
        models
    }

    /// The schema `schema` refers to (followed through `$ref`s), or itself.
    pub fn resolve(&self, schema: &'a Value) -> &'a Value {
        let mut schema = schema;
        for _ in 0..MAX_DEPTH {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    match reference.strip_prefix('#').and_then(|p| self.root.pointer(p)) {
                        Some(target) => schema = target,
                        None => return schema,
                    }
                }
                None => return schema,
            }
        }
        schema
    }

    /// Makes the model `name` of `schema`: a struct for an object with
    /// properties, an enum for a choice of schemas, an alias otherwise.
    fn model(&mut self, name: &str, schema: &'a Value, place: &str, depth: usize) {
        let doc = schema_doc(schema);
        let before = self.notes.len();
        let kind = match (self.properties(schema, place, depth), choices(schema)) {
            (Some(members), _) => ModelKind::Struct(members),
            (None, None) if string_values(schema).is_some() => {
                ModelKind::Values(string_values(schema).unwrap_or_default())
            }
            (None, Some(options)) if options.len() > 1 => {
                ModelKind::Enum(self.variants(options, name, place, depth))
            }
            (None, _) => ModelKind::Alias(self.type_of(schema, name, place, depth)),
        };
        let notes = match kind {
            ModelKind::Alias(_) => self.notes_since(before),
            ModelKind::Struct(_) | ModelKind::Enum(_) | ModelKind::Values(_) => Vec::new(),
        };
        // A type that holds itself directly needs a box.
        let boxed = |ty: &mut String| {
            if ty == name {
                *ty = format!("Box<{name}>");
            }
        };
        let kind = match kind {
            ModelKind::Struct(mut members) => {
                members.iter_mut().for_each(|member| boxed(&mut member.ty));
                ModelKind::Struct(members)
            }
            ModelKind::Enum(mut variants) => {
                variants.iter_mut().for_each(|variant| boxed(&mut variant.ty));
                ModelKind::Enum(variants)
            }
            alias => alias,
        };
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        self.models.push(Model { name: name.to_owned(), doc, kind, notes, page: None, closed });
    }

    /// The schema of the member `name` of the object `schema`, in its own
    /// properties or those of its `allOf` parts.
    pub fn property(&self, schema: &'a Value, name: &str) -> Option<&'a Value> {
        let mut pending = vec![(schema, 0)];
        while let Some((schema, depth)) = pending.pop() {
            let schema = self.resolve(schema);
            if let Some(property) = schema.pointer("/properties").and_then(|p| p.get(name)) {
                return Some(property);
            }
            if depth < MAX_DEPTH {
                let parts = schema.get("allOf").and_then(Value::as_array).into_iter().flatten();
                pending.extend(parts.map(|part| (part, depth + 1)));
            }
        }
        None
    }

    /// The members of an object schema with properties (its `allOf` parts
    /// merged), or `None` for any other schema.
    pub fn properties(
        &mut self,
        schema: &'a Value,
        place: &str,
        depth: usize,
    ) -> Option<Vec<Member>> {
        let parts = self.object_parts(schema, 0, &mut HashSet::new())?;
        // What any part requires is required.
        let required: Vec<&str> =
            parts.iter().flat_map(|(_, required)| required.iter().copied()).collect();
        let mut taken = Taken::default();
        let mut members = Vec::new();
        for (properties, _) in &parts {
            let Some(properties) = properties else { continue };
            for (wire, property) in self.description.entries(properties) {
                if members.iter().any(|m: &Member| &m.wire == wire) {
                    continue;
                }
                let ident = taken.unique(names::snake(wire));
                let hint = format!("{}{}", names::pascal(place_name(place)), names::pascal(wire));
                let before = self.notes.len();
                let inner_place = format!("{place}.{wire}");
                let ty = self.type_of(property, &hint, &inner_place, depth + 1);
                let notes = self.notes_since(before);
                let nullable = is_nullable(property) || is_nullable(self.resolve(property));
                let is_required = required.contains(&wire.as_str());
                let optional = nullable || !is_required;
                let doc = schema_doc(property);
                let wire = wire.clone();
                members.push(Member {
                    ident,
                    wire,
                    ty,
                    optional,
                    required: is_required,
                    doc,
                    notes,
                });
            }
        }
        Some(members)
    }

    /// The `properties` and `required` of an object schema, and of each part of
    /// its `allOf`; `None` unless every part is such an object. A schema met
    /// again (`seen`, by address) is merged once: a chain of `allOf`s that name
    /// the same schemas many times over is read in the time of its schemas, not
    /// of its paths.
    #[allow(clippy::type_complexity)]
    fn object_parts(
        &self,
        schema: &'a Value,
        depth: usize,
        seen: &mut HashSet<*const Value>,
    ) -> Option<Vec<(Option<&'a serde_json::Map<String, Value>>, Vec<&'a str>)>> {
        if depth > MAX_DEPTH {
            return None;
        }
        let schema = self.resolve(schema);
        if !seen.insert(std::ptr::from_ref(schema)) {
            return Some(Vec::new());
        }
        if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
            let mut parts = Vec::new();
            for part in all.iter().filter(|part| !is_annotation(part)) {
                parts.extend(self.object_parts(part, depth + 1, seen)?);
            }
            return (!parts.is_empty() || depth > 0).then_some(parts);
        }
        // A choice among types is not one object; a choice among names that
        // must be given (`anyOf: [{required: [name]}, {required: [company]}]`)
        // constrains the object and leaves its members as they are.
        if choices(schema).is_some_and(|options| !options.iter().all(|o| only_requires(o))) {
            return None;
        }
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let properties = schema.get("properties").and_then(Value::as_object);
        let Some(properties) = properties.filter(|properties| !properties.is_empty()) else {
            // Within an `allOf`, an object with no properties of its own adds
            // none, and a part that only requires names requires them.
            let object = schema_type(schema) == Some("object")
                || (schema_type(schema).is_none() && !required.is_empty());
            return (object && depth > 0).then(|| vec![(None, required)]);
        };
        Some(vec![(Some(properties), required)])
    }

    /// The Rust type of `schema`; an inline object with properties becomes the
    /// model `hint`.
    pub fn type_of(&mut self, schema: &'a Value, hint: &str, place: &str, depth: usize) -> String {
        const ANY: &str = "serde_json::Value";
        if depth > MAX_DEPTH {
            self.note(place, "nested too deep to follow; read and sent as `serde_json::Value`");
            return ANY.to_owned();
        }
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let key = reference.strip_prefix("#/components/schemas/");
            return match key.and_then(|key| self.components.get(key)) {
                Some(name) => name.clone(),
                None => {
                    self.note(place, &format!("`{reference}` is not a schema of this description; read and sent as `serde_json::Value`"));
                    ANY.to_owned()
                }
            };
        }
        if let Some(options) = choices(schema) {
            return match options.as_slice() {
                [] => ANY.to_owned(),
                [only] => self.type_of(only, hint, place, depth + 1),
                _ => {
                    let name = self.taken.unique(names::pascal(hint));
                    self.model(&name, schema, place, depth + 1);
                    name
                }
            };
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            // Parts that only say something of the value (a description, that
            // it may be null) add nothing to its type.
            let typed: Vec<&Value> = parts.iter().filter(|part| !is_annotation(part)).collect();
            if let [only] = typed.as_slice() {
                return self.type_of(only, hint, place, depth + 1);
            }
            // Refinements of one scalar (a string, and a pattern it matches).
            let kinds: Vec<Option<&str>> =
                typed.iter().map(|part| schema_type(self.resolve(part))).collect();
            if let [Some(kind @ ("string" | "integer" | "number" | "boolean")), ..] =
                kinds.as_slice()
            {
                if kinds.iter().all(|other| other == &Some(*kind)) {
                    return self.type_of(typed[0], hint, place, depth + 1);
                }
            }
            if self.object_parts(schema, 0, &mut HashSet::new()).is_some() {
                return self.inline_model(schema, hint, place, depth);
            }
            self.note(
                place,
                "`allOf` of schemas that are not all objects; read and sent as `serde_json::Value`",
            );
            return ANY.to_owned();
        }
        // A constant's type is its value's.
        let constant = match schema.get("const") {
            Some(Value::String(_)) => Some("string"),
            Some(Value::Bool(_)) => Some("boolean"),
            Some(Value::Number(number)) if number.is_f64() => Some("number"),
            Some(Value::Number(_)) => Some("integer"),
            _ => None,
        };
        if schema.get("type").is_some_and(Value::is_array) && schema_type(schema).is_none() {
            self.note(place, "a value of several types; read and sent as `serde_json::Value`");
            return ANY.to_owned();
        }
        match schema_type(schema).or(constant) {
            Some("string") => "String".to_owned(),
            Some("integer") => "i64".to_owned(),
            Some("number") => "f64".to_owned(),
            Some("boolean") => "bool".to_owned(),
            Some("array") => match schema.get("items") {
                Some(items) => {
                    let item = self.type_of(items, &format!("{hint}Item"), place, depth + 1);
                    format!("Vec<{item}>")
                }
                None => format!("Vec<{ANY}>"),
            },
            Some("object") | None if has_properties(schema) => {
                self.inline_model(schema, hint, place, depth)
            }
            Some("object") => match schema.get("additionalProperties") {
                Some(values @ Value::Object(map)) if !map.is_empty() => {
                    let value = self.type_of(values, &format!("{hint}Value"), place, depth + 1);
                    format!("std::collections::BTreeMap<String, {value}>")
                }
                _ => "serde_json::Map<String, serde_json::Value>".to_owned(),
            },
            // Only ever `null`.
            Some("null") => "()".to_owned(),
            Some(other) => {
                self.note(place, &format!("type `{other}` is not one of OpenAPI's; read and sent as `serde_json::Value`"));
                ANY.to_owned()
            }
            None => ANY.to_owned(),
        }
    }

    /// The variants of an enum for `options`, each named after its type.
    fn variants(
        &mut self,
        options: Vec<&'a Value>,
        name: &str,
        place: &str,
        depth: usize,
    ) -> Vec<Variant> {
        let mut taken = Taken::default();
        let mut variants = Vec::new();
        for (i, option) in options.iter().enumerate() {
            let kind = variant_name(self.resolve(option), option, i);
            let variant = taken.unique(kind);
            let ty = self.type_of(option, &format!("{name}{variant}"), place, depth + 1);
            variants.push(Variant { name: variant, ty });
        }
        variants
    }

    /// The type of `schema`, the JSON body of `answer`. An answer the description
    /// names (`$ref: '#/components/responses/NotFound'`) has one type, made the
    /// first time an operation gives it, named after the answer (and documented
    /// by it, where its schema says nothing of itself), for every operation that
    /// gives it; an operation's own answer has a type named after `hint`.
    pub fn answer_type(
        &mut self,
        answer: &'a Value,
        schema: &'a Value,
        hint: &str,
        place: &str,
    ) -> String {
        let reference = answer.get("$ref").and_then(Value::as_str);
        let Some(key) = reference.and_then(|r| r.strip_prefix("#/components/responses/")) else {
            return self.type_of(schema, hint, place, 0);
        };
        let key = crate::bundle::unescape(key);
        if let Some(ty) = self.answers.get(&key) {
            return ty.clone();
        }
        let before = self.models.len();
        let ty = self.type_of(schema, &key, &format!("components/responses/{key}"), 0);
        let doc = doc_of(self.resolve(answer), &["description"]);
        if let Some(model) = self.models[before..].iter_mut().find(|model| model.name == ty) {
            if model.doc.is_empty() {
                model.doc = doc;
            }
        }
        self.answers.insert(key, ty.clone());
        ty
    }

    /// A model for an inline object schema, named after `hint`.
    fn inline_model(&mut self, schema: &'a Value, hint: &str, place: &str, depth: usize) -> String {
        let name = self.taken.unique(names::pascal(hint));
        self.model(&name, schema, place, depth + 1);
        name
    }

    /// What the notes since the `before`-th say: those of one field or model.
    pub fn notes_since(&self, before: usize) -> Vec<String> {
        self.notes.get(before..).unwrap_or_default().iter().map(|note| note.what.clone()).collect()
    }

    fn note(&mut self, place: &str, what: &str) {
        self.notes.push(Note { place: place.to_owned(), what: what.to_owned() });
    }
}

impl Models<'_> {
    /// Whether `schema` (through its `$ref`s) is a string, a number or a
    /// boolean: a value that `Display` writes, for a path or a header.
    pub fn is_scalar(&self, schema: &Value) -> bool {
        let schema = self.resolve(schema);
        matches!(schema_type(schema), Some("string" | "integer" | "number" | "boolean"))
    }
}

/// The schemas of a `oneOf` or an `anyOf`, but for `{type: null}`: that one
/// makes the value optional ([`is_nullable`]), not a variant.
fn choices(schema: &Value) -> Option<Vec<&Value>> {
    let options = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array)?;
    Some(options.iter().filter(|option| !is_null_type(option)).collect())
}

/// Whether `schema` only annotates a value (a description, an example, that it
/// may be null or is read-only) and says nothing of its type.
fn is_annotation(schema: &Value) -> bool {
    const ANNOTATIONS: [&str; 10] = [
        "description",
        "title",
        "example",
        "examples",
        "nullable",
        "readOnly",
        "writeOnly",
        "deprecated",
        "default",
        "externalDocs",
    ];
    schema.as_object().is_some_and(|map| {
        map.keys().all(|key| ANNOTATIONS.contains(&key.as_str()) || key.starts_with("x-"))
    })
}

/// The variants of a string schema that lists its values: each value and a Rust
/// name for it (`Other` is kept for the values not listed).
fn string_values(schema: &Value) -> Option<Vec<(String, String)>> {
    if !matches!(schema_type(schema), Some("string") | None) {
        return None;
    }
    let values = schema.get("enum").and_then(Value::as_array)?;
    let values: Vec<&str> = values.iter().map(Value::as_str).collect::<Option<_>>()?;
    if values.is_empty() {
        return None;
    }
    let mut taken = Taken::default();
    taken.take("Other");
    let mut variants = Vec::new();
    for value in values {
        if variants.iter().any(|(_, known)| known == value) {
            continue;
        }
        let name = if value.is_empty() { "Empty".to_owned() } else { names::pascal(value) };
        variants.push((taken.unique(name), value.to_owned()));
    }
    Some(variants)
}

/// Whether `schema` only says which members must be given.
fn only_requires(schema: &Value) -> bool {
    schema.as_object().is_some_and(|map| {
        map.keys().all(|key| key == "required" || key == "title" || key == "description")
    })
}

fn is_null_type(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
}

/// The type of `schema`: its `type`, or the one type beside `"null"` of an
/// OpenAPI 3.1 list of types; `None` for several.
fn schema_type(schema: &Value) -> Option<&str> {
    match schema.get("type")? {
        Value::String(kind) => Some(kind),
        Value::Array(kinds) => {
            let mut kinds = kinds.iter().filter_map(Value::as_str).filter(|kind| *kind != "null");
            let first = kinds.next()?;
            kinds.next().is_none().then_some(first)
        }
        _ => None,
    }
}

/// Whether `schema` allows `null`: `nullable: true` (3.0), `"null"` among its
/// types (3.1), or a `{type: null}` among its choices.
pub fn is_nullable(schema: &Value) -> bool {
    schema.get("nullable") == Some(&Value::Bool(true))
        || schema
            .get("type")
            .and_then(Value::as_array)
            .is_some_and(|kinds| kinds.iter().any(|kind| kind.as_str() == Some("null")))
        || schema
            .get("oneOf")
            .or_else(|| schema.get("anyOf"))
            .and_then(Value::as_array)
            .is_some_and(|options| options.iter().any(is_null_type))
}

/// A variant's name: its model's, or its kind's (`String`, `List`, `Object`).
fn variant_name(resolved: &Value, option: &Value, index: usize) -> String {
    if let Some(reference) = option.get("$ref").and_then(Value::as_str) {
        return names::pascal(reference.rsplit('/').next().unwrap_or(reference));
    }
    let kind = match schema_type(resolved) {
        Some("string") => "String",
        Some("integer") => "Integer",
        Some("number") => "Number",
        Some("boolean") => "Boolean",
        Some("array") => "List",
        Some("object") => "Object",
        _ if has_properties(resolved) => "Object",
        _ => return format!("Variant{}", index + 1),
    };
    kind.to_owned()
}

fn has_properties(schema: &Value) -> bool {
    schema.get("properties").and_then(Value::as_object).is_some_and(|p| !p.is_empty())
}

/// The last part of a place (`components/schemas/user.address` → `address`), to
/// name what is inside it.
fn place_name(place: &str) -> &str {
    place.rsplit(['/', '.']).next().unwrap_or(place)
}

/// The doc lines of the first of `keys` that `value` has as text.
pub fn doc_of(value: &Value, keys: &[&str]) -> Vec<String> {
    keys.iter()
        .find_map(|key| value.get(key).and_then(Value::as_str))
        .map(names::doc)
        .unwrap_or_default()
}

/// A schema's description as doc lines, and the values of a string enum.
pub fn schema_doc(schema: &Value) -> Vec<String> {
    let mut doc = doc_of(schema, &["description", "title"]);
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        let shown: Vec<String> = values
            .iter()
            .take(12)
            .map(|value| match value {
                Value::String(text) => format!("`{}`", text.replace('`', "'")),
                other => format!("`{other}`"),
            })
            .collect();
        let more = if values.len() > shown.len() { ", ..." } else { "" };
        doc.push(format!("One of {}{more}.", shown.join(", ")));
    }
    doc
}
