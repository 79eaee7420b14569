//! The reference: every argument of `#[endpoint]`, every field attribute, every
//! `paginate` form and every body mode, each with an example that compiles (each
//! is a doctest of this crate). The compile-fail suite (`tests/ui/` in the
//! repository, one rule per file) is its proof: each misuse shown there is an
//! error at the mistake that says the fix.
//!
//! - [`arguments`]: what goes in `#[endpoint(...)]`.
//! - [`fields`]: how each field of the struct is sent.
//! - [`bodies`]: JSON, forms, multipart, raw bytes.
//! - [`pagination`]: `paginate = ...` and `#[derive(Page)]`.

pub mod arguments {
    //! `#[endpoint(METHOD, "template", key = value, ...)]`.
    //!
    //! The method is one of `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD`,
    //! `OPTIONS`. The template is the path: text, `<name>` placeholders (each a
    //! field, one percent-encoded segment) and `<name..>` placeholders (a field
    //! whose value is several segments, `/` kept: a file path, a Google
    //! resource name). A placeholder is never empty: a path without it is an
    //! endpoint of its own.
    //!
    //! ```
    //! use restpoint::endpoint;
    //!
    //! #[endpoint(GET, "/repos/<owner>/<repo>/contents/<path..>")]
    //! pub struct GetContent {
    //!     pub owner: String,
    //!     pub repo: String,
    //!     pub path: String, // "docs/READ ME.md" is sent docs/READ%20ME.md
    //! }
    //! ```
    //!
    //! | argument | meaning | default |
    //! |---|---|---|
    //! | `response = T` | what a `2xx` body decodes into: JSON for any `Deserialize` type, text for `String`, bytes for `Bytes` or `Vec<u8>`, nothing for `()`, `Conditional<T>` to take a `304` too | `serde_json::Value` (`()` for `HEAD`) |
    //! | `error = T` | what a non-`2xx` body decodes into, for [`Error::api_error`](crate::Error::api_error) | none: the raw body is kept either way |
    //! | `error(404) = T`, `error(4XX) = T` | what the body of one status, or of a class of them (`3XX`, `4XX`, `5XX`), decodes into: a status's own type first, then its class's, then `error = T` | `error = T` |
    //! | `body = json \| form \| multipart` | how unmarked fields are sent (see [`bodies`](super::bodies)) | `json` |
    //! | `idempotent` | the endpoint may be sent again after any failure (a `POST` that is safe to repeat) | by method: `GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS` |
    //! | `headers("Name" = "value", ...)` | headers every call carries | none |
    //! | `query("name" = "value", ...)` | query parameters every call carries, before the fields | none |
    //! | `auth = none` | the call never carries the client's credentials | the client's |
    //! | `format = json \| text \| raw` | how a `2xx` body decodes where the type does not say (an alias) | by the type |
    //! | `check = path::to::fn` | a `2xx` is a success only if `fn(&Response<Bytes>) -> bool` says so | every `2xx` |
    //! | `paginate = style(...)` | how the endpoint asks for its next page (see [`pagination`](super::pagination)) | none |
    //! | `crate = "path"` | where `restpoint` is, if renamed | `::restpoint` |
    //!
    //! ```
    //! use restpoint::{endpoint, Bytes};
    //!
    //! #[derive(Debug, serde::Deserialize)]
    //! pub struct Auth0Error {
    //!     #[serde(rename = "statusCode")]
    //!     pub status_code: u16,
    //!     pub message: String,
    //! }
    //!
    //! /// Slack answers `200` with `{"ok": false}` on failure.
    //! fn slack_ok(answer: &restpoint::http::Response<Bytes>) -> bool {
    //!     !answer.body().starts_with(br#"{"ok":false"#)
    //! }
    //!
    //! #[endpoint(POST, "/api/v2/users/<id>/identities", response = Vec<serde_json::Value>,
    //!            error = Auth0Error, idempotent)]
    //! pub struct LinkUserAccount {
    //!     pub id: String,
    //!     pub provider: Option<String>,
    //!     pub user_id: Option<String>,
    //! }
    //!
    //! /// The body of a `422`: what is wrong, item by item.
    //! #[derive(Debug, serde::Deserialize)]
    //! pub struct HttpValidationError {
    //!     pub detail: Vec<serde_json::Value>,
    //! }
    //!
    //! #[endpoint(POST, "/api/v1/app", error = Auth0Error, error(422) = HttpValidationError)]
    //! pub struct CreateApp {
    //!     pub name: String,
    //! }
    //!
    //! #[endpoint(POST, "/api/chat.postMessage", check = slack_ok,
    //!            headers("Accept" = "application/json"))]
    //! pub struct PostMessage {
    //!     pub channel: String,
    //!     pub text: String,
    //! }
    //!
    //! #[endpoint(GET, "/storage/v1/b/<bucket>/o/<object>", query("alt" = "media"),
    //!            response = Bytes)]
    //! pub struct DownloadObject {
    //!     pub bucket: String,
    //!     pub object: String,
    //! }
    //!
    //! #[endpoint(POST, "/oauth/token", body = form, auth = none)]
    //! pub struct RefreshToken {
    //!     pub grant_type: String,
    //!     pub refresh_token: String,
    //! }
    //! ```
}

pub mod fields {
    //! Each field is sent one way: a path placeholder (by its name), a query
    //! parameter, a header, the whole body, or, unmarked, a member of the body.
    //!
    //! | attribute | sent as | types |
    //! |---|---|---|
    //! | none, named in the template | the placeholder's value | any `Display` |
    //! | none | a member of the body (`body = ...`) | any `Serialize` (a `File` or `Display` for multipart) |
    //! | `#[query]` | a query parameter; `None` left out, a `Vec` repeated keys | any `Serialize` |
    //! | `#[header("Name")]` | a header; `None` left out | any `Display` |
    //! | `#[body]` | the whole body, serialized | any `Serialize` |
    //! | `#[body(content_type = "...")]` | the whole body, as raw bytes of that type (a `File`'s own content type wins) | bytes, text, a `File` |
    //! | `#[secret]` (with any of the above) | the same, shown `***` in `Debug`, `to_curl` and errors | |
    //! | `#[send_null]` (a body member) | the member, `None` as `null` rather than left out | `Option<T>` |
    //!
    //! serde's attributes mean what they always mean: `rename` (in the query,
    //! the body, the parts of a multipart body), `rename_all` on the struct,
    //! `skip_serializing_if`, `serialize_with`, `flatten`.
    //!
    //! ```
    //! use restpoint::endpoint;
    //!
    //! #[endpoint(GET, "/api/v2/users/<id>/roles")]
    //! pub struct ListUserRoles {
    //!     pub id: String,
    //!     #[query]
    //!     pub page: Option<u32>,
    //!     #[query]
    //!     #[serde(serialize_with = "restpoint::query::comma_separated")]
    //!     pub fields: Vec<String>, // fields=email%2Cname
    //!     #[header("X-Correlation-Id")]
    //!     pub correlation: Option<String>,
    //! }
    //!
    //! #[derive(serde::Serialize)]
    //! pub struct Patch {
    //!     pub blocked: bool,
    //! }
    //!
    //! #[endpoint(PATCH, "/api/v2/users/<id>")]
    //! pub struct UpdateUser {
    //!     pub id: String,
    //!     #[body]
    //!     pub patch: Patch,
    //! }
    //!
    //! #[endpoint(POST, "/api/v2/users/<id>/identities")]
    //! pub struct LinkWithToken {
    //!     pub id: String,
    //!     #[secret]
    //!     pub link_with: String, // `***` wherever the request is shown
    //! }
    //! ```
}

pub mod bodies {
    //! `body = json` (the default) sends the unmarked fields as one JSON object,
    //! an `Option` member left out when `None`. `body = form` sends them as
    //! `application/x-www-form-urlencoded`, nested values bracketed as Stripe,
    //! Rails and PHP read them (`metadata[order_id]=6735`, `items[0][price]=p`,
    //! `expand[]=a&expand[]=b`), or a list as repeated keys with
    //! [`form::repeated_keys`](crate::form::repeated_keys). `body = multipart`
    //! sends each field as a part: a [`File`](crate::multipart::File) a file
    //! part, a `Display` value a text part, a `Vec` of either a part each (named
    //! `files[0]`, `files[1]` where the name holds `{}`).
    //!
    //! ```
    //! use std::collections::BTreeMap;
    //! use restpoint::endpoint;
    //! use restpoint::multipart::File;
    //!
    //! #[endpoint(POST, "/v1/checkout/sessions", body = form)]
    //! pub struct CreateCheckoutSession {
    //!     pub mode: String,
    //!     pub metadata: BTreeMap<String, String>,
    //!     pub expand: Vec<String>, // expand[]=line_items
    //!     #[serde(serialize_with = "restpoint::form::repeated_keys")]
    //!     pub tag: Vec<String>, // tag=a&tag=b
    //! }
    //!
    //! #[endpoint(POST, "/channels/<channel_id>/messages", body = multipart)]
    //! pub struct CreateMessage {
    //!     pub channel_id: u64,
    //!     pub payload_json: String,
    //!     #[serde(rename = "files[{}]")]
    //!     pub files: Vec<File>,
    //! }
    //!
    //! #[endpoint(PUT, "/upload/<name>", response = ())]
    //! pub struct PutObject {
    //!     pub name: String,
    //!     #[body(content_type = "application/octet-stream")]
    //!     pub data: Vec<u8>,
    //! }
    //! ```
}

pub mod pagination {
    //! `paginate = style(role = field, ...)` makes a list endpoint walk itself:
    //! `endpoint.pages(&client)` and `endpoint.items(&client)` are streams (and
    //! `pages_blocking`, `items_blocking` iterators), each page sent like any
    //! `send`. An entry names the role a field plays; a field named as its role
    //! (`page`, `per_page`) may stand alone.
    //!
    //! | style | entries | next page | the list ends |
    //! |---|---|---|---|
    //! | `offset(page \| offset, per_page \| limit \| take \| size, cap = N)` | the page number (from 0) or the item offset, the page size, the most items the API serves | the position after the page | a short or empty page, or the `total` reached |
    //! | `checkpoint(from, size)` | the token field, the page size | `from` = the page's `#[page(next)]` | no next token (or an empty one) |
    //! | `cursor(from, key = item_field, size)` | the cursor field, the item's field whose value asks for the page after it | the last item's key | a short or empty page |
    //! | `link` | none | the `Link: <...>; rel="next"` URL, under the client's base URL only | no `next` link |
    //!
    //! A response of `Vec<T>` is a page of `T`; an envelope derives
    //! [`Page`](crate::Page), marking its list `#[page(items)]` and what it says
    //! of the rest: `#[page(total)]`, `#[page(next)]` (or `#[page(next =
    //! "inner.path")]` for a token inside a field), `#[page(has_more)]`. An
    //! untagged enum of several shapes of a page derives it too, each variant
    //! holding one page of the same items. `default_size = N` (any style with a
    //! size field) asks for `N` a page when the size field is unset.
    //!
    //! ```
    //! use restpoint::{endpoint, Page};
    //!
    //! #[endpoint(GET, "/api/v2/users", response = Vec<serde_json::Value>,
    //!            paginate = offset(page, per_page, cap = 1000))]
    //! #[derive(Default)]
    //! pub struct ListUsers {
    //!     #[query]
    //!     pub page: Option<u32>,
    //!     #[query]
    //!     pub per_page: Option<u32>,
    //! }
    //!
    //! #[derive(serde::Deserialize, Page)]
    //! pub struct Conversations {
    //!     #[page(items)]
    //!     pub channels: Vec<serde_json::Value>,
    //!     #[page(next = "next_cursor")]
    //!     #[serde(default)]
    //!     pub response_metadata: ResponseMetadata,
    //! }
    //!
    //! #[derive(serde::Deserialize, Default)]
    //! pub struct ResponseMetadata {
    //!     pub next_cursor: String,
    //! }
    //!
    //! #[endpoint(GET, "/api/conversations.list", response = Conversations,
    //!            paginate = checkpoint(from = cursor, limit))]
    //! #[derive(Default)]
    //! pub struct ListConversations {
    //!     #[query]
    //!     pub cursor: Option<String>,
    //!     #[query]
    //!     pub limit: Option<u32>,
    //! }
    //!
    //! #[endpoint(GET, "/repos/<owner>/<repo>/issues", response = Vec<serde_json::Value>,
    //!            paginate = link)]
    //! pub struct ListIssues {
    //!     pub owner: String,
    //!     pub repo: String,
    //! }
    //!
    //! /// Auth0's organizations: an array, or an envelope with the total, or
    //! /// (when `take` is sent) one with `next`; whichever came is the page.
    //! #[derive(serde::Deserialize, Page)]
    //! #[serde(untagged)]
    //! pub enum Organizations {
    //!     Array(Vec<serde_json::Value>),
    //!     Checkpoint(OrganizationsWithNext),
    //! }
    //!
    //! #[derive(serde::Deserialize, Page)]
    //! pub struct OrganizationsWithNext {
    //!     #[page(items)]
    //!     pub organizations: Vec<serde_json::Value>,
    //!     #[page(next)]
    //!     pub next: Option<String>,
    //! }
    //!
    //! /// `take` unset by its user is asked for 50 a page (`default_size`).
    //! #[endpoint(GET, "/api/v2/organizations", response = Organizations,
    //!            paginate = checkpoint(from, take, default_size = 50))]
    //! #[derive(Default)]
    //! pub struct ListOrganizations {
    //!     #[query]
    //!     pub from: Option<String>,
    //!     #[query]
    //!     pub take: Option<u32>,
    //! }
    //!
    //! # async fn walk(client: &restpoint::Client) -> Result<(), restpoint::Error> {
    //! use futures_util::TryStreamExt;
    //! let users: Vec<serde_json::Value> =
    //!     ListUsers { per_page: Some(100), ..Default::default() }.items(client).try_collect().await?;
    //! # let _ = users; Ok(()) }
    //! ```
}
