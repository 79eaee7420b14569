//! `stats`: 2 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get active users count
///
/// `GET /stats/active-users` (`get_active-users`).
#[endpoint(GET, "/stats/active-users", response = f64, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetActiveUsers {}
/// Get daily stats
///
/// `GET /stats/daily` (`get_daily`).
#[endpoint(GET, "/stats/daily", response = Vec<StatsEntry>, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetDaily {
    /// Optional first day of the date range (inclusive) in YYYYMMDD format.
    #[query]
    pub from: Option<String>,
    /// Optional last day of the date range (inclusive) in YYYYMMDD format.
    #[query]
    pub to: Option<String>,
}
