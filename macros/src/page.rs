//! `#[derive(Page)]`: an envelope's fields named by role (`#[page(items)]`,
//! `#[page(total)]`, `#[page(next)]`, `#[page(has_more)]`), written as the
//! runtime's `Page` trait.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, LitStr, Path};

use crate::errors::Errors;
use crate::similar::did_you_mean;

const ROLES: &[&str] = &["items", "total", "next", "has_more"];
const SHAPES: &str = "`#[derive(Page)]` goes on a struct with named fields, one of them \
                      `#[page(items)]`, or on an enum whose variants each hold one page \
                      (an API that answers a list in several shapes)";

/// `#[page(crate = "path")]` on the type, if given.
fn crate_path(item: &DeriveInput) -> syn::Result<Option<Path>> {
    let mut krate: Option<Path> = None;
    for attr in item.attrs.iter().filter(|attr| attr.path().is_ident("page")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                let lit: LitStr = meta.value()?.parse()?;
                krate = Some(lit.parse()?);
                Ok(())
            } else {
                Err(meta.error(
                    "the type takes `#[page(crate = \"path\")]` only; mark its fields instead",
                ))
            }
        })?;
    }
    Ok(krate)
}

/// An enum of pages (Auth0's lists answer an array, or with `include_totals` an
/// envelope): each variant holds one page, of the same items; the page is
/// whichever variant came.
fn derive_enum(item: &DeriveInput, data: &syn::DataEnum) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    let krate = errors.take(crate_path(item)).flatten();
    let mut variants = Vec::new();
    for variant in &data.variants {
        match &variant.fields {
            Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
                variants.push((&variant.ident, &fields.unnamed[0].ty));
            }
            _ => errors.spanned(
                &variant.ident,
                format!(
                    "`{}` must hold one page, as in `{}(Vec<User>)` or `{}(UsersEnvelope)`: \
                     a `#[derive(Page)]` enum is one of several shapes of a page",
                    variant.ident, variant.ident, variant.ident
                ),
            ),
        }
    }
    if data.variants.is_empty() {
        errors.spanned(&item.ident, "an enum of pages needs a variant for each shape of the page");
    }
    errors.finish(())?;
    let Some(&(_, first)) = variants.first() else {
        return Err(syn::Error::new(item.ident.span(), "an enum of pages needs a variant"));
    };
    let krate = krate.unwrap_or_else(|| syn::parse_quote!(::restpoint));
    let page = quote!(#krate::__private::page::Page);
    // Every variant's items are the first's: a mismatch is reported at its type.
    let bounds = variants
        .iter()
        .skip(1)
        .map(|(_, ty)| quote_spanned!(ty.span()=> #ty: #page<Item = <#first as #page>::Item>));
    let arms = |method: TokenStream| {
        let arms = variants
            .iter()
            .map(|(name, ty)| quote!(Self::#name(page) => <#ty as #page>::#method(page)));
        quote!(match self { #(#arms,)* })
    };
    let (items, into_items, total, next, has_more) = (
        arms(quote!(items)),
        arms(quote!(into_items)),
        arms(quote!(total)),
        arms(quote!(next)),
        arms(quote!(has_more)),
    );
    let has_next = variants.iter().map(|(_, ty)| quote!(<#ty as #page>::HAS_NEXT));
    let ident = &item.ident;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    let mut predicates: Vec<TokenStream> = where_clause
        .map(|clause| clause.predicates.iter().map(|p| quote!(#p)).collect())
        .unwrap_or_default();
    predicates.extend(bounds);
    Ok(quote! {
        #[automatically_derived]
        impl #impl_generics #page for #ident #ty_generics where #(#predicates,)* {
            type Item = <#first as #page>::Item;
            const HAS_NEXT: bool = false #(|| #has_next)*;

            fn items(&self) -> &[Self::Item] {
                #items
            }

            fn into_items(self) -> ::std::vec::Vec<Self::Item> {
                #into_items
            }

            fn total(&self) -> ::core::option::Option<u64> {
                #total
            }

            fn next(&self) -> ::core::option::Option<::std::string::String> {
                #next
            }

            fn has_more(&self) -> ::core::option::Option<bool> {
                #has_more
            }
        }
    })
}

/// The macro's entry: the impl, or the errors.
pub fn expand_derive(input: TokenStream) -> TokenStream {
    let item: DeriveInput = match syn::parse2(input) {
        Ok(item) => item,
        Err(error) => return error.into_compile_error(),
    };
    derive(&item).unwrap_or_else(syn::Error::into_compile_error)
}

fn derive(item: &DeriveInput) -> syn::Result<TokenStream> {
    let fields = match &item.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) => &fields.named,
            _ => return Err(syn::Error::new(item.ident.span(), SHAPES)),
        },
        Data::Enum(data) => return derive_enum(item, data),
        Data::Union(_) => return Err(syn::Error::new(item.ident.span(), SHAPES)),
    };
    let mut errors = Errors::default();
    let krate = errors.take(crate_path(item)).flatten();
    // Each role, and the field that plays it.
    let mut roles: Vec<(&'static str, &syn::Field, Span)> = Vec::new();
    // `#[page(next = "a.b")]`: the next token inside the field, at this path.
    let mut next_path: Vec<Ident> = Vec::new();
    for field in fields {
        for attr in field.attrs.iter().filter(|attr| attr.path().is_ident("page")) {
            let parsed = attr.parse_nested_meta(|meta| {
                let name = meta.path.get_ident().map(Ident::to_string).unwrap_or_default();
                let Some(role) = ROLES.iter().copied().find(|role| *role == name) else {
                    return Err(meta.error(format!(
                        "unknown page field role `{name}`{}: a field is `#[page(items)]`, \
                         `#[page(total)]`, `#[page(next)]` or `#[page(has_more)]`",
                        did_you_mean(&name, ROLES.iter().copied())
                    )));
                };
                if let Some((_, first, _)) = roles.iter().find(|(taken, _, _)| *taken == role) {
                    let first = first.ident.as_ref().map(Ident::to_string).unwrap_or_default();
                    return Err(meta.error(format!(
                        "`#[page({role})]` is already on `{first}`: one field plays each role"
                    )));
                }
                // The role is taken even if its path is wrong: one mistake, one error.
                roles.push((role, field, meta.path.span()));
                if meta.input.peek(syn::Token![=]) {
                    let lit: LitStr = meta.value()?.parse()?;
                    if role != "next" {
                        return Err(syn::Error::new(
                            lit.span(),
                            format!(
                                "`#[page({role})]` takes no path: only `#[page(next = \"...\")]` \
                                 names a field inside this one"
                            ),
                        ));
                    }
                    for segment in lit.value().split('.') {
                        match syn::parse_str::<Ident>(segment) {
                            Ok(mut ident) => {
                                ident.set_span(lit.span());
                                next_path.push(ident);
                            }
                            Err(_) => {
                                return Err(syn::Error::new(
                                    lit.span(),
                                    format!(
                                        "`{}` is not a path of fields: write the fields inside \
                                         this one, separated by dots, as in \
                                         `#[page(next = \"next_cursor\")]` on Slack's \
                                         `response_metadata`",
                                        lit.value()
                                    ),
                                ));
                            }
                        }
                    }
                }
                Ok(())
            });
            errors.take(parsed);
        }
    }
    let role = |name: &str| roles.iter().find(|(role, _, _)| *role == name);
    if role("items").is_none() {
        errors.spanned(
            &item.ident,
            format!(
                "`{}` has no `#[page(items)]` field: mark the field that holds the page's list, \
                 as in `#[page(items)] users: Vec<User>`",
                item.ident
            ),
        );
    }
    errors.finish(())?;
    let krate = krate.unwrap_or_else(|| syn::parse_quote!(::restpoint));
    let fields = quote!(#krate::__private::page::fields);
    let page = quote!(#krate::__private::page);
    let member = |name: &str| role(name).map(|(_, field, _)| (&field.ident, &field.ty));
    let Some((items, items_ty)) = member("items") else {
        return Err(syn::Error::new(item.ident.span(), "no `#[page(items)]` field"));
    };
    // At each field's type: a type that cannot play its role is reported there.
    let list = quote_spanned!(items_ty.span()=> #fields::List);
    let item_type = quote_spanned!(items_ty.span()=> type Item = <#items_ty as #list>::Item;);
    let total = member("total").map(|(name, ty)| {
        let get = quote_spanned!(ty.span()=> #fields::Number::get(&self.#name));
        quote! {
            fn total(&self) -> ::core::option::Option<u64> {
                #get
            }
        }
    });
    let next = member("next").map(|(name, ty)| {
        let get = if next_path.is_empty() {
            quote_spanned!(ty.span()=> #fields::Cursor::get(&self.#name))
        } else {
            // At the inner field: a type that cannot hold a token is reported there.
            let last = next_path.last().map_or_else(Span::call_site, Ident::span);
            quote_spanned!(last=> #fields::Cursor::get(&self.#name #(.#next_path)*))
        };
        quote! {
            const HAS_NEXT: bool = true;
            fn next(&self) -> ::core::option::Option<::std::string::String> {
                #get
            }
        }
    });
    let has_more = member("has_more").map(|(name, ty)| {
        let get = quote_spanned!(ty.span()=> #fields::Flag::get(&self.#name));
        quote! {
            fn has_more(&self) -> ::core::option::Option<bool> {
                #get
            }
        }
    });
    let ident = &item.ident;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    Ok(quote! {
        #[automatically_derived]
        impl #impl_generics #page::Page for #ident #ty_generics #where_clause {
            #item_type

            fn items(&self) -> &[Self::Item] {
                #list::as_slice(&self.#items)
            }

            fn into_items(self) -> ::std::vec::Vec<Self::Item> {
                #list::into_vec(self.#items)
            }

            #total
            #next
            #has_more
        }
    })
}
