//! The crate on disk: `Cargo.toml`, `src/lib.rs`, `src/models.rs`, a module per
//! tag, and `IMPORT-REPORT.md`, written as a person would write them.

use std::fmt::Write as _;
use std::ops::Not as _;
use std::path::Path;

use proc_macro2::TokenStream;
use quote::quote;

use crate::names;
use crate::openapi::{Api, Endpoint, SchemeKind};
use crate::schema::{Member, ModelKind};

/// How the crate is named and where it finds restpoint.
pub struct Options {
    pub name: String,
    /// A path to a restpoint checkout; crates.io's otherwise.
    pub restpoint_path: Option<String>,
    /// The crate's licence: a crate that has one may be published.
    pub license: Option<String>,
    /// Also `tests/samples/mod.rs`: every operation sent once with values
    /// the description allows.
    pub samples: bool,
    /// What the crate is made from (the description, the overlays), and the
    /// SHA-256 of each: the report says them, so that a change of one byte is a
    /// change of the crate.
    pub made_from: Vec<(String, String)>,
}

/// The crate's files, by path relative to its root. Rust files are built as
/// syntax (names as identifiers, types as types, text only in `doc` attributes
/// and string literals), parsed back and formatted; a piece that is not valid
/// Rust is an error naming it, never a broken crate.
pub fn files(api: &Api, options: &Options) -> Result<Vec<(String, String)>, String> {
    let mut files = vec![
        ("Cargo.toml".to_owned(), manifest(api, options)),
        ("src/lib.rs".to_owned(), rust("src/lib.rs", lib(api)?)?),
        ("src/models.rs".to_owned(), rust("src/models.rs", models(api)?)?),
    ];
    if let Some(auth) = auth(api)? {
        files.push(("src/auth.rs".to_owned(), rust("src/auth.rs", auth)?));
    }
    for (module, endpoints) in &api.modules {
        let path = format!("src/{}.rs", names::unraw(&module_name(module)));
        let source = module_source(module, endpoints)?;
        files.push((path.clone(), rust(&path, source)?));
    }
    if options.samples {
        let path = "tests/samples/mod.rs";
        files.push((path.to_owned(), rust(path, samples(api, &options.name)?)?));
    }
    files.push(("IMPORT-REPORT.md".to_owned(), report(api, &options.made_from)));
    Ok(files)
}

/// Writes `files` below `out`.
pub fn write(out: &Path, files: &[(String, String)]) -> std::io::Result<()> {
    for (path, text) in files {
        let path = out.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text)?;
    }
    Ok(())
}

/// `tokens`, a whole file, parsed back as Rust and formatted.
fn rust(path: &str, tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| bug(path, &e.to_string()))?;
    Ok(spaced(&prettyplease::unparse(&file)))
}

/// `formatted` with a blank line before each top-level item that has a doc or
/// attributes, as a person spaces them. Only whitespace between items changes:
/// the output has no multi-line literals.
fn spaced(formatted: &str) -> String {
    let mut out = String::with_capacity(formatted.len() + formatted.len() / 16);
    let mut previous: Option<&str> = None;
    for line in formatted.lines() {
        let item_starts =
            line.starts_with("///") || line.starts_with("#[") || line.starts_with("impl");
        let item_ended =
            previous.is_some_and(|p| p == "}" || (!p.starts_with(' ') && p.ends_with(';')));
        if item_starts && item_ended {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// The message for output that is not Rust: the importer's fault, not the
/// description's.
fn bug(place: &str, problem: &str) -> String {
    format!(
        "{place}: the importer made something that is not Rust ({problem}); this is a bug \
         of restpoint-import: please report it with the description"
    )
}

/// A module's name, kept clear of the crate's own `models`, `auth` and `lib`.
fn module_name(module: &str) -> String {
    match module {
        "models" | "lib" | "main" | "auth" => format!("{module}_endpoints"),
        _ => module.to_owned(),
    }
}

fn ident(name: &str, place: &str) -> Result<syn::Ident, String> {
    syn::parse_str(name).map_err(|e| bug(place, &format!("`{name}`: {e}")))
}

fn ty(text: &str, place: &str) -> Result<syn::Type, String> {
    syn::parse_str(text).map_err(|e| bug(place, &format!("`{text}`: {e}")))
}

fn attributes(texts: &[String], place: &str) -> Result<Vec<syn::Attribute>, String> {
    texts
        .iter()
        .map(|text| {
            syn::parse::Parser::parse_str(syn::Attribute::parse_outer, text)
                .map_err(|e| bug(place, &format!("`{text}`: {e}")))
        })
        .collect::<Result<Vec<_>, _>>()
        .map(|attrs| attrs.into_iter().flatten().collect())
}

/// `lines` of a description's text as `#[doc]` attributes that no tool runs:
/// where a line could open a code block (a fence, an indented line), the whole
/// text goes in a `text` block whose fence is longer than any run of backticks
/// in it, so that nothing of it is ever a doctest.
fn doc_lines(lines: &[String]) -> Vec<String> {
    // A line of the description may hold line breaks of its own; a tab is
    // spaces (rustdoc and clippy read a tab in a doc as a likely mistake).
    let lines: Vec<String> = lines
        .iter()
        .flat_map(|line| line.split(['\n', '\r']))
        .map(|line| line.replace('\t', "    "))
        .collect();
    let risky = lines.iter().any(|line| {
        line.contains("```")
            || line.contains("~~~")
            || line.starts_with("    ")
            || line.starts_with('\t')
    });
    let mut shown: Vec<String> = Vec::with_capacity(lines.len() + 2);
    let fence = risky.then(|| {
        let longest = lines.iter().map(|line| longest_run(line, '`')).max().unwrap_or(0);
        "`".repeat(longest.max(2) + 1)
    });
    if let Some(fence) = &fence {
        shown.push(format!("{fence}text"));
    }
    match fence {
        Some(fence) => {
            shown.extend(lines.iter().cloned());
            shown.push(fence);
        }
        None => shown.extend(lines.iter().map(|line| as_doc_text(line))),
    }
    shown
        .iter()
        .map(|line| if line.is_empty() { String::new() } else { format!(" {line}") })
        .collect()
}

/// `line` as rustdoc reads it without a warning: outside its code spans,
/// bare addresses in `<...>` and brackets that are no link escaped (an
/// intra-doc link to a code span, `` [`models`] ``, has its brackets in two
/// parts, each alone, and stays).
fn as_doc_text(line: &str) -> String {
    line.split('`')
        .enumerate()
        .map(
            |(index, part)| {
                if index % 2 == 1 { part.to_owned() } else { unbracketed(&linked(part)) }
            },
        )
        .collect::<Vec<_>>()
        .join("`")
}

/// `line` with each `[...]` that is not a Markdown link (`[text](url)`)
/// escaped: rustdoc would read `[Tab]` as a link to an item named `Tab`.
fn unbracketed(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let close = rest[open..].find(']').map(|close| open + close);
        let link = close.is_some_and(|close| rest[close + 1..].starts_with('('));
        let escaped = open > 0 && rest[..open].ends_with('\\');
        out.push_str(&rest[..open]);
        match close {
            Some(close) if !link && !escaped => {
                out.push_str("\\[");
                out.push_str(&rest[open + 1..close]);
                out.push_str("\\]");
                rest = &rest[close + 1..];
            }
            _ => {
                out.push('[');
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `line` with each bare `http(s)://` address in `<...>`, which rustdoc links
/// (and does not warn of); one already in `<...>` or a Markdown link stays.
fn linked(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) =
        ["https://", "http://"].iter().filter_map(|scheme| rest.find(scheme)).min()
    {
        let before = &rest[..start];
        let quoted = before.ends_with('<') || before.ends_with("](") || before.ends_with('`');
        let end = rest[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | '"' | '\'' | '`' | ']'))
            .map_or(rest.len(), |end| start + end);
        // A sentence's last mark is not the address's.
        let end = start + rest[start..end].trim_end_matches(['.', ',', ';', ':']).len();
        out.push_str(before);
        if quoted {
            out.push_str(&rest[start..end]);
        } else {
            out.push('<');
            out.push_str(&rest[start..end]);
            out.push('>');
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `lines` as the doc of the item that follows.
fn docs(lines: &[String]) -> TokenStream {
    let lines = doc_lines(lines);
    quote! { #(#[doc = #lines])* }
}

/// `lines` as the doc of the file they stand in.
fn inner_docs(lines: &[String]) -> TokenStream {
    let lines = doc_lines(lines);
    quote! { #(#![doc = #lines])* }
}

fn longest_run(text: &str, of: char) -> usize {
    text.split(|c| c != of).map(str::len).max().unwrap_or(0)
}

/// A doc, then what is approximated in the item, each on a line of its own.
fn docs_and_notes(doc: &[String], notes: &[String]) -> TokenStream {
    let mut lines = doc.to_vec();
    if !notes.is_empty() && !lines.is_empty() {
        lines.push(String::new());
    }
    lines.extend(notes.iter().map(|note| format!("Approximated: {note}.")));
    docs(&lines)
}

/// `value` as a TOML basic string.
fn toml_string(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn manifest(api: &Api, options: &Options) -> String {
    let version = toml_string(env!("CARGO_PKG_VERSION"));
    let restpoint = match &options.restpoint_path {
        Some(path) => format!("{{ path = {}, version = {version} }}", toml_string(path)),
        None => version,
    };
    let mut package = format!(
        "[package]\nname = {}\nversion = \"0.1.0\"\nedition = \"2024\"\n\
         description = {}\n",
        toml_string(&options.name),
        toml_string(&format!("{}: typed endpoints, made by restpoint-import", title(api))),
    );
    match &options.license {
        Some(license) => package.push_str(&format!("license = {}\n", toml_string(license))),
        None => package.push_str("publish = false\n"),
    }
    let dev = if options.samples {
        "\n[dev-dependencies]\n\
         tokio = { version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }\n"
    } else {
        ""
    };
    format!(
        "{package}\n[dependencies]\nrestpoint = {restpoint}\n\
         serde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n{dev}"
    )
}

fn lib(api: &Api) -> Result<TokenStream, String> {
    let endpoints: usize = api.modules.values().map(Vec::len).sum();
    let mut lines = vec![format!(
        "{}, imported by `restpoint-import`: {} in {}, and {} in [`models`].",
        title(api),
        counted(endpoints, "endpoint"),
        counted(api.modules.len(), "module"),
        counted(api.models.models.len(), "model"),
    )];
    if let Some(server) = &api.server {
        lines.push(String::new());
        lines.push(format!(
            "Paths are relative to the API's base URL, such as {server}: \
             `restpoint::Client::builder(\"{server}\")`."
        ));
    }
    if api.inferred {
        lines.push(String::new());
        lines.push("The types of bodies and answers are inferred from examples.".to_owned());
    }
    lines.push(String::new());
    lines.push("What could not be expressed exactly is listed in `IMPORT-REPORT.md`.".to_owned());
    let doc = inner_docs(&lines);
    let base = api.server.as_ref().map(|server| {
        quote! {
            /// The API's base URL, as the description gives it: a client's, with
            /// `restpoint::Client::builder(BASE_URL)`.
            pub const BASE_URL: &str = #server;
        }
    });
    let auth = api.schemes.is_empty().not().then(|| quote! { #[rustfmt::skip] pub mod auth; });
    let modules = api.modules.keys().map(|module| {
        let name = module_name(module);
        // Checked when the module's own file is made.
        syn::parse_str::<syn::Ident>(&name)
            .map_or_else(|_| quote! {}, |name| quote! { #[rustfmt::skip] pub mod #name; })
    });
    // Each module as made: `cargo fmt` in a workspace that holds the crate
    // leaves them so (and a check against the description finds them so).
    Ok(quote! {
        #doc
        #base
        #auth
        #[rustfmt::skip]
        pub mod models;
        #(#modules)*
    })
}

/// The `auth` module: a client builder for each way the description says a
/// client authenticates.
fn auth(api: &Api) -> Result<Option<TokenStream>, String> {
    if api.schemes.is_empty() {
        return Ok(None);
    }
    let (mut unhelped, mut helpers) = (Vec::new(), Vec::new());
    let mut taken = names::Taken::default();
    for scheme in &api.schemes {
        let place = format!("the security scheme `{}`", scheme.key);
        let name = ident(&taken.unique(names::snake(&scheme.key)), &place)?;
        let (what, body, arguments) = match &scheme.kind {
            SchemeKind::Bearer => (
                "a bearer token".to_owned(),
                quote! { .bearer_auth(token) },
                quote! { token: &str },
            ),
            SchemeKind::Basic => (
                "a user name and password (HTTP Basic)".to_owned(),
                quote! { .basic_auth(user, password) },
                quote! { user: &str, password: Option<&str> },
            ),
            SchemeKind::Header(header) => (
                format!("an API key in the header `{header}`"),
                quote! { .sensitive_header(#header, key) },
                quote! { key: &str },
            ),
            SchemeKind::Cookie(cookie) => {
                let prefix = format!("{cookie}=");
                (
                    format!("an API key in the cookie `{cookie}`"),
                    quote! { .sensitive_header("Cookie", &format!("{}{}", #prefix, key)) },
                    quote! { key: &str },
                )
            }
            SchemeKind::ClientCredentials(token_url) => (
                format!("OAuth 2 client credentials, with tokens from {token_url}"),
                quote! { .auth(restpoint::auth::ClientCredentials::new(#token_url, client_id, client_secret)) },
                quote! { client_id: &str, client_secret: &str },
            ),
            SchemeKind::Query(parameter) => {
                let text = format!(
                    "`{}`: an API key in the query parameter `{parameter}`, which a client \
                     cannot add for every call: give it to each endpoint's query.",
                    scheme.key
                );
                unhelped.push(text);
                continue;
            }
            SchemeKind::Other(kind) => {
                let text = format!("`{}`: {kind}; set it up by hand.", scheme.key);
                unhelped.push(text);
                continue;
            }
        };
        let mut lines = vec![format!("`{}`: {what}.", scheme.key)];
        lines.extend(scheme.description.iter().cloned());
        let doc = docs(&lines);
        helpers.push(quote! {
            #doc
            pub fn #name(base_url: &str, #arguments) -> restpoint::ClientBuilder {
                restpoint::Client::builder(base_url) #body
            }
        });
    }
    // Text of the description, as every doc: line by line, never code.
    let unhelped = inner_docs(&unhelped);
    let about =
        inner_docs(&["How clients of this API authenticate: a client builder for each way its \
         description names, its credentials marked sensitive."
            .to_owned()]);
    Ok(Some(quote! {
        #about
        #unhelped
        #(#helpers)*
    }))
}

fn models(api: &Api) -> Result<TokenStream, String> {
    let items = model_items(api)?;
    let header = inner_docs(&[
        "The description's schemas: a struct for each object, an enum for a `oneOf` or an \
         `anyOf`, an alias for the rest."
            .to_owned(),
    ]);
    let uses = derives(api).then(|| quote! { use serde::{Deserialize, Serialize}; });
    Ok(quote! {
        #header
        #uses
        #(#items)*
    })
}

/// Whether a model derives serde's traits (an alias does not).
fn derives(api: &Api) -> bool {
    api.models.models.iter().any(|model| !matches!(model.kind, ModelKind::Alias(_)))
}

/// The source of one endpoint from a curl command: its models, its
/// declaration, and `setup`, the client it needs.
pub fn curl_source(api: &Api, setup: &TokenStream) -> Result<String, String> {
    let models = model_items(api)?;
    let endpoints = api.modules.values().flatten().cloned().collect::<Vec<_>>();
    let endpoints = endpoint_items(&endpoints)?;
    let uses = derives(api).then(|| quote! { use serde::{Deserialize, Serialize}; });
    rust(
        "the command",
        quote! {
            use restpoint::endpoint;
            #uses
            #(#endpoints)*
            #(#models)*
            #setup
        },
    )
}

fn model_items(api: &Api) -> Result<Vec<TokenStream>, String> {
    // The types that are choices of an untagged enum: serde takes the first
    // that fits, so a closed object refuses members it does not have.
    let choices: std::collections::HashSet<&str> = api
        .models
        .models
        .iter()
        .filter_map(|model| match &model.kind {
            ModelKind::Enum(variants) => Some(variants.iter().map(|variant| variant.ty.as_str())),
            _ => None,
        })
        .flatten()
        .collect();
    let mut items = Vec::new();
    for model in &api.models.models {
        let place = format!("the model `{}`", model.name);
        let name = ident(&model.name, &place)?;
        let doc = docs_and_notes(&model.doc, &model.notes);
        items.push(match &model.kind {
            ModelKind::Alias(aliased) => {
                let aliased = ty(aliased, &place)?;
                quote! { #doc pub type #name = #aliased; }
            }
            ModelKind::Enum(variants) => {
                let mut arms = Vec::new();
                for variant in variants {
                    let variant_name = ident(&variant.name, &place)?;
                    let held = ty(&variant.ty, &place)?;
                    arms.push(quote! { #variant_name(#held) });
                }
                // A struct that holds it derives `Default`: the first variant's.
                let default = variants.first().map(|first| {
                    let first = ident(&first.name, &place);
                    first.map(|first| {
                        quote! {
                            impl Default for #name {
                                fn default() -> Self {
                                    #name::#first(Default::default())
                                }
                            }
                        }
                    })
                });
                let default = default.transpose()?;
                let page = model.page.as_ref().map(|_| quote! { , restpoint::Page });
                quote! {
                    #doc
                    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize #page)]
                    #[serde(untagged)]
                    pub enum #name { #(#arms,)* }
                    #default
                }
            }
            ModelKind::Values(values) => {
                let mut variants = Vec::new();
                let mut shown = Vec::new();
                for (index, (variant, value)) in values.iter().enumerate() {
                    let variant = ident(variant, &place)?;
                    // A struct that holds it derives `Default`: the first value.
                    let default = (index == 0).then(|| quote! { #[default] });
                    variants.push(quote! { #default #[serde(rename = #value)] #variant, });
                    shown.push(quote! { #name::#variant => #value, });
                }
                let default = (!values.is_empty()).then(|| quote! { Default, });
                quote! {
                    #doc
                    #[derive(Debug, #default Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
                    pub enum #name {
                        #(#variants)*
                        /// A value the description does not list, kept as it came.
                        #[serde(untagged)]
                        Other(String),
                    }
                    impl std::fmt::Display for #name {
                        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                            f.write_str(match self {
                                #(#shown)*
                                #name::Other(other) => other,
                            })
                        }
                    }
                }
            }
            ModelKind::Struct(members) => {
                let roles = model.page.as_deref().unwrap_or_default();
                let fields = members
                    .iter()
                    .map(|member| {
                        let mut attrs = model_member(member);
                        let role = roles.iter().find(|(ident, _)| *ident == member.ident);
                        attrs.extend(role.map(|(_, role)| format!("#[page({role})]")));
                        struct_field(member, &attrs, &place)
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let page = model.page.as_ref().map(|_| quote! { , restpoint::Page });
                let closed = (model.closed && choices.contains(model.name.as_str()))
                    .then(|| quote! { #[serde(deny_unknown_fields)] });
                quote! {
                    #doc
                    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize #page)]
                    #closed
                    pub struct #name { #(#fields)* }
                }
            }
        });
    }
    Ok(items)
}

/// A field of a model or an endpoint: its doc and notes, its attributes (and
/// serde's, for a model's), its name and type.
fn struct_field(member: &Member, attrs: &[String], place: &str) -> Result<TokenStream, String> {
    let place = format!("{place}, field `{}`", member.ident);
    let doc = docs_and_notes(&member.doc, &member.notes);
    let attrs = attributes(attrs, &place)?;
    let name = ident(&member.ident, &place)?;
    let held = ty(&member.ty, &place)?;
    let held = if member.optional {
        quote! { Option<#held> }
    } else {
        quote! { #held }
    };
    Ok(quote! { #doc #(#attrs)* pub #name: #held, })
}

/// A model's field, with serde's attributes for its wire name and absence.
fn model_member(member: &Member) -> Vec<String> {
    let mut serde = Vec::new();
    if names::unraw(&member.ident) != member.wire {
        serde.push(format!("rename = {}", string_literal(&member.wire)));
    }
    match (member.optional, member.required) {
        // Required and `nullable`: always written, `None` as `null`.
        (true, true) => serde.push("default".to_owned()),
        (true, false) => {
            serde.push("default, skip_serializing_if = \"Option::is_none\"".to_owned());
        }
        (false, _) => {}
    }
    if serde.is_empty() { Vec::new() } else { vec![format!("#[serde({})]", serde.join(", "))] }
}

/// `text` as a Rust string literal.
fn string_literal(text: &str) -> String {
    proc_macro2::Literal::string(text).to_string()
}

fn module_source(module: &str, endpoints: &[Endpoint]) -> Result<TokenStream, String> {
    let items = endpoint_items(endpoints)?;
    let header = inner_docs(&[format!("`{module}`: {}.", counted(endpoints.len(), "endpoint"))]);
    Ok(quote! {
        #header
        #[allow(unused_imports)]
        use crate::models::*;
        use restpoint::endpoint;
        #(#items)*
    })
}

fn endpoint_items(endpoints: &[Endpoint]) -> Result<Vec<TokenStream>, String> {
    let mut items = Vec::new();
    for endpoint in endpoints {
        let place = format!("the endpoint `{}`", endpoint.name);
        let name = ident(&endpoint.name, &place)?;
        let method = ident(&endpoint.method, &place)?;
        let template = syn::LitStr::new(&endpoint.template, proc_macro2::Span::call_site());
        let response = ty(&endpoint.response, &place)?;
        let error = endpoint.error.as_deref().map(|error| ty(error, &place)).transpose()?;
        let error = error.map(|error| quote! { , error = #error });
        let body = endpoint.body_encoding.map(|encoding| ident(encoding, &place)).transpose()?;
        let body = body.map(|encoding| quote! { , body = #encoding });
        let paginate = endpoint
            .paginate
            .as_deref()
            .map(|paginate| {
                syn::parse_str::<TokenStream>(paginate)
                    .map_err(|e| bug(&place, &format!("`paginate = {paginate}`: {e}")))
            })
            .transpose()?
            .map(|paginate| quote! { , paginate = #paginate });
        let doc = docs_and_notes(&endpoint.doc, &endpoint.notes);
        let fields = endpoint
            .fields
            .iter()
            .map(|field| struct_field(&field.member, &field.attrs, &place))
            .collect::<Result<Vec<_>, _>>()?;
        // A file has no default: an endpoint that needs one cannot have one either.
        let needs_file = endpoint
            .fields
            .iter()
            .any(|field| !field.member.optional && field.member.ty.ends_with("multipart::File"));
        let derives = if needs_file {
            quote! { Debug, Clone }
        } else {
            quote! { Debug, Clone, Default }
        };
        items.push(quote! {
            #doc
            #[endpoint(#method, #template #body, response = #response #error #paginate)]
            #[derive(#derives)]
            pub struct #name { #(#fields)* }
        });
        if let Some(server) = &endpoint.server {
            let constant = format!(
                "{}_SERVER",
                names::snake(&endpoint.name).trim_start_matches("r#").to_uppercase()
            );
            let constant = ident(&constant, &place)?;
            let doc = format!(" The base URL [`{}`] is served at.", endpoint.name);
            items.push(quote! { #[doc = #doc] pub const #constant: &str = #server; });
        }
    }
    Ok(items)
}

fn report(api: &Api, sources: &[(String, String)]) -> String {
    let endpoints: usize = api.modules.values().map(Vec::len).sum();
    let exact = api.exact_endpoints();
    let mut out = format!(
        "# Import report: {}\n\n{} in {}; {}. {exact} of the {endpoints} operations are \
         declared exactly: nothing of them is approximated or left out.\n\n",
        title(api),
        counted(endpoints, "endpoint"),
        counted(api.modules.len(), "module"),
        counted(api.models.models.len(), "model"),
    );
    let made_from: Vec<String> =
        sources.iter().map(|(what, digest)| format!("{what} (SHA-256 `{digest}`)")).collect();
    if !made_from.is_empty() {
        let _ = writeln!(out, "Made from {}.\n", made_from.join(", with "));
    }
    if api.inferred {
        out.push_str(
            "The types of bodies and answers are inferred from the collection's examples \
             (a request's body, a saved `2xx` response): every member is optional, and an \
             answer with no saved example is a `serde_json::Value`.\n\n",
        );
    }
    if api.models.notes.is_empty() {
        out.push_str("Everything was expressed exactly.\n");
        return out;
    }
    let _ = writeln!(
        out,
        "{} approximated (each is also said in the doc where it is):\n",
        match api.models.notes.len() {
            1 => "1 place is".to_owned(),
            n => format!("{n} places are"),
        }
    );
    for note in &api.models.notes {
        let _ = writeln!(out, "- {}: {}", note.place, note.what);
    }
    out
}

/// The API's title and version, as the description gives them.
fn title(api: &Api) -> String {
    match api.version.trim() {
        "" => api.title.clone(),
        version => format!("{} {version}", api.title),
    }
}

/// `1 model`, `2 models`.
fn counted(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// `tests/samples/mod.rs`: a function that sends every operation once, each
/// required field a value the description allows and every other unset, for a
/// test against a validating mock of the description.
fn samples(api: &Api, name: &str) -> Result<TokenStream, String> {
    let krate = ident(&name.replace('-', "_"), "the crate's name")?;
    let mut sends = Vec::new();
    for (module, endpoints) in &api.modules {
        let module = ident(&module_name(module), "a module")?;
        for endpoint in endpoints {
            let place = format!("the samples of `{}`", endpoint.name);
            let name = ident(&endpoint.name, &place)?;
            let fields = endpoint
                .fields
                .iter()
                .map(|field| {
                    let member = ident(&field.member.ident, &place)?;
                    let value = sample_of(field);
                    Ok(quote! { #member: #value, })
                })
                .collect::<Result<Vec<_>, String>>()?;
            let label = format!("{} {}", endpoint.method, endpoint.template);
            sends.push(quote! {
                let request = #krate::#module::#name { #(#fields)* };
                sent(#label, request.send(client).await.map(drop));
            });
        }
    }
    let count: usize = api.modules.values().map(Vec::len).sum();
    let header = inner_docs(&[format!(
        "Every operation of {}, sent once with values its description allows: made by \
         `restpoint-import --samples`, for a test against a validating mock of the \
         description (such as Stoplight Prism).",
        title(api)
    )]);
    Ok(quote! {
        #header

        /// How many operations [`send_every_operation`] sends.
        pub const OPERATIONS: usize = #count;

        /// A `T` from JSON the description allows.
        fn sample<T: serde::de::DeserializeOwned>(json: &str) -> T {
            match serde_json::from_str(json) {
                Ok(value) => value,
                Err(error) => panic!("the sample {json} is not a `{}`: {error}", std::any::type_name::<T>()),
            }
        }

        /// Sends each operation once to `client`, in the crate's order, and gives
        /// `sent` its method and path and what came of it.
        pub async fn send_every_operation(
            client: &restpoint::Client,
            mut sent: impl FnMut(&'static str, Result<(), restpoint::Error>),
        ) {
            #(#sends)*
        }
    })
}

/// A required field's value, from its sample; `None` for an optional one.
fn sample_of(field: &crate::field::Field) -> TokenStream {
    let member = &field.member;
    if member.optional && !member.required {
        return quote! { None };
    }
    if member.ty.ends_with("multipart::File") {
        return quote! {
            restpoint::multipart::File::new("sample.json", "application/json", b"[]".as_slice())
        };
    }
    let value = field.sample.clone().unwrap_or(serde_json::Value::Null);
    // A text field whose value the description gives as JSON: that JSON, as text.
    let value = match value {
        serde_json::Value::String(_) => value,
        other if member.ty == "String" => serde_json::Value::String(other.to_string()),
        other => other,
    };
    let json = value.to_string();
    quote! { sample(#json) }
}

#[cfg(test)]
mod tests {
    use super::{as_doc_text, linked, unbracketed};

    #[test]
    fn description_text_reads_as_rustdoc_text() {
        for (text, expected) in [
            ("see https://auth0.com/docs.", "see <https://auth0.com/docs>."),
            ("(http://a.example/x)", "(<http://a.example/x>)"),
            (
                "<https://a.example> and [a](https://b.example)",
                "<https://a.example> and [a](https://b.example)",
            ),
            ("`https://a.example`", "`https://a.example`"),
        ] {
            assert_eq!(linked(text), expected);
        }
        for (text, expected) in [
            ("[Tab] [Space]", "\\[Tab\\] \\[Space\\]"),
            ("[docs](https://a.example)", "[docs](https://a.example)"),
            ("a [ alone", "a [ alone"),
            ("\\[kept\\]", "\\[kept\\]"),
        ] {
            assert_eq!(unbracketed(text), expected);
        }
        for (text, expected) in [
            ("in [`models`]: [Tab]", "in [`models`]: \\[Tab\\]"),
            (
                "`builder(\"https://a.example\")` or https://b.example",
                "`builder(\"https://a.example\")` or <https://b.example>",
            ),
        ] {
            assert_eq!(as_doc_text(text), expected);
        }
    }
}
