//! The compile-fail suite: every misuse of `#[endpoint]` and the error it gives,
//! one rule per file in `tests/ui/`. The `.stderr` files are documentation; read
//! them as a user would. Regenerate with `TRYBUILD=overwrite cargo test --test ui`.
//!
//! Only failures here: trybuild then checks every case in one `cargo check`. The
//! declarations that must compile are `tests/downstream/tests/`, a user's crate.

#[test]
fn ui() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
