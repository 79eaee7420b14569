//! `jobs`: 5 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Create export users job
///
/// `POST /jobs/users-exports` (`post_users-exports`).
#[endpoint(POST, "/jobs/users-exports", response = Job, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostUsersExports {
    /// connection_id of the connection from which users will be exported.
    pub connection_id: Option<String>,
    pub format: Option<PostUsersExportsRequestFormat>,
    /// Limit the number of records.
    pub limit: Option<i64>,
    /// List of fields to be included in the CSV. Defaults to a predefined set of fields.
    pub fields: Option<Vec<PostUsersExportsRequestFieldsInner>>,
}

/// Create import users job
///
/// `POST /jobs/users-imports` (`post_users-imports`).
#[endpoint(
    POST,
    "/jobs/users-imports",
    body = multipart,
    response = Job,
    error = ApiError
)]
#[derive(Debug, Clone)]
pub struct PostUsersImports {
    pub users: restpoint::multipart::File,
    /// connection_id of the connection to which users will be imported.
    pub connection_id: String,
    /// Whether to update users if they already exist (true) or to ignore them (false).
    pub upsert: Option<bool>,
    /// Customer-defined ID.
    pub external_id: Option<String>,
    /// Whether to send a completion email to all tenant owners when the job is finished (true) or not (false).
    pub send_completion_email: Option<bool>,
}

/// Send an email address verification email
///
/// `POST /jobs/verification-email` (`post_verification-email`).
#[endpoint(POST, "/jobs/verification-email", response = Job, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct PostVerificationEmail {
    /// user_id of the user to send the verification email to.
    pub user_id: String,
    /// client_id of the client (application). If no value provided, the global Client ID will be used.
    pub client_id: Option<String>,
    pub identity: Option<PostVerificationEmailRequestIdentity>,
    /// (Optional) Organization ID – the ID of the Organization. If provided, organization parameters will be made available to the email template and organization branding will be applied to the prompt. In addition, the redirect link in the prompt will include organization_id and organization_name query string parameters.
    pub organization_id: Option<String>,
}

/// Get a job
///
/// `GET /jobs/{id}` (`get_jobs_by_id`).
#[endpoint(GET, "/jobs/<id>", response = Job, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetJobsById {
    /// ID of the job.
    pub id: String,
}

/// Get job error details
///
/// `GET /jobs/{id}/errors` (`get_errors`).
#[endpoint(GET, "/jobs/<id>/errors", response = GetErrors200Response, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetErrors {
    /// ID of the job.
    pub id: String,
}
