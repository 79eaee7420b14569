//! The `restpoint-import` command: see the library's documentation, or
//! `restpoint-import --help`.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Turns an API description into restpoint `#[endpoint]` declarations and serde
/// models. Exit status: 0 done, 1 the input could not be imported, 2 the
/// arguments are wrong.
#[derive(Parser)]
#[command(name = "restpoint-import", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// An OpenAPI description: 2.0, 3.0 or 3.1, YAML or JSON, one file or several.
    Openapi {
        /// The description (its root file, for one split over several).
        spec: PathBuf,
        /// An OpenAPI Overlay (1.0) to apply to the description first; repeat for several.
        #[arg(long, value_name = "FILE")]
        overlay: Vec<PathBuf>,
        #[command(flatten)]
        output: Output,
    },
    /// A Postman collection (v2.0 or v2.1).
    Postman {
        /// The collection's JSON file.
        collection: PathBuf,
        #[command(flatten)]
        output: Output,
    },
    /// One curl command: prints its declaration.
    ///
    /// restpoint-import curl -- curl -X POST 'https://api.example/v1/users/42/links' -H 'Authorization: Bearer ...' -d '{"provider":"auth0"}'
    Curl {
        /// The command, after `--`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
        command: Vec<String>,
    },
}

#[derive(Args)]
struct Output {
    /// The folder the crate is written to.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The crate's name (from the description's title unless given).
    #[arg(long)]
    name: Option<String>,
    /// Depend on a local restpoint checkout instead of crates.io's.
    #[arg(long, value_name = "PATH")]
    restpoint_path: Option<String>,
    /// The crate's licence, an SPDX expression (without one the crate is `publish = false`).
    #[arg(long, value_name = "SPDX")]
    license: Option<String>,
    /// Write nothing: check that the crate in --out is what the import makes,
    /// and name the first file and line that differ (exit status 1).
    #[arg(long)]
    check: bool,
    /// Also write tests/samples/mod.rs: every operation sent once with values the
    /// description allows, for a test against a validating mock (Stoplight Prism).
    #[arg(long)]
    samples: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Openapi { spec, overlay, output } => {
            let options = restpoint_import::Options { overlays: overlay, ..options(&output) };
            import(restpoint_import::openapi(&spec, &options), &output)
        }
        Command::Postman { collection, output } => {
            import(restpoint_import::postman(&collection, &options(&output)), &output)
        }
        Command::Curl { command } => restpoint_import::curl(&command),
    };
    match outcome {
        Ok(said) => {
            // A reader that went away (`| head`) is not an error of the import.
            let _ = writeln!(std::io::stdout(), "{said}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("restpoint-import: {error}");
            ExitCode::from(1)
        }
    }
}

fn options(output: &Output) -> restpoint_import::Options {
    restpoint_import::Options {
        name: output.name.clone(),
        restpoint_path: output.restpoint_path.clone(),
        license: output.license.clone(),
        samples: output.samples,
        overlays: Vec::new(),
    }
}

fn import(
    imported: Result<restpoint_import::Imported, restpoint_import::Error>,
    output: &Output,
) -> Result<String, restpoint_import::Error> {
    let imported = imported?;
    if output.check {
        return match imported.check(&output.out) {
            Ok(()) => Ok(format!("{}: as the import makes it", output.out.display())),
            Err(drift) => Err(restpoint_import::Error::Input(format!(
                "{} differs from its description (run the import again without --check): {drift}",
                output.out.display()
            ))),
        };
    }
    imported.write(&output.out)?;
    Ok(format!("{}: {}", output.out.display(), imported.summary))
}
