//! The crate's items: a model for each schema (`src/models.rs`), a declaration
//! for each operation (a module per tag), and both in one file for a curl command.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc_text::{docs_and_notes, inner_docs};
use super::syntax::{attributes, bug, counted, ident, rust, string_literal, ty};
use crate::names;
use crate::openapi::{Api, Endpoint, ErrorTypes};
use crate::schema::{Member, ModelKind};

pub(super) fn models(api: &Api) -> Result<TokenStream, String> {
    let items = model_items(api)?;
    let header = inner_docs(&[
        "The description's schemas: a struct for each object, an enum for a `oneOf` or an \
         `anyOf`, an alias for the rest."
            .to_owned(),
    ]);
    let uses = derives(api).then(|| quote! { use serde::{Deserialize, Serialize}; });
    Ok(quote! {
        #header
        #uses
        #(#items)*
    })
}

/// Whether a model derives serde's traits (an alias does not).
fn derives(api: &Api) -> bool {
    api.models.models.iter().any(|model| !matches!(model.kind, ModelKind::Alias(_)))
}

/// The source of one endpoint from a curl command: its models, its
/// declaration, and `setup`, the client it needs.
pub fn curl_source(api: &Api, setup: &TokenStream) -> Result<String, String> {
    let models = model_items(api)?;
    let endpoints = api.modules.values().flatten().cloned().collect::<Vec<_>>();
    let endpoints = endpoint_items(&endpoints)?;
    let uses = derives(api).then(|| quote! { use serde::{Deserialize, Serialize}; });
    rust(
        "the command",
        quote! {
            use restpoint::endpoint;
            #uses
            #(#endpoints)*
            #(#models)*
            #setup
        },
    )
}

fn model_items(api: &Api) -> Result<Vec<TokenStream>, String> {
    // The types that are choices of an untagged enum: serde takes the first
    // that fits, so a closed object refuses members it does not have.
    let choices: std::collections::HashSet<&str> = api
        .models
        .models
        .iter()
        .filter_map(|model| match &model.kind {
            ModelKind::Enum(variants) => Some(variants.iter().map(|variant| variant.ty.as_str())),
            _ => None,
        })
        .flatten()
        .collect();
    let mut items = Vec::new();
    for model in &api.models.models {
        let place = format!("the model `{}`", model.name);
        let name = ident(&model.name, &place)?;
        let doc = docs_and_notes(&model.doc, &model.notes);
        items.push(match &model.kind {
            ModelKind::Alias(aliased) => {
                let aliased = ty(aliased, &place)?;
                quote! { #doc pub type #name = #aliased; }
            }
            ModelKind::Enum(variants) => {
                let mut arms = Vec::new();
                for variant in variants {
                    let variant_name = ident(&variant.name, &place)?;
                    let held = ty(&variant.ty, &place)?;
                    arms.push(quote! { #variant_name(#held) });
                }
                // A struct that holds it derives `Default`: the first variant's.
                let default = variants.first().map(|first| {
                    let first = ident(&first.name, &place);
                    first.map(|first| {
                        quote! {
                            impl Default for #name {
                                fn default() -> Self {
                                    #name::#first(Default::default())
                                }
                            }
                        }
                    })
                });
                let default = default.transpose()?;
                let page = model.page.as_ref().map(|_| quote! { , restpoint::Page });
                quote! {
                    #doc
                    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize #page)]
                    #[serde(untagged)]
                    pub enum #name { #(#arms,)* }
                    #default
                }
            }
            ModelKind::Values(values) => {
                let mut variants = Vec::new();
                let mut shown = Vec::new();
                for (index, (variant, value)) in values.iter().enumerate() {
                    let variant = ident(variant, &place)?;
                    // A struct that holds it derives `Default`: the first value.
                    let default = (index == 0).then(|| quote! { #[default] });
                    variants.push(quote! { #default #[serde(rename = #value)] #variant, });
                    shown.push(quote! { #name::#variant => #value, });
                }
                let default = (!values.is_empty()).then(|| quote! { Default, });
                quote! {
                    #doc
                    #[derive(Debug, #default Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
                    pub enum #name {
                        #(#variants)*
                        /// A value the description does not list, kept as it came.
                        #[serde(untagged)]
                        Other(String),
                    }
                    impl std::fmt::Display for #name {
                        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                            f.write_str(match self {
                                #(#shown)*
                                #name::Other(other) => other,
                            })
                        }
                    }
                }
            }
            ModelKind::Struct(members) => {
                let roles = model.page.as_deref().unwrap_or_default();
                let fields = members
                    .iter()
                    .map(|member| {
                        let mut attrs = model_member(member);
                        let role = roles.iter().find(|(ident, _)| *ident == member.ident);
                        attrs.extend(role.map(|(_, role)| format!("#[page({role})]")));
                        struct_field(member, &attrs, &place)
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                let page = model.page.as_ref().map(|_| quote! { , restpoint::Page });
                let closed = (model.closed && choices.contains(model.name.as_str()))
                    .then(|| quote! { #[serde(deny_unknown_fields)] });
                quote! {
                    #doc
                    #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize #page)]
                    #closed
                    pub struct #name { #(#fields)* }
                }
            }
        });
    }
    Ok(items)
}

/// A field of a model or an endpoint: its doc and notes, its attributes (and
/// serde's, for a model's), its name and type.
fn struct_field(member: &Member, attrs: &[String], place: &str) -> Result<TokenStream, String> {
    let place = format!("{place}, field `{}`", member.ident);
    let doc = docs_and_notes(&member.doc, &member.notes);
    let attrs = attributes(attrs, &place)?;
    let name = ident(&member.ident, &place)?;
    let held = ty(&member.ty, &place)?;
    let held = if member.optional {
        quote! { Option<#held> }
    } else {
        quote! { #held }
    };
    Ok(quote! { #doc #(#attrs)* pub #name: #held, })
}

/// A model's field, with serde's attributes for its wire name and absence.
fn model_member(member: &Member) -> Vec<String> {
    let mut serde = Vec::new();
    if names::unraw(&member.ident) != member.wire {
        serde.push(format!("rename = {}", string_literal(&member.wire)));
    }
    match (member.optional, member.required) {
        // Required and `nullable`: always written, `None` as `null`.
        (true, true) => serde.push("default".to_owned()),
        (true, false) => {
            serde.push("default, skip_serializing_if = \"Option::is_none\"".to_owned());
        }
        (false, _) => {}
    }
    if serde.is_empty() { Vec::new() } else { vec![format!("#[serde({})]", serde.join(", "))] }
}

pub(super) fn module_source(module: &str, endpoints: &[Endpoint]) -> Result<TokenStream, String> {
    let items = endpoint_items(endpoints)?;
    let header = inner_docs(&[format!("`{module}`: {}.", counted(endpoints.len(), "endpoint"))]);
    Ok(quote! {
        #header
        #[allow(unused_imports)]
        use crate::models::*;
        use restpoint::endpoint;
        #(#items)*
    })
}

/// `, error = T, error(404) = T, ...`: the statuses are checked where they are
/// read ([`crate::openapi`]), and written again here as integer literals.
fn error_types(errors: &ErrorTypes, place: &str) -> Result<TokenStream, String> {
    let mut written = TokenStream::new();
    if let Some(otherwise) = &errors.otherwise {
        let otherwise = ty(otherwise, place)?;
        written.extend(quote! { , error = #otherwise });
    }
    for (status, error) in &errors.by_status {
        let status = syn::parse_str::<syn::LitInt>(status)
            .map_err(|e| bug(place, &format!("the status `{status}`: {e}")))?;
        let error = ty(error, place)?;
        written.extend(quote! { , error(#status) = #error });
    }
    Ok(written)
}

pub(super) fn endpoint_items(endpoints: &[Endpoint]) -> Result<Vec<TokenStream>, String> {
    let mut items = Vec::new();
    for endpoint in endpoints {
        let place = format!("the endpoint `{}`", endpoint.name);
        let name = ident(&endpoint.name, &place)?;
        let method = ident(&endpoint.method, &place)?;
        let template = syn::LitStr::new(&endpoint.template, proc_macro2::Span::call_site());
        let response = ty(&endpoint.response, &place)?;
        let error = error_types(&endpoint.errors, &place)?;
        let body = endpoint.body_encoding.map(|encoding| ident(encoding, &place)).transpose()?;
        let body = body.map(|encoding| quote! { , body = #encoding });
        let paginate = endpoint
            .paginate
            .as_deref()
            .map(|paginate| {
                syn::parse_str::<TokenStream>(paginate)
                    .map_err(|e| bug(&place, &format!("`paginate = {paginate}`: {e}")))
            })
            .transpose()?
            .map(|paginate| quote! { , paginate = #paginate });
        let doc = docs_and_notes(&endpoint.doc, &endpoint.notes);
        let fields = endpoint
            .fields
            .iter()
            .map(|field| struct_field(&field.member, &field.attrs, &place))
            .collect::<Result<Vec<_>, _>>()?;
        // A file has no default: an endpoint that needs one cannot have one either.
        let needs_file = endpoint
            .fields
            .iter()
            .any(|field| !field.member.optional && field.member.ty.ends_with("multipart::File"));
        let derives = if needs_file {
            quote! { Debug, Clone }
        } else {
            quote! { Debug, Clone, Default }
        };
        items.push(quote! {
            #doc
            #[endpoint(#method, #template #body, response = #response #error #paginate)]
            #[derive(#derives)]
            pub struct #name { #(#fields)* }
        });
        if let Some(server) = endpoint.server.as_ref().and_then(|server| server.url.as_ref()) {
            let constant = format!(
                "{}_SERVER",
                names::snake(&endpoint.name).trim_start_matches("r#").to_uppercase()
            );
            let constant = ident(&constant, &place)?;
            let doc = format!(" The base URL [`{}`] is served at.", endpoint.name);
            items.push(quote! { #[doc = #doc] pub const #constant: &str = #server; });
        }
    }
    Ok(items)
}
