//! The types a paging field or a page's field can have, each with the message
//! rustc shows when a field's type does not fit.

/// A field that holds a page number, an offset, a page size or a total:
/// an integer, or an `Option` of one.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a page number, an offset, a page size or a total",
    label = "paging reads and writes this field as a number",
    note = "use an integer type such as `u32`, or `Option<u32>`"
)]
pub trait Number {
    /// The value, if set.
    fn get(&self) -> Option<u64>;
    /// Sets it to `value`, or says why it cannot hold it.
    fn set(&mut self, value: u64) -> Result<(), String>;
}

/// A field that holds a cursor: a checkpoint token, the key of an item, the
/// next token of a page. A `String`, an integer, or an `Option` of either.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot hold a cursor",
    label = "paging reads and writes this field as a token",
    note = "use `String` or `Option<String>` (or an integer type, for numeric ids)"
)]
pub trait Cursor {
    /// The token, if there is one; an empty string is none.
    fn get(&self) -> Option<String>;
    /// Sets it to `token`, or says why it cannot hold it.
    fn set(&mut self, token: &str) -> Result<(), String>;
}

/// A page's list of items: a `Vec`, or an `Option` of one (none is empty).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a list of items",
    label = "`#[page(items)]` marks the page's list",
    note = "use `Vec<Item>` or `Option<Vec<Item>>`"
)]
pub trait List {
    /// What the list holds.
    type Item;
    /// The items.
    fn as_slice(&self) -> &[Self::Item];
    /// The items, taken.
    fn into_vec(self) -> Vec<Self::Item>;
}

/// A page's has-more flag: `bool` or `Option<bool>`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a flag",
    label = "`#[page(has_more)]` marks whether more items follow",
    note = "use `bool` or `Option<bool>`"
)]
pub trait Flag {
    /// The flag, if set.
    fn get(&self) -> Option<bool>;
}

impl<T> List for Vec<T> {
    type Item = T;
    fn as_slice(&self) -> &[T] {
        self
    }
    fn into_vec(self) -> Vec<T> {
        self
    }
}

impl<T> List for Option<Vec<T>> {
    type Item = T;
    fn as_slice(&self) -> &[T] {
        self.as_deref().unwrap_or_default()
    }
    fn into_vec(self) -> Vec<T> {
        self.unwrap_or_default()
    }
}

impl Flag for bool {
    fn get(&self) -> Option<bool> {
        Some(*self)
    }
}

impl Flag for Option<bool> {
    fn get(&self) -> Option<bool> {
        *self
    }
}

impl Cursor for String {
    fn get(&self) -> Option<String> {
        (!self.is_empty()).then(|| self.clone())
    }
    fn set(&mut self, token: &str) -> Result<(), String> {
        token.clone_into(self);
        Ok(())
    }
}

impl Cursor for Option<String> {
    fn get(&self) -> Option<String> {
        self.as_ref().and_then(Cursor::get)
    }
    fn set(&mut self, token: &str) -> Result<(), String> {
        *self = Some(token.to_owned());
        Ok(())
    }
}

macro_rules! integers {
    ($($ty:ty),*) => {$(
        impl Number for $ty {
            fn get(&self) -> Option<u64> {
                u64::try_from(*self).ok()
            }
            fn set(&mut self, value: u64) -> Result<(), String> {
                *self = <$ty>::try_from(value)
                    .map_err(|_| format!("{value} does not fit in `{}`", stringify!($ty)))?;
                Ok(())
            }
        }

        impl Number for Option<$ty> {
            fn get(&self) -> Option<u64> {
                self.as_ref().and_then(Number::get)
            }
            fn set(&mut self, value: u64) -> Result<(), String> {
                let mut number: $ty = 0;
                Number::set(&mut number, value)?;
                *self = Some(number);
                Ok(())
            }
        }

        impl Cursor for $ty {
            fn get(&self) -> Option<String> {
                Some(self.to_string())
            }
            fn set(&mut self, token: &str) -> Result<(), String> {
                *self = token
                    .parse()
                    .map_err(|_| format!("{token:?} is not a `{}`", stringify!($ty)))?;
                Ok(())
            }
        }

        impl Cursor for Option<$ty> {
            fn get(&self) -> Option<String> {
                self.as_ref().and_then(Cursor::get)
            }
            fn set(&mut self, token: &str) -> Result<(), String> {
                let mut number: $ty = 0;
                Cursor::set(&mut number, token)?;
                *self = Some(number);
                Ok(())
            }
        }
    )*};
}

integers!(u8, u16, u32, u64, usize, i16, i32, i64, isize);

/// A count the description types as a JSON `number` (Auth0's `total`): read
/// when it is a whole number that a `u64` holds, written while a `f64` holds
/// it exactly.
impl Number for f64 {
    fn get(&self) -> Option<u64> {
        const BEYOND_U64: f64 = 18_446_744_073_709_551_616.0;
        let whole = self.is_finite() && *self >= 0.0 && self.fract() == 0.0;
        // The cast is exact: a whole number in `u64`'s range.
        (whole && *self < BEYOND_U64).then_some(*self as u64)
    }
    fn set(&mut self, value: u64) -> Result<(), String> {
        const EXACT: u64 = 1 << f64::MANTISSA_DIGITS;
        if value > EXACT {
            return Err(format!("{value} is not exact in `f64`"));
        }
        *self = value as f64;
        Ok(())
    }
}

impl Number for Option<f64> {
    fn get(&self) -> Option<u64> {
        self.as_ref().and_then(Number::get)
    }
    fn set(&mut self, value: u64) -> Result<(), String> {
        let mut number = 0.0;
        Number::set(&mut number, value)?;
        *self = Some(number);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Number;

    #[test]
    fn a_json_number_is_a_count_only_when_whole() {
        for (total, read) in [
            (57.0, Some(57)),
            (0.0, Some(0)),
            (2.5, None),
            (-1.0, None),
            (f64::NAN, None),
            (f64::INFINITY, None),
            (1e20, None),
        ] {
            assert_eq!(Number::get(&total), read, "{total}");
        }
        let mut total = None::<f64>;
        assert_eq!(Number::set(&mut total, 1000), Ok(()));
        assert_eq!(total, Some(1000.0));
        assert!(Number::set(&mut total, u64::MAX).is_err());
    }
}
