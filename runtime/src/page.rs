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
//! a position it has read, and ends with an [`Error::Paging`] rather than loop.

use std::collections::HashSet;
use std::fmt;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde::{Deserialize, Serialize};

use crate::call::{self, Success};
use crate::client::Client;
use crate::endpoint::Endpoint;
use crate::error::{Error, PagingError};
use crate::facts::Facts;
use crate::request::PreparedRequest;

pub use self::fields::{Cursor, Number};

mod scan;

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
    /// past it is an [`Error::Paging`] that names it, before any request.
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

/// A position in a list, to save and resume from: the page being read and how
/// many of its items were taken. It serializes (with serde) to store between
/// runs; [`Items::resume`] continues from it without repeating or skipping an
/// item.
///
/// ```
/// # fn save(checkpoint: &restpoint_runtime::page::Checkpoint) -> serde_json::Result<String> {
/// let saved = serde_json::to_string(checkpoint)?;
/// let restored: restpoint_runtime::page::Checkpoint = serde_json::from_str(&saved)?;
/// assert_eq!(&restored, checkpoint);
/// # Ok(saved) }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    at: At,
    skip: u64,
}

/// Which page: as the endpoint was built, or where a walk had reached.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum At {
    /// The endpoint's own values.
    Start,
    /// A page number or an item offset.
    Number(u64),
    /// A checkpoint token or an item's key.
    Token(String),
    /// A `Link` URL.
    Url(String),
}

impl Checkpoint {
    /// How many items of its page were already taken.
    pub fn skip(&self) -> u64 {
        self.skip
    }
}

impl fmt::Display for Checkpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            At::Start => write!(f, "the first page")?,
            At::Number(n) => write!(f, "position {n}")?,
            At::Token(token) => write!(f, "token {token:?}")?,
            At::Url(_) => write!(f, "a linked page")?,
        }
        write!(f, ", after {} item(s)", self.skip)
    }
}

/// What one page said, for the walk.
struct Said {
    len: u64,
    total: Option<u64>,
    next: Option<String>,
    has_more: Option<bool>,
    last_key: Option<String>,
    link: Option<String>,
    digest: u64,
}

/// The walk through a list, whatever the endpoint: where it is, what it has
/// seen, and the rules that end it.
#[derive(Debug)]
struct Walk {
    style: Style,
    cap: Option<u64>,
    /// The page size asked for, if any.
    size: Option<u64>,
    /// The page read last (or to read first).
    at: At,
    /// Items of the first page read to drop: a resumed checkpoint's.
    skip: u64,
    /// How many items the page at `at` held.
    len: u64,
    /// The page to read next; `None` once the list ended.
    next: Option<At>,
    /// The page asked for and not yet read.
    asking: Option<At>,
    /// Whether a page was read.
    fetched: bool,
    /// Hashes of the positions asked for and of the last page's body.
    seen: HashSet<u64>,
    previous: Option<u64>,
    /// Items read so far, for a `total`.
    read: u64,
    largest: u64,
    /// The origin the client sends to, for `Link` URLs.
    origin: Option<reqwest::Url>,
    /// Why the page after the one read cannot be asked for: reported once that
    /// page is given.
    stopped: Option<PagingError>,
    /// The URL the page read last was asked at (`Link` style): where a relative
    /// link is resolved against.
    requested: Option<String>,
}

impl Walk {
    fn new(style: Style, cap: Option<u64>, size: Option<u64>, start: Option<u64>) -> Self {
        let first = match style {
            Style::PageNumber | Style::ItemOffset => At::Number(start.unwrap_or(0)),
            Style::Checkpoint | Style::Cursor | Style::Link => At::Start,
        };
        Walk {
            style,
            cap,
            size,
            at: first.clone(),
            skip: 0,
            len: 0,
            next: Some(first),
            asking: None,
            fetched: false,
            seen: HashSet::new(),
            previous: None,
            read: 0,
            largest: 0,
            origin: None,
            stopped: None,
            requested: None,
        }
    }

    /// Continues from `checkpoint`, if it fits the style.
    fn resume(&mut self, checkpoint: Checkpoint) -> Result<(), PagingError> {
        let fits = matches!(
            (self.style, &checkpoint.at),
            (Style::PageNumber | Style::ItemOffset, At::Number(_))
                | (Style::Checkpoint | Style::Cursor, At::Start | At::Token(_))
                | (Style::Link, At::Start | At::Url(_))
        );
        if !fits {
            return Err(PagingError::Checkpoint);
        }
        // A saved link is followed under the client's base URL only, as any link is.
        if let At::Url(url) = &checkpoint.at {
            let url = reqwest::Url::parse(url).map_err(|_| PagingError::BadLink)?;
            self.under_base(&url)?;
        }
        self.skip = checkpoint.skip;
        self.at = checkpoint.at.clone();
        self.next = Some(checkpoint.at);
        Ok(())
    }

    /// Where to resume after `taken` items of the page read last.
    fn checkpoint(&self, taken: u64) -> Checkpoint {
        if self.fetched && taken < self.len {
            // Inside the page read last.
            return Checkpoint { at: self.at.clone(), skip: taken };
        }
        match self.next.as_ref().or(self.asking.as_ref()) {
            // The page to ask for (or being asked for), less what a resumed
            // checkpoint took of it.
            Some(next) => Checkpoint { at: next.clone(), skip: self.skip },
            // The list ended: after the last page.
            None => Checkpoint { at: self.at.clone(), skip: self.len },
        }
    }

    /// The page to ask for next, marked as asked; `None` when the list ended.
    fn take_next(&mut self) -> Option<At> {
        let next = self.next.take()?;
        self.seen.insert(digest_of(&next));
        self.asking = Some(next.clone());
        Some(next)
    }

    /// Takes in what the page at `self.at` said, and decides the next one. The
    /// same page again is an error at once (it is not given twice); a next page
    /// that cannot be asked for is one after this page is given.
    fn advance(&mut self, said: Said) -> Result<(), PagingError> {
        let digest = said.digest;
        self.take(&said);
        // The same non-empty answer twice in a row: the server ignored the position.
        if said.len > 0 && self.previous.replace(digest) == Some(digest) {
            return Err(PagingError::Repeated);
        }
        self.next = None;
        match self.decide(said) {
            Ok(next) => self.next = next,
            Err(problem) => self.stopped = Some(problem),
        }
        Ok(())
    }

    fn take(&mut self, said: &Said) {
        if let Some(asked) = self.asking.take() {
            self.at = asked;
        }
        // A resumed checkpoint's skip is for the page read first only.
        self.skip = 0;
        self.fetched = true;
        self.len = said.len;
        self.read = self.read.saturating_add(said.len);
        self.largest = self.largest.max(said.len);
    }

    /// The page after the one read, or `None` if the list ended there.
    fn decide(&self, said: Said) -> Result<Option<At>, PagingError> {
        let Said { len, total, next, has_more, last_key, link, .. } = said;
        let ended = has_more == Some(false) || (len == 0 && self.style_ends_when_empty());
        if ended {
            return Ok(None);
        }
        let short = self.size.is_some_and(|size| len < size) && has_more.is_none();
        let next = match (self.style, &self.at) {
            (Style::PageNumber | Style::ItemOffset, At::Number(at)) => {
                let step = if self.style == Style::PageNumber { 1 } else { len };
                let next = at.checked_add(step).ok_or(PagingError::Overflow)?;
                // Items up to the end of this page, counted from the list's start.
                let size = self.size.unwrap_or(self.largest).max(1);
                let through = match self.style {
                    Style::PageNumber => at.saturating_mul(size).saturating_add(len),
                    _ => at.saturating_add(len),
                };
                if short || total.is_some_and(|total| through >= total) {
                    return Ok(None);
                }
                if let Some(cap) = self.cap {
                    if through.saturating_add(size) > cap {
                        return Err(PagingError::Cap { cap, read: through });
                    }
                }
                At::Number(next)
            }
            (Style::Checkpoint, _) => match next.filter(|token| !token.is_empty()) {
                Some(token) => At::Token(token),
                None => return Ok(None),
            },
            (Style::Cursor, _) => {
                if short || total.is_some_and(|total| self.read >= total) {
                    return Ok(None);
                }
                At::Token(last_key.ok_or(PagingError::NoKey)?)
            }
            (Style::Link, _) => match link {
                Some(url) => At::Url(self.same_origin(&url)?),
                None => return Ok(None),
            },
            // A position of another style cannot be here: `resume` refuses it.
            (Style::PageNumber | Style::ItemOffset, _) => return Err(PagingError::Checkpoint),
        };
        if self.seen.contains(&digest_of(&next)) {
            return Err(PagingError::Repeated);
        }
        Ok(Some(next))
    }

    fn style_ends_when_empty(&self) -> bool {
        // A checkpoint or a link may follow an empty page (a filtered one); the
        // others have nothing to ask the next page from.
        matches!(self.style, Style::PageNumber | Style::ItemOffset | Style::Cursor)
    }

    /// `url`, resolved against the page it came from, if it is under the client's
    /// base URL.
    fn same_origin(&self, url: &str) -> Result<String, PagingError> {
        let current = self.requested.as_deref().and_then(|url| reqwest::Url::parse(url).ok());
        let base = current.as_ref().or(self.origin.as_ref());
        let resolved = match base {
            Some(base) => base.join(url),
            None => reqwest::Url::parse(url),
        }
        .map_err(|_| PagingError::BadLink)?;
        self.under_base(&resolved)?;
        Ok(resolved.into())
    }

    /// Whether `url` is under the client's base URL: on its origin, and under its
    /// path, segment by segment (gateways put many APIs on one origin). Dot
    /// segments, plain or percent-encoded, are resolved by the URL parser first.
    fn under_base(&self, url: &reqwest::Url) -> Result<(), PagingError> {
        let Some(base) = self.origin.as_ref().filter(|base| base.origin() == url.origin()) else {
            return Err(PagingError::OtherOrigin { origin: url.origin().ascii_serialization() });
        };
        let prefix = base.path().trim_end_matches('/');
        let path = url.path();
        let under =
            path == prefix || path.strip_prefix(prefix).is_some_and(|rest| rest.starts_with('/'));
        if under { Ok(()) } else { Err(PagingError::OutsideBase { path: path.to_owned() }) }
    }
}

fn digest_of(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
}

/// The URL of the `rel="next"` link in `Link` headers (RFC 8288), if any.
pub(crate) fn next_link(headers: &http::HeaderMap) -> Option<String> {
    headers
        .get_all(http::header::LINK)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(|value| links(value).find(|(_, rels)| rels.iter().any(|r| r == "next")))
        .map(|(url, _)| url.to_owned())
}

/// Each `<url>; rel="a b"` of a `Link` value: the URL and its relations, in
/// lowercase. A malformed entry ends the list.
fn links(value: &str) -> impl Iterator<Item = (&str, Vec<String>)> {
    let mut rest = value;
    std::iter::from_fn(move || {
        let start = rest.find('<')?;
        let end = start + rest[start..].find('>')?;
        let url = &rest[start + 1..end];
        // The parameters run to the next `,` outside quotes.
        let params = &rest[end + 1..];
        let mut quoted = false;
        let stop = params
            .char_indices()
            .find(|&(_, c)| {
                if c == '"' {
                    quoted = !quoted;
                }
                c == ',' && !quoted
            })
            .map_or(params.len(), |(i, _)| i);
        let mut rels = Vec::new();
        for param in params[..stop].split(';') {
            if let Some((name, value)) = param.split_once('=') {
                if name.trim().eq_ignore_ascii_case("rel") {
                    let value = value.trim().trim_matches('"');
                    rels.extend(value.split_ascii_whitespace().map(str::to_ascii_lowercase));
                }
            }
        }
        rest = params.get(stop + 1..).unwrap_or("");
        Some((url, rels))
    })
}

/// What [`Pages`] and [`BlockingPages`] share: the endpoint, moved from page to
/// page, and its walk.
struct Pager<E> {
    endpoint: E,
    walk: Walk,
    /// An error to report before anything is sent (a checkpoint that does not fit).
    failed: Option<Error>,
    pages_left: Option<u64>,
    /// Pages asked for so far, and the most that may be.
    pages_asked: u64,
    max_pages: u64,
}

/// The most pages a walk asks for unless told otherwise (`max_pages`): a list
/// that goes on past them is more likely a server that never ends one.
pub const DEFAULT_MAX_PAGES: u64 = 10_000;

/// The most items a page may hold when the endpoint asks for no page size.
pub const MAX_ITEMS_UNASKED: u64 = 100_000;

impl<E: Paginated> Pager<E> {
    fn new(mut endpoint: E, base: &str) -> Self {
        let fields = endpoint.fields();
        let start = match &fields.position {
            Some(Position::Number(number)) => number.get(),
            _ => None,
        };
        let size = fields.size.and_then(Number::get);
        let mut walk = Walk::new(E::STYLE, E::CAP, size, start);
        walk.origin = reqwest::Url::parse(base).ok();
        Pager {
            endpoint,
            walk,
            failed: None,
            pages_left: None,
            pages_asked: 0,
            max_pages: DEFAULT_MAX_PAGES,
        }
    }

    fn resume(&mut self, checkpoint: Checkpoint) {
        if let Err(problem) = self.walk.resume(checkpoint) {
            self.failed = Some(paging_error::<E>(problem));
        }
    }

    /// The next page's request, or `None` when the list ended.
    fn request(&mut self, client: &Client) -> Option<Result<PreparedRequest, Error>> {
        if let Some(error) = self.failed.take() {
            self.walk.next = None;
            return Some(Err(error));
        }
        if self.pages_left == Some(0) {
            return None;
        }
        if let Some(problem) = self.walk.stopped.take() {
            return Some(Err(paging_error::<E>(problem)));
        }
        if self.pages_asked >= self.max_pages && self.walk.next.is_some() {
            self.walk.next = None;
            return Some(Err(paging_error::<E>(PagingError::TooManyPages {
                most: self.max_pages,
            })));
        }
        let at = self.walk.take_next()?;
        self.pages_asked += 1;
        self.pages_left = self.pages_left.map(|left| left - 1);
        let position = self.endpoint.fields().position;
        let set = match (&at, position) {
            (At::Start | At::Url(_), _) => Ok(()),
            (At::Number(n), Some(Position::Number(field))) => field.set(*n),
            (At::Number(n), Some(Position::Cursor(field))) => field.set(&n.to_string()),
            (At::Token(token), Some(Position::Cursor(field))) => field.set(token),
            (At::Token(token), Some(Position::Number(field))) => match token.parse() {
                Ok(n) => field.set(n),
                Err(_) => Err(format!("{token:?} is not a page number")),
            },
            (At::Number(_) | At::Token(_), None) => {
                Err("the endpoint has no position field".into())
            }
        };
        if let Err(problem) = set {
            return Some(Err(paging_error::<E>(PagingError::Field(problem))));
        }
        let prepared = client.settings().prepare(&self.endpoint).map(|mut prepared| {
            if let At::Url(url) = at {
                prepared.url = url;
            }
            if E::STYLE == Style::Link {
                self.walk.requested = Some(prepared.url.clone());
            }
            prepared
        });
        Some(prepared)
    }

    /// Decodes a page and decides the next.
    fn absorb(&mut self, success: Success) -> Result<http::Response<E::Response>, Error> {
        // A repeat is told by the page's items; a page that is not JSON by its bytes.
        let scanned = scan::scan(success.answer.body());
        let digest = scanned.map_or_else(|| digest_of(success.answer.body()), |s| s.digest);
        if let Some(scanned) = scanned {
            let most = self.walk.size.unwrap_or(MAX_ITEMS_UNASKED);
            if scanned.items > most {
                // Refused before it is decoded: a page of `{}`s is small on the
                // wire and large in memory.
                let problem = PagingError::TooManyItems { held: scanned.items, most };
                self.walk.next = None;
                return Err(paging_error::<E>(problem));
            }
        }
        let link = match E::STYLE {
            Style::Link => next_link(success.answer.headers()),
            _ => None,
        };
        let response = success.decode::<E>()?;
        let page = response.body();
        let items = page.items();
        let said = Said {
            len: u64::try_from(items.len()).unwrap_or(u64::MAX),
            total: page.total(),
            next: page.next(),
            has_more: page.has_more(),
            last_key: match E::STYLE {
                Style::Cursor => items.last().and_then(E::key),
                _ => None,
            },
            link,
            digest,
        };
        self.walk.advance(said).map_err(paging_error::<E>)?;
        Ok(response)
    }
}

fn paging_error<E: Endpoint>(problem: PagingError) -> Error {
    Error::Paging { route: E::route(), problem }
}

/// `resume`, `limit` and `checkpoint`, the same for [`Pages`] and `BlockingPages`.
macro_rules! page_methods {
    () => {
        /// Continues from `checkpoint` (of a `checkpoint()` of pages or items)
        /// instead of the endpoint's first page. A page is given whole: resume the
        /// items to skip the ones already taken.
        pub fn resume(mut self, checkpoint: Checkpoint) -> Self {
            self.pager.resume(checkpoint);
            self
        }

        /// Stops after `pages` pages, whatever the server says.
        pub fn limit(mut self, pages: u64) -> Self {
            self.pager.pages_left = Some(pages);
            self
        }

        /// The most pages the walk asks for before it ends with
        /// [`PagingError::TooManyPages`] ([`DEFAULT_MAX_PAGES`] unless set): a
        /// ceiling against a server whose list never ends.
        pub fn max_pages(mut self, pages: u64) -> Self {
            self.pager.max_pages = pages;
            self
        }

        /// Where to resume: the page after the last one given, or the last one if
        /// the list ended.
        pub fn checkpoint(&self) -> Checkpoint {
            self.pager.walk.checkpoint(u64::MAX)
        }
    };
}

/// `resume`, `limit` and `checkpoint`, the same for [`Items`] and `BlockingItems`.
macro_rules! item_methods {
    () => {
        /// Continues from `checkpoint` (of `checkpoint()`): the items after the
        /// last one taken, none repeated, none skipped.
        pub fn resume(mut self, checkpoint: Checkpoint) -> Self {
            self.pages = self.pages.resume(checkpoint);
            self
        }

        /// Stops after `items` items, asking for no page beyond them.
        pub fn limit(mut self, items: u64) -> Self {
            self.buffer.left = Some(items);
            self
        }

        /// The most pages the walk asks for before it ends with
        /// [`PagingError::TooManyPages`] ([`DEFAULT_MAX_PAGES`] unless set).
        pub fn max_pages(mut self, pages: u64) -> Self {
            self.pages = self.pages.max_pages(pages);
            self
        }

        /// Where to resume: after the last item taken.
        pub fn checkpoint(&self) -> Checkpoint {
            self.pages.pager.walk.checkpoint(self.buffer.taken)
        }
    };
}

/// The pages of a list, as a [`Stream`]: each page's answer (status, headers,
/// page), in order, until the server says the list ended. Made by an endpoint's
/// `pages(&client)`.
///
/// ```no_run
/// # use restpoint_runtime::page::{Pages, Paginated};
/// # async fn run<E: Paginated>(mut pages: Pages<'_, E>) -> Result<(), restpoint_runtime::Error> {
/// while let Some(page) = pages.try_next().await? {
///     println!("{:?} left this hour", page.headers().get("x-ratelimit-remaining"));
/// }
/// # Ok(()) }
/// ```
#[must_use = "a stream does nothing unless polled"]
pub struct Pages<'c, E: Paginated> {
    client: &'c Client,
    pager: Pager<E>,
    running: Option<call::Running<'c>>,
}

// No field is pinned: the call under way is boxed.
impl<E: Paginated> Unpin for Pages<'_, E> {}

impl<'c, E: Paginated> Pages<'c, E> {
    /// Walks the list `endpoint` starts, through `client`.
    pub fn new(client: &'c Client, endpoint: E) -> Self {
        let pager = Pager::new(endpoint, client.base_url());
        Pages { client, pager, running: None }
    }

    page_methods!();

    /// The next page, or `None` after the last.
    pub async fn try_next(&mut self) -> Result<Option<http::Response<E::Response>>, Error> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await.transpose()
    }

    /// The endpoint, as set for the page read last.
    pub fn endpoint(&self) -> &E {
        &self.pager.endpoint
    }
}

impl<E: Paginated> Stream for Pages<'_, E> {
    type Item = Result<http::Response<E::Response>, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(running) = &mut this.running {
                let outcome = std::task::ready!(running.as_mut().poll(cx));
                this.running = None;
                // After an error the walk has no next page: it was taken when asked for.
                return Poll::Ready(Some(outcome.and_then(|success| this.pager.absorb(success))));
            }
            match this.pager.request(this.client) {
                None => return Poll::Ready(None),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                Some(Ok(prepared)) => {
                    let facts = Facts::of::<E>();
                    this.running = Some(this.client.start(prepared, facts));
                }
            }
        }
    }
}

impl<E: Paginated> fmt::Debug for Pages<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages")
            .field("endpoint", &std::any::type_name::<E>())
            .field("checkpoint", &self.checkpoint())
            .finish_non_exhaustive()
    }
}

/// The items of a list, as a [`Stream`], page after page. Made by an endpoint's
/// `items(&client)`.
///
/// ```no_run
/// # use restpoint_runtime::page::{Items, Paginated};
/// # async fn run<E: Paginated>(items: Items<'_, E>) -> Result<(), restpoint_runtime::Error> {
/// let mut items = items.limit(500);
/// while let Some(item) = items.try_next().await? {
///     // every item of every page, 500 at most
/// #   let _ = item;
/// }
/// # Ok(()) }
/// ```
#[must_use = "a stream does nothing unless polled"]
pub struct Items<'c, E: Paginated> {
    pages: Pages<'c, E>,
    buffer: Buffer<<E::Response as Page>::Item>,
}

impl<E: Paginated> Unpin for Items<'_, E> {}

/// The items of the page being read, and how many of them were taken.
struct Buffer<T> {
    items: std::vec::IntoIter<T>,
    taken: u64,
    left: Option<u64>,
}

impl<T> Buffer<T> {
    fn new() -> Self {
        Buffer { items: Vec::new().into_iter(), taken: 0, left: None }
    }

    /// Starts on a new page, dropping the first `skip` items.
    fn fill(&mut self, items: Vec<T>, skip: u64) {
        self.items = items.into_iter();
        let skip = usize::try_from(skip).unwrap_or(usize::MAX);
        self.taken = 0;
        for _ in self.items.by_ref().take(skip) {
            self.taken += 1;
        }
    }

    fn pop(&mut self) -> Option<T> {
        if self.left == Some(0) {
            return None;
        }
        let item = self.items.next()?;
        self.taken += 1;
        self.left = self.left.map(|left| left - 1);
        Some(item)
    }

    /// What the items' walk does next: give an item, end, or fetch a page.
    fn step(&mut self) -> Step<T> {
        match self.pop() {
            Some(item) => Step::Item(item),
            None if self.left == Some(0) => Step::End,
            None => Step::Fetch,
        }
    }

    /// Takes in the next page (or the end, or an error), `skip` items of it
    /// already taken; says what to give, unless the walk goes on.
    fn take<P: Page<Item = T>>(
        &mut self,
        page: Option<Result<http::Response<P>, Error>>,
        skip: u64,
    ) -> Option<Option<Result<T, Error>>> {
        match page {
            Some(Ok(page)) => {
                self.fill(page.into_body().into_items(), skip);
                None
            }
            Some(Err(error)) => Some(Some(Err(error))),
            None => Some(None),
        }
    }
}

enum Step<T> {
    Item(T),
    End,
    Fetch,
}

impl<'c, E: Paginated> Items<'c, E> {
    /// Walks the items of the list `endpoint` starts, through `client`.
    pub fn new(client: &'c Client, endpoint: E) -> Self {
        Items { pages: Pages::new(client, endpoint), buffer: Buffer::new() }
    }

    item_methods!();

    /// The next item, or `None` after the last.
    pub async fn try_next(&mut self) -> Result<Option<<E::Response as Page>::Item>, Error> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await.transpose()
    }
}

impl<E: Paginated> Stream for Items<'_, E> {
    type Item = Result<<E::Response as Page>::Item, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            match this.buffer.step() {
                Step::Item(item) => return Poll::Ready(Some(Ok(item))),
                Step::End => return Poll::Ready(None),
                Step::Fetch => {}
            }
            // Read before the page arrives, which clears it.
            let skip = this.pages.pager.walk.skip;
            let page = std::task::ready!(Pin::new(&mut this.pages).poll_next(cx));
            if let Some(given) = this.buffer.take(page, skip) {
                return Poll::Ready(given);
            }
        }
    }
}

impl<E: Paginated> fmt::Debug for Items<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items")
            .field("endpoint", &std::any::type_name::<E>())
            .field("checkpoint", &self.checkpoint())
            .finish_non_exhaustive()
    }
}

#[cfg(feature = "blocking")]
#[cfg_attr(docsrs, doc(cfg(feature = "blocking")))]
pub use self::blocking::{BlockingItems, BlockingPages};

#[cfg(feature = "blocking")]
mod blocking {
    use super::*;
    use crate::blocking::BlockingClient;

    /// The pages of a list, as an [`Iterator`], for a
    /// [`BlockingClient`](crate::BlockingClient); see [`Pages`].
    pub struct BlockingPages<E: Paginated> {
        client: BlockingClient,
        pager: Pager<E>,
    }

    impl<E: Paginated> BlockingPages<E> {
        /// Walks the list `endpoint` starts, through `client`.
        pub fn new(client: &BlockingClient, endpoint: E) -> Self {
            let pager = Pager::new(endpoint, client.base_url());
            BlockingPages { client: client.clone(), pager }
        }

        page_methods!();
    }

    impl<E: Paginated> Iterator for BlockingPages<E> {
        type Item = Result<http::Response<E::Response>, Error>;

        fn next(&mut self) -> Option<Self::Item> {
            let page = match self.pager.request(self.client.as_async())? {
                Ok(prepared) => self
                    .client
                    .run(prepared, Facts::of::<E>(), E::route())
                    .and_then(|success| self.pager.absorb(success)),
                Err(error) => Err(error),
            };
            Some(page)
        }
    }

    /// The items of a list, as an [`Iterator`], for a
    /// [`BlockingClient`](crate::BlockingClient); see [`Items`].
    pub struct BlockingItems<E: Paginated> {
        pages: BlockingPages<E>,
        buffer: Buffer<<E::Response as Page>::Item>,
    }

    impl<E: Paginated> BlockingItems<E> {
        /// Walks the items of the list `endpoint` starts, through `client`.
        pub fn new(client: &BlockingClient, endpoint: E) -> Self {
            BlockingItems { pages: BlockingPages::new(client, endpoint), buffer: Buffer::new() }
        }

        item_methods!();
    }

    impl<E: Paginated> Iterator for BlockingItems<E> {
        type Item = Result<<E::Response as Page>::Item, Error>;

        fn next(&mut self) -> Option<Self::Item> {
            loop {
                match self.buffer.step() {
                    Step::Item(item) => return Some(Ok(item)),
                    Step::End => return None,
                    Step::Fetch => {}
                }
                let skip = self.pages.pager.walk.skip;
                let page = self.pages.next();
                if let Some(given) = self.buffer.take(page, skip) {
                    return given;
                }
            }
        }
    }

    impl<E: Paginated> fmt::Debug for BlockingPages<E> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("BlockingPages")
                .field("endpoint", &std::any::type_name::<E>())
                .finish_non_exhaustive()
        }
    }

    impl<E: Paginated> fmt::Debug for BlockingItems<E> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.debug_struct("BlockingItems")
                .field("endpoint", &std::any::type_name::<E>())
                .finish_non_exhaustive()
        }
    }
}

/// The types a paging field or a page's field can have, each with the message
/// rustc shows when a field's type does not fit.
pub mod fields {
    /// A field that holds a page number, an offset, a page size or a total:
    /// an integer, or an `Option` of one.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot hold a page number, an offset, a page size or a total",
        label = "paging reads and writes this field as a number",
        note = "use an integer type such as `u32`, or `Option<u32>`"
    )]
    pub trait Number {
        /// The value, if set.
        fn get(&self) -> Option<u64>;
        /// Sets it to `value`, or says why it cannot hold it.
        fn set(&mut self, value: u64) -> Result<(), String>;
    }

    /// A field that holds a cursor: a checkpoint token, the key of an item, the
    /// next token of a page. A `String`, an integer, or an `Option` of either.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot hold a cursor",
        label = "paging reads and writes this field as a token",
        note = "use `String` or `Option<String>` (or an integer type, for numeric ids)"
    )]
    pub trait Cursor {
        /// The token, if there is one; an empty string is none.
        fn get(&self) -> Option<String>;
        /// Sets it to `token`, or says why it cannot hold it.
        fn set(&mut self, token: &str) -> Result<(), String>;
    }

    /// A page's list of items: a `Vec`, or an `Option` of one (none is empty).
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not a list of items",
        label = "`#[page(items)]` marks the page's list",
        note = "use `Vec<Item>` or `Option<Vec<Item>>`"
    )]
    pub trait List {
        /// What the list holds.
        type Item;
        /// The items.
        fn as_slice(&self) -> &[Self::Item];
        /// The items, taken.
        fn into_vec(self) -> Vec<Self::Item>;
    }

    /// A page's has-more flag: `bool` or `Option<bool>`.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not a flag",
        label = "`#[page(has_more)]` marks whether more items follow",
        note = "use `bool` or `Option<bool>`"
    )]
    pub trait Flag {
        /// The flag, if set.
        fn get(&self) -> Option<bool>;
    }

    impl<T> List for Vec<T> {
        type Item = T;
        fn as_slice(&self) -> &[T] {
            self
        }
        fn into_vec(self) -> Vec<T> {
            self
        }
    }

    impl<T> List for Option<Vec<T>> {
        type Item = T;
        fn as_slice(&self) -> &[T] {
            self.as_deref().unwrap_or_default()
        }
        fn into_vec(self) -> Vec<T> {
            self.unwrap_or_default()
        }
    }

    impl Flag for bool {
        fn get(&self) -> Option<bool> {
            Some(*self)
        }
    }

    impl Flag for Option<bool> {
        fn get(&self) -> Option<bool> {
            *self
        }
    }

    impl Cursor for String {
        fn get(&self) -> Option<String> {
            (!self.is_empty()).then(|| self.clone())
        }
        fn set(&mut self, token: &str) -> Result<(), String> {
            token.clone_into(self);
            Ok(())
        }
    }

    impl Cursor for Option<String> {
        fn get(&self) -> Option<String> {
            self.as_ref().and_then(Cursor::get)
        }
        fn set(&mut self, token: &str) -> Result<(), String> {
            *self = Some(token.to_owned());
            Ok(())
        }
    }

    macro_rules! integers {
        ($($ty:ty),*) => {$(
            impl Number for $ty {
                fn get(&self) -> Option<u64> {
                    u64::try_from(*self).ok()
                }
                fn set(&mut self, value: u64) -> Result<(), String> {
                    *self = <$ty>::try_from(value)
                        .map_err(|_| format!("{value} does not fit in `{}`", stringify!($ty)))?;
                    Ok(())
                }
            }

            impl Number for Option<$ty> {
                fn get(&self) -> Option<u64> {
                    self.as_ref().and_then(Number::get)
                }
                fn set(&mut self, value: u64) -> Result<(), String> {
                    let mut number: $ty = 0;
                    Number::set(&mut number, value)?;
                    *self = Some(number);
                    Ok(())
                }
            }

            impl Cursor for $ty {
                fn get(&self) -> Option<String> {
                    Some(self.to_string())
                }
                fn set(&mut self, token: &str) -> Result<(), String> {
                    *self = token
                        .parse()
                        .map_err(|_| format!("{token:?} is not a `{}`", stringify!($ty)))?;
                    Ok(())
                }
            }

            impl Cursor for Option<$ty> {
                fn get(&self) -> Option<String> {
                    self.as_ref().and_then(Cursor::get)
                }
                fn set(&mut self, token: &str) -> Result<(), String> {
                    let mut number: $ty = 0;
                    Cursor::set(&mut number, token)?;
                    *self = Some(number);
                    Ok(())
                }
            }
        )*};
    }

    integers!(u8, u16, u32, u64, usize, i16, i32, i64, isize);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of `len` items, its body distinct from the others'.
    fn said(len: u64) -> Said {
        use std::sync::atomic::{AtomicU64, Ordering};
        static BODIES: AtomicU64 = AtomicU64::new(0);
        Said {
            len,
            total: None,
            next: None,
            has_more: None,
            last_key: None,
            link: None,
            digest: BODIES.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Walks `pages`; returns how many were asked for and the error, if any.
    fn walk(mut walk: Walk, pages: impl IntoIterator<Item = Said>) -> (usize, Option<PagingError>) {
        let mut asked = 0;
        for page in pages {
            if walk.take_next().is_none() {
                break;
            }
            asked += 1;
            if let Err(error) = walk.advance(page) {
                return (asked, Some(error));
            }
        }
        (asked, walk.stopped)
    }

    #[test]
    fn page_numbers_stop_at_a_short_page_or_the_total() {
        let pages = [100, 100, 34, 0].map(said);
        assert_eq!(walk(Walk::new(Style::PageNumber, None, Some(100), None), pages), (3, None));
        // Without a page size, an empty page ends it.
        let pages = [50, 50, 0, 0].map(said);
        assert_eq!(walk(Walk::new(Style::PageNumber, None, None, None), pages), (3, None));
        // A total ends it on a full page.
        let pages = [100, 100, 100].map(|len| Said { total: Some(200), ..said(len) });
        assert_eq!(walk(Walk::new(Style::PageNumber, None, Some(100), None), pages), (2, None));
        // A server that caps the page size silently: an empty page ends it.
        let pages = [100, 100, 0].map(said);
        assert_eq!(walk(Walk::new(Style::ItemOffset, None, None, Some(0)), pages), (3, None));
    }

    #[test]
    fn the_cap_is_an_error_before_the_request_past_it() {
        let pages = (0..20).map(|_| said(100));
        let (asked, error) = walk(Walk::new(Style::PageNumber, Some(1000), Some(100), None), pages);
        assert_eq!(asked, 10);
        assert_eq!(error, Some(PagingError::Cap { cap: 1000, read: 1000 }));
    }

    #[test]
    fn the_same_page_twice_is_an_error_not_a_loop() {
        let same = said(100).digest;
        let pages = (0..5).map(|_| Said { digest: same, ..said(100) });
        let (asked, error) = walk(Walk::new(Style::PageNumber, None, Some(100), None), pages);
        assert_eq!((asked, error), (2, Some(PagingError::Repeated)));
        // A checkpoint token seen before.
        let pages = ["a", "b", "a"].map(|token| Said { next: Some(token.into()), ..said(10) });
        let (asked, error) = walk(Walk::new(Style::Checkpoint, None, None, None), pages);
        assert_eq!((asked, error), (3, Some(PagingError::Repeated)));
    }

    #[test]
    fn link_headers_are_parsed_with_commas_and_several_relations() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::LINK,
            http::HeaderValue::from_static(
                "<https://api.github.com/x?page=1&q=a,b>; rel=\"prev first\", \
                 <https://api.github.com/x?page=3>; title=\"a, b\"; rel=\"next\"",
            ),
        );
        assert_eq!(next_link(&headers).as_deref(), Some("https://api.github.com/x?page=3"));
        headers.insert(http::header::LINK, http::HeaderValue::from_static("<a>; rel=last"));
        assert_eq!(next_link(&headers), None);
    }

    #[test]
    fn links_leave_the_origin_never() {
        let mut walk = Walk::new(Style::Link, None, None, None);
        walk.origin = reqwest::Url::parse("https://github.example/api/v3").ok();
        assert_eq!(
            walk.same_origin("/api/v3/repos?page=2").as_deref(),
            Ok("https://github.example/api/v3/repos?page=2")
        );
        walk.origin = reqwest::Url::parse("https://api.github.com").ok();
        assert_eq!(
            walk.same_origin("https://evil.example:8443/steal?token=x"),
            Err(PagingError::OtherOrigin { origin: "https://evil.example:8443".into() })
        );
        assert_eq!(
            walk.same_origin("http://api.github.com/repos"),
            Err(PagingError::OtherOrigin { origin: "http://api.github.com".into() })
        );
    }

    #[test]
    fn links_leave_the_base_path_never() {
        let mut walk = Walk::new(Style::Link, None, None, None);
        walk.origin = reqwest::Url::parse("https://gateway.example/page/link").ok();
        walk.requested = Some("https://gateway.example/page/link/items?page=1".into());
        assert_eq!(
            walk.same_origin("items?page=2").as_deref(),
            Ok("https://gateway.example/page/link/items?page=2")
        );
        for escape in [
            "../../../admin/delete-everything",
            "/admin/delete-everything",
            "/page/linked",
            "/page/link/%2e%2e/%2E%2E/admin",
            "https://gateway.example/page/link/../admin",
        ] {
            assert!(
                matches!(walk.same_origin(escape), Err(PagingError::OutsideBase { .. })),
                "{escape}: {:?}",
                walk.same_origin(escape)
            );
        }
        let saved =
            Checkpoint { at: At::Url("https://gateway.example/admin?page=2".into()), skip: 0 };
        assert_eq!(walk.resume(saved), Err(PagingError::OutsideBase { path: "/admin".into() }));
    }

    #[test]
    fn a_saved_link_to_another_origin_is_not_resumed() {
        let mut walk = Walk::new(Style::Link, None, None, None);
        walk.origin = reqwest::Url::parse("https://api.github.com").ok();
        let elsewhere = Checkpoint { at: At::Url("https://evil.example/x?page=2".into()), skip: 0 };
        assert_eq!(
            walk.resume(elsewhere),
            Err(PagingError::OtherOrigin { origin: "https://evil.example".into() })
        );
        let here = Checkpoint { at: At::Url("https://api.github.com/x?page=2".into()), skip: 3 };
        assert_eq!(walk.resume(here), Ok(()));
    }

    #[test]
    fn a_relative_link_is_resolved_against_the_page_it_came_from() {
        let mut walk = Walk::new(Style::Link, None, None, None);
        walk.origin = reqwest::Url::parse("https://gitlab.example/api/v4").ok();
        walk.requested = Some("https://gitlab.example/api/v4/projects/7/issues?per_page=20".into());
        assert_eq!(
            walk.same_origin("?per_page=20&page=2").as_deref(),
            Ok("https://gitlab.example/api/v4/projects/7/issues?per_page=20&page=2")
        );
    }

    proptest::proptest! {
        #[test]
        fn link_parsing_never_panics(value in "\\PC{0,80}") {
            let _ = links(&value).count();
        }
    }
}
