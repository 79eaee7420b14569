//! The request struct as a small IR: its fields, what each field's attributes say,
//! and the struct to emit again with the attributes only the macro understands
//! removed.

use syn::punctuated::Punctuated;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, LitStr, Meta, Path, Token, Type};

use crate::errors::Errors;
use crate::similar::closest;

/// `#[query]`: the field is a query parameter.
const QUERY: &str = "query";
/// `#[header("Name")]`: the field is a request header.
const HEADER: &str = "header";
/// `#[body]`: the field is the whole request body.
const BODY: &str = "body";
/// `#[secret]`: the field's value is shown nowhere (`Debug`, curl, logs).
const SECRET: &str = "secret";
/// `#[send_null]`: an `Option` body member sent as `null` when `None`.
const SEND_NULL: &str = "send_null";
const FIELD_ATTRS: &[&str] = &[QUERY, HEADER, BODY, SECRET, SEND_NULL];

/// The request struct.
pub struct Input<'a> {
    /// The struct as the user wrote it.
    pub item: &'a DeriveInput,
    /// Its named fields, in order.
    pub fields: Vec<Field<'a>>,
    /// The struct's own `#[serde(...)]` attributes, applied to the generated
    /// body and query too.
    pub serde_attrs: Vec<&'a Attribute>,
}

/// One field of the request struct.
pub struct Field<'a> {
    /// The field's identifier, `r#` included.
    pub ident: &'a Ident,
    /// The name placeholders use: the identifier without `r#`.
    pub name: String,
    /// The field's type.
    pub ty: &'a Type,
    /// What the field's restpoint attribute says it is, if it has one.
    pub kind: Option<FieldKind>,
    /// The field's `#[serde(...)]` attributes, honoured in the body and the query.
    pub serde_attrs: Vec<&'a Attribute>,
    /// The field's `#[cfg(...)]` attributes: every piece of generated code that
    /// names the field carries them too.
    pub cfg_attrs: Vec<&'a Attribute>,
    /// The field's `#[cfg_attr(...)]` attributes, carried to the generated serde
    /// struct (where they may hold `serde(...)`).
    pub cfg_attr_attrs: Vec<&'a Attribute>,
    /// Whether the type is written `Option<...>`: `None` is then left out.
    pub is_option: bool,
    /// `#[secret]`: the value is masked in `Debug` and in renderings.
    pub is_secret: bool,
    /// `#[send_null]`: `None` is sent as `null`, not left out.
    pub send_null: bool,
}

/// What a field's restpoint attribute makes it.
pub enum FieldKind {
    /// `#[query]`.
    Query(Path),
    /// `#[header("Name")]`, with the name in lowercase.
    Header(Path, String),
    /// `#[body]`, or `#[body(content_type = "...")]` for raw bytes.
    Body(Path, Option<LitStr>),
}

impl FieldKind {
    /// The attribute, for error spans.
    pub fn attr_path(&self) -> &Path {
        match self {
            FieldKind::Query(path) | FieldKind::Header(path, _) | FieldKind::Body(path, _) => path,
        }
    }
}

impl<'a> Input<'a> {
    /// Reads the struct, reporting every misuse of the field attributes.
    pub fn from_syn(item: &'a DeriveInput) -> syn::Result<Self> {
        let fields = match &item.data {
            Data::Struct(data) => match &data.fields {
                Fields::Named(fields) => &fields.named,
                Fields::Unnamed(_) => {
                    return Err(not_a_named_struct(item, "a tuple struct: name its fields"));
                }
                Fields::Unit => {
                    return Err(not_a_named_struct(
                        item,
                        "a unit struct: give it braces, as in `struct Ping {}`",
                    ));
                }
            },
            Data::Enum(data) => {
                return Err(syn::Error::new(
                    data.enum_token.span,
                    "`#[endpoint]` goes on a struct with named fields, not on an enum",
                ));
            }
            Data::Union(data) => {
                return Err(syn::Error::new(
                    data.union_token.span,
                    "`#[endpoint]` goes on a struct with named fields, not on a union",
                ));
            }
        };
        let mut errors = Errors::default();
        let fields = fields
            .iter()
            .filter_map(|field| {
                let ident = field.ident.as_ref()?;
                let kind = parse_field_attrs(&field.attrs, &mut errors);
                let send_null = field.attrs.iter().find(|attr| attr.path().is_ident(SEND_NULL));
                let is_option = is_option(&field.ty);
                match (send_null, &kind) {
                    (Some(attr), Some(kind)) => errors.spanned(
                        attr,
                        format!(
                            "`#[send_null]` is for a member of the JSON body, not a `#[{}]` field",
                            kind.attr_path().get_ident().map(Ident::to_string).unwrap_or_default()
                        ),
                    ),
                    (Some(attr), None) if !is_option => errors.spanned(
                        attr,
                        format!(
                            "`#[send_null]` sends `None` as `null`: `{ident}` must be an `Option`, \
                             as in `{ident}: Option<String>`"
                        ),
                    ),
                    _ => {}
                }
                Some(Field {
                    ident,
                    name: ident.to_string().trim_start_matches("r#").to_owned(),
                    ty: &field.ty,
                    kind,
                    serde_attrs: field.attrs.iter().filter(|a| is_serde(a)).collect(),
                    cfg_attrs: field.attrs.iter().filter(|a| a.path().is_ident("cfg")).collect(),
                    cfg_attr_attrs: field
                        .attrs
                        .iter()
                        .filter(|a| a.path().is_ident("cfg_attr"))
                        .collect(),
                    is_option,
                    is_secret: field.attrs.iter().any(|attr| attr.path().is_ident(SECRET)),
                    send_null: send_null.is_some(),
                })
            })
            .collect();
        let serde_attrs = item.attrs.iter().filter(|a| is_serde(a)).collect();
        errors.finish(Input { item, fields, serde_attrs })
    }
}

fn not_a_named_struct(item: &DeriveInput, what: &str) -> syn::Error {
    syn::Error::new_spanned(
        &item.ident,
        format!("`#[endpoint]` goes on a struct with named fields, and `{}` is {what}", item.ident),
    )
}

/// The restpoint attribute of a field, if any; misuse is recorded in `errors`.
fn parse_field_attrs(attrs: &[Attribute], errors: &mut Errors) -> Option<FieldKind> {
    let mut kind: Option<FieldKind> = None;
    for attr in attrs {
        let Some(name) = attr.path().get_ident().map(Ident::to_string) else {
            continue;
        };
        let parsed = match name.as_str() {
            SECRET | SEND_NULL => {
                errors.take(bare(attr, &name));
                continue;
            }
            QUERY => bare(attr, QUERY).map(|()| FieldKind::Query(attr.path().clone())),
            BODY => body_content_type(attr).map(|ct| FieldKind::Body(attr.path().clone(), ct)),
            HEADER => header_name(attr).map(|name| FieldKind::Header(attr.path().clone(), name)),
            _ => {
                if let Some(known) = misspelled_field_attr(attr) {
                    errors.spanned(
                        attr.path(),
                        format!("unknown field attribute `{name}`, did you mean `{known}`?"),
                    );
                }
                continue;
            }
        };
        let Some(parsed) = errors.take(parsed) else {
            continue;
        };
        if let Some(first) = &kind {
            errors.spanned(
                parsed.attr_path(),
                format!(
                    "a field has one role, and this one is already `#[{}]`",
                    first.attr_path().get_ident().map(Ident::to_string).unwrap_or_default()
                ),
            );
        } else {
            kind = Some(parsed);
        }
    }
    kind
}

/// The restpoint attribute that `attr` is a likely misspelling of (`#[querry]`).
fn misspelled_field_attr(attr: &Attribute) -> Option<&'static str> {
    let name = attr.path().get_ident()?.to_string();
    if FIELD_ATTRS.contains(&name.as_str()) {
        return None;
    }
    closest(&name, FIELD_ATTRS.iter().copied())
}

fn bare(attr: &Attribute, name: &str) -> syn::Result<()> {
    match &attr.meta {
        Meta::Path(_) => Ok(()),
        _ => Err(syn::Error::new_spanned(&attr.meta, format!("`#[{name}]` takes no arguments"))),
    }
}

/// `#[body]` is `None`; `#[body(content_type = "text/csv")]` is the content type.
fn body_content_type(attr: &Attribute) -> syn::Result<Option<LitStr>> {
    if let Meta::Path(_) = attr.meta {
        return Ok(None);
    }
    let mut content_type = None;
    attr.parse_nested_meta(|meta| {
        if meta.path.is_ident("content_type") {
            let lit: LitStr = meta.value()?.parse()?;
            let value = lit.value();
            let (kind, subtype) = value.split_once('/').unwrap_or_default();
            let valid_header = crate::header::is_header_value(&value);
            if kind.is_empty() || subtype.is_empty() || !valid_header {
                return Err(syn::Error::new_spanned(
                    &lit,
                    format!("`{value}` is not a content type: write one as `type/subtype`, as in `text/csv`"),
                ));
            }
            content_type = Some(lit);
            Ok(())
        } else {
            Err(meta.error(
                "expected `#[body]` for a JSON body, or `#[body(content_type = \"...\")]` for raw bytes",
            ))
        }
    })?;
    Ok(content_type)
}

fn header_name(attr: &Attribute) -> syn::Result<String> {
    let usage = "expected a header name, as in `#[header(\"X-Request-Id\")]`";
    let Meta::List(list) = &attr.meta else {
        return Err(syn::Error::new_spanned(&attr.meta, usage));
    };
    let lit: LitStr = syn::parse2(list.tokens.clone())
        .map_err(|_| syn::Error::new_spanned(&list.tokens, usage))?;
    let name = lit.value();
    match crate::header::header_name_problem(&name) {
        Some(problem) => Err(syn::Error::new_spanned(&lit, problem)),
        None => Ok(name.to_ascii_lowercase()),
    }
}

fn is_serde(attr: &Attribute) -> bool {
    attr.path().is_ident("serde")
}

/// Whether the type is written as `Option<T>` (by any path ending in `Option`).
fn is_option(ty: &Type) -> bool {
    match ty {
        Type::Path(path) if path.qself.is_none() => path
            .path
            .segments
            .last()
            .is_some_and(|last| last.ident == "Option" && !last.arguments.is_none()),
        Type::Group(group) => is_option(&group.elem),
        _ => false,
    }
}

/// The paths in the struct's `#[derive(...)]` lists.
fn derived(attrs: &[Attribute]) -> Vec<Path> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("derive"))
        .filter_map(|attr| {
            attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated).ok()
        })
        .flatten()
        .collect()
}

fn is_named(path: &Path, names: &[&str]) -> bool {
    path.segments.last().is_some_and(|last| names.iter().any(|name| last.ident == name))
}

impl Input<'_> {
    /// Whether the struct has `#[secret]` fields: its `Debug` is then written by
    /// the macro, with the secrets masked, in place of a `#[derive(Debug)]` (one
    /// written before `#[endpoint]`, which the macro cannot take out, is then a
    /// conflicting impl: a compile error rather than a leak).
    pub fn masks_debug(&self) -> bool {
        self.fields.iter().any(|field| field.is_secret)
    }
}

/// The struct to emit: the user's, less the attributes only `#[endpoint]` reads
/// (an attribute macro cannot declare helper attributes, so they must go), and
/// less `Debug` in its derives when `without_debug` (the macro writes it).
pub fn strip_attributes(item: &DeriveInput, without_debug: bool) -> DeriveInput {
    // When the user derives `Serialize` or `Deserialize`, the `#[serde]`
    // attributes are theirs too and stay.
    let keep_serde =
        derived(&item.attrs).iter().any(|path| is_named(path, &["Serialize", "Deserialize"]));
    let keep_on_struct = |attr: &Attribute| keep_serde || !is_serde(attr);
    // `#[cfg_attr(pred, serde(...))]` becomes `#[serde(...)]` where the struct
    // does not derive serde's traits: those items go, the rest stay.
    let without_serde = |attr: &Attribute| -> Option<Attribute> {
        if keep_serde || !attr.path().is_ident("cfg_attr") {
            return Some(attr.clone());
        }
        let Ok(items) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
        else {
            return Some(attr.clone());
        };
        let mut items = items.into_iter();
        let predicate = items.next()?;
        let rest: Vec<Meta> = items.filter(|item| !item.path().is_ident("serde")).collect();
        (!rest.is_empty()).then(|| syn::parse_quote!(#[cfg_attr(#predicate, #(#rest),*)]))
    };
    // A misspelling was reported already; rustc need not report it again.
    let keep_on_field = |attr: &Attribute| {
        let ours = FIELD_ATTRS.iter().any(|name| attr.path().is_ident(name))
            || misspelled_field_attr(attr).is_some();
        !ours && keep_on_struct(attr)
    };
    let mut item = item.clone();
    item.attrs.retain(keep_on_struct);
    if without_debug {
        item.attrs = item.attrs.into_iter().filter_map(without_derive_debug).collect();
    }
    if let Data::Struct(data) = &mut item.data {
        for field in data.fields.iter_mut() {
            field.attrs.retain(keep_on_field);
            field.attrs = field.attrs.iter().filter_map(without_serde).collect();
        }
    }
    item
}

/// `attr` with `Debug` taken out if it is a `#[derive]`; `None` if nothing is left.
fn without_derive_debug(attr: Attribute) -> Option<Attribute> {
    if !attr.path().is_ident("derive") {
        return Some(attr);
    }
    let Ok(paths) = attr.parse_args_with(Punctuated::<Path, Token![,]>::parse_terminated) else {
        return Some(attr);
    };
    let rest: Vec<&Path> = paths.iter().filter(|path| !is_named(path, &["Debug"])).collect();
    (!rest.is_empty()).then(|| syn::parse_quote!(#[derive(#(#rest),*)]))
}
