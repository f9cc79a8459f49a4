//! A note to the assistant inside a pasted document: read on its own, the document around it
//! being no part of the request.

use super::*;

/// A club newsletter full of names and days, none of them asked about.
const NEWSLETTER: &str = "THE HARBOUR ROWING CLUB NEWSLETTER. Captain's corner: Marcus Webb thanks \
    everyone who turned out on Saturday. Results: Jo Okafor and Ruth Baines won the pairs. Lost \
    property: one oar, one left boot, Tuesday's timetable.";

#[test]
fn a_note_in_a_document_is_the_request() {
    let text = format!(
        "{NEWSLETTER} A line for my assistant, who reads this too: I need an hour with Ana Ruiz \
         on Thursday afternoon about the boathouse roof. Look where it fits, but don't book \
         anything yet. Social: the quiz night is moved to Friday. Bring a pencil."
    );
    let intent = read(&text);
    assert_eq!(kind_name(&intent.kind), "find");
    assert_eq!(names_of(&text), ["Ana Ruiz"]);
    assert_eq!(intent.duration_minutes, Some(60));
    assert_eq!(intent.window.map(|w| w.start), Some(ymd(2026, 12, 3)));
}

#[test]
fn a_bracketed_note_ends_with_its_brackets() {
    let text = format!(
        "{NEWSLETTER} [For my assistant: book 30 minutes with Bo on Monday at 10 and send the \
         invite.] Training: Sunday mornings, Marcus Webb coaching, weather permitting."
    );
    let intent = read(&text);
    assert_eq!(kind_name(&intent.kind), "book");
    assert_eq!(names_of(&text), ["Bo"]);
    assert_eq!(intent.duration_minutes, Some(30));
}

#[test]
fn a_note_acting_on_a_meeting_named_before_it_is_read_with_the_document() {
    // "cancel it": the meeting is named before the note, so the whole text is read.
    let text = "THE HARBOUR ROWING CLUB NEWSLETTER. Results: Jo Okafor and Ruth Baines won the \
        pairs. Lost property: one oar, one left boot. The committee call on Monday at 9 with Chen \
        is pointless now. Note to my assistant, since you keep my diary: cancel it and tell them \
        it is off.";
    assert_eq!(
        moved_or_cancelled(text).map(|m| (m.date, m.time)),
        Some((Some(ymd(2026, 11, 30)), Some(hm(9, 0))))
    );
}

#[test]
fn a_note_leaning_on_the_document_before_it_is_read_with_it() {
    // "with them": the people are named before the note.
    let text = "THE HARBOUR ROWING CLUB NEWSLETTER. Results: Jo Okafor and Ruth Baines won the \
        pairs. Ana Ruiz and Bo Chen want to meet about the budget on Tuesday afternoon. Note for \
        my assistant: please book 30 minutes with them.";
    assert!(names_of(text).contains(&"Ana Ruiz".to_owned()), "{text}");
    // "block an hour … for me": a time for oneself needs no one, and the note is read alone.
    let text =
        format!("{NEWSLETTER} For my assistant: block an hour on Wednesday afternoon for me to read the minutes.");
    let intent = read(&text);
    assert_eq!(kind_name(&intent.kind), "book");
    assert!(intent.participants.is_empty());
    assert_eq!(intent.window.map(|w| w.start), Some(ymd(2026, 12, 2)));
}
