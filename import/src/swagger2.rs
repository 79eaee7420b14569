//! Swagger / OpenAPI 2.0 made OpenAPI 3.0, which the import then reads: the
//! server from `schemes`, `host` and `basePath`; `definitions` as
//! `components/schemas`; a `body` parameter as the request body, `formData`
//! parameters as a form (or multipart, with a file among them) body's members;
//! a parameter's type in a `schema`; a response's `schema` under the content
//! type the operation produces; `x-nullable` as `nullable`. References to
//! `#/parameters/...` and `#/responses/...` are put in place.
//!
//! The work is on YAML values, which keep the order of every key.

use serde_norway::{Mapping, Value};

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Whether `root` is a Swagger 2.0 description.
pub fn is_swagger2(root: &Value) -> bool {
    root.get("swagger").is_some_and(|version| match version {
        Value::String(text) => text.starts_with('2'),
        Value::Number(number) => number.as_f64().is_some_and(|v| (2.0..3.0).contains(&v)),
        _ => false,
    })
}

/// The OpenAPI 3.0 description of the 2.0 description `root`.
pub fn to_openapi3(root: &Value) -> Value {
    let mut root = root.clone();
    rename_references(&mut root, 0);
    let get = |key: &str| root.get(key).cloned();
    let mut out = Mapping::new();
    out.insert("openapi".into(), "3.0.3".into());
    if let Some(info) = get("info") {
        out.insert("info".into(), info);
    }
    if let Some(server) = server(&root) {
        let mut entry = Mapping::new();
        entry.insert("url".into(), server.into());
        out.insert("servers".into(), Value::Sequence(vec![Value::Mapping(entry)]));
    }
    if let Some(tags) = get("tags") {
        out.insert("tags".into(), tags);
    }
    let consumes = strings(root.get("consumes"));
    let produces = strings(root.get("produces"));
    let shared_parameters = root.get("parameters").cloned().unwrap_or(Value::Null);
    let shared_responses = root.get("responses").cloned().unwrap_or(Value::Null);
    let shared = Shared { parameters: &shared_parameters, responses: &shared_responses };
    let mut paths = Mapping::new();
    if let Some(Value::Mapping(items)) = root.get("paths") {
        for (path, item) in items {
            let Value::Mapping(item) = item else { continue };
            let mut converted = Mapping::new();
            for (key, value) in item {
                let key_text = key.as_str().unwrap_or_default();
                if key_text == "parameters" {
                    // Path-level parameters: body and form ones go to each operation.
                    let (plain, _) = parameters(value, &shared);
                    converted.insert(key.clone(), Value::Sequence(plain));
                } else if METHODS.contains(&key_text) {
                    converted.insert(
                        key.clone(),
                        operation(value, item.get("parameters"), &shared, &consumes, &produces),
                    );
                } else {
                    converted.insert(key.clone(), value.clone());
                }
            }
            paths.insert(path.clone(), Value::Mapping(converted));
        }
    }
    out.insert("paths".into(), Value::Mapping(paths));
    let mut components = Mapping::new();
    let mut schemas = match get("definitions") {
        Some(Value::Mapping(definitions)) => definitions,
        _ => Mapping::new(),
    };
    // Schemas a bundle brought in from other files.
    if let Some(Value::Mapping(brought)) = root.get("components").and_then(|c| c.get("schemas")) {
        for (name, schema) in brought {
            schemas.entry(name.clone()).or_insert_with(|| schema.clone());
        }
    }
    let mut schemas = Value::Mapping(schemas);
    nullable(&mut schemas, 0);
    components.insert("schemas".into(), schemas);
    if let Some(schemes) = get("securityDefinitions") {
        components.insert("securitySchemes".into(), schemes);
    }
    out.insert("components".into(), Value::Mapping(components));
    Value::Mapping(out)
}

struct Shared<'a> {
    parameters: &'a Value,
    responses: &'a Value,
}

fn server(root: &Value) -> Option<String> {
    let host = root.get("host").and_then(Value::as_str);
    let base = root.get("basePath").and_then(Value::as_str).unwrap_or("");
    let scheme = strings(root.get("schemes"))
        .into_iter()
        .find(|s| s == "https")
        .or_else(|| strings(root.get("schemes")).into_iter().next());
    match host {
        Some(host) => Some(format!("{}://{host}{base}", scheme.as_deref().unwrap_or("https"))),
        None if !base.is_empty() => Some(base.to_owned()),
        None => None,
    }
}

fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Sequence(items)) => {
            items.iter().filter_map(Value::as_str).map(str::to_owned).collect()
        }
        _ => Vec::new(),
    }
}

/// `#/definitions/X` is `#/components/schemas/X` everywhere.
fn rename_references(value: &mut Value, depth: usize) {
    if depth > 200 {
        return;
    }
    match value {
        Value::Mapping(map) => {
            if let Some(Value::String(reference)) = map.get_mut("$ref") {
                if let Some(name) = reference.strip_prefix("#/definitions/") {
                    *reference = format!("#/components/schemas/{name}");
                }
            }
            for (_, item) in map.iter_mut() {
                rename_references(item, depth + 1);
            }
        }
        Value::Sequence(items) => {
            items.iter_mut().for_each(|item| rename_references(item, depth + 1))
        }
        _ => {}
    }
}

/// `x-nullable: true` is `nullable: true`, in every schema below `value`.
fn nullable(value: &mut Value, depth: usize) {
    if depth > 200 {
        return;
    }
    match value {
        Value::Mapping(map) => {
            if let Some(flag) = map.remove("x-nullable") {
                map.insert("nullable".into(), flag);
            }
            for (_, item) in map.iter_mut() {
                nullable(item, depth + 1);
            }
        }
        Value::Sequence(items) => items.iter_mut().for_each(|item| nullable(item, depth + 1)),
        _ => {}
    }
}

/// `value`, or what it refers to among the shared parameters or responses.
fn in_place<'a>(value: &'a Value, shared: &'a Value, prefix: &str) -> &'a Value {
    let reference = value.get("$ref").and_then(Value::as_str);
    match reference.and_then(|r| r.strip_prefix(prefix)) {
        Some(name) => shared.get(crate::bundle::unescape(name).as_str()).unwrap_or(value),
        None => value,
    }
}

/// The parameters of `list` that stay parameters (their type in a `schema`),
/// and the `body` and `formData` ones.
fn parameters(list: &Value, shared: &Shared<'_>) -> (Vec<Value>, Vec<Value>) {
    let (mut plain, mut body) = (Vec::new(), Vec::new());
    let Value::Sequence(list) = list else { return (plain, body) };
    for parameter in list {
        let parameter = in_place(parameter, shared.parameters, "#/parameters/");
        match parameter.get("in").and_then(Value::as_str) {
            Some("body" | "formData") => body.push(parameter.clone()),
            _ => plain.push(with_schema(parameter)),
        }
    }
    (plain, body)
}

/// What describes a value's type in 2.0 (beside its name and place).
const TYPE_KEYS: [&str; 16] = [
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
];

/// A query, header or path parameter with its type moved into a `schema`.
fn with_schema(parameter: &Value) -> Value {
    let Value::Mapping(map) = parameter else { return parameter.clone() };
    let mut out = Mapping::new();
    let mut schema = Mapping::new();
    for (key, value) in map {
        match key.as_str() {
            Some(type_key) if TYPE_KEYS.contains(&type_key) => {
                let mut value = value.clone();
                if type_key == "type" && value.as_str() == Some("file") {
                    value = "string".into();
                    schema.insert("format".into(), "binary".into());
                }
                schema.insert(key.clone(), value);
            }
            Some("collectionFormat") => {
                let exploded = value.as_str() == Some("multi");
                out.insert("explode".into(), exploded.into());
            }
            Some("x-nullable") => {
                schema.insert("nullable".into(), value.clone());
            }
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    if !schema.is_empty() {
        out.insert("schema".into(), Value::Mapping(schema));
    }
    Value::Mapping(out)
}

fn operation(
    operation: &Value,
    path_parameters: Option<&Value>,
    shared: &Shared<'_>,
    consumes: &[String],
    produces: &[String],
) -> Value {
    let Value::Mapping(map) = operation else { return operation.clone() };
    let consumes = Some(strings(map.get("consumes")))
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| consumes.to_vec());
    let produces = Some(strings(map.get("produces")))
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| produces.to_vec());
    let mut out = Mapping::new();
    let (_, path_body) = parameters(path_parameters.unwrap_or(&Value::Null), shared);
    let (plain, own_body) = parameters(map.get("parameters").unwrap_or(&Value::Null), shared);
    for (key, value) in map {
        match key.as_str() {
            Some("parameters") => {
                out.insert(key.clone(), Value::Sequence(plain.clone()));
            }
            Some("responses") => {
                out.insert(key.clone(), responses(value, shared, &produces));
            }
            Some("consumes" | "produces" | "schemes") => {}
            _ => {
                out.insert(key.clone(), value.clone());
            }
        }
    }
    let body: Vec<Value> = path_body.into_iter().chain(own_body).collect();
    if let Some(request_body) = request_body(&body, &consumes) {
        out.insert("requestBody".into(), request_body);
    }
    Value::Mapping(out)
}

/// The request body of the `body` and `formData` parameters.
fn request_body(parameters: &[Value], consumes: &[String]) -> Option<Value> {
    let mut content = Mapping::new();
    let mut required = false;
    if let Some(body) =
        parameters.iter().find(|p| p.get("in").and_then(Value::as_str) == Some("body"))
    {
        let kind = preferred(consumes);
        let mut media = Mapping::new();
        let mut schema = body.get("schema").cloned().unwrap_or(Value::Mapping(Mapping::new()));
        nullable(&mut schema, 0);
        media.insert("schema".into(), schema);
        content.insert(kind.into(), Value::Mapping(media));
        required = body.get("required").and_then(Value::as_bool).unwrap_or(false);
    } else {
        let fields: Vec<&Value> = parameters
            .iter()
            .filter(|p| p.get("in").and_then(Value::as_str) == Some("formData"))
            .collect();
        if fields.is_empty() {
            return None;
        }
        let has_file = fields.iter().any(|f| f.get("type").and_then(Value::as_str) == Some("file"));
        let kind = if has_file
            || consumes.iter().any(|c| c == "multipart/form-data")
                && !consumes.iter().any(|c| c == "application/x-www-form-urlencoded")
        {
            "multipart/form-data"
        } else {
            "application/x-www-form-urlencoded"
        };
        let mut properties = Mapping::new();
        let mut required_names = Vec::new();
        for field in fields {
            let Some(name) = field.get("name").and_then(Value::as_str) else { continue };
            let converted = with_schema(field);
            let mut schema = match converted.get("schema") {
                Some(Value::Mapping(schema)) => schema.clone(),
                _ => Mapping::new(),
            };
            if let Some(description) = field.get("description") {
                schema.insert("description".into(), description.clone());
            }
            properties.insert(name.into(), Value::Mapping(schema));
            if field.get("required").and_then(Value::as_bool) == Some(true) {
                required_names.push(Value::String(name.to_owned()));
                required = true;
            }
        }
        let mut schema = Mapping::new();
        schema.insert("type".into(), "object".into());
        schema.insert("properties".into(), Value::Mapping(properties));
        if !required_names.is_empty() {
            schema.insert("required".into(), Value::Sequence(required_names));
        }
        let mut media = Mapping::new();
        media.insert("schema".into(), Value::Mapping(schema));
        content.insert(kind.into(), Value::Mapping(media));
    }
    let mut body = Mapping::new();
    body.insert("content".into(), Value::Mapping(content));
    if required {
        body.insert("required".into(), true.into());
    }
    Some(Value::Mapping(body))
}

/// The media type of those an operation consumes or produces that the import
/// reads best: JSON if among them, else the first, JSON if none is said.
fn preferred(kinds: &[String]) -> String {
    kinds
        .iter()
        .find(|kind| kind.contains("json"))
        .or(kinds.first())
        .cloned()
        .unwrap_or_else(|| "application/json".to_owned())
}

/// Each response with its `schema` under the content type the operation
/// produces (JSON if it produces JSON or says nothing).
fn responses(responses: &Value, shared: &Shared<'_>, produces: &[String]) -> Value {
    let Value::Mapping(map) = responses else { return responses.clone() };
    let kind = preferred(produces);
    let mut out = Mapping::new();
    for (status, response) in map {
        let response = in_place(response, shared.responses, "#/responses/");
        let Value::Mapping(fields) = response else {
            out.insert(status.clone(), response.clone());
            continue;
        };
        let mut converted = Mapping::new();
        for (key, value) in fields {
            match key.as_str() {
                Some("schema") => {
                    let mut schema = value.clone();
                    nullable(&mut schema, 0);
                    let mut media = Mapping::new();
                    media.insert("schema".into(), schema);
                    let mut content = Mapping::new();
                    content.insert(kind.clone().into(), Value::Mapping(media));
                    converted.insert("content".into(), Value::Mapping(content));
                }
                Some("examples") => {}
                _ => {
                    converted.insert(key.clone(), value.clone());
                }
            }
        }
        if !converted.contains_key("description") {
            converted.insert("description".into(), "".into());
        }
        out.insert(status.clone(), Value::Mapping(converted));
    }
    Value::Mapping(out)
}
