//! Clock times in words: hours ("two", "at eleven"), minutes before or after an hour ("half past
//! two", "quarter to five", "ten past three", "twenty to six"), the British "half two", and the
//! part of day that settles am or pm ("3 in the afternoon", "8 at night").

use super::super::lexer::{Token, starts_with, whole};

/// An hour written as a word, `one` to `twelve` ("a" and "an" are not hours).
pub(super) fn hour_word(low: &str) -> Option<u32> {
    if matches!(low, "a" | "an") || low.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    whole(low, 1, 12)
}

/// Minutes written after a word hour ("two thirty", "four forty-five").
pub(super) fn minute_word(low: &str) -> Option<u32> {
    match low {
        "fifteen" => Some(15),
        "thirty" => Some(30),
        "forty-five" => Some(45),
        _ => None,
    }
}

/// `half past`, `quarter to`, `ten past`, `20 past`, `twenty to`: the tokens before the hour and
/// the minutes to add to it (negative before it). A number in digits only counts before "past", so
/// that "5 to 7" stays a range and "December 3 after 2pm" a date.
pub(super) fn offset_at(toks: &[Token], i: usize) -> Option<(usize, i64)> {
    let low = toks.get(i)?.low.as_str();
    if matches!(low, "a" | "an") {
        return None;
    }
    let (n, spelled) = match low {
        "half" => (30, true),
        "quarter" => (15, true),
        _ => (i64::from(whole(low, 1, 29)?), !low.chars().any(|c| c.is_ascii_digit())),
    };
    let minutes = usize::from(
        toks.get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "minutes" | "mins")),
    );
    let k = i + 1 + minutes;
    // "December 3 after 2pm" is a date and a time, not 14:03: digits count before "after" (as
    // before "to") only when "minutes" says so.
    match toks.get(k)?.low.as_str() {
        "past" => Some((k + 1 - i, n)),
        "after" | "to" | "till" if spelled || minutes == 1 => {
            Some((k + 1 - i, if low_is_to(toks, k) { -n } else { n }))
        }
        _ => None,
    }
}

fn low_is_to(toks: &[Token], k: usize) -> bool {
    matches!(toks[k].low.as_str(), "to" | "till")
}

/// `am`, `pm`, `in the morning`, `in the afternoon`, `in the evening`, `at night` after a time:
/// its length and whether the hour is after noon.
pub(super) fn meridiem_after(toks: &[Token], i: usize) -> Option<(usize, bool)> {
    // "six am", "eleven p.m.": a spelled hour with its half of the day.
    match toks.get(i).map(|t| t.low.as_str()) {
        Some("am" | "a.m" | "a.m.") => return Some((1, false)),
        Some("pm" | "p.m" | "p.m.") => return Some((1, true)),
        _ => {}
    }
    if starts_with(toks, i, &["at", "night"]) {
        return Some((2, true));
    }
    if !starts_with(toks, i, &["in", "the"]) {
        return None;
    }
    let pm = match toks.get(i + 2)?.low.as_str() {
        "morning" => false,
        "afternoon" | "evening" => true,
        _ => return None,
    };
    Some((3, pm))
}
