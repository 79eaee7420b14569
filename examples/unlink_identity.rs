//! Links a secondary account, then unlinks it again:
//! `DELETE /api/v2/users/{id}/identities/{provider}/{user_id}`, three placeholders.
//!
//! ```text
//! cargo run --example unlink_identity [PRIMARY_USER_ID] [SECONDARY_USER_ID]
//! ```

use restpoint::{Client, endpoint};
use serde::Deserialize;

/// Links a secondary account to the primary user `id`.
#[endpoint(POST, "/api/v2/users/<id>/identities", response = Vec<Identity>)]
pub struct LinkUserAccount<'a> {
    pub id: &'a str,
    pub provider: &'a str,
    pub user_id: &'a str,
}

/// Unlinks the identity `provider|user_id` from the user `id`.
#[endpoint(DELETE, "/api/v2/users/<id>/identities/<provider>/<user_id>", response = Vec<Identity>)]
pub struct UnlinkIdentity<'a> {
    pub id: &'a str,
    pub provider: &'a str,
    pub user_id: &'a str,
}

#[derive(Debug, Deserialize)]
pub struct Identity {
    pub provider: String,
    pub user_id: serde_json::Value,
}

fn show(identities: &[Identity]) -> String {
    let names: Vec<String> = identities
        .iter()
        .map(|i| {
            format!(
                "{}|{}",
                i.provider,
                i.user_id.as_str().map_or_else(|| i.user_id.to_string(), str::to_owned)
            )
        })
        .collect();
    names.join(", ")
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let primary = args.next().unwrap_or_else(|| auth0_standin::PRIMARY_USER_ID.to_owned());
    let secondary = args.next().unwrap_or_else(|| auth0_standin::SOCIAL_USER_ID.to_owned());
    let (provider, user_id) =
        secondary.split_once('|').ok_or("the secondary id looks like `provider|id`")?;
    let target = auth0_standin::Target::from_env().await?;
    let client = Client::builder(&target.base_url).bearer_auth(&target.token).build()?;

    let linked = LinkUserAccount { id: &primary, provider, user_id }.send(&client).await?;
    println!("linked:   {}", show(&linked));
    // The `|` of the primary id is sent as `%7C`; each value stays one segment.
    let left = UnlinkIdentity { id: &primary, provider, user_id }.send(&client).await?;
    println!("unlinked: {}", show(&left));
    Ok(())
}
