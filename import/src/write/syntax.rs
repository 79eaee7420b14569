//! The pieces every file is built of: names and types parsed as Rust, the
//! whole file parsed back and formatted, and the words of the report.

use proc_macro2::TokenStream;

use crate::openapi::Api;

/// `tokens`, a whole file, parsed back as Rust and formatted.
pub(super) fn rust(path: &str, tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| bug(path, &e.to_string()))?;
    Ok(spaced(&status_arguments(&prettyplease::unparse(&file))))
}

/// `error(404) = T` as a person writes it: prettyplease reads the arguments of
/// an attribute as a list of `key = value`s, and, where one is not, prints
/// `error(404)= T`. Only that argument changes, outside comments and string
/// literals: `error(`, three digits or a digit and `XX`, then `)= `.
fn status_arguments(formatted: &str) -> String {
    let mut out = String::with_capacity(formatted.len() + 64);
    for line in formatted.split_inclusive('\n') {
        if line.trim_start().starts_with("//") {
            out.push_str(line);
            continue;
        }
        let (mut in_string, mut escaped) = (false, false);
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            let argument = rest.get(..12).filter(|argument| {
                let bytes = argument.as_bytes();
                !in_string
                    && argument.starts_with("error(")
                    && argument.ends_with(")= ")
                    && bytes[6].is_ascii_digit()
                    && (bytes[7..9].iter().all(u8::is_ascii_digit) || &bytes[7..9] == b"XX")
            });
            if let Some(argument) = argument {
                out.push_str(&argument[..10]);
                out.push_str(" = ");
                rest = &rest[12..];
                continue;
            }
            match c {
                _ if escaped => escaped = false,
                '\\' if in_string => escaped = true,
                '"' => in_string = !in_string,
                _ => {}
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// `formatted` with a blank line before each top-level item that has a doc or
/// attributes, as a person spaces them. Only whitespace between items changes:
/// the output has no multi-line literals.
fn spaced(formatted: &str) -> String {
    let mut out = String::with_capacity(formatted.len() + formatted.len() / 16);
    let mut previous: Option<&str> = None;
    for line in formatted.lines() {
        let item_starts =
            line.starts_with("///") || line.starts_with("#[") || line.starts_with("impl");
        let item_ended =
            previous.is_some_and(|p| p == "}" || (!p.starts_with(' ') && p.ends_with(';')));
        if item_starts && item_ended {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous = Some(line);
    }
    out
}

/// The message for output that is not Rust: the importer's fault, not the
/// description's.
pub(super) fn bug(place: &str, problem: &str) -> String {
    format!(
        "{place}: the importer made something that is not Rust ({problem}); this is a bug \
         of restpoint-import: please report it with the description"
    )
}

/// A module's name, kept clear of the crate's own `models`, `auth` and `lib`.
pub(super) fn module_name(module: &str) -> String {
    match module {
        "models" | "lib" | "main" | "auth" => format!("{module}_endpoints"),
        _ => module.to_owned(),
    }
}

pub(super) fn ident(name: &str, place: &str) -> Result<syn::Ident, String> {
    syn::parse_str(name).map_err(|e| bug(place, &format!("`{name}`: {e}")))
}

pub(super) fn ty(text: &str, place: &str) -> Result<syn::Type, String> {
    syn::parse_str(text).map_err(|e| bug(place, &format!("`{text}`: {e}")))
}

pub(super) fn attributes(texts: &[String], place: &str) -> Result<Vec<syn::Attribute>, String> {
    texts
        .iter()
        .map(|text| {
            syn::parse::Parser::parse_str(syn::Attribute::parse_outer, text)
                .map_err(|e| bug(place, &format!("`{text}`: {e}")))
        })
        .collect::<Result<Vec<_>, _>>()
        .map(|attrs| attrs.into_iter().flatten().collect())
}

/// `text` as a Rust string literal.
pub(super) fn string_literal(text: &str) -> String {
    proc_macro2::Literal::string(text).to_string()
}

/// The API's title and version, as the description gives them.
pub(super) fn title(api: &Api) -> String {
    match api.version.trim() {
        "" => api.title.clone(),
        version => format!("{} {version}", api.title),
    }
}

/// `1 model`, `2 models`.
pub(super) fn counted(n: usize, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_status_argument_is_spaced_and_nothing_else() {
        let printed = concat!(
            "#[endpoint(GET, \"/a/error(404)= x\", error = A, error(422)= B, error(5XX)= C)]\n",
            "/// error(404)= B in a doc\n",
            "    error(409)= D,\n",
            "const X: &str = \"error(404)= \\\" error(404)= \";\n",
        );
        let expected = concat!(
            "#[endpoint(GET, \"/a/error(404)= x\", error = A, error(422) = B, error(5XX) = C)]\n",
            "/// error(404)= B in a doc\n",
            "    error(409) = D,\n",
            "const X: &str = \"error(404)= \\\" error(404)= \";\n",
        );
        assert_eq!(super::status_arguments(printed), expected);
    }
}
