//! Whether the one asking can do something ("any chance the foreman and I can grab …").

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
