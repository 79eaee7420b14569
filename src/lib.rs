//! Placeholder; written below.
pub use restpoint_macros::endpoint;
pub use restpoint_runtime::*;
