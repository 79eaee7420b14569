//! The `#[endpoint]` attribute of restpoint. Use it through the `restpoint` crate,
//! whose documentation describes it; this crate is an implementation detail.
//!
//! The pipeline is the layout: `args` parses the attribute's arguments and
//! `template` its path template, `ast` reads the struct into a small IR,
//! `valid` checks the two against each other, and `expand` writes the
//! `Endpoint` impl. Every stage returns `syn::Result`, so misuse is a compile error
//! at the mistake, never a panic.

mod args;
mod ast;
mod errors;
mod expand;
mod header;
mod page;
mod paginate;
mod similar;
mod template;
mod valid;

use proc_macro::TokenStream;

/// Declares an HTTP API endpoint. See the `restpoint` crate's documentation.
#[proc_macro_attribute]
pub fn endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::expand_endpoint(args.into(), item.into()).into()
}

/// Makes a list envelope a page of items. See the `restpoint` crate's
/// documentation.
#[proc_macro_derive(Page, attributes(page))]
pub fn derive_page(item: TokenStream) -> TokenStream {
    page::expand_derive(item.into()).into()
}
