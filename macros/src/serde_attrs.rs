//! What a field's `#[serde(...)]` attributes say, as far as expansion needs:
//! the name a `rename` gives it, and a serializer of its own.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ast::Field;

/// The rule of a container's `#[serde(rename_all = "...")]` (or
/// `rename_all(serialize = "...")`), if it has one.
pub fn rename_all(attrs: &[&syn::Attribute]) -> Option<String> {
    serialize_name(attrs, "rename_all")
}

/// What serde's `key = "..."` (or `key(serialize = "...")`) among `attrs` says,
/// whatever else they say: the name a `rename` gives, the rule of a `rename_all`.
fn serialize_name(attrs: &[&syn::Attribute], key: &str) -> Option<String> {
    let mut said = None;
    for attr in attrs {
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident(key) {
                if meta.input.peek(syn::Token![=]) {
                    said = Some(meta.value()?.parse::<syn::LitStr>()?.value());
                } else {
                    meta.parse_nested_meta(|inner| {
                        if inner.path.is_ident("serialize") {
                            said = Some(inner.value()?.parse::<syn::LitStr>()?.value());
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
    said
}

/// `name` (a field's, in snake case) as serde's `rename_all = rule` writes it;
/// `None` for a rule serde does not know (serde's derive reports it).
pub fn apply_rename_all(rule: &str, name: &str) -> Option<String> {
    let words = || name.split('_').filter(|word| !word.is_empty());
    let capitalized = |word: &str| {
        let mut chars = word.chars();
        chars
            .next()
            .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect::<String>())
    };
    Some(match rule {
        "lowercase" => name.to_lowercase(),
        "UPPERCASE" => name.to_uppercase(),
        "PascalCase" => words().map(capitalized).collect(),
        "camelCase" => {
            let pascal: String = words().map(capitalized).collect();
            let mut chars = pascal.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_lowercase().chain(chars).collect::<String>()
            })
        }
        "snake_case" => name.to_owned(),
        "SCREAMING_SNAKE_CASE" => name.to_uppercase(),
        "kebab-case" => name.replace('_', "-"),
        "SCREAMING-KEBAB-CASE" => name.to_uppercase().replace('_', "-"),
        _ => return None,
    })
}

/// The name serde gives `field` on the wire: its own rename, else the
/// container's `rename_all` applied to its name, else its name.
pub fn wire_name(field: &Field, container: &[&syn::Attribute]) -> String {
    serde_rename(field)
        .or_else(|| rename_all(container).and_then(|rule| apply_rename_all(&rule, &field.name)))
        .unwrap_or_else(|| field.name.clone())
}

/// The name a `#[serde(rename = "...")]` (or `rename(serialize = "...")`) of
/// `field` gives it, among whatever else its serde attributes say.
pub fn serde_rename(field: &Field) -> Option<String> {
    serialize_name(&field.serde_attrs, "rename")
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
