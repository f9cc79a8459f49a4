//! Words of a text's layout that name no one: the numbered parts of a form ("Section B"), the
//! entries of a list of labels ("Lost Cause: my white trainers."), a document named as such
//! ("Office Memo"), a letter to "Sir or Madam", the members of a house and the turns of a
//! transcript of its proceedings ("Hon. Members: Hear, hear!"), a table of contents written in
//! title case, a catalogue's subject headings ("Keys - loss of."), a form's headings ("Home side:",
//! "Score:"), a quiz's answer key ("Mostly (c):"), an acrostic's lines, the words that move a
//! story on ("Then, halfway up"), a word said again after "after" ("Page after page"), those
//! a rule is laid down for ("Riders must remain seated"), a heading taken up again ("Method,
//! revised:"), the weather of a text laid out as a forecast ("Elbows, severe gale."), a label
//! that opens every entry of a list ("Rule: the floor is lava. Rule: …"), a greeting ("Welcome,
//! and thank you."), the subjects of a document's articles ("Article on Territory:"), the things
//! listed after what was done with them ("Spells known: Soothe Goose, Convince Door.") and a word
//! describing what a label heads ("Headline: Overrated, and uphill").

use super::super::lexer::{Token, sentences, starts_with};
use super::HONORIFICS;

/// Words that number the parts of a document or a form ("Section B", "Part 2", "Question 3").
pub(super) const PART_WORDS: &[&str] = &[
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
pub(super) fn numbered_part(toks: &[Token], i: usize, k: usize) -> Option<usize> {
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

/// "Dear Sir or Madam, I write to complain": the one a letter is written to.
pub(super) fn sir_or_madam(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1 && toks[i].low == "sir" && starts_with(toks, k, &["or", "madam"])
}

/// "Hon. Members", "The Member for Crockery", "Madam Deputy Speaker": the members of a house, the
/// seat a member sits for and its chair, as a report of its proceedings names them. (Not "Speaker
/// Johnson", "the Member of Parliament".)
pub(super) fn of_the_house(toks: &[Token], i: usize, k: usize) -> bool {
    // (Only a member said to be honourable or to sit for a seat, or a speaker addressed as one:
    // not "our Keynote Speaker", "the new Team Member".)
    let honoured = matches!(toks[i].low.as_str(), "hon" | "honourable" | "honorable")
        || i > 0
            && matches!(
                toks[i - 1].low.as_str(),
                "madam" | "mr" | "hon" | "honourable" | "honorable"
            );
    let sits_for = toks[k - 1].low == "member" && starts_with(toks, k, &["for"]);
    matches!(toks[k - 1].low.as_str(), "member" | "members" | "speaker")
        && !toks[k - 1].possessive
        && (honoured || sits_for)
        || i > 1 && toks[i - 1].low == "for" && toks[i - 2].low == "member"
}

/// Whether the colon at `colon` ends a speaker's label, a capitalised word, in a text where a
/// label is said before a colon twice or more ("Hon. Members: Hear, hear! … Hon. Members: Shame!
/// … Madam Deputy Speaker: Order!"): a turn of a transcript.
pub(super) fn turn_of_a_transcript(toks: &[Token], colon: usize) -> bool {
    // (Not "Re: Re: Priya intro call", a mail's subject, nor "Me: Priya!", one's own turn.)
    let label = |c: usize| {
        c > 0
            && toks[c].low == ":"
            && toks[c - 1].capitalised()
            && !toks[c - 1].punct
            && !matches!(toks[c - 1].low.as_str(), "re" | "fw" | "fwd" | "me" | "i")
    };
    // (One pass: a label's word seen before is said twice.)
    let mut seen = std::collections::HashSet::new();
    label(colon)
        && (1..toks.len())
            .filter(|&c| label(c))
            .any(|c| !seen.insert(toks[c - 1].low.as_str()))
}

/// "Riders must remain seated", "Passengers should …": a plural naming all of a kind, opening a
/// sentence that lays down a rule for them.
pub(super) fn rule_for_all(toks: &[Token], i: usize) -> bool {
    matches!(
        toks[i].low.as_str(),
        "candidates"
            | "contestants"
            | "delegates"
            | "guests"
            | "riders"
            | "passengers"
            | "visitors"
            | "customers"
            | "users"
            | "players"
            | "spectators"
            | "drivers"
            | "entrants"
            | "competitors"
            | "pupils"
            | "students"
            | "applicants"
            | "residents"
            | "patrons"
            | "cyclists"
            | "swimmers"
            | "diners"
            | "tenants"
    ) && toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "must" | "should" | "may" | "will" | "who" | "are" | "can" | "cannot" | "shall"
        )
    })
}

/// "Prologue: A Willow, a Knotted Rope, and a Gang of Teenagers Who Swing Out over the Water. In
/// Which the Author Declines.": a word at `i` in a sentence written in title case — every word
/// capitalised but the small ones — in a text with three such sentences or more, with no day or
/// hour in them, is a chapter's title in a table of contents.
pub(super) fn in_a_title_cased_list(toks: &[Token], i: usize) -> bool {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "over", "from", "by", "as", "but",
        "into", "up",
    ];
    let title_cased = |s: &std::ops::Range<usize>| {
        let words: Vec<&Token> = toks[s.clone()].iter().filter(|t| !t.punct).collect();
        // (Title case, not capitals: not a telegram shouted whole.)
        words.len() >= 4
            && words.iter().filter(|t| t.capitalised() && !t.in_capitals()).count() >= 3
            && !words.iter().any(|t| t.in_capitals() && t.orig.chars().count() > 2)
            && words
                .iter()
                .all(|t| t.capitalised() || SMALL.contains(&t.low.as_str()) || !t.low.starts_with(char::is_alphabetic))
            && !toks[s.clone()].iter().any(|t| {
                t.low.contains(|c: char| c.is_ascii_digit())
                    || super::super::dates::weekday(&t.low).is_some()
                    || matches!(t.low.as_str(), "today" | "tomorrow" | "tonight")
            })
    };
    // (Not those introduced: "Weekly Sync With Ana. Budget Review With Bo.")
    let introduced = i > 0 && matches!(toks[i - 1].low.as_str(), "with" | "w/" | "meet");
    let all = sentences(toks);
    !introduced
        && all.iter().filter(|s| title_cased(s)).count() >= 3
        && all.iter().any(|s| s.contains(&i) && title_cased(s))
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

/// "T - Tug, I told them. E - Everything came down. N - Now I lie beneath it.": the letter opening
/// an acrostic's line, and the word it spells out, in a text of three such lines or more, each
/// opening a sentence and its word starting with its letter (not "J - Jonas needs an hour with
/// me", "Options: A - Ana at 9, B - Bo at 10, C - Cy at 11").
pub(super) fn in_an_acrostic(toks: &[Token], i: usize, k: usize) -> bool {
    let letter = |at: usize| {
        toks[at].orig.chars().count() == 1
            && toks[at].capitalised()
            && starts_with(toks, at + 1, &["-"])
            && (at == 0 || matches!(toks[at - 1].low.as_str(), "." | "!" | "?"))
            // (The letter as written: "U" and "N" are read as "you" and "and".)
            && toks.get(at + 2).is_some_and(|w| w.orig.starts_with(&toks[at].orig) && w.capitalised())
    };
    let lines = (0..toks.len()).filter(|&at| letter(at)).count();
    lines >= 3 && k == i + 1 && (letter(i) || i > 1 && letter(i - 2))
}

/// "Then, halfway up, beside a print of ships": a word that moves a story on, opening a sentence
/// before a comma, no one.
pub(super) fn story_adverb(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && matches!(
            toks[i].low.as_str(),
            "then" | "now" | "meanwhile" | "next" | "later" | "still" | "finally" | "afterwards" | "suddenly" | "or"
        )
        && starts_with(toks, k, &[","])
}

/// "Page after page of them", "Day after day": a word said again after "after", no one.
pub(super) fn again_and_again(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1 && starts_with(toks, k, &["after"]) && toks.get(k + 1).is_some_and(|t| t.low == toks[i].low)
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
    let asks = sentences(toks).into_iter().find(|s| s.contains(&i)).is_some_and(|s| {
        toks[s.clone()].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "please" | "can" | "could" | "find" | "book" | "meet" | "move" | "cancel" | "schedule" | "?"
            )
        }) || s.clone().any(|k| super::super::dates::day_or_hour_at(toks, k))
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
        && !sentences(toks)
            .into_iter()
            .find(|s| s.contains(&i))
            .is_some_and(|s| s.clone().any(|at| super::super::dates::day_or_hour_at(toks, at)));
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

/// "If you take Kestrel Close, read on. … rejoin Kestrel Close": a name ending in a word for a
/// street, taken or gone along somewhere in the text, is the street, no one (not "meet Sarah Lane
/// tomorrow", "dinner with Dr. Street").
pub(super) fn names_a_street(toks: &[Token], i: usize, k: usize) -> bool {
    let street = k > i + 1
        && matches!(
            toks[k - 1].low.as_str(),
            "close" | "rise" | "road" | "street" | "lane" | "avenue" | "drive" | "crescent" | "terrace" | "grove"
        );
    let taken = |at: usize| {
        at > 0
            && matches!(
                toks[at - 1].low.as_str(),
                "take" | "into" | "onto" | "along" | "down" | "up" | "via" | "past"
            )
    };
    let same = |at: usize| (0..k - i).all(|d| toks.get(at + d).is_some_and(|t| t.low == toks[i + d].low));
    street && (0..toks.len()).any(|at| same(at) && taken(at))
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

/// "Middle seat: disputed. Elbows, severe gale, occasionally storm. Visibility moderate.": in a
/// text laid out as a weather forecast, known by two sentences or more opening with visibility and
/// how far it reaches, a word opening a sentence before a comma, in a sentence with no day, hour or
/// question, is the weather forecast, no one (not "Visibility poor on the A1. Ana, can we push our
/// 10am?").
pub(super) fn forecast_weather(toks: &[Token], i: usize, k: usize) -> bool {
    let opens = |at: usize| at == 0 || matches!(toks[at - 1].low.as_str(), "." | "!" | "?");
    let forecasts = (0..toks.len())
        .filter(|&at| {
            toks[at].low == "visibility"
                && opens(at)
                && toks
                    .get(at + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "good" | "moderate" | "poor" | "fair" | "very"))
        })
        .count();
    let asks = || {
        sentences(toks).into_iter().find(|s| s.contains(&i)).is_some_and(|s| {
            s.clone().any(|at| {
                super::super::dates::day_or_hour_at(toks, at)
                    || matches!(toks[at].low.as_str(), "?" | "can" | "could" | "please" | "let's")
            })
        })
    };
    k == i + 1 && opens(i) && starts_with(toks, k, &[","]) && forecasts >= 2 && !asks()
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
                    .any(|at| toks[at].low == "?" || super::super::dates::day_or_hour_at(toks, at))
        })
}

/// "Welcome, and thank you.": a greeting opening a sentence, to whoever reads it, no one (not "30
/// min with the welcome coordinator", "Welcome, Ana!").
pub(super) fn welcome_greeting(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && toks[i].low == "welcome"
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && (toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "!" | "."))
            || starts_with(toks, k, &[","])
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "and" | "to" | "back" | "home" | "aboard")))
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
        && super::names::participle(&toks[i].low)
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "," | "." | "!"))
}

/// "To whoever finds this: … Rescuers, please bring a towel.": in a text written to whoever finds
/// it, a plural opening a sentence before ", please" hails whoever comes, no one (not "Rogers,
/// please join us", nor "Lunch with whoever is around. Summers, please come along.").
pub(super) fn hailed_finders(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && toks[i].low.len() > 5
        && toks[i].low.ends_with("ers")
        && starts_with(toks, k, &[",", "please"])
        && toks
            .windows(2)
            .any(|w| w[0].low == "whoever" && matches!(w[1].low.as_str(), "finds" | "reads" | "picks"))
}

/// "Dear Adjudicators, I write as the owner …": a letter to a body of people named by their role,
/// in the plural, no one to meet (not "Dear Andreas,", "Dear Chambers,", "Dear Mr Rogers,").
pub(super) fn plural_salutation(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && i > 0
        && toks[i - 1].low == "dear"
        && starts_with(toks, k, &[","])
        // (A body known by its role only: not "Dear Chambers,", "Dear Walters,", surnames.)
        && matches!(
            toks[i].low.as_str(),
            "adjudicators"
                | "inspectors"
                | "organisers"
                | "organizers"
                | "examiners"
                | "assessors"
                | "judges"
                | "members"
                | "residents"
                | "parents"
                | "colleagues"
                | "neighbours"
                | "neighbors"
                | "customers"
                | "editors"
                | "directors"
                | "trustees"
                | "governors"
                | "managers"
                | "officers"
                | "commissioners"
                | "councillors"
                | "volunteers"
                | "subscribers"
                | "shareholders"
                | "keepers"
        )
}

/// "Negotiator, that is me, in the rain: Hello. … Negotiator: I work here.": a label the writer
/// says is themself, wherever it comes, no one (not "Ana, that is my manager", "Thanks Ben, that is
/// me done for today").
pub(super) fn declared_as_me(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && toks[i].capitalised()
        && (0..toks.len()).any(|at| {
            toks[at].low == toks[i].low
                && (starts_with(toks, at + 1, &[",", "that", "is", "me", ","])
                    || starts_with(toks, at + 1, &[",", "that's", "me", ","])
                    || starts_with(toks, at + 1, &["(", "me", ")"]))
        })
}

/// "Mine was built by me alone. … Mine has character. … which theirs does not": one's own, set
/// against another's, opening a sentence before what it was or has, no one (not "Lunch with Mine
/// on Friday", "Mine is busy on Friday", a name).
pub(super) fn ones_own(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && toks[i].low == "mine"
        && toks
            .iter()
            .any(|t| matches!(t.low.as_str(), "theirs" | "yours" | "hers" | "his"))
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && toks
            .get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "was" | "has" | "is" | "had" | "does" | "bounces"))
}

/// "Flowers can be left at the archway.": a plural opening a sentence, what can be left, sent or
/// given, is things, no one (not "Rogers can be reached on his mobile").
pub(super) fn things_left(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        // (Things, not names: not "Phillips should be sent the brief".)
        && matches!(
            toks[i].low.as_str(),
            "flowers" | "wreaths" | "donations" | "cards" | "gifts" | "letters" | "parcels" | "packages" | "boxes"
                | "bags" | "coats" | "keys" | "forms" | "messages" | "tributes" | "notes" | "results"
        )
        && matches!(toks.get(k).map(|t| t.low.as_str()), Some("can" | "may" | "should" | "will"))
        && starts_with(toks, k + 1, &["be"])
        && toks.get(k + 2).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "left" | "sent" | "placed" | "laid" | "donated" | "delivered" | "dropped" | "collected"
            )
        })
}

/// "Reconnaissance, not action: put nothing in", "Identify, don't capture:": a heading set
/// against what it is not, before a colon, no one (not "Ana, not Bo, is coming").
pub(super) fn contrast_heading(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?"))
        && (starts_with(toks, k, &[",", "not"]) || starts_with(toks, k, &[",", "don't"]))
        && toks.get(k + 3).is_some_and(|t| t.low == ":")
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
                super::names::participle(&t.low)
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
                matches!(toks[at].low.as_str(), "?" | "you" | "please") || super::super::dates::day_or_hour_at(toks, at)
            })
    };
    k == i + 1 && starts_with(toks, k, &[","]) && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?")) && {
        let all = sentences(toks);
        all.iter().any(|s| s.start == i && entry(s)) && all.iter().filter(|s| entry(s)).count() >= 3
    }
}

/// "Top row: E. Easy.": a single letter after a label's colon, ending its sentence, is a letter
/// read, no one (not "with J. Ortega").
pub(super) fn letter_read(toks: &[Token], i: usize, k: usize) -> bool {
    k == i + 1
        && i > 0
        && toks[i - 1].low == ":"
        && toks[i].orig.chars().count() == 1
        && toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "." | "!"))
        && toks.get(k + 1).is_none_or(Token::capitalised)
}

/// "If so, it is the Deliberate Cough … Does the cough come alone?": a name in title case whose
/// last word the text uses in lowercase as a common noun is a kind of that thing, no one (not
/// "the Design Team … the team", a group).
pub(super) fn named_kind(toks: &[Token], i: usize, k: usize) -> bool {
    k > i + 1
        && toks[k - 1].capitalised()
        && toks[k - 1].low.len() > 3
        && !super::words::GROUP_WORDS.contains(&toks[k - 1].low.as_str())
        && toks.iter().any(|t| t.orig == toks[k - 1].low)
}
