//! A generator is a compiler: whatever text a description holds, the crate it
//! becomes holds exactly one declaration per operation, its models, and nothing
//! else: no item, comment or doctest of the description's own.

mod common;

use common::{TempDir, cargo_in, copy_lock, run_importer, without_tls, workspace};
use proptest::prelude::*;
use serde_json::{Value, json};

/// Text that tries every way out of a comment, a string or a doc.
const EVIL: &str = "x */ \" \\\" }\n}\n#[no_mangle] pub extern \"C\" fn injected() {}\n/* \r\
                    // \r*/ ~~~\nfn tilde_doctest() { panic!() }\n~~~\n```rust\n\
                    fn backtick_doctest() { panic!() }\n```\n\n    fn indented_doctest() {}";

/// A description of two operations, with `text` in every place a description
/// has text or a name.
fn description(text: &str, tag: &str, name: &str) -> Value {
    json!({
        "openapi": "3.0.3",
        "info": { "title": text, "version": text, "description": text },
        "servers": [{
            "url": format!("https://{{{name}}}.api.example/{text}/{{{tag}}}"),
            "variables": {
                name: { "default": text, "description": text, "enum": [text, "plain"] },
                tag: { "default": "v1", "description": text }
            }
        }, { "url": text }],
        "tags": [{ "name": tag, "description": text }],
        "paths": {
            format!("/things/{{{name}}}"): {
                "parameters": [{ "name": name, "in": "path", "required": true,
                                 "description": text, "schema": { "type": "string" } }],
                "get": {
                    "operationId": name, "tags": [tag], "summary": text, "description": text,
                    "parameters": [
                        { "name": text, "in": "query", "description": text,
                          "schema": { "type": "string", "enum": [text, "plain"] } },
                        { "name": "session", "in": text, "schema": { "type": "string" } }
                    ],
                    "responses": { "200": { "description": text, "content": {
                        "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                        // Error answers of two types, and one under a key that is no status.
                        "422": { "description": text, "content": { "application/json": { "schema": {
                            "type": "object", "description": text,
                            "properties": { name: { "type": "string", "description": text } } } } } },
                        "default": { "description": text, "content": {
                            "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                        text: { "description": text, "content": {
                            "application/json": { "schema": { "type": "string" } } } } }
                },
                "post": {
                    "tags": [tag], "summary": text,
                    "requestBody": { "content": { "application/json": { "schema": {
                        "type": "object", "description": text,
                        "properties": { name: { "type": "string", "description": text } } } } } },
                    "responses": { "201": { "description": text } }
                }
            }
        },
        "components": {
            "securitySchemes": {
                "bearer": { "type": "http", "scheme": "bearer", "description": text },
                name: { "type": "apiKey", "in": "header", "name": text, "description": text },
                "cookie": { "type": "apiKey", "in": "cookie", "name": text },
                "query": { "type": "apiKey", "in": "query", "name": text },
                "machine": { "type": "oauth2", "flows": { "clientCredentials": { "tokenUrl": text } } },
                "other": { "type": text }
            },
            "schemas": {
            "Thing": { "type": "object", "description": text,
                       "properties": { name: { "type": "string", "description": text },
                                       "kind": { "type": "string", "enum": [text] } } },
            name: { "type": "string", "description": text }
        } }
    })
}

/// Imports `spec` and checks what the crate holds: every file Rust, one
/// endpoint struct per operation, and no item but models, declarations, the
/// `Default` of an enum and `use`s. Gives the crate's folder.
fn import_and_inspect(spec: &Value, dir: &TempDir, operations: usize) -> std::path::PathBuf {
    let path = dir.path().join("spec.json");
    std::fs::write(&path, serde_json::to_vec(spec).unwrap()).unwrap();
    let out = dir.path().join("crate");
    let output = run_importer(
        "openapi",
        &path,
        &out,
        &["--restpoint-path".as_ref(), workspace().as_os_str()],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let mut endpoints = 0;
    for entry in std::fs::read_dir(out.join("src")).unwrap() {
        let file = entry.unwrap().path();
        let source = std::fs::read_to_string(&file).unwrap();
        let parsed = syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for item in &parsed.items {
            match item {
                syn::Item::Struct(item) => {
                    endpoints +=
                        item.attrs.iter().filter(|a| a.path().is_ident("endpoint")).count();
                }
                // A base URL, as a string.
                syn::Item::Const(item) => {
                    assert!(matches!(*item.expr, syn::Expr::Lit(_)), "a constant: {source}");
                }
                syn::Item::Enum(_) | syn::Item::Type(_) | syn::Item::Use(_) => {}
                // Modules, each in its own file.
                syn::Item::Mod(item) => {
                    assert!(item.content.is_none(), "an inline module: {source}")
                }
                // `auth.rs`: a client builder for each security scheme, and nothing else.
                syn::Item::Fn(_) if file.ends_with("src/auth.rs") => {
                    let builders = parsed.items.iter().filter(|i| matches!(i, syn::Item::Fn(_)));
                    assert!(builders.count() == parsed.items.len() && parsed.items.len() <= 4);
                }
                // `lib.rs`: the base URL with its variables' values, and nothing else.
                syn::Item::Fn(item) if file.ends_with("src/lib.rs") => {
                    assert_eq!(item.sig.ident, "base_url", "a function: {source}");
                    let [syn::Stmt::Expr(syn::Expr::MethodCall(call), None)] =
                        &item.block.stmts[..]
                    else {
                        panic!("a base URL's body: {source}")
                    };
                    assert_eq!(call.method, "concat", "{source}");
                    let syn::Expr::Array(pieces) = &*call.receiver else { panic!("{source}") };
                    let parameters: Vec<String> = item
                        .sig
                        .inputs
                        .iter()
                        .map(|input| quote::quote!(#input).to_string())
                        .collect();
                    for piece in &pieces.elems {
                        let ok = match piece {
                            syn::Expr::Lit(_) => true,
                            syn::Expr::Path(path) => path.path.get_ident().is_some_and(|ident| {
                                parameters.iter().any(|p| p.starts_with(&format!("{ident} :")))
                            }),
                            _ => false,
                        };
                        assert!(ok, "a piece of a base URL: {source}");
                    }
                }
                syn::Item::Impl(item) => {
                    // `Default` of an enum, `Display` of a string of listed values.
                    let trait_ = item.trait_.as_ref().and_then(|(path, _)| path.segments.last());
                    let name = trait_.map(|segment| segment.ident.to_string());
                    assert!(
                        matches!(name.as_deref(), Some("Default" | "Display")),
                        "an impl: {source}"
                    );
                }
                other => {
                    let shown = quote::ToTokens::to_token_stream(other);
                    panic!("{}: an item no description asks for: {shown}", file.display())
                }
            }
        }
    }
    assert_eq!(endpoints, operations, "one declaration per operation");
    out
}

#[test]
fn a_crafted_description_puts_no_item_of_its_own_into_the_crate() {
    let dir = TempDir::new("restpoint-import-injection");
    let out = import_and_inspect(&description(EVIL, "fn", "fn"), &dir, 2);
    // The server's variables, hostile text in each, became a function of the base URL.
    let lib = std::fs::read_to_string(out.join("src/lib.rs")).unwrap();
    assert!(lib.contains("pub fn base_url("), "{lib}");
    // It compiles without a warning, and its docs hold no test to run.
    copy_lock(&out);
    without_tls(&out);
    let check =
        cargo_in(&out).args(["check", "--quiet", "--message-format=short"]).output().unwrap();
    let diagnostics = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success() && !diagnostics.contains("warning"), "{diagnostics}");
    let doctests = cargo_in(&out).args(["test", "--doc", "--quiet"]).output().unwrap();
    let said = String::from_utf8_lossy(&doctests.stdout);
    assert!(doctests.status.success(), "{said}{}", String::from_utf8_lossy(&doctests.stderr));
    assert!(said.contains("running 0 tests"), "no doctest comes from a description: {said}");
}

/// Text of every kind: any characters, and the ones that end things.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[\\n\\r\"*/#}{~`\\\\ a]{0,16}"]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_text_anywhere_gives_exactly_the_declarations(text in text(), tag in text(), name in text()) {
        let dir = TempDir::new("restpoint-import-any-text");
        import_and_inspect(&description(&text, &tag, &name), &dir, 2);
    }
}
