//! The attribute's arguments: `METHOD, "template"`, then optional `key = value`s.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitStr, Path, Token, Type};

use crate::errors::Errors;
use crate::similar::closest;
use crate::template::PathTemplate;

/// The HTTP methods an endpoint can have, as written in the attribute.
pub const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// `response = T`: the type a `2xx` body decodes into.
const RESPONSE: &str = "response";
/// `crate = "path"`: where the `restpoint` crate is, when renamed or re-exported.
const CRATE: &str = "crate";
/// `body = json | form | multipart`: how body fields are encoded.
const BODY: &str = "body";
/// `error = T`: the type a non-`2xx` body decodes into.
const ERROR: &str = "error";
/// `idempotent`, alone: the endpoint may be retried after any failure.
const IDEMPOTENT: &str = "idempotent";
/// Every argument, for suggestions.
const KEYS: &[&str] = &[RESPONSE, ERROR, BODY, IDEMPOTENT, CRATE];

/// How the body fields of an endpoint are encoded.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BodyEncoding {
    /// `application/json`, the default.
    Json,
    /// `application/x-www-form-urlencoded`.
    Form,
    /// `multipart/form-data`: each field a part, `File` fields file parts.
    Multipart,
}

const ENCODINGS: &[&str] = &["json", "form", "multipart"];

/// The parsed and checked arguments of `#[endpoint(...)]`.
pub struct Args {
    /// The method, one of [`METHODS`].
    pub method: Ident,
    /// The template as written, for `PATH_TEMPLATE` and error spans.
    pub template_lit: LitStr,
    /// The parsed template.
    pub template: PathTemplate,
    /// `response = T`, if given.
    pub response: Option<Type>,
    /// The path to the `restpoint` crate: `::restpoint` unless `crate = "..."`.
    pub krate: Path,
    /// `body = ...`, JSON unless said otherwise.
    pub body: BodyEncoding,
    /// `error = T`, if given.
    pub error: Option<Type>,
    /// Whether `idempotent` was given.
    pub idempotent: bool,
}

impl Args {
    /// Whether the method never carries a request body.
    pub fn is_bodiless(&self) -> bool {
        self.method == "GET" || self.method == "HEAD"
    }
}

/// What the arguments say, before any check beyond syntax.
struct RawArgs {
    method: Ident,
    template: LitStr,
    options: Vec<(Ident, OptionValue)>,
}

enum OptionValue {
    Type(Box<Type>),
    Str(LitStr),
    Ident(Ident),
    Flag,
}

impl Parse for RawArgs {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(syn::Error::new(
                Span::call_site(),
                "expected a method and a path template, as in `#[endpoint(GET, \"/users/<id>\")]`",
            ));
        }
        let method = input.parse::<Ident>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected an HTTP method first, one of `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, \
                 `HEAD`, `OPTIONS`",
            )
        })?;
        if input.is_empty() {
            return Err(syn::Error::new(
                method.span(),
                format!(
                    "expected a path template after the method, as in `#[endpoint({method}, \"/users/<id>\")]`"
                ),
            ));
        }
        input.parse::<Token![,]>()?;
        let lookahead = input.lookahead1();
        let template = if lookahead.peek(LitStr) {
            input.parse()?
        } else {
            let found = input.cursor().token_tree().map(|(tt, _)| tt);
            let span = found.as_ref().map_or_else(|| input.span(), |tt| tt.span());
            return Err(syn::Error::new(
                span,
                "expected the path template as a string literal, as in `\"/users/<id>\"`",
            ));
        };
        let mut options = Vec::new();
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key = if input.peek(Token![crate]) {
                let token = input.parse::<Token![crate]>()?;
                Ident::new(CRATE, token.span)
            } else {
                input.parse::<Ident>().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "expected a `key = value` argument, as in `response = User`",
                    )
                })?
            };
            if key == IDEMPOTENT {
                if input.peek(Token![=]) {
                    return Err(syn::Error::new(
                        key.span(),
                        "`idempotent` takes no value: write `idempotent` alone, or leave it out",
                    ));
                }
                options.push((key, OptionValue::Flag));
                continue;
            }
            if !input.peek(Token![=]) {
                return Err(syn::Error::new(
                    key.span(),
                    format!(
                        "expected `{key} = ...`: arguments after the template are `key = value`"
                    ),
                ));
            }
            input.parse::<Token![=]>()?;
            let value = if key == BODY {
                OptionValue::Ident(input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "expected `body = json`, `body = form` or `body = multipart`",
                    )
                })?)
            } else if key == CRATE {
                OptionValue::Str(input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "expected a path in a string, as in `crate = \"::restpoint\"`",
                    )
                })?)
            } else {
                OptionValue::Type(Box::new(input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        format!("expected a type after `{key} =`, as in `response = Vec<User>`"),
                    )
                })?))
            };
            options.push((key, value));
        }
        Ok(RawArgs { method, template, options })
    }
}

/// Parses and checks the arguments, reporting every independent mistake.
pub fn parse(tokens: proc_macro2::TokenStream) -> syn::Result<Args> {
    let raw: RawArgs = syn::parse2(tokens)?;
    let mut errors = Errors::default();

    let method_name = raw.method.to_string();
    if !METHODS.contains(&method_name.as_str()) {
        let upper = method_name.to_uppercase();
        let message = if METHODS.contains(&upper.as_str()) {
            format!("HTTP methods are written in uppercase: `{upper}`")
        } else {
            unknown(
                "HTTP method",
                &method_name,
                METHODS,
                "one of `GET`, `POST`, `PUT`, `PATCH`, `DELETE`, `HEAD`, `OPTIONS`",
            )
        };
        errors.spanned(&raw.method, message);
    }

    let template = PathTemplate::parse(&raw.template.value())
        .map_err(|message| errors.spanned(&raw.template, message))
        .ok();

    let mut response = None;
    let mut krate = None;
    let mut body = None;
    let mut error = None;
    let mut idempotent = false;
    for (key, value) in raw.options {
        let name = key.to_string();
        let slot_taken = match (name.as_str(), value) {
            (RESPONSE, OptionValue::Type(ty)) => response.replace(*ty).is_some(),
            (ERROR, OptionValue::Type(ty)) => error.replace(*ty).is_some(),
            (IDEMPOTENT, OptionValue::Flag) => std::mem::replace(&mut idempotent, true),
            (BODY, OptionValue::Ident(ident)) => {
                let encoding = match ident.to_string().as_str() {
                    "json" => Some(BodyEncoding::Json),
                    "form" => Some(BodyEncoding::Form),
                    "multipart" => Some(BodyEncoding::Multipart),
                    other => {
                        errors.spanned(
                            &ident,
                            unknown(
                                "body encoding",
                                other,
                                ENCODINGS,
                                "`json`, `form` or `multipart`",
                            ),
                        );
                        None
                    }
                };
                encoding.is_some_and(|encoding| body.replace(encoding).is_some())
            }
            (CRATE, OptionValue::Str(lit)) => match lit.parse::<Path>() {
                Ok(path) => krate.replace(path).is_some(),
                Err(_) => {
                    errors
                        .spanned(&lit, "`crate` must name a path, as in `crate = \"::restpoint\"`");
                    false
                }
            },
            (_, _) => {
                errors.spanned(
                    &key,
                    unknown(
                        "endpoint argument",
                        &name,
                        KEYS,
                        "`response = T` or `crate = \"path\"`",
                    ),
                );
                false
            }
        };
        if slot_taken {
            errors.spanned(&key, format!("duplicate endpoint argument `{name}`"));
        }
    }

    let krate = krate.unwrap_or_else(|| syn::parse_quote!(::restpoint));
    // A template that failed to parse has recorded its error, so `finish` fails first.
    let template = errors
        .finish(template)?
        .ok_or_else(|| syn::Error::new_spanned(&raw.template, "invalid path template"))?;
    Ok(Args {
        method: raw.method,
        template_lit: raw.template,
        template,
        response,
        krate,
        body: body.unwrap_or(BodyEncoding::Json),
        error,
        idempotent,
    })
}

/// ``unknown HTTP method `PATHC`, did you mean `PATCH`?``, or, with nothing near,
/// ``unknown HTTP method `FETCH`: expected one of ...``.
fn unknown(what: &str, name: &str, known: &[&str], expected: &str) -> String {
    match closest(name, known.iter().copied()) {
        Some(near) => format!("unknown {what} `{name}`, did you mean `{near}`?"),
        None => format!("unknown {what} `{name}`: expected {expected}"),
    }
}
