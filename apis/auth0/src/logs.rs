//! `logs`: 2 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Search log events
///
/// `GET /logs` (`get_logs`).
#[endpoint(
    GET,
    "/logs",
    response = GetLogs200Response,
    error = ApiError,
    paginate = cursor(from = from, key = log_id, take = take, default_size = 50)
)]
#[derive(Debug, Clone, Default)]
pub struct GetLogs {
    /// Page index of the results to return. First page is 0.
    #[query]
    pub page: Option<i64>,
    /// Number of results per page. Paging is disabled if parameter not sent. Default: `50`. Max value: `100`
    #[query]
    pub per_page: Option<i64>,
    /// Field to use for sorting appended with `:1`  for ascending and `:-1` for descending. e.g. `date:-1`
    #[query]
    pub sort: Option<String>,
    /// Comma-separated list of fields to include or exclude (based on value provided for `include_fields`) in the result. Leave empty to retrieve all fields.
    #[query]
    pub fields: Option<String>,
    /// Whether specified fields are to be included (`true`) or excluded (`false`)
    #[query]
    pub include_fields: Option<bool>,
    /// Return results as an array when false (default). Return results inside an object that also contains a total result count when true.
    #[query]
    pub include_totals: Option<bool>,
    /// Log Event Id from which to start selection from.
    #[query]
    pub from: Option<String>,
    /// Number of entries to retrieve when using the `from` parameter. Default `50`, max `100`
    #[query]
    pub take: Option<i64>,
    /// Query in Lucene query string syntax.
    #[query]
    pub q: Option<String>,
}

/// Get a log event by id
///
/// `GET /logs/{id}` (`get_logs_by_id`).
#[endpoint(GET, "/logs/<id>", response = Log, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetLogsById {
    /// log_id of the log to retrieve.
    pub id: String,
}
