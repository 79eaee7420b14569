//! The crate on disk: `Cargo.toml`, `src/lib.rs`, `src/models.rs`, a module per
//! tag, and `IMPORT-REPORT.md`, written as a person would write them.

use std::fmt::Write as _;
use std::path::Path;

use crate::openapi::{Api, Endpoint};
use crate::schema::{Member, ModelKind};

/// How the crate is named and where it finds restpoint.
pub struct Options {
    pub name: String,
    /// A path to a restpoint checkout; crates.io's otherwise.
    pub restpoint_path: Option<String>,
}

/// The crate's files, by path relative to its root.
pub fn files(api: &Api, options: &Options) -> Vec<(String, String)> {
    let mut files = vec![
        ("Cargo.toml".to_owned(), manifest(options)),
        ("src/lib.rs".to_owned(), lib(api)),
        ("src/models.rs".to_owned(), models(api)),
    ];
    for (module, endpoints) in &api.modules {
        files.push((format!("src/{}.rs", module_file(module)), module_source(module, endpoints)));
    }
    files.push(("IMPORT-REPORT.md".to_owned(), report(api)));
    files
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

/// A module's name, kept clear of the crate's own `models` and `lib`.
fn module_file(module: &str) -> String {
    match module {
        "models" | "lib" | "main" => format!("{module}_endpoints"),
        _ => module.to_owned(),
    }
}

fn manifest(options: &Options) -> String {
    let restpoint = match &options.restpoint_path {
        Some(path) => format!("{{ path = {path:?} }}"),
        None => format!("{:?}", env!("CARGO_PKG_VERSION")),
    };
    format!(
        "[package]\nname = {:?}\nversion = \"0.1.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nrestpoint = {restpoint}\nserde = {{ version = \"1\", features = [\"derive\"] }}\n\
         serde_json = \"1\"\n",
        options.name
    )
}

fn lib(api: &Api) -> String {
    let endpoints: usize = api.modules.values().map(Vec::len).sum();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! {}, imported by `restpoint-import`:\n//! {}, and {} in [`models`].",
        title(api),
        counted(endpoints, "endpoint") + " in " + &counted(api.modules.len(), "module"),
        counted(api.models.models.len(), "model"),
    );
    if let Some(server) = &api.server {
        let _ = writeln!(
            out,
            "//!\n//! Paths are relative to the API's base URL, such as {server}:\n\
             //! `restpoint::Client::builder(\"{server}\")`."
        );
    }
    if api.inferred {
        let _ =
            writeln!(out, "//!\n//! The types of bodies and answers are inferred from examples.");
    }
    let _ = writeln!(
        out,
        "//!\n//! What could not be expressed exactly is listed in `IMPORT-REPORT.md`.\n"
    );
    out.push_str("pub mod models;\n");
    for module in api.modules.keys() {
        let _ = writeln!(out, "pub mod {};", module_file(module));
    }
    out
}

fn doc(out: &mut String, indent: &str, lines: &[String]) {
    for line in lines {
        if line.is_empty() {
            let _ = writeln!(out, "{indent}///");
        } else {
            let _ = writeln!(out, "{indent}/// {line}");
        }
    }
}

fn notes(out: &mut String, indent: &str, member: &Member) {
    for note in &member.notes {
        let _ = writeln!(out, "{indent}// Approximated: {note}.");
    }
}

fn models(api: &Api) -> String {
    let mut out = String::from(
        "//! The description's schemas: a struct for each object, an alias for the rest.\n\n\
         use serde::{Deserialize, Serialize};\n",
    );
    for model in &api.models.models {
        out.push('\n');
        doc(&mut out, "", &model.doc);
        match &model.kind {
            ModelKind::Alias(ty) => {
                for note in &model.notes {
                    let _ = writeln!(out, "// Approximated: {note}.");
                }
                let _ = writeln!(out, "pub type {} = {ty};", model.name);
            }
            ModelKind::Enum(variants) => {
                out.push_str("#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]\n");
                out.push_str("#[serde(untagged)]\n");
                let _ = writeln!(out, "pub enum {} {{", model.name);
                for variant in variants {
                    let _ = writeln!(out, "    {}({}),", variant.name, variant.ty);
                }
                out.push_str("}\n");
                // A struct that holds it derives `Default`: the first variant's.
                if let Some(first) = variants.first() {
                    let _ = writeln!(
                        out,
                        "\nimpl Default for {name} {{\n    fn default() -> Self {{\n        \
                         {name}::{}(Default::default())\n    }}\n}}",
                        first.name,
                        name = model.name
                    );
                }
            }
            ModelKind::Struct(members) => {
                out.push_str(
                    "#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]\n",
                );
                let _ = writeln!(out, "pub struct {} {{", model.name);
                for member in members {
                    doc(&mut out, "    ", &member.doc);
                    notes(&mut out, "    ", member);
                    let mut serde = Vec::new();
                    if crate::names::unraw(&member.ident) != member.wire {
                        serde.push(format!("rename = {:?}", member.wire));
                    }
                    if member.optional {
                        serde.push("default, skip_serializing_if = \"Option::is_none\"".to_owned());
                    }
                    if !serde.is_empty() {
                        let _ = writeln!(out, "    #[serde({})]", serde.join(", "));
                    }
                    let _ = writeln!(out, "    pub {}: {},", member.ident, field_type(member));
                }
                out.push_str("}\n");
            }
        }
    }
    out
}

fn field_type(member: &Member) -> String {
    if member.optional { format!("Option<{}>", member.ty) } else { member.ty.clone() }
}

fn module_source(module: &str, endpoints: &[Endpoint]) -> String {
    let mut out = format!(
        "//! `{module}`: {} endpoint{}.\n\n#[allow(unused_imports)]\nuse crate::models::*;\nuse restpoint::endpoint;\n",
        endpoints.len(),
        if endpoints.len() == 1 { "" } else { "s" }
    );
    for endpoint in endpoints {
        out.push('\n');
        doc(&mut out, "", &endpoint.doc);
        let mut args = format!("{}, {:?}", endpoint.method, endpoint.template);
        if let Some(encoding) = endpoint.body_encoding {
            let _ = write!(args, ", body = {encoding}");
        }
        let _ = write!(args, ", response = {}", endpoint.response);
        if let Some(paginate) = &endpoint.paginate {
            let _ = write!(args, ", paginate = {paginate}");
        }
        for note in &endpoint.notes {
            let _ = writeln!(out, "// Approximated: {note}.");
        }
        let _ = writeln!(out, "#[endpoint({args})]");
        out.push_str("#[derive(Debug, Clone, Default)]\n");
        if endpoint.fields.is_empty() {
            let _ = writeln!(out, "pub struct {} {{}}", endpoint.name);
            continue;
        }
        let _ = writeln!(out, "pub struct {} {{", endpoint.name);
        for field in &endpoint.fields {
            doc(&mut out, "    ", &field.member.doc);
            notes(&mut out, "    ", &field.member);
            for attr in &field.attrs {
                let _ = writeln!(out, "    {attr}");
            }
            let _ = writeln!(out, "    pub {}: {},", field.member.ident, field_type(&field.member));
        }
        out.push_str("}\n");
    }
    out
}

fn report(api: &Api) -> String {
    let endpoints: usize = api.modules.values().map(Vec::len).sum();
    let mut out = format!(
        "# Import report: {}\n\n{} in {}; {}.\n\n",
        title(api),
        counted(endpoints, "endpoint"),
        counted(api.modules.len(), "module"),
        counted(api.models.models.len(), "model"),
    );
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
        "{} approximated (each also has a comment where it is):\n",
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
