//! The crate on disk: `Cargo.toml`, `src/lib.rs`, `src/models.rs`, a module per
//! tag, and `IMPORT-REPORT.md`, written as a person would write them.

mod auth;
mod doc_text;
mod items;
mod samples_test;
mod server;
mod syntax;

use std::fmt::Write as _;
use std::ops::Not as _;
use std::path::Path;

use proc_macro2::TokenStream;
use quote::quote;

pub use items::curl_source;

use crate::names;
use crate::openapi::Api;
use doc_text::inner_docs;
use syntax::{counted, module_name, title};

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
        ("src/lib.rs".to_owned(), syntax::rust("src/lib.rs", lib(api)?)?),
        ("src/models.rs".to_owned(), syntax::rust("src/models.rs", items::models(api)?)?),
    ];
    if let Some(auth) = auth::auth(api)? {
        files.push(("src/auth.rs".to_owned(), syntax::rust("src/auth.rs", auth)?));
    }
    for (module, endpoints) in &api.modules {
        let path = format!("src/{}.rs", names::unraw(&module_name(module)));
        let source = items::module_source(module, endpoints)?;
        files.push((path.clone(), syntax::rust(&path, source)?));
    }
    if options.samples {
        let path = "tests/samples/mod.rs";
        files.push((
            path.to_owned(),
            syntax::rust(path, samples_test::samples(api, &options.name)?)?,
        ));
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
        "{package}\n[lib]\n\
         # Made code, no unit tests: `cargo test` builds the crate once, not twice.\n\
         test = false\n\n[dependencies]\nrestpoint = {restpoint}\n\
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
        lines.push(server::about(server));
    }
    if api.inferred {
        lines.push(String::new());
        lines.push("The types of bodies and answers are inferred from examples.".to_owned());
    }
    lines.push(String::new());
    lines.push("What could not be expressed exactly is listed in `IMPORT-REPORT.md`.".to_owned());
    let doc = inner_docs(&lines);
    let base = api.server.as_ref().map(server::items).transpose()?;
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
