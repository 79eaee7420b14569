//! Decisions about the response: how its body is decoded, from the attribute's
//! `response = ...` and `format = ...`. No tokens are written here.

use proc_macro2::Span;
use syn::{Ident, Type};

use crate::args::Args;

/// How the response body is decoded: the runtime's format (`Json`, `Text`,
/// `Raw`, `Ignore`, or the one `format = ...` names), and whether a `304` is an
/// answer too (`Conditional<T>`).
pub struct Decoding {
    pub format: Ident,
    pub conditional: bool,
}

/// As `format = ...` says, or by the type as written: `()` ignores the body,
/// `String` keeps it as text, `Bytes` and `Vec<u8>` as bytes; anything else is
/// JSON. In `Conditional<T>`, `T` says how a fresh body decodes.
pub fn decoding(args: &Args) -> Decoding {
    match args.response.as_ref().and_then(conditional_inner) {
        Some(inner) => Decoding { format: format_of(args, Some(inner)), conditional: true },
        None => Decoding { format: format_of(args, args.response.as_ref()), conditional: false },
    }
}

/// `T` in `Conditional<T>`, as written.
fn conditional_inner(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    let syn::PathArguments::AngleBracketed(arguments) = &last.arguments else { return None };
    match arguments.args.first() {
        Some(syn::GenericArgument::Type(inner)) if last.ident == "Conditional" => Some(inner),
        _ => None,
    }
}

/// The format of a body of type `ty`: as `format = ...` says, or by the type.
fn format_of(args: &Args, ty: Option<&Type>) -> Ident {
    if let Some(format) = &args.format {
        return format.clone();
    }
    let name = match ty {
        None if args.method == "HEAD" => "Ignore",
        None => "Json",
        Some(Type::Tuple(tuple)) if tuple.elems.is_empty() => "Ignore",
        Some(Type::Path(path)) if path.qself.is_none() => match path.path.segments.last() {
            Some(last) if last.arguments.is_none() && last.ident == "String" => "Text",
            Some(last) if last.arguments.is_none() && last.ident == "Bytes" => "Raw",
            Some(last) if last.ident == "Vec" && is_bytes_argument(&last.arguments) => "Raw",
            _ => "Json",
        },
        Some(_) => "Json",
    };
    Ident::new(name, Span::call_site())
}

/// Whether generic arguments are `<u8>`.
fn is_bytes_argument(arguments: &syn::PathArguments) -> bool {
    let syn::PathArguments::AngleBracketed(arguments) = arguments else { return false };
    matches!(
        arguments.args.first(),
        Some(syn::GenericArgument::Type(Type::Path(ty))) if arguments.args.len() == 1 && ty.path.is_ident("u8")
    )
}
