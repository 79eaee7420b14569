//! Declare an HTTP API endpoint in ten lines.
//!
//! An attribute on a request struct generates the path interpolation
//! (percent-encoded), the query, the headers, the body serialization and a typed
//! `send` method; a small runtime sends it and keeps whatever the server said when
//! something goes wrong.
//!
//! ```no_run
//! use restpoint::{endpoint, Client};
//! use serde::Deserialize;
//!
//! /// Links a secondary account to the primary user `id`.
//! #[endpoint(POST, "/api/v2/users/<id>/identities", response = Vec<Identity>)]
//! #[derive(Debug, Default)]
//! pub struct LinkUserAccount {
//!     pub id: String,
//!     pub provider: Option<String>,
//!     pub connection_id: Option<String>,
//!     pub user_id: Option<String>,
//!     pub link_with: Option<String>,
//! }
//!
//! #[derive(Debug, Deserialize)]
//! pub struct Identity {
//!     pub provider: String,
//!     pub user_id: serde_json::Value, // Auth0 sends a string or a number
//!     pub connection: String,
//!     #[serde(rename = "isSocial")]
//!     pub is_social: bool,
//! }
//!
//! async fn link(token: &str) -> Result<Vec<Identity>, restpoint::Error> {
//!     let client = Client::builder("https://tenant.eu.auth0.com").bearer_auth(token).build()?;
//!     LinkUserAccount {
//!         id: "auth0|63d17c6a9d503d76c056c177".into(),
//!         provider: Some("auth0".into()),
//!         user_id: Some("auth0|63d17c6b77d74b740960460a".into()),
//!         ..Default::default()
//!     }
//!     .send(&client)
//!     .await
//! }
//! ```
//!
//! The request above is `POST /api/v2/users/auth0%7C63d17c6a9d503d76c056c177/identities`
//! with the JSON body `{"provider":"auth0","user_id":"auth0|63d17c6b77d74b740960460a"}`:
//! the `|` of the path value is encoded, the `None` fields are left out.
//!
//! [`endpoint`] lists the rules; [`Client`] sends; [`Error`] says what went wrong.
//! An endpoint also becomes an [`http::Request`](Endpoint::to_http_request) with
//! no network at all, to test, log, or send it with another client.
//!
//! The client's defaults hold against servers you do not control (timeouts, a
//! size cap, redirects within the origin: [`ClientBuilder`]); [`hooks`] run around
//! every call with the endpoint's facts; list endpoints declare how they [`page`];
//! and with the feature `test-util`, `mock::Mock` tests your code that calls
//! endpoints without a server.
//!
//! The [`guide`] is the reference: every argument, field attribute, body mode and
//! paging form, with an example each. The README has a section on each part, with
//! its tests and examples:
//! [the rules](https://github.com/restpoint/restpoint#the-rules) of a declaration,
//! [modes](https://github.com/restpoint/restpoint#modes) (query, headers, bodies,
//! responses, blocking), [the client and its errors](https://github.com/restpoint/restpoint#client-and-errors)
//! (credentials that renew themselves),
//! [pagination](https://github.com/restpoint/restpoint#pagination),
//! [streaming](https://github.com/restpoint/restpoint#streaming),
//! [reliability](https://github.com/restpoint/restpoint#reliability) (retries, rate limits),
//! [hooks](https://github.com/restpoint/restpoint#hooks),
//! [testing your code](https://github.com/restpoint/restpoint#testing-your-code),
//! [transports](https://github.com/restpoint/restpoint#transports) (where requests go),
//! [security](https://github.com/restpoint/restpoint#security) and
//! [performance](https://github.com/restpoint/restpoint#performance).
//!
//! Features: `default-tls` (on by default) or `native-tls`; `blocking` for
//! `BlockingClient` and the endpoints' `*_blocking` methods; `tracing` for a span
//! per call; `test-util` for the test kit.
//!
//! ```no_run
//! use restpoint::{endpoint, Client, Page};
//! use serde::Deserialize;
//!
//! /// Auth0's organizations, by checkpoint: `from` the `next` of the page before.
//! #[endpoint(GET, "/api/v2/organizations", response = Organizations,
//!            paginate = checkpoint(from, take))]
//! #[derive(Default)]
//! pub struct ListOrganizations {
//!     #[query]
//!     pub from: Option<String>,
//!     #[query]
//!     pub take: Option<u32>,
//! }
//!
//! #[derive(Deserialize, Page)]
//! pub struct Organizations {
//!     #[page(items)]
//!     pub organizations: Vec<Organization>,
//!     #[page(next)]
//!     pub next: Option<String>,
//! }
//!
//! #[derive(Deserialize)]
//! pub struct Organization {
//!     pub id: String,
//!     pub name: String,
//! }
//!
//! async fn names(client: &Client) -> Result<Vec<String>, restpoint::Error> {
//!     let mut names = Vec::new();
//!     let mut organizations = ListOrganizations { take: Some(100), ..Default::default() }.items(client);
//!     while let Some(organization) = organizations.try_next().await? {
//!         names.push(organization.name);
//!     }
//!     Ok(names)
//! }
//! ```

#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

/// Declares an HTTP API endpoint on a struct with named fields.
///
/// ```text
/// #[endpoint(METHOD, "/path/<placeholder>", response = T, crate = "path")]
/// ```
///
/// - `METHOD` is one of `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD`,
///   `OPTIONS`.
/// - The template starts with `/`; `<name>` is filled with the field `name`,
///   written with `Display` and percent-encoded as one path segment (everything but
///   `A-Z a-z 0-9 - . _ ~` is encoded: `auth0|123` is sent as `auth0%7C123`, and a
///   `/` in a value cannot reach another route). A value that cannot be one
///   segment (empty, `.`, `..`) is an [`Error::Request`] before any I/O. Literal
///   parts are sent as written and cannot hold `?` or `#`.
/// - `#[query]` fields go to the query string, serialized with serde; `None` is
///   left out.
/// - `#[header("Name")]` fields are request headers, written with `Display`;
///   `None` is left out. A value with CR or LF is an error, never sent.
/// - One `#[body]` field is the whole JSON body.
/// - Every other field is a member of the JSON body object; an `Option` that is
///   `None` is left out, and `#[serde(...)]` attributes (`rename`, `flatten`,
///   `skip_serializing_if`, ...) mean what they mean to serde. The struct does not
///   derive `Serialize` itself. On `GET` and `HEAD` such a field is a compile
///   error: mark it `#[query]`.
/// - `response = T` (`T: DeserializeOwned`) types a `2xx` body; the default is
///   `serde_json::Value` (`()` for `HEAD`); `()` ignores the body.
/// - `paginate = ...` declares how a list endpoint asks for its next page:
///   `offset(page, per_page, cap = 1000)`, `offset(offset, limit)`,
///   `checkpoint(from, take)`, `cursor(from = starting_after, key = id, limit)` or
///   `link` (see [`page`]). The response is a [`Page`](trait@Page) (`Vec<T>`, or an
///   envelope that derives it), and the endpoint gets `pages(client)` and
///   `items(client)` streams (and `pages_blocking`, `items_blocking`).
/// - `crate = "path"` names the `restpoint` crate when it is renamed or re-exported.
///
/// The struct is emitted as written (derives, docs, visibility), less the field
/// attributes above. It gets an impl of [`Endpoint`] and three inherent methods:
/// `send(&self, client: &Client)`, a future of `Result<T, Error>`;
/// `send_with(&self, client, options: CallOptions)` for options of one call; and
/// `stream(&self, client)`, the answer as it arrives (see [`stream`]); with the
/// `blocking` feature, `send_blocking` and `stream_blocking` too. A `curl`
/// rendering is the client's: [`Client::to_curl`].
/// A struct with `#[secret]` fields gets a `Debug` that masks them.
///
/// Misuse is a compile error at the mistake:
///
/// ```compile_fail
/// # use restpoint::endpoint;
/// #[endpoint(GET, "/api/v2/users/<idd>")] // no field `idd`; did you mean `id`?
/// struct GetUser {
///     id: String,
/// }
/// ```
///
/// ```compile_fail
/// # use restpoint::endpoint;
/// #[endpoint(GET, "/api/v2/users")]
/// struct ListUsers {
///     page: u32, // `GET` requests have no body: mark it `#[query]`
/// }
/// ```
///
/// ```compile_fail
/// # use restpoint::endpoint;
/// #[endpoint(post, "/api/v2/users")] // HTTP methods are written in uppercase: `POST`
/// struct CreateUser {
///     email: String,
/// }
/// ```
pub use restpoint_macros::endpoint;

/// Makes a list envelope a [`Page`](trait@Page) of items, for
/// `#[endpoint(..., paginate = ...)]`: `#[page(items)]` marks the list, and
/// `#[page(total)]`, `#[page(next)]`, `#[page(has_more)]` what the page says of
/// the rest.
///
/// ```
/// #[derive(serde::Deserialize, restpoint::Page)]
/// pub struct OrganizationsPage {
///     #[page(items)]
///     pub organizations: Vec<serde_json::Value>,
///     #[page(next)]
///     pub next: Option<String>,
/// }
/// ```
///
/// ```compile_fail
/// #[derive(serde::Deserialize, restpoint::Page)]
/// pub struct UsersPage {
///     pub users: Vec<serde_json::Value>, // which field is the list? mark it `#[page(items)]`
///     pub total: u64,
/// }
/// ```
pub use restpoint_macros::Page;
pub use restpoint_runtime::page::Page;

#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub use restpoint_runtime::{BlockingClient, BlockingResponseStream};
pub use restpoint_runtime::{
    Body, BoxError, Bytes, CallOptions, Client, ClientBuilder, Conditional, ConditionalFormat,
    ConfigError, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_READ_TIMEOUT,
    Endpoint, Error, ErrorBody, Ignore, Json, MASK, Masked, PagingError, PathParam, PathWriter,
    QueryWriter, RateBudget, RateLimit, Raw, RawBody, RedirectPolicy, RequestError, ResponseFormat,
    RetryPolicy, Route, SENSITIVE_HEADERS, Sending, Text, TransportError, auth, form, hooks,
    multipart, page, query, stream, transport,
};

/// The test kit: [`Mock`](mock::Mock), a network double for the tests of code
/// that calls endpoints. With the feature `test-util`.
#[cfg(feature = "test-util")]
#[cfg_attr(docsrs, doc(cfg(feature = "test-util")))]
pub use restpoint_runtime::mock;

/// The `http` crate, whose types the API uses (`Method`, `StatusCode`,
/// `HeaderMap`, `Request`).
pub use restpoint_runtime::http;

#[doc(hidden)]
pub use restpoint_runtime::__private;

pub mod guide;
