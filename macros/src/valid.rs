//! Checks the struct against the attribute and decides each field's role: the
//! result, a [`Plan`], is everything expansion needs and cannot be wrong.

use syn::LitStr;

use crate::args::{Args, BodyEncoding};
use crate::ast::{Field, FieldKind, Input};
use crate::errors::Errors;
use crate::paginate::{self, PagePlan};
use crate::response::{self, Decoding};
use crate::serde_attrs::serde_rename;
use crate::similar::did_you_mean;
use crate::template::Segment;

/// A checked endpoint: every field has exactly one role.
pub struct Plan<'a> {
    /// The path, with each placeholder resolved to its field.
    pub path: Vec<PathPart<'a>>,
    /// `#[query]` fields.
    pub query: Vec<&'a Field<'a>>,
    /// `#[header("name")]` fields, with the lowercase header name.
    pub headers: Vec<(&'a Field<'a>, &'a str)>,
    /// What the request body is made of.
    pub body: BodyPlan<'a>,
    /// `paginate = ...`, checked.
    pub page: Option<PagePlan<'a>>,
    /// How the response body is decoded.
    pub decoding: Decoding,
}

/// One part of a resolved path.
pub enum PathPart<'a> {
    /// Text sent as written.
    Literal(&'a str),
    /// The value of a field, encoded as one segment (`false`), or split on `/`
    /// into segments encoded one by one (`true`).
    Field(&'a Field<'a>, bool),
}

/// What the request body is made of.
pub enum BodyPlan<'a> {
    /// No body.
    None,
    /// The `#[body]` field, serialized whole, or sent as raw bytes of the given
    /// content type.
    Whole(&'a Field<'a>, Option<&'a LitStr>),
    /// The unmarked fields, as members of one JSON object.
    Members(Vec<&'a Field<'a>>),
}

/// Checks `input` against `args`, reporting every independent mistake.
pub fn validate<'a>(args: &'a Args, input: &'a Input<'a>) -> syn::Result<Plan<'a>> {
    let mut errors = Errors::default();
    let field_names = || input.fields.iter().map(|f| f.name.as_str());

    let mut path = Vec::new();
    for segment in &args.template.segments {
        match segment {
            Segment::Literal(text) => path.push(PathPart::Literal(text)),
            Segment::Placeholder(name) | Segment::Segments(name) => {
                let several = matches!(segment, Segment::Segments(_));
                match input.fields.iter().find(|field| field.name == *name) {
                    // A path is never absent: no `Option` to leave a placeholder out.
                    Some(field) if field.is_option => errors.spanned(
                        field.ident,
                        if several {
                            format!(
                                "`{name}` is an `Option`, but a `<{name}..>` is always sent and \
                                 cannot be empty: for the path without it (GitHub's root \
                                 `contents`), declare a second endpoint whose template ends \
                                 before `<{name}..>`, and make this field a `String` or `&str`"
                            )
                        } else {
                            format!(
                                "`{name}` is an `Option`, but a path placeholder is always sent: \
                                 make it a `String` or `&str`, or declare a second endpoint \
                                 without `<{name}>` for the call that has no value"
                            )
                        },
                    ),
                    Some(field) => path.push(PathPart::Field(field, several)),
                    None => errors.spanned(
                        &args.template_lit,
                        format!(
                            "no field `{name}` for the placeholder `<{name}{}>`{}",
                            if several { ".." } else { "" },
                            did_you_mean(name, field_names())
                        ),
                    ),
                }
            }
        }
    }

    let is_path_field = |field: &Field| args.template.placeholders().any(|name| name == field.name);
    for field in &input.fields {
        let role = match &field.kind {
            _ if is_path_field(field) => "fills a placeholder of the path",
            Some(FieldKind::Body(..)) => "is the whole `#[body]`",
            _ => continue,
        };
        if let Some(cfg) = field.cfg_attrs.iter().find(|attr| attr.path().is_ident("cfg")) {
            errors.spanned(
                cfg,
                format!(
                    "field `{}` {role}, so it cannot depend on `#[cfg]`: the request needs it \
                     in every build; declare one endpoint per configuration instead",
                    field.name
                ),
            );
        }
    }
    let mut query = Vec::new();
    let mut headers = Vec::new();
    let mut whole_body: Option<(&Field, Option<&LitStr>)> = None;
    let mut members = Vec::new();
    for field in &input.fields {
        match (&field.kind, is_path_field(field)) {
            (None, true) => {}
            (Some(kind), true) => errors.spanned(
                kind.attr_path(),
                format!(
                    "field `{0}` fills the placeholder `<{0}>` of the path, so it cannot also be \
                     `#[{1}]`; remove the attribute, or rename the placeholder",
                    field.name,
                    attr_name(kind)
                ),
            ),
            (Some(FieldKind::Query(_)), false) => query.push(field),
            (Some(FieldKind::Header(attr, name)), false) => {
                if args.headers.iter().any(|(fixed, _)| fixed == name) {
                    errors.spanned(
                        attr,
                        format!(
                            "header `{name}` is already set by `headers(...)` in the attribute; \
                             remove one of them"
                        ),
                    );
                }
                headers.push((field, name.as_str()));
            }
            (Some(FieldKind::Body(attr, content_type)), false) => {
                if let Some((first, _)) = whole_body {
                    errors.spanned(
                        attr,
                        format!(
                            "only one field can be the `#[body]`, and `{}` already is; \
                             remove `#[body]` from one of them",
                            first.name
                        ),
                    );
                } else if args.is_bodiless() {
                    errors.spanned(
                        attr,
                        format!(
                            "`{}` requests have no body, so no field can be `#[body]`",
                            args.method
                        ),
                    );
                } else if args.body == BodyEncoding::Multipart {
                    errors.spanned(
                        attr,
                        "a `body = multipart` body is made of the fields themselves, one part \
                         each, so no field can be `#[body]`",
                    );
                } else {
                    whole_body = Some((field, content_type.as_ref()));
                }
            }
            (None, false) => members.push(field),
        }
    }

    if args.is_bodiless() {
        for field in &members {
            errors.spanned(
                field.ident,
                format!(
                    "`{method}` requests have no body, so field `{name}` must be sent another \
                     way: mark it `#[query]` to send it in the query string, or \
                     `#[header(\"...\")]`, or name it in the path as `<{name}>`",
                    method = args.method,
                    name = field.name
                ),
            );
        }
    } else if let Some((body, _)) = whole_body {
        for field in &members {
            errors.spanned(
                field.ident,
                format!(
                    "field `{}` is unmarked, so it would be a member of the JSON body, but `{}` \
                     is already the whole `#[body]`; mark it `#[query]` or `#[header(\"...\")]`, \
                     or move it into the body's type",
                    field.name, body.name
                ),
            );
        }
    }

    let body = match whole_body {
        Some((field, content_type)) => BodyPlan::Whole(field, content_type),
        None if members.is_empty() || args.is_bodiless() => BodyPlan::None,
        None => BodyPlan::Members(members),
    };
    let page = args
        .paginate
        .as_ref()
        .and_then(|paginate| paginate::validate(paginate, input, &mut errors));
    // A constant `query(...)` parameter and a `#[query]` field of the same name
    // would both be sent.
    for (name, _) in &args.query {
        let field = plan_query_names(&query).find(|(_, wire)| *wire == name.value());
        if let Some((field, _)) = field {
            errors.spanned(
                name,
                format!(
                    "query parameter `{}` is both a constant and the field `{}`: remove one \
                     (a constant is sent with every call; a field, as its value says)",
                    name.value(),
                    field.name
                ),
            );
        }
    }
    let decoding = response::decoding(args);
    errors.finish(Plan { path, query, headers, body, page, decoding })
}

fn attr_name(kind: &FieldKind) -> &'static str {
    match kind {
        FieldKind::Query(_) => "query",
        FieldKind::Header(..) => "header",
        FieldKind::Body(..) => "body",
    }
}

/// Each `#[query]` field and the name it is sent under.
fn plan_query_names<'a>(
    query: &'a [&'a Field<'a>],
) -> impl Iterator<Item = (&'a Field<'a>, String)> + 'a {
    query.iter().map(|field| (*field, serde_rename(field).unwrap_or_else(|| field.name.clone())))
}
