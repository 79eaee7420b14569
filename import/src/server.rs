//! A description's server: its URL as a client's base URL, with the variables
//! OpenAPI lets a server URL have (`https://{subdomain}.{site}`), each with its
//! default, its description and the values it may take.

use serde_json::Value;

/// The first of the servers an object lists (the description's, a path's or
/// an operation's).
#[derive(Debug, Clone, PartialEq)]
pub struct Server {
    /// The URL as written, variables in braces.
    pub template: String,
    /// The URL with each variable's default: the server as the description
    /// gives it. `None` if it is not an absolute `http(s)` URL (a relative
    /// one is relative to where the description is served, which the
    /// importer does not know), or a variable has no default.
    pub url: Option<String>,
    /// The URL, piece by piece: text and variables, in order.
    pub parts: Vec<Part>,
    pub variables: Vec<Variable>,
    /// The other servers listed after it, as written.
    pub others: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    Text(String),
    /// The variable at this index of [`Server::variables`].
    Variable(usize),
}

/// One `{name}` of a server URL.
#[derive(Debug, Clone, PartialEq)]
pub struct Variable {
    pub name: String,
    pub default: Option<String>,
    pub description: Option<String>,
    /// The values it may take (its `enum`), if it lists them.
    pub values: Vec<String>,
}

/// The first server `holder` lists under `servers`, if any.
pub fn of(holder: &Value) -> Option<Server> {
    let servers = holder.get("servers")?.as_array()?;
    let first = servers.first()?;
    let template = first.get("url")?.as_str()?.to_owned();
    let declared = first.get("variables").and_then(Value::as_object);
    let mut variables: Vec<Variable> = Vec::new();
    let mut parts = Vec::new();
    let mut rest = template.as_str();
    while let Some(open) = rest.find('{') {
        let Some(length) = rest[open..].find('}') else { break };
        let name = &rest[open + 1..open + length];
        if open > 0 {
            parts.push(Part::Text(rest[..open].to_owned()));
        }
        let index = match variables.iter().position(|variable| variable.name == name) {
            Some(index) => index,
            None => {
                let declared = declared.and_then(|declared| declared.get(name));
                let text = |key: &str| {
                    declared.and_then(|declared| declared.get(key)).and_then(scalar_text)
                };
                let values = declared
                    .and_then(|declared| declared.get("enum"))
                    .and_then(Value::as_array)
                    .map(|values| values.iter().filter_map(scalar_text).collect())
                    .unwrap_or_default();
                variables.push(Variable {
                    name: name.to_owned(),
                    default: text("default"),
                    description: text("description"),
                    values,
                });
                variables.len() - 1
            }
        };
        parts.push(Part::Variable(index));
        rest = &rest[open + length + 1..];
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest.to_owned()));
    }
    let url = parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => Some(text.as_str()),
            Part::Variable(index) => variables[*index].default.as_deref(),
        })
        .collect::<Option<String>>()
        // A brace left (one never closed, or in a default) is no URL either.
        .filter(|url| is_absolute(url) && !url.contains(['{', '}']));
    let others = servers
        .iter()
        .skip(1)
        .filter_map(|server| server.get("url").and_then(Value::as_str))
        .map(str::to_owned)
        .collect();
    Some(Server { template, url, parts, variables, others })
}

/// A variable's default or value, as text (a YAML description may write a
/// number or a boolean for one).
fn scalar_text(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(flag.to_string()),
        _ => None,
    }
}

/// Whether `url` can be a client's base URL: `http://` or `https://`, a host.
fn is_absolute(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_server_with_variables_is_its_defaults_and_its_pieces() {
        let holder = json!({ "servers": [
            { "url": "https://{subdomain}.{site}/v{version}", "variables": {
                "site": { "default": "datadoghq.com", "enum": ["datadoghq.com", "datadoghq.eu"],
                          "description": "The regional site." },
                "subdomain": { "default": "api" },
                "version": { "default": 1 } } },
            { "url": "{protocol}://{name}" }
        ] });
        let server = of(&holder).unwrap();
        assert_eq!(server.url.as_deref(), Some("https://api.datadoghq.com/v1"));
        let names: Vec<&str> = server.variables.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["subdomain", "site", "version"]);
        assert_eq!(server.variables[1].values, ["datadoghq.com", "datadoghq.eu"]);
        assert_eq!(server.variables[1].description.as_deref(), Some("The regional site."));
        assert_eq!(
            server.parts,
            [
                Part::Text("https://".into()),
                Part::Variable(0),
                Part::Text(".".into()),
                Part::Variable(1),
                Part::Text("/v".into()),
                Part::Variable(2),
            ]
        );
        assert_eq!(server.others, ["{protocol}://{name}"]);
    }

    #[test]
    fn what_is_no_base_url() {
        for (url, variables) in [
            ("", json!({})),
            ("/api/v1", json!({})),
            ("https://{tenant}.example.com", json!({})),
            ("{protocol}://api.example.com", json!({ "protocol": { "default": "ftp" } })),
            ("https://", json!({})),
            ("https://api.example/{unclosed", json!({})),
            ("https://{a}.example", json!({ "a": { "default": "{b}" } })),
        ] {
            let holder = json!({ "servers": [{ "url": url, "variables": variables }] });
            assert_eq!(of(&holder).unwrap().url, None, "{url}");
        }
        let plain = json!({ "servers": [{ "url": "https://api.example.com/v2" }] });
        let server = of(&plain).unwrap();
        assert_eq!(server.url.as_deref(), Some("https://api.example.com/v2"));
        assert!(server.variables.is_empty());
        assert_eq!(of(&json!({ "servers": [] })), None);
    }
}
