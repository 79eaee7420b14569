//! A curl command to the OpenAPI description of its one request: the path's
//! ids as placeholders, the query's and the body's members typed from their
//! values, its headers as header fields, and its credentials (`Authorization`,
//! an API key, a cookie, `-u`) left out of the declaration: they belong to the
//! client, set up from the environment.

use serde_json::{Map, Value, json};

/// What a curl command sends.
#[derive(Debug, Default)]
pub struct Request {
    method: Option<String>,
    url: Option<String>,
    headers: Vec<(String, String)>,
    /// `-d`, `--data-raw`, `--json`...: the body, as given.
    data: Vec<String>,
    /// `--json` given, or a JSON content type.
    json: bool,
    /// `-F name=value`: multipart parts.
    parts: Vec<(String, String)>,
    /// `-G`: the data goes in the query.
    data_in_query: bool,
    /// `-u user:password`.
    basic: bool,
}

/// Options that take a value, and whose value this importer does not need.
const IGNORED_WITH_VALUE: [&str; 14] = [
    "-o",
    "--output",
    "-w",
    "--write-out",
    "-m",
    "--max-time",
    "--connect-timeout",
    "-A",
    "--user-agent",
    "-e",
    "--referer",
    "--retry",
    "-x",
    "--proxy",
];

/// Reads the arguments of a curl command (`curl` first, or not).
pub fn parse(arguments: &[String]) -> Result<Request, String> {
    let mut request = Request::default();
    let mut arguments = arguments.iter().skip_while(|a| a.as_str() == "--").peekable();
    if arguments.peek().is_some_and(|first| first.as_str() == "curl" || first.ends_with("/curl")) {
        arguments.next();
    }
    while let Some(argument) = arguments.next() {
        let mut value =
            |name: &str| arguments.next().cloned().ok_or_else(|| format!("`{name}` needs a value"));
        // `-XPOST`, `-HName: v`: a short option glued to its value.
        let (option, glued) = match argument.as_str() {
            a if a.len() > 2 && a.starts_with('-') && !a.starts_with("--") => {
                (a[..2].to_owned(), Some(a[2..].to_owned()))
            }
            a => match a.split_once('=') {
                Some((option, rest)) if a.starts_with("--") => {
                    (option.to_owned(), Some(rest.to_owned()))
                }
                _ => (a.to_owned(), None),
            },
        };
        let mut take = |name: &str| match &glued {
            Some(glued) => Ok(glued.clone()),
            None => value(name),
        };
        match option.as_str() {
            "-X" | "--request" => request.method = Some(take("-X")?.to_uppercase()),
            "-H" | "--header" => {
                let header = take("-H")?;
                if let Some((name, value)) = header.split_once(':') {
                    request.headers.push((name.trim().to_owned(), value.trim().to_owned()));
                }
            }
            "-d" | "--data" | "--data-raw" | "--data-binary" | "--data-ascii"
            | "--data-urlencode" => {
                request.data.push(take("-d")?);
            }
            "--json" => {
                request.data.push(take("--json")?);
                request.json = true;
            }
            "-F" | "--form" | "--form-string" => {
                let part = take("-F")?;
                let (name, value) = part.split_once('=').unwrap_or((part.as_str(), ""));
                request.parts.push((name.to_owned(), value.to_owned()));
            }
            "-u" | "--user" => {
                take("-u")?;
                request.basic = true;
            }
            "-G" | "--get" => request.data_in_query = true,
            "--url" => request.url = Some(take("--url")?),
            option if IGNORED_WITH_VALUE.contains(&option) => {
                take(option)?;
            }
            option if option.starts_with('-') => {}
            _ => request.url = Some(argument.clone()),
        }
    }
    if request.url.is_none() {
        return Err("the curl command has no URL".to_owned());
    }
    Ok(request)
}

/// Headers that carry credentials: set up on the client, never declared.
const SECRET_HEADERS: [&str; 7] = [
    "authorization",
    "proxy-authorization",
    "cookie",
    "x-api-key",
    "api-key",
    "x-auth-token",
    "apikey",
];

/// Headers the client sets itself.
const CLIENT_HEADERS: [&str; 5] =
    ["content-type", "accept", "user-agent", "content-length", "host"];

impl Request {
    fn url(&self) -> Option<url::Url> {
        url::Url::parse(self.url.as_deref()?).ok()
    }

    fn method(&self) -> String {
        match &self.method {
            Some(method) => method.clone(),
            None if !self.data.is_empty() && !self.data_in_query || !self.parts.is_empty() => {
                "POST".to_owned()
            }
            None => "GET".to_owned(),
        }
    }

    /// The client this request needs, as Rust: its base URL, and its credentials
    /// read from the environment.
    pub fn setup(&self) -> proc_macro2::TokenStream {
        let base = self.url().map(|url| url.origin().ascii_serialization()).unwrap_or_default();
        let mut calls = Vec::new();
        let secret_names: Vec<&str> = self
            .headers
            .iter()
            .map(|(name, _)| name.as_str())
            .filter(|name| SECRET_HEADERS.contains(&name.to_ascii_lowercase().as_str()))
            .collect();
        for name in secret_names {
            let lower = name.to_ascii_lowercase();
            calls.push(if lower == "authorization" {
                let is_bearer = self.headers.iter().any(|(n, v)| {
                    n.eq_ignore_ascii_case("authorization") && v.to_ascii_lowercase().starts_with("bearer ")
                });
                if is_bearer {
                    quote::quote! { .bearer_auth(std::env::var("API_TOKEN")?) }
                } else {
                    quote::quote! { .sensitive_header("Authorization", std::env::var("API_AUTHORIZATION")?) }
                }
            } else {
                let variable = format!("API_{}", lower.replace('-', "_").to_ascii_uppercase());
                quote::quote! { .sensitive_header(#name, std::env::var(#variable)?) }
            });
        }
        if self.basic {
            calls.push(quote::quote! {
                .basic_auth(std::env::var("API_USER")?, std::env::var("API_PASSWORD").ok())
            });
        }
        quote::quote! {
            /// A client for this endpoint. The command's credentials are not in the
            /// declaration: they come from the environment.
            pub fn client() -> Result<restpoint::Client, Box<dyn std::error::Error>> {
                Ok(restpoint::Client::builder(#base) #(#calls)* .build()?)
            }
        }
    }
}

/// Whether a path segment is a value rather than a name: it has a digit (but is
/// no version like `v2`), an encoded or a separating character, or is long.
fn is_value(segment: &str) -> bool {
    if is_version(segment) || segment.is_empty() {
        return false;
    }
    segment.chars().any(|c| c.is_ascii_digit())
        || segment.contains(['%', '|', '@', ':', '='])
        || segment.len() >= 24
}

/// `v2`, `V1.1`: a version of an API.
fn is_version(segment: &str) -> bool {
    segment.len() <= 5
        && segment.starts_with(['v', 'V'])
        && segment.len() > 1
        && segment[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// The OpenAPI description of `request`'s one operation.
pub fn to_openapi(request: &Request) -> Value {
    let url = request.url();
    let method = request.method().to_lowercase();
    let segments: Vec<String> = url
        .as_ref()
        .and_then(|url| url.path_segments().map(|s| s.map(str::to_owned).collect()))
        .unwrap_or_default();
    let values = segments.iter().filter(|s| is_value(s)).count();
    let mut template = String::new();
    let mut parameters = Vec::new();
    let mut words = vec![method.clone()];
    for (i, segment) in segments.iter().enumerate() {
        template.push('/');
        if is_value(segment) {
            let previous =
                i.checked_sub(1).map(|i| segments[i].trim_end_matches('s')).unwrap_or("");
            let name = if values == 1 || previous.is_empty() {
                "id".to_owned()
            } else {
                format!("{previous}_id")
            };
            let example =
                percent_encoding::percent_decode_str(segment).decode_utf8_lossy().into_owned();
            template.push_str(&format!("{{{name}}}"));
            parameters.push(json!({
                "name": name, "in": "path", "required": true, "schema": { "type": "string" },
                "description": format!("For example `{example}`."),
            }));
        } else {
            template.push_str(segment);
            // The name says what is called, not where: no `api`, no version.
            if !(segment.eq_ignore_ascii_case("api") || is_version(segment)) {
                words.push(segment.clone());
            }
        }
    }
    if template.is_empty() {
        template.push('/');
    }
    let mut query: Vec<(String, String)> =
        url.iter().flat_map(|url| url.query_pairs().into_owned()).collect();
    if request.data_in_query {
        for data in &request.data {
            query.extend(form_pairs(data));
        }
    }
    for (name, value) in &query {
        parameters.push(json!({ "name": name, "in": "query", "schema": infer_text(value) }));
    }
    for (name, value) in &request.headers {
        let lower = name.to_ascii_lowercase();
        if SECRET_HEADERS.contains(&lower.as_str()) || CLIENT_HEADERS.contains(&lower.as_str()) {
            continue;
        }
        parameters.push(json!({
            "name": name, "in": "header", "required": true, "schema": { "type": "string" },
            "description": format!("For example `{value}`."),
        }));
    }
    let mut operation = json!({
        "operationId": words.join(" "),
        "parameters": parameters,
        // What it answers, the command does not say.
        "responses": { "200": { "description": "the answer", "content": { "application/json": {} } } },
    });
    if let Some(body) = body(request) {
        operation["requestBody"] = body;
    }
    let server = url.as_ref().map(|url| url.origin().ascii_serialization());
    let mut paths = Map::new();
    paths.insert(template, json!({ method: operation }));
    json!({
        "openapi": "3.0.3",
        "info": { "title": "curl", "version": "" },
        "servers": server.map(|url| vec![json!({ "url": url })]).unwrap_or_default(),
        "paths": paths,
    })
}

fn body(request: &Request) -> Option<Value> {
    if !request.parts.is_empty() {
        let properties: Map<String, Value> = request
            .parts
            .iter()
            .map(|(name, value)| {
                let schema = if value.starts_with('@') {
                    json!({ "type": "string", "format": "binary" })
                } else {
                    json!({ "type": "string" })
                };
                (name.clone(), schema)
            })
            .collect();
        return Some(json!({ "content": { "multipart/form-data": { "schema": {
            "type": "object", "properties": properties } } } }));
    }
    if request.data.is_empty() || request.data_in_query {
        return None;
    }
    let text = request.data.join("&");
    let declared_json = request.json
        || request
            .headers
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case("content-type") && v.contains("json"));
    match serde_json::from_str::<Value>(&text) {
        Ok(example) if declared_json || example.is_object() || example.is_array() => Some(
            json!({ "content": { "application/json": { "schema": crate::postman::infer(&example) } } }),
        ),
        _ => {
            let properties: Map<String, Value> = form_pairs(&text)
                .into_iter()
                .map(|(name, value)| (name, infer_text(&value)))
                .collect();
            Some(json!({ "content": { "application/x-www-form-urlencoded": { "schema": {
                "type": "object", "properties": properties } } } }))
        }
    }
}

fn form_pairs(text: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(text.as_bytes()).into_owned().collect()
}

/// The type a value written as text suggests.
fn infer_text(value: &str) -> Value {
    if value.parse::<i64>().is_ok() {
        json!({ "type": "integer" })
    } else if value == "true" || value == "false" {
        json!({ "type": "boolean" })
    } else {
        json!({ "type": "string" })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &[&str]) -> Vec<String> {
        line.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_command_is_read_as_curl_reads_it() {
        let request = parse(&args(&[
            "curl",
            "-XPOST",
            "https://tenant.eu.auth0.com/api/v2/users/auth0%7C1/identities",
            "-H",
            "Authorization: Bearer eyJ",
            "--header=Content-Type: application/json",
            "-d",
            r#"{"provider":"auth0","user_id":"2"}"#,
            "-s",
        ]))
        .unwrap();
        assert_eq!(request.method(), "POST");
        assert_eq!(request.headers.len(), 2);
        let description = to_openapi(&request);
        let operation = &description["paths"]["/api/v2/users/{id}/identities"]["post"];
        assert_eq!(operation["parameters"][0]["name"], "id");
        assert_eq!(operation["parameters"].as_array().map(Vec::len), Some(1), "no secret header");
        assert!(operation["requestBody"]["content"]["application/json"].is_object());
        assert!(parse(&args(&["curl", "-s"])).is_err());
        assert!(is_value("63d17c6a9d503d76c056c177") && !is_value("v2") && !is_value("users"));
    }
}
