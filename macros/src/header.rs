//! What an HTTP header's name and value may be, as written in a declaration.

/// Why `name` is not an HTTP header name, if it is not.
pub fn header_name_problem(name: &str) -> Option<String> {
    let token_char = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    (name.is_empty() || !name.chars().all(token_char)).then(|| {
        format!(
            "`{name}` is not a valid HTTP header name: use letters, digits and `-`, as in `X-Request-Id`"
        )
    })
}

/// Whether `value` can be an HTTP header value as written (visible ASCII and spaces).
pub fn is_header_value(value: &str) -> bool {
    value.bytes().all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
}
