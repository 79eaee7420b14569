//! Exports every user of a tenant to a file: `POST /api/v2/jobs/users-exports`
//! starts the export; its file, at the job's `location`, is streamed to disk as it
//! arrives, never held whole in memory.
//!
//! ```text
//! cargo run --example export_users [FILE]
//! ```
//!
//! The file is `target/users.ndjson` unless given. With no environment it starts a
//! local stand-in holding 1,234 users; with `AUTH0_DOMAIN` and `AUTH0_TOKEN` it
//! exports your tenant (whose export is gzipped: the file is written as it comes).

use std::collections::BTreeMap;

use restpoint::{Client, endpoint};
use serde::Deserialize;

/// Starts an export of every user.
#[endpoint(POST, "/api/v2/jobs/users-exports", response = Job)]
pub struct ExportUsers {
    pub format: &'static str,
}

#[derive(Debug, Deserialize)]
pub struct Job {
    pub id: String,
    pub status: String,
    pub location: Option<String>,
}

/// The export's file, at its signed URL (the signature in its query): never with
/// the tenant's token.
#[endpoint(GET, "/<path..>", auth = none)]
pub struct DownloadExport {
    pub path: String,
    #[query]
    #[serde(flatten)]
    pub signature: BTreeMap<String, String>,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let file = std::env::args().nth(1).unwrap_or_else(|| "target/users.ndjson".to_owned());
    let standin = auth0_standin::StandIn::builder().users(1234);
    let target = auth0_standin::Target::from_env_or(standin).await?;
    let client = Client::builder(&target.base_url).bearer_auth(&target.token).build()?;

    let job = ExportUsers { format: "json" }.send(&client).await?;
    println!("Export job {}: {}", job.id, job.status);
    let Some(location) = job.location else {
        println!("Not ready yet: ask again with GET /api/v2/jobs/{}", job.id);
        return Ok(());
    };
    // The file's URL: its origin is a client of its own, its path the endpoint's.
    let url = reqwest::Url::parse(&location)?;
    let origin = url.origin().ascii_serialization();
    let storage = Client::new(&origin)?;
    let path = url.path().trim_start_matches('/').to_owned();
    let signature = url.query_pairs().into_owned().collect();
    let download = DownloadExport { path, signature }.stream(&storage).await?;
    let length = download.content_length();
    let written = download.save(&file).await?;
    println!("Wrote {written} bytes (the server said {length:?}) to {file}");
    let lines = std::fs::read_to_string(&file)?.lines().count();
    println!("{lines} users in the export");
    Ok(())
}
