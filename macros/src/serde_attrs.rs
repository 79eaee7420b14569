//! What a field's `#[serde(...)]` attributes say, as far as expansion needs:
//! the name a `rename` gives it, and a serializer of its own.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Field;

/// The name a `#[serde(rename = "...")]` (or `rename(serialize = "...")`) of
/// `field` gives it, among whatever else its serde attributes say.
pub fn serde_rename(field: &Field) -> Option<String> {
    let mut renamed = None;
    for attr in &field.serde_attrs {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                if meta.input.peek(syn::Token![=]) {
                    renamed = Some(meta.value()?.parse::<syn::LitStr>()?.value());
                } else {
                    meta.parse_nested_meta(|inner| {
                        if inner.path.is_ident("serialize") {
                            renamed = Some(inner.value()?.parse::<syn::LitStr>()?.value());
                        } else {
                            let _ = inner.value().and_then(|value| value.parse::<syn::LitStr>());
                        }
                        Ok(())
                    })?;
                }
            } else if meta.input.peek(syn::Token![=]) {
                meta.value()?.parse::<syn::Expr>()?;
            } else if meta.input.peek(syn::token::Paren) {
                meta.input.parse::<proc_macro2::Group>()?;
            }
            Ok(())
        });
    }
    renamed
}

/// The name serde's derive gives `field`: its own, or that of a lone
/// `#[serde(rename = "...")]`; `None` for any other serde attribute.
pub fn plain_name(field: &Field) -> Option<String> {
    match field.serde_attrs.as_slice() {
        [] => Some(field.name.clone()),
        [attr] => {
            let pair: syn::MetaNameValue = attr.parse_args().ok()?;
            match pair.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(name), .. })
                    if pair.path.is_ident("rename") =>
                {
                    Some(name.value())
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// How a field serializes itself: `serialize_with = "path"` or `with = "module"`.
pub enum OwnSerializer {
    Function(syn::ExprPath),
    Module(syn::ExprPath),
}

/// The field's own serializer, if its serde attributes name one, and the rest
/// of those attributes, rewritten without it.
pub fn own_serializer(attrs: &[&syn::Attribute]) -> Option<(Vec<TokenStream>, OwnSerializer)> {
    use syn::punctuated::Punctuated;
    let mut found = None;
    let mut rest = Vec::new();
    for attr in attrs {
        let Ok(items) =
            attr.parse_args_with(Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
        else {
            rest.push(quote!(#attr));
            continue;
        };
        let mut kept = Vec::new();
        for item in items {
            let named = |word: &str| item.path().is_ident(word);
            let path = match &item {
                syn::Meta::NameValue(pair) if named("serialize_with") || named("with") => {
                    match &pair.value {
                        syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(text), .. }) => {
                            text.parse::<syn::ExprPath>().ok()
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            match path {
                Some(path) if named("with") => found = Some(OwnSerializer::Module(path)),
                Some(path) => found = Some(OwnSerializer::Function(path)),
                None => kept.push(item),
            }
        }
        if !kept.is_empty() {
            rest.push(quote!(#[serde(#(#kept),*)]));
        }
    }
    found.map(|serializer| (rest, serializer))
}

/// Whether any of `attrs` names `word` (as in `#[serde(skip_serializing_if = ...)]`).
pub fn mentions(attrs: &[&syn::Attribute], word: &str) -> bool {
    attrs.iter().any(|attr| match &attr.meta {
        syn::Meta::List(list) => list.tokens.clone().into_iter().any(|token| match token {
            proc_macro2::TokenTree::Ident(ident) => ident == word,
            _ => false,
        }),
        _ => false,
    })
}
