//! `anomaly`: 2 endpoints.
#[allow(unused_imports)]
use crate::models::*;
use restpoint::endpoint;

/// Check if an IP address is blocked
///
/// `GET /anomaly/blocks/ips/{id}` (`get_ips_by_id`).
#[endpoint(GET, "/anomaly/blocks/ips/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct GetIpsById {
    /// IP address to check.
    pub id: String,
}

/// Remove the blocked IP address
///
/// `DELETE /anomaly/blocks/ips/{id}` (`delete_ips_by_id`).
#[endpoint(DELETE, "/anomaly/blocks/ips/<id>", response = (), error = ApiError)]
#[derive(Debug, Clone, Default)]
pub struct DeleteIpsById {
    /// IP address to unblock.
    pub id: String,
}
