//! `restpoint-import`: an API description to a crate of restpoint declarations.
//!
//! OpenAPI 2.0, 3.0 and 3.1 (YAML or JSON, one file or several), Postman
//! collections (v2.0, v2.1) and curl commands become `#[endpoint]` declarations
//! and serde models, one module per tag or folder. The output is built as
//! syntax and formatted: a description's text is only ever in doc attributes and
//! string literals. What a Rust type cannot say exactly is approximated, said
//! where it is and listed in `IMPORT-REPORT.md`; no operation is left out.
//!
//! ```no_run
//! let options = restpoint_import::Options::default();
//! let imported = restpoint_import::openapi("openapi.yaml".as_ref(), &options)?;
//! imported.write("my-api".as_ref())?;
//! println!("{}", imported.summary);
//! # Ok::<(), restpoint_import::Error>(())
//! ```

mod bundle;
mod curl;
mod cycles;
mod description;
mod field;
mod names;
mod note;
mod openapi;
mod overlay;
mod pages;
mod postman;
mod samples;
mod schema;
mod server;
mod swagger2;
mod write;

use std::fmt;
use std::path::Path;

use description::Description;

/// How the crate is named and where it finds restpoint.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The crate's name; from the description's title if `None`.
    pub name: Option<String>,
    /// A path to a restpoint checkout to depend on; crates.io's otherwise.
    pub restpoint_path: Option<String>,
    /// The crate's licence (an SPDX expression): a crate with one may be
    /// published; one without is `publish = false`.
    pub license: Option<String>,
    /// Also write `tests/samples/mod.rs`: a function that sends every operation
    /// once with values the description allows (its examples where it gives
    /// them), for a test against a validating mock such as Stoplight Prism.
    pub samples: bool,
    /// OpenAPI Overlays applied to the description, in order, before it is
    /// read: what a crate adds to a vendor's description, kept apart from it.
    pub overlays: Vec<std::path::PathBuf>,
}

/// Why nothing was imported.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The input could not be read, or is not a description.
    Input(String),
    /// The importer made something that is not Rust: its own bug.
    Bug(String),
    /// The crate could not be written.
    Write(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Input(message) | Error::Bug(message) | Error::Write(message) => {
                f.write_str(message)
            }
        }
    }
}

impl std::error::Error for Error {}

/// A crate made from a description, not yet on disk.
#[derive(Debug)]
pub struct Imported {
    /// Its files, by path relative to its root.
    pub files: Vec<(String, String)>,
    /// What it holds.
    pub summary: Summary,
}

/// What a crate holds, in numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Declarations: one for each operation (or request).
    pub endpoints: usize,
    /// Of them, those in which nothing is approximated.
    pub exact: usize,
    pub modules: usize,
    pub models: usize,
    /// Places approximated, each listed in `IMPORT-REPORT.md`.
    pub approximations: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize, one: &str, many: &str| {
            if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
        };
        write!(
            f,
            "{} in {}, {}, {} ({} exactly; IMPORT-REPORT.md)",
            plural(self.endpoints, "endpoint", "endpoints"),
            plural(self.modules, "module", "modules"),
            plural(self.models, "model", "models"),
            plural(self.approximations, "approximation", "approximations"),
            self.exact,
        )
    }
}

impl Imported {
    /// Writes the crate's files below `out`.
    pub fn write(&self, out: &Path) -> Result<(), Error> {
        write::write(out, &self.files).map_err(|e| Error::Write(format!("{}: {e}", out.display())))
    }

    /// Whether the crate at `out` is what this import makes, byte for byte: the
    /// first difference if not (a file that differs, at its first differing
    /// line; one missing; a Rust file in `src/` that the import does not make).
    /// Files the import never writes (a README, tests written by hand) are not
    /// looked at.
    pub fn check(&self, out: &Path) -> Result<(), Drift> {
        for (path, made) in &self.files {
            let Ok(written) = std::fs::read_to_string(out.join(path)) else {
                return Err(Drift { file: path.clone(), line: 0, written: None, made: None });
            };
            if written == *made {
                continue;
            }
            let (mut written_lines, mut made_lines) = (written.lines(), made.lines());
            let mut line = 1;
            loop {
                let (found, wanted) = (written_lines.next(), made_lines.next());
                if found != wanted {
                    return Err(Drift {
                        file: path.clone(),
                        line,
                        written: found.map(str::to_owned),
                        made: wanted.map(str::to_owned),
                    });
                }
                if found.is_none() {
                    // Only line endings differ.
                    return Err(Drift { file: path.clone(), line, written: None, made: None });
                }
                line += 1;
            }
        }
        let sources = std::fs::read_dir(out.join("src")).into_iter().flatten().flatten();
        for entry in sources {
            let file = format!("src/{}", entry.file_name().to_string_lossy());
            if file.ends_with(".rs") && !self.files.iter().any(|(path, _)| *path == file) {
                return Err(Drift { file, line: 0, written: Some(String::new()), made: None });
            }
        }
        Ok(())
    }
}

/// Where a crate on disk differs from what its import makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    /// The file, relative to the crate's root.
    pub file: String,
    /// Its first differing line, from 1; 0 for a file missing or not made.
    pub line: usize,
    /// That line as written, and as made (`None` past the end).
    pub written: Option<String>,
    pub made: Option<String>,
}

impl fmt::Display for Drift {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, &self.written, &self.made) {
            (0, None, _) => write!(f, "{}: missing; the import makes it", self.file),
            (0, Some(_), _) => write!(f, "{}: the import does not make it", self.file),
            (line, written, made) => {
                let shown = |line: &Option<String>| {
                    line.as_deref()
                        .map_or_else(|| "(the end of the file)".to_owned(), |l| format!("{l:?}"))
                };
                write!(
                    f,
                    "{}:{line}: differs from what the import makes\n  written: {}\n  made:    {}",
                    self.file,
                    shown(written),
                    shown(made)
                )
            }
        }
    }
}

/// Imports the OpenAPI description (2.0, 3.0 or 3.1) at `path`, and the files
/// next to it that it refers to.
pub fn openapi(path: &Path, options: &Options) -> Result<Imported, Error> {
    let bundle::Bundled { root: mut yaml, notes, sources } =
        bundle::bundle(path).map_err(Error::Input)?;
    let mut overlays = Vec::new();
    for overlay in &options.overlays {
        let text = std::fs::read_to_string(overlay)
            .map_err(|e| Error::Input(format!("{}: {e}", overlay.display())))?;
        overlay::apply(&mut yaml, &text)
            .map_err(|e| Error::Input(format!("{}: {e}", overlay.display())))?;
        overlays
            .push((overlay.file_name().unwrap_or_default().to_string_lossy().into_owned(), text));
    }
    if swagger2::is_swagger2(&yaml) {
        yaml = swagger2::to_openapi3(&yaml);
    }
    let mut made_from = vec![described(&sources)];
    made_from.extend(overlays.iter().map(|(name, text)| {
        (format!("the overlay `{name}`"), sha256(&[(name.clone(), text.as_bytes().to_vec())]))
    }));
    crate_of(&Description::from_yaml(&yaml), notes, made_from, options)
}

/// Imports the Postman collection at `path`.
pub fn postman(path: &Path, options: &Options) -> Result<Imported, Error> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Error::Input(format!("{}: {e}", path.display())))?;
    let collection =
        Description::parse(&text).map_err(|e| Error::Input(format!("{}: {e}", path.display())))?;
    let description = Description::from_value(postman::to_openapi(collection.root()));
    let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
    crate_of(&description, Vec::new(), vec![described(&[(name, text.into_bytes())])], options)
}

/// The declaration of one request, given as the arguments of a curl command
/// (`curl` first or not), with the models its body needs and how to set up a
/// client for it, as Rust source.
pub fn curl(arguments: &[String]) -> Result<String, Error> {
    let request = curl::parse(arguments).map_err(Error::Input)?;
    let description = Description::from_value(curl::to_openapi(&request));
    let mut api = openapi::read(&description);
    cycles::break_cycles(&mut api.models);
    write::curl_source(&api, &request.setup()).map_err(Error::Bug)
}

/// The crate of `description`, made from `made_from` (what each input is, and
/// its SHA-256), which the report says.
fn crate_of(
    description: &Description,
    notes: Vec<schema::Note>,
    made_from: Vec<(String, String)>,
    options: &Options,
) -> Result<Imported, Error> {
    let mut api = openapi::read(description);
    api.models.notes.extend(notes);
    cycles::break_cycles(&mut api.models);
    let name = options
        .name
        .clone()
        .unwrap_or_else(|| names::snake(&api.title).replace('_', "-").replace("r#", ""));
    let write_options = write::Options {
        name,
        restpoint_path: options.restpoint_path.clone(),
        license: options.license.clone(),
        samples: options.samples,
        made_from,
    };
    let files = write::files(&api, &write_options).map_err(Error::Bug)?;
    let summary = Summary {
        endpoints: api.modules.values().map(Vec::len).sum(),
        exact: api.exact_endpoints(),
        modules: api.modules.len(),
        models: api.models.models.len(),
        approximations: api.models.notes.len(),
    };
    Ok(Imported { files, summary })
}

/// What a description is, as the report says it (its root file, and how many
/// files it refers to), and the digest of them all.
fn described(sources: &[(String, Vec<u8>)]) -> (String, String) {
    let root = sources.first().map_or("", |(name, _)| name.as_str());
    let what = match sources.len() {
        0 | 1 => format!("`{root}`"),
        2 => format!("`{root}` and the file it refers to"),
        n => format!("`{root}` and the {} files it refers to", n - 1),
    };
    (what, sha256(sources))
}

/// The SHA-256 of `files` (each file's name, length and bytes, in order), in
/// lowercase hex: one file's change of one byte changes it.
fn sha256(files: &[(String, Vec<u8>)]) -> String {
    use sha2::Digest as _;
    let mut digest = sha2::Sha256::new();
    for (name, bytes) in files {
        if files.len() > 1 {
            digest.update((name.len() as u64).to_be_bytes());
            digest.update(name.as_bytes());
            digest.update((bytes.len() as u64).to_be_bytes());
        }
        digest.update(bytes);
    }
    digest.finalize().iter().map(|byte| format!("{byte:02x}")).collect()
}
