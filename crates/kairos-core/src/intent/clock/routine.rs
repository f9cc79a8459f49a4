//! Sentences that tell one's routine ("I teach until lunch most days"), whose hours are context,
//! not the ones asked for.

use super::super::lexer::Token;

/// For each token, whether it lies in a sentence that tells what one does as a rule ("most
/// days", "usually") while another sentence asks something: the whole sentence, or only the
/// clause the rule is told in when that clause opens with someone new.
pub(super) fn sentences(toks: &[Token]) -> Vec<bool> {
    const ROUTINE: &[&str] = &["usually", "normally", "typically", "generally"];
    // Who a clause of its own may open with.
    // (Not "I finish at 5; normally that's it.", what was said pointed back to.)
    const SUBJECTS: &[&str] = &["it", "he", "she", "they", "we", "i"];
    let mut out = vec![false; toks.len()];
    let sentences = super::super::lexer::sentences(toks);
    if sentences.len() < 2 {
        return out;
    }
    for s in sentences {
        let words = &toks[s.clone()];
        let rule_at = words
            .iter()
            .position(|t| ROUTINE.contains(&t.low.as_str()))
            .or_else(|| {
                words.windows(2).position(|w| {
                    w[0].low == "most"
                        && matches!(
                            w[1].low.as_str(),
                            "days" | "weeks" | "mornings" | "afternoons" | "evenings" | "nights" | "weekdays"
                        )
                })
            });
        // From the clause the rule is told in, when one of its own opens with someone or something
        // new ("… at 2:15, it usually takes an hour and a half", "…, normally she's free": not the
        // hour asked before its comma; not "I'm in clinic until 3, usually.", "I start at 9, and
        // usually finish by 5", the routine said of the clause before).
        if let Some(at) = rule_at {
            let from = (0..at)
                .rev()
                .find(|&k| matches!(words[k].low.as_str(), "," | ";"))
                .filter(|&k| {
                    let opening = |j: usize| words.get(j).is_some_and(|t| SUBJECTS.contains(&t.low.as_str()));
                    // (", and it usually takes …": after a word that joins the clauses too.)
                    let joined = words
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.low.as_str(), "and" | "but" | "so"));
                    opening(k + 1) || joined && opening(k + 2) || k + 1 == at && opening(at + 1)
                })
                .map_or(0, |k| k + 1);
            out[s.start + from..s.end].iter_mut().for_each(|r| *r = true);
        }
    }
    out
}
