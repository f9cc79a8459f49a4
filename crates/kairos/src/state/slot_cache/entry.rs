//! The stored form of a cached slot list: one header line naming the format, the versions the
//! list was computed from, until when time leaves it right, and its body's length and hash;
//! then the JSON body exactly as it is sent. A hit is checked from the header alone and its
//! body served as it lies, never parsed or written again; anything that does not read back
//! whole (another format, a cut or damaged body) is no entry at all.

use bytes::Bytes;
use xxhash_rust::xxh3::xxh3_64;

/// Names this layout; another one (an older or newer Kairos) is never read as this one.
const FORMAT: &str = "kairos-slots/2";

/// One cached slot list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The versions it was computed from ([`crate::store::calendars::SlotVersions`]).
    pub versions: String,
    /// Unix milliseconds from which time alone may have changed it; `None`: never.
    pub unchanged_until: Option<i64>,
    /// The slot list's JSON, as sent.
    pub body: Bytes,
}

impl Entry {
    /// The bytes stored in Redis.
    #[must_use]
    pub fn encode(&self) -> Vec<u8> {
        let until = self.unchanged_until.map_or_else(|| "-".to_owned(), |u| u.to_string());
        let header = format!(
            "{FORMAT} {} {until} {} {:016x}\n",
            self.versions,
            self.body.len(),
            xxh3_64(&self.body)
        );
        let mut out = Vec::with_capacity(header.len() + self.body.len());
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(&self.body);
        out
    }

    /// Reads stored bytes back; `None` for anything but a whole entry of this format. The body
    /// shares `stored`'s memory.
    #[must_use]
    pub fn decode(stored: &Bytes) -> Option<Self> {
        let newline = stored.iter().position(|b| *b == b'\n')?;
        let header = std::str::from_utf8(&stored[..newline]).ok()?;
        let mut fields = header.split(' ');
        if fields.next()? != FORMAT {
            return None;
        }
        let versions = fields.next()?.to_owned();
        let unchanged_until = match fields.next()? {
            "-" => None,
            until => Some(until.parse().ok()?),
        };
        let length: usize = fields.next()?.parse().ok()?;
        let hash = u64::from_str_radix(fields.next()?, 16).ok()?;
        if fields.next().is_some() {
            return None;
        }
        let body = stored.slice(newline + 1..);
        (body.len() == length && xxh3_64(&body) == hash).then_some(Self {
            versions,
            unchanged_until,
            body,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(until: Option<i64>) -> Entry {
        Entry {
            versions: "812/5f0c=3,77aa=0".to_owned(),
            unchanged_until: until,
            body: Bytes::from_static(br#"{"days":[]}"#),
        }
    }

    #[test]
    fn an_entry_reads_back_as_written() {
        for until in [None, Some(1_800_000_000_000)] {
            let stored = Bytes::from(entry(until).encode());
            assert_eq!(Entry::decode(&stored), Some(entry(until)));
        }
    }

    #[test]
    fn anything_but_a_whole_entry_is_none() {
        let good = entry(Some(5)).encode();
        let mut damaged_body = good.clone();
        *damaged_body.last_mut().expect("a body") = b']';
        let other_format = String::from_utf8(good.clone())
            .expect("text")
            .replacen(FORMAT, "kairos-slots/1", 1);
        let cases: Vec<Vec<u8>> = vec![
            b"not an entry".to_vec(),
            br#"{"versions": 1}"#.to_vec(),
            good[..good.len() - 1].to_vec(),
            [good.as_slice(), b" "].concat(),
            damaged_body,
            other_format.into_bytes(),
            Vec::new(),
        ];
        for case in cases {
            assert_eq!(
                Entry::decode(&Bytes::from(case.clone())),
                None,
                "{}",
                String::from_utf8_lossy(&case)
            );
        }
    }
}
