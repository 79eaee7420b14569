//! `log_streams`: 5 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get log streams
///
/// `GET /log-streams` (`get_log-streams`).
#[endpoint(
    GET,
    "/log-streams",
    response = Vec<GetLogStreams200ResponseInner>,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetLogStreams {}
/// Create a log stream
///
/// `POST /log-streams` (`post_log-streams`).
#[endpoint(
    POST,
    "/log-streams",
    response = GetLogStreams200ResponseInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PostLogStreams {
    #[body]
    pub body: PostLogStreamsRequest,
}

/// Get log stream by ID
///
/// `GET /log-streams/{id}` (`get_log-streams_by_id`).
#[endpoint(
    GET,
    "/log-streams/<id>",
    response = GetLogStreams200ResponseInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct GetLogStreamsById {
    /// The id of the log stream to get
    pub id: String,
}

/// Delete log stream
///
/// `DELETE /log-streams/{id}` (`delete_log-streams_by_id`).
#[endpoint(DELETE, "/log-streams/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteLogStreamsById {
    /// The id of the log stream to delete
    pub id: String,
}

/// Update a log stream
///
/// `PATCH /log-streams/{id}` (`patch_log-streams_by_id`).
#[endpoint(
    PATCH,
    "/log-streams/<id>",
    response = GetLogStreams200ResponseInner,
    error = ApiError
)]
#[derive(Debug, Clone, Default)]
pub struct PatchLogStreamsById {
    /// The id of the log stream to get
    pub id: String,
    /// log stream name
    pub name: Option<String>,
    pub status: Option<GetLogStreams200ResponseInnerOneOfStatus>,
    /// True for priority log streams, false for non-priority
    #[serde(rename = "isPriority")]
    pub is_priority: Option<bool>,
    /// Only logs events matching these filters will be delivered by the stream. If omitted or empty, all events will be delivered.
    pub filters: Option<Vec<GetLogStreams200ResponseInnerOneOfFiltersInner>>,
    pub sink: Option<PatchLogStreamsByIdRequestSink>,
}
