//! Imported crates against the Auth0 stand-in: Auth0's own OpenAPI description
//! (all 235 operations) and a Postman collection, whose *Link a user account*
//! links two users, the answer read into the imported models; and a list that
//! pages itself. Each crate compiles without a warning.

mod common;

use std::path::{Path, PathBuf};

use common::{TempDir, cargo_in, copy_lock, run_importer, without_tls, workspace};

/// A crate imported from `source` (`openapi` or `postman`), in a folder
/// removed when dropped, and what the importer said.
struct Imported {
    out: PathBuf,
    said: String,
    _dir: TempDir,
}

fn import(kind: &str, source: &Path) -> Imported {
    let dir = TempDir::new(&format!("restpoint-import-{kind}"));
    let out = dir.path().join("crate");
    let import =
        run_importer(kind, source, &out, &["--restpoint-path".as_ref(), workspace().as_os_str()]);
    let said = String::from_utf8_lossy(&import.stdout).into_owned();
    assert!(import.status.success(), "{said}{}", String::from_utf8_lossy(&import.stderr));
    Imported { out, said, _dir: dir }
}

/// Checks the crate (no warning allowed), then runs `example` in it against the
/// stand-in and gives what it printed.
fn check_and_run(crate_dir: &Path, example: &str) -> String {
    // The workspace's versions, and a stand-in to send to.
    copy_lock(crate_dir);
    without_tls(crate_dir);
    let mut manifest = std::fs::read_to_string(crate_dir.join("Cargo.toml")).expect("a manifest");
    manifest.push_str(&format!(
        "\n[dev-dependencies]\nrestpoint-auth0-standin = {{ path = {:?} }}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n",
        workspace().join("auth0-standin")
    ));
    std::fs::write(crate_dir.join("Cargo.toml"), manifest).expect("the manifest");
    std::fs::create_dir_all(crate_dir.join("examples")).expect("examples/");
    std::fs::write(crate_dir.join("examples/link.rs"), example).expect("the example");

    let check = cargo_in(crate_dir)
        .args(["check", "--quiet", "--message-format=short"])
        .output()
        .expect("cargo check runs");
    let diagnostics = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{diagnostics}");
    assert!(!diagnostics.contains("warning"), "{diagnostics}");
    let run = cargo_in(crate_dir)
        .args(["run", "--quiet", "--example", "link"])
        .output()
        .expect("cargo run runs");
    let printed = String::from_utf8_lossy(&run.stdout).into_owned();
    assert!(run.status.success(), "{printed}{}", String::from_utf8_lossy(&run.stderr));
    printed
}

/// The example's start: a stand-in, and a client whose base URL is `base`
/// appended to the stand-in's.
const CLIENT: &str = r#"
    let standin = auth0_standin::StandIn::start().await.expect("a stand-in");
    let client = restpoint::Client::builder(&format!("{}{BASE}", standin.base_url()))
        .bearer_auth(auth0_standin::TOKEN)
        .build()
        .expect("a client");
    let (provider, user_id) = auth0_standin::SECONDARY_USER_ID.split_once('|').expect("an id");
"#;

/// The example's end: how many identities the stand-in holds for the primary user.
const HELD: &str = r#"
    let linked = standin.user(auth0_standin::PRIMARY_USER_ID).expect("the primary user");
    println!("{} identities held", linked["identities"].as_array().map_or(0, Vec::len));
"#;

const LINKED: &str = "auth0|63d17c6a9d503d76c056c177 Username-Password-Authentication\n\
                      auth0|63d17c6b77d74b740960460a Username-Password-Authentication\n\
                      2 identities held\n";

#[test]
fn auth0_openapi_imports_compiles_and_links_a_user_on_the_stand_in() {
    let spec = workspace().join("import/tests/data/auth0-management-api.openapi.yaml");
    let imported = import("openapi", &spec);
    assert!(imported.said.contains("235 endpoints in 33 modules"), "{}", imported.said);
    let example = format!(
        r#"const BASE: &str = "/api/v2";
#[tokio::main(flavor = "current_thread")]
async fn main() {{{CLIENT}
    use auth0_management_api::models::{{
        PostIdentitiesRequestProvider, PostIdentitiesRequestUserId, UserIdentityUserId,
    }};
    // A string of listed values: an enum, which keeps a value it does not list.
    assert_eq!(provider, PostIdentitiesRequestProvider::Auth0.to_string());
    let request = auth0_management_api::users::PostIdentities {{
        id: auth0_standin::PRIMARY_USER_ID.to_owned(),
        provider: Some(PostIdentitiesRequestProvider::Auth0),
        // A `oneOf` of a string and an integer: an untagged enum.
        user_id: Some(PostIdentitiesRequestUserId::String(user_id.to_owned())),
        ..Default::default()
    }};
    let identities = request.send(&client).await.expect("the link");
    for identity in identities {{
        let id = match identity.user_id {{
            UserIdentityUserId::String(id) => id,
            UserIdentityUserId::Integer(id) => id.to_string(),
        }};
        println!("{{}}|{{id}} {{}}", identity.provider, identity.connection);
    }}
{HELD}}}
"#
    );
    assert_eq!(check_and_run(&imported.out, &example), LINKED);
}

#[test]
fn a_postman_collection_imports_compiles_and_links_a_user_on_the_stand_in() {
    let collection = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/auth0-users.postman_collection.json");
    let imported = import("postman", &collection);
    assert!(imported.said.contains("5 endpoints in 2 modules"), "{}", imported.said);
    let users = std::fs::read_to_string(imported.out.join("src/users.rs")).expect("users.rs");
    let link = r#"/// Link two user accounts together forming a primary and secondary relationship.
///
/// `POST /api/v2/users/{id}/identities` (`Link a user account`).
#[endpoint(
    POST,
    "/api/v2/users/<id>/identities",
    response = Vec<LinkAUserAccountResponseItem>
)]
#[derive(Debug, Clone, Default)]
pub struct LinkAUserAccount {
    /// ID of the primary user account to link a second user account to.
    pub id: String,
    pub provider: Option<String>,
    pub connection_id: Option<String>,
    pub user_id: Option<String>,
    pub link_with: Option<String>,
}
"#;
    assert!(users.contains(link), "{users}");
    // A folder within a folder is part of the first; `{{user_id}}` is a placeholder.
    assert!(users.contains(r#"#[endpoint(DELETE, "/api/v2/users/<user_id>", response = ())]"#));
    assert!(users.contains(
        "    #[header(\"X-Correlation-Id\")]\n    pub x_correlation_id: Option<String>,"
    ));
    let operations = std::fs::read_to_string(imported.out.join("src/operations.rs")).expect("ops");
    assert!(operations.contains(
        r#"#[endpoint(POST, "/oauth/token", body = form, response = serde_json::Value)]"#
    ));
    let report = std::fs::read_to_string(imported.out.join("IMPORT-REPORT.md")).expect("report");
    assert!(report.contains("inferred from the collection's examples"), "{report}");
    assert!(report.contains("Everything was expressed exactly."), "{report}");

    let example = format!(
        r#"const BASE: &str = "";
#[tokio::main(flavor = "current_thread")]
async fn main() {{{CLIENT}
    let request = auth0_users::users::LinkAUserAccount {{
        id: auth0_standin::PRIMARY_USER_ID.to_owned(),
        provider: Some(provider.to_owned()),
        user_id: Some(user_id.to_owned()),
        ..Default::default()
    }};
    let identities = request.send(&client).await.expect("the link");
    for identity in identities {{
        let (provider, id) = (identity.provider.unwrap_or_default(), identity.user_id.unwrap_or_default());
        println!("{{provider}}|{{id}} {{}}", identity.connection.unwrap_or_default());
    }}
{HELD}}}
"#
    );
    assert_eq!(check_and_run(&imported.out, &example), LINKED);
}

/// Auth0's user list as a plain description of a list paged by number: the
/// imported endpoint pages itself, and every user of the stand-in comes once.
const PAGED: &str = r##"
openapi: 3.0.0
info: { title: Paged Users, version: "1" }
paths:
  /users:
    get:
      operationId: list_users
      parameters:
        - { name: page, in: query, schema: { type: integer } }
        - { name: per_page, in: query, schema: { type: integer } }
      responses:
        "200":
          description: a page of users
          content:
            application/json:
              schema: { type: array, items: { $ref: "#/components/schemas/User" } }
components:
  schemas:
    User:
      type: object
      required: [user_id]
      properties:
        user_id: { type: string }
        email: { type: string }
"##;

#[test]
fn an_imported_list_pages_itself_on_the_stand_in() {
    let dir = TempDir::new("restpoint-import-paged");
    let spec = dir.path().join("paged.yaml");
    std::fs::write(&spec, PAGED).expect("the description");
    let imported = import("openapi", &spec);
    let operations = std::fs::read_to_string(imported.out.join("src/operations.rs")).expect("ops");
    let paged = r#"#[endpoint(
    GET,
    "/users",
    response = Vec<User>,
    paginate = offset(page = page, per_page = per_page)
)]"#;
    assert!(operations.contains(paged), "{operations}");
    let example = r#"
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let standin = auth0_standin::StandIn::builder().users(57).start().await.expect("a stand-in");
    let client = restpoint::Client::builder(&format!("{}/api/v2", standin.base_url()))
        .bearer_auth(auth0_standin::TOKEN)
        .build()
        .expect("a client");
    let request = paged_users::operations::ListUsers { per_page: Some(10), ..Default::default() };
    let mut users = request.items(&client);
    let mut ids = std::collections::BTreeSet::new();
    while let Some(user) = users.try_next().await.expect("a page") {
        ids.insert(user.user_id);
    }
    println!("{} of {}", ids.len(), standin.users().len());
}
"#;
    let printed = check_and_run(&imported.out, example);
    let (seen, held) = printed.trim().split_once(" of ").expect("`n of m`");
    assert_eq!(seen, held, "{printed}");
    assert!(seen.parse::<usize>().is_ok_and(|n| n >= 57), "{printed}");
}
