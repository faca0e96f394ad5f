//! Compact JSON for `attache extract --format jsonl`: the same bytes as
//! `serde_json::to_writer`, written faster.
//!
//! A record runs to about six times its article's text, nearly half of it keys, and
//! serde_json writes every key and string through a byte-at-a-time escape loop and every
//! quotation mark, colon and comma as a separate `write_all` (a `memcpy` call each):
//! about a sixth of `extract`'s instructions went there (docs/PERFORMANCE.md). This
//! serializer appends to a `Vec<u8>` directly and looks for characters to escape eight
//! bytes at a time. Numbers are written by `itoa` as serde_json writes them, and
//! floating-point numbers by serde_json itself, so that the output stays byte for byte
//! the same (the tests compare the two).

use serde::ser::{self, Serialize};
use std::fmt::Display;

/// Appends the compact JSON of `value` to `out`.
pub fn to_vec_into<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) -> Result<(), Error> {
    value.serialize(&mut Serializer { out })
}

/// A value JSON cannot hold (a map key that is not a string or number), or a
/// `Serialize` implementation's own error.
#[derive(Debug)]
pub struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// The `serialize_i8` … `serialize_u128` methods of a serializer, each `|ser, v| body`.
macro_rules! integers {
    (|$ser:ident, $v:ident| $body:expr) => {
        integers!(@each $ser $v $body; serialize_i8 i8, serialize_i16 i16, serialize_i32 i32,
            serialize_i64 i64, serialize_i128 i128, serialize_u8 u8, serialize_u16 u16,
            serialize_u32 u32, serialize_u64 u64, serialize_u128 u128);
    };
    (@each $ser:ident $v:ident $body:expr; $($method:ident $t:ty),*) => {
        $(
            fn $method(self, $v: $t) -> Result<(), Error> {
                let $ser = self;
                $body
            }
        )*
    };
}

pub struct Serializer<'o> {
    out: &'o mut Vec<u8>,
}

/// What each byte becomes inside a JSON string: 0 for itself, or the letter of its
/// escape (`u` for `\u00XX`). The same escapes as serde_json.
const ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Whether any of the eight bytes of `x` needs escaping: a control character (below 0x20), a quotation
/// mark or a backslash. (The usual word-at-a-time tests: `x - n` borrows into a byte's
/// high bit only where that byte was below `n`, and `!x` drops the bytes whose high bit
/// was already set.)
#[inline]
fn needs_escape(x: u64) -> bool {
    let below_space = x.wrapping_sub(ONES * 0x20) & !x;
    let quote = x ^ (ONES * b'"' as u64);
    let backslash = x ^ (ONES * b'\\' as u64);
    let zero_in = |v: u64| v.wrapping_sub(ONES) & !v;
    (below_space | zero_in(quote) | zero_in(backslash)) & HIGHS != 0
}

/// Whether no byte of `bytes` needs escaping, read eight bytes at a time (the last
/// eight overlapping the step before), or, for four to seven bytes, as the first four
/// and the last four twice over.
#[inline]
fn clean(bytes: &[u8]) -> bool {
    let n = bytes.len();
    let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"));
    if n >= 8 {
        let mut i = 0;
        while i + 8 < n {
            if needs_escape(word(i)) {
                return false;
            }
            i += 8;
        }
        !needs_escape(word(n - 8))
    } else if n >= 4 {
        let half = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes")) as u64;
        let (a, b) = (half(0), half(n - 4));
        !needs_escape(a | a << 32) && !needs_escape(b | b << 32)
    } else {
        bytes.iter().all(|&b| ESCAPE[b as usize] == 0)
    }
}

/// Appends `s` as a JSON string.
#[inline]
fn write_str(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    if clean(bytes) {
        out.reserve(bytes.len() + 2);
        out.push(b'"');
        out.extend_from_slice(bytes);
        out.push(b'"');
    } else {
        write_escaped(out, bytes);
    }
}

/// Appends `bytes`, some of which need escaping, as a JSON string.
#[cold]
fn write_escaped(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'"');
    let mut start = 0;
    for (j, &b) in bytes.iter().enumerate() {
        let escape = ESCAPE[b as usize];
        if escape == 0 {
            continue;
        }
        out.extend_from_slice(&bytes[start..j]);
        if escape == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[b'\\', b'u', b'0', b'0', HEX[(b >> 4) as usize], HEX[(b & 0xf) as usize]]);
        } else {
            out.extend_from_slice(&[b'\\', escape]);
        }
        start = j + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

fn write_int<I: itoa::Integer>(out: &mut Vec<u8>, v: I) {
    out.extend_from_slice(itoa::Buffer::new().format(v).as_bytes());
}

/// serde_json's own text for a float (`null` when it is not finite).
fn write_float<F: Serialize>(out: &mut Vec<u8>, v: F) -> Result<(), Error> {
    serde_json::to_writer(out, &v).map_err(|e| Error(e.to_string()))
}

/// An array or object being written: whether an element has been written yet, and
/// whether it closes a `{"variant":` wrapper too.
pub struct Compound<'a, 'o> {
    ser: &'a mut Serializer<'o>,
    first: bool,
    close: &'static [u8],
}

impl Compound<'_, '_> {
    #[inline]
    fn comma(&mut self) {
        if self.first {
            self.first = false;
        } else {
            self.ser.out.push(b',');
        }
    }

    fn end(self) -> Result<(), Error> {
        self.ser.out.extend_from_slice(self.close);
        Ok(())
    }
}

impl<'a, 'o> Serializer<'o> {
    fn open(&'a mut self, bracket: u8, close: &'static [u8]) -> Compound<'a, 'o> {
        self.out.push(bracket);
        Compound { ser: self, first: true, close }
    }

    fn variant_key(&mut self, variant: &str) {
        self.out.push(b'{');
        write_str(self.out, variant);
        self.out.push(b':');
    }
}

impl<'a, 'o> ser::Serializer for &'a mut Serializer<'o> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'a, 'o>;
    type SerializeTuple = Compound<'a, 'o>;
    type SerializeTupleStruct = Compound<'a, 'o>;
    type SerializeTupleVariant = Compound<'a, 'o>;
    type SerializeMap = Compound<'a, 'o>;
    type SerializeStruct = Compound<'a, 'o>;
    type SerializeStructVariant = Compound<'a, 'o>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }
    integers!(|ser, v| {
        write_int(ser.out, v);
        Ok(())
    });
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        write_float(self.out, v)
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        write_float(self.out, v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.open(b'[', b"]");
        for &b in v {
            seq.comma();
            write_int(seq.ser.out, b);
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        write_str(self.out, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant_key(variant);
        value.serialize(&mut *self)?;
        self.out.push(b'}');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Ok(self.open(b'[', b"]"))
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Ok(self.open(b'[', b"]"))
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Ok(self.open(b'[', b"]"))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        self.variant_key(variant);
        Ok(self.open(b'[', b"]}"))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Ok(self.open(b'{', b"}"))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct, Error> {
        Ok(self.open(b'{', b"}"))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        self.variant_key(variant);
        Ok(self.open(b'{', b"}}"))
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma();
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeTuple for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeTupleVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma();
        key.serialize(MapKey { out: self.ser.out })?;
        self.ser.out.push(b':');
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    #[inline]
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.comma();
        write_str(self.ser.out, key);
        self.ser.out.push(b':');
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        ser::SerializeStruct::serialize_field(self, key, value)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

/// A map key: JSON keys are strings, so numbers and booleans are quoted, as serde_json
/// does, and anything else is an error.
struct MapKey<'o> {
    out: &'o mut Vec<u8>,
}

impl MapKey<'_> {
    fn quoted<I: itoa::Integer>(self, v: I) -> Result<(), Error> {
        self.out.push(b'"');
        write_int(self.out, v);
        self.out.push(b'"');
        Ok(())
    }
}

fn key_error() -> Error {
    Error("key must be a string".into())
}

impl ser::Serializer for MapKey<'_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        write_str(self.out, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.extend_from_slice(if v { b"\"true\"" } else { b"\"false\"" });
        Ok(())
    }
    integers!(|key, v| key.quoted(v));
    fn serialize_f32(self, _v: f32) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_f64(self, _v: f64) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_bytes(self, _v: &[u8]) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_none(self) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        write_str(self.out, variant);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result<(), Error> {
        Err(key_error())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_error())
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_error())
    }
    fn serialize_tuple_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_error())
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_error())
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_error())
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_error())
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn same_as_serde_json<T: Serialize>(value: &T) {
        let mut ours = Vec::new();
        to_vec_into(&mut ours, value).unwrap();
        let theirs = serde_json::to_vec(value).unwrap();
        assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
    }

    #[derive(serde::Serialize)]
    enum Shape {
        Unit,
        Newtype(i32),
        Tuple(u8, String),
        Struct { a: Option<f64>, b: Vec<bool> },
    }

    #[derive(serde::Serialize)]
    struct Unit;

    #[derive(serde::Serialize)]
    struct Wrapper(String);

    #[derive(serde::Serialize)]
    struct Pair(i64, char);

    #[derive(serde::Serialize)]
    struct Inner {
        #[serde(rename = "we\"ird key")]
        weird: u128,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
    }

    #[derive(serde::Serialize)]
    struct Everything {
        text: String,
        flags: (bool, bool),
        ints: (i8, i16, i32, i64, i128, u8, u16, u32, u64),
        floats: Vec<f64>,
        small: f32,
        none: Option<String>,
        unit: (),
        unit_struct: Unit,
        wrapper: Wrapper,
        pair: Pair,
        shapes: Vec<Shape>,
        by_number: BTreeMap<i32, String>,
        by_bool: BTreeMap<bool, u8>,
        by_name: BTreeMap<String, Vec<String>>,
        empty_list: Vec<u8>,
        empty_map: BTreeMap<String, u8>,
        #[serde(with = "serde_bytes_as_seq")]
        bytes: Vec<u8>,
        inner: Inner,
        #[serde(flatten)]
        flat: BTreeMap<String, i32>,
    }

    /// serde_json writes bytes as an array of numbers.
    mod serde_bytes_as_seq {
        pub fn serialize<S: serde::Serializer>(v: &[u8], s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(v)
        }
    }

    #[test]
    fn writes_what_serde_json_writes_for_every_kind_of_value() {
        let value = Everything {
            text: "plain, \"quoted\", back\\slash, tab\t, newline\n, cr\r, bell\u{7}, nul\0, \u{8}\u{c}\u{1f}\u{7f} \
                   Қазақстан 中国 — ’ \u{2028} 😀"
                .into(),
            flags: (true, false),
            ints: (i8::MIN, i16::MIN, i32::MIN, i64::MIN, i128::MIN, u8::MAX, u16::MAX, u32::MAX, u64::MAX),
            floats: vec![0.0, -0.0, 1.0, -10.0, 2.5, 1e21, 1e-7, 0.1 + 0.2, f64::MAX, f64::NAN, f64::INFINITY],
            small: 3.25,
            none: None,
            unit: (),
            unit_struct: Unit,
            wrapper: Wrapper("w".into()),
            pair: Pair(-7, '"'),
            shapes: vec![
                Shape::Unit,
                Shape::Newtype(-3),
                Shape::Tuple(9, "t\n".into()),
                Shape::Struct { a: Some(43.2), b: vec![true] },
                Shape::Struct { a: None, b: vec![] },
            ],
            by_number: [(-1, "minus".into()), (20, "twenty".into())].into(),
            by_bool: [(false, 0), (true, 1)].into(),
            by_name: [("k\"ey".into(), vec!["a".into()]), ("z".into(), vec![])].into(),
            empty_list: vec![],
            empty_map: BTreeMap::new(),
            bytes: vec![0, 255, 34],
            inner: Inner { weird: u128::MAX, skipped: None },
            flat: [("flattened".into(), 5)].into(),
        };
        same_as_serde_json(&value);
    }

    #[test]
    fn escapes_at_every_position_of_the_eight_byte_steps() {
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1f}", "\u{7f}", "é", " "] {
            for before in 0..20 {
                for after in 0..10 {
                    let s = format!("{}{special}{}", "a".repeat(before), "b".repeat(after));
                    same_as_serde_json(&s);
                }
            }
        }
        for b in 0u8..=0x7f {
            same_as_serde_json(&format!("abcdefgh{}ijklmnop", b as char));
        }
    }

    /// The records `extract` writes, for the articles of the own gold set: the same bytes.
    #[test]
    fn writes_the_records_of_the_gold_articles_as_serde_json_does() {
        let kb = attache_kb::Kb::builtin().expect("built-in knowledge base");
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/gold/world.jsonl");
        let text = std::fs::read_to_string(path).expect("tests/gold/world.jsonl");
        let mut records = 0;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let doc: attache_model::Document = serde_json::from_str(line).expect("a gold article");
            let analysis = attache_analyse::analyse(&doc, &kb);
            same_as_serde_json(&attache_model::record::RecordRef::new(&doc, &analysis));
            records += 1;
        }
        assert!(records >= 20, "{records} gold articles");
    }

    #[test]
    fn a_key_that_is_not_a_string_or_number_is_an_error() {
        let mut out = Vec::new();
        let map: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into();
        assert!(to_vec_into(&mut out, &map).is_err());
    }
}
