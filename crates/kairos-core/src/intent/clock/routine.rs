//! Sentences that tell one's routine ("I teach until lunch most days"), whose hours are context,
//! not the ones asked for.

use super::super::lexer::Token;

/// For each token, whether it lies in a sentence that tells what one does as a rule ("most
/// days", "usually") while another sentence asks something.
pub(super) fn sentences(toks: &[Token]) -> Vec<bool> {
    const ROUTINE: &[&str] = &["usually", "normally", "typically", "generally"];
    let mut out = vec![false; toks.len()];
    let sentences = super::super::lexer::sentences(toks);
    if sentences.len() < 2 {
        return out;
    }
    for s in sentences {
        let words = &toks[s.clone()];
        let as_a_rule = words.iter().any(|t| ROUTINE.contains(&t.low.as_str()))
            || words.windows(2).any(|w| {
                w[0].low == "most"
                    && matches!(
                        w[1].low.as_str(),
                        "days" | "weeks" | "mornings" | "afternoons" | "evenings" | "nights" | "weekdays"
                    )
            });
        if as_a_rule {
            out[s].iter_mut().for_each(|r| *r = true);
        }
    }
    out
}
