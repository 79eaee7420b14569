//! The macro's entry: parse, check, plan, expand; on any error, the fallback.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::quote;
use syn::DeriveInput;

use crate::args;
use crate::ast::Input;
use crate::expand::expand;
use crate::fallback::fallback;
use crate::valid;

/// The macro's entry: on any error, the struct is still emitted beside the
/// errors, so that one mistake does not cascade into errors wherever it is used.
pub fn expand_endpoint(args: TokenStream, item: TokenStream) -> TokenStream {
    let item: DeriveInput = match syn::parse2(item.clone()) {
        Ok(item) => item,
        Err(_) => {
            let error = syn::Error::new(
                item_keyword_span(&item),
                "`#[endpoint]` goes on a struct with named fields",
            );
            let error = error.into_compile_error();
            return quote!(#error #item);
        }
    };
    let args = args::parse(args);
    let input = Input::from_syn(&item);
    let result = match (&args, input) {
        (Ok(args), Ok(input)) => {
            valid::validate(args, &input).map(|plan| expand(args, &input, &plan))
        }
        (Ok(_), Err(error)) => Err(error),
        (Err(error), Ok(_)) => Err(error.clone()),
        (Err(error), Err(more)) => {
            let mut error = error.clone();
            error.combine(more);
            Err(error)
        }
    };
    result.unwrap_or_else(|error| fallback(args.ok().as_ref(), &item, error))
}

/// The span of the item's first token after its attributes (`fn`, `pub`, ...).
fn item_keyword_span(item: &TokenStream) -> Span {
    let mut tokens = item.clone().into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(punct) if punct.as_char() == '#' => {
                tokens.next_if(|next| matches!(next, TokenTree::Group(_)));
            }
            other => return other.span(),
        }
    }
    Span::call_site()
}
