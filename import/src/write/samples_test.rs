//! `tests/samples/mod.rs`, with `--samples`: every operation sent once with
//! values its description allows.

use proc_macro2::TokenStream;
use quote::quote;

use super::doc_text::inner_docs;
use super::syntax::{ident, module_name, title};
use crate::openapi::Api;

/// `tests/samples/mod.rs`: a function that sends every operation once, each
/// required field a value the description allows and every other unset, for a
/// test against a validating mock of the description.
pub(super) fn samples(api: &Api, name: &str) -> Result<TokenStream, String> {
    let krate = ident(&name.replace('-', "_"), "the crate's name")?;
    let mut sends = Vec::new();
    for (module, endpoints) in &api.modules {
        let module = ident(&module_name(module), "a module")?;
        for endpoint in endpoints {
            let place = format!("the samples of `{}`", endpoint.name);
            let name = ident(&endpoint.name, &place)?;
            let fields = endpoint
                .fields
                .iter()
                .map(|field| {
                    let member = ident(&field.member.ident, &place)?;
                    let value = sample_of(field);
                    Ok(quote! { #member: #value, })
                })
                .collect::<Result<Vec<_>, String>>()?;
            let label = format!("{} {}", endpoint.method, endpoint.template);
            sends.push(quote! {
                let request = #krate::#module::#name { #(#fields)* };
                sent(#label, request.send(client).await.map(drop));
            });
        }
    }
    let count: usize = api.modules.values().map(Vec::len).sum();
    let header = inner_docs(&[format!(
        "Every operation of {}, sent once with values its description allows: made by \
         `restpoint-import --samples`, for a test against a validating mock of the \
         description (such as Stoplight Prism).",
        title(api)
    )]);
    Ok(quote! {
        #header

        /// How many operations [`send_every_operation`] sends.
        pub const OPERATIONS: usize = #count;

        /// A `T` from JSON the description allows.
        fn sample<T: serde::de::DeserializeOwned>(json: &str) -> T {
            match serde_json::from_str(json) {
                Ok(value) => value,
                Err(error) => panic!("the sample {json} is not a `{}`: {error}", std::any::type_name::<T>()),
            }
        }

        /// Sends each operation once to `client`, in the crate's order, and gives
        /// `sent` its method and path and what came of it.
        pub async fn send_every_operation(
            client: &restpoint::Client,
            mut sent: impl FnMut(&'static str, Result<(), restpoint::Error>),
        ) {
            #(#sends)*
        }
    })
}

/// A required field's value, from its sample; `None` for an optional one.
fn sample_of(field: &crate::field::Field) -> TokenStream {
    let member = &field.member;
    if member.optional && !member.required {
        return quote! { None };
    }
    if member.ty.ends_with("multipart::File") {
        return quote! {
            restpoint::multipart::File::new("sample.json", "application/json", b"[]".as_slice())
        };
    }
    let value = field.sample.clone().unwrap_or(serde_json::Value::Null);
    // A text field whose value the description gives as JSON: that JSON, as text.
    let value = match value {
        serde_json::Value::String(_) => value,
        other if member.ty == "String" => serde_json::Value::String(other.to_string()),
        other => other,
    };
    let json = value.to_string();
    quote! { sample(#json) }
}
