//! Whether the one asking, or those asked about, can do something ("any chance the foreman and I
//! can grab …", "check when me and the team could grab an hour").

use super::super::lexer::Token;
use super::super::people::HONORIFICS;

/// "Any chance we could grab an hour?", "any chance the site foreman and I can meet …": "any
/// chance" and, in its clause, "I" or "we" with "can" or "could" ask whether the asker can,
/// however long the subject; it books nothing ("any chance you could book …" still books).
pub(super) fn asker_could(toks: &[Token]) -> bool {
    (0..toks.len().saturating_sub(1)).any(|i| {
        toks[i].low == "any"
            && toks[i + 1].low == "chance"
            && toks[i + 2..]
                .iter()
                .enumerate()
                .take(12)
                // "Mr. Brannigan": an honorific's full stop ends no clause.
                .take_while(|(k, t)| {
                    t.low != "you"
                        && (!t.punct || t.low == "." && *k > 0 && HONORIFICS.contains(&toks[i + 1 + k].low.as_str()))
                })
                .map(|(_, t)| t.low.as_str())
                .collect::<Vec<_>>()
                .windows(2)
                .any(|w| matches!(w[0], "i" | "we") && matches!(w[1], "can" | "could"))
    })
}

/// "can u check when me and the data platform team could grab an hour", "see when Bo and I can
/// meet": "when", after asking to check, see or know (or "when" or "where" after a slot or a
/// time to find or work out: "figure out a slot where me and Haruto could grab coffee"), with
/// "can" or "could" in its clause and no "you" before it, asks when they could; it books nothing ("check when you can book it", "Check
/// when I can fit 30 min with Sam and book it" still book).
pub(super) fn asked_when_they_could(toks: &[Token]) -> bool {
    let booked = toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "book" | "schedule" | "invite" | "lock"));
    // (Nor "Put a call with Bo on Monday at 10, check when he could send the deck": a booking
    // asked for before it; not "Check when Bo could pop by", what they could do.)
    let booked_before = |i: usize| {
        toks[..i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "put" | "arrange" | "add" | "set" | "pencil" | "pop"))
    };
    !booked
        && (1..toks.len()).any(|i| {
            !booked_before(i)
                && (toks[i].low == "when"
                    && matches!(
                        toks[i - 1].low.as_str(),
                        "check" | "see" | "know" | "out" | "ask" | "wondering" | "wonder"
                    )
                    // "figure out a slot where me and Haruto could grab coffee": the time sought,
                    // said of what they could do in it.
                    // (Only a slot to find or work out, with no invitation asked for: not "Grab
                    // a slot where Ana and I can sync", "Block out a time where I can focus",
                    // "… and send an invitation".)
                    || matches!(toks[i].low.as_str(), "when" | "where")
                        && matches!(toks[i - 1].low.as_str(), "slot" | "time" | "window" | "gap")
                        && i > 2
                        && matches!(toks[i - 2].low.as_str(), "a" | "the")
                        && matches!(toks[i - 3].low.as_str(), "find" | "out" | "for")
                        && !(i > 3 && matches!(toks[i - 4].low.as_str(), "block" | "blocking" | "clear" | "carve"))
                        && !toks.iter().any(|t| matches!(t.low.as_str(), "invitation" | "invitations" | "send" | "put")))
                && toks[i + 1..]
                    .iter()
                    .take(10)
                    .take_while(|t| !t.punct && !matches!(t.low.as_str(), "you" | "u"))
                    .any(|t| matches!(t.low.as_str(), "can" | "could"))
        })
}
