//! Every description and collection of the corpus (`tests/corpus/`, 14 real APIs
//! of other vendors) imports, has exactly one declaration per operation (the
//! counts of the corpus's own README, made by its `count.py`), lists each
//! approximation in its report, and compiles without a warning. Prints a row per
//! file for BENCHMARKS.md.
//!
//! Run by `.ci/run`: `cargo test --release -p restpoint-import --test corpus --
//! --ignored --nocapture` (a few minutes: fourteen crates are checked).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use common::{TempDir, run_importer};

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace")
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// Each entry of the corpus README's table: its file and its operations.
fn entries() -> Vec<(String, usize)> {
    let readme = std::fs::read_to_string(corpus().join("README.md")).expect("the corpus README");
    readme
        .lines()
        .filter(|line| line.starts_with("| `"))
        .map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let file = cells[1].trim_matches('`').to_owned();
            let operations = cells[9].replace(',', "").parse().expect("a count of operations");
            (file, operations)
        })
        .collect()
}

/// The number written just before the first `word` in `said`.
fn number_before(said: &str, word: &str) -> usize {
    let before = said.find(word).map_or("", |at| &said[..at]);
    let last = before.rsplit([' ', '(']).next().unwrap_or("");
    last.parse().unwrap_or(0)
}

/// How many `#[endpoint(` declarations the crate at `out` holds.
fn declarations(out: &Path) -> usize {
    std::fs::read_dir(out.join("src"))
        .expect("src/")
        .map(|entry| std::fs::read_to_string(entry.expect("a file").path()).expect("text"))
        .map(|source| source.matches("#[endpoint(").count())
        .sum()
}

#[test]
#[ignore = "imports and checks fourteen crates: run in release, as .ci/run does"]
fn every_description_of_the_corpus_imports_compiles_and_declares_each_operation() {
    let entries = entries();
    assert_eq!(entries.len(), 14, "the corpus README lists 14 entries");
    let dir = TempDir::new("restpoint-import-corpus");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let target = workspace().join("target/import-check");
    println!(
        "| file | operations | declarations | exact | models | approximations | import | cargo check |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    let mut failures = Vec::new();
    for (file, operations) in entries {
        let source = corpus().join(&file);
        let kind = if file.starts_with("postman/") { "postman" } else { "openapi" };
        let out = dir.path().join(file.replace(['/', '.'], "-"));
        let started = Instant::now();
        let workspace_path = workspace().as_os_str();
        let import =
            run_importer(kind, &source, &out, &["--restpoint-path".as_ref(), workspace_path]);
        let import_time = started.elapsed();
        let said = String::from_utf8_lossy(&import.stdout).into_owned();
        if !import.status.success() {
            failures.push(format!("{file}: {}", String::from_utf8_lossy(&import.stderr)));
            continue;
        }
        let declared = declarations(&out);
        if declared != operations {
            failures.push(format!("{file}: {declared} declarations for {operations} operations"));
        }
        let report = std::fs::read_to_string(out.join("IMPORT-REPORT.md")).expect("a report");
        let listed = report.lines().filter(|line| line.starts_with("- ")).count();
        let (models, approximations) =
            (number_before(&said, " model"), number_before(&said, " approximation"));
        if listed != approximations {
            failures.push(format!("{file}: {approximations} approximations, {listed} listed"));
        }
        let exact = number_before(&said, " exactly");
        std::fs::copy(workspace().join("Cargo.lock"), out.join("Cargo.lock")).expect("the lock");
        let started = Instant::now();
        let check = Command::new(&cargo)
            .args(["check", "--quiet", "--message-format=short"])
            .current_dir(&out)
            .env("CARGO_TARGET_DIR", &target)
            .output()
            .expect("cargo check runs");
        let check_time = started.elapsed();
        let diagnostics = String::from_utf8_lossy(&check.stderr);
        if !check.status.success() || diagnostics.contains("warning") {
            let first: Vec<&str> = diagnostics.lines().take(5).collect();
            failures.push(format!("{file}: cargo check:\n{}", first.join("\n")));
        }
        println!(
            "| `{file}` | {operations} | {declared} | {exact} | {models} | {approximations} | {:.2} s | {:.1} s |",
            import_time.as_secs_f64(),
            check_time.as_secs_f64()
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
