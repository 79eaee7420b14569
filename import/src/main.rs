//! `restpoint-import`: an OpenAPI 3 description (YAML or JSON) or a Postman
//! collection to a library crate of `#[endpoint]` declarations and serde models,
//! one module per tag (or folder).
//!
//! ```text
//! cargo run -p restpoint-import -- openapi SPEC --out DIR [--name NAME] [--restpoint-path PATH]
//! cargo run -p restpoint-import -- postman COLLECTION --out DIR [...]
//! ```
//!
//! What a Rust type cannot say exactly (`oneOf`, a multipart body) is
//! approximated, commented where it is, and listed in `IMPORT-REPORT.md`.

mod bundle;
mod cycles;
mod description;
mod names;
mod openapi;
mod postman;
mod schema;
mod swagger2;
mod write;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use description::Description;

const USAGE: &str =
    "usage: restpoint-import openapi SPEC --out DIR [--name NAME] [--restpoint-path PATH]
       restpoint-import postman COLLECTION --out DIR [--name NAME] [--restpoint-path PATH]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("restpoint-import: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let mut args = args.into_iter();
    let (kind, spec) = match (args.next(), args.next()) {
        (Some(kind), Some(spec)) => (kind, spec),
        _ => return Err(USAGE.to_owned()),
    };
    let (mut out, mut name, mut restpoint_path) = (None, None, None);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or_else(|| format!("`{flag}` needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--out" => out = Some(PathBuf::from(value)),
            "--name" => name = Some(value),
            "--restpoint-path" => restpoint_path = Some(value),
            _ => return Err(format!("unknown option `{flag}`\n{USAGE}")),
        }
    }
    let out = out.ok_or_else(|| format!("`--out DIR` is required\n{USAGE}"))?;
    let (root, notes) = match kind.as_str() {
        "openapi" => {
            let (mut yaml, notes) = bundle::bundle(Path::new(&spec))?;
            if swagger2::is_swagger2(&yaml) {
                yaml = swagger2::to_openapi3(&yaml);
            }
            (Description::from_yaml(&yaml), notes)
        }
        "postman" => (
            Description::from_value(postman::to_openapi(load(Path::new(&spec))?.root())),
            Vec::new(),
        ),
        other => return Err(format!("unknown description kind `{other}`\n{USAGE}")),
    };
    let mut api = openapi::read(&root);
    api.models.notes.extend(notes);
    cycles::break_cycles(&mut api.models);
    let name = name.unwrap_or_else(|| names::snake(&api.title).replace('_', "-").replace("r#", ""));
    let files = write::files(&api, &write::Options { name, restpoint_path })?;
    write::write(&out, &files).map_err(|e| format!("{}: {e}", out.display()))?;
    let endpoints: usize = api.modules.values().map(Vec::len).sum();
    let notes = match api.models.notes.len() {
        1 => "1 approximation".to_owned(),
        n => format!("{n} approximations"),
    };
    Ok(format!(
        "{}: {endpoints} endpoints in {} modules, {} models, {notes} (IMPORT-REPORT.md)",
        out.display(),
        api.modules.len(),
        api.models.models.len(),
    ))
}

/// The description at `path`, from JSON or YAML.
fn load(path: &Path) -> Result<Description, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    Description::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}
