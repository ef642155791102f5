//! Byte offset → 1-based line number, by binary search over line starts.

pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let mut starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    pub fn line_of(&self, offset: u32) -> u32 {
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based column of `offset` within its line, counted in bytes.
    pub fn column_of(&self, offset: u32) -> u32 {
        let line = self.line_of(offset);
        offset - self.starts[(line - 1) as usize] + 1
    }
}
