//! Pagination: a list endpoint walked page after page, by the style its API
//! uses, until the server says the list ended.
//!
//! Two traits describe a paged list. [`Page`] is what one answer holds (its items,
//! and whatever it says of the rest: a total, a next token, a has-more flag);
//! `#[derive(Page)]` writes it for an envelope, and `Vec<T>` is a page of `T`.
//! [`Paginated`] is how the endpoint asks for the next page;
//! `#[endpoint(..., paginate = ...)]` writes it. [`Pages`] and [`Items`] walk the
//! list as streams (and `BlockingPages`, `BlockingItems` as iterators), each
//! page sent like any `send`: the same retries, rate limits and errors.
//!
//! The walk stops only on what the server said (an empty or short page, the
//! total reached, no next token or link, `has_more: false`), never asks twice for
//! a position it has read, and ends with an [`Error::Paging`](crate::Error::Paging) rather than loop.
//!
//! The rooms: [`walk`](self) decides where the list goes next from what each page
//! said (a pure function of the pages, tested without a network), `links` reads
//! `Link` headers, `scan` reads a page's size and digest before it is decoded,
//! `pager` sends each page and feeds the walk, `streams` and `blocking` give the
//! walk as streams and iterators, and [`fields`] holds the field types' traits.

use crate::endpoint::Endpoint;

#[cfg(feature = "blocking")]
mod blocking;
pub mod fields;
mod links;
mod pager;
mod scan;
mod streams;
mod walk;

#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub use blocking::{BlockingItems, BlockingPages};
pub use fields::{Cursor, Number};
pub use pager::{DEFAULT_MAX_PAGES, MAX_ITEMS_UNASKED};
pub use streams::{Items, Pages};
pub use walk::Checkpoint;

/// One answer of a list endpoint: its items, and what it says of the rest of
/// the list.
///
/// `Vec<T>` is a page of `T`. For an envelope, derive it, marking the fields:
///
/// ```
/// use restpoint_runtime::page::Page;
///
/// // Auth0's `GET /api/v2/users?include_totals=true`.
/// # #[derive(serde::Deserialize)] struct User { user_id: String }
/// #[derive(serde::Deserialize)]
/// struct UsersPage {
///     users: Vec<User>,
///     total: u64,
/// }
///
/// // What `#[derive(restpoint::Page)]` writes for `#[page(items)] users` and
/// // `#[page(total)] total`:
/// impl Page for UsersPage {
///     type Item = User;
///     fn items(&self) -> &[User] {
///         &self.users
///     }
///     fn into_items(self) -> Vec<User> {
///         self.users
///     }
///     fn total(&self) -> Option<u64> {
///         Some(self.total)
///     }
/// }
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a page of items",
    label = "a paginated endpoint's response must be a list of items, or an envelope around one",
    note = "use `Vec<Item>`, or derive `restpoint::Page` on the envelope and mark its list `#[page(items)]`"
)]
pub trait Page {
    /// What the list is made of.
    type Item;

    /// Whether [`Page::next`] can say anything: the `checkpoint` style needs it.
    const HAS_NEXT: bool = false;

    /// The items of this page, in the server's order.
    fn items(&self) -> &[Self::Item];

    /// The items of this page, taken.
    fn into_items(self) -> Vec<Self::Item>;

    /// How many items the whole list holds, if the page says (Auth0's `total`).
    fn total(&self) -> Option<u64> {
        None
    }

    /// The token that asks for the next page, if the page gives one; none (or an
    /// empty one) ends a `checkpoint` walk.
    fn next(&self) -> Option<String> {
        None
    }

    /// Whether more items follow, if the page says (Stripe's `has_more`).
    fn has_more(&self) -> Option<bool> {
        None
    }
}

impl<T> Page for Vec<T> {
    type Item = T;

    fn items(&self) -> &[T] {
        self
    }

    fn into_items(self) -> Vec<T> {
        self
    }
}

/// How an endpoint asks for the next page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Style {
    /// A page number, one more each page (Auth0's `page`/`per_page`). It starts
    /// where the endpoint's field says, or at 0.
    PageNumber,
    /// An item offset, the page's length more each page (`offset`/`limit`).
    ItemOffset,
    /// The page's [`next`](Page::next) token goes into a field (Auth0's
    /// organizations: `from`/`take`, answered with `next`).
    Checkpoint,
    /// The [`key`](Paginated::key) of the page's last item goes into a field
    /// (Stripe's `starting_after`, Auth0 logs' `from`).
    Cursor,
    /// The URL of the answer's `Link: <...>; rel="next"` header, followed on the
    /// client's origin only (GitHub).
    Link,
}

/// The endpoint's paging fields, as [`Paginated::fields`] lends them: the walk
/// reads the page size and the start, and sets the position for each page.
pub struct PageFields<'a> {
    /// The field that says which page: a page number or offset, or a cursor.
    pub position: Option<Position<'a>>,
    /// The field that says how many items a page holds, if there is one.
    pub size: Option<&'a dyn Number>,
}

/// The field that says which page.
pub enum Position<'a> {
    /// A page number or an item offset (`page`, `offset`).
    Number(&'a mut dyn Number),
    /// A token: a checkpoint, or the key of the item before the page (`from`,
    /// `starting_after`).
    Cursor(&'a mut dyn Cursor),
}

/// A list endpoint: how it asks for a page, written by
/// `#[endpoint(..., paginate = ...)]`.
///
/// ```
/// use restpoint_runtime::page::{PageFields, Paginated, Position, Style};
/// use restpoint_runtime::{Endpoint, Json, PathWriter, QueryWriter, RequestError};
///
/// #[derive(serde::Deserialize)]
/// struct Log { log_id: String }
///
/// /// Auth0's `GET /api/v2/logs`, by checkpoint: `from` the last `log_id`.
/// struct ListLogs { from: Option<String>, take: u32 }
///
/// impl Endpoint for ListLogs {
///     type Response = Vec<Log>;
///     type Format = Json;
///     const METHOD: http::Method = http::Method::GET;
///     const PATH_TEMPLATE: &'static str = "/api/v2/logs";
///     fn write_path(&self, path: &mut PathWriter<'_>) -> Result<(), RequestError> {
///         path.push_literal("/api/v2/logs");
///         Ok(())
///     }
///     fn write_query(&self, query: &mut QueryWriter<'_>) -> Result<(), RequestError> {
///         query.append(&[("from", self.from.as_deref()), ("take", Some(&self.take.to_string()))])
///     }
/// }
///
/// impl Paginated for ListLogs {
///     const STYLE: Style = Style::Cursor;
///     fn fields(&mut self) -> PageFields<'_> {
///         PageFields { position: Some(Position::Cursor(&mut self.from)), size: Some(&self.take) }
///     }
///     fn key(log: &Log) -> Option<String> {
///         Some(log.log_id.clone())
///     }
/// }
/// ```
pub trait Paginated: Endpoint<Response: Page> + Sized {
    /// How the endpoint asks for the next page.
    const STYLE: Style;

    /// How many items the API serves by offset at most (Auth0: 1,000); asking
    /// past it is an [`Error::Paging`](crate::Error::Paging) that names it, before any request.
    const CAP: Option<u64> = None;

    /// The paging fields: the position (none for [`Style::Link`]) and the page
    /// size, if the endpoint has one (a page shorter than it is the last).
    fn fields(&mut self) -> PageFields<'_>;

    /// The key of `item` that asks for the page after it (`Cursor` style).
    fn key(item: &<Self::Response as Page>::Item) -> Option<String> {
        let _ = item;
        None
    }
}
