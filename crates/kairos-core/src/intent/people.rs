//! Participants: email addresses anywhere, and names — capitalised words after "with"/"meet"
//! (or anywhere after the first word, when the request is about a meeting), lowercase particles
//! inside a name ("van der Berg"), groups ("the design team", "the Toronto office"), and, in a
//! meeting request, a lone lowercase word after "with" ("with marketing", "with jamie").

use super::Participant;
use super::dates::{MONTHS, weekday};
use super::lexer::Token;

/// Capitalised words that are not names (besides weekdays and months).
const NOT_NAMES: &[&str] = &[
    "i", "i'd", "i'm", "i'll", "i've", "am", "can", "could", "would", "please", "what", "when", "how", "are", "do",
    "is", "find", "book", "set", "move", "cancel", "remind", "add", "schedule", "show", "any", "and", "the", "my", "a",
    "an", "hi", "hello", "thanks", "thank", "cheers", "regards", "let", "ok", "okay", "we", "you", "me", "it", "new",
    "task", "habit", "todo",
];

const HONORIFICS: &[&str] = &["dr", "mr", "mrs", "ms", "prof"];

/// Words a request may open with that say what the meeting is, not who it is with ("Lunch
/// tomorrow, 1h").
const MEETING_NOUNS: &[&str] = &[
    "lunch",
    "coffee",
    "breakfast",
    "dinner",
    "drinks",
    "call",
    "sync",
    "meeting",
    "chat",
    "standup",
    "interview",
    "demo",
    "review",
    "intro",
    "session",
    "workshop",
    "catch-up",
    "catchup",
    "quick",
    "urgent",
    "asap",
    "next",
    "this",
];

/// Words after a name that make it the subject of the request ("Marco can't make it", "Sarah
/// wants 15 minutes").
const SUBJECT_VERBS: &[&str] = &[
    "can't", "cannot", "can", "won't", "wants", "needs", "asked", "would", "will", "is", "has", "says", "and", ",",
];

/// Nouns that end the name of a group of people.
pub(crate) const GROUP_WORDS: &[&str] = &[
    "team",
    "group",
    "squad",
    "crew",
    "committee",
    "board",
    "office",
    "hq",
    "folks",
    "hires",
    "people",
];

/// Lowercase words inside a family name.
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "ter", "bin", "al", "dos",
];

/// Lowercase words after "with" that are not someone's name.
const NOT_PEOPLE: &[&str] = &[
    "me",
    "us",
    "they",
    "he",
    "she",
    "there",
    "you",
    "him",
    "her",
    "them",
    "it",
    "my",
    "your",
    "our",
    "his",
    "their",
    "the",
    "a",
    "an",
    "this",
    "that",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "all",
    "both",
    "people",
    "others",
    "and",
    "or",
    "no",
    "some",
    "any",
    "up",
    "again",
    "later",
    "soon",
    "halfway",
];

/// Words that may follow a lowercase name after "with".
const AFTER_NAME: &[&str] = &[
    "and",
    "or",
    "on",
    "at",
    "for",
    "in",
    "about",
    "to",
    "from",
    "before",
    "after",
    "around",
    "by",
    "sometime",
    "this",
    "next",
    "re",
    "regarding",
    "over",
    "off",
    "a",
    "an",
    "anymore",
    "too",
    "instead",
    "please",
    "if",
    "when",
    "but",
    "so",
    "then",
    "again",
];

/// Verbs whose object is someone to meet ("pencil ana in", "send bo an invite"): a lowercase
/// word after them may be a name, as after "with".
const PERSON_VERBS: &[&str] = &["pencil", "send", "invite", "ping", "owe", "slot", "squeeze", "fit"];

/// Collects participants in order of appearance. With `anywhere`, any capitalised word after the
/// first counts as a name, and the first too when the request opens with people (see
/// [`opens_with_people`]; `verbless`: the request has no verb); otherwise only names following
/// "with" or "meet" do.
pub(crate) fn extract(toks: &[Token], used: &[bool], anywhere: bool, verbless: bool) -> Vec<Participant> {
    // In a request written all in capitals every word looks like a name: only words that
    // follow "with" (or another word introducing people) are.
    let anywhere = anywhere && !shouted(toks);
    let mut out: Vec<Participant> = Vec::new();
    let push = |p: Participant, out: &mut Vec<Participant>| {
        if !out.contains(&p) {
            out.push(p);
        }
    };
    let mut after_trigger = false;
    let mut after_with = false;
    // Inside a list of people opening the request ("bo and chen would like …").
    let mut opening_list = false;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.is_email() {
            push(Participant::Email(t.low.clone()), &mut out);
            i += 1;
            continue;
        }
        if used[i] || t.punct && t.low != "," {
            after_trigger = false;
            after_with = false;
            opening_list = false;
            i += 1;
            continue;
        }
        if matches!(t.low.as_str(), "with" | "meet" | "catch") {
            after_trigger = true;
            after_with = true;
            if let Some((len, group)) = group_at(toks, used, i + 1) {
                // "the design team (Ana, Bo)": the people listed are the ones to meet.
                match listed_in_parentheses(toks, used, i + 1 + len) {
                    Some((listed_len, people)) => {
                        for person in people {
                            push(person, &mut out);
                        }
                        i += 1 + len + listed_len;
                    }
                    None => {
                        push(Participant::Name(group), &mut out);
                        i += 1 + len;
                    }
                }
            } else if let Some((listed_len, people)) = listed_in_parentheses(toks, used, i + 2)
                .filter(|_| toks.get(i + 1).is_some_and(|t| !t.punct && !used[i + 1]))
            {
                // "w/ finance (Ines and Ravi)": the people listed, not the department.
                people.into_iter().for_each(|p| push(p, &mut out));
                i += 2 + listed_len;
            } else {
                i += 1;
            }
            continue;
        }
        // "for me and bo and chen": the people listed after "me and" are the ones to meet, as
        // after "with".
        if t.low == "me" && toks.get(i + 1).is_some_and(|n| n.low == "and") {
            after_trigger = true;
            after_with = true;
            i += 1;
            continue;
        }
        // "find time for the marketing team": a group the time is for.
        if anywhere
            && t.low == "for"
            && let Some((len, group)) = group_at(toks, used, i + 1)
        {
            i += 1 + len;
            // "for the platform crew (Oskar, Mette)": the people listed, as after "with".
            match listed_in_parentheses(toks, used, i) {
                Some((listed_len, people)) => {
                    people.into_iter().for_each(|p| push(p, &mut out));
                    i += listed_len;
                }
                None => push(Participant::Name(group), &mut out),
            }
            continue;
        }
        // "where the QA folks (Birgit, Samir) and I are free": the people listed after a group.
        if anywhere
            && let Some((len, _)) = group_at(toks, used, i)
            && let Some((listed_len, people)) = listed_in_parentheses(toks, used, i + len)
        {
            people.into_iter().for_each(|p| push(p, &mut out));
            i += len + listed_len;
            continue;
        }
        // "pencil ana in", "send bo and chen an invite": people as the verb's object.
        if anywhere && PERSON_VERBS.contains(&t.low.as_str()) {
            after_trigger = true;
            after_with = true;
            i += 1;
            continue;
        }
        // "with Tomás, Ngozi and the data team": a group further down the list.
        if after_trigger
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "and" | ",")
            && let Some((len, group)) = group_at(toks, used, i)
        {
            push(Participant::Name(group), &mut out);
            i += len;
            continue;
        }
        let opening = i == 0 && opens_with_people(toks, used, verbless);
        let name_ok = (i > 0 || opening) && (anywhere || after_trigger) && name_start(toks, used, i);
        if name_ok {
            let (k, name) = name_at(toks, used, i);
            push(Participant::Name(name), &mut out);
            i = k;
            continue;
        }
        // "bo and chen, 1h next week", "bo can't make …": lowercase names opening a request,
        // read as if after "with".
        if anywhere && opening && !t.capitalised() {
            after_trigger = true;
            after_with = true;
            opening_list = true;
        }
        if anywhere && (after_with || opening && after_trigger) && lowercase_name(toks, used, i, opening_list) {
            push(Participant::Name(t.orig.clone()), &mut out);
            i += 1;
            continue;
        }
        if !matches!(t.low.as_str(), "and" | ",") {
            after_trigger = false;
            after_with = false;
            opening_list = false;
        }
        i += 1;
    }
    out
}

/// Whether the first words of the request are people: a name followed by a list ("Ana and Bo
/// …", "Ana, Bo …") or by a verb it is the subject of ("Marco can't make …"), or, in a request
/// without a verb, a name followed by what it asks for ("Ana 30 min tomorrow"). Never a word
/// that says what the meeting is ("Lunch tomorrow").
fn opens_with_people(toks: &[Token], used: &[bool], verbless: bool) -> bool {
    let Some(first) = toks.first() else { return false };
    let low = first.low.as_str();
    if used.first().copied().unwrap_or(true) || first.punct || MEETING_NOUNS.contains(&low) || NOT_NAMES.contains(&low)
    {
        return false;
    }
    let end = if name_start(toks, used, 0) {
        name_at(toks, used, 0).0
    } else {
        1
    };
    let Some(next) = toks.get(end) else { return false };
    SUBJECT_VERBS.contains(&next.low.as_str()) || verbless && first.capitalised() && used[end]
}

/// A name starts at `i`: a capitalised word, or particles leading to one ("van der Berg").
fn name_start(toks: &[Token], used: &[bool], i: usize) -> bool {
    let mut k = i;
    while k < toks.len() && !used[k] && PARTICLES.contains(&toks[k].low.as_str()) && !toks[k].capitalised() {
        k += 1;
    }
    k < toks.len() && !used[k] && is_name_word(&toks[k])
}

/// The name starting at `i`: where it ends and its words as written.
fn name_at(toks: &[Token], used: &[bool], i: usize) -> (usize, String) {
    let mut k = i;
    let mut name = String::new();
    while k < toks.len() && name_start(toks, used, k) {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(&toks[k].orig);
        k += 1;
        // "Dr. Ngo": an honorific keeps its full stop and the name goes on.
        if HONORIFICS.contains(&toks[k - 1].low.as_str()) && toks.get(k).is_some_and(|t| t.low == ".") {
            name.push('.');
            k += 1;
        }
    }
    (k, name)
}

/// A lone lowercase word after "with" (or another word that introduces people) that ends where
/// the list of people does; in a list opening the request (`opening_list`), a verb it is the
/// subject of may follow it ("bo and chen would like …").
fn lowercase_name(toks: &[Token], used: &[bool], i: usize, opening_list: bool) -> bool {
    let t = &toks[i];
    let starts = i == 0 || {
        let prev = toks[i - 1].low.as_str();
        matches!(prev, "with" | "meet" | "catch" | "and" | ",") || PERSON_VERBS.contains(&prev)
    };
    let ends = toks.get(i + 1).is_none_or(|n| {
        n.punct
            || used[i + 1]
            || AFTER_NAME.contains(&n.low.as_str())
            || SUBJECT_VERBS.contains(&n.low.as_str()) && (opening_list || i > 0)
    });
    starts
        && ends
        && !t.capitalised()
        && !AFTER_NAME.contains(&t.low.as_str())
        && t.low.chars().all(char::is_alphabetic)
        && !NOT_PEOPLE.contains(&t.low.as_str())
        && !GROUP_WORDS.contains(&t.low.as_str())
}

fn is_name_word(t: &Token) -> bool {
    let low = t.low.as_str();
    !t.punct
        && t.capitalised()
        && !t.is_email()
        && !NOT_NAMES.contains(&low)
        && weekday(low).is_none()
        && !MONTHS.contains(&low)
}

/// `(Ana, Bo)`, `(ana and bo lima)`, `(zoe@x.com)` at `i`: its length and the people in it,
/// when every entry is one to three words or an e-mail address — lowercase words only in a list
/// of several, so that `(as usual)` stays a remark.
fn listed_in_parentheses(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, Vec<Participant>)> {
    if toks.get(i)?.low != "(" {
        return None;
    }
    let close = (i + 1..toks.len().min(i + 16)).find(|&k| toks[k].low == ")")?;
    let mut people = Vec::new();
    let mut words: Vec<&str> = Vec::new();
    let mut lowercase = false;
    for k in i + 1..=close {
        let t = &toks[k];
        if used[k] && k != close {
            return None;
        }
        if matches!(t.low.as_str(), "," | "and" | ")") {
            match words.len() {
                0 => {}
                1..=3 => people.push(Participant::Name(words.join(" "))),
                _ => return None,
            }
            words.clear();
        } else if t.is_email() {
            people.push(Participant::Email(t.low.clone()));
        } else if !t.punct && name_like(&t.low) && !NOT_PEOPLE.contains(&t.low.as_str()) {
            lowercase |= !t.capitalised();
            words.push(t.orig.as_str());
        } else {
            return None;
        }
    }
    let named = !people.is_empty() && (!lowercase || people.len() > 1);
    named.then_some((close + 1 - i, people))
}

/// True when the request has letters and none of them lowercase ("NEED 1 HOUR WITH MARCUS").
fn shouted(toks: &[Token]) -> bool {
    let letters = || toks.iter().flat_map(|t| t.orig.chars()).filter(|c| c.is_alphabetic());
    letters().nth(2).is_some() && !letters().any(char::is_lowercase)
}

/// Letters, with hyphens or apostrophes inside ("ji-woo", "o'brien").
fn name_like(low: &str) -> bool {
    low.starts_with(char::is_alphabetic) && low.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// `the design team`, `the Toronto office`: words ending in a group noun.
fn group_at(toks: &[Token], used: &[bool], i: usize) -> Option<(usize, String)> {
    if toks.get(i)?.low != "the" {
        return None;
    }
    let mut k = i + 1;
    while k < toks.len() && k < i + 4 && !used[k] && !toks[k].punct {
        if GROUP_WORDS.contains(&toks[k].low.as_str()) && k > i + 1 {
            let words: Vec<&str> = toks[i + 1..=k].iter().map(|t| t.orig.as_str()).collect();
            return Some((k + 1 - i, words.join(" ")));
        }
        k += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn people(text: &str, anywhere: bool) -> Vec<Participant> {
        let toks = tokenize(text);
        let used = vec![false; toks.len()];
        extract(&toks, &used, anywhere, false)
    }

    #[test]
    fn names_and_emails_in_order() {
        assert_eq!(
            people("find time with Bo and ana@x.com", false),
            vec![Participant::Name("Bo".into()), Participant::Email("ana@x.com".into())]
        );
        assert_eq!(
            people("with Maria Lopez", false),
            vec![Participant::Name("Maria Lopez".into())]
        );
        assert_eq!(
            people("with Ana.Silva@Example.org", false),
            vec![Participant::Email("ana.silva@example.org".into())]
        );
        assert_eq!(
            people("with the design team", false),
            vec![Participant::Name("design team".into())]
        );
        assert_eq!(people("practice Spanish daily", false), vec![]);
    }

    #[test]
    fn people_listed_after_a_group_are_the_ones_to_meet() {
        assert_eq!(
            people("with the design team (Ana, bo lima and zoe@x.com) tomorrow", false),
            vec![
                Participant::Name("Ana".into()),
                Participant::Name("bo lima".into()),
                Participant::Email("zoe@x.com".into())
            ]
        );
        // Not a list of people: the group stays.
        assert_eq!(
            people("with the design team (as usual) tomorrow", false),
            vec![Participant::Name("design team".into())]
        );
        assert_eq!(
            people("for me and bo and chen next week", true),
            vec![Participant::Name("bo".into()), Participant::Name("chen".into())]
        );
    }

    #[test]
    fn particles_groups_and_lowercase_names() {
        assert_eq!(
            people("with van der Berg on Monday", false),
            vec![Participant::Name("van der Berg".into())]
        );
        assert_eq!(
            people("find time with the Toronto office", true),
            vec![Participant::Name("Toronto office".into())]
        );
        assert_eq!(
            people("find time with jamie and Bo", true),
            vec![Participant::Name("jamie".into()), Participant::Name("Bo".into())]
        );
        assert_eq!(people("find time with my manager", true), vec![]);
        assert_eq!(people("go running with friends daily", false), vec![]);
    }
}
