//! What the macro writes when the declaration has a mistake: the user's struct,
//! the errors, and methods of the right signatures, so that one mistake does not
//! cascade into errors wherever the struct is used.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::args::Args;
use crate::ast;
use crate::expand::{private_path, response_type};

/// The user's struct, the errors, and a `send` of the right signature that is
/// never run (the build fails), so calls to it type-check.
pub fn fallback(args: Option<&Args>, item: &DeriveInput, error: syn::Error) -> TokenStream {
    let error = error.into_compile_error();
    let stripped = ast::strip_attributes(item, false);
    let ident = &item.ident;
    let vis = &item.vis;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    let send = match args {
        Some(args) => {
            let private = private_path(args);
            let root = &args.krate;
            let response = response_type(args);
            quote! {
                #vis async fn send(&self, _: &#private::Client)
                    -> ::core::result::Result<#response, #private::Error>
                {
                    ::core::unimplemented!("`#[endpoint]` reported an error at compile time")
                }

                #vis async fn send_with(&self, _: &#private::Client, _: #private::CallOptions)
                    -> ::core::result::Result<#response, #private::Error>
                {
                    ::core::unimplemented!("`#[endpoint]` reported an error at compile time")
                }

                #vis fn stream<'__c>(&self, _: &'__c #private::Client) -> #root::stream::Opening<'__c> {
                    ::core::unimplemented!("`#[endpoint]` reported an error at compile time")
                }
            }
        }
        None => TokenStream::new(),
    };
    quote! {
        #error
        #stripped
        impl #impl_generics #ident #ty_generics #where_clause {
            #send
        }
    }
}
