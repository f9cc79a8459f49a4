//! Negated days and parts of day ("not Monday", "avoid Friday afternoons", "no mornings").

use super::Avoid;
use super::clock::part_word;
use super::dates::weekday;
use super::lexer::{Token, starts_with};

const TRIGGERS: &[&[&str]] = &[
    &["anything", "but"],
    &["other", "than"],
    &["can't", "do"],
    &["cannot", "do"],
    &["can't", "make"],
    &["except", "on"],
    &["except"],
    &["excluding"],
    &["avoid"],
    &["avoiding"],
    &["not", "in", "the"],
    &["not", "on"],
    &["not"],
    &["i'm", "busy", "on"],
    &["i'm", "busy"],
    &["i'm", "out", "on"],
    &["i'm", "out"],
    &["busy", "on"],
    &["no"],
];

/// Finds negated days and parts of day, marking them (and the negation) used.
pub(crate) fn extract(toks: &[Token], used: &mut [bool]) -> Vec<Avoid> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((len, item)) = postfix(toks, used, i) {
            used[i..i + len].iter_mut().for_each(|u| *u = true);
            out.push(item);
            i += len;
            continue;
        }
        let Some(trigger) = TRIGGERS.iter().find(|t| !used[i] && starts_with(toks, i, t)) else {
            i += 1;
            continue;
        };
        let mut k = i + trigger.len();
        let mut items = Vec::new();
        let mut end = k;
        while k < toks.len() && !used[k] {
            let wd = plural_weekday(&toks[k].low);
            let (len, item) = match wd {
                Some(wd) => {
                    let part = toks.get(k + 1).filter(|_| k + 1 < used.len() && !used[k + 1]);
                    match part.and_then(|t| part_word(&t.low)) {
                        Some(p) => (
                            2,
                            Avoid {
                                weekday: Some(wd),
                                part: Some(p),
                            },
                        ),
                        None => (
                            1,
                            Avoid {
                                weekday: Some(wd),
                                part: None,
                            },
                        ),
                    }
                }
                None => match part_word(&toks[k].low) {
                    Some(p) => (
                        1,
                        Avoid {
                            weekday: None,
                            part: Some(p),
                        },
                    ),
                    None => break,
                },
            };
            items.push(item);
            k += len;
            end = k;
            if k < toks.len() && matches!(toks[k].low.as_str(), "or" | "and" | "nor" | ",") {
                k += 1;
            } else {
                break;
            }
        }
        if items.is_empty() {
            i += 1;
            continue;
        }
        used[i..end].iter_mut().for_each(|u| *u = true);
        out.extend(items);
        i = end;
    }
    out
}

/// `Tuesday is out`, `Friday doesn't work`: a weekday ruled out after it is named.
fn postfix(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, Avoid)> {
    let wd = plural_weekday(&toks.get(i)?.low)?;
    let tails: &[&[&str]] = &[
        &["is", "out"],
        &["doesn't", "work"],
        &["does", "not", "work"],
        &["is", "bad"],
        &["won't", "work"],
    ];
    let tail = tails.iter().find(|t| starts_with(toks, i + 1, t))?;
    let len = 1 + tail.len();
    (!(i..i + len).any(|k| used[k])).then_some((
        len,
        Avoid {
            weekday: Some(wd),
            part: None,
        },
    ))
}

fn plural_weekday(low: &str) -> Option<chrono::Weekday> {
    weekday(low).or_else(|| weekday(low.strip_suffix('s')?))
}

#[cfg(test)]
mod tests {
    use super::super::PartOfDay;
    use super::super::lexer::tokenize;
    use super::*;
    use chrono::Weekday;

    fn avoid(text: &str) -> Vec<Avoid> {
        let toks = tokenize(text);
        let mut used = vec![false; toks.len()];
        extract(&toks, &mut used)
    }

    #[test]
    fn negated_days_and_parts() {
        assert_eq!(
            avoid("but not Monday"),
            vec![Avoid {
                weekday: Some(Weekday::Mon),
                part: None
            }]
        );
        assert_eq!(
            avoid("avoid Friday afternoons"),
            vec![Avoid {
                weekday: Some(Weekday::Fri),
                part: Some(PartOfDay::Afternoon)
            }]
        );
        assert_eq!(
            avoid("no mornings"),
            vec![Avoid {
                weekday: None,
                part: Some(PartOfDay::Morning)
            }]
        );
        assert_eq!(avoid("not Monday or Tuesday").len(), 2);
        assert!(avoid("not sure").is_empty());
    }
}
