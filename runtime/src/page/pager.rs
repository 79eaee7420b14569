//! What the streams and iterators share: the endpoint, moved from page to
//! page, each page sent and fed to the walk.

use super::fields::Number;
use super::links::next_link;
use super::scan;
use super::walk::{At, Checkpoint, Said, Walk, digest_of};
use super::{Page, Paginated, Position, Style};
use crate::call::Success;
use crate::client::Client;
use crate::endpoint::Endpoint;
use crate::error::{Error, PagingError};
use crate::request::PreparedRequest;

/// What [`Pages`] and [`BlockingPages`] share: the endpoint, moved from page to
/// page, and its walk.
pub(super) struct Pager<E> {
    pub(super) endpoint: E,
    pub(super) walk: Walk,
    /// An error to report before anything is sent (a checkpoint that does not fit).
    pub(super) failed: Option<Error>,
    pub(super) pages_left: Option<u64>,
    /// Pages asked for so far, and the most that may be.
    pub(super) pages_asked: u64,
    pub(super) max_pages: u64,
}

/// The most pages a walk asks for unless told otherwise (`max_pages`): a list
/// that goes on past them is more likely a server that never ends one.
pub const DEFAULT_MAX_PAGES: u64 = 10_000;

/// The most items a page may hold when the endpoint asks for no page size.
pub const MAX_ITEMS_UNASKED: u64 = 100_000;

impl<E: Paginated> Pager<E> {
    pub(super) fn new(mut endpoint: E, base: &str) -> Self {
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

    pub(super) fn resume(&mut self, checkpoint: Checkpoint) {
        if let Err(problem) = self.walk.resume(checkpoint) {
            self.failed = Some(paging_error::<E>(problem));
        }
    }

    /// The next page's request, or `None` when the list ended.
    pub(super) fn request(&mut self, client: &Client) -> Option<Result<PreparedRequest, Error>> {
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
    pub(super) fn absorb(
        &mut self,
        success: Success,
    ) -> Result<http::Response<E::Response>, Error> {
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

pub(super) fn paging_error<E: Endpoint>(problem: PagingError) -> Error {
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
        /// [`PagingError::TooManyPages`](crate::PagingError::TooManyPages) ([`DEFAULT_MAX_PAGES`](crate::page::DEFAULT_MAX_PAGES) unless set): a
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

pub(super) use page_methods;

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
        /// [`PagingError::TooManyPages`](crate::PagingError::TooManyPages) ([`DEFAULT_MAX_PAGES`](crate::page::DEFAULT_MAX_PAGES) unless set).
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
pub(super) use item_methods;
