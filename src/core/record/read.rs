//! Reading and writing the record's JSON with serde, with errors that name the place
//! (`log[3].minutes: ...`) and a backup layout a person can read (one session per line).

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_path_to_error::Segment;

use crate::core::log::ENTRY_FIELDS;
use crate::core::plan::SESSION_FIELDS;

/// Why text could not be read as the shape asked for, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// Where in the document, like `log[3].minutes`; empty for the whole document.
    pub place: String,
    /// What was wrong there, in serde's words.
    pub problem: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.place.is_empty() {
            f.write_str(&self.problem)
        } else {
            write!(f, "{}: {}", self.place, self.problem)
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads JSON text as `T`, naming the place of the first problem.
pub fn json<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| ReadError {
        place: place(error.path()),
        problem: error.inner().to_string(),
    })?;
    deserializer.end().map_err(|error| ReadError {
        place: String::new(),
        problem: error.to_string(),
    })?;
    Ok(value)
}

/// A path as a person reads it. Log entries and sessions are stored as lists, so an index
/// inside one is shown as the field's name: `log[3].minutes`, `weeks[0].sessions[2].minutes`.
fn place(path: &serde_path_to_error::Path) -> String {
    let mut out = String::new();
    let mut key: Option<&str> = None;
    let mut fields: Option<&[&str]> = None;
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => match fields.take() {
                Some(names) => {
                    let name = names.get(*index).copied().unwrap_or("?");
                    out.push('.');
                    out.push_str(name);
                    fields = (name == "planned").then_some(&SESSION_FIELDS[..]);
                }
                None => {
                    out.push_str(&format!("[{index}]"));
                    fields = match key.take() {
                        Some("log") => Some(&ENTRY_FIELDS),
                        Some("sessions") => Some(&SESSION_FIELDS),
                        _ => None,
                    };
                }
            },
            Segment::Map { key: name } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(name);
                key = Some(name);
                fields = None;
            }
            Segment::Enum { variant } => out.push_str(&format!("::{variant}")),
            Segment::Unknown => out.push('?'),
        }
    }
    out
}

/// `value` as JSON laid out for a person: objects indented, and every list of plain values
/// (a log entry, a session, the chosen days) on one line, so a backup reads one session per
/// line.
pub fn pretty<T: Serialize>(value: &T) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, RowsOnOneLine::default());
    // Serializing plain data into memory cannot fail.
    let _ = value.serialize(&mut serializer);
    String::from_utf8(out).unwrap_or_default()
}

/// A serde_json formatter: serde_json's pretty layout, except that a list is written on one
/// line unless it holds lists or objects. Whether it does is only known at its first element,
/// so the line break before an element is held back until the element begins.
#[derive(Default)]
struct RowsOnOneLine {
    indent: usize,
    /// For each open list: `None` until its first element shows its kind, then whether it is
    /// laid out one element per line.
    lists: Vec<Option<bool>>,
    /// Whether the element about to begin follows a comma.
    pending_comma: bool,
    /// Whether a list or object is open in the innermost position (objects are always pretty).
    in_object: Vec<bool>,
}

impl RowsOnOneLine {
    fn newline<W: ?Sized + std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..self.indent {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    /// Called as any value begins: writes what belongs before it inside a list.
    fn before_value<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        nested: bool,
    ) -> std::io::Result<()> {
        if self.in_object.last() == Some(&false) {
            let pending_comma = std::mem::take(&mut self.pending_comma);
            let layout = self.lists.last_mut().expect("a list is open");
            let per_line = *layout.get_or_insert(nested);
            if pending_comma {
                w.write_all(if per_line { b"," } else { b", " })?;
            }
            if per_line {
                self.newline(w)?;
            }
        }
        Ok(())
    }
}

macro_rules! scalar {
    ($($name:ident($($ty:ty)?)),* $(,)?) => {
        $(fn $name<W: ?Sized + std::io::Write>(&mut self, w: &mut W $(, value: $ty)?) -> std::io::Result<()> {
            self.before_value(w, false)?;
            serde_json::ser::CompactFormatter.$name(w $(, value as $ty)?)
        })*
    };
}

impl serde_json::ser::Formatter for RowsOnOneLine {
    scalar!(
        write_null(),
        write_bool(bool),
        write_i8(i8),
        write_i16(i16),
        write_i32(i32),
        write_i64(i64),
        write_u8(u8),
        write_u16(u16),
        write_u32(u32),
        write_u64(u64),
        write_f32(f32),
        write_f64(f64),
    );

    fn begin_string<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.before_value(w, false)?;
        w.write_all(b"\"")
    }

    fn begin_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.before_value(w, true)?;
        self.lists.push(None);
        self.in_object.push(false);
        self.indent += 1;
        w.write_all(b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.indent -= 1;
        self.in_object.pop();
        self.pending_comma = false;
        if self.lists.pop().flatten() == Some(true) {
            self.newline(w)?;
        }
        w.write_all(b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        _: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.pending_comma = !first;
        Ok(())
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.before_value(w, true)?;
        self.in_object.push(true);
        self.indent += 1;
        w.write_all(b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.indent -= 1;
        self.in_object.pop();
        self.newline(w)?;
        w.write_all(b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        self.newline(w)?;
        // The key is a string; it must not be taken for a list element.
        self.in_object.push(true);
        Ok(())
    }

    fn end_object_key<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.in_object.pop();
        Ok(())
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")?;
        // The value sits in the object, not in a list.
        self.in_object.push(true);
        Ok(())
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.in_object.pop();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_name_fields_of_rows() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Doc {
            log: crate::core::log::Log,
        }
        let error = json::<Doc>(r#"{"log": [["2025-03-01", "yoga", "done", "ten"]]}"#).unwrap_err();
        assert_eq!(error.place, "log[0].minutes");
        assert!(
            error
                .to_string()
                .starts_with("log[0].minutes: invalid type"),
            "{error}"
        );
        let error = json::<Doc>(r#"{"log": [["2025-03-01", "running", "done", 5]]}"#).unwrap_err();
        assert_eq!(error.place, "log[0].activity");
        let error = json::<Doc>(r#"{"log": []} x"#).unwrap_err();
        assert!(error.problem.contains("trailing"), "{error}");
    }

    #[test]
    fn pretty_keeps_rows_on_one_line() {
        let value = serde_json::json!({
            "format": "x",
            "log": [["2025-03-01", "yoga", "done", 20], ["2025-03-02", "yoga", "skipped"]],
            "days": ["Mon", "Wed"],
            "empty": [],
            "weeks": [{"start": "2025-03-01", "sessions": [["2025-03-01", "yoga"]]}]
        });
        let text = pretty(&value);
        assert_eq!(
            text,
            r#"{
  "days": ["Mon", "Wed"],
  "empty": [],
  "format": "x",
  "log": [
    ["2025-03-01", "yoga", "done", 20],
    ["2025-03-02", "yoga", "skipped"]
  ],
  "weeks": [
    {
      "sessions": [
        ["2025-03-01", "yoga"]
      ],
      "start": "2025-03-01"
    }
  ]
}"#
        );
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }
}
