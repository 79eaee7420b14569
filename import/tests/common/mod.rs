//! What the importer's tests share: a temporary folder, a run of the importer, and
//! cargo on the crates it makes.
#![allow(dead_code, reason = "each test file uses a part of it")]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A folder of its own in the system's temporary one, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    /// A new, empty folder whose name starts with `name`.
    pub fn new(name: &str) -> TempDir {
        static MADE: AtomicUsize = AtomicUsize::new(0);
        let n = MADE.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `restpoint-import KIND SOURCE --out OUT` and `extra` arguments.
pub fn run_importer(kind: &str, source: &Path, out: &Path, extra: &[&OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_restpoint-import"))
        .args([kind.as_ref(), source.as_os_str(), "--out".as_ref(), out.as_os_str()])
        .args(extra)
        .output()
        .expect("the importer runs")
}

/// The workspace's folder.
pub fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace")
}

/// The workspace's `Cargo.lock` in `dir`: a made crate (or the workspace of made
/// crates) there builds with the versions the workspace builds with.
pub fn copy_lock(dir: &Path) {
    std::fs::copy(workspace().join("Cargo.lock"), dir.join("Cargo.lock")).expect("the lock");
}

/// The cargo running the tests, in `dir`, building into a target folder of the
/// tests' own (`target/import-check`: the running `cargo test`'s may be locked).
pub fn cargo_in(dir: &Path) -> Command {
    let mut cargo = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cargo.current_dir(dir).env("CARGO_TARGET_DIR", workspace().join("target/import-check"));
    cargo
}

/// Makes the crate at `dir` depend on restpoint without its default features,
/// so without a TLS stack: what these tests check of a generated crate (that it
/// compiles without a warning, and sends over plain HTTP to a loopback server)
/// does not depend on it, and its build (aws-lc's C, in a target folder of the
/// tests' own) is most of a minute on two cores.
pub fn without_tls(dir: &Path) {
    let path = dir.join("Cargo.toml");
    let manifest = std::fs::read_to_string(&path).expect("a manifest");
    let dependency = "\nrestpoint = { path = ";
    assert!(manifest.contains(dependency), "restpoint by path: {manifest}");
    let manifest =
        manifest.replacen(dependency, "\nrestpoint = { default-features = false, path = ", 1);
    std::fs::write(&path, manifest).expect("the manifest");
}
