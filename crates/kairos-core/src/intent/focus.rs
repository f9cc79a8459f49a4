//! The request inside a longer text: a note headed for the assistant within a pasted document
//! ("… Note for my assistant, who files these: book an hour with Ana on Friday …") is what is
//! asked, and the document around it (its headings, entries and characters) is context.

use std::ops::Range;

use super::clock::part_word;
use super::dates::{month, weekday};
use super::lexer::{Token, sentences, starts_with};
use super::people::HONORIFICS;

/// Words that tie a sentence to the request: the one asking, the assistant, the people asked,
/// the calendar, a day, a part of the day and the length of a meeting.
const LINKS: &[&str] = &[
    "i",
    "i'm",
    "i'll",
    "i've",
    "i'd",
    "me",
    "my",
    "mine",
    "myself",
    "we",
    "we're",
    "we'll",
    "us",
    "our",
    "you",
    "you're",
    "you'll",
    "your",
    "yourself",
    "them",
    "they",
    "they're",
    "they've",
    "their",
    "he",
    "she",
    "him",
    "her",
    "his",
    "calendar",
    "cal",
    "diary",
    "invite",
    "invited",
    "invitation",
    "invitations",
    "join",
    "attend",
    "hour",
    "hours",
    "minute",
    "minutes",
    "mins",
    "today",
    "tomorrow",
    "tonight",
    "week",
    "weekend",
];

/// Labels of a meeting's own details or of what is to be done, which go on a note rather than end
/// it ("Attendees: …", "Action: book it.").
const DETAILS: &[&str] = &[
    "action",
    "actions",
    "request",
    "instructions",
    "attendees",
    "participants",
    "guests",
    "date",
    "time",
    "when",
    "where",
    "who",
    "with",
    "length",
    "duration",
    "agenda",
    "location",
    "room",
    "subject",
    "topic",
    "re",
    "cc",
    "bcc",
    "ps",
    "pps",
    "nb",
    "fyi",
    "p.s",
];

/// Verbs between "assistant" and a colon that report what someone's assistant said ("Their
/// assistant wrote back: …"), heading no note to one's own.
const REPORTED: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "replied",
    "wrote",
    "writes",
    "emailed",
    "e-mailed",
    "confirmed",
    "answered",
    "reminded",
    "posted",
    "messaged",
    "texted",
    "suggested",
    "asked",
    "added",
    "mentioned",
    "explained",
    "has",
    "had",
    "is",
    "was",
    "will",
    "would",
    "can",
    "could",
];

/// How a sentence asking for something opens ("Book 90 minutes with …", "I need to meet …").
const ASKING: &[&[&str]] = &[
    &["book"],
    &["find"],
    &["schedule"],
    &["arrange"],
    &["set", "up"],
    &["move"],
    &["cancel"],
    &["reschedule"],
    &["block"],
    &["please"],
    &["pls"],
    &["can", "you"],
    &["could", "you"],
    &["would", "you"],
    &["i", "need"],
    &["i", "want"],
    &["i'd", "like"],
    &["we", "need"],
    &["let's"],
];

/// Fewest words the document must hold before a note, or after it, for the note to be read on
/// its own.
const SURROUNDING_WORDS: usize = 15;

/// Fewest words after a note for sentences that say nothing of the request to be the document
/// taken up again (a heading or a label is, however short).
const DOCUMENT_AFTER: usize = 12;

/// Most tokens from "assistant" to the colon of the line it heads.
const HEADING_TOKENS: usize = 32;

/// Words a line heading a note names it by ("a line for the assistant that manages my calendar.").
const NOTE_WORDS: &[&str] = &[
    "line",
    "lines",
    "note",
    "notes",
    "word",
    "words",
    "message",
    "memo",
    "aside",
    "reminder",
    "instructions",
    "entry",
    "item",
    "request",
    "postscript",
    "paragraph",
];

/// Most tokens from "assistant" to the full stop of a line heading the sentences after it.
const SHORT_HEADING: usize = 12;

/// The tokens of the note to the assistant in `toks`, when the text is a document holding one:
/// from the colon of the line that heads it ("A line for my assistant, who reads this:") to the
/// end of the brackets it stands in, or to where the document takes up again. None when a
/// sentence before the note already asks for something ("Book 90 minutes with the design team
/// on Monday. Note to my assistant: cc Sarah Kim."), the note then adding to it.
pub(crate) fn note(toks: &[Token]) -> Option<Range<usize>> {
    // (The first line that heads one: "…, which is how my assistant can tell a line is meant for
    // my cal & has nothing to do w/ the sorting:" is headed by the calendar, not the assistant
    // who can tell.)
    let (named, heading) = (0..toks.len())
        .filter(|&i| addressed(toks, i))
        .find_map(|i| Some((i, heading_end(toks, i)?)))?;
    let start = named + heading + 1;
    if asked_before(toks, named) {
        return None;
    }
    let end = bracket_end(toks, named, start).unwrap_or_else(|| resumes(toks, named, start));
    let words = |range: Range<usize>| toks[range].iter().filter(|t| !t.punct).count();
    let surrounded = words(0..named) >= SURROUNDING_WORDS || words(end..toks.len()) >= SURROUNDING_WORDS;
    (surrounded && words(start..end) > 3).then_some(start..end)
}

/// True when `toks[i]` is "assistant" said of one's own: "my assistant", "my faithful
/// assistant", "Dear assistant", "good assistant", "our assistant", a note "for the assistant"
/// or "to the assistant that keeps my diary", or called on ("Assistant, …"), or "whoever" keeps
/// one's calendar ("for whoever looks after my calendar"); not someone else's
/// ("their assistant", "the dental assistant", "signed by the assistant"), nor a label in a list
/// of roles or a transcript ("Assistant: Jane Smith").
fn addressed(toks: &[Token], i: usize) -> bool {
    // "a note for whoever looks after my calendar": the one keeping it, however named (not "Thanks
    // to whoever cleaned up my calendar").
    if toks[i].low == "whoever" {
        return i > 0
            && matches!(toks[i - 1].low.as_str(), "for" | "to")
            && !(i > 1 && toks[i - 2].low == "thanks")
            && keeps_my_calendar(toks, i + 1);
    }
    // ("Before the pestle comes out, a to-do for my list and nowhere else:": one's own to-do list,
    // a to-do named before it, as the calendar is.)
    let to_do_list = bare(&toks[i]) == "list"
        && i > 1
        && toks[i - 1].low == "my"
        && toks[i.saturating_sub(5)..i - 1]
            .iter()
            .any(|t| matches!(t.low.as_str(), "to-do" | "todo" | "task"));
    // ("my way of telling a cal line apart from a stores line:": texting's "cal" too.)
    if matches!(bare(&toks[i]), "calendar" | "diary" | "cal") || to_do_list {
        return for_the_calendar(toks, i);
    }
    // ("The final flag on this board is the chequered one, for my to-do list and nothing else:":
    // one's own to-do list, read as one's own list.)
    if bare(&toks[i]) == "list"
        && i > 1
        && matches!(toks[i - 1].low.as_str(), "to-do" | "todo")
        && toks[i - 2].low == "my"
    {
        let mut as_my_list = toks.to_vec();
        as_my_list.remove(i - 1);
        return for_the_calendar(&as_my_list, i - 1);
    }
    // "Note to self, stuck in here while I remember it - for my own to-do list:": a note the
    // writer leaves themself.
    if toks[i].low == "self" {
        return i > 1 && toks[i - 1].low == "to" && NOTE_WORDS.contains(&bare(&toks[i - 2]));
    }
    // "For the person who keeps my diary, and to be taken off before this goes to the printer:":
    // the one keeping it, described.
    if matches!(toks[i].low.as_str(), "person" | "one")
        && i > 1
        && toks[i - 1].low == "the"
        && matches!(toks[i - 2].low.as_str(), "for" | "to")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "who" | "that"))
    {
        return keeps_my_calendar(toks, i + 1);
    }
    // "Separately, and nothing to do with the induction:": a line set apart from the document at
    // its opening, with nothing said of whom it is for.
    if toks[i].low == "nothing" && starts_with(toks, i + 1, &["to", "do", "with"]) {
        let sentence_start = (0..i)
            .rev()
            .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?"))
            .map_or(0, |k| k + 1);
        return i - sentence_start <= 3;
    }
    if toks[i].low != "assistant" {
        return false;
    }
    let is = |k: usize, words: &[&str]| words.contains(&toks[k].low.as_str()) && !toks[k].possessive;
    let mine = i > 0 && is(i - 1, &["my", "our", "dear", "good"])
        || i > 1 && is(i - 2, &["my", "dear"]) && !toks[i - 1].punct && !toks[i - 1].possessive;
    let headed = i > 1 && is(i - 1, &["the"]) && is(i - 2, &["for", "to"]);
    let called = (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?" | "," | "("))
        && toks.get(i + 1).is_some_and(|t| t.low == ",");
    mine || headed || called
}

/// True when "my calendar" (or diary, schedule) is named within the five tokens from `from`
/// ("whoever looks after my calendar", "the person who keeps my diary").
fn keeps_my_calendar(toks: &[Token], from: usize) -> bool {
    toks.get(from..)
        .unwrap_or_default()
        .iter()
        .take(5)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[0].low == "my" && matches!(w[1].low.as_str(), "calendar" | "diary" | "schedule" | "cal"))
}

/// A token's lowercase word without the bracket that may open it ("[Diary" is "diary").
fn bare(t: &Token) -> &str {
    t.low.trim_start_matches(['[', '('])
}

/// True when the calendar or diary at `i` is where the line it stands in is headed, with no
/// assistant named: a label opening the line ("CALENDAR - not part of the listing: …", "Diary -
/// a line for my calendar, not for the chalk: …"), or a note "for my calendar" or "to the diary"
/// ("[Not a prop - a change to the diary, and not for the crew: …]"); not "the calendar" said in
/// passing ("Diary of a nobody", "put it in my calendar").
fn for_the_calendar(toks: &[Token], i: usize) -> bool {
    // ("[calendar - not a haiku …:": or opening brackets.)
    let bracketed = toks[i].orig.starts_with(['[', '(']);
    let opens_line = i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?" | "(" | "[") || bracketed;
    let capitalised = toks[i]
        .orig
        .trim_start_matches(['[', '('])
        .starts_with(char::is_uppercase);
    // ("Diary (the instructor's own, nothing to do with the pupil):": or an aside.)
    let dash = toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "-" | "–" | "—" | ":" | "("));
    // "P.S. - calendar, not for the letters page:", "…, diary, not for the cookbook:": the
    // calendar set against the document it stands in.
    let not_for = toks.get(i + 1).is_some_and(|t| t.low == ",")
        && starts_with(toks, i + 2, &["not"])
        && toks
            .get(i + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "for" | "part"));
    // "Diary, to close these notes, and not for the players:": a label opening the line, set
    // against the document further on, before the colon.
    let set_against = opens_line
        && capitalised
        && toks.get(i + 1).is_some_and(|t| t.low == ",")
        && contrasted(&toks[i + 2..line_end(toks, i + 2)]);
    // "Ahead of the programme notes, a diary query, and only a query:": a note of the calendar's
    // own kind, after "a" opening its line or set off by a comma; "[Calendar business, written in
    // the margin …:", "Calendar first, before this estimate goes out:": or opening it.
    let of_note = |t: &Token| {
        NOTE_WORDS.contains(&t.low.as_str())
            || matches!(t.low.as_str(), "query" | "question" | "business" | "matter" | "matters")
    };
    // ("Last exposure on this sheet is a calendar query, not a photograph:": or one set against
    // what the document holds, closing the line.)
    let not_the_documents = i > 0
        && toks[i - 1].low == "a"
        && toks.get(i + 1).is_some_and(of_note)
        && toks.get(i + 2).is_some_and(|t| t.low == ",")
        && starts_with(toks, i + 3, &["not"])
        && line_end(toks, i + 3) < toks.len()
        && toks[line_end(toks, i + 3)].low == ":";
    // ("Here the needle stops for a calendar question, flagged with a safety pin so that nobody takes
    // it for a stitch:": or one stopped "for", the line closing at a colon.)
    // (The line after the calendar's name closing at a colon, with no day or hour before it.)
    let colon = line_end(toks, i + 1);
    let closes_at_colon = colon < toks.len() && toks[colon].low == ":" && !timed(&toks[i + 1..colon]);
    let stopped_for = i > 1
        && toks[i - 1].low == "a"
        && toks[i - 2].low == "for"
        && toks.get(i + 1).is_some_and(of_note)
        && closes_at_colon;
    // ("At the bottom, in the green pen I keep only for calendar business: delete …": or the
    // calendar's business named after "for", closing the line.)
    let business_for = i > 0
        && toks[i - 1].low == "for"
        && toks.get(i + 1).is_some_and(of_note)
        && toks.get(i + 2).is_some_and(|t| t.low == ":");
    // ("under a felt-tip star, which on my clipboard marks a diary item:": or what a mark means,
    // closing the line; "because on this sheet a blue plaster means a calendar entry and nothing to
    // do with the chiller:" too, set against the document before the colon.)
    // (A calendar's note, "a cal line", "a diary item", after one of `verbs`.)
    let a_note_after = |verbs: &[&str]| {
        i > 1
            && toks[i - 1].low == "a"
            && verbs.contains(&toks[i - 2].low.as_str())
            && toks.get(i + 1).is_some_and(of_note)
    };
    let marks_a_note = a_note_after(&["marks", "means", "meant", "mark", "signals"])
        && (toks.get(i + 2).is_some_and(|t| t.low == ":")
            || closes_at_colon
                && (starts_with(toks, i + 2, &["and", "not"]) || starts_with(toks, i + 2, &["and", "nothing"])));
    // ("Inside a box drawn round with diagonal hatching, …, which is how I keep calendar business
    // apart from the racks:": or the calendar's business kept apart from the document, closing
    // the line; "which on my cards sorts a cal line out from the wheel rules:" too.)
    let kept_apart = toks.get(i + 1).is_some_and(of_note)
        && (starts_with(toks, i + 2, &["apart", "from"])
            || starts_with(toks, i + 2, &["separate", "from"])
            || starts_with(toks, i + 2, &["out", "from"]))
        && closes_at_colon;
    // ("STAND - the call that brings the bells to rest, …, which on my method cards means the
    // ringing has stopped and what follows is for the calendar:": or what follows said to be for
    // the calendar, closing the line.)
    let what_follows = i > 3
        && matches!(toks[i - 1].low.as_str(), "the" | "my")
        && starts_with(toks, i - 4, &["follows", "is", "for"])
        && colon == i + 1
        && closes_at_colon;
    // ("which on my cards marks a line as cal stuff & not forge stuff:": or the line a mark makes
    // the calendar's, closing the line.)
    // (Only "marks a line as": not "and flag this note as calendar stuff:", what is asked
    // before it.)
    let marked_as = i > 3
        && toks[i - 1].low == "as"
        && NOTE_WORDS.contains(&toks[i - 2].low.as_str())
        && toks[i - 3].low == "a"
        && matches!(toks[i - 4].low.as_str(), "marks" | "mark")
        && toks
            .get(i + 1)
            .is_some_and(|t| of_note(t) || matches!(t.low.as_str(), "stuff" | "work" | "business" | "job" | "jobs"))
        && closes_at_colon;
    // ("…, which is how i tell a cal line from a feed rule on my cards:": or told from the
    // document's lines, closing the line.)
    let told_from = a_note_after(&["tell", "telling", "know", "knowing", "distinguish"])
        && starts_with(toks, i + 2, &["from"])
        && closes_at_colon;
    let kind_of_note = not_the_documents
        || told_from
        || marked_as
        || kept_apart
        || what_follows
        || stopped_for
        || marks_a_note
        || business_for
        || i > 0
        && matches!(toks[i - 1].low.as_str(), "a" | "one")
        && (i == 1 || matches!(toks[i - 2].low.as_str(), "," | "." | "!" | "?" | "-" | "–" | "—"))
        && toks.get(i + 1).is_some_and(of_note)
        // (Then a comma and, before the colon, the document set against it or put after it: not
        // "Calendar matters: the spring fair …", "Calendar business, as usual, is handled by the
        // office:", "Diary first - it's all we have", a document's own lines.)
        || opens_line
            && (capitalised || bracketed)
            && toks.get(i + 1).is_some_and(|t| of_note(t) || t.low == "first")
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "," | "-" | "–" | "—"))
            && toks[i + 3..line_end(toks, i + 3)]
                .iter()
                .any(|t| matches!(t.low.as_str(), "not" | "before" | "ahead"));
    let label = opens_line && (capitalised || bracketed) && dash || not_for || set_against || kind_of_note;
    let sentence_start = (0..i)
        .rev()
        .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?"))
        .map_or(0, |k| k + 1);
    let noted = i > 1
        && matches!(toks[i - 1].low.as_str(), "my" | "the")
        && matches!(toks[i - 2].low.as_str(), "for" | "to")
        && toks[sentence_start..i - 2]
            .iter()
            .any(|t| NOTE_WORDS.contains(&bare(t)) || bare(t) == "change");
    // "END OF WELCOME PACK. Also - for the calendar, and nothing to do with the choir:": a line
    // opening, after a word or two, with whom it is for.
    // ("One more thing - for my calendar, and not to be read out from the stage:".)
    // (Set apart by a dash or "PS" or "also", or a contrast after: not "Dates for the diary: …",
    // "Ideas for the calendar: …", a document's own heading.)
    // ("Not part of the script, and for my calendar only:", "(Pencilled between the classes, for my
    // calendar and not for the show:": or one's own calendar, ending its phrase, set against the
    // document before or after it, in a line opening a little further on; not "Not part of the
    // plan, but for the calendar committee:", "Ideas for the calendar and not for the newsletter:".)
    let lead = toks.get(sentence_start..i.saturating_sub(2)).unwrap_or_default();
    let own = i > 0
        && toks[i - 1].low == "my"
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "," | ":" | "and" | "only" | "alone" | "rather" | "-" | "–" | "—"
            )
        });
    // ("Scrawled on the back of my copy, for the diary and nobody else:": or kept from everyone
    // else, however far into its line; "SPUN OFF THE END OF THE HANDOUT, AND FOR MY CALENDAR RATHER
    // THAN THE BAG:" too.)
    let and_not = own && (starts_with(toks, i + 1, &["and", "not"]) || starts_with(toks, i + 1, &["rather", "than"]));
    // (Closing the line: not "for the diary and nobody else writes in it:", "Dates for the diary
    // and no excuses this time:"; "for the calendar and no one else:", "a to-do for my list and
    // nowhere else:" as well.)
    let nobody_else = [
        &["and", "nobody", "else", ":"][..],
        &["and", "no", "one", "else", ":"],
        &["and", "no-one", "else", ":"],
        &["and", "nowhere", "else", ":"],
        &["and", "nothing", "else", ":"],
    ]
    .iter()
    .any(|words| starts_with(toks, i + 1, words));
    // ("Turned into the heap by mistake and fished out again for my calendar:": or one's own
    // calendar closing a line that opens with what was done to the note; "Marked on the last
    // boundary stone, for my calendar only:", "Bolted onto the sheet between the rules and the
    // tools, a query for my calendar alone:" too.)
    let only = usize::from(
        toks.get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "only" | "alone")),
    );
    let done = |lead: &[Token]| {
        lead.first().is_some_and(|t| {
            t.capitalised()
                // ("Tied off between the pegging and the strike, …": "tied" too, not "Reed".)
                && (t.low.len() > 4 && t.low.ends_with("ed")
                    || t.low == "tied"
                    || matches!(t.low.as_str(), "written" | "spun" | "stuck" | "hung"))
        })
        // (Where it was put, past a few words, and no one doing it: not "Finished reading the minutes
        // … and I have the action points for my calendar:".)
        && (lead.len() <= 4
            || lead.iter().any(|t| {
            matches!(
                t.low.as_str(),
                "on" | "onto" | "into" | "in" | "to" | "under" | "inside" | "across" | "between" | "beside" | "off"
                    | "at" | "out" | "over" | "behind" | "beneath" | "below" | "above" | "round" | "around"
            )
        }))
        && !lead.iter().any(|t| matches!(t.low.as_str(), "i" | "i've" | "i'm" | "we"))
    };
    let done_to_the_note = own && toks.get(i + 1 + only).is_some_and(|t| t.low == ":") && done(lead);
    // ("Written in green, and green on my sheets always means the calendar:", "Stamped in the middle
    // of the card with the little rubber DIARY stamp …, so that it can't get mixed up with the
    // method:": or the calendar said to be what a mark means, or its name stamped in capitals, in
    // such a line closing at a colon, nothing timed after it.)
    let marked = i > 1
        && closes_at_colon
        && (matches!(toks[i - 1].low.as_str(), "the" | "my")
            && matches!(toks[i - 2].low.as_str(), "means" | "meant" | "mean")
            // ("… which on my cards means the calendar and not the clippers:": or set against the
            // document.)
            && (colon == i + 1 || starts_with(toks, i + 1, &["and", "not"]))
            // ("with a knot of red wool that on this crew means for the calendar and not the
            // field:": or for the calendar, set against the document.)
            || i > 2
                && matches!(toks[i - 1].low.as_str(), "the" | "my")
                && toks[i - 2].low == "for"
                && matches!(toks[i - 3].low.as_str(), "means" | "meant" | "mean")
                && (colon == i + 1 || starts_with(toks, i + 1, &["and", "not"]))
            || toks[i].orig.len() > 3
                && toks[i].orig.chars().all(char::is_uppercase)
                && toks[sentence_start..colon]
                    .iter()
                    .any(|t| t.orig.chars().any(char::is_lowercase)))
        && done(&toks[sentence_start..i])
        // ("Index of the album, filed under C for Calendar and put ahead of every label so that it
        // gets seen:": or filed under the calendar's name, capitalised, after a comma.)
        || i > 1
            && closes_at_colon
            && toks[i].capitalised()
            && toks[i - 1].low == "for"
            && toks[sentence_start..i].windows(3).any(|w| {
                w[0].low == ","
                    && matches!(
                        w[1].low.as_str(),
                        "filed" | "stamped" | "marked" | "tagged" | "labelled" | "labeled" | "headed" | "flagged"
                    )
                    && matches!(w[2].low.as_str(), "under" | "as" | "with")
            });
    // ("Recorded under 'other observations', though it belongs in my calendar:", "In the column
    // headed 'anything else', though it's really one for my own calendar:": or conceded to be the
    // calendar's, one's own calendar closing the line.)
    let conceded = own
        && toks.get(i + 1).is_some_and(|t| t.low == ":")
        && lead.iter().any(|t| matches!(t.low.as_str(), "though" | "although"));
    let set_apart = done_to_the_note
        || conceded
        || lead
            .iter()
            .any(|t| matches!(t.low.as_str(), "-" | "–" | "—" | "ps" | "p.s" | "also" | "separately"))
        || own && contrasted(lead)
        || toks.get(i + 1).is_some_and(|t| t.low == ",")
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "not" | "and" | "nothing"))
        || and_not
        || nobody_else;
    // (How far into its line: a few words, more for one's own calendar, most when it is set
    // against the document or kept from everyone else: "(Not for the class, and not to be
    // photocopied - for my calendar:".)
    let reach = if done_to_the_note || conceded {
        16
    } else if own && (contrasted(lead) || and_not) || nobody_else {
        12
    } else if own {
        6
    } else {
        4
    };
    // ("The last gap on this list isn't for a card - it's for my calendar:": reckoned from the dash
    // that sets the line apart, when one does.)
    let clause_start = lead
        .iter()
        .rposition(|t| matches!(t.low.as_str(), "-" | "–" | "—"))
        .map_or(sentence_start, |d| sentence_start + d + 1);
    // ("… and growing in a different jar altogether - my calendar:": or one's own calendar right
    // after the dash, closing the line.)
    let dashed_label = own
        && toks.get(i + 1).is_some_and(|t| t.low == ":")
        && i > 1
        && matches!(toks[i - 2].low.as_str(), "-" | "–" | "—");
    let opened_for = dashed_label
        || i > 1
            && matches!(toks[i - 1].low.as_str(), "my" | "the")
            && (toks[i - 2].low == "for" || conceded && toks[i - 2].low == "in")
            && i - 2 - clause_start <= reach
            && set_apart;
    // (What a mark does with the line, below: no one doing it, "I copied the line into my
    // calendar: …", and the line named, "a line", "the line", "this entry".)
    let someone_does = |words: &[Token]| {
        words
            .iter()
            .any(|t| matches!(t.low.as_str(), "i" | "i've" | "i'd" | "i'm" | "we" | "we've"))
    };
    let names_the_line = |words: &[Token]| {
        words.windows(2).any(|w| {
            matches!(w[0].low.as_str(), "a" | "an" | "the" | "this") && NOTE_WORDS.contains(&w[1].low.as_str())
        })
    };
    // ("…, which on my sheets lifts a line out of the sorting room's rules and into my calendar:":
    // or a line said to go into one's own calendar, closing the line, in a mark's "which ….")
    // ("… pulls a line out of the size house & drops it straight into my cal, & here it is:": the
    // line then shown, closing it.)
    let shown_here = closes_at_colon && colon <= i + 6 && toks[i + 1..colon].iter().any(|t| t.low == "here");
    let lifted_into = i > 1
        && toks[i - 1].low == "my"
        && toks[i - 2].low == "into"
        && (toks.get(i + 1).is_some_and(|t| t.low == ":") || shown_here)
        && toks[sentence_start..i].iter().any(|t| t.low == "which")
        && !someone_does(&toks[sentence_start..i])
        && names_the_line(&toks[sentence_start..i - 2]);
    // ("…, which on my cards says the line belongs to my own cal & the track can ignore it:",
    // "…, which in my standing orders shows that an entry concerns my own calendar and no guard
    // need act on it:": or the line a mark's "which …" says is one's own calendar's, closing the
    // line; not "which I think concerns my calendar:", nor "the budget belongs to my calendar:".)
    // ("…, which is how my assistant can tell a line is meant for my cal & has nothing to do w/ the
    // sorting:": or is meant for it.)
    // ("… and on my checklists a hog ring hung there says the line is for my calendar and has no
    // place on the roof:": or what a mark "says" the line is, for one's calendar.)
    let belongs = i > 2
        && toks[i - 1].low == "my"
        && (starts_with(toks, i - 3, &["belongs", "to"])
            || matches!(toks[i - 2].low.as_str(), "concerns" | "concern")
            || toks[i - 2].low == "for" && matches!(toks[i - 3].low.as_str(), "meant" | "intended")
            || starts_with(toks, i - 3, &["is", "for"])
                && i > 5
                && names_the_line(&toks[i - 5..i - 3])
                && matches!(toks[i - 6].low.as_str(), "says" | "means" | "shows" | "tells"))
        && closes_at_colon
        && toks[sentence_start..i]
            .iter()
            .rposition(|t| matches!(t.low.as_str(), "which" | "says" | "means" | "shows" | "tells"))
            .is_some_and(|w| {
                let said = &toks[sentence_start + w..i];
                !someone_does(said) && names_the_line(said)
            });
    // ("The sliver of oak nailed through the page beside this line, …, signs the line over to my
    // calendar and keeps the dock out of it:", "The stub of spent welding rod threaded … either
    // side of this entry, …, makes an entry my calendar's concern …:": or what a mark placed at
    // "this line" or "this entry" does with the line, one's own calendar a few words after the
    // line named, closing the line, no one doing it; not "I copied this line into my calendar:".)
    let mark_says = i > 2
        && toks[i - 1].low == "my"
        && closes_at_colon
        && toks[sentence_start..i]
            .windows(2)
            .any(|w| w[0].low == "this" && matches!(w[1].low.as_str(), "line" | "entry"))
        && names_the_line(&toks[i.saturating_sub(6).max(sentence_start)..i - 1])
        && !someone_does(&toks[sentence_start..i])
        // (Not "keeps the entry out of my calendar", nor "Last month the foreman's sticker … made
        // the entry my calendar's problem:", a story.)
        && !(toks[i - 2].low == "of" && toks[i - 3].low == "out")
        && !toks[sentence_start..i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "last" | "yesterday" | "ago" | "once"));
    label || noted || opened_for || marked || lifted_into || belongs || mark_says
}

/// "not for the players", "not part of the report": words setting a line against the document
/// it stands in.
fn contrasted(words: &[Token]) -> bool {
    words
        .windows(2)
        .any(|w| w[0].low == "not" && matches!(w[1].low.as_str(), "for" | "part"))
}

/// Where the line from `from` ends: at its colon or the end of its sentence, within
/// [`HEADING_TOKENS`].
fn line_end(toks: &[Token], from: usize) -> usize {
    (from..toks.len().min(from + HEADING_TOKENS))
        .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?" | ":"))
        .unwrap_or_else(|| toks.len().min(from + HEADING_TOKENS))
}

/// Where, from "assistant" at `i`, the colon closing the line it heads stands ("Note for my
/// assistant, who files these:"), within its sentence and a few words, or the full stop of a short
/// line heading the sentences after it ("a line for the assistant that manages my calendar."),
/// with no verb reporting what an assistant said before it ("the assistant said: …", "my
/// assistant has the details, agenda: …") and no day, hour or length in a line ending so.
fn heading_end(toks: &[Token], i: usize) -> Option<usize> {
    let line = toks[i..]
        .iter()
        .take(HEADING_TOKENS)
        .take_while(|t| !matches!(t.low.as_str(), "." | "?" | "!"));
    let colon = line.clone().position(|t| t.low == ":");
    // (A line naming itself a note, up to "for" or "to" the assistant: not "Please reply to my
    // assistant.", "Cc'ing my assistant.", sentences of a letter.)
    let sentence = whole_sentences(toks)
        .into_iter()
        .find(|s| s.contains(&i))
        .unwrap_or(i..i + 1);
    let named_a_note = toks[sentence.start..i]
        .iter()
        .any(|t| NOTE_WORDS.contains(&t.low.as_str()))
        && toks[sentence.start..i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "for" | "to"));
    let stop = || {
        let len = line.clone().count();
        (named_a_note
            && len <= SHORT_HEADING
            && toks.get(i + len).is_some_and(|t| t.low == ".")
            && !timed(&toks[i..i + len]))
        .then_some(len)
    };
    // ("… & that's my assistant's cue - whoever minds my cal - that the line is calendar business,
    // not packing. here goes: …": or a line saying the calendar's, then a short one showing it.)
    let shown = || {
        let len = line.clone().count();
        toks[i..i + len]
            .iter()
            .any(|t| matches!(bare(t), "calendar" | "cal" | "diary"))
            .then(|| shown_after(toks, i + len))
            .flatten()
            .map(|colon| colon - i)
    };
    let end = colon.or_else(stop).or_else(shown)?;
    // (Only in the clause whose subject the assistant is: not "for my assistant, who has been
    // asked to check:", "to the assistant who keeps my diary and will type these up:".)
    let described = toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "who" | "that" | "which"));
    // (A clause describing the assistant still reports when it closes on a verb of saying: "my
    // assistant who was cc'd wrote:", "the assistant that Ana has replied:".)
    let closing_verb = || {
        let before: Vec<&Token> = toks[i + 1..i + end].iter().rev().take(2).collect();
        let says = |t: &Token| {
            REPORTED.contains(&t.low.as_str())
                && !matches!(
                    t.low.as_str(),
                    "has" | "had" | "is" | "was" | "will" | "would" | "can" | "could"
                )
        };
        before.first().is_some_and(|t| says(t))
            || before.first().is_some_and(|t| matches!(t.low.as_str(), "me" | "us"))
                && before.get(1).is_some_and(|t| says(t))
    };
    let reported = if described {
        closing_verb()
    } else {
        // (Up to a comma or a dash: "my assistant (you keep my cal) - the top of this page is
        // yours:" heads a note, a new clause after the dash.)
        // ("the line is calendar work for my assistant and has nothing to do with the lehr:": nor
        // a line set against the document, nothing said.)
        // ("… says the line belongs to my own cal & the track can ignore it:": nor past "and" and
        // another clause's subject.)
        let another_subject = |k: usize| {
            toks[k].low == "and"
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "the" | "no" | "nobody" | "none" | "any"))
        };
        (i + 1..i + end)
            .take_while(|&k| !matches!(toks[k].low.as_str(), "," | "-" | "–" | "—") && !another_subject(k))
            .any(|k| {
                REPORTED.contains(&toks[k].low.as_str())
                    && !starts_with(toks, k + 1, &["nothing", "to", "do", "with"])
                    // ("… is for my calendar and has no place on the roof:": what the line has not.)
                    && !(matches!(toks[k].low.as_str(), "has" | "had") && starts_with(toks, k + 1, &["no"]))
            })
    };
    (!reported).then_some(end)
}

/// The colon of a short line right after the full stop at `dot` that only shows what follows
/// ("here goes:", "it reads:", "as follows:").
fn shown_after(toks: &[Token], dot: usize) -> Option<usize> {
    if toks.get(dot)?.low != "." {
        return None;
    }
    let colon = (dot + 1..toks.len().min(dot + 6)).find(|&k| toks[k].low == ":")?;
    let words = &toks[dot + 1..colon];
    (!words.is_empty()
        && words.iter().all(|t| !t.punct)
        && words
            .iter()
            // ("… and has nothing to do with the orchard. It says: …")
            .any(|t| matches!(t.low.as_str(), "here" | "goes" | "reads" | "follows" | "runs" | "says")))
    .then_some(colon)
}

/// True when a sentence before the note's heading already asks for something: it opens as a
/// request does and names a day, an hour or a length (not "Please tick each box.").
fn asked_before(toks: &[Token], named: usize) -> bool {
    whole_sentences(toks)
        .into_iter()
        .filter(|s| s.end <= named)
        .any(|s| ASKING.iter().any(|phrase| starts_with(toks, s.start, phrase)) && timed(&toks[s]))
}

/// True when `toks` name a day, a part of the day, an hour or a length.
fn timed(toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        weekday(&t.low).is_some()
            || month(&t.low).is_some()
            || part_word(&t.low).is_some()
            || t.low.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                t.low.as_str(),
                "today" | "tomorrow" | "tonight" | "week" | "weekend" | "hour" | "hours" | "minutes" | "mins"
            )
    })
}

/// Where the brackets the note stands in close ("[A line for my assistant: …] Rule: …", "<< For my
/// assistant, …: … >> Stretching: …").
fn bracket_end(toks: &[Token], named: usize, start: usize) -> Option<usize> {
    // ("<< For my assistant, …: … >>": chevrons a few words before the note's name close at their
    // own pair only, when it comes; not "<< Back to patterns", a page's link.)
    let chevron = toks[named.saturating_sub(4)..named]
        .iter()
        .any(|t| t.orig.starts_with("<<") || t.orig.starts_with('«'));
    if chevron
        && let Some(close) = (start..toks.len()).find(|&j| toks[j].orig.ends_with(">>") || toks[j].orig.ends_with('»'))
    {
        return Some(close + 1);
    }
    let opens = |t: &Token| t.orig.starts_with(['[', '(']);
    let closes = |t: &Token| t.orig.ends_with([']', ')']) || t.low == ")";
    let mut depth = 0_i32;
    // ("[Diary, written across the foot of the page …:": the word naming the note may open them,
    // unless they close before the note does: "[Diary - week 49]: Mon: …".)
    for (k, t) in toks[..=named].iter().enumerate().rev() {
        if closes(t) && k < named {
            depth -= 1;
        }
        if opens(t) {
            depth += 1;
            if depth > 0 {
                if toks[named..start].iter().any(closes) {
                    return None;
                }
                // (Brackets inside the note close before it does: "with Kai (the new registrar)".)
                let mut inside = 1_i32;
                for (j, u) in toks.iter().enumerate().skip(start) {
                    inside += i32::from(opens(u));
                    inside -= i32::from(closes(u));
                    if inside <= 0 {
                        return Some(j + 1);
                    }
                }
                return None;
            }
        }
    }
    None
}

/// The sentences of `toks`, a full stop after a title ("Dr. Lindgren") ending none.
fn whole_sentences(toks: &[Token]) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for s in sentences(toks) {
        match out.last_mut() {
            Some(last) if last.end >= 2 && HONORIFICS.contains(&toks[last.end - 2].low.as_str()) => last.end = s.end,
            _ => out.push(s),
        }
    }
    out
}

/// Where the document takes up again after the note's first sentence: at a heading in capitals
/// ("PRESS RELEASE - …", "NOTICE: …"), at a label of the kind the document is made of ("Porter's
/// nod: …" in a glossary of "Brake hunt: …"), or at two sentences running that say nothing of
/// the one asking, the people asked, the calendar, a length, a day or an hour, with enough of the
/// document after them; a postscript or a meeting's details ("PS: …", "Attendees: …") go on the
/// note.
fn resumes(toks: &[Token], named: usize, start: usize) -> usize {
    let all = whole_sentences(toks);
    let linked =
        |s: &Range<usize>| timed(&toks[s.clone()]) || toks[s.clone()].iter().any(|t| LINKS.contains(&t.low.as_str()));
    // ("Action: book it." goes on; not "Action: Ana to circulate the notes.", the minutes' own.)
    let detail = |s: &Range<usize>| {
        DETAILS.contains(&toks[s.start].low.as_str())
            && !(matches!(
                toks[s.start].low.as_str(),
                "action" | "actions" | "request" | "instructions"
            ) && toks.get(s.start + 2).is_some_and(Token::capitalised))
    };
    let heading = |s: &Range<usize>| {
        let mut words = toks[s.clone()].iter().filter(|t| !t.punct);
        let first = words.next().is_some_and(Token::in_capitals);
        let colon = toks.get(s.start + 1).is_some_and(|t| t.low == ":");
        first && (colon || words.next().is_some_and(|t| t.in_capitals() && t.low != "i"))
    };
    // "Brake hunt: the search for …": one to three words, the first capitalised, and a colon.
    let label = |s: &Range<usize>| {
        toks[s.start].capitalised()
            && (1..=3).any(|n| {
                toks.get(s.start + n).is_some_and(|t| t.low == ":")
                    && toks[s.start..s.start + n].iter().all(|t| !t.punct)
            })
    };
    let labelled = all.iter().filter(|s| s.end <= named).any(label);
    // "Brindle Street, a shopping street … Brindle effect, in psychology, …": an entry headed by
    // the word that heads two of the document's entries before the note, each a head and a comma
    // within a few words ("Brindle (coat), …"; not "I think we are close. … I also want Ana in that meeting.", a letter's sentences).
    let entry = |s: &Range<usize>| {
        toks[s.start].capitalised()
            && !matches!(
                toks[s.start].low.as_str(),
                "i" | "we" | "the" | "a" | "an" | "this" | "that" | "it" | "my" | "our" | "you" | "he" | "she" | "they"
            )
            && (s.start + 1..s.end.min(s.start + 6)).any(|k| toks[k].low == ",")
    };
    let heads_before = |s: &Range<usize>| {
        entry(s)
            && all
                .iter()
                .filter(|b| b.end <= named && toks[b.start].low == toks[s.start].low && entry(b))
                .count()
                >= 2
    };
    // "card for the grinding wheels in the cold shop, made out by me, the cold worker, & taped to
    // the splash guard: goggles …": the document's own title, naming it (in a word or two, in
    // lowercase) and what it is for or on, and who keeps it and where, at length, closing at a
    // colon with no day or hour before (not "List of the housemates, drawn up by me: Ana, Bo and
    // Chen", "Checklist for the visit, written by me: …", what the note holds).
    let titled = |s: &Range<usize>| {
        let colon = (s.start..s.end).find(|&k| toks[k].low == ":");
        let lowercase = !toks[s.start].capitalised();
        let noun = (s.start..s.start + 2).find(|&k| {
            toks.get(k).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "card" | "notes" | "log" | "register" | "list" | "notice" | "checklist" | "ledger" | "sheet"
                )
            })
        });
        match (noun, colon) {
            (Some(noun), Some(colon)) => {
                lowercase
                    && toks[noun..colon].iter().filter(|t| !t.punct).count() >= 10
                    && toks
                        .get(noun + 1)
                        .is_some_and(|t| matches!(t.low.as_str(), "for" | "on"))
                    && toks.get(noun + 2).is_some_and(|t| t.low == "the")
                    && toks[noun..colon]
                        .windows(2)
                        .any(|w| w[0].low == "by" && w[1].low == "me")
                    && !timed(&toks[s.start..colon])
            }
            _ => false,
        }
    };
    let after: Vec<&Range<usize>> = all.iter().filter(|s| s.start > start).collect();
    // (Not a line or two at the end: "Also Bo wants to join, add him too.")
    let words_from = |k: usize| toks[k..].iter().filter(|t| !t.punct).count();
    // "… the asking's my job. more for the shed: rollers & trays …": "more for" the document's
    // place and a colon, its lines taken up again.
    // (Only the place the document named before the note: not "More for the meeting: Bo will
    // bring the drawings", "More for the record: I'd rather it was in the morning", more for the
    // request.)
    let more_for = |s: &Range<usize>| {
        starts_with(toks, s.start, &["more", "for", "the"])
            && (s.start + 4..s.end.min(s.start + 7)).any(|k| toks[k].low == ":")
            && toks.get(s.start + 3).is_some_and(|place| {
                !crate::intent::people::MEETING_NOUNS.contains(&place.low.as_str())
                    && toks[..named].iter().any(|t| t.low == place.low)
            })
    };
    // "… ping an invite to each of them. the rest of the notes: bins stacked …": the rest of
    // the document, named by what it is, and a colon.
    // (The document named so before the note: not "Note for my assistant: … The rest of the list:
    // Omar and Lena.", more of the request.)
    let rest_of = |s: &Range<usize>| {
        let from = s.start + usize::from(toks[s.start].low == "the");
        starts_with(toks, from, &["rest", "of", "the"])
            && toks.get(from + 3).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "notes"
                        | "list"
                        | "card"
                        | "log"
                        | "sheet"
                        | "checklist"
                        | "ledger"
                        | "register"
                        | "notice"
                        | "orders"
                ) && toks[..named].iter().any(|n| n.low == t.low)
            })
            && starts_with(toks, from + 4, &[":"])
    };
    for (k, s) in after.iter().enumerate() {
        if detail(s) {
            continue;
        }
        let unlinked = !linked(s) && after.get(k + 1).is_none_or(|next| !linked(next));
        if heading(s)
            || more_for(s)
            || rest_of(s)
            || titled(s)
            || labelled && label(s)
            || heads_before(s)
            || unlinked && words_from(s.start) >= DOCUMENT_AFTER
        {
            return s.start;
        }
    }
    toks.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intent::lexer::tokenize;

    /// The note's words, as written, or `None` when the text holds no note.
    fn note_of(text: &str) -> Option<String> {
        let toks = tokenize(text);
        note(&toks).map(|r| toks[r].iter().map(|t| t.orig.as_str()).collect::<Vec<_>>().join(" "))
    }

    const MINUTES: &str = "MINUTES OF THE ALLOTMENT COMMITTEE. Present: Marcus Webb, Jo Okafor, Ruth Baines. \
        Item 1: the water butts. Marcus reported that the butts were full of frogs.";

    #[test]
    fn a_note_runs_from_its_heading_to_where_the_document_resumes() {
        let text = format!(
            "{MINUTES} Note for my assistant, who types these up: I need an hour with Ana on Tuesday. \
             Just look where it fits. Item 2: the shed, which leaks. Ruth Baines proposed a new \
             padlock and a new roof for it."
        );
        assert_eq!(
            note_of(&text).as_deref(),
            Some("I need an hour with Ana on Tuesday . Just look where it fits .")
        );
        // Two sentences running that say nothing of the asker, the people or the calendar.
        let text = format!(
            "{MINUTES} A line for my assistant: book Bo for 30 minutes on Monday. The frogs were \
             moved to the pond. The pond was already full of frogs."
        );
        assert_eq!(note_of(&text).as_deref(), Some("book Bo for 30 minutes on Monday ."));
        // Not a line or two at its end, saying nothing of the calendar.
        let text =
            format!("{MINUTES} A line for my assistant: book Bo for 30 minutes on Monday. Also Ana wants to come.");
        assert_eq!(
            note_of(&text).as_deref(),
            Some("book Bo for 30 minutes on Monday . Also Ana wants to come .")
        );
        // A heading in capitals.
        let text = format!("A line for my assistant: cancel Friday's call with Chen. {MINUTES}");
        assert_eq!(note_of(&text).as_deref(), Some("cancel Friday call with Chen ."));
    }

    #[test]
    fn a_note_in_brackets_ends_with_them_and_a_title_ends_no_sentence() {
        let text = format!(
            "{MINUTES} [Pencilled in for my assistant: move Monday's 10am with Dr. Lindgren to \
             Wednesday. Tell them yourself.] Item 2: the shed, which leaks."
        );
        assert_eq!(
            note_of(&text).as_deref(),
            Some("move Monday 10am with Dr . Lindgren to Wednesday . Tell them yourself.]")
        );
    }

    #[test]
    fn only_a_note_headed_for_the_assistant_in_a_document_is_read_alone() {
        // Asked in its own words, with no heading's colon.
        assert_eq!(
            note_of(&format!(
                "{MINUTES} I ask my assistant to book an hour with Ana on Tuesday."
            )),
            None
        );
        // Someone else's assistant.
        assert_eq!(
            note_of(&format!(
                "{MINUTES} The shop assistant said: frogs are lucky, take them home."
            )),
            None
        );
        // No document around it.
        assert_eq!(
            note_of("For my assistant: book an hour with Ana on Tuesday at 3pm."),
            None
        );
        // Someone else's assistant, reporting, or named in a list of roles.
        for text in [
            format!("{MINUTES} Their assistant wrote back: Mr Ito is free on Tuesday afternoon."),
            format!("{MINUTES} The dental assistant told me: cleanings only on Mondays now."),
            format!("{MINUTES} Note signed by the assistant: Dr Baines is in on Tuesdays only."),
            format!("{MINUTES} Lead: Lars Nilsson. Assistant: Ingrid Berg, in every morning next week."),
            format!("{MINUTES} User: find me 30 minutes with Bo. Assistant: Tuesday at 10 is free."),
        ] {
            assert_eq!(note_of(&text), None, "{text}");
        }
        // A request made before the note, which only adds to it.
        let text = format!(
            "{MINUTES} Book 90 minutes with the design team on Monday afternoon. Note to my assistant: \
             cc Sarah Kim on the invite."
        );
        assert_eq!(note_of(&text), None);
        // A colon far on in a run-on message is no heading.
        assert_eq!(
            note_of(&format!(
                "{MINUTES} pls find an hour with ana tues afternoon, my assistant has the details, agenda: \
                 budget review with bo"
            )),
            None
        );
    }

    #[test]
    fn a_line_ending_in_a_full_stop_heads_a_note_and_what_is_to_be_done_goes_on_it() {
        let text = format!(
            "{MINUTES} A line for the assistant that keeps my diary. Bo and I will meet on Monday at 10 \
             for an hour. Item 2: the shed, which leaks whenever it rains on the allotment."
        );
        assert_eq!(
            note_of(&text).as_deref(),
            Some("Bo and I will meet on Monday at 10 for an hour .")
        );
        let text = format!(
            "{MINUTES} For my assistant: Bo and I agreed an hour on Monday at 10. Action: book it. Item 2: \
             the shed, which leaks whenever it rains on the allotment."
        );
        assert!(note_of(&text).unwrap_or_default().contains("Action"), "{text}");
    }

    #[test]
    fn an_entry_headed_as_the_documents_are_ends_a_note() {
        let text = "Harbour Lane, a street by the docks. Harbour Inn, a pub on Harbour Lane. A line for my \
            assistant: book an hour with Bo on Monday at 10. Harbour Report, an inquiry into the height \
            of the quay, which recommended raising them.";
        assert_eq!(note_of(text).as_deref(), Some("book an hour with Bo on Monday at 10 ."));
    }

    #[test]
    fn a_postscript_and_a_meetings_details_go_on_the_note() {
        let text = format!(
            "{MINUTES} Note for my assistant: set up the meeting below. Attendees: Ana Ruiz and Bo Chen. \
             When: Tuesday afternoon. Length: one hour. PS: invite Dana White too, she chairs the \
             committee that looks after the allotment's water supply and its frogs."
        );
        let note = note_of(&text).unwrap_or_default();
        assert!(note.contains("Ana Ruiz") && note.contains("Dana White"), "{note}");
    }
}
