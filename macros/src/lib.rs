//! The `#[endpoint]` attribute of restpoint. Use it through the `restpoint` crate,
//! whose documentation describes it; this crate is an implementation detail.
//!
//! The pipeline is the layout: `entry` runs it; `args` parses the attribute's
//! arguments and `template` its path template, `ast` reads the struct into a
//! small IR (`serde_attrs` what its serde attributes say), `valid` checks the two
//! against each other and makes the plan (with `paginate`'s and `response`'s
//! decisions), and `expand` writes the `Endpoint` impl from the plan; on a
//! mistake, `fallback` writes what keeps the errors to the mistake. Every stage returns `syn::Result`, so misuse is a compile error
//! at the mistake, never a panic.

mod args;
mod ast;
mod entry;
mod errors;
mod expand;
mod fallback;
mod header;
mod local_struct;
mod page;
mod paginate;
mod response;
mod serde_attrs;
mod similar;
#[cfg(test)]
mod snapshots;
mod status;
mod template;
mod tokens;
mod valid;

use proc_macro::TokenStream;

/// Declares an HTTP API endpoint. See the `restpoint` crate's documentation.
#[proc_macro_attribute]
pub fn endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    entry::expand_endpoint(args.into(), item.into()).into()
}

/// Makes a list envelope a page of items. See the `restpoint` crate's
/// documentation.
#[proc_macro_derive(Page, attributes(page))]
pub fn derive_page(item: TokenStream) -> TokenStream {
    page::expand_derive(item.into()).into()
}
