//! An OpenAPI 3 description to endpoints: one `#[endpoint]` struct for each
//! operation, grouped by its first tag.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::description::Description;
use crate::field::Field;
use crate::names::{self, Taken};
use crate::schema::{Member, Models, Note, doc_of, schema_doc};
use crate::server::{self, Server};

/// An operation, as a declaration.
#[derive(Clone)]
pub struct Endpoint {
    pub name: String,
    pub doc: Vec<String>,
    pub method: String,
    pub template: String,
    /// `response = ...`, or nothing for `serde_json::Value`.
    pub response: String,
    /// `error = ...` and `error(404) = ...`: the bodies of its error answers.
    pub errors: ErrorTypes,
    /// `body = form` and the like.
    pub body_encoding: Option<&'static str>,
    /// `paginate = ...`, for a list that says how its pages are asked for.
    pub paginate: Option<String>,
    pub fields: Vec<Field>,
    /// What was left out, said above the struct.
    pub notes: Vec<String>,
    /// The server the operation is served at, where it is not the API's.
    pub server: Option<Server>,
}

/// What was imported.
pub struct Api<'a> {
    pub title: String,
    /// Types inferred from examples (a Postman collection's), not declared.
    pub inferred: bool,
    pub version: String,
    /// The description's first server.
    pub server: Option<Server>,
    /// How clients authenticate: the description's security schemes.
    pub schemes: Vec<Scheme>,
    /// Module name to its endpoints, in the description's order.
    pub modules: BTreeMap<String, Vec<Endpoint>>,
    pub models: Models<'a>,
}

const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

impl Api<'_> {
    /// How many operations are declared exactly: nothing of them approximated
    /// or left out, in the declaration or in a model it uses.
    pub fn exact_endpoints(&self) -> usize {
        let approximated = crate::cycles::approximated(&self.models);
        let names = self.models.models.iter().map(|model| model.name.clone()).collect();
        let uses_approximated = |ty: &str| {
            crate::cycles::mentioned(ty, &names).iter().any(|model| approximated.contains(model))
        };
        self.modules
            .values()
            .flatten()
            .filter(|endpoint| {
                endpoint.notes.is_empty()
                    && !uses_approximated(&endpoint.response)
                    && endpoint.fields.iter().all(|field| {
                        field.member.notes.is_empty() && !uses_approximated(&field.member.ty)
                    })
            })
            .count()
    }
}

/// A way to authenticate that the description names.
#[derive(Debug, Clone)]
pub struct Scheme {
    /// Its name in the description.
    pub key: String,
    pub kind: SchemeKind,
    pub description: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum SchemeKind {
    Bearer,
    Basic,
    /// An API key in a header, or a cookie, of this name.
    Header(String),
    Cookie(String),
    /// An API key in the query: each endpoint would need it; not a client's.
    Query(String),
    /// OAuth 2's client credentials, and their token URL.
    ClientCredentials(String),
    /// Anything else (other OAuth 2 flows, OpenID Connect, mutual TLS): said, not helped.
    Other(String),
}

fn schemes(description: &Description) -> Vec<Scheme> {
    let root = description.root();
    let Some(map) = root.pointer("/components/securitySchemes").and_then(Value::as_object) else {
        return Vec::new();
    };
    description
        .entries(map)
        .into_iter()
        .map(|(key, scheme)| {
            let text = |key: &str| scheme.get(key).and_then(Value::as_str).unwrap_or("");
            let kind =
                match (text("type"), text("scheme").to_ascii_lowercase().as_str(), text("in")) {
                    ("http", "bearer", _) => SchemeKind::Bearer,
                    ("http", "basic", _) => SchemeKind::Basic,
                    ("apiKey", _, "header") => SchemeKind::Header(text("name").to_owned()),
                    ("apiKey", _, "cookie") => SchemeKind::Cookie(text("name").to_owned()),
                    ("apiKey", _, "query") => SchemeKind::Query(text("name").to_owned()),
                    // Swagger 2.0's `basic`.
                    ("basic", _, _) => SchemeKind::Basic,
                    // Swagger 2.0's client credentials.
                    ("oauth2", _, _) if text("flow") == "application" => {
                        SchemeKind::ClientCredentials(text("tokenUrl").to_owned())
                    }
                    ("oauth2", _, _) => match scheme
                        .pointer("/flows/clientCredentials/tokenUrl")
                        .and_then(Value::as_str)
                    {
                        Some(url) => SchemeKind::ClientCredentials(url.to_owned()),
                        None => SchemeKind::Other(
                            "OAuth 2 (a flow other than client credentials)".to_owned(),
                        ),
                    },
                    (kind, _, _) => SchemeKind::Other(format!("`{kind}`")),
                };
            Scheme { key: key.clone(), kind, description: doc_of(scheme, &["description"]) }
        })
        .collect()
}

/// Reads a whole description. Nothing in it can make this panic: what is
/// missing or of the wrong shape is left out, with a note.
pub fn read(description: &Description) -> Api<'_> {
    let root = description.root();
    let mut models = Models::new(description);
    let mut endpoint_names = Taken::default();
    for model in &models.models {
        endpoint_names.take(&model.name);
    }
    let mut modules: BTreeMap<String, Vec<Endpoint>> = BTreeMap::new();
    let paths = root.get("paths").and_then(Value::as_object);
    for (path, item) in paths.map(|paths| description.entries(paths)).unwrap_or_default() {
        for method in METHODS {
            let Some(operation) = item.get(method) else { continue };
            let module = operation
                .pointer("/tags/0")
                .and_then(Value::as_str)
                .map_or_else(|| "operations".to_owned(), names::snake);
            let module = names::unraw(&module).to_owned();
            let endpoint =
                endpoint(&mut models, &mut endpoint_names, path, method, item, operation);
            modules.entry(module).or_default().push(endpoint);
        }
    }
    let text = |pointer: &str| root.pointer(pointer).and_then(Value::as_str).map(str::to_owned);
    Api {
        title: text("/info/title").unwrap_or_else(|| "API".to_owned()),
        inferred: root.get("x-inferred-from-examples") == Some(&Value::Bool(true)),
        version: text("/info/version").unwrap_or_default(),
        server: server::of(root),
        schemes: schemes(description),
        modules,
        models,
    }
}

fn endpoint<'a>(
    models: &mut Models<'a>,
    endpoint_names: &mut Taken,
    path: &str,
    method: &str,
    item: &'a Value,
    operation: &'a Value,
) -> Endpoint {
    let id = operation.get("operationId").and_then(Value::as_str);
    let id = id.map_or_else(|| format!("{method} {path}"), str::to_owned);
    let name = endpoint_names.unique(names::pascal(&id));
    let place = |what: &str| format!("{method} {path} {what}");
    let mut doc = doc_of(operation, &["summary", "description"]);
    if !doc.is_empty() {
        doc.push(String::new());
    }
    doc.push(format!("`{} {path}` (`{id}`).", method.to_uppercase()));
    // Servers of its own: the operation's, else its path's.
    let server = [operation, item].into_iter().find_map(server::of);
    if let Some(server) = &server {
        // A URL with variables is code to read, not a link.
        let at = if server.variables.is_empty() {
            server.template.clone()
        } else {
            format!("`{}`", server.template)
        };
        let constant = names::snake(&name).trim_start_matches("r#").to_uppercase();
        doc.push(String::new());
        doc.push(match &server.url {
            Some(_) => format!(
                "Served at {at}, not at the API's base URL: send it with a client of that \
                 base URL (the constant `{constant}_SERVER`)."
            ),
            None => format!(
                "Served at {at}, not at the API's base URL: send it with a client of that \
                 base URL."
            ),
        });
    }
    let streams = operation
        .pointer("/responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(code, _)| code.starts_with('2'))
        .any(|(_, answer)| models.resolve(answer).pointer("/content/text~1event-stream").is_some());
    if streams {
        doc.push(String::new());
        doc.push(
            "The answer is a stream of server-sent events: read each as it arrives with \
             `.stream(&client).await?.events()`."
                .to_owned(),
        );
    }

    let mut gathered = Gathered::default();
    // Operations on one method and path told apart by a fragment of the path key
    // (`/files/{id}#copy`): the fragment names, and is never sent.
    let mut template = path.split_once('#').map_or(path, |(path, _)| path).to_owned();
    // The path item's parameters, then the operation's (which win on a clash).
    let mut parameters: Vec<&Value> = Vec::new();
    for list in [item.get("parameters"), operation.get("parameters")] {
        for parameter in list.and_then(Value::as_array).into_iter().flatten() {
            let parameter = models.resolve(parameter);
            let key = |p: &Value| (p.get("name").cloned(), p.get("in").cloned());
            parameters.retain(|known| key(known) != key(parameter));
            parameters.push(parameter);
        }
    }
    for parameter in parameters {
        let (Some(wire), Some(location)) = (
            parameter.get("name").and_then(Value::as_str),
            parameter.get("in").and_then(Value::as_str),
        ) else {
            continue;
        };
        let ident = gathered.taken.unique(names::snake(wire));
        let place = place(&format!("parameter `{wire}`"));
        let schema = parameter.get("schema").unwrap_or(&Value::Null);
        let before = models.notes.len();
        let mut ty = models.type_of(schema, &format!("{name}{}", names::pascal(wire)), &place, 0);
        let required = parameter.get("required") == Some(&Value::Bool(true));
        let mut attrs = Vec::new();
        let mut optional = !required;
        match location {
            "path" if !template.contains(&format!("{{{wire}}}")) => {
                let what = format!("the path parameter `{wire}` is not in the path; left out");
                gathered.leave_out(models, &place, what);
                continue;
            }
            "path" => {
                // A placeholder is always filled; a value is written with `Display`.
                optional = false;
                ty = displayed(models, schema, ty, &place, "a path value");
                template = template
                    .replace(&format!("{{{wire}}}"), &format!("<{}>", names::unraw(&ident)));
            }
            "query" => {
                attrs.push("#[query]".to_owned());
                if names::unraw(&ident) != wire {
                    attrs.push(format!("#[serde(rename = {wire:?})]"));
                }
                let exploded = parameter.get("explode") != Some(&Value::Bool(false));
                if ty.starts_with("Vec<") && !exploded {
                    attrs.push(
                        "#[serde(serialize_with = \"restpoint::query::comma_separated\")]"
                            .to_owned(),
                    );
                }
            }
            "header" => {
                attrs.push(format!("#[header({wire:?})]"));
                ty = displayed(models, schema, ty, &place, "a header value");
            }
            other => {
                let what =
                    format!("the parameter `{wire}` in `{other}` is not imported; add it by hand");
                gathered.leave_out(models, &place, what);
                continue;
            }
        }
        let notes = models.notes_since(before);
        let mut doc = doc_of(parameter, &["description"]);
        let values = schema_doc(models.resolve(schema));
        doc.extend(values.into_iter().filter(|line| line.starts_with("One of ")));
        let sample = (!optional).then(|| crate::samples::parameter(models, parameter));
        let member = Member { ident, wire: wire.to_owned(), ty, optional, required, doc, notes };
        gathered.fields.push(Field { attrs, member, sample });
    }

    // What the path names and no parameter declares: a string of its own.
    while let Some((start, end)) = undeclared_placeholder(&template) {
        let wire = template[start + 1..end].to_owned();
        let ident = gathered.taken.unique(names::snake(&wire));
        let what = format!("the path's `{{{wire}}}` is not a declared parameter; a `String`");
        models
            .notes
            .push(Note { place: place(&format!("parameter `{wire}`")), what: what.clone() });
        template.replace_range(start..=end, &format!("<{}>", names::unraw(&ident)));
        let member = Member {
            ident,
            wire,
            ty: "String".to_owned(),
            optional: false,
            required: true,
            doc: Vec::new(),
            notes: vec![what],
        };
        let sample = Some(Value::String("sample".to_owned()));
        gathered.fields.push(Field { attrs: Vec::new(), member, sample });
    }
    let template = sendable_path(&template);

    let body_encoding = body(models, &mut gathered, method, operation, &name, &place("body"));
    let response = response(models, operation, &name, &place("response"));
    let errors = error(models, &mut gathered, operation, &name, &place("error"));
    if let Some(said) = errors.doc() {
        doc.push(String::new());
        doc.push(said);
    }
    let paginate =
        match crate::pages::paginate(models, method, operation, &gathered.fields, &response) {
            Ok(paginate) => paginate,
            Err(what) => {
                gathered.leave_out(models, &place("paging"), format!("{what}; not paged"));
                None
            }
        };
    Endpoint {
        name,
        doc,
        method: method.to_uppercase(),
        template,
        response,
        errors,
        body_encoding,
        paginate,
        fields: gathered.fields,
        notes: gathered.left_out,
        server,
    }
}

/// Where the first `{name}` of `template` is, if any.
fn undeclared_placeholder(template: &str) -> Option<(usize, usize)> {
    let start = template.find('{')?;
    let end = start + template[start..].find('}')?;
    Some((start, end))
}

/// `template` with its literal parts as a URL path may hold them: what is not
/// allowed there (a space, a quote, a brace left alone, `?`, `#`, anything not
/// ASCII) percent-encoded, and the `<placeholders>` as they are.
fn sendable_path(template: &str) -> String {
    const ALLOWED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'/')
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~')
        .remove(b'!')
        .remove(b'$')
        .remove(b'&')
        .remove(b'\'')
        .remove(b'(')
        .remove(b')')
        .remove(b'*')
        .remove(b'+')
        .remove(b',')
        .remove(b';')
        .remove(b'=')
        .remove(b':')
        .remove(b'@')
        .remove(b'%');
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>').map(|end| start + end) else { break };
        out.extend(percent_encoding::utf8_percent_encode(&rest[..start], ALLOWED));
        out.push_str(&rest[start..=end]);
        rest = &rest[end + 1..];
    }
    out.extend(percent_encoding::utf8_percent_encode(rest, ALLOWED));
    if !out.starts_with('/') {
        out.insert(0, '/');
    }
    out
}

/// An endpoint's fields as they are gathered: the names they took, and what
/// was left out (said above the struct and in the report).
#[derive(Default)]
struct Gathered {
    taken: Taken,
    fields: Vec<Field>,
    left_out: Vec<String>,
}

impl Gathered {
    fn leave_out(&mut self, models: &mut Models, place: &str, what: String) {
        self.left_out.push(what.clone());
        models.notes.push(Note { place: place.to_owned(), what });
    }
}

/// `ty`, if `Display` writes it (a path or header value must be text); `String`
/// otherwise, with a note.
fn displayed(models: &mut Models, schema: &Value, ty: String, place: &str, what: &str) -> String {
    if models.is_scalar(schema) || matches!(ty.as_str(), "String" | "i64" | "f64" | "bool") {
        return ty;
    }
    let what = format!("{what} of type `{ty}`; sent as a `String`");
    models.notes.push(Note { place: place.to_owned(), what });
    "String".to_owned()
}

/// Adds the request body's fields: the members of an object (as the seed's
/// `LinkUserAccount` has them), or one `#[body]` field of its type. Returns the
/// `body = ...` the encoding needs.
fn body<'a>(
    models: &mut Models<'a>,
    gathered: &mut Gathered,
    method: &str,
    operation: &'a Value,
    name: &str,
    place: &str,
) -> Option<&'static str> {
    let content = operation.pointer("/requestBody/content").and_then(Value::as_object)?;
    // A form's `encoding` says how each member is written (OpenAPI's default for a
    // list: `style: form`, `explode: true`, repeated keys).
    let mut form_encoding = None;
    let (schema, encoding) = if let Some(json) = content.iter().find(|(kind, _)| is_json(kind)) {
        (json.1.get("schema"), None)
    } else if let Some(form) = content.get("application/x-www-form-urlencoded") {
        form_encoding = form.get("encoding");
        (form.get("schema"), Some("form"))
    } else if let Some(multipart) = content.get("multipart/form-data") {
        (multipart.get("schema"), Some("multipart"))
    } else {
        let kinds: Vec<&str> = content.keys().map(String::as_str).collect();
        let what = format!("a body of `{}` is not imported; add it by hand", kinds.join("`, `"));
        gathered.leave_out(models, place, what);
        return None;
    };
    if matches!(method, "get" | "head") {
        let what = "a body on `GET` or `HEAD` is not sent by restpoint; left out".to_owned();
        gathered.leave_out(models, place, what);
        return None;
    }
    let schema = schema.unwrap_or(&Value::Null);
    let members = models.properties(schema, &format!("{name}Body"), 0);
    let clash = members.as_ref().is_none_or(|members| {
        members.iter().any(|member| {
            let ident = names::unraw(&member.ident);
            gathered.fields.iter().any(|f| names::unraw(&f.member.ident) == ident)
        })
    });
    match members {
        Some(members) if !clash => {
            for mut member in members {
                if encoding == Some("multipart") {
                    part(models, schema, &mut member, place);
                }
                member.ident = gathered.taken.unique(member.ident);
                let mut attrs = Vec::new();
                if names::unraw(&member.ident) != member.wire {
                    attrs.push(format!("#[serde(rename = {:?})]", member.wire));
                }
                // Required and `nullable`: sent as `null` when `None`.
                if member.required && member.optional && encoding.is_none() {
                    attrs.push("#[send_null]".to_owned());
                }
                if encoding == Some("form") && member.ty.starts_with("Vec<") {
                    let of = form_encoding.and_then(|encodings| encodings.get(&member.wire));
                    let setting = |key: &str| of.and_then(|of| of.get(key));
                    let style = setting("style").and_then(Value::as_str).unwrap_or("form");
                    let explode =
                        setting("explode").and_then(Value::as_bool).unwrap_or(style == "form");
                    // `deepObject` is the brackets restpoint writes by default.
                    let with = match (style, explode) {
                        ("deepObject", _) => None,
                        (_, true) => Some("restpoint::form::repeated_keys"),
                        (_, false) => Some("restpoint::query::comma_separated"),
                    };
                    if let Some(with) = with {
                        attrs.push(format!("#[serde(serialize_with = {with:?})]"));
                    }
                }
                let property = models.property(schema, &member.wire);
                let sample = (!member.optional || member.required)
                    .then(|| crate::samples::of(models, property.unwrap_or(&Value::Null)));
                gathered.fields.push(Field { attrs, member, sample });
            }
        }
        _ if encoding == Some("multipart") => {
            let what = "a multipart body whose parts are not named (no object schema with \
                        properties) is not imported; add its parts by hand"
                .to_owned();
            gathered.leave_out(models, place, what);
            return None;
        }
        _ => {
            let before = models.notes.len();
            let ty = models.type_of(schema, &format!("{name}Body"), place, 0);
            let notes = models.notes_since(before);
            let ident = gathered.taken.unique("body".to_owned());
            let member = Member {
                ident,
                wire: "body".to_owned(),
                ty,
                optional: false,
                required: true,
                doc: Vec::new(),
                notes,
            };
            let sample = Some(crate::samples::of(models, schema));
            gathered.fields.push(Field { attrs: vec!["#[body]".to_owned()], member, sample });
        }
    }
    encoding
}

/// Makes `member` of a multipart body something that can be a part: a binary
/// string a file, a scalar text written with `Display`; anything else text the
/// caller writes (JSON for an object), noted.
fn part<'a>(models: &mut Models<'a>, body: &'a Value, member: &mut Member, place: &str) {
    let property = models.property(body, &member.wire).map(|property| models.resolve(property));
    let binary = property.is_some_and(|property| {
        matches!(property.get("format").and_then(Value::as_str), Some("binary"))
            || property.get("contentMediaType").is_some()
    });
    if binary {
        member.ty = "restpoint::multipart::File".to_owned();
        return;
    }
    if !matches!(member.ty.as_str(), "String" | "i64" | "f64" | "bool") {
        let what = format!(
            "the part `{}` is a `{}` in the description; sent as the text given (JSON for an object)",
            member.wire, member.ty
        );
        models
            .notes
            .push(Note { place: format!("{place} part `{}`", member.wire), what: what.clone() });
        member.notes.push(what);
        member.ty = "String".to_owned();
    }
}

/// The type of the first `2xx` answer: its JSON schema's, `String` for text,
/// `Vec<u8>` for other bytes, `()` for none.
fn response<'a>(models: &mut Models<'a>, operation: &'a Value, name: &str, place: &str) -> String {
    let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
        return "serde_json::Value".to_owned();
    };
    let mut success: Vec<(&String, &Value)> =
        responses.iter().filter(|(code, _)| code.starts_with('2')).collect();
    success.sort_by(|a, b| a.0.cmp(b.0));
    let Some((_, answer)) = success.first() else {
        return "serde_json::Value".to_owned();
    };
    let content = models.resolve(answer).get("content").and_then(Value::as_object);
    let Some(content) = content.filter(|c| !c.is_empty()) else {
        return "()".to_owned();
    };
    match content.iter().find(|(kind, _)| is_json(kind)) {
        Some((_, json)) => match json.get("schema") {
            Some(schema) => models.answer_type(answer, schema, &format!("{name}Response"), place),
            None => "serde_json::Value".to_owned(),
        },
        None if content.keys().any(|kind| kind.starts_with("text/")) => "String".to_owned(),
        None => "Vec<u8>".to_owned(),
    }
}

/// The types of the JSON bodies of an operation's error answers: `error = T`
/// and each `error(404) = T`.
#[derive(Clone, Default)]
pub struct ErrorTypes {
    /// `error = T`: the type of `default`, or, without one, the type most
    /// statuses share; the only type where they all have one.
    pub otherwise: Option<String>,
    /// `error(404) = T`, `error(4XX) = T`: each status (as the attribute writes
    /// it, checked) whose type is another, in the description's order.
    pub by_status: Vec<(String, String)>,
}

impl ErrorTypes {
    /// What the endpoint's documentation says of them, where there are several.
    fn doc(&self) -> Option<String> {
        let otherwise = self
            .otherwise
            .as_deref()
            .map_or_else(String::new, |ty| format!(", `{ty}` for any other"));
        let statuses = self.by_status.iter().map(|(status, ty)| format!("`{ty}` for `{status}`"));
        (!self.by_status.is_empty()).then(|| {
            format!(
                "Error bodies (`error.api_error::<T>()`): {}{otherwise}.",
                statuses.collect::<Vec<_>>().join(", ")
            )
        })
    }
}

/// The types of the JSON bodies of the error answers (a status from 400 to 599,
/// `4XX`, `5XX`, `default`): one type where they all have one (or none);
/// where they differ, a type for each status, chosen by the status the answer
/// has, never guessed from its body. An answer under a key that is no status
/// is left out, and said.
fn error<'a>(
    models: &mut Models<'a>,
    gathered: &mut Gathered,
    operation: &'a Value,
    name: &str,
    place: &str,
) -> ErrorTypes {
    let Some(responses) = operation.get("responses").and_then(Value::as_object) else {
        return ErrorTypes::default();
    };
    let (mut default, mut by_status): (Option<String>, Vec<(String, String)>) = (None, Vec::new());
    for (code, answer) in responses {
        let status = match error_status(code) {
            Status::Default => None,
            Status::Error(status) => Some(status),
            Status::Other => continue,
            Status::Unknown => {
                let what = format!(
                    "an answer under `{}`, which is no status: not typed",
                    code.escape_debug()
                );
                gathered.leave_out(models, place, what);
                continue;
            }
        };
        let content = models.resolve(answer).get("content").and_then(Value::as_object);
        let json = content.into_iter().flatten().find(|(kind, _)| is_json(kind));
        let Some(schema) = json.and_then(|(_, json)| json.get("schema")) else { continue };
        let ty = models.answer_type(answer, schema, &format!("{name}Error"), place);
        match status {
            None => default = Some(ty),
            Some(status) if by_status.iter().all(|(seen, _)| *seen != status) => {
                by_status.push((status, ty));
            }
            Some(_) => {}
        }
    }
    let otherwise = default.or_else(|| most_shared(&by_status));
    if by_status.iter().all(|(_, ty)| Some(ty) == otherwise.as_ref()) {
        return ErrorTypes { otherwise, by_status: Vec::new() };
    }
    // What an answer of each class decodes into without a type of its own.
    let class_type = |status: &str| {
        let class = format!("{}XX", &status[..1]);
        by_status.iter().find(|(seen, _)| *seen == class).map(|(_, ty)| ty).or(otherwise.as_ref())
    };
    let needed: Vec<(String, String)> = by_status
        .iter()
        .filter(|(status, ty)| {
            let without =
                if status.ends_with("XX") { otherwise.as_ref() } else { class_type(status) };
            without != Some(ty)
        })
        .cloned()
        .collect();
    ErrorTypes { otherwise, by_status: needed }
}

/// The type most of `by_status` have (the first of those, on a tie).
fn most_shared(by_status: &[(String, String)]) -> Option<String> {
    let count = |ty: &String| by_status.iter().filter(|(_, seen)| seen == ty).count();
    let mut best: Option<&String> = None;
    for (_, ty) in by_status {
        if best.is_none_or(|best| count(ty) > count(best)) {
            best = Some(ty);
        }
    }
    best.cloned()
}

/// What a key of an operation's `responses` is, for its error types.
#[derive(Debug, PartialEq)]
enum Status {
    /// `default`.
    Default,
    /// A status from 400 to 599 (`404`), or a class of them (`4XX`, `4xx`), as
    /// the attribute writes it.
    Error(String),
    /// Another status, or class: not an error answer.
    Other,
    /// Not a status.
    Unknown,
}

fn error_status(code: &str) -> Status {
    if code == "default" {
        return Status::Default;
    }
    let bytes = code.as_bytes();
    let [first, rest @ ..] = bytes else { return Status::Unknown };
    if bytes.len() != 3 || !(b'1'..=b'5').contains(first) {
        return Status::Unknown;
    }
    let error = matches!(first, b'4' | b'5');
    if rest.eq_ignore_ascii_case(b"XX") {
        return if error { Status::Error(format!("{}XX", *first as char)) } else { Status::Other };
    }
    match (rest.iter().all(u8::is_ascii_digit), error) {
        (true, true) => Status::Error(code.to_owned()),
        (true, false) => Status::Other,
        (false, _) => Status::Unknown,
    }
}

fn is_json(kind: &str) -> bool {
    kind == "application/json" || kind.ends_with("+json") || kind == "*/*"
}
