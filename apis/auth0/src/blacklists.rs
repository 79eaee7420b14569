//! `blacklists`: 2 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get blacklisted tokens
///
/// `GET /blacklists/tokens` (`get_tokens`).
#[endpoint(GET, "/blacklists/tokens", response = Vec<Token>, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetTokens {
    /// Optional filter on the JWT's aud claim (the client_id to which the JWT was issued).
    #[query]
    pub aud: Option<String>,
}

/// Blacklist a token
///
/// `POST /blacklists/tokens` (`post_tokens`).
#[endpoint(POST, "/blacklists/tokens", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostTokens {
    /// JWT's aud claim (the client_id to which the JWT was issued).
    pub aud: Option<String>,
    /// jti (unique ID within aud) of the blacklisted JWT.
    pub jti: String,
}
