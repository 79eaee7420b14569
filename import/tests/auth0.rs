//! Auth0's own description imported: the crate compiles without a warning, and
//! its `PostIdentities` links two users on the stand-in, the answer read into the
//! imported `UserIdentity` model.

use std::path::Path;
use std::process::Command;

const EXAMPLE: &str = r#"
use auth0_management_api::users::PostIdentities;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let standin = auth0_standin::StandIn::start().await.expect("a stand-in");
    let base = format!("{}/api/v2", standin.base_url());
    let client = restpoint::Client::builder(&base)
        .bearer_auth(auth0_standin::TOKEN)
        .build()
        .expect("a client");
    let (provider, user_id) = auth0_standin::SECONDARY_USER_ID.split_once('|').expect("an id");
    let request = PostIdentities {
        id: auth0_standin::PRIMARY_USER_ID.to_owned(),
        provider: Some(provider.to_owned()),
        user_id: Some(user_id.into()),
        ..Default::default()
    };
    let identities = request.send(&client).await.expect("the link");
    for identity in identities {
        println!("{}|{} {}", identity.provider, identity.user_id.as_str().unwrap_or("?"), identity.connection);
    }
    let linked = standin.user(auth0_standin::PRIMARY_USER_ID).expect("the primary user");
    println!("{} identities held", linked["identities"].as_array().map_or(0, Vec::len));
}
"#;

#[test]
fn auth0_imports_compiles_and_links_a_user_on_the_stand_in() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace");
    let spec = workspace.join("../shared/data/auth0-management-api.openapi.yaml");
    let out = std::env::temp_dir().join(format!("restpoint-import-auth0-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);

    let import = Command::new(env!("CARGO_BIN_EXE_restpoint-import"))
        .args(["openapi".as_ref(), spec.as_os_str(), "--out".as_ref(), out.as_os_str()])
        .args(["--restpoint-path".as_ref(), workspace.as_os_str()])
        .output()
        .expect("the importer runs");
    let said = String::from_utf8_lossy(&import.stdout);
    assert!(import.status.success(), "{said}{}", String::from_utf8_lossy(&import.stderr));
    assert!(said.contains("235 endpoints in 33 modules"), "{said}");

    // The workspace's versions, and a stand-in to send to.
    std::fs::copy(workspace.join("Cargo.lock"), out.join("Cargo.lock")).expect("the lock file");
    let mut manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("the manifest");
    manifest.push_str(&format!(
        "\n[dev-dependencies]\nrestpoint-auth0-standin = {{ path = {:?} }}\n\
         tokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n",
        workspace.join("auth0-standin")
    ));
    std::fs::write(out.join("Cargo.toml"), manifest).expect("the manifest");
    std::fs::create_dir_all(out.join("examples")).expect("examples/");
    std::fs::write(out.join("examples/link.rs"), EXAMPLE).expect("the example");

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // A target directory of its own: the one of the running `cargo test` may be locked.
    let target = workspace.join("target/import-check");
    let check = Command::new(&cargo)
        .args(["check", "--quiet", "--message-format=short"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo check runs");
    let diagnostics = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "{diagnostics}");
    assert!(!diagnostics.contains("warning"), "{diagnostics}");

    let run = Command::new(&cargo)
        .args(["run", "--quiet", "--example", "link"])
        .current_dir(&out)
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo run runs");
    let printed = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{printed}{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(
        printed,
        "auth0|63d17c6a9d503d76c056c177 Username-Password-Authentication\n\
         auth0|63d17c6b77d74b740960460a Username-Password-Authentication\n\
         2 identities held\n"
    );
    let _ = std::fs::remove_dir_all(&out);
}
