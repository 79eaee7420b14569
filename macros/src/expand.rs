//! Writes the `Endpoint` impl and the inherent `send`: a description of the
//! endpoint only; all behaviour is generic code in the runtime.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use crate::args::{Args, BodyEncoding};
use crate::ast::{self, Field, Input};
use crate::local_struct::{assert_serialize, serde_struct};
use crate::serde_attrs::{plain_name, wire_name};
use crate::status::Statuses;
use crate::tokens::{fresh_lifetime, respan};
use crate::valid::{BodyPlan, PathPart, Plan};

pub fn private_path(args: &Args) -> TokenStream {
    let root = &args.krate;
    quote!(#root::__private)
}

/// `response = T`, or `()` for `HEAD` (it has no body), or `serde_json::Value`.
pub fn response_type(args: &Args) -> TokenStream {
    let private = private_path(args);
    match &args.response {
        Some(ty) => quote!(#ty),
        None if args.method == "HEAD" => quote!(()),
        None => quote!(#private::serde_json::Value),
    }
}

/// The `Endpoint` impl and the inherent methods of a checked, planned endpoint.
pub fn expand(args: &Args, input: &Input, plan: &Plan) -> TokenStream {
    // Everything but the struct goes in a `const _` block that names the runtime
    // once, as `__rp`: a shorter expansion for the compiler to read on every check.
    let private = quote!(__rp);
    let root = &args.krate;
    let item = ast::strip_attributes(input.item, input.masks_debug());
    let ident = &input.item.ident;
    let vis = &input.item.vis;
    let (impl_generics, ty_generics, where_clause) = input.item.generics.split_for_impl();
    let method = &args.method;
    let template = &args.template_lit;
    let response = response_type(args);

    // The `ResponseFormat` bound fails when the response type cannot be decoded;
    // spanning the line at the user's type puts rustc's error there.
    // Named inside the expansion's `const _` block, where `__rp` is the runtime.
    let format = {
        let format = &plan.decoding.format;
        if plan.decoding.conditional {
            quote!(__rp::ConditionalFormat<__rp::#format>)
        } else {
            quote!(__rp::#format)
        }
    };
    let format = match &args.response {
        Some(ty) => respan(format, ty.span()),
        None => format,
    };

    let idempotent = args.idempotent.then(|| {
        quote! {
            fn idempotent() -> bool {
                true
            }
        }
    });
    let check = args.check.as_ref().map(|path| {
        // At the user's path: a function of the wrong type is reported there.
        let call = respan(quote!(#path(__response)), path.span());
        quote! {
            fn succeeded(__response: &#private::http::Response<#private::Bytes>) -> bool {
                #call
            }
        }
    });
    let authenticated = args.without_auth.then(|| {
        quote! {
            fn authenticated() -> bool {
                false
            }
        }
    });
    let decode_error = decode_error(&private, args);
    let debug = input.masks_debug().then(|| masked_debug(&private, input));
    let write_path = write_path(&private, plan);
    // Fields serde needs no help with are written by an impl of `Members`;
    // the others by a struct that derives `Serialize`.
    let mut members = TokenStream::new();
    let write_query = write_query(&private, args, input, plan, &mut members);
    let write_headers = write_headers(&private, args, plan);
    let body = body(&private, args, input, plan, &mut members);
    let send_doc = format!(
        " Sends `{} {}` with `client` and decodes the answer. The request is built at\n \
         once; the future borrows only `client`.",
        method,
        template.value()
    );
    let client_lifetime = fresh_lifetime(&input.item.generics, "__restpoint_c");
    let paginated = plan.page.as_ref().map(|page| {
        let span = args.response.as_ref().map_or_else(Span::call_site, |ty| ty.span());
        crate::paginate::expand(page, &private, input, span, vis)
    });

    quote! {
        #item

        const _: () = {
        use #root::__private as __rp;

        #paginated

        #[automatically_derived]
        impl #impl_generics #private::Endpoint for #ident #ty_generics #where_clause {
            type Response = #response;
            type Format = #format;
            const METHOD: #private::Method = #private::Method::#method;
            const PATH_TEMPLATE: &'static str = #template;

            #write_path
            #write_query
            #write_headers
            #body
            #idempotent
            #authenticated
            #check
            #decode_error
        }

        #members
        #debug

        // The inherent methods, written by a `macro_rules!` of the runtime: the
        // compiler expands it without the proc-macro bridge.
        #private::methods!(
            [#impl_generics] [#ident #ty_generics] [#where_clause]
            #client_lifetime, #vis, #response, #send_doc
        );
        };
    }
}

/// `Endpoint::decode_error`, for `error = T` and each `error(404) = T`: a status
/// of its own first, then its class, then `error = T` (or no type).
fn decode_error(private: &TokenStream, args: &Args) -> Option<TokenStream> {
    if args.error.is_none() && args.status_errors.is_empty() {
        return None;
    }
    let decode = |ty: &syn::Type| {
        let decode = respan(quote!(#private::decode_error_body::<#ty>), ty.span());
        quote!(#decode(__body))
    };
    let otherwise = args.error.as_ref().map_or_else(|| quote!(#private::Option::None), decode);
    let signature = |status: TokenStream| {
        quote! {
            fn decode_error(
                #status: #private::http::StatusCode,
                __body: &#private::Bytes,
            ) -> #private::Option<::std::boxed::Box<dyn #private::ErrorBody>>
        }
    };
    if args.status_errors.is_empty() {
        let signature = signature(quote!(_));
        return Some(quote!(#signature { #otherwise }));
    }
    let mut arms: Vec<_> = args.status_errors.iter().collect();
    arms.sort_by_key(|(statuses, _)| matches!(statuses, Statuses::Class(_)));
    let arms = arms.into_iter().map(|(statuses, ty)| {
        let body = decode(ty);
        match statuses.range() {
            (low, high) if low == high => {
                let status = proc_macro2::Literal::u16_unsuffixed(low);
                quote!(#status => #body,)
            }
            (low, high) => {
                let (low, high) = (
                    proc_macro2::Literal::u16_unsuffixed(low),
                    proc_macro2::Literal::u16_unsuffixed(high),
                );
                quote!(#low..=#high => #body,)
            }
        }
    });
    let signature = signature(quote!(__status));
    Some(quote! {
        #signature {
            match __status.as_u16() {
                #(#arms)*
                _ => #otherwise,
            }
        }
    })
}

/// `Debug` as `#[derive(Debug)]` writes it, with `#[secret]` fields shown as `***`
/// (`Some(***)` and `None` for an `Option`).
fn masked_debug(private: &TokenStream, input: &Input) -> TokenStream {
    let ident = &input.item.ident;
    let name = ident.to_string();
    let mut generics = input.item.generics.clone();
    for param in generics.type_params_mut() {
        param.bounds.push(syn::parse_quote!(::core::fmt::Debug));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let fields = input.fields.iter().map(|field| {
        let (ident, name, cfgs) = (field.ident, &field.name, &field.cfg_attrs);
        let value = match (field.is_secret, field.is_option) {
            (false, _) => quote!(&self.#ident),
            (true, false) => quote!(&#private::Masked),
            (true, true) => quote!(&self.#ident.as_ref().map(|_| #private::Masked)),
        };
        quote!(#(#cfgs)* __debug.field(#name, #value);)
    });
    // Spanned at the first secret: a `#[derive(Debug)]` the macro could not take
    // out (written above it) conflicts with this impl, and the error says why.
    let span = input
        .fields
        .iter()
        .find(|field| field.is_secret)
        .map_or_else(Span::call_site, |field| field.ident.span());
    quote_spanned! {span=>
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Debug for #ident #ty_generics #where_clause {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let mut __debug = __f.debug_struct(#name);
                #(#fields)*
                __debug.finish()
            }
        }
    }
}

fn write_path(private: &TokenStream, plan: &Plan) -> TokenStream {
    let parts = plan.path.iter().map(|part| match part {
        PathPart::Literal(text) => quote!(__path.push_literal(#text);),
        PathPart::Field(field, several) => {
            let name = &field.name;
            // At the field's type: "`T` cannot fill a path placeholder" lands there.
            let push = match (field.is_secret, several) {
                (false, false) => "push_segment",
                (true, false) => "push_secret_segment",
                (false, true) => "push_segments",
                (true, true) => "push_secret_segments",
            };
            let (span, ident) = at_type(field);
            let push = Ident::new(push, span);
            quote_spanned!(span=> __path.#push(#name, &self.#ident)?;)
        }
    });
    quote! {
        fn write_path(&self, __path: &mut #private::PathWriter<'_>)
            -> #private::Result
        {
            #(#parts)*
            #private::Ok(())
        }
    }
}

fn write_query(
    private: &TokenStream,
    args: &Args,
    input: &Input,
    plan: &Plan,
    members: &mut TokenStream,
) -> TokenStream {
    // `query("name" = "value", ...)`: written first, in the order given.
    let constants = (!args.query.is_empty()).then(|| {
        let pairs = args.query.iter().map(|(name, value)| quote!((#name, #value)));
        quote!(__query.append(&[#(#pairs),*])?;)
    });
    if plan.query.is_empty() {
        return match constants {
            None => TokenStream::new(),
            Some(constants) => quote! {
                fn write_query(&self, __query: &mut #private::QueryWriter<'_>)
                    -> #private::Result
                {
                    #constants
                    #private::Ok(())
                }
            },
        };
    }
    let append = match members_impl(private, input, &plan.query, Part::Query) {
        Some(implementation) => {
            members.extend(implementation);
            quote!(__query.append(&#private::MembersOf::<_, { #private::QUERY }>(self)))
        }
        None => {
            let (definition, value) =
                serde_struct(private, input, "__RestpointQuery", &plan.query, false);
            let assertions = assert_serialize(&plan.query, quote!(#private::assert_query_param));
            quote! {
                #assertions
                #definition
                __query.append(&#value)
            }
        }
    };
    quote! {
        fn write_query(&self, __query: &mut #private::QueryWriter<'_>)
            -> #private::Result
        {
            #constants
            #append
        }
    }
}

/// Which of an endpoint's fields [`members_impl`] writes.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Query,
    Body,
}

/// An impl of the runtime's `Members` for `fields`, which writes each field as
/// serde's derive would (an `Option` body member left out when `None`), or
/// `None` when serde attributes or type parameters ask for serde's derive.
fn members_impl(
    private: &TokenStream,
    input: &Input,
    fields: &[&Field],
    part: Part,
) -> Option<TokenStream> {
    if !input.serde_attrs.is_empty() || input.item.generics.type_params().next().is_some() {
        return None;
    }
    let writes = fields
        .iter()
        .map(|field| {
            if !field.cfg_attr_attrs.is_empty() {
                return None;
            }
            let name = plain_name(field)?;
            let cfgs = &field.cfg_attrs;
            // `#[send_null]`: `None` is written, as `null`.
            let left_out_if_none = field.is_option && !field.send_null;
            let method = match (part, field.is_secret, left_out_if_none) {
                (Part::Query, false, _) => "query",
                (Part::Query, true, _) | (Part::Body, true, false) => "secret",
                (Part::Body, false, false) => "body",
                (Part::Body, false, true) => "optional",
                (Part::Body, true, true) => "secret_optional",
            };
            // At the field's type: a type that cannot be sent is reported there.
            let (span, ident) = at_type(field);
            let method = Ident::new(method, span);
            Some(quote_spanned!(span=> #(#cfgs)* __fields.#method(#name, &self.#ident)?;))
        })
        .collect::<Option<Vec<_>>>()?;
    let ident = &input.item.ident;
    let (impl_generics, ty_generics, where_clause) = input.item.generics.split_for_impl();
    let len = fields.len();
    let part = match part {
        Part::Query => quote!(#private::QUERY),
        Part::Body => quote!(#private::BODY),
    };
    Some(quote! {
        impl #impl_generics #private::Members<{ #part }> for #ident #ty_generics #where_clause {
            const LEN: usize = #len;

            fn write<__S: #private::SerializeStruct>(
                &self,
                __fields: &mut #private::Fields<'_, __S>,
            ) -> #private::Result<(), __S::Error> {
                #(#writes)*
                #private::Ok(())
            }
        }
    })
}

/// Whether `ty` is written `Vec<...>`, and not `Vec<u8>`: a multipart field of one
/// is a list of parts. Bytes are no list of parts (a byte each would be a silent
/// wrong request): they stay one value, which the compiler says cannot be a part.
fn is_vec(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else { return false };
    let Some(last) = path.path.segments.last() else { return false };
    let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else { return false };
    let bytes = matches!(arguments.args.first(),
        Some(syn::GenericArgument::Type(syn::Type::Path(inner))) if inner.path.is_ident("u8"));
    path.qself.is_none() && last.ident == "Vec" && !bytes
}

/// The span of `field`'s type, and its identifier at that span: code that uses
/// the field at its type, where rustc then reports a type that does not fit.
fn at_type(field: &Field) -> (Span, Ident) {
    let span = field.ty.span();
    let mut ident = field.ident.clone();
    ident.set_span(span);
    (span, ident)
}

fn write_headers(private: &TokenStream, args: &Args, plan: &Plan) -> TokenStream {
    if plan.headers.is_empty() && args.headers.is_empty() {
        return TokenStream::new();
    }
    // Checked when parsed: a lowercase token and a visible-ASCII value.
    let fixed = args.headers.iter().map(|(name, value)| {
        quote! {
            __headers.insert(
                #private::HeaderName::from_static(#name),
                #private::HeaderValue::from_static(#value),
            );
        }
    });
    let inserts = plan.headers.iter().map(|(field, name)| {
        let ident = field.ident;
        let insert_header = if field.is_secret {
            quote!(#private::insert_secret_header)
        } else {
            quote!(#private::insert_header)
        };
        let name = quote!(#private::HeaderName::from_static(#name));
        let cfgs = &field.cfg_attrs;
        let insert = if field.is_option {
            quote_spanned! {field.ty.span()=>
                if let #private::Some(__value) = &self.#ident {
                    #insert_header(__headers, #name, __value)?;
                }
            }
        } else {
            quote_spanned!(field.ty.span()=> #insert_header(__headers, #name, &self.#ident)?;)
        };
        quote!(#(#cfgs)* #insert)
    });
    quote! {
        fn write_headers(&self, __headers: &mut #private::HeaderMap)
            -> #private::Result
        {
            #(#fixed)*
            #(#inserts)*
            #private::Ok(())
        }
    }
}

fn body(
    private: &TokenStream,
    args: &Args,
    input: &Input,
    plan: &Plan,
    members: &mut TokenStream,
) -> TokenStream {
    let some = quote!(#private::Some);
    let build = match &plan.body {
        BodyPlan::None => return TokenStream::new(),
        BodyPlan::Whole(field, content_type) => {
            let ident = field.ident;
            let value = if field.is_option { quote!(__body) } else { quote!(&self.#ident) };
            let encode = match (content_type, args.body) {
                (Some(content_type), _) if field.is_secret => quote! {
                    #private::Ok(#private::secret_raw_body(#content_type, #value))
                },
                (Some(content_type), _) => quote! {
                    #private::Ok(#private::Body::raw(#content_type, #value))
                },
                (None, encoding) => {
                    let value =
                        if field.is_secret { quote!(&#private::Secret(#value)) } else { value };
                    match encoding {
                        BodyEncoding::Form => quote!(#private::Body::form(#value)),
                        _ => quote!(#private::Body::json(#value)),
                    }
                }
            };
            let encode = respan(encode, field.ty.span());
            if field.is_option {
                quote! {
                    match &self.#ident {
                        #some(__body) => #encode.map(#some),
                        #private::None => #private::Ok(#private::None),
                    }
                }
            } else {
                quote!(#encode.map(#some))
            }
        }
        BodyPlan::Members(fields) if args.body == BodyEncoding::Multipart => {
            let parts = fields.iter().map(|field| {
                // The part's name as serde names the field in JSON and form bodies:
                // its rename, or the container's `rename_all`.
                let name = wire_name(field, &input.serde_attrs);
                let (ident, cfgs) = (field.ident, &field.cfg_attrs);
                let add = |value, name: TokenStream| {
                    let add = if field.is_secret {
                        quote!(#private::add_secret_part(#value, #name, &mut __form);)
                    } else {
                        quote!(#private::Part::add_to(#value, #name, &mut __form);)
                    };
                    respan(add, field.ty.span())
                };
                let add = if is_vec(field.ty) {
                    // A list: one part each, all of the name, or `files[{}]` numbered.
                    let add = add(quote!(__part), quote!(&#private::part_name(#name, __index)));
                    quote! {
                        for (__index, __part) in self.#ident.iter().enumerate() { #add }
                    }
                } else if field.is_option {
                    let add = add(quote!(__part), quote!(#name));
                    quote!(if let #some(__part) = &self.#ident { #add })
                } else {
                    add(quote!(&self.#ident), quote!(#name))
                };
                quote!(#(#cfgs)* #add)
            });
            quote! {
                let mut __form = #private::Form::new();
                #(#parts)*
                __form.into_body().map(#some)
            }
        }
        BodyPlan::Members(fields) => {
            let encode = match args.body {
                BodyEncoding::Form => quote!(form),
                _ => quote!(json),
            };
            match members_impl(private, input, fields, Part::Body) {
                Some(implementation) => {
                    members.extend(implementation);
                    quote! {
                        #private::Body::#encode(&#private::MembersOf::<_, { #private::BODY }>(self))
                            .map(#some)
                    }
                }
                None => {
                    let (definition, value) =
                        serde_struct(private, input, "__RestpointBody", fields, true);
                    let assertions = assert_serialize(fields, quote!(#private::assert_body_param));
                    quote! {
                        #assertions
                        #definition
                        #private::Body::#encode(&#value).map(#some)
                    }
                }
            }
        }
    };
    quote! {
        fn body(&self) -> #private::Result<#private::Option<#private::Body>> {
            #build
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use crate::entry::expand_endpoint;

    fn tokens(source: &str) -> Option<proc_macro2::TokenStream> {
        source.parse().ok()
    }

    proptest! {
        /// Whatever the arguments and the item, the macro answers with tokens
        /// (code or `compile_error!`), never a panic.
        #[test]
        fn never_panics_on_declarations(
            method in "(GET|POST|HEAD|post|FETCH|PATHC|)",
            template in "\"(/[a-z<>_?# %-]{0,8}){0,3}\"|users|42|",
            option in "(, response = Vec<u8>|, response = ()|, respnse = X|, crate = \"::x\"|, crate = 1|, response|, = 1|,|)",
            attrs in proptest::collection::vec(
                "(#\\[query\\]|#\\[header\\(\"X-A\"\\)\\]|#\\[header\\(\"a b\"\\)\\]|#\\[header\\]|#\\[body\\]|#\\[querry\\]|#\\[serde\\(rename = \"x\"\\)\\]|)",
                2,
            ),
            item in "(struct|enum|union|fn)",
        ) {
            let args = format!("{method}, {template} {option}");
            let item = match item.as_str() {
                "struct" => format!("pub struct S<'a> {{ {} id: String, {} users: Option<&'a str> }}", attrs[0], attrs[1]),
                "enum" => "enum S { A }".to_owned(),
                "union" => "union S { a: u32 }".to_owned(),
                _ => "fn s() {}".to_owned(),
            };
            if let (Some(args), Some(item)) = (tokens(&args), tokens(&item)) {
                let output = expand_endpoint(args, item);
                prop_assert!(!output.is_empty());
            }
        }

        /// Arbitrary token soup in either position.
        #[test]
        fn never_panics_on_token_soup(args in "\\PC{0,40}", item in "\\PC{0,40}") {
            if let (Some(args), Some(item)) = (tokens(&args), tokens(&item)) {
                let _ = expand_endpoint(args, item);
            }
        }
    }
}

#[cfg(test)]
mod timing {
    /// How long the macro itself takes for 300 endpoints of the edit-loop shapes
    /// (run with `--ignored --nocapture`, in release).
    #[test]
    #[ignore = "a measurement, not a check"]
    fn expansion_time_of_300_endpoints() {
        let get_args: proc_macro2::TokenStream =
            r#"GET, "/api/v2/things/<id>", response = Page"#.parse().unwrap();
        let get_item: proc_macro2::TokenStream = "pub struct ListThings<'a> { pub id: &'a str, #[query] pub q: Option<&'a str>, #[query] pub page: Option<u32> }".parse().unwrap();
        let post_args: proc_macro2::TokenStream =
            r#"POST, "/api/v2/things/<id>", response = Item"#.parse().unwrap();
        let post_item: proc_macro2::TokenStream = "pub struct CreateThing<'a> { pub id: &'a str, pub name: Option<&'a str>, pub description: Option<&'a str>, pub count: Option<u32> }".parse().unwrap();
        let started = std::time::Instant::now();
        let outputs: Vec<_> = (0..300)
            .map(|i| match i % 2 {
                0 => crate::entry::expand_endpoint(get_args.clone(), get_item.clone()),
                _ => crate::entry::expand_endpoint(post_args.clone(), post_item.clone()),
            })
            .collect();
        let elapsed = started.elapsed();
        let tokens: usize = outputs.iter().map(count_tokens).sum();
        let bytes: usize = outputs.iter().map(|out| out.to_string().len()).sum();
        println!("300 expansions: {elapsed:?}, {tokens} tokens, {bytes} bytes of token text");
    }

    fn count_tokens(stream: &proc_macro2::TokenStream) -> usize {
        stream
            .clone()
            .into_iter()
            .map(|token| match token {
                proc_macro2::TokenTree::Group(group) => 1 + count_tokens(&group.stream()),
                _ => 1,
            })
            .sum()
    }
}
