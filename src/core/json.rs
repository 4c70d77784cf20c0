//! A small JSON reader and writer, for the stored record and backup files.
//!
//! Why not serde_json: the record is read on every page load, and with years of history it is
//! the biggest thing the widget touches. This reader builds a borrowed tree (keys and plain
//! strings point into the input, so a record of 1,800 sessions costs a few hundred allocations,
//! not tens of thousands), and the whole module compiles to a fraction of serde_json's wasm.
//! It reads standard JSON (RFC 8259) with two deliberate limits: numbers are either whole (kept
//! as `i64`, saturating) or [`Json::NonInteger`] (no Momentum field holds a fraction), and
//! nesting stops at [`MAX_DEPTH`] so a hostile file cannot exhaust the stack.

use std::borrow::Cow;

/// Deeper nesting than any record has (it needs 4); a file nested deeper is refused, not
/// recursed into.
pub const MAX_DEPTH: usize = 64;

/// One JSON value; strings and keys borrow from the parsed text unless they contained escapes.
#[derive(Clone, Debug, PartialEq)]
pub enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number; values beyond `i64` saturate, which is still "too large" for every field.
    Int(i64),
    /// A number with a fraction or exponent; no Momentum field accepts one, so its value is not kept.
    NonInteger,
    /// A string, unescaped.
    Str(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object's members in file order (a repeated key: the last one counts, see [`Json::get`]).
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'a> Json<'a> {
    /// The member named `key` of an object (the last one, if the key repeats, as in JavaScript).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Like [`Json::get`], for changing the member in place.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json<'a>> {
        match self {
            Json::Object(members) => members
                .iter_mut()
                .rev()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string inside, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// Sets `key` to `value` only if the object has no such member; migrations use it so a step
    /// never overwrites data. Does nothing on a non-object.
    pub fn insert_missing(&mut self, key: &'static str, value: Json<'a>) {
        if let Json::Object(members) = self {
            if !members.iter().any(|(k, _)| k == key) {
                members.push((Cow::Borrowed(key), value));
            }
        }
    }

    /// Sets `key` to `value`, replacing every existing member of that name.
    pub fn set(&mut self, key: &'static str, value: Json<'a>) {
        if let Json::Object(members) = self {
            members.retain(|(k, _)| k != key);
            members.push((Cow::Borrowed(key), value));
        }
    }

    /// Removes and returns the member named `key` (the last one, if it repeats).
    pub fn remove(&mut self, key: &str) -> Option<Json<'a>> {
        let Json::Object(members) = self else {
            return None;
        };
        let found = members.iter().rposition(|(k, _)| k == key)?;
        let (_, value) = members.remove(found);
        members.retain(|(k, _)| k != key);
        Some(value)
    }
}

/// Where and why text is not JSON; shown to visitors inside a plain-words message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based column (in characters) of the problem.
    pub column: usize,
    /// What was wrong there.
    pub problem: &'static str,
}

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.problem, self.line, self.column
        )
    }
}

impl std::error::Error for JsonError {}

/// Parses a whole JSON text into a tree (a leading byte-order mark, as some editors save, is
/// skipped).
pub fn parse(text: &str) -> Result<Json<'_>, JsonError> {
    let mut reader = Reader::new(text);
    let value = reader.value()?;
    reader.finish()?;
    Ok(value)
}

/// A cursor over JSON text that reads one value at a time, so typed code can fill its structs
/// straight from the text with no tree in between (`crate::core::schema` does this for the
/// record); [`parse`] builds its tree with the same reader.
///
/// The typed reads ([`Reader::string`], [`Reader::number`], [`Reader::boolean`],
/// [`Reader::object`], [`Reader::array`]) look at the next value and consume it only if it is of
/// their kind; otherwise they return `None` or `false` and leave it for the caller to report.
pub struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text` (after a byte-order mark, if there is one).
    pub fn new(text: &'a str) -> Reader<'a> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        Reader {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            depth: 0,
        }
    }

    /// Checks that nothing but whitespace follows the value read.
    pub fn finish(mut self) -> Result<(), JsonError> {
        self.skip_whitespace();
        if self.pos < self.bytes.len() {
            return Err(self.error("unexpected text after the data"));
        }
        Ok(())
    }

    /// Reads the next value, whatever it is, as a tree (also how unknown members are skipped).
    pub fn value(&mut self) -> Result<Json<'a>, JsonError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'{') => {
                let mut members = Vec::new();
                self.object(|reader, key| {
                    members.push((key, reader.value()?));
                    Ok::<_, JsonError>(())
                })?;
                Ok(Json::Object(members))
            }
            Some(b'[') => {
                let mut items = Vec::new();
                self.array(|reader| {
                    items.push(reader.value()?);
                    Ok::<_, JsonError>(())
                })?;
                Ok(Json::Array(items))
            }
            Some(b'"') => self.quoted().map(Json::Str),
            Some(b't' | b'f') => Ok(Json::Bool(self.boolean()?.unwrap_or_default())),
            Some(b'n') => self.literal("null").map(|()| Json::Null),
            Some(b'-' | b'0'..=b'9') => self.whole_or_not(),
            None => Err(self.error("the data ends too early")),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    /// Consumes a `null` if that is the next value.
    pub fn null(&mut self) -> Result<bool, JsonError> {
        self.skip_whitespace();
        if self.peek() != Some(b'n') {
            return Ok(false);
        }
        self.literal("null")?;
        Ok(true)
    }

    /// The next value if it is a string.
    pub fn string(&mut self) -> Result<Option<Cow<'a, str>>, JsonError> {
        self.skip_whitespace();
        if self.peek() != Some(b'"') {
            return Ok(None);
        }
        self.quoted().map(Some)
    }

    /// The next value if it is a number: [`Json::Int`] or [`Json::NonInteger`].
    pub fn number(&mut self) -> Result<Option<Json<'a>>, JsonError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b'-' | b'0'..=b'9') => self.whole_or_not().map(Some),
            _ => Ok(None),
        }
    }

    /// The next value if it is `true` or `false`.
    pub fn boolean(&mut self) -> Result<Option<bool>, JsonError> {
        self.skip_whitespace();
        match self.peek() {
            Some(b't') => self.literal("true").map(|()| Some(true)),
            Some(b'f') => self.literal("false").map(|()| Some(false)),
            _ => Ok(None),
        }
    }

    /// If the next value is an object, calls `member` with each name in file order; `member`
    /// must read (or skip, with [`Reader::value`]) that member's value. `false`: not an object.
    pub fn object<E: From<JsonError>>(
        &mut self,
        mut member: impl FnMut(&mut Self, Cow<'a, str>) -> Result<(), E>,
    ) -> Result<bool, E> {
        self.skip_whitespace();
        if self.peek() != Some(b'{') {
            return Ok(false);
        }
        self.sequence(b'}', "expected ',' or '}'", |reader| {
            reader.skip_whitespace();
            if reader.peek() != Some(b'"') {
                return Err(reader.error("expected a name in quotes").into());
            }
            let key = reader.quoted()?;
            reader.expect(b':', "expected ':' after a name")?;
            member(reader, key)
        })?;
        Ok(true)
    }

    /// If the next value is an array, calls `item` once per element; `item` must read it.
    /// `false`: not an array.
    pub fn array<E: From<JsonError>>(
        &mut self,
        item: impl FnMut(&mut Self) -> Result<(), E>,
    ) -> Result<bool, E> {
        self.skip_whitespace();
        if self.peek() != Some(b'[') {
            return Ok(false);
        }
        self.sequence(b']', "expected ',' or ']'", item)?;
        Ok(true)
    }

    fn error(&self, problem: &'static str) -> JsonError {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        JsonError {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            problem,
        }
    }

    // Called for nearly every byte: at opt-level "z" it would otherwise stay a call.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    /// Consumes `byte` after optional whitespace, or fails with `problem`.
    fn expect(&mut self, byte: u8, problem: &'static str) -> Result<(), JsonError> {
        self.skip_whitespace();
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(problem))
        }
    }

    fn literal(&mut self, word: &'static str) -> Result<(), JsonError> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.error("expected a value"))
        }
    }

    /// The comma-separated elements of an object or array, from its opening bracket through
    /// `close`, each read by `element`.
    fn sequence<E: From<JsonError>>(
        &mut self,
        close: u8,
        problem: &'static str,
        mut element: impl FnMut(&mut Self) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.depth == MAX_DEPTH {
            return Err(self.error("the data is nested too deeply").into());
        }
        self.depth += 1;
        self.pos += 1; // the opening bracket
        self.skip_whitespace();
        if self.peek() == Some(close) {
            self.pos += 1;
            self.depth -= 1;
            return Ok(());
        }
        loop {
            element(self)?;
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(byte) if byte == close => {
                    self.pos += 1;
                    self.depth -= 1;
                    return Ok(());
                }
                _ => return Err(self.error(problem).into()),
            }
        }
    }

    /// Reads a string starting at its opening quote; borrows when there is nothing to unescape.
    fn quoted(&mut self) -> Result<Cow<'a, str>, JsonError> {
        self.pos += 1; // '"'
        let start = self.pos;
        self.pos += self.bytes[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            .unwrap_or(self.bytes.len() - start);
        if self.peek() == Some(b'"') {
            self.pos += 1;
            return Ok(Cow::Borrowed(&self.text[start..self.pos - 1]));
        }
        let mut owned = String::from(&self.text[start..self.pos]);
        loop {
            let run = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            owned.push_str(&self.text[run..self.pos]);
            match self.peek() {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Owned(owned));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escaped = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            owned.push(self.unicode_escape()?);
                            continue;
                        }
                        _ => return Err(self.error("an unknown escape in a string")),
                    };
                    self.pos += 1;
                    owned.push(escaped);
                }
                Some(_) => return Err(self.error("a control character inside a string")),
                None => return Err(self.error("a string is not closed")),
            }
        }
    }

    /// The character of a `\uXXXX` escape (the `\u` already read), joining surrogate pairs.
    fn unicode_escape(&mut self) -> Result<char, JsonError> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if !self.bytes[self.pos..].starts_with(b"\\u") {
                    return Err(self.error("half of a character in a \\u escape"));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(self.error("half of a character in a \\u escape"));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            _ => first,
        };
        char::from_u32(code).ok_or_else(|| self.error("half of a character in a \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut code = 0;
        for _ in 0..4 {
            let digit = self
                .peek()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or_else(|| self.error("expected four hex digits after \\u"))?;
            code = code * 16 + digit;
            self.pos += 1;
        }
        Ok(code)
    }

    fn whole_or_not(&mut self) -> Result<Json<'a>, JsonError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.pos += 1;
        }
        // The digits' magnitude, held at 2^63 (the magnitude of `i64::MIN`) once it gets there:
        // comparing first needs no 128-bit multiply, which wasm would call a function for.
        const CAP: u64 = 1 << 63;
        let mut magnitude: u64 = 0;
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                while let Some(digit @ b'0'..=b'9') = self.peek() {
                    magnitude = if magnitude <= CAP / 10 {
                        (magnitude * 10 + u64::from(digit - b'0')).min(CAP)
                    } else {
                        CAP
                    };
                    self.pos += 1;
                }
            }
            _ => return Err(self.error("expected a digit")),
        }
        let value = if negative {
            0i64.saturating_sub_unsigned(magnitude)
        } else {
            i64::try_from(magnitude).unwrap_or(i64::MAX)
        };
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            self.digits()?;
            whole = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            self.digits()?;
            whole = false;
        }
        if let Some(b'0'..=b'9') = self.peek() {
            return Err(self.error("a number may not start with 0"));
        }
        Ok(if whole {
            Json::Int(value)
        } else {
            Json::NonInteger
        })
    }

    /// One or more digits (of a fraction or an exponent).
    fn digits(&mut self) -> Result<(), JsonError> {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        if self.pos == start {
            return Err(self.error("expected a digit"));
        }
        Ok(())
    }
}

/// Writes JSON text straight into a `String`, compact (for storage) or indented by two spaces
/// (for backup files people may open), with no tree in between.
///
/// Values inside an object follow [`JsonWriter::key`]; values inside an array follow
/// [`JsonWriter::item`]. The writer adds the commas and, when pretty, the line breaks.
pub struct JsonWriter {
    out: String,
    pretty: bool,
    depth: usize,
    /// Nothing written yet in the innermost open object or array.
    empty: bool,
    /// The depth of the open row ([`JsonWriter::begin_row`]), 0 when there is none: pretty
    /// text puts no line breaks inside a row.
    row: usize,
}

impl JsonWriter {
    /// A writer for compact text, as stored in localStorage.
    pub fn compact() -> JsonWriter {
        JsonWriter {
            out: String::new(),
            pretty: false,
            depth: 0,
            empty: true,
            row: 0,
        }
    }

    /// A writer for text indented like `JSON.stringify(value, null, 2)`.
    pub fn pretty() -> JsonWriter {
        JsonWriter {
            pretty: true,
            ..JsonWriter::compact()
        }
    }

    /// The text written so far.
    pub fn finish(self) -> String {
        self.out
    }

    /// Opens an object; close it with [`JsonWriter::end_object`].
    pub fn begin_object(&mut self) {
        self.open('{');
    }

    /// Closes the innermost object.
    pub fn end_object(&mut self) {
        self.close('}');
    }

    /// Opens an array; close it with [`JsonWriter::end_array`].
    pub fn begin_array(&mut self) {
        self.open('[');
    }

    /// Opens an array that pretty text keeps on one line, like a row of a table (a log entry);
    /// close it with [`JsonWriter::end_array`].
    pub fn begin_row(&mut self) {
        self.open('[');
        if self.row == 0 {
            self.row = self.depth;
        }
    }

    /// Closes a row, leaving out its trailing `null`s: a row's last elements are optional.
    pub fn end_row(&mut self) {
        let separator = if self.pretty { ", null" } else { ",null" };
        while self.out.ends_with(separator) {
            self.out.truncate(self.out.len() - separator.len());
        }
        self.end_array();
    }

    /// Closes the innermost array.
    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// Starts an object member; write its value next.
    pub fn key(&mut self, key: &str) {
        self.separate();
        self.string(key);
        self.out.push(':');
        if self.pretty {
            self.out.push(' ');
        }
    }

    /// Starts an array element; write its value next.
    pub fn item(&mut self) {
        self.separate();
    }

    /// A string value, escaped as JSON requires (non-ASCII is written as is: the text is UTF-8).
    pub fn string(&mut self, text: &str) {
        self.out.push('"');
        let mut run = 0;
        for (i, b) in text.bytes().enumerate() {
            let escape = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(&text[run..i]);
            run = i + 1;
            if escape.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(HEX[usize::from(b >> 4)] as char);
                self.out.push(HEX[usize::from(b & 15)] as char);
            } else {
                self.out.push_str(escape);
            }
        }
        self.out.push_str(&text[run..]);
        self.out.push('"');
    }

    /// A whole-number value.
    pub fn int(&mut self, value: i64) {
        if value < 0 {
            self.out.push('-');
        }
        let mut digits = [0u8; 20];
        let mut n = value.unsigned_abs();
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if let Ok(text) = std::str::from_utf8(&digits[start..]) {
            self.out.push_str(text);
        }
    }

    /// `true` or `false`.
    pub fn bool(&mut self, value: bool) {
        self.out.push_str(if value { "true" } else { "false" });
    }

    /// `null`.
    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.empty {
            self.newline();
        }
        self.out.push(bracket);
        if self.depth < self.row {
            self.row = 0;
        }
        // The container just closed is a value of its parent, which is therefore not empty.
        self.empty = false;
    }

    fn separate(&mut self) {
        if !self.empty {
            self.out.push(',');
            if self.pretty && self.row != 0 {
                self.out.push(' ');
            }
        }
        self.empty = false;
        self.newline();
    }

    fn newline(&mut self) {
        if self.pretty && self.row == 0 {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }
}

impl Json<'_> {
    /// The tree as compact text, to be read again by typed code (migrated and imported records
    /// take this way). A [`Json::NonInteger`] is written as `0.5`: its value was never kept,
    /// only that it is not a whole number, which is all a reader can tell from it.
    pub fn to_text(&self) -> String {
        let mut out = JsonWriter::compact();
        self.write(&mut out);
        out.finish()
    }

    fn write(&self, out: &mut JsonWriter) {
        match self {
            Json::Null => out.null(),
            Json::Bool(b) => out.bool(*b),
            Json::Int(n) => out.int(*n),
            Json::NonInteger => out.out.push_str("0.5"),
            Json::Str(s) => out.string(s),
            Json::Array(items) => {
                out.begin_array();
                for item in items {
                    out.item();
                    item.write(out);
                }
                out.end_array();
            }
            Json::Object(members) => {
                out.begin_object();
                for (key, value) in members {
                    out.key(key);
                    value.write(out);
                }
                out.end_object();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(text: &str) -> JsonError {
        parse(text).unwrap_err()
    }

    #[test]
    fn reads_every_kind_of_value() {
        let value =
            parse(r#" {"a": [1, -20, 0, true, false, null, 1.5, 2e3], "b": {"c": "d"}} "#).unwrap();
        assert_eq!(
            value.get("a"),
            Some(&Json::Array(vec![
                Json::Int(1),
                Json::Int(-20),
                Json::Int(0),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
                Json::NonInteger,
                Json::NonInteger,
            ]))
        );
        assert_eq!(
            value.get("b").and_then(|b| b.get("c")),
            Some(&Json::Str("d".into()))
        );
        assert_eq!(parse("[]").unwrap(), Json::Array(vec![]));
        assert_eq!(parse("{}").unwrap(), Json::Object(vec![]));
    }

    #[test]
    fn plain_strings_borrow_and_escapes_are_decoded() {
        let Json::Str(plain) = parse(r#""walking""#).unwrap() else {
            panic!("not a string")
        };
        assert!(matches!(plain, Cow::Borrowed("walking")));
        assert_eq!(
            parse(r#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00 é""#).unwrap(),
            Json::Str("a\"b\\c/d\n\té😀 é".into())
        );
    }

    #[test]
    fn huge_numbers_saturate_and_the_last_repeated_key_counts() {
        assert_eq!(
            parse("123456789012345678901234567890").unwrap(),
            Json::Int(i64::MAX)
        );
        assert_eq!(
            parse("-123456789012345678901234567890").unwrap(),
            Json::Int(i64::MIN)
        );
        assert_eq!(
            parse(r#"{"v": 1, "v": 2}"#).unwrap().get("v"),
            Some(&Json::Int(2))
        );
    }

    #[test]
    fn refuses_what_is_not_json_and_says_where() {
        assert_eq!(
            error_of("{\n  \"a\": tru }"),
            JsonError {
                line: 2,
                column: 8,
                problem: "expected a value"
            }
        );
        for bad in [
            "",
            "{",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{a: 1}",
            "01",
            "1.",
            "1e",
            "-",
            "\"abc",
            "\"\\x\"",
            "\"\\ud800\"",
            "\"\\u12\"",
            "\"a\u{1}\"",
            "nul",
            "{} x",
            "'a'",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} should not parse");
        }
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(error_of(&deep).problem, "the data is nested too deeply");
        let fine = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn skips_a_byte_order_mark() {
        assert_eq!(
            parse("\u{feff}[1]").unwrap(),
            Json::Array(vec![Json::Int(1)])
        );
    }

    fn sample(writer: &mut JsonWriter) {
        writer.begin_object();
        writer.key("n");
        writer.int(-42);
        writer.key("s");
        writer.string("quote \" slash \\ line\n bell \u{7} é");
        writer.key("list");
        writer.begin_array();
        for n in [0, i64::MAX, i64::MIN] {
            writer.item();
            writer.int(n);
        }
        writer.end_array();
        writer.key("empty");
        writer.begin_array();
        writer.end_array();
        writer.key("flags");
        writer.begin_object();
        writer.key("t");
        writer.bool(true);
        writer.key("f");
        writer.bool(false);
        writer.key("none");
        writer.null();
        writer.end_object();
        writer.end_object();
    }

    #[test]
    fn writes_compact_and_pretty_text_that_reads_back() {
        let mut compact = JsonWriter::compact();
        sample(&mut compact);
        let compact = compact.finish();
        assert_eq!(
            compact,
            r#"{"n":-42,"s":"quote \" slash \\ line\n bell \u0007 é","list":[0,9223372036854775807,-9223372036854775808],"empty":[],"flags":{"t":true,"f":false,"none":null}}"#
        );
        let mut pretty = JsonWriter::pretty();
        sample(&mut pretty);
        let pretty = pretty.finish();
        assert!(pretty.starts_with("{\n  \"n\": -42,\n  \"s\": "));
        assert!(pretty.contains("\"list\": [\n    0,\n    9223372036854775807,"));
        assert!(pretty.contains("\"empty\": [],\n  \"flags\": {\n    \"t\": true,"));
        assert!(pretty.ends_with("\"none\": null\n  }\n}"));
        assert_eq!(parse(&compact).unwrap(), parse(&pretty).unwrap());
        assert_eq!(
            parse(&compact).unwrap().get("s").and_then(Json::as_str),
            Some("quote \" slash \\ line\n bell \u{7} é")
        );
    }

    #[test]
    fn rows_stay_on_one_line_and_leave_out_trailing_nulls() {
        let write = |mut out: JsonWriter| {
            out.begin_array();
            for (name, tail) in [("a", None), ("b", Some(2))] {
                out.item();
                out.begin_row();
                out.item();
                out.string(name);
                for value in [None, tail, None] {
                    out.item();
                    match value {
                        Some(n) => out.int(n),
                        None => out.null(),
                    }
                }
                out.end_row();
            }
            out.end_array();
            out.finish()
        };
        assert_eq!(write(JsonWriter::compact()), r#"[["a"],["b",null,2]]"#);
        assert_eq!(
            write(JsonWriter::pretty()),
            "[\n  [\"a\"],\n  [\"b\", null, 2]\n]"
        );
        // A string that says null is a value, not an empty place.
        let mut out = JsonWriter::compact();
        out.begin_row();
        out.item();
        out.string("null");
        out.end_row();
        assert_eq!(out.finish(), r#"["null"]"#);
    }

    #[test]
    fn a_tree_written_as_text_reads_back_the_same() {
        let text = r#"{"a": [1, -2, 1.5, true, null, "x\"y", {}], "b": {"c": []}, "a": 3}"#;
        let tree = parse(text).unwrap();
        assert_eq!(parse(&tree.to_text()).unwrap(), tree);
    }

    #[test]
    fn typed_reads_take_only_their_own_kind() {
        let mut reader = Reader::new(r#"[7, "x", true, null, {"k": 1.5}]"#);
        // Each guess that does not match leaves the value for the next one.
        let mut seen = Vec::new();
        assert!(reader
            .array(|r| {
                if let Some(n) = r.number()? {
                    seen.push(format!("number {n:?}"));
                } else if let Some(s) = r.string()? {
                    seen.push(format!("string {s}"));
                } else if r.null()? {
                    seen.push("null".to_owned());
                } else if !r.object(|r, key| {
                    seen.push(format!("member {key} = {:?}", r.value()?));
                    Ok::<_, JsonError>(())
                })? {
                    seen.push(format!("other {:?}", r.value()?));
                }
                Ok::<_, JsonError>(())
            })
            .unwrap());
        reader.finish().unwrap();
        assert_eq!(
            seen,
            [
                "number Int(7)",
                "string x",
                "other Bool(true)",
                "null",
                "member k = NonInteger"
            ]
        );
        assert!(!Reader::new("[]")
            .object(|_, _| Ok::<_, JsonError>(()))
            .unwrap());
        assert!(Reader::new("1 2").value().is_ok());
        let mut trailing = Reader::new("1 2");
        trailing.value().unwrap();
        assert!(trailing.finish().is_err());
    }

    #[test]
    fn edits_objects_without_losing_members() {
        let mut value = parse(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
        value.insert_missing("b", Json::Null);
        value.insert_missing("c", Json::Bool(true));
        assert_eq!(value.get("b"), Some(&Json::Int(2)));
        assert_eq!(value.get("c"), Some(&Json::Bool(true)));
        assert_eq!(value.remove("a"), Some(Json::Int(3)));
        assert_eq!(value.get("a"), None);
        value.set("b", Json::Int(5));
        assert_eq!(value, parse(r#"{"c": true, "b": 5}"#).unwrap());
    }
}
