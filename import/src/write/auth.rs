//! `src/auth.rs`: a client builder for each way the description says a client
//! authenticates.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc_text::{docs, inner_docs};
use super::syntax::ident;
use crate::names;
use crate::openapi::{Api, SchemeKind};

/// The `auth` module: a client builder for each way the description says a
/// client authenticates.
pub(super) fn auth(api: &Api) -> Result<Option<TokenStream>, String> {
    if api.schemes.is_empty() {
        return Ok(None);
    }
    let (mut unhelped, mut helpers) = (Vec::new(), Vec::new());
    let mut taken = names::Taken::default();
    for scheme in &api.schemes {
        let place = format!("the security scheme `{}`", scheme.key);
        let name = ident(&taken.unique(names::snake(&scheme.key)), &place)?;
        let (what, body, arguments) = match &scheme.kind {
            SchemeKind::Bearer => (
                "a bearer token".to_owned(),
                quote! { .bearer_auth(token) },
                quote! { token: &str },
            ),
            SchemeKind::Basic => (
                "a user name and password (HTTP Basic)".to_owned(),
                quote! { .basic_auth(user, password) },
                quote! { user: &str, password: Option<&str> },
            ),
            SchemeKind::Header(header) => (
                format!("an API key in the header `{header}`"),
                quote! { .sensitive_header(#header, key) },
                quote! { key: &str },
            ),
            SchemeKind::Cookie(cookie) => {
                let prefix = format!("{cookie}=");
                (
                    format!("an API key in the cookie `{cookie}`"),
                    quote! { .sensitive_header("Cookie", &format!("{}{}", #prefix, key)) },
                    quote! { key: &str },
                )
            }
            SchemeKind::ClientCredentials(token_url) => (
                format!("OAuth 2 client credentials, with tokens from {token_url}"),
                quote! { .auth(restpoint::auth::ClientCredentials::new(#token_url, client_id, client_secret)) },
                quote! { client_id: &str, client_secret: &str },
            ),
            SchemeKind::Query(parameter) => {
                let text = format!(
                    "`{}`: an API key in the query parameter `{parameter}`, which a client \
                     cannot add for every call: give it to each endpoint's query.",
                    scheme.key
                );
                unhelped.push(text);
                continue;
            }
            SchemeKind::Other(kind) => {
                let text = format!("`{}`: {kind}; set it up by hand.", scheme.key);
                unhelped.push(text);
                continue;
            }
        };
        let mut lines = vec![format!("`{}`: {what}.", scheme.key)];
        lines.extend(scheme.description.iter().cloned());
        let doc = docs(&lines);
        helpers.push(quote! {
            #doc
            pub fn #name(base_url: &str, #arguments) -> restpoint::ClientBuilder {
                restpoint::Client::builder(base_url) #body
            }
        });
    }
    // Text of the description, as every doc: line by line, never code.
    let unhelped = inner_docs(&unhelped);
    let about =
        inner_docs(&["How clients of this API authenticate: a client builder for each way its \
         description names, its credentials marked sensitive."
            .to_owned()]);
    Ok(Some(quote! {
        #about
        #unhelped
        #(#helpers)*
    }))
}
