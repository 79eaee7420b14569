//! A list as streams: of pages, and of items.

use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::call;
use crate::client::Client;
use crate::error::Error;
use crate::facts::Facts;

use super::pager::{Pager, item_methods, page_methods};
use super::walk::Checkpoint;
use super::{Page, Paginated};

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
    pub(super) client: &'c Client,
    pub(super) pager: Pager<E>,
    pub(super) running: Option<call::Running<'c>>,
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
    pub(super) pages: Pages<'c, E>,
    pub(super) buffer: Buffer<<E::Response as Page>::Item>,
}

impl<E: Paginated> Unpin for Items<'_, E> {}

/// The items of the page being read, and how many of them were taken.
pub(super) struct Buffer<T> {
    pub(super) items: std::vec::IntoIter<T>,
    pub(super) taken: u64,
    pub(super) left: Option<u64>,
}

impl<T> Buffer<T> {
    pub(super) fn new() -> Self {
        Buffer { items: Vec::new().into_iter(), taken: 0, left: None }
    }

    /// Starts on a new page, dropping the first `skip` items.
    pub(super) fn fill(&mut self, items: Vec<T>, skip: u64) {
        self.items = items.into_iter();
        let skip = usize::try_from(skip).unwrap_or(usize::MAX);
        self.taken = 0;
        for _ in self.items.by_ref().take(skip) {
            self.taken += 1;
        }
    }

    pub(super) fn pop(&mut self) -> Option<T> {
        if self.left == Some(0) {
            return None;
        }
        let item = self.items.next()?;
        self.taken += 1;
        self.left = self.left.map(|left| left - 1);
        Some(item)
    }

    /// What the items' walk does next: give an item, end, or fetch a page.
    pub(super) fn step(&mut self) -> Step<T> {
        match self.pop() {
            Some(item) => Step::Item(item),
            None if self.left == Some(0) => Step::End,
            None => Step::Fetch,
        }
    }

    /// Takes in the next page (or the end, or an error), `skip` items of it
    /// already taken; says what to give, unless the walk goes on.
    pub(super) fn take<P: Page<Item = T>>(
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

pub(super) enum Step<T> {
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
