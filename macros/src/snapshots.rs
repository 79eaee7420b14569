//! What the macro writes, for three representative endpoints, as formatted
//! Rust under `macros/snapshots/`: a reader sees the expansion without running
//! the compiler, and a change to it is a visible diff in review.
//!
//! `cargo test -p restpoint-macros snapshots` checks them (with and without the
//! `blocking` feature, each its own file); `UPDATE_SNAPSHOTS=1` rewrites them.

use std::path::PathBuf;

use crate::entry::expand_endpoint;

/// The endpoints: the seed (path, JSON body of optional members, a secret-free
/// struct), a paged list, and a multipart upload (with error types by status).
const ENDPOINTS: &[(&str, &str, &str)] = &[
    (
        "seed",
        r#"POST, "/api/v2/users/<id>/identities", response = Vec<Identity>"#,
        r#"
        /// Auth0's *Link a user account*.
        pub struct LinkUserAccount {
            pub id: String,
            pub provider: Option<String>,
            pub connection_id: Option<String>,
            pub user_id: Option<String>,
            pub link_with: Option<String>,
        }"#,
    ),
    (
        "paged",
        r#"GET, "/api/v2/users", response = Vec<User>, paginate = offset(page, per_page, cap = 1000)"#,
        r#"
        pub struct ListUsers {
            #[query]
            pub page: Option<u32>,
            #[query]
            pub per_page: Option<u32>,
            #[query]
            pub q: Option<String>,
        }"#,
    ),
    (
        "multipart",
        r#"POST, "/api/v2/jobs/users-imports", body = multipart, error = ApiError, error(413) = TooLarge, error(5XX) = Unavailable"#,
        r#"
        pub struct ImportUsers {
            pub users: File,
            pub connection_id: String,
            pub upsert: Option<bool>,
            #[serde(rename = "external_id")]
            pub external: Option<String>,
        }"#,
    ),
];

fn path(name: &str) -> PathBuf {
    let suffix = if cfg!(feature = "blocking") { ".blocking" } else { "" };
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("snapshots").join(format!("{name}{suffix}.rs"))
}

fn expansion(args: &str, item: &str) -> String {
    let expanded = expand_endpoint(args.parse().unwrap(), item.parse().unwrap());
    let file = syn::parse2::<syn::File>(expanded).expect("the expansion parses as Rust");
    prettyplease::unparse(&file)
}

#[test]
fn the_expansions_are_as_recorded() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for (name, args, item) in ENDPOINTS {
        let written = format!(
            "// `#[endpoint({args})]`, expanded: see `macros/src/snapshots.rs`.\n\n{}",
            expansion(args, item)
        );
        let path = path(name);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &written).unwrap();
            continue;
        }
        let recorded = std::fs::read_to_string(&path).unwrap_or_default();
        if recorded != written {
            let line = recorded.lines().zip(written.lines()).position(|(a, b)| a != b);
            let line =
                line.unwrap_or_else(|| recorded.lines().count().min(written.lines().count()));
            stale.push(format!(
                "{} differs from line {}:\n  recorded: {:?}\n  now:      {:?}",
                path.display(),
                line + 1,
                recorded.lines().nth(line).unwrap_or("(end)"),
                written.lines().nth(line).unwrap_or("(end)"),
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "the macro's expansion changed; review it and run `UPDATE_SNAPSHOTS=1 cargo test -p \
         restpoint-macros snapshots` (and with `--features blocking`) to record it:\n{}",
        stale.join("\n")
    );
}
