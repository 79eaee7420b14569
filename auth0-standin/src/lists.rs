//! `GET /api/v2/organizations` and `GET /api/v2/logs`: the lists Auth0 pages by
//! checkpoint (`from`/`take`) as well as by page number.

use std::collections::HashMap;
use std::sync::Arc;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use crate::error::{ApiError, authorize, json};
use crate::tenant::Tenant;

/// Auth0 serves the first 1,000 records of a list by page number.
pub const OFFSET_CAP: usize = 1000;

type Params = HashMap<String, String>;

/// `key` as a number, `default` if absent, Auth0's `400` if not a number or
/// above `max`.
fn number(params: &Params, key: &str, default: usize, max: usize) -> Result<usize, ApiError> {
    let invalid = || {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("Query validation error: '{key}' must be a number at most {max}"),
            "invalid_query_string",
        )
    };
    match params.get(key) {
        None => Ok(default),
        Some(text) => text.parse::<usize>().ok().filter(|n| *n <= max).ok_or_else(invalid),
    }
}

/// `GET /api/v2/organizations`: by checkpoint when `from` or `take` is given
/// (`{"organizations": [...], "next": "..."}`, no `next` on the last page), else
/// by `page`/`per_page` within the first 1,000 records (`include_totals` for
/// `{start, limit, total, organizations}`).
pub async fn organizations(
    State(tenant): State<Arc<Tenant>>,
    Query(params): Query<Params>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    authorize(&tenant, &headers)?;
    let all = &tenant.organizations;
    if params.contains_key("from") || params.contains_key("take") {
        let take = number(&params, "take", 50, 100)?;
        let start = match params.get("from") {
            None => 0,
            Some(from) => URL_SAFE_NO_PAD
                .decode(from)
                .ok()
                .and_then(|id| String::from_utf8(id).ok())
                .and_then(|id| all.iter().position(|org| org["id"] == id.as_str()))
                .ok_or_else(|| {
                    ApiError::new(
                        StatusCode::BAD_REQUEST,
                        "Invalid 'from' parameter",
                        "invalid_paging",
                    )
                })?,
        };
        let page: Vec<Value> = all.iter().skip(start).take(take).cloned().collect();
        let mut body = json!({ "organizations": page });
        if let Some(next) = all.get(start + take) {
            let id = next["id"].as_str().unwrap_or_default();
            body["next"] = Value::String(URL_SAFE_NO_PAD.encode(id));
        }
        return Ok(json(StatusCode::OK, body));
    }
    let (page, per_page) =
        (number(&params, "page", 0, usize::MAX)?, number(&params, "per_page", 50, 100)?);
    if (page + 1).saturating_mul(per_page) > OFFSET_CAP {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            format!(
                "Requesting page {page} exceeds the allowed maximum of 1000 records. To fetch \
                 results beyond 1000, use the checkpoint pagination method."
            ),
            "invalid_paging",
        ));
    }
    let items: Vec<Value> =
        all.iter().skip(page.saturating_mul(per_page)).take(per_page).cloned().collect();
    let body = if params.get("include_totals").is_some_and(|v| v == "true") {
        json!({ "start": page * per_page, "limit": per_page, "total": all.len(), "organizations": items })
    } else {
        Value::Array(items)
    };
    Ok(json(StatusCode::OK, body))
}

/// `GET /api/v2/logs`: `take` events (at most 100, 50 by default) after the one
/// whose `log_id` is `from`, oldest first; without `from`, from the oldest kept.
pub async fn logs(
    State(tenant): State<Arc<Tenant>>,
    Query(params): Query<Params>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    authorize(&tenant, &headers)?;
    let take = number(&params, "take", 50, 100)?;
    let logs = tenant.logs();
    let start = match params.get("from") {
        None => 0,
        Some(from) => match logs.iter().position(|log| log["log_id"] == from.as_str()) {
            Some(at) => at + 1,
            None => {
                return Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "Invalid 'from' parameter: no log event has this id",
                    "invalid_paging",
                ));
            }
        },
    };
    let page: Vec<Value> = logs.iter().skip(start).take(take).cloned().collect();
    Ok(json(StatusCode::OK, Value::Array(page)))
}
