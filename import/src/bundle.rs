//! A description split over several files made one: every `$ref` to another
//! file next to the description is resolved, as a bundler does. A schema one
//! file refers to in another becomes a schema of `components/schemas` (named
//! after what it is called there, or its file), and refers to it from then on;
//! so does an operation's answer, in `components/responses` (OpenAPI 3): an
//! answer several operations share is one answer, and one type. Anything else (a
//! path item, a parameter, a content map) is put in the place of its `$ref`.
//! References are followed only to files inside the description's folder, never
//! to the network; one that is not is left as it is and noted.
//!
//! The work is on YAML values (JSON is YAML), so that every key keeps the
//! order it was written in.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_norway::{Mapping, Value};

use crate::note::Note;

/// How deep the tree is walked: far past any real description, short of a
/// stack's end.
const MAX_DEPTH: usize = 200;

/// A description with every file it refers to brought in.
pub struct Bundled {
    pub root: Value,
    /// What could not be brought in.
    pub notes: Vec<Note>,
    /// Each file read, by its path relative to the root file's folder (its name,
    /// for one outside it), and its bytes.
    pub sources: Vec<(String, Vec<u8>)>,
}

/// The description at `path` with every other file it refers to brought in,
/// and notes of what could not be.
pub fn bundle(path: &Path) -> Result<Bundled, String> {
    let root_file = path.canonicalize().map_err(|e| format!("{}: {e}", path.display()))?;
    let folder = root_file.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut bundler = Bundler {
        folder,
        root_file: root_file.clone(),
        files: HashMap::new(),
        schemas: Section::default(),
        answers: None,
        notes: Vec::new(),
        sources: Vec::new(),
    };
    let mut root = bundler.load(&root_file)?;
    bundler.components(&mut root);
    if root.get("openapi").is_some() {
        // Swagger 2 keeps its shared answers elsewhere (`responses`), and they are
        // put in place when it is read as OpenAPI 3: named here only for OpenAPI 3.
        let given = root.get("components").and_then(|c| c.get("responses"));
        let names = given.and_then(Value::as_mapping).into_iter().flat_map(Mapping::keys);
        let taken = names.filter_map(Value::as_str).map(str::to_owned).collect();
        bundler.answers = Some(Section { taken, ..Section::default() });
    }
    bundler.walk(&mut root, &mut Vec::new(), &mut Vec::new(), 0);
    // What is brought in may bring more in: until nothing is left. A schema is
    // walked from its own name, an answer from its place in `components`.
    loop {
        let schemas = std::mem::take(&mut bundler.schemas.waiting);
        let answers = bundler.answers.as_mut().map(|a| std::mem::take(&mut a.waiting));
        let answers = answers.unwrap_or_default();
        if schemas.is_empty() && answers.is_empty() {
            break;
        }
        let schemas = schemas.into_iter().map(|(key, v)| ("schemas", vec![key.clone()], key, v));
        let answers = answers.into_iter().map(|(key, v)| {
            (
                "responses",
                vec!["components".to_owned(), "responses".to_owned(), key.clone()],
                key,
                v,
            )
        });
        for (name, mut path, key, mut value) in schemas.chain(answers) {
            bundler.walk(&mut value, &mut path, &mut Vec::new(), 0);
            section(&mut root, name).insert(Value::String(key), value);
        }
    }
    let folder = &bundler.folder;
    let sources = bundler
        .sources
        .into_iter()
        .map(|(file, bytes)| {
            let name = match file.strip_prefix(folder) {
                Ok(inside) => inside.to_string_lossy().replace('\\', "/"),
                Err(_) => file.file_name().unwrap_or_default().to_string_lossy().into_owned(),
            };
            (name, bytes)
        })
        .collect();
    Ok(Bundled { root, notes: bundler.notes, sources })
}

struct Bundler {
    folder: PathBuf,
    root_file: PathBuf,
    /// Each file read, its references made absolute.
    files: HashMap<PathBuf, Value>,
    /// Each file read, and its bytes, in the order read.
    sources: Vec<(PathBuf, Vec<u8>)>,
    /// Schemas of other files, named in `components/schemas`.
    schemas: Section,
    /// Answers of other files that operations give, named in
    /// `components/responses`: for OpenAPI 3 only.
    answers: Option<Section>,
    notes: Vec<Note>,
}

/// What of other files is named in one map of `components`: the name each has
/// there, by file and pointer; the names taken there; and what is named and not
/// yet put in.
#[derive(Default)]
struct Section {
    named: HashMap<(PathBuf, String), String>,
    taken: HashSet<String>,
    waiting: Vec<(String, Value)>,
}

impl Section {
    /// Names `key` (settled from `target`) after `target`, unique in the section;
    /// `value`, if any, waits to be put in under that name.
    fn add(&mut self, key: (PathBuf, String), target: &Target, value: Option<Value>) -> String {
        let base = schema_name(target);
        let mut name = base.clone();
        let mut n = 2;
        while !self.taken.insert(name.clone()) {
            name = format!("{base}{n}");
            n += 1;
        }
        self.named.insert(key, name.clone());
        self.waiting.extend(value.map(|value| (name.clone(), value)));
        name
    }
}

/// Where a reference leads: a file (absolute) and a JSON pointer in it.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Target {
    file: PathBuf,
    pointer: String,
}

/// What marks a reference made absolute: `<file>#<pointer>` behind it.
const ABSOLUTE: &str = "restpoint-import:";

impl Bundler {
    /// The file at `file`, read once, every relative reference in it made
    /// absolute (a reference within the root file stays as it is).
    fn load(&mut self, file: &Path) -> Result<Value, String> {
        if let Some(value) = self.files.get(file) {
            return Ok(value.clone());
        }
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let mut value = parse(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        self.sources.push((file.to_owned(), text.into_bytes()));
        let is_root = file == self.root_file;
        absolute_references(&mut value, file, is_root, 0);
        self.files.insert(file.to_owned(), value.clone());
        Ok(value)
    }

    /// The value at `target`, following references to references, or why not.
    fn resolve(&mut self, target: &Target) -> Result<Value, String> {
        let mut target = target.clone();
        let mut seen = HashSet::new();
        loop {
            if !seen.insert(target.clone()) {
                return Err("refers to itself".to_owned());
            }
            let document = self.load(&target.file)?;
            let value = pointer(&document, &target.pointer)
                .ok_or_else(|| format!("has no `{}`", target.pointer))?
                .clone();
            match reference_of(&value).and_then(parse_absolute) {
                Some(next) => target = next,
                None => return Ok(value),
            }
        }
    }

    /// Where `target` leads in the end, through references to references: two
    /// references to one schema by different ways are one schema.
    fn settle(&mut self, target: Target) -> Target {
        let mut target = target;
        let mut seen = HashSet::new();
        while seen.insert(target.clone()) {
            let Ok(document) = self.load(&target.file) else { break };
            let next =
                pointer(&document, &target.pointer).and_then(reference_of).and_then(parse_absolute);
            match next {
                Some(next) => target = next,
                None => break,
            }
        }
        target
    }

    /// `components/schemas` given by reference, and each schema in it given by
    /// reference, brought in under their own names.
    fn components(&mut self, root: &mut Value) {
        let schemas = section(root, "schemas");
        let whole = schemas.get("$ref").and_then(Value::as_str).and_then(parse_absolute);
        if let Some(target) = whole {
            match self.resolve(&target) {
                Ok(Value::Mapping(map)) => *schemas = map,
                Ok(_) | Err(_) => self.note("components/schemas", "is not a map of schemas"),
            }
        }
        let keys: Vec<String> =
            schemas.keys().filter_map(Value::as_str).map(str::to_owned).collect();
        self.schemas.taken.extend(keys.iter().cloned());
        for key in keys {
            let Some(target) =
                schemas.get(key.as_str()).and_then(reference_of).and_then(parse_absolute)
            else {
                continue;
            };
            let settled = self.settle(target.clone());
            self.schemas.named.entry((settled.file, settled.pointer)).or_insert(key.clone());
            match self.resolve(&target) {
                Ok(schema) => {
                    schemas.insert(Value::String(key), schema);
                }
                Err(problem) => self.note(&format!("components/schemas/{key}"), &problem),
            }
        }
    }

    /// Walks `value` at `path` (the keys above it), bringing in what it refers
    /// to in other files. `inlining` holds the targets being put in place, so
    /// that one that contains itself stops.
    fn walk(
        &mut self,
        value: &mut Value,
        path: &mut Vec<String>,
        inlining: &mut Vec<Target>,
        depth: usize,
    ) {
        if depth > MAX_DEPTH {
            return;
        }
        if let Some(target) = reference_of(value).and_then(parse_absolute) {
            let place = path.join("/");
            if target.file == self.root_file {
                // Back into the root file: a reference of its own.
                *value = local_reference(&target.pointer);
                return;
            }
            if !target.file.starts_with(&self.folder) {
                self.note(
                    &place,
                    "refers to a file outside the description's folder; not followed",
                );
                return;
            }
            let settled = self.settle(target.clone());
            let key = (settled.file, settled.pointer);
            if let Some(name) = self.schemas.named.get(&key) {
                *value = local_reference(&format!("/components/schemas/{}", escape(name)));
                return;
            }
            if is_schema_place(path) {
                let schema = self.resolve(&target).map_err(|problem| self.note(&place, &problem));
                let name = self.schemas.add(key, &target, schema.ok());
                *value = local_reference(&format!("/components/schemas/{}", escape(&name)));
                return;
            }
            if self.answers.is_some() && is_answer_place(path) {
                if let Some(name) = self.answer_name(key, &target, &place) {
                    *value = local_reference(&format!("/components/responses/{}", escape(&name)));
                }
                return;
            }
            if inlining.contains(&target) {
                self.note(&place, "refers to what contains it; left as a reference");
                return;
            }
            match self.resolve(&target) {
                Ok(resolved) => {
                    *value = resolved;
                    inlining.push(target);
                    self.walk(value, path, inlining, depth + 1);
                    inlining.pop();
                }
                Err(problem) => self.note(&place, &problem),
            }
            return;
        }
        match value {
            Value::Mapping(map) => {
                for (key, item) in map.iter_mut() {
                    path.push(key.as_str().unwrap_or_default().to_owned());
                    self.walk(item, path, inlining, depth + 1);
                    path.pop();
                }
            }
            Value::Sequence(items) => {
                for (i, item) in items.iter_mut().enumerate() {
                    path.push(i.to_string());
                    self.walk(item, path, inlining, depth + 1);
                    path.pop();
                }
            }
            Value::Tagged(tagged) => self.walk(&mut tagged.value, path, inlining, depth + 1),
            _ => {}
        }
    }

    /// The name in `components/responses` of the answer at `target` (settled:
    /// `key`), given at `place`: the one it has, or a new one, the answer brought
    /// in. `None` where answers are not named (Swagger 2), or where the answer
    /// cannot be read (noted once: its reference is left as it is).
    fn answer_name(
        &mut self,
        key: (PathBuf, String),
        target: &Target,
        place: &str,
    ) -> Option<String> {
        if let Some(name) = self.answers.as_ref()?.named.get(&key) {
            return Some(name.clone());
        }
        let answer = self.resolve(target).map_err(|problem| self.note(place, &problem)).ok()?;
        Some(self.answers.as_mut()?.add(key, target, Some(answer)))
    }

    fn note(&mut self, place: &str, what: &str) {
        let place = if place.is_empty() { "the description".to_owned() } else { place.to_owned() };
        self.notes.push(Note { place, what: what.to_owned() });
    }
}

/// How deep `[` and `{` may nest: serde_json's own limit, far past any real
/// description; deeper is refused before it is parsed, at once.
const MAX_NESTING: usize = 128;

/// JSON or YAML (JSON read as YAML, which keeps its order). A number too large
/// for 64 bits is read as a float, never a reason to refuse the file.
pub fn parse(text: &str) -> Result<Value, String> {
    if nesting(text) > MAX_NESTING {
        return Err(format!("neither JSON nor YAML: nested more than {MAX_NESTING} levels deep"));
    }
    let error = match serde_norway::from_str(text) {
        Ok(yaml) => return Ok(yaml),
        Err(error) => error,
    };
    let widened = floats_for_large_integers(text);
    if widened != text {
        if let Ok(yaml) = serde_norway::from_str(&widened) {
            return Ok(yaml);
        }
    }
    // Valid JSON that the YAML reader refuses is still read, unordered.
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(json) => serde_norway::to_value(json).map_err(|e| e.to_string()),
        Err(_) => Err(format!("neither JSON nor YAML: {error}")),
    }
}

/// How deep the brackets and braces of `text` nest, outside quoted strings.
fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut quote: Option<u8> = None;
    let mut escaped = false;
    for &byte in text.as_bytes() {
        match quote {
            Some(open) => {
                if escaped {
                    escaped = false;
                } else if byte == b'\\' && open == b'"' {
                    escaped = true;
                } else if byte == open {
                    quote = None;
                }
            }
            None => match byte {
                b'"' | b'\'' => quote = Some(byte),
                b'[' | b'{' => {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
                b']' | b'}' => depth = depth.saturating_sub(1),
                // A quote does not run past its line in what real files hold.
                b'\n' => {}
                _ => {}
            },
        }
        if byte == b'\n' && quote == Some(b'\'') {
            quote = None;
        }
    }
    deepest
}

/// `text` with each plain integer that 64 bits cannot hold written as a float
/// (`-9223372036854776000` as `-9223372036854776000.0`).
fn floats_for_large_integers(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut i = 0;
    while i < bytes.len() {
        let starts = bytes[i].is_ascii_digit()
            || (bytes[i] == b'-' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
        let after_separator = i == 0 || matches!(bytes[i - 1], b' ' | b'[' | b',' | b':' | b'\t');
        if !(starts && after_separator) {
            i += 1;
            continue;
        }
        let end = i + 1 + bytes[i + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
        let ends = end == bytes.len()
            || matches!(bytes[end], b' ' | b',' | b']' | b'}' | b'\n' | b'\r' | b'#');
        let number = &text[i..end];
        if ends && number.parse::<i64>().is_err() && number.parse::<u64>().is_err() {
            out.push_str(&text[last..end]);
            out.push_str(".0");
            last = end;
        }
        i = end;
    }
    out.push_str(&text[last..]);
    out
}

/// `components/<name>` of `root` (`schemas`, `responses`), made if missing.
fn section<'r>(root: &'r mut Value, name: &str) -> &'r mut Mapping {
    let mut current = root;
    for key in ["components", name] {
        if !matches!(current, Value::Mapping(_)) {
            *current = Value::Mapping(Mapping::new());
        }
        let Value::Mapping(map) = current else { unreachable!("made a mapping above") };
        current = map
            .entry(Value::String(key.to_owned()))
            .or_insert_with(|| Value::Mapping(Mapping::new()));
    }
    if !matches!(current, Value::Mapping(_)) {
        *current = Value::Mapping(Mapping::new());
    }
    match current {
        Value::Mapping(map) => map,
        _ => unreachable!("made a mapping above"),
    }
}

/// Whether the value at `path` is an operation's answer
/// (`paths/<path>/<method>/responses/<status>`, or the same in a callback).
fn is_answer_place(path: &[String]) -> bool {
    const METHODS: [&str; 8] =
        ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    match path {
        [first, .., method, responses, _] => {
            first == "paths" && responses == "responses" && METHODS.contains(&method.as_str())
        }
        _ => false,
    }
}

/// Whether the value at `path` is a schema: what a reference there names is
/// made a model.
fn is_schema_place(path: &[String]) -> bool {
    const SCHEMA: [&str; 11] = [
        "schema",
        "items",
        "additionalProperties",
        "not",
        "if",
        "then",
        "else",
        "contains",
        "propertyNames",
        "unevaluatedProperties",
        "unevaluatedItems",
    ];
    const MAPS: [&str; 5] =
        ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
    const LISTS: [&str; 4] = ["allOf", "oneOf", "anyOf", "prefixItems"];
    let last = path.last().map(String::as_str);
    let parent = path.len().checked_sub(2).map(|i| path[i].as_str());
    last.is_some_and(|last| SCHEMA.contains(&last))
        || parent.is_some_and(|parent| MAPS.contains(&parent) || LISTS.contains(&parent))
        || matches!(path, [a, b, _] if a == "components" && b == "schemas")
}

/// What a schema of another file is called: the last part of its pointer, or
/// the file's name.
fn schema_name(target: &Target) -> String {
    let last = target.pointer.rsplit('/').next().filter(|last| !last.is_empty());
    match last {
        Some(last) => unescape(last),
        None => target
            .file
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Schema".to_owned()),
    }
}

/// The `$ref` of `value`, if it is a reference.
fn reference_of(value: &Value) -> Option<&str> {
    match value {
        Value::Mapping(map) => map.get("$ref").and_then(Value::as_str),
        _ => None,
    }
}

/// Makes every relative reference below `value`, written in `file`, absolute
/// (`restpoint-import:<file>#<pointer>`). A reference within the root file stays
/// local; one to the network stays as it is.
fn absolute_references(value: &mut Value, file: &Path, is_root: bool, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::Mapping(map) => {
            if let Some(Value::String(reference)) = map.get_mut("$ref") {
                if let Some(absolute) = absolute(reference, file, is_root) {
                    *reference = absolute;
                }
            }
            for (_, item) in map.iter_mut() {
                absolute_references(item, file, is_root, depth + 1);
            }
        }
        Value::Sequence(items) => {
            for item in items {
                absolute_references(item, file, is_root, depth + 1);
            }
        }
        Value::Tagged(tagged) => absolute_references(&mut tagged.value, file, is_root, depth + 1),
        _ => {}
    }
}

fn absolute(reference: &str, file: &Path, is_root: bool) -> Option<String> {
    if reference.contains("://") || reference.starts_with(ABSOLUTE) {
        return None;
    }
    let (path, pointer) = reference.split_once('#').unwrap_or((reference, ""));
    if path.is_empty() {
        // Within its own file.
        return (!is_root).then(|| format!("{ABSOLUTE}{}#{pointer}", file.display()));
    }
    let path = percent_encoding::percent_decode_str(path).decode_utf8_lossy();
    let joined = file.parent().unwrap_or(Path::new("")).join(path.as_ref());
    // A file that does not exist is left for `resolve` to say so.
    let resolved = joined.canonicalize().unwrap_or(joined);
    Some(format!("{ABSOLUTE}{}#{pointer}", resolved.display()))
}

fn parse_absolute(reference: &str) -> Option<Target> {
    let rest = reference.strip_prefix(ABSOLUTE)?;
    let (file, pointer) = rest.rsplit_once('#')?;
    let pointer = percent_encoding::percent_decode_str(pointer).decode_utf8_lossy().into_owned();
    Some(Target { file: PathBuf::from(file), pointer })
}

fn local_reference(pointer: &str) -> Value {
    let mut map = Mapping::new();
    map.insert(Value::String("$ref".to_owned()), Value::String(format!("#{pointer}")));
    Value::Mapping(map)
}

/// The value at the JSON pointer `pointer` of `document`.
fn pointer<'v>(document: &'v Value, pointer: &str) -> Option<&'v Value> {
    let mut current = document;
    for token in pointer.split('/').skip(1) {
        let token = unescape(token);
        current = match current {
            Value::Mapping(map) => map.get(token.as_str()).or_else(|| {
                // Keys YAML read as numbers (`200:`).
                map.iter().find(|(key, _)| key_text(key) == token).map(|(_, value)| value)
            })?,
            Value::Sequence(items) => items.get(token.parse::<usize>().ok()?)?,
            Value::Tagged(tagged) => &tagged.value,
            _ => return None,
        };
    }
    Some(current)
}

fn key_text(key: &Value) -> String {
    match key {
        Value::String(text) => text.clone(),
        Value::Number(number) => number.to_string(),
        Value::Bool(value) => value.to_string(),
        _ => String::new(),
    }
}

/// A JSON pointer's segment as the name it stands for: `~1` is a `/`, `~0` a `~`
/// (in that order, so that `~01` is `~1`).
pub(crate) fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}
