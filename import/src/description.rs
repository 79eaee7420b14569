//! A description as JSON values, and the order its author gave the keys of each
//! object (the JSON maps here sort their keys): models and endpoints come out
//! with their fields and operations in the description's order.

use std::collections::HashMap;

use serde_json::{Map, Value};

pub struct Description {
    /// Boxed: the order is kept by the address of each map, which must not move.
    root: Box<Value>,
    /// The keys of each object in the order written, by the object's address.
    order: HashMap<usize, Vec<String>>,
}

impl Description {
    /// Reads JSON or YAML (JSON read as YAML, which keeps its order). A YAML key
    /// that is not a string, such as an unquoted `200`, becomes one.
    pub fn parse(text: &str) -> Result<Description, String> {
        crate::bundle::parse(text).map(|yaml| Description::from_yaml(&yaml))
    }

    /// `yaml`, its objects in the order of their keys.
    pub fn from_yaml(yaml: &serde_norway::Value) -> Description {
        let mut description = Description::from_value(to_json(yaml));
        record(yaml, &description.root, &mut description.order);
        description
    }

    /// `root`, its objects in the order of their keys.
    pub fn from_value(root: Value) -> Description {
        Description { root: Box::new(root), order: HashMap::new() }
    }

    pub fn root(&self) -> &Value {
        &self.root
    }

    /// The entries of `map` (an object of this description) in the order written.
    pub fn entries<'a>(&self, map: &'a Map<String, Value>) -> Vec<(&'a String, &'a Value)> {
        match self.order.get(&address(map)) {
            Some(keys) => keys.iter().filter_map(|key| map.get_key_value(key)).collect(),
            None => map.iter().collect(),
        }
    }
}

fn address(map: &Map<String, Value>) -> usize {
    std::ptr::from_ref(map) as usize
}

/// Records the order of the keys of every mapping of `yaml` against the object
/// it became in `json`.
fn record(yaml: &serde_norway::Value, json: &Value, order: &mut HashMap<usize, Vec<String>>) {
    use serde_norway::Value as Yaml;
    match (yaml, json) {
        (Yaml::Mapping(mapping), Value::Object(map)) => {
            let keys: Vec<String> = mapping.keys().map(key_text).collect();
            for (key, value) in mapping {
                if let Some(json) = map.get(&key_text(key)) {
                    record(value, json, order);
                }
            }
            order.insert(address(map), keys);
        }
        (Yaml::Sequence(items), Value::Array(values)) => {
            for (item, value) in items.iter().zip(values) {
                record(item, value, order);
            }
        }
        (Yaml::Tagged(tagged), json) => record(&tagged.value, json, order),
        _ => {}
    }
}

fn key_text(key: &serde_norway::Value) -> String {
    match key {
        serde_norway::Value::String(text) => text.clone(),
        other => {
            serde_norway::to_string(other).map(|text| text.trim().to_owned()).unwrap_or_default()
        }
    }
}

fn to_json(yaml: &serde_norway::Value) -> Value {
    use serde_norway::Value as Yaml;
    match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(value) => Value::Bool(*value),
        Yaml::Number(number) => serde_json::to_value(number).unwrap_or(Value::Null),
        Yaml::String(text) => Value::String(text.clone()),
        Yaml::Sequence(items) => Value::Array(items.iter().map(to_json).collect()),
        Yaml::Mapping(map) => {
            Value::Object(map.iter().map(|(key, value)| (key_text(key), to_json(value))).collect())
        }
        Yaml::Tagged(tagged) => to_json(&tagged.value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_keep_the_order_written() {
        let description = Description::parse("b: 1\na: { z: 1, y: 2 }\n200: x").expect("YAML");
        let root = description.root().as_object().expect("an object");
        let keys: Vec<&String> = description.entries(root).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["b", "a", "200"]);
        let inner = root["a"].as_object().expect("an object");
        let keys: Vec<&String> = description.entries(inner).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["z", "y"]);
        let json = Description::parse(r#"{"q": [{"d": 1, "c": 2}], "p": null}"#).expect("JSON");
        let root = json.root().as_object().expect("an object");
        let keys: Vec<&String> = json.entries(root).into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["q", "p"]);
        assert!(Description::parse("key: [unclosed").is_err());
    }
}
