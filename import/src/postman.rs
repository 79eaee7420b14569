//! A Postman collection (v2.0 or v2.1) to an OpenAPI description, which the
//! OpenAPI import then declares: a folder is a tag, a request an operation, and
//! the types of bodies and answers are inferred from the collection's examples
//! (a request's body, a saved `2xx` response).

use serde_json::{Map, Value, json};

/// The OpenAPI description of `collection`.
pub fn to_openapi(collection: &Value) -> Value {
    let mut paths = Map::new();
    walk(collection.get("item"), None, &mut paths);
    let text = |pointer: &str| collection.pointer(pointer).and_then(Value::as_str).unwrap_or("");
    let mut schemes = Map::new();
    auth_schemes(collection, &mut schemes);
    let servers: Vec<Value> =
        server(collection).map(|url| json!({ "url": url })).into_iter().collect();
    json!({
        "openapi": "3.0.0",
        "info": { "title": non_empty(text("/info/name"), "API"), "version": text("/info/version") },
        "servers": servers,
        "paths": paths,
        "components": { "securitySchemes": schemes },
        "x-inferred-from-examples": true,
    })
}

/// The collection's base URL: the scheme and host of its first request, with
/// the collection's variables (`{{baseUrl}}`) put in.
fn server(collection: &Value) -> Option<String> {
    let variables: Vec<(&str, &str)> = collection
        .get("variable")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| Some((v.get("key")?.as_str()?, v.get("value")?.as_str()?)))
        .collect();
    let raw = first_raw_url(collection.get("item"), 0)?;
    // `{{baseUrl}}/users`: the paths are what follows the variable, so the
    // base URL is the whole of its value.
    if let Some(name) =
        raw.strip_prefix("{{").and_then(|rest| rest.split_once("}}")).map(|(n, _)| n)
    {
        let value = variables.iter().find(|(key, _)| *key == name).map(|(_, value)| *value)?;
        let value = value.trim_end_matches('/');
        return (value.contains("://") && !value.contains("{{")).then(|| value.to_owned());
    }
    let url = raw.split(['?', '#']).next().unwrap_or("").to_owned();
    let scheme_end = url.find("://")? + 3;
    let host_end = url[scheme_end..].find('/').map_or(url.len(), |i| scheme_end + i);
    let base = &url[..host_end];
    (!base.contains("{{")).then(|| base.to_owned())
}

fn first_raw_url(items: Option<&Value>, depth: usize) -> Option<String> {
    if depth > 64 {
        return None;
    }
    for item in items.and_then(Value::as_array).into_iter().flatten() {
        if let Some(children) = item.get("item") {
            if let Some(url) = first_raw_url(Some(children), depth + 1) {
                return Some(url);
            }
            continue;
        }
        let url = item.pointer("/request/url");
        let raw = url.and_then(|url| url.get("raw").or(Some(url))).and_then(Value::as_str);
        if let Some(raw) = raw {
            return Some(raw.to_owned());
        }
    }
    None
}

/// The security schemes of the collection's `auth` (and its folders'), as
/// OpenAPI names them.
fn auth_schemes(holder: &Value, schemes: &mut Map<String, Value>) {
    if let Some(auth) = holder.get("auth") {
        let kind = auth.get("type").and_then(Value::as_str).unwrap_or("");
        // Postman gives an auth's settings as a list of `{key, value}`.
        let setting = |name: &str| {
            auth.get(kind)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .find(|entry| entry.get("key").and_then(Value::as_str) == Some(name))
                .and_then(|entry| entry.get("value"))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        let scheme = match kind {
            "bearer" => Some(json!({ "type": "http", "scheme": "bearer" })),
            "basic" => Some(json!({ "type": "http", "scheme": "basic" })),
            "apikey" => Some(json!({
                "type": "apiKey",
                "in": setting("in").unwrap_or_else(|| "header".to_owned()),
                "name": setting("key").unwrap_or_else(|| "X-Api-Key".to_owned()),
            })),
            "oauth2" => Some(match (setting("grant_type").as_deref(), setting("accessTokenUrl")) {
                (Some("client_credentials"), Some(url)) => {
                    json!({ "type": "oauth2", "flows": { "clientCredentials": { "tokenUrl": url } } })
                }
                _ => json!({ "type": "oauth2" }),
            }),
            "" | "noauth" | "inherit" => None,
            other => Some(json!({ "type": other })),
        };
        if let Some(scheme) = scheme {
            if !schemes.values().any(|known| known == &scheme) {
                let key = if schemes.contains_key(kind) {
                    format!("{kind}{}", schemes.len() + 1)
                } else {
                    kind.to_owned()
                };
                schemes.insert(key, scheme);
            }
        }
    }
    for item in holder.get("item").and_then(Value::as_array).into_iter().flatten() {
        if item.get("item").is_some() {
            auth_schemes(item, schemes);
        }
    }
}

fn non_empty<'a>(text: &'a str, otherwise: &'a str) -> &'a str {
    if text.trim().is_empty() { otherwise } else { text }
}

/// Adds the requests of `items` (and of the folders among them) to `paths`;
/// `folder` is the top-level folder they are in, their tag.
fn walk(items: Option<&Value>, folder: Option<&str>, paths: &mut Map<String, Value>) {
    for item in items.and_then(Value::as_array).into_iter().flatten() {
        let name = item.get("name").and_then(Value::as_str).unwrap_or("request");
        if let Some(children) = item.get("item") {
            walk(Some(children), Some(folder.unwrap_or(name)), paths);
            continue;
        }
        let Some(request) = item.get("request") else { continue };
        let Some((path, mut operation)) = operation(name, request, item.get("response")) else {
            continue;
        };
        if let (Some(folder), Some(operation)) = (folder, operation.as_object_mut()) {
            operation.insert("tags".to_owned(), json!([folder]));
        }
        let method = request.get("method").and_then(Value::as_str).unwrap_or("GET").to_lowercase();
        // Requests on one method and path (told apart by their query or body)
        // are one operation each: the later under a fragment of the path key.
        let mut key = path.clone();
        let mut n = 1;
        while paths.get(&key).is_some_and(|entry| entry.get(&method).is_some()) {
            n += 1;
            key = format!("{path}#{n}");
        }
        let entry = paths.entry(key).or_insert_with(|| json!({}));
        if let Some(entry) = entry.as_object_mut() {
            entry.insert(method, operation);
        }
    }
}

/// The path template and the operation of one request.
fn operation(name: &str, request: &Value, responses: Option<&Value>) -> Option<(String, Value)> {
    // A request may be only its URL.
    let url = request.get("url").or(Some(request).filter(|r| r.is_string()))?;
    let (segments, query) = match url {
        Value::String(raw) => (raw_segments(raw), Vec::new()),
        url => {
            let segments = match url.get("path") {
                Some(Value::Array(path)) => {
                    path.iter().filter_map(Value::as_str).map(str::to_owned).collect()
                }
                Some(Value::String(path)) => split(path),
                _ => raw_segments(url.get("raw").and_then(Value::as_str).unwrap_or("")),
            };
            let query = url.get("query").and_then(Value::as_array).cloned().unwrap_or_default();
            (segments, query)
        }
    };
    let mut parameters = Vec::new();
    let mut template = String::new();
    for segment in &segments {
        let variable = segment
            .strip_prefix(':')
            .or_else(|| segment.strip_prefix("{{").and_then(|s| s.strip_suffix("}}")));
        match variable {
            Some(variable) if !variable.is_empty() => {
                let description = url
                    .get("variable")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .find(|v| v.get("key").and_then(Value::as_str) == Some(variable))
                    .and_then(|v| v.get("description"))
                    .and_then(description_text);
                template.push_str(&format!("/{{{variable}}}"));
                parameters.push(json!({
                    "name": variable, "in": "path", "required": true,
                    "schema": { "type": "string" }, "description": description,
                }));
            }
            _ => {
                // Variables inside a segment: `{{ChannelId}}members`, `users('{{name}}')`.
                template.push('/');
                let mut rest = segment.as_str();
                while let Some((before, after)) = rest.split_once("{{") {
                    let Some((variable, after)) = after.split_once("}}") else { break };
                    template.push_str(before);
                    if variable.is_empty() {
                        template.push_str("{{}}");
                    } else {
                        template.push_str(&format!("{{{variable}}}"));
                        parameters.push(json!({
                            "name": variable, "in": "path", "required": true,
                            "schema": { "type": "string" },
                        }));
                    }
                    rest = after;
                }
                template.push_str(rest);
            }
        }
    }
    if template.is_empty() {
        template.push('/');
    }
    for entry in &query {
        let Some(key) = entry.get("key").and_then(Value::as_str).filter(|k| !k.is_empty()) else {
            continue;
        };
        let description = entry.get("description").and_then(description_text);
        parameters.push(json!({
            "name": key, "in": "query", "schema": { "type": "string" }, "description": description,
        }));
    }
    for header in request.get("header").and_then(Value::as_array).into_iter().flatten() {
        let Some(key) = header.get("key").and_then(Value::as_str) else { continue };
        // What the client sets: credentials, and the body's own headers.
        const SET_BY_THE_CLIENT: [&str; 5] =
            ["authorization", "content-type", "accept", "user-agent", "content-length"];
        if key.is_empty() || SET_BY_THE_CLIENT.contains(&key.to_ascii_lowercase().as_str()) {
            continue;
        }
        parameters.push(json!({ "name": key, "in": "header", "schema": { "type": "string" } }));
    }

    let mut operation = json!({
        "operationId": name,
        "summary": request.get("description").and_then(description_text).unwrap_or_else(|| name.to_owned()),
        "parameters": parameters,
        "responses": responses_of(responses),
    });
    if let (Some(body), Some(operation)) =
        (request.get("body").and_then(body), operation.as_object_mut())
    {
        operation.insert("requestBody".to_owned(), body);
    }
    Some((template, operation))
}

/// A description, which Postman gives as text or as `{content, type}`.
fn description_text(description: &Value) -> Option<String> {
    match description {
        Value::String(text) => Some(text.clone()),
        other => other.get("content").and_then(Value::as_str).map(str::to_owned),
    }
}

/// The path segments of a raw URL: what follows the host, or a leading
/// `{{variable}}` that stands for the base URL.
fn raw_segments(raw: &str) -> Vec<String> {
    let raw = raw.split(['?', '#']).next().unwrap_or("");
    let rest = match raw.find("://") {
        Some(scheme) => raw[scheme + 3..].find('/').map_or("", |i| &raw[scheme + 3 + i..]),
        None if raw.starts_with("{{") => raw.find("}}").map_or("", |i| &raw[i + 2..]),
        None => raw,
    };
    split(rest)
}

fn split(path: &str) -> Vec<String> {
    path.split('/').filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// The OpenAPI `requestBody` of a Postman body.
fn body(body: &Value) -> Option<Value> {
    let (kind, schema) = match body.get("mode").and_then(Value::as_str)? {
        "raw" => {
            let raw = body.get("raw").and_then(Value::as_str).unwrap_or("");
            if raw.trim().is_empty() {
                return None;
            }
            match serde_json::from_str::<Value>(raw) {
                Ok(example) => ("application/json", infer(&example)),
                Err(_) => ("text/plain", json!({ "type": "string" })),
            }
        }
        "urlencoded" => {
            let fields =
                body.get("urlencoded").and_then(Value::as_array).cloned().unwrap_or_default();
            let properties: Map<String, Value> = fields
                .iter()
                .filter_map(|field| field.get("key").and_then(Value::as_str))
                .filter(|key| !key.is_empty())
                .map(|key| (key.to_owned(), json!({ "type": "string" })))
                .collect();
            (
                "application/x-www-form-urlencoded",
                json!({ "type": "object", "properties": properties }),
            )
        }
        "formdata" => {
            // Each entry a part: a file's, or text.
            let fields =
                body.get("formdata").and_then(Value::as_array).cloned().unwrap_or_default();
            let properties: Map<String, Value> = fields
                .iter()
                .filter_map(|field| {
                    let key = field.get("key").and_then(Value::as_str).filter(|k| !k.is_empty())?;
                    let schema = if field.get("type").and_then(Value::as_str) == Some("file") {
                        json!({ "type": "string", "format": "binary" })
                    } else {
                        json!({ "type": "string" })
                    };
                    Some((key.to_owned(), schema))
                })
                .collect();
            ("multipart/form-data", json!({ "type": "object", "properties": properties }))
        }
        other => (
            if other == "graphql" { "application/graphql" } else { "application/octet-stream" },
            json!({}),
        ),
    };
    Some(json!({ "content": { kind: { "schema": schema } } }))
}

/// The first saved `2xx` response, its body's type inferred; an answer of
/// unknown shape (`serde_json::Value`) when none is saved.
fn responses_of(responses: Option<&Value>) -> Value {
    let saved = responses.and_then(Value::as_array).into_iter().flatten();
    for response in saved {
        let code = response.get("code").and_then(Value::as_u64).unwrap_or(0);
        if !(200..300).contains(&code) {
            continue;
        }
        let body = response.get("body").and_then(Value::as_str).unwrap_or("");
        let content = match serde_json::from_str::<Value>(body) {
            _ if body.trim().is_empty() => json!({}),
            Ok(example) => json!({ "application/json": { "schema": infer(&example) } }),
            Err(_) => json!({ "text/plain": {} }),
        };
        return json!({ code.to_string(): { "description": "", "content": content } });
    }
    json!({ "200": { "description": "", "content": { "application/json": {} } } })
}

/// A JSON Schema that `example` fits: its types, every member optional (an
/// example cannot say which are required).
pub fn infer(example: &Value) -> Value {
    match example {
        Value::Null => json!({}),
        Value::Bool(_) => json!({ "type": "boolean" }),
        Value::Number(number) if number.is_i64() || number.is_u64() => json!({ "type": "integer" }),
        Value::Number(_) => json!({ "type": "number" }),
        Value::String(_) => json!({ "type": "string" }),
        Value::Array(items) => {
            json!({ "type": "array", "items": items.first().map_or(json!({}), infer) })
        }
        Value::Object(members) => {
            let properties: Map<String, Value> =
                members.iter().map(|(key, value)| (key.clone(), infer(value))).collect();
            json!({ "type": "object", "properties": properties })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_urls_lose_their_host() {
        assert_eq!(
            raw_segments("https://{{domain}}/api/v2/users/:id?fields=a"),
            ["api", "v2", "users", ":id"]
        );
        assert_eq!(raw_segments("{{baseUrl}}/users/{{userId}}"), ["users", "{{userId}}"]);
        assert_eq!(raw_segments("/ping"), ["ping"]);
        assert!(raw_segments("https://example.com").is_empty());
    }

    #[test]
    fn examples_give_types() {
        let example = json!({"a": 1, "b": 1.5, "c": "x", "d": [true], "e": null, "f": {}});
        let schema = infer(&example);
        assert_eq!(schema["properties"]["a"]["type"], "integer");
        assert_eq!(schema["properties"]["b"]["type"], "number");
        assert_eq!(schema["properties"]["d"]["items"]["type"], "boolean");
        assert_eq!(schema["properties"]["e"], json!({}));
        assert_eq!(schema["properties"]["f"], json!({"type": "object", "properties": {}}));
    }
}
