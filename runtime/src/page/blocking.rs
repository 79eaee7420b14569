//! A list as iterators, for a `BlockingClient`.

use std::fmt;

use crate::blocking::BlockingClient;
use crate::error::Error;
use crate::facts::Facts;

use super::pager::{Pager, item_methods, page_methods};
use super::streams::{Buffer, Step};
use super::walk::Checkpoint;
use super::{Page, Paginated};

/// The pages of a list, as an [`Iterator`], for a
/// [`BlockingClient`](crate::BlockingClient); see [`Pages`](super::Pages).
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
/// [`BlockingClient`](crate::BlockingClient); see [`Items`](super::Items).
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
