//! What the request asks for (find, book, move, cancel, describe, add a task or a habit), read
//! from the verbs and set phrases it uses.

use super::lexer::Token;

/// The kind of request before its details are attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Find,
    Book,
    Reschedule,
    Cancel,
    Describe,
    Task,
    Habit,
    Clarify,
}

/// True when `phrase` occurs in `toks`; `*` in a phrase stands for any one word.
fn has(toks: &[Token], phrase: &[&str]) -> bool {
    (0..toks.len()).any(|i| {
        toks.len() >= i + phrase.len()
            && phrase.iter().enumerate().all(|(k, w)| {
                let t = &toks[i + k];
                if *w == "*" { !t.punct } else { t.low == *w }
            })
    })
}

fn any(toks: &[Token], phrases: &[&[&str]]) -> bool {
    phrases.iter().any(|p| has(toks, p))
}

const CANCEL: &[&[&str]] = &[
    &["cancel"],
    &["call", "off"],
    &["scrap"],
    &["scratch"],
    &["nix"],
    &["axe"],
    &["ditch"],
    &["delete"],
    &["drop"],
    &["remove"],
    &["get", "rid", "of"],
    &["off", "my", "calendar"],
    &["clear", "my"],
];

const RESCHEDULE: &[&[&str]] = &[
    &["reschedule"],
    &["rebook"],
    &["move"],
    &["push"],
    &["postpone"],
    &["shift"],
    &["slide"],
    &["bump"],
    &["rearrange"],
    &["delay"],
    &["bring", "forward"],
    &["instead"],
    &["change", "my"],
    &["change", "the"],
];

const TASK: &[&[&str]] = &[
    &["remind"],
    &["task"],
    &["todo"],
    &["to-do"],
    &["need", "to"],
    &["have", "to"],
    &["i", "need"],
    &["forget", "to"],
    &["i", "should"],
    &["i", "must"],
    &["i've", "got", "to"],
    &["gotta"],
    &["note", "to", "self"],
];

const DESCRIBE: &[&[&str]] = &[
    &["what", "on"],
    &["what", "my"],
    &["what", "do", "i", "have"],
    &["what", "have", "i", "got"],
    &["what", "meetings"],
    &["what", "happening"],
    &["what", "coming", "up"],
    &["what", "left"],
    &["what", "is", "left"],
    &["tell", "me", "about"],
    &["show", "me"],
    &["show", "my"],
    &["how", "does"],
    &["how", "my"],
    &["how", "*", "is", "my"],
    &["how", "*", "am", "i"],
    &["how", "*", "looking"],
    &["am", "i", "free"],
    &["am", "i", "busy"],
    &["when", "is", "my"],
    &["when", "am", "i", "meeting"],
    &["when", "am", "i", "seeing"],
    &["when", "do", "i", "meet"],
    &["when", "do", "i", "see"],
    &["overview"],
    &["look", "like"],
    &["anything", "on"],
    &["anything", "planned"],
    &["agenda"],
    &["list", "my"],
    &["do", "i", "have"],
];

const BOOK: &[&[&str]] = &[
    &["book"],
    &["schedule"],
    &["set", "up"],
    &["set", "a"],
    &["arrange"],
    &["organise"],
    &["organize"],
    &["put"],
    &["pencil"],
    &["create"],
    &["grab"],
    &["invite"],
    &["reserve"],
    &["lock", "in"],
    &["squeeze", "in"],
    &["line", "up"],
    &["on", "the", "calendar"],
    &["on", "my", "calendar"],
    &["to", "my", "calendar"],
    &["add", "a", "meeting"],
];

const FIND: &[&[&str]] = &[
    &["find"],
    &["when"],
    &["free"],
    &["slot"],
    &["slots"],
    &["opening"],
    &["openings"],
    &["window"],
    &["windows"],
    &["suggest"],
    &["options"],
    &["meet"],
    &["available"],
    &["availability"],
    &["a", "time"],
    &["some", "time"],
    &["any", "time"],
    &["good", "time"],
    &["could", "we", "do"],
    &["can", "we", "do"],
    &["does", "*", "work"],
    &["time", "for"],
    &["time", "with"],
    &["times"],
    &["get", "me"],
];

/// Classifies by keywords, most specific kind first; `recurring` says a frequency was found.
pub(crate) fn classify(toks: &[Token], recurring: bool) -> Kind {
    let order = [
        (CANCEL, Kind::Cancel),
        (RESCHEDULE, Kind::Reschedule),
        (TASK, Kind::Task),
        (DESCRIBE, Kind::Describe),
        (BOOK, Kind::Book),
        (FIND, Kind::Find),
    ];
    if recurring || has(toks, &["habit"]) || has(toks, &["routine"]) {
        return Kind::Habit;
    }
    order
        .iter()
        .find(|(words, _)| any(toks, words))
        .map_or(Kind::Clarify, |(_, k)| *k)
}

/// A request without a recognised verb that still names when and how long or with whom ("30
/// mins with kate@x.com before Friday") is asking for time; anything else stays unclear.
pub(crate) fn without_verb(kind: Kind, dated: bool, sized_or_shared: bool) -> Kind {
    if kind == Kind::Clarify && dated && sized_or_shared {
        Kind::Find
    } else {
        kind
    }
}
