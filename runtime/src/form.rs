//! `application/x-www-form-urlencoded` bodies with nested values, bracketed the
//! way Stripe, Rails and PHP read them: `metadata[order_id]=6735`,
//! `items[0][price]=price_1`, `expand[]=a&expand[]=b`, the brackets
//! percent-encoded like any other character. A field may be sent as repeated
//! keys instead (`connection=a&connection=b`, as HTML forms send a multiple
//! select) with [`repeated_keys`].
//!
//! serde writes the value into a small tree first, in field order; the tree is
//! then written out as pairs. A value that cannot be sent (bytes, a map whose keys
//! are not text) is an error that names the field, through `serde_path_to_error`.

use std::fmt::Display;

use serde::ser::{self, Serialize};

use crate::error::RequestError;

/// `value` as a form body.
pub(crate) fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, RequestError> {
    let tree = serde_path_to_error::serialize(value, TreeSerializer).map_err(|error| {
        let field = error.path().to_string();
        RequestError::FormField { field, problem: error.into_inner().0 }
    })?;
    let mut out = form_urlencoded::Serializer::new(String::new());
    match tree {
        Node::Map(fields) => {
            for (name, node) in fields {
                write_field(&mut out, &name, node);
            }
        }
        Node::Skip => {}
        // A sequence of `(name, value)` pairs, as HTML forms are often written.
        Node::Seq(items) if items.iter().all(is_pair) => {
            for item in items {
                if let Node::Seq(mut pair) = item {
                    let value = pair.pop().unwrap_or(Node::Skip);
                    if let Some(Node::Leaf(name)) = pair.pop() {
                        write_field(&mut out, &name, value);
                    }
                }
            }
        }
        Node::Leaf(_) | Node::Seq(_) | Node::Repeated(_) => {
            let problem =
                "a form body is a struct, a map, or a sequence of (name, value) pairs".to_owned();
            return Err(RequestError::FormField { field: ".".to_owned(), problem });
        }
    }
    Ok(out.finish())
}

/// Whether `node` is a `(name, value)` pair.
fn is_pair(node: &Node) -> bool {
    matches!(node, Node::Seq(pair) if pair.len() == 2 && matches!(pair[0], Node::Leaf(_)))
}

/// A top-level field: a flat sequence is `name[]` for each value, as Stripe,
/// Rails and PHP read a list; one marked [`repeated_keys`] is the name again for
/// each; anything else brackets.
fn write_field(out: &mut form_urlencoded::Serializer<String>, name: &str, node: Node) {
    match node {
        Node::Seq(items) if items.iter().all(|item| matches!(item, Node::Leaf(_) | Node::Skip)) => {
            let key = format!("{name}[]");
            for item in items {
                if let Node::Leaf(value) = item {
                    out.append_pair(&key, &value);
                }
            }
        }
        node => write_node(out, name, node),
    }
}

/// The name under which [`repeated_keys`] marks a sequence.
const REPEATED: &str = "__restpoint_form_repeated_keys";

/// Sends a list field of a form body as repeated keys, `name=a&name=b` (as HTML
/// forms send a multiple select), instead of `name[]=a&name[]=b`:
/// `#[serde(serialize_with = "restpoint::form::repeated_keys")]`.
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Search {
///     #[serde(serialize_with = "restpoint_runtime::form::repeated_keys")]
///     connection: Vec<&'static str>,
///     expand: Vec<&'static str>,
/// }
/// let body = restpoint_runtime::Body::form(&Search {
///     connection: vec!["db", "google-oauth2"],
///     expand: vec!["customer", "invoice"],
/// })?;
/// assert_eq!(
///     body.bytes().unwrap(),
///     "connection=db&connection=google-oauth2&expand%5B%5D=customer&expand%5B%5D=invoice"
/// );
/// # Ok::<(), restpoint_runtime::RequestError>(())
/// ```
pub fn repeated_keys<V, S>(values: &V, serializer: S) -> Result<S::Ok, S::Error>
where
    V: Serialize + ?Sized,
    S: ser::Serializer,
{
    serializer.serialize_newtype_struct(REPEATED, values)
}

fn write_node(out: &mut form_urlencoded::Serializer<String>, key: &str, node: Node) {
    match node {
        Node::Leaf(value) => {
            out.append_pair(key, &value);
        }
        Node::Skip => {}
        Node::Map(entries) => {
            for (name, node) in entries {
                write_node(out, &format!("{key}[{name}]"), node);
            }
        }
        Node::Seq(items) => {
            for (index, node) in items.into_iter().enumerate() {
                write_node(out, &format!("{key}[{index}]"), node);
            }
        }
        Node::Repeated(items) => {
            for node in items {
                write_node(out, key, node);
            }
        }
    }
}

/// A value as serde describes it, in order.
enum Node {
    Leaf(String),
    Seq(Vec<Node>),
    /// A sequence marked [`repeated_keys`]: the key again for each value.
    Repeated(Vec<Node>),
    Map(Vec<(String, Node)>),
    /// `None` and `()`: left out.
    Skip,
}

/// Why a value cannot be sent in a form.
#[derive(Debug)]
pub(crate) struct FormError(String);

impl Display for FormError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FormError {}

impl ser::Error for FormError {
    fn custom<T: Display>(message: T) -> Self {
        FormError(message.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, FormError> {
    Err(FormError(format!("{what} cannot be sent in a form")))
}

struct TreeSerializer;

fn leaf(value: impl Display) -> Result<Node, FormError> {
    Ok(Node::Leaf(value.to_string()))
}

impl ser::Serializer for TreeSerializer {
    type Ok = Node;
    type Error = FormError;
    type SerializeSeq = SeqBuilder;
    type SerializeTuple = SeqBuilder;
    type SerializeTupleStruct = SeqBuilder;
    type SerializeTupleVariant = Variant<SeqBuilder>;
    type SerializeMap = MapBuilder;
    type SerializeStruct = MapBuilder;
    type SerializeStructVariant = Variant<MapBuilder>;

    fn serialize_bool(self, v: bool) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_i8(self, v: i8) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_i128(self, v: i128) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_u128(self, v: u128) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_f64(self, v: f64) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_char(self, v: char) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_str(self, v: &str) -> Result<Node, FormError> {
        leaf(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<Node, FormError> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<Node, FormError> {
        Ok(Node::Skip)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Node, FormError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Node, FormError> {
        Ok(Node::Skip)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<Node, FormError> {
        Ok(Node::Skip)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Node, FormError> {
        leaf(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        value: &T,
    ) -> Result<Node, FormError> {
        match value.serialize(self)? {
            Node::Seq(items) if name == REPEATED => Ok(Node::Repeated(items)),
            node => Ok(node),
        }
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Node, FormError> {
        Ok(Node::Map(vec![(variant.to_owned(), value.serialize(self)?)]))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqBuilder, FormError> {
        Ok(SeqBuilder(Vec::with_capacity(len.unwrap_or(0))))
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqBuilder, FormError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<SeqBuilder, FormError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<SeqBuilder>, FormError> {
        Ok(Variant(variant, self.serialize_seq(Some(len))?))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<MapBuilder, FormError> {
        Ok(MapBuilder { entries: Vec::with_capacity(len.unwrap_or(0)), key: None })
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<MapBuilder, FormError> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<MapBuilder>, FormError> {
        Ok(Variant(variant, self.serialize_map(Some(len))?))
    }
}

struct SeqBuilder(Vec<Node>);

impl ser::SerializeSeq for SeqBuilder {
    type Ok = Node;
    type Error = FormError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FormError> {
        self.0.push(value.serialize(TreeSerializer)?);
        Ok(())
    }
    fn end(self) -> Result<Node, FormError> {
        Ok(Node::Seq(self.0))
    }
}

impl ser::SerializeTuple for SeqBuilder {
    type Ok = Node;
    type Error = FormError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FormError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Node, FormError> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeTupleStruct for SeqBuilder {
    type Ok = Node;
    type Error = FormError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FormError> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<Node, FormError> {
        ser::SerializeSeq::end(self)
    }
}

struct MapBuilder {
    entries: Vec<(String, Node)>,
    key: Option<String>,
}

impl ser::SerializeMap for MapBuilder {
    type Ok = Node;
    type Error = FormError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), FormError> {
        match key.serialize(TreeSerializer)? {
            Node::Leaf(key) => {
                self.key = Some(key);
                Ok(())
            }
            _ => unsupported("a map key that is not text or a number"),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FormError> {
        let key = self.key.take().unwrap_or_default();
        self.entries.push((key, value.serialize(TreeSerializer)?));
        Ok(())
    }
    fn end(self) -> Result<Node, FormError> {
        Ok(Node::Map(self.entries))
    }
}

impl ser::SerializeStruct for MapBuilder {
    type Ok = Node;
    type Error = FormError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), FormError> {
        self.entries.push((name.to_owned(), value.serialize(TreeSerializer)?));
        Ok(())
    }
    fn end(self) -> Result<Node, FormError> {
        Ok(Node::Map(self.entries))
    }
}

/// A variant's contents, under the variant's name.
struct Variant<B>(&'static str, B);

impl ser::SerializeTupleVariant for Variant<SeqBuilder> {
    type Ok = Node;
    type Error = FormError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), FormError> {
        ser::SerializeSeq::serialize_element(&mut self.1, value)
    }
    fn end(self) -> Result<Node, FormError> {
        Ok(Node::Map(vec![(self.0.to_owned(), ser::SerializeSeq::end(self.1)?)]))
    }
}

impl ser::SerializeStructVariant for Variant<MapBuilder> {
    type Ok = Node;
    type Error = FormError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), FormError> {
        ser::SerializeStruct::serialize_field(&mut self.1, name, value)
    }
    fn end(self) -> Result<Node, FormError> {
        Ok(Node::Map(vec![(self.0.to_owned(), ser::SerializeStruct::end(self.1)?)]))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Serialize;

    use super::*;

    #[derive(Serialize)]
    struct Address {
        city: &'static str,
        line1: Option<&'static str>,
    }

    #[derive(Serialize)]
    struct Item {
        price: &'static str,
        quantity: u32,
    }

    #[derive(Serialize)]
    struct Customer {
        email: &'static str,
        metadata: BTreeMap<&'static str, &'static str>,
        address: Option<Address>,
        items: Vec<Item>,
        expand: Vec<&'static str>,
        tags: Option<Vec<&'static str>>,
    }

    #[test]
    fn nested_values_and_lists_are_bracketed() {
        let customer = Customer {
            email: "a@b.c",
            metadata: [("order_id", "6735")].into_iter().collect(),
            address: Some(Address { city: "Berlin", line1: None }),
            items: vec![Item { price: "price_1", quantity: 2 }],
            expand: vec!["customer", "invoice"],
            tags: None,
        };
        assert_eq!(
            to_string(&customer).unwrap(),
            "email=a%40b.c&metadata%5Border_id%5D=6735&address%5Bcity%5D=Berlin\
             &items%5B0%5D%5Bprice%5D=price_1&items%5B0%5D%5Bquantity%5D=2\
             &expand%5B%5D=customer&expand%5B%5D=invoice"
        );
    }

    #[test]
    fn a_list_marked_repeated_keys_repeats_its_name() {
        #[derive(Serialize)]
        struct Search {
            #[serde(serialize_with = "repeated_keys")]
            connection: Vec<&'static str>,
            #[serde(serialize_with = "repeated_keys")]
            none: Vec<&'static str>,
            #[serde(serialize_with = "repeated_keys")]
            single: Option<&'static str>,
        }
        let search = Search { connection: vec!["db", "sso"], none: vec![], single: Some("x") };
        assert_eq!(to_string(&search).unwrap(), "connection=db&connection=sso&single=x");
    }

    #[test]
    fn pairs_are_fields_and_anything_else_at_the_top_is_refused() {
        let pairs = [("grant_type", "client_credentials"), ("scope", "a b")];
        assert_eq!(to_string(&pairs).unwrap(), "grant_type=client_credentials&scope=a+b");
        let error = to_string(&["not", "pairs"]).unwrap_err();
        assert!(error.to_string().contains("a struct, a map, or a sequence"), "{error}");
        assert!(to_string(&42).is_err());
    }

    #[test]
    fn nested_sequences_are_indexed() {
        #[derive(Serialize)]
        struct Subscription {
            payment_settings: Settings,
        }
        #[derive(Serialize)]
        struct Settings {
            payment_method_types: Vec<&'static str>,
        }
        let body = Subscription {
            payment_settings: Settings { payment_method_types: vec!["card", "sepa_debit"] },
        };
        assert_eq!(
            to_string(&body).unwrap(),
            "payment_settings%5Bpayment_method_types%5D%5B0%5D=card\
             &payment_settings%5Bpayment_method_types%5D%5B1%5D=sepa_debit"
        );
    }

    #[test]
    fn a_value_that_cannot_be_sent_names_its_field() {
        #[derive(Serialize)]
        struct Upload {
            name: &'static str,
            nested: Inner,
        }
        #[derive(Serialize)]
        struct Inner {
            data: serde_bytes_like::Bytes,
        }
        mod serde_bytes_like {
            pub struct Bytes;
            impl serde::Serialize for Bytes {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.serialize_bytes(b"raw")
                }
            }
        }
        let error =
            to_string(&Upload { name: "n", nested: Inner { data: serde_bytes_like::Bytes } })
                .unwrap_err();
        assert_eq!(
            error.to_string(),
            "the form body could not be serialized: field `nested.data`: bytes cannot be sent in a form"
        );
    }
}
