//! Hooks around every call of a client: a correlation id on every request, and
//! latency metered per endpoint. The stand-in is rate limited once on purpose, so
//! the retry shows in the metrics.
//!
//! ```text
//! cargo run --example hooks
//! ```

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use restpoint::hooks::{Call, Hook, Request, Response};
use restpoint::{BoxError, Client, RetryPolicy, endpoint};
use serde_json::Value;

#[endpoint(GET, "/api/v2/users/<id>")]
pub struct GetUser<'a> {
    pub id: &'a str,
}

#[endpoint(GET, "/api/v2/users")]
pub struct ListUsers {
    #[query]
    pub per_page: u32,
}

/// `X-Correlation-Id: <endpoint>-<call>`, the same on every attempt of a call.
struct CorrelationId;

impl Hook for CorrelationId {
    fn on_request(&self, call: &Call<'_>, request: &mut Request) -> Result<(), BoxError> {
        let id = format!("{}-{}", call.endpoint(), call.id());
        request.headers_mut().insert("x-correlation-id", id.parse()?);
        Ok(())
    }
}

/// Per endpoint: calls, attempts, and the total time of its calls.
#[derive(Clone, Default)]
struct Metrics(Arc<Mutex<BTreeMap<&'static str, Row>>>);

#[derive(Default)]
struct Row {
    calls: u32,
    attempts: u32,
    total: Duration,
}

impl Hook for Metrics {
    fn on_response(&self, call: &Call<'_>, response: Response<'_>) {
        let status = response.status().map_or("no answer".into(), |s| s.to_string());
        println!("  {} attempt {}: {status}", call.endpoint(), call.attempt());
    }

    fn on_call_end(
        &self,
        call: &Call<'_>,
        _: Result<&http::Response<bytes::Bytes>, &restpoint::Error>,
    ) {
        let mut table = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let row = table.entry(call.endpoint()).or_default();
        row.calls += 1;
        row.attempts += call.attempt();
        row.total += call.elapsed();
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let target = auth0_standin::Target::from_env().await?;
    if let Some(standin) = &target.standin {
        standin.fail_next(&[429]);
    }
    let metrics = Metrics::default();
    let client = Client::builder(&target.base_url)
        .bearer_auth(&target.token)
        .hook(CorrelationId)
        .hook(metrics.clone())
        .retry(RetryPolicy::new().max_wait(Duration::from_secs(5)))
        .build()?;

    let users: Value = ListUsers { per_page: 5 }.send(&client).await?;
    for user in users.as_array().into_iter().flatten() {
        let id = user["user_id"].as_str().unwrap_or_default();
        GetUser { id }.send(&client).await?;
    }

    println!("endpoint      calls  attempts  mean");
    let table = metrics.0.lock().unwrap_or_else(PoisonError::into_inner);
    for (endpoint, row) in table.iter() {
        let mean = row.total / row.calls.max(1);
        println!("{endpoint:<12} {:>6} {:>9}  {mean:?}", row.calls, row.attempts);
    }
    Ok(())
}
