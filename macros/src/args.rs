//! The attribute's arguments: `METHOD, "template"`, then optional `key = value`s.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitInt, LitStr, Path, Token, Type};

use crate::errors::Errors;
use crate::header::{header_name_problem, is_header_value};
use crate::paginate::Paginate;
use crate::similar::closest;
use crate::status::Statuses;
use crate::template::PathTemplate;

/// The HTTP methods an endpoint can have, as written in the attribute.
pub const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// `response = T`: the type a `2xx` body decodes into.
const RESPONSE: &str = "response";
/// `crate = "path"`: where the `restpoint` crate is, when renamed or re-exported.
const CRATE: &str = "crate";
/// `body = json | form | multipart`: how body fields are encoded.
const BODY: &str = "body";
/// `error = T`: the type a non-`2xx` body decodes into; `error(404) = T`, the
/// type of one status's (or class's) body.
const ERROR: &str = "error";
/// `idempotent`, alone: the endpoint may be retried after any failure.
const IDEMPOTENT: &str = "idempotent";
/// `headers("Name" = "value", ...)`: headers every call carries.
const HEADERS: &str = "headers";
/// `query("name" = "value", ...)`: query parameters every call carries.
const QUERY: &str = "query";
/// `auth = none`: the call never carries the client's credentials.
const AUTH: &str = "auth";
/// `format = json | text | raw`: how a `2xx` body is decoded, where the response
/// type does not say it (a type alias).
const FORMAT: &str = "format";
const FORMATS: &[&str] = &["json", "text", "raw"];
/// `check = path`: a function that says whether a `2xx` answer is a success.
const CHECK: &str = "check";
/// `paginate = style(...)`: how a list endpoint asks for its next page.
const PAGINATE: &str = "paginate";
/// Every argument, for suggestions.
const KEYS: &[&str] =
    &[RESPONSE, ERROR, BODY, IDEMPOTENT, HEADERS, QUERY, AUTH, FORMAT, CHECK, PAGINATE, CRATE];
/// Every argument as written, for the message about an unknown one.
const USAGE: &str = "`response = T`, `error = T`, `error(404) = T`, `body = json | form | multipart`, `idempotent`, \
                     `headers(\"Name\" = \"value\", ...)`, `query(\"name\" = \"value\", ...)`, `auth = none`, `format = json | text | raw`, \
                     `check = path::to::function`, `paginate = style(...)` or `crate = \"path\"`";

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
    /// `error = T`, if given: the type of every error body no `error(...)` is for.
    pub error: Option<Type>,
    /// `error(404) = T` and `error(4XX) = T`, as written.
    pub status_errors: Vec<(Statuses, Type)>,
    /// Whether `idempotent` was given.
    pub idempotent: bool,
    /// `headers(...)`: each name in lowercase, and its value.
    pub headers: Vec<(String, LitStr)>,
    /// `query(...)`: each name and its value, as written.
    pub query: Vec<(LitStr, LitStr)>,
    /// Whether `auth = none` was given.
    pub without_auth: bool,
    /// `format = ...`: `Json`, `Text` or `Raw`, the runtime's format type.
    pub format: Option<Ident>,
    /// `check = path`, if given.
    pub check: Option<Path>,
    /// `paginate = ...`, if given.
    pub paginate: Option<Paginate>,
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
    /// `error(404) = T`.
    StatusType(LitInt, Box<Type>),
    Str(LitStr),
    Ident(Ident),
    Headers(Vec<(LitStr, LitStr)>),
    Path(Path),
    Paginate(Paginate),
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
            if key == HEADERS || key == QUERY {
                let content;
                syn::parenthesized!(content in input);
                let mut pairs = Vec::new();
                while !content.is_empty() {
                    let usage = if key == HEADERS {
                        "expected `\"Name\" = \"value\"`, as in \
                         `headers(\"Accept\" = \"application/json\")`"
                    } else {
                        "expected `\"name\" = \"value\"`, as in `query(\"uploadType\" = \"media\")`"
                    };
                    let name: LitStr =
                        content.parse().map_err(|e| syn::Error::new(e.span(), usage))?;
                    content.parse::<Token![=]>().map_err(|e| syn::Error::new(e.span(), usage))?;
                    let value: LitStr =
                        content.parse().map_err(|e| syn::Error::new(e.span(), usage))?;
                    pairs.push((name, value));
                    if !content.is_empty() {
                        content.parse::<Token![,]>()?;
                    }
                }
                options.push((key, OptionValue::Headers(pairs)));
                continue;
            }
            if key == ERROR && input.peek(syn::token::Paren) {
                let (status, ty) = status_type(input)?;
                options.push((key, OptionValue::StatusType(status, ty)));
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
            let value = if key == BODY || key == AUTH || key == FORMAT {
                OptionValue::Ident(input.parse().map_err(|e| {
                    let expected = if key == AUTH {
                        "expected `auth = none`"
                    } else if key == FORMAT {
                        "expected `format = json`, `format = text` or `format = raw`"
                    } else {
                        "expected `body = json`, `body = form` or `body = multipart`"
                    };
                    syn::Error::new(e.span(), expected)
                })?)
            } else if key == CHECK {
                OptionValue::Path(input.parse().map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "expected a function's path after `check =`, as in `check = slack_ok`",
                    )
                })?)
            } else if key == PAGINATE {
                OptionValue::Paginate(Paginate::parse(input)?)
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
    let mut status_errors: Vec<(Statuses, Type)> = Vec::new();
    let mut idempotent = false;
    let mut headers: Option<Vec<(String, LitStr)>> = None;
    let mut query: Option<Vec<(LitStr, LitStr)>> = None;
    let mut without_auth = None;
    let mut format = None;
    let mut check = None;
    let mut paginate = None;
    for (key, value) in raw.options {
        let name = key.to_string();
        let slot_taken = match (name.as_str(), value) {
            (RESPONSE, OptionValue::Type(ty)) => response.replace(*ty).is_some(),
            (ERROR, OptionValue::Type(ty)) => error.replace(*ty).is_some(),
            (ERROR, OptionValue::StatusType(status, ty)) => {
                match Statuses::parse(&status) {
                    Err(message) => errors.spanned(&status, message),
                    Ok(statuses) if status_errors.iter().any(|(seen, _)| *seen == statuses) => {
                        errors.spanned(&status, format!("`error({status})` is given twice"));
                    }
                    Ok(statuses) => status_errors.push((statuses, *ty)),
                }
                false
            }
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
            (HEADERS, OptionValue::Headers(pairs)) => {
                let mut checked: Vec<(String, LitStr)> = Vec::new();
                for (name, value) in pairs {
                    let lower = name.value().to_ascii_lowercase();
                    if let Some(problem) = header_name_problem(&name.value()) {
                        errors.spanned(&name, problem);
                    } else if !is_header_value(&value.value()) {
                        errors.spanned(
                            &value,
                            format!(
                                "the value of header `{}` is not a valid HTTP header value: use \
                                 visible ASCII and spaces, with no line break",
                                name.value()
                            ),
                        );
                    } else if checked.iter().any(|(seen, _)| *seen == lower) {
                        errors.spanned(&name, format!("header `{}` is set twice", name.value()));
                    } else {
                        checked.push((lower, value));
                    }
                }
                headers.replace(checked).is_some()
            }
            (QUERY, OptionValue::Headers(pairs)) => {
                let mut checked: Vec<(LitStr, LitStr)> = Vec::new();
                for (name, value) in pairs {
                    if name.value().is_empty() {
                        errors.spanned(&name, "a query parameter needs a name");
                    } else if checked.iter().any(|(seen, _)| seen.value() == name.value()) {
                        errors.spanned(
                            &name,
                            format!("query parameter `{}` is set twice", name.value()),
                        );
                    } else {
                        checked.push((name, value));
                    }
                }
                query.replace(checked).is_some()
            }
            (CHECK, OptionValue::Path(path)) => check.replace(path).is_some(),
            (PAGINATE, OptionValue::Paginate(value)) => paginate.replace(value).is_some(),
            (FORMAT, OptionValue::Ident(ident)) => {
                let name = match ident.to_string().as_str() {
                    "json" => Some("Json"),
                    "text" => Some("Text"),
                    "raw" => Some("Raw"),
                    other => {
                        errors.spanned(
                            &ident,
                            unknown("response format", other, FORMATS, "`json`, `text` or `raw`"),
                        );
                        None
                    }
                };
                name.is_some_and(|name| format.replace(Ident::new(name, ident.span())).is_some())
            }
            (AUTH, OptionValue::Ident(ident)) => {
                if ident != "none" {
                    errors.spanned(
                        &ident,
                        format!(
                            "unknown `auth` value `{ident}`: write `auth = none` for a call that \
                             must not carry the client's credentials, or leave `auth` out"
                        ),
                    );
                }
                without_auth.replace(true).is_some()
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
                errors.spanned(&key, unknown_argument(&name));
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
        status_errors,
        idempotent,
        headers: headers.unwrap_or_default(),
        query: query.unwrap_or_default(),
        without_auth: without_auth.unwrap_or(false),
        format,
        check,
        paginate,
    })
}

/// `(404) = T` after `error`: the status as written, and the type.
fn status_type(input: ParseStream) -> syn::Result<(LitInt, Box<Type>)> {
    let usage = "expected `error(404) = T` or `error(4XX) = T`: a status from 300 to 599, or a \
                 class of them, and the type its body decodes into";
    let content;
    syn::parenthesized!(content in input);
    let status: LitInt = content.parse().map_err(|e| syn::Error::new(e.span(), usage))?;
    if !content.is_empty() {
        return Err(syn::Error::new(content.span(), usage));
    }
    input.parse::<Token![=]>().map_err(|e| syn::Error::new(e.span(), usage))?;
    let ty = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!(
                "expected a type after `error({status}) =`, as in `error({status}) = NotFound`"
            ),
        )
    })?;
    Ok((status, Box::new(ty)))
}

/// ``unknown endpoint argument `respnse`, did you mean `response`?``, and in every
/// case what the arguments are.
fn unknown_argument(name: &str) -> String {
    match closest(name, KEYS.iter().copied()) {
        Some(near) => {
            format!(
                "unknown endpoint argument `{name}`, did you mean `{near}`? The arguments are {USAGE}"
            )
        }
        None => format!("unknown endpoint argument `{name}`: the arguments are {USAGE}"),
    }
}

/// ``unknown HTTP method `PATHC`, did you mean `PATCH`?``, or, with nothing near,
/// ``unknown HTTP method `FETCH`: expected one of ...``.
fn unknown(what: &str, name: &str, known: &[&str], expected: &str) -> String {
    match closest(name, known.iter().copied()) {
        Some(near) => format!("unknown {what} `{name}`, did you mean `{near}`?"),
        None => format!("unknown {what} `{name}`: expected {expected}"),
    }
}
