//! A verb asked for in its "-ing" form ("would you mind booking …").

use super::super::lexer::Token;
use super::phrases;

/// "Would you mind booking …", "do you mind setting up …": "mind" and a booking verb in "-ing"
/// ask for the booking.
pub(super) fn minds_booking(toks: &[Token]) -> bool {
    (1..toks.len()).any(|i| {
        let Some(stem) = toks[i].low.strip_suffix("ing").filter(|_| toks[i - 1].low == "mind") else {
            return false;
        };
        // "booking", "scheduling", "setting": the verb as it is without "-ing".
        let undoubled = stem
            .char_indices()
            .last()
            .filter(|&(at, c)| stem[..at].ends_with(c))
            .map(|(at, _)| &stem[..at]);
        let bases = [
            Some(stem.to_owned()),
            Some(format!("{stem}e")),
            undoubled.map(str::to_owned),
        ];
        bases.into_iter().flatten().any(|base| {
            phrases::BOOK.iter().any(|p| {
                p[0] == base
                    && p[1..]
                        .iter()
                        .enumerate()
                        .all(|(k, word)| toks.get(i + 1 + k).is_some_and(|t| t.low == *word))
            })
        })
    })
}
