//! The compile-fail suite: every misuse of `#[endpoint]` and the error it gives,
//! one rule per file in `tests/ui/`. The `.stderr` files are documentation; read
//! them as a user would. Regenerate with `TRYBUILD=overwrite cargo test --test ui`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
