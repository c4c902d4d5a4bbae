//! JSON read leniently, for the requests and plans that the command line and the JS API take:
//! an object as its members in order (a repeated key is kept, to be reported, not silently
//! replaced), and each value left unread until its reader asks for it, so that a number JSON
//! allows but a float cannot hold (`1e309`) is one bad value among good ones, not a request
//! that fails whole. A byte-order mark before the text is allowed, as in a CSV file.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

/// One JSON value, read one level deep.
pub enum Value<'a> {
    Null,
    /// A string's text.
    Text(String),
    /// A number's or a boolean's JSON text (`12`, `1e309`, `true`), unread.
    Scalar(&'a str),
    Object(Vec<(String, &'a RawValue)>),
    Array(Vec<&'a RawValue>),
}

/// Reads `text` as JSON, one level deep; `Err` with serde's message (and its line and column)
/// when it is not JSON.
pub fn parse(text: &str) -> Result<Value<'_>, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let raw: &RawValue = serde_json::from_str(text).map_err(|error| error.to_string())?;
    Ok(read(raw))
}

/// Reads one level of a value already checked to be JSON.
pub fn read(raw: &RawValue) -> Value<'_> {
    let text = raw.get();
    match text.as_bytes().first() {
        Some(b'{') => serde_json::from_str::<Members>(text)
            .map(|members| Value::Object(members.0))
            .unwrap_or(Value::Null),
        Some(b'[') => serde_json::from_str::<Vec<&RawValue>>(text)
            .map(Value::Array)
            .unwrap_or(Value::Null),
        Some(b'"') => serde_json::from_str::<String>(text)
            .map(Value::Text)
            .unwrap_or(Value::Null),
        Some(b'n') | None => Value::Null,
        Some(_) => Value::Scalar(text),
    }
}

/// A value as text, as a plan's or a request's answers are read: a string's text, a number's
/// or a boolean's JSON text (`12` is "12"), an object's or an array's JSON text (which no
/// answer takes); `None` for null.
pub fn text_of(raw: &RawValue) -> Option<String> {
    match read(raw) {
        Value::Null => None,
        Value::Text(text) => Some(text),
        _ => Some(raw.get().to_owned()),
    }
}

/// The members of an object named in `known`, in order, each with whether it is the first of
/// its name: the first stands, and a repeat is the caller's to report. Members of other names
/// are the sender's own (an id, a comment), not ours to judge.
pub fn known_members<'m, 'a: 'm>(
    members: &'m [(String, &'a RawValue)],
    known: &'m [&'m str],
) -> impl Iterator<Item = (&'m str, &'a RawValue, bool)> + 'm {
    let mut seen: Vec<&str> = Vec::new();
    members
        .iter()
        .filter(|(name, _)| known.contains(&name.as_str()))
        .map(move |(name, raw)| {
            let first = !seen.contains(&name.as_str());
            if first {
                seen.push(name);
            }
            (name.as_str(), *raw, first)
        })
}

/// An object's members in order, duplicates included, values unread.
struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Members<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for MembersVisitor<'a> {
            type Value = Members<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Members<'a>, M::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry::<String, &'de RawValue>()? {
                    members.push(member);
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(MembersVisitor(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_object_keeps_its_members_in_order_with_repeats_and_unread_numbers() {
        let Ok(Value::Object(members)) =
            parse("\u{feff}{\"b\": 1e309, \"a\": \"x\\\"y\", \"b\": [1], \"c\": null}")
        else {
            panic!("not read as an object");
        };
        let read: Vec<(&str, Option<String>)> = members
            .iter()
            .map(|(key, raw)| (key.as_str(), text_of(raw)))
            .collect();
        let text = |text: &str| Some(text.to_owned());
        assert_eq!(
            read,
            [
                ("b", text("1e309")),
                ("a", text("x\"y")),
                ("b", text("[1]")),
                ("c", None),
            ]
        );
        let known: Vec<(&str, bool)> = known_members(&members, &["b", "c"])
            .map(|(name, _, first)| (name, first))
            .collect();
        assert_eq!(known, [("b", true), ("b", false), ("c", true)]);
    }

    #[test]
    fn what_is_not_json_is_said_with_its_place() {
        let error = parse("{\"a\": }").err().unwrap_or_default();
        assert!(error.contains("line 1 column 7"), "{error}");
    }
}
