//! Imports users from a JSON file: `POST /api/v2/jobs/users-imports`, a multipart
//! body with a file part, read from disk as it is sent (Auth0 takes files of up
//! to 500 MB), and again from disk if the call is retried.
//!
//! ```text
//! cargo run --example import_users [FILE] [CONNECTION_ID]
//! ```

use restpoint::multipart::File;
use restpoint::{Client, endpoint};
use serde::Deserialize;

/// Starts a job that imports the users of a JSON file into a database connection.
#[endpoint(POST, "/api/v2/jobs/users-imports", body = multipart, response = Job)]
pub struct ImportUsers {
    pub users: File,
    pub connection_id: String,
    pub upsert: Option<bool>,
    pub external_id: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct Job {
    pub id: String,
    pub status: String,
    #[serde(rename = "type")]
    pub kind: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/users.json").to_owned()
    });
    let connection_id = args.next().unwrap_or_else(|| "con_standin0000001".to_owned());
    let target = auth0_standin::Target::from_env().await?;
    let client = Client::builder(&target.base_url).bearer_auth(&target.token).build()?;

    let users = File::open(&path, "application/json")?;
    println!("Uploading {} ({} bytes)", users.file_name(), users.len());
    let request = ImportUsers {
        users,
        connection_id,
        upsert: Some(false),
        external_id: Some("nightly-sync".into()),
    };
    let response = client.execute(&request).await?;
    let job = response.body();
    println!("{}: job {} is {} ({})", response.status(), job.id, job.status, job.kind);
    Ok(())
}
