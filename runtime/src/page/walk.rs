//! The walk through a list: where it is, what it has seen, and the rules that
//! end it, decided from what each page said. No I/O: tested page by page.

use std::collections::HashSet;
use std::fmt;
use std::hash::{DefaultHasher, Hash, Hasher};

use serde::{Deserialize, Serialize};

use crate::error::PagingError;

use super::Style;

/// A position in a list, to save and resume from: the page being read and how
/// many of its items were taken. It serializes (with serde) to store between
/// runs; [`Items::resume`](crate::page::Items::resume) continues from it without repeating or skipping an
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
    pub(super) at: At,
    pub(super) skip: u64,
}

/// Which page: as the endpoint was built, or where a walk had reached.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum At {
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
pub(super) struct Said {
    pub(super) len: u64,
    pub(super) total: Option<u64>,
    pub(super) next: Option<String>,
    pub(super) has_more: Option<bool>,
    pub(super) last_key: Option<String>,
    pub(super) link: Option<String>,
    pub(super) digest: u64,
}

/// The walk through a list, whatever the endpoint: where it is, what it has
/// seen, and the rules that end it.
#[derive(Debug)]
pub(super) struct Walk {
    pub(super) style: Style,
    pub(super) cap: Option<u64>,
    /// The page size asked for, if any.
    pub(super) size: Option<u64>,
    /// The page read last (or to read first).
    pub(super) at: At,
    /// Items of the first page read to drop: a resumed checkpoint's.
    pub(super) skip: u64,
    /// How many items the page at `at` held.
    pub(super) len: u64,
    /// The page to read next; `None` once the list ended.
    pub(super) next: Option<At>,
    /// The page asked for and not yet read.
    pub(super) asking: Option<At>,
    /// Whether a page was read.
    pub(super) fetched: bool,
    /// Hashes of the positions asked for and of the last page's body.
    pub(super) seen: HashSet<u64>,
    pub(super) previous: Option<u64>,
    /// Items read so far, for a `total`.
    pub(super) read: u64,
    pub(super) largest: u64,
    /// The origin the client sends to, for `Link` URLs.
    pub(super) origin: Option<reqwest::Url>,
    /// Why the page after the one read cannot be asked for: reported once that
    /// page is given.
    pub(super) stopped: Option<PagingError>,
    /// The URL the page read last was asked at (`Link` style): where a relative
    /// link is resolved against.
    pub(super) requested: Option<String>,
}

impl Walk {
    pub(super) fn new(
        style: Style,
        cap: Option<u64>,
        size: Option<u64>,
        start: Option<u64>,
    ) -> Self {
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
    pub(super) fn resume(&mut self, checkpoint: Checkpoint) -> Result<(), PagingError> {
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
    pub(super) fn checkpoint(&self, taken: u64) -> Checkpoint {
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
    pub(super) fn take_next(&mut self) -> Option<At> {
        let next = self.next.take()?;
        self.seen.insert(digest_of(&next));
        self.asking = Some(next.clone());
        Some(next)
    }

    /// Takes in what the page at `self.at` said, and decides the next one. The
    /// same page again is an error at once (it is not given twice); a next page
    /// that cannot be asked for is one after this page is given.
    pub(super) fn advance(&mut self, said: Said) -> Result<(), PagingError> {
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

    pub(super) fn take(&mut self, said: &Said) {
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
    pub(super) fn decide(&self, said: Said) -> Result<Option<At>, PagingError> {
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

    pub(super) fn style_ends_when_empty(&self) -> bool {
        // A checkpoint or a link may follow an empty page (a filtered one); the
        // others have nothing to ask the next page from.
        matches!(self.style, Style::PageNumber | Style::ItemOffset | Style::Cursor)
    }

    /// `url`, resolved against the page it came from, if it is under the client's
    /// base URL.
    pub(super) fn same_origin(&self, url: &str) -> Result<String, PagingError> {
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
    pub(super) fn under_base(&self, url: &reqwest::Url) -> Result<(), PagingError> {
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

pub(super) fn digest_of(value: &impl Hash) -> u64 {
    let mut hasher = DefaultHasher::new();
    value.hash(&mut hasher);
    hasher.finish()
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
}
