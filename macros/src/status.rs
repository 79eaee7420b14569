//! `error(404) = T` and `error(4XX) = T`: the answers an error type is for.

use syn::LitInt;

/// The statuses one `error(...) = T` is for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Statuses {
    /// One status: `error(404)`.
    One(u16),
    /// A class, by its first digit: `error(4XX)`.
    Class(u16),
}

/// What `error(...)` takes, for the messages.
const EXPECTED: &str = "a status from 300 to 599, as in `error(404) = NotFound`, or a class of \
                        them, as in `error(4XX) = ClientError`";

impl Statuses {
    /// `404` or `4XX` (`4xx`), as written; the message for anything else.
    pub fn parse(lit: &LitInt) -> Result<Statuses, String> {
        let (digits, suffix) = (lit.base10_digits(), lit.suffix());
        if suffix.eq_ignore_ascii_case("XX") {
            return match digits {
                "3" | "4" | "5" => Ok(Statuses::Class(digits.parse().unwrap_or_default())),
                _ => Err(format!("`{lit}` is not a class of error statuses: expected {EXPECTED}")),
            };
        }
        let status = match (suffix, digits.parse::<u16>()) {
            ("", Ok(status)) => status,
            _ => return Err(format!("expected {EXPECTED}")),
        };
        match status {
            300..=599 => Ok(Statuses::One(status)),
            200..=299 => Err(format!(
                "`{status}` is a success, not an error status: `error(...)` takes {EXPECTED}; \
                 a `2xx` that fails `check = ...` decodes into `error = T`"
            )),
            _ => Err(format!("`{status}` is not an error status: expected {EXPECTED}")),
        }
    }

    /// The first and last status it is for.
    pub fn range(self) -> (u16, u16) {
        match self {
            Statuses::One(status) => (status, status),
            Statuses::Class(digit) => (digit * 100, digit * 100 + 99),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Statuses, String> {
        Statuses::parse(&syn::parse_str::<LitInt>(text).expect("an integer literal"))
    }

    #[test]
    fn a_status_or_a_class_of_error_statuses() {
        let table = [
            ("404", Some(Statuses::One(404))),
            ("300", Some(Statuses::One(300))),
            ("599", Some(Statuses::One(599))),
            ("4XX", Some(Statuses::Class(4))),
            ("5xx", Some(Statuses::Class(5))),
            ("3XX", Some(Statuses::Class(3))),
            ("200", None),
            ("299", None),
            ("600", None),
            ("99", None),
            ("2XX", None),
            ("40XX", None),
            ("404u16", None),
            ("4YY", None),
        ];
        for (text, expected) in table {
            assert_eq!(parse(text).ok(), expected, "{text}");
        }
    }

    #[test]
    fn a_success_is_said_to_be_one() {
        let message = parse("200").expect_err("not an error status");
        assert!(message.contains("is a success"), "{message}");
        assert_eq!(Statuses::Class(4).range(), (400, 499));
        assert_eq!(Statuses::One(409).range(), (409, 409));
    }
}
