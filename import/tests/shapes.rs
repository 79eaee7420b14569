//! What each shape of a description becomes, on a small description written
//! here, and descriptions that are wrong in every way: never a panic.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{TempDir, run_importer};

/// An import's output and crate, in a folder removed when dropped.
struct Imported {
    output: Output,
    out: PathBuf,
    _dir: TempDir,
}

fn import(spec: &str, extension: &str) -> Imported {
    import_as("openapi", spec, extension)
}

/// `spec` imported, the importer having succeeded (its errors shown if not).
fn import_ok(spec: &str, extension: &str) -> Imported {
    let imported = import(spec, extension);
    assert!(
        imported.output.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.output.stderr)
    );
    imported
}

fn import_as(kind: &str, spec: &str, extension: &str) -> Imported {
    let dir = TempDir::new("restpoint-import-shapes");
    let path = dir.path().join(format!("spec.{extension}"));
    std::fs::write(&path, spec).expect("the description");
    let out = dir.path().join("crate");
    let output = run_importer(kind, &path, &out, &[]);
    Imported { output, out, _dir: dir }
}

/// Each of `inputs` is read without a panic, and the importer succeeds.
fn read_without_panic(kind: &str, inputs: &[&str], extension: &str) {
    for input in inputs {
        let output = &import_as(kind, input, extension).output;
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{input}: {stderr}");
        assert!(output.status.success(), "{input}: {stderr}");
    }
}

/// A temporary folder holding `api/` and its `subfolders`, for a description
/// split over files: the folder (removed when dropped) and `api/`.
fn split_description(name: &str, subfolders: &[&str]) -> (TempDir, PathBuf) {
    let dir = TempDir::new(name);
    let root = dir.path().join("api");
    for folder in subfolders {
        std::fs::create_dir_all(root.join(folder)).unwrap();
    }
    (dir, root)
}

fn read(out: &Path, file: &str) -> String {
    std::fs::read_to_string(out.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

const SPEC: &str = r##"
openapi: 3.0.0
info: { title: Shop API, version: "1.2" }
servers: [{ url: "https://shop.example/v1" }]
paths:
  /stores/{storeId}/orders:
    parameters:
      - { name: storeId, in: path, required: true, schema: { type: string } }
    get:
      operationId: listOrders
      tags: [orders]
      summary: List a store's <code>orders</code>.
      parameters:
        - { name: pageSize, in: query, schema: { type: integer } }
        - { name: status, in: query, required: true, schema: { $ref: "#/components/schemas/Status" } }
        - { name: fields, in: query, explode: false, schema: { type: array, items: { type: string } } }
        - { name: X-Request-Id, in: header, schema: { type: string } }
        - { name: session, in: cookie, schema: { type: string } }
      responses:
        200:
          description: the orders
          content:
            application/json:
              schema: { type: array, items: { $ref: "#/components/schemas/Order" } }
    post:
      operationId: createOrder
      tags: [orders]
      requestBody:
        content:
          application/json:
            schema: { $ref: "#/components/schemas/NewOrder" }
      responses:
        201:
          description: created
          content: { application/json: { schema: { $ref: "#/components/schemas/Order" } } }
  /items:
    get:
      operationId: listItems
      parameters:
        - { name: page, in: query, schema: { type: integer } }
        - { name: per_page, in: query, schema: { type: integer } }
      responses:
        200: { description: items, content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Item" } } } } }
  /stores/{storeId}/orders/{id}:
    delete:
      operationId: deleteOrder
      tags: [orders]
      parameters:
        - { name: storeId, in: path, required: true, schema: { type: string } }
        - { name: id, in: path, required: true, schema: { type: integer } }
      responses:
        204: { description: gone }
  /tokens:
    post:
      operationId: token
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [grant_type]
              properties:
                grant_type: { type: string }
                scope: { type: string }
                audiences: { type: array, items: { type: string } }
                expand: { type: array, items: { type: string } }
            encoding:
              expand: { style: deepObject, explode: true }
      responses:
        200:
          description: a token
          content:
            application/json:
              schema:
                type: object
                properties:
                  access_token: { type: string }
                  expires_in: { type: integer }
components:
  schemas:
    Status: { type: string, enum: [open, shipped] }
    NewOrder:
      type: object
      required: [items]
      properties:
        items: { type: array, items: { $ref: "#/components/schemas/Item" } }
        note: { type: string, nullable: true }
        type: { type: string }
        shipTo:
          type: object
          properties:
            city: { type: string }
    Item:
      type: object
      properties:
        sku: { type: string }
        price: { oneOf: [{ type: string }, { type: number }] }
    Order:
      allOf:
        - $ref: "#/components/schemas/NewOrder"
        - type: object
          required: [id]
          properties:
            id: { type: integer }
    String: { type: string }
    Payment: { oneOf: [{ $ref: "#/components/schemas/Item" }, { type: array, items: { type: string } }] }
"##;

#[test]
fn each_shape_becomes_what_a_person_would_write() {
    let imported = import(SPEC, "yaml");
    let (output, out) = (&imported.output, &imported.out);
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{said}{}", String::from_utf8_lossy(&output.stderr));
    assert!(said.contains("5 endpoints in 2 modules"), "{said}");

    let orders = read(out, "src/orders.rs");
    let expected_list = r#"/// List a store's `orders`.
///
/// `GET /stores/{storeId}/orders` (`listOrders`).
///
/// Approximated: the parameter `session` in `cookie` is not imported; add it by hand.
#[endpoint(GET, "/stores/<store_id>/orders", response = Vec<Order>)]
#[derive(Debug, Clone, Default)]
pub struct ListOrders {
    pub store_id: String,
    #[query]
    #[serde(rename = "pageSize")]
    pub page_size: Option<i64>,
    /// One of `open`, `shipped`.
    #[query]
    pub status: Status,
    #[query]
    #[serde(serialize_with = "restpoint::query::comma_separated")]
    pub fields: Option<Vec<String>>,
    #[header("X-Request-Id")]
    pub x_request_id: Option<String>,
}
"#;
    assert!(orders.contains(expected_list), "{orders}");
    // A body object's properties are the endpoint's members, as in the seed, in
    // the description's order.
    let expected_create = r#"#[endpoint(POST, "/stores/<store_id>/orders", response = Order)]
#[derive(Debug, Clone, Default)]
pub struct CreateOrder {
    pub store_id: String,
    pub items: Vec<Item>,
    pub note: Option<String>,
    pub r#type: Option<String>,
    #[serde(rename = "shipTo")]
    pub ship_to: Option<CreateOrderBodyShipTo>,
}
"#;
    assert!(orders.contains(expected_create), "{orders}");
    assert!(
        orders.contains(r#"#[endpoint(DELETE, "/stores/<store_id>/orders/<id>", response = ())]"#),
        "{orders}"
    );
    assert!(orders.contains("    pub id: i64,\n"), "{orders}");

    let operations = read(out, "src/operations.rs");
    // A list asked for by page number and size pages itself.
    let paged = r#"#[endpoint(
    GET,
    "/items",
    response = Vec<Item>,
    paginate = offset(page = page, per_page = per_page)
)]"#;
    assert!(operations.contains(paged), "{operations}");
    // Not by `pageSize` alone.
    assert!(
        orders.contains(r#"#[endpoint(GET, "/stores/<store_id>/orders", response = Vec<Order>)]"#)
    );
    assert!(
        operations
            .contains(r#"#[endpoint(POST, "/tokens", body = form, response = TokenResponse)]"#),
        "{operations}"
    );
    assert!(
        operations.contains("    pub grant_type: String,\n    pub scope: Option<String>,\n"),
        "{operations}"
    );
    // A form's list: repeated keys, OpenAPI's default; `deepObject`, brackets.
    assert!(
        operations.contains(
            "    #[serde(serialize_with = \"restpoint::form::repeated_keys\")]\n    pub audiences: \
             Option<Vec<String>>,\n    pub expand: Option<Vec<String>>,\n"
        ),
        "{operations}"
    );

    let models = read(out, "src/models.rs");
    // `allOf` merged; a model may not take a name the code uses (`String`).
    assert!(models.contains("pub struct Order {\n    pub items: Vec<Item>,"), "{models}");
    assert!(models.contains("    pub id: i64,\n}"), "{models}");
    assert!(models.contains("pub type String2 = String;"), "{models}");
    assert!(
        models.contains(
            "/// One of `open`, `shipped`.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Status {
    #[default]
    #[serde(rename = \"open\")]
    Open,
    #[serde(rename = \"shipped\")]
    Shipped,
    /// A value the description does not list, kept as it came.
    #[serde(untagged)]
    Other(String),
}"
        ),
        "{models}"
    );
    // A choice of schemas is an untagged enum, its variants named after their types.
    assert!(models.contains("    pub price: Option<ItemPrice>,"), "{models}");
    let price = "#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]\n#[serde(untagged)]\n\
                 pub enum ItemPrice {\n    String(String),\n    Number(f64),\n}\n\n\
                 impl Default for ItemPrice {\n    fn default() -> Self {\n        \
                 ItemPrice::String(Default::default())\n    }\n}\n";
    assert!(models.contains(price), "{models}");
    assert!(
        models.contains("pub enum Payment {\n    Item(Item),\n    List(Vec<String>),\n}"),
        "{models}"
    );

    let lib = read(out, "src/lib.rs");
    assert!(lib.contains("`restpoint::Client::builder(\"https://shop.example/v1\")`"), "{lib}");
    // Each module as made: `cargo fmt` leaves it so.
    let modules = "#[rustfmt::skip]\npub mod models;\n\n#[rustfmt::skip]\npub mod operations;\n\n\
                   #[rustfmt::skip]\npub mod orders;\n";
    assert!(lib.contains(modules), "{lib}");
    let report = read(out, "IMPORT-REPORT.md");
    assert!(report.contains("1 place is approximated"), "{report}");
    assert!(report.contains("get /stores/{storeId}/orders parameter `session`"), "{report}");
    let manifest = read(out, "Cargo.toml");
    assert!(manifest.contains("name = \"shop-api\""), "{manifest}");
    // No unit tests in made code: `cargo test` does not build the crate twice.
    assert!(manifest.contains("\n[lib]\n") && manifest.contains("\ntest = false\n"), "{manifest}");
}

#[test]
fn json_descriptions_are_read_too() {
    let spec = r#"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
        "paths": {"/ping": {"get": {"operationId": "ping", "responses": {"200": {"description": "ok",
        "content": {"text/plain": {}}}}}}}}"#;
    let imported = import(spec, "json");
    let (output, out) = (&imported.output, &imported.out);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let operations = read(out, "src/operations.rs");
    assert!(operations.contains(r#"#[endpoint(GET, "/ping", response = String)]"#), "{operations}");
    assert!(operations.contains("pub struct Ping {}"), "{operations}");
}

#[test]
fn wrong_descriptions_never_panic() {
    read_without_panic(
        "openapi",
        &[
            "{}",
            "[]",
            "paths: 5",
            "paths: { /a: 5, /b: { get: 7 }, /c: { post: { parameters: [5, {name: 3}], requestBody: 9 } } }",
            // A reference to itself, to nowhere, and a schema of every wrong kind.
            "paths: { /a: { get: { responses: { 200: { content: { application/json: { schema: { $ref: '#/components/schemas/A' } } } } } } } }\n\
         components: { schemas: { A: { $ref: '#/components/schemas/A' }, B: { $ref: '#/nowhere' }, C: { type: 5 }, D: { type: object, properties: 5 }, \
         E: { oneOf: [{ $ref: '#/components/schemas/E' }, { anyOf: [{ type: string }, { oneOf: [] }, 4] }] } } }",
            "paths: { '/{a}/{a}': { get: { parameters: [{ name: a, in: path }, { name: a, in: path }] } } }",
        ],
        "yaml",
    );
}

#[test]
fn wrong_collections_never_panic() {
    read_without_panic(
        "postman",
        &[
            "{}",
            r#"{"item": 5}"#,
            r#"{"item": [5, {"request": 5}, {"item": {"a": 1}}]}"#,
            r#"{"item": [{"name": "x", "request": {"method": 7, "url": {"path": 5, "query": [1, {"key": 2}]}}}]}"#,
            r#"{"item": [{"name": "y", "request": {"url": "{{host}}", "header": 3, "body": {"mode": "raw", "raw": "{{not json}}"}}, "response": [{"code": "201"}, {"code": 201, "body": 5}]}]}"#,
            r#"{"item": [{"name": "z", "request": {"url": "::/:", "body": {"mode": "urlencoded", "urlencoded": 5}}}]}"#,
        ],
        "json",
    );
}

#[test]
fn bad_arguments_and_files_are_errors_that_say_why() {
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_restpoint-import")).args(args).output();
        let output = output.expect("the importer runs");
        let said = String::from_utf8_lossy(&output.stderr).into_owned()
            + &String::from_utf8_lossy(&output.stdout);
        (output.status.code(), said)
    };
    // Arguments: 2, with what was expected.
    let (code, said) = run(&[]);
    assert_eq!(code, Some(2));
    assert!(said.contains("Usage: restpoint-import <COMMAND>"), "{said}");
    let (code, said) = run(&["openapi", "spec.yaml"]);
    assert_eq!((code, said.contains("--out <DIR>")), (Some(2), true), "{said}");
    let (code, said) = run(&["swagger", "c.json", "--out", "x"]);
    assert_eq!(
        (code, said.contains("unrecognized subcommand 'swagger'")),
        (Some(2), true),
        "{said}"
    );
    // Help and version: 0.
    let (code, said) = run(&["--help"]);
    assert!(code == Some(0) && said.contains("openapi") && said.contains("curl"), "{said}");
    let (code, said) = run(&["--version"]);
    assert_eq!(
        (code, said.trim()),
        (Some(0), concat!("restpoint-import ", env!("CARGO_PKG_VERSION")))
    );
    // Inputs that cannot be imported: 1, naming them.
    let (code, said) = run(&["postman", "/no/such/collection.json", "--out", "x"]);
    assert_eq!((code, said.contains("/no/such/collection.json")), (Some(1), true), "{said}");
    let (code, said) = run(&["openapi", "/no/such/file.yaml", "--out", "x"]);
    assert_eq!((code, said.contains("/no/such/file.yaml")), (Some(1), true), "{said}");
    let (code, said) = run(&["curl", "--", "curl", "-s"]);
    assert_eq!((code, said.contains("no URL")), (Some(1), true), "{said}");
    let imported = import("key: [unclosed", "yaml");
    let output = &imported.output;
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1));
    assert!(said.contains("neither JSON nor YAML"), "{said}");
}

#[test]
fn a_description_split_over_files_is_read_whole_and_never_leaves_its_folder() {
    let (dir, root) = split_description("restpoint-import-split", &["paths", "schemas"]);
    let write = |path: &str, text: &str| std::fs::write(root.join(path), text).unwrap();
    write(
        "openapi.yaml",
        r##"
openapi: 3.0.3
info: { title: Split, version: "1" }
paths:
  /users: { $ref: "./paths/users.yaml#/list" }
  /users/{id}: { $ref: "paths/users.yaml#/one" }
components:
  schemas: { $ref: "./schemas/_index.yaml" }
"##,
    );
    write("schemas/_index.yaml", "User: { $ref: './user.yaml#/User' }\n");
    write(
        "schemas/user.yaml",
        r##"
User:
  type: object
  properties:
    id: { type: string }
    address: { $ref: "./address.yaml" }
    manager: { $ref: "#/User" }
    secret: { $ref: "../../outside.yaml#/Secret" }
    remote: { $ref: "https://schemas.example/remote.json" }
"##,
    );
    write("schemas/address.yaml", "type: object\nproperties: { city: { type: string } }\n");
    write(
        "paths/users.yaml",
        r##"
list:
  get:
    operationId: listUsers
    parameters: [{ $ref: "../parameters.yaml#/limit" }]
    responses:
      "200":
        description: users
        content: { application/json: { schema: { type: array, items: { $ref: "../schemas/user.yaml#/User" } } } }
one:
  get:
    operationId: getUser
    parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
    responses:
      "200":
        description: a user
        content: { application/json: { schema: { $ref: "../schemas/_index.yaml#/User" } } }
"##,
    );
    write("parameters.yaml", "limit: { name: limit, in: query, schema: { type: integer } }\n");
    std::fs::write(dir.path().join("outside.yaml"), "Secret: { type: string }\n").unwrap();

    let out = dir.path().join("crate");
    let output = run_importer("openapi", &root.join("openapi.yaml"), &out, &[]);
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{said}{}", String::from_utf8_lossy(&output.stderr));
    assert!(said.contains("2 endpoints in 1 module,"), "{said}");
    let operations = read(&out, "src/operations.rs");
    assert!(operations.contains("response = Vec<User>"), "{operations}");
    assert!(operations.contains("pub limit: Option<i64>,"), "{operations}");
    assert!(operations.contains("response = User)]"), "{operations}");
    let models = read(&out, "src/models.rs");
    assert!(models.contains("pub address: Option<Address>,"), "{models}");
    assert!(
        models.contains("pub manager: Option<Box<User>>,")
            || models.contains("pub manager: Option<User>,"),
        "{models}"
    );
    assert!(models.contains("pub struct Address {"), "{models}");
    assert!(!models.contains("Secret {"), "a file outside the folder is not read: {models}");
    let report = read(&out, "IMPORT-REPORT.md");
    assert!(report.contains("outside the description's folder"), "{report}");
    assert!(report.contains("https://schemas.example/remote.json"), "{report}");
}

#[test]
fn swagger_2_bodies_forms_and_definitions_are_read_as_written() {
    let spec = r##"
swagger: "2.0"
info: { title: Chat, version: "1" }
host: chat.example
basePath: /api
schemes: [https]
consumes: [application/json]
produces: [application/json]
securityDefinitions:
  token: { type: apiKey, in: header, name: X-Chat-Token }
  machine: { type: oauth2, flow: application, tokenUrl: "https://chat.example/oauth/token" }
parameters:
  perPage: { name: per_page, in: query, type: integer }
responses:
  error: { description: an error, schema: { $ref: "#/definitions/Error" } }
paths:
  /chat.postMessage:
    post:
      operationId: chat.postMessage
      consumes: [application/x-www-form-urlencoded]
      parameters:
        - { name: channel, in: formData, type: string, required: true }
        - { name: text, in: formData, type: string }
        - { name: unfurl, in: formData, type: boolean }
      responses:
        200: { description: ok, schema: { $ref: "#/definitions/Message" } }
        default: { $ref: "#/responses/error" }
  /files.upload:
    post:
      operationId: files.upload
      consumes: [multipart/form-data]
      parameters:
        - { name: file, in: formData, type: file, required: true }
        - { name: channels, in: formData, type: string }
        - { name: thread, in: formData, type: array, items: { type: string } }
      responses:
        200: { description: ok }
  /messages:
    get:
      operationId: listMessages
      parameters:
        - $ref: "#/parameters/perPage"
        - { name: tags, in: query, type: array, items: { type: string }, collectionFormat: csv }
      responses:
        200: { description: ok, schema: { type: array, items: { $ref: "#/definitions/Message" } } }
    put:
      operationId: replaceMessage
      parameters:
        - { name: message, in: body, required: true, schema: { $ref: "#/definitions/Message" } }
      responses:
        204: { description: done }
definitions:
  Message:
    type: object
    required: [ts]
    properties:
      ts: { type: string }
      edited: { type: string, x-nullable: true }
  Error:
    type: object
    properties: { error: { type: string } }
"##;
    let imported = import(spec, "yaml");
    let (output, out) = (&imported.output, &imported.out);
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{said}{}", String::from_utf8_lossy(&output.stderr));
    assert!(said.contains("4 endpoints") && said.contains("2 models, 1 approximation"), "{said}");
    let operations = read(out, "src/operations.rs");
    // The error answers' one schema is the error type.
    let post = r#"#[endpoint(POST, "/chat.postMessage", body = form, response = Message, error = Error)]
#[derive(Debug, Clone, Default)]
pub struct ChatPostMessage {
    pub channel: String,
    pub text: Option<String>,
    pub unfurl: Option<bool>,
}"#;
    assert!(operations.contains(post), "{operations}");
    // A file among form parameters: multipart, the file a part of its own (and no
    // `Default`, which a file does not have); a list, text the caller writes.
    let upload = r#"#[endpoint(POST, "/files.upload", body = multipart, response = ())]
#[derive(Debug, Clone)]
pub struct FilesUpload {
    pub file: restpoint::multipart::File,
    pub channels: Option<String>,
    /// Approximated: the part `thread` is a `Vec<String>` in the description; sent as the text given (JSON for an object).
    pub thread: Option<String>,
}"#;
    assert!(operations.contains(upload), "{operations}");
    assert!(operations.contains("pub per_page: Option<i64>,"), "{operations}");
    assert!(operations.contains("restpoint::query::comma_separated"), "{operations}");
    // A body's object is the endpoint's members, as for OpenAPI 3.
    assert!(
        operations.contains("pub struct ReplaceMessage {\n    pub ts: String,"),
        "{operations}"
    );
    let models = read(out, "src/models.rs");
    assert!(models.contains("pub ts: String,"), "{models}");
    assert!(models.contains("pub edited: Option<String>,"), "{models}");
    let lib = read(out, "src/lib.rs");
    assert!(lib.contains(r#"pub const BASE_URL: &str = "https://chat.example/api";"#), "{lib}");
    // A client builder for each way to authenticate.
    let lib = read(out, "src/auth.rs");
    let key = r#"restpoint::Client::builder(base_url).sensitive_header("X-Chat-Token", key)"#;
    assert!(lib.contains(key), "{lib}");
    assert!(lib.contains(r#""https://chat.example/oauth/token","#), "{lib}");
    assert!(lib.contains("pub fn machine(\n    base_url: &str,\n    client_id: &str,"), "{lib}");
}

#[test]
fn operations_on_one_method_and_path_are_one_declaration_each() {
    // Told apart by a fragment of the path key, which is never sent.
    let spec = r##"
openapi: 3.0.0
info: { title: Files, version: "1" }
paths:
  /files/{file_id}:
    put:
      operationId: updateFile
      parameters: [{ name: file_id, in: path, required: true, schema: { type: string } }]
      responses: { 200: { description: ok } }
  /files/{file_id}#add_shared_link:
    put:
      parameters: [{ name: file_id, in: path, required: true, schema: { type: string } }]
      responses: { 200: { description: ok } }
  /files/{file_id}#remove_shared_link:
    put:
      parameters: [{ name: file_id, in: path, required: true, schema: { type: string } }]
      responses: { 200: { description: ok } }
  /reports/{year}/q{quarter} data:
    get: { responses: { 200: { description: ok } } }
  /uploads:
    servers: [{ url: "https://upload.files.example" }]
    post: { operationId: createUpload, responses: { 201: { description: ok } } }
  /events:
    get:
      operationId: watchEvents
      responses: { 200: { description: events, content: { text/event-stream: { schema: { type: string } } } } }
"##;
    let imported = import(spec, "yaml");
    let output = &imported.output;
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let operations = read(&imported.out, "src/operations.rs");
    assert_eq!(operations.matches(r#"PUT, "/files/<file_id>""#).count(), 3, "{operations}");
    assert!(operations.contains("pub struct PutFilesFileIdAddSharedLink {"), "{operations}");
    assert!(operations.contains("pub struct PutFilesFileIdRemoveSharedLink {"), "{operations}");
    // A placeholder no parameter declares is a string; what a path may not hold is encoded.
    assert!(operations.contains(r#""/reports/<year>/q<quarter>%20data""#), "{operations}");
    // A path served elsewhere says where, and names it in a constant.
    assert!(
        operations.contains("Served at <https://upload.files.example>, not at the API's base URL")
    );
    assert!(
        operations
            .contains(r#"pub const CREATE_UPLOAD_SERVER: &str = "https://upload.files.example";"#)
    );
    assert!(operations.contains("`.stream(&client).await?.events()`"), "{operations}");

    // Postman: requests on one method and path, told apart by their query.
    let collection = r#"{"info": {"name": "Teams", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
      "variable": [{"key": "base", "value": "https://teams.example/v1"}],
      "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "X-Team-Key"}, {"key": "in", "value": "header"}]},
      "item": [
        {"name": "List members", "request": {"method": "GET", "url": {"raw": "{{base}}/teams/{{TeamId}}members", "path": ["teams", "{{TeamId}}members"]}}},
        {"name": "List admins", "request": {"method": "GET", "url": {"raw": "{{base}}/teams/{{TeamId}}members?role=admin", "path": ["teams", "{{TeamId}}members"], "query": [{"key": "role", "value": "admin"}]}}},
        {"name": "Get user", "request": {"method": "GET", "url": {"raw": "{{base}}/users('{{UserName}}')", "path": ["users('{{UserName}}')"]}}}
      ]}"#;
    let imported = import_as("postman", collection, "json");
    let output = &imported.output;
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("3 endpoints"), "{said}{}", String::from_utf8_lossy(&output.stderr));
    let operations = read(&imported.out, "src/operations.rs");
    assert_eq!(operations.matches(r#"GET, "/teams/<team_id>members""#).count(), 2, "{operations}");
    assert!(operations.contains(r#""/users('<user_name>')""#), "{operations}");
    // The collection's base URL (its variable's value) and its auth.
    let lib = read(&imported.out, "src/lib.rs");
    assert!(lib.contains(r#"pub const BASE_URL: &str = "https://teams.example/v1";"#), "{lib}");
    let auth = read(&imported.out, "src/auth.rs");
    assert!(auth.contains(r#".sensitive_header("X-Team-Key", key)"#), "{auth}");
}

#[test]
fn a_curl_command_is_one_declaration_and_its_secrets_stay_out_of_it() {
    let output = Command::new(env!("CARGO_BIN_EXE_restpoint-import"))
        .args(["curl", "--", "curl", "-X", "POST"])
        .arg("https://tenant.eu.auth0.com/api/v2/users/auth0%7C63d17c6a9d503d76c056c177/identities")
        .args(["-H", "Authorization: Bearer eyJ-secret-token", "-H", "X-Api-Key: key-secret"])
        .args(["-H", "Content-Type: application/json", "-H", "X-Request-Id: 7"])
        .args(["-d", r#"{"provider":"auth0","user_id":"auth0|2","metadata":{"plan":"pro"}}"#])
        .output()
        .expect("the importer runs");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{said}{}", String::from_utf8_lossy(&output.stderr));
    let declaration = r#"#[endpoint(POST, "/api/v2/users/<id>/identities", response = serde_json::Value)]
#[derive(Debug, Clone, Default)]
pub struct PostUsersIdentities {
    /// For example `auth0|63d17c6a9d503d76c056c177`.
    pub id: String,
    /// For example `7`.
    #[header("X-Request-Id")]
    pub x_request_id: String,
    pub provider: Option<String>,
    pub user_id: Option<String>,
    pub metadata: Option<PostUsersIdentitiesBodyMetadata>,
}"#;
    assert!(said.contains(declaration), "{said}");
    assert!(said.contains("pub struct PostUsersIdentitiesBodyMetadata {"), "{said}");
    assert!(said.contains(r#".bearer_auth(std::env::var("API_TOKEN")?)"#), "{said}");
    assert!(
        said.contains(r#".sensitive_header("X-Api-Key", std::env::var("API_X_API_KEY")?)"#),
        "{said}"
    );
    assert!(!said.contains("secret"), "no secret of the command: {said}");
    syn::parse_file(&said).expect("Rust");
}

#[test]
fn hostile_descriptions_are_read_quickly_or_refused_quickly() {
    // `allOf` chains that name the same schemas ten times a level: once each.
    let mut schemas = serde_json::Map::new();
    for level in 0..12 {
        let schema = if level == 11 {
            serde_json::json!({ "type": "object", "properties": { "x": { "type": "string" } } })
        } else {
            let next =
                serde_json::json!({ "$ref": format!("#/components/schemas/L{}", level + 1) });
            serde_json::json!({ "allOf": vec![next; 10] })
        };
        schemas.insert(format!("L{level}"), schema);
    }
    let spec = serde_json::json!({
        "openapi": "3.0.0", "info": { "title": "t", "version": "1" },
        "paths": { "/x": { "get": { "responses": { "200": { "description": "ok", "content": {
            "application/json": { "schema": { "$ref": "#/components/schemas/L0" } } } } } } } },
        "components": { "schemas": schemas },
    });
    let started = std::time::Instant::now();
    let imported = import_ok(&spec.to_string(), "json");
    assert!(started.elapsed() < std::time::Duration::from_secs(10), "took {:?}", started.elapsed());
    assert!(read(&imported.out, "src/models.rs").contains("pub struct L0 {\n"));

    // 40,000 levels of nesting: refused at once.
    let deep =
        format!("{{\"openapi\": \"3.0.0\", \"x\": {}{}}}", "[".repeat(40_000), "]".repeat(40_000));
    let started = std::time::Instant::now();
    let refused = import(&deep, "json");
    assert_eq!(refused.output.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&refused.output.stderr).contains("nested more than 128 levels")
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "took {:?}", started.elapsed());

    // Numbers past 64 bits are floats, not a reason to refuse the file; aliases
    // of each other are a `serde_json::Value`, not a crate that does not compile.
    let spec = r##"
openapi: 3.0.0
info: { title: t, version: "1" }
paths:
  /x:
    get:
      parameters: [{ name: n, in: query, schema: { type: integer, minimum: -9223372036854776000 } }]
      responses: { 200: { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/A" } } } } }
components:
  schemas:
    A: { $ref: "#/components/schemas/B" }
    B: { $ref: "#/components/schemas/A" }
"##;
    let imported = import_ok(spec, "yaml");
    let models = read(&imported.out, "src/models.rs");
    assert!(models.contains("pub type A = serde_json::Value;"), "{models}");
}

#[test]
fn openapi_3_1_types_and_refinements_are_types_not_values() {
    let spec = r##"
openapi: 3.1.0
info: { title: Refined, version: "1" }
paths:
  /things:
    get:
      responses: { 200: { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Thing" } } } } }
components:
  schemas:
    Id: { type: string, pattern: "^thg_" }
    Base:
      type: object
      properties: { id: { $ref: "#/components/schemas/Id" }, name: { type: [string, "null"] } }
    Thing:
      allOf:
        - $ref: "#/components/schemas/Base"
        - required: [id]
        - type: object
          anyOf: [{ required: [name] }, { required: [label] }]
          properties:
            label: { type: string }
            kind: { const: thing }
            parent: { oneOf: [{ $ref: "#/components/schemas/Id" }, { type: "null" }] }
            alias: { allOf: [{ $ref: "#/components/schemas/Id" }, { description: "Another name." }] }
            narrower: { allOf: [{ $ref: "#/components/schemas/Id" }, { type: string, maxLength: 10 }] }
"##;
    let imported = import(spec, "yaml");
    let said = String::from_utf8_lossy(&imported.output.stdout);
    assert!(
        said.contains("0 approximations"),
        "{said}{}",
        String::from_utf8_lossy(&imported.output.stderr)
    );
    let models = read(&imported.out, "src/models.rs");
    let thing = "pub struct Thing {
    pub id: Id,
    #[serde(default, skip_serializing_if = \"Option::is_none\")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = \"Option::is_none\")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = \"Option::is_none\")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = \"Option::is_none\")]
    pub parent: Option<Id>,
    #[serde(default, skip_serializing_if = \"Option::is_none\")]
    pub alias: Option<Id>,
    #[serde(default, skip_serializing_if = \"Option::is_none\")]
    pub narrower: Option<Id>,
}";
    assert!(models.contains(thing), "{models}");
}

const LISTS: &str = r##"
openapi: 3.0.0
info: { title: Lists, version: "1" }
paths:
  /organizations:
    get:
      operationId: list_organizations
      x-restpoint-paginate: "checkpoint(from, take, default_size = 50)"
      parameters:
        - { name: from, in: query, schema: { type: string } }
        - { name: take, in: query, schema: { type: integer } }
        - { name: page, in: query, schema: { type: integer } }
        - { name: per_page, in: query, schema: { type: integer } }
      responses:
        "200":
          description: an array, or an envelope with the total, or one with `next`
          content:
            application/json:
              schema:
                oneOf:
                  - { type: array, items: { $ref: "#/components/schemas/Organization" } }
                  - $ref: "#/components/schemas/Totals"
                  - $ref: "#/components/schemas/Checkpoint"
        "400": { $ref: "#/components/responses/Error" }
        default: { $ref: "#/components/responses/Error" }
  /users:
    get:
      operationId: list_users
      x-restpoint-paginate: "checkpoint(from = cursor, take)"
      parameters:
        - { name: page, in: query, schema: { type: integer } }
      responses:
        "200":
          description: users
          content: { application/json: { schema: { type: array, items: { type: string } } } }
        "400":
          description: one shape
          content: { application/json: { schema: { $ref: "#/components/schemas/Problem" } } }
        "500":
          description: another
          content: { application/json: { schema: { type: string } } }
  /templates:
    post:
      operationId: create_template
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [name, body]
              properties:
                name: { type: string }
                body: { type: string, nullable: true }
      responses: { "201": { description: made } }
components:
  responses:
    Error:
      description: an error
      content: { application/json: { schema: { $ref: "#/components/schemas/Problem" } } }
  schemas:
    Organization: { type: object, required: [id], properties: { id: { type: string } } }
    Totals:
      type: object
      additionalProperties: false
      properties:
        organizations: { type: array, items: { $ref: "#/components/schemas/Organization" } }
        total: { type: number }
    Checkpoint:
      type: object
      additionalProperties: false
      properties:
        organizations: { type: array, items: { $ref: "#/components/schemas/Organization" } }
        next: { type: string }
    Problem: { type: object, properties: { message: { type: string } } }
"##;

#[test]
fn lists_page_themselves_errors_are_typed_and_null_is_sent_where_required() {
    let imported = import(LISTS, "yaml");
    let said = String::from_utf8_lossy(&imported.output.stdout);
    assert!(imported.output.status.success(), "{said}");
    let operations = read(&imported.out, "src/operations.rs");
    let models = read(&imported.out, "src/models.rs");
    // As the description says, in the attribute's syntax, with Rust's names.
    let organizations = r#"#[endpoint(
    GET,
    "/organizations",
    response = ListOrganizationsResponse,
    error = Problem,
    paginate = checkpoint(from = from, take = take, default_size = 50)
)]"#;
    assert!(operations.contains(organizations), "{operations}");
    // The answer's three shapes: one page type; each envelope's roles marked, and
    // a closed envelope told apart by its members.
    for expected in [
        "#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, restpoint::Page)]\n\
         #[serde(untagged)]\npub enum ListOrganizationsResponse {",
        "#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, restpoint::Page)]\n\
         #[serde(deny_unknown_fields)]\npub struct Checkpoint {",
        "    #[page(items)]\n    pub organizations: Option<Vec<Organization>>,",
        "    #[page(next)]\n    pub next: Option<String>,",
        "    #[page(total)]\n    pub total: Option<f64>,",
    ] {
        assert!(models.contains(expected), "{expected}\n{models}");
    }
    // A paging the operation cannot have: said, and the list left unpaged.
    let report = read(&imported.out, "IMPORT-REPORT.md");
    assert!(
        report.contains(
            "`x-restpoint-paginate: checkpoint(from = cursor, take)`: the operation has no \
             parameter `cursor`; not paged"
        ),
        "{report}"
    );
    // Error answers of two shapes: each status's own, chosen by the status.
    let users = r#"#[endpoint(GET, "/users", response = Vec<String>, error = Problem, error(500) = String)]"#;
    assert!(operations.contains(users), "{operations}");
    assert!(!models.contains("ProblemOrString"), "{models}");
    // Required and nullable: `None` is sent as `null`.
    assert!(operations.contains("    #[send_null]\n    pub body: Option<String>,"), "{operations}");
}

#[test]
fn check_names_the_first_file_and_line_that_drifted() {
    let imported = import(LISTS, "yaml");
    assert!(imported.output.status.success());
    let spec = imported.out.parent().expect("the folder").join("spec.yaml");
    let check = || {
        let output = run_importer("openapi", &spec, &imported.out, &["--check".as_ref()]);
        (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
    };
    // As made, and with a file the import never writes beside it.
    std::fs::write(imported.out.join("README.md"), "written by hand").expect("a README");
    assert_eq!(check(), (Some(0), String::new()));
    // A line edited by hand.
    let models = read(&imported.out, "src/models.rs");
    let edited = models.replacen("pub id: String", "pub id: u64", 1);
    std::fs::write(imported.out.join("src/models.rs"), &edited).expect("edited");
    let line = models.lines().position(|line| line.contains("pub id: String")).expect("id") + 1;
    let (status, said) = check();
    assert_eq!(status, Some(1), "{said}");
    assert!(said.contains(&format!("src/models.rs:{line}: differs")), "{said}");
    assert!(said.contains("written: \"    pub id: u64,\"\n  made:    \"    pub id: String,\""));
    std::fs::write(imported.out.join("src/models.rs"), &models).expect("restored");
    // One byte of the description, in a text no declaration shows: its digest
    // in the report.
    let description = std::fs::read_to_string(&spec).expect("the description");
    let changed = description.replacen("description: users", "description: usert", 1);
    assert_ne!(changed, description);
    std::fs::write(&spec, changed).expect("changed");
    let (status, said) = check();
    assert_eq!(status, Some(1), "{said}");
    assert!(said.contains("IMPORT-REPORT.md:"), "{said}");
    std::fs::write(&spec, &description).expect("restored");
    // A module the description no longer makes.
    std::fs::write(imported.out.join("src/gone.rs"), "").expect("a stale module");
    let (status, said) = check();
    assert_eq!(status, Some(1), "{said}");
    assert!(said.contains("src/gone.rs: the import does not make it"), "{said}");
}

#[test]
fn a_server_with_variables_is_a_base_url_and_a_function_of_its_values() {
    let spec = r##"
openapi: 3.0.0
info: { title: Regions, version: "1" }
servers:
  - url: "https://{region}.api.example/v{version}"
    variables:
      region: { default: eu, enum: [eu, us], description: "Where the account lives." }
      version: { default: "2" }
  - url: "https://api.example"
paths:
  /ping:
    get:
      operationId: ping
      servers: [{ url: "https://{zone}.status.example", variables: { zone: { default: a } } }]
      responses: { "200": { description: ok } }
"##;
    let imported = import_ok(spec, "yaml");
    let lib = read(&imported.out, "src/lib.rs");
    for expected in [
        // The server with each variable's default: a URL a client takes as it is.
        r#"pub const BASE_URL: &str = "https://eu.api.example/v2";"#,
        "/// The description also lists `https://api.example`.",
        "/// - `region`: Where the account lives. One of `eu`, `us`. By default `eu`.",
        "/// - `version`. By default `2`.",
        "pub fn base_url(region: &str, version: &str) -> String {",
        r#"["https://", region, ".api.example/v", version].concat()"#,
    ] {
        assert!(lib.contains(expected), "{expected}\n{lib}");
    }
    let operations = read(&imported.out, "src/operations.rs");
    assert!(
        operations.contains(r#"pub const PING_SERVER: &str = "https://a.status.example";"#),
        "{operations}"
    );

    // A server that is no URL of its own: no constant that a client would refuse.
    for server in ["", "/api/v1", "https://{tenant}.api.example"] {
        let spec = format!(
            "openapi: 3.0.0\ninfo: {{ title: T, version: '1' }}\nservers: [{{ url: '{server}' }}]\n\
             paths: {{ /ping: {{ get: {{ responses: {{ '200': {{ description: ok }} }} }} }} }}\n"
        );
        let imported = import(&spec, "yaml");
        assert!(imported.output.status.success());
        let lib = read(&imported.out, "src/lib.rs");
        assert!(!lib.contains("BASE_URL: &str"), "{server}: {lib}");
        assert_eq!(lib.contains("pub fn base_url(tenant: &str)"), server.contains('{'), "{lib}");
    }
}

#[test]
fn error_answers_are_typed_by_their_status() {
    let spec = r##"
openapi: 3.0.0
info: { title: Errors, version: "1" }
paths:
  /apps:
    post:
      operationId: create_app
      responses:
        "201": { description: made }
        "400": { $ref: "#/components/responses/Problem" }
        "404": { $ref: "#/components/responses/Problem" }
        "409": { description: taken, content: { application/json: { schema: { $ref: "#/components/schemas/Conflict" } } } }
        "422": { description: wrong, content: { application/json: { schema: { $ref: "#/components/schemas/Validation" } } } }
        "4XX": { $ref: "#/components/responses/Problem" }
        "5XX": { description: down, content: { application/json: { schema: { $ref: "#/components/schemas/Trouble" } } } }
        "4oops": { description: no status, content: { application/json: { schema: { $ref: "#/components/schemas/Trouble" } } } }
        default: { $ref: "#/components/responses/Problem" }
  /apps/{id}:
    get:
      operationId: get_app
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        "200": { description: the app }
        "404": { $ref: "#/components/responses/Problem" }
        "4XX": { description: other, content: { application/json: { schema: { $ref: "#/components/schemas/Conflict" } } } }
    delete:
      operationId: delete_app
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        "204": { description: gone }
        "404": { $ref: "#/components/responses/Problem" }
        "500": { $ref: "#/components/responses/Problem" }
components:
  responses:
    Problem:
      description: a problem
      content: { application/json: { schema: { $ref: "#/components/schemas/Problem" } } }
  schemas:
    Problem: { type: object, properties: { message: { type: string } } }
    Conflict: { type: object, required: [id], properties: { id: { type: string } } }
    Validation: { type: object, required: [detail], properties: { detail: { type: array, items: { type: string } } } }
    Trouble: { type: object, properties: { retry: { type: boolean } } }
"##;
    let imported = import(spec, "yaml");
    let said = String::from_utf8_lossy(&imported.output.stdout);
    assert!(imported.output.status.success(), "{said}");
    let operations = read(&imported.out, "src/operations.rs");
    for expected in [
        // `default` is every other status's; a status whose type its class (or
        // `default`) gives already is not said again.
        "    error = Problem,\n    error(409) = Conflict,\n    error(422) = Validation,\n    \
         error(5XX) = Trouble\n)]",
        "/// Error bodies (`error.api_error::<T>()`): `Conflict` for `409`, `Validation` for \
         `422`, `Trouble` for `5XX`, `Problem` for any other.",
        // No `default`: the type most statuses have (the first, on a tie); a
        // status kept where its class has another type.
        "    error = Problem,\n    error(404) = Problem,\n    error(4XX) = Conflict\n)]",
        // One type for every error answer: one `error = T`.
        r#"#[endpoint(DELETE, "/apps/<id>", response = (), error = Problem)]"#,
    ] {
        assert!(operations.contains(expected), "{expected}\n{operations}");
    }
    // A key that is no status: left out, and said.
    let report = read(&imported.out, "IMPORT-REPORT.md");
    assert!(report.contains("an answer under `4oops`, which is no status: not typed"), "{report}");
}

#[test]
fn an_answer_the_description_names_is_one_type_for_every_operation() {
    // `BadRequest` and `Page` are answers with schemas of their own (not
    // components), each given by two operations; `get_thing` has its own.
    let spec = r##"
openapi: 3.0.0
info: { title: Shared answers, version: "1" }
paths:
  /things:
    get:
      operationId: list_things
      responses:
        "200": { $ref: "#/components/responses/Page" }
        "400": { $ref: "#/components/responses/BadRequest" }
        "404": { $ref: "#/components/responses/Missing" }
  /others:
    get:
      operationId: list_others
      responses:
        "200": { $ref: "#/components/responses/Page" }
        "400": { $ref: "#/components/responses/BadRequest" }
  /things/{id}:
    get:
      operationId: get_thing
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        "200": { description: the thing }
        "400":
          description: its own
          content: { application/json: { schema: { type: object, properties: { reason: { type: string } } } } }
components:
  responses:
    BadRequest:
      description: The request was not understood.
      content:
        application/json:
          schema:
            allOf:
              - { $ref: "#/components/schemas/Problem" }
              - { type: object, required: [status], properties: { status: { type: number, enum: [400] } } }
    Missing:
      description: Not found.
      content: { application/json: { schema: { $ref: "#/components/schemas/Problem" } } }
    Page:
      description: A page of names.
      content:
        application/json:
          schema: { type: object, properties: { names: { type: array, items: { type: string } } } }
  schemas:
    Problem: { type: object, properties: { message: { type: string } } }
"##;
    let imported = import_ok(spec, "yaml");
    let models = read(&imported.out, "src/models.rs");
    let operations = read(&imported.out, "src/operations.rs");
    // One model an answer, named after it, documented by it where its schema is not.
    for (model, doc) in
        [("BadRequest", "The request was not understood."), ("Page", "A page of names.")]
    {
        assert_eq!(models.matches(&format!("pub struct {model} {{")).count(), 1, "{models}");
        assert!(models.contains(&format!("/// {doc}\n")), "{doc}\n{models}");
    }
    // Both operations answer with them, and no model is named after either; an
    // answer that is a component schema is that schema's type (`Problem`), and an
    // operation's own answer is named after the operation.
    for expected in [
        r#"#[endpoint(GET, "/things", response = Page, error = BadRequest, error(404) = Problem)]"#,
        r#"#[endpoint(GET, "/others", response = Page, error = BadRequest)]"#,
        r#"#[endpoint(GET, "/things/<id>", response = (), error = GetThingError)]"#,
    ] {
        assert!(operations.contains(expected), "{expected}\n{operations}");
    }
    assert!(!models.contains("ListThings") && !models.contains("ListOthers"), "{models}");
    assert!(models.contains("pub struct GetThingError {"), "{models}");
}

#[test]
fn an_answer_shared_from_another_file_is_one_type_for_every_operation() {
    // `responses/invalid.yaml` and `responses/page.yaml` are answers that three
    // operations, in two files, give by reference; the root names an answer
    // `invalid` of its own already.
    let (dir, root) = split_description("restpoint-import-split-answers", &["paths", "responses"]);
    let write = |path: &str, text: &str| std::fs::write(root.join(path), text).unwrap();
    write(
        "openapi.yaml",
        r##"
openapi: 3.0.3
info: { title: Split answers, version: "1" }
paths:
  /uploads: { $ref: "paths/uploads.yaml" }
  /exports: { $ref: "paths/exports.yaml" }
  /health:
    get:
      operationId: health
      responses:
        "200": { description: up }
        "500": { $ref: "#/components/responses/invalid" }
components:
  responses:
    invalid:
      description: The root's own.
      content: { application/json: { schema: { type: object, properties: { code: { type: integer } } } } }
"##,
    );
    write(
        "paths/uploads.yaml",
        r##"
get:
  operationId: list_uploads
  responses:
    "200": { $ref: "../responses/page.yaml" }
    "422": { $ref: "../responses/invalid.yaml" }
post:
  operationId: create_upload
  responses:
    "201": { description: made }
    "422": { $ref: "../responses/invalid.yaml" }
"##,
    );
    write(
        "paths/exports.yaml",
        r##"
post:
  operationId: create_export
  responses:
    "200": { $ref: "../responses/page.yaml" }
    "422": { $ref: "../responses/invalid.yaml" }
    "409": { $ref: "../responses/missing.yaml" }
"##,
    );
    write(
        "responses/invalid.yaml",
        r##"
description: Validation failed.
content:
  application/json:
    schema: { type: object, properties: { detail: { type: array, items: { type: string } } } }
"##,
    );
    write(
        "responses/page.yaml",
        r##"
description: A page of uploads.
content:
  application/json:
    schema:
      description: Its own words.
      type: object
      properties: { names: { type: array, items: { type: string } } }
"##,
    );

    let out = dir.path().join("crate");
    let output = run_importer("openapi", &root.join("openapi.yaml"), &out, &[]);
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{said}{}", String::from_utf8_lossy(&output.stderr));
    let models = read(&out, "src/models.rs");
    let operations = read(&out, "src/operations.rs");
    // One model an answer, named after its file (`Invalid2`: the root's `invalid`
    // is `Invalid`), documented by the answer where its schema says nothing of
    // itself, and by the schema where it does.
    for (model, doc) in [
        ("Invalid", "The root's own."),
        ("Invalid2", "Validation failed."),
        ("Page", "Its own words."),
    ] {
        let declared = format!("pub struct {model} {{");
        assert_eq!(models.matches(&declared).count(), 1, "{models}");
        // The doc and attributes just above the declaration.
        let above = models.split(&declared).next().unwrap_or_default().lines().rev();
        let above: Vec<&str> = above.take_while(|line| line.starts_with(['#', '/'])).collect();
        assert!(above.contains(&format!("/// {doc}").as_str()), "{model}: {above:?}");
    }
    assert!(!models.contains("A page of uploads."), "{models}");
    for expected in [
        r#"#[endpoint(GET, "/uploads", response = Page, error = Invalid2)]"#,
        r#"#[endpoint(POST, "/uploads", response = (), error = Invalid2)]"#,
        r#"#[endpoint(POST, "/exports", response = Page, error = Invalid2)]"#,
        r#"#[endpoint(GET, "/health", response = (), error = Invalid)]"#,
    ] {
        assert!(operations.contains(expected), "{expected}\n{operations}");
    }
    for named_after_an_operation in ["ListUploads", "CreateUpload", "CreateExport"] {
        assert!(!models.contains(named_after_an_operation), "{models}");
    }
    // An answer file that is not there: said once, in the report.
    let report = read(&out, "IMPORT-REPORT.md");
    assert_eq!(report.matches("missing.yaml").count(), 1, "{report}");
}
