//! Exports a tenant's log events to a file, resumably: `GET /api/v2/logs` declared
//! with `paginate = cursor(from, key = log_id, take)` (Auth0's checkpoint
//! paging), walked item by item, the checkpoint saved after each page. A run
//! that stops (or is stopped) continues where it stopped; a later run exports
//! only the events that came since.
//!
//! ```text
//! cargo run --example export_logs [--stop-after N] [DIR]
//! ```
//!
//! Events are appended to `DIR/logs.jsonl` and the checkpoint kept in
//! `DIR/logs.checkpoint.json` (`DIR` is `target/export_logs` by default). With
//! no environment it starts a local stand-in holding 250 events; with
//! `AUTH0_DOMAIN` and `AUTH0_TOKEN` it exports your tenant's.

use std::io::Write;
use std::path::PathBuf;

use restpoint::page::Checkpoint;
use restpoint::{Client, endpoint};
use serde::{Deserialize, Serialize};

/// Log events after `from` (a `log_id`), oldest first, `take` a page.
#[endpoint(GET, "/api/v2/logs", response = Vec<LogEvent>,
           paginate = cursor(from, key = log_id, take))]
pub struct ListLogs {
    #[query]
    pub from: Option<String>,
    #[query]
    pub take: u32,
}

/// One log event; the fields this export keeps.
#[derive(Debug, Deserialize, Serialize)]
pub struct LogEvent {
    pub log_id: String,
    pub date: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub description: Option<String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (mut stop_after, mut dir) = (None, PathBuf::from("target/export_logs"));
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--stop-after" => stop_after = args.next().and_then(|n| n.parse::<u64>().ok()),
            _ => dir = PathBuf::from(arg),
        }
    }
    std::fs::create_dir_all(&dir)?;
    let (export_path, checkpoint_path) = (dir.join("logs.jsonl"), dir.join("logs.checkpoint.json"));

    let target = auth0_standin::Target::from_env().await?;
    let client = Client::builder(&target.base_url).bearer_auth(&target.token).build()?;

    let mut events = ListLogs { from: None, take: 100 }.items(&client);
    match std::fs::read_to_string(&checkpoint_path) {
        Ok(saved) => {
            let checkpoint: Checkpoint = serde_json::from_str(&saved)?;
            println!("Resuming from the checkpoint in {}: {checkpoint}", checkpoint_path.display());
            events = events.resume(checkpoint);
        }
        Err(_) => println!("No checkpoint in {}: exporting from the oldest event", dir.display()),
    }
    if let Some(limit) = stop_after {
        events = events.limit(limit);
    }

    let mut export = std::fs::OpenOptions::new().create(true).append(true).open(&export_path)?;
    let mut exported = 0u64;
    while let Some(event) = events.try_next().await? {
        serde_json::to_writer(&mut export, &event)?;
        export.write_all(b"\n")?;
        exported += 1;
        // Every 100 events and at the end, the events first, then where they
        // end: a run stopped in between repeats at most those 100, and skips none.
        if exported % 100 == 0 {
            export.flush()?;
            std::fs::write(&checkpoint_path, serde_json::to_string(&events.checkpoint())?)?;
        }
    }
    export.flush()?;
    std::fs::write(&checkpoint_path, serde_json::to_string(&events.checkpoint())?)?;
    println!(
        "Exported {exported} events to {}; the checkpoint is saved: run again to continue",
        export_path.display()
    );
    Ok(())
}
