//! What the importer says of its own work: where an approximation is, and what.

/// Where an approximation is, and what it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub place: String,
    pub what: String,
}
