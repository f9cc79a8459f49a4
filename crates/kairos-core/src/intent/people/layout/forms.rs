//! Headings, labels and parts of forms and lists that name no one: numbered parts ("Section B"),
//! a list's labels ("Lost Cause:", "Rule: … Rule: …"), a notice named as such ("Office Memo"), a
//! catalogue's subject headings, a form's headings ("Score:", "Power: can always …"), a quiz's answer
//! key, a puzzle's labels, a heading taken up again or set against what it is not ("Method,
//! revised:", "Reconnaissance, not action:"), an article's subject, what a label of judgement says
//! ("Headline: Overrated,"), things listed after what was done with them ("Spells known:"), a letter
//! read after a label ("Top row: E."), a heading of two things joined ("Scope and content:") and an
//! inventory's entries ("Ruler, numbered from the right.").

use crate::intent::lexer::{Token, sentence_of, sentences, starts_with};
use crate::intent::people::HONORIFICS;

/// Words that number the parts of a document or a form ("Section B", "Part 2", "Question 3").
pub(in crate::intent::people) const PART_WORDS: &[&str] = &[
    "section",
    "part",
    "appendix",
    "annex",
    "exhibit",
    "figure",
    "chapter",
    "clause",
    "paragraph",
    "question",
    "step",
    "stage",
    "item",
    // "Series B: keys on fobs": a finding aid's series.
    "series",
];

/// Where a numbered part named at `i` ("Section B - what happened", "Part 2:") ends, when the
/// name read from `i` to `k` is one: a part word and a letter or a number, then a dash or colon.
/// (Not "Section Head Ana Lopez", "with Stage Manager Bo".)
pub(in crate::intent::people) fn numbered_part(toks: &[Token], i: usize, k: usize) -> Option<usize> {
    if !PART_WORDS.contains(&toks[i].low.as_str()) {
        return None;
    }
    let numbered = |t: &Token| {
        t.orig.chars().count() == 1 && t.orig.chars().all(|c| c.is_ascii_uppercase())
            || t.low.chars().all(|c| c.is_ascii_digit())
    };
    let end = if k == i + 2 && numbered(&toks[i + 1]) {
        k
    } else if k == i + 1 && toks.get(k).is_some_and(numbered) {
        k + 1
    } else {
        return None;
    };
    toks.get(end)
        .is_some_and(|t| matches!(t.low.as_str(), "-" | "–" | "—" | ":" | "."))
        .then_some(end)
}

/// "Flamingo Flush: my left side, … Lost Cause: my white trainers. … Sneeze Green: what happens
/// next.", "Accidental Entrant: stepped onto the dance mat …": a name of two words or three from
/// `i` to `k` opening a sentence and labelling what a colon says ("my …", "the …", "what …", or
/// any lowercase word), in a text where three sentences or more open so, is an entry of a list of
/// labels. (Not "Ana: my calendar's full, can we meet Bo tomorrow?", one speaker, nor "Priya: the
/// deck is done. Status: … Next: …" or "Dr Patel: my next opening is Friday", someone named in
/// one word or by an honorific, nor "Ana: can we meet? Bo: sure. Cy: ok", a chat.)
pub(super) fn list_entry(toks: &[Token], i: usize, k: usize) -> bool {
    // (The list known by three labels saying what a thing is or what was done, "my …", "the …",
    // "what …" or "stepped …": not "Ana Lopez: yes. Bo Chen: yes. Cy Diaz: yes.", replies.)
    let labels = |at: usize, end: usize, strict: bool| {
        starts_with(toks, end, &[":"])
            && end > at + 1
            && toks[at].capitalised()
            && !HONORIFICS.contains(&toks[at].low.as_str())
            && toks.get(end + 1).is_some_and(|t| {
                !t.punct
                    && !t.capitalised()
                    && !t.is_email()
                    && (!strict
                        || matches!(t.low.as_str(), "my" | "the" | "what")
                        || t.low.len() > 4 && t.low.ends_with("ed"))
            })
    };
    // ("No Way Out: discovered …": the label may open with a word read as no name.)
    let opens_label = sentences(toks).iter().find(|s| s.contains(&i)).is_some_and(|s| {
        k <= s.start + 3 && toks[s.start..k].iter().all(Token::capitalised) && labels(s.start, k, false)
    });
    if !opens_label {
        return false;
    }
    // Each sentence opening with capitalised words and a colon that says what a thing is.
    let entries = sentences(toks)
        .iter()
        .filter(|s| {
            let end = (s.start..s.end).find(|&e| !toks[e].capitalised() || toks[e].punct);
            end.is_some_and(|end| end > s.start && end <= s.start + 3 && labels(s.start, end, true))
        })
        .count();
    entries >= 3
}

/// "Office Memo, in a sensible grey, for my assistant": a name of two words or more ending in a
/// word for a written notice is the notice, no one.
pub(super) fn names_a_notice(toks: &[Token], i: usize, k: usize) -> bool {
    k > i + 1 && matches!(toks[k - 1].low.as_str(), "memo" | "notice" | "bulletin")
}

/// "Subjects: Libraries - hazards of. Keys - loss of.": a word opening a sentence, a dash, and
/// lowercase words ending in "of" or "upon" before the stop: a catalogue's subject heading.
pub(super) fn subject_heading(toks: &[Token], i: usize, k: usize) -> bool {
    let Some(s) = sentences(toks).into_iter().find(|s| s.contains(&i)) else {
        return false;
    };
    let last_word = toks[s.clone()].iter().rev().find(|t| !t.punct);
    // (After "Subjects:" or the like only, a word or three after the dash: not "Next steps: Bo -
    // set up a call friday at 3 to follow up on".)
    let opens = i == s.start
        || i > 1
            && toks[i - 1].low == ":"
            && matches!(
                toks[i - 2].low.as_str(),
                "subjects" | "subject" | "keywords" | "topics" | "tags"
            );
    opens
        && k == i + 1
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "-" | "–" | "—"))
        && (1..=3).contains(&toks[k + 1..s.end].iter().filter(|t| !t.punct).count())
        && toks[k + 1..s.end].iter().all(|t| t.punct || !t.capitalised())
        && last_word.is_some_and(|t| matches!(t.low.as_str(), "of" | "upon" | "about" | "on"))
}

/// "RESULTS. Mostly (c): you are a dangler.": a word before a quiz's answer in brackets, a letter,
/// keys the results, no one.
pub(super) fn answer_key(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && starts_with(toks, k, &["("])
        && toks
            .get(k + 1)
            .is_some_and(|t| t.orig.chars().count() == 1 && t.low.chars().all(|c| c.is_ascii_lowercase()))
        && starts_with(toks, k + 2, &[")"])
}

/// "Home side: me and the vicar. Away side: … Score: we need a single point": a one-word heading
/// before a colon in a form of headings, three or more of them of a capitalised word and lowercase
/// ones ("Home side:", "State of play:"), no one (not "Ana: can we meet? Bo: sure.", a chat).
pub(super) fn form_heading(toks: &[Token], i: usize, k: usize) -> bool {
    let opens = |at: usize| at == 0 || matches!(toks[at - 1].low.as_str(), "." | "!" | "?");
    let headings = (0..toks.len())
        .filter(|&at| {
            opens(at)
                && toks[at].capitalised()
                && (at + 2..toks.len().min(at + 5))
                    .any(|c| toks[c].low == ":" && toks[at + 1..c].iter().all(|t| !t.punct && !t.capitalised()))
        })
        .count();
    // (Three such headings, and nothing asked in the label's sentence: not "Status update: on
    // track. Next step: sync. Bo: please find 30 min with me tomorrow".)
    let sentence = sentence_of(toks, i);
    let dated = sentence
        .clone()
        .any(|at| crate::intent::dates::day_or_hour_at(toks, at));
    let asks = dated
        || toks[sentence].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "please" | "can" | "could" | "find" | "book" | "meet" | "move" | "cancel" | "schedule" | "?"
            )
        });
    // ("Power: can always find the thing you have lost": what something can always do, said of
    // it, asks nothing.)
    // (Only "always" or "never", with no day or hour: not "Priya: can only do Tuesday".)
    let describes = toks
        .get(k + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "can" | "could"))
        && toks
            .get(k + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "always" | "never"))
        && !dated;
    k == i + 1 && opens(i) && starts_with(toks, k, &[":"]) && headings >= 3 && (!asks || describes)
}

/// "Clue: I have a head but never think. Answer: the garden hose.": a puzzle's label opening a
/// sentence before a colon or a comma, no one (not "sync with Clue Health on Monday").
pub(super) fn puzzle_label(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && matches!(toks[i].low.as_str(), "clue" | "answer" | "hint" | "riddle")
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?" | "("))
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), ":" | ","))
}

/// "Method: hold up the millet. … Method, revised: throw the tea towel.": a heading taken up
/// again, a word opening a sentence before a comma and a word saying so, then a colon or a full
/// stop, where the same word opens another sentence as a heading before a colon, no one (not "Ana,
/// revised plan attached", "Jonas, updated: can we meet at 1pm?").
pub(super) fn heading_resumed(toks: &[Token], i: usize, k: usize) -> bool {
    let opens = |at: usize| at == 0 || matches!(toks[at - 1].low.as_str(), "." | "!" | "?");
    k == i + 1
        && opens(i)
        && starts_with(toks, k, &[","])
        && toks.get(k + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "revised" | "continued" | "resumed" | "amended" | "updated" | "concluded" | "cont'd"
            )
        })
        && toks.get(k + 2).is_some_and(|t| matches!(t.low.as_str(), ":" | "."))
        && (0..toks.len().saturating_sub(1))
            .any(|at| at != i && opens(at) && toks[at].low == toks[i].low && toks[at + 1].low == ":")
}

/// "Rule: the floor is lava. Rule: the rug is a raft. Rule: cushions are stepping stones. Rule,
/// added by the referee: …": a word opening three sentences or more before a colon, the only
/// word to open two, none of those asking anything or naming a day or an hour, labels a list's
/// entries, no one (not "Tom: are you free Tuesday? Tom: need 30 min. Tom: it's about the
/// budget.", one side of a chat).
pub(super) fn repeated_label(toks: &[Token], i: usize, k: usize) -> bool {
    let opens = |at: usize| at == 0 || matches!(toks[at - 1].low.as_str(), "." | "!" | "?");
    let mut labels: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for at in 0..toks.len().saturating_sub(1) {
        if opens(at) && toks[at].capitalised() && toks[at + 1].low == ":" {
            *labels.entry(toks[at].low.as_str()).or_default() += 1;
        }
    }
    let listed = k == i + 1
        && opens(i)
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), ":" | ","))
        && labels.get(toks[i].low.as_str()).is_some_and(|&n| n >= 3)
        && labels.values().filter(|&&n| n >= 2).count() == 1;
    listed
        && !sentences(toks).into_iter().any(|s| {
            toks[s.start].low == toks[i].low
                && toks.get(s.start + 1).is_some_and(|t| t.low == ":")
                && s.clone()
                    .any(|at| toks[at].low == "?" || crate::intent::dates::day_or_hour_at(toks, at))
        })
}

/// "Article on Territory: …", "Article on Correspondence, addressed to …": the subject of a
/// document's article, after "on" or "of" and before a colon or a comma, no one (not "Article by
/// Ana Lopez:").
pub(super) fn part_on_a_subject(toks: &[Token], i: usize, k: usize) -> bool {
    i > 1
        && matches!(toks[i - 1].low.as_str(), "on" | "of")
        // (A document's article only: not "Item on Hannah:", "Question on Tom,", "Paragraph on
        // Lindqvist:".)
        && toks[i - 2].low == "article"
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), ":" | ","))
}

/// "Spells known: Mildly Distracting Tune, Soothe Goose, Convince Door.": after a heading of a
/// plural of things and what one did with them ("Spells known:", "Places visited:", "Songs
/// played:"), what is listed to the sentence's end is those things, no one (not "Attendees: Ana
/// Lopez, Bo Chen", "Candidates shortlisted: Priya Nair", "Calls missed: Ines": people, or things
/// that come from people).
pub(super) fn things_done_listed(toks: &[Token], i: usize) -> bool {
    let Some(colon) = (0..i)
        .rev()
        .take_while(|&at| !matches!(toks[at].low.as_str(), "." | "!" | "?"))
        .find(|&at| toks[at].low == ":")
    else {
        return false;
    };
    let opens = colon >= 2 && (colon == 2 || matches!(toks[colon - 3].low.as_str(), "." | "!" | "?"));
    let things = |t: &Token| {
        t.capitalised()
            && t.low.len() > 4
            && t.low.ends_with('s')
            && !t.low.ends_with("ss")
            && !["ers", "ors", "ants", "ents", "ists", "ees", "ians"]
                .iter()
                .any(|end| t.low.ends_with(end))
            && !matches!(
                t.low.as_str(),
                "people"
                    | "guests"
                    | "members"
                    | "clients"
                    | "candidates"
                    | "friends"
                    | "students"
                    | "users"
                    | "leads"
                    | "contacts"
                    | "parents"
                    | "calls"
                    | "invites"
                    | "names"
                    | "kids"
            )
    };
    let done = |t: &Token| {
        matches!(
            t.low.as_str(),
            "known"
                | "learnt"
                | "learned"
                | "spoken"
                | "sung"
                | "played"
                | "read"
                | "visited"
                | "seen"
                | "won"
                | "cast"
                | "collected"
                | "climbed"
                | "watched"
                | "tried"
                | "tasted"
                | "written"
        )
    };
    opens && things(&toks[colon - 2]) && done(&toks[colon - 1])
}

/// "Headline: Overrated, and uphill the whole way.": a word describing what a label of judgement
/// heads ("Headline:", "Verdict:", "Status:"), done to it, right after the colon and before a comma
/// or a stop, no one (not "Attendees: Mildred, Bo", "Contact: Gottfried.").
pub(super) fn described_after_label(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && i > 1
        && toks[i - 1].low == ":"
        // (After a label of judgement only: not "Attendees: Jared, Priya", "Contact: Gottfried.")
        && matches!(
            toks[i - 2].low.as_str(),
            "headline" | "verdict" | "rating" | "status" | "result" | "outcome" | "summary" | "conclusion" | "condition"
        )
        && crate::intent::people::names::participle(&toks[i].low)
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "," | "." | "!"))
}

/// "Reconnaissance, not action: put nothing in", "Identify, don't capture:": a heading set
/// against what it is not, before a colon, no one (not "Ana, not Bo, is coming").
pub(super) fn contrast_heading(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && (starts_with(toks, k, &[",", "not"]) || starts_with(toks, k, &[",", "don't"]))
        && toks.get(k + 3).is_some_and(|t| t.low == ":")
}

/// "Top row: E. Easy.": a single letter after a label's colon, ending its sentence, is a letter
/// read, no one (not "with J. Ortega", "With: J. Please book …").
pub(super) fn letter_read(toks: &[Token], i: usize, k: usize) -> bool {
    // (After a label in lowercase that names no one: not "With: J.", "Host: D.", "Meeting with:
    // S.".)
    k == i + 1
        && i > 1
        && toks[i - 1].low == ":"
        && !toks[i - 2].capitalised()
        && toks[i - 2].low.chars().all(char::is_alphabetic)
        && !matches!(
            toks[i - 2].low.as_str(),
            "with"
                | "to"
                | "from"
                | "cc"
                | "by"
                | "for"
                | "host"
                | "organiser"
                | "organizer"
                | "attendee"
                | "attendees"
                | "contact"
                | "owner"
                | "lead"
                | "chair"
                | "who"
        )
        && toks[i].orig.chars().count() == 1
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "." | "!"))
        && toks.get(k + 1).is_none_or(Token::capitalised)
}

/// "Ruler, numbered from the right. Notebook, spiral bound on the right. Pen, quick-drying ink.":
/// an inventory, three sentences or more each a capitalised word, a comma and what it is like,
/// none asking anything or naming a day or an hour; the word is a thing listed, no one (not
/// "Ana, can you …? Bo, please … Cy, thanks.", people hailed).
pub(super) fn inventory_entry(toks: &[Token], i: usize, k: usize) -> bool {
    let entry = |s: &std::ops::Range<usize>| {
        s.len() > 3
            && toks[s.start].capitalised()
            && toks[s.start + 1].low == ","
            && toks[s.start + 2].low.starts_with(|c: char| c.is_lowercase())
            // (What it is like, done to it or in a word of two joined: not "Ana, lunch ok. Bo,
            // coffee fine.", "Tom, finance lead.")
            && toks[s.start + 2..s.start + 4].iter().any(|t| {
                crate::intent::people::names::participle(&t.low)
                    || t.low.contains('-')
                    || t.low.len() > 4 && t.low.ends_with("ly")
                    || matches!(t.low.as_str(), "bound" | "strung" | "worn" | "torn" | "spun")
            })
            && !matches!(
                toks[s.start + 2].low.as_str(),
                "can"
                    | "could"
                    | "would"
                    | "will"
                    | "please"
                    | "pls"
                    | "are"
                    | "is"
                    | "do"
                    | "we"
                    | "i"
                    | "you"
                    | "let's"
                    | "thanks"
                    | "thank"
                    | "sorry"
                    | "just"
                    | "hi"
                    | "hey"
                    | "and"
                    | "or"
            )
            && !s.clone().any(|at| {
                matches!(toks[at].low.as_str(), "?" | "you" | "please") || crate::intent::dates::day_or_hour_at(toks, at)
            })
    };
    k == i + 1 && starts_with(toks, k, &[","]) && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?")) && {
        let all = sentences(toks);
        all.iter().any(|s| s.start == i && entry(s)) && all.iter().filter(|s| entry(s)).count() >= 3
    }
}

/// "Scope and content: keys, loose and on rings.", "Terms and conditions:": a heading of two things
/// joined by "and", the second an abstract noun, before a colon, no one (not "Ana and roberto:
/// lunch?").
pub(super) fn paired_heading(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && starts_with(toks, k, &["and"])
        && toks.get(k + 1).is_some_and(|t| {
            !t.capitalised()
                && t.low.len() > 5
                && ["ent", "tion", "tions", "ment", "ments", "ness", "ity"]
                    .iter()
                    .any(|end| t.low.ends_with(end))
        })
        && toks.get(k + 2).is_some_and(|t| t.low == ":")
}

/// "filed under N where no porter will ever look": a single letter a note is filed under, no one
/// (not "with N. Okafor").
pub(super) fn filed_under(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && i > 0
        && toks[i - 1].low == "under"
        && toks[i].orig.chars().count() == 1
        && toks.get(k).is_none_or(|t| t.low != ".")
}

/// "Anatomy, of the sneeze, see Sneezing. … Elephants, see Blowing.": in a text laid out as an
/// index, known by two cross-references or more (", see" and a heading that opens an entry of its
/// own), a heading opening an entry before its comma, or after "see", is no one (not "Ana, see you
/// Monday", "Ana, see Ben about the slides. Carl, see Dana about the room.").
pub(super) fn index_entry(toks: &[Token], i: usize, k: usize) -> bool {
    // (A cross-reference to a word that itself heads an entry: not "Ana, see Ben about the slides.
    // Carl, see Dana about the room.")
    // (The words heading entries gathered once, so a long index is read in one pass.)
    let headings: std::collections::HashSet<&str> = (0..toks.len().saturating_sub(1))
        .filter(|&at| (at == 0 || matches!(toks[at - 1].low.as_str(), "." | "!" | "?")) && toks[at + 1].low == ",")
        .map(|at| toks[at].low.as_str())
        .collect();
    let cross_references = (1..toks.len().saturating_sub(1))
        .filter(|&at| {
            toks[at].low == "see"
                && toks[at - 1].low == ","
                && toks[at + 1].capitalised()
                && headings.contains(toks[at + 1].low.as_str())
        })
        .count();
    let heading = (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?")) && starts_with(toks, k, &[","]);
    let referred = i > 1 && toks[i - 1].low == "see" && toks[i - 2].low == ",";
    cross_references >= 2 && (heading || referred)
}

/// "Directions: take one with water.", "Dosage: …": a heading of instructions for use, opening a
/// sentence before its colon, no one (not "Directions Ltd", "Fresh Directions").
pub(super) fn instructions_heading(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && matches!(
            toks[i].low.as_str(),
            "directions" | "dosage" | "warnings" | "usage" | "ingredients"
        )
        && starts_with(toks, k, &[":"])
}
