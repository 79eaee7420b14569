//! A description's text as rustdoc text: in `#[doc]` attributes that no tool
//! runs, bare URLs linked, brackets that are not links escaped.

use proc_macro2::TokenStream;
use quote::quote;

/// `lines` of a description's text as `#[doc]` attributes that no tool runs:
/// where a line could open a code block (a fence, an indented line), the whole
/// text goes in a `text` block whose fence is longer than any run of backticks
/// in it, so that nothing of it is ever a doctest.
fn doc_lines(lines: &[String]) -> Vec<String> {
    // A line of the description may hold line breaks of its own; a tab is
    // spaces (rustdoc and clippy read a tab in a doc as a likely mistake).
    let lines: Vec<String> = lines
        .iter()
        .flat_map(|line| line.split(['\n', '\r']))
        .map(|line| line.replace('\t', "    "))
        .collect();
    let risky = lines.iter().any(|line| {
        line.contains("```")
            || line.contains("~~~")
            || line.starts_with("    ")
            || line.starts_with('\t')
    });
    let mut shown: Vec<String> = Vec::with_capacity(lines.len() + 2);
    let fence = risky.then(|| {
        let longest = lines.iter().map(|line| longest_run(line, '`')).max().unwrap_or(0);
        "`".repeat(longest.max(2) + 1)
    });
    if let Some(fence) = &fence {
        shown.push(format!("{fence}text"));
    }
    match fence {
        Some(fence) => {
            shown.extend(lines.iter().cloned());
            shown.push(fence);
        }
        None => shown.extend(lines.iter().map(|line| as_doc_text(line))),
    }
    shown
        .iter()
        .map(|line| if line.is_empty() { String::new() } else { format!(" {line}") })
        .collect()
}

/// `line` as rustdoc reads it without a warning: outside its code spans,
/// bare addresses in `<...>` and brackets that are no link escaped (an
/// intra-doc link to a code span, `` [`models`] ``, has its brackets in two
/// parts, each alone, and stays).
fn as_doc_text(line: &str) -> String {
    line.split('`')
        .enumerate()
        .map(
            |(index, part)| {
                if index % 2 == 1 { part.to_owned() } else { unbracketed(&linked(part)) }
            },
        )
        .collect::<Vec<_>>()
        .join("`")
}

/// `line` with each `[...]` that is not a Markdown link (`[text](url)`)
/// escaped: rustdoc would read `[Tab]` as a link to an item named `Tab`.
fn unbracketed(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(open) = rest.find('[') {
        let close = rest[open..].find(']').map(|close| open + close);
        let link = close.is_some_and(|close| rest[close + 1..].starts_with('('));
        let escaped = open > 0 && rest[..open].ends_with('\\');
        out.push_str(&rest[..open]);
        match close {
            Some(close) if !link && !escaped => {
                out.push_str("\\[");
                out.push_str(&rest[open + 1..close]);
                out.push_str("\\]");
                rest = &rest[close + 1..];
            }
            _ => {
                out.push('[');
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `line` with each bare `http(s)://` address in `<...>`, which rustdoc links
/// (and does not warn of); one already in `<...>` or a Markdown link stays.
fn linked(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) =
        ["https://", "http://"].iter().filter_map(|scheme| rest.find(scheme)).min()
    {
        let before = &rest[..start];
        let quoted = before.ends_with('<') || before.ends_with("](") || before.ends_with('`');
        let end = rest[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, ')' | '>' | '"' | '\'' | '`' | ']'))
            .map_or(rest.len(), |end| start + end);
        // A sentence's last mark is not the address's.
        let end = start + rest[start..end].trim_end_matches(['.', ',', ';', ':']).len();
        out.push_str(before);
        if quoted {
            out.push_str(&rest[start..end]);
        } else {
            out.push('<');
            out.push_str(&rest[start..end]);
            out.push('>');
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `lines` as the doc of the item that follows.
pub(super) fn docs(lines: &[String]) -> TokenStream {
    let lines = doc_lines(lines);
    quote! { #(#[doc = #lines])* }
}

/// `lines` as the doc of the file they stand in.
pub(super) fn inner_docs(lines: &[String]) -> TokenStream {
    let lines = doc_lines(lines);
    quote! { #(#![doc = #lines])* }
}

fn longest_run(text: &str, of: char) -> usize {
    text.split(|c| c != of).map(str::len).max().unwrap_or(0)
}

/// A doc, then what is approximated in the item, each on a line of its own.
pub(super) fn docs_and_notes(doc: &[String], notes: &[String]) -> TokenStream {
    let mut lines = doc.to_vec();
    if !notes.is_empty() && !lines.is_empty() {
        lines.push(String::new());
    }
    lines.extend(notes.iter().map(|note| format!("Approximated: {note}.")));
    docs(&lines)
}

#[cfg(test)]
mod tests {
    use super::{as_doc_text, linked, unbracketed};

    #[test]
    fn description_text_reads_as_rustdoc_text() {
        for (text, expected) in [
            ("see https://auth0.com/docs.", "see <https://auth0.com/docs>."),
            ("(http://a.example/x)", "(<http://a.example/x>)"),
            (
                "<https://a.example> and [a](https://b.example)",
                "<https://a.example> and [a](https://b.example)",
            ),
            ("`https://a.example`", "`https://a.example`"),
        ] {
            assert_eq!(linked(text), expected);
        }
        for (text, expected) in [
            ("[Tab] [Space]", "\\[Tab\\] \\[Space\\]"),
            ("[docs](https://a.example)", "[docs](https://a.example)"),
            ("a [ alone", "a [ alone"),
            ("\\[kept\\]", "\\[kept\\]"),
        ] {
            assert_eq!(unbracketed(text), expected);
        }
        for (text, expected) in [
            ("in [`models`]: [Tab]", "in [`models`]: \\[Tab\\]"),
            (
                "`builder(\"https://a.example\")` or https://b.example",
                "`builder(\"https://a.example\")` or <https://b.example>",
            ),
        ] {
            assert_eq!(as_doc_text(text), expected);
        }
    }
}
