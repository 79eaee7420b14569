//! What a page's JSON body holds, read once before it is decoded and without
//! building anything: a digest of its items, and how many items it holds.
//!
//! The items of a page are the elements of its arrays: a list answered as an
//! array, or an envelope's array member. What stands outside every array (a page
//! number echoed back, a request id, a timestamp) is not in the digest, so a
//! server that ignores the position asked for is caught even when it dresses
//! each answer differently. How many items a page holds is the length of its
//! longest outermost array (the list; arrays inside its items do not count), so
//! a page of a million `{}` is refused before a million items are built.

use std::hash::{DefaultHasher, Hash, Hasher};

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};

/// What [`scan`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scanned {
    /// A digest of every array's elements, in order.
    pub(crate) digest: u64,
    /// The length of the longest array that is not inside another one.
    pub(crate) items: u64,
}

/// Scans `body`; `None` if it is not JSON (serde_json's nesting limit included).
pub(crate) fn scan(body: &[u8]) -> Option<Scanned> {
    let mut state = State { hasher: DefaultHasher::new(), in_arrays: 0, items: 0 };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    Value(&mut state).deserialize(&mut deserializer).ok()?;
    deserializer.end().ok()?;
    Some(Scanned { digest: state.hasher.finish(), items: state.items })
}

struct State {
    hasher: DefaultHasher,
    /// How many arrays the value read now is inside.
    in_arrays: u32,
    items: u64,
}

impl State {
    /// Adds `value`, tagged with its kind, to the digest if it is an item's.
    fn hash(&mut self, kind: u8, value: impl Hash) {
        if self.in_arrays > 0 {
            kind.hash(&mut self.hasher);
            value.hash(&mut self.hasher);
        }
    }
}

/// Any JSON value.
struct Value<'s>(&'s mut State);

/// A member's name.
struct Key<'s>(&'s mut State);

impl<'de> DeserializeSeed<'de> for Value<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a member's name")
    }

    fn visit_str<E>(self, name: &str) -> Result<(), E> {
        self.0.hash(b'k', name);
        Ok(())
    }
}

impl<'de> Visitor<'de> for Value<'_> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        self.0.hash(b'b', v);
        Ok(())
    }

    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        self.0.hash(b'i', v);
        Ok(())
    }

    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        self.0.hash(b'u', v);
        Ok(())
    }

    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        self.0.hash(b'f', v.to_bits());
        Ok(())
    }

    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.0.hash(b's', v);
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        self.0.hash(b'n', ());
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let state = self.0;
        state.hash(b'[', ());
        let outermost = state.in_arrays == 0;
        state.in_arrays += 1;
        let mut len = 0u64;
        while seq.next_element_seed(Value(state))?.is_some() {
            len += 1;
        }
        state.in_arrays -= 1;
        state.hash(b']', len);
        if outermost {
            state.items = state.items.max(len);
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let state = self.0;
        state.hash(b'{', ());
        while map.next_key_seed(Key(state))?.is_some() {
            map.next_value_seed(Value(state))?;
        }
        state.hash(b'}', ());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(body: &str) -> u64 {
        scan(body.as_bytes()).expect("JSON").digest
    }

    #[test]
    fn the_items_make_the_digest_not_what_surrounds_them() {
        let page = |n: u32, id: &str| {
            format!(r#"{{"page":{n},"request_id":"{id}","users":[{{"id":"a"}},{{"id":"b"}}]}}"#)
        };
        assert_eq!(digest(&page(1, "x")), digest(&page(2, "y")));
        assert_ne!(digest(&page(1, "x")), digest(r#"{"users":[{"id":"a"},{"id":"c"}]}"#));
        assert_ne!(digest(r#"[{"a":1}]"#), digest(r#"[{"b":1}]"#));
        assert_ne!(digest(r#"[[1],[2]]"#), digest(r#"[[1,2]]"#));
        assert_ne!(digest(r#"["1"]"#), digest(r#"[1]"#));
    }

    #[test]
    fn items_are_counted_in_the_outermost_list() {
        let scanned = |body: &str| scan(body.as_bytes()).expect("JSON").items;
        assert_eq!(scanned(r#"{"users":[{"identities":[1,2,3,4]},{}],"total":9}"#), 2);
        assert_eq!(scanned(r#"[{}, {}, {}]"#), 3);
        assert_eq!(scanned(r#"{"a":[1],"b":[1,2]}"#), 2);
        assert_eq!(scanned(r#"{"total":0}"#), 0);
        let million = format!("[{}{{}}]", "{},".repeat(999_999));
        assert_eq!(scanned(&million), 1_000_000);
    }

    #[test]
    fn what_is_not_json_is_not_scanned() {
        assert_eq!(scan(b"[1,2"), None);
        assert_eq!(scan(b"[1] x"), None);
        let deep = "[".repeat(100_000);
        assert_eq!(scan(deep.as_bytes()), None, "refused at serde_json's nesting limit");
    }
}
