//! Days and hours taken back as they are said ("tmrw 7am no 7:30", "to 15:00, scratch that,
//! 15:30", "on Tuesday the 8th, naw wait, it's the Wednesday, the 9th"): the one said first is
//! dropped before any stage reads the request, so every stage sees only the one meant.

use super::clock::hour_said_at;
use super::dates::{day_number, month, weekday};
use super::lexer::{Token, starts_with};

/// Words that take back what was said just before them, after a comma or a dash, or after a stop
/// those with "no" ("sorry" only set off by commas: not "Thursday, sorry Friday won't work", an
/// apology before what is said of a day).
const TAKEN_BACK: &[&[&str]] = &[
    // ("tmrw 12:30.. no make it 1pm": or after a stop, before what it is made.)
    &["no", "make", "it"],
    &["no", "make", "that"],
    &["no", "wait"],
    &["no", "hang", "on"],
    // ("from 13.30 – no, 14.00 – until 14.45": "no" set off by a comma.)
    &["no", ","],
    // ("tmrw 11 o'clock, nah mek it half 11": as a Jamaican barber texts it.)
    &["nah", "mek", "it"],
    &["nah", "make", "it"],
    &["no", "sorry"],
    &["sorry", ","],
    &["scratch", "that"],
    &["i", "mean"],
    &["or", "rather"],
];

/// Words that may lead into what is meant instead ("naw wait, it's the Wednesday").
const LEADS_IN: &[&[&str]] = &[
    &["it", "is"],
    &["make", "it"],
    &["make", "that"],
    &["mek", "it"],
    &["actually"],
];

/// `toks` without each day or hour taken back, nor the words taking it back.
pub(crate) fn without_taken_back(mut toks: Vec<Token>) -> Vec<Token> {
    while let Some((dropped, closing)) = first_taken_back(&toks) {
        // ("7am no 7:30": the half of the day said first holds for an hour meant no earlier in it;
        // not "11am no 1", the afternoon's.)
        let said = toks[dropped.clone()]
            .iter()
            .find(|t| t.low.ends_with("am") || t.low.ends_with("pm"));
        let half = said
            .filter(|said| {
                leading_hour(&said.low)
                    .zip(leading_hour(&toks[dropped.end].low))
                    .is_some_and(|(first, meant)| first % 12 <= meant % 12)
            })
            .map(|said| if said.low.ends_with("am") { "am" } else { "pm" });
        let half_after = toks
            .get(dropped.end + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "am" | "pm" | "a.m." | "p.m."));
        let meant = &mut toks[dropped.end];
        if let Some(half) = half
            && !half_after
            && meant.low.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.')
        {
            meant.low.push_str(half);
        }
        if let Some(closing) = closing {
            toks.remove(closing);
        }
        toks.drain(dropped);
    }
    toks
}

/// What of `toks` the first correction drops: the day or hour said first, up to what is meant, and
/// the dash closing an aside the correction opened with one ("from 13.30 – no, 14.00 – until
/// 14.45").
fn first_taken_back(toks: &[Token]) -> Option<(std::ops::Range<usize>, Option<usize>)> {
    (1..toks.len()).find_map(|m| {
        let said = if toks[m].low == "no" && !toks[m - 1].punct {
            // "7am no 7:30", "Tuesday no Wednesday": a bare "no" between two of a kind.
            1
        } else if matches!(toks[m - 1].low.as_str(), "," | "-" | "–" | "—") && m > 1 {
            TAKEN_BACK.iter().find(|words| starts_with(toks, m, words))?.len()
        } else if matches!(toks[m - 1].low.as_str(), "." | "…") && m > 1 {
            // ("12:30.. no make it 1pm": after a stop, only a "no" taking it back; not "… at 9. I
            // mean 10 of us will be there".)
            TAKEN_BACK
                .iter()
                .filter(|words| words[0] == "no")
                .find(|words| starts_with(toks, m, words))?
                .len()
        } else {
            return None;
        };
        // ("12:30.. no make it 1pm": every mark between.)
        let end = m - toks[..m].iter().rev().take_while(|t| t.punct).count();
        let bare = said == 1 && toks[m].low == "no";
        let mut meant = m + said;
        if !bare {
            if toks.get(meant).is_some_and(|t| t.low == ",") {
                meant += 1;
            }
            if let Some(lead) = LEADS_IN.iter().find(|words| starts_with(toks, meant, words)) {
                meant += lead.len();
            } else if toks.get(meant).is_some_and(|t| t.low == "it" && t.possessive) {
                // ("it's the Wednesday": "it" written with its "'s".)
                meant += 1;
            }
        }
        let hours = hour_said_before(toks, end).zip(hour_said_at(toks, meant).map(|len| meant + len));
        let (first, meant_end) = hours.or_else(|| {
            day_said_before(toks, end)
                .filter(|_| day_said_at(toks, meant, bare))
                .map(|first| {
                    (
                        first,
                        (meant..toks.len()).find(|&k| !dayish(&toks[k])).unwrap_or(toks.len()),
                    )
                })
        })?;
        let dash = |t: &Token| matches!(t.low.as_str(), "-" | "–" | "—");
        let closing = (dash(&toks[m - 1]) && toks.get(meant_end).is_some_and(dash)).then_some(meant_end);
        (!said_of(toks, meant_end)).then_some((first..meant, closing))
    })
}

/// Whether the day or hour meant, ending before `end`, has something said of it ("Monday no
/// Tuesday is her day off", "…, no wait, Tuesday's no good"): a statement, not a correction.
fn said_of(toks: &[Token], end: usize) -> bool {
    end > 0 && toks[end - 1].possessive
        || toks.get(end).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "is" | "isn't"
                    | "was"
                    | "wasn't"
                    | "won't"
                    | "will"
                    | "would"
                    | "doesn't"
                    | "can't"
                    | "cannot"
                    | "works"
                    | "work"
                    | "suits"
                    | "of"
            )
        })
}

/// The hour a clock time written in digits opens with ("11am", "7:30").
fn leading_hour(low: &str) -> Option<u32> {
    let digits: String = low.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok().filter(|h| *h <= 24)
}

/// Where an hour ending right before `end` starts ("7am", "half ten", "15:00").
fn hour_said_before(toks: &[Token], end: usize) -> Option<usize> {
    (end.saturating_sub(3)..end).find(|&s| hour_said_at(toks, s).is_some_and(|len| s + len == end))
}

/// Where a day ending right before `end` starts ("Tuesday the 8th", "the 8th", "Friday"): a run of
/// weekdays, months, day numbers and "the", holding a weekday or a day number.
fn day_said_before(toks: &[Token], end: usize) -> Option<usize> {
    let mut start = end;
    while start > 0 && dayish(&toks[start - 1]) {
        start -= 1;
    }
    let days = &toks[start..end];
    (days
        .iter()
        .any(|t| weekday(&t.low).is_some() || day_number(&t.low).is_some_and(|(_, ordinal)| ordinal))
        && days.first().is_some_and(|t| t.low != "the" || days.len() > 1))
    .then_some(start)
}

/// Whether a day is said from `k`: a weekday, or "the" before a weekday or a day number; only a
/// weekday after a bare "no" ("Tuesday no Wednesday", not "Friday no meetings").
fn day_said_at(toks: &[Token], k: usize, bare: bool) -> bool {
    let day = |t: &Token| weekday(&t.low).is_some() || !bare && day_number(&t.low).is_some_and(|(_, ordinal)| ordinal);
    toks.get(k)
        .is_some_and(|t| day(t) || !bare && t.low == "the" && toks.get(k + 1).is_some_and(day))
}

fn dayish(t: &Token) -> bool {
    t.low == "the"
        || weekday(&t.low).is_some()
        || month(&t.low).is_some()
        || day_number(&t.low).is_some_and(|(_, ordinal)| ordinal)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::lexer::tokenize;

    fn read(text: &str) -> String {
        without_taken_back(tokenize(text))
            .iter()
            .map(|t| t.orig.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_day_or_hour_taken_back_is_dropped() {
        assert_eq!(read("book PT tmrw 7am no 7:30, 1hr"), "book PT tmrw 7:30 , 1hr");
        let meant = without_taken_back(tokenize("tmrw 7am no 7:30"));
        assert_eq!(meant[1].low, "7:30am", "the half of the day said first holds");
        assert_eq!(
            read("move the review to 15:00, scratch that, 15:30 same day"),
            "move the review to 15:30 same day"
        );
        assert_eq!(
            read("on Tuesday the 8th, naw wait, it's the Wednesday, the 9th, at half ten"),
            "on the Wednesday , the 9th , at half ten"
        );
        assert_eq!(read("lunch on Friday, I mean Thursday"), "lunch on Thursday");
        let meant = without_taken_back(tokenize("lunch tomorrow 11am no 1"));
        assert_eq!(meant[2].low, "1", "an earlier hour meant keeps its own half of the day");
    }

    #[test]
    fn what_is_not_a_day_or_hour_taken_back_stays() {
        for text in [
            "Friday no meetings please",
            "at 3 no later than 5",
            "book Friday, no wait, check with Tom first",
            "on the 8th, sorry for the late notice",
            "Let's meet Thursday, sorry Friday won't work for me",
            "Ana is free Monday no Tuesday is her day off",
            "Book Ana Monday, no wait, Tuesday's no good for her either",
        ] {
            assert_eq!(without_taken_back(tokenize(text)).len(), tokenize(text).len(), "{text}");
        }
    }
}
