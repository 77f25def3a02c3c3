//! Where a JSON path is in the text: line and column for a [`Problem`]'s
//! path, so that editors can jump to it.
//!
//! [`Problem`]: super::Problem

/// Line and column (1-based, the column in characters) of the value at
/// `path` in `json`, for paths as validation writes them:
/// `result_areas[1].indicators[0].value.value`. The empty path is the whole
/// document. `None` when the path is not in the text.
///
/// Never panics and never recurses, whatever the input, so it is safe on
/// text that did not parse.
pub fn locate(json: &str, path: &str) -> Option<(usize, usize)> {
    let bytes = json.as_bytes();
    let start = if json.starts_with('\u{feff}') { 3 } else { 0 };
    let mut pos = skip_ws(bytes, start);
    for segment in segments(path)? {
        pos = match segment {
            Segment::Key(key) => member(json, pos, key)?,
            Segment::Index(index) => element(bytes, pos, index)?,
        };
    }
    let (line, column) = line_col(json, pos);
    // Editors do not show a byte order mark, so it takes no column.
    let column = if start > 0 && line == 1 {
        column.saturating_sub(1).max(1)
    } else {
        column
    };
    Some((line, column))
}

pub(super) enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// The value at a JSON path (`a.b[2].c`) in a parsed document.
pub fn value_at<'v>(value: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    let mut here = value;
    for step in segments(path)? {
        here = match step {
            Segment::Key(key) => here.get(key)?,
            Segment::Index(index) => here.get(index)?,
        };
    }
    Some(here)
}

pub(super) fn segments(path: &str) -> Option<Vec<Segment<'_>>> {
    let mut out = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('[') {
            let (digits, after) = r.split_once(']')?;
            out.push(Segment::Index(digits.parse().ok()?));
            rest = after;
        } else {
            let r = if out.is_empty() {
                rest
            } else {
                rest.strip_prefix('.')?
            };
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let (key, after) = r.split_at_checked(end)?;
            if key.is_empty() {
                return None;
            }
            out.push(Segment::Key(key));
            rest = after;
        }
    }
    Some(out)
}

fn skip_ws(bytes: &[u8], mut pos: usize) -> usize {
    while bytes.get(pos).is_some_and(|b| b.is_ascii_whitespace()) {
        pos += 1;
    }
    pos
}

/// Index just after the string that starts at `pos`.
fn string_end(bytes: &[u8], pos: usize) -> Option<usize> {
    if bytes.get(pos) != Some(&b'"') {
        return None;
    }
    let mut i = pos + 1;
    loop {
        match bytes.get(i)? {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
}

/// Index just after the value that starts at `pos`.
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => string_end(bytes, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = pos;
            loop {
                match bytes.get(i)? {
                    b'"' => i = string_end(bytes, i)?,
                    b'{' | b'[' => {
                        depth += 1;
                        i += 1;
                    }
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        i += 1;
                        if depth == 0 {
                            return Some(i);
                        }
                    }
                    _ => i += 1,
                }
            }
        }
        _ => {
            let mut i = pos;
            while bytes
                .get(i)
                .is_some_and(|b| !matches!(b, b',' | b'}' | b']') && !b.is_ascii_whitespace())
            {
                i += 1;
            }
            Some(i)
        }
    }
}

/// Start of the value of `key` in the object that starts at `pos`.
fn member(json: &str, pos: usize, key: &str) -> Option<usize> {
    let bytes = json.as_bytes();
    if bytes.get(pos) != Some(&b'{') {
        return None;
    }
    let mut pos = pos + 1;
    loop {
        pos = skip_ws(bytes, pos);
        let end = string_end(bytes, pos)?;
        let name: String = serde_json::from_str(json.get(pos..end)?).ok()?;
        pos = skip_ws(bytes, end);
        if bytes.get(pos) != Some(&b':') {
            return None;
        }
        pos = skip_ws(bytes, pos + 1);
        if name == key {
            return Some(pos);
        }
        pos = skip_ws(bytes, skip_value(bytes, pos)?);
        if bytes.get(pos) != Some(&b',') {
            return None;
        }
        pos += 1;
    }
}

/// Start of element `index` of the array that starts at `pos`.
fn element(bytes: &[u8], pos: usize, index: usize) -> Option<usize> {
    if bytes.get(pos) != Some(&b'[') {
        return None;
    }
    let mut pos = pos + 1;
    let mut i = 0;
    loop {
        pos = skip_ws(bytes, pos);
        if matches!(bytes.get(pos), None | Some(b']')) {
            return None;
        }
        if i == index {
            return Some(pos);
        }
        pos = skip_ws(bytes, skip_value(bytes, pos)?);
        if bytes.get(pos) != Some(&b',') {
            return None;
        }
        pos += 1;
        i += 1;
    }
}

fn line_col(json: &str, pos: usize) -> (usize, usize) {
    let mut end = pos.min(json.len());
    while !json.is_char_boundary(end) {
        end -= 1;
    }
    let before = json.get(..end).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |t| t.chars().count()) + 1;
    (line, column)
}

/// The JSON path of the value at a position serde_json reports (1-based
/// line, 1-based byte column): `result_areas[1].indicators[0].status`, or
/// the enclosing object's path when the error is about the object itself
/// ("missing field …"). Empty at the top level.
///
/// A single forward scan with an explicit stack: it never recurses and never
/// panics, whatever the text, and costs the wasm far less than tracking the
/// path during deserialisation.
pub fn path_at(json: &str, line: usize, byte_column: usize) -> String {
    let mut end = offset_of(json, line, byte_column).min(json.len());
    // An error reported on the comma after a value (serde buffers tagged
    // enums and reports them there) is about that value, not the next one.
    if end > 0 && json.as_bytes()[end - 1] == b',' {
        end -= 1;
    }
    let bytes = &json.as_bytes()[..end];
    // (key of the current member, or index of the current element; whether
    // a key is expected next)
    enum Frame {
        Object { key: Option<String>, want_key: bool },
        Array { index: usize },
    }
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                want_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(Frame::Object { want_key, .. }) = stack.last_mut() {
                    *want_key = false;
                }
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, want_key }) => {
                    *key = None;
                    *want_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b'"' => {
                let start = i + 1;
                i = start;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object {
                    key,
                    want_key: true,
                }) = stack.last_mut()
                {
                    let raw = json.get(start..i.min(bytes.len())).unwrap_or("");
                    *key = Some(
                        serde_json::from_str(&format!("\"{raw}\""))
                            .unwrap_or_else(|_| raw.to_string()),
                    );
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut out = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(k), .. } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Frame::Object { key: None, .. } => break,
            Frame::Array { index } => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

/// Byte offset of a 1-based line and byte column.
fn offset_of(json: &str, line: usize, byte_column: usize) -> usize {
    let line_start: usize = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    line_start + byte_column
}
