//! Values a description allows, for sending each operation once to a
//! validating mock (Stoplight Prism): the description's own example where it
//! gives one, otherwise a value made from the schema (its default, its first
//! listed value, a string of the format and length it asks, a number within
//! its bounds, an object of its required members).

use serde_json::{Map, Value};

use crate::schema::Models;

/// How deep a made value nests: a schema that refers to itself ends here.
const MAX_DEPTH: usize = 8;

/// A value for the parameter `parameter`: its example, else its schema's.
pub fn parameter(models: &Models, parameter: &Value) -> Value {
    if let Some(example) = example(parameter).filter(is_one_value) {
        return example;
    }
    let schema = parameter.get("schema").unwrap_or(&Value::Null);
    match made(models, schema, 0) {
        // A path segment is never empty, whatever the pattern allows.
        Value::String(text)
            if text.is_empty() && parameter.get("in").and_then(Value::as_str) == Some("path") =>
        {
            Value::String(string(models.resolve(schema), 1))
        }
        value => value,
    }
}

/// A string, a number or a boolean.
fn is_one_value(value: &Value) -> bool {
    matches!(value, Value::String(_) | Value::Number(_) | Value::Bool(_))
}

/// A value that `schema` allows.
pub fn of(models: &Models, schema: &Value) -> Value {
    made(models, schema, 0)
}

/// `example`, or the first of `examples` (OpenAPI's map of named examples, or
/// JSON Schema's list).
fn example(holder: &Value) -> Option<Value> {
    if let Some(example) = holder.get("example") {
        return Some(example.clone());
    }
    match holder.get("examples")? {
        Value::Array(list) => list.first().cloned(),
        Value::Object(named) => named.values().find_map(|named| named.get("value")).cloned(),
        _ => None,
    }
}

fn made(models: &Models, schema: &Value, depth: usize) -> Value {
    let schema = models.resolve(schema);
    // A description's example of a whole object is often not what its schema
    // says (a `null` where a string must be): objects are made member by member,
    // and an example is taken where it is one value.
    if let Some(example) = example(schema).filter(is_one_value) {
        return example;
    }
    for key in ["default", "const"] {
        if let Some(value) = schema.get(key) {
            return value.clone();
        }
    }
    if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
        return first.clone();
    }
    if depth > MAX_DEPTH {
        return Value::Null;
    }
    let choices = schema.get("oneOf").or_else(|| schema.get("anyOf")).and_then(Value::as_array);
    if let Some(first) = choices.and_then(|choices| choices.iter().find(|c| !is_null(c))) {
        return made(models, first, depth + 1);
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        let mut merged = Map::new();
        for part in parts {
            match made(models, part, depth + 1) {
                Value::Object(members) => merged.extend(members),
                other if parts.len() == 1 => return other,
                _ => {}
            }
        }
        return Value::Object(merged);
    }
    let number = |key: &str| schema.get(key).and_then(Value::as_f64);
    match kind(schema) {
        Some("string") => Value::String(string(schema, 0)),
        Some("integer") => {
            let least = number("minimum")
                .unwrap_or(0.0)
                .max(number("exclusiveMinimum").map_or(0.0, |m| m + 1.0));
            let least = least.ceil() as i64;
            Value::from(least.min(number("maximum").map_or(least, |most| most.floor() as i64)))
        }
        Some("number") => Value::from(number("minimum").unwrap_or(0.0)),
        Some("boolean") => Value::Bool(true),
        Some("array") => {
            let items = schema.get("items").unwrap_or(&Value::Null);
            let count = schema.get("minItems").and_then(Value::as_u64).unwrap_or(1).max(1);
            let item = made(models, items, depth + 1);
            // Items of listed values: as many as asked, each once, if they allow.
            let listed = models.resolve(items).get("enum").and_then(Value::as_array);
            let list = match listed {
                Some(values) if values.len() as u64 >= count => {
                    values.iter().take(count as usize).cloned().collect()
                }
                _ => vec![item; count.min(16) as usize],
            };
            Value::Array(list)
        }
        Some("object") | None => object(models, schema, depth),
        Some(_) => Value::Null,
    }
}

/// An object of the members `schema` requires.
fn object(models: &Models, schema: &Value, depth: usize) -> Value {
    let mut members = Map::new();
    let required = schema.get("required").and_then(Value::as_array).into_iter().flatten();
    for name in required.filter_map(Value::as_str) {
        let property = models.property(schema, name).unwrap_or(&Value::Null);
        members.insert(name.to_owned(), made(models, property, depth + 1));
    }
    Value::Object(members)
}

fn kind(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(Value::String(kind)) => Some(kind),
        // 3.1's list of types: the first that is not `null`.
        Some(Value::Array(kinds)) => kinds.iter().filter_map(Value::as_str).find(|k| *k != "null"),
        _ if schema.get("properties").is_some() => Some("object"),
        _ => None,
    }
}

fn is_null(schema: &Value) -> bool {
    schema.get("type").and_then(Value::as_str) == Some("null")
}

/// A string of the pattern, or else the format, `schema` names, at least as
/// long as it must be and as `floor`.
fn string(schema: &Value, floor: usize) -> String {
    let bound = |key: &str| schema.get(key).and_then(Value::as_u64).map(|n| n as usize);
    let least = bound("minLength").unwrap_or(0).max(floor);
    let pattern = schema.get("pattern").and_then(Value::as_str);
    if let Some(text) = pattern.and_then(|pattern| matching(pattern, Some(least))) {
        return text;
    }
    formatted(schema, least)
}

/// The shortest string that `pattern` matches and that is at least `least`
/// characters long (its repetitions grown until it is), checked by matching
/// it; `None` for a pattern it cannot make one for.
fn matching(pattern: &str, least: Option<usize>) -> Option<String> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let check = regex_lite::Regex::new(pattern).ok();
    let least = least.unwrap_or(0);
    for extra in 0..=least.max(1) {
        let mut text = String::new();
        shortest(&hir, extra, &mut text)?;
        let long_enough = text.chars().count() >= least;
        if long_enough && check.as_ref().is_none_or(|check| check.is_match(&text)) {
            return Some(text);
        }
    }
    None
}

/// What `hir` matches with each repetition `extra` times more than its least
/// (as far as it allows), the first of each alternation and class.
fn shortest(hir: &regex_syntax::hir::Hir, extra: usize, out: &mut String) -> Option<()> {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => out.push_str(std::str::from_utf8(&literal.0).ok()?),
        HirKind::Class(Class::Unicode(class)) => out.push(class.ranges().first()?.start()),
        HirKind::Class(Class::Bytes(class)) => {
            let byte = class.ranges().first()?.start();
            out.push(char::from(byte).is_ascii().then_some(char::from(byte))?);
        }
        HirKind::Repetition(repetition) => {
            let least = repetition.min as usize;
            let most = repetition.max.map_or(usize::MAX, |most| most as usize);
            for _ in 0..least.saturating_add(extra).min(most).min(256) {
                shortest(&repetition.sub, extra, out)?;
            }
        }
        HirKind::Capture(capture) => shortest(&capture.sub, extra, out)?,
        HirKind::Concat(parts) => {
            for part in parts {
                shortest(part, extra, out)?;
            }
        }
        HirKind::Alternation(choices) => shortest(choices.first()?, extra, out)?,
    }
    Some(())
}

/// A string of the format `schema` names, at least `least` long.
fn formatted(schema: &Value, least: usize) -> String {
    let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
    let text = match format {
        "date-time" => "2024-01-01T00:00:00Z",
        "date" => "2024-01-01",
        "time" => "00:00:00Z",
        "email" => "user@example.com",
        "uri" | "url" => "https://example.com/",
        "hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "uuid" => "00000000-0000-4000-8000-000000000000",
        "byte" => "c2FtcGxl",
        _ => "sample",
    };
    let most = schema.get("maxLength").and_then(Value::as_u64).map(|n| n as usize);
    let mut text = text.to_owned();
    while text.chars().count() < least {
        text.push('x');
    }
    if let Some(most) = most.filter(|most| text.chars().count() > *most) {
        text = text.chars().take(most.max(least)).collect();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::matching;

    #[test]
    fn a_pattern_gives_a_string_it_matches() {
        for (pattern, least, expected) in [
            ("^dcr_[A-Za-z0-9]{16}$", None, "dcr_0000000000000000"),
            ("^((totp|sms|voice)\\|)?dev_[A-Za-z0-9-_]+$", None, "dev_-"),
            ("^[a-z]+$", Some(3), "aaa"),
            ("^rul_[A-Za-z0-9]{16}$", Some(1), "rul_0000000000000000"),
        ] {
            assert_eq!(matching(pattern, least).as_deref(), Some(expected), "{pattern}");
        }
        // Not a pattern it can read: no string, rather than a wrong one.
        assert_eq!(matching("(unclosed", None), None);
    }
}
