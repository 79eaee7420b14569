//! `paginate = style(...)`: how a list endpoint asks for its next page. Parsed
//! with the other arguments, checked against the struct's fields, and written
//! as a `Paginated` impl; the walk itself is the runtime's.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::parse::ParseStream;
use syn::{Ident, LitInt, Token};

use crate::ast::{Field, Input};
use crate::errors::Errors;
use crate::similar::{closest, did_you_mean};

const STYLES: &[&str] = &["offset", "checkpoint", "cursor", "link"];
/// Every role a `paginate` entry can name.
const ROLES: &[&str] =
    &["page", "offset", "from", "key", "per_page", "limit", "take", "size", "cap", "default_size"];
/// The roles that name the page-size field.
const SIZE: &[&str] = &["per_page", "limit", "take", "size"];
const USAGE: &str = "`paginate = offset(page, per_page)`, `offset(offset, limit)`, \
                     `checkpoint(from, take)`, `cursor(from = starting_after, key = id, limit)` \
                     or `link`";

/// `paginate = ...` as written.
pub struct Paginate {
    style: Ident,
    entries: Vec<(Ident, Value)>,
}

enum Value {
    /// A field of the struct, or of the item for `key`.
    Name(Ident),
    /// `cap = 1000`.
    Number(LitInt),
}

impl Paginate {
    /// Parses what follows `paginate =`.
    pub fn parse(input: ParseStream) -> syn::Result<Self> {
        let style: Ident = input.parse().map_err(|e| syn::Error::new(e.span(), expected()))?;
        let mut entries = Vec::new();
        if input.peek(syn::token::Paren) {
            let content;
            syn::parenthesized!(content in input);
            while !content.is_empty() {
                let role: Ident =
                    content.parse().map_err(|e| syn::Error::new(e.span(), expected()))?;
                let value = if content.peek(Token![=]) {
                    content.parse::<Token![=]>()?;
                    if content.peek(LitInt) {
                        Value::Number(content.parse()?)
                    } else {
                        Value::Name(content.parse().map_err(|e| {
                            syn::Error::new(
                                e.span(),
                                format!("expected a field's name after `{role} =`"),
                            )
                        })?)
                    }
                } else {
                    // `page` alone is `page = page`.
                    Value::Name(role.clone())
                };
                entries.push((role, value));
                if !content.is_empty() {
                    content.parse::<Token![,]>()?;
                }
            }
        }
        Ok(Paginate { style, entries })
    }
}

fn expected() -> String {
    format!("expected a paging style: {USAGE}")
}

/// A checked `paginate`: which style, and which field plays each role.
pub struct PagePlan<'a> {
    style: &'static str,
    style_ident: &'a Ident,
    /// The page, offset or cursor field, and the name that named it.
    position: Option<(&'a Field<'a>, &'a Ident)>,
    size: Option<(&'a Field<'a>, &'a Ident)>,
    /// The item's field whose value is the cursor.
    key: Option<&'a Ident>,
    cap: Option<&'a LitInt>,
    /// The page size asked for when the size field is unset.
    default_size: Option<&'a LitInt>,
    /// `offset(page, ...)`: the position counts pages, not items.
    by_page: bool,
}

/// Checks `paginate` against the struct, reporting every mistake.
pub fn validate<'a>(
    paginate: &'a Paginate,
    input: &'a Input<'a>,
    errors: &mut Errors,
) -> Option<PagePlan<'a>> {
    let style_name = paginate.style.to_string();
    let Some(style) = STYLES.iter().copied().find(|s| *s == style_name) else {
        let hint = match closest(&style_name, STYLES.iter().copied()) {
            Some(near) => format!(", did you mean `{near}`?"),
            None => String::new(),
        };
        errors.spanned(
            &paginate.style,
            format!("unknown paging style `{style_name}`{hint} The styles are {USAGE}"),
        );
        return None;
    };
    let allowed: &[&str] = match style {
        "offset" => &["page", "offset", "per_page", "limit", "take", "size", "cap", "default_size"],
        "checkpoint" => &["from", "per_page", "limit", "take", "size", "default_size"],
        "cursor" => &["from", "key", "per_page", "limit", "take", "size", "default_size"],
        _ => &[],
    };
    let field = |name: &Ident, errors: &mut Errors| {
        let found = input.fields.iter().find(|field| field.ident == name || *name == field.name);
        if found.is_none() {
            errors.spanned(
                name,
                format!(
                    "no field `{name}` in `{}` to page with{}",
                    input.item.ident,
                    did_you_mean(&name.to_string(), input.fields.iter().map(|f| f.name.as_str()))
                ),
            );
        }
        found
    };
    let mut plan = PagePlan {
        style,
        style_ident: &paginate.style,
        position: None,
        size: None,
        key: None,
        cap: None,
        default_size: None,
        by_page: false,
    };
    let mut ok = true;
    let mut seen: Vec<&str> = Vec::new();
    for (role, value) in &paginate.entries {
        let role_name = role.to_string();
        let Some(known) = ROLES.iter().copied().find(|r| *r == role_name) else {
            ok = false;
            // `checkpoint(cursor, limit)`: a field named where a role goes.
            let is_field = input.fields.iter().any(|field| field.name == role_name);
            let position = match style {
                "offset" => "page",
                _ => "from",
            };
            let message = if is_field && matches!(value, Value::Name(name) if *name == *role) {
                format!(
                    "`{role_name}` is a field, not a `{style}` paging entry: an entry names \
                     the role a field plays, as in `{style}({position} = {role_name}, ...)`{}",
                    entries_of(style)
                )
            } else {
                format!(
                    "unknown `{style}` paging entry `{role_name}`{}{}",
                    did_you_mean(&role_name, allowed.iter().copied()),
                    entries_of(style)
                )
            };
            errors.spanned(role, message);
            continue;
        };
        if !allowed.contains(&known) {
            ok = false;
            errors.spanned(
                role,
                format!("`{known}` has no meaning for `{style}` paging{}", entries_of(style)),
            );
            continue;
        }
        // `page` and `offset` are one role, as are the size's names.
        let slot = match known {
            "page" | "offset" | "from" => "position",
            name if SIZE.contains(&name) => "size",
            other => other,
        };
        if seen.contains(&slot) {
            ok = false;
            errors.spanned(role, format!("`{style}` paging names its {} once", describe(slot)));
            continue;
        }
        seen.push(slot);
        match (slot, value) {
            ("cap", Value::Number(number)) => plan.cap = Some(number),
            ("cap", Value::Name(name)) => {
                ok = false;
                errors.spanned(name, "`cap` is a number of items, as in `cap = 1000`");
            }
            ("default_size", Value::Number(number)) => plan.default_size = Some(number),
            ("default_size", Value::Name(name)) => {
                ok = false;
                errors.spanned(
                    name,
                    "`default_size` is the page size asked for when the size field is unset, \
                     a number, as in `default_size = 50`",
                );
            }
            (_, Value::Number(number)) => {
                ok = false;
                errors
                    .spanned(number, format!("`{known}` names a field, as in `{known} = {known}`"));
            }
            ("key", Value::Name(name)) => plan.key = Some(name),
            ("position", Value::Name(name)) => match field(name, errors) {
                Some(field) => {
                    plan.position = Some((field, name));
                    plan.by_page = known == "page";
                }
                None => ok = false,
            },
            (_, Value::Name(name)) => match field(name, errors) {
                Some(field) => plan.size = Some((field, name)),
                None => ok = false,
            },
        }
    }
    if !ok {
        return None;
    }
    let missing = match style {
        "offset" if plan.position.is_none() => Some(
            "the page number or offset field: `offset(page, per_page)` or `offset(offset, limit)`",
        ),
        "checkpoint" if plan.position.is_none() => {
            Some("the field the next token goes into: `checkpoint(from, take)`")
        }
        "cursor" if plan.position.is_none() => Some(
            "the field the last item's key goes into: `cursor(from = starting_after, key = id)`",
        ),
        "cursor" if plan.key.is_none() => {
            Some("the item's field that is the cursor: `cursor(from = starting_after, key = id)`")
        }
        _ if plan.default_size.is_some() && plan.size.is_none() => {
            Some("a page size field for `default_size` to fill: `take = take, default_size = 50`")
        }
        "link" if !paginate.entries.is_empty() => {
            errors.spanned(&paginate.style, "`link` paging takes no entries: the `Link` header says where the next page is; write `paginate = link`");
            return None;
        }
        _ => None,
    };
    if let Some(missing) = missing {
        errors.spanned(&paginate.style, format!("`{style}` paging needs {missing}"));
        return None;
    }
    Some(plan)
}

fn describe(slot: &str) -> &str {
    match slot {
        "position" => "position field (`page`, `offset` or `from`)",
        "size" => "page size field (`per_page`, `limit`, `take` or `size`)",
        "key" => "`key`",
        "default_size" => "`default_size`",
        _ => "`cap`",
    }
}

fn entries_of(style: &str) -> &'static str {
    match style {
        "offset" => {
            ": `offset` paging takes `page` or `offset`, a page size (`per_page`, `limit`, `take` or `size`), `cap` and `default_size`"
        }
        "checkpoint" => {
            ": `checkpoint` paging takes `from`, a page size (`per_page`, `limit`, `take` or `size`) and `default_size`"
        }
        "cursor" => {
            ": `cursor` paging takes `from`, `key`, a page size (`per_page`, `limit`, `take` or `size`) and `default_size`"
        }
        _ => ": `link` paging takes no entries",
    }
}

/// The `Paginated` impl and the inherent `pages`/`items`, for a checked plan.
pub fn expand(
    plan: &PagePlan,
    private: &TokenStream,
    input: &Input,
    response_span: proc_macro2::Span,
    vis: &syn::Visibility,
) -> TokenStream {
    let ident = &input.item.ident;
    let (impl_generics, ty_generics, where_clause) = input.item.generics.split_for_impl();
    let page = quote!(#private::page);
    let style = match plan.style {
        "offset" if plan.by_page => quote!(PageNumber),
        "offset" => quote!(ItemOffset),
        "checkpoint" => quote!(Checkpoint),
        "cursor" => quote!(Cursor),
        _ => quote!(Link),
    };
    let cap = plan.cap.map(|cap| {
        quote! { const CAP: #private::Option<u64> = #private::Some(#cap); }
    });
    // Each field at the name that named it: a field of the wrong type is
    // reported there.
    let at = |field: &Field, name: &Ident| {
        let mut member = field.ident.clone();
        member.set_span(name.span());
        member
    };
    let position = match plan.position {
        Some((field, name)) => {
            let member = at(field, name);
            let variant = if plan.style == "offset" { quote!(Number) } else { quote!(Cursor) };
            let field = quote_spanned!(name.span()=> &mut self.#member);
            quote!(#private::Some(#page::Position::#variant(#field)))
        }
        None => quote!(#private::None),
    };
    let size = match plan.size {
        Some((field, name)) => {
            let member = at(field, name);
            let field = quote_spanned!(name.span()=> &self.#member);
            quote!(#private::Some(#field))
        }
        None => quote!(#private::None),
    };
    // An unset size field asks for `default_size` (Auth0's checkpoints need `take`).
    let default_size = plan.default_size.zip(plan.size).map(|(default, (field, name))| {
        let member = at(field, name);
        let number = quote!(#page::fields::Number);
        quote! {
            if #number::get(&self.#member).is_none() {
                // A size the field cannot hold leaves it unset, as written.
                let _ = #number::set(&mut self.#member, #default);
            }
        }
    });
    let key = plan.key.map(|key| {
        let get = quote_spanned!(key.span()=> #private::cursor_of(&__item.#key));
        quote! {
            fn key(
                __item: &<<Self as #private::Endpoint>::Response as #page::Page>::Item,
            ) -> #private::Option<::std::string::String> {
                #get
            }
        }
    });
    // Checked when the crate is checked: a checkpoint walk needs a page that
    // says its next token.
    let needs_next =
        (plan.style == "checkpoint" && input.item.generics.params.is_empty()).then(|| {
            let style_span = plan.style_ident.span();
            quote_spanned! {style_span=>
                const _: () = #private::require_next::<<#ident as #private::Endpoint>::Response>();
            }
        });
    let blocking = cfg!(feature = "blocking").then(|| {
        quote! {
            /// The pages of the list, one request each, as an iterator for `client`.
            #[inline]
            #vis fn pages_blocking(self, client: &#private::BlockingClient) -> #page::BlockingPages<Self> {
                #page::BlockingPages::new(client, self)
            }

            /// Every item of every page, as an iterator for `client`.
            #[inline]
            #vis fn items_blocking(self, client: &#private::BlockingClient) -> #page::BlockingItems<Self> {
                #page::BlockingItems::new(client, self)
            }
        }
    });
    // At the response type: one that is not a page is reported there.
    let paginated = quote_spanned!(response_span=> #page::Paginated);
    quote! {
        #[automatically_derived]
        impl #impl_generics #paginated for #ident #ty_generics #where_clause {
            const STYLE: #page::Style = #page::Style::#style;
            #cap
            fn fields(&mut self) -> #page::PageFields<'_> {
                #default_size
                #page::PageFields { position: #position, size: #size }
            }
            #key
        }

        #needs_next

        impl #impl_generics #ident #ty_generics #where_clause {
            /// The pages of the list, one request each, as a stream: each page with
            /// its status and headers, until the server says the list ended.
            #[inline]
            #vis fn pages(self, client: &#private::Client) -> #page::Pages<'_, Self> {
                #page::Pages::new(client, self)
            }

            /// Every item of every page, as a stream.
            #[inline]
            #vis fn items(self, client: &#private::Client) -> #page::Items<'_, Self> {
                #page::Items::new(client, self)
            }

            #blocking
        }
    }
}
