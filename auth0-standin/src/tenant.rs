//! The tenant's data: users by id, each a JSON object in Auth0's user shape.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

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

/// What a stand-in starts with; see [`Builder`](crate::Builder).
#[derive(Debug, Clone)]
pub struct Options {
    pub users: usize,
    pub organizations: usize,
    pub logs: usize,
    pub token_lifetime: Option<Duration>,
    /// Calls a second for the whole tenant, if limited.
    pub rate_limit: Option<u32>,
}

impl Default for Options {
    fn default() -> Self {
        Options { users: 0, organizations: 57, logs: 250, token_lifetime: None, rate_limit: None }
    }
}

pub struct Tenant {
    users: Mutex<BTreeMap<String, Value>>,
    pub organizations: Vec<Value>,
    logs: Mutex<Vec<Value>>,
    /// Statuses to answer the next requests with, first to last.
    failures: Mutex<VecDeque<u16>>,
    /// Tokens `/oauth/token` issued, and when each expires.
    tokens: Mutex<HashMap<String, Instant>>,
    pub token_lifetime: Option<Duration>,
    /// Requests received, by path.
    requests: Mutex<HashMap<String, usize>>,
    /// The tenant-wide rate limit, if any.
    pub limit: Option<crate::limit::Limit>,
}

impl Tenant {
    pub fn new(options: &Options) -> Self {
        let tenant = Tenant::seeded();
        {
            let mut users = tenant.users();
            for n in 0..options.users.saturating_sub(users.len()) {
                let user_id = format!("auth0|65b0{n:020}");
                let email = format!("user{n:04}@example.com");
                let name = format!("User {n:04}");
                users.insert(
                    user_id.clone(),
                    new_user(&user_id, "Username-Password-Authentication", &email, &name),
                );
            }
        }
        tenant.add_logs(options.logs);
        let organizations = (0..options.organizations)
            .map(|n| {
                json!({
                    "id": format!("org_{n:016}"),
                    "name": format!("organization-{n:03}"),
                    "display_name": format!("Organization {n:03}"),
                })
            })
            .collect();
        let limit = options.rate_limit.map(crate::limit::Limit::new);
        Tenant { organizations, token_lifetime: options.token_lifetime, limit, ..tenant }
    }

    /// Appends `count` log events, oldest first.
    pub fn add_logs(&self, count: usize) {
        let mut logs = self.logs();
        let first = logs.len();
        for n in first..first + count {
            logs.push(json!({
                "log_id": format!("90020240115{n:026}"),
                "date": format!("2024-01-15T{:02}:{:02}:{:02}.000Z", n / 3600 % 24, n / 60 % 60, n % 60),
                "type": if n % 7 == 3 { "f" } else { "s" },
                "description": if n % 7 == 3 { "Wrong email or password." } else { "Successful login" },
                "client_name": "My App",
                "user_id": PRIMARY_USER_ID,
            }));
        }
    }

    pub fn logs(&self) -> MutexGuard<'_, Vec<Value>> {
        self.logs.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Issues a new token, valid for the configured lifetime (or [`TOKEN`],
    /// valid for a day, when none is configured).
    pub fn issue_token(&self) -> (String, u64) {
        let Some(lifetime) = self.token_lifetime else { return (TOKEN.to_owned(), 86400) };
        let mut tokens = self.tokens.lock().unwrap_or_else(PoisonError::into_inner);
        let token = format!("standin-token-{}", tokens.len() + 1);
        tokens.insert(token.clone(), Instant::now() + lifetime);
        (token, lifetime.as_secs().max(1))
    }

    /// Whether `token` is accepted: [`TOKEN`], or an issued one not expired.
    pub fn token_state(&self, token: &str) -> TokenState {
        if token == TOKEN {
            return TokenState::Valid;
        }
        let tokens = self.tokens.lock().unwrap_or_else(PoisonError::into_inner);
        match tokens.get(token) {
            Some(expires) if *expires > Instant::now() => TokenState::Valid,
            Some(_) => TokenState::Expired,
            None => TokenState::Invalid,
        }
    }

    pub fn tokens_issued(&self) -> usize {
        self.tokens.lock().unwrap_or_else(PoisonError::into_inner).len()
    }

    pub fn count_request(&self, path: &str) {
        *self
            .requests
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(path.to_owned())
            .or_default() += 1;
    }

    pub fn requests_by_path(&self) -> HashMap<String, usize> {
        self.requests.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub fn requests(&self, path: &str) -> usize {
        self.requests.lock().unwrap_or_else(PoisonError::into_inner).get(path).copied().unwrap_or(0)
    }

    fn seeded() -> Self {
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
        Tenant {
            users: Mutex::new(users),
            organizations: Vec::new(),
            logs: Mutex::default(),
            failures: Mutex::default(),
            tokens: Mutex::default(),
            token_lifetime: None,
            requests: Mutex::default(),
            limit: None,
        }
    }

    pub fn users(&self) -> MutexGuard<'_, BTreeMap<String, Value>> {
        self.users.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn failures(&self) -> MutexGuard<'_, VecDeque<u16>> {
        self.failures.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// What the tenant makes of a token.
pub enum TokenState {
    Valid,
    Expired,
    Invalid,
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
