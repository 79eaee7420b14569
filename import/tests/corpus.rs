//! Every description and collection of the corpus (`tests/corpus/`, 14 real APIs
//! of other vendors) imports, has exactly one declaration per operation (the
//! counts of the corpus's own README, made by its `count.py`), lists each
//! approximation in its report, and compiles without a warning. Prints a row per
//! file for BENCHMARKS.md.
//!
//! `cargo test -p restpoint-import --test corpus -- --ignored --nocapture` (a few
//! minutes: fourteen crates are checked, together in one workspace); `.ci/run` runs it
//! with the other ignored tests, on the binaries `cargo test` built.

mod common;

use std::path::{Path, PathBuf};
use std::time::Instant;

use common::{TempDir, cargo_in, copy_lock, run_importer, without_tls, workspace};

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
#[ignore = "imports fourteen descriptions and checks the crates made of them: minutes; run by .ci/run"]
fn every_description_of_the_corpus_imports_compiles_and_declares_each_operation() {
    let entries = entries();
    assert_eq!(entries.len(), 14, "the corpus README lists 14 entries");
    let dir = TempDir::new("restpoint-import-corpus");
    println!("| file | operations | declarations | exact | models | approximations | import |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let mut failures = Vec::new();
    let mut crates = Vec::new();
    for (file, operations) in entries {
        let source = corpus().join(&file);
        let kind = if file.starts_with("postman/") { "postman" } else { "openapi" };
        let member = file.replace(['/', '.'], "-");
        let out = dir.path().join(&member);
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
        without_tls(&out);
        println!(
            "| `{file}` | {operations} | {declared} | {exact} | {models} | {approximations} | {:.2} s |",
            import_time.as_secs_f64(),
        );
        crates.push((file, member));
    }
    let started = Instant::now();
    failures.extend(check_together(dir.path(), &crates));
    println!(
        "\n`cargo check` of the {} crates, in one workspace: {:.1} s",
        crates.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `cargo check` of the crates made (`(file, folder)` in `dir`) as the members of one
/// workspace, so that cargo checks them side by side on every core: what fails or
/// warns, named by the file the crate was made from.
fn check_together(dir: &Path, crates: &[(String, String)]) -> Vec<String> {
    let members: Vec<String> = crates.iter().map(|(_, member)| format!("{member:?}")).collect();
    let manifest = format!("[workspace]\nresolver = \"3\"\nmembers = [{}]\n", members.join(", "));
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("the workspace's manifest");
    copy_lock(dir);
    let check = cargo_in(dir)
        .args(["check", "--workspace", "--quiet", "--message-format=json-diagnostic-short"])
        .output()
        .expect("cargo check runs");
    let mut failures = Vec::new();
    for line in String::from_utf8_lossy(&check.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else { continue };
        let diagnostic = &message["message"];
        if message["reason"] != "compiler-message"
            || !matches!(diagnostic["level"].as_str(), Some("warning" | "error"))
        {
            continue;
        }
        let manifest = message["manifest_path"].as_str().unwrap_or("");
        let file = crates
            .iter()
            .find(|(_, member)| Path::new(manifest).parent() == Some(&dir.join(member)))
            .map_or(manifest, |(file, _)| file.as_str());
        let rendered = diagnostic["rendered"].as_str().unwrap_or("").trim_end();
        failures.push(format!("{file}: cargo check: {rendered}"));
    }
    // Cargo's own warnings (about a manifest, say) and failures before any crate.
    let said = String::from_utf8_lossy(&check.stderr);
    if said.contains("warning") || (!check.status.success() && failures.is_empty()) {
        failures.push(format!("cargo check: {said}"));
    }
    failures
}
