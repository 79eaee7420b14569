//! The tenant's data: users by id, each a JSON object in Auth0's user shape.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Mutex, MutexGuard, PoisonError};

use serde_json::{Value, json};

/// The Management API token the stand-in accepts.
pub const TOKEN: &str = "standin-management-api-token";
/// The machine-to-machine application that may get [`TOKEN`] from `/oauth/token`.
pub const CLIENT_ID: &str = "standin-client-id";
/// Its secret.
pub const CLIENT_SECRET: &str = "standin-client-secret";
/// A database user to link others to.
pub const PRIMARY_USER_ID: &str = "auth0|63d17c6a9d503d76c056c177";
/// A second database user, to link to the primary one.
pub const SECONDARY_USER_ID: &str = "auth0|63d17c6b77d74b740960460a";
/// A social (Google) user.
pub const SOCIAL_USER_ID: &str = "google-oauth2|108091299999329986433";

pub struct Tenant {
    users: Mutex<BTreeMap<String, Value>>,
    /// Statuses to answer the next requests with, first to last.
    failures: Mutex<VecDeque<u16>>,
}

impl Tenant {
    pub fn seeded() -> Self {
        let mut users = BTreeMap::new();
        let seed = [
            (PRIMARY_USER_ID, "Username-Password-Authentication", "jane@example.com", "Jane Doe"),
            (
                SECONDARY_USER_ID,
                "Username-Password-Authentication",
                "jane.doe@example.org",
                "Jane D.",
            ),
            (SOCIAL_USER_ID, "google-oauth2", "jane.doe@gmail.com", "Jane Doe"),
            (
                "auth0|64a0000000000000000000a1",
                "Username-Password-Authentication",
                "ada@example.com",
                "Ada Lovelace",
            ),
            (
                "auth0|64a0000000000000000000a2",
                "Username-Password-Authentication",
                "alan@example.com",
                "Alan Turing",
            ),
            (
                "auth0|64a0000000000000000000a3",
                "Username-Password-Authentication",
                "grace@example.com",
                "Grace Hopper",
            ),
        ];
        for (user_id, connection, email, name) in seed {
            users.insert(user_id.to_owned(), new_user(user_id, connection, email, name));
        }
        Tenant { users: Mutex::new(users), failures: Mutex::default() }
    }

    pub fn users(&self) -> MutexGuard<'_, BTreeMap<String, Value>> {
        self.users.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn failures(&self) -> MutexGuard<'_, VecDeque<u16>> {
        self.failures.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A user in Auth0's shape, with its one identity.
pub fn new_user(user_id: &str, connection: &str, email: &str, name: &str) -> Value {
    let (provider, id) = user_id.split_once('|').unwrap_or(("auth0", user_id));
    json!({
        "user_id": user_id,
        "email": email,
        "email_verified": true,
        "name": name,
        "created_at": "2024-01-15T09:30:00.000Z",
        "updated_at": "2024-01-15T09:30:00.000Z",
        "blocked": false,
        "app_metadata": {},
        "user_metadata": {},
        "identities": [{
            "connection": connection,
            "user_id": id,
            "provider": provider,
            "isSocial": provider != "auth0",
        }],
    })
}
