#!/usr/bin/env python3
"""Compile-time benchmark: N endpoints declared with restpoint against the same N
endpoints written by hand with reqwest (a `Serialize` body struct and a function
that encodes the path, sends, checks the status and decodes), built side by side.
Each crate also calls every endpoint once (a boxed future each), so that the
sending code is compiled as it is in an application, not only declared.

    python3 benches/compile_time.py            # N = 100, 500, 1000
    python3 benches/compile_time.py 50 200     # other sizes
    python3 benches/compile_time.py --edit-loop 300   # the edit loop at N = 300

For each N it times `cargo check` and `cargo build --release` of each generated
crate (dependencies built beforehand, so only the crate itself is timed, not
incrementally, the median of a few runs), and measures the expanded code per endpoint
(`-Zunpretty=expanded`). It also times a clean build of the macro crate's own
dependencies. It prints a Markdown table for BENCHMARKS.md.
"""

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "target" / "compile-bench"
RUNS = 3

RESPONSES = """
#[derive(Debug, serde::Deserialize)]
pub struct Item {
    pub id: String,
    pub name: String,
    pub created_at: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
pub struct Page {
    pub total: u32,
    pub items: Vec<Item>,
}
"""

# Four shapes, as in the Auth0 Management API: list (GET, query), create (POST,
# JSON body), update (PATCH, path + body), delete (DELETE, two path values).


def restpoint_endpoint(i: int) -> str:
    shape = i % 4
    if shape == 0:
        return f"""
#[endpoint(GET, "/api/v2/things{i}", response = Page)]
pub struct ListThings{i}<'a> {{
    #[query]
    pub q: Option<&'a str>,
    #[query]
    pub page: u32,
    #[query]
    pub per_page: u32,
    #[header("X-Correlation-Id")]
    pub correlation: Option<&'a str>,
}}
"""
    if shape == 1:
        return f"""
#[endpoint(POST, "/api/v2/things{i}", response = Item)]
pub struct CreateThing{i} {{
    pub name: String,
    pub description: Option<String>,
    pub count: Option<u32>,
    pub tags: Vec<String>,
}}
"""
    if shape == 2:
        return f"""
#[endpoint(PATCH, "/api/v2/things{i}/<id>", response = Item)]
pub struct UpdateThing{i}<'a> {{
    pub id: &'a str,
    pub name: Option<&'a str>,
    pub enabled: Option<bool>,
}}
"""
    return f"""
#[endpoint(DELETE, "/api/v2/things{i}/<id>/members/<member_id>", response = ())]
pub struct RemoveMember{i}<'a> {{
    pub id: &'a str,
    pub member_id: &'a str,
}}
"""


def restpoint_call(i: int) -> str:
    """A caller, so that the sending code is compiled as in an application."""
    request = [
        f"ListThings{i} {{ q: Some(\"a\"), page: 0, per_page: 50, correlation: None }}",
        f"CreateThing{i} {{ name: \"a\".into(), description: None, count: Some(1), tags: vec![] }}",
        f"UpdateThing{i} {{ id: \"a|b\", name: None, enabled: Some(true) }}",
        f"RemoveMember{i} {{ id: \"a|b\", member_id: \"c\" }}",
    ][i % 4]
    return f"""
pub fn call{i}(client: &restpoint::Client) -> Call<'_> {{
    Box::pin(async move {{ {request}.send(client).await.map(drop).map_err(|e| e.to_string()) }})
}}
"""


def by_hand_call(i: int) -> str:
    call = [
        f"list_things{i}(client, base, Some(\"a\"), 0, 50, None)",
        f"create_thing{i}(client, base, \"a\", None, Some(1), &[])",
        f"update_thing{i}(client, base, \"a|b\", None, Some(true))",
        f"remove_member{i}(client, base, \"a|b\", \"c\")",
    ][i % 4]
    return f"""
pub fn call{i}<'a>(client: &'a reqwest::Client, base: &'a str) -> Call<'a> {{
    Box::pin(async move {{ {call}.await.map(drop).map_err(|e| format!("{{e:?}}")) }})
}}
"""


CALL_TYPE = """
pub type Call<'a> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), String>> + Send + 'a>>;
"""


def by_hand_endpoint(i: int) -> str:
    shape = i % 4
    if shape == 0:
        return f"""
#[derive(Serialize)]
struct ListThings{i}Query<'a> {{
    #[serde(skip_serializing_if = "Option::is_none")]
    q: Option<&'a str>,
    page: u32,
    per_page: u32,
}}

pub async fn list_things{i}(
    client: &reqwest::Client,
    base: &str,
    q: Option<&str>,
    page: u32,
    per_page: u32,
    correlation: Option<&str>,
) -> Result<Page, Error> {{
    let mut request = client
        .get(format!("{{base}}/api/v2/things{i}"))
        .query(&ListThings{i}Query {{ q, page, per_page }});
    if let Some(correlation) = correlation {{
        request = request.header("X-Correlation-Id", correlation);
    }}
    decode(request.send().await?).await
}}
"""
    if shape == 1:
        return f"""
#[derive(Serialize)]
struct CreateThing{i}Body<'a> {{
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    count: Option<u32>,
    tags: &'a [String],
}}

pub async fn create_thing{i}(
    client: &reqwest::Client,
    base: &str,
    name: &str,
    description: Option<&str>,
    count: Option<u32>,
    tags: &[String],
) -> Result<Item, Error> {{
    let body = CreateThing{i}Body {{ name, description, count, tags }};
    decode(client.post(format!("{{base}}/api/v2/things{i}")).json(&body).send().await?).await
}}
"""
    if shape == 2:
        return f"""
#[derive(Serialize)]
struct UpdateThing{i}Body<'a> {{
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enabled: Option<bool>,
}}

pub async fn update_thing{i}(
    client: &reqwest::Client,
    base: &str,
    id: &str,
    name: Option<&str>,
    enabled: Option<bool>,
) -> Result<Item, Error> {{
    let url = format!("{{base}}/api/v2/things{i}/{{}}", segment(id)?);
    let body = UpdateThing{i}Body {{ name, enabled }};
    decode(client.patch(url).json(&body).send().await?).await
}}
"""
    return f"""
pub async fn remove_member{i}(
    client: &reqwest::Client,
    base: &str,
    id: &str,
    member_id: &str,
) -> Result<(), Error> {{
    let url = format!("{{base}}/api/v2/things{i}/{{}}/members/{{}}", segment(id)?, segment(member_id)?);
    let response = client.delete(url).send().await?;
    let status = response.status();
    let body = response.bytes().await?;
    if status.is_success() {{ Ok(()) }} else {{ Err(Error::Status(status, body.to_vec())) }}
}}
"""


BY_HAND_PRELUDE = """
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Serialize;

const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

#[derive(Debug)]
pub enum Error {
    Transport(reqwest::Error),
    Status(reqwest::StatusCode, Vec<u8>),
    Decode(serde_json::Error, Vec<u8>),
    Path(&'static str),
}

impl From<reqwest::Error> for Error {
    fn from(error: reqwest::Error) -> Self {
        Error::Transport(error)
    }
}

fn segment(value: &str) -> Result<String, Error> {
    match value {
        "" | "." | ".." => Err(Error::Path("cannot be one path segment")),
        _ => Ok(utf8_percent_encode(value, SEGMENT).to_string()),
    }
}

async fn decode<T: serde::de::DeserializeOwned>(response: reqwest::Response) -> Result<T, Error> {
    let status = response.status();
    let body = response.bytes().await?;
    if !status.is_success() {
        return Err(Error::Status(status, body.to_vec()));
    }
    serde_json::from_slice(&body).map_err(|e| Error::Decode(e, body.to_vec()))
}
"""


def write_crates(n: int) -> None:
    shutil.rmtree(WORK / "crates", ignore_errors=True)
    for name, deps, prelude, endpoint, call in [
        (
            "gen_restpoint",
            f'restpoint = {{ path = "{ROOT}" }}\nserde = {{ version = "1", features = ["derive"] }}\n',
            "#![allow(dead_code)]\nuse restpoint::endpoint;\n",
            restpoint_endpoint,
            restpoint_call,
        ),
        (
            "gen_by_hand",
            'reqwest = { version = "0.13", default-features = false, features = ["json", "query"] }\n'
            'serde = { version = "1", features = ["derive"] }\nserde_json = "1"\npercent-encoding = "2"\n',
            "#![allow(dead_code)]\n" + BY_HAND_PRELUDE,
            by_hand_endpoint,
            by_hand_call,
        ),
    ]:
        crate = WORK / "crates" / name
        (crate / "src").mkdir(parents=True)
        (crate / "Cargo.toml").write_text(
            f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
            f"[dependencies]\n{deps}"
        )
        body = prelude + RESPONSES + CALL_TYPE + "".join(endpoint(i) + call(i) for i in range(n))
        (crate / "src" / "lib.rs").write_text(body)
    (WORK / "crates" / "Cargo.toml").write_text(
        '[workspace]\nmembers = ["gen_restpoint", "gen_by_hand"]\nresolver = "3"\n'
    )
    lock = ROOT / "Cargo.lock"
    if lock.exists():
        # The same dependency versions as the project itself.
        shutil.copy(lock, WORK / "crates" / "Cargo.lock")


def cargo(*args: str, env: dict | None = None) -> float:
    start = time.monotonic()
    subprocess.run(
        ["cargo", *args],
        cwd=WORK / "crates",
        # Not incremental: a touched but unchanged file would otherwise reuse most of
        # the last build, and only the macros would be timed.
        env={**os.environ, "CARGO_TARGET_DIR": str(WORK / "target"), "CARGO_INCREMENTAL": "0", **(env or {})},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.monotonic() - start


def timed(package: str, *args: str) -> float:
    """The median time to rebuild only `package`, its dependencies built already."""
    cargo(*args, "-p", package)
    times = []
    for _ in range(RUNS):
        (WORK / "crates" / package / "src" / "lib.rs").touch()
        times.append(cargo(*args, "-p", package))
    return statistics.median(times)


def expanded_bytes(package: str) -> int:
    out = WORK / f"{package}.expanded.rs"
    with open(out, "w") as sink:
        subprocess.run(
            ["cargo", "rustc", "-p", package, "--profile=check", "--", "-Zunpretty=expanded"],
            cwd=WORK / "crates",
            env={**os.environ, "CARGO_TARGET_DIR": str(WORK / "target"), "RUSTC_BOOTSTRAP": "1"},
            check=True,
            stdout=sink,
            stderr=subprocess.DEVNULL,
        )
    return out.stat().st_size


def macro_dependencies_clean_build() -> float:
    target = WORK / "macro-deps-target"
    shutil.rmtree(target, ignore_errors=True)
    start = time.monotonic()
    subprocess.run(
        ["cargo", "build", "-p", "restpoint-macros"],
        cwd=ROOT,
        env={**os.environ, "CARGO_TARGET_DIR": str(target)},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    elapsed = time.monotonic() - start
    shutil.rmtree(target, ignore_errors=True)
    return elapsed


def edit_loop(n: int, rounds: int = 11) -> None:
    """The edit loop as a user meets it: `touch src/lib.rs` and an incremental
    `cargo check` (the default), alternating which crate goes first each round."""
    write_crates(n)
    incremental = {"CARGO_INCREMENTAL": "1"}
    for package in ("gen_restpoint", "gen_by_hand"):
        cargo("check", "-p", package, env=incremental)
        cargo("check", "-p", package, env=incremental)

    def touch_and_check(package: str) -> float:
        (WORK / "crates" / package / "src" / "lib.rs").touch()
        return cargo("check", "-p", package, env=incremental)

    ratios, ours_all, theirs_all = [], [], []
    for round_ in range(rounds):
        if round_ % 2 == 0:
            ours = touch_and_check("gen_restpoint")
            theirs = touch_and_check("gen_by_hand")
        else:
            theirs = touch_and_check("gen_by_hand")
            ours = touch_and_check("gen_restpoint")
        ours_all.append(ours)
        theirs_all.append(theirs)
        ratios.append(ours / theirs)
    ratios.sort()
    print(f"| {n} | touch + incremental cargo check, {rounds} rounds | {statistics.median(ours_all):.2f} | "
          f"{statistics.median(theirs_all):.2f} | ratio median {statistics.median(ratios):.2f} "
          f"(min {ratios[0]:.2f}, max {ratios[-1]:.2f}) |", flush=True)


def main() -> None:
    if sys.argv[1:2] == ["--edit-loop"]:
        WORK.mkdir(parents=True, exist_ok=True)
        print("| N | step | restpoint (s) | by hand (s) | ratio |")
        print("|---|---|---|---|---|")
        for n in [int(n) for n in sys.argv[2:]] or [300]:
            edit_loop(n)
        return
    sizes = [int(n) for n in sys.argv[1:]] or [100, 500, 1000]
    WORK.mkdir(parents=True, exist_ok=True)
    print(f"clean build of restpoint-macros and its dependencies (syn, quote, proc-macro2): "
          f"{macro_dependencies_clean_build():.1f} s\n")
    print("| N | step | restpoint (s) | by hand (s) | restpoint s/endpoint | by hand s/endpoint | ratio |")
    print("|---|---|---|---|---|---|---|")
    sizes_rows = []
    for n in sizes:
        write_crates(n)
        for label, args in [("cargo check", ("check",)), ("cargo build --release", ("build", "--release"))]:
            ours = timed("gen_restpoint", *args)
            theirs = timed("gen_by_hand", *args)
            print(f"| {n} | {label} | {ours:.2f} | {theirs:.2f} | {ours / n * 1000:.2f} ms | "
                  f"{theirs / n * 1000:.2f} ms | {ours / theirs:.2f} |", flush=True)
        sizes_rows.append((n, expanded_bytes("gen_restpoint") / n, expanded_bytes("gen_by_hand") / n))
    print("\n| N | expanded code per endpoint, restpoint | by hand | ratio |")
    print("|---|---|---|---|")
    for n, ours, theirs in sizes_rows:
        print(f"| {n} | {ours / 1024:.1f} KiB | {theirs / 1024:.1f} KiB | {ours / theirs:.2f} |")


if __name__ == "__main__":
    main()
