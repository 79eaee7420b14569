//! How clients of this API authenticate: a client builder for each way its description names, its credentials marked sensitive.
/// `bearerAuth`: a bearer token.
pub fn bearer_auth(base_url: &str, token: &str) -> restpoint::ClientBuilder {
    restpoint::Client::builder(base_url).bearer_auth(token)
}

/// `oAuth2ClientCredentials`: OAuth 2 client credentials, with tokens from <https://login0.local.dev.auth0.com/oauth/token/>.
pub fn o_auth2_client_credentials(
    base_url: &str,
    client_id: &str,
    client_secret: &str,
) -> restpoint::ClientBuilder {
    restpoint::Client::builder(base_url)
        .auth(
            restpoint::auth::ClientCredentials::new(
                "https://login0.local.dev.auth0.com/oauth/token/",
                client_id,
                client_secret,
            ),
        )
}
