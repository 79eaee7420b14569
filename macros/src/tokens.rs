//! Small pieces of emitting: spans moved onto the user's tokens, and names
//! that cannot collide with the user's.

use proc_macro2::{Group, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::Lifetime;

/// `tokens`, every one of them given `span`, so that an error rustc finds in them
/// is reported at `span` (the user's own tokens) rather than at the attribute.
pub fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let TokenTree::Group(group) = &token {
                let mut inner = Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                token = TokenTree::Group(inner);
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
}

/// `base`, or `base` with `_`s added until `taken` says no: a generated name that
/// cannot collide with one the user chose.
pub fn fresh(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let mut name = base.to_owned();
    while taken(&name) {
        name.push('_');
    }
    name
}

/// A lifetime named after `base` that none of `generics` has.
pub fn fresh_lifetime(generics: &syn::Generics, base: &str) -> Lifetime {
    let name = fresh(base, |name| generics.lifetimes().any(|param| param.lifetime.ident == name));
    Lifetime::new(&format!("'{name}"), Span::call_site())
}

/// The struct's parameters as arguments: `'a, T, N` for `<'a, T: Bound, const N: usize>`.
pub fn generic_arguments(generics: &syn::Generics) -> Vec<TokenStream> {
    generics
        .params
        .iter()
        .map(|param| match param {
            syn::GenericParam::Lifetime(param) => param.lifetime.to_token_stream(),
            syn::GenericParam::Type(param) => param.ident.to_token_stream(),
            syn::GenericParam::Const(param) => param.ident.to_token_stream(),
        })
        .collect()
}
