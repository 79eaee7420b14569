//! The local struct that borrows an endpoint's fields and derives `Serialize`
//! with the user's `#[serde]` attributes, for a body or a query that serde
//! writes, and the assertions that report a field that is not `Serialize` at
//! the field.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Ident;
use syn::spanned::Spanned;

use crate::ast::{Field, Input};
use crate::serde_attrs::{OwnSerializer, mentions, own_serializer};
use crate::tokens::{fresh, fresh_lifetime, generic_arguments, respan};

/// A local struct that borrows `fields` from `self` and derives `Serialize` with
/// the user's `#[serde]` attributes, and the expression that builds it: serde
/// does the serializing, so every serde attribute means what it always means.
pub fn serde_struct(
    private: &TokenStream,
    input: &Input,
    name: &str,
    fields: &[&Field],
    skip_none: bool,
) -> (TokenStream, TokenStream) {
    let name = format_ident!("{name}");
    let serde_path = format!("{private}::serde").replace(' ', "");
    let is_none_path = format!("{private}::is_none").replace(' ', "");
    let secret_path = format!("{private}::serialize_secret").replace(' ', "");
    let container_attrs = &input.serde_attrs;

    let lifetime = fresh_lifetime(&input.item.generics, "__restpoint_r");
    let mut generics = input.item.generics.clone();
    generics.params.insert(0, syn::parse_quote!(#lifetime));
    let where_clause = &generics.where_clause;
    // Unused parameters of the user's struct are an error on the local struct.
    let marker = (!input.item.generics.params.is_empty()).then(|| {
        let ident = &input.item.ident;
        let (_, ty_generics, _) = input.item.generics.split_for_impl();
        let field =
            fresh("__restpoint_marker", |name| input.fields.iter().any(|field| field.name == name));
        let field = Ident::new(&field, Span::call_site());
        (
            quote! {
                #[serde(skip)]
                #field: ::core::marker::PhantomData<&#lifetime #ident #ty_generics>,
            },
            quote!(#field: ::core::marker::PhantomData,),
        )
    });
    let (marker_field, marker_value) = marker.unzip();

    let mut wrappers = Vec::new();
    let declarations = fields
        .iter()
        .map(|field| {
            let (ident, ty, cfgs) = (field.ident, field.ty, &field.cfg_attrs);
            let (serde_attrs, cfg_attrs) = (&field.serde_attrs, &field.cfg_attr_attrs);
            let skip = (skip_none
                && field.is_option
                && !field.send_null
                && !mentions(serde_attrs, "skip_serializing_if"))
            .then(|| quote!(#[serde(skip_serializing_if = #is_none_path)]));
            let (attrs, secret) = match (field.is_secret, own_serializer(serde_attrs)) {
                (false, _) => (quote!(#(#serde_attrs)*), None),
                (true, None) => (
                    quote!(#(#serde_attrs)*),
                    Some(quote!(#[serde(serialize_with = #secret_path)])),
                ),
                // The field's own serializer, run only when not rendering for people.
                (true, Some((rest, serializer))) => {
                    let (wrapper, path) = secret_wrapper(private, input, field, serializer);
                    wrappers.push(wrapper);
                    (quote!(#(#rest)*), Some(quote!(#[serde(serialize_with = #path)])))
                }
            };
            quote!(#(#cfgs)* #(#cfg_attrs)* #attrs #skip #secret #ident: &#lifetime #ty,)
        })
        .collect::<Vec<_>>();
    let values = fields.iter().map(|field| {
        let (ident, cfgs) = (field.ident, &field.cfg_attrs);
        quote!(#(#cfgs)* #ident: &self.#ident,)
    });
    let definition = quote! {
        #(#wrappers)*
        #[derive(#private::Serialize)]
        #[serde(crate = #serde_path)]
        #(#container_attrs)*
        struct #name #generics #where_clause {
            #(#declarations)*
            #marker_field
        }
    };
    // Named in full: a parameter that only the marker mentions cannot be inferred.
    let arguments = generic_arguments(&input.item.generics);
    let value = quote!(#name::<'_, #(#arguments),*> { #(#values)* #marker_value });
    (definition, value)
}

/// A function that runs a `#[secret]` field's own serializer, or writes the mask
/// while rendering, and the `serialize_with` path that calls it. It takes the
/// struct's generics, named in the path, so that it fits any field type.
fn secret_wrapper(
    private: &TokenStream,
    input: &Input,
    field: &Field,
    serializer: OwnSerializer,
) -> (TokenStream, String) {
    let name = format_ident!("__restpoint_secret_{}", field.name);
    let ty = field.ty;
    let mut generics = input.item.generics.clone();
    generics.params.push(syn::parse_quote!(__RestpointS: #private::serde::Serializer));
    let (_, _, where_clause) = input.item.generics.split_for_impl();
    let params = &generics.params;
    let call = match serializer {
        OwnSerializer::Function(path) => quote!(#path),
        OwnSerializer::Module(path) => quote!(#path::serialize),
    };
    let cfgs = &field.cfg_attrs;
    let wrapper = quote! {
        #(#cfgs)*
        fn #name<#params>(
            __value: &&#ty,
            __serializer: __RestpointS,
        ) -> #private::Result<__RestpointS::Ok, __RestpointS::Error> #where_clause {
            #private::serialize_secret_with(__serializer, |__serializer| #call(__value, __serializer))
        }
    };
    let mut arguments: Vec<String> = input
        .item
        .generics
        .params
        .iter()
        .filter_map(|param| match param {
            syn::GenericParam::Type(param) => Some(param.ident.to_string()),
            syn::GenericParam::Const(param) => Some(param.ident.to_string()),
            syn::GenericParam::Lifetime(_) => None,
        })
        .collect();
    let path = if arguments.is_empty() {
        name.to_string()
    } else {
        arguments.push("_".to_owned());
        format!("{name}::<{}>", arguments.join(", "))
    };
    (wrapper, path)
}

/// Calls `assert` with each field's type, at that type, so that a type that is not
/// `Serialize` is reported at the field rather than inside serde's derive. Fields
/// whose serde attributes serialize them another way need no `Serialize`.
pub fn assert_serialize(fields: &[&Field], assert: TokenStream) -> TokenStream {
    const SERIALIZED_OTHERWISE: [&str; 4] = ["serialize_with", "with", "skip", "skip_serializing"];
    let mut asserted = std::collections::BTreeSet::new();
    fields
        .iter()
        .filter(|field| !SERIALIZED_OTHERWISE.iter().any(|word| mentions(&field.serde_attrs, word)))
        // One assertion per type (and configuration) is enough: the first field
        // of a type reports it.
        .filter(|field| {
            let (ty, cfgs) = (field.ty, &field.cfg_attrs);
            asserted.insert(quote!(#(#cfgs)* #ty).to_string())
        })
        .map(|field| {
            let (ty, cfgs) = (field.ty, &field.cfg_attrs);
            let assertion = respan(quote!(#assert::<#ty>();), ty.span());
            quote!(#(#cfgs)* #assertion)
        })
        .collect()
}
