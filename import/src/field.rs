//! A field of an endpoint's struct, as the importer gathers it.

use serde_json::Value;

use crate::schema::Member;

#[derive(Clone)]
pub struct Field {
    /// The field's attributes (`#[query]`, `#[serde(rename = "...")]`).
    pub attrs: Vec<String>,
    pub member: Member,
    /// A value the description allows, for a required field.
    pub sample: Option<Value>,
}
