//! The API's base URL in `src/lib.rs`: `BASE_URL`, the server as the
//! description gives it, and `base_url(..)` for a server URL with variables.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc_text::docs;
use super::syntax::ident;
use crate::names;
use crate::server::{Part, Server};

/// The sentence of the crate's doc about its base URL.
pub(super) fn about(server: &Server) -> String {
    match (&server.url, server.variables.is_empty()) {
        (Some(url), true) => format!(
            "Paths are relative to the API's base URL, such as {url}: \
             `restpoint::Client::builder(\"{url}\")`."
        ),
        (Some(url), false) => format!(
            "Paths are relative to the API's base URL, `{}`: [`BASE_URL`] ({url}) with \
             each variable's default, [`base_url`] with others.",
            server.template
        ),
        (None, true) if server.template.trim().is_empty() => {
            "The description gives no base URL: give a client the API's.".to_owned()
        }
        (None, true) => format!(
            "Paths are relative to the API's base URL, which the description gives as `{}`: \
             give a client the absolute URL it stands for.",
            server.template
        ),
        (None, false) => format!(
            "Paths are relative to the API's base URL, `{}`: [`base_url`] makes it.",
            server.template
        ),
    }
}

/// `BASE_URL` where the server is an absolute URL (with its variables'
/// defaults), and `base_url(..)` where it has variables.
pub(super) fn items(server: &Server) -> Result<TokenStream, String> {
    let constant = server.url.as_ref().map(|url| {
        let mut lines = vec![
            "The API's base URL, as the description gives it: a client's, with".to_owned(),
            "`restpoint::Client::builder(BASE_URL)`.".to_owned(),
        ];
        if !server.variables.is_empty() {
            lines.push(String::new());
            lines.push(format!(
                "`{}` with each variable's default; [`base_url`] gives it with others.",
                server.template
            ));
        }
        if !server.others.is_empty() {
            lines.push(String::new());
            let others: Vec<String> = server.others.iter().map(|url| format!("`{url}`")).collect();
            lines.push(format!("The description also lists {}.", others.join(", ")));
        }
        let doc = docs(&lines);
        quote! { #doc pub const BASE_URL: &str = #url; }
    });
    let function = (!server.variables.is_empty()).then(|| function(server)).transpose()?;
    Ok(quote! { #constant #function })
}

/// `base_url(..)`: the server's URL with a value for each variable, in the
/// order the URL names them.
fn function(server: &Server) -> Result<TokenStream, String> {
    let place = "the server's variables";
    let mut taken = names::Taken::default();
    let mut parameters = Vec::new();
    let mut lines = vec![
        format!("The API's base URL, `{}`, with these values: a client's, with", server.template),
        "`restpoint::Client::builder(&base_url(..))`.".to_owned(),
        String::new(),
    ];
    for variable in &server.variables {
        parameters.push(ident(&taken.unique(names::snake(&variable.name)), place)?);
        let mut line = format!("- `{}`", variable.name);
        if let Some(description) = &variable.description {
            let description = description.split_whitespace().collect::<Vec<_>>().join(" ");
            line.push_str(&format!(": {}", description.trim_end_matches('.')));
        }
        line.push('.');
        if !variable.values.is_empty() {
            let values: Vec<String> = variable.values.iter().map(|v| format!("`{v}`")).collect();
            line.push_str(&format!(" One of {}.", values.join(", ")));
        }
        if let Some(default) = &variable.default {
            line.push_str(&format!(" By default `{default}`."));
        }
        lines.push(line);
    }
    let pieces = server.parts.iter().map(|part| match part {
        Part::Text(text) => quote! { #text },
        Part::Variable(index) => {
            let parameter = &parameters[*index];
            quote! { #parameter }
        }
    });
    let doc = docs(&lines);
    Ok(quote! {
        #doc
        pub fn base_url(#(#parameters: &str),*) -> String {
            [#(#pieces),*].concat()
        }
    })
}
