//! `POST /oauth/token`: the client-credentials grant, as Auth0's Authentication
//! API answers it.

use std::collections::HashMap;
use std::sync::Arc;

use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::tenant::{CLIENT_ID, CLIENT_SECRET, Tenant};

pub async fn token(
    State(tenant): State<Arc<Tenant>>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let field = |key: &str| form.get(key).map(String::as_str);
    let oauth_error = |status: StatusCode, error: &str, description: &str| {
        (status, axum::Json(json!({ "error": error, "error_description": description })))
            .into_response()
    };
    if field("grant_type") != Some("client_credentials") {
        return oauth_error(
            StatusCode::FORBIDDEN,
            "unsupported_grant_type",
            "Grant type not allowed for the client.",
        );
    }
    if field("client_id") != Some(CLIENT_ID) || field("client_secret") != Some(CLIENT_SECRET) {
        return oauth_error(StatusCode::UNAUTHORIZED, "access_denied", "Unauthorized");
    }
    let Some(audience) = field("audience") else {
        return oauth_error(
            StatusCode::FORBIDDEN,
            "access_denied",
            "No audience parameter was provided.",
        );
    };
    let (token, expires_in) = tenant.issue_token();
    let body = json!({
        "access_token": token,
        "scope": field("scope").unwrap_or("read:users update:users create:users"),
        "expires_in": expires_in,
        "token_type": "Bearer",
        "audience": audience,
    });
    axum::Json(body).into_response()
}
