//! Code that `#[endpoint]`'s expansion names, written once here rather than
//! handed back by the proc macro for every endpoint (every token a proc macro
//! returns crosses the proc-macro bridge, on every `cargo check`): the inherent
//! methods as a `macro_rules!`, which the compiler expands itself, and `Members`,
//! which writes query parameters and body members without a derived struct.

/// The inherent methods of an endpoint: `send`, `send_with` and `stream` (and the
/// blocking forms); the rest is the client's (`to_curl`), since every inherent
/// method is one more item to check per endpoint on every `cargo check`. Called as
/// `methods!([impl generics] [type] [where clause] 'c, vis, Response, "send's doc")`,
/// `'c` a lifetime the struct does not have.
#[doc(hidden)]
#[macro_export]
macro_rules! __restpoint_methods {
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] $c:lifetime, $vis:vis, $response:ty, $doc:literal) => {
        impl $($impl)* $($ty)* $($where)* {
            #[doc = $doc]
            #[inline]
            $vis fn send<$c>(&self, client: &$c $crate::Client) -> $crate::Sending<$c, Self> {
                client.send(self)
            }

            /// Like `send`, with `options` for this call only.
            #[inline]
            $vis fn send_with<$c>(
                &self,
                client: &$c $crate::Client,
                options: $crate::CallOptions,
            ) -> $crate::Sending<$c, Self> {
                client.send_with(self, options)
            }

            /// Sends the request with `client` and gives the answer as soon as its head
            /// arrives, its body to read as it arrives: in chunks, as events, or into a
            /// file. Retried like `send` until then, never after.
            #[inline]
            $vis fn stream<$c>(&self, client: &$c $crate::Client) -> $crate::stream::Opening<$c> {
                client.stream(self)
            }

            $crate::__restpoint_blocking_methods!($vis, $response);
        }
    };
}

/// `send_blocking` and `stream_blocking`, with the `blocking` feature.
#[cfg(feature = "blocking")]
#[doc(hidden)]
#[macro_export]
macro_rules! __restpoint_blocking_methods {
    ($vis:vis, $response:ty) => {
        /// Sends the request with `client`, waits for the answer and decodes it.
        #[inline]
        $vis fn send_blocking(
            &self,
            client: &$crate::BlockingClient,
        ) -> ::core::result::Result<$response, $crate::Error> {
            client.send(self)
        }

        /// Sends the request with `client` and gives the answer as soon as its head
        /// arrives, its body to read as it arrives (an `std::io::Read`).
        #[inline]
        $vis fn stream_blocking(
            &self,
            client: &$crate::BlockingClient,
        ) -> ::core::result::Result<$crate::BlockingResponseStream, $crate::Error> {
            client.stream(self)
        }
    };
}

/// Without the `blocking` feature: nothing.
#[cfg(not(feature = "blocking"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __restpoint_blocking_methods {
    ($vis:vis, $response:ty) => {};
}

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::__private::{BodyParam, QueryParam};
use crate::secret::Secret;

/// Which fields [`Members`] writes: the `#[query]` ones.
pub const QUERY: u8 = 0;
/// Which fields [`Members`] writes: the body's members.
pub const BODY: u8 = 1;

/// The query parameters (`PART` = [`QUERY`]) or body members ([`BODY`]) of an
/// endpoint, written as serde writes a struct's fields. `#[endpoint]` implements
/// it when those fields have no serde attributes of their own; otherwise it
/// derives `Serialize` for a struct that borrows them, so that every serde
/// attribute means what it always means.
pub trait Members<const PART: u8> {
    /// How many fields there are at most (some may be left out).
    const LEN: usize;

    /// Writes the fields, in order.
    fn write<S: SerializeStruct>(&self, fields: &mut Fields<'_, S>) -> Result<(), S::Error>;
}

/// What [`Members::write`] writes its fields with; each method asserts what the
/// field's type must be, at the field.
pub struct Fields<'a, S>(&'a mut S);

impl<S: SerializeStruct> Fields<'_, S> {
    /// A `#[query]` field (`None` is left out by the query's serializer).
    #[inline]
    pub fn query<T: QueryParam + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_field(name, value)
    }

    /// A body member.
    #[inline]
    pub fn body<T: BodyParam + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_field(name, value)
    }

    /// An `Option` body member: left out when `None`.
    #[inline]
    pub fn optional<T: BodyParam>(
        &mut self,
        name: &'static str,
        value: &Option<T>,
    ) -> Result<(), S::Error> {
        match value {
            Some(_) => self.0.serialize_field(name, value),
            None => self.0.skip_field(name),
        }
    }

    /// A `#[secret]` field: the value, or `***` while rendering.
    #[inline]
    pub fn secret<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), S::Error> {
        self.0.serialize_field(name, &Secret(value))
    }

    /// An `Option` `#[secret]` body member: left out when `None`.
    #[inline]
    pub fn secret_optional<T: Serialize>(
        &mut self,
        name: &'static str,
        value: &Option<T>,
    ) -> Result<(), S::Error> {
        match value {
            Some(_) => self.0.serialize_field(name, &Secret(value)),
            None => self.0.skip_field(name),
        }
    }
}

/// An endpoint's query parameters or body members as one `Serialize` value.
pub struct MembersOf<'a, T: ?Sized, const PART: u8>(pub &'a T);

impl<T: Members<PART> + ?Sized, const PART: u8> Serialize for MembersOf<'_, T, PART> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Members", T::LEN)?;
        self.0.write(&mut Fields(&mut state))?;
        state.end()
    }
}
