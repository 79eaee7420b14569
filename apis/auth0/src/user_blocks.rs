//! `user_blocks`: 4 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Get blocks by identifier
///
/// `GET /user-blocks` (`get_user-blocks`).
#[endpoint(GET, "/user-blocks", response = UserBlock, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetUserBlocks {
    /// Should be any of a username, phone number, or email.
    #[query]
    pub identifier: String,
    /// If true and Brute Force Protection is enabled and configured to block logins, will return a list of blocked IP addresses.
    /// If true and Brute Force Protection is disabled, will return an empty list.
    #[query]
    pub consider_brute_force_enablement: Option<bool>,
}

/// Unblock by identifier
///
/// `DELETE /user-blocks` (`delete_user-blocks`).
#[endpoint(DELETE, "/user-blocks", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteUserBlocks {
    /// Should be any of a username, phone number, or email.
    #[query]
    pub identifier: String,
}

/// Get a user's blocks
///
/// `GET /user-blocks/{id}` (`get_user-blocks_by_id`).
#[endpoint(GET, "/user-blocks/<id>", response = UserBlock, error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetUserBlocksById {
    /// user_id of the user blocks to retrieve.
    pub id: String,
    /// If true and Brute Force Protection is enabled and configured to block logins, will return a list of blocked IP addresses.
    /// If true and Brute Force Protection is disabled, will return an empty list.
    #[query]
    pub consider_brute_force_enablement: Option<bool>,
}

/// Unblock a user
///
/// `DELETE /user-blocks/{id}` (`delete_user-blocks_by_id`).
#[endpoint(DELETE, "/user-blocks/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteUserBlocksById {
    /// The user_id of the user to update.
    pub id: String,
}
