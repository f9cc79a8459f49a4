//! Rounds 78 onwards: their rules checked in words other than the requests that prompted them.

use super::super::*;

#[test]
fn round_seventy_eight_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A pause however drawn out is no one; a hedge before the verb still books.
    assert_eq!(names("uhmm can you book a call with Ravi tomorrow at 3"), vec!["Ravi"]);
    assert!(matches!(
        p("could you perhaps book a call with Ravi tomorrow at 3").kind,
        IntentKind::FindTime { book: true }
    ));
    // A bare hour right after its day is that day's time.
    assert_eq!(
        p("book lunch with Omar Thursday 1").window.map(|w| (w.start, w.time)),
        Some((ymd(2026, 12, 3), Some(TimeOfDay::At(hm(13, 0)))))
    );
    // The day of a meeting one can't attend, in a move, is the meeting's.
    assert_eq!(
        moved_of("the call with Bo on Thursday I can't attend, please move it to Friday morning").map(|m| m.date),
        Some(Some(ymd(2026, 12, 3)))
    );
    // "Sr." is a title, "pod" a group, static no one, whom one lured into something someone.
    assert_eq!(
        names("cancel my call with Sr. Diego Marquez on Monday"),
        vec!["Sr. Diego Marquez"]
    );
    assert_eq!(
        names("find an hour with the platform pod on Monday"),
        vec!["platform pod"]
    );
    assert_eq!(
        names("find an hour with Bo on Monday, the line's crackling with static, just look"),
        vec!["Bo"]
    );
    assert_eq!(
        names(
            "I've lured chen with a slice of cake into a 1-hour tasting on Monday at 10, put it in my calendar and invite them"
        ),
        vec!["chen"]
    );
    // Two doings said to be the whole of one's duty are no one.
    assert_eq!(
        names("Find an hour with Bo on Monday. Searching and showing are the whole of your duty."),
        vec!["Bo"]
    );
    // A daily habit narrowed to weekdays; "my week" after a doing is what is done; a bare "do".
    assert!(matches!(
        p("add a habit: 20 minutes of stretching every morning on weekdays").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Weekdays),
            part: Some(PartOfDay::Morning),
            ..
        }
    ));
    assert_eq!(
        title_of("block 30 minutes every week for reviewing my week"),
        "reviewing my week"
    );
    assert_eq!(title_of("i wanna do tai chi three times a week, 20 min"), "tai chi");
    // Taking off what one wears cancels nothing; "every" before a thing says nothing of meetings.
    assert!(matches!(
        p("I can't take off my helmet, let alone attend Monday's 10am with Bo. Could you put it through to Tuesday at 11 instead and tell him?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        moved_of("every bell in the tower is ringing, so move Monday's 10am with Bo to Tuesday at 11").map(|m| m.every),
        Some(false)
    );
}

#[test]
fn round_seventy_nine_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A coin pusher moves nothing.
    assert!(matches!(
        p("find 30 min with Noor on Monday, she's stuck by the coin pusher").kind,
        IntentKind::FindTime { book: false }
    ));
    // Where one is and how one's hands are; room; a tribe; whom one roped into something.
    assert_eq!(
        names("kitchen, hands deep in dough. find an hour with bo on Monday, just look"),
        vec!["bo"]
    );
    assert_eq!(
        names("find an hour with bo on Monday with room for a proper chat"),
        vec!["bo"]
    );
    assert_eq!(names("cancel the demo with the web tribe on Monday"), vec!["web tribe"]);
    assert_eq!(
        names("I've roped chen into an hour of stocktaking on Monday at 10, put it in my calendar and invite them"),
        vec!["chen"]
    );
    // Done afresh, or hung back under a day, is moved there.
    for text in [
        "Monday's 3pm with Bo can't happen. Stitch it up afresh for Wednesday at 10 and tell him.",
        "Tuesday's 4pm with Bo can't go ahead. Hang it back on the hook under Friday at 9 and let him know.",
    ] {
        assert!(matches!(p(text).kind, IntentKind::Reschedule { .. }), "{text}");
    }
    // Paint all over one's hands says nothing of every meeting.
    assert_eq!(
        moved_of("paint all over my hands, so move Monday's 3pm with Bo to Tuesday at 10").map(|m| m.every),
        Some(false)
    );
    // "due on" is the deadline, whatever holiday the work is for.
    assert!(matches!(
        p("task - buy gifts for christmas, 30 mins, due on the 12th").kind,
        IntentKind::AddTask { due: Some(d), .. } if d == ymd(2026, 12, 12)
    ));
    // What a habit's slot is for.
    assert_eq!(
        title_of("set up a weekly 45-min slot for sorting the post"),
        "sorting the post"
    );
}

#[test]
fn round_eighty_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A city of the zone database in lower case, with her clock spoken of.
    assert!(
        p("find 30 min with ama in ulaanbaatar friday morning her time")
            .zone
            .is_some()
    );
    // Time squeezed in "sometime" is looked for; "show calendar" describes.
    assert!(matches!(
        p("need to squeeze in 20 mins with Ola sometime monday or tuesday").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(p("show calendar next week").kind, IntentKind::Describe));
    // "wen" opening a question; a bare count after "need"; a meeting named by its bare hour;
    // a dedicated hour.
    assert_eq!(names("wen r ola and bo free tmrw? need 45"), vec!["ola", "bo"]);
    assert_eq!(p("wen r ola and bo free tmrw? need 45").duration_minutes, Some(45));
    assert_eq!(
        moved_of("move my 4 with Ola to friday at 10").and_then(|m| m.time),
        Some(hm(16, 0))
    );
    assert_eq!(
        p("block a dedicated hour for journaling every morning").duration_minutes,
        Some(60)
    );
    // "the thing" with people named only as "those people" asks what is meant.
    assert!(matches!(
        p("book the thing with those people").kind,
        IntentKind::Clarify
    ));
    // Sat somewhere, opening a scene; a bin day; a stretch held up to the window; press-ganged.
    assert_eq!(
        names("boatyard, sat under a hull. find an hour with bo on monday, just look"),
        vec!["bo"]
    );
    assert!(matches!(
        p("Bin day tomorrow. Book an hour with Ana on Monday at 10.").kind,
        IntentKind::FindTime { book: true }
    ));
    for text in [
        "find an hour with Ana on Monday, hold each stretch up to the window for me",
        "peek into my diary on Monday and show me a free hour with Ana",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: false }), "{text}");
    }
    assert_eq!(
        names("I've press-ganged chen into a 1-hour stocktake on Monday at 10, put it in my calendar and invite them"),
        vec!["chen"]
    );
    // "as a standing block" says the entry's form; a lead pointing back at "it" gives way to what
    // one says one will do.
    for text in [
        "I'll stretch my calves every evening, 15 minutes. Please lace it into my calendar as a standing block, circling round and round like a record",
        "So I'm giving it a shine of its own. I'll stretch my calves every evening, 15 minutes, on repeat.",
    ] {
        assert_eq!(title_of(text), "stretch my calves", "{text}");
    }
}

#[test]
fn round_eighty_one_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // What "can we do" asks for "instead" is the new time.
    assert_eq!(
        p("Ola cant do monday 10:00 anymore, can we do tuesday 3pm instead")
            .window
            .map(|w| (w.start, w.time)),
        Some((ymd(2026, 12, 1), Some(TimeOfDay::At(hm(15, 0)))))
    );
    // The calendar's curtains opened, one's own stick, a job's length reckoned: nothing booked.
    for text in [
        "find an hour with Ana on Monday, open the curtains on my calendar and tell me what's free",
        "find an hour with Ana on Monday, poke it with your stick",
        "I'd put the job at 45 minutes; find a slot with Ana on Monday",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: false }), "{text}");
    }
    // Leadership and a rotation are groups; treats, a salutation's "Madam", a doing that is the
    // entire performance and the place one writes from are no one; people listed after the call.
    assert_eq!(
        names("find 30 min with product leadership on monday"),
        vec!["product leadership"]
    );
    assert_eq!(
        names("move the handover with the on-call rotation to friday at 10"),
        vec!["on-call rotation"]
    );
    assert_eq!(names("find an hour with Bo on Monday. send treats"), vec!["Bo"]);
    assert_eq!(
        names("Sir or Madam, please find an hour with Ana on Monday"),
        vec!["Ana"]
    );
    assert_eq!(
        names("Find an hour with Ana on Monday. Peeking is the entire performance."),
        vec!["Ana"]
    );
    assert_eq!(
        names("I write from the back room of the post office; find an hour with Ana on Monday"),
        vec!["Ana"]
    );
    assert_eq!(
        names("cancel tonight's family zoom (grandpa, Aunt Vera)"),
        vec!["grandpa", "Aunt Vera"]
    );
    // Texted reminders and the job one is handed.
    assert_eq!(title_of("rmd me 2 renew the passport, 30 min"), "renew the passport");
    assert_eq!(
        title_of("I've been handed the job to audit the books by Friday. Add it as a task all of its own, 2 hours"),
        "audit the books"
    );
}

#[test]
fn round_eighty_two_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // Sent along a way to a day is moved; slipping off the calendar, not postponed, is cancelled.
    assert!(matches!(
        p("I can't make Monday's 3pm with Bo. Roll it down the corridor to Wednesday at 10 and tell him.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("Monday's 10am with Bo is over for good. Let it slip off the edge of my calendar, not postponed, just gone, and tell him.").kind,
        IntentKind::Cancel { .. }
    ));
    // Asking whether there is a time; money sent is no move.
    assert!(matches!(
        p("is there a time we could grab lunch with Bo on Friday?").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("transfer 50 dollars to Bo on Friday").kind,
        IntentKind::Clarify
    ));
    // A dotted date as a deadline, "sat" ending a request, "oclock", "appt".
    assert!(matches!(
        p("add task: file the insurance claim, 30 min, deadline 18.12.").kind,
        IntentKind::AddTask { due: Some(d), .. } if d == ymd(2026, 12, 18)
    ));
    assert_eq!(
        p("cancel the guitar lesson with Mr. Okafor sat").kind,
        IntentKind::Cancel {
            which: MeetingRef {
                date: Some(ymd(2026, 11, 28)),
                until: None,
                time: None,
                part: None,
                every: false
            }
        }
    );
    assert_eq!(
        moved_of("move today's 5 oclock w Jonas to monday at 10").and_then(|m| m.time),
        Some(hm(17, 0))
    );
    assert!(names("cancel my vet appt on the 9th").is_empty());
    // A habit's "slot" is its time; thanks sign off; whom one conscripted or agreed with is
    // someone; snacks are no one.
    assert_eq!(
        title_of("I'd like a recurring 30-min reading slot every evening"),
        "reading"
    );
    assert_eq!(
        names("Book an hour with Bo on Monday at 10. Sunbeams and thanks!"),
        vec!["Bo"]
    );
    assert_eq!(
        names(
            "I've conscripted chen into an hour of stocktaking on Monday at 10, put it in my calendar and invite them"
        ),
        vec!["chen"]
    );
    assert_eq!(
        names("it is settled between chen and me that we meet Monday at 10, book it"),
        vec!["chen"]
    );
    assert_eq!(names("find an hour with Bo on Monday. send snacks"), vec!["Bo"]);
}

#[test]
fn round_eighty_three_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // Whom one won over or frogmarched into something is someone; handles so loose are no one.
    for text in [
        "I've won chen over to an hour of tasting on Monday at 10, put it in my calendar and invite them",
        "I've frogmarched chen into an hour of stocktaking on Monday at 10, put it in my calendar and invite them",
    ] {
        assert_eq!(names(text), vec!["chen"], "{text}");
    }
    assert_eq!(
        names("find an hour with bo on Monday. the new pots come with handles so loose they wobble. just look"),
        vec!["bo"]
    );
    // A to-do "standing by itself" is how it stands; "schedual" schedules.
    assert_eq!(
        title_of("I'm to renew the lease by Friday, 1 hour. Pop it on my list, a to-do standing by itself."),
        "renew the lease"
    );
    assert!(matches!(
        p("schedual a chat with Marta monday quarter to ten").kind,
        IntentKind::FindTime { book: true }
    ));
}

#[test]
fn round_eighty_four_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // "Nobody", crates up to the rafters and ropes asked for are no one; whom one confers with
    // "upon" something and a chapter are.
    assert_eq!(
        names("Find an hour with Bo on Monday. Nobody wants the old manuals anyway."),
        vec!["Bo"]
    );
    assert_eq!(
        names("find an hour with bo on Monday, I'm in a barn with crates up to the rafters"),
        vec!["bo"]
    );
    assert_eq!(
        names("move Monday's 3pm with bo to Tuesday at 10 n tell em. send ropes"),
        vec!["bo"]
    );
    assert_eq!(
        names("find an hour to confer with chen upon the budget on Monday"),
        vec!["chen"]
    );
    assert_eq!(
        names("can u put the retro with the web chapter on tuesday at 3"),
        vec!["web chapter"]
    );
    // "that engagement" walked to a day is moved.
    assert!(matches!(
        p("Monday's 3pm with Bo can't happen; walk that engagement to Wednesday at 10 and tell him").kind,
        IntentKind::Reschedule { .. }
    ));
    // "an hour-ish", "1,5 hours", "my 7 tonight", "cnacel sun w/".
    assert_eq!(p("find an hour-ish with Bo on Monday").duration_minutes, Some(60));
    assert_eq!(
        p("I must write the report by Friday, it takes 1,5 hours").duration_minutes,
        Some(90)
    );
    assert_eq!(
        p("cancel my 7 tonight").kind,
        IntentKind::Cancel {
            which: MeetingRef {
                date: Some(ymd(2026, 11, 27)),
                until: None,
                time: Some(hm(19, 0)),
                part: None,
                every: false
            }
        }
    );
    assert!(matches!(
        p("cnacel sun w/ Ola").kind,
        IntentKind::Cancel { which: MeetingRef { date: Some(d), .. } } if d == ymd(2026, 11, 29)
    ));
    // Habit titles without how the time is kept or the ask; a bare "book a call" asks.
    assert_eq!(
        title_of("Every weekday morning I'd like 30 minutes of reading time blocked"),
        "reading time"
    );
    assert_eq!(title_of("can u hold 15 mins daily for stretching"), "stretching");
    assert!(matches!(p("book a call").kind, IntentKind::Clarify));
}

#[test]
fn round_eighty_five_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // An invite pushed out is sent; "neither invite" invites no one; quiet patches are free time.
    assert!(matches!(
        p("Book an hour with Ana on Monday at 10 and push an invite out to her").kind,
        IntentKind::FindTime { book: true }
    ));
    for text in [
        "Find an hour with Ana on Monday; neither invite her nor book anything",
        "show me the quiet patches on Monday for an hour with Ana",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: false }), "{text}");
    }
    // Thanks by the heap sign off; whom one floated a meeting to, jumping at it, is someone.
    assert_eq!(
        names("Book an hour with Bo on Monday at 10. Woof and loads of thanks!"),
        vec!["Bo"]
    );
    assert_eq!(
        names("when I floated a coffee on Monday at 10, chen jumped at it - book it and invite them"),
        vec!["chen"]
    );
    // What one is bidden to do; "towards" a day moves; "from 10 to 10:30" moves the 10:00.
    assert_eq!(
        title_of("My trainer bids me stretch my calves every evening, 15 minutes"),
        "stretch my calves"
    );
    assert!(matches!(
        p("I can't make Monday's 3pm with Bo. Nudge this meeting towards Wednesday at 10 and tell him.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        moved_of("push the retro w the web squad on tuesday from 10 to 10:30").and_then(|m| m.time),
        Some(hm(10, 0))
    );
}

#[test]
fn round_eighty_six_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // Participles as a sentence, quicksilver and whom one collared to do something.
    assert_eq!(
        names("Book an hour with Bo on Monday at 10. Asked and settled."),
        vec!["Bo"]
    );
    assert_eq!(
        names("find an hour with Bo on Monday, I'm working with quicksilver"),
        vec!["Bo"]
    );
    assert_eq!(
        names("I've collared chen to check the books on Monday at 10, book it and invite them"),
        vec!["chen"]
    );
    // Dropped into the calendar books; "a task that" describes work; an ear lent looks;
    // "not so much as" denies; an axe grinding shop cancels nothing.
    for (text, book) in [
        (
            "Book an hour with Bo on Monday at 10, drop it into my calendar and invite him",
            true,
        ),
        (
            "I'm sanding the floor, a task that takes patience. Find an hour with Bo on Monday, just look",
            false,
        ),
        (
            "Find an hour with Bo on Monday. Please lend an ear to my calendar.",
            false,
        ),
        (
            "Find an hour with Bo on Monday. not so much as a whisper of an invite to him.",
            false,
        ),
        ("axe grinding shop here. find an hour with Bo on Monday", false),
        (
            "I would like to make meetng with Mister Bo tomorrow at 9 in morning, one hour",
            true,
        ),
    ] {
        assert!(
            matches!(p(text).kind, IntentKind::FindTime { book: b } if b == book),
            "{text}"
        );
    }
    // Sent spinning across to a day is moved; "deadline 18th" is due.
    assert!(matches!(
        p("I can't make Monday's 3pm with Bo. Send it spinning across to Wednesday at 10 and tell him.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("add task: file the expenses, 1h, deadline 18th").kind,
        IntentKind::AddTask { due: Some(d), .. } if d == ymd(2026, 12, 18)
    ));
}

#[test]
fn round_eighty_seven_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A din after "noisy with" is no one; a group after "with" is named from there.
    assert_eq!(
        names("find an hour with bo on Monday, the workshop is noisy with hammering"),
        vec!["bo"]
    );
    assert_eq!(
        names("can the offsite with data squad move from fri to the 8th"),
        vec!["data squad"]
    );
    // Drifting over to him moves nothing; the big drop cancels nothing.
    assert!(matches!(
        p("Find an hour with Bo on Monday; don't let a single note drift over to him").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Book an hour with Bo on Monday at 10, I'm stuck at the top of the big drop").kind,
        IntentKind::FindTime { book: true }
    ));
    // "a to-do just for me" names no task; "weekdays" opening a request is how often.
    assert_eq!(
        title_of(
            "I need to renew the insurance by Friday, and it's all on me. Could you tuck it in my to-do list - a to-do just for me, nobody invited - and note 1 hour on it?"
        ),
        "renew the insurance"
    );
    assert!(matches!(
        p("weekdays 15 min stretching pls").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Weekdays),
            ..
        }
    ));
}

#[test]
fn round_eighty_eight_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A mixer pushing batter moves nothing; questions are no one.
    assert!(matches!(
        p("Book an hour with Bo on Monday at 10, the old mixer pushes the batter everywhere").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names("book an hour with bo on Monday at 10, don't come back to me with questions"),
        vec!["bo"]
    );
    // Re-pinned a few words on "to" a day is moved; taken "off" a day names the meeting.
    assert!(matches!(
        p("I can't make Monday's 3pm with Bo. Re-pin it lower on the board, to Wednesday at 10, and tell him.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        moved_of("plz move the sync with Ola off tuesday 9am, any time thursday after 2 works")
            .map(|m| (m.date, m.until)),
        Some((Some(ymd(2026, 12, 1)), None))
    );
    // "hw does sun look" describes Sunday.
    assert!(matches!(p("hw does sun look").kind, IntentKind::Describe));
}

#[test]
fn round_eighty_nine_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // Labels dropping off in the wash cancel nothing; a pit board held up and a calendar sunk into
    // book nothing; "to suit" a day moves.
    assert!(matches!(
        p("Book an hour with Bo on Monday at 10, the labels drop off in the wash").kind,
        IntentKind::FindTime { book: true }
    ));
    for text in [
        "find 30 mins with Bo on Monday n hold up a pit board w/ the clear bits on it. looking only",
        "Could you sink down into my calendar on Monday and spy out the clear stretches for an hour with Bo?",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: false }), "{text}");
    }
    assert!(matches!(
        p("I can't make Monday's 3pm with Bo. Reshape it to suit Wednesday at 10 and tell him.").kind,
        IntentKind::Reschedule { .. }
    ));
    // A doing "only", the bare board, gratitude, a group describing those named: no one more;
    // "So chen and I": someone.
    assert_eq!(
        names("Find an hour with Bo on Monday. Browsing only, please."),
        vec!["Bo"]
    );
    assert_eq!(
        names("Monday's 3pm with Bo is off for good, scrub it down to the bare board and tell him"),
        vec!["Bo"]
    );
    assert_eq!(
        names("book an hour with bo on Monday at 10, I remain, with gratitude"),
        vec!["bo"]
    );
    assert_eq!(
        names("find an hour for Dagny and Ravi (the design leads) on Monday"),
        vec!["Dagny", "Ravi"]
    );
    assert_eq!(
        names("the horror show. So chen and I have, um, agreed to meet on Monday at 10, book it"),
        vec!["chen"]
    );
    // "drinks sat at 6": Saturday at six.
    assert_eq!(
        p("book me n Ola for drinks sat at 6").window.map(|w| (w.start, w.time)),
        Some((ymd(2026, 11, 28), Some(TimeOfDay::At(hm(18, 0)))))
    );
}

#[test]
fn round_ninety_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A scrub is a wash; a nose poked through the steam into the calendar looks; walked up a hill
    // on a lead to a day is moved; a table for four is asked about.
    assert!(matches!(
        p("Book an hour with Bo on Monday at 10, I'm in the middle of a scrub").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Find an hour with Bo on Monday. Could you, er, poke your nose through the steam into my calendar, and, um, tell me where it is bare?").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("I can't make Monday's 3pm with Bo. Walk it up the hill on a lead to Wednesday at 10 and tell him.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("book us a table for four at the noodle bar tonight").kind,
        IntentKind::Clarify
    ));
    // "as my own block" is the entry's form, "I will …" the habit; "approximately" is no one;
    // "this wknd" is the weekend.
    assert_eq!(
        title_of(
            "So I decide: I will stretch my calves every evening, 15 minutes a stretch. Please, can you brew this into my calendar as my own block that comes back and back?"
        ),
        "stretch my calves"
    );
    assert_eq!(
        names("find a time with Ms. Ada Lovelace, approximately one hour, on Tuesday"),
        vec!["Ms. Ada Lovelace"]
    );
    assert_eq!(
        p("find 20 min w/ Ola this wknd").window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 29)))
    );
}

#[test]
fn round_ninety_one_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // What one would not swap is kept, not moved; a breed and "Here" are no one; a pair said as a
    // sentence is no one either.
    assert!(matches!(
        p("Honestly I wouldn't swap this view for anything. Find 30 minutes with Bo next week.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert_eq!(
        names("I'm grooming a fluffy Siamese. Find an hour with Ana on Tuesday."),
        vec!["Ana"]
    );
    assert_eq!(
        names("Good day. Here is writing the glazier from her bench. Book 30 minutes with Ana tomorrow at 10"),
        vec!["Ana"]
    );
    assert_eq!(
        names("Shop floor, busy as ever. Bread and butter. Cancel Tuesday's 2pm with Noor Haddad."),
        vec!["Noor Haddad"]
    );
    // Swung "around" to a day is moved; glue "gone all lumpy" says nothing of every meeting.
    assert!(matches!(
        p("I can't make Monday's 3pm with Bo. Swing it around to Wednesday at 10 please.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        moved_of(
            "The glue has gone all lumpy. I can't make Monday's 3pm with Bo, please shift it round to Wednesday at 10"
        )
        .map(|m| m.every),
        Some(false)
    );
    // "it" eight words before "as a task" points back at what was said.
    assert_eq!(
        title_of(
            "I must file the quarterly VAT return by Friday, so could you pin it up on my to-do board as a task and tag it with an hour"
        ),
        "file the quarterly VAT return"
    );
}

#[test]
fn round_ninety_two_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // "Decision" and a board one watches are no one.
    assert_eq!(
        names(
            "Lovely weather. The nozzles keep icing up. Decision's made: 30 minutes with Bo on Monday at 10, and send the invite."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names("I'm just watching the departures board. Find 30 minutes with Bo on Monday."),
        vec!["Bo"]
    );
    // An invitation given or handed is sent, so booked.
    assert!(matches!(
        p("Bo and I agreed to meet on Monday at 10 for an hour. Please write it on the board of my calendar and give him the invitation.").kind,
        IntentKind::FindTime { book: true }
    ));
    // A meeting named by its day that "it's off" or "its gone" is cancelled.
    assert!(matches!(
        p("Monday's 3pm with Bo? no point now. tell him it's off so he doesn't come.").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("tomorrow's lunch w/ Ines, its gone, she moved away").kind,
        IntentKind::Cancel { .. }
    ));
}

#[test]
fn round_ninety_three_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // Fingers and pins one works with, radio talk, and what fills a room before "and cannot" are
    // no one.
    assert_eq!(
        names("Labelling bags with fingers I can no longer feel. Book 30 minutes with Bo on Monday at 10."),
        vec!["Bo"]
    );
    assert_eq!(
        names("stood on a ladder w/ pins in my mouth. find 20 mins w/ Bo monday"),
        vec!["Bo"]
    );
    assert_eq!(
        names(
            "Tower to calendar: Monday's 3pm with Bo, can't make it, shift it to Wednesday at 10. Copy? Over and out."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names(
            "I'm busy filling the room with balloons and cannot get away for Monday's 3pm with Bo; move it to Wednesday at 10"
        ),
        vec!["Bo"]
    );
    // Dropped down a list to a day is moved; "my week" before "next week" is next week.
    assert!(matches!(
        p("Monday's 3pm with Bo - please drop it down the list to Wednesday at 10").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        p("how is my week looking next week?").window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), ymd(2026, 12, 6)))
    );
}

#[test]
fn round_ninety_four_rules_hold_in_other_words() {
    // What one promised oneself "that I'll" do is the habit.
    assert_eq!(
        title_of(
            "Long shifts at the desk, so I've promised myself that I'll stretch my calves every evening, 15 minutes each, just me."
        ),
        "stretch my calves"
    );
    // (Not "I keep promising myself I'll …", read as before.)
    assert_eq!(
        title_of(
            "I keep promising myself I'll write poetry and then never get round to it. Could you put 30 minutes twice a week in my calendar for it and keep it repeating?"
        ),
        "write poetry"
    );
}

#[test]
fn round_ninety_five_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // Acting "out of habit" asks for no habit; a speed bump bumps nothing; a switch turned on or
    // off moves nothing; a clause opening with "nothing" denies what it says; "put right" mends.
    assert!(matches!(
        p("I'm on the ward, reaching for the drip stand out of habit. Book 30 minutes with Bo on Monday at 10 and send the invite.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("We jolted over a speed bump and spilled the coffee. Find an hour with Bo on Monday.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("find an hour w/ Bo monday. lookin only!! dont switch nothin on, no invites").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Find an hour with Bo on Monday, please. Look only: nothing is to be written into any slot in the calendar.")
            .kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Find an hour with Bo on Monday; I'll ask him myself once the printer's been put right.").kind,
        IntentKind::FindTime { book: false }
    ));
    // A letter joined to a word is a thing; "my own block" is the entry's form; "make it a habit
    // to" and "help me" lead to what is done.
    assert_eq!(
        names("Cannot find my L-plates anywhere. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert_eq!(
        title_of(
            "Wall of screens all day, so I will give in: I will stretch my neck each evening, 10 minutes a go. Set it up like a tape looping - my own block, going round and round for ever."
        ),
        "stretch my neck"
    );
    assert_eq!(
        title_of("make it a habit to phone Grandad once a week, 20 minutes"),
        "phone Grandad"
    );
    assert_eq!(
        title_of("help me practise piano 4 times a week, 30 mins"),
        "practise piano"
    );
}

#[test]
fn round_ninety_six_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A booking with no length over a span of hours is the meeting filling it.
    let i = p("book the standup with the web crew mon 9:15-9:45");
    assert_eq!(i.duration_minutes, Some(30));
    assert_eq!(
        i.window.map(|w| (w.start, w.time)),
        Some((ymd(2026, 11, 30), Some(TimeOfDay::At(hm(9, 15)))))
    );
    // What is switched on, and what a thing came with, are no one; what one "decided I'll" do is
    // the habit.
    assert_eq!(
        names("I'm waiting in the van with the lights on - book 30 min with Bo on Monday at 10"),
        vec!["Bo"]
    );
    assert_eq!(
        names("the parts arrived with the wrong screws, so find an hour with Bo on Monday"),
        vec!["Bo"]
    );
    assert_eq!(
        title_of("my back aches, so I've decided I'll swim each morning, 30 minutes a go"),
        "swim"
    );
}

#[test]
fn round_ninety_seven_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // Where a greeting comes from, a count said "only", a thing whose verbs are paired and a
    // scene's label are no one.
    assert_eq!(
        names("Darling, hello from the post office counter, stamping parcels. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert_eq!(names("Find an hour with Bo on Monday. Stocktake only."), vec!["Bo"]);
    assert_eq!(
        names(
            "the headset that keeps me in touch with the gantry crackles and drops out, so find an hour with Bo on Monday"
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names("crane, container port terminal. find an hour w/ Bo monday"),
        vec!["Bo"]
    );
    // A check run on the calendar looks at it; a habit's "my" whose noun was its time ends nothing.
    assert!(matches!(
        p("Run a quick scan on my calendar and find an hour with Bo on Monday").kind,
        IntentKind::FindTime { book: false }
    ));
    assert_eq!(
        title_of("please add stretching to my mornings, 10 mins daily"),
        "stretching"
    );
}

#[test]
fn round_ninety_eight_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // "shall" follows a name; the end of a chapter is no group; a circle is one.
    assert_eq!(
        names("a call with priyanka shall happen on Monday at 10 for 30 minutes, book it and send the invite"),
        vec!["priyanka"]
    );
    assert_eq!(
        names("find an hour with Bo on Monday, enough to get us to the end of the chapter"),
        vec!["Bo"]
    );
    assert_eq!(
        names("move the offsite with the leadership circle from Dec 8 to Dec 10"),
        vec!["leadership circle"]
    );
    // A thing that moves on its own, a tester put to the calendar and an invitation pushed under a
    // door move and book nothing.
    assert!(matches!(
        p("find 15m w/ Bo monday, the alarm goes off whenever the gate moves.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("find 15m w/ Bo monday. stick the tester on my cal n tell me where its dead.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Find 45 minutes with Rohan on 8 December. please do not push any invitation under their door.").kind,
        IntentKind::FindTime { book: false }
    ));
    // A meeting said not to happen but sent on to another day is moved; "That's all." is no
    // "every"; "at some point" is no part of a task.
    assert!(matches!(
        p("Monday's 4pm with Bo isn't happening. Send it along the hall to Wednesday at 10 and tell him.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        moved_of("Monday's 4pm with Bo: move it to Wednesday at 10. That's all.").map(|m| m.every),
        Some(false)
    );
    assert_eq!(
        title_of("I need 30 minutes at some point to file the expense claim"),
        "file the expense claim"
    );
}

#[test]
fn round_ninety_nine_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // "not a reminder" names no task; a thing "that I can wipe straight off" asks nothing; moving
    // "anything" into the calendar moves nothing.
    assert!(matches!(
        p("Book 30 min with Bo on Monday at 10 - a proper booking, not a reminder, and send the invite.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Book 30 min with Bo on Monday at 10 and send the invite - a firm date, not a chalk mark that I can wipe straight off.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Find an hour with Bo on Monday, but please do not move anything into my calendar").kind,
        IntentKind::FindTime { book: false }
    ));
    // "play", an office block and "starting at" are no one.
    assert_eq!(
        names("No need to ask me again: play is back on. Book 30 min with Bo on Monday at 10"),
        vec!["Bo"]
    );
    assert_eq!(
        names("The old office block by the river is being torn down, so cancel Monday's 10am with Bo"),
        vec!["Bo"]
    );
    assert_eq!(
        names("block 2 hrs on friday for a retro with the design guild, starting at 10am"),
        vec!["design guild"]
    );
}

#[test]
fn round_hundred_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A bulletin board, an infinitive after an invitation, "the House", "the same crew" said of a
    // thing and what sits on one's nose are no one.
    assert_eq!(
        names(
            "Book 30 min with Bo on Monday at 10 - for real, not a note pinned on the bulletin board - and send the invite"
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names("Book a call with Bo on Monday at 10 and send him a formal invitation to attend."),
        vec!["Bo"]
    );
    assert_eq!(
        names("Book 30 min with Bo on Monday at 10 and send the invite. The House has risen, it's decided."),
        vec!["Bo"]
    );
    assert_eq!(
        names("Find an hour with Bo on Monday, the same room, the same crew as always"),
        vec!["Bo"]
    );
    assert_eq!(
        names("Find an hour with Bo on Monday, I'm at the bench with specs on my nose"),
        vec!["Bo"]
    );
    // "so much as a reminder" names no task; "set up a … habit" names the habit.
    assert!(matches!(
        p("Find an hour with Bo on Monday, and don't send him so much as a reminder note").kind,
        IntentKind::FindTime { book: false }
    ));
    assert_eq!(title_of("set up a reading habit, 20 min, every evening"), "reading");
}

#[test]
fn round_hundred_and_one_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A board said to be plastered is a thing; lights on as one goes through somewhere are no one;
    // "scheudle" is "schedule".
    assert_eq!(
        names("I'm by the lockers and the duty board is plastered from top to bottom. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert_eq!(
        names("I drove in with the lights on through the fog this morning. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert!(matches!(
        p("scheudle a call with Bo next week").kind,
        IntentKind::FindTime { book: true }
    ));
}

#[test]
fn round_hundred_and_two_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A reminder refused names no task; a board named by a thing is no group; in a task, the
    // address something is sent to is no one met.
    assert!(matches!(
        p("Book 30 min with Bo on Monday at 10 and send the invite. Don't ping me to confirm.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names("I'm at my desk and the ticket board is blinking away. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert!(names("remind me to email the invoice to k.berg@example.com by Friday").is_empty());
}

#[test]
fn round_hundred_and_three_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // "Move along.", "nothing's moving", a slide refused and moving "anythin" in move nothing; a
    // meeting floated downstream on something to a day is moved.
    assert!(matches!(
        p("Book 90 minutes with Bo tomorrow at 2 and send the invite. Case closed. Move along.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Find 2 hours with Bo on Dec 14: show me the stretches where nothing's moving.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Book 90 minutes with Bo tomorrow at 2 and send the invite. Don't slide it back under the door.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("find an hour w/ Bo monday. just lookin!! dont move anythin in").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("I can't make Monday's 3pm with Bo. Might that meeting be floated downstream on the current to Wednesday at 10?").kind,
        IntentKind::Reschedule { .. }
    ));
    // The one writing, named by what they do before "here", and a back panel are no one.
    assert_eq!(
        names("(yawning) Night shift porter here, by the front desk. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert_eq!(
        names("I'm up a ladder with the back panel of the boiler off. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
}

#[test]
fn round_hundred_and_four_rules_hold_in_other_words() {
    let p = read;
    // "due back" with no day names no deadline; a pop filter pops nothing in; "do not move" and
    // a thing pushing one's own things move nothing.
    assert!(matches!(
        p("Book 30 min with Bo on Monday at 10 and send the invite - the van's out on hire and due back in the yard.")
            .kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("I record with a pop filter by the mic. Find an hour with Bo on Monday.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Find an hour with Bo on Monday, where the needles do not move.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Find an hour with Bo on Monday. The old software pushes my audio a bit late.").kind,
        IntentKind::FindTime { book: false }
    ));
}

#[test]
fn round_hundred_and_five_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // What one "mustn't drop" is no cancellation; a look "deep, deep into" the calendar and a test
    // run on it book nothing.
    assert!(matches!(
        p("I'm carrying a tray of glasses I mustn't drop. Find an hour with Bo on Monday.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Find an hour with Bo on Monday, and look deep, deep into my calendar first.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Find an hour with Bo on Monday. Run a sort of stress test on my calendar first.").kind,
        IntentKind::FindTime { book: false }
    ));
    // "I am to" leads to the task; what sits in one's fur is no one.
    assert_eq!(
        title_of(
            "A quiet moment at the desk: I am to file the quarterly return this week. Simply place it on my to-do list as a task."
        ),
        "file the quarterly return"
    );
    assert_eq!(
        names("The puppies wait with ribbons in their fur. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
}

#[test]
fn round_hundred_and_six_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // A board that shows results or rings bells, a board that has been played, vehicles and a
    // race's start are no one; a club met with is people.
    assert_eq!(
        names("The results board looks like a jigsaw. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert_eq!(
        names("When the last board's been played, find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert_eq!(
        names("The old bell board in the hall keeps ringing. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert_eq!(
        names("Crawling along with the tractors. Move Monday's 10am with Bo to Tuesday at 3pm."),
        vec!["Bo"]
    );
    assert_eq!(
        names(
            "Fog everywhere. Start's held, boats lined along the bank. So Monday's 10am with Bo - not happening. Move it to Tuesday at 3pm."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names("find 30 min with the running club next week"),
        vec!["running club"]
    );
    // "before bed" is the evening; in a task, an address sent something is no one met.
    assert!(matches!(
        p("stretch for 10 minutes before bed every day").kind,
        IntentKind::AddHabit {
            part: Some(PartOfDay::Evening),
            ..
        }
    ));
    assert!(names("todo: email jo@example.com the final invoice by Friday").is_empty());
    // "the following week" is the week after the meeting's day, unknown when that day is not.
    assert_eq!(
        p("push the review with Ana from Tuesday to the following week")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 13)))
    );
    assert!(
        p("move the sync with Ana from 4/12 to the following week")
            .window
            .is_none()
    );
}

#[test]
fn round_hundred_and_seven_rules_hold_in_other_words() {
    let p = read;
    // A ditch one names is a trench, nothing dropped; ditching a meeting still cancels it.
    assert!(matches!(
        p("The cart is stuck in a ditch. Find an hour with Bo on Monday.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Find an hour with Bo on Monday, nothing planted near the far ditch.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(p("ditch the 3pm with Ana").kind, IntentKind::Cancel { .. }));
}

#[test]
fn round_hundred_and_eight_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    // A drop refused is nothing dropped; a simulation run on the calendar looks; "With respect,"
    // signs off; moving house moves no meeting; sitting somewhere is no Saturday.
    assert!(find(
        "Find an hour with Bo on Monday, and whatever you do, don't drop the ball."
    ));
    assert!(find(
        "Find an hour with Bo on Monday. Run a simulation on my calendar first."
    ));
    assert_eq!(
        names_of("Find an hour with Bo on Monday. With respect, the coach."),
        vec!["Bo"]
    );
    assert!(matches!(
        p("Book an hour with Bo on Monday. The boxes are packed and I'm moving out.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        p("I'm writing this sat at my desk. Find an hour with Bo on Monday.")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 11, 30))
    );
    // "the usual" names nothing to book; after lunch is a habit's afternoon.
    assert!(matches!(p("schedule the usual").kind, IntentKind::Clarify));
    assert!(matches!(
        p("add a daily habit: 20 minutes of reading after lunch").kind,
        IntentKind::AddHabit {
            part: Some(PartOfDay::Afternoon),
            ..
        }
    ));
}

#[test]
fn round_hundred_and_nine_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    // A habit a thing has developed asks for none; a thing set up somewhere books nothing; a pod
    // that holds a thing is no one; a release pushed to production moves nothing.
    assert!(find(
        "The old printer has developed the annoying habit of jamming. Find an hour with Bo on Monday."
    ));
    assert!(find(
        "The kiosk, set up in a railway station, keeps crashing. Find an hour with Bo on Monday."
    ));
    assert_eq!(
        names_of("The new sensor pod under the wing keeps fogging up. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert!(matches!(
        p("Book an hour with Bo on Monday to fix the deploy, and push it to production in my calendar.").kind,
        IntentKind::FindTime { book: true }
    ));
    // A cancellation reads no zone from a place alone; "change the call" names nothing to move.
    assert!(
        p("cancel everything on Monday, I'll be at a wedding in Paris")
            .zone
            .is_none()
    );
    assert!(matches!(p("change the call").kind, IntentKind::Clarify));
}

#[test]
fn round_hundred_and_ten_rules_hold_in_other_words() {
    // A role opening a sentence before where its holder is, is the one writing; what one gets in
    // is the habit.
    assert_eq!(
        names_of("Boxing. Referee, in the ring. So Monday's 10am with Bo - no chance. Move it to Tuesday at 3pm."),
        vec!["Bo"]
    );
    assert_eq!(title_of("I'd like to get a swim in twice a week, 30 mins each"), "swim");
}

#[test]
fn round_hundred_and_eleven_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    // What sits in one's boots and a moment "mid-" something are no one; where people can both
    // join, they are asked about.
    assert_eq!(
        names_of("I'm sat on the dunes with sand in my boots. Find an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert_eq!(
        names_of("Mid-climb, ropes tight. Move Monday's 10am with Bo to Tuesday at 3pm."),
        vec!["Bo"]
    );
    assert_eq!(
        names_of("is there a slot on Monday where lena and omar can both join?"),
        vec!["lena", "omar"]
    );
    // Shoved into the diary is booked; free time with a length or searched for is a search; "the
    // thing" alone is asked about.
    assert!(matches!(
        p("Book an hour with Bo on Monday and shove it into my diary.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(find("Show me when I have 45 minutes free on Thursday morning"));
    assert!(find("find a free hour on Monday, I need to finish the budget"));
    assert!(matches!(p("postpone the thing").kind, IntentKind::Clarify));
}

#[test]
fn round_hundred_and_twelve_rules_hold_in_other_words() {
    let p = read;
    let book = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: true });
    // Speaking with someone, a cheer, a prefixed moment and a quoted title are no one.
    assert_eq!(
        names_of("I want to sit with Bo and speak about it, find an hour on Monday."),
        vec!["Bo"]
    );
    assert_eq!(names_of("Book an hour with Bo on Monday. Go, team!"), vec!["Bo"]);
    assert_eq!(
        names_of("Pre-season, boots laced. Move Monday's 10am with Bo to Tuesday at 3pm."),
        vec!["Bo"]
    );
    assert!(names_of("Put 'Parent-teacher evening' on my calendar for Monday at 6").is_empty());
    // Not moving a muscle and a risky move made move nothing.
    assert!(book(
        "Book an hour with Bo on Monday; the sentry mustn't move a muscle."
    ));
    assert!(book(
        "Book an hour with Bo on Monday - no risky move, just put it in my calendar."
    ));
}

#[test]
fn round_hundred_and_thirteen_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    // A crowd that shuffles off moves nothing; which stretches are clear asks for times; what sits
    // on one's goggles is no one.
    assert!(find(
        "The crowd has already shuffled off. Find an hour with Bo on Monday."
    ));
    assert!(find(
        "Find an hour with Bo on Monday. Can you go down my calendar and show me which stretches are clear?"
    ));
    assert_eq!(
        names_of(
            "I'm out on the slopes, with ice on my goggles and a lift pass in my teeth. Find an hour with Bo on Monday."
        ),
        vec!["Bo"]
    );
}

#[test]
fn round_hundred_and_fourteen_rules_hold_in_other_words() {
    let p = read;
    // Where a greeting comes from, after a comma, and a panel of dials are no one.
    assert_eq!(
        names_of("Hey, from the recording studio! Book an hour with Bo on Monday."),
        vec!["Bo"]
    );
    assert_eq!(
        names_of(
            "Find an hour with Bo on Monday. I'm sat in the cabin with the big panel of dials blinking in front of me."
        ),
        vec!["Bo"]
    );
    // "a move" made is a noun; one's open slots shown are times asked for.
    assert!(matches!(
        p("Book an hour with Bo on Monday, like a move we've rehearsed.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Show me my open slots on Monday afternoon").kind,
        IntentKind::FindTime { book: false }
    ));
}

#[test]
fn round_hundred_and_fifteen_rules_hold_in_other_words() {
    let p = read;
    let book = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: true });
    // A slip of paper slips nothing; a dance routine is performed, not kept.
    assert!(book(
        "Book an hour with Bo on Monday; I still have a request slip to hand in to the office."
    ));
    assert!(book(
        "Book an hour with Bo on Monday, even though my dance routine is a mess."
    ));
    // A weekday closing a span is the one after its start; a bare hour after the moved meeting's
    // day is its hour; "has to be earlier" moves; a length looked for is a search.
    let IntentKind::Cancel { which } = p("clear friday to monday").kind else {
        panic!("a cancellation");
    };
    assert_eq!(
        (which.date, which.until),
        (Some(ymd(2026, 12, 4)), Some(ymd(2026, 12, 7)))
    );
    assert_eq!(
        moved_of("move my call with Ana from tuesday 4 to friday").and_then(|m| m.time),
        Some(hm(16, 0))
    );
    assert!(matches!(
        p("The 3pm with Bo on Monday has to be earlier that day, before noon.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("look for 2 hours of deep work by Friday").kind,
        IntentKind::FindTime { book: false }
    ));
}

#[test]
fn round_hundred_and_sixteen_rules_hold_in_other_words() {
    let p = read;
    // A rope that holds books nothing; a society that has disbanded is no one.
    assert!(matches!(
        p("Find an hour with Bo on Monday. When I want the rope to hold, it slips.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert_eq!(
        names_of("The chess society has voted to disband, so cancel Monday's 10am with Bo."),
        vec!["Bo"]
    );
    // A meeting, its day and where it goes with no verb is moved; what is made a daily thing is
    // the habit; "overveiw" is read as meant.
    assert!(matches!(
        p("standup friday 9 -> monday same time").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        title_of("could you make reading a daily thing? 15 mins each morning"),
        "reading"
    );
    assert!(matches!(
        p("give me an overveiw of tomorrow").kind,
        IntentKind::Describe
    ));
}

#[test]
fn round_hundred_and_seventeen_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    let book = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: true });
    // Clouds rolling over a ridge and going along the calendar move nothing; the top of the drop
    // drops nothing; the only bump in the road bumps nothing; things called out with dashes are no
    // one.
    assert!(find(
        "When the storm clouds roll over the ridge, find an hour with Bo on Monday."
    ));
    assert!(find(
        "Find an hour with Bo on Monday; move along my calendar like a hiker on a ridge."
    ));
    assert!(book(
        "Book an hour with Bo on Monday. We're perched at the top of the drop."
    ));
    assert!(book(
        "Book an hour with Bo on Monday. The only bump in the road: the lights."
    ));
    assert_eq!(
        names_of("Book an hour with Bo on Monday. Gate - bend - finish line!"),
        vec!["Bo"]
    );
    // "due as stated" names no title; the lowdown describes; "delete the thing" is asked about.
    assert_eq!(
        title_of(
            "I need to file the tax return this week. It's mine alone. Add it to my to-do list as a task, due as stated, and mark it as taking an hour."
        ),
        "file the tax return"
    );
    assert!(matches!(p("give me the lowdown on friday").kind, IntentKind::Describe));
    assert!(matches!(p("delete the thing").kind, IntentKind::Clarify));
}

#[test]
fn round_hundred_and_eighteen_rules_hold_in_other_words() {
    // A scrap of paper scraps nothing; gates on a screen and a "Stop," are no one.
    assert!(matches!(
        read("Find an hour with Bo on Monday, not even a scrap of paper in my calendar.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert_eq!(
        names_of(
            "I'm at the lock with the gates and the counterweights blinking on my screens. Find an hour with Bo on Monday."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names_of("Find an hour with Bo on Monday. Stop, not go: change nothing."),
        vec!["Bo"]
    );
    // What one has resolved to do is the habit; sessions recur, their activity is it.
    assert_eq!(
        title_of(
            "I have resolved to stretch each morning, 10 minutes a time, recurring on its schedule of its own accord."
        ),
        "stretch"
    );
    assert_eq!(
        title_of("Set up yoga sessions three times a week, 45 minutes each"),
        "yoga"
    );
}

#[test]
fn round_hundred_and_nineteen_rules_hold_in_other_words() {
    let p = read;
    // Not moving any thing, pushing off and a little shuffle move nothing.
    assert!(matches!(
        p("Find an hour with Bo on Monday. Just looking, not moving any furniture.").kind,
        IntentKind::FindTime { book: false }
    ));
    for booked in [
        "Book an hour with Bo on Monday; then I push off.",
        "Book an hour with Bo on Monday - the band plays and a little shuffle starts.",
    ] {
        assert!(
            matches!(p(booked).kind, IntentKind::FindTime { book: true }),
            "{booked}"
        );
    }
    // Gaps shown are times asked for; "has to go earlier" moves.
    assert!(matches!(
        p("show me gaps on Monday afternoon").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("the review with Ana on Tuesday at 3 has to go earlier, before noon").kind,
        IntentKind::Reschedule { .. }
    ));
}

#[test]
fn round_hundred_and_twenty_rules_hold_in_other_words() {
    let p = read;
    // What hasn't moved and moving talked of move nothing; weekdays listed before the time of day
    // are how often.
    for found in [
        "Find an hour with Bo on Monday. The kettle still hasn't moved.",
        "Moving would be madness. Find an hour with Bo on Monday.",
    ] {
        assert!(matches!(p(found).kind, IntentKind::FindTime { book: false }), "{found}");
    }
    assert!(matches!(
        p("add a habit: stretching, 15 min, weekdays after lunch").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Weekdays),
            ..
        }
    ));
}

#[test]
fn round_hundred_and_twenty_one_rules_hold_in_other_words() {
    let p = read;
    let book = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: true });
    // A thing pushed into a place moves nothing; a chain of office and "down" are no one; "an
    // agenda paper" describes nothing; every shuffle shuffles nothing.
    assert!(matches!(
        p("Find an hour with Bo on Monday. No cup already pushed into it.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert_eq!(
        names_of("Book an hour with Bo on Monday, with the chain of office on."),
        vec!["Bo"]
    );
    assert!(book("Book an hour with Bo on Monday. I'm reading an agenda paper."));
    assert!(book("Book an hour with Bo on Monday - the mics catch every shuffle."));
    assert_eq!(
        names_of("Move Monday's 10am with Bo to Tuesday at 3pm. Phone down to one bar."),
        vec!["Bo"]
    );
    // "my day", with no other day named, is today.
    assert_eq!(p("how's my day").window.map(|w| w.start), Some(ymd(2026, 11, 27)));
}

#[test]
fn round_hundred_and_twenty_two_rules_hold_in_other_words() {
    let p = read;
    // The first panel up, an ouija board, a box office shut, envy, a lament and "anew" are no one;
    // oneself set off by dashes is no sign-off; "like a routine" is a likeness; "gotta" is no part
    // of a task.
    for (text, names) in [
        (
            "Find an hour with Bo on Monday. I'll ring when the first panel's up.",
            vec!["Bo"],
        ),
        (
            "Move Monday's 3pm with Bo to Tuesday at 10. I look green with envy.",
            vec!["Bo"],
        ),
        ("Woe, woe. Cancel Monday's 3pm with Bo.", vec!["Bo"]),
        (
            "Cancel Monday's 3pm with Bo. It is not to be summoned anew.",
            vec!["Bo"],
        ),
        (
            "Cancel Monday's 3pm with Bo. The ouija board lies on the table.",
            vec!["Bo"],
        ),
        ("Cancel Monday's 3pm with Bo, the box office is shuttered.", vec!["Bo"]),
        (
            "The driver - yours truly - is stuck. Move tomorrow's 3pm with ana to Monday at 10.",
            vec!["ana"],
        ),
        // "meeting with" leaves the people to "with"; a group closes a list of people.
        (
            "any free time for meeting with design team next week?",
            vec!["design team"],
        ),
        (
            "Are Ana, jun and the design team free on Monday?",
            vec!["Ana", "jun", "design team"],
        ),
        // Where one is off to is no one.
        ("cancel everything on monday, off to Porto", vec![]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert!(matches!(
        p("Book an hour with Bo on Monday, like a routine we rehearsed.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        title_of("So, admin: I gotta renew my passport by Friday. Put it on my list as a task."),
        "renew my passport"
    );
    // "the week after", closing a move, is the week after the meeting's.
    assert_eq!(
        p("move friday's 10:30 with Bo to the week after")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 13)))
    );
}

#[test]
fn round_hundred_and_twenty_three_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    // A pencil held books nothing, a voice given describes nothing, a span's "to" moves nothing.
    assert!(find(
        "Find an hour with Bo on Monday. The manual is a sketch of a man with a pencil."
    ));
    assert!(matches!(
        p("Book an hour with Bo on Monday. When I shout, the gadget is meant to give me a robot's voice.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(find(
        "Find an hour with Bo. Let your eyes drift across Tuesday from 10 to 12 and tell me where it's free."
    ));
    // "Now," and "Ah," are no one.
    assert_eq!(
        names_of("Hello, it's me. Now, you'll laugh, but please cancel Monday's 3pm with Bo."),
        vec!["Bo"]
    );
    assert_eq!(names_of("Cancel Monday's 3pm with Bo. Ah, well."), vec!["Bo"]);
    // From the blind set: a length one asks whether one has, and free time shown, are looked for;
    // hours held after "hold" are a span; a meeting asked to "happen later" moves.
    assert!(find("do I have an hour on Monday for Bo?"));
    assert!(find(
        "show me free time next week for a deep work block, afternoons only"
    ));
    let held = p("hold 2 till 4 on Monday for the budget");
    assert_eq!(held.duration_minutes, Some(120));
    assert_eq!(held.window.and_then(|w| w.time), Some(TimeOfDay::At(hm(14, 0))));
    let moved = p("can my sync with Bo on Monday at 10 happen later, after 2?");
    assert!(matches!(moved.kind, IntentKind::Reschedule { .. }));
    assert_eq!(moved.window.and_then(|w| w.time), Some(TimeOfDay::After(hm(14, 0))));
}

#[test]
fn round_hundred_and_twenty_four_rules_hold_in_other_words() {
    let p = read;
    // A doer joined by a hyphen, "Must", "Peace", a doing done alone after a stage direction, a run
    // of one-word sentences, a letter drawn, things brought along and those a thing was given to
    // are no one; "without" follows a name.
    for (text, names) in [
        ("(aside) Gate-keeper. Find an hour with Bo on Monday.", vec!["Bo"]),
        (
            "(quietly) Must take this up with Bo; find an hour on Monday.",
            vec!["Bo"],
        ),
        ("Peace and joy to you! Find an hour with Bo on Monday.", vec!["Bo"]),
        (
            "Find an hour with Bo on Monday. (hush) Reading only, no booking.",
            vec!["Bo"],
        ),
        (
            "Find an hour with Bo on Monday. (pause) Nod. Smile. Onward.",
            vec!["Bo"],
        ),
        (
            "Book an hour with Bo on Monday; I'll draw a big X on the map.",
            vec!["Bo"],
        ),
        (
            "Cancel Monday's 3pm with Bo, they'd come with flasks and cameras.",
            vec!["Bo"],
        ),
        (
            "Book an hour with Bo on Monday. The cups were presented to the heads of delegation.",
            vec!["Bo"],
        ),
        (
            "I cannot present myself at tomorrow's 3pm with ana without disgracing the - ahem - room. Move it to \
             Monday at 10.",
            vec!["ana"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // "all to no avail" counts no meetings; a thing done "instead:" moves nothing.
    assert_eq!(
        moved_of("I tried it all to no avail. Move Monday's 3pm with Bo to Tuesday at 10.").map(|m| m.every),
        Some(false)
    );
    assert_eq!(
        title_of(
            "Since I can't go out, I'll do admin instead: I need to renew my passport by Friday. Add it as a task."
        ),
        "renew my passport"
    );
    // From the blind set: asked to check when they could, one looks.
    assert!(matches!(
        p("can you check when Bo and I could grab an hour next week").kind,
        IntentKind::FindTime { book: false }
    ));
}

#[test]
fn round_hundred_and_twenty_five_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    // "rather", "Honestly", "Lovely", "Drumroll", "Toodle-oo" and words shouted in capitals amid
    // lowercase ones are no one; "impossible" follows a name.
    for (text, names) in [
        (
            "Find an hour with Bo on Monday, along with rather a lot of coffee.",
            vec!["Bo"],
        ),
        (
            "Book an hour with Bo on Monday. Honestly, it's fine. Lovely.",
            vec!["Bo"],
        ),
        ("Book an hour with Bo on Monday, as an ORDER GIVEN.", vec!["Bo"]),
        ("Find an hour with Bo on Monday. Drumroll, please.", vec!["Bo"]),
        ("Find an hour with Bo on Monday. Toodle-oo, lovebirds!", vec!["Bo"]),
        (
            "Therefore Monday's 3pm with ana impossible. Do not cancel. Move it to Tuesday at 10.",
            vec!["ana"],
        ),
        // From the blind set: "w/ the band" is a group.
        (
            "Find me an hour after 4 on monday w/ the band for practice",
            vec!["band"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // A telegram's STOP is its full stop, and "Do not cancel" cancels nothing.
    let telegram = p("Snowed in STOP Do not cancel STOP Move Monday's 3pm with ana to Tuesday at 10 STOP Thanks STOP");
    assert!(matches!(telegram.kind, IntentKind::Reschedule { .. }));
    assert_eq!(telegram.participants, vec![Participant::Name("ana".into())]);
    assert_eq!(
        title_of("I hereby resolve to stretch my calves each morning, 10 minutes a time"),
        "stretch my calves"
    );
    assert!(find(
        "Find an hour with Bo on Monday, wide enough for us to shuffle through."
    ));
    // From the blind set: asking which mornings one could fit it in looks; a time found and then
    // locked in books; a meeting moved "two days later" moves two days on; planning around what is
    // shown describes; work for a meeting by a deadline is a task; meeting someone unnamed asks;
    // a part of the day keeps the meeting meant in it.
    assert!(find("which mornings could I fit a call with Bo in next week?"));
    assert!(matches!(
        p("find a free hour with Bo on Monday and lock it in").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        p("The review with Bo on Monday must be moved two days later")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 2))
    );
    assert!(matches!(
        p("Show me Tuesday, I need to plan around the school run").kind,
        IntentKind::Describe
    ));
    assert_eq!(
        title_of("I need to write the notes for the team meeting by Friday, 2 hours"),
        "write the notes for the team meeting"
    );
    assert!(matches!(p("need to meet someone soon").kind, IntentKind::Clarify));
    assert_eq!(
        moved_or_cancelled("cancel my call with Bo tomorrow afternoon").and_then(|m| m.part),
        Some(PartOfDay::Afternoon)
    );
}

#[test]
fn round_hundred_and_twenty_six_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    // A lowercase list going on to "a" and a thing, a body after "the" or "this", and strangers
    // are no one.
    for (text, names) in [
        (
            "In the ring: ropes, posts, and a bell on a stool. Find an hour with Bo on Monday.",
            vec!["Bo"],
        ),
        ("Book an hour with Bo on Monday. God save the Queen.", vec!["Bo"]),
        (
            "Book an hour with Bo on Monday; later we dance w/ strangers.",
            vec!["Bo"],
        ),
        (
            "Cancel Monday's 3pm with Bo. This House has risen for the last time.",
            vec!["Bo"],
        ),
        // From the blind set: a given name and a family name in lowercase before the meeting's day;
        // a group without "the" after a plus.
        ("find an hour with li wei on monday", vec!["li wei"]),
        (
            "options for an hour with Ana + Bo + design team on monday",
            vec!["Ana", "Bo", "design team"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // "mosey it on over" moves; keeping still, carrying over a hill and "Hold on," move or book
    // nothing.
    let moved = p("I can't make Monday's 3pm with Bo. Mosey it on over to Tuesday at 10.");
    assert!(matches!(moved.kind, IntentKind::Reschedule { .. }));
    assert!(find(
        "Find an hour with Bo on Monday. I cannot move so much as a finger."
    ));
    assert!(find(
        "Find an hour with Bo on Monday, carry your eye over my calendar like I carry my bag over the hill. Hold on, \
         my dear!"
    ));
    // From the blind set: "make time for it" asks what; a bare 8 to 11 "tonight" is the evening's;
    // "the 8 with Bo" names a meeting by its hour; asking to know when one is free looks.
    assert!(matches!(p("make time for it").kind, IntentKind::Clarify));
    assert_eq!(
        p("I would like to book an hour tonight at 9 with Bo")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(21, 0)))
    );
    assert_eq!(
        moved_or_cancelled("cancel the 8 with Bo tomorrow").and_then(|m| m.time),
        Some(hm(8, 0))
    );
    assert!(find(
        "I'd like to know when I'm free on Monday for an hour, I need to go to the bank"
    ));
}

#[test]
fn round_hundred_and_twenty_seven_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    // "big", an invocation, things called out, and those one is with where one says one is are no
    // one.
    for (text, names) in [
        (
            "Find an hour with Bo on Monday; I'll play it with big feeling.",
            vec!["Bo"],
        ),
        (
            "Sing, O muse, of my cancelled gala. Cancel Monday's 3pm with Bo.",
            vec!["Bo"],
        ),
        ("Rope, harness, helmet on. Find an hour with Bo on Monday.", vec!["Bo"]),
        (
            "I'm out on the pier with the kids. Find an hour with Bo on Monday.",
            vec!["Bo"],
        ),
        // From the blind set: an office one goes to is no one.
        (
            "I must go to the Bürgeramt on monday at 9, put it in my calendar",
            vec![],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // A train due through sets no task; a thing said to be moving moves nothing.
    assert!(find(
        "The bus is due through and I'm watching the road. Find an hour with Bo on Wednesday the 9th after 3pm."
    ));
    assert!(matches!(
        p("Book an hour with Bo on Monday. Heave - it's moving - heave!").kind,
        IntentKind::FindTime { book: true }
    ));
    // From the blind set: a length squeezed in, then what one has, looks; a bare span's end is
    // the evening's as its start is; "10 in the morning" after a day is its hour; "tuesdays sync"
    // is Tuesday's; "wat" is "what".
    assert!(find(
        "trying to squeeze in a dentist visit before the end of the month, 1h, what have i got"
    ));
    let play = p("block friday 6-8 for the school play");
    assert_eq!(play.duration_minutes, Some(120));
    assert_eq!(play.window.and_then(|w| w.time), Some(TimeOfDay::At(hm(18, 0))));
    assert_eq!(
        p("put tennis with Bo on sunday 10 in the morning")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(10, 0)))
    );
    assert_eq!(
        moved_of("can u move tuesdays sync to 11").and_then(|m| m.date),
        Some(ymd(2026, 12, 1))
    );
    assert!(matches!(
        p("wat do i still have tomorrow afternoon").kind,
        IntentKind::Describe
    ));
}

#[test]
fn round_hundred_and_twenty_eight_rules_hold_in_other_words() {
    let p = read;
    let book = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: true });
    // A gasp and towels are no one; a move someone makes moves nothing; "look like a …" describes
    // nothing; "shall" is no part of a habit.
    for (text, names) in [
        ("Book an hour with Bo on Monday. Ooh, that's cold.", vec!["Bo"]),
        ("I'm saving seats w towels. Find an hour with Bo on Monday.", vec!["Bo"]),
        // From the blind set: "About" opening a length guessed is no one.
        (
            "I would like to know which slots are free on Monday for a call with Bo. About 30 minutes.",
            vec!["Bo"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert!(matches!(
        p("Find an hour with Bo on Monday; the bouncer is making his move.").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(book(
        "Book an hour with Bo on Monday. I'm starting to look like a drowned rat."
    ));
    assert_eq!(
        title_of("I shall stretch my calves each morning, 10 minutes a time"),
        "stretch my calves"
    );
    // From the blind set: "three times in week" is how often, after "make for me"; "add" and a
    // thing on a day books it; hours after "block" and a day are a span.
    let practice = p("please make for me piano practise three times in week, 30 minutes");
    assert!(matches!(
        practice.kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::PerWeek(3)),
            ..
        }
    ));
    assert_eq!(
        title_of("please make for me piano practise three times in week, 30 minutes"),
        "piano practise"
    );
    assert!(book("plz add physio friday 5pm, 30 min"));
    let run = p("block sunday 9 to 11 for my run");
    assert_eq!(run.duration_minutes, Some(120));
    assert_eq!(run.window.and_then(|w| w.time), Some(TimeOfDay::At(hm(9, 0))));
}

#[test]
fn round_hundred_and_twenty_nine_rules_hold_in_other_words() {
    let p = read;
    // A place among a group, a lowercase list saying how, "Leader", "Repeat" and a doing set
    // against another are no one.
    for (text, names) in [
        (
            "I sit at the back row of the brass band. Find an hour with Bo on Monday.",
            vec!["Bo"],
        ),
        (
            "Find an hour with Bo on Monday. I'll watch him: calm, quiet, missing nothing.",
            vec!["Bo"],
        ),
        (
            "Book an hour with Bo on Monday. Leader's ahead of us. Repeat: send the invite.",
            vec!["Bo"],
        ),
        ("Find an hour with Bo on Monday. Listening, not talking.", vec!["Bo"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // From the blind set: a move by a length is from the meeting's own time, on its day; "tonite"
    // is tonight.
    assert_eq!(
        p("move the budget review friday 10am back half an hour")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(10, 30)))
    );
    assert_eq!(
        moved_or_cancelled("cancel the 7:30 yoga tonite").and_then(|m| m.date),
        Some(ymd(2026, 11, 27))
    );
}

#[test]
fn round_hundred_and_thirty_rules_hold_in_other_words() {
    let p = read;
    let find = |text: &str| matches!(p(text).kind, IntentKind::FindTime { book: false });
    // A move refused right before its verb moves nothing; "nowhere" is no one; "everything's"
    // counts no meetings; a sign-off quoted mid-story is no signature.
    assert!(find("Find an hour with Bo on Monday. Only looking - do not push!"));
    assert_eq!(
        names_of("Book an hour with Bo on Monday, I'm stuck with nowhere to go."),
        vec!["Bo"]
    );
    assert_eq!(
        moved_of("The clerk asked whether everything's fine. Move tomorrow's 3pm with Bo to Monday at 10.")
            .map(|m| m.every),
        Some(false)
    );
    assert_eq!(
        names_of(
            "I keep singing 'great, thanks!' through my teeth while the clerk fusses. Move tomorrow's 3pm with ana to \
             Monday at 10."
        ),
        vec!["ana"]
    );
    // From the blind set: "anytime … i could fit in" looks; "I need you to block out" books; what
    // "must go to" a day moves.
    assert!(find("is there anytime tomorrow morning i could fit in a run"));
    assert!(matches!(
        p("I need you to block out 2 hours sunday morning for the garden").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("the call with Bo which is on Tuesday at 3 must go to Wednesday").kind,
        IntentKind::Reschedule { .. }
    ));
}

#[test]
fn round_hundred_and_thirty_one_rules_hold_in_other_words() {
    let p = read;
    // Nature, distinction, a word to oneself and a game are no one.
    for (text, names) in [
        ("Find an hour with Bo on Monday. Nature, it seems, is kind.", vec!["Bo"]),
        ("I served with distinction. Find an hour with Bo on Monday.", vec!["Bo"]),
        ("Cancel Monday's 3pm with Bo. Steady, man. Steady.", vec!["Bo"]),
        (
            "We opened the box of Monopoly. Find an hour with Bo on Monday.",
            vec!["Bo"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // What one has got to do answers a wish before it.
    assert_eq!(
        title_of(
            "my coach says if I want to keep running I've got to stretch my calves each evening, 10 minutes a time"
        ),
        "stretch my calves"
    );
    // From the blind set: a meeting asked to go to another time moves.
    assert!(matches!(
        p("can my 3pm w/ Bo today go to this evening").kind,
        IntentKind::Reschedule { .. }
    ));
}

/// Round 132's rules (a thing or one's body moving, an empty calendar, a likeness, an
/// audience, a cry, quoted speech, a thing said to be what it is, participles listed or done to a
/// thing, a length reckoned, "tasked to", a joined particle) in other words.
#[test]
fn round_hundred_and_thirty_two_rules_hold_in_other_words() {
    let p = read;
    // A thing or one's body moving, with no meeting or time in its sentence, moves nothing.
    for text in [
        "Find an hour with Bo on Monday. The cat just moved.",
        "I type slowly, moving only my fingers. It is cold. Find an hour with Bo on Monday.",
        "Find an hour with Bo on Monday. A rolling wheel that moves gathers no rust.",
        // Where the calendar is empty is a search.
        "Look in my calendar on Monday and tell me where it's empty.",
    ] {
        assert_eq!(p(text).kind, IntentKind::FindTime { book: false }, "{text}");
    }
    // Words of a scene are no one.
    for text in [
        "Find an hour with Bo on Monday. The engine coughs like a donkey with asthma.",
        "Find an hour with Bo on Monday. Ladies and gentlemen, the show begins.",
        "Find an hour with Bo on Monday. Hark, the bells!",
        "Find an hour with Bo on Monday. Lo, the curtain rises.",
        "Find an hour with Bo on Monday. 'Smile, Grandma,' she said.",
        "Find an hour with Bo on Monday. Football's a funny old game.",
        "Find an hour with Bo on Monday. The owl went under the hammer: sold, paid for, wrapped.",
        "Find an hour with Bo on Monday, phone taped to my knee.",
        "Find a slot with Bo on Monday. Allow two hours.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    assert_eq!(
        title_of("I am tasked to review the supplier contracts by Friday, 2 hours"),
        "review the supplier contracts"
    );
    // From the blind set: a particle joined to a family name keeps it.
    assert_eq!(
        names_of("find 30 minutes with Omar el-Amin tomorrow"),
        vec!["Omar el-Amin"]
    );
}

/// Round 133's rules (a cry after a quotation, a heading, shouted pronouns, a word setting the
/// scene, what fills a place, what a thing is for, "same day", weekdays narrowing a week) in other
/// words.
#[test]
fn round_hundred_and_thirty_three_rules_hold_in_other_words() {
    for text in [
        "Find an hour with Bo on Monday. ('Rubbish!') Hush, you.",
        "Find an hour with Bo on Monday. Diagnosis: sore throat.",
        "Find an hour with Bo on Monday and SEND THEM A NOTE!",
        "Find an hour with Bo on Monday. Outside, it was pouring.",
        "Find an hour with Bo on Monday. The room is thick with smoke.",
        "Cancel Monday's 10am with Bo, where we were to plan the search for the office.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    // From the blind set: the meeting's own day said again, and weekdays named apart from the
    // week they fall in.
    assert_eq!(
        move_days_of("my sync with Bo thursday 2:30, can it go to 4 same day"),
        Some((Some(ymd(2026, 12, 3)), Some((ymd(2026, 12, 3), ymd(2026, 12, 3)))))
    );
    let which =
        moved_or_cancelled("Away next week, cancel everything tuesday through thursday").expect("a cancellation");
    assert_eq!(
        (which.date, which.until),
        (Some(ymd(2026, 12, 1)), Some(ymd(2026, 12, 3)))
    );
}

/// Round 134's rules (what a thing is done with, a look's manner, permission asked, scene words, a
/// heading's list, a thing in all its glory, where a thing is, bumping into, a statement of whose
/// turn, what a thing looks like, a meeting that must be changed, an honorific's full stop, a
/// brief bidding, "have been charged to") in other words.
#[test]
fn round_hundred_and_thirty_four_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Find an hour with Bo on Monday. The kids were chasing it with sticks.",
        "Find an hour with Bo on Monday. The judges stared at me with suspicion.",
        "Find an hour with Bo on Monday. The referee asked permission to start.",
        "Find an hour with Bo on Monday. Smoke is rising from the grill.",
        "Find an hour with Bo on Monday. Next is the long jump.",
        "Find an hour with Bo on Monday. Status: sinking, slowly.",
        "Find an hour with Bo on Monday. Nature, in all its glory, is loud.",
        "Cancel Monday's 3pm with Bo, about the mess by the office recycling bins.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        ("Find an hour with Bo on Monday, with nothing to bump into.", "find"),
        ("Find an hour with Bo on Monday. It is my turn to sing.", "find"),
        (
            "Book an hour with Bo on Monday. And what does success look like?",
            "book",
        ),
        // From the blind set: a meeting that must be changed moves.
        (
            "My physio on friday 9:00 must be changed, can we put it on the 8th in the afternoon?",
            "reschedule",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        title_of("Must file the report for Dr. Weiss until the 8th, around 1 hour"),
        "file the report for Dr. Weiss"
    );
    assert_eq!(
        title_of("I have been charged to audit the invoices by friday, 1 hour. She bids me turn about."),
        "audit the invoices"
    );
}

/// Round 135's rules (a message slid into, a thing stuck on a thing, made to look like it, a
/// sailor's cry, a service called out, a doing after a colon, a name given in quotes, "the same"
/// pointing back, "due as aforesaid", "the same day", an errand on a day) in other words.
#[test]
fn round_hundred_and_thirty_five_rules_hold_in_other_words() {
    let p = read;
    for (text, kind) in [
        (
            "Find an hour with Bo on Monday. I'll slide into their dms later.",
            "find",
        ),
        (
            "Find an hour with Bo on Monday, don't book it. A kid tried to stick a sticker on my shoe.",
            "find",
        ),
        (
            "Book an hour with Bo on Monday. The shop is dressed up to look like it.",
            "book",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    for text in [
        "Find an hour with Bo on Monday. Ahoy, matey!",
        "Cancel Monday's 3pm with Bo. The fire brigade is on its way.",
        "Cancel Monday's 3pm with Bo. In my best voice: Recalculating.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    assert_eq!(
        title_of(
            "WHEREAS the undersigned (hereinafter 'the Tenant') has undertaken to paint the fence this week. Enter the same on my to-do list as a task, due as aforesaid, 2 hours."
        ),
        "paint the fence"
    );
    // From the blind set: "the same day" after a bare hour, and an errand on a day.
    assert_eq!(
        move_days_of("shift the standup from monday 9am to 10 the same day"),
        Some((Some(ymd(2026, 11, 30)), Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))))
    );
    assert_eq!(
        title_of("buy a birthday card for mum tmrw"),
        "buy a birthday card for mum"
    );
}

/// Round 136's rules (one who will not be moved, a word taken back, what someone described has,
/// whoever "O" calls upon, a hail, "None", a preposition after a colon, a thing and then a group, what was done after
/// a name, a tool named, a slide, meetings listed, "remember me to") in other words.
#[test]
fn round_hundred_and_thirty_six_rules_hold_in_other_words() {
    let p = read;
    for (text, kind) in [
        (
            "Find an hour with Bo on Monday. The cat lies on the rug and will not be moved.",
            "find",
        ),
        (
            "Find an hour with Bo on Monday. cancel this. no, don't cancel this.",
            "find",
        ),
        (
            "Find an hour with Bo on Monday, don't book it, enter nothing. We lost the little pencil.",
            "find",
        ),
        (
            "Book an hour with Bo on Monday. The slide was faster than expected.",
            "book",
        ),
        // From the blind set: meetings listed are what is on.
        ("list tomorrow's appointments please", "describe"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    for (text, names) in [
        (
            "Book an hour with Bo on Monday. I wave to the woman with the flags.",
            vec!["Bo"],
        ),
        (
            "Book an hour with Bo on Monday. Ask me not again, O Herald.",
            vec!["Bo"],
        ),
        ("Book an hour with Bo on Monday. Howdy, stranger.", vec!["Bo"]),
        ("Cancel Monday's 3pm with Bo. Funding: None.", vec!["Bo"]),
        (
            "Cancel Monday's 3pm with Bo. Discussion: In short, nothing works.",
            vec!["Bo"],
        ),
        (
            "Cancel Monday's 3pm with Bo. She cranked the handle and a crowd of pupils cheered.",
            vec!["Bo"],
        ),
        (
            "Cancel Monday's 3pm with Ana Ruiz, convened to pick a new printer.",
            vec!["Ana Ruiz"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // From the blind set: "remember me to", as some learners say "remind".
    assert_eq!(
        title_of("Please remember me to renew the parking permit until friday, 10 minutes"),
        "renew the parking permit"
    );
}

/// Round 137's rules (whom one sits across from, a thing dropped off, moving on to something,
/// "Item:", a preposition opening a sentence, a group asked to be free, "needs" ending a title) in
/// other words.
#[test]
fn round_hundred_and_thirty_seven_rules_hold_in_other_words() {
    let p = read;
    for (text, names) in [
        (
            "Find an hour with Bo on Monday. I have to sit across a desk from priyanka.",
            vec!["Bo", "priyanka"],
        ),
        ("Book an hour with Bo on Monday. Item: any other business.", vec!["Bo"]),
        (
            "Move Monday's 3pm with Bo to Wednesday at 10. To be fair, it is a lot.",
            vec!["Bo"],
        ),
        // From the blind set: a group without "the" asked to be free.
        ("when's design team free for an hour on monday", vec!["design team"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        (
            "Find an hour with Bo on Monday. I came to drop off my sister's gym bag.",
            "find",
        ),
        (
            "Book an hour with Bo on Monday. The band moved on to a slow number.",
            "book",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // From the blind set: "needs" after what is done says what it takes.
    assert_eq!(
        title_of("tidy the garage, needs about 2h, due friday"),
        "tidy the garage"
    );
}

/// Round 138's rules ("Such", "Below", the post office, "all due", lying empty, what is left of a
/// thing, a quoted word of a story, a habit's lead with its length, moving home, planning a doing)
/// in other words.
#[test]
fn round_hundred_and_thirty_eight_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Find an hour with Bo on Monday. Such is fate.",
        "Book an hour with Bo on Monday. We sped past the post office.",
        "Book an hour with Bo on Monday. Below, the crowd is cheering.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "Search my calendar on Monday with all due care, and tell me where it lies empty.",
            "find",
        ),
        (
            "Book an hour with Bo on Monday. What is left of my patience, I wonder.",
            "book",
        ),
        // From the blind set: helping someone move house moves no meeting.
        ("find 2 hours on saturday, promised to help Ines move house", "find"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    for (text, title) in [
        (
            "I'm the 'anchor', as they call me. I need to stretch my back each morning, 10 minutes a time. Right now I have to climb the rope.",
            "stretch my back",
        ),
        (
            "By 'later' I mean after lunch. Please add 'renew passport' to my tasks, due friday.",
            "renew passport",
        ),
        // From the blind set: a doing planned is the habit.
        ("Please plan cycling three times a week, an hour each", "cycling"),
    ] {
        assert_eq!(title_of(text), title, "{text}");
    }
}

/// Round 139's rules (a thing's part, "Outside", a group performing, a shouted sentence, a routine
/// check, for whom, small print, something worn, the sun, "block time to") in other words.
#[test]
fn round_hundred_and_thirty_nine_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Find an hour with Bo on Monday. Heater's humming. Outside, the wind howls.",
        "Find an hour with Bo on Monday. Driver's seat's soaked through.",
        "Book an hour with Bo on Monday. RATED PG FOR SNOW AND GENERAL CHAOS.",
        "Move my 3pm with Bo to friday. Outside, the brass band plays on regardless.",
        "Cancel Monday's 3pm with Bo. Terms and conditions apply.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "Move my 3pm with Bo to friday. It was a routine safety check on behalf of the parish council.",
            "reschedule",
        ),
        (
            "Find an hour with Bo on Monday, don't book it. He put on the helmet.",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        p("It smells of damp wood and sun cream. Book an hour with Bo on Monday at 3pm.")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 11, 30))
    );
    // From the blind set: what the time blocked is for is the habit.
    assert_eq!(
        title_of("pls block time to stretch 15 min every weekday morning"),
        "stretch"
    );
}

/// Round 140's rules, in other words than its templates.
#[test]
fn round_hundred_and_forty_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Report: the fair. Verdict: would not go back. Find an hour with Bo on Monday.",
        "Results: pending. Assessment: do not try this at home. Find an hour with Bo on Monday.",
        "Enter GHOST, dragging chains. Find an hour with Bo on Monday.",
        "that's me, secretary of the allotment society, covered in mud. Find an hour with Bo on Monday.",
        "It was a contest for the most people squeezed into a phone box. Find an hour with Bo on Monday.",
        "The seagulls circle overhead. Find an hour with Bo on Monday.",
        "Find an hour with Bo on Monday about the new office.",
        "The removal crew had lifted it onto the lorry. Move my 3pm with Bo to friday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    assert_eq!(
        names_of("I've offered lena a half-hour call on Monday at 3. Book it."),
        vec!["lena"]
    );
    for (text, kind) in [
        (
            "we could only shuffle sideways along the ledge. Find an hour with Bo on Monday, don't book it.",
            "find",
        ),
        (
            "The editor wishes to remind listeners that the quiz returns next week. Book an hour with Bo on Monday at 3pm.",
            "book",
        ),
        // From the blind set: "add" closing the request books what it names.
        ("haircut saturday 10am, 30 mins, please add", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
}

/// Round 141's rules, in other words than its templates.
#[test]
fn round_hundred_and_forty_one_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Q: How did you get here? A: Competitive sandcastles. Find an hour with Bo on Monday.",
        "Hi from the fair, courtesy of the parish youth committee. Find an hour with Bo on Monday.",
        "From the guide. Cheese-rolling is a sport for the brave. Find an hour with Bo on Monday.",
        "About me: generous, ambitious and joyful. Find an hour with Bo on Monday.",
        "The climbers were hanging on with elbows and knees. Find an hour with Bo on Monday.",
        "Players pad their shins with straw. Find an hour with Bo on Monday.",
        "The rider on the Big Dipper screamed. Find an hour with Bo on Monday.",
        "No seatbelts worth mentioning. Disembarking, the crew regrets to say, is impossible. Find an hour with Bo on Monday.",
        "The cat sat there. Editor's note: nobody saw it. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "A seagull on the rail is refusing to budge. Find an hour with Bo on Monday.",
            "find",
        ),
        (
            "Wrestlers kick at each other's ankles until one falls over. Find an hour with Bo on Monday.",
            "find",
        ),
        (
            "Next on my list is a quick call with Bo about the budget. Look for 30 minutes on Monday, don't book it.",
            "find",
        ),
        // From the blind set: a cancellation of what is only pointed at, and the thing done, ask.
        ("cancel it", "clarify"),
        ("can we do the thing soon?", "clarify"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // From the blind set: a span of weekdays in one word, and a period said of someone else.
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    assert_eq!(
        days("need an hour with Bo wed-fri"),
        Some((ymd(2026, 12, 2), ymd(2026, 12, 4)))
    );
    assert_eq!(
        days("book 30 min with Bo on thursday - he's staying in Lisbon this month"),
        Some((ymd(2026, 12, 3), ymd(2026, 12, 3)))
    );
    assert_eq!(title_of("swim every mon-fri at 7am, 30 min"), "swim");
}

/// Round 142's rules, in other words than its templates.
#[test]
fn round_hundred_and_forty_two_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Dear Grandpa, I hope you are well. My worry, Grandpa, is this. Find an hour with Bo on Monday.",
        "Find an hour with Bo on Monday. Yours, Soggy in Swindon. AGATHA REPLIES: Dear Soggy, chin up.",
        "Find an hour with Bo on Monday. I remain, Sir, your humble servant.",
        "[Chorus] Bounce, bounce on the trampoline. Find an hour with Bo on Monday.",
        "FAULT: Printer is wobbling. FIX: Unplug it. Find an hour with Bo on Monday.",
        "Subject: Bog Snorkelling, village pond. Find an hour with Bo on Monday.",
        "Welcome to Soggy, the podcast about rain. Find an hour with Bo on Monday.",
        "Welcome. If, like me, you are on a roof, that is fine. Find an hour with Bo on Monday.",
        "One boot went left. Another has landed in the pond. Find an hour with Bo on Monday.",
        "Report. Teacher's comment: the pupil shows promise. Find an hour with Bo on Monday.",
        "It's settled. Areas for improvement: timing, balance, nerve. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "The porters were pushing from behind. Find an hour with Bo on Monday.",
            "find",
        ),
        (
            "A piano - pushed by two removal men - has rolled into the canal. Find an hour with Bo on Monday.",
            "find",
        ),
        (
            "Someone has lost the light switch. Find an hour with Bo on Monday.",
            "find",
        ),
        (
            "The ball was meant to go left, and instead it went into the pond. Find an hour with Bo on Monday.",
            "find",
        ),
        // From the blind set: a meeting about "the thing" alone asks what is meant.
        ("hmm we should meet about the thing at some point", "clarify"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // From the blind set: a length written as one word, or with "-ish", and "block off".
    assert_eq!(
        p("book a one-and-a-half-hour call with Bo on Monday at 10").duration_minutes,
        Some(90)
    );
    assert_eq!(
        p("coffee with Bo on Sunday, an hour and a half-ish").duration_minutes,
        Some(90)
    );
    assert_eq!(title_of("Block off 30 min every day for stretching"), "stretching");
}

/// Round 143's rules, in other words than its templates.
#[test]
fn round_hundred_and_forty_three_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "A FAN (off): Caught you! Find an hour with Bo on Monday.",
        "Book an hour with Bo on Monday at 10. Love, me. P.S. The sea is cold and there is sand in my shoes, and the pier goes on for ever.",
        "And now, the weather. Conditions: breezy. Visibility is poor, as I am bent double. Find an hour with Bo on Monday.",
        "Conditions: damp. Pressure is rising, mostly in my ears. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "Enter THE MAGICIAN, waving a wand. Find an hour with Bo on Monday, don't book it.",
            "find",
        ),
        (
            "I was pushed into a costume by my sister. Book an hour with Bo on Monday at 10.",
            "book",
        ),
        (
            "It is your job alone, so pass it to your deputy. My boss asked me to file the report this week. Add it as a task.",
            "task",
        ),
        // From the blind set: a meeting named by its day and hour made another day moves.
        ("the friday 9am w/ Bo, make it thursday same time", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        title_of(
            "The ferry, I have heard, is late. My boss has asked me to file the report this week. Put it on my to-do list as a task."
        ),
        "file the report"
    );
}

/// Round 144's rules, in other words than its templates.
#[test]
fn round_hundred_and_forty_four_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "We spin on. Strategy, for the attention of my assistant: I've set up a 30-minute meeting with Bo tomorrow at 10, and he has accepted. Book it.",
        "The pipe band is playing a reel on the green. Find an hour with Bo on Monday.",
        "SAFETY NOTICE: CLIFF-TOP ZIP LINE, SEASIDE PARK. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    // "Sundry" is no Sunday.
    assert_eq!(
        p("LOT 12: SUNDRY GARDEN TOOLS. Find an hour with Bo on Monday.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))
    );
    // From the blind set: working days, "add" with the people between it and the day, and a
    // meeting named by its hour asked to go to another day.
    assert_eq!(
        p("yoga 20 min every evening on workdays").kind,
        IntentKind::AddHabit {
            title: "yoga".into(),
            frequency: Some(Frequency::Weekdays),
            part: Some(PartOfDay::Evening)
        }
    );
    assert_eq!(
        kind_name(&p("pls add drinks w/ Tomás & Iris tmrw evening").kind),
        "book"
    );
    assert_eq!(
        kind_name(&p("can the 10am with Bo tomorrow go to tuesday morning?").kind),
        "reschedule"
    );
}

/// Round 145's rules, in other words than its templates.
#[test]
fn round_hundred_and_forty_five_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Effort: top marks. Overall: could try harder, ideally elsewhere. Find an hour with Bo on Monday.",
        "CAPTAIN: Then I'll be the one with the parrot. Find an hour with Bo on Monday.",
        "Our side saw off the rugby squad. Find an hour with Bo on Monday.",
        "The rowing crew has formed an arch with their oars. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "Just a look, please: don't book anything. I'll call them myself when this bus gets moving. Find an hour with Bo on Monday.",
            "find",
        ),
        (
            "Please keep your hands inside and hold on to your hats. Find an hour with Bo on Monday, don't book it.",
            "find",
        ),
        // From the blind set: a meeting wanted of no one, on no day, asks what is meant.
        ("hi, i need a meeting", "clarify"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        title_of(
            "Dear Diary, I sit on the roof of the shed. Diary, I must also ask you to pass a note to my assistant: my manager has asked me to file the expense claims this week. Put it on my to-do list as a task."
        ),
        "file the expense claims"
    );
}

#[test]
fn round_hundred_and_forty_six_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Part C - the damage: one bent umbrella. Find an hour with Bo on Monday.",
        "Dear Sir or Madam, I am writing about the bins. Find an hour with Bo on Monday.",
        "Sunset Orange: my face. Storm Grey: the sky above me. Lost Hope: my umbrella. Find an hour with Bo on Monday.",
        "Staff Memo, pinned to the fridge: find an hour with Bo on Monday.",
        "Q: Should I panic? A: Not yet. Find an hour with Bo on Monday.",
        "She played a single Z. Find an hour with Bo on Monday.",
        "LOST PROPERTY FORM - LEFT-LUGGAGE OFFICE, CENTRAL STATION. Find an hour with Bo on Monday.",
        "Find an hour with Bo on Monday to sort out the row over the office parking.",
        "Find an hour with Bo on Monday. The candidate has replied with a shrug.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    // A slot sought "where" people could do something books nothing.
    assert_eq!(
        kind_name(&p("could you work out a window where Bo and I could grab lunch on Monday?").kind),
        "find"
    );
    // A line quoted in another sentence than the lead names no habit.
    assert_eq!(
        title_of(
            "Sign: 'Sorry, we are closed for the winter.' I should stretch my hamstrings every evening, 10 minutes at a time."
        ),
        "stretch my hamstrings"
    );
}

#[test]
fn round_hundred_and_forty_seven_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Best Moment: scored a goal. Worst Moment: missed a penalty. Final Whistle: the long walk home. Find an hour with Bo on Monday.",
        "Hon. Members: Hear, hear! The Member for Puddleby: I thank the House. Hon. Members: Shame! Madam Deputy Speaker: Order! Find an hour with Bo on Monday.",
        "It rained all day. Aside, for my assistant: find an hour with Bo on Monday.",
        "I wrote it with my other hand. Find an hour with Bo on Monday.",
        "For beginners: croquet is played on a lawn. Find an hour with Bo on Monday.",
        "They said it might sting: Sting is not the word. Find an hour with Bo on Monday.",
        "The ducks crowd round my ankles. Find an hour with Bo on Monday.",
        "She was shaking with laughter. Find an hour with Bo on Monday.",
        "A SONG OF THE LONG-DISTANCE RUNNER, sung on a bench. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    assert!(
        !names_of("Find an hour with Bo on Monday. Secret Achievement: the usher has pulled the plug out of the wall.")
            .contains(&"usher".to_owned())
    );
    // From the blind set: "thru", people gathered in a room, an hour in words before "pm", and
    // doing it earlier or later.
    for (text, kind) in [
        ("run me thru monday", "describe"),
        ("I have to get Ana, Bo and Cy in a room for an hour next week", "find"),
        ("the mon 10:00 w Bo, could we do it later in the day", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        moved_of("move my two pm with Bo on Monday to Tuesday").map(|m| m.time),
        Some(Some(hm(14, 0)))
    );
    assert_eq!(title_of("create a to do to renew my visa by friday"), "renew my visa");
}

#[test]
fn round_hundred_and_forty_eight_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Rain on the roof. / Puddles grow. / Gutters sigh. // Find an hour with Bo on Monday.",
        "(Still waiting.) (Raining again.) (Nobody came.) Find an hour with Bo on Monday.",
        "Notes by a driver. Passengers must remain seated. Find an hour with Bo on Monday.",
        "The guard has gone off to chat with the driver at the gate. Find an hour with Bo on Monday.",
        "Chapter One: A Dog, a Bone, and a Very Long Walk. In Which the Dog Digs. In Which the Owner Despairs. Find an hour with Bo on Monday.",
        "Find an hour with Bo on Monday to sort out the muddle with the bike lockers.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    assert_eq!(
        p("Find an hour with Bo on Monday. I'm stuck at CENTRAL STATION.").zone,
        None
    );
    for (text, kind) in [
        ("AGENDA. Item A: apologies. Find an hour with Bo on Monday.", "find"),
        (
            "Where the ball landed instead, nobody knows. Find an hour with Bo on Monday.",
            "find",
        ),
        (
            "I was asked to put up the tent in the back garden. Book an hour with Bo on Monday at 10.",
            "book",
        ),
        // From the blind set: whether one could fit something in asks.
        (
            "Between 9 and 11 tomorrow, could I fit in half an hour with Bo?",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        title_of("Index entries. Task, urgent, for my assistant: I've been asked to renew the insurance by Friday."),
        "renew the insurance"
    );
    // From the blind set: kin before a lowercase name, a name before "while", and a weekday
    // "after" the meeting's day.
    assert_eq!(names_of("lunch w/ uncle tomasz sunday at 1"), vec!["uncle tomasz"]);
    assert_eq!(
        names_of("I can't make Monday's 10am with priya while I'm abroad, move it to Tuesday."),
        vec!["priya"]
    );
    assert_eq!(
        p("move my 3pm on friday w/ Bo to the tuesday after, sometime in the morning")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 8))
    );
}

#[test]
fn round_hundred_and_forty_nine_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "The deck was hosed down and the rails sprayed with bleach. Find an hour with Bo on Monday.",
        "Title: Lost, with regret. Find an hour with Bo on Monday.",
        "Subjects: Umbrellas - loss of. Trains - delays upon. Find an hour with Bo on Monday.",
        "The kettle has one setting, and it is called Volcano. Find an hour with Bo on Monday.",
        "SCORES. Mostly (b): you are a worrier. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "The tide pushes inwards on the pier. Book an hour with Bo on Monday at 10.",
            "book",
        ),
        (
            "I grabbed the wrong bag instead, and ran. Find an hour with Bo on Monday at 10.",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        p("We walked from one end of the pier to the other. Find an hour with Bo on Monday.")
            .window
            .and_then(|w| w.time),
        None
    );
}

#[test]
fn round_hundred_and_fifty_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "AN ACROSTIC. R - Rain came down. U - Umbrellas everywhere. N - Nobody dry. Find an hour with Bo on Monday.",
        "Page two: for 'the new family saloon' read 'the old family saloon'. Find an hour with Bo on Monday.",
        "The rain stopped. / The wind dropped. / Then, quite suddenly, / the sun came out. // Find an hour with Bo on Monday.",
        "If anyone present has anything to say, let them speak now. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "for faster, when the coach pushes, and for slower, when he rests. Book an hour with Bo on Monday at 10.",
            "book",
        ),
        (
            "The caretaker reached for the switch and sighed. Book an hour with Bo on Monday at 10.",
            "book",
        ),
        // From the blind set: everything wiped out, what a day looks like, and a meeting that needs
        // to be later.
        ("Wipe out everything from Tuesday to Thursday, I'm ill.", "cancel"),
        ("tell me what friday looks like", "describe"),
        ("the Monday 9am standup with Ana needs to be later, 10am", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
}

#[test]
fn round_hundred_and_fifty_one_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Put through: to the ticket office. Find an hour with Bo on Monday.",
        "I was sent off with instructions to wait. Find an hour with Bo on Monday.",
        "[Note: Your sister called.] [Note: Shall we go?] Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    assert_eq!(
        p("FIELD NOTES - MOUNTAIN BIKE CLUB. Find an hour with Bo on Monday.").zone,
        None
    );
    for (text, kind) in [
        (
            "A reminder, meanwhile, for my assistant, who keeps my diary: I've arranged an hour with Bo on Monday at 10. Put it in my calendar.",
            "book",
        ),
        // From the blind set: days cleared out.
        ("Clear out Tuesday and Wednesday, I'm travelling.", "cancel"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
}

#[test]
fn round_hundred_and_fifty_two_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "The marshal waved. Remarks, for my assistant, written on a clipboard: find an hour with Bo on Monday.",
        "The hatch closed on top of me and settled, with a loud clunk. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "The porters pushed the trolley, cases and all, up on to the platform. Book an hour with Bo on Monday at 10.",
            "book",
        ),
        (
            "Clue: what comes with a ladder and a brother laughing too hard to hold either? Look through my calendar on Monday and tell me where an hour with Bo could go. Don't book it.",
            "find",
        ),
        // From the blind set: a meeting taken out.
        ("please take out the 4pm with Bo on Friday, it's off", "cancel"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
}

#[test]
fn round_hundred_and_fifty_three_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "She sang in the bath, and she did it with gusto. Find an hour with Bo on Monday.",
        "I sent a firm letter to the parking office. Find an hour with Bo on Monday.",
        "Dear Owner of the Hat, you left it on the bus. Find an hour with Bo on Monday.",
        "Likes: biscuits, phone chargers, naps. Find an hour with Bo on Monday.",
        "(Answer, with a sigh: no.) Find an hour with Bo on Monday.",
        "If you turn into Heron Close, keep going. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "Don't chase the cat; instead, leave the door open. Find an hour with Bo on Monday.",
            "find",
        ),
        // From the blind set: what one agreed to on a day.
        ("what did i agree to on tuesday", "describe"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        title_of(
            "NOVEL, WORKING TITLE 'THE CELLAR', drafted in pencil. Remind me to return the library books by Friday."
        ),
        "return the library books"
    );
    // From the blind set: an open hour is an hour.
    assert_eq!(
        p("Looking for an open hour with Bo on Monday").duration_minutes,
        Some(60)
    );
}

#[test]
fn round_hundred_and_fifty_four_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "The fleas came in with the dogs, who deny it. Find an hour with Bo on Monday.",
        "There stood a snowman with buttons for eyes. Find an hour with Bo on Monday.",
        "The old kettle: works only when kicked. Find an hour with Bo on Monday.",
        "NOTES FOR THE CAT-SITTER. Welcome, and thank you. The door: sticks. Find an hour with Bo on Monday.",
        "Aim: to catch it. Method: wave a net. Results: none. Method, revised: wave a bigger net. Find an hour with \
         Bo on Monday.",
        "Visibility good. Fog, patchy at first. Visibility poor later. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        (
            "The lone drop on the pane trembles. Book an hour with Bo on Monday at 10.",
            "book",
        ),
        (
            "Every drop on the roof rattles. Book an hour with Bo on Monday at 10.",
            "book",
        ),
        // From the blind set: a meeting named by its day's, an arrow to its new day.
        ("monday's 3pm call w Bo → tuesday", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // From the blind set: three quarters of an hour.
    assert_eq!(
        p("find three quarters of an hour with Bo on Monday").duration_minutes,
        Some(45)
    );
}

#[test]
fn round_hundred_and_fifty_five_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "She gets on well with hedgehogs and badly with the mower. Find an hour with Bo on Monday.",
        "The painter dispensed with colour, texture and caution. Find an hour with Bo on Monday.",
        "The children kept hugging me and clambering over me. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    assert_eq!(
        names_of("it was agreed between me and bo that we meet Monday at 10, book it"),
        vec!["bo"]
    );
    assert!(
        names_of(
            "Motto: no shoes. Motto: no running. Motto: no shouting. Please call it off - delete it from my calendar \
             altogether, not pushed back - and let them know it isn't happening. Motto, added in a hurry: the referee \
             is lava."
        )
        .is_empty()
    );
    for (text, kind) in [
        (
            "Nothing is booked, and nobody is sent an invitation. Just find an hour with Bo on Monday.",
            "find",
        ),
        ("We withdraw into the hall. Find an hour with Bo on Monday.", "find"),
        (
            "Find an hour with Bo on Monday and let me know where it could squeeze in.",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    let moved = |text: &str| match p(text).kind {
        IntentKind::Reschedule { which, to } => (which.date, which.time, to.map(|w| (w.start, w.time))),
        other => panic!("{text}: {other:?}"),
    };
    // What a meeting is moved "rather than" names no old time unless a day or hour follows.
    assert_eq!(
        moved("move Monday's 3pm with Bo to Friday at 10, shifted whole rather than copied"),
        (
            Some(ymd(2026, 11, 30)),
            Some(hm(15, 0)),
            Some((ymd(2026, 12, 4), Some(TimeOfDay::At(hm(10, 0)))))
        )
    );
    // From the blind set: postponed by a week, at its own time; "any time <day> works" after a comma.
    assert_eq!(
        moved("postpone Tuesday's 2pm with Bo by a week"),
        (
            Some(ymd(2026, 12, 1)),
            Some(hm(14, 0)),
            Some((ymd(2026, 12, 8), Some(TimeOfDay::At(hm(14, 0)))))
        )
    );
    assert_eq!(
        moved("move the 9am with bo on monday, any time wednesday works"),
        (Some(ymd(2026, 11, 30)), Some(hm(9, 0)), Some((ymd(2026, 12, 2), None)))
    );
}

#[test]
fn round_hundred_and_fifty_six_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Article on Trade: the fort sells nothing. Find an hour with Bo on Monday.",
        "Tricks learned: Vanishing Coin, Floating Card. Find an hour with Bo on Monday.",
        "EXAM PAPER. Candidates must not talk. Candidates must not cheat. Book an hour with Bo on Monday at 10.",
        "Question: explain, with examples, why it matters. Find an hour with Bo on Monday.",
        "Verdict: Overrated, and cold. Find an hour with Bo on Monday.",
        "The path ends in a marsh with feelings. Find an hour with Bo on Monday.",
        "A report with its last chapter missing. Find an hour with Bo on Monday.",
        "To whoever finds this: help. Finders, please write back. Find an hour with Bo on Monday.",
        "Hero name: withheld. Power: can always spot a typo. Action taken: none. Lessons learned: few. Find an hour \
         with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    // From the blind set: people pointed at, no one named.
    assert!(names_of("can you handle the thing with those people").is_empty());
    for (text, kind) in [
        ("need 15m with Bo on Monday. book nothing. invite nobody.", "find"),
        (
            "Find 30 min with Bo and tell me where that could fit on Monday in the afternoon.",
            "find",
        ),
        (
            "It was the nearest scrap of paper. Book an hour with Bo on Monday at 10.",
            "book",
        ),
        // From the blind set: around for a coffee, free for it.
        ("is priya around for a coffee on sunday", "find"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
}

#[test]
fn round_hundred_and_fifty_seven_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Dear Inspectors, I write to complain. Find an hour with Bo on Monday.",
        "It has cracked the windows of the accounts office and been mistaken for a doorstop. Find an hour with Bo \
         on Monday.",
        "Fixed: the app no longer leads users astray. Find an hour with Bo on Monday.",
        "Caller, that is me, in the rain: Hello. RECEPTIONIST: WHO IS IT? Caller: I work here. Find an hour with Bo \
         on Monday.",
        "I found a grey rock with crystals in it. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    // From the template: "abt" is "about".
    assert_eq!(names_of("need 1h w/ bo abt the budget on Monday"), vec!["bo"]);
    for (text, kind) in [
        ("Signed in pencil at the desk. Find an hour with Bo on Monday.", "find"),
        ("The ivy has put out shoots. Find an hour with Bo on Monday.", "find"),
        (
            "Carry Monday's 3pm with Bo, already in my calendar, over to Tuesday at 4.",
            "reschedule",
        ),
        (
            "What is written here? Move Monday's 3pm with Bo to Tuesday at 4. I mean the meeting already in my \
             calendar.",
            "reschedule",
        ),
        // From the blind sets: a search for nothing named, a talk with no one named.
        ("find something that suits everyone", "clarify"),
        ("I need to talk to somebody about it soon", "clarify"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
}

#[test]
fn round_hundred_and_fifty_eight_rules_hold_in_other_words() {
    for text in [
        "Travellers greet our client with contempt. Find an hour with Bo on Monday.",
        "Square with stripes: the car park. Square with stripes and a line: the exit. Find an hour with Bo on \
         Monday.",
        "LETTER OF COMPLAINT FROM THE PIER TO THE HARBOUR AUTHORITY. Find an hour with Bo on Monday.",
        "Cancel Monday's 10:30 with Bo. It will be missed. Flowers can be left at the gate.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    // A name in a heading's capitals is no task's title, and "it has" before a lead points at
    // nothing.
    assert_eq!(
        title_of(
            "NOTES FOUND IN A TIN OF 'FRESH SEA BREEZE' FROM THE KIOSK. it has fallen to me to renew the parking \
             permits by Friday. Add it as a task."
        ),
        "renew the parking permits"
    );
}

#[test]
fn round_hundred_and_fifty_nine_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Its pages are soft as felt with handling. Find an hour with Bo on Monday.",
        "FORM - PLANNING DEPARTMENT OF THE CITY COUNCIL. Find an hour with Bo on Monday.",
        "The hedgehog: small and inquisitive, and loved by the neighbours. Find an hour with Bo on Monday.",
        "Hammer, slightly bent. Wrench, badly rusted. Tape, half unrolled. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        ("Find 15 min with Bo on Monday. He yawns at his own slide.", "find"),
        ("Find 25 min with Bo on Monday. drop nobody a line.", "find"),
        // From the blind set: a move or a cancellation naming nothing; where we could, asked.
        ("can you move the meeting", "clarify"),
        ("cancel", "clarify"),
        ("any time sunday where Bo and I could grab lunch?", "find"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // "SAT THROUGH" is no Saturday.
    assert_eq!(
        moved_of("THE REPORT, WRITTEN BY ME AND SAT THROUGH BY THE BOARD. Move Monday's 3pm with Bo to Tuesday at 4.")
            .map(|m| (m.date, m.until)),
        Some((Some(ymd(2026, 11, 30)), None))
    );
}

#[test]
fn round_hundred_and_sixty_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "Chart: top row: E. Easy. Find an hour with Bo on Monday.",
        "LETTER WRITTEN AT THE REQUEST OF THE COUNTY PLANNING OFFICE. Find an hour with Bo on Monday.",
        "Appeal refused, with sympathy. Find an hour with Bo on Monday.",
        "Series B: old coins. Series C: buttons. Find an hour with Bo on Monday.",
        "Is it the Wet Sneeze or the Dry Sneeze? Each sneeze is noted. Find an hour with Bo on Monday.",
        "Cancel Monday's 10:30 with Bo, called to pick the paint, and tell him.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    // From the template and the blind set: lowercase names before "will sit down with me" and
    // before a time of day.
    for text in [
        "it's agreed - bo will sit down with me on Monday at 10, book it",
        "need 15 mins w/ bo the morning of the 14th",
    ] {
        assert_eq!(names_of(text), vec!["bo"], "{text}");
    }
    for text in [
        "Find 15 min with Bo on Monday. Placed on the verge to slow traffic, and moved by cyclists to get past.",
        "Find an hour with Bo on Monday. Put in the road to keep drivers out.",
        "Jotted in pencil for my assistant: find an hour with Bo on Monday.",
    ] {
        assert_eq!(kind_name(&p(text).kind), "find", "{text}");
    }
    assert_eq!(
        title_of("my doctor says I'm to walk each evening, 20 minutes a time"),
        "walk"
    );
}

#[test]
fn round_hundred_and_sixty_one_rules_hold_in_other_words() {
    let p = read;
    for text in [
        "The coach will circle the green. Find an hour with Bo on Monday.",
        "A memo filed under Q for later. Find an hour with Bo on Monday.",
        "Apples, see Fruit. Fruit, see Apples. Pears, ripe. Find an hour with Bo on Monday.",
        "Divers are issued with flippers. Find an hour with Bo on Monday.",
        "He came in to get a stamp and left with opinions. Find an hour with Bo on Monday.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    for (text, kind) in [
        ("A note I forgot to delete: find an hour with Bo on Monday.", "find"),
        // From the blind set: a booking naming nothing; plans on a day, asked about.
        ("book a meeting for me", "clarify"),
        ("any plans sunday evening?", "describe"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // From the blind set: a time written with hyphens.
    assert_eq!(
        moved_of("can u move my half-past-ten with Bo on the 18th to the 21st").and_then(|m| m.time),
        Some(hm(10, 30))
    );
}

#[test]
fn round_hundred_and_sixty_two_rules_hold_in_other_words() {
    let p = read;
    // A heading of what is done alone and what is not; a place where someone is, its clock not
    // the one asked for; whom a time suits.
    for (text, names) in [
        (
            "Bo and I want a 90-minute huddle. Tell me where it could fit. Audit only, no changes: \
             add nothing, invite no one.",
            vec!["Bo"],
        ),
        (
            "set up a call with Ana on Dec 9 at 4pm Berlin time, she's based out of Los Angeles",
            vec!["Ana"],
        ),
        ("could you check if Wed 9 Dec at 3pm works for olu", vec!["olu"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        // People booked in: a meeting, not a task.
        ("need to book the design team in for an hour on Tuesday at 2", "book"),
        // Whether a day and an hour suit someone, asked.
        ("could you check if Wed 9 Dec at 3pm works for olu", "find"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // A weekday's meeting, its apostrophe left out, before its hour.
    assert_eq!(
        moved_or_cancelled("drop fridays 9:30 with the sales team").map(|m| (m.date, m.time)),
        Some((Some(ymd(2026, 12, 4)), Some(hm(9, 30))))
    );
}

#[test]
fn round_hundred_and_sixty_three_rules_hold_in_other_words() {
    let p = read;
    // A note headed by a short line ending in a full stop, read on its own.
    let text = "Minutes of the residents' meeting. Present: Ruth, Omar and the caretaker. Item 1: the \
        bins. Item 2: the lift, which has stopped again. A line for the assistant that keeps my \
        diary. Bo and I will meet on Monday at 10 for an hour; put it in my calendar and invite \
        him. Item 3: any other business, of which there was none.";
    assert_eq!(names_of(text), vec!["Bo"]);
    // What one was asked to do, past where; a department met; a day open for me.
    assert_eq!(
        title_of(
            "at the club I've been asked to renew the insurance, and it has to be done by Friday. \
             Put it on my list as a task."
        ),
        "renew the insurance"
    );
    assert_eq!(
        names_of("I would like to meet the marketing department on Tuesday afternoon."),
        vec!["marketing department"]
    );
    for (text, kind) in [
        ("Is Sunday open for me?", "describe"),
        ("Reschedule.", "clarify"),
        ("stretch for 10 minutes every workday morning", "habit"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // A breakfast's hour is the morning's.
    assert_eq!(
        moved_or_cancelled("cancel the 6:45 breakfast with Ana on Monday").and_then(|m| m.time),
        Some(hm(6, 45))
    );
    // One's own meeting named by its hour, put on another day; a day's meeting by its hour, an
    // arrow to another day.
    for (text, day) in [
        (
            "My 3pm with Bo on Dec 14 - could you put it on Dec 16?",
            ymd(2026, 12, 14),
        ),
        ("today's 4:30 w jana -> friday 9:00", ymd(2026, 11, 27)),
    ] {
        assert_eq!(moved_of(text).and_then(|m| m.date), Some(day), "{text}");
    }
}

#[test]
fn round_hundred_and_sixty_four_rules_hold_in_other_words() {
    let p = read;
    // A note to the assistant described by what it does ("who keeps my diary and will type this
    // up"), read on its own.
    let text = "MINUTES OF THE ALLOTMENT COMMITTEE. Present: Marcus Webb, Jo Okafor, Ruth Baines. \
        Item 1: the water butts. Marcus reported that the butts were full of frogs. [Aside, to the \
        assistant who keeps my diary and will type this up: I need an hour with Bo on Monday at \
        10; look where it fits and book nothing.] Item 2: the shed, which leaks.";
    assert_eq!(names_of(text), vec!["Bo"]);
    for (text, kind) in [
        // A move that is a noun, before "and"; nothing pencilled in.
        (
            "I need 30 minutes with Ana about the key, lost in the house move and never found. Tell \
             me where it could go next week.",
            "find",
        ),
        ("Only tell me: pencil nothing in.", "clarify"),
        // From the blind set: a meeting, whom it is with and its day, an arrow to another day.
        ("the coffee with Bo on friday -> monday", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // From the blind set: minutes after hours with no unit of their own.
    assert_eq!(p("book an hour 15 with Ana on Monday").duration_minutes, Some(75));
}

#[test]
fn round_hundred_and_sixty_five_rules_hold_in_other_words() {
    let p = read;
    // A note for whoever keeps one's calendar, read on its own; a body calling one away, no one
    // to meet.
    for (text, names) in [
        (
            "MINUTES OF THE ALLOTMENT COMMITTEE. Present: Marcus Webb, Jo Okafor, Ruth Baines. Item \
             1: the water butts. Marcus reported that the butts were full of frogs. A note for \
             whoever looks after my calendar: find an hour with Bo on Monday. Item 2: the shed, \
             which leaks whenever it rains on the allotment.",
            vec!["Bo"],
        ),
        (
            "the fire safety officers want me on site all day, so move Monday 3pm with Ana to \
             Wednesday",
            vec!["Ana"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // From the blind set: "that one" cancelled asks which; whether a time suits someone, without
    // "for"; a meeting by its hour, whom it is with and its date, an arrow to another date.
    for (text, kind) in [
        ("cancel that one", "clarify"),
        ("does Friday at 3 suit Ana?", "find"),
        ("my 2 o'clock with Bo on the 8th -> the 9th", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
}

#[test]
fn round_hundred_and_sixty_six_rules_hold_in_other_words() {
    let p = read;
    // What one is made to do; from the blind set: whether a day and an hour are "ok" for someone,
    // asked; "avaliable" as it is misspelt; "one and half hour".
    assert_eq!(
        title_of("my coach insists I stretch every evening, 10 minutes"),
        "stretch"
    );
    assert_eq!(
        names_of("is 3pm on friday 11 dec ok for the design team?"),
        vec!["design team"]
    );
    assert_eq!(names_of("can you check when bo is avaliable next week"), vec!["bo"]);
    assert_eq!(
        p("find one and half hour with Ana next week").duration_minutes,
        Some(90)
    );
}

#[test]
fn round_hundred_and_sixty_seven_rules_hold_in_other_words() {
    let p = read;
    // From the blind set: a network met with is people; "is" closes a group's name; Boxing Day;
    // an "available" hour; a meeting by its hour after "my", whom it is with and a day alone, an
    // arrow to another day; a move leaning on what came before asks which; a meeting by its hour
    // "on" its day said to be off is cancelled.
    assert_eq!(
        names_of("drop the noon call with the parents network on Tuesday"),
        vec!["parents network"]
    );
    assert_eq!(
        names_of("tomorrow's 6pm dinner with the cycling club is off, remove it"),
        vec!["cycling club"]
    );
    assert_eq!(
        p("what have I got on boxing day").window.map(|w| w.start),
        Some(ymd(2026, 12, 26))
    );
    assert_eq!(
        p("find Bo and me an available hour on Monday").duration_minutes,
        Some(60)
    );
    for (text, kind) in [
        ("my 3pm w/ Kemal tomorrow → monday morning", "reschedule"),
        ("my 11am with Ines thursday -> friday", "reschedule"),
        ("bump those ones as well", "clarify"),
        ("the 6pm dinner with Bo on Friday is off", "cancel"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
}

#[test]
fn round_hundred_and_sixty_eight_rules_hold_in_other_words() {
    let p = read;
    // From the blind set: "seventy"; a French hour after a day's ordinal and its comma; "past" an
    // hour, and "after" a spelled one, as bounds; a new day of the month alone nearest the
    // meeting's; "the weekend after this one"; an Irish family name's "Ó"; an emoji and "deadline"
    // or "ideally" ending a title; what the day's "damage" is and what is in my agenda, asked; a
    // meeting to "set up"; "the usual", naming nothing; time wanted "if they have anything".
    assert_eq!(p("find seventy minutes with Bo on Monday").duration_minutes, Some(70));
    let french = p("Monday the 7th, 9h45, book 30 min with Ana");
    assert_eq!(french.duration_minutes, Some(30));
    assert_eq!(french.window.and_then(|w| w.time), Some(TimeOfDay::At(hm(9, 45))));
    assert_eq!(
        p("what do I have on Monday past 5pm").window.and_then(|w| w.time),
        Some(TimeOfDay::After(hm(17, 0)))
    );
    assert_eq!(
        p("find an hour with Bo on Tuesday after quarter past two")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(14, 15)))
    );
    assert_eq!(
        p("move the 3pm with Ana on Jan 12 to the 13th").window.map(|w| w.start),
        Some(ymd(2027, 1, 13))
    );
    assert_eq!(
        p("what's on the weekend after this one")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 5), ymd(2026, 12, 6)))
    );
    assert_eq!(
        names_of("cancel lunch with Pádraig Ó Ceallaigh on Monday at 1"),
        vec!["Pádraig Ó Ceallaigh"]
    );
    assert_eq!(
        title_of("todo: renew the car insurance ✅ deadline the 9th"),
        "renew the car insurance"
    );
    assert_eq!(
        title_of("yoga, three times a week, half an hour, ideally evenings"),
        "yoga"
    );
    for (text, kind) in [
        ("what's the damage for Thursday", "describe"),
        ("tell me what's in my agenda on Monday", "describe"),
        ("coffee with Bo on Monday at 10, can you set it up?", "book"),
        ("can we do the usual, maybe earlier", "clarify"),
        (
            "put 30 min in with the design team on Tuesday if they have anything",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
}

#[test]
fn round_hundred_and_sixty_nine_rules_hold_in_other_words() {
    let p = read;
    // From the blind set: the one greeted is the one asked; an hour and its minutes in words
    // joined; a French hour standing alone; a bare day after its weekday, the hour given apart;
    // an org, a subcommittee, a neighbourhood watch; a letter for an option; a week likened to a
    // madhouse, "…, anything?" after a day, a meeting one is "trying to organise", "a week from
    // Friday", a lowercase full name asked to be free, "weeknight"; a meeting "presently
    // scheduled" that "will take place" elsewhere; "twenty-five to three"; "postpone for one
    // week"; "Fr."; "same slot"; a meeting got "in for" a day.
    assert_eq!(
        names_of("Dear Kairos, please book lunch with Bo on Monday at 1."),
        vec!["Bo"]
    );
    assert_eq!(
        p("book coffee with Ana on Dec 9 at nine-fifteen")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(9, 15)))
    );
    assert_eq!(
        p("is 14h45 on Monday ok for Ana and Bo?").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(14, 45)))
    );
    assert_eq!(
        p("book lunch with Bo for Friday 11, at 13h")
            .window
            .map(|w| (w.start, w.time)),
        Some((ymd(2026, 12, 11), Some(TimeOfDay::At(hm(13, 0)))))
    );
    for (text, names) in [
        ("book an hour with the design org on Monday at 10", vec!["design org"]),
        (
            "the 7pm on Friday with the neighbourhood watch got cancelled, take it off",
            vec!["neighbourhood watch"],
        ),
        (
            "the finance subcommittee needs an hour on Monday",
            vec!["finance subcommittee"],
        ),
        ("when is jean-luc dubois free on Monday", vec!["jean-luc dubois"]),
        ("move the 8:50 with Fr. Tomás on Sunday to 10", vec!["Fr. Tomás"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        ("go ahead with option C", "clarify"),
        ("is Thursday a madhouse or am I fine", "describe"),
        ("monday after 5pm, anything?", "describe"),
        (
            "I'm trying to organise a workshop with Ana next week, any day would suit",
            "find",
        ),
        (
            "move the review with Ana, presently scheduled for Monday at 10, it will take place on Tuesday at 10",
            "reschedule",
        ),
        ("can you get the review with Ana in for Tuesday at 3?", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        p("find an hour with Bo a week from Friday").window.map(|w| w.start),
        Some(ymd(2026, 12, 11))
    );
    let habit = p("every weeknight 20 min of piano practice");
    assert!(matches!(
        habit.kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Weekdays),
            part: Some(PartOfDay::Evening),
            ..
        }
    ));
    assert_eq!(
        moved_of("move Monday's twenty-five to three with Bo to Tuesday").and_then(|m| m.time),
        Some(hm(14, 35))
    );
    for text in [
        "my call with Bo on Monday at 9, I need to postpone for one week",
        "move tomorrow's 4pm with Bo to Monday, same slot",
    ] {
        let read = p(text);
        assert!(read.window.is_some_and(|w| w.time.is_some()), "{text}");
    }
    assert_eq!(
        p("my call with Bo on Monday at 9, I need to postpone for one week")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 7))
    );
}

#[test]
fn round_hundred_and_seventy_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a note to self, read on its own. From the blind set: "at 9 and a half";
    // an hour "sharp"; "what is on" a span; "ibn"; "show" a month's days; four digits after "@";
    // a club closing a list met with; "my week beginning"; "keep the time"; a meeting's day before
    // "won't work" in a move; a group met with before "could".
    assert_eq!(
        names_of(
            "A NOTE PINNED TO THE NOTICEBOARD OF THE SAILING CLUB, WRITTEN BY ME, THE COMMODORE, ABOUT \
             THE STATE OF THE DINGHY PARK AND THE LIFEJACKETS. Please return lifejackets to the hooks. \
             Note to self, before I forget - for my own calendar, not the club's: find an hour with \
             Marco on Tuesday. The slipway is slippery at low tide."
        ),
        vec!["Marco"]
    );
    let time = |text: &str| p(text).window.and_then(|w| w.time);
    assert_eq!(
        time("book lunch with Ana on Friday at 9 and a half"),
        Some(TimeOfDay::At(hm(9, 30)))
    );
    assert_eq!(
        time("Set up the review with Bo — Thursday the 10th, 3 sharp"),
        Some(TimeOfDay::At(hm(15, 0)))
    );
    assert_eq!(
        time("block 2h for board prep on Monday @ 1400"),
        Some(TimeOfDay::At(hm(14, 0)))
    );
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    assert_eq!(
        days("tell me what is on Dec 21-23"),
        Some((ymd(2026, 12, 21), ymd(2026, 12, 23)))
    );
    assert_eq!(days("show Jan 4-6"), Some((ymd(2027, 1, 4), ymd(2027, 1, 6))));
    assert_eq!(
        days("summarise my week beginning Monday 7 December"),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 13)))
    );
    for (text, names) in [
        ("find an hour with Yusuf ibn Rashid on Monday", vec!["Yusuf ibn Rashid"]),
        (
            "the dinner with Ana, Bo and the running club on Friday at 7 is off",
            vec!["Ana", "Bo", "running club"],
        ),
        (
            "the 9:05 with the sales interns could happen Monday instead",
            vec!["sales interns"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    let kept = p("can the 10am on the 15th with Bo move two days later? keep the time");
    assert_eq!(
        kept.window.map(|w| (w.start, w.time)),
        Some((ymd(2026, 12, 17), Some(TimeOfDay::At(hm(10, 0)))))
    );
    assert!(
        p("The 4pm with Bo on Tuesday won't work, move it to Wednesday at 4")
            .avoid
            .is_empty()
    );
    assert_eq!(
        moved_of("The 4pm with Bo on Tuesday won't work, move it to Wednesday at 4").and_then(|m| m.date),
        Some(ymd(2026, 12, 1))
    );
}

#[test]
fn round_hundred_and_seventy_one_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a line opening "for the diary" after a word or two, read on its own.
    // From the blind set: hours "and" minutes; "past" an hour opening the request; "whn"; weekdays
    // and a part of the day opening a habit; "whether I have any"; "by week".
    assert_eq!(
        names_of(
            "THE RULES OF THE ALLOTMENT SOCIETY, AS AGREED AT THE SPRING MEETING AND PINNED TO THE \
             SHED DOOR. No bonfires after dark. Hoses to be coiled. END OF RULES. PS - for the diary, \
             and nothing to do with the society: find an hour with Bo on Monday."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        p("book a call with Ana on Monday for two hours and fifteen minutes").duration_minutes,
        Some(135)
    );
    assert_eq!(
        p("past 5pm tomorrow, anything on?").window.and_then(|w| w.time),
        Some(TimeOfDay::After(hm(17, 0)))
    );
    assert_eq!(names_of("whn is Bo free on Monday"), vec!["Bo"]);
    for (text, frequency) in [
        ("Mon & Wed mornings, 30 min of swimming", Frequency::PerWeek(2)),
        ("guitar practice four times by week, 20 minutes", Frequency::PerWeek(4)),
    ] {
        assert!(
            matches!(p(text).kind, IntentKind::AddHabit { frequency: Some(f), .. } if f == frequency),
            "{text}"
        );
    }
    assert_eq!(
        kind_name(
            &p("before I say yes, could you check whether I have any engagements on the evening of Friday 4 December?")
                .kind
        ),
        "describe"
    );
}

#[test]
fn round_hundred_and_seventy_two_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a line set apart with "nothing to do with" the document, read on its
    // own. From the blind set: "and a quarter"; a desk met with in a list; "nite"; "to just …".
    assert_eq!(
        names_of(
            "THE RULES OF THE BOWLS CLUB, AS POSTED IN THE PAVILION AND AGREED BY THE MEMBERS AT THE \
             ANNUAL MEETING. Flat shoes only on the green. No drinks beyond the rope. Separately, and \
             nothing to do with the rules: find an hour with Bo on Monday."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        p("book the dentist for Monday at 10 and a quarter")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(10, 15)))
    );
    assert_eq!(
        names_of("find 30 minutes with Ana and the help desk after the standup on Tuesday"),
        vec!["Ana", "help desk"]
    );
    assert_eq!(
        p("pls move tomorrow's 9am w/ Bo to tuesday nite")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Evening))
    );
    assert_eq!(title_of("I'd like twenty minutes every day to just stretch"), "stretch");
}

#[test]
fn round_hundred_and_seventy_three_rules_hold_in_other_words() {
    let p = read;
    let recipe = "RECIPE FOR A LEMON DRIZZLE CAKE, AS TAUGHT TO ME BY CHEF ROSSI, WHO NEVER WROTE \
                  ANYTHING DOWN. Cream the butter and the sugar until pale, as Chef Rossi insists. Ask \
                  Marco at the counter for the zest.";
    // From the templates: "a calendar question", "my assistant (…) - this bit is yours", and
    // "Calendar, …, and not for …" head a note; a group talked about, what is left of a thing,
    // "the green needs the crew" and those who did what a cancelled meeting was for are no one
    // to meet, nor a question about the calendar.
    assert_eq!(
        names_of(&format!(
            "Before the recipe, a calendar question, and nothing more: find an hour with Bo on Monday. {recipe}"
        )),
        vec!["Bo"]
    );
    assert_eq!(
        names_of(&format!(
            "my assistant (you run my diary) - this bit is yours, the rest is for the printer: book an \
             hour with Bo on Monday at 10. {recipe}"
        )),
        vec!["Bo"]
    );
    assert_eq!(
        names_of(
            "MINUTES OF THE ALLOTMENT SOCIETY, TAKEN BY ME, ITS SECRETARY, IN THE TOOL SHED. The water \
             butts are to be cleaned. The shed roof still leaks onto the seed trays. Calendar, to end these \
             minutes, and not for the committee: find an hour with Bo on Monday."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names_of("book an hour with Bo on Monday at 10 to decide how the parish council spends the grant"),
        vec!["Bo"]
    );
    assert!(matches!(
        p("book an hour with Bo on Monday at 10 to agree what's left in the budget").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of(
            "a fair up on the green needs the crew and me there, and it lands on Monday's 3pm with Bo. Move \
             it to Wednesday at 10."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names_of(
            "cancel Monday's 3pm with Bo. It was meant to sort the chairs, and the organiser has offered to \
             collect them herself."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names_of(
            "cancel Monday's 3pm with Bo. It was meant to choose the seed, and the parish council has already \
             ordered it without us."
        ),
        vec!["Bo"]
    );
    // From the blind set: dates and hours.
    assert_eq!(
        p("bk a call w/ Ana thu 11/11 at 9:00").window.map(|w| (w.start, w.end)),
        Some((ymd(2027, 11, 11), ymd(2027, 11, 11)))
    );
    assert_eq!(
        p("book an hour with Ana on the first at 3pm").window.map(|w| w.start),
        Some(ymd(2026, 12, 1))
    );
    assert_eq!(
        moved_or_cancelled("cancel the physio on Monday at 7h45").and_then(|m| m.time),
        Some(hm(7, 45))
    );
    assert_eq!(
        p("20 min w/ Bo + Ana, 3-4 Dec, am").window.and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    assert_eq!(
        p("find an hour with Bo on Tuesday after half two")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(14, 30)))
    );
    // Days ruled out, people asked about, and a stay elsewhere that is no window.
    let ruled_out = |text: &str| p(text).avoid.iter().filter_map(|a| a.weekday).collect::<Vec<_>>();
    assert_eq!(
        ruled_out("find an hour with Ana next week. Fridays are unavailable for Ana."),
        vec![chrono::Weekday::Fri]
    );
    assert_eq!(
        ruled_out("find an hour with Ana next week. Monday's a no-go."),
        vec![chrono::Weekday::Mon]
    );
    assert!(matches!(
        p("I need to know when Bo is free for an hour, any day until 10 December").kind,
        IntentKind::FindTime { book: false }
    ));
    assert_eq!(
        names_of("find 30 min for me, kai and lena on Monday"),
        vec!["kai", "lena"]
    );
    assert_eq!(
        names_of("when could kai and lena meet for 20 min next week"),
        vec!["kai", "lena"]
    );
    assert_eq!(
        p("Ana is in Tokyo this month - find 30 minutes with her on Tuesday 8 December")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 8))
    );
    // Bookings and moves said without their usual verbs.
    assert!(matches!(
        p("lock 2-3pm wed 2 dec w/ Bo").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        moved_of("call w/ Bo wed 2nd 14:00 → thu 3rd 9:30").map(|m| (m.date, m.time)),
        Some((Some(ymd(2026, 12, 2)), Some(hm(14, 0))))
    );
    assert!(moved_of("Could the 4pm on Monday with Bo go half an hour earlier?").is_some());
    let asked = p("The meeting with Bo of Tuesday 8 at 10h, I want it on Thursday 10 in the afternoon");
    assert!(matches!(asked.kind, IntentKind::Reschedule { .. }));
    assert_eq!(
        asked.window.map(|w| (w.start, w.time)),
        Some((ymd(2026, 12, 10), Some(TimeOfDay::Part(PartOfDay::Afternoon))))
    );
    assert_eq!(
        p("move my 10am with Bo on Monday to the following week, same day")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 7)))
    );
}

#[test]
fn round_hundred_and_seventy_four_rules_hold_in_other_words() {
    let p = read;
    let list = "PACKING LIST FOR THE SCOUT CAMP, WRITTEN BY ME, THE LEADER, FOR THE PARENTS.";
    // From the templates: "Calendar business, …:" and "Calendar first, …:" head notes; the
    // assistant greeted by its name is no one to meet, and "Morning" greeting it no part of the
    // day.
    assert_eq!(
        names_of(&format!(
            "{list} Tent pegs, a mallet and spare guy ropes. Ask Akela at the gate about the kit check. \
             (Calendar business, jotted here and not part of the list: find an hour with Bo on Monday.) \
             Wellies, a torch, and nothing that needs charging. Ask Baloo about the campfire songs."
        )),
        vec!["Bo"]
    );
    assert_eq!(
        names_of(&format!(
            "Calendar first, before this list goes to the parents: find an hour with Bo on Monday. {list} \
             Work proposed: pitch the tents, dig the latrine and light the fire. Box: a tuck box, lined with \
             felt, to keep the biscuits dry. Ask Baloo about the campfire songs."
        )),
        vec!["Bo"]
    );
    let greeted = p("Morning Kairos, could you find an hour with Bo on Monday?");
    assert_eq!(greeted.participants, vec![Participant::Name("Bo".into())]);
    assert_eq!(greeted.window.and_then(|w| w.time), None);
    // From the blind set: a word said twice, a trade before whom it is, a clock time in words
    // before a move, "tonight's", a day asked about in a word, a dash before when it may go, a
    // thing cancelled as the reason for a move, a spelled day before "could you".
    assert_eq!(
        names_of("cancel the the vet with Dr Sato on Monday at 9"),
        vec!["Dr Sato"]
    );
    assert_eq!(
        moved_of("the review with Bo on Tuesday at quarter to ten, can we do it Wednesday instead")
            .and_then(|m| m.time),
        Some(hm(9, 45))
    );
    assert!(matches!(
        p("take out tonight's dinner with Bo").kind,
        IntentKind::Cancel { .. }
    ));
    assert_eq!(kind_name(&p("busy before noon on fri 4/12?").kind), "describe");
    let moved = p("Bo can't do 2pm on the 9th - any time on the 10th after 3pm works instead");
    assert_eq!(
        moved.window.map(|w| (w.start, w.end, w.time)),
        Some((ymd(2026, 12, 10), ymd(2026, 12, 10), Some(TimeOfDay::After(hm(15, 0)))))
    );
    assert_eq!(
        moved_of("my train got cancelled - move Monday's 10am with Bo to Tuesday").and_then(|m| m.date),
        Some(ymd(2026, 11, 30))
    );
    assert!(matches!(
        p("renew the insurance by the twelfth could you add it").kind,
        IntentKind::AddTask { due: Some(d), .. } if d == ymd(2026, 12, 12)
    ));
}

#[test]
fn round_hundred_and_seventy_five_rules_hold_in_other_words() {
    let p = read;
    let menu = "MENU FOR THE HARVEST SUPPER, WRITTEN BY ME, THE COOK, FOR THE VILLAGE HALL.";
    // From the templates: a line for the calendar set against the document a little way into
    // it, and "[Diary, …:" opening the brackets the note stands in.
    assert_eq!(
        names_of(
            "RULES OF THE CHESS CLUB, WRITTEN BY ME, THE SECRETARY, FOR THE NOTICEBOARD. Touch a piece and you \
             must move it. Clocks are to be set before the first move. Ask Grandmaster Petrov about the openings. \
             (Scribbled beside the rules, for my calendar and not for the members: find an hour with Bo on \
             Monday.) Silence in the playing hall. Ask the Reverend Holt about the hall keys."
        ),
        vec!["Bo"]
    );
    assert_eq!(
        names_of(&format!(
            "{menu} Soup: leek and potato, with bread from the baker, Mr Evans. Main: a pie of whatever the \
             allotments gave up, with greens from Mrs Patel. Pudding: crumble with custard, the custard from a \
             packet. Not part of the menu, and for my diary only: find an hour with Bo on Monday."
        )),
        vec!["Bo"]
    );
    assert_eq!(
        names_of(&format!(
            "{menu} Soup: leek and potato, with bread from the baker. Main: a pie of whatever the allotments \
             gave up. [Diary, jotted at the foot and not part of the menu: book an hour with Bo on Monday at \
             10.] Pudding: crumble with custard, served by Mrs Patel. Drinks: tea from the urn, poured by \
             Reverend Holt."
        )),
        vec!["Bo"]
    );
    // From the blind set: a numeric date on its weekday, the nearer of two readings; a question
    // whether a part of a day is clear; "not the Wednesday"; when others could squeeze in time;
    // "pm" after a date's month; someone working elsewhere next week.
    assert_eq!(
        p("bk dentist w/ Dr. Lee fri 11/12 9am").window.map(|w| w.start),
        Some(ymd(2026, 12, 11))
    );
    assert_eq!(kind_name(&p("Is my morning clear tomorrow?").kind), "describe");
    assert_eq!(
        p("find two hours with Ana from Jan 4 to Jan 8, not the Wednesday")
            .avoid
            .iter()
            .filter_map(|a| a.weekday)
            .collect::<Vec<_>>(),
        vec![chrono::Weekday::Wed]
    );
    assert_eq!(
        kind_name(&p("when can Bo, Kai and me squeeze in 30 min on Monday").kind),
        "find"
    );
    assert_eq!(
        p("move 3pm thu 10 dec w/ Bo -> fri 11 dec pm")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    let away = p("Kai's working from Tokyo next week; find 30 minutes with him on Wednesday the 2nd");
    assert_eq!(away.participants, vec![Participant::Name("Kai".into())]);
    assert_eq!(away.window.map(|w| w.start), Some(ymd(2026, 12, 2)));
}

#[test]
fn round_hundred_and_seventy_six_rules_hold_in_other_words() {
    let p = read;
    // From the templates: one's own calendar set against the document further into its line.
    assert_eq!(
        names_of(
            "RULES OF THE ALLOTMENT SHED, WRITTEN BY ME, THE SECRETARY, FOR THE DOOR. Tools back on their hooks. \
             Ask Mr Gupta about the padlock code. (Scribbled in pencil in the margin of my own copy, for my \
             calendar and not for the plot holders: find an hour with Bo on Monday.) Hoses coiled, not knotted. \
             Move the ladder to the back wall on Sundays. Ask Mrs Kovacs about the water butts."
        ),
        vec!["Bo"]
    );
    // From the blind set: a meeting someone can't make, any time another day suiting; "nightly";
    // how full a day is, what a week is shaping up like, a diary outlined; days and parts ruled
    // out "not on a …" or as "a no".
    assert_eq!(
        moved_of("Kai can't make 2.30 on the 9th; anytime on the 10th before noon is fine").map(|m| (m.date, m.time)),
        Some((Some(ymd(2026, 12, 9)), Some(hm(14, 30))))
    );
    assert!(matches!(
        p("15 mins of stretching nightly").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Daily),
            part: Some(PartOfDay::Evening),
            ..
        }
    ));
    for text in [
        "how rammed is thursday",
        "What's next week shaping up like?",
        "Please outline my diary for Friday",
    ] {
        assert_eq!(kind_name(&p(text).kind), "describe", "{text}");
    }
    assert_eq!(
        p("find an hour with Ana next week, but not on a Friday").avoid,
        vec![Avoid {
            weekday: Some(chrono::Weekday::Fri),
            part: None
        }]
    );
    assert_eq!(
        p("find 30 min with Bo next week, afternoons are a no").avoid,
        vec![Avoid {
            weekday: None,
            part: Some(PartOfDay::Afternoon)
        }]
    );
}

/// Round 177's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_seventy_seven_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a note headed "A calendar matter" or kept "for the diary and no one
    // else"; "the cob barn" a building, not close of business; nobody sent an invitation; a
    // lowercase name before what the meeting now runs into.
    for text in [
        "A calendar matter comes first, before the kit list: find an hour with Bo on Monday and list the gaps. \
         KIT LIST FOR THE MORRIS SIDE, KEPT IN THE BAG. The hats: straw, with streamers at the brim that tangle in \
         every hedge. The sticks: ash, taped at the grip. The bells: on leather pads, strapped below the knee and \
         muffled on the walk to the pub.",
        "KIT LIST FOR THE MORRIS SIDE, KEPT IN THE BAG. The hats: straw, with streamers at the brim that tangle in \
         every hedge. The sticks: ash, taped at the grip. Tied to the foot of the list, for the diary and no one \
         else: find an hour with Bo on Monday and list the gaps.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    assert_eq!(
        p("find an hour with Ana to look at the cob barn on Tuesday")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 1), ymd(2026, 12, 1)))
    );
    assert!(matches!(
        p("Find 30 minutes with Ana on Friday and send nobody an invitation").kind,
        IntentKind::FindTime { book: false }
    ));
    for text in [
        "Tuesday's 10am with ingrid now clashes with the boiler service, move it to Thursday",
        "Tuesday's 10am with ingrid overlaps the boiler service, move it to Thursday",
    ] {
        assert_eq!(names_of(text), vec!["ingrid"], "{text}");
    }
    // From the blind set: an appointment fixed; what things a day holds, any stuff on it; a
    // meeting's kind describing a group; when someone is next free, asked outright; a misspelt
    // "between"; "uh just not the Friday"; a count of a habit opening it; the next day and the
    // week of a day of the month, from the meeting's.
    assert!(matches!(
        p("Please, can you fix an appointment with Dr. Haas on Friday at 11 for half an hour?").kind,
        IntentKind::FindTime { book: true }
    ));
    for text in [
        "what things are on my calendar on Friday?",
        "any morning stuff tomorrow?",
    ] {
        assert_eq!(kind_name(&p(text).kind), "describe", "{text}");
    }
    assert_eq!(
        names_of("Need an hour with the interview panel on Thursday"),
        vec!["interview panel"]
    );
    assert_eq!(
        kind_name(&p("When's Priya next available for a quick call? Has to be before Friday.").kind),
        "find"
    );
    assert_eq!(
        p("find an hour with Bo betwen 2pm and 4pm on Tuesday")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(14, 0), hm(16, 0)))
    );
    assert_eq!(
        p("find an hour with Bo next week, uh just not the Friday").avoid,
        vec![Avoid {
            weekday: Some(chrono::Weekday::Fri),
            part: None
        }]
    );
    assert!(matches!(
        p("three swims a week, 40 minutes").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::PerWeek(3)),
            ..
        }
    ));
    assert_eq!(title_of("three swims a week, 40 minutes"), "swims");
    for (text, start, end) in [
        (
            "move Tuesday's 9am with Ana to the next day, after 3pm",
            ymd(2026, 12, 2),
            ymd(2026, 12, 2),
        ),
        (
            "move the Jan 5 review with Bo to the week of the 18th",
            ymd(2027, 1, 18),
            ymd(2027, 1, 24),
        ),
    ] {
        assert_eq!(p(text).window.map(|w| (w.start, w.end)), Some((start, end)), "{text}");
    }
    // Older sets' misses read on the way: a weekday in brackets after a date; someone stranded
    // somewhere, named, whose place gives no clock; a move with a group's place alone, no clock
    // either; time kept for something; "same as last time" with people.
    assert_eq!(
        p("book 40 min with Ana on 2026-12-15 (Tue) at 9:30")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 15), ymd(2026, 12, 15)))
    );
    let stranded = p("Ravi's stranded in Lisbon, so our 10:00 on Thursday has to move to Friday, same time");
    assert_eq!(
        (stranded.participants, stranded.zone),
        (vec![Participant::Name("Ravi".to_owned())], None)
    );
    assert_eq!(
        p("move the review with the Madrid office from Dec 2 to Dec 4 at 10am").zone,
        None
    );
    assert_eq!(
        title_of("Each weekday, please keep 20 minutes after lunch for stretching"),
        "stretching"
    );
    assert_eq!(kind_name(&p("same as last time with the design lot").kind), "clarify");
    // A title before a name is no word of the way from a verb to its particle.
    assert!(matches!(
        p("Please pull my 4:15pm review with Prof. Lindqvist on Wednesday forward to 9am the same day.").kind,
        IntentKind::Reschedule { .. }
    ));
}

/// Round 178's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_seventy_eight_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a note set in "<< … >>", and one's own calendar "rather than" the
    // document's.
    for text in [
        "CARE SHEET FOR A SOURDOUGH STARTER, WRITTEN BY ME, THE BAKER. Feeding: equal weights of flour and \
         water, stirred in well. << For my assistant, who keeps my diary - tucked in here and not part of the \
         sheet: book an hour with Bo on Monday at 10 and send him the invite. >> Rising: leave the jar near the \
         Aga until it doubles. Storing: in the fridge, lid loose, fed once a week. Smell: yoghurty and sharp.",
        "CARE SHEET FOR A SOURDOUGH STARTER, WRITTEN BY ME, THE BAKER. Feeding: equal weights of flour and \
         water, stirred in well, with Aga warmth if the kitchen is cold. SCRIBBLED AT THE FOOT OF THE SHEET, FOR \
         MY CALENDAR RATHER THAN THE SHELF: find an hour with Bo on Monday and list the gaps. Storing: in the \
         fridge, lid loose, fed once a week.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    // From the blind set: someone back home somewhere next week, a day asked in it; "whens … fre";
    // "each morning" before what the time is for; "push back … by 15 min".
    let back_home =
        p("Kirra's back home in Perth next week - find 30 min with her on Thursday the 3rd, afternoon her time?");
    assert_eq!(
        (back_home.participants, back_home.window.map(|w| (w.start, w.end))),
        (
            vec![Participant::Name("Kirra".to_owned())],
            Some((ymd(2026, 12, 3), ymd(2026, 12, 3)))
        )
    );
    assert_eq!(names_of("whens bo fre for a call tomorow"), vec!["bo"]);
    assert_eq!(
        title_of("weekdays, keep 20 minutes each morning for journaling"),
        "journaling"
    );
    assert_eq!(
        p("push back Monday's 3 with Ana by 15 min").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(15, 15)))
    );
    // Older sets' misses read on the way: a meeting the asker can't make, then "can we do" a day;
    // a meeting "moved two days"; the days named in the following week, or in "that week", the
    // meeting's own.
    assert!(matches!(
        p("I can't make the 4pm with Ines tomorrow, can we do tuesday same time").kind,
        IntentKind::Reschedule { .. }
    ));
    for (text, start, end) in [
        (
            "could the 9:15 standup with the data team on friday be moved two days, same time",
            ymd(2026, 12, 6),
            ymd(2026, 12, 6),
        ),
        (
            "Could you push my 10:30 with the audit team on December 2 out to the following week, any time \
             Wednesday or Thursday?",
            ymd(2026, 12, 9),
            ymd(2026, 12, 10),
        ),
        (
            "move dec 14 9:00 w/ Femi to sometime between wed and fri that week",
            ymd(2026, 12, 16),
            ymd(2026, 12, 18),
        ),
    ] {
        assert_eq!(p(text).window.map(|w| (w.start, w.end)), Some((start, end)), "{text}");
    }
}

/// Round 179's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_seventy_nine_rules_hold_in_other_words() {
    let p = read;
    // From the templates: one's own calendar closing a line that opens with what was done to the
    // note.
    assert_eq!(
        names_of(
            "RULES FOR THE SEED SWAP TABLE IN THE LIBRARY FOYER, WRITTEN BY ME, WHO KEEPS THE TIN. Take a packet, \
             leave a packet. Label everything with what it is and the year it was saved, in pencil, since ink runs \
             when the packets get damp. Beans and peas in paper only. Tucked into the seed tin by accident and \
             rescued again for my calendar: I want an hour with Bo to sort out the label printer. Go through my \
             calendar on Monday and list the gaps. Tomatoes: saved from ripe fruit, fermented in a jar, rinsed and \
             dried on a plate. Squash: keep the varieties apart, or the children will be ugly."
        ),
        vec!["Bo"]
    );
    // From the blind set: "btwn"; the asker opening a list with commas; a class with someone at an
    // hour, put for another day "after 14h"; time kept after a list of people.
    assert_eq!(
        p("is bo availble for a call friday btwn 2 and 4")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(14, 0), hm(16, 0)))
    );
    assert_eq!(
        kind_name(&p("find an hour for me, Ana and Bo the week of the 14th, mornings only").kind),
        "find"
    );
    let lesson =
        p("The lesson with Mr. Okafor of Monday 14 December at 10h, please put it for Tuesday 15 December after 14h");
    assert!(matches!(lesson.kind, IntentKind::Reschedule { .. }));
    assert_eq!(
        lesson.window.map(|w| (w.start, w.time)),
        Some((ymd(2026, 12, 15), Some(TimeOfDay::After(hm(14, 0)))))
    );
    assert_eq!(
        names_of("dinner with Ana, Bo and the Smiths, keep 2 hours, Saturday at 7"),
        vec!["Ana", "Bo", "Smiths"]
    );
}

/// Round 180's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eightieth_rules_hold_in_other_words() {
    let p = read;
    // From the templates: one's own calendar "only" or "alone" closing a line that opens with what
    // was done to the note; what a crate holds is no one; a to-do "for my list and nowhere else".
    for text in [
        "ROUTE CARD FOR THE SPONSORED WALK ROUND THE RESERVOIR, HANDED OUT AT THE GATE. Start at the dam and \
         keep the water on your left. Rules: stay on the path, keep dogs on leads, and carry your litter home. \
         Chalked on the last fence post, for my calendar only: please cancel Tuesday's 2pm with Bo. It was to \
         walk the route, and the route has been walked. Finish: back at the dam, with Guides selling tea and \
         Brownies selling flapjacks.",
        "SIGN-IN SHEET FOR THE BIKE KITCHEN IN THE OLD BUS GARAGE. What we fix: punctures, brakes, gears that \
         slip, chains that fall off, wheels that wobble, lights that flicker. What we don't: carbon frames, \
         electric motors, anything still under warranty. Clipped to the sheet between the rules and the map, a \
         query for my calendar alone: find an hour with Bo on Monday and list the gaps, nothing booked. Tools: \
         back on the board, outlined in marker, where Shimano spanners hang.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    assert_eq!(
        names_of("the crate of Braeburns lands on Monday, so move Monday's 3pm with Ana to Tuesday at 10"),
        vec!["Ana"]
    );
    assert_eq!(
        title_of(
            "Before the oven goes on, a to-do for my list and nowhere else: renew the parking permit by Friday. \
             SOURDOUGH, FED AT NIGHT: flour, water, salt and patience, folded every half hour until the Lakeland \
             tub is full."
        ),
        "renew the parking permit"
    );
    // From the blind set: a lowercase full name ending a cancellation dated before it; "run
    // through my diary"; "between 9h and 12h"; "not available on Monday mornings"; a meeting "I
    // need to put on" another day.
    assert_eq!(names_of("Cancel Thu 10/12 9:15 coaching w/ li na"), vec!["li na"]);
    assert_eq!(
        kind_name(&p("Could you run through my diary for Monday?").kind),
        "describe"
    );
    assert_eq!(
        p("what do I have between 9h and 12h on Tuesday?")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(9, 0), hm(12, 0)))
    );
    assert_eq!(
        p("find an hour with Bo next week, he's not available on Monday mornings").avoid,
        vec![Avoid {
            weekday: Some(chrono::Weekday::Mon),
            part: Some(PartOfDay::Morning)
        }]
    );
    assert!(matches!(
        p("The meeting with Mrs. Kowalski of Monday 30 November at 15h, I need to put it on Wednesday 2 December after 11h").kind,
        IntentKind::Reschedule { .. }
    ));
}

/// Round 181's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eighty_first_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a line conceding it belongs in one's calendar, and one "a calendar
    // query, not a photograph", head notes.
    for text in [
        "CARE CARD FOR THE COMMUNITY ORCHARD, NAILED TO THE GATE. Pruning: winter only, on dry days, never the \
         stone fruit. Grease bands: round every trunk by the first frosts. Logged under 'odd jobs', though it \
         belongs in my calendar: find an hour with Bo on Monday and list the gaps, nothing booked. Windfalls: \
         free to anyone, with Bramleys for the cider press and Coxes for eating.",
        "PHOTO ALBUM NOTES FOR THE ALLOTMENT SHOW, WRITTEN BY THE SECRETARY. Page one: the marrow that won, \
         with Percy the judge. Page two: the onions, lined up like soldiers. The last page of this album is a \
         calendar query, not a photograph: find an hour with Bo on Monday and list the gaps, nothing booked. \
         Back cover: Dahlias, Sweet Williams and a very proud Hubbard squash.",
    ] {
        assert_eq!(names_of(text), vec!["Bo"], "{text}");
    }
    // From the blind set: "Not on a Monday, please." opening a sentence; "the day before" a
    // meeting's; a meeting asked to "start 15 min later"; "can that be Monday instead"; "(~20 min)".
    assert_eq!(
        p("Ana and I need an hour sometime before Christmas. Not on a Monday, please.").avoid,
        vec![Avoid {
            weekday: Some(chrono::Weekday::Mon),
            part: None
        }]
    );
    for (text, start, time) in [
        (
            "The 9:00 on the 15th with Bo - could we do it the day before instead?",
            ymd(2026, 12, 14),
            None,
        ),
        (
            "can Monday's 2pm with Ana start 15 min later?",
            ymd(2026, 11, 30),
            Some(TimeOfDay::At(hm(14, 15))),
        ),
    ] {
        let read = p(text);
        assert!(matches!(read.kind, IntentKind::Reschedule { .. }), "{text}");
        assert_eq!(read.window.map(|w| (w.start, w.time)), Some((start, time)), "{text}");
    }
    assert_eq!(
        moved_of("the thing with Bo on Friday at 3, can that be Monday instead").map(|m| (m.date, m.until)),
        Some((Some(ymd(2026, 12, 4)), None))
    );
    assert_eq!(
        p("To-do: renew the permit (~20 min), due Fri 11 Dec").duration_minutes,
        Some(20)
    );
}

/// Round 182's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eighty_second_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a line saying a mark means the calendar, one stopping "for a calendar
    // matter", and one with the calendar's name stamped in capitals, each closing at a colon, head
    // notes.
    for text in [
        "RESTORING A BRASS BAROMETER: ease the bezel off with a thin blade, lift out the glass, and polish the \
         dial with a soft cloth, never with metal polish; if the needle sticks, cancel the job and move the case \
         to the workbench. Copied in red, and red on my cards always means the calendar: find an hour with Bo on \
         Monday and list the gaps, nothing booked. Then reseat the glass, press the bezel home and tap the case \
         gently so that the needle settles. A barometer that reads high all week is usually right; one that \
         never moves is broken.",
        "MENDING A SPLIT SEAM IN A SAIL: unpick the broken stitches, lay the panels flat, and if the cloth is \
         rotten, cancel the repair and move the sail to the scrap pile. Here the palm stops for a calendar \
         matter, marked with a clothes peg so nobody sews over it: find an hour with Bo on Monday and list the \
         gaps, nothing booked. Then seal the ends of the thread with a lighter and fold the sail for the bag. A \
         sail stored wet grows mildew in the folds within days.",
        "RELINING A PAIR OF CURTAINS: unpick the old lining along the hem, and if the face fabric has rotted, \
         cancel the job and move the curtains to the rag bag. Pressed in the corner of the pattern with the \
         rubber CALENDAR stamp from the till, so it stays apart from the steps: find an hour with Bo on Monday \
         and list the gaps, nothing booked. Then slipstitch the sides, turn up the hem and hang them overnight. \
         Curtains hung before the hem is set will always pull to one side.",
        // "show me the openings it would fit in": times asked for.
        "Dr. Lindgren and I need a 20-minute chat. Look through my calendar next week and show me the openings \
         it would fit in.",
        // "the swap shop" is where, not a move.
        "find an hour with Bo to plan a stall at the swap shop next week",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: false }), "{text}");
    }
    // From the blind set: people after "any chance", and listed after "me," opening the request;
    // whether someone is free, asked, before the purpose; "'s over in" a city.
    assert_eq!(
        names_of("any chance priya n tomasz can do an hour this weekend?"),
        vec!["priya", "tomasz"]
    );
    assert_eq!(
        names_of("me, Ana and rosalind need an hour next week"),
        vec!["Ana", "rosalind"]
    );
    let read = p("can u check if Bo's free friday morning for 30 mins? need to go over the accounts");
    assert!(matches!(read.kind, IntentKind::FindTime { book: false }));
    assert_eq!(
        names_of("Nadia's over in Lisbon this week - can we find 30 min with her on Wednesday?"),
        vec!["Nadia"]
    );
    assert_eq!(
        names_of("Dear Kairos,\n\nOwing to the strike, please move my 10:00 with Bo on Tuesday to Thursday."),
        vec!["Bo"]
    );
    // A meeting asked to "happen" a length later, or to "go to the following week", is moved.
    for (text, start, time) in [
        (
            "Could the Thursday 3:15 with Ana happen 10 minutes later?",
            ymd(2026, 12, 3),
            Some(TimeOfDay::At(hm(15, 25))),
        ),
        (
            "Ana asked if our 9:30 on 8 Dec could go to the following week",
            ymd(2026, 12, 14),
            None,
        ),
    ] {
        let read = p(text);
        assert!(matches!(read.kind, IntentKind::Reschedule { .. }), "{text}");
        assert_eq!(read.window.map(|w| (w.start, w.time)), Some((start, time)), "{text}");
    }
    // "…, can you add it?" after an hour books; "shfit" is "shift".
    assert!(matches!(
        p("Lukas wants to do Wednesday at 4 for half an hour, can you add it?").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("shfit the review with Bo to the day after").kind,
        IntentKind::Reschedule { .. }
    ));
    // What one will do instead bounds no cancellation; a day kept clear twice is kept clear once.
    assert_eq!(
        moved_or_cancelled("the physio with Dr Kaur on Tuesday at 5, just cancel it, we'll rebook in February")
            .map(|m| (m.date, m.until)),
        Some((Some(ymd(2026, 12, 1)), None))
    );
    assert_eq!(
        p("find 30 min with Ana next week but not Friday, Fridays are hopeless")
            .avoid
            .len(),
        1
    );
    // A time taken from meetings gone by is asked about; "the usual people" are no one named.
    let read = p("book the same time as last week with the usual people");
    assert!(matches!(read.kind, IntentKind::Clarify));
    assert!(read.participants.is_empty());
}

/// Round 183's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eighty_third_rules_hold_in_other_words() {
    let p = read;
    // From the templates: where a meeting "would fit in" books nothing, nor does a thing someone
    // else "can put down"; "for my to-do list and nothing else:" heads a note.
    for text in [
        "I need an hour with Bo. Please look through my calendar tomorrow and tell me the free openings it \
         would fit in.",
        "I need an hour with Bo about whether the council can put down a new pavement. Please look through my \
         calendar tomorrow at 11am.",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: false }), "{text}");
    }
    let text = "RULES FOR THE CLIMBING WALL, POSTED BY THE SETTER AT THE DESK: sign the waiver, chalk in the bag \
        and not on the floor, and never climb under someone else on the same line. Ropes are checked every \
        morning and retired when furry. The last hold on this sheet is the red one, for my to-do list and \
        nothing else: I've been asked to renew the club's insurance by Friday. Put it on my to-do list as a \
        task for me alone. Shoes off on the mats, and a fall with no one spotting goes in the accident book.";
    assert_eq!(title_of(text), "renew the club's insurance");
    // From the blind set: whether someone in lowercase is around, on a date in figures, is a
    // search; an office rung is no one; seven and some minutes at a clinic, with nothing of the
    // evening, is the morning's; a search asked while trying to arrange; "Neither of us is available on …" and
    // "not on a Friday if that's okay" keep days clear.
    let read = p("can you see if marek is around for an hour sat 12/12, afternoons pls");
    assert!(matches!(read.kind, IntentKind::FindTime { book: false }));
    assert_eq!(
        names_of("can you see if marek is around for an hour sat 12/12, afternoons pls"),
        vec!["marek"]
    );
    assert!(names_of("Find me 20 minutes on Tuesday so I can ring the benefits office").is_empty());
    assert_eq!(
        moved_or_cancelled("cancel my dentist on fri 4th at 7:50").and_then(|m| m.time),
        Some(hm(7, 50))
    );
    let read = p(
        "I'm trying to arrange a 60-minute review with Dr. Ana Ruiz. Could you find a time next week? Neither of us \
         is available on Friday afternoons.",
    );
    assert!(matches!(read.kind, IntentKind::FindTime { book: false }));
    assert_eq!(
        read.avoid,
        vec![Avoid {
            weekday: Some(chrono::Weekday::Fri),
            part: Some(PartOfDay::Afternoon)
        }]
    );
    assert_eq!(
        p("find 30 min with Bo before the twentieth, but not on a Friday if that's okay").avoid,
        vec![Avoid {
            weekday: Some(chrono::Weekday::Fri),
            part: None
        }]
    );
    // A move asked on someone's behalf ("they've asked if we can do …"); a van got in for its
    // service books; "quarter of hour"; "swap those two around" asks which.
    assert_eq!(
        move_days_of(
            "my dentist appointment, the one on Wednesday the 9th at 10:15, they've asked if we can do the following \
             Tuesday instead"
        ),
        Some((Some(ymd(2026, 12, 9)), Some((ymd(2026, 12, 15), ymd(2026, 12, 15)))))
    );
    assert!(matches!(
        p("get the van in for its service on Monday at 9:30").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        p("send the form back to the school, needs quarter of hour, by Friday").duration_minutes,
        Some(15)
    );
    assert!(matches!(p("could you swap those two around").kind, IntentKind::Clarify));
    // A range ending in an hour said in words.
    assert_eq!(p("book Bo 2 to quarter past three tomorrow").duration_minutes, Some(75));
}

/// Round 184's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eighty_fourth_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a line closing "- my calendar:", one filed "under D for Diary", and one
    // kept "only for calendar business:" head notes; "a swap session" moves nothing.
    for heading in [
        "Floating in the middle of these cards, and written in a different ink altogether - my calendar:",
        "Index of the recipes, filed under D for Diary and put ahead of every card:",
        "At the bottom, in the red pen I keep only for calendar business:",
    ] {
        let text = format!(
            "RECIPE CARDS FOR THE SUPPER CLUB: soak the beans overnight, and if they float, throw them out and \
             start again with a fresh bag. {heading} find an hour with Bo on Monday and list the gaps, nothing \
             booked. The beans simmer with a bay leaf until they crush easily between two fingers. The best \
             cheese for the pot is Parmesan, and the best wine is Rioja, never Cheddar."
        );
        assert_eq!(names_of(&text), vec!["Bo"], "{text}");
    }
    assert!(matches!(
        p("Ana and I need a half-hour swap session next week to go through our doubles").kind,
        IntentKind::FindTime { book: false }
    ));
    // From the blind set: the asker after names and a comma; "Our" is no one; a thing dropped back
    // cancels nothing; hours blocked "for it?" are booked; someone only "her", or "the usual time",
    // is asked about; "What calls have I got lined up"; dates joined by two dots; "can we do it a
    // week later", "any way we can do Friday afternoon instead"; "'s on a course in"; "write in my
    // tasks:".
    assert_eq!(
        names_of(
            "Dear Kairos,\n\nOur two surveyors, Ms. Ana Ruiz and Mr. Bo Chen, and I need to find an hour next week \
             to plan the survey."
        ),
        vec!["Ms. Ana Ruiz", "Mr. Bo Chen"]
    );
    for text in [
        "Dear Kairos,\n\nOur two surveyors, Ms. Ana Ruiz and Mr. Bo Chen, and I need to find an hour next week to \
         plan the survey.",
        "is bo around for 30 min on sat 12/12? want to drop the drill back",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: false }), "{text}");
    }
    let read = p("The survey is confirmed for Tuesday. Could you block 9 until 11 for it?");
    assert!(matches!(read.kind, IntentKind::FindTime { book: true }));
    assert_eq!(read.duration_minutes, Some(120));
    for text in ["just book her in wherever works", "make it the usual time"] {
        assert!(matches!(p(text).kind, IntentKind::Clarify), "{text}");
    }
    assert!(matches!(
        p("What calls have I got lined up between Monday 7 and Wednesday 9 December?").kind,
        IntentKind::Describe
    ));
    assert_eq!(
        p("1h w/ Ana 2026-12-15..2026-12-17").window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 15), ymd(2026, 12, 17)))
    );
    assert_eq!(
        move_days_of("The 10:30 on the 15th with Ana - can we do it a week later?"),
        Some((Some(ymd(2026, 12, 15)), Some((ymd(2026, 12, 22), ymd(2026, 12, 22)))))
    );
    assert_eq!(
        move_days_of("the review with Bo on Thursday at 2pm, any way we can do Friday afternoon instead?"),
        Some((Some(ymd(2026, 12, 3)), Some((ymd(2026, 12, 4), ymd(2026, 12, 4)))))
    );
    assert_eq!(
        names_of("Ana's on a course in Leeds till Friday - could you find 30 min with her on Monday?"),
        vec!["Ana"]
    );
    assert_eq!(
        title_of("Please write in my tasks: renew the car tax, the deadline is Friday"),
        "renew the car tax"
    );
}

/// Round 185's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eighty_fifth_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a mark that "means for the calendar and not …" and one that "marks a
    // diary item:" head notes.
    for heading in [
        "Knotted round the last card, with a ribbon that in this club means for the calendar and not the kitchen:",
        "Scrawled under the last recipe beside a red dot, which on my cards marks a diary item:",
    ] {
        let text = format!(
            "RECIPE CARDS FOR THE SUPPER CLUB: soak the beans overnight, and if they float, throw them out and \
             start again with a fresh bag. {heading} find an hour with Bo on Monday and list the gaps, nothing \
             booked. The beans simmer with a bay leaf until they crush easily between two fingers. The best \
             cheese for the pot is Parmesan, and the best wine is Rioja, never Cheddar."
        );
        assert_eq!(names_of(&text), vec!["Bo"], "{text}");
    }
    // From the blind set: clock times joined by a hyphen; "What's in the diary between …"; "ah
    // shoot" is no one; the same slot as one gone by is asked about.
    assert_eq!(
        p("block tue 1 dec 9:00-10:30 for the stocktake with the store team").duration_minutes,
        Some(90)
    );
    assert!(matches!(
        p("What's in the diary between Monday 14 and Wednesday 16 December?").kind,
        IntentKind::Describe
    ));
    assert_eq!(
        names_of("ah shoot can you cancel the viewing with Ana on Sunday at noon"),
        vec!["Ana"]
    );
    assert!(matches!(
        p("book Ana in the same slot as the one we had with the auditors").kind,
        IntentKind::Clarify
    ));
}

/// Round 186's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eighty_sixth_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a mark that "means a diary entry and not …" heads a note.
    let text = "PRICE LIST FOR THE FARM SHOP: eggs by the half dozen, honey by the jar. Stuck on with a yellow \
                sticker from the till, because in this shop a yellow sticker means a diary entry and not a price: \
                find an hour with Bo on Monday and list the gaps, nothing booked. Anything past its date goes in \
                the bin and the supervisor told at once.";
    assert_eq!(names_of(text), vec!["Bo"]);
    // From the blind set: a meeting "brought forward"; "sack off" cancels; "cttee" a committee;
    // time kept "clear" for a doing; work asked of someone else no task; "nothing in the
    // afternoons" ruled out; "the change" asked for after the move; "make that" a new day.
    assert_eq!(
        new_time_of("Could the dentist with Ana on Friday at 2:30 be brought forward by half an hour?"),
        Some(TimeOfDay::At(hm(14, 0)))
    );
    assert!(matches!(
        p("sack off my pilates with Ana on Monday").kind,
        IntentKind::Cancel { .. }
    ));
    assert_eq!(
        names_of("mv tue 1/12 18:00 w/ parish cttee -> wed 2/12 18:00"),
        vec!["parish cttee"]
    );
    assert_eq!(
        title_of("Could you keep 30 minutes clear every Monday morning for answering the post?"),
        "answering the post"
    );
    assert!(matches!(
        p("Is Ana free on Monday at 10 for an hour? I need him to sign the lease.").kind,
        IntentKind::FindTime { book: false }
    ));
    let asked = p("When can Bo and Ana both do 45 minutes next week? Not Friday, and nothing in the afternoons.");
    assert_eq!(asked.window.map(|w| w.time), Some(None));
    assert!(asked.avoid.iter().any(|a| a.part == Some(PartOfDay::Afternoon)));
    assert_eq!(
        move_days_of(
            "Maria has asked whether our 9:00 call on Monday 7 December could be moved to Wednesday 9 December at \
             11:00. Please make the change."
        ),
        Some((Some(ymd(2026, 12, 7)), Some((ymd(2026, 12, 9), ymd(2026, 12, 9)))))
    );
    assert_eq!(
        move_days_of(
            "the plumber Bo, the one booked for Monday the seventh at ten, can we make that Tuesday the eighth instead"
        ),
        Some((Some(ymd(2026, 12, 7)), Some((ymd(2026, 12, 8), ymd(2026, 12, 8)))))
    );
}

/// Round 187's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eighty_seventh_rules_hold_in_other_words() {
    let p = read;
    // From the templates: calendar business kept "apart from" the document heads a note.
    let text = "CLUB NEWS: Marcus Webb thanks everyone who turned out on Saturday, and Jo Okafor and Ruth Baines \
                won the pairs. Inside a box drawn round with dotted lines, which is how I keep calendar business \
                apart from the club news: find an hour with Bo on Monday and list the gaps, nothing booked.";
    assert_eq!(names_of(text), vec!["Bo"]);
    // From the blind set: an unspaced dash between a date and a day; a range ending "half
    // eleven"; "push that by" a length; "Because of" no one; someone's meeting by its hour, or a
    // one-to-one, opening the request; someone "from" somewhere who wants something; whether
    // someone can "fit in" time with the one asking; whose diary one keeps; a day something is on,
    // said before a span asked for; a meeting that "won't work" or one "cannot come" to, then
    // another slot asked; how long one is away.
    assert_eq!(
        p("find 30 min w/ kasia mon 7/12–wed 9/12")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 9)))
    );
    assert_eq!(
        p("put the gas safety check in for tuesday from nine till half eleven").duration_minutes,
        Some(150)
    );
    assert_eq!(
        new_time_of("the call with Ana on Friday at 10, can we push that by half an hour"),
        Some(TimeOfDay::At(hm(10, 30)))
    );
    assert_eq!(
        names_of(
            "Dear Kairos,\n\nBecause of a burst pipe I need to move Wednesday's 10:30 site meeting with Mr. Ivo Kral to \
             Friday 4 December.\n\nRegards,\nLena"
        ),
        vec!["Mr. Ivo Kral"]
    );
    assert_eq!(
        names_of("ana's 9:15 on Monday is cancelled, please remove it"),
        vec!["ana"]
    );
    assert_eq!(names_of("priya 1:1 → fri 4 dec 9am, 30 min, book it"), vec!["priya"]);
    assert_eq!(
        names_of("Tomas from the bike club wants to go over the route with me next week, an hour"),
        vec!["Tomas"]
    );
    let fit_in = p("can ana fit in 15 mins with me on Monday? need to return her drill");
    assert!(matches!(fit_in.kind, IntentKind::FindTime { book: false }));
    assert_eq!(
        names_of("can ana fit in 15 mins with me on Monday? need to return her drill"),
        vec!["ana"]
    );
    assert_eq!(
        names_of("Hi, Jo here - I manage Ms. Okafor's diary. She needs an hour with Bo on Tuesday."),
        vec!["Bo"]
    );
    assert_eq!(
        p("Their party is on the 12th. Find 30 minutes with Bo between the 2nd and the 4th.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 2), ymd(2026, 12, 4)))
    );
    assert_eq!(
        moved_of("The review with Ana at 2 tomorrow won't work, I'm at the dentist. Any slot next week?")
            .and_then(|m| m.date),
        Some(ymd(2026, 11, 28))
    );
    assert_eq!(
        move_days_of(
            "The appointment with Dr. Kaya on Tuesday at 10, I cannot come. Is it possible the next day at the same hour?"
        ),
        Some((Some(ymd(2026, 12, 1)), Some((ymd(2026, 12, 2), ymd(2026, 12, 2)))))
    );
    assert_eq!(
        p("I'm away till Tuesday so find me and Bo an hour on Thursday")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 3), ymd(2026, 12, 3)))
    );
}

/// Round 188's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eighty_eighth_rules_hold_in_other_words() {
    let p = read;
    // From the templates: "what follows is for the calendar:" heads a note; moving a thing is what
    // a meeting is about; a fuse board is no body of people; others in what a cancelled meeting
    // was to do, and a body whose choice is to be decided, are no one to meet.
    let text = "EASY - the call that brings the boat to rest, written across the top of this card in the cox's \
                voice, which on my crew cards means the rowing has stopped and what follows is for the calendar: \
                1h w/ Bo re new oars for bow and stroke, the old ones are cracked to splinters. look thru my cal on \
                Monday & list the gaps it'd fit, no clashes, all of us free. gaps only - nothing booked, no \
                invite, no msgs; i'll ask them myself. OUTING DRILL FOR NOVICES ON THE RIVER, AS I COACH IT TO \
                THE VILLAGE CREW: row square blades until the timing is even and steady.";
    assert_eq!(names_of(text), vec!["Bo"]);
    assert!(matches!(
        p(
            "Book 45 minutes with Ana on Friday at 2 to agree on moving the display cabinets nearer the till. \
           Everyone has said yes, so put it in my calendar and send the invitation."
        )
        .kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("the school's fuse board is being replaced, move Monday's 3pm with Rohan to Wednesday"),
        vec!["Rohan"]
    );
    assert_eq!(
        names_of(
            "Delete Monday's 3pm with Rohan. It was to pick a new kiln, and the parish council has said there is \
             no money."
        ),
        vec!["Rohan"]
    );
    assert_eq!(
        names_of("Book 1 hour with Rohan on Tuesday at 3pm to decide whether the parish council pays for a new boiler"),
        vec!["Rohan"]
    );
    // From the blind set: hours joined by a hyphen, the end with pm; whose one-to-one it is;
    // the one writing, introduced; those who work at night, no evening.
    assert_eq!(
        p("block out Friday 4 December 9-11am for the stocktake").duration_minutes,
        Some(120)
    );
    assert_eq!(
        names_of("bring ana's 1:1 on fri 4 dec forward from 3:30 to 2"),
        vec!["ana"]
    );
    assert_eq!(
        names_of(
            "Hello, this is Marta - I manage Mr. Ade Bello's calendar. He needs 30 minutes with Ines Roca on Monday."
        ),
        vec!["Ines Roca"]
    );
    assert_eq!(
        p("need 1h w/ Ana + the night nurses sometime before the 10th, afternoons")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    assert_eq!(
        title_of("um I need to, uh, write up the rota for the night staff before Monday, put that on my list"),
        "write up the rota for the night staff"
    );
}

/// Round 189's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_eighty_ninth_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a mark that "means the calendar and not …" heads a note.
    let text = "Pinned beside this line, a scrap of ribbon from the shop floor, which on my cards means the calendar \
                and not the tills: 1h w/ Bo re a new counter. look thru my cal on Monday & list the free gaps it'd \
                fit, no clashes, all of us free. gaps only - nothing booked, no invite, no msgs; i'll ask them \
                myself. TILL ROUTINE, WRITTEN BY ME, THE MANAGER, AND TAPED TO THE SIDE OF THE DRAWER: count the \
                float twice, and if it feels short, call the supervisor over, never guess.";
    assert!(matches!(p(text).kind, IntentKind::FindTime { book: false }));
    // From the blind set: someone gone home to a city keeps its clock; "exc" a day; "push it back
    // like" a length; who needs time with others and the one asking; a part of the day asked
    // after a day ruled out; a shift one covers is no day; the diary of someone one looks after;
    // a site foreman.
    let gone_home =
        p("Ana has gone home to Lisbon for the holidays. Any 30-minute gap with her on Tue 15 Dec in her afternoon?");
    assert_eq!(
        names_of("Ana has gone home to Lisbon for the holidays. Any 30-minute gap with her on Tue 15 Dec?"),
        vec!["Ana"]
    );
    assert!(gone_home.zone.is_some());
    assert_eq!(
        p("move sat's 10am w/ jo to any day next week exc thu")
            .avoid
            .iter()
            .map(|a| a.weekday)
            .collect::<Vec<_>>(),
        vec![Some(chrono::Weekday::Thu)]
    );
    assert_eq!(
        new_time_of("the pilates with Ana tomorrow at 9, can we push it back like half an hour"),
        Some(TimeOfDay::At(hm(9, 30)))
    );
    assert_eq!(
        names_of("Kofi needs 30 minutes with Ines Roca and me on Monday - what's free?"),
        vec!["Kofi", "Ines Roca"]
    );
    assert_eq!(
        p("move sat's 10am w/ jo to any day next week except wed, mornings")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    assert_eq!(
        p("Before I agree to cover the Friday shift at the bar, what's in my diary on the 11th?")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 11), ymd(2026, 12, 11)))
    );
    assert_eq!(
        names_of("I look after the diary of Mr. Ade Bello. He needs an hour with Ines Roca on Monday."),
        vec!["Ines Roca"]
    );
    assert_eq!(
        names_of("Book 1h with Ana and the site foreman tomorrow at 3"),
        vec!["Ana", "site foreman"]
    );
}

/// Round 190's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_ninetieth_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a stem joined by a hyphen to another word is no verb; a body's own
    // thing names no body to meet.
    assert!(matches!(
        p("find 45 mins w/ Rohan next Tuesday after 3pm; bring push-fit inserts").kind,
        IntentKind::FindTime { book: false }
    ));
    assert_eq!(
        names_of("Book 1h with Bo on Monday at 10 re taking on the tenants association's cleaning contract"),
        vec!["Bo"]
    );
    // From the blind set: the one the writer acts for, by name, whose diary it is, or after a
    // post set off by commas; the one writing, named; "Her" no one; a range from half past.
    assert_eq!(
        names_of(
            "I'm writing for Dr. Anil Mehta, whose diary I look after. He'd like an hour with Ines Roca on Monday."
        ),
        vec!["Ines Roca"]
    );
    assert_eq!(
        names_of(
            "I'm messaging for Ms. Ada Byrne, the practice manager: please cancel her 9:30 with Mr. Tom Hale on Friday."
        ),
        vec!["Mr. Tom Hale"]
    );
    assert_eq!(
        names_of("Hi, it's Marta, I keep the rota for Dr. Ade Bello. He needs half an hour with Ines Roca on Monday."),
        vec!["Ines Roca"]
    );
    assert_eq!(
        names_of("I'm writing for my manager, Ines Roca. Her 10:00 on Monday with Bo needs to move to Tuesday."),
        vec!["Bo"]
    );
    assert_eq!(
        p("put the hearing in for Thursday from half ten till one").duration_minutes,
        Some(150)
    );
}

/// Round 191's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_ninety_first_rules_hold_in_other_words() {
    let p = read;
    // From the templates: "instead of" a doing replaces no meeting.
    assert!(matches!(
        p("Book 1h with Ana on Monday at 10 to talk over whether we should hire vans instead of borrowing the club's own")
            .kind,
        IntentKind::FindTime { book: true }
    ));
    // From the blind set: whose bookings one looks after is no one to meet; "Further to" no one.
    assert!(names_of("Hi, I'm Jo, I look after Ana's bookings - how does her week of 14 December look?").is_empty());
    assert_eq!(
        names_of(
            "Dear Kairos,\n\nFurther to our call, please book an hour with Rosa on Monday at 10.\n\nRegards,\nBirgit"
        ),
        vec!["Rosa"]
    );
}

/// Round 192's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_ninety_second_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a long heading in capitals before its colon names no one; a thing
    // "put back on" after it moves nothing.
    assert_eq!(
        names_of(
            "Find 1hr w/ priyanka on Monday. DAILY SHEETS, SIGNED BY ME, THE MANAGER, AND FILED IN THE RED \
             BINDER: nothing left out overnight."
        ),
        vec!["priyanka"]
    );
    assert!(matches!(
        p(
            "Bo and I have settled on a 30-minute meeting tomorrow at 11am - put it in my calendar. Afterwards: the \
           lid put back on the moment it cools."
        )
        .kind,
        IntentKind::FindTime { book: true }
    ));
    // From the blind sets: a lowercase name beside the trade it is known by.
    assert_eq!(names_of("can you book the groomer pavla for sat 10am"), vec!["pavla"]);
    assert_eq!(names_of("lunch w/ tomasz the plumber on friday at 1"), vec!["tomasz"]);
    assert_eq!(
        names_of("move the decorator ines from mon 9am to tue 9am"),
        vec!["ines"]
    );
    // A numbered school year, a business by its name and a warm sign-off name no one.
    assert_eq!(
        names_of("find an hour with Ana to plan the Year 11 mock exams next week"),
        vec!["Ana"]
    );
    assert_eq!(
        names_of("I work at Elmfield Surgery. Find 20 minutes with Dr. Osei on Friday"),
        vec!["Dr. Osei"]
    );
    assert_eq!(
        names_of("Find an hour with Bo next week.\n\nWarmest wishes,\nPilar"),
        vec!["Bo"]
    );
    // "clear sun and mon": the short weekend days cleared.
    assert!(matches!(p("clear sun and mon please").kind, IntentKind::Cancel { .. }));
    // A length needed with someone, then whether anything is on, asks for a time.
    assert!(matches!(
        p("we need 2 hours with Ana for the audit. is there anything on friday?").kind,
        IntentKind::FindTime { book: false }
    ));
    // "except Monday, mornings only": the part asked for, not another ruled out.
    let w = p("find 45 min with Bo any day next week except Monday, mornings only").window;
    assert_eq!(w.and_then(|w| w.time), Some(TimeOfDay::Part(PartOfDay::Morning)));
}

/// Round 193's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_ninety_third_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a gauge's needle "pushed" moves nothing; two doings after a heading's
    // colon are no one.
    assert!(matches!(
        p(
            "Find 1h with Bo on Monday at 10 - all agreed, put it in my cal. NOTES: a little gauge with its needle \
           pushed hard into the red."
        )
        .kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("The mop and bucket: emptied and rinsed. Find an hour with Bo on Monday"),
        vec!["Bo"]
    );
    // From the blind set: "His" opening a sentence, a room's letter and a street are no one.
    assert_eq!(
        names_of(
            "I'm writing for Dr. Ama Boateng. His 9:30 on Monday with the Okafor family needs to move to Tuesday."
        ),
        vec!["Okafor family"]
    );
    assert_eq!(names_of("book room C with Ana tomorrow at 3"), vec!["Ana"]);
    assert_eq!(
        names_of("the café on Mill Road. Find half an hour with Ifeanyi on Monday"),
        vec!["Ifeanyi"]
    );
    // "not sun morning": a short weekend day ruled out with its part of the day.
    assert_eq!(
        p("find 2 hrs with Tomasz this weekend, not sun morning").avoid,
        vec![Avoid {
            weekday: Some(chrono::Weekday::Sun),
            part: Some(PartOfDay::Morning)
        }]
    );
    // Others listed after "for me", a title's full stop and all, share the time sought.
    let r =
        p("find 45 minutes for me, Prof. Ada Lin and the head of year to agree what we say, any time before the 9th");
    assert!(matches!(r.kind, IntentKind::FindTime { book: false }));
    assert_eq!(
        names_of("find 45 minutes for me, Prof. Ada Lin and the head of year on Monday"),
        vec!["Prof. Ada Lin", "head of year"]
    );
    // "that weekend" points back to the one named; "half 10" after "till" is half past ten;
    // "before 14 Dec" a date.
    let w = p("we're visiting on the weekend of the 19th - how does that weekend look?").window;
    assert_eq!(
        w.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 19), ymd(2026, 12, 20)))
    );
    assert_eq!(
        p("book squash with Eamon on Sunday 6th, 9 till half 10").duration_minutes,
        Some(90)
    );
    assert!(matches!(
        p("remind me to renew the permit before 14 Dec").kind,
        IntentKind::AddTask { due: Some(d), .. } if d == ymd(2026, 12, 13)
    ));
}

/// Round 194's rules, in words other than the set that prompted them.
#[test]
fn round_hundred_and_ninety_fourth_rules_hold_in_other_words() {
    let p = read;
    // Whose visit is booked is no one to meet; a school named after its saint, no one; posts in
    // the plural before titled names, only the names; a groundsman, someone.
    assert_eq!(
        names_of("can you book Rex's vaccination with the vet nurse, Ms. Ama Osei, tomorrow at 9?"),
        vec!["Ms. Ama Osei"]
    );
    assert_eq!(
        names_of("I teach at St Bride's. Find 30 minutes with Mr. Okoro on Monday"),
        vec!["Mr. Okoro"]
    );
    assert_eq!(
        names_of("Please book a call with the Lisbon engineers, Ms. Rita Sousa and Mr. João Pinto, on Monday at 10"),
        vec!["Ms. Rita Sousa", "Mr. João Pinto"]
    );
    assert_eq!(
        names_of("find 30 min with ana + the groundsman on Monday"),
        vec!["ana", "groundsman"]
    );
    // What is on, asked with a pause or of the diary one keeps.
    assert!(matches!(
        p("um what's, uh, on for me on Friday afternoon").kind,
        IntentKind::Describe
    ));
    assert!(matches!(
        p("Hi, I keep Dr. Lund's diary. What's in her diary for the week commencing 14 December?").kind,
        IntentKind::Describe
    ));
    // "bring fwd" and "could we make it Saturday, same time" move a meeting.
    assert!(matches!(
        p("bring fwd my call with Ana from fri 3pm to thu 3pm").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("my lesson with Bo, it's Friday at half four, could we make it Saturday, same time").kind,
        IntentKind::Reschedule { .. }
    ));
    // Days joined by "+" anywhere before the part of the day set a habit's days.
    assert!(matches!(
        p("45 min swim mon, wed + sat evenings").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::PerWeek(3)),
            ..
        }
    ));
}

/// Round 195's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_ninety_fifth_rules_hold_in_other_words() {
    let p = read;
    // From the templates: those a decision is about are no one to meet.
    assert_eq!(
        names_of(
            "It's settled - 1 hour with Bo on Monday at 10 to decide whether members can book courts online. Put it \
             in my calendar and send the invitation."
        ),
        vec!["Bo"]
    );
    // From the blind set: a meeting "brought forward to" a weekday moves; "so" or "ok" before a
    // meeting then "can we make it …, same time" moves it too.
    for moved in [
        "the appraisal with Ana on Wednesday 9 December at 10:00 needs to be brought forward to Tuesday 8 December, \
         same time",
        "ok the fitting with Ana on Friday at 3pm, can we make it Saturday, same time",
    ] {
        assert!(matches!(p(moved).kind, IntentKind::Reschedule { .. }), "{moved}");
    }
    // Where someone comes from, a firm or a food bank, is no one; a Welsh "ap" is part of a name.
    assert_eq!(names_of("find an hour with Ana from Globex on Monday"), vec!["Ana"]);
    assert_eq!(
        names_of("I volunteer at Westside Food Bank. Find 30 min with Ana on Monday"),
        vec!["Ana"]
    );
    assert_eq!(
        names_of("book a call with Mr. Rhodri ap Gwyn on Friday at 2"),
        vec!["Mr. Rhodri ap Gwyn"]
    );
    // "sat" listed before another day after a comma; a fortnight "from" a date; what "he" has on.
    let w = p("need 30 min with Bo, sat, sun or mon").window;
    assert_eq!(w.map(|w| w.start), Some(ymd(2026, 11, 28)));
    let w = p("what does the fortnight from 11 January look like?").window;
    assert_eq!(w.map(|w| (w.start, w.end)), Some((ymd(2027, 1, 11), ymd(2027, 1, 24))));
    assert!(matches!(
        p("I keep Dr. Ade's diary - what does he have on on Friday?").kind,
        IntentKind::Describe
    ));
}

/// Round 196's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_ninety_sixth_rules_hold_in_other_words() {
    let p = read;
    // From the templates: a thing with a clause of its own, a checklist's heading and those one
    // waits with are no one to meet.
    for (request, met) in [
        (
            "book 1 hour with Bo on the 10th to agree whether the council paves the lane that leads to the pier. put \
             it in my calendar",
            vec!["Bo"],
        ),
        (
            "book 1 hour with Bo on the 10th. Nets: folded and stowed. Damage: any net that has torn taken out of use.",
            vec!["Bo"],
        ),
        (
            "move Monday's 12:30 with Bo to the 9th at 2pm, I have to wait in the lounge with the delayed passengers",
            vec!["Bo"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // From the blind set: a child's care visit, "Revd." as a title, a move abroad.
    assert_eq!(
        names_of("cancel little Ola's hearing assessment with Dr. Ama Osei on Friday"),
        vec!["Dr. Ama Osei"]
    );
    assert_eq!(
        names_of("lunch with Revd. Ama Osei on Friday at 1"),
        vec!["Revd. Ama Osei"]
    );
    let r = p("we're moving to Toronto in March, can you find an hour with Bo next week?");
    assert!(matches!(r.kind, IntentKind::FindTime { book: false }));
    assert_eq!(
        names_of("we're moving to Toronto in March, can you find an hour with Bo next week?"),
        vec!["Bo"]
    );
    // "any classes booked …?" asks what is on.
    assert!(matches!(
        p("any classes booked fri 4th btwn 9 and 11?").kind,
        IntentKind::Describe
    ));
}

/// Round 197's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_ninety_seventh_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // A second trade and its lowercase name, listed after the first.
        (
            "need 3h w/ the plumber ivo + plasterer jonas for the bathroom, mon",
            vec!["ivo", "jonas"],
        ),
        // One known by what they bring.
        (
            "move the 7am delivery w/ the egg farm guy tomasz from mon to tue",
            vec!["tomasz"],
        ),
        // The one writing, introduced with where they write from.
        (
            "Hi, it's Wanjiru from the dental practice. Please move my 9:30 with Mr. Eero Salo on Monday to Thursday.",
            vec!["Mr. Eero Salo"],
        ),
        // Whose hour it is, with someone else met.
        (
            "Could you move Prof. Anneli Korhonen's 14:15 supervision with Mr. Dario Russo on Tuesday to Wednesday?",
            vec!["Mr. Dario Russo"],
        ),
        // A house number and its street.
        (
            "book the survey at 7 Birkenweg on Tuesday 8 December, 9am to 11am, with Oskar",
            vec!["Oskar"],
        ),
        // One's own post for the one named next, and a post after a name.
        (
            "find an hour with our landlord, Mr. Kwame Mensah, and the site manager next week",
            vec!["Mr. Kwame Mensah", "site manager"],
        ),
        (
            "book lunch with Dr. Ines Carvalho and her supervisor on Friday at 1",
            vec!["Dr. Ines Carvalho", "supervisor"],
        ),
        // A team's post, a place before a post, a post held at the time.
        (
            "find 30 min with the u12 boys' team manager and Ama next week",
            vec!["u12 boys' team manager", "Ama"],
        ),
        (
            "find 30 min w/ the altona store manager + priya next week",
            vec!["altona store manager", "priya"],
        ),
        (
            "find 20 minutes with the engineer on call and Bo tomorrow",
            vec!["engineer on call", "Bo"],
        ),
        // A thing in a state, a group's audition, whose occasion it is.
        (
            "cancel sat's 9am training w/ the keepers, pitch is waterlogged",
            vec!["keepers"],
        ),
        (
            "book the junior choir audition with Mr. Femi Adeyemi on Wednesday 9 December at 5pm",
            vec!["Mr. Femi Adeyemi"],
        ),
        ("what's on the evening of the 11th? it's Radu's leaving drinks", vec![]),
        (
            "I keep Mr. Ilkka Virtanen's practice diary. What does he have on Thursday?",
            vec![],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // "sat to tue", "bar Thursday", "but not fri, mornings": spans, days left out, the part asked.
    let w = p("find an hour with Bo sat to tue").window.expect("window");
    assert_eq!((w.start, w.end), (ymd(2026, 11, 28), ymd(2026, 12, 1)));
    let r = p("find 30 minutes with Bo in the week of 7 December bar Wednesday");
    assert_eq!(
        r.window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 13)))
    );
    assert_eq!(r.avoid.len(), 1);
    let r = p("need 1h w/ bo any day next week but not mon, afternoons");
    assert_eq!(
        r.window.and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    assert_eq!(r.avoid.len(), 1);
    // An hour after a paused "after", no hour at a house's number.
    assert_eq!(
        p("find 15 min with Bo tomorrow, after, um, nine in the evening")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(21, 0)))
    );
    assert_eq!(
        p("book the install at 22 Lindenstraße on Monday 7 December at 8am with Bo")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(8, 0)))
    );
    // A habit after school; a meeting said to be on a day, made another; a long move; a freeing up.
    assert!(matches!(
        p("add 20 minutes of spelling practice every weekday after school").kind,
        IntentKind::AddHabit {
            part: Some(PartOfDay::Afternoon),
            ..
        }
    ));
    assert!(matches!(
        p("Parents' evening w/ Herr Brandt is tue 5pm - can we make it wednesday, same time?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("can we bring the board mtg w/ Ana and the treasurer fwd from fri 6pm to thu 6pm?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("Office closed for the move - please free up everything between the 14th and the 18th of December.").kind,
        IntentKind::Cancel { .. }
    ));
}

/// Round 198's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_ninety_eighth_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // Those who work at weekends or on a day, staff of one kind, one known by what they do.
        (
            "book Saturday 9am inventory w/ Lior + the weekend team, 2h",
            vec!["Lior", "weekend team"],
        ),
        (
            "when are my two Sunday lads, Kwabena and Ilya, both free for an hour? mon 30th or tue 1st",
            vec!["Kwabena", "Ilya"],
        ),
        (
            "cancel fri 6pm staff drinks w/ the bar staff, the boiler's broken",
            vec!["bar staff"],
        ),
        (
            "cancel the, um, viewing with Ines and the tile shop guy on Tuesday the 8th",
            vec!["Ines", "tile shop guy"],
        ),
        // Kin after a plus, a firm after "from", whose care or jab it is, a street.
        (
            "find 30 min w/ mr. osei + my wife adwoa next week",
            vec!["mr. osei", "adwoa"],
        ),
        (
            "move mon's 10am tasting w/ Rafa from Kaffee Kollektiv to tue, same time",
            vec!["Rafa"],
        ),
        (
            "need an hour w/ the plumber from Wagner Haustechnik next week",
            vec!["plumber"],
        ),
        (
            "find an hour with Jonah and Priti to plan the rota for Dad's care next week",
            vec!["Jonah", "Priti"],
        ),
        (
            "book Theo's BCG jab with the school nurse, Ms. Aoife Byrne, on Monday 7 December at 9:20",
            vec!["Ms. Aoife Byrne"],
        ),
        (
            "I run the bakery on Schönhauser Allee. Find an hour for me and Bo next week.",
            vec!["Bo"],
        ),
        // Things fitted, things with something in them, someone called.
        (
            "book 1 hour with Bo on the 10th to agree whether we fit their fridges with alarms",
            vec!["Bo"],
        ),
        (
            "book 1 hour with Bo on the 10th. Storage: dairy ahead of anything with eggs.",
            vec!["Bo"],
        ),
        (
            "book 1 hour with Bo on the 10th. A leak: the tap shut off, the floor mopped, and the plumber called.",
            vec!["Bo"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // Someone's diary asked about; an evening's bare hour; "exc." before a day; a shift's post.
    assert!(matches!(
        p("I manage Dr. Ferreira's diary. What has she got on Thursday afternoon?").kind,
        IntentKind::Describe
    ));
    assert_eq!(
        p("find an hour w/ Bo any evening next week, after 9")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(21, 0)))
    );
    let r = p("need 1h w/ Bo any day 7th-11th dec exc. thurs");
    assert_eq!(
        r.window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 11)))
    );
    assert_eq!(r.avoid.len(), 1);
    assert!(matches!(
        p("find 30 min w/ the union rep Bo + shift lead Dana on thu or fri next week").kind,
        IntentKind::FindTime { book: false }
    ));
}

/// Round 199's rules, in words other than the sets that prompted them.
#[test]
fn round_hundred_and_ninety_ninth_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // Whose teacher it is, whose care visit, a practice, a care home, a library in lowercase.
        (
            "Can you cancel the call with Lena's tutor, Mr. Otto Brandt, on Thursday?",
            vec!["Mr. Otto Brandt"],
        ),
        (
            "pls cancel dad's physio appt w/ Ms Okafor on fri 4th at 9:40",
            vec!["Ms Okafor"],
        ),
        (
            "Hello, this is Tomás from Riverside Dental Practice. Please move Mr. Ian Reid's 9:00 on Monday to Tuesday.",
            vec!["Mr. Ian Reid"],
        ),
        (
            "our choir visit to Rosewood Nursing Home on Sunday 13 December at 3pm is off, please cancel it",
            vec![],
        ),
        (
            "I run the chess club at Millbrook library. Find an hour with Ada and Bo next week.",
            vec!["Ada", "Bo"],
        ),
        // The writer keeping someone's diary, and a chaplain met.
        (
            "I'm the church office assistant for Father Mensah — could you tell me what he's got on Friday?",
            vec![],
        ),
        (
            "find an hour with the hospital chaplain and Mrs. Ito next week",
            vec!["hospital chaplain", "Mrs. Ito"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // A holiday's lunch rota or one hosted is no day; "except sat" a day left out.
    let w = p("find an hour with Bo any day up to the 11th to go over the Christmas Day lunch rota")
        .window
        .expect("window");
    assert_eq!(w.end, ymd(2026, 12, 11));
    let w = p("book a call with Bo on Sunday at 6pm to sort out who's hosting Christmas")
        .window
        .expect("window");
    assert_eq!((w.start, w.end), (ymd(2026, 11, 29), ymd(2026, 11, 29)));
    let r = p("find 1h with Bo any day 7-12 dec except sat, before noon");
    assert_eq!(
        r.window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 12)))
    );
    assert_eq!(r.avoid.len(), 1);
    // Someone else's start told before the request names no day; "(North)" no zone.
    let w = p("Our new receptionist starts in February — can you find 30 minutes with Bo on Tuesday 8 December?")
        .window
        .expect("window");
    assert_eq!((w.start, w.end), (ymd(2026, 12, 8), ymd(2026, 12, 8)));
    assert!(
        p("Please move the 10:15 visit on Monday to Tuesday. Thanks, Community Team (South)")
            .zone
            .is_none()
    );
    // From the templates: a thing changed over to another, things fitted to a thing.
    assert!(matches!(
        p("book 1 hour with Bo on the 10th to agree whether the yard moves over to pallets with a painted mark").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("find 1 hour with Bo on the 10th to talk about whether we should fit ladders to the back of the vans"),
        vec!["Bo"]
    );
}

/// Round 200's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundredth_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // A team of someone named, a post after a name set off by commas, a trade of few letters,
        // a post ending its clause, a surgeon.
        (
            "Please book a workshop with Ms. Ines Vogt and her design team on Tuesday 8 December at 10.",
            vec!["Ms. Ines Vogt", "design team"],
        ),
        (
            "find an hour with our new supplier, Mr. Kojo Mensah, and his sales manager next week",
            vec!["Mr. Kojo Mensah", "sales manager"],
        ),
        ("find 30 min with the farm vet and Bo next week", vec!["farm vet", "Bo"]),
        (
            "cancel the site visit w/ the planning officer tomorrow afternoon",
            vec!["planning officer"],
        ),
        ("need 1h w/ the tree surgeon + Bo next week", vec!["tree surgeon", "Bo"]),
        // A house at a German street's number, a forecast.
        (
            "find 1h w/ Bo for the survey at 8 Lindenweg, 7th-9th dec, not before 9",
            vec!["Bo"],
        ),
        (
            "Could we push tomorrow's 10:00 with Bo by a week? Forecast says snow.",
            vec!["Bo"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // A morning's range up to noon; whose diary, asked without "on"; any jobs booked; that weekend
    // pointed back; a place's clock for neither a description nor a task; a thing put in a place.
    assert_eq!(
        p("book the stocktake w/ Bo sat 12th 7:15-12")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(7, 15)))
    );
    assert!(matches!(
        p("I look after Dr. Ama Osei's diary — what does she have between 2 and 5 on Friday?").kind,
        IntentKind::Describe
    ));
    assert!(matches!(
        p("any calls booked with Bo before Friday?").kind,
        IntentKind::Describe
    ));
    let r = p("move sun 6th 10am viewing w/ Bo to sat 5th after 2pm pls, she's away that weekend");
    assert_eq!(
        r.window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 5), ymd(2026, 12, 5)))
    );
    assert!(
        p("What's on Friday afternoon? My sister in Sydney wants to call.")
            .zone
            .is_none()
    );
    assert!(
        p("remind me to send the invoice to the client in Tokyo by Friday")
            .zone
            .is_none()
    );
    assert!(matches!(
        p("find 30 min with Bo on the 10th to talk about whether we should put a kettle in the workshop").kind,
        IntentKind::FindTime { book: false }
    ));
}

/// Round 201's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_first_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // Posts no thing is called, a lowercase pair after a plus, a post after one's own and a
        // titled name, a trade where one works.
        (
            "find an hour with Bo and the estate agent next week",
            vec!["Bo", "estate agent"],
        ),
        ("book a call with the night clerk tomorrow at 3", vec!["night clerk"]),
        (
            "find 30 min w/ ana + li wei to plan the rota next week",
            vec!["ana", "li wei"],
        ),
        (
            "Could you find an hour for me, my deputy, Ms. Rosa Lind, and the school treasurer to plan the fair? Any day next week.",
            vec!["Ms. Rosa Lind", "school treasurer"],
        ),
        (
            "find 2 hours when Bo and the workshop mechanic can both make it next week",
            vec!["Bo", "workshop mechanic"],
        ),
        // A group one leads, a saint's church, kin named after a comma, a place where someone is
        // met, a flat or a unit by its number.
        (
            "I run the village band. Could you find an hour with Bo next week?",
            vec!["Bo"],
        ),
        (
            "We rehearse at St. Mary's. Could you find an hour with Bo next week?",
            vec!["Bo"],
        ),
        (
            "book a meeting with the school nurse and Mr. Dube's son, Tariq, on Friday at 2",
            vec!["school nurse", "Tariq"],
        ),
        ("book dinner with Ana at Zur Linde on Friday at 7", vec!["Ana"]),
        (
            "the boiler service at Unit 4 with Bo on Monday at 9 needs to move to Tuesday at 9",
            vec!["Bo"],
        ),
        // A child's lesson, a pet's grooming, a reason someone can't come, an illness, the one a
        // booking is arranged for, a firm after a doer, a lens.
        (
            "can you book, um, Noah's riding lesson with Mrs. Berg on Saturday at 10",
            vec!["Mrs. Berg"],
        ),
        (
            "book Biscuit's wash n trim at Happy Paws w/ Lena tomorrow at 2",
            vec!["Lena"],
        ),
        (
            "move sat 9am lesson w/ Karin, Pablo's got a dentist appt",
            vec!["Karin"],
        ),
        ("off with tonsillitis, cancel everything tomorrow", vec![]),
        (
            "I'm arranging this for my manager, Mr. Tom Reyes: a lunch with the supplier, Ms. Ada Kim, on Friday at 1.",
            vec!["Ms. Ada Kim"],
        ),
        (
            "find 40 min w/ the estimator from Kranz Bau next week",
            vec!["estimator"],
        ),
        (
            "the leaves checked with the lens. book an hour with Bo tomorrow at 3",
            vec!["Bo"],
        ),
        // A household by its family name, asked to be free or named after who they are.
        ("when are the Okafors free for an hour next week?", vec!["Okafors"]),
        (
            "reschedule the inspection with the neighbours, the Hendersons, to Friday at 10",
            vec!["Hendersons"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // A deadline told before a booking; "cncl"; whose day is asked by name; days asked about before
    // a need; a thing set into a place.
    assert!(matches!(
        p("The grant deadline is close. Please book a call with Dr. Bo Lee on Friday at 3.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(p("cncl fri 9am dentist").kind, IntentKind::Cancel { .. }));
    let asked = p("could you tell me what Ms. Rao has on Friday between 9 and 1?");
    assert!(matches!(asked.kind, IntentKind::Describe));
    assert!(asked.participants.is_empty());
    assert!(matches!(
        p("How does next week look? I need to sort the garage.").kind,
        IntentKind::Describe
    ));
    assert!(matches!(
        p("I need 30 min with Bo to talk over whether the school should set a reading bench into the library wall. Look through my calendar tomorrow and tell me the free openings; put nothing in.").kind,
        IntentKind::FindTime { book: false }
    ));
    // A week's days asked after "my week", a day left out after "the" or a pause, any weekday of a
    // week, a span of days joined by a hyphen, one's own news on a day before the days asked.
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    assert_eq!(
        days("what does my week look like between the 7th and the 9th"),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 9)))
    );
    for (text, day) in [
        (
            "find an hour with Bo any day next week except the Wednesday",
            chrono::Weekday::Wed,
        ),
        (
            "find an hour with Bo any afternoon next week except, uh, Friday",
            chrono::Weekday::Fri,
        ),
    ] {
        assert_eq!(
            p(text).avoid,
            vec![Avoid {
                weekday: Some(day),
                part: None
            }],
            "{text}"
        );
    }
    assert_eq!(
        days("find 30 min with Bo any weekday next week"),
        Some((ymd(2026, 11, 30), ymd(2026, 12, 4)))
    );
    assert_eq!(
        days("need 1h w/ Bo tue 8th-fri 11th"),
        Some((ymd(2026, 12, 8), ymd(2026, 12, 11)))
    );
    assert_eq!(
        days("I'm finally moving house on the 4th! need 1h w/ Bo, mon 7th-wed 9th"),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 9)))
    );
}

/// Round 202's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_second_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // The one a meeting is for, a town after "trip to", kin's check, a team's fixture, the firm
        // the one writing is from, an instrument.
        (
            "Could you set up a 30-minute call for my director, Ms. Lena Ortiz, with the supplier, Mr. Tom Hale, on Friday at 10?",
            vec!["Mr. Tom Hale"],
        ),
        (
            "I'm scheduling this for my manager, Dr. Ken Ito. He needs an hour with Ms. Ada Lin next week.",
            vec!["Ms. Ada Lin"],
        ),
        (
            "I'll be on the school trip to Lyon from Monday to Wednesday next week. Cancel all my lessons on those days.",
            vec![],
        ),
        ("cancel mum's eye check w/ Mr Patel on the 9th", vec!["Mr Patel"]),
        (
            "Am I free on Saturday afternoon? The under-12 team has a league match and they need lifts.",
            vec![],
        ),
        (
            "This is Ravi from Northside Dental. Could you move my 10:00 with Dr. Omar Aziz on Monday to Tuesday at 10?",
            vec!["Dr. Omar Aziz"],
        ),
        (
            "I have to stand by the lathe with the feeler gauges and check the gap. Book an hour with Bo tomorrow at 3",
            vec!["Bo"],
        ),
        // A post of three words, one after a note in brackets, two who both give time.
        (
            "move my 11:00 with the parish hall manager on Monday to Tuesday",
            vec!["parish hall manager"],
        ),
        (
            "find an hour w/ Ana (my sister) and the wedding planner next week",
            vec!["Ana", "wedding planner"],
        ),
        (
            "When could Bo and the club treasurer both give me an hour next week?",
            vec!["Bo", "club treasurer"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // Things dropped somewhere, a club that reads, a start a length later, a day gone, a weekday's
    // rota, a reminder sent, a South African city.
    assert!(matches!(
        p("what's on friday after 5? might drop the bike at the shop").kind,
        IntentKind::Describe
    ));
    assert!(matches!(
        p("book club night planning: can u find an hour w/ Ana and Bo next week").kind,
        IntentKind::FindTime { book: false }
    ));
    for text in [
        "Her 2:30 with Bo on Friday needs to start half an hour later.",
        "My haircut with Ms. Roy on Saturday at 10 has to go a week later",
    ] {
        assert!(matches!(p(text).kind, IntentKind::Reschedule { .. }), "{text}");
    }
    assert_eq!(
        p("We lost power in last night's storm. Can you find an hour with Bo tomorrow morning?")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    assert_eq!(
        p("find 30 min w/ Bo re the sunday rota, mon 7th-wed 9th")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 9)))
    );
    assert_eq!(
        title_of("I need to send the rent reminder to the tenants by Friday"),
        "send the rent reminder to the tenants"
    );
    assert!(
        p("find 30 min with Bo in Cape Town on Friday, his afternoon")
            .zone
            .is_some()
    );
}

/// Round 203's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_third_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // Kin's fitting or adjustment, a tour named by its town, a pet's things handed over, the
        // firm the one writing is at, a firm after a trade, the one arranged for on their behalf,
        // the cast, a cleaner, those one stands with.
        (
            "book Dad's new glasses fitting with Mr. Ray on Friday at 10",
            vec!["Mr. Ray"],
        ),
        ("cancel Mia's brace adjustment with Dr. Ivo on the 9th", vec!["Dr. Ivo"]),
        (
            "I'll be away on the band's Lisbon tour from Monday to Wednesday next week. Cancel everything on those days.",
            vec![],
        ),
        (
            "find 30m w/ Ana + Bo to hand over the car + Rex's lead, sat b4 10",
            vec!["Ana", "Bo"],
        ),
        (
            "I'm writing from Lindner Dental. Could you move my 10:00 with Dr. Omar Aziz on Monday to Tuesday at 10?",
            vec!["Dr. Omar Aziz"],
        ),
        (
            "book a hearing test w/ the audiologist at Hörwelt sat 5th 11:00",
            vec!["audiologist"],
        ),
        (
            "I'm arranging this on behalf of my manager, Ms. Ada Lin. She needs an hour with Mr. Tom Hale next week.",
            vec!["Mr. Tom Hale"],
        ),
        ("book the dress rehearsal with the cast on Saturday at 6", vec!["cast"]),
        (
            "the floor was mopped with disinfectant. Book an hour with Bo tomorrow at 3",
            vec!["Bo"],
        ),
        (
            "I have to stand in the yard with the inspectors and sign the forms. Find an hour with Bo tomorrow",
            vec!["Bo"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // A swap as what a meeting is for; a meeting named by "the" and its hour asked to start later;
    // "my week" from days spelled out; the week of a day spelled out, before "except".
    assert!(matches!(
        p("Could you find 30 minutes with Bo so I can swap my Friday lab slot?").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("Could the 9:30 budget call with Ms. Roy on Monday start 15 minutes later?").kind,
        IntentKind::Reschedule { .. }
    ));
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    assert_eq!(
        days("what's my week looking like from the eighth to the tenth"),
        Some((ymd(2026, 12, 8), ymd(2026, 12, 10)))
    );
    assert_eq!(
        days("find an hour with Bo any morning the week of the fourteenth except Tuesday"),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 20)))
    );
}

/// Round 204's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_fourth_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // A stripe on a gauge, a holiday, a firm of two names or the one writing works at, the one
        // arranged for on their behalf, a pet's jab, a child at a parents' evening, a child's
        // therapy called off, whose post is said, a note signed in brackets, one who only brings
        // a thing.
        (
            "the gauge needle sits past the painted band. Book an hour with Bo tomorrow at 3",
            vec!["Bo"],
        ),
        (
            "The studio shuts between Christmas and New Year, from Tuesday 29 December until Thursday 31 December. Please cancel everything on those days.",
            vec![],
        ),
        (
            "I manage the bookings for Mr. Ravi Sood at Brandt & Lowe Solicitors. He needs 30 minutes with Ms. Ada Lin next week.",
            vec!["Ms. Ada Lin"],
        ),
        (
            "I'm the practice manager at Lang & Ortiz. Find an hour with Dr. Ivo Berg next week.",
            vec!["Dr. Ivo Berg"],
        ),
        (
            "Scheduling on behalf of my director, Mr. Paul Grey: a 30-minute call with Ms. Ada Lin on Monday at 11.",
            vec!["Ms. Ada Lin"],
        ),
        (
            "find 20 mins w/ Dr Kaya at the surgery for Milo's flu jab next week",
            vec!["Dr Kaya"],
        ),
        (
            "book a parents' evening slot with Ms. Hart for Theo on Tuesday at 6pm",
            vec!["Ms. Hart"],
        ),
        ("pls drop Ava's play therapy w/ Mr. Penn on Friday", vec!["Mr. Penn"]),
        (
            "find 30 minutes with Mr. Cole, Ava's form tutor, and the deputy head next week",
            vec!["Mr. Cole", "deputy head"],
        ),
        (
            "Cancel the 4pm call with Ms. Roy on Monday. (From my assistant, Greta.)",
            vec!["Ms. Roy"],
        ),
        (
            "Am I free Thursday afternoon? Jonas wants to pick up the spare keys.",
            vec![],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // One weekday to choose, after a pause; a day's meetings wiped; someone named's calendar asked
    // about; a bid sent by a day; things fitted, asked about; a meeting "booked for" a time, moved.
    assert!(matches!(
        p("can you find an hour with Ines to go over the plan, any, uh, weekday morning next week").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(p("sick again, wipe tomorrow").kind, IntentKind::Cancel { .. }));
    assert!(matches!(
        p("What's in Dr. Lena Voss's calendar on Monday from 10 to 12?").kind,
        IntentKind::Describe
    ));
    assert_eq!(
        title_of("finish the tender bid, 3 hrs, has to go out by Friday"),
        "finish the tender bid"
    );
    assert!(matches!(
        p("We have to decide whether the club should fit new floodlights in the car park. Find an hour with Bo tomorrow").kind,
        IntentKind::FindTime { book: false }
    ));
    assert_eq!(
        moved_of("The tenant wants her gas check moved. It's booked for Monday the 7th at 10am; she'd rather have Wednesday the 9th.")
            .map(|m| m.date),
        Some(Some(ymd(2026, 12, 7)))
    );
    // Christmas planned, or naming a race: the days asked stand.
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    assert_eq!(
        days("find 2 hours with Ana to plan Christmas, any day next week"),
        Some((ymd(2026, 11, 30), ymd(2026, 12, 6)))
    );
    assert_eq!(
        days("xmas 5k route check: find an hour w/ bo + cai, sat 5th or sun 6th"),
        Some((ymd(2026, 12, 5), ymd(2026, 12, 6)))
    );
}

/// Round 205's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_fifth_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // A cleaner one cleans with, a child's grading, trim, tuition or check, the one arranged
        // for or whose meetings head the request, a note sent by someone, a child whose coach is
        // named or who moves up a class, a street, a post held somewhere, a van's MOT, a firm one
        // is booked from, one chosen by someone else.
        (
            "the dried mud wiped off with the boot cleaner and a rag. Book an hour with Bo tomorrow at 3",
            vec!["Bo"],
        ),
        (
            "can you book Mila's judo grading with her coach, Kenji Sato, on Saturday at 10",
            vec!["Kenji Sato"],
        ),
        (
            "On behalf of my manager, Ms. Ada Lin: please book a 30-minute call with Mr. Tom Hale on Monday at 11.",
            vec!["Mr. Tom Hale"],
        ),
        ("book Tess for Biscuit's trim on Saturday at 9", vec!["Tess"]),
        (
            "Please cancel the 2pm call with Mr. Hale on Monday. (Sent by his PA, Greta.)",
            vec!["Mr. Hale"],
        ),
        (
            "find 30 minutes for me and Leo's swim coach, Mr. Dan Price, next week",
            vec!["Mr. Dan Price"],
        ),
        (
            "find half an hour with Mrs. Bell about moving Ava up a class next week",
            vec!["Mrs. Bell"],
        ),
        (
            "Can Leo's tuition with Mr. Park on Monday at 4 move to Wednesday?",
            vec!["Mr. Park"],
        ),
        (
            "book a dental check for Milo w/ Dr Ruiz on Friday at 9",
            vec!["Dr Ruiz"],
        ),
        (
            "book the gutter repair for Mr Obi at 12 Oak Row on Monday at 9",
            vec!["Mr Obi"],
        ),
        (
            "book a call with our agent in Madrid, Ms. Eva Ruiz, on Monday at 10",
            vec!["Ms. Eva Ruiz"],
        ),
        ("book the van MOT with Tariq on Monday at 9", vec!["Tariq"]),
        (
            "Please book Lena from Haus Elektrik to fit the lights on Tuesday at 10",
            vec!["Lena"],
        ),
        (
            "For Dr. Ana Pires: her 14:00 review with Mr. Tom Hale on Tuesday should start half an hour later.",
            vec!["Mr. Tom Hale"],
        ),
        (
            "find an hour with the landlord and the electrician he recommended, any day next week",
            vec!["landlord", "electrician"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // Weekdays only, asked; "make it" a day after a pause; someone gone to live somewhere; what
    // not to forget; a meeting that should start later; a day in full inside a week said before;
    // a house's number before its row.
    assert_eq!(
        p("Could you find an hour with Bo before the 11th? Weekdays only, please.")
            .avoid
            .len(),
        2
    );
    assert_eq!(
        p("the call with Ms. Roy on, uh, Monday at ten, can we, um, make it, uh, Wednesday morning instead")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 2))
    );
    assert!(matches!(
        p("My sister moved to Lisbon last year. Find an hour for a call with her on Sunday").kind,
        IntentKind::FindTime { book: false }
    ));
    assert!(matches!(
        p("dont forget: renew the parking permit, friday").kind,
        IntentKind::AddTask { .. }
    ));
    assert!(matches!(
        p("For Dr. Ana Pires: her 14:00 review with Mr. Tom Hale on Tuesday should start half an hour later.").kind,
        IntentKind::Reschedule { .. }
    ));
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    assert_eq!(
        days(
            "The new sofa comes next week. Please book Sam to help carry it on Wednesday 2 December, from six until eight."
        ),
        Some((ymd(2026, 12, 2), ymd(2026, 12, 2)))
    );
    assert_eq!(
        p("book the gutter repair for Mr Obi at 12 Oak Row on Monday at 9")
            .window
            .map(|w| w.time),
        Some(Some(TimeOfDay::At(hm(9, 0))))
    );
}

/// Round 206's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_sixth_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // Whose hour it is by "pm", the one arranged for after one's own post, whose head of year
        // is named, a court's name, a committee's papers.
        ("cancel Mr. Hale's 3pm call with Ms. Roy on Monday", vec!["Ms. Roy"]),
        (
            "For my director, Mr. Paul Grey: please book a 30-minute call with Ms. Ada Lin on Monday at 11.",
            vec!["Ms. Ada Lin"],
        ),
        (
            "find 20 minutes with Mr. Cole, Ava's head of year, next week",
            vec!["Mr. Cole"],
        ),
        (
            "book the boiler service for Mr Obi (flat 2, Elm Court) on Monday at 9",
            vec!["Mr Obi"],
        ),
        (
            "find an hour w/ Ana to go over the club committee minutes next week",
            vec!["Ana"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // A thing put back in its case, a stick by what it is for, weekdays wiped, meetings with
    // someone asked about, a meeting made a week later, a list of jobs.
    for (request, want) in [
        (
            "the old drill put back in its case. Find an hour with Bo tomorrow",
            "find",
        ),
        (
            "the walking stick turned once on the floor. Find an hour with Bo tomorrow",
            "find",
        ),
        ("flu again, wipe thurs + fri", "cancel"),
        ("any calls with Priya between now and Friday?", "describe"),
        (
            "Monday's 10:00 review with Ana: can we make it a week later, same time?",
            "reschedule",
        ),
        (
            "add to jobs: price up the bathroom for Mrs Dale, 2 hrs, needs to be with her by the 10th",
            "task",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // The weekend kept clear, said after "not" or of any weekday in a span; Christmas as why an
    // office closes; texting's "eve".
    assert_eq!(
        p("find an hour with Bo before the 12th, but not at the weekend")
            .avoid
            .len(),
        2
    );
    assert_eq!(
        p("find two hours with Bo on any weekday between Monday 7 and Friday 18 December")
            .avoid
            .len(),
        2
    );
    assert_eq!(
        p("We need it done before the office closes for Christmas. Find an hour with Bo any day between Monday 7 and Friday 11 December")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 11)))
    );
    assert_eq!(
        p("find 1h w/ Ana any eve next wk").window.map(|w| w.time),
        Some(Some(TimeOfDay::Part(PartOfDay::Evening)))
    );
}

/// Round 207's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_seventh_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // A child's exam, a child named after a pause, the one whose diary the writer keeps opening
        // the request.
        (
            "book Lily's ballet exam with Mr. Hart on Saturday at 10",
            vec!["Mr. Hart"],
        ),
        (
            "book, um, Leo's, uh, eye test with Dr. Shah on Friday at 4",
            vec!["Dr. Shah"],
        ),
        (
            "Mr. Paul Grey, whose diary I keep, needs a call with Ms. Ada Lin on Monday at 11.",
            vec!["Ms. Ada Lin"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // Things swapped, asked about; "take that out"; a list of jobs; a day's meeting asked to start
    // later; moving out of one's home.
    for (request, want) in [
        (
            "We need to decide whether the club should swap its old nets for new ones. Find an hour with Bo tomorrow",
            "find",
        ),
        ("the dentist on Monday, can you take that out", "cancel"),
        ("jobs: collect the tiles from the yard tmrw", "task"),
        ("Monday's 9:00 run with Bo, could it start an hour later", "reschedule"),
        (
            "We're moving out next month. Find an hour with the landlord next week",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // The Christmas Eve dinner being planned: the days asked stand.
    assert_eq!(
        p("find an hour with Mum to plan the Christmas Eve dinner this weekend")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 29)))
    );
}

/// Round 208's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_eighth_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // A board that is a thing; what a thing is fastened with; a child's instrument lesson; the
        // firm the one writing is introduced from; where one is sent; whose office a note is from;
        // a pet named; a child something was sent home with.
        (
            "The kick board: kept clear of paint. Move Monday's 10:00 with Ana to Tuesday at 11.",
            vec!["Ana"],
        ),
        (
            "Find an hour with Bo on Monday. The sign is strapped to the post w/ cable ties, never w/ string.",
            vec!["Bo"],
        ),
        (
            "cancel Mia's piano lesson with Mr. Holt on Friday at 5",
            vec!["Mr. Holt"],
        ),
        (
            "This is Jonas from Lindqvist Garden Services. Mrs. Ida Berg's hedge visit on Monday at 9 needs to move to Tuesday at 10.",
            vec!["Mrs. Ida Berg"],
        ),
        (
            "Work's flying me to Oslo on Monday, so move the 1:1 with Bo to Wednesday at 10",
            vec!["Bo"],
        ),
        (
            "Message from Dr. Ines Vogel's office: her 9:00 with Mr. Paul Kern on Friday has to move to 11.",
            vec!["Mr. Paul Kern"],
        ),
        (
            "My dog Biscuit has a limp. Find 20 minutes with Dr. Hale tomorrow",
            vec!["Dr. Hale"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert!(names_of("Nursery sent a form home with Theo. Remind me to sign it by Friday").is_empty());
    // Falling into something cancels nothing; entered into "my cal" books; a typed "remnid"
    // reminds; whether meetings with someone are held, asked; "sat" and "sun" either side of an
    // arrow move the meeting.
    for (request, want) in [
        (
            "Find an hour with Bo on Monday. The lids stay shut so nothing can drop into the tank.",
            "find",
        ),
        (
            "45m w/ Ana tomorrow at 3 - all agreed, into my cal pls + invites out to them",
            "book",
        ),
        ("remnid me to call the garage tmrw", "task"),
        ("Have I got any calls with Bo booked next week?", "describe"),
        ("yoga w/ Pia sat 10am -> sun 6th 11am", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // A weekday after "since" is when something began, not a day asked for.
    assert_eq!(
        p("The boiler's been leaking since Monday. Find an hour with the plumber tomorrow or Sunday")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 29)))
    );
}

/// Round 209's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_ninth_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        // A doing after "is"; a practice's note signed after "With apologies,"; the diary the one
        // writing keeps at a firm; a club greeted from; a part of someone's body cared for; a
        // grandparent's visit put in.
        (
            "the crane is lifting both of the pumps out right across Monday's 10:00 with Bo, so move it to Tuesday at 2",
            vec!["Bo"],
        ),
        (
            "Your check-up with Dr. Lee on Monday at 9 has to move to Tuesday at 10.\n\nWith apologies,\nMarta",
            vec!["Dr. Lee"],
        ),
        (
            "I keep Ms. Rhea Stone's diary at Birchwood Optometry. She needs 30 minutes with Mr. Len Park on Monday.",
            vec!["Mr. Len Park"],
        ),
        (
            "Hi from the Riverside Rowing Club! Find an hour with Ana on Saturday.",
            vec!["Ana"],
        ),
        (
            "book the physio, Jana, to look at Dad's knee on Monday at 10",
            vec!["Jana"],
        ),
        (
            "put Grandma's eye test with Dr. Obi in for Friday at 2",
            vec!["Dr. Obi"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // Whose bookings the one writing handles.
    assert!(names_of("I handle bookings for Mr. Tom Ellis. What has he got on Friday?").is_empty());
    // A meeting's day between the verb and "forward"; "shove … to"; "remidn"; a place's jobs.
    for (request, want) in [
        (
            "please pull the 2pm review with Ms. Ada Lin on Friday 4 December forward by an hour",
            "reschedule",
        ),
        ("shove the dentist from mon 30th 9am to wed 2nd 10am", "reschedule"),
        ("remidn me to pay the plumber fri", "task"),
        ("garden jobs: rake the leaves, 30m, sat", "task"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
}

/// Round 210's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_tenth_rules_hold_in_other_words() {
    let p = read;
    // Two things swapped for others, asked about; the diary cleared over a span; what she has on;
    // someone's job arrowed to another day; a meeting to happen a day later.
    for (request, want) in [
        (
            "We need to decide whether the club should swap its old nets and its worn practice balls for new ones. Find an hour with Bo tomorrow",
            "find",
        ),
        (
            "Please clear the diary from Monday 7 December to Friday 11 December.",
            "cancel",
        ),
        ("Could you tell me what she has on Tuesday afternoon?", "describe"),
        (
            "Mrs Okafor's boiler job, tue 1st 9am \u{2192} thu 3rd 9am",
            "reschedule",
        ),
        (
            "The fitting with Ana on Friday at 3 needs to happen a day later.",
            "reschedule",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // The firm where the one the writer keeps the diary for works.
    assert_eq!(
        names_of(
            "I manage the diary for Mr. Ben Cole at Cole Timber Yard. He needs 30 minutes with Mr. Tom Ruiz on Monday."
        ),
        vec!["Mr. Tom Ruiz"]
    );
    // A post "of" something, set off before its holder's name, is the post of the one named.
    assert_eq!(
        names_of("Set up lunch with the director of studies, Dr. Ines Marsh, on Friday at 1"),
        vec!["Dr. Ines Marsh"]
    );
}

/// Round 211's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_eleventh_rules_hold_in_other_words() {
    let p = read;
    // A scrap of something scraps nothing; a question put to someone books nothing.
    for (request, want) in [
        (
            "a crumpled scrap of the delivery note taped here: 1h w/ Ana on Friday at 2, lock it into my cal",
            "book",
        ),
        (
            "I want an hour with Rohan. Go through my calendar on Monday at 3pm and name the openings it could fit in. I'll put the question to him in person.",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // Forks, a magnifier and bark are no one; a meeting swallowed whole keeps its lowercase name;
    // a house's street is no one and its number no hour; "curently" is "currently".
    for (request, met) in [
        (
            "book 1h with Ana on Friday at 2; the crate lifted w/ the forks",
            vec!["Ana"],
        ),
        (
            "book 1h with Ana on Friday at 2; each weld checked with the magnifier for pinholes",
            vec!["Ana"],
        ),
        (
            "book 1h with Ana on Friday at 2; the posts came w/ bark still on them",
            vec!["Ana"],
        ),
        (
            "the audit eats Tuesday's 3pm with ravi whole, so move it to Thursday",
            vec!["ravi"],
        ),
        (
            "Ms. Ada Lin at 14 Rowan Mews wants her boiler service moved from mon 30th 9am to wed 2nd",
            vec!["Ms. Ada Lin"],
        ),
        (
            "dentist w/ Bo, curently fri 4th 9am, please move to mon 7th",
            vec!["Bo"],
        ),
        // Someone set off by who they are to the one writing, met as "him" in a later sentence.
        (
            "Kenji, my old boss, is in Berlin next week. Could you find 30 minutes to meet him on Wednesday?",
            vec!["Kenji"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert_eq!(
        moved_of("Ms. Ada Lin at 14 Rowan Mews wants her boiler service moved from mon 30th 9am to wed 2nd")
            .and_then(|m| m.time),
        Some(hm(9, 0))
    );
    // A month after "since" is when something began.
    assert_eq!(
        p("Find an hour with Bo between Mon 7th and Wed 9th Dec (second leak since March!)")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 9)))
    );
    // A part of the day "only", after a day ruled out, is the part asked.
    let only = p("find 30 min with Bo sometime dec 14-17, not wed, afternoons only");
    assert_eq!(
        only.window.and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    assert_eq!(only.avoid.len(), 1);
    // A routine told after a comma leaves the hour asked before it.
    assert_eq!(
        p("book the tyre change with Mr. Bo on Friday at 11:45, it normally takes 40 minutes")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(11, 45)))
    );
    // Time "kept free" for something is titled by what it is for.
    assert_eq!(
        title_of("I'd like two hours kept free every Saturday for gardening"),
        "gardening"
    );
    // Until when someone can't come is no span of the meeting moved.
    assert_eq!(
        moved_of(
            "The review with Ana is on Monday at 2, but Ben can't get back until Wednesday. Please move it to Thursday, same time."
        )
        .map(|m| (m.date, m.until)),
        Some((Some(ymd(2026, 11, 30)), None))
    );
    // "the Monday" named again with its date is that day; the "to" before a day divides, not one
    // before a verb later.
    assert_eq!(
        move_days_of(
            "Please move Ana's check-up from Monday 14 December at 10:00 to Wednesday 16 December in the morning. She has an exam to sit on the Monday."
        ),
        Some((Some(ymd(2026, 12, 14)), Some((ymd(2026, 12, 16), ymd(2026, 12, 16)))))
    );
}

/// Round 212's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_twelfth_rules_hold_in_other_words() {
    let p = read;
    // A bag drop is a place; "which is my sign" after a comma tells; a meeting said to need moving,
    // then when; a meeting started later by a length.
    for (request, want) in [
        (
            "30 min w/ Bo re a trolley bay at the bag drop. check my cal Monday & list the gaps.",
            "find",
        ),
        (
            "a paperclip bent into a hook, which is my sign that the line's a cal job: 1h with Ana on Friday at 2, book it",
            "book",
        ),
        (
            "today's 2pm review w/ Bo - can we start it an hour later?",
            "reschedule",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // Things fitted along a wall, a place's office in capitals and one who has died are no one; a
    // short abbreviation joined by "&" names a post.
    for (request, met) in [
        (
            "1h with Ana on Friday at 2 to weigh up whether the gym should fit mirrors along the back wall. Book it.",
            vec!["Ana"],
        ),
        (
            "NOTES ON THE BOILER ROOM, KEPT IN A FOLDER ON THE SHELF OF THE SITE OFFICE. Dr. Lee and I have agreed a 30-minute meeting next Tuesday before noon. Put it in my calendar.",
            vec!["Dr. Lee"],
        ),
        (
            "She wants to meet the children of the late Mrs. Hale, Tom and Ana, on Friday.",
            vec!["Tom", "Ana"],
        ),
        (
            "need 30 min w/ Bo and the H&S manager on Monday",
            vec!["Bo", "H&S manager"],
        ),
        // Things in the plural and their state, after a comma, are a clause of their own.
        (
            "cancel the fri 4th 6pm session w/ Ana, rooms are closed for the exams",
            vec!["Ana"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // "Not the Wednesday though" after a question asking for time; "with the exception of the
    // Thursday"; "apart from the Monday".
    let wednesday =
        p("Could you find an hour with Mr. Lee any day from Monday 7 to Friday 11 December? Not the Wednesday though.");
    assert_eq!(wednesday.window.map(|w| w.start), Some(ymd(2026, 12, 7)));
    assert_eq!(
        wednesday.avoid.iter().map(|a| a.weekday).collect::<Vec<_>>(),
        vec![Some(Weekday::Wed)]
    );
    let thursday = p(
        "She needs 40 minutes with Bo. Any morning from Monday 14 to Friday 18 December would suit, with the exception of the Thursday.",
    );
    assert_eq!(
        thursday.avoid.iter().map(|a| a.weekday).collect::<Vec<_>>(),
        vec![Some(Weekday::Thu)]
    );
    // "the following week" after a day named with its date is the week after that day's.
    let yoga = "The yoga class with Ines on Tuesday 8 December at 6pm needs moving. Any evening the following week apart from the Monday works.";
    assert_eq!(
        move_days_of(yoga),
        Some((Some(ymd(2026, 12, 8)), Some((ymd(2026, 12, 14), ymd(2026, 12, 20)))))
    );
    assert_eq!(
        p(yoga).avoid.iter().map(|a| a.weekday).collect::<Vec<_>>(),
        vec![Some(Weekday::Mon)]
    );
    // "reminde"; "this, uh, evening"; time "blocked out" for something.
    assert_eq!(
        title_of("reminde me to renew the van insurance tmrw"),
        "renew the van insurance"
    );
    assert_eq!(
        p("so, um, what have I got this, uh, evening")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Evening))
    );
    assert_eq!(
        title_of("I'd like an hour blocked out every Sunday for meal prep"),
        "meal prep"
    );
}

/// Round 213's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_thirteenth_rules_hold_in_other_words() {
    let p = read;
    // Seawater is no one; one who has cancelled is the one the lesson was with.
    for (request, met) in [
        (
            "book 1h with Ana on Friday at 2; the deck hosed down, nothing left wet w/ seawater",
            vec!["Ana"],
        ),
        ("Tom's cancelled, scrap his lesson on Friday at 4", vec!["Tom"]),
        // Someone back home, the time asked in theirs.
        (
            "Rui's back home in Lisbon now, find 30 min on Monday, his afternoon",
            vec!["Rui"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // "can it go in for" a day books; swapping onto a rota moves nothing.
    for (request, want) in [
        ("my review with Bo, can it go in for Monday at 3?", "book"),
        (
            "my check-up with Bo, could that, um, go in for, er, Monday at 3?",
            "book",
        ),
        ("what's on Saturday morning? might swap onto the late rota", "describe"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // "last weekend" and a weekday something happened on are the story's.
    assert_eq!(
        moved_or_cancelled("Please cancel Monday's 9am visit to Mrs. Lee; she moved to her daughter's last weekend.")
            .map(|m| (m.date, m.until)),
        Some((Some(ymd(2026, 11, 30)), None))
    );
    assert_eq!(
        p("Our puppy arrived on Monday and we're exhausted. Could you find an hour with Bo tomorrow or Sunday?")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 29)))
    );
    // "exept".
    assert_eq!(
        p("need an hour w/ Bo any afternoon next wk exept fri")
            .avoid
            .iter()
            .map(|a| a.weekday)
            .collect::<Vec<_>>(),
        vec![Some(Weekday::Fri)]
    );
}

/// Round 214's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_fourteenth_rules_hold_in_other_words() {
    let p = read;
    // A "cal" line kept apart from the document is the note read.
    assert_eq!(
        title_of(
            "jammed under the clip level w/ this line, a chip off a worn sanding block, dusty white & rubbed smooth on its working face, my way of telling a cal line apart from a stores line: lifting the heavy boxes has given me a stiff back, & the physio says i should stretch my hamstrings on Mondays and Thursdays, 10 minutes a session. make it a recurring entry."
        ),
        "stretch my hamstrings"
    );
    // Snips, string and a trapdoor are no one; a house on a "Way" is no one, its number no hour.
    for (request, met) in [
        (
            "book 1h with Ana on Friday at 2; the wire cut w/ the snips, never w/ string",
            vec!["Ana"],
        ),
        (
            "book 1h with Ana on Friday at 2. the trapdoor dropped shut behind us.",
            vec!["Ana"],
        ),
        ("survey at 14 Heron Way w/ Bo on Tuesday at 1pm, book it", vec!["Bo"]),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert_eq!(
        p("survey at 14 Heron Way w/ Bo on Tuesday at 1pm, book it")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(13, 0)))
    );
    // "last Friday's" game is gone by.
    assert_eq!(
        p("Need 30 mins w/ Bo about last Friday's washed-out game. Any time mon 30th - wed 2nd")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), ymd(2026, 12, 2)))
    );
}

/// Round 215's rules, in words other than the sets that prompted them.
#[test]
fn round_two_hundred_and_fifteenth_rules_hold_in_other_words() {
    let p = read;
    // What one wears to work, and a heading of two words, name no one.
    for (request, met) in [
        (
            "book 1h with Ana on Friday at 2. bench rules: goggles, apron & gloves on at the wheels.",
            vec!["Ana"],
        ),
        (
            "Thick and thin: the heavy trays kept apart. I want 1 hour with Rohan. Check my calendar on Monday for free openings, list them only.",
            vec!["Rohan"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // A question put to someone moves nothing; a booked place in the calendar books; scrap as
    // waste and work pushed further in cancel and move nothing.
    for (request, want) in [
        (
            "I want an hour with Rohan. Look through my calendar on Monday at 3pm for free openings and list them only; I'll put it to him myself.",
            "find",
        ),
        (
            "Dr. Lee and I have agreed on a 45-minute meeting next Tuesday before noon. give it a proper booked place in my calendar.",
            "book",
        ),
        (
            "offcuts kept apart from coloured scrap in the bin. I want 1 hour with Rohan. Check my calendar on Monday for free openings, list them only.",
            "find",
        ),
        (
            "the heavy trays pushed further in where it's warm. I want 1 hour with Rohan. Check my calendar on Monday for free openings, list them only.",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // From its blind set: meetings named by what they are, in the plural, asked about with someone;
    // "bookk".
    for (request, want) in [
        ("have I got any gigs with Bo between now and the 20th?", "describe"),
        ("any fittings w/ Ana in the diary before the 18th?", "describe"),
        ("pls bookk the dentist for Friday at 9", "book"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // From the rest of its templates: a part of a thing pushed into a place moves nothing; a line
    // for the assistant that "has nothing to do with" the document, or that a mark "sorts out
    // from" it, heads the note; the document's own title ends it.
    for (request, want) in [
        (
            "the print where I pushed the boot's heel into the wet sand. I want 1 hour with Rohan. Check my calendar on Monday for free openings, list them only.",
            "find",
        ),
        (
            "DAY BOOK FOR THE POTTING SHED, KEPT BY THE HEAD GARDENER NEAR THE DOOR. Trays: seed trays washed and stacked, and the cracked ones thrown out. Tied to the page with green string, which is my sign that the line is calendar work for my assistant and has nothing to do with the shed: I'd like 1 hour with Rohan about the new glasshouse. Search my calendar tomorrow at 11am for free openings. Hand me that list and do nothing further. Leaving: the pieces put on the bottom shelf and held over the bench, and the lights off.",
            "find",
        ),
        (
            "a dab of blue paint in the margin by this line, which on my sheets sorts a diary line out from the recipes: 45 min w/ Bo re the new oven. look thru my cal on Monday afternoon for free gaps. list 'em & leave it there. i'll ask round myself. card for the ovens in the back bakehouse, kept by me, the baker, & pinned by the door: the racks put on the top shelf & held over the oven, & the flour bin shut.",
            "find",
        ),
        (
            "a dab of blue paint in the margin by this line, which on my sheets sets a diary line apart from the recipes: 45 min w/ Bo re the new oven. look thru my cal on Monday afternoon for free gaps. list 'em & leave it there. i'll ask round myself. card for the ovens in the back bakehouse, kept by me, the baker, & pinned by the door: the racks put on the top shelf & held over the oven, & the flour bin shut.",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // Those one stays with to handle a thing on the spot are no one met.
    let request = "The gate is being swapped out on Tuesday at 10 during my catch-up with Ana, and I must stay at the yard entrance and wave it through with the delivery drivers. Please move that catch-up to Thursday at 10 and tell her.";
    assert_eq!(names_of(request), vec!["Ana"], "{request}");
    // From the rest of its blind set: a place named by its kind, where people are, a shortened
    // day before its date, the body one works for and a word before its own address name no one;
    // a briefing is a meeting its people are met at.
    for (request, met) in [
        (
            "book Mrs. Ana Lopez in for a riding lesson at Riverside Park, sat 5th 10:30, 45 mins",
            vec!["Mrs. Ana Lopez"],
        ),
        (
            "book the plumber w/ Tom Friday 9-11am, the kids are away all day",
            vec!["plumber", "Tom"],
        ),
        (
            "book a rehearsal for the altos — Ana, Bo & Chen — Sat Dec 12, 2-4pm",
            vec!["Ana", "Bo", "Chen"],
        ),
        (
            "I run the box office for the Hillside Choral Society. Could you find an hour with Ana Lopez next week?",
            vec!["Ana Lopez"],
        ),
        (
            "need 30 min with Dr Ana Lopez, Tom Berg and facilities (facilities@example.com) on Monday",
            vec!["Dr Ana Lopez", "Tom Berg", "facilities@example.com"],
        ),
        (
            "cancel the 9:00 safety briefing w/ the site manager on Tuesday",
            vec!["site manager"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // Days: a weekday and, after a pause, the week it is in; the weekend that is a parent's turn
    // with the children is no weekend asked for.
    let window = p("I need an hour with Bo, um, Tuesday or Wednesday, er, next week").window;
    assert_eq!(
        window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 1), ymd(2026, 12, 2)))
    );
    let cleared = p("it's their mum's weekend not mine so clear everything sat 12th & sun 13th");
    let IntentKind::Cancel { which } = cleared.kind else {
        panic!("a cancellation");
    };
    assert_eq!(
        (which.date, which.until),
        (Some(ymd(2026, 12, 12)), Some(ymd(2026, 12, 13)))
    );
}

/// Round 216's rules, in other words than its held-out templates and blind set: a line a mark sets
/// apart "as cal stuff", a gap a meeting "would drop into", a place that "remains" what it is;
/// days in a reason before "so" and days ruled out as named, a range of ordinals joined by a dash,
/// a day ruled out before why; a blessing signing off, where someone is from (in brackets or after
/// "from the"), a post before its holder after "and"; a city before someone's post with their
/// clock spoken of; a ship "due in", one's own things checked; two hours joined by a dash.
#[test]
fn round_two_hundred_and_sixteenth_rules_hold_in_other_words() {
    let p = read;
    for (request, met) in [
        (
            "a splash of red paint by this line, which on my sheets marks a line as diary stuff & not shop stuff: 1h w/ Bo re the new till. look thru my cal on Monday afternoon for free gaps, list them only. i'll ask him myself. card for the shop counter by the front door, kept by me, the shopkeeper, & taped to the till: the float counted with Marguerite at close & the keys put on the hook.",
            vec!["Bo"],
        ),
        (
            "cancel Monday's 10am with Bo, the school has decided that the office remains an office",
            vec!["Bo"],
        ),
        (
            "Could you find 30 min with Callum next week?\n\nWith every blessing,\nRev. Jo Smith\nVicar, St Mary's",
            vec!["Callum"],
        ),
        (
            "move the call w/ Ana Lopez (Radio Kent) from Monday 10am to Tuesday",
            vec!["Ana Lopez"],
        ),
        (
            "cancel the site visit w/ Tom Berg from the Council on the 2nd",
            vec!["Tom Berg"],
        ),
        (
            "I need an hour with the chair of governors, Mr. Tom Berg, and the head teacher, Mrs. Ana Lopez. Any weekday next week.",
            vec!["Mr. Tom Berg", "Mrs. Ana Lopez"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    for (request, want) in [
        (
            "find me the free gaps on Tuesday that a 30 min call w/ Ana would drop into",
            "find",
        ),
        (
            "anything on after 6pm thu? the ferry's due in on the late tide",
            "describe",
        ),
        ("book Bo to help me check my bikes are safe sun 29th 11am", "book"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    for (request, days) in [
        (
            "we're closed on Monday so can you find an hour with Ana tue 1st to thu 3rd",
            (ymd(2026, 12, 1), ymd(2026, 12, 3)),
        ),
        (
            "the weekend's no good, find me an hour with Bo any day mon 7th to wed 9th",
            (ymd(2026, 12, 7), ymd(2026, 12, 9)),
        ),
        (
            "need an hour w/ Ana any day tue 8th\u{2013}thu 10th",
            (ymd(2026, 12, 8), ymd(2026, 12, 10)),
        ),
    ] {
        assert_eq!(p(request).window.map(|w| (w.start, w.end)), Some(days), "{request}");
    }
    let request = "find 2 hours with Bo any day from Monday the seventh to Friday the eleventh, but not the Tuesday, that's when the boiler man comes";
    assert_eq!(p(request).avoid.len(), 1, "{request}");
    let request = "book a 30 min call w/ our Nashville sales rep, Ana Lopez, tue 8th at 10am her time";
    assert!(p(request).zone.is_some(), "{request}");
    // Two hours joined by a dash, the first with its "am".
    assert_eq!(
        p("book an inspection w/ Dietrich Holzmann Tues Dec 1st 7am\u{2013}10am").duration_minutes,
        Some(180)
    );
}

/// Round 217's rules, in other words than its held-out templates and blind set: a thing done "with"
/// instead of another moves nothing; a line a mark lifts "into my calendar" heads the note; two
/// days of the month joined by a dash are a range; a saint's full stop ends no title.
#[test]
fn round_two_hundred_and_seventeenth_rules_hold_in_other_words() {
    let p = read;
    assert_eq!(
        kind_name(
            &p("Book 30 min with Ana on Friday at 2, so the labels are printed by the machine instead of with a pen.")
                .kind
        ),
        "book"
    );
    let request = "GARDEN RULES FOR THE ALLOTMENT SHED, KEPT BY THE DOOR. Tools: spades cleaned and hung. Pressed flat beside this line, a dried oak leaf, which on my sheets lifts a line out of the shed rules and into my calendar: cancel Monday 10am with Bo. It was for a new water butt, but the committee has said no. Pockets and folds: each sack shaken out and folded, and the padlock snapped shut.";
    assert_eq!(names_of(request), vec!["Bo"], "{request}");
    assert_eq!(
        p("find an hour with Bo any afternoon 14th\u{2013}16th dec")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 16)))
    );
    let IntentKind::AddTask { title, .. } =
        p("Need to write up the report for the St. John's choir by December 11th, about 2 hours").kind
    else {
        panic!("a task");
    };
    assert_eq!(title, "write up the report for the St. John's choir");
}

/// Round 218's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_eighteenth_rules_hold_in_other_words() {
    let p = read;
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    // A post before its holder's address, or after a body named in two words, is no one more.
    assert_eq!(
        names_of("set up a call with the florist, jo@petalsandstems.co.uk, on Monday at 11 for 20 min"),
        vec!["jo@petalsandstems.co.uk"]
    );
    assert_eq!(
        names_of(
            "Please move the talk with the Boys Brigade captain, Mr. Idris Fenwick-Amadi, from Tuesday 8 December at 6pm to Thursday 10 December at 6pm."
        ),
        vec!["Mr. Idris Fenwick-Amadi"]
    );
    // An illness, a stop by its place's name, a shift worked and a letter's signature name no one.
    assert_eq!(
        names_of("cancel Ana's 3pm on wed, she's at home with gastritis"),
        vec!["Ana"]
    );
    assert_eq!(
        names_of("book the Upper Denby stop w/ Mrs Odile Brennan-Kaye fri 4th 10:15, 25 min"),
        vec!["Mrs Odile Brennan-Kaye"]
    );
    assert_eq!(
        names_of("find 30 min with Ana and Bo on Tuesday or Wednesday. Afternoons suit Bo as he's on the night shift."),
        vec!["Ana", "Bo"]
    );
    assert!(
        names_of("Dear Kairos,\n\nPlease clear everything in my diary on Friday 11 December. The boiler is being replaced.\n\nGwendolyn Ashcroft-Mbeki")
            .is_empty()
    );
    assert_eq!(
        names_of("Ladders, hoists and trestles are to be checked before use. Cancel Monday's 10am with Bo."),
        vec!["Bo"]
    );
    // Shouted, a little word ends the name before it.
    assert_eq!(
        names_of("NEED AN HOUR W/ KOFI + TARIQ TO SORT THE STOCKTAKE. MON 7TH TO WED 9TH, AFTERNOONS"),
        vec!["KOFI", "TARIQ"]
    );
    // Those listed go on past a note in brackets saying whose kin they are, and a post of three
    // words.
    assert_eq!(
        names_of("need 20 min w/ Ana (Bo's sister, she's helping) + the venue manager to sort food. mon 30th–fri 4th"),
        vec!["Ana", "venue manager"]
    );
    assert_eq!(
        names_of("need 20 min w/ Ana + the messy play leader to sort the rota, mon 30th–wed 2nd"),
        vec!["Ana", "messy play leader"]
    );
    assert_eq!(
        names_of(
            "Please book the rehearsal at First Baptist with the organist, Mr. Joel Ashdown, on Sunday, December 13th, from 2pm to 4pm."
        ),
        vec!["Mr. Joel Ashdown"]
    );
    // "bok" opening the request books.
    assert_eq!(
        kind_name(&p("pls bok optician w/ Dr Ruiz-Hale weds 2nd 10.15am 20min, its my day off work").kind),
        "book"
    );
    // A deadline what is asked must come before bounds it; a day told of before the days asked
    // is the story's.
    let ahead = p(
        "Ahead of the funding deadline on 11 December I need an hour with Mr. Ravi Osei and Ms. Petra Lund. Any day from Monday 30 November to Friday 4 December would suit.",
    );
    assert_eq!(kind_name(&ahead.kind), "find");
    assert_eq!(
        ahead.window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), ymd(2026, 12, 4)))
    );
    assert_eq!(
        days(
            "The village fete is on Saturday 12 December. Could you find 40 minutes with Ana and Bo on Tuesday 8th or Wednesday 9th?"
        ),
        Some((ymd(2026, 12, 8), ymd(2026, 12, 9)))
    );
    // "a.m." goes on its sentence; "till" keeps its hour across a pause.
    assert_eq!(
        p("Find an hour with Ana next week, 9 a.m. to 1 p.m. (the hall is empty then).")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(9, 0), hm(13, 0)))
    );
    assert_eq!(
        p("um, book the, er, rehearsal with Ana on Monday the seventh, from, uh, nine till, um, half twelve")
            .duration_minutes,
        Some(210)
    );
    // What is on, asked first, is the question; what one needs to do after is why.
    assert_eq!(
        kind_name(&p("what's on this weekend? need to ice the christmas cake").kind),
        "describe"
    );
    // A day pointed back to as "not that day" is kept clear.
    assert_eq!(
        p("car's in for a service thu 3rd so not that day. need 45 min w/ Ana mon 30th - fri 4th")
            .avoid
            .iter()
            .filter_map(|a| a.weekday)
            .collect::<Vec<_>>(),
        vec![chrono::Weekday::Thu]
    );
    // Moves: "to be moved" ends what is now on; an arrow to "can we do"; an evening hour kept in
    // the evening; a day's possessive named before another's; a day one is away is why.
    assert_eq!(
        move_days_of(
            "I would like the review with the finance team currently set for Monday 7 December at 3pm to be moved to the afternoon of Wednesday 9 December."
        ),
        Some((Some(ymd(2026, 12, 7)), Some((ymd(2026, 12, 9), ymd(2026, 12, 9)))))
    );
    let arrowed = "dinner w/ Bo fri 4th 6pm → can we do sat 5th any time after 7?";
    assert_eq!(kind_name(&p(arrowed).kind), "reschedule");
    assert_eq!(new_time_of(arrowed), Some(TimeOfDay::After(hm(19, 0))));
    assert_eq!(
        moved_of("the hall's flooded, push tmrw's 10:30 lesson w/ Ana back an hour").and_then(|m| m.time),
        Some(hm(10, 30))
    );
    assert_eq!(
        move_days_of(
            "Could you move my dentist appointment with Dr. Kaur from Wednesday 9 December at 4pm to Friday 11 December at 4pm? I'm on a night shift on the 9th."
        ),
        Some((Some(ymd(2026, 12, 9)), Some((ymd(2026, 12, 11), ymd(2026, 12, 11)))))
    );
}

/// Round 219's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_nineteenth_rules_hold_in_other_words() {
    let p = read;
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    // A line told from the document's lines heads the note.
    let card = "card for the ladder store, written by me, the yard man, and pinned by the door: ladders kept chained, since a loose ladder is how the lot goes walkabout. scraped along this line w/ a nail, which is how i tell a cal line from a ladder rule on my cards: 1h w/ Bo re a new rack. dig thru my cal this coming Monday after lunch & turn up the free gaps it'd fit in - nothing clashing. just the gaps pls - don't put it in, no invites; the asking's my job. more for the store: a cracked ladder binned & written up, never mended; the door bolted top & bottom when you go.";
    assert!(crate::intent::focus::note(&crate::intent::lexer::tokenize(card)).is_some());
    // Days told before the days asked: before "it", before "and need", a picture after "go up"
    // or "closed".
    assert_eq!(
        days(
            "Our open day is in early February, and before it I need an hour with Ana and Bo. Could you find a time in the week commencing 4 January?"
        ),
        Some((ymd(2027, 1, 4), ymd(2027, 1, 10)))
    );
    assert_eq!(
        days(
            "I'm running a stall at the Yule fair on Saturday 12 December and need 40 minutes with Ana and Bo. Any day from Monday 7 to Thursday 10 December works."
        ),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 10)))
    );
    assert_eq!(
        days(
            "decorations for the nativity go up fri 11th \u{1f384} before that i need 30 min w/ Ana + Bo. mon 7th or tue 8th"
        ),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 8)))
    );
    assert_eq!(
        days("caf\u{e9}'s closed sat + sun \u{1f370} need 30 min w/ Ana + Bo, mon 7th\u{2013}wed 9th"),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 9)))
    );
    // A short "sat" after those met, named in lowercase, is the day.
    let darts = p("cancel darts w/ bo and jim sat, my back's gone");
    assert_eq!(
        names_of("cancel darts w/ bo and jim sat, my back's gone"),
        vec!["bo", "jim"]
    );
    assert_eq!(
        moved_or_cancelled("cancel darts w/ bo and jim sat, my back's gone").and_then(|m| m.date),
        Some(ymd(2026, 11, 28))
    );
    assert!(matches!(darts.kind, IntentKind::Cancel { .. }));
    // Someone "'s moved out" moves nothing.
    assert_eq!(
        kind_name(&p("book boiler service at flat 2 w/ Mr Kemal Arslan mon 30th 9-10am, tenant's moved out").kind),
        "book"
    );
    // How full, or whatever is in the diary, asked; a swap held somewhere is a thing.
    assert_eq!(
        kind_name(&p("How busy am I in the week starting Monday 14 December? The Christmas wreaths have to go up on the 16th.").kind),
        "describe"
    );
    assert_eq!(
        kind_name(&p("Please list whatever I have from Monday 7 to Wednesday 9 December.").kind),
        "describe"
    );
    assert_eq!(
        kind_name(&p("anything on sat 12 dec before noon? thinking of a book swap at the library").kind),
        "describe"
    );
    // Those listed after "for me," go on past a note in brackets and a trade after a name; a
    // block, a topic and a feast name no one; a name closing a letter after a question is its
    // signature.
    assert_eq!(
        names_of(
            "can u find an hour for me, sue (my sister) and mr hale the accountant to sort the tax. any day next week"
        ),
        vec!["sue", "mr hale"]
    );
    assert_eq!(
        names_of(
            "need 20 min w/ the caretaker (j.moss@stmarks.org.uk) to go over the keys for the Birch House block, any day next week"
        ),
        vec!["j.moss@stmarks.org.uk"]
    );
    assert_eq!(
        names_of(
            "can u book a 15 min call w/ the groom's dad, tom.reed@gmail.com, tmrw 3pm re the family group photos"
        ),
        vec!["tom.reed@gmail.com"]
    );
    let palm = "please book the flower arranging for Palm Sunday with Winifred on Saturday at ten, an hour";
    assert_eq!(names_of(palm), vec!["Winifred"]);
    assert_eq!(days(palm), Some((ymd(2026, 11, 28), ymd(2026, 11, 28))));
    assert!(
        names_of(
            "Dear Kairos,\n\nCould you cancel everything from Monday 21 to Wednesday 23 December, please?\n\nBarbara"
        )
        .is_empty()
    );
    // A bare hour in the evening moved to a morning hour shortly after is the morning's.
    assert_eq!(
        moved_of("can the 7:30 handover w/ Bo tmrw go to 9 instead").and_then(|m| m.time),
        Some(hm(7, 30))
    );
}

/// Round 220's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_twentieth_rules_hold_in_other_words() {
    let p = read;
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    // A line a mark says belongs to one's own calendar heads the note, the clause after "and"
    // another's.
    let card = "shed card, written by me: tools hung on their hooks. wound round a nail at this line, a twist of wire, which on my cards says the line belongs to my own cal & the shed can ignore it: 1h w/ Bo re a new lock. trawl thru my cal this coming Monday & list the free gaps. gaps only pls - don't put it in. more for the shed: the door bolted when you go.";
    assert!(crate::intent::focus::note(&crate::intent::lexer::tokenize(card)).is_some());
    // A room, a club after someone, a group naming a briefing and things with things name no
    // one.
    assert_eq!(
        names_of(
            "Please book the induction with Ana and Bo on Tuesday 12 January from 10am to 11am, in the Turner Room."
        ),
        vec!["Ana", "Bo"]
    );
    assert_eq!(
        names_of("bk the under-10s match w/ Mr Dev Sharma from Penryn Rovers sat 5th 10\u{2013}11am"),
        vec!["Mr Dev Sharma"]
    );
    assert_eq!(
        names_of(
            "The ethics panel briefing with Dr. Ana Ruiz on Tuesday 8 December at 10am needs to move. Could it go to Thursday 10 December at 2pm instead?"
        ),
        vec!["Dr. Ana Ruiz"]
    );
    assert_eq!(
        names_of("cancel Monday's 10am with Bo, it was to look at fitting cameras with floodlights"),
        vec!["Bo"]
    );
    // A thing due told before time asked "beforehand" is the story's; so is a celebration's day
    // before "and we need".
    let due = p(
        "The report for the Lottery fund is due in early January. Beforehand I need an hour with Ana and Bo to go through the figures. Any day in the week commencing 14 December would work.",
    );
    assert_eq!(kind_name(&due.kind), "find");
    assert_eq!(
        due.window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 20)))
    );
    assert_eq!(
        days(
            "Dear Kairos,\n\nMy wife and I celebrate our golden wedding on Saturday 9 January, and we need to sit down with the caterer, Mrs. Joan Hale, to choose the menu. Could you find us an hour on any weekday between Monday 4 and Friday 8 January?"
        ),
        Some((ymd(2027, 1, 4), ymd(2027, 1, 8)))
    );
    // Any viewings booked asks what is there; "the daily register" is no habit.
    assert_eq!(
        kind_name(&p("any viewings booked w/ Maggie before the 12th? want to send her the floor plan").kind),
        "describe"
    );
    assert_eq!(
        title_of(
            "um, can you, er, add a, uh, reminder to, um, update the, er, daily register for the, uh, club, um, before Friday"
        ),
        "update the daily register for the club"
    );
    // "back, er, an hour" moves by the hour; an evening meeting's bare new hour on its own day is
    // the evening's.
    assert_eq!(
        new_time_of(
            "er, the, um, boiler check with, uh, Mr. Bo Lee, er, tomorrow at, um, ten, can we, uh, push it back, er, an hour"
        ),
        Some(TimeOfDay::At(hm(11, 0)))
    );
    assert_eq!(
        new_time_of("push tonight's 6:30 rehearsal w/ Ana + Bo to 8"),
        Some(TimeOfDay::At(hm(20, 0)))
    );
}

/// Round 221's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_twenty_first_rules_hold_in_other_words() {
    let p = read;
    let note = |text: &str| {
        let toks = crate::intent::lexer::tokenize(text);
        crate::intent::focus::note(&toks).map(|r| toks[r].iter().map(|t| t.low.clone()).collect::<Vec<_>>().join(" "))
    };
    // What a mark placed at "this entry" does with the line, one's own calendar after it, heads
    // the note.
    assert!(
        note("YARD ORDERS. Each rope is to be coiled and hung. The stub of wire threaded through the page beside this entry, bent flat at both ends, makes an entry my calendar's concern and excuses the crew from it: the entry for Monday's 10am with Bo is to be deleted. The gate is to be chained when the yard is left.")
            .is_some()
    );
    // "more for the …:" takes the document up again.
    assert_eq!(
        note("YARD LOG, KEPT BY ME. Ropes: coiled and hung. The twist of copper wire wound through the page beside this line, bent flat at both ends, hands the line over to my calendar and keeps the yard out of it: 1 hour with Bo about a new winch, any afternoon next week, just list the gaps. more for the yard: the gate chained when you go; the hoses drained and rolled.")
            .as_deref(),
        Some("1 hour with bo about a new winch , any afternoon next week , just list the gaps .")
    );
    // A thing fitted "in place of the old" one moves nothing.
    assert_eq!(
        kind_name(
            &p("Find an hour with Bo next week to talk about a new pump fitted in place of the old diesel.").kind
        ),
        "find"
    );
    // "cncl" after a picture closing a clause stands where a request's verb does.
    assert_eq!(
        kind_name(&p("storm warning \u{1f327} cncl the 9am site visit w/ Bo tue 1st").kind),
        "cancel"
    );
    // What pleases someone else, "was pleased with the tally board", is no one met.
    assert_eq!(
        names_of("Scrap Thursday's 2pm with Ana. The auditor was pleased with the tally board and the new lock."),
        ["Ana"]
    );
    // Posts in the plural before two full names: the names are who.
    assert_eq!(
        names_of(
            "Please book an hour with the churchwardens, Tomas Reyes and Ada Lindqvist, on Tuesday 8 December at 10am."
        ),
        ["Tomas Reyes", "Ada Lindqvist"]
    );
    // What "we" have on, no length to fit in, describes.
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    assert_eq!(kind_name(&p("what do we have on Saturday the 5th?").kind), "describe");
    assert_eq!(
        days("what've we got on tues 8th to thurs 10th dec?"),
        Some((ymd(2026, 12, 8), ymd(2026, 12, 10)))
    );
    // "by New Year" is a limit, its first day.
    assert_eq!(
        p("remember to renew the van insurance by New Year").kind,
        IntentKind::AddTask {
            title: "renew the van insurance".into(),
            due: Some(ymd(2027, 1, 1))
        }
    );
    // A participle after a pause goes on with what is got.
    assert_eq!(
        title_of("I have to, um, get the boiler, er, serviced, um, by Friday"),
        "get the boiler serviced"
    );
    // Someone else gone away, closing the request, and one's own duty after the question: why,
    // not when.
    assert_eq!(
        move_days_of(
            "move the 10:00 with Mr Obi tmrw \u{2192} tue 1st 10:00 pls, he's gone to his daughter's for the weekend"
        ),
        Some((Some(ymd(2026, 11, 28)), Some((ymd(2026, 12, 1), ymd(2026, 12, 1)))))
    );
    assert_eq!(
        days("what've i got sat 28th? on call this weekend and want to see the kids"),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 28)))
    );
}

/// Round 222's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_twenty_second_rules_hold_in_other_words() {
    let p = read;
    // A mark's "which is how my assistant can tell a line is meant for my calendar": the calendar
    // heads the note, not the assistant who can tell.
    assert_eq!(
        names_of(
            "STORES CARD. Ropes coiled and hung on the pegs. Tacked beside this line, a brass washer gone green, which is how my assistant can tell a line is meant for my calendar and has nothing to do with the stores: 1 hour with Bo about a new hoist, any afternoon next week, just list the gaps. more for the stores: the gate chained when you go; the hoses drained and rolled."
        ),
        ["Bo"]
    );
    // What something gets to be, compared, is no one got to do something.
    assert_eq!(
        names_of("Find 90 minutes with Ana next week, as decent rope is getting harder to source."),
        ["Ana"]
    );
    // A change "to a" thing, asked about, moves nothing.
    assert_eq!(
        kind_name(&p("1h w/ Bo & Ana next tues after 2pm re whether we should switch to a cheaper supplier").kind),
        "find"
    );
    // What takes a meeting's place, a body's doing, names no one met.
    assert_eq!(
        names_of(
            "Move Monday's 3pm with Ana to Wednesday at 2pm; it has been swallowed by the parish council's audit."
        ),
        ["Ana"]
    );
    // A meeting with someone that "runs straight into" something keeps its one.
    assert_eq!(
        names_of("Tuesday's 9am with tomasz runs straight into the stock take. push it to Thursday at 11."),
        ["tomasz"]
    );
    // "As" saying in what capacity names no one.
    assert_eq!(
        names_of("Dear Kairos,\n\nAs club secretary I need half an hour with the treasurer, Mr. Dev Patel, next week."),
        ["Mr. Dev Patel"]
    );
    // A team chosen, and an acting post before who holds it, are no one met.
    assert_eq!(
        names_of("need an hour w/ Sam + Jo to choose the under-12 team, any evening next week"),
        ["Sam", "Jo"]
    );
    assert_eq!(
        names_of("I'd like an hour with Bo and the acting harbour authority, Mr. Ian Ross, next week."),
        ["Bo", "Mr. Ian Ross"]
    );
    // "we set up at 6" tells what is done every time; it books nothing.
    assert_eq!(
        kind_name(&p("need 30 min w/ Ana + Bo sat 5th, before 6am, we set up at 6").kind),
        "find"
    );
    // A night named by what fills it, told of, gives way to the part of the day asked for.
    assert_eq!(
        p("Movie night's getting rowdy, can you find half an hour with Ana tomorrow morning to sort it?")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    // What waits "until" a day, denied in a clause of its own, and a shift swapped to, are why.
    assert_eq!(
        moved_or_cancelled(
            "Please cancel the fitting with Mr. Obi on Monday 14 December at 11am; the units won't arrive until January."
        )
        .map(|m| (m.date, m.until)),
        Some((Some(ymd(2026, 12, 14)), None))
    );
    assert_eq!(
        move_days_of("move my 3pm w/ Bo from thu 3rd to mon 7th? switched to an early on thu"),
        Some((Some(ymd(2026, 12, 3)), Some((ymd(2026, 12, 7), ymd(2026, 12, 7)))))
    );
}

/// Round 223's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_twenty_third_rules_hold_in_other_words() {
    let p = read;
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    // A line saying the calendar's, then a short one showing it ("here goes:"), heads the note.
    assert_eq!(
        names_of(
            "notes for the tack room, by me, on the pad by the door: saddles soaped & on their racks; bridles hung up clean; bins lined w/ paper & the feed kept dry; the floor swept. tucked in the pad's spiral at this line, a brass stud off an old girth, & that's my assistant's cue - whoever keeps my cal - that the line is calendar business, not tack. here goes: 1h w/ Ana & Bo next tues after 2pm re whether we should put in a second saddle rack by the stove. all agreed - put it in my cal as firm & send invites. the rest of the pad: the door locked when you go & the lights off & the heater unplugged."
        ),
        ["Ana", "Bo"]
    );
    // What a place is lined with, and a thing given up after "whether we should", are no one and
    // call nothing off.
    assert_eq!(
        names_of("find an hour with Bo next week about whether we should line the loft with pine cladding"),
        ["Bo"]
    );
    assert_eq!(
        kind_name(&p("1h w/ Ana next tues at 3pm re whether we should reuse the crates & drop cardboard altogether. put it in my cal & send an invite.").kind),
        "book"
    );
    // A change "we are" making "from" a month is told, no bound.
    assert_eq!(
        days("We are changing our bank from February. I need an hour with Ana in the week commencing 14 December."),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 20)))
    );
    // A holiday's part of the day before a thing planned for it, and "my week" named by its first
    // day, ask for no other days.
    assert_eq!(
        days("need 20 mins w/ Ana this weekend to sort the christmas morning carol rota before 10am pls"),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 29)))
    );
    assert_eq!(
        days("whats my week looking like w/c 4 jan?"),
        Some((ymd(2027, 1, 4), ymd(2027, 1, 10)))
    );
    // A group's list, and a post's visit something is for, are no one met.
    assert_eq!(
        names_of("Have I anything booked with Ana before the 15th? I need to give her the new team list."),
        ["Ana"]
    );
    assert_eq!(
        names_of(
            "I'm organising a lunch for the Mayor's visit on Friday 18 December. Find me an hour with Ana on Monday or Tuesday."
        ),
        ["Ana"]
    );
    // The part of the day pointed back to after the new hour is given leaves the hour.
    assert_eq!(
        new_time_of(
            "pls move thurs 6pm practice w/ Ana to fri, same time — the caretaker's locking up early that night"
        ),
        Some(TimeOfDay::At(hm(18, 0)))
    );
    // A pause after "between" or "need" goes inside the phrase.
    assert_eq!(
        p("we need, like, an hour with Fergal Tuesday or Wednesday, between, um, nine and one")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(9, 0), hm(13, 0)))
    );
}

/// Round 224's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_twenty_fourth_rules_hold_in_other_words() {
    let p = read;
    // What a mark "says" the line is, for one's calendar, closing at a colon after what the line
    // "has no place in", heads the note.
    assert_eq!(
        names_of(
            "LOG FOR THE GATEHOUSE, KEPT BY ME. The gate: oiled and tried by hand, a sticking hinge written here and tied off with wire as a stopgap. The drains: twigs, feathers and grit raked out so the water runs off. Tied to the page level with this line is a brass tag, and on my logs a tag tied there says the line is for my calendar and has no place in the gatehouse: Monday's 3pm with Ana has been swallowed by the fire drill, so please move it to Wednesday at 2pm and tell her. Leaving: the gate padlocked and the log signed."
        ),
        ["Ana"]
    );
    // "put up" is what is done; a house move is a job, no meeting moved.
    assert_eq!(
        title_of("add a task: put up the shelves in the spare room by Friday"),
        "put up the shelves in the spare room"
    );
    assert_eq!(
        kind_name(&p("book the house move with Ana on Thursday 10th at 9am").kind),
        "book"
    );
    // The half of the day after a pause goes with its hour.
    assert_eq!(
        p("can you book a lesson with Bo on Sunday the 13th at, er, ten to seven, um, in the morning")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(6, 50)))
    );
    // An office that "will be closed", a street by its name and the last group "out" are no one.
    assert!(
        names_of("The parish office will be closed from Monday 21 December to Friday 1 January, so please cancel everything in my diary on those days.")
            .is_empty()
    );
    assert_eq!(
        names_of(
            "Could you move the site visit with Mr. Tom Hale about the bollards on Mill Lane to Thursday 10 December at 2pm?"
        ),
        ["Mr. Tom Hale"]
    );
    assert_eq!(
        names_of("need an hour w/ Ana any evening mon 7th–wed 9th, once the last group's out"),
        ["Ana"]
    );
    // "We'd like" opens a habit as "I'd like" does; "after they close at 9pm" bounds the time.
    assert_eq!(
        title_of("We'd like half an hour three mornings a week for learning our Greek, please."),
        "learning our Greek"
    );
    assert_eq!(
        p("find an hour w/ Ana any evening next week, after they close at 9pm")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(21, 0)))
    );
}

/// Round 225's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_twenty_fifth_rules_hold_in_other_words() {
    let p = read;
    // A post, or a body's post, set off by a comma before the one who holds it, is the holder.
    assert_eq!(
        names_of(
            "Please set up a call with the county council's highways officer, Mr. Idris Pembe, on Tuesday 8 December at 10am."
        ),
        ["Mr. Idris Pembe"]
    );
    // The assistant called on by its own name, opening the text, is no one.
    assert_eq!(
        names_of(
            "Ah Kairos, such a muddle. Please cancel the pruning demo with Mr. Tobias Ferne on Saturday 5 December at 10am."
        ),
        ["Mr. Tobias Ferne"]
    );
    assert_eq!(
        names_of("Hello there Kairos,\n\nCould you find an hour with Mr. Omar Said any day next week?"),
        ["Mr. Omar Said"]
    );
    assert_eq!(
        names_of(
            "Morning Kairos! Could you move the tasting with Mrs. Ada Lowe on Thursday 10 December at 3pm to Friday 11 December, same time?"
        ),
        ["Mrs. Ada Lowe"]
    );
    // A signature with the post and body it signs for, after a sign-off.
    assert_eq!(
        names_of(
            "Dear Kairos,\n\nPlease find an hour with Mr. Omar Said any day next week.\n\nWarm regards,\nBeatrix Holm\nHead of Music, St Mary's C of E School"
        ),
        ["Mr. Omar Said"]
    );
    assert_eq!(
        names_of(
            "Hi Kairos - quickly:\n- need an hour with Joss and Mr. Omar Said\n- any day next week\nCheers!\nPetra\nManager, Hill Street Community Pantry"
        ),
        ["Joss", "Mr. Omar Said"]
    );
    // Shorthand shouted with the rest; a line struck from the calendar.
    assert_eq!(
        kind_name(&p("BK VAN CHECK W/ IMRAN TUE 8TH 7AM, 1HR, TELL HIM TO BRING THE KEYS").kind),
        "book"
    );
    assert_eq!(
        kind_name(&p("The choir rehearsal with Tamsin on Tuesday evening can't go ahead. Strike it from the calendar, please.").kind),
        "cancel"
    );
    // A stage by its number, a building by its name and a service of worship are no one.
    assert_eq!(
        names_of(
            "The meeting with Mr. Leo Hart on Monday 7 December at 4pm clashes with the Key Stage 2 carol concert. Please move it to Tuesday 8 December at 4pm."
        ),
        ["Mr. Leo Hart"]
    );
    assert_eq!(
        names_of(
            "Please move the meeting with Mr. Leo Hart, currently on Monday 7 December at 10am, as the Lady Chapel is needed for a wedding, to Tuesday 8 December at 10am."
        ),
        ["Mr. Leo Hart"]
    );
    let mass = p(
        "Kindly tell me whether I have anything with Mr. Leo Hart before the 18th. I must give him the rota for the Midnight Mass.",
    );
    assert_eq!(mass.participants, [Participant::Name("Mr. Leo Hart".into())]);
    assert_eq!(mass.window.and_then(|w| w.time), None);
    // A span booked on a day that is not the weekday said is still its length.
    assert_eq!(
        p("Please book the scenery painting with Mr. Joel Amis on Saturday 6 December from nine till one.")
            .duration_minutes,
        Some(240)
    );
    // Days ruled out before what happens then, as a pair of short days, or after "and".
    let ruled_out = |text: &str| p(text).avoid.iter().filter_map(|a| a.weekday).collect::<Vec<_>>();
    assert_eq!(
        ruled_out(
            "Find two hours with Priya any afternoon next week, but NOT the Wednesday, when the hall is let to the Scouts."
        ),
        vec![chrono::Weekday::Wed]
    );
    let weekend = p("need an hour w/ Sam any day wk of the 14th, not sat or sun");
    assert_eq!(weekend.window.map(|w| w.start), Some(ymd(2026, 12, 14)));
    assert_eq!(
        weekend.avoid.iter().filter_map(|a| a.weekday).collect::<Vec<_>>(),
        vec![chrono::Weekday::Sat, chrono::Weekday::Sun]
    );
    assert_eq!(
        ruled_out("find an hour with Ana before the 18th, and not on a Thursday, as that is our team briefing."),
        vec![chrono::Weekday::Thu]
    );
    // "after a quarter past four", and after what ends at an hour.
    assert_eq!(
        p("find fifty minutes with Ana next week after a quarter past four")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(16, 15)))
    );
    let compline = p(
        "Could you find forty minutes with Mr. Leo Hart next week, after Compline, which ends at a quarter to seven?",
    );
    assert_eq!(compline.participants, [Participant::Name("Mr. Leo Hart".into())]);
    assert_eq!(compline.window.and_then(|w| w.time), Some(TimeOfDay::After(hm(18, 45))));
    // A holiday a thing is for stays in the title and out of the dates; an office of the day is a
    // title.
    assert_eq!(
        title_of("add a task: phone the caterers about the Christmas Day menu by Friday"),
        "phone the caterers about the Christmas Day menu"
    );
    assert_eq!(
        moved_of("Could you move the meeting with Mr. Leo Hart about the menu for Christmas Day, on Monday 14 December at 11am, to Wednesday 16 December at 11am?")
            .map(|m| (m.date, m.until)),
        Some((Some(ymd(2026, 12, 14)), None))
    );
    assert_eq!(
        title_of("Please set aside twenty minutes every evening for Evening Prayer."),
        "Evening Prayer"
    );
    // The body someone is from, named by its place, gives their clock.
    assert!(
        p("book a call w/ Mere Tane from the Wellington sailing club, thu 10th dec 7pm her time")
            .zone
            .is_some()
    );
    // When one ought to do a thing, asked, asks nothing of the calendar.
    assert_eq!(
        kind_name(&p("Kairos, do you know when I ought to be pruning the apple trees?").kind),
        "clarify"
    );
}

/// Round 226's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_twenty_sixth_rules_hold_in_other_words() {
    let p = read;
    // "It says:" after a line saying it is the calendar's heads the note; "the rest of the notes:"
    // takes the document up again.
    assert_eq!(
        names_of(
            "CARD FOR THE BOILER HOUSE, KEPT BY ME. The gauges: read and written here. The valves: tried by hand. A copper washer is taped beside this line, which is how my assistant, who keeps my calendar, knows the line is theirs and has nothing to do with the boilers. It says: I want an hour with Ana on Monday to decide whether we should fit a new pump. Look through my calendar for free openings only, book nothing. The flue: swept. Leaving: the door locked and the card signed."
        ),
        ["Ana"]
    );
    assert_eq!(
        names_of(
            "notes for the potting shed, kept by me on a pad by the door. a twist of green wire is on this line - a line w/ wire on it is for my own cal & the shed can leave it alone. here it is: 1h w/ Ana on Monday at 10am re whether we should buy a new greenhouse, all agreed - put it in my cal as firm & send her an invite. the rest of the notes: seed trays washed & stacked; compost kept dry; nothing stored w/ the fertilisers; & the door shut when you go."
        ),
        ["Ana"]
    );
    // What a body has refused, greetings and blessings in Arabic, and a lone name closing a letter
    // opened by calling on the assistant name no one met.
    assert_eq!(
        names_of(
            "Please cancel the tasting with Mr. Leo Hart on Thursday at 3pm. The planning committee has refused our application, so there is nothing to discuss."
        ),
        ["Mr. Leo Hart"]
    );
    assert_eq!(
        names_of("Salaam Kairos, could you book a call with Mrs. Huda Ali on Monday at 11am?"),
        ["Mrs. Huda Ali"]
    );
    assert_eq!(
        names_of("Please book a visit with Mr. Omar Said on Tuesday at 2pm, in sha Allah.\n\nJazakAllah khair,\nAmina"),
        ["Mr. Omar Said"]
    );
    assert_eq!(
        names_of(
            "Kairos dear, could you move my coffee with Mrs. Ada Lowe on Thursday 10 December at 11am to Friday 11 December at 11am? She has a dentist's appointment.\n\nMargaret"
        ),
        ["Mrs. Ada Lowe"]
    );
    // A body before what kind of visit it is, and a thing one is behind with, name no one.
    assert_eq!(
        names_of("Please book the county council planning visit with Mr. Leo Hart on Thursday 10 December at 10am."),
        ["Mr. Leo Hart"]
    );
    assert!(
        names_of("Could you block an hour every Sunday evening for reading? I'm terribly behind with Bleak House.")
            .is_empty()
    );
    // A quarter said with its article after "from"; the end of what one is after, at an hour; a
    // thing's hour after "b4 the".
    assert_eq!(
        p("Please book a meeting with Mr. Leo Hart on Thursday 10 December from a quarter past two until half past three.").duration_minutes,
        Some(75)
    );
    assert_eq!(
        p("find an hour with Ana next week, after the end of the school day at twenty past three")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(15, 20)))
    );
    assert_eq!(
        p("need 30 mins w/ Sam any day next week b4 the 7AM handover")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Before(hm(7, 0)))
    );
    // A day ruled out after "though".
    assert_eq!(
        p("find an hour with Ana any afternoon next week, though not the Friday, as that is my swimming lesson.")
            .avoid
            .iter()
            .filter_map(|a| a.weekday)
            .collect::<Vec<_>>(),
        vec![chrono::Weekday::Fri]
    );
    // A question about what is on, with only why after it, describes.
    assert_eq!(
        kind_name(
            &p(
                "am I free at all on Saturday 12 December? The vicar has asked whether I'd help with the carol service."
            )
            .kind
        ),
        "describe"
    );
}

/// Round 227's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_twenty_seventh_rules_hold_in_other_words() {
    let p = read;
    let time_of = |text: &str| p(text).window.and_then(|w| w.time);
    let days_of = |text: &str| {
        p(text)
            .window
            .map(|w| (chrono::Datelike::day(&w.start), chrono::Datelike::day(&w.end)))
    };
    // A signature with a post "to" a body or a title in brackets, a friend's "With love," or
    // "Love," and letters opened "Kairos, dear," or "Oh dear, Kairos," are no one met.
    assert_eq!(
        names_of(
            "Dear Kairos,\n\nPlease book a call with Mr. Ivo Lamb on Friday 4 December at 2pm.\n\nYours faithfully,\nR. Okafor\nHonorary Secretary to the Upper Wendle and District Allotment Society"
        ),
        ["Mr. Ivo Lamb"]
    );
    assert_eq!(
        names_of("Could you find an hour with Mrs. Ada Lowe on Monday 7 December?\n\nWith love,\nMaud"),
        ["Mrs. Ada Lowe"]
    );
    assert_eq!(
        names_of("Could you find an hour with Mrs. Ada Lowe on Monday 7 December?\n\nLove,\nMaud"),
        ["Mrs. Ada Lowe"]
    );
    assert_eq!(
        names_of(
            "Could you find an hour with Mr. Ivo Lamb on Monday 7 December?\n\nWith kind regards,\nMaud Ellery (Miss)"
        ),
        ["Mr. Ivo Lamb"]
    );
    assert_eq!(
        names_of("Kairos, dear, please cancel my lesson with Tobias Grey on Tuesday afternoon.\n\nMaud"),
        ["Tobias Grey"]
    );
    assert_eq!(
        names_of(
            "Oh dear, Kairos, I have forgotten again. Could you move my tea with Mrs. Ada Lowe on Monday 7 December at 3pm to Tuesday 8 December at 3pm?\n\nMaud"
        ),
        ["Mrs. Ada Lowe"]
    );
    // A councillor's title, posts of a body and posts in capitals set off before their holders.
    assert_eq!(
        names_of(
            "Please find an hour with the Mayor of the Borough, Cllr. Hugo Penn, and the Deputy Town Clerk, Mrs. Ada Lowe, next week."
        ),
        ["Cllr. Hugo Penn", "Mrs. Ada Lowe"]
    );
    // Where someone has moved or emigrated to, and a thing of one's own in what someone does, are
    // no one; a province's clock and a city's after emigrating give the zone.
    assert_eq!(
        names_of("cancel the 10:00 w/ Priya mon 7th, she's moved to Bristol"),
        ["Priya"]
    );
    assert_eq!(
        names_of("Please find an hour with Mr. Ivo Lamb, who restores my Broadwood, on Monday 7 December."),
        ["Mr. Ivo Lamb"]
    );
    let far = p(
        "My cousin, Mrs. Ada Lowe, emigrated to Perth long ago. Could you find us an hour on Saturday 12 December, during her evening?",
    );
    assert_eq!(far.zone.map(|z| z.name()), Some("Australia/Perth"));
    assert_eq!(
        p("Please book a call with Mrs. Ada Lowe on Monday 7 December at 9.00 a.m. Newfoundland time.")
            .zone
            .map(|z| z.name()),
        Some("America/St_Johns")
    );
    // A day in what someone else has or wants, or how a thing stands, after a day and an hour
    // asked, is the story's.
    assert_eq!(
        days_of("bk a lesson w/ Tom sat 12th 10am, 1hr. he's got his exam on the 19th"),
        Some((12, 12))
    );
    assert_eq!(
        days_of("bk a trim w/ Ana fri 4th 2pm 💇 she wants it short for xmas"),
        Some((4, 4))
    );
    assert_eq!(
        days_of("swim w/ Bo tue 3pm -> wed same time pls, pool's shut tue"),
        Some((2, 2))
    );
    // A holiday before a word joined by hyphens, or before an order, is no date.
    assert_eq!(
        days_of(
            "We're putting on a Christmas wreath-making class and I need an hour with Ana any day from Monday 7th to Wednesday 9th."
        ),
        Some((7, 9))
    );
    assert_eq!(
        days_of("need 30 mins w/ Bo to sort the Christmas Day order, tue 1st or wed 2nd"),
        Some((1, 2))
    );
    // A body that has refused us, or asked whether one might, a body met in its post's holder, an
    // office shut, a meeting of a body and the body's own thing are no one.
    assert_eq!(
        names_of(
            "Please cancel the call with Mr. Ivo Lamb on Monday at 10am. The county council has refused us a licence, so there is nothing to discuss."
        ),
        ["Mr. Ivo Lamb"]
    );
    assert!(
        names_of(
            "Have I anything on the afternoon of Friday 11 December? The darts team have asked whether I might captain their side, and I should hate to let them down."
        )
        .is_empty()
    );
    assert_eq!(
        names_of(
            "Good news - the brass band can play at the fete! Please book a call with their secretary, Mrs. Ada Lowe, on Monday at 10am."
        ),
        ["Mrs. Ada Lowe"]
    );
    assert_eq!(
        names_of(
            "Kindly find half an hour with Mr. Ivo Lamb next week. Mornings only, as the School Office is shut in the afternoons."
        ),
        ["Mr. Ivo Lamb"]
    );
    assert!(
        names_of("What is in my diary next week? The papers for the Annual General Meeting must go out soon.")
            .is_empty()
    );
    assert_eq!(
        names_of(
            "The Society's exchange with Ballina Quay, Ireland, requires that I speak with their coordinator, Mr. Ben Dube. Please book a call on Monday at 10am."
        ),
        ["Mr. Ben Dube"]
    );
    // A room shortened, one who shares a post, and whom a thing talked over is for.
    assert_eq!(names_of("bk 1h w/ ana + bo tue 1st 2pm, meeting rm C"), ["ana", "bo"]);
    assert_eq!(
        names_of("need 1h w/ dr. okafor + my co-host lena before the 11th"),
        ["dr. okafor", "lena"]
    );
    assert_eq!(
        names_of("Please find an hour with Ana and Bo next week to plan the induction for the new starters."),
        ["Ana", "Bo"]
    );
    // Shouted, a post before a titled name; a part of the day shouted after "EVERY".
    assert_eq!(
        names_of("BOOK A CALL W/ THE SUPPLIER MRS ADA LOWE MON 7TH 10AM"),
        ["MRS ADA LOWE"]
    );
    assert_eq!(
        title_of("15 MINS EVERY EVENING WIPING DOWN THE PASS"),
        "WIPING DOWN THE PASS"
    );
    // A part of the day pointed back to before another asked; a start and an end said together.
    assert_eq!(
        time_of(
            "My call with Mr. Ivo Lamb on Thursday 3 December at 9am will need to be moved, as I have been asked to attend a site visit that morning. Would you kindly find an alternative on Monday 7 December, in the afternoon?"
        ),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    assert_eq!(
        time_of(
            "Please find an hour with Ana next week, provided it starts no earlier than 9am and finishes by 11.30am."
        ),
        Some(TimeOfDay::Between(hm(9, 0), hm(11, 30)))
    );
}

/// Round 228's rules, each in other words than the request that prompted it.
#[test]
fn round_two_hundred_and_twenty_eighth_rules_hold_in_other_words() {
    let p = read;
    let time_of = |text: &str| p(text).window.and_then(|w| w.time);
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    let days_of = |text: &str| p(text).window.map(|w| (w.start, w.end));
    // A one-to-one written with hyphens is no date.
    assert_eq!(
        days_of("bk 1-2-1 coaching w/ Tilly Moss Tue 1st 6:30am, 30m."),
        Some((dec(1), dec(1)))
    );
    // "Warmly," signs off; "with regret" is how; "Hallo Kairos" greets; "omg" is no one.
    assert_eq!(
        names_of(
            "Dear Kairos,\n\nPlease book the flower meeting with Mrs. Ada Lowe on Friday 4 December at 2pm.\n\nWarmly,\nMaud"
        ),
        ["Mrs. Ada Lowe"]
    );
    assert_eq!(
        names_of(
            "Please cancel the workshop with Mr. Ivo Lamb on Monday at 10am. The school has told me, with sadness and very little warning, that the hall is needed."
        ),
        ["Mr. Ivo Lamb"]
    );
    assert_eq!(
        names_of("Hola Kairos - please move my call with Ana Ruiz on Monday at 10:00 to Tuesday, same time."),
        ["Ana Ruiz"]
    );
    assert_eq!(
        names_of("omg can u move my 3pm w/ zoe tmrw to mon same time??"),
        ["zoe"]
    );
    // A post of a body named after "of" alone, and a day's name for an occasion, are no one.
    assert_eq!(
        names_of(
            "Please book a meeting with the Head of Admissions, Professor Ada Lowe-Kent, on Friday 4 December at 3pm."
        ),
        ["Professor Ada Lowe-Kent"]
    );
    assert_eq!(
        names_of(
            "My call with Mr. Ivo Lamb on Wednesday 2 December at 11am now clashes with the Sports Day debrief. Please move it to Thursday 3 December at 4pm."
        ),
        ["Mr. Ivo Lamb"]
    );
    // A day in a reason given after what is asked, or a place said to be shut, is the story's;
    // where someone is, after "are", is no one.
    assert_eq!(
        names_of(
            "the team call with Bo that's on Wednesday at three, can we push that to Friday same time because the auditors are in all day Wednesday"
        ),
        ["Bo"]
    );
    assert_eq!(
        days_of(
            "the team call with Bo that's on Wednesday at three, can we push that to Friday same time because the auditors are in all day Wednesday"
        ),
        Some((dec(4), dec(4)))
    );
    assert_eq!(
        days_of("Coaching w/ Ana + Bo Tue 1st 18:00 → Wed 2nd 18:00 pls. Gym shut Tue eve for a party."),
        Some((dec(2), dec(2)))
    );
    // A start and an end said as no earlier and no later than.
    assert_eq!(
        time_of(
            "Please find an hour with Ana next week, commencing no earlier than 10:00 and finishing no later than 13:00."
        ),
        Some(TimeOfDay::Between(hm(10, 0), hm(13, 0)))
    );
    // Where a thing happens, a farm's name after "a … at", is no one.
    assert_eq!(
        names_of("held up by a lambing at Pentre 🐑 push my 3pm w/ Mrs Ada Lowe today back to 5"),
        ["Mrs Ada Lowe"]
    );
    // "WET" amid words shouted with it is a word, no zone.
    assert!(
        p("NOTES FOR THE STORE, KEPT FAR FROM THE WET BOOTS. Please find an hour with Ana on Monday.")
            .zone
            .is_none()
    );
    // "like" before an hour and "yeah" mid-sentence in dictation.
    assert_eq!(
        time_of("um what's on Tuesday uh between like seven and ten in the morning"),
        Some(TimeOfDay::Between(hm(7, 0), hm(10, 0)))
    );
    assert_eq!(
        title_of(
            "um can you set aside like ten minutes every weekday morning for uh checking the fire doors yeah just me on my own"
        ),
        "checking the fire doors"
    );
    // A holiday of two words after one's own before what of it is meant is no date, nor anyone.
    let couple = p(
        "Could you find an hour with Mrs. Ada Lowe and the harpist our Christmas Eve bride has chosen, Miss Iris Vane? Any evening from Monday 14 to Wednesday 16 December.",
    );
    assert_eq!(couple.window.map(|w| (w.start, w.end)), Some((dec(14), dec(16))));
    assert!(!names_of("Could you find an hour with Mrs. Ada Lowe and the harpist our Christmas Eve bride has chosen, Miss Iris Vane? Any evening from Monday 14 to Wednesday 16 December.").iter().any(|n| n.contains("Christmas")));
    // Things moved over to others, weighed after "whether we should", move no meeting.
    assert_eq!(
        kind_name(
            &p("The line says: I would like an hour with Ana to weigh up whether we should move the crew over to lighter radios with a longer aerial, so that calls stop dropping. Scan my calendar tomorrow at 11am for gaps that are still open. Book nothing.")
                .kind
        ),
        "find"
    );
}

/// The rules of round 229, in other words than the requests that prompted them.
#[test]
fn round_two_hundred_and_twenty_ninth_rules_hold_in_other_words() {
    let p = read;
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    let days_of = |text: &str| p(text).window.map(|w| (w.start, w.end));
    // A system fitted, named by the word before what it does, is no one.
    assert_eq!(
        names_of(
            "Please book an hour with Dr. Ada Lowe on Friday 4 December at 2pm to decide whether the yard should fit hull heating to the day boats."
        ),
        ["Dr. Ada Lowe"]
    );
    // A signature set apart below the request, with or without a sign-off, a rank held no longer
    // and a post under it, is who wrote it.
    assert_eq!(
        names_of("Please cancel the call with Mr. Ivo Lamb on Monday at 10am. The deal has closed.\n\nJ. Marsh"),
        ["Mr. Ivo Lamb"]
    );
    assert_eq!(
        names_of(
            "Please find an hour with Mr. Ivo Lamb next week.\n\nYours,\nMaj. P. Vane (retd.)\nSecretary, Upton Bowls Club"
        ),
        ["Mr. Ivo Lamb"]
    );
    // The firm of one named in full with a title, a body that sits, a street after a house's
    // number, a calling or a vehicle opening a later sentence, an office that wrote, and a body
    // "the … of …" someone is known from, are no one.
    assert_eq!(
        names_of("Please find an hour with Mrs. Ada Lowe of Vane Marsh, and Mr. Ivo Lamb, next week."),
        ["Mrs. Ada Lowe", "Mr. Ivo Lamb"]
    );
    assert_eq!(
        names_of("Find an hour with Ana on Monday after Parliament has risen."),
        ["Ana"]
    );
    let porter = p("What have I got on Friday 4 December? The porter at 9 Elm Court wants to know.");
    assert!(porter.participants.is_empty());
    assert_eq!(porter.window.and_then(|w| w.time), None);
    assert!(names_of("What's on Monday? Director wants a read-through.").is_empty());
    assert_eq!(
        names_of("Nightmare!! Truck's got a flat tyre!! Can we push my 10am w/ Ana today to noon?"),
        ["Ana"]
    );
    assert!(
        names_of("What have I got between Monday 7th and Friday 11th December? The Bishop's office has written about a visit.")
            .is_empty()
    );
    assert_eq!(
        names_of(
            "An old friend from the University of Leeds, Dr. Ada Lowe, lives in Lisbon. Find us an hour on Saturday."
        ),
        ["Dr. Ada Lowe"]
    );
    // A department or a post written in capitals before its holder is no part of the name.
    assert_eq!(
        names_of("find 45 min w/ AV technician Marta + CFO Dana on Monday."),
        ["Marta", "Dana"]
    );
    // How a meeting stands, set off after whom it is with, is no one, and the day it stands fixed
    // for is the meeting's.
    assert_eq!(
        names_of(
            "My call with Mr. Ivo Lamb, listed for Monday 7 December at 3pm, must move to Tuesday 8 December, same time."
        ),
        ["Mr. Ivo Lamb"]
    );
    assert_eq!(
        move_days_of(
            "My lunch with Mrs. Ada Lowe, fixed for Friday the 4th at one o'clock, must be put back one week."
        ),
        Some((Some(dec(4)), Some((dec(11), dec(11)))))
    );
    // Struck from the diary, the thing after where, is cancelled; the old way of asking what one
    // has describes.
    assert!(matches!(
        p("Kindly strike from the diary my dinner with Mr. Ivo Lamb on Friday 4 December at 7pm.").kind,
        IntentKind::Cancel { .. }
    ));
    assert_eq!(
        kind_name(&p("What engagements have I on Friday 4 December?").kind),
        "describe"
    );
    // Brought forward to an hour of the same day, made another hour of it, or moved by an arrow
    // before a later "into", a meeting moves there.
    assert_eq!(
        new_time_of("The review with Ana on Friday at 2pm is to be brought forward to 11am the same day."),
        Some(TimeOfDay::At(hm(11, 0)))
    );
    assert_eq!(
        new_time_of("the stock check with Bo on Monday at ten can we make that half eleven same day"),
        Some(TimeOfDay::At(hm(11, 30)))
    );
    assert_eq!(
        new_time_of("mv my 1:1 w/ Bo tue 10am → 2pm same day, got pulled into a client call"),
        Some(TimeOfDay::At(hm(14, 0)))
    );
    assert_eq!(
        move_days_of(
            "the boiler service with Ana on Tuesday at 2 - can we shift it to Thursday, same time? The school nativity play's been moved into the hall on Tuesday."
        ),
        Some((Some(dec(1)), Some((dec(3), dec(3)))))
    );
    // One's own presence at what is booked is no task.
    assert_eq!(
        kind_name(
            &p("Please put the piano tuner, Ivo Lamb, in for Friday 4 December at 10. I'll need to be there to open up.")
                .kind
        ),
        "book"
    );
    // What the time one gets is for, a standing item, a count taken back, and a list named with
    // what it holds.
    assert_eq!(
        title_of("make sure i get 15 mins every evening for stretching my calves"),
        "stretching my calves"
    );
    assert_eq!(
        title_of("Standing item: 10m stock count, every morning."),
        "stock count"
    );
    assert_eq!(
        title_of("can you block um ten no make it fifteen minutes every weekday morning for reading the post"),
        "reading the post"
    );
    assert_eq!(
        title_of("Please add to my list of tasks: renew the club's insurance, by Friday 4 December."),
        "renew the club's insurance"
    );
    // A day in a later sentence closing with "anyway" is a reason told; a day "excepted" is
    // ruled out.
    assert_eq!(
        moved_or_cancelled("Rehearsal w/ Bo Chen tmrw 10:00 - CANCEL. She's singing tonight anyway.")
            .and_then(|m| m.until),
        None
    );
    let friday = p("Find an hour with Ana any afternoon next week, Friday excepted.");
    assert_eq!(friday.avoid.len(), 1);
    assert_eq!(
        days_of("Find an hour with Ana any afternoon next week, Friday excepted."),
        Some((ymd(2026, 11, 30), dec(6)))
    );
}

/// The rules of round 230, in other words than the requests that prompted them.
#[test]
fn round_two_hundred_and_thirtieth_rules_hold_in_other_words() {
    let p = read;
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    // A thing swapped for one that comes "with" something, and a thing named after an article,
    // move no meeting.
    for request in [
        "Book 1 hour with Ana on Friday 4 December at 2pm to decide whether to swap the old kettle for an urn with a tap.",
        "Book 1 hour with Ana on Friday 4 December at 2pm to decide whether to fit a camera so we stop walking down the icy slip to check.",
    ] {
        assert_eq!(kind_name(&p(request).kind), "book", "{request}");
    }
    // A body in what a thing is for, a town gone up to or away at, "Someone", a name or an
    // initial signed after the last sentence or a picture, and a post in brackets after a name
    // are no one.
    for (request, who) in [
        (
            "Book 1 hour with Ana on Friday 4 December at 2pm to decide on a camera, so that the harbour authority can watch the tide from the office.",
            vec!["Ana"],
        ),
        (
            "What have I got on Saturday 5 December? My son wants me to come up to York for the weekend.",
            vec![],
        ),
        ("What's on Sunday 6 December?? Might be away at Reading!! Sam", vec![]),
        (
            "What's on Friday 4 December? Someone's asked me to give a talk.",
            vec![],
        ),
        (
            "Cancel tmrw 10am stock take w/ Ana + Bo. Delivery late again 🙄 J",
            vec!["Ana", "Bo"],
        ),
        (
            "Find 30 mins with the finance team and Priya (Events Manager) on Monday.",
            vec!["finance team", "Priya"],
        ),
        (
            "Kindly cancel tomorrow's 3 PM call with Mr. Bo Park. Client has postponed the launch meeting.",
            vec!["Mr. Bo Park"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    // Time stuck in, what one reckons one needs time for, and meetings asked after "what all".
    assert_eq!(
        title_of("Stick in 20 mins every evening for tidying the shed."),
        "tidying the shed"
    );
    assert_eq!(
        title_of("reckon i need 15 mins every morning for stretching my back"),
        "stretching my back"
    );
    assert_eq!(
        kind_name(&p("What all appointments I am having on Friday 4 December?").kind),
        "describe"
    );
    // "preponed", a correction before "same day", and a day someone else is away on.
    assert_eq!(
        move_days_of(
            "The review with Mr. Bo Park on Thursday 3rd December at 11 AM is to be preponed to Tuesday 1st December, same time."
        ),
        Some((Some(dec(3)), Some((dec(1), dec(1)))))
    );
    assert_eq!(
        new_time_of("the call with Ana on Monday at three can we make it half three no hang on make it four same day"),
        Some(TimeOfDay::At(hm(16, 0)))
    );
    assert_eq!(
        move_days_of(
            "Move my 1:1 w/ Dr. Ana Ruiz from Tue 1st 10:00 to Thu 3rd, same time. He is travelling on Tuesday."
        ),
        Some((Some(dec(1)), Some((dec(3), dec(3)))))
    );
}

/// The rules of round 231, in other words than the requests that prompted them.
#[test]
fn round_two_hundred_and_thirty_first_rules_hold_in_other_words() {
    let p = read;
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    // Things fitted between two, or put in, asked about, are no one and book nothing.
    assert_eq!(
        names_of(
            "Book 1 hour with Ana on Friday 4 December at 2pm to decide whether we should fit railings between the car park and the path."
        ),
        vec!["Ana"]
    );
    assert_eq!(
        kind_name(
            &p("45 mins w/ Ana re whether we should put in a bench by the door. have a look thru my cal on Friday 4 December & list the open slots.")
                .kind
        ),
        "find"
    );
    // Scots: "wi", "tae", "ye", "the morn", "mind me tae", "afore", "o" after a length, "whit".
    assert_eq!(
        move_days_of("Can ye shift the lunch wi Morag the morn at 1 tae Friday, same time?"),
        Some((Some(ymd(2026, 11, 28)), Some((dec(4), dec(4)))))
    );
    assert_eq!(title_of("Mind me tae phone the bank afore the 10th"), "phone the bank");
    assert_eq!(
        title_of("Can ye put in fifteen minutes o stretches every mornin?"),
        "stretches"
    );
    let described = p("Whit have I got on Friday 4 December?");
    assert_eq!(
        (kind_name(&described.kind), described.window.map(|w| w.start)),
        ("describe", Some(dec(4)))
    );
    // A day or an hour taken back as it is said gives way to the one meant.
    assert_eq!(
        p("book lunch w/ Ana Friday 1pm no 1:30").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(13, 30)))
    );
    assert_eq!(
        new_time_of("move the standup w/ Bo on Monday 30 November at 9 to 10, scratch that, 10:30 same day"),
        Some(TimeOfDay::At(hm(10, 30)))
    );
    assert_eq!(
        p("Put me in wi the dentist Dr Rae on Thursday the 10th, naw wait, it's the Friday, the 11th, at nine.")
            .window
            .map(|w| (w.start, w.end)),
        Some((dec(11), dec(11)))
    );
    // A name with "'ll", a signature of a post or place after the last sentence or a blessing, a
    // thing said to be broken, a thing a place is said to have, a chapter counted and a lane are
    // no one; "Bro." and "Sis." are titles, "chippy" a trade, a trade's holder in brackets the one
    // met.
    for (request, who) in [
        (
            "Cancel lunch with Ana and Bo on Friday. Ana's ill and Bo'll not come alone.",
            vec!["Ana", "Bo"],
        ),
        ("Find an hour with Ana next week. Ops, Northgate Depot", vec!["Ana"]),
        (
            "Kindly find an hour with Ana next week. God bless you.\nBro. Femi\nChoir Master",
            vec!["Ana"],
        ),
        (
            "find an hour with Bro. Femi and Sis. Ada next week",
            vec!["Bro. Femi", "Sis. Ada"],
        ),
        ("need an hour w the chippy tom next wed", vec!["tom"]),
        ("Cancel tomorrow's 8am with Ana. Mixer's broke again.", vec!["Ana"]),
        (
            "Book an hour with Ana on Friday at 2pm. It's a lovely old mill with outbuildings.",
            vec!["Ana"],
        ),
        (
            "Book an hour with Ana on Friday at 2 to discuss the third chapter of her book",
            vec!["Ana"],
        ),
        (
            "move Monday's 9am w the plumber (tomasz) to Tuesday 9am",
            vec!["tomasz"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(
        p("Book a viewing with Mr. Bo Lee at 12 Kirk Wynd on Friday at 2pm")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(14, 0)))
    );
    // A picture ends a title.
    assert_eq!(
        title_of("block 30 min 2x a week for tidying the garage 🧹 keeps getting worse"),
        "tidying the garage"
    );
    // "not Sat" before a mark keeps Saturday clear; "the following Sat" is the next; "PT" before a
    // session is no zone.
    assert_eq!(
        p("find 30 min with Ana next week, not Sat (busy)").avoid,
        vec![Avoid {
            weekday: Some(chrono::Weekday::Sat),
            part: None,
        }]
    );
    assert_eq!(
        move_days_of("move Monday's 10am with Ana to the following Sat, same time"),
        Some((Some(ymd(2026, 11, 30)), Some((dec(5), dec(5)))))
    );
    assert_eq!(p("book PT session w/ ana tmrw 7am").zone, None);
    // What one has on, asked in other words; an hour in four digits after "before"; a deadline "on
    // or before", or one that "is"; a week by its number; the forenoon; a thing arriving on a day
    // after a move is why.
    for request in ["wots on fri 4th?", "what are my plans for Friday 4 December?"] {
        assert_eq!(kind_name(&p(request).kind), "describe", "{request}");
    }
    assert_eq!(
        p("what's on Monday before 0830?").window.and_then(|w| w.time),
        Some(TimeOfDay::Before(hm(8, 30)))
    );
    for (request, due) in [
        ("Remind me to renew the licence on or before 10 December", dec(10)),
        ("add task: file the report, the deadline is 9.12.", dec(9)),
    ] {
        assert!(
            matches!(p(request).kind, IntentKind::AddTask { due: Some(d), .. } if d == due),
            "{request}"
        );
    }
    assert_eq!(
        p("find 60 minutes with Ana in the calendar week 51")
            .window
            .map(|w| (w.start, w.end)),
        Some((dec(14), dec(20)))
    );
    assert_eq!(
        p("Kindly find an hour with Ana next week, in the forenoon")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    assert_eq!(
        move_days_of("move Monday's 9am w Ana to Tuesday 9am, new sofa arriving Wednesday"),
        Some((Some(ymd(2026, 11, 30)), Some((dec(1), dec(1)))))
    );
}

/// The rules of round 232, in other words than the requests that prompted them.
#[test]
fn round_two_hundred_and_thirty_second_rules_hold_in_other_words() {
    let p = read;
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    // People a thing is for, a family that called something off, a post's letters in brackets and
    // the one whose kin someone is are no one; a thing put up, asked about, books nothing.
    for (request, who) in [
        (
            "Book 1 hour with Ana on Friday at 2 to decide whether we should stock ski suits for kids.",
            vec!["Ana"],
        ),
        (
            "Please cancel the fitting with Ana tomorrow at 9. The Okafor family have cancelled the wedding.",
            vec!["Ana"],
        ),
        ("cancel Thurs 3rd 0645 swim w/ Ana (PT)", vec!["Ana"]),
        ("find 30 min with the auditors (EY) next week", vec!["auditors"]),
        (
            "find an hour with Ana and Bo, the son of Mrs Hale, next week",
            vec!["Ana", "Bo"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(p("cancel Thurs 3rd 0645 swim w/ Ana (PT)").zone, None);
    assert_eq!(
        kind_name(
            &p("45 mins w/ Ana re whether we should put up a notice board by the gate. have a look thru my cal on Friday 4 December & list the open slots.")
                .kind
        ),
        "find"
    );
    // An hour taken back after a stop or in four digits; four digits after a day; an hour and
    // "onwards".
    assert_eq!(
        p("book a call w/ Ana tmrw 10:15.. no make it 10:45")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(10, 45)))
    );
    assert_eq!(
        p("bk 30 min w/ Bo Fri 4th 0845, no sorry 0900")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(9, 0)))
    );
    assert_eq!(
        moved_of("move tmrw's 1830 dinner with Ana to Sunday, same time").and_then(|m| m.time),
        Some(hm(18, 30))
    );
    assert_eq!(
        p("find me an hour w/ Ana after work (5.30 onwards) next week")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(17, 30)))
    );
    // "before 18 Dec" before what is to be done is a day; "three quarters of hour" a length.
    assert_eq!(
        p("Need 30 min w/ Ana before 18 Dec to sign the lease")
            .window
            .map(|w| w.end),
        Some(dec(17))
    );
    assert_eq!(
        p("find three quarters of hour with Ana next week").duration_minutes,
        Some(45)
    );
    // How often someone else can come, told after a move, is no habit; a meeting that "can shift"
    // to a day is moved; "don't just cancel" books.
    for (request, kind) in [
        (
            "The dentist on Tuesday at 11 - could we move it to Thursday, same time? Her son can only bring her over on Thursdays.",
            "reschedule",
        ),
        (
            "Eh the meeting with Bo tmr 3pm can shift to Tue 3pm or not?",
            "reschedule",
        ),
        ("book lunch with Ana on Friday at 1, don't just cancel ok", "book"),
    ] {
        assert_eq!(kind_name(&p(request).kind), kind, "{request}");
    }
}

/// The rules of round 233, in other words than the requests that prompted them.
#[test]
fn round_two_hundred_and_thirty_third_rules_hold_in_other_words() {
    let p = read;
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    // A word that can only be a past participle is no one; Yorkshire's "wi'", "an'", "tha" and
    // "t'" joined to its word are read.
    for (request, who) in [
        ("cancel fri 4th 6pm squash w/ Ana, tripped on ice", vec!["Ana"]),
        ("find an hour wi' Ana an' Bo next week", vec!["Ana", "Bo"]),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(
        move_days_of("the 2pm wi' Ana tomorrow - can tha move it to t'Monday, same time?"),
        Some((Some(ymd(2026, 11, 28)), Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))))
    );
    // "wt" and "aftn" as texted, a shouted "NOT" before a day, and "no hang on" taking an hour
    // back.
    let described = p("wt have i got on fri 4th aftn?");
    assert_eq!(
        (kind_name(&described.kind), described.window.and_then(|w| w.time)),
        ("describe", Some(TimeOfDay::Part(PartOfDay::Afternoon)))
    );
    assert_eq!(
        p("need an hr w/ Ana next wk, evenings only & NOT sun - away").avoid,
        vec![Avoid {
            weekday: Some(chrono::Weekday::Sun),
            part: None,
        }]
    );
    assert_eq!(
        p("book Ana sat 5th at 10, no hang on, 11")
            .window
            .map(|w| (w.start, w.time)),
        Some((dec(5), Some(TimeOfDay::At(hm(11, 0)))))
    );
}

/// The rules of round 234, in other words than the requests that prompted them.
#[test]
fn round_two_hundred_and_thirty_fourth_rules_hold_in_other_words() {
    let p = read;
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    // A body's one sent to come, a body a thing is leased to, things bought with things, a
    // greeting in Swahili or "Good day", a sign-off in Dutch or Swahili, a pet before "the" and
    // what it is, a place after "the port of", a group's place before those in it in brackets,
    // a workplace before a post and a title, an initial with a kiss are no one; a full name in
    // the possessive whose meeting moves, and kin in lowercase further down a list, are met.
    for (request, who) in [
        (
            "Move my 3pm Friday with Ana to Monday, the county council's surveyor is coming to look at the roof.",
            vec!["Ana"],
        ),
        (
            "Cancel Friday's 10am with Ana, the vicar has leased the hall to the parish council for their offices.",
            vec!["Ana"],
        ),
        (
            "Ana and I need 30 minutes on whether we should buy some picnic tables with benches by the lake.",
            vec!["Ana"],
        ),
        ("Sasa Kairos, find an hour with Bo on Monday.", vec!["Bo"]),
        ("Good day Kairos, find an hour with Bo on Monday.", vec!["Bo"]),
        ("Book lunch with Bo on Friday at 1. Groetjes, Femke", vec!["Bo"]),
        ("Book lunch with Bo on Friday at 1. Asante sana,\nAmani", vec!["Bo"]),
        (
            "Book a check-up for Biscuit the labrador with Dr. Shah on Monday at 9.",
            vec!["Dr. Shah"],
        ),
        (
            "cancel the 4pm with bo and her boyfriend kit on friday",
            vec!["bo", "kit"],
        ),
        (
            "Move Monday's 10am with Bo to Tuesday, there's a strike in the port of Antwerp.",
            vec!["Bo"],
        ),
        (
            "Maria Costa's review on Monday at 10 pls move to Tuesday at 11.",
            vec!["Maria Costa"],
        ),
        (
            "find 30 min with the sales team in Leeds (Ana and Bo) next week",
            vec!["Ana", "Bo"],
        ),
        (
            "set up a call with Lisbon office manager Mrs. Duarte on Monday at 3pm",
            vec!["Mrs. Duarte"],
        ),
        (
            "Ana's 10am tomorrow can't happen, can we move it to Monday, same time? Jx",
            vec!["Ana"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    // "til", a clock's "hour" after "until", a correction between dashes or after "nah mek it",
    // "an hour an a half".
    for (request, minutes) in [
        ("book the gutter clean at Bo's, Friday 4th, 9am til half 11", 150),
        ("Book Ana on Friday from 10.00 until 11.15 hour.", 75),
        ("Book Ana on Friday from 10.00 – no, 10.30 – until 11.15.", 45),
        ("need an hour an a half with Ana tomorrow", 90),
    ] {
        assert_eq!(p(request).duration_minutes, Some(minutes), "{request}");
    }
    assert_eq!(
        p("book Ana tmrw 2pm, nah mek it half 2").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(14, 30)))
    );
    // "HK time", "in week 51", a day and month with a dash after a weekday, today's weekday told
    // and a weekday said to be an event after a move name no day wanted.
    assert_eq!(
        p("call with Bo Monday 3pm HK time").zone.map(|z| z.name()),
        Some("Asia/Hong_Kong")
    );
    assert_eq!(
        p("find an hour with Ana in week 51").window.map(|w| (w.start, w.end)),
        Some((dec(14), dec(20)))
    );
    assert_eq!(
        p("move the call with Ana on Monday 30-11 to Wednesday 2-12, same time")
            .window
            .map(|w| (w.start, w.time)),
        Some((dec(2), None))
    );
    assert_eq!(
        p("Find 30 min with Ana. Today is Friday so Monday or Tuesday.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), dec(1)))
    );
    assert_eq!(
        p("Move the 10am with Ana on Monday to Wednesday, same time. Monday is a bank holiday in Scotland.")
            .window
            .map(|w| (w.start, w.end)),
        Some((dec(2), dec(2)))
    );
    // "Chuck in" time for a habit.
    assert_eq!(title_of("Chuck in 20 mins every evening for stretching"), "stretching");
}

/// The rules of round 235, in other words than the requests that prompted them.
#[test]
fn round_two_hundred_and_thirty_fifth_rules_hold_in_other_words() {
    let p = read;
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    // Things fitted to things, asked about, a French close and whom a shift is swapped with are no
    // one.
    for (request, who) in [
        (
            "Ana and I need 30 minutes on whether we should fit sensors to the freezer doors.",
            vec!["Ana"],
        ),
        ("Book lunch with Bo on Friday at 1. Cordialement,\nMarie", vec!["Bo"]),
        (
            "I swapped shift with Grace, can you move my 3pm with Bo to Monday at 3?",
            vec!["Bo"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    let asked = p("what have I got tomorrow afternoon? trying to swap a shift with Raj");
    assert_eq!(kind_name(&asked.kind), "describe");
    // Scots and Tyneside words; "the night's" hour; "prepone" and "post" as India says them; "hour
    // an a half".
    assert_eq!(
        p("need an hour wi Bo efter 2 on Monday").window.and_then(|w| w.time),
        Some(TimeOfDay::After(hm(14, 0)))
    );
    assert_eq!(
        moved_or_cancelled("cancel the night's 7 o'clock with Bo").and_then(|m| m.date),
        Some(ymd(2026, 11, 27))
    );
    assert_eq!(
        moved_or_cancelled("that call wi Bo the morra at 11, move it to Tuesday at 11").and_then(|m| m.date),
        Some(ymd(2026, 11, 28))
    );
    assert_eq!(
        new_time_of("kindly prepone the 4 PM call with Bo on Friday by one hour"),
        Some(TimeOfDay::At(hm(15, 0)))
    );
    assert_eq!(
        p("Kindly find 1 hr with Bo on Monday post 2 PM")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(14, 0)))
    );
    assert_eq!(
        p("Book the team meetin with Bo for Sunday at 7, hour an a half").duration_minutes,
        Some(90)
    );
    let described = p("what've aa got on Sat efternoon?");
    assert_eq!(
        (kind_name(&described.kind), described.window.and_then(|w| w.time)),
        ("describe", Some(TimeOfDay::Part(PartOfDay::Afternoon)))
    );
    assert_eq!(
        p("need an hour with Bo any neet next week").window.and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Evening))
    );
    // "Today itself" someone told of a day names no day wanted.
    assert_eq!(
        moved_or_cancelled(
            "Today itself Bo informed she is off on Friday, so kindly move our 2pm on Friday to Monday at 2pm"
        )
        .and_then(|m| m.date),
        Some(dec(4))
    );
}

/// The rules of round 236, in other words than the requests that prompted them.
#[test]
fn round_two_hundred_and_thirty_sixth_rules_hold_in_other_words() {
    let p = read;
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    // The assistant hailed in one's own words, "y'all", a sign-off on a line of its own and the
    // signature under it, a verb closing its clause, tools used by hand, a place gone to without
    // "to", a body's name of more words someone is from, a lane's clinic and a place before "wid"
    // are no one.
    for (request, who) in [
        ("Oi Kairos! need 30 min with Bo Tuesday", vec!["Bo"]),
        (
            "Find 30 minutes with Bo on Monday.\nBig love,\nDesmond Clarke\nIsland Spice Catering",
            vec!["Bo"],
        ),
        (
            "Find 30 minutes with Bo on Monday.\n\nRespect always,\nDesmond Clarke\nIsland Spice Catering, Brixton",
            vec!["Bo"],
        ),
        ("need y'all to book an hour with Bo on Friday at 2", vec!["Bo"]),
        (
            "Please find an hour with Bo on Monday where it could fit, touching nothing that is already booked.",
            vec!["Bo"],
        ),
        (
            "an hour with Bo on Monday re whether we should buy a sorter, as sorting the parcels by hand with scanners is slow",
            vec!["Bo"],
        ),
        (
            "what have I got on Saturday? my sister wants to go Bristol for the day",
            vec![],
        ),
        (
            "Find an hour with Ana from the Coastal Rowing Association on Monday",
            vec!["Ana"],
        ),
        (
            "Find an hour with Dr Bo Lee (nurse at Mill Lane clinic) on Monday",
            vec!["Dr Bo Lee"],
        ),
        (
            "the walk-thru at Maracas wid Bo on Monday 10am, move it to Tuesday same time",
            vec!["Bo"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    // Anything left lying about asks nothing of the calendar.
    let booked = p(
        "book an hour with Bo on Monday at 10 and send her an invite. anything left lying on the bench goes in the bin.",
    );
    assert_eq!(kind_name(&booked.kind), "book");
    // A tilde between hours, and a bare range right after its day.
    assert_eq!(
        p("book an hour with Bo on Thursday 10:00~11:00")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(10, 0), hm(11, 0)))
    );
    let ranged = p("book Bo in on Friday 4th, 2 till 5.");
    assert_eq!(
        (ranged.duration_minutes, ranged.window.and_then(|w| w.time)),
        (Some(180), Some(TimeOfDay::At(hm(14, 0))))
    );
    // "change to" a day, and the West Country's "'ee" and "en", move the meeting named before.
    assert_eq!(
        new_time_of("the review with Bo on Monday at 10, please change to Tuesday at 10."),
        Some(TimeOfDay::At(hm(10, 0)))
    );
    assert_eq!(
        moved_or_cancelled("the 2pm with Bo on Monday, can 'ee shift en to Tuesday same time?").and_then(|m| m.date),
        Some(ymd(2026, 11, 30))
    );
    // A habit's length "for" a doing names it.
    assert_eq!(
        title_of(
            "Each morning 15 minute for doing my stretches, please put in calendar. Back always aching lately, physio annoyed"
        ),
        "doing my stretches"
    );
    // A month a budget is for, a wedding's city and a delay of another thing name no day or clock.
    assert_eq!(
        p("Find an hour with Bo next week about the budget for March")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), dec(6)))
    );
    assert_eq!(
        p("Move my 11am with Bo on Thursday to Saturday at 11. Her cousin wedding in Tokyo so she is back late")
            .zone
            .map(|z| z.name()),
        None
    );
    assert_eq!(
        moved_or_cancelled(
            "the check with Bo on Monday at 2, the parts are delayed till Wednesday. Move it to Thursday at 2."
        )
        .and_then(|m| m.until),
        None
    );
    // The Caribbean's "nex" and "doh".
    let kept_clear = p("find an hour with Bo nex week, doh put it on Friday");
    assert_eq!(
        (
            kept_clear.window.map(|w| (w.start, w.end)),
            kept_clear.avoid.iter().map(|a| a.weekday).collect::<Vec<_>>()
        ),
        (Some((ymd(2026, 11, 30), dec(6))), vec![Some(chrono::Weekday::Fri)])
    );
}

/// The rules of rounds 78 on read only what their comments say: these near misses keep their
/// older readings.
#[test]
fn the_late_rules_stop_where_they_should() {
    let p = read;
    // A count or a day of the month after a day is no hour.
    assert_eq!(
        p("book a call with Leena Monday 2 hours").window.map(|w| w.time),
        Some(None)
    );
    assert!(p("book a call with Leena Monday 10 Dec").window.is_none());
    // "take off" a meeting still cancels it.
    assert!(matches!(
        p("take off Monday's 3pm with Bo").kind,
        IntentKind::Cancel { .. }
    ));
    // A habit's "do" before what is one's own stays.
    assert_eq!(title_of("do my stretches every morning, 10 min"), "do my stretches");
    // Doings that are free are people ("Fleming and Reading are free too").
    assert_eq!(
        names_of("Find an hour with Bo on Monday. Fleming and Reading are free too."),
        vec!["Bo", "Fleming", "Reading"]
    );
    // "Wen" in a list of people, capitalised or not, is someone; "book the thing with Ana" books.
    assert_eq!(
        names_of("set up a 30 min retro with ingrid, paolo, and wen on thursday at 2"),
        vec!["ingrid", "paolo", "wen"]
    );
    assert!(matches!(
        p("book the thing with Ana tomorrow at 3").kind,
        IntentKind::FindTime { book: true }
    ));
    // A title-cased body keeps its whole name ("the Ops Leadership Forum"), and "can we do"
    // after a meeting named by its day keeps that meeting.
    assert_eq!(
        names_of("Please book the Ops Leadership Forum for 3 hours on Dec 16th starting at 9:30"),
        vec!["Ops Leadership Forum"]
    );
    assert_eq!(
        moved_of("can we do Monday's 3pm with bo on December 9 instead?").map(|m| m.date),
        Some(Some(ymd(2026, 11, 30)))
    );
    // The sun one lies in is no Sunday; a moved meeting not denied still moves.
    assert!(
        p("find an hour with Bo on Monday, then I'll lie in the sun")
            .window
            .is_some_and(|w| w.end == ymd(2026, 11, 30))
    );
    assert!(matches!(
        p("Monday's 10am with Bo has to be moved to Tuesday at 9").kind,
        IntentKind::Reschedule { .. }
    ));
    // "with ana so we can talk" keeps ana.
    assert_eq!(names_of("find an hour with ana so we can talk on Monday"), vec!["ana"]);
    // Near misses a second reader found in rounds 78 to 83, each read as before those rounds:
    // time blocked off books; every appointment is every one; a time before a full stop is a
    // time; someone who will join, "too", is someone; "not just on weekdays" widens; the sun one
    // gets is no Sunday; a stated time books; money beside a meeting books the meeting; a meeting
    // with everyone books; "we need 20" counts people; a morning held up to 11 books; the rota one
    // updates is no one; a deadline that is "due" ends the range.
    assert!(matches!(
        p("Block it off in my calendar for Friday afternoon.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Cancel every appointment on Friday.").kind,
        IntentKind::Cancel {
            which: MeetingRef { every: true, .. }
        }
    ));
    assert_eq!(
        p("Call with Jonas tomorrow 10.10.").window.map(|w| w.time),
        Some(Some(TimeOfDay::At(hm(10, 10))))
    );
    assert_eq!(
        names_of("Book a call for tomorrow at 3. Priya will join, thanks!"),
        vec!["Priya"]
    );
    assert_eq!(names_of("Lunch with priya too on friday at noon."), vec!["priya"]);
    assert!(matches!(
        p("Meditate 10 minutes every morning, not just on weekdays.").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Daily),
            ..
        }
    ));
    assert!(
        p("Block an hour on Friday to go out and get some sun.")
            .window
            .is_some_and(|w| w.start == ymd(2026, 12, 4))
    );
    for text in [
        "Can you fit in a quick call with Bo sometime tomorrow at 3pm?",
        "Set up a call with Anna on Friday at 3 to send the 50 dollars deposit.",
        "Schedule a team meeting with everyone to discuss this.",
        "Hold Friday morning up to 11 for deep work.",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: true }), "{text}");
    }
    assert_eq!(
        p("Book a room for the workshop on Friday at 10, we need 20.").duration_minutes,
        None
    );
    assert!(names_of("Block time to update the on-call rotation on Friday at 2.").is_empty());
    assert!(matches!(
        p("Schedule 2 hours on Thursday to write the report, it's due Friday.").kind,
        IntentKind::AddTask { due: Some(d), .. } if d == ymd(2026, 12, 4)
    ));
    // Near misses a second reader found in rounds 84 to 88, each read as before those rounds: a
    // meeting taken off a day "to" another keeps its new time; pushing the 3pm or an invite to a
    // day moves it; "axe meeting" cancels; "weekdays are out" is no habit; "create a task that …"
    // asks for a task; re-sending it to them moves nothing; "neither of those works" denies no
    // booking; the booked spots are described; "Jared and I" and "Mercury" are people.
    assert_eq!(
        p("move standup off Monday to Wednesday at 10, thanks!")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 2))
    );
    for text in ["I'm pushing the 3pm to Thursday", "push the invite back to Friday"] {
        assert!(matches!(p(text).kind, IntentKind::Reschedule { .. }), "{text}");
    }
    assert!(matches!(p("Axe meeting w/ Raj").kind, IntentKind::Cancel { .. }));
    assert!(matches!(
        p("weekdays are out, book the dentist Saturday at 10").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("create a task that reminds me to call mum tomorrow").kind,
        IntentKind::AddTask { .. }
    ));
    assert!(!matches!(
        p("re-send it to them on Friday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("neither of those works so just book Thursday at 2").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("show me the booked spots on Friday").kind,
        IntentKind::Describe
    ));
    assert_eq!(
        names_of("Lunch is booked. Jared and I need 30 mins on Friday at 2"),
        vec!["Jared"]
    );
    assert_eq!(names_of("book a call with Mercury on Friday at 2"), vec!["Mercury"]);
    // A name moved "up to" a day is still someone.
    assert_eq!(
        names_of("Could you move Thursday's 12:30 with tomasz up to Monday at 9:30?"),
        vec!["tomasz"]
    );
    // A department that ends in "-ing" is still met ("with marketing").
    assert_eq!(names_of("find time with marketing tomorrow"), vec!["marketing"]);
    // A meeting pushed back is still moved ("push the standup to Friday").
    assert!(matches!(
        p("push the standup to Friday at 10").kind,
        IntentKind::Reschedule { .. }
    ));
    // Sending it to someone moves nothing.
    assert!(!matches!(
        p("send it to Bo on Friday").kind,
        IntentKind::Reschedule { .. }
    ));
    // "squeeze in" with an invitation still books.
    assert!(matches!(
        p("squeeze in 20 mins with Ola sometime monday and send the invite").kind,
        IntentKind::FindTime { book: true }
    ));
    // A day someone can't, with no meeting missed, is still a day to avoid.
    assert!(
        !p("move my call with Bo, Tuesday he can't, make it Wednesday at 10")
            .avoid
            .is_empty()
    );
    // Round 91: a name paired with another is someone; "all" after a verb of cancelling is
    // every meeting; a swap not denied still moves.
    assert_eq!(
        names_of("Meet Rock and Ana tomorrow at 10 for an hour"),
        vec!["Rock", "Ana"]
    );
    assert!(matches!(
        p("cancel all my meetings on Monday").kind,
        IntentKind::Cancel { which } if which.every
    ));
    assert!(matches!(
        p("could you swap my 3pm with Bo on Monday to Wednesday at 10").kind,
        IntentKind::Reschedule { .. }
    ));
    // Round 92: a board met with is a group; "it's off" before where it goes moves, not cancels.
    assert_eq!(names_of("find 30 minutes with the board on Monday"), vec!["board"]);
    assert!(!matches!(
        p("Monday's 3pm with Bo, it's off to Wednesday at 10 instead").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("Monday's 3pm with Bo - can't make it. Shift it to Wednesday at 10 and tell him where it's gone.").kind,
        IntentKind::Reschedule { .. }
    ));
    // Round 93: a name before "and" and a verb of its own is still someone; "drop it" with no day
    // still cancels; "my week" alone is this week.
    assert_eq!(
        names_of("lunch with bo and can you add Ana too, Monday at 1"),
        vec!["bo", "Ana"]
    );
    assert!(matches!(
        p("Monday's 3pm with Bo - please drop it").kind,
        IntentKind::Cancel { .. }
    ));
    assert_eq!(
        p("how does my week look").window.map(|w| w.start),
        Some(ymd(2026, 11, 27))
    );
    // Round 95: a habit asked for is still one; a bump of a meeting still moves it; a clause with
    // "nothing" later in it is not denied from its start.
    assert!(matches!(
        p("make a habit of reading 20 minutes every evening").kind,
        IntentKind::AddHabit { .. }
    ));
    assert!(matches!(
        p("bump the standup to Friday at 10").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("put a call with Bo in my calendar on Monday at 10, nothing fancy").kind,
        IntentKind::FindTime { book: true }
    ));
    // Round 96: a span searched within ("sometime between") stays a span; a booking with its
    // length searches the span; a group met "on" a day is still a group.
    assert_eq!(
        p("book a call with Bo sometime tomorrow between 2 and 4")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(14, 0), hm(16, 0)))
    );
    let i = p("book 30 min with Bo tomorrow 2-4pm");
    assert_eq!(
        (i.duration_minutes, i.window.and_then(|w| w.time)),
        (Some(30), Some(TimeOfDay::Between(hm(14, 0), hm(16, 0))))
    );
    assert_eq!(
        names_of("find an hour with the design team on Monday"),
        vec!["design team"]
    );
    // Round 97: names opening a request before what they do are still people; the calendar
    // written "on" still books.
    assert_eq!(names_of("bo, chen and li: 1h next week"), vec!["bo", "chen", "li"]);
    assert!(matches!(
        p("put a call with Bo on my calendar on Monday at 10").kind,
        IntentKind::FindTime { book: true }
    ));
    // Round 98: not making it to a meeting still cancels it when asked; "cancel all" is every
    // meeting; a lift moved to a day is a move.
    assert!(matches!(
        p("Lars won't make it to Monday's 4pm anymore, just cancel it").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("cancel all of Monday's meetings").kind,
        IntentKind::Cancel { which } if which.every
    ));
    assert!(matches!(
        p("the lift inspection moves to Friday at 10, please update it").kind,
        IntentKind::Reschedule { .. }
    ));
    // The rules of rounds 91 to 98, narrowed after a second reading: each keeps to what its
    // comment says.
    assert!(matches!(
        p("Switch the meeting on Friday to Monday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("Can you give Monday's review a bump to Wednesday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("Nothing is booked for Tuesday morning so put the gym in my calendar at 8").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Can you get the safety check into my calendar for Tuesday at 10").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Is Friday's demo still happening? If it's off, book a call with Ana at 3").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Tomorrow's sync isn't needed so just drop it and point people to Monday's notes").kind,
        IntentKind::Cancel { .. }
    ));
    assert_eq!(
        p("Can you give me the invitation details for Friday's meeting").kind,
        IntentKind::Clarify
    );
    assert!(matches!(
        p("Add a new type of habit: journaling after dinner").kind,
        IntentKind::AddHabit { .. }
    ));
    let quick = p("Book a quick call with Sam tomorrow between 10 and 12");
    assert_eq!(
        (quick.duration_minutes, quick.window.and_then(|w| w.time)),
        (None, Some(TimeOfDay::Between(hm(10, 0), hm(12, 0))))
    );
    assert_eq!(
        p("Find 30 minutes in my week for a call with Ana, or next week if nothing's free")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 11, 27))
    );
    assert_eq!(names_of("Book a review for tomorrow at 10. Priya only."), vec!["Priya"]);
    assert_eq!(names_of("Lunch on Friday at 12. Sam and me."), vec!["Sam"]);
    assert_eq!(names_of("chen, 1h tomorrow afternoon."), vec!["chen"]);
    assert_eq!(names_of("find time with bo and can't do mornings"), vec!["bo"]);
    assert_eq!(
        names_of("Book a debrief with everyone who came with the auditors on Monday at 10"),
        vec!["auditors"]
    );
    assert_eq!(names_of("Set up a call with J-Lo on Friday"), vec!["J-Lo"]);
    assert_eq!(
        title_of("Remind me to help Dad with the garden on Saturday"),
        "help Dad with the garden"
    );
    assert_eq!(
        title_of("Once it lands in the shared drive please remind me to review the draft"),
        "review the draft"
    );
    assert_eq!(
        title_of("I need my own block of quiet time for reading every evening"),
        "quiet time for reading"
    );
    // Round 99: "no deadline" is still a task's; moving "any of" one's meetings still moves; the
    // office team is a group.
    assert!(matches!(
        p("mix down the three demo tracks, around 5 hours total, no hard deadline").kind,
        IntentKind::AddTask { .. }
    ));
    assert!(matches!(
        p("move any of my meetings on Monday to Tuesday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        names_of("find an hour with the office team on Monday"),
        vec!["office team"]
    );
    // Round 100: "read out my schedule" and "show my week" still describe; a team invited to
    // join is still a group.
    assert_eq!(p("read out my schedule for today").kind, IntentKind::Describe);
    assert_eq!(p("show my schedule for this week pls").kind, IntentKind::Describe);
    assert_eq!(
        names_of("invite the design team to join a call on Monday at 10"),
        vec!["design team"]
    );
    // Round 101: a board free for a meeting is a group; "schedules" is not "schedule" mistyped.
    assert_eq!(
        names_of("When is the Legal & Compliance board free for 75 minutes before the end of the month?"),
        vec!["Legal & Compliance board"]
    );
    assert_eq!(
        names_of("the board is free on Monday, find 30 minutes with the board"),
        vec!["board"]
    );
    // Round 102: "ping me to" still reminds; an address met with is still someone; a board met
    // with is a group.
    assert!(matches!(
        p("ping me to call the bank on Friday").kind,
        IntentKind::AddTask { .. }
    ));
    assert_eq!(
        names_of("book 30 min with k.berg@example.com on Monday at 10"),
        vec!["k.berg@example.com"]
    );
    assert_eq!(
        names_of("find an hour with the advisory board on Monday"),
        vec!["advisory board"]
    );
    // The rules of rounds 98 to 101, narrowed after a second reading.
    assert!(matches!(
        p("move anything after 3pm today to tomorrow").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("There's a sync on Monday at 10 that we can cancel").kind,
        IntentKind::Cancel { .. }
    ));
    assert_eq!(p("Show my work calendar for Monday").kind, IntentKind::Describe);
    assert_eq!(
        title_of("Not urgent so remind me Monday to call the bank"),
        "call the bank"
    );
    assert!(matches!(
        p("rschedule the dentist to Friday at 3pm").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("Cancel Monday's session and everything else up to Friday").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("Heads up: the retro moves. New time Thursday at 3pm").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("Pop the probe review in for Wednesday at 11").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("Book a meeting with the finance committee chair on Monday at 10"),
        vec!["finance committee"]
    );
    assert_eq!(names_of("Call with Sarah House on Monday at 10"), vec!["Sarah House"]);
    assert_eq!(names_of("Lunch with Nick Warrant Friday at 1"), vec!["Nick Warrant"]);
    assert_eq!(
        names_of("Follow up with the parents on past incidents Tuesday at 5"),
        vec!["parents"]
    );
    assert_eq!(
        names_of("Meeting with the sales team crammed into Tuesday at 2pm"),
        vec!["sales team"]
    );
    assert_eq!(
        names_of("Invite the same crew as last week to Friday's retro"),
        vec!["same crew"]
    );
    // Round 104: essays "due back on the 7th" are due; pushing my 3pm to a day moves it; "pop it in"
    // still books.
    assert!(matches!(
        p("plan in some time to mark the year 10 essays - about 5 hours, they're due back on the 7th").kind,
        IntentKind::AddTask { .. }
    ));
    assert!(matches!(
        p("the client pushes my 3pm to Thursday at 4, please update it").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("pop a call with Bo in for Monday at 10").kind,
        IntentKind::FindTime { book: true }
    ));
    // The rules of rounds 102 to 104, narrowed after a second reading.
    assert!(matches!(
        p("No rush but ping me to renew the passport next week").kind,
        IntentKind::AddTask { .. }
    ));
    assert!(matches!(
        p("Library books due back in two weeks").kind,
        IntentKind::AddTask { .. }
    ));
    assert!(matches!(
        p("Try pushing my haircut later this week").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        names_of("Invite the advisory board to a call on Friday at 3pm"),
        vec!["advisory board"]
    );
    assert_eq!(names_of("Ask Maria to meet me here on Friday at 2pm"), vec!["Maria"]);
    assert_eq!(names_of("Lunch with Jae Bok tomorrow at noon"), vec!["Jae Bok"]);
    assert!(matches!(
        p("Check when I can fit 30 min with Sam and book it").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("Remind me to talk to ana@example.com on Monday"),
        vec!["ana@example.com"]
    );
    // Round 105: a new routine is still a habit; "book a call on my calendar" still books.
    assert!(matches!(
        p("okay new routine work on my novel Monday to Friday for about half an hour").kind,
        IntentKind::AddHabit { .. }
    ));
    assert!(matches!(
        p("put a review with Bo on my calendar for Monday at 10").kind,
        IntentKind::FindTime { book: true }
    ));
    // Round 105, after a second reading: a habit one gets into, a routine on its days, a hold done
    // on the calendar and a "Look," before a booking still act; a hair salon is a place, Gravel a
    // surname and "AM yoga" the morning's.
    assert!(matches!(
        p("Help me get into the habit of journaling").kind,
        IntentKind::AddHabit { .. }
    ));
    assert!(matches!(
        p("Set up a morning routine weekdays at 6:30").kind,
        IntentKind::AddHabit { .. }
    ));
    assert!(matches!(
        p("Can you do a hold on my calendar for Friday 2-4pm?").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Look, fit Ana into my calendar tomorrow at 4pm").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(names_of("coffee with jess in her hair salon friday 10am"), vec!["jess"]);
    assert_eq!(
        names_of("Meeting with Julie Gravel on Friday at 2pm"),
        vec!["Julie Gravel"]
    );
    assert_eq!(title_of("AM yoga every day"), "AM yoga");
    // Rounds 106 and 107, after a second reading: firms named for vehicles or a start keep their
    // names, a board of people that has been asking is people, a court booked with the club names
    // no one, "before bed" yields to the part of the day asked for, and "that ditch …" still cancels.
    assert_eq!(names_of("Book a call with Vans on Thursday at 2pm"), vec!["Vans"]);
    assert_eq!(
        names_of("book the kick-off with Start Ventures on Monday at 10"),
        vec!["Start Ventures"]
    );
    assert_eq!(
        names_of("The advisory board's been asking to meet, find 2 hours next week"),
        vec!["advisory board"]
    );
    assert!(names_of("book a tennis court with the club for Saturday at 10").is_empty());
    assert_eq!(
        p("I'll check before bed. Book a call with Ana on Monday morning.")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    assert!(matches!(
        p("ok forget that ditch tomorrow's 9am with Bo").kind,
        IntentKind::Cancel { .. }
    ));
    // Round 110: a name opening a sentence before a day or a part of it is still someone.
    assert_eq!(
        names_of("Bo, in the afternoon, book lunch with me tomorrow"),
        vec!["Bo"]
    );
    // Round 111's people after "where": not "where else".
    assert_eq!(
        names_of("Find an hour with Ana on Monday - honestly, where else would I be?"),
        vec!["Ana"]
    );
    // Rounds 108 to 114, after a second reading: a drop suggested, a run booked, "With respect
    // to", moving a meeting back, a habit one had, a standup named, "thing is", a clock's place in
    // brackets, a hall pushed to, a colleague in HR, rooms where things are, a quoted name, Go, a
    // "good move" in chat, shuffling a call forward and one's open invites keep their readings.
    assert!(matches!(
        p("Ana can't make it, so why not drop the 4pm tomorrow").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("Could you do a quick run on my calendar for Saturday at 7").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(
        names_of("Sorry for the back-and-forth. With respect to Friday, please book lunch with Ana at 1.")
            .contains(&"Ana".to_owned())
    );
    for moved in [
        "I'm moving back the sync with Ana by an hour",
        "Reschedule the standup",
        "Push back the retro, thing is I'm swamped",
        "Push the launch party to main hall on Friday at 6",
        "sounds good move it to 4pm tomorrow",
        "shuffle forward my call with Ana by an hour",
    ] {
        assert!(matches!(p(moved).kind, IntentKind::Reschedule { .. }), "{moved}");
    }
    assert!(matches!(
        p("I had a habit of running in the morning, help me get back into it").kind,
        IntentKind::AddHabit { .. }
    ));
    assert!(p("Cancel tomorrow's 3pm (New York)").zone.is_some());
    assert_eq!(names_of("Ana, in HR, needs 30 min with me Thursday"), vec!["Ana"]);
    assert!(names_of("Find a 1h slot next week where rooms are available").is_empty());
    assert_eq!(names_of("meet 'Bo' at 3"), vec!["Bo"]);
    assert_eq!(names_of("Lunch with Go on Friday at 1"), vec!["Go"]);
    assert!(matches!(p("Show me my open invites").kind, IntentKind::Describe));
    // Rounds 115 to 118, after a second reading: a span of hours or days is no move, a weekday
    // closing a span after a week stays in it, "later than" bounds a booking, a meeting rolled or
    // pushed into a part of the day moves, a time before "hold" books, "1 on 1" is no hour, names
    // ending "-ed" and a team about to dissolve something are people, "only bump" moves, a
    // booking about the lowdown books, "make" stays in a task, and whose sessions stay whose.
    for searched in ["sync tuesday 3 to 4pm with Bo", "workshop monday to wednesday with Ana"] {
        assert!(
            matches!(p(searched).kind, IntentKind::FindTime { book: false }),
            "{searched}"
        );
    }
    // (Since round 133 the weekdays narrow the week they fall in: Tuesday to Thursday of it.)
    assert_eq!(
        p("find time next week from tuesday to thursday").window.map(|w| w.end),
        Some(ymd(2026, 12, 3))
    );
    for booked in [
        "Book lunch with Ana tomorrow, it has to be later than 1pm",
        "Friday 3pm: hold.",
        "book a call with Ana for the lowdown on the project tomorrow at 3",
    ] {
        assert!(
            matches!(p(booked).kind, IntentKind::FindTime { book: true }),
            "{booked}"
        );
    }
    for moved in [
        "roll over the planning meeting to the weekend",
        "move over the standup to the afternoon",
        "Could the sync with Ana get pushed back into the afternoon?",
        "Only bump my call with Ana to Friday",
    ] {
        assert!(matches!(p(moved).kind, IntentKind::Reschedule { .. }), "{moved}");
    }
    assert_eq!(moved_of("move my monday 1 on 1 to tuesday").and_then(|m| m.time), None);
    assert_eq!(
        names_of("lunch with jared and khaled tomorrow"),
        vec!["jared", "khaled"]
    );
    assert_eq!(
        names_of("Set up time with Bo and the legal team to dissolve the LLC, Monday 10am"),
        vec!["Bo", "legal team"]
    );
    assert_eq!(
        title_of("Remind me to make the thing for Ana by Friday"),
        "make the thing for Ana"
    );
    assert_eq!(title_of("Schedule my sessions twice a week"), "my sessions");
    // Rounds 119 to 121, after a second reading: moving with a time in its sentence moves, a name
    // in -s after "anything with" is someone, and "my day" on a day not read is not today.
    assert!(matches!(
        p("Moving is fine, put it on Friday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(names_of("cancel anything with james tomorrow"), vec!["james"]);
    assert!(p("what's my day like on my birthday").window.is_none());
    // Round 122: a routine wanted is still a habit, a sign-off still ends the people, a panel
    // of people still a group, and someone met after "going to" still someone.
    assert!(matches!(
        p("I'd like a routine for my back, 20 minutes daily").kind,
        IntentKind::AddHabit { .. }
    ));
    assert_eq!(names_of("Cancel Monday's 3pm with Ana. Yours truly, Bo"), vec!["Ana"]);
    assert_eq!(
        names_of("Find an hour on Monday with Bo and the first panel's chair"),
        vec!["Bo", "first panel"]
    );
    assert_eq!(
        names_of("I'm going to meet Ana on Monday at 3, book an hour"),
        vec!["Ana"]
    );
    // Round 123: an invite after "an" closing its clause still books, "give me a rundown of" still
    // describes, "do I have meetings" still describes, "move the 4 to 5" still moves.
    assert!(matches!(
        p("Book an hour with Bo on Monday and flick them an invite, would you?").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(p("give me a rundown of next week").kind, IntentKind::Describe));
    assert!(matches!(
        p("do i have meetings after 3 tomorrow?").kind,
        IntentKind::Describe
    ));
    assert!(matches!(p("do I have 1:1s tomorrow?").kind, IntentKind::Describe));
    assert!(matches!(p("move the 4 to 5 today").kind, IntentKind::Reschedule { .. }));
    // Round 124: "Mary-jane" keeps her name, a move "instead" with its day still moves, and
    // "check when you can book it" still books.
    assert_eq!(names_of("Find an hour with Mary-jane on Monday"), vec!["Mary-jane"]);
    assert!(matches!(
        p("Could we do Tuesday instead: the 3pm with Bo").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("check when you can book an hour with Bo on Monday").kind,
        IntentKind::FindTime { book: true }
    ));
    // Round 125: "why not cancel" still cancels, "with james" still names james, one word in
    // capitals ("with the IT team") still names, and a clock time keeps no part.
    assert!(matches!(
        p("why not cancel the 4pm tomorrow").kind,
        IntentKind::Cancel { .. }
    ));
    assert_eq!(
        names_of("find an hour with james and the IT team on Monday"),
        vec!["james", "IT team"]
    );
    assert_eq!(moved_or_cancelled("cancel my 7 tonight").and_then(|m| m.part), None);
    // Round 126: a lowercase list with a length still names people, "carry my 3pm over to Friday"
    // still moves, "hold on Monday at 3" still books, and "Sarah House" keeps her surname.
    assert_eq!(names_of("ana, an hour, on Thursday in the afternoon"), vec!["ana"]);
    assert!(matches!(
        p("carry my 3pm over to Friday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("hold on Monday at 3 for an hour with Bo").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(names_of("Find an hour with Sarah House on Monday"), vec!["Sarah House"]);
    // Round 127: "it's moving to Friday" still moves, "Ana, Bo, Chen" are still people, "I'm free
    // on Monday with the design team" still names the team, and "mondays and thursdays" stay days.
    assert!(matches!(
        p("the 3pm with Bo, it's moving to Friday at 10").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        names_of("Ana, Bo, Chen. Find an hour on Monday."),
        vec!["Ana", "Bo", "Chen"]
    );
    assert_eq!(
        names_of("I'm free on Monday with the design team, find an hour"),
        vec!["design team"]
    );
    assert!(matches!(
        p("yoga mondays and thursdays at 7am, 30 min").kind,
        IntentKind::AddHabit { .. }
    ));
    // Round 128: "hold the 3pm slot" still books, "what does Monday look like" still describes,
    // and "add a task" still adds a task.
    assert!(matches!(
        p("hold the 3pm slot on Monday for Bo").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(p("what does Monday look like?").kind, IntentKind::Describe));
    assert!(matches!(
        p("add a task: call the bank on monday").kind,
        IntentKind::AddTask { .. }
    ));
    // Rounds 122 to 127, after a second reading: names in capitals or by a post after "with", a
    // name after "sign off from", a hyphened given name, a surname Love, someone listed by what
    // they do and a team one goes to are people; "evening" beside another time leaves it; a count
    // of seats is no span; a meeting of a length asked about is described; time blocked for a
    // meeting books it; a move from one hour to another moves; "carry over … into" moves; "a quick
    // look" describes; "so the review can happen later" books; "grab the kids" books nothing; a
    // booking asked besides "check when he could" books; "somebody from HR" is looked for; "the
    // week after" set off by a comma is no week.
    for (text, names) in [
        ("Set up a call with IBM HR on Monday at 2", vec!["IBM HR"]),
        ("Meeting with JOHN SMITH at 3pm tomorrow", vec!["JOHN SMITH"]),
        ("Find time with the Dean.", vec!["Dean"]),
        ("Find 20 minutes tomorrow to get sign off from Marco", vec!["Marco"]),
        ("Call with Hans-peter tomorrow at 10", vec!["Hans-peter"]),
        ("Book a call with Ben Love tomorrow at 2", vec!["Ben Love"]),
        ("ana, bo and a contractor - 1h on thursday", vec!["ana", "bo"]),
        (
            "Book 30 minutes tomorrow to go to the marketing team and walk them through the plan",
            vec!["marketing team"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(
        p("Can we meet this evening or at 10 tomorrow?")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(10, 0)))
    );
    assert_eq!(
        p("Reserve 4 to 6 seats for lunch with the team on Friday")
            .window
            .and_then(|w| w.time),
        None
    );
    for (text, kind) in [
        ("Do I have a 30 minute call with Bo tomorrow?", "describe"),
        ("Give me a quick look at tomorrow", "describe"),
        ("I need to block an hour for the sync with Ana tomorrow", "book"),
        (
            "Book a call with Bo tomorrow at 3 so the review can happen later",
            "book",
        ),
        (
            "Put a call with Bo on Monday at 10, check when he could send the deck",
            "book",
        ),
        ("Drag my 1:1 with Ana from 2 to 4 today", "reschedule"),
        ("Carry over my 1:1 with Bo into next week", "reschedule"),
        (
            "When am I free on Saturday? I want to go to the gym and grab the kids after",
            "find",
        ),
        ("When can I meet somebody from HR about my contract?", "find"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        p("Move my dentist from Dec 3 to the 10th, the week after.")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 10))
    );
    // Round 129: "push my 3pm with Bo to Friday" keeps its new day, a lowercase list of people
    // still names them, and a group met still names it.
    assert_eq!(
        p("push my 3pm with Bo to Friday").window.map(|w| w.start),
        Some(ymd(2026, 12, 4))
    );
    assert_eq!(names_of("bo, chen and ana, 1h next week"), vec!["bo", "chen", "ana"]);
    assert_eq!(
        names_of("Find an hour with the design team on Monday"),
        vec!["design team"]
    );
    // Round 130: "Yours, with the gavel laid to rest." still signs off, and "I must go to the
    // Ausländerbehörde next tuesday" still goes to a place.
    assert_eq!(
        names_of("Cancel Monday's 3pm with Bo. Yours, with the gavel laid to rest."),
        vec!["Bo"]
    );
    assert!(!matches!(
        p("I must go to the Ausländerbehörde next tuesday at 8:30, put it in my calendar").kind,
        IntentKind::Reschedule { .. }
    ));
    // Rounds 127 to 129, after a second reading: an evening hour after its comma, "1 to 1" and a
    // count of people, "check when Bo could pop by", a meeting held "over the phone", "look like
    // a week from today", "Can the standup … happen later", "add Ana to the standup", "talk to
    // someone", "The 1:1 with Ana? It's moving.", "a quick look at when Ana is free", "due through
    // the portal", "do I have time Monday", a list with a part of the day, "sean kelly", "Priya,
    // monday", "with Sing", "the Team Leader" and "in a week's time" keep their older readings.
    assert_eq!(
        p("Dinner with Lena on Friday evening, 8:30 works")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(20, 30)))
    );
    assert_eq!(
        p("book tuesday 1 to 1 with Priya at 3pm").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(15, 0)))
    );
    assert_eq!(
        p("book friday 6 to 8 of us at Nobu for dinner")
            .window
            .and_then(|w| w.time),
        None
    );
    for (text, kind) in [
        ("Check when Bo could pop by for a coffee next week", "find"),
        ("hold a 1:1 with Ana over the phone tomorrow at 2", "book"),
        ("What does my calendar look like a week from today?", "describe"),
        ("Can the standup with Ana happen later tomorrow?", "reschedule"),
        ("add Ana to the standup on Monday", "clarify"),
        ("Find time to talk to someone", "clarify"),
        (
            "The 1:1 with Ana? It's moving. Find a new slot next week.",
            "reschedule",
        ),
        ("Give me a quick look at when Ana is free next week", "find"),
        ("remind me the visa form is due through the portal on Monday", "task"),
        ("Do I have time Monday for a call with Bo?", "find"),
        (
            "Block 2 days in a week's time for the offsite with the leadership team",
            "book",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    for (text, names) in [
        ("ana, 30 min tomorrow, morning pls", vec!["ana"]),
        ("meet with sean kelly tomorrow at 2", vec!["sean kelly"]),
        ("Priya, monday, 10am, 30 min", vec!["Priya"]),
        ("Book a 1:1 with Sing tomorrow at 10", vec!["Sing"]),
        ("Set up a call with the Team Leader on Monday at 2", vec!["Team Leader"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // Round 131: going to a place is no move, and what one wants to do stays the title when
    // nothing else is had to.
    assert!(!matches!(
        p("can I go to the gym on friday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(title_of("I want to learn Spanish, 20 min daily"), "learn Spanish");
    // Round 131, after a second reading: "I've got to" no longer overrides the habit asked for,
    // "go to" moves only a meeting named right before it, and "Steady Capital" and "Nature, Ben
    // and Ola" keep their names.
    assert_eq!(
        title_of("I've got to make time for reading, 20 minutes every night"),
        "reading"
    );
    assert_eq!(
        title_of("I want to meditate every morning for 10 minutes, I've got to calm down"),
        "meditate"
    );
    assert!(matches!(
        p("Block my calendar Saturday morning so my kids can go to 10am swim class").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("Can you book a call with my mentor before I go to next week's conference?").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("Lunch with Steady Capital partners next Tuesday at noon"),
        vec!["Steady Capital"]
    );
    assert_eq!(
        names_of("Meet Nature, Ben and Ola tomorrow at 10"),
        vec!["Nature", "Ben", "Ola"]
    );
    // What one has moved, or moves, and a moved meeting still move; a likeness one would like is
    // still a meeting with someone.
    for text in [
        "Can you get the dentist moved?",
        "moving my dentist, please",
        "The standup moved. Can you find me 30 minutes with Bo on Monday?",
    ] {
        assert!(matches!(p(text).kind, IntentKind::Reschedule { .. }), "{text}");
    }
    assert_eq!(names_of("I'd like a call with bo tomorrow"), vec!["bo"]);
    assert_eq!(names_of("would like a chat with priya on monday"), vec!["priya"]);
    // Weekdays joined to a week, or a span of dates in it, keep the whole.
    for text in [
        "are you free Friday or next week?",
        "Show me the whole of Christmas week, 21st to 27th Dec.",
    ] {
        let w = p(text).window.expect("a window");
        assert_eq!((w.end - w.start).num_days(), 6, "{text}");
    }
    // A second reader's near misses of rounds 132 and 133: people speaking, asked, listed or
    // wished for, a meeting named by what it is moving, and days ruled out of a week, keep their
    // older readings.
    for (text, names) in [
        ("Thanks. Tom: can we meet Tuesday at 3?", vec!["Tom"]),
        ("Hi! Tom, there's a clash, move our 1:1 to Thursday", vec!["Tom"]),
        (
            "Sorry for the delay. Priya's a yes for Thursday, book the review with her and Tom.",
            vec!["Priya", "Tom"],
        ),
        (
            "\"Can we meet next week, Ana?\" asked Tom. Please schedule it.",
            vec!["Ana", "Tom"],
        ),
        (
            "lunch with saeed, khaled and omar tomorrow",
            vec!["saeed", "khaled", "omar"],
        ),
        ("invite jared to the standup on tuesday", vec!["jared"]),
        ("I feel like a drink with raj on friday evening", vec!["raj"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert!(matches!(
        p("Dentist moved. Find me a new slot.").kind,
        IntentKind::Reschedule { .. }
    ));
    for text in [
        "Call with Tom next week. Monday is a holiday though.",
        "Any time next week from Tuesday on, 1h with Raj",
        "Review with Ana next week; Thursday would be ideal, otherwise any day",
    ] {
        let w = p(text).window.expect("a window");
        assert_eq!((w.start, w.end), (ymd(2026, 11, 30), ymd(2026, 12, 6)), "{text}");
    }
    // Round 134's near misses: a look at a day, a list after a heading of people, what a thing
    // is done with when one books it, a bump into next week.
    for text in ["what does the 8th look like", "what does my Monday look like"] {
        assert_eq!(kind_name(&p(text).kind), "describe", "{text}");
    }
    assert_eq!(
        names_of("Attendees: ana, bo. Find an hour on Monday."),
        vec!["ana", "bo"]
    );
    assert_eq!(names_of("book it with ana on monday at 3"), vec!["ana"]);
    assert_eq!(kind_name(&p("can we bump it into next week").kind), "reschedule");
    // A second reader's near misses of round 134: someone one works on a thing with, a look at
    // others, a heading before a meeting's day, a question about one's own time however it opens,
    // what one's time looks like, a chore to be changed, and a habit one is told to keep.
    for (text, names) in [
        ("I'm reviewing it with ana tomorrow at 3pm", vec!["ana"]),
        ("Take a look at them with ana on monday at 11", vec!["ana"]),
        ("Agenda: ana, bo and cy on thursday at 10", vec!["ana", "bo", "cy"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for text in [
        "Hi is my afternoon open tomorrow?",
        "Quick question is my 3pm still on?",
        "what do my meetings look like tomorrow",
        "what do things look like on thursday",
        "what do Mondays look like for me",
    ] {
        assert_eq!(kind_name(&p(text).kind), "describe", "{text}");
    }
    for text in [
        "remind me friday that the oil needs to be changed",
        "Reminder that the password must be changed by friday",
    ] {
        assert_eq!(kind_name(&p(text).kind), "task", "{text}");
    }
    assert_eq!(title_of("My coach tells me to stretch daily."), "stretch");
    // Round 135's near misses: a thing stuck in the calendar, a task called by its quoted name,
    // an errand too vague or with someone, and a fire drill as a meeting.
    assert_eq!(
        kind_name(&p("stick a call with Bo on my calendar for Monday").kind),
        "book"
    );
    assert_eq!(
        title_of("Please create a task called 'prepare slides for the offsite', three hours"),
        "prepare slides for the offsite"
    );
    assert_eq!(kind_name(&p("fix next week").kind), "clarify");
    assert_ne!(
        kind_name(&p("pick up Bo from the station tomorrow with Ana").kind),
        "task"
    );
    // A second reader's near misses of round 135: a meeting or a hold put on a calendar or a
    // room, a series or a meeting that is no errand, a "same" that points at nothing put, a task
    // dubbed in quotes, surnames in "-ing" after a heading of people, and a meeting sliding into a
    // slot.
    for text in [
        "put a meeting on the team calendar",
        "put a hold on the room",
        "pop a call on the team calendar for Bo and me",
    ] {
        assert_eq!(kind_name(&p(text).kind), "book", "{text}");
    }
    for text in [
        "order groceries every other friday",
        "fix our 1:1 on thursday",
        "pick a day next week for the offsite",
    ] {
        assert_ne!(kind_name(&p(text).kind), "task", "{text}");
    }
    assert_eq!(
        title_of("Bo wants the same as last time so remind me to book the restaurant friday"),
        "book the restaurant"
    );
    assert_eq!(
        title_of("Add a task dubbed 'finish slides' for friday"),
        "finish slides"
    );
    assert_eq!(names_of("Call with Bo on monday. Cc: Henning!"), vec!["Bo", "Henning"]);
    assert_eq!(
        kind_name(&p("let the sync slide into the chat slot on friday").kind),
        "reschedule"
    );
    // Round 136's near misses: a slide to move, a pencil to book with, a group named with "and",
    // a list with meetings in it, and a meeting one will not have moved.
    assert_eq!(kind_name(&p("slide the standup to friday").kind), "reschedule");
    assert_eq!(kind_name(&p("pencil in an hour with Bo on Monday").kind), "book");
    assert_eq!(
        names_of("Book a call with the sales and marketing team on Monday"),
        vec!["sales and marketing team"]
    );
    assert_eq!(
        names_of("Bo, in the afternoon, book lunch with me tomorrow"),
        vec!["Bo"]
    );
    // A second reader's near misses of round 136: an adverb before "slide", a job of listing, a
    // name ending "-ed" after a comma, an introduction to a group, a meeting asked not to be
    // moved, a surname after "O", and another meeting refused.
    for text in [
        "can we first slide the review to monday",
        "could my 1:1 with Ana tomorrow not be moved?",
    ] {
        assert_eq!(kind_name(&p(text).kind), "reschedule", "{text}");
    }
    assert_eq!(kind_name(&p("list bookings on airbnb by friday").kind), "task");
    assert_eq!(
        kind_name(&p("cancel this. don't cancel this week's other meetings though").kind),
        "cancel"
    );
    for (text, names) in [
        ("call with ana, khaled at 3 tomorrow", vec!["ana", "khaled"]),
        (
            "book a call for the new girl with the recruiters tuesday at 2",
            vec!["recruiters"],
        ),
        ("call with O Neill on monday at 2", vec!["Neill"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // Round 137's near misses: a meeting dropped off, moving on to a day, "To" a heading of people.
    assert_eq!(kind_name(&p("drop off my call with Ana on friday").kind), "cancel");
    assert_eq!(names_of("To: Ana, Bo. Book an hour on Monday."), vec!["Ana", "Bo"]);
    // A second reader's near misses of round 137: meetings dropped off, a move on to another
    // time, a count of people, a place across from someone's, and "needs" inside a title.
    for text in ["drop off the retro", "drop off Bo's onboarding"] {
        assert_eq!(kind_name(&p(text).kind), "cancel", "{text}");
    }
    for text in ["can we move on to another time", "move on to a later date"] {
        assert_eq!(kind_name(&p(text).kind), "reschedule", "{text}");
    }
    assert!(names_of("are most people free next week").is_empty());
    assert_eq!(
        names_of("coffee with Bo across the road from Ana's place at 2"),
        vec!["Bo"]
    );
    assert_eq!(
        title_of("task: figure out what the client needs by thursday"),
        "figure out what the client needs"
    );
    assert_eq!(title_of("needs review by friday"), "needs review");
    // Round 138's near misses: what is left of a day, a quoted task after "add", a weekly slot for
    // a habit, a meeting moved home.
    assert_eq!(kind_name(&p("what is left of my week").kind), "describe");
    assert_eq!(title_of("add 'file the VAT return' by friday"), "file the VAT return");
    assert_eq!(
        title_of("set up a weekly 30-min slot for planning the week ahead"),
        "planning the week ahead"
    );
    // A second reader's near misses of round 138: quoted titles however they are put, a lead that
    // only points at what was said, planning as the habit, a meeting named by a home, and "in due
    // course" beside a reminder.
    for (text, title) in [
        ("todo item 'clean the garage' by sunday", "clean the garage"),
        ("could you add a reminder saying 'call the bank'", "call the bank"),
        (
            "I want to read more. I need to do it every evening for 20 minutes.",
            "read more",
        ),
        ("plan shopping list every saturday morning", "plan shopping list"),
    ] {
        assert_eq!(title_of(text), title, "{text}");
    }
    assert_eq!(kind_name(&p("move home visit to later").kind), "reschedule");
    assert_eq!(
        kind_name(&p("I'll send the contract in due course, remind me friday to check").kind),
        "task"
    );
    // Round 139's near misses: Sunday written short, a routine kept.
    assert_eq!(
        p("find an hour with Bo sun 3pm").window.map(|w| w.start),
        Some(ymd(2026, 11, 29))
    );
    assert_eq!(
        kind_name(&p("add a morning routine of stretching, 10 min daily").kind),
        "habit"
    );
    // A second reader's near misses of round 139: something put on before a meeting, a request
    // shouted whole, one's kin, and the calendar put on.
    for text in [
        "put on a headset and call Ana at 3pm tomorrow",
        "put on my calendar a call with bo on monday at 3",
    ] {
        assert_eq!(kind_name(&p(text).kind), "book", "{text}");
    }
    assert_eq!(names_of("LUNCH WITH ANA ON FRIDAY AT NOON. thanks"), vec!["ANA"]);
    assert_eq!(names_of("Lunch with Ana's sister's kids tomorrow at 12"), vec!["Ana"]);
    // Round 140's near misses: someone asked after a colon, a circle met, a team reminded, a
    // question before "add", and a group that had done something to a meeting.
    assert_eq!(names_of("Tom: would you not rather meet Monday at 10?"), vec!["Tom"]);
    assert_eq!(
        names_of("Book an hour with the inner circle on Monday at 10"),
        vec!["inner circle"]
    );
    assert_eq!(
        kind_name(&p("remind the team to send timesheets on Friday").kind),
        "task"
    );
    assert_eq!(kind_name(&p("what's on monday? pls add").kind), "describe");
    assert_eq!(
        names_of("Book an hour with the design team on Monday at 10. The design team had booked it before."),
        vec!["design team"]
    );
    // A second reader's near misses of round 140: someone speaking after a colon, part of a
    // group, a circle around a time, a group that asked, a meeting shuffled, an audience to
    // remind, a thing offered, nothing more to add, and a question about adding.
    assert_eq!(
        names_of("Move our standup to 9:30 tomorrow. Lena: could never make 9 anyway, add her to it."),
        vec!["Lena"]
    );
    assert_eq!(
        names_of("Book a call with Ana next week, as some of the finance team need to join"),
        vec!["Ana", "finance team"]
    );
    assert_eq!(
        names_of("Book the knitting circle around 7pm on Thursday"),
        vec!["knitting circle"]
    );
    assert_eq!(
        names_of("The design team had asked me for a review, book an hour with them on Monday at 10"),
        vec!["design team"]
    );
    assert_eq!(
        names_of("I've offered cake, so book the team tea on Friday at 4 with Ana"),
        vec!["Ana"]
    );
    for (text, kind) in [
        ("Shuffle sideways my call with Priya so it doesn't clash", "reschedule"),
        ("Remind listeners about the charity drive on Friday's show", "task"),
        (
            "Find a time for a call with Ana next week, nothing else to add.",
            "find",
        ),
        ("Will it clash if you add lunch with Ana on Friday at 1?", "find"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // Round 141's near misses: a name before a colon, a group after "of", a hyphenated name, an
    // "-ing" name opening a list, a meeting moved "to" a time, and "the thing" with someone.
    assert_eq!(names_of("Tom: can we meet Monday at 10?"), vec!["Tom"]);
    assert_eq!(
        names_of("Book an hour with the chair of the finance committee on Monday at 10"),
        vec!["finance committee"]
    );
    assert_eq!(names_of("Book an hour with Mei-ling on Monday at 10"), vec!["Mei-ling"]);
    assert_eq!(names_of("Book an hour with the Smiths on Monday at 10"), vec!["Smiths"]);
    assert_eq!(
        kind_name(&p("kick it over to the 9th, the review with Ana").kind),
        "reschedule"
    );
    assert_eq!(kind_name(&p("can we do the thing with Ana on Monday?").kind), "find");
    assert_eq!(kind_name(&p("cancel it, the 3pm with Ana on Monday").kind), "cancel");
    // A second reader's near misses of round 141: a question after "Q:", a letter speaking, a
    // long surname listed, someone's comments, catching up with someone, their things gone over
    // with someone, a family at home, a doing on one's list, weekdays in a week named elsewhere, a
    // period someone else wants, "the usual" done, and a lowercase surname.
    for (text, names) in [
        ("Q: Ana free Tuesday for an hour?", vec!["Ana"]),
        ("Thanks for yesterday. M: can we move our 1:1 to Friday?", vec!["M"]),
        (
            "Quick question. Hemmerling, Ana and I need 45 minutes on Monday",
            vec!["Hemmerling", "Ana"],
        ),
        (
            "Set up the review. Ana's comments: she can do Tuesday at 3",
            vec!["Ana"],
        ),
        ("block half an hour for catching up with maria", vec!["maria"]),
        ("find time to go over his slides with jonas", vec!["jonas"]),
        ("Meet at the Garcias' on Sunday at noon", vec!["Garcias'"]),
        ("book lunch with jack straw on friday at 1", vec!["jack straw"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(title_of("Next on my list is to call the plumber"), "call the plumber");
    assert_eq!(kind_name(&p("Find time to do the usual grocery run").kind), "find");
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    assert_eq!(
        days("Find an hour with Bo wed-fri in the week of the 7th"),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 13)))
    );
    assert_eq!(
        days("Find 30 minutes with Ana tue-thu the week after next"),
        Some((ymd(2026, 12, 8), ymd(2026, 12, 10)))
    );
    assert_eq!(
        days("She wants to meet this week, but not on Saturday"),
        Some((ymd(2026, 11, 27), ymd(2026, 11, 29)))
    );
    // Round 142's near misses: a knighted name, a firm's "AS", a heading in capitals before
    // someone doing something, someone's flight, pushing a meeting by a day, a group listed after
    // a heading with a day, and "instead" asked for.
    assert_eq!(
        names_of("Book me in with Sir Alistair Crane for 20 minutes on Monday at 3:30pm"),
        vec!["Sir Alistair Crane"]
    );
    assert_eq!(
        names_of("URGENT: Ana can't make it, move our 1:1 to Friday"),
        vec!["Ana"]
    );
    assert_eq!(
        names_of("UPDATE: Ana Lopez joining, book the review on Monday at 10 with her"),
        vec!["Ana Lopez"]
    );
    assert_eq!(
        names_of("NOTE: Priya's flight lands late, move our call to Tuesday"),
        vec!["Priya"]
    );
    assert_eq!(names_of("quick one: bo, chen, 1h next week"), vec!["bo", "chen"]);
    assert_eq!(
        kind_name(&p("the review got pushed by a day, move it to Friday").kind),
        "reschedule"
    );
    assert_eq!(
        kind_name(&p("Monday's standup - instead can we do Tuesday at 10?").kind),
        "reschedule"
    );
    // A second reader's near misses of round 142: a letter to someone met, people after a heading
    // in capitals or a subject line, someone's job on a show, people listed after a heading, a
    // meeting pushed by days, and "off" ending a clause before "switch".
    for (text, names) in [
        ("Dear Ana, can you and I meet Tuesday at 10?", vec!["Ana"]),
        (
            "URGENT: Priya, Tom and I need to meet tomorrow at 3",
            vec!["Priya", "Tom"],
        ),
        ("Subject: Ana / Bo sync next Tuesday 30 min", vec!["Ana", "Bo"]),
        ("IMPORTANT: Dana from finance needs 45 minutes on Monday", vec!["Dana"]),
        ("Meet with Priya, the program manager, Tuesday at 10", vec!["Priya"]),
        (
            "new project kickoff: bo, chen, dana. find a slot next week.",
            vec!["bo", "chen", "dana"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for text in [
        "Can the design review be pushed by two days?",
        "If I'm off switch my 1:1 with Ana to Wednesday",
    ] {
        assert_eq!(kind_name(&p(text).kind), "reschedule", "{text}");
    }
    // Round 143's near misses: entering a meeting, passing it to a day, a booking put right, a
    // clause of one's own after a comma, and someone said to be doing well.
    assert_eq!(
        kind_name(&p("please enter a meeting with Bo in my calendar on Monday at 10").kind),
        "book"
    );
    assert_eq!(
        kind_name(&p("can you pass it to friday, the review with Bo").kind),
        "reschedule"
    );
    assert_eq!(
        kind_name(&p("book lunch with Ana tomorrow at 1, make it Friday").kind),
        "book"
    );
    assert_eq!(
        title_of("Honestly, I need to renew my passport by Friday"),
        "renew my passport"
    );
    // A second reader's near misses of round 143: an acronym entered on a day, a meeting passed to
    // one's own slot or pushed into one, a new meeting put on a day, "love" as a word of address,
    // a habit's own clause with a comma, someone shown things again, and someone falling behind.
    for (text, kind) in [
        ("Enter PTO for next Friday", "book"),
        ("The review with Bo at 3pm, pass it to my Friday", "reschedule"),
        ("Can my call with Ana be pushed into a free slot?", "reschedule"),
        (
            "My manager wants 1 hour with me next week, make it Tuesday at 10",
            "book",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    for (text, names) in [
        ("Okay, love, cancel my call with Tom tomorrow", vec!["Tom"]),
        ("Find 30 minutes on Thursday to show Ana them again", vec!["Ana"]),
        (
            "URGENT: Ana is falling behind, book a 1:1 with her tomorrow at 9",
            vec!["Ana"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(
        title_of("Right, I'll stretch daily, 10 mins, at 7am. Make it a habit"),
        "stretch"
    );
    // Round 144's near misses: a band booked, a name before "for the attention", and kids going
    // to a class.
    assert_eq!(
        names_of("Book the jazz band for the party on Saturday at 8"),
        vec!["jazz band"]
    );
    assert_eq!(
        kind_name(&p("so my kids can go to the 10am swim class on Monday").kind),
        kind_name(&p("so my kids can go to a swim class on Monday").kind)
    );
    // A second reader's near misses of round 144: someone meant for another's attention, a team
    // "playing" something else, a person named after a heading in capitals, "mourning" and
    // "sundry" as slips, workdays outside a habit, people added to a meeting, and "the 12th".
    for (text, names) in [
        (
            "Book a call with Priya, for the attention of her manager, next Tuesday at 10",
            vec!["Priya"],
        ),
        (
            "The dev team is playing catch up after the outage; schedule a retro with them Monday at 10",
            vec!["dev team"],
        ),
        ("URGENT: Priya, CEO, needs 30 min with me today", vec!["Priya"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(
        p("book a call with Ana tomorrow mourning").window.and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    assert_eq!(
        p("Book lunch with Ana on sundry at 1").window.map(|w| w.start),
        Some(ymd(2026, 11, 29))
    );
    for (text, kind) in [
        ("find a slot with Ana on workdays next week", "find"),
        ("pls add Ana and Bo to the review tomorrow", "clarify"),
        ("Book a room for the 12th so the offsite can happen earlier", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // Round 145's near misses: a team that has asked for something, holding a slot, a meeting with
    // someone needed, and one's own clause before a task.
    assert_eq!(
        names_of("The design team has asked for a review, book an hour with them on Monday at 10"),
        vec!["design team"]
    );
    assert_eq!(kind_name(&p("hold on to Friday at 3 for me with Bo").kind), "book");
    assert_eq!(names_of("i need a meeting with Ana"), vec!["Ana"]);
    assert_eq!(title_of("I must renew my passport before the 8th"), "renew my passport");
    // A second reader's near misses of round 145: "then" between names, a rival or a team met
    // after, a slot held for someone, a task about asking, and a deadline in its own sentence.
    for (text, names) in [
        ("Ana, then Bo, need 30 minutes with me on Monday", vec!["Ana", "Bo"]),
        (
            "we beat the sales team at quiz night, book drinks with them on Friday",
            vec!["sales team"],
        ),
        (
            "the design team has requested a review. Book it for Thursday at 2pm with them",
            vec!["design team"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(
        kind_name(&p("Hold on to her 10am on Monday for the design review").kind),
        "book"
    );
    assert_eq!(
        title_of("Add a task to ask you about the Q3 numbers on Monday"),
        "ask you about the Q3 numbers"
    );
    assert_eq!(
        title_of("Hey. I need to renew my passport. It has to happen by Friday. Add it as a task."),
        "renew my passport"
    );
    // One speaker's line after a colon, a part word before a firm's name, a slot to book and a
    // title quoted in its lead's sentence keep their readings.
    assert_eq!(
        names_of("Ana: the 3pm works for me. Book an hour with Ana on Monday."),
        vec!["Ana"]
    );
    assert_eq!(
        names_of("Find an hour with Plan B Consulting on Monday"),
        vec!["Plan B Consulting"]
    );
    assert_eq!(
        names_of("Find an hour with the sales team over lunch on Monday"),
        vec!["sales team"]
    );
    assert!(matches!(
        p("book a slot where Ana and I can meet tomorrow at 10").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        title_of("Motto: be brave. Remind me to 'renew the passport' by Friday"),
        "renew the passport"
    );
    // A second reading of round 146's rules: one named in a word before a note's labels, names in
    // capitals with hyphens amid lowercase words, one who replied with a time, a group with "over"
    // in its name, a title quoted in a sentence of its own, and slots grabbed or sent out keep
    // their readings.
    assert_eq!(
        names_of(
            "Priya: the deck is done. Status: the numbers are final. Next: the demo. Set up 30 min with her tomorrow at 11."
        ),
        vec!["Priya"]
    );
    assert_eq!(
        names_of("Find 30 min for ANNE-MARIE DUBOIS and me on Friday"),
        vec!["ANNE-MARIE DUBOIS"]
    );
    assert_eq!(
        names_of("The recruiter replied with a slot on Monday at 10, please book it"),
        vec!["recruiter"]
    );
    assert_eq!(
        names_of("Book the voice over team for Thursday at 2"),
        vec!["voice over team"]
    );
    assert_eq!(
        title_of("Remind me tomorrow at 9. Title it 'Call the bank'."),
        "Call the bank"
    );
    for text in [
        "Grab a slot where Ana and I can sync on Thursday",
        "Find a slot when Ana can chat, then send her an invitation",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: true }), "{text}");
    }
    // Round 147's rules: a chat's speakers, a speaker by name, a crowd met around an hour, someone
    // got to do something, one's other half and a member of a parliament keep their readings.
    assert_eq!(
        names_of("Ana: Bo and I are free Monday at 10. Me: ok, book it. Ana: great"),
        vec!["Bo"]
    );
    assert_eq!(
        names_of("Find an hour with Speaker Johnson on Monday"),
        vec!["Speaker Johnson"]
    );
    assert_eq!(
        names_of("drinks with the pub crowd around 7 on Friday"),
        vec!["pub crowd"]
    );
    assert_eq!(names_of("book lunch with my other half on Friday at 1"), vec!["half"]);
    assert_eq!(
        kind_name(&p("I need to get Bo to sign the lease by Friday").kind),
        "task"
    );
    // A second reading of round 147's rules: replies under full names, a team member, a mail's
    // "Re: Re:", a candidate for a job, one's other supervisor, "the word person", a crowd round
    // one's place, a pulled muscle, "one PM", "can't do it earlier", quarters gathered, a to-do
    // list and a walk through a thing keep their readings.
    for (text, names) in [
        (
            "RSVPs so far. Ana Lopez: yes. Bo Chen: yes. Cy Diaz: yes. Book the dinner Saturday at 7.",
            vec!["Ana Lopez", "Bo Chen", "Cy Diaz"],
        ),
        ("Coffee with the new Team Member on Monday at 9", vec!["Team Member"]),
        ("Re: Re: Priya intro call - can we push to Friday?", vec!["Priya"]),
        (
            "Candidates: Priya, for my assistant job, Thursday 3pm. Book it.",
            vec!["Priya"],
        ),
        (
            "book a call with my other supervisor on Friday at 2",
            vec!["supervisor"],
        ),
        (
            "Ana is the word person on the team, book 30 min with her Friday",
            vec!["Ana"],
        ),
        (
            "brunch with the mum crowd round my place on Sunday at 11",
            vec!["mum crowd"],
        ),
        (
            "the plumber has pulled a muscle, can we move his visit to next week",
            vec!["plumber"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(
        p("book a sync with one PM and two devs on Friday at 3")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(15, 0)))
    );
    for (text, kind) in [
        ("block 2 hours Friday for the taxes, I can't do it earlier", "book"),
        ("get Q3 and Q4 together for the board pack by Thursday", "task"),
        ("book an hour with Priya so she can walk me thru the new CRM", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        title_of("create a to do list for the trip by Sunday"),
        "create a to do list for the trip"
    );
    // Round 148's rules: "Pacific Standard Time" and "Central time", one's own chat, a request in
    // title case with its hour, and a task heading alone keep their readings.
    assert!(
        p("find 30 min with Jo on Monday at 10 Pacific Standard Time")
            .zone
            .is_some()
    );
    assert!(p("find 30 min with Jo on Monday, she's on Central time").zone.is_some());
    assert_eq!(
        names_of("I'm off to chat with Ana on Monday at 10, book it"),
        vec!["Ana"]
    );
    assert_eq!(names_of("Meet Ana And Bo Tomorrow At 10"), vec!["Ana", "Bo"]);
    assert_eq!(title_of("Task, buy milk, by Friday"), "buy milk");
    // Round 149's rules: a room covered with people, a title naming someone, a pet's name, "one"
    // as an hour, and "instead" asked for keep their readings.
    assert_eq!(
        names_of("The hall was filled with parents. Book an hour with Bo on Monday at 10."),
        vec!["Bo"]
    );
    assert_eq!(
        names_of("my colleague is called Ana, book an hour with her on Monday at 10"),
        vec!["Ana"]
    );
    assert_eq!(
        p("book lunch with Bo at one on Friday").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(13, 0)))
    );
    assert_eq!(
        kind_name(&p("can we do the review on Friday instead").kind),
        "reschedule"
    );
    // A second reading of round 148's rules: people listed with slashes, a name in one bracket,
    // one standing in for the assistant, people met in title case, one's own chat, a zone before a
    // weekday, a schedule heading with a day, a move "instead", a task's own words and a booking
    // after "can I fit in" keep their readings.
    for (text, names) in [
        ("Find 30 min with Ana / Bo / Cy next week", vec!["Ana", "Bo", "Cy"]),
        ("Move my 3pm to 4. (Priya too.)", vec!["Priya"]),
        (
            "Lena is standing in for my assistant: please book her a desk Monday at 9",
            vec!["Lena"],
        ),
        (
            "Weekly Sync With Ana. Budget Review With Bo. Design Crit With Cy. Move all three to next week.",
            vec!["Ana", "Bo", "Cy"],
        ),
        (
            "Going off to chat with the vendor Tuesday at 11, book an hour",
            vec!["vendor"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert!(p("Let's do 10am Pacific Thursday with Bo").zone.is_some());
    for (text, kind) in [
        ("SCHEDULE: dentist Friday at 3pm", "book"),
        ("I'd prefer if the sync were instead on Thursday at 2", "reschedule"),
        ("Can I fit in a haircut Saturday morning? If so book it", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        title_of("Task, call the bank so I can pay rent by Friday"),
        "call the bank so I can pay rent"
    );
    // A second reading of round 149's rules: "at one by the station", a move "instead" one wanted,
    // "push outwards to Friday", a title naming someone, a dash after "Next steps:", a name before
    // "mostly" and "regret" keep their readings.
    assert_eq!(
        p("lunch with Bo at one by the station on Friday")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(13, 0)))
    );
    for (text, kind) in [
        ("Ana wanted the call on Friday instead", "reschedule"),
        ("push outwards to Friday my call with Bo", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    for (text, names) in [
        ("Title: Ana. Book it for Monday at 10", vec!["Ana"]),
        ("Next steps: Bo - set up a call friday at 3 to follow up on", vec!["Bo"]),
        (
            "Ana, mostly free after 3 on Thursday, book 30 min with her",
            vec!["Ana"],
        ),
        (
            "Bo, regret I missed the call, find 30 min with him tomorrow",
            vec!["Bo"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    // Round 150's rules: a family met, a letter in a list, "then" before a name, a push asked for,
    // the switch of a meeting and a bound "later than" keep their readings.
    assert_eq!(
        names_of("dinner with the Okafor family on Friday at 7"),
        vec!["Okafor family"]
    );
    assert_eq!(names_of("Then, Ana and I need 30 min on Monday"), vec!["Ana"]);
    for (text, kind) in [
        ("can you push the sync with Bo to Friday", "reschedule"),
        ("switch the 3pm with Bo to Thursday", "reschedule"),
        ("book dinner with Bo on Friday, it has to be later than 7", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // A second reading of round 150's rules: a note headed by an initial, a label quoted, a
    // family's home, a meeting "pushed", "make the switch", time to wipe out a chore, what success
    // looks like, and a booking that needs to be later keep their readings.
    for (text, names) in [
        ("J - Jonas needs an hour with me tomorrow", vec!["Jonas"]),
        ("add a block marked \"Ana 1:1\" Monday at 10", vec!["Ana"]),
        (
            "lunch with the Okafor family home on Sunday at 1",
            vec!["Okafor family"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        ("Please get the 3pm pushed.", "reschedule"),
        ("Make the switch to Friday for the sync with Bo", "reschedule"),
        ("Block 2 hours Saturday to wipe out all the weeds", "book"),
        (
            "Schedule a call with Bo to discuss what success looks like, Tuesday at 3",
            "book",
        ),
        ("Book the vet for Saturday, it needs to be earlier, 9am", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // Round 151's rules: a note for the assistant with its day, a tax office met, a chat's
    // "Ana?", "WITH" in a shouted request with a day, and "clear out" a garage keep their readings.
    assert_eq!(
        kind_name(&p("Reminder for my assistant: call the bank on Monday at 10").kind),
        "task"
    );
    assert_eq!(names_of("LUNCH WITH ANA ON FRIDAY AT NOON"), vec!["ANA"]);
    assert_eq!(kind_name(&p("clear out the garage on Saturday").kind), "clarify");
    // A second reading of round 151's rules: a chat after a few headings, a shouted call, a
    // surname asked about, a team watching, a zone in capitals after an hour, a reminder added, a
    // booking put through, and time cleared out keep their readings.
    for (text, names) in [
        (
            "Status update: on track. Next step: sync. Bo: please find 30 min with me tomorrow.",
            vec!["Bo"],
        ),
        ("CALL WITH ANA", vec!["ANA"]),
        ("Who's free Friday? Applegate?", vec!["Applegate"]),
        (
            "book a room for Friday at 2 while the rest of the team watches Ana present",
            vec!["rest of the team", "Ana"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert!(p("find time with Bo at 3pm EASTERN TOMORROW").zone.is_some());
    for (text, kind) in [
        ("Add a reminder, for my assistant: renew the parking permit", "task"),
        ("put through a booking for the room Friday at 2", "book"),
        ("clear out 2 hours on Friday for deep work", "find"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // Round 152's rules: a name after "me and", pushing a meeting, holding a slot and taking out
    // the bins keep their readings.
    assert_eq!(names_of("lunch with me and ahmed on Friday at 1"), vec!["ahmed"]);
    for (text, kind) in [
        ("can you push the sync with Bo to Friday", "reschedule"),
        ("I'd like to hold Tuesday at 10 for a call with Bo", "book"),
        ("take out the bins on Monday", "clarify"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // A second reading of round 152's rules: one covering for the assistant, a firm called Clue,
    // a name ending in -ed after "and", a car service pushed, a slot hard to hold, the earliest
    // one can do and someone taken out keep their readings.
    for (text, names) in [
        (
            "Bo, covering for my assistant while she's away, needs a call with me Monday at 11.",
            vec!["Bo"],
        ),
        (
            "book time with Clue Health sales on Wednesday at 11",
            vec!["Clue Health"],
        ),
        ("book a call with ana and jared, tuesday at 3", vec!["ana", "jared"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        ("I'm pushing the car service to Friday.", "reschedule"),
        ("Would it be hard to hold Thursday at 10 for Ana?", "book"),
        ("the earliest I can do is 3pm Friday, book the call with Bo", "book"),
        ("take out my 10am, move it to Friday at 10", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // Round 153's rules: a meeting with an office, "instead" asked with a day, a task titled after
    // "titled", and a street met on keep their readings.
    assert_eq!(
        names_of("book a call with the housing office on Monday at 10"),
        vec!["housing office"]
    );
    assert_eq!(
        kind_name(&p("Don't do Monday; instead, do Tuesday at 3 with Bo").kind),
        "reschedule"
    );
    assert_eq!(
        title_of("Add a task titled 'Call the bank' for Friday"),
        "Call the bank"
    );
    // A second reading of round 153's rules: people named like streets, "Or" as a name, a team
    // introduced by "it's", a move "instead" after lunch, and a task's working title keep their
    // readings.
    for (text, names) in [
        ("meet Sarah Lane tomorrow at 11", vec!["Sarah Lane"]),
        ("meeting with Or Cohen tomorrow at 3", vec!["Or Cohen"]),
        (
            "it's the design team again, book them for Friday at 2",
            vec!["design team"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(
        kind_name(&p("The sync clashes with lunch. Instead, have the sync after lunch").kind),
        "reschedule"
    );
    assert_eq!(
        title_of("add a task with working title 'Budget draft' for Friday"),
        "Budget draft"
    );
    // Round 154's rules stop short of someone addressed before a revised plan, a group whose name
    // ends in an animal's, a lowercase name before "for", drinks of welcome, a team told to drop a
    // meeting, and a meeting moved by an arrow after its day.
    for (text, names) in [
        ("Ana, revised plans attached. Can we meet Monday at 10?", vec!["Ana"]),
        (
            "meeting with the cat rescue volunteers on Monday at 10",
            vec!["cat rescue volunteers"],
        ),
        ("lunch with ana for an hour on Monday", vec!["ana"]),
        ("Welcome drinks with Ana on Friday at 6", vec!["Ana"]),
        ("lunch with the Bulldogs on Monday at 1", vec!["Bulldogs"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(kind_name(&p("tell the team drop the 3pm").kind), "cancel");
    assert_eq!(
        kind_name(&p("standup monday 9:30 -> tuesday same time").kind),
        "reschedule"
    );
    // A second reading of round 154's rules: a name before a salon's or a gym's part of the body,
    // someone addressed before "updated:", a name after a sentence on the roads' visibility, teams
    // and parties named after animals, "drop" after a part of the day or "each", a role of welcome,
    // and an arrow to no day keep their readings.
    for (text, names) in [
        ("book in with jess for hair saturday 10am", vec!["jess"]),
        ("session with jake for legs on thursday 6pm", vec!["jake"]),
        (
            "Jonas, updated: can we meet thursday 1pm instead of wednesday?",
            vec!["Jonas"],
        ),
        (
            "Visibility poor on the A1 this morning. Ana, can we push our 10am to 11?",
            vec!["Ana"],
        ),
        ("footy training with the swans tuesday 6pm", vec!["swans"]),
        ("brunch with the girls and the hens sunday 11", vec!["girls", "hens"]),
        (
            "30 min with the welcome coordinator friday at 10",
            vec!["welcome coordinator"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for text in [
        "in the morning drop the standup, I'm at the dentist",
        "you can each drop the 4pm, I'll cover it",
    ] {
        assert_eq!(kind_name(&p(text).kind), "cancel", "{text}");
    }
    assert_eq!(kind_name(&p("today's call with Ben → 3 action items").kind), "find");
    // A second reading of round 155's rules: a surname in -ing after "me and", one side of a chat,
    // a secret kept "between me and" someone, someone one gets on with and then invites, someone
    // one parted with, a booking that wonders "where it could squeeze in", a clause opening with
    // "nobody" before a booking, withdrawing quietly, a meeting moved "instead of noon", and a
    // meeting brought "forward a week" keep their readings.
    for (text, names) in [
        ("book lunch for me and fleming on friday at 1", vec!["fleming"]),
        (
            "Tom: are you free Tuesday? Tom: need 30 min. Tom: it's about the budget. Book it please.",
            vec!["Tom"],
        ),
        (
            "keep this between me and lea that I'm leaving, but book a 1:1 with my manager on friday at 4",
            vec!["manager"],
        ),
        (
            "He gets on well with priyanka, so invite her to Tuesday's lunch with Tom too.",
            vec!["priyanka", "Tom"],
        ),
        (
            "I parted with jonas on good terms; book a farewell lunch with him on friday at 12.",
            vec!["jonas"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        (
            "Book a 1:1 with Tom on Thursday at 3, he asked where it could squeeze in.",
            "book",
        ),
        (
            "nobody has booked the room yet can you book it for monday at 10",
            "book",
        ),
        ("Withdraw quietly from tomorrow's 10am standup.", "cancel"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        moved_of("Move the call with Ana to 4 instead of noon.").and_then(|m| m.time),
        Some(hm(12, 0))
    );
    assert!(p("Move Monday's 3pm forward a week.").window.is_none());
    // A second reading of round 156's rules: people listed after what was done with them, a name
    // in -s after "with" in a request, names in -ed after a label, "Item on" someone, a chat's
    // "can only", a name after "whoever is around", "fit … in the morning", "nothing on Friday",
    // "only scrap", "its legal team" and "those folks from marketing" keep their readings.
    for (text, names) in [
        (
            "Candidates shortlisted: Priya Nair, Tom Berg. Find 45 min with both next week.",
            vec!["Priya Nair", "Tom Berg"],
        ),
        ("book a lesson with thomas.", vec!["thomas"]),
        ("set up a call, with thomas, how about tuesday at 3?", vec!["thomas"]),
        ("Who: Jared. When: Friday 2pm. Where: room 4.", vec!["Jared"]),
        ("Item on Hannah: 1:1 with her Friday at 9, please book.", vec!["Hannah"]),
        (
            "Meeting request. Main topic: budget. Preferred length: one hour. Preferred room: big one. Priya: can \
             only do Tuesday. Tom: can only do mornings. Find a slot for both next week.",
            vec!["Priya", "Tom"],
        ),
        (
            "Lunch Friday at 1 with whoever is around. Summers, please come along.",
            vec!["Summers"],
        ),
        (
            "set up a call with Acme and its legal team on Monday at 10",
            vec!["Acme", "its legal team"],
        ),
        (
            "can you find time with those folks from marketing next week",
            vec!["those folks"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        ("Can you fit a call with Ana in the morning on Tuesday?", "book"),
        ("Do I have nothing on Friday afternoon?", "describe"),
        ("invite nobody but Ana to the 1:1 on Monday at 2", "book"),
        ("Only scrap the 3pm on Friday, keep the rest.", "cancel"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // A second reading of round 157's rules: a surname written to, the name Mine, a group just
    // formed, a name in -s with a meeting "in it", a surname Abt, "that is me done", a boxes'
    // aside before a meeting, a meeting request put out, "anything works for me" and a question of
    // what a block at 9 a.m. means keep their readings.
    for (text, names) in [
        ("Dear Chambers, can we meet Monday at 10?", vec!["Chambers"]),
        ("Lunch with Mine on Friday at 1", vec!["Mine"]),
        (
            "book a call with the just formed data team on Monday",
            vec!["just formed data team"],
        ),
        ("schedule a meeting with nicolas in it on Monday at 3", vec!["nicolas"]),
        ("book a call with Mr Abt on Monday at 2", vec!["Mr Abt"]),
        (
            "Thanks Ben, that is me done for today, book a call with Ben on Monday at 10",
            vec!["Ben"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        (
            "Take the boxes, already packed, off the truck then meet Ana Monday at 10.",
            "find",
        ),
        ("put out a meeting request for Ana on Monday at 10", "book"),
        ("Find a time for lunch, anything works for me.", "find"),
        ("what does the 9 a.m. block mean", "clarify"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // A second reading of round 158's rules: a meeting "with" lowercase names before a colon and
    // its day, a quoted title after an acronym, "it is down to me to submit it", a surname that
    // "should be sent" something, and a complaint forwarded to a team keep their readings.
    for (text, names) in [
        ("Dinner with charles and anna: Saturday 7pm", vec!["charles", "anna"]),
        ("Lunch with james: Friday at 1?", vec!["james"]),
        (
            "Phillips should be sent the brief before our call on Tuesday at 2; book the call",
            vec!["Phillips"],
        ),
        (
            "COMPLAINT about the noise, forward to the facilities team and set up a call with them Friday at 11",
            vec!["facilities team"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(
        title_of("Remind me to send the HR 'NEW STARTER PACK' by Friday"),
        "NEW STARTER PACK"
    );
    assert_eq!(
        title_of("The expense report — it is down to me to submit it by Friday. Add a task."),
        "expense report"
    );
    // A second reading of round 159's rules: people after a colon "if available", people hailed
    // one by one with how things stand, "let her slide the sync", "Sat through Sunday" and the
    // council a department belongs to keep their readings.
    for (text, names) in [
        (
            "invite: ana, bo and chen if available, Monday at 10",
            vec!["ana", "bo", "chen"],
        ),
        (
            "Ana, lunch ok. Bo, coffee fine. Chen, dinner maybe. Find a slot next week.",
            vec!["Ana", "Bo", "Chen"],
        ),
        (
            "Call with the planning department of the city council tomorrow at 3",
            vec!["city council"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(
        kind_name(&p("Let her slide the sync to Thursday at 3").kind),
        "reschedule"
    );
    assert_eq!(
        p("Book the room for Sat through Sunday")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 29)))
    );
    // A second reading of round 160's rules: a surname that is also a common noun, an
    // appointment put in for a day, a slot held in pencil for a meeting, a meeting moved by others
    // to a new time, a taxi that will meet us, a team at whose request a call is booked and a
    // surname "Scope" keep their readings.
    for (text, names) in [
        (
            "Coffee with Jane Park on Friday at 10, then a walk in the park",
            vec!["Jane Park"],
        ),
        ("Put in the appointment to see Dr. Li Friday at 10", vec!["Dr. Li"]),
        (
            "ok - taxi will meet us at 7 on Friday, book dinner with Ana at 8",
            vec!["Ana"],
        ),
        (
            "at the request of the finance team, book a call with them Friday at 10",
            vec!["finance team"],
        ),
        ("Meeting with Kevin Scope on Monday at 10", vec!["Kevin Scope"]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        ("Put in the appointment to see Dr. Li Friday at 10", "book"),
        ("Mark Thursday 3pm in pencil for the team sync", "book"),
        (
            "Standup moved by leads to 10am Monday, update the calendar",
            "reschedule",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // A second reading of round 161's rules: a booking "unless I have any plans", a cancellation
    // one must not forget, "Let's slip the standup", people told to see each other, a firm named
    // Directions, a team in capitals set up by me, a team whose name holds a modal, and a name
    // one left with keep their readings.
    for (text, names) in [
        (
            "Ana, see Ben about the slides. Carl, see Dana about the room. Then book us all on Monday at 10.",
            vec!["Ana", "Ben", "Carl", "Dana"],
        ),
        ("Meeting with Directions Ltd on Monday at 3", vec!["Directions Ltd"]),
        (
            "CALL WITH THE LEGAL TEAM THURSDAY 4PM - SET UP BY ME",
            vec!["LEGAL TEAM"],
        ),
        ("Book lunch with the Can Do team on Friday at noon", vec!["Can Do team"]),
        (
            "yesterday i left with francis. book a call with both of us on monday",
            vec!["francis"],
        ),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        ("Book dinner with Ana on Friday at 7 unless I have any plans", "book"),
        ("Don't forget to delete the Friday sync with Bob", "cancel"),
        ("Let's slip the standup to Thursday", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }

    // A second reading of rounds 162 and 163's rules: a person heading "only, not …", the one met
    // in a city, a pet and an office party booked, things that may suit someone, a weekday's every
    // meeting, a letter's line to one's assistant, minutes' own actions, meals and talks about
    // breakfast, a day open before a booking, things put on a day's agenda, notes sent on by an
    // arrow, and targets met keep their readings.
    for (text, names) in [
        (
            "Sarah only, not the whole team: 30 min catch-up Tuesday morning",
            vec!["Sarah"],
        ),
        ("Dana only, no agenda: coffee with her Thursday at 10am", vec!["Dana"]),
        (
            "Schedule 45 min at 2pm CET with the vendor in Paris",
            vec!["vendor in Paris"],
        ),
        (
            "Dear Tom, following our conversation at the conference I'd love to continue the \
             discussion about the partnership and the pilot. Please reply to my assistant. She'll \
             find a slot for us in the next two weeks.",
            vec!["Tom"],
        ),
        (
            "Minutes of the steering group, 3 November. Present: Ana, Tom, Lee. Note for my \
             assistant: book an hour with Bo on Monday at 10. Action: Ana to circulate the budget by \
             Friday. Action: Tom to update the risk register by Wednesday.",
            vec!["Bo"],
        ),
        ("Need to meet the minimum order by Friday", vec![]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    for (text, kind) in [
        ("Need to book Luna in for her jabs next week", "task"),
        ("must book the office christmas party venue by the 10th", "task"),
        ("Does the 2nd draft work for Bo?", "clarify"),
        ("Check if this approach works for Jonas before Friday", "task"),
        ("Is Wednesday open? If so book 1h with Ana", "book"),
        (
            "My 10am with Bo raised the budget - put it on Monday's agenda",
            "describe",
        ),
        ("tomorrow's 2pm recap -> Monday's newsletter", "clarify"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // The series over December, not the next Monday alone.
    assert_eq!(
        moved_or_cancelled("Cancel mondays 8am gym for December").and_then(|m| m.date),
        Some(ymd(2026, 12, 1))
    );
    assert_eq!(
        moved_or_cancelled("Cancel breakfast, 5:30 drinks with Tom instead").and_then(|m| m.time),
        Some(hm(17, 30))
    );
    assert_eq!(
        p("Call with Ana at 4 about the breakfast event next week")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(16, 0)))
    );
    // A second reading of round 164's rules: a meeting asked whether it can move "or" stay, a
    // note's arrow to what comes next, an airline's check-in, a check-in "for" an event, a booking
    // after "but", and an assistant quoted keep their readings.
    for (text, kind) in [
        ("Can the review move or is Friday locked?", "reschedule"),
        (
            "Can our coffee move and be a call instead, same time Thursday?",
            "reschedule",
        ),
        ("Conference call with Ana on Monday → Tuesday follow-up with Bo", "find"),
        ("Check-in with Ryanair on Sunday → Monday morning flight", "find"),
        (
            "Pencil nothing in with Ana until she confirms, but book 1 hour with Bo on Tuesday",
            "book",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert!(names_of("Check-in for the conference opens at 8 on Wednesday, block 8 to 9").is_empty());
    assert_eq!(
        names_of(
            "Hey, Ana needs an hour with me on Thursday afternoon, please sort it out for us both. \
             Some background from the thread. My assistant who was cc'd wrote: Bo is off until the \
             10th. So Ana only, thanks, and sorry for the long message."
        ),
        vec!["Ana", "Bo"]
    );
    // A second reading of round 165's rules: a letter's sentences opening alike, and a group that
    // wants one somewhere and is met after, keep their readings.
    assert_eq!(
        names_of(
            "Hi Sam, I hope the trip went well. I wanted to follow up on the budget. I think we are \
             close. Note for my assistant: book an hour with Bo on Monday at 10. I also want Ana in \
             that meeting."
        ),
        vec!["Bo", "Ana"]
    );
    assert_eq!(
        names_of("the sales team needs me on site Tuesday, set up a kickoff with them at 10"),
        vec!["sales team"]
    );
    assert_eq!(
        names_of("the marketing team wants me to the launch on Friday, book an hour with them at 3"),
        vec!["marketing team"]
    );
    // A second reading of rounds 166 and 167's rules: a day off, a thing off, more asked after a
    // meeting that is off, "with" meeting no one, a network of wires, an hour of the clock before
    // "and half hour", "shes" and a move taken back keep their readings.
    for (text, kind) in [
        ("I work 9am to 5pm on Monday to Thursday; Friday is off", "clarify"),
        ("book lunch with Ana at 1pm on Friday, my phone is off", "book"),
        (
            "the 8pm dinner on Saturday is off, so book a table for Sunday instead",
            "reschedule",
        ),
        ("standup with the team Monday -> Tuesday? no, keep it", "find"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    for text in [
        "the problem with the weekly updates is the timing, move them to Fridays at 4",
        "having trouble with the office network, push my 2pm call to 3",
        "a walk with the dogs is what I need, block 30 minutes at noon",
    ] {
        assert!(names_of(text).is_empty(), "{text}");
    }
    assert_ne!(
        p("call Bo at 10 and half hour later call Ana").duration_minutes,
        Some(630)
    );
    assert_eq!(
        names_of("book a call with Priya when shes availble friday"),
        vec!["Priya"]
    );
    // A second reading of round 168's rules: a length after a day's ordinal, "past" said of
    // something else or ruled out, a move brought forward, a "next" opening another period,
    // "deadline" inside a title, a cost's "damage", a booking after "what is in my agenda", "the
    // usual" after what is named, questions "if they have any" keep their readings.
    assert_eq!(
        p("book the 3rd, 1h30 with Ana for the budget review").duration_minutes,
        Some(90)
    );
    assert_eq!(
        p("find 30 minutes with Bo on Tuesday, nothing past 6pm")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Before(hm(18, 0)))
    );
    assert_eq!(
        p("in the past 2pm slots have worked, so book Ana on Tuesday at 2pm")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(14, 0)))
    );
    assert_eq!(
        p("bring the Dec 22 review forward to the 5th").window.map(|w| w.start),
        Some(ymd(2026, 12, 5))
    );
    assert_ne!(
        p("book the cabin for the weekend after next month's wedding")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 12))
    );
    assert_eq!(
        title_of("remind me to extend the deadline on Friday"),
        "extend the deadline"
    );
    assert_eq!(title_of("todo: check the grant deadline"), "check the grant deadline");
    for (text, kind) in [
        (
            "what's the damage on the car, can you book the garage for Monday",
            "book",
        ),
        ("what is in my agenda? add the dentist on Friday at 3 to it", "book"),
        ("find time for lunch, the usual, please", "find"),
        ("book a call with Bo on Tuesday at 3 if he has any questions", "book"),
        ("set up lunch with Jo on Friday at 1 if she's any better", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    // A second reading of round 169's rules: someone greeted who is to be met, a length written
    // as a French hour, an hour in another clause after a weekday and a number, "option to", a
    // zoo or a printer, a day and a person before "anything?", trying with a booking asked, "for a
    // week from", a court free, "weeknight" as a kind of thing, a floor held on, a length's
    // "ten-fifteen", deliverables got in keep their readings.
    for (text, names) in [
        ("Hi Ana, are you free Thursday for a coffee?", vec!["Ana"]),
        ("Hi Marco, pencil in dinner with me on Friday at 8?", vec!["Marco"]),
        ("Hey Ana, block 2 hours for me and Ana on Friday morning.", vec!["Ana"]),
        ("is tennis court free on Saturday morning?", vec![]),
    ] {
        assert_eq!(names_of(text), names, "{text}");
    }
    assert_eq!(
        p("The drive is 10h30 so block all of Sunday for the trip").duration_minutes,
        Some(630)
    );
    assert_eq!(
        p("Can we do Wednesday 9, or if not Thursday at 10?")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 2))
    );
    for (text, kind) in [
        ("Book the meeting room with the option to extend", "book"),
        ("Is the zoo open on Saturday? If so book 3 hours with the kids", "book"),
        ("Tomorrow I need an hour with Bo for the budget, anything?", "find"),
        (
            "I'm trying to schedule a call with Ana on Tuesday at 3pm, can you book it?",
            "book",
        ),
        ("Book weeknight yoga class Tuesday at 6pm", "book"),
        ("Get the invoice in for Monday", "clarify"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        p("I'll be away for a week from Monday, block my calendar")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 11, 30))
    );
    assert_eq!(
        p("Find 30 min with Ana Monday, not past 5:30pm")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Before(hm(17, 30)))
    );
    // A second reading of round 170's rules: "and half an hour", "5 sharp questions", four digits
    // before a unit or a street, "BK" a name, "take it away from the flat", "what is on your
    // mind", others fitting "in the car", a group met with whose meeting "could change
    // everything", "as a task to …", "won't keep the time", a day after "since", "weekdays, 3
    // times a week", "her suggestions", "a ten-thirty meeting", "Lunch is 12h30", the plumber got
    // in, "trying to set a time", "with me and Bo" keep their readings.
    let time = |text: &str| p(text).window.and_then(|w| w.time);
    assert_eq!(
        time("Book a run tomorrow at 7 and half an hour of stretching after."),
        Some(TimeOfDay::At(hm(19, 0)))
    );
    assert_eq!(
        time("There were 5 sharp questions from the board; book 45 minutes with Dana on Monday to answer them."),
        None
    );
    assert_eq!(
        time("Tickets are at 2000 yen each; book the museum trip on Sunday at 1."),
        Some(TimeOfDay::At(hm(13, 0)))
    );
    assert_eq!(
        time("Book a ten-thirty meeting with Lee on Friday."),
        Some(TimeOfDay::At(hm(10, 30)))
    );
    assert_eq!(
        time("Lunch is 12h30 on Friday with Ana, book it."),
        Some(TimeOfDay::At(hm(12, 30)))
    );
    assert_eq!(
        names_of("BK Tree Care is coming Tuesday morning, block 8 to 12."),
        vec!["BK Tree Care"]
    );
    for (text, kind) in [
        (
            "The movers will take it away from the flat on Saturday morning, block 8 to 12 for me.",
            "book",
        ),
        (
            "What is on your mind? Book a call with me and Bo tomorrow at 10 to discuss.",
            "book",
        ),
        ("can they fit in the car with me?", "clarify"),
        ("Get the plumber in on Tuesday morning.", "book"),
        ("I'm trying to set a time with Bo for next week.", "find"),
        ("Call with the architect Monday at 10 about her suggestions.", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        names_of("A meeting with the investors could change everything; book 2 hours on Monday to prepare."),
        Vec::<String>::new()
    );
    assert_eq!(
        names_of("Hi Ana, can you set up a call with me and Bo on Monday?"),
        vec!["Bo"]
    );
    assert_eq!(
        title_of("Add it to my to-do list as a task to ring the landlord by Friday."),
        "ring the landlord"
    );
    assert!(
        p("Move the 10am with Ana to Friday; we won't keep the time, she's in New York.")
            .window
            .is_some_and(|w| w.time.is_none())
    );
    assert!(
        !p("Move the 3pm to Thursday since on Tuesday won't work for me.")
            .avoid
            .is_empty()
    );
    assert!(matches!(
        p("weekdays, 3 times a week, gym at 6pm").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::PerWeek(3)),
            ..
        }
    ));
    // A second reading of round 171's rules: four digits before a zone, "sharp" before "with",
    // "bk" inside a request, "take it away from the calendar", "what is on" the schedule, a
    // retro squeezed in, "won't happen", "Weekdays, 7am", a tradesman's report, someone greeted
    // and invited with another, weekdays ruled out before an "on" list, "by week 49", "if I have
    // any questions" keep their readings.
    assert_eq!(
        time("Set up a call at 1430 CET tomorrow with Bo."),
        Some(TimeOfDay::At(hm(14, 30)))
    );
    assert_eq!(time("Monday 9 sharp with Bo, 30 min."), Some(TimeOfDay::At(hm(9, 0))));
    for (text, kind) in [
        ("can u bk a call with Ana on Mon at 2pm", "book"),
        (
            "The dentist on Tuesday: please take it away from the calendar.",
            "cancel",
        ),
        ("What is on the schedule for Monday?", "describe"),
        ("Can the team squeeze in the retro with us this week?", "find"),
        ("Get the engineer's report in for Monday.", "clarify"),
        (
            "Book a call with Ana on Monday at 3pm; I'll ask if I have any questions.",
            "book",
        ),
        ("Update the board once by week 49 with the numbers.", "clarify"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        names_of("The call with the board won't happen today; move it to Monday."),
        vec!["board"]
    );
    assert_eq!(names_of("Hi Ana, lunch with me and Bo on Friday?"), vec!["Ana", "Bo"]);
    assert!(matches!(
        p("Weekdays, 7am, gym.").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Weekdays),
            ..
        }
    ));
    assert!(matches!(
        p("Mon & Wed evenings are taken, so add yoga as a habit on Tuesday and Thursday mornings.").kind,
        IntentKind::AddHabit {
            part: Some(PartOfDay::Morning),
            ..
        }
    ));
    // A second reading of round 172's rules: "and a quarter mile", a street's number, "sharp and
    // blunt", "the calendar team", what is on at the cinema, "Weekdays, 9am to 5pm I'm in the
    // office", weekdays opening a habit with no comma, a third party's wish after a greeting,
    // "whether I have any meeting" keep their readings.
    assert_eq!(
        time("Book a run at 7 and a quarter mile loop tomorrow"),
        Some(TimeOfDay::At(hm(19, 0)))
    );
    assert_eq!(
        time("Meet at 2000 main st on Saturday at 11"),
        Some(TimeOfDay::At(hm(11, 0)))
    );
    assert_eq!(
        title_of("I need 3 sharp and 2 blunt blades by Friday"),
        "3 sharp and 2 blunt blades"
    );
    for (text, kind) in [
        (
            "Take it away from the calendar team and give it to Bo, the Monday review",
            "clarify",
        ),
        ("What is on at the cinema on Saturday?", "clarify"),
        ("Check whether I have any meeting on Wednesday", "describe"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert!(matches!(
        p("Tues & Thurs evenings bouldering for 50 min").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::PerWeek(2)),
            ..
        }
    ));
    assert!(!matches!(
        p("Weekdays, 9am to 5pm I'm in the office, so book gym Tuesday at 6pm").kind,
        IntentKind::AddHabit { .. }
    ));
    assert_eq!(
        names_of("Hey Sam, Bo wants a call with me and Lee on Monday"),
        vec!["Bo", "Lee"]
    );
    // Round 173's: "lock" before a thing, "PM" as a post, a question about days, a day's things,
    // a day out in a move, "I need it for" a day's thing, an arrow in a stay, "same day" denied,
    // whom something went to, a group met after "find out how", "remind me, …", a term, "on
    // the first at the latest", an evening "6h30", and a task before "check when".
    for (text, kind) in [
        ("lock Friday's rota so nobody can edit it", "clarify"),
        ("what's left in the term before Christmas?", "describe"),
        (
            "The call with the bank on Tuesday, I need it for Thursday's board paper, so book me an hour Wednesday to write it up",
            "book",
        ),
        ("hotel with Bo: check in mon 7th 15:00 → wed 9th check out", "find"),
        (
            "Write the report by Friday and check when Bo is available to review it",
            "task",
        ),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        p("find 45 minutes with Priya on Wednesday. Signed, Leo, PM")
            .window
            .and_then(|w| w.time),
        None
    );
    for text in [
        "Which Fridays are unavailable in December?",
        "Tuesday's full agenda is attached; book an hour with Bo on Tuesday to go through it",
        "Friday's off to a bad start; find me an hour with Kai on Friday afternoon anyway",
    ] {
        assert!(p(text).avoid.is_empty(), "{text}");
    }
    assert_eq!(
        moved_of("Move the standup - Monday's out, Tuesday at 9 works").and_then(|m| m.date),
        Some(ymd(2026, 11, 30))
    );
    assert_eq!(
        p("move Thursday's call with Ana to the following week, any day but the same day")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 13)))
    );
    assert_eq!(
        names_of("That was meant to go to the marketing team; find a slot with them Thursday afternoon to explain."),
        vec!["marketing team"]
    );
    assert_eq!(
        names_of("find out how the sales team wants to meet and book them an hour Thursday"),
        vec!["sales team"]
    );
    assert!(names_of("remind me, Bo and Ana are off on Friday, so don't book anything with them").is_empty());
    assert!(
        p("I'll decide on the first at the latest whether to book the trip with Bo")
            .window
            .is_none()
    );
    assert_eq!(
        p("drinks with Bo on Friday at 6h30 after work")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(18, 30)))
    );
    // Round 174's: "Morning Swim," an event, "Kairos" someone of that name, the plumber met with
    // Ana, "the nine to eleven" a meeting and its new hour, "tonight's rubbish", a search after
    // "busy all morning,", a meeting cancelled before another moves, "the fifth can", and
    // "Calendar matters:" a document's own line.
    assert!(matches!(
        p("Morning Swim, every weekday, 45 minutes please").kind,
        IntentKind::AddHabit {
            part: Some(PartOfDay::Morning),
            ..
        }
    ));
    assert_eq!(names_of("lunch with Kairos on Friday at 1"), vec!["Kairos"]);
    assert_eq!(
        names_of("book the plumber with Ana to let him in on Tuesday morning"),
        vec!["plumber", "Ana"]
    );
    assert_eq!(moved_of("push the nine to eleven").and_then(|m| m.time), None);
    for (text, kind) in [
        ("take out tonight's rubbish", "clarify"),
        ("busy all morning, can you find me a slot after lunch?", "find"),
        ("the 3pm got cancelled, can you move the 4pm into its slot", "cancel"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    assert_eq!(
        title_of("pick up the fifth can of paint from the shop on Saturday"),
        "pick up the fifth can of paint from the shop"
    );
    assert_eq!(
        p(
            "Thanks for coming to the open day. Calendar matters: the spring fair is on Saturday 20 March and \
           the summer fete on Saturday 19 June, both from 11am. Please tell your friends and neighbours \
           about them.\nNote for my assistant: book a call with Mrs Lund on Monday at 4."
        )
        .window
        .map(|w| (w.start, w.time)),
        Some((ymd(2026, 11, 30), Some(TimeOfDay::At(hm(16, 0)))))
    );
    // Round 175's: a numeric date whose two readings are both months off, a command to clear a
    // day put as a question, "not the morning type", a time searched for then booked, someone
    // working in the garden, a date ruled out beside a stay next week, "for the calendar
    // committee", and brackets closed before the colon.
    assert!(!p("thu 1/7 team offsite, book the whole day").issues.is_empty());
    assert_eq!(kind_name(&p("Will you clear Friday for me?").kind), "cancel");
    assert!(
        p("I'm not the morning type, so book the run with Kai on Saturday at 10")
            .avoid
            .is_empty()
    );
    assert!(matches!(
        p("When can we fit in the team photo? book it for Tuesday at 3").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(names_of("Tom's working in the garden all day, so book me a haircut tomorrow at 3").is_empty());
    assert_eq!(
        p("my sister Ingrid is in town next week, find us lunch, not the 2nd")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), ymd(2026, 12, 6)))
    );
    assert_eq!(
        names_of(
            "NEWSLETTER DRAFT, DECEMBER. Not part of the plan, but for the calendar committee: the advent fair \
             moves to Saturday 12 December and the nativity to Sunday 20th, with Mrs Patel running the raffle. \
             Members should bring a bottle for the tombola. Note for my assistant: book an hour with Bo on \
             Monday at 10."
        ),
        vec!["Bo"]
    );
    assert!(
        names_of(
            "[Diary - week 49]: Mon: staff meeting with Mr Grant (hall). Tue: reading group with Mrs Lowe. Fri: \
             carols in the hall. Book an hour with Bo on Friday at 3."
        )
        .contains(&"Bo".to_owned())
    );
    // Round 176's: "for the diary and nobody else writes in it", "can't make 40 mins", "nightly"
    // in a booking, how full a town is, what a budget is shaping up like, "outline my talk", "not
    // on a Friday shift", "a no from Ana".
    assert_eq!(
        names_of(
            "Choir handbook, written by me for the new members. The rota is kept by Sue for the diary and nobody \
             else writes in it: Mondays tenors, Tuesdays altos. Robes must be returned after each concert. (Note \
             to my assistant: find an hour with Sue next week.)"
        ),
        vec!["Sue"]
    );
    for (text, kind) in [
        (
            "I can't make 40 mins, anytime Friday is ok for a 20 min call with Jo",
            "find",
        ),
        (
            "Set up 1h with Ana on Monday to talk about why the tests fail nightly",
            "book",
        ),
        ("How rammed is Friday night in town usually", "clarify"),
        (
            "What's the budget shaping up like? Find 30 min with Ana on Monday to go through it.",
            "find",
        ),
        ("Block 1h Friday to outline my novel", "book"),
    ] {
        assert_eq!(kind_name(&p(text).kind), kind, "{text}");
    }
    for text in [
        "I'm not on a Thursday rota anymore, find an hour with Ravi on Thursday",
        "Tuesday is a no from Ana but Ben said yes - book Ben for Tuesday at 2pm",
    ] {
        assert!(p(text).avoid.is_empty(), "{text}");
    }
    // Round 177's rules stop where they should: "by the EOD" is still a deadline; "fix" a room
    // booking or a clash mends it; things on sale or in a box are no calendar; an activity that
    // overlaps something is no one, nor "music now"; a count a week said in complaint or as a
    // limit is no habit; "not the next day" and a month after "of" keep their readings.
    assert!(matches!(
        p("Finish the slides until the EOD").kind,
        IntentKind::AddTask { due: Some(d), .. } if d == ymd(2026, 11, 27)
    ));
    for text in [
        "Can you fix a meeting room booking for Tuesday? It shows the wrong room",
        "Please fix an appointment clash on Thursday between the dentist and the standup",
        "What things are on sale on Black Friday?",
        "What things are in the box for Monday's class?",
        "any stuff on sale on Friday?",
        "two interviews a week, max.",
    ] {
        assert_eq!(kind_name(&p(text).kind), "clarify", "{text}");
    }
    for text in [
        "Gym overlaps with the school run on Monday, move gym to the evening",
        "Start a focus block with music now for an hour",
    ] {
        assert!(names_of(text).is_empty(), "{text}");
    }
    assert!(matches!(
        p("Three calls a week? Way too many. Cancel Friday's call with Bo").kind,
        IntentKind::Cancel { .. }
    ));
    for (text, start, end) in [
        (
            "move Tuesday's 9am with Ana to 3pm, not the next day",
            ymd(2026, 12, 1),
            ymd(2026, 12, 1),
        ),
        (
            "Push Monday's 10am with Bo to 2pm - the next day is fully booked",
            ymd(2026, 11, 30),
            ymd(2026, 11, 30),
        ),
        (
            "Move the Dec 3 sync with Ana to the week of the 11th of January",
            ymd(2027, 1, 11),
            ymd(2027, 1, 17),
        ),
    ] {
        assert_eq!(p(text).window.map(|w| (w.start, w.end)), Some((start, end)), "{text}");
    }
    // And the older misses read on the way stop where they should: a day ruled out with its
    // weekday in brackets is not read as the one day wanted; "same as last time" before a request
    // asks it; a group's clock spoken of keeps its zone in a move; the asker stuck somewhere keeps
    // its clock; a place held up is no one; "keep to" holds to something.
    assert_ne!(
        p("any day but Dec 15 (Tue) for the offsite with the design team")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 15), ymd(2026, 12, 15)))
    );
    assert_eq!(kind_name(&p("same as last time, find time for lunch").kind), "find");
    assert!(p("move my call with the Tokyo team to 9am their time").zone.is_some());
    assert!(
        p("I'm stuck in Tokyo until Tuesday, find an hour with Ana at 9am")
            .zone
            .is_some()
    );
    assert!(names_of("Berlin's stuck in snow, cancel Friday's offsite").is_empty());
    assert_eq!(title_of("every day keep to one coffee"), "keep to one coffee");
    // A day ruled out in the following week narrows it to no day.
    assert_eq!(
        p("push Monday's 3pm with Ana to the following week, not Monday")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 7), ymd(2026, 12, 13)))
    );
    // Round 178's rules stop where they should: a thing "back in full swing" is no one; "Fre" is
    // still a name; "by 30 min earlier" stays earlier whatever "back" said before; a page's "<<
    // Back" link opens no note's brackets; a slot only proposed, or a message quoted after the
    // request, is no meeting moved; "moved a week of leave" moves nothing; days said of oneself
    // after "the following week" keep the week; an explicit day before "that week" stays.
    assert!(names_of("Work's back in full swing, block 2 hours on Monday morning for inbox triage").is_empty());
    assert!(matches!(
        p("lunch with Fre on Thursday at 12").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        p("I'm back in the office Monday - move Monday's 9am by 30 min earlier")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(8, 30)))
    );
    assert_eq!(
        names_of(
            "<< Back to patterns. TATTING EDGING PATTERN. Round 1: ch 5, r 3-3-3-3 cl. For my assistant, two \
             things: 1) find an hour with Bo on Monday 2) send him the pattern file. Round 2: ch 7, join to picot. \
             Round 3: r 5-5 cl, ch 3, repeat to end. Finish: hide the ends and block lightly."
        ),
        vec!["Bo"]
    );
    for text in [
        "We can't do the 2pm slot you proposed, can we do Monday for 45 minutes with Dana and Li?",
        "Hi Sam,\nI can't make the 3pm on Monday, can we do Tuesday?\nThanks, Ana\n\nBook 30 minutes with Ana next week",
    ] {
        assert_eq!(kind_name(&p(text).kind), "find", "{text}");
    }
    for (text, start, end) in [
        (
            "push the 10am on Thursday with Sara, I moved a week of leave",
            ymd(2026, 12, 3),
            ymd(2026, 12, 3),
        ),
        (
            "move my Dec 2 10:30 to the following week, I'm out Monday",
            ymd(2026, 12, 7),
            ymd(2026, 12, 13),
        ),
        (
            "move Thursday Dec 3's 4pm to the following week, Wednesday at the earliest",
            ymd(2026, 12, 7),
            ymd(2026, 12, 13),
        ),
        (
            "move dec 14 9:00 w/ Femi to Tuesday Dec 22, that week suits him better",
            ymd(2026, 12, 22),
            ymd(2026, 12, 22),
        ),
    ] {
        assert_eq!(p(text).window.map(|w| (w.start, w.end)), Some((start, end)), "{text}");
    }
    // Round 179's rules stop where they should: a thing "with" something, or wanted on another
    // day "too", is no meeting moved; "from 2h to 3h" is a length; "Ping me, Ana and Bo" and "for
    // me, I go Monday and Thursday" list no one to meet.
    for text in [
        "The report with the Q3 figures from Monday at 10h, I need it for Friday",
        "The room with Ana on Monday at 10h is booked, I need it on Tuesday too",
    ] {
        assert!(!matches!(p(text).kind, IntentKind::Reschedule { .. }), "{text}");
    }
    assert_eq!(
        p("I need a workshop slot next week, anything from 2h to 3h").duration_minutes,
        Some(120)
    );
    for text in [
        "Ping me, Ana and Bo about the launch on Monday at 9",
        "Add gym for me, I go Monday and Thursday at 7",
    ] {
        assert_eq!(kind_name(&p(text).kind), "clarify", "{text}");
    }
    // Round 180's rules stop where they should: one's own day said busy beside a booking rules
    // nothing out; a thing of a day or another day "also" moves nothing; how long a thing takes
    // "between 7h and 9h" is a length; running through the calendar while booking books; "a bunch
    // of Ana's friends" keeps Ana; "with bo remotely" is no full name; a line heading action
    // points done by the writer heads no note.
    assert!(
        p("Block Friday afternoon for focus, I'm not available on Friday afternoon for meetings")
            .avoid
            .is_empty()
    );
    for text in [
        "The review with Ana on Tuesday at 10, I want to put it on next week's agenda",
        "The meeting on Monday at 3, I want to put it on Tuesday also",
    ] {
        assert!(!matches!(p(text).kind, IntentKind::Reschedule { .. }), "{text}");
    }
    assert_eq!(
        p("The hike takes between 7h and 9h, block Saturday for it").duration_minutes,
        Some(420)
    );
    assert!(matches!(
        p("Can you run through my calendar and book an hour with Bo on Monday?").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("lunch with a bunch of Ana's friends on Saturday at 1"),
        vec!["Ana"]
    );
    assert!(names_of("Cancel Tue 11:00 with bo remotely").is_empty());
    assert!(!matches!(
        p(
            "Finished reading the minutes from the committee and I have the action points for my calendar: Ana to \
           circulate the budget by Friday, Bo to book the hall for 12 December. Nothing else came up that needs me \
           this month, thankfully."
        )
        .kind,
        IntentKind::AddTask { .. }
    ));
    // Round 181's rules stop where they should: a day ruled out in a sentence about something
    // else, or before "or" another, keeps nothing out; "the change to Friday deliveries" moves
    // nothing; a habit's month bound keeps it a habit; a meeting named only as a reason, or asked
    // about, is not the one started later; "the day before" said of something else moves nothing.
    assert!(
        p("Bins: out on a Tuesday night. Not on a Wednesday, please. Separately: find an hour with Bo next week.")
            .avoid
            .is_empty()
    );
    assert!(!matches!(
        p("The review with Bo on Monday at 2, we need to discuss the change to Friday deliveries").kind,
        IntentKind::Reschedule { .. }
    ));
    for text in [
        "Yoga on Monday mornings until March",
        "Meditation in the mornings, 10 minutes, from 1 Dec",
    ] {
        assert_eq!(kind_name(&p(text).kind), "habit", "{text}");
    }
    for text in [
        "Since Monday's 9am ran over, can Tuesday's standup start 10 min later?",
        "Does Monday's 2pm start 15 min later now?",
    ] {
        assert!(!matches!(p(text).kind, IntentKind::Reschedule { .. }), "{text}");
    }
    assert_eq!(
        p("Move Monday's 3pm with Ana to 4pm, and send her the agenda the day before.")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 11, 30))
    );
    // Round 182's: ", can you add it?" after a deadline is a task; someone going is no meeting
    // moved; product names, taken windows and job openings are no free time, nor openings the
    // asker will point out; a cancellation reported, or a plan ending at its comma, keeps the
    // meeting named; "the usual people" alone are asked about; one's own checking is no search.
    for text in [
        "Renew the passport by Friday at 5, can you add it?",
        "Submit the expense report by 5pm Thursday, can you add it?",
    ] {
        assert!(matches!(p(text).kind, IntentKind::AddTask { .. }), "{text}");
    }
    assert!(!matches!(
        p("after the 8:00 drop-off I can go to next week's planning session").kind,
        IntentKind::Reschedule { .. }
    ));
    for text in [
        "show me the Windows update schedule for next week",
        "show me the windows booked for cleaning on Monday",
        "show me the job openings on my calendar",
    ] {
        assert!(matches!(p(text).kind, IntentKind::Describe), "{text}");
    }
    assert!(matches!(
        p("I'll point out the openings to Bo, book 30 min with him Tuesday").kind,
        IntentKind::FindTime { book: true }
    ));
    for (text, time) in [
        (
            "Ana cancelled, I'll book something else - clear my Tuesday 2pm",
            hm(14, 0),
        ),
        (
            "Please cancel, I'll find another slot later, my Tuesday 10am with Ana",
            hm(10, 0),
        ),
    ] {
        assert_eq!(
            moved_or_cancelled(text).map(|m| (m.date, m.time)),
            Some((Some(ymd(2026, 12, 1)), Some(time))),
            "{text}"
        );
    }
    assert!(matches!(
        p("the usual people want Friday, book 1h").kind,
        IntentKind::Clarify
    ));
    assert!(!matches!(
        p("I'll check if Ana is free later, no need to do anything").kind,
        IntentKind::FindTime { .. }
    ));
    // Round 183's: seven and some minutes for an evening however said stays the evening's; an
    // office somewhere, or its staff, are met; a habit's dates in figures bound it.
    for text in [
        "Book a table for four at Luigi's on Saturday at 7:45",
        "Choir rehearsal Thursday at 7:30 for 2 hours",
        "Schedule a call with Ana at 7:30 once the kids are asleep on Thursday",
        "Book a yoga class with Ana after work on Monday at 7:30",
        "Thurs eve at 7:30 call with Bo",
    ] {
        let time = p(text).window.and_then(|w| w.time);
        assert!(
            matches!(time, Some(TimeOfDay::At(t)) if t.hour() == 19),
            "{text}: {time:?}"
        );
    }
    assert_eq!(
        names_of("Find me 20 minutes tomorrow so I can call the Berlin office"),
        vec!["Berlin office"]
    );
    assert_eq!(
        names_of("Set up a call: ring the front office staff Monday at 11"),
        vec!["front office"]
    );
    for text in [
        "Mornings Mon-Fri, 20 min stretching, 1/12 to 24/12",
        "Gym mornings Monday to Friday 45 min, 1/12 till 31/12",
    ] {
        assert!(matches!(p(text).kind, IntentKind::AddHabit { .. }), "{text}");
    }
    // Round 184's: ", and I need" after someone only mentioned, a conditional "if we do it a week
    // later", "not the usual time", a meeting's own usual slot, "her" whose a thing is, "What room
    // have I got", a booking in another sentence, a delivery that has to go, and someone away.
    for text in [
        "Emailed Ms. Patel, and I need to file the expenses before Friday",
        "Back from Paris, and I need two hours on Monday to write up the trip",
    ] {
        assert!(matches!(p(text).kind, IntentKind::AddTask { .. }), "{text}");
    }
    assert!(matches!(
        p("If we do it a week later we lose the venue, so book Tuesday at 10 with Ana").kind,
        IntentKind::FindTime { book: true }
    ));
    for text in [
        "Find 30 minutes with Bo, not the usual time",
        "What room have I got for a 90 minute workshop on Wednesday?",
        "How's my calendar looking on Tuesday from 10 to 12 for it? I'd like to book the room",
    ] {
        assert!(matches!(p(text).kind, IntentKind::FindTime { book: false }), "{text}");
    }
    assert!(matches!(
        p("move the standup back to the usual slot").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("book a car service, her brakes are squeaking").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(!matches!(
        p("Our 2pm delivery has to go into next week's order").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(names_of("Mum's on holiday, book me a haircut Saturday morning").is_empty());
    // Round 185's: "Dang" and "Darn" name people (and an interjection opening a request breaks
    // nothing); what is in the diary, with a booking or search besides, is that booking or search;
    // a slot ruled out is no slot asked about; a night across midnight keeps its end; "Reed" is
    // someone.
    assert_eq!(names_of("Dang can spare me 90 minutes on Monday"), vec!["Dang"]);
    assert_eq!(names_of("Dang, Ana and I need 1h Monday"), vec!["Dang", "Ana"]);
    assert!(p("Ugh can spare me 30 min tomorrow").participants.is_empty());
    for (text, booked) in [
        ("what's in the diary Tuesday? if nothing, book 1h with Ana", true),
        ("Check what's in the diary and find 1h with Ana next week", true),
        (
            "find 30 min with Bo, anything but the same time as the one with Ana",
            false,
        ),
    ] {
        assert!(
            matches!(p(text).kind, IntentKind::FindTime { book } if book == booked),
            "{text}"
        );
    }
    assert!(matches!(
        p("book 1h with Kai, avoid the same slot as the one we had last week").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        p("I work nights 22:00-06:00, find 30 min with Bo on Tuesday")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(22, 0), hm(6, 0)))
    );

    // Round 186's rules: a free part of one day is no part ruled out; a day "that" points back to
    // stays the day named; a sack lifted off cancels nothing; a motion brought forward moves
    // nothing; one's own errand before "I need them to" stays a task; "clear" a habit's verb; what
    // was moved before a request divides nothing.
    let free_morning = p("I've got nothing in the morning on Tuesday, so book the call with Ana then");
    assert!(free_morning.avoid.is_empty());
    assert_eq!(
        p("The audit starts on Friday 11 December. Put that Friday in the diary as busy.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 11), ymd(2026, 12, 11)))
    );
    assert!(!matches!(
        p("lift the sack off the trolley at 5pm tomorrow").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("Add the AGM on Tuesday 7pm, where the motion will be brought forward").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        title_of("I need to ring the school on Monday at 9, I need them to confirm the trip"),
        "ring the school"
    );
    assert_eq!(
        title_of("Every Monday at 9 clear the inbox for 20 minutes"),
        "clear the inbox"
    );
    assert_eq!(
        move_days_of("We moved to the new office, so reschedule the team meeting on Monday for Wednesday"),
        Some((Some(ymd(2026, 11, 30)), Some((ymd(2026, 12, 2), ymd(2026, 12, 2)))))
    );

    // Round 187's rules: a word of moving or of how often before "1:1" is no one; a place's own
    // event by its hour names no one; what comes "from" somewhere without wanting anything is no
    // one; a booking asked after the question books; someone's schedule clearing keeps them; a
    // push already done moves nothing by it; other ideas asked move nothing; a leave's end bounds
    // what is asked before then; a day named for a booking of one's own stays in the range.
    assert!(names_of("push 1:1 to 4pm").is_empty());
    assert!(names_of("gym's 7:00 class is cancelled tomorrow").is_empty());
    assert!(names_of("Delivery from IKEA will arrive between 8 and 12 on Tuesday, block it").is_empty());
    assert!(matches!(
        p("Could Ana fit in lunch with me next week? Book it if she can.").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("Find an hour with Ana after Ana's schedule clears up next week"),
        vec!["Ana"]
    );
    assert_eq!(
        new_time_of("Bo pushed it by an hour already, so put prep at 2 tomorrow"),
        Some(TimeOfDay::At(hm(14, 0)))
    );
    assert!(matches!(
        p("The plan with Ana at 2 doesn't work. Any other ideas?").kind,
        IntentKind::Clarify
    ));
    assert_eq!(
        p("I'm on leave till Wednesday, find an hour with Bo before then")
            .window
            .map(|w| w.end),
        Some(ymd(2026, 12, 2))
    );
    assert_eq!(
        p("Book the dentist on the 14th. Also block between the 20th and 22nd for travel.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 22)))
    );

    // Round 188's rules: moving a meeting named a word on still moves it; a body met later in
    // its sentence is met; someone introduced to be met is met; someone else's 1:1 with another
    // names no owner; a plan that "was to be" keeps those who join it; a night named by its day
    // keeps its evening; a range across midnight stays a range.
    assert!(matches!(
        p("discuss moving the quarterly review with Tom").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        names_of("Decide whether the design team joins Friday's review, then set up 30 min with them Thursday"),
        vec!["design team"]
    );
    assert_eq!(
        names_of("Priya, this is Jordan, our new designer. Could you two grab 30 minutes next week?"),
        vec!["Jordan"]
    );
    assert_eq!(
        names_of("prep notes for my manager's 1:1 with the director on thursday"),
        vec!["director"]
    );
    assert_eq!(
        names_of("That was to be a quick chat, but the whole product team wants in, so book 1h with them Friday"),
        vec!["product team"]
    );
    assert_eq!(
        p("Friday night team drinks at the Crown, put it in my calendar")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Evening))
    );
    assert_eq!(
        p("block 10pm-2am saturday for the launch").window.and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(22, 0), hm(2, 0)))
    );

    // Round 189's rules: a part of the day after days to avoid is avoided too; another clause's
    // "me" keeps no opening name; a meeting one covers keeps its day; one's own trip home gives
    // no clock; two whose agenda one keeps are both met.
    assert_eq!(
        p("find an hour with Kai next week, avoid Monday, evenings").avoid.len(),
        2
    );
    assert_eq!(
        names_of("Kofi needs 30 minutes with Ines Roca on Monday; between you and me, keep it short"),
        vec!["Ines Roca"]
    );
    assert_eq!(
        p("I need to cover the Monday standup for Ana - put it in my calendar at 9:30")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 11, 30))
    );
    assert!(
        p("I went home to Dublin last weekend and I'm back now; book 1h with Ana Monday at 10")
            .zone
            .is_none()
    );
    assert_eq!(
        names_of("I manage the agenda of Ana Silva and Tom Hale. Book 1h with both next Monday."),
        vec!["Ana Silva", "Tom Hale"]
    );

    // Round 190's rules: a verb and its particle hyphenated still move; a team said to be free is
    // met; time put in the calendar for someone is with them; a lunch for someone whose last day
    // it is is with them; "from half nine" alone is its hour.
    assert!(matches!(
        p("pls push-back my 2pm to thursday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        names_of("Check if the design team's free Thursday afternoon and book an hour"),
        vec!["design team"]
    );
    assert_eq!(
        names_of("Put 30 mins in the calendar for Sam and me on Friday afternoon"),
        vec!["Sam"]
    );
    assert_eq!(
        names_of("Set up a farewell lunch for Ana, whose last day is Friday"),
        vec!["Ana"]
    );
    assert_eq!(
        p("book 2h with Kofi on Monday from half nine")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(9, 30)))
    );

    // Round 191's rules: "instead of" a doing with its own day or hour still names the meeting
    // moved.
    assert!(matches!(
        p("Instead of catching up on Monday, can we catch up Wednesday at 2?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("Can we meet Thursday at 3 instead of having it on Tuesday?").kind,
        IntentKind::Reschedule { .. }
    ));
    // Round 192's near misses: a word saying how or when after a trade, or one's kin before it,
    // is not the trade's name; a heading naming whom one meets, a business talked with, wishes
    // before the request goes on, a labelled move and "clear" said of days keep their readings.
    assert_eq!(names_of("move the cleaner earlier on sat"), vec!["cleaner"]);
    assert_eq!(names_of("book the plumber pronto"), vec!["plumber"]);
    assert!(names_of("book mum the dentist for thursday").is_empty());
    assert_eq!(
        names_of("QUARTERLY REVIEW WITH JOHN SMITH AND MARY JONES IN LONDON: book 2 hours on the 10th"),
        vec!["MARY JONES"]
    );
    assert_eq!(
        names_of("book a call with Linden Pharmacy about the prescription on monday"),
        vec!["Linden Pharmacy"]
    );
    assert_eq!(
        names_of("Thanks. All the best, and let's grab lunch with Maria on Tuesday"),
        vec!["Maria"]
    );
    assert!(matches!(
        p("todo: move my 3pm with Ana to thursday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("my diary's clear sat and sun so book a visit with Bo").kind,
        IntentKind::FindTime { book: true }
    ));
    // Round 193's near misses: a meeting pushed to a time, names ending "-eed" after a heading,
    // "Street" as a surname, a weekend time wanted after a comma, a short month before a verb and
    // "till half 9" alone keep their readings; a style of office keeps its "His".
    assert!(matches!(
        p("the retro pushed to after lunch please").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        names_of("Attendees: saeed and waleed. Find an hour on Monday"),
        vec!["saeed", "waleed"]
    );
    assert_eq!(
        names_of("Emily Street needs 45 min with me next week"),
        vec!["Emily Street"]
    );
    assert_eq!(
        p("no tue or wed, sat morning works with Ana")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    assert_eq!(names_of("meet Ana before 10 Jan gets in"), vec!["Ana", "Jan"]);
    assert!(
        p("book the pitch till half 9 on Saturday")
            .window
            .is_some_and(|w| w.time.is_none())
    );
    assert_eq!(
        names_of("His Excellency Ambassador Ruto needs 30 minutes on Tuesday"),
        vec!["His Excellency Ambassador Ruto"]
    );
    assert_eq!(names_of("book the studio J and I use, Friday 2-4"), vec!["J"]);
    // Round 194's near misses: a meeting of one's own "with me" or with another, a group before
    // titles that are more of it, an e-mail's "fwd:", a new time offered, days ruled out or said
    // to be full and "sun" as weather keep their readings.
    assert_eq!(
        names_of("cancel Priya's onboarding with me tomorrow at 10"),
        vec!["Priya"]
    );
    assert_eq!(
        names_of("book Ana's handover with Bo on Monday at 2pm"),
        vec!["Ana", "Bo"]
    );
    assert!(names_of("lunch with the twins, Mr. and Mrs. Lee, on Saturday at 1pm").contains(&"twins".to_owned()));
    assert_eq!(names_of("fwd: re: can we meet Thursday at 3pm? Ana"), vec!["Ana"]);
    assert!(matches!(
        p("My physio said 3pm works, can we make it Thursday?").kind,
        IntentKind::FindTime { .. }
    ));
    for habit in [
        "meditation habit, 20 min, not mon & tue mornings",
        "my tue + thu afternoons are packed, add a 20 min walk habit at lunch",
    ] {
        assert!(
            matches!(p(habit).kind, IntentKind::AddHabit { frequency: None, .. }),
            "{habit}"
        );
    }
    assert!(matches!(
        p("walk every Friday, sun or rain, 30 min").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::PerWeek(1)),
            ..
        }
    ));
    // Round 195's near misses: something else brought forward, a meeting wanted then "make it", a
    // greeting "from" someone, a surname "Bank", "the Sun" before a day, a fortnight given its end
    // and "what does she have on" before a booking keep their readings.
    assert!(matches!(
        p("the motion will be brought forward to Monday's board").kind,
        IntentKind::Clarify
    ));
    assert!(matches!(
        p("the launch may be brought forward to Wednesday, so block Tuesday afternoon for final checks").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("so my manager wants a call with Ana at 3pm - make it Tuesday").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("Greetings from Kenji! Can we find an hour next Tuesday?"),
        vec!["Kenji"]
    );
    assert_eq!(
        names_of("Ask Mia Bank about the 3pm slot on Wednesday"),
        vec!["Mia Bank"]
    );
    assert_eq!(names_of("interview with the Sun, Tuesday at 10"), vec!["Sun"]);
    let w = p("what do I have the fortnight from 14 to 25 December?").window;
    assert_eq!(
        w.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 25)))
    );
    assert!(matches!(
        p("what does she have on Friday? book me 30 min with her").kind,
        IntentKind::FindTime { book: true }
    ));
    // Round 196's near misses: someone answering before a colon, staying or waiting that is no
    // place, a time or a person moved to, a work assessment, lessons asked about inside a booking
    // and "the who delegation" keep their readings.
    assert_eq!(names_of("Ana: any chance we can do 3pm Friday?"), vec!["Ana"]);
    assert_eq!(
        names_of("can you stay late with the team on Friday for a call"),
        vec!["team"]
    );
    assert_eq!(
        names_of("I can't wait to catch up with the design team, find 1h Friday"),
        vec!["design team"]
    );
    assert!(matches!(
        p("we're moving to Tomorrow 3pm").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        names_of("the 1:1s are moving to Ana, set up a handover with her on Friday"),
        vec!["Ana"]
    );
    assert_eq!(
        names_of("book Ana's performance assessment with Bo on Friday"),
        vec!["Ana", "Bo"]
    );
    assert!(matches!(
        p("book a lesson on Friday at 4 unless any lessons booked clash").kind,
        IntentKind::FindTime { book: true }
    ));
    assert_eq!(
        names_of("call with the who delegation on friday at 10"),
        vec!["who delegation"]
    );
    // Round 197's rules, read a second time: a bar's name before a day, a square or a market
    // place after "at" and an hour, "sun" and "sat" not as a span, a list of things after "with",
    // "as well", a school run, a club's coach, things after "and her", one of the two who meet,
    // a meeting joined, a retirement dinner's guest, someone busy, a calendar invite kept, "on
    // duty" before a topic and lads after a trade keep their older readings.
    assert!(
        p("book a table at Hotel 21 bar Friday 8pm with Lena")
            .window
            .is_some_and(|w| w.start == ymd(2026, 12, 4))
    );
    assert_eq!(
        p("meet Jonas at 10 Marktplatz tomorrow").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(10, 0)))
    );
    assert_eq!(
        p("lunch with Priya at 1 Russell Square on Tuesday")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(13, 0)))
    );
    assert_eq!(
        p("forecast says sun till monday so book tennis with Bo tomorrow at 10")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 28)))
    );
    assert!(!matches!(
        p("bring my laptop with the charger and the adapter to the 3pm and forward the dial-in to Bo").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(!matches!(
        p("Yoga w/ Lea is wed 6pm - can you make it wednesday same time next month as well?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("gym every weekday after school run").kind,
        IntentKind::AddHabit { part: None, .. }
    ));
    assert_eq!(
        names_of("book the football club coach for the away game on saturday"),
        Vec::<String>::new()
    );
    assert_eq!(
        names_of("set up the new laptops with the password manager and the vpn before monday's onboarding"),
        Vec::<String>::new()
    );
    assert_eq!(
        names_of("coffee with Lena and her stroller tomorrow at 10"),
        vec!["Lena"]
    );
    assert_eq!(
        names_of("hey it's Bo from the gym - can we move our session to thursday"),
        vec!["Bo"]
    );
    assert_eq!(
        names_of("can I join Ana's 10:30 with Tom tomorrow?"),
        vec!["Ana", "Tom"]
    );
    assert_eq!(
        names_of("find an evening next week for Tom's retirement dinner"),
        vec!["Tom"]
    );
    assert!(names_of("move the call with tom, jess is blocked all morning").contains(&"jess".to_owned()));
    assert_eq!(
        names_of("keep Ana's sync calendar invite but move it to 3"),
        vec!["Ana"]
    );
    assert_eq!(
        names_of("chat with the manager on duty schedules thursday at 3"),
        vec!["manager"]
    );
    assert_eq!(
        names_of("w/ the builder tom + bricklayer lads on monday at 7"),
        vec!["tom"]
    );
    // Round 198's rules, read a second time: a day's staff meeting, someone's care training or
    // check, a piano after "and my daughter", an evening ruled out, a move of a shift's meeting,
    // "anything with" after "from", a name after "from anything with", a handover from someone, a
    // titled name ending like a street, a post after a name's possessive, staff of a kind not met,
    // a helper fitting things and someone called then spoken of keep their older readings.
    assert!(moved_or_cancelled("move the Saturday staff meeting to Monday at 9").is_some_and(|m| m.date.is_some()));
    assert_eq!(
        names_of("find an hour for Ana's customer care training with the new hires"),
        vec!["Ana", "new hires"]
    );
    assert_eq!(
        names_of("block 30 min for Tom's sanity check on the deck tomorrow"),
        vec!["Tom"]
    );
    assert_eq!(
        names_of("reschedule swim and my daughter piano to next week"),
        Vec::<String>::new()
    );
    assert_eq!(
        p("no evenings please, find 1h with Bo any day next week after 10")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::After(hm(10, 0)))
    );
    assert!(matches!(
        p("shift manager meeting to 3pm").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("my calendar for monday, apart from anything with clients").kind,
        IntentKind::Describe
    ));
    assert_eq!(names_of("free me from anything with marcus next week"), vec!["marcus"]);
    assert_eq!(
        names_of("handover with Ana from Tom Hale on monday at 10"),
        vec!["Ana", "Tom Hale"]
    );
    assert_eq!(names_of("can Frau Platz do a call tomorrow at 11?"), vec!["Frau Platz"]);
    assert_eq!(names_of("lunch with Tom's CFO on monday at 1"), vec!["Tom CFO"]);
    assert_eq!(
        names_of("book 1h on tuesday that doesn't clash with the teaching staff meeting"),
        Vec::<String>::new()
    );
    assert_eq!(names_of("fit the new blinds with tom on saturday morning"), vec!["tom"]);
    assert_eq!(
        names_of("heads up: alarm fixed, and the electrician called. book him for a check next wed 9am"),
        vec!["electrician"]
    );
    // Round 199's rules, read a second time: a titled owner's business, one whose assistant the
    // writer is and who is met, the day of an event on Christmas Day or Eve, "except" meaning
    // "only", someone's arrival pointed back to, and a name fitted to a slot keep their older
    // readings.
    assert!(names_of("lunch with Jo at Mr Lee's Cafe tomorrow at 1").contains(&"Jo".to_owned()));
    assert_eq!(
        names_of("I'm the volunteer for Jonas this term, set up a call with him tomorrow at 5"),
        vec!["Jonas"]
    );
    assert!(
        p("book a table for our Christmas Day lunch at the Swan, 1pm")
            .window
            .is_some_and(|w| w.start == ymd(2026, 12, 25))
    );
    assert!(
        p("I'm hosting Christmas Eve drinks, put it in the calendar 6-9pm")
            .window
            .is_some_and(|w| w.start == ymd(2026, 12, 24))
    );
    assert!(p("I'm busy all week except sat, can we meet then?").avoid.is_empty());
    assert_eq!(
        p("Priya arrives on Tuesday, can we find 1 hr with her that afternoon or Wednesday")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 1))
    );
    assert_eq!(names_of("can you fit jonas to the 3pm slot tomorrow"), vec!["jonas"]);
    // Round 200's rules, read a second time: a team met before, an officer a thing was sorted
    // with, a bare evening range to midnight's noon, "what do they have" of a market, where the
    // one asking will be, the weekend asked for, and a hold put in a calendar keep their older
    // readings.
    assert_eq!(
        names_of("Had lunch with Jana and her team today. Book a follow-up with Jana Monday 10"),
        vec!["Jana"]
    );
    assert_eq!(
        names_of("I already sorted it with the compliance officer, just book Bo for Monday at 10"),
        vec!["Bo"]
    );
    assert_ne!(
        p("book the karaoke room sat 7-12").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(7, 0)))
    );
    assert!(!matches!(
        p("what do they have this week at the farmers market?").kind,
        IntentKind::Describe
    ));
    assert!(p("I'm in Tokyo next week — what's on Tuesday at 9?").zone.is_some());
    assert_eq!(
        p("Sat 28th is the wedding, block that weekend")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 29)))
    );
    assert!(matches!(
        p("put a hold in the team calendar for Friday afternoon").kind,
        IntentKind::FindTime { book: true }
    ));
    // Round 201's rules, read a second time: things with a doer's ending, a job's assessment, a
    // promo clip, someone who still joins, whose day is asked before meeting them, the one a
    // booking is arranged for who meets, kin in a list, a host's home, weekdays in the plural, a
    // group met after all, a lens supplier, a deadline added, a need asked for, a council, a day
    // free after "any … except", a month's second Tuesday, "my week" from a point of view, a day
    // offered, a meeting left alone, and round 200's "except" meaning "only", keep their older
    // readings.
    for (request, met) in [
        (
            "find a slot next week when the van and the trailer can both be picked up",
            vec![],
        ),
        (
            "book Priya's coding assessment with the hiring panel on Tuesday at 10",
            vec!["Priya", "hiring panel"],
        ),
        (
            "book Ana's promo clip with the film crew on Friday at 2",
            vec!["Ana", "film crew"],
        ),
        (
            "push standup with Ana, Bo's got a scan at 9 but wants to join, so 11 instead",
            vec!["Ana", "Bo"],
        ),
        (
            "can you see what Bo has on Tuesday and fit an hour with him around it",
            vec!["Bo"],
        ),
        (
            "I'm booking this for Ms. Kaur to meet with me and Bo on Friday at 2",
            vec!["Ms. Kaur", "Bo"],
        ),
        (
            "lunch with Ana's parents, Bo, and me on Sunday at 1",
            vec!["Ana's parents", "Bo"],
        ),
        (
            "dinner at Ana's with Bo and Cy on Saturday at 7",
            vec!["Ana", "Bo", "Cy"],
        ),
        ("when are the Tuesdays free in December?", vec![]),
        (
            "I manage the sales team and want a review with all of them on Friday at 10",
            vec!["sales team"],
        ),
        ("call with the lens supplier tomorrow at 3", vec!["lens supplier"]),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert!(matches!(
        p("Add a deadline for the grant report on Friday. Please book a call with Bo on Thursday.").kind,
        IntentKind::AddTask { .. }
    ));
    assert!(matches!(
        p("How does my week look? I need to block 2 hours for the audit prep, put it wherever it fits").kind,
        IntentKind::AddTask { .. }
    ));
    assert!(!matches!(
        p("book 1h w/ cncl planning officer tue 2pm").kind,
        IntentKind::Cancel { .. }
    ));
    let free = p("I don't have any free time next week except, um, Thursday afternoon, so book the call with Ana then");
    assert!(free.avoid.is_empty());
    assert_eq!(free.window.map(|w| w.start), Some(ymd(2026, 12, 3)));
    assert!(p("book a 1h review every 2nd-tue of the month at 10").window.is_none());
    assert!(
        p("what does my week look like from a workload point of view?")
            .window
            .is_some()
    );
    assert_eq!(
        p("We're free on Saturday! Book dinner with the Kims after 6, Sunday as a backup.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 29)))
    );
    assert!(
        p("move all my 1:1s to next week except the Friday one with Bo")
            .avoid
            .is_empty()
    );
    assert!(
        p("I'm busy all week except, um, saturday, can you find an hour with Bo")
            .avoid
            .is_empty()
    );
    // Round 202's rules, read a second time: the one a meeting is for, met by the one asking;
    // someone visited on a trip; a check of work; a group met by the one asking; a printer and a
    // monitor; a post before a day; machines; a lens before a day; an appointment dropped; a club's
    // room; someone else who has to go earlier; a start supposed; the same slot as a day gone; a
    // rota's shift; where one was; a reminder to oneself, keep their older readings.
    for (request, met) in [
        (
            "Book a welcome lunch for my new starter, Priya Nair, with me and the team on Monday at 12.",
            vec!["Priya Nair", "team"],
        ),
        (
            "I'm scheduling this for my director, Ms. Joan Pike. Please find us an hour together next week.",
            vec!["Ms. Joan Pike"],
        ),
        (
            "Block Saturday for a day trip to Grandma Rose in Bath.",
            vec!["Grandma Rose"],
        ),
        ("Book Ana's budget check with Bo on Monday at 10.", vec!["Ana", "Bo"]),
        (
            "The leadership team has a final sign-off meeting with us on Thursday at 10 — add it to my calendar.",
            vec!["leadership team"],
        ),
        ("move my 3pm with the new printer to tomorrow", vec![]),
        ("Move my 9:00 session with the heart rate monitor to Thursday.", vec![]),
        (
            "book a call with Ana and the architect, Monday at 10 works.",
            vec!["Ana", "architect"],
        ),
        (
            "Block 2 hours on Tuesday while the generator and the compressor both do their annual test.",
            vec![],
        ),
        (
            "Find a time when Ana and the trailer both make it to the depot on Friday.",
            vec!["Ana"],
        ),
        (
            "Shoot the birds with the long lens Saturday morning, block 6-10.",
            vec![],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert!(matches!(
        p("drop my appointment at the clinic tomorrow").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("book club room 2 for Thursday at 3pm").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(!matches!(
        p("Book a taxi at 6 tomorrow, Ana has to go an hour earlier.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(!matches!(
        p("If my 3pm has to start 30 minutes later, will I still make the 5:00 train?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        p("Book the same slot as yesterday afternoon's call with Ana, but on Monday.")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    assert_eq!(
        p("block my saturday rota shift 9-1").window.map(|w| w.start),
        Some(ymd(2026, 11, 28))
    );
    assert!(
        p("I was in Durban last week; book a debrief with Bo on Monday at 10.")
            .zone
            .is_none()
    );
    assert_eq!(title_of("Send me a reminder to call Bo tomorrow at 9."), "call Bo");
    assert_eq!(
        title_of("Please send a reminder to renew my passport next week."),
        "renew my passport"
    );
    // Round 203's rules, read a second time: a cleaning agent's supplier or rep, standing in for
    // someone or by with others, a comma after "on behalf of" opening a clause or a list, someone of
    // theirs after a plus, a salary adjustment, "tour" as a verb or a topic, someone calling from a
    // firm, an alarm or a delivery later, a first call, a slot left out, a trip's town at the end,
    // keep their older readings.
    for (request, met) in [
        (
            "Book an hour with the disinfectant supplier on Tuesday to discuss the contract",
            vec!["disinfectant supplier"],
        ),
        (
            "Set up a call with the bleach rep from Henkel next week",
            vec!["bleach rep", "Henkel"],
        ),
        (
            "I'll stand in for Mark with the investors on Tuesday at 10, please book it",
            vec!["Mark", "investors"],
        ),
        (
            "We'll stand by with the support team during the release on Saturday night, block 8 to midnight",
            vec!["support team"],
        ),
        (
            "On behalf of my team, Priya would like an hour with you on Monday",
            vec!["Priya"],
        ),
        (
            "I'm writing on behalf of my manager, Tom Reyes, who wants a call with me on Wednesday",
            vec!["Tom Reyes"],
        ),
        (
            "On behalf of my boss, Ms. Kaur, and me, find an hour with the vendor next week",
            vec!["Ms. Kaur", "vendor"],
        ),
        (
            "Book lunch with Tom on behalf of my team, Anna will join too",
            vec!["Tom", "Anna"],
        ),
        ("Drinks Friday at 7 with Ben + Tom's flatmate", vec!["Ben", "Tom"]),
        ("Lunch on Friday with Chris and Jamie's deputy", vec!["Chris", "Jamie"]),
        (
            "Book Ana's salary adjustment with HR on Tuesday at 3",
            vec!["Ana", "HR"],
        ),
        ("Can Priya tour the lab with me on Tuesday at 2?", vec!["Priya"]),
        ("Book a call with Marco tour planning Tuesday 3pm", vec!["Marco"]),
        (
            "Set up a call with the woman calling from Siemens next Tuesday",
            vec!["Siemens"],
        ),
        (
            "I'm writing from Anna Berg's account, please book her and me a coffee on Monday",
            vec!["Anna Berg"],
        ),
        ("Block next week for the staff trip to Prague", vec![]),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert!(!matches!(
        p("Could the 8:00 alarm be 30 minutes later on weekends?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("Could the 10:00 delivery be two hours later, and can you find a gym slot before it?").kind,
        IntentKind::FindTime { .. }
    ));
    assert!(
        p("What does my week look like from the first call onwards?")
            .window
            .is_some()
    );
    assert!(p("Find time on the fifth except between 12 and 1").window.is_none());
    // Round 204's: a band by its colour, a host's home, a parents' evening in another sentence,
    // "'s" as "is", one who brings a thing and is met too stay people; "wipe" of a thing or before
    // another request, "one weekday evening a week" and a race on the day keep their readings.
    for (request, met) in [
        (
            "Book the red band for the wedding reception on Saturday 12 December from 7pm",
            vec!["red band"],
        ),
        (
            "I'm having dinner at Bea and Tom's on Saturday, block 7 to 11pm",
            vec!["Bea", "Tom"],
        ),
        (
            "Parents' evening is Tuesday — also grab lunch with Carla for Lukas on Monday, he's new on the team",
            vec!["Carla", "Lukas"],
        ),
        (
            "Lunch on Friday with Tom, Lisa's coming too, and Ben",
            vec!["Tom", "Lisa", "Ben"],
        ),
        (
            "Can we do 4pm Friday? Ben wants to collect his laptop and go through the Q3 numbers with me.",
            vec!["Ben"],
        ),
        (
            "Any chance Thursday 3pm works? Dr. Berg wants to pick up the results with you.",
            vec!["Dr. Berg"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert!(matches!(
        p("block 2 hours to wipe tomorrow's demo laptops").kind,
        IntentKind::FindTime { book: true }
    ));
    assert!(matches!(
        p("wipe tomorrow and move my 1:1 with Ben to Monday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(!matches!(
        p("wipe today's whiteboard before the 3pm with Ana").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("one weekday evening a week, I want a standing call with Mum at 7pm").kind,
        IntentKind::AddHabit { .. }
    ));
    assert_eq!(
        p("block 8 to 10am for the xmas 10k").window.map(|w| w.start),
        Some(ymd(2026, 12, 25))
    );
    // Round 205's: a haircut the one asking gives, a tutor by title, a move of someone's class, one
    // moved down a level and met after, one at a request's head who is met, a surname in capitals
    // after a particle stay people; "weekdays only" said of something else, a reminder to find
    // time, a meeting moved to a room or a day, and a day one is away keep their readings.
    for (request, met) in [
        ("book 30 min for Ana's haircut with me Thursday at 5", vec!["Ana"]),
        (
            "Can Ms Ilunga's tutoring with Rafa on Monday move to Tuesday?",
            vec!["Ms Ilunga", "Rafa"],
        ),
        ("can you move Tom up, class at 4 clashes", vec!["Tom"]),
        (
            "On behalf of our CEO, Dr. Iris Kahn: she'd like a 20-minute chat with you on Monday at 9",
            vec!["Dr. Iris Kahn"],
        ),
        ("For Mr. Hale: book a call with him Monday at 10", vec!["Mr. Hale"]),
        ("Meeting with Jan de VRIES on Monday at 10", vec!["Jan de VRIES"]),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert!(
        p("find an hour with Ana on Saturday - her shop is open weekdays only")
            .avoid
            .is_empty()
    );
    assert!(
        p("Find time with Tom next week. Not weekdays only, weekends work too.")
            .avoid
            .is_empty()
    );
    assert!(matches!(
        p("don't forget: find 30 min with Tom next week").kind,
        IntentKind::FindTime { book: false }
    ));
    for request in [
        "my 3pm with Ana moved to Room B, please update",
        "the call with Tom moved to Zoom",
        "my 1:1 with Ana moved to Tomorrow at 3",
    ] {
        assert!(matches!(p(request).kind, IntentKind::Reschedule { .. }), "{request}");
    }
    assert_eq!(
        p("Find an hour with Ana next week. I'm away Thursday 3 December.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), ymd(2026, 12, 6)))
    );
    // Round 206's: one met "with her" after a heading, "'s" as "is" before a word of no post, a
    // surname "Court", a group's people before their papers' word stay people; a review put back
    // to a time, a stick after a sport, a wipe refused, the weekend kept open, "any weekday" with
    // a weekend named, the week a shop shuts for Christmas and "Eve" by name keep their readings.
    for (request, met) in [
        (
            "For my manager, Ms. Varga: book lunch with her next Tuesday at 1pm",
            vec!["Ms. Varga"],
        ),
        (
            "Coffee with Priya, Dev's a coach now, and Sam on Thursday at 9",
            vec!["Priya", "Dev", "Sam"],
        ),
        (
            "Lunch Friday with Ana, Tom's better today, and Ben",
            vec!["Ana", "Tom", "Ben"],
        ),
        ("Book a session for Ana Court on Tuesday at 10", vec!["Ana Court"]),
        (
            "Meet the finance team budget holders Tuesday at 10",
            vec!["finance team"],
        ),
        ("Coffee with Ana tomorrow Eve joins later", vec!["Ana", "Eve"]),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    for (request, want) in [
        ("Can the review be put back in the new year?", "reschedule"),
        ("After hockey stick the team debrief in at 6 on Thursday", "book"),
        ("Don't wipe Friday, just move the 10am to 11", "reschedule"),
        ("Whatever you do, don't wipe Thursday.", "clarify"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    for request in [
        "Book a run with Tom, if not at the weekend then Monday",
        "Find two hours in December, but not on the weekend of the 12th",
        "Find 2 hours any weekday or Saturday between 1 and 12 December",
        "Not any weekday, it has to be the weekend, between 1 and 14 December: find 3 hours",
    ] {
        assert!(p(request).avoid.is_empty(), "{request}");
    }
    assert_eq!(
        p("Block out the week the shop is shut for Christmas")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 25))
    );
    // Round 207's: one whose diary the writer keeps and who meets them, one met after a question
    // about their day, stay people; a meeting swapped to a day, "take that out" to a team or before
    // another request, moving a meeting out, and the Christmas Eve planned on the day keep their
    // readings.
    for (request, met) in [
        (
            "Mr. Paul Grey, whose diary I keep, wants a 1:1 with me on Monday at 10.",
            vec!["Mr. Paul Grey"],
        ),
        (
            "what Mr. Hale has on Friday? Then send him an invite for 3pm.",
            vec!["Mr. Hale"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    for (request, want) in [
        (
            "not sure whether we could swap our catch-up to Thursday, can you do it?",
            "reschedule",
        ),
        (
            "Great call, let's take that out to the wider team on Monday at 2",
            "clarify",
        ),
        (
            "the gym session tonight, take that out and book a run tomorrow at 7 instead",
            "reschedule",
        ),
        ("could we move out next week's review by a day?", "reschedule"),
        (
            "can we move out on Monday? The standup, I mean, to Tuesday",
            "reschedule",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    assert_eq!(
        p("book an hour to plan the Christmas Eve").window.map(|w| w.start),
        Some(ymd(2026, 12, 24))
    );
    // Round 208's rules: "wired on" is no fastening; one sent to a doctor or to someone "for"
    // something is met; a note from one's own doctor's office about "my" visit meets them; one come
    // home with is met; "sat … -> sun" without a date is a span; "into my cal" asked about and
    // invites not yet sent book nothing; "since" as "because" keeps its day.
    assert_eq!(
        names_of("still wired on espresso, catch up w/ jo tmrw 10am"),
        vec!["jo"]
    );
    assert_eq!(
        names_of("They're sending me to Dr. Weber for a second opinion \u{2014} book it for Tuesday at 9."),
        vec!["Dr. Weber"]
    );
    assert_eq!(
        names_of("my boss is sending me to Jonas for onboarding, find an hour with him Monday"),
        vec!["Jonas"]
    );
    assert_eq!(
        names_of("Note from Dr. Patel's office: my root canal on Monday at 9 needs to move to Thursday at 2."),
        vec!["Dr. Patel"]
    );
    assert_eq!(
        names_of("My sister came home with Tom last night, set up lunch with them on Sunday."),
        vec!["Tom"]
    );
    assert_eq!(kind_name(&p("camping w/ Joss sat 10am -> sun 4pm").kind), "find");
    assert_eq!(kind_name(&p("What's coming into my cal next week?").kind), "clarify");
    assert_eq!(
        kind_name(&p("Before sending invites out to the team, find a slot with Bo and Ana next week.").kind),
        "find"
    );
    assert_eq!(
        moved_or_cancelled("Since Monday is a holiday, move the standup to Tuesday at 9.").and_then(|m| m.date),
        Some(ymd(2026, 11, 30))
    );
    // Round 209's rules: a name ending "-ing" asked about is someone; "put" a titled one's
    // checkup keeps them; bookings handled for one met after, and "With apologies" before a
    // request or "to" someone, keep them; a day before "off" or "to" leaves a pair's reach as it
    // was; "shove" a thing somewhere moves nothing; "Re jobs:" heads no task.
    assert_eq!(
        names_of("is xiaoming free tmrw afternoon for a quick call?"),
        vec!["xiaoming"]
    );
    assert_eq!(
        names_of("are harding, ana and tom free monday at 3"),
        vec!["harding", "ana", "tom"]
    );
    assert_eq!(
        names_of("put Dr. Obi's checkup with Ana in for Friday at 9"),
        vec!["Dr. Obi", "Ana"]
    );
    assert_eq!(
        names_of("I'll handle bookings for Sam: find us an hour on Thursday afternoon"),
        vec!["Sam"]
    );
    assert_eq!(
        names_of("Can't make Tuesday. With apologies, can we do Thursday with Ana and Bo instead?"),
        vec!["Ana", "Bo"]
    );
    assert_eq!(
        names_of("Missed it again. With apologies to Ben, book 30 min with Ben on Monday"),
        vec!["Ben"]
    );
    for (request, want) in [
        (
            "call Tom on Monday 30 November and tell him the party is off",
            "clarify",
        ),
        (
            "transfer the money for the trip on Friday 4 December to Ana's account, remind me",
            "task",
        ),
        ("shove a reminder in my calendar to call the bank on Monday", "task"),
        ("just shove an hour in with Tom to go over the figures, Tuesday", "find"),
        (
            "Re jobs: can we meet Tuesday at 3pm to talk about the open roles?",
            "find",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // Round 210's rules: a meeting swapped for a day still moves; the agenda, or the diary
    // cleared by someone else, cancels nothing; what she has on asked of someone met, or "on
    // offer", describes nothing; a titled name after "at" is someone; a holiday or someone away
    // over an arrow moves nothing; "happen a day earlier" told, not asked, moves nothing.
    for (request, want) in [
        (
            "Can you check whether we should swap our usual Thursday afternoon planning hour with Bo for Friday morning?",
            "reschedule",
        ),
        (
            "Please clear the agenda from Monday's board meeting and circulate a fresh one.",
            "describe",
        ),
        (
            "Tell Ben to clear the diary from Tuesday so he can meet the auditors.",
            "find",
        ),
        (
            "Could you ask Ana what she has on Thursday and find us an hour?",
            "find",
        ),
        (
            "Set up a call with the supplier on Tuesday at 11 to see what he has on offer.",
            "book",
        ),
        ("Lena's holiday mon 7th 9am \u{2192} fri 11th 5pm", "clarify"),
        (
            "Tom's in Madrid tue 1st 9am \u{2192} thu 3rd 6pm, so don't book him.",
            "clarify",
        ),
        (
            "Remind me on Monday that payroll will happen a day earlier this month.",
            "task",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    assert_eq!(
        names_of("I manage the diary for Mrs Hale and need a slot at Dr Ian Shaw for her check-up next week."),
        vec!["Mrs Hale", "Dr Ian Shaw"]
    );
    // "scrap of" typed for "scrap off" still cancels; "the question time session" is put in; Bark
    // and Forks capitalised are names; a district's "Gardens" or "Grove" keeps the hour before it.
    for (request, want) in [
        ("pls scrap of my 3pm with Bo today", "cancel"),
        ("Put the question time session in my calendar for Thursday at 3", "book"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    for (request, met) in [
        ("Call with Mr. Bark on Monday at 10", vec!["Mr. Bark"]),
        ("coffee with Ellie Bark Thursday 9am", vec!["Ellie Bark"]),
        (
            "book 1h with Ana on Friday at 2 and a coffee with Forks crew after",
            vec!["Ana", "Forks crew"],
        ),
        (
            "Ravi, my colleague, can't make Monday's 10am with her, so move it to Tuesday.",
            vec![],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert_eq!(
        p("meet Bo at 6 Ladbroke Grove station tomorrow")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(18, 0)))
    );
    // A routine said of the clause before it, or pointed back to, still makes its hours context.
    for request in [
        "I'm in clinic until 3, usually. Find an hour with Bo on Tuesday.",
        "I finish at 5; normally that's it. Book the call with Ana Thursday.",
        "I start at 9, and usually finish by 5. Find an hour with Ana Wednesday.",
        "My mornings go on email until 10, typically; find 30 min with Bo Friday. Ta.",
    ] {
        assert_eq!(p(request).window.and_then(|w| w.time), None, "{request}");
    }
    // "the Monday after" is another day; a span of hours keeps its "to".
    assert_eq!(
        move_days_of("Move my Monday 14 December dentist to the Monday after, same time"),
        Some((Some(ymd(2026, 12, 14)), Some((ymd(2026, 12, 21), ymd(2026, 12, 21)))))
    );
    assert_eq!(
        moved_of("move the board prep from 9 to 11 on Tuesday to the afternoon").and_then(|m| m.date),
        Some(ymd(2026, 12, 1))
    );
    // "which is my …?" after a comma still asks; "start it … or later" is no length; "the car
    // needs moving" names no meeting; "Next, um, book" opens a request.
    for (request, want) in [
        ("quick question, which is my busiest day next week?", "describe"),
        ("Bo, which is my room for the 2pm tomorrow?", "describe"),
        ("start it at 2 or later, the sync with Ana tomorrow", "book"),
        ("Next, um, book lunch with Bo on Friday", "book"),
        ("reminde me abt the 3pm with Ana", "clarify"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    assert_eq!(
        moved_of("The car needs moving. Tomorrow's 9am with Ana, push it later.").and_then(|m| m.date),
        Some(ymd(2026, 11, 28))
    );
    // "the late" one late in the day; a team's window; a meeting "apart from" a day's.
    for (request, met) in [
        ("can we move the late Priya call to tomorrow?", vec!["Priya"]),
        (
            "find time with the window of the design team next week",
            vec!["design team"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    for request in [
        "apart from the Monday standup I'm free next week, find 1h with Bo",
        "find 1h with Bo next week; apart from the Friday retro I'm wide open",
    ] {
        assert!(p(request).avoid.is_empty(), "{request}");
    }
    // A weekday after a verb of the calendar, not of something befalling, is still asked; "swap
    // onto" a day moves; "can it go in for" review is a task; "the last weekend of" a month is a
    // date; a firm's or a class's "'s cancelled" names no one.
    assert_eq!(
        moved_or_cancelled("The class is cancelled on Monday, move it to Wednesday").and_then(|m| m.date),
        Some(ymd(2026, 11, 30))
    );
    for (request, want) in [
        ("swap onto Friday", "reschedule"),
        ("the report, can it go in for review by Friday?", "task"),
        ("can we do that, uh, Monday instead?", "reschedule"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    assert_eq!(
        p("book the cottage for the last weekend of the month")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 28), ymd(2026, 11, 29)))
    );
    assert!(names_of("Spin's cancelled, book a swim Saturday at 8").is_empty());
    // What someone supplies or plays names them; a "Way" that is a venue or a name keeps the hour
    // before it; one's last Friday, or "at last", is still to come.
    for (request, met) in [
        (
            "book 30 min with the extraction engineer on Monday at 9",
            vec!["extraction engineer"],
        ),
        (
            "rehearse with the string players on Friday at 6",
            vec!["string players"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    for (request, hour) in [
        ("tea at 4 Milky Way with Ana tomorrow", hm(16, 0)),
        ("karaoke at 9 My Way Bar on Saturday with Bo", hm(9, 0)),
        ("book leaving drinks for Ana's last Friday at 5", hm(17, 0)),
    ] {
        assert_eq!(
            p(request).window.and_then(|w| w.time),
            Some(TimeOfDay::At(hour)),
            "{request}"
        );
    }
    assert_eq!(
        p("Ana said at last Friday works for her, book 1h at 2")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 4))
    );
    // Two names, the second in lowercase, before a colon open with people; a meeting pushed
    // further into a time, or put to someone's preferred time, moves; a booked place in a queue
    // books nothing.
    assert_eq!(names_of("Ana and bo: can you both do Friday at 3?"), vec!["Ana"]);
    for (request, want) in [
        (
            "Can the Friday sync be pushed further into the afternoon, 3pm?",
            "reschedule",
        ),
        ("can you put it to them next Tuesday at 2pm", "reschedule"),
        ("booked place in the queue", "clarify"),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    // Times sought or things that are no meetings, "any … with" someone, are no question of what
    // the calendar holds.
    for request in [
        "any spots with Bo next week?",
        "any dates with Bo that work in January?",
        "any problems with booking Ana for Tuesday at 2?",
    ] {
        assert_ne!(kind_name(&p(request).kind), "describe", "{request}");
    }
    // A meeting of someone's pushed into a time still moves; a note's own lines after it ("List
    // of the housemates, drawn up by me: …") stay in it; a meeting moved "with" a team meets them;
    // someone looked at or pointed at, or named "Sun May", is met; a session one runs for a body
    // is held for it.
    for (request, want) in [
        ("push my boss's offsite into the spring", "reschedule"),
        (
            "could you push her team's retro into the gap between my calls",
            "reschedule",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    for (request, met) in [
        (
            "KITCHEN ROTA FOR DECEMBER, PINNED BY THE FRIDGE. Mon: Ana cleans. Tue: Bo cleans. Wed: Chen cleans. A note for my assistant: please book a 30 minute house meeting next week. List of the housemates, drawn up by me: Ana, Bo and Chen. Thu: Dan cleans. Fri: Eve cleans.",
            vec!["Ana", "Bo", "Chen"],
        ),
        (
            "I have to stay at home on Monday for the boiler so move it online with the design team",
            vec!["design team"],
        ),
        (
            "can you look at Jin Park and Ana Lee's calendars for a 30 min slot on Monday",
            vec!["Jin Park", "Ana Lee"],
        ),
        (
            "have a look at Min-ji Park and find us an hour next week",
            vec!["Min-ji Park"],
        ),
        (
            "book 30 min with Ana on Monday at 2; Sun may join too",
            vec!["Ana", "Sun"],
        ),
        (
            "I run a workshop for the Hillside Garden Club on Thursday at 7pm, please block 2 hours.",
            vec!["Hillside Garden Club"],
        ),
        (
            "I organise the monthly meeting for the Parish Council, book the next one for Tuesday at 14:00.",
            vec!["Parish Council"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    assert!(names_of("I have to stay in the hall after the briefing with the stranded passengers").is_empty());
    // A weekday before a pause and "next week" opening a clause of its own keeps its own week; a
    // parent's weekend after next is still that weekend.
    assert_eq!(
        p("Can we do Saturday, er, next week I'm away all week")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 11, 28))
    );
    assert_eq!(
        p("I'm at my mum's weekend after next, can you block it out")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 12), ymd(2026, 12, 13)))
    );
    // Round 216's near misses: a note flagged after what is asked, a group staying on an invite,
    // signs of blessing inside a sentence, members in brackets after a group's name, who someone
    // in brackets is, a post before a word that names no one, keep their people.
    for (request, met) in [
        (
            "Please find an hour with Leon on Wednesday or Thursday afternoon for the stock take planning, and flag this note as calendar stuff: the stock sheets are with Marguerite and Bo until Monday.",
            vec!["Leon", "Marguerite", "Bo"],
        ),
        (
            "Set up Thursday's 2pm with the ops team and make sure the leadership team remains on the invite",
            vec!["ops team", "leadership team"],
        ),
        (
            "Hi all, blessings, can you set up a call with Pastor Bo Sunday afternoon?",
            vec!["Pastor Bo"],
        ),
        (
            "Set up a call with Marketing (Ana, Bo and Cy) on Tuesday at 10",
            vec!["Ana", "Bo", "Cy"],
        ),
        ("Dinner with Mum (Ana Lopez) on Sunday at 6", vec!["Ana Lopez"]),
        (
            "Book a call with Ana and the accountant, Thanks!",
            vec!["Ana", "accountant"],
        ),
        (
            "Lunch with Ana and the caterer, Next Tuesday at noon",
            vec!["Ana", "caterer"],
        ),
    ] {
        assert_eq!(names_of(request), met, "{request}");
    }
    // Days asked in a sentence before "so", or before "or so", a day ruled out in a move, a
    // dash after an ordinal that is no range, keep their days.
    for (request, days) in [
        (
            "Lunch with Ana on Monday so we can plan Tuesday's launch",
            (ymd(2026, 11, 30), ymd(2026, 12, 1)),
        ),
        (
            "Pencil in Kim for Thursday at 11 so Friday stays free",
            (ymd(2026, 12, 3), ymd(2026, 12, 4)),
        ),
        (
            "Lunch with Ana Monday at 12 or so, Tuesday as a backup",
            (ymd(2026, 11, 30), ymd(2026, 12, 1)),
        ),
        (
            "Book the 5th\u{2013}floor meeting room with Bo on Monday at 10",
            (ymd(2026, 11, 30), ymd(2026, 11, 30)),
        ),
    ] {
        assert_eq!(p(request).window.map(|w| (w.start, w.end)), Some(days), "{request}");
    }
    let IntentKind::Reschedule { which, .. } = p("Tomorrow's no good, move my call with Ana to Monday").kind else {
        panic!("a move");
    };
    assert_eq!(which.date, Some(ymd(2026, 11, 28)));
    // A report due in on a date is still a task; one's calendar checked is still described.
    assert_eq!(
        kind_name(&p("The report is due in on the 15th, remind me two days before").kind),
        "task"
    );
    assert_eq!(
        kind_name(&p("Can you help me check my upcoming meetings for clashes?").kind),
        "describe"
    );
    // Round 217's near misses: people one meets instead of others still move a meeting; a line
    // one copied into the calendar heads no note; a day and its hour after a dash keep the hour;
    // a street's "St." ends a title.
    for (request, want) in [
        (
            "Do the design review with Bo on Friday at 2 instead of with the whole team",
            "reschedule",
        ),
        (
            "Let's have dinner with Ana on Saturday instead of with the neighbours",
            "reschedule",
        ),
    ] {
        assert_eq!(kind_name(&p(request).kind), want, "{request}");
    }
    let request = "Put a 1h review with Bo on Thursday at 3pm in the small room, and invite Chen as well. I already copied the line into my calendar: flight to Oslo Sunday at 7am, so keep Sunday free.";
    assert_eq!(names_of(request), vec!["Bo", "Chen"], "{request}");
    assert_eq!(
        p("Dinner on the 12th\u{2014}7pm works for me, with Ana")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(19, 0)))
    );
    let IntentKind::AddTask { title, .. } =
        p("Task: drop the parcel at the post office on Church St. It closes early, so by Friday 4pm").kind
    else {
        panic!("a task");
    };
    assert_eq!(title, "drop the parcel at the post office on Church St");
    // Round 218's near misses: those on a shift met, a name in a request's last sentence, people
    // listed with people, "Bok" capitalised, one's own work before a deadline, days counted from a
    // day told, a day one is away pointed back to or worked elsewhere, the shop's till, a meeting
    // asked besides, a new hour on another day, the day of another thing.
    for (request, want) in [
        (
            "Book a briefing with everyone on the night shift on Tuesday at 7am",
            vec!["night shift"],
        ),
        (
            "Can you find an hour with whoever is on the late shift on Friday?",
            vec!["late shift"],
        ),
        (
            "Morning standup with the team on Monday at 9. Include Ana Costa.",
            vec!["team", "Include Ana Costa"],
        ),
        (
            "Book the hall on Saturday at 2pm. Lewis, parents and carers are invited.",
            vec!["Lewis"],
        ),
        (
            "Set up a planning call on Thursday at 11. Chris, designers and developers should join.",
            vec!["Chris"],
        ),
        ("Bok wants to meet on Friday at 3pm, can you set it up?", vec!["Bok"]),
    ] {
        assert_eq!(names_of(request), want, "{request}");
    }
    assert_eq!(
        title_of("Before the deadline on 11 December I need to write up the report with Bo's notes."),
        "write up the report with Bo's notes"
    );
    assert_eq!(
        title_of("need an hour to count the till, er, tomorrow at 5"),
        "count the till"
    );
    assert_eq!(
        p("The board review is on 14 December. Please book a prep session with Ana on the Friday before.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 4), ymd(2026, 12, 14)))
    );
    assert_eq!(
        moved_of("I'm travelling on Wednesday 2nd. Please move my 3pm call with Bo that day to Thursday 3rd.")
            .and_then(|m| m.date),
        Some(ymd(2026, 12, 2))
    );
    assert_eq!(
        p("I'm working from the Leeds office on Tuesday 8th. Book a room there for me and Bo at 2pm. Also lunch with Ana on Wednesday.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 2), ymd(2026, 12, 8)))
    );
    for request in [
        "lunch w/ Ana fri 4th 1pm \u{2192} can we do sat 5th as well?",
        "call w/ Bo mon 30th 10am \u{2192} can we do tue 1st 10am too, same thing",
    ] {
        assert_eq!(kind_name(&p(request).kind), "find", "{request}");
    }
    assert_eq!(
        new_time_of("move my 6pm call with Ana to tomorrow at 9"),
        Some(TimeOfDay::At(hm(9, 0)))
    );
    for request in [
        "can we do Bo's call in Monday's slot instead",
        "Move Ana's review after Friday's standup",
    ] {
        assert_eq!(moved_of(request).and_then(|m| m.date), None, "{request}");
    }

    // Round 219's near misses: a day offered or chosen, pointed back to, or of a meeting not
    // moved; a test or sunshine after those met; others' fullness; one's own work listed; a swap
    // when; a group met about; a feast's Sunday with its hour or of another thing; a name
    // answering a question; an evening outing's hour.
    let days = |text: &str| p(text).window.map(|w| (w.start, w.end));
    for (request, want) in [
        (
            "I'm thinking Tuesday 8 December for the review with Ana. Could you book an hour, or Wednesday if Tuesday is full?",
            (ymd(2026, 12, 2), ymd(2026, 12, 8)),
        ),
        (
            "I'm back in the office on Monday 7 December and need 2 hours with the audit team while they're in, as they leave on Friday.",
            (ymd(2026, 12, 4), ymd(2026, 12, 7)),
        ),
        (
            "salon's closed mon 7th. pls book staff training w/ Jade + Kim that morning, tue morning as backup",
            (ymd(2026, 12, 1), ymd(2026, 12, 7)),
        ),
        (
            "We'll go with Thursday 10 December for the auditors. Could you book 2 hours with them, Friday as a backup?",
            (ymd(2026, 12, 4), ymd(2026, 12, 10)),
        ),
        (
            "I'm off on Friday 11 December. Can you book a haircut with Sophie then? Thursday 10th would also do.",
            (ymd(2026, 12, 10), ymd(2026, 12, 11)),
        ),
        (
            "Please book the crib service for Advent Sunday at 4pm and the choir practice on Thursday at 7.",
            (ymd(2026, 11, 29), ymd(2026, 12, 3)),
        ),
        (
            "book lunch at the Swan for Advent Sunday with Mum and Dad, and a call with my sister on Wednesday",
            (ymd(2026, 11, 29), ymd(2026, 12, 2)),
        ),
    ] {
        assert_eq!(days(request), Some(want), "{request}");
    }
    for request in [
        "book 1h tutoring w/ mia for her sat, she's nervous about the maths section",
        "book tennis w/ ella in the afternoon sun",
    ] {
        assert!(
            p(request)
                .window
                .is_none_or(|w| w.start != ymd(2026, 11, 28) && w.start != ymd(2026, 11, 29)),
            "{request}"
        );
    }
    assert_eq!(
        kind_name(&p("How full is the Tuesday yoga class? I need to go this week.").kind),
        "task"
    );
    assert_eq!(
        kind_name(&p("Book 30 min with Ana on Monday at 10 to list whatever we still need for the launch.").kind),
        "book"
    );
    assert_eq!(
        kind_name(&p("Can you ask Bo about a swap at the weekend, my Saturday shift for his Sunday one?").kind),
        "reschedule"
    );
    assert_eq!(
        names_of("Re the marketing team - can you find an hour with them next week?"),
        vec!["marketing team"]
    );
    assert_eq!(
        names_of("Hi Kairos, I need a 30 min call tomorrow at 4 with my mortgage adviser. His name? Kwame Mensah."),
        vec!["Kwame Mensah"]
    );
    for (request, hour) in [
        ("can the 7:30 dinner w/ Bo tmrw go to 9 instead", hm(19, 30)),
        (
            "move the 6:30 carol concert with the kids on Sunday to 8:30",
            hm(18, 30),
        ),
    ] {
        assert_eq!(moved_of(request).and_then(|m| m.time), Some(hour), "{request}");
    }
    // Round 220's near misses: a surname after an activity on a day, a question then what to do,
    // a meeting done daily.
    for (request, who) in [
        ("book rides with jacobs on tuesday at 4", "jacobs"),
        ("piano lessons w/ matthews thurs 5pm", "matthews"),
    ] {
        assert_eq!(names_of(request), vec![who], "{request}");
    }
    assert_eq!(
        kind_name(&p("any visits booked with Bo? if not, add one Thursday at 10").kind),
        "book"
    );
    for request in [
        "the daily standup with Ana and Bo at 9:30 - please set it up starting Monday",
        "Add the daily school run at 8:15 to my calendar.",
    ] {
        assert_eq!(kind_name(&p(request).kind), "habit", "{request}");
    }
    // Round 221's near misses: a meeting or its time replaced, "cncl" as a word of its own after a
    // picture, what "we" have with something booked or sought after, a year after "New Year", a
    // new clause's verb after a pause, days pointed back to, someone pointed back to.
    for request in [
        "Set the dentist for 8 December at 9am in place of the old appointment",
        "pencil the 1:1 with Mia at 4pm tomorrow in place of the old 2pm",
        "got a text \u{1f4f1} cncl fee applies after today, so move the physio from Tue 1st to Wed 2nd",
    ] {
        assert_eq!(kind_name(&p(request).kind), "reschedule", "{request}");
    }
    for request in [
        "\u{1f4cc} cncl policy is 24h notice \u{2014} book the physio for tue 1st at 5pm",
        "what have we got free on Tuesday? book the plumber in whichever slot is open",
        "what do we have on Thursday? add the school play at 6pm",
    ] {
        assert_eq!(kind_name(&p(request).kind), "book", "{request}");
    }
    assert_eq!(
        kind_name(&p("Bo just texted \u{1f62c} cncl, can we find another slot with him next week?").kind),
        "find"
    );
    assert_eq!(
        kind_name(&p("we need to meet the landlord before Christmas, what have we got open?").kind),
        "find"
    );
    assert_eq!(
        title_of("pay off the loan by New Year 2028"),
        "pay off the loan by New Year 2028"
    );
    assert_eq!(
        title_of("I have to get groceries, um, wanted to also book the dentist Thursday at 3"),
        "get groceries"
    );
    assert_eq!(
        p("On duty Tuesday and Wednesday. What have I got on those days?")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 1), ymd(2026, 12, 2)))
    );
    assert_eq!(
        names_of("The kids were happy with the babysitter. Get her again for Saturday night."),
        vec!["babysitter"]
    );
    // A mark told of in a story, and "more for" the meeting, leave the note as it was.
    assert_eq!(
        p("LEDGER OF THE ENGINE BAY, KEPT BY ME ON THE BENCH. Oil changes are written in with the hours run, and filters are dated in marker on the casing. Last month the foreman's sticker beside this entry made the entry my calendar's problem: the crane lift overran by three hours and the engine fitting slipped a day. A line for my assistant: please book 30 minutes with Karl Weber on Thursday 3 December at 4pm to talk about the fitting schedule. Spare impellers are kept in the drawer under the vice.").duration_minutes,
        Some(30)
    );
    assert_eq!(
        names_of(
            "NOTICE ON THE ENGINE BAY BENCH, PUT UP BY ME, THE BAY FOREMAN, ABOVE THE VICE. Engines are to be drained before they come off their beds, and the oil carried to the tank in the closed cans. Note for my assistant: book 1 hour with Lina Gross on Wednesday 2 December at 10am about the new hoist. More for the meeting: Bo Lind will bring the drawings, so invite him as well. The torque wrench goes back in its case, and nobody starts an engine with the bay doors shut."
        ),
        vec!["Lina Gross", "Bo Lind"]
    );
    // Round 222's near misses: a change to a time still moves, a body's own event booked, a
    // team's brains picked, "As" as a name, a one-off arrangement, a team or a day after a deputy
    // team.
    for request in [
        "my Tuesday 4pm with Bo clashes with pickup, see whether we could switch to a lunchtime",
        "the 3pm review with Ana tomorrow, I wonder whether we could switch to a quarter past four",
    ] {
        assert_eq!(kind_name(&p(request).kind), "reschedule", "{request}");
    }
    for (request, who) in [
        (
            "Put in the demo organised by the sales team's new hires on Friday at 11",
            vec!["sales team"],
        ),
        (
            "Set up a call next week to pick the design team's brains about onboarding",
            vec!["design team"],
        ),
        ("lunch with Ana and As next Friday at 1", vec!["Ana", "As"]),
        (
            "Book an hour with Bo and the acting leadership team, Thursday afternoon if possible",
            vec!["Bo", "acting leadership team"],
        ),
        (
            "Find 30 min with Ana and the deputy safeguarding team, Please avoid Monday",
            vec!["Ana", "deputy safeguarding team"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(
        kind_name(&p("Bo and Ana want a call, they arrange at 4pm Tuesday, 30 min").kind),
        "book"
    );
    // Round 223's near misses: a night named by what fills it with another part of the day not
    // asked, what a move or a search waits "until", a person lined up with, a meeting one is moving
    // "from" a day, a holiday's plan, a family's visit, "that morning" with no new hour.
    let part = |text: &str| p(text).window.and_then(|w| w.time);
    assert_eq!(
        part("Poker night's at Bo's on Friday, put it in my diary - I'm working all afternoon though"),
        Some(TimeOfDay::Part(PartOfDay::Evening))
    );
    assert_eq!(
        part("I'm driving to 10 Downing Street on Tuesday; find me an hour with Ana that morning"),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    assert_eq!(
        part("Can we do Tuesday with Ana, same time as last week? If not, anything that afternoon"),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    assert_eq!(
        p("Find 30 min with Ana on Monday 30th or later. She's not in until Wednesday.")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), ymd(2026, 12, 2)))
    );
    assert_eq!(
        names_of("block out saturday to tile the bathroom with dave first thing"),
        vec!["dave"]
    );
    assert_eq!(names_of("Book dinner on Saturday for the Patel's visit"), vec!["Patel"]);
    assert_eq!(
        moved_of("I am moving my dentist from Tuesday 1st. Find a slot on Thursday 3rd.").and_then(|m| m.date),
        Some(ymd(2026, 12, 1))
    );
    assert_eq!(
        p("Put the christmas morning swim plan in my calendar, 9am at the lido")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 25))
    );
    // Round 224's near misses: a move of meetings after a place one is at, a team that will be
    // busy, someone surnamed like a street, the last team pointed back to, an hour's bound.
    for request in [
        "at the office move Ana's 1:1 to Thursday at 3pm",
        "big move all my Monday meetings to Tuesday please",
        "can you do a big move of my Tuesday calls to Wednesday",
    ] {
        assert_eq!(kind_name(&p(request).kind), "reschedule", "{request}");
    }
    for (request, who) in [
        (
            "the design team will be overbooked next week, so find an hour with them this Friday",
            vec!["design team"],
        ),
        (
            "catch up on Tom Street's proposal with him Monday at 11am",
            vec!["Tom Street"],
        ),
        ("the last team's out, book them for Friday at 10am", vec!["last team"]),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(
        moved_of("move Ana's call from 9, uh, in the morning to 4 in the afternoon").and_then(|m| m.time),
        Some(hm(9, 0))
    );
    // Round 225's near misses: someone named after their kin or work before another, a person
    // called Kairos, a titled name ending like a building, counts of time after a name, a surname
    // like a service, "BK" after "with", what is struck from other papers, the free days excepted,
    // an address after "ends at", a capitalised noon, plans for a holiday's evening, where someone
    // has just been, and meeting someone asked when.
    for (request, who) in [
        (
            "Find 30 minutes next week with my colleague Priya, Dr. Tom Hale, and me.",
            vec!["Priya", "Dr. Tom Hale"],
        ),
        (
            "Book lunch on Friday at 1pm with my brother Tom, Mrs. Ada Lowe.",
            vec!["Tom", "Mrs. Ada Lowe"],
        ),
        (
            "Oh Kairos Papadopoulos is in town Thursday, book dinner with him at 7pm.",
            vec!["Kairos Papadopoulos"],
        ),
        (
            "Ah there Kairos is, book a coffee with him and Ana on Friday at 11",
            vec!["Kairos", "Ana"],
        ),
        (
            "Book lunch with the Revd Sarah Church on Thursday at 1pm.",
            vec!["Revd Sarah Church"],
        ),
        ("Book tea with our Dan 2 weeks on Saturday at 4pm.", vec!["Dan"]),
        ("Meet our Ana 2 mornings next week.", vec!["Ana"]),
        ("Find 30 mins with Ben Mass next week.", vec!["Ben Mass"]),
        ("CALL WITH BK RE CONTRACT MON 10AM", vec!["BK"]),
        ("SET UP A CALL WITH BK AND ANA ON MONDAY AT 10AM", vec!["BK", "ANA"]),
        (
            "do you know when we ought to sit down with the auditors",
            vec!["auditors"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(
        title_of("Morning Kairos sync with Ana and Bo every weekday at 9"),
        "Morning Kairos sync with Ana and Bo"
    );
    for request in [
        "We agreed to strike it from the contract - book a follow-up with Ana on Friday at 10am.",
        "Strike that from the minutes and set up a call with Bo on Monday at 2pm.",
        "Book dinner plans for Christmas Eve at 7pm with Ana and Bo.",
        "Call with Ana tomorrow at Noon EST",
    ] {
        assert_eq!(kind_name(&p(request).kind), "book", "{request}");
    }
    assert_eq!(
        p("My plans for Christmas Eve: dinner with Mum at 7pm, please book it.")
            .window
            .map(|w| (w.start, w.time)),
        Some((ymd(2026, 12, 24), Some(TimeOfDay::At(hm(19, 0)))))
    );
    assert_eq!(
        p("Lunch Meeting With Ana At Noon On Friday")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(12, 0)))
    );
    assert_eq!(
        p("Meet Ana on Saturday after the tour, which ends at 10 Downing Street.")
            .window
            .and_then(|w| w.time),
        None
    );
    assert!(
        p("I'm busy all week except sat or sun, find 2 hours with Jo")
            .avoid
            .is_empty()
    );
    assert!(
        p("Schedule a chat with Lena, fresh from the Paris conference, Tuesday 3pm her time.")
            .zone
            .is_none()
    );
    assert_eq!(
        kind_name(&p("Do you know when we should get together with Ana and Bo?").kind),
        "find"
    );
    // Round 226's near misses: the rest of a list that is the request's, a body refused then met,
    // given names that begin with God's name, a name given below a request, a group's own meeting,
    // the end of a span of days at an hour.
    let rest = names_of(
        "Note for my assistant, who keeps my diary: book the quarterly review with Hannah Berg on Thursday at 11am for an hour. The rest of the list: Omar Farouk and Lena Vogt. Send all three an invite and mark it firm. Thanks, that is everything for this week, the remaining items on this page are for the warehouse crew only.",
    );
    assert!(
        rest.iter().any(|n| n == "Omar Farouk") && rest.iter().any(|n| n == "Lena Vogt"),
        "{rest:?}"
    );
    for (request, who) in [
        (
            "The planning committee has refused our application. Please book a call with them on Monday at 2pm to discuss next steps.",
            vec!["planning committee"],
        ),
        (
            "Please book 30 minutes with Allah Ditta on Monday at 11am to go over the stock count.",
            vec!["Allah Ditta"],
        ),
        (
            "Set up lunch with Allah Rakha Khan on Wednesday at 1pm, one hour.",
            vec!["Allah Rakha Khan"],
        ),
        (
            "Kairos, please set up a 30 minute call on Tuesday at 2pm. Guest list below.\nMarco Rossi",
            vec!["Marco Rossi"],
        ),
        (
            "Kairos, book 45 minutes on Thursday at 11am with the new hire. Her name is below.\nAna Lopez",
            vec!["Ana Lopez"],
        ),
        (
            "Book the leadership team strategy meeting with the investors on Thursday at 2pm for 2 hours.",
            vec!["leadership team", "investors"],
        ),
        (
            "the parents association planning meeting with Mrs. Joy Adeyemi - please put it in for Monday 7pm, 1h",
            vec!["parents association", "Mrs. Joy Adeyemi"],
        ),
        (
            "the marketing team launch review with Ana Ruiz, Thursday 2pm, 1h - please book",
            vec!["marketing team", "Ana Ruiz"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(
        p("Find an hour with Ana Silva next week, after the end of the month at 10am.")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(10, 0)))
    );
    // Round 227's rules: bodies met in an Assembly, people after their cities, a family and its
    // neighbour, a name's letters "RM", a group after "with" and a thing, a team before who pays.
    for (request, who) in [
        (
            "Set up a call with the Welsh Assembly on Tuesday at 2pm",
            vec!["Welsh Assembly"],
        ),
        (
            "Book a meeting with the Youth Assembly on Wednesday 9 December at 5pm",
            vec!["Youth Assembly"],
        ),
        (
            "The Smith family are coming for dinner Saturday 7pm. Please also invite their neighbour, Tom Reed.",
            vec!["Smith family", "Tom Reed"],
        ),
        ("1:1 w/ RM tue 3pm", vec!["RM"]),
        ("coffee w/ rob and rm fri 10am", vec!["rob", "rm"]),
        ("call w/ RM Sharma tue 11am", vec!["RM Sharma"]),
        (
            "Please book a room with a whiteboard to plan sprint 12 for the platform team tue 10am",
            vec!["platform team"],
        ),
        ("LUNCH W/ THE TEAM MR LEE IS PAYING FRI 1PM", vec!["THE TEAM"]),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    // (Cities after names were named before and still are; a town before its province is not.)
    assert!(names_of("Call w/ Ana, Sydney, tue 8am my time").contains(&"Ana".to_owned()));
    // Where someone emigrated gives no clock unless their day is spoken of.
    assert_eq!(
        p("My brother emigrated to Perth but he's in Berlin for Christmas - book dinner with him on 23 December at 7pm")
            .zone
            .map(|z| z.name()),
        Some("Europe/Berlin")
    );
    // A day offered or moved to after someone's possessive or wish is no story.
    let days_of = |text: &str| p(text).window.map(|w| (w.start, w.end));
    let dec = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("a day of December");
    assert_eq!(
        days_of("move my mon 9am w/ Bo, the client's only around wed"),
        Some((dec(2), dec(2)))
    );
    assert_eq!(
        days_of("tutoring w/ Zara thu 3rd 4pm, she wants to switch to fri 4th"),
        Some((dec(4), dec(4)))
    );
    assert_eq!(
        days_of("swap my gym session w/ Kai from mon 7am, kai's only got wed mornings"),
        Some((dec(2), dec(2)))
    );
    // A month before a word joined by hyphens, and a holiday before a part of the day so joined,
    // are dates still.
    assert_eq!(
        days_of("a December catch-up with Ana, any afternoon"),
        Some((dec(1), dec(31)))
    );
    assert_eq!(
        days_of("Christmas mid-afternoon walk with Dad"),
        Some((dec(25), dec(25)))
    );
    // "to that morning" is the part moved to.
    assert_eq!(
        p("Move my Tuesday 3pm call with Ana to that morning, I have dinner plans in the evening")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    // Round 228's rules: a list after a body's post, a person named Day, hosts at their own
    // places, a day wanted given as a reason, zones after a spelled hour when shouted, "like" a
    // count, a holiday's activities, and a move over to a time keep their older readings.
    for (request, who) in [
        (
            "Find an hour next week with the Head of Maths, Bo and Cal",
            vec!["Head of Maths", "Bo", "Cal"],
        ),
        (
            "Lunch with the Friends of Kew, Ana and Bo on Saturday",
            vec!["Friends of Kew", "Ana", "Bo"],
        ),
        (
            "Book a call with the Rachel Day from accounts on Tuesday at 3",
            vec!["Rachel Day"],
        ),
        (
            "Dinner with Bo tomorrow at 7, then a barbecue at Jake's!",
            vec!["Bo", "Jake"],
        ),
        ("Lunch with Ana Bring on Friday at 1", vec!["Ana Bring"]),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(
        days_of("Push the 3pm with Finn on Monday to whenever works because Thursday is free"),
        Some((dec(3), dec(3)))
    );
    assert_eq!(
        p("CALL WITH RAJ AT TEN IST ON MONDAY").zone.map(|z| z.name()),
        Some("Asia/Kolkata")
    );
    assert!(
        p("Book a table for around like 10 people on Friday")
            .window
            .is_some_and(|w| w.time.is_none())
    );
    assert_eq!(
        days_of("Block out our Boxing Day hike with Bo and Cal"),
        Some((dec(26), dec(26)))
    );
    assert!(matches!(
        p("Can you check whether we could move the standup over to noon tomorrow").kind,
        IntentKind::Reschedule { .. }
    ));

    // Round 229's rules, where they stop: someone fitted in, a holiday or those pointed to below
    // the request, a court where people meet with a day said, a calling the time is for, a post
    // "of" a body, a part of an entry struck, commitments made, a booking or a count made another
    // hour, a "to" before an arrow, and a day asked for "anyway".
    for (request, who) in [
        ("can you fit priya coaching in on thursday afternoon, 1h", vec!["priya"]),
        (
            "can u fit jenny visiting on sunday afternoon for 2 hours",
            vec!["jenny"],
        ),
        (
            "Please book 30 minutes with the person below on Monday at 11.\n\nDaniel Okoro",
            vec!["Daniel Okoro"],
        ),
        (
            "Heads up. Coach wants 20 min Saturday at 9 before kick-off, book it.",
            vec!["Coach"],
        ),
        ("Quick one. Van is free Monday at 10, book an hour.", vec!["Van"]),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert!(
        names_of("Please find 30 minutes next week for a call from the Chair of Governors.")
            .iter()
            .any(|n| n.starts_with("Chair"))
    );
    // (The people pointed to below are kept, however the lines are joined.)
    assert!(
        names_of("Set up a 1h planning call on Tuesday at 3pm with these two.\n\nPriya Shah\nTom Reed")
            .iter()
            .any(|n| n.contains("Tom Reed"))
    );
    assert_eq!(
        days_of("Please block out the whole day for the house move.\n\nNew Year's Eve"),
        Some((dec(31), dec(31)))
    );
    assert_eq!(
        p("Meet Sam at 2 Earls Court on Saturday").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(14, 0)))
    );
    assert_ne!(
        kind_name(
            &p("Please strike from the calendar invite the external guests and keep the meeting Tuesday at 10.").kind
        ),
        "cancel"
    );
    assert_ne!(
        kind_name(&p("What commitments have I made to Priya? Book an hour with her on Monday to go over them.").kind),
        "describe"
    );
    for request in [
        "Arrange lunch with Ana on Monday at 1, can you make it 2 same day",
        "Coffee with the team on Wednesday at 10, can we make it 12 people same day",
    ] {
        assert!(!matches!(p(request).kind, IntentKind::Reschedule { .. }), "{request}");
    }
    assert_ne!(
        move_days_of("Move my call with Ana to Wednesday 2pm; she flies Mon -> Tue and gets into Berlin late.")
            .and_then(|(_, to)| to),
        Some((dec(1), dec(1)))
    );
    assert_eq!(
        move_days_of("Lunch with Sam today got cancelled. Rebook it for Friday anyway.").and_then(|(_, to)| to),
        Some((dec(4), dec(4)))
    );

    // Round 230's rules, where they stop: a meeting let slip or nudged to a day, a group in what a
    // thing is for that meets one after all, someone popped down to, a part of the day after the
    // last sentence, a review already preponed, and a calling that moved what is still held.
    for request in [
        "Let the planning slip to Monday.",
        "Give Monday's meeting a nudge back to Tuesday.",
    ] {
        assert!(matches!(p(request).kind, IntentKind::Reschedule { .. }), "{request}");
    }
    for (request, who) in [
        (
            "Book a room on Thursday at 2pm so that the design team can present to us.",
            vec!["design team"],
        ),
        (
            "Find an hour on Thursday so that the project team can catch up with Ana.",
            vec!["project team", "Ana"],
        ),
        (
            "Can you find time on Monday for me to pop down to Marcus and go through the budget?",
            vec!["Marcus"],
        ),
        ("Find 30 minutes Tuesday to go down to Sam for a chat.", vec!["Sam"]),
        (
            "Hi. Landlord has moved the viewing to Saturday at 11, can you change it in my calendar?",
            vec!["Landlord"],
        ),
        (
            "Find 30 min on Monday at 3 for a call. Client has moved the launch meeting and wants to talk it through.",
            vec!["Client"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(
        p("Book a call with Ana next week. Afternoons")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    assert!(!matches!(
        p("Book a room for the preponed review on Tuesday at 10.").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        kind_name(&p("What's on Wednesday now that the launch got preponed?").kind),
        "describe"
    );
    // Round 231's: an apology or a statement of a day is no correction, an earlier hour meant keeps
    // its half of the day, Scots only in lowercase, "the morn" of a day or after an event a
    // morning, a name with "'ll" opening the request, a permission asked, arrows and signs in a
    // title, a blessing going on, people listed after the last sentence, kin said short, a
    // chapter's committee, a zone after an hour, a year, and "what are my …" before a booking.
    assert_eq!(
        p("Let's meet Thursday, sorry Friday won't work for me")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 12, 3))
    );
    assert_eq!(
        p("Ana is free Monday no Tuesday is her day off, book an hour with her")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 11, 30))
    );
    assert_eq!(
        p("lunch with Ana tomorrow 11am no 1").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(13, 0)))
    );
    for (request, who) in [
        ("Ye Lin wants an hour with me next Tuesday", vec!["Ye Lin"]),
        ("Wi Ling and I need an hour on Friday", vec!["Wi Ling"]),
        (
            "Book lunch with Emeka on Friday at 1. God bless, Chidi and Ngozi will join too",
            vec!["Emeka", "Chidi", "Ngozi"],
        ),
        (
            "Please book a 30 min call on Friday at 2pm. Ana Silva, Ben Carter",
            vec!["Ana Silva", "Ben Carter"],
        ),
        ("Book dinner with my sis Ngozi on Saturday at 7", vec!["Ngozi"]),
        ("lunch with my bro Tunde Friday at 1", vec!["Tunde"]),
        (
            "Book an hour with the next chapter committee on Monday",
            vec!["next chapter committee"],
        ),
        (
            "Ana'll confirm, but book Tuesday 2pm with Ana and Bo",
            vec!["Ana", "Bo"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(title_of("Tae kwon do class every Monday 6pm"), "Tae kwon do class");
    assert_eq!(
        p("Book a run with Ana on the morn of the 5th")
            .window
            .map(|w| (w.start, w.end)),
        Some((dec(5), dec(5)))
    );
    assert_eq!(
        kind_name(&p("Would you mind me to join the call with Ana Friday at 3?").kind),
        "find"
    );
    assert_eq!(
        title_of("remind me to check Q3 → Q4 rollover on Monday"),
        "check Q3 → Q4 rollover"
    );
    assert!(p("Set up a call 9am PT with Dana on Tuesday").zone.is_some());
    assert_eq!(
        title_of("Remind me to scan the letters from before 1945 this weekend"),
        "scan the letters from before 1945"
    );
    for request in [
        "What are my appointments like next week, can you book a haircut Tuesday 5pm?",
        "Ana asked what are my plans for Friday, book lunch with her at 1",
    ] {
        assert_eq!(kind_name(&p(request).kind), "book", "{request}");
    }
    // Round 232's: a family met after all, a zone in brackets after a day, a city or one met, a
    // body alone in brackets, "I mean" after a stop, counts and streets after a day, "onwards"
    // after a day of the month or an age, an hour before its day, a repeat asked of someone else,
    // a shift told, and a cancellation suggested.
    for (request, who) in [
        (
            "Cancel the viewing on Friday at 2. The Lee family have pulled out, please rebook the slot with Dan on Monday at 10.",
            vec!["Lee family", "Dan"],
        ),
        (
            "Book the church hall Saturday 3pm. The Brown family have changed their plans and want to meet us at 4 instead.",
            vec!["Brown family"],
        ),
        ("find time with the regulator (FCA) next week", vec!["FCA"]),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    for request in [
        "Call with Ana (ET) at 3pm on Monday",
        "book a call at 3pm Friday (PT)",
        "book Bo at 9am Chicago (CT) on Monday",
    ] {
        assert!(p(request).zone.is_some(), "{request}");
    }
    assert_eq!(
        p("Book the standup tomorrow at 9. I mean 10 of us will be there, so a big room.")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::At(hm(9, 0)))
    );
    for request in [
        "Meet Ana Tuesday 1500 words on the report to review",
        "book the 3rd 1000 copies print run with Bo",
        "Book Ana for Tuesday 1234 Oak Road viewing",
        "book a swim class for ages 8 onwards on Saturday",
    ] {
        assert_eq!(p(request).window.and_then(|w| w.time), None, "{request}");
    }
    assert_eq!(
        p("find an hour with Ana from Dec 5 onwards").window.map(|w| w.start),
        Some(dec(5))
    );
    assert_eq!(
        p("find an hour with Bo before 9am Dec the 3rd")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Before(hm(9, 0)))
    );
    for request in [
        "Book piano lessons for Leo. They should be every Tuesday at 4.",
        "Please find a slot for Bo's physio. He has to go every Wednesday at 10.",
    ] {
        assert_eq!(kind_name(&p(request).kind), "habit", "{request}");
    }
    assert_ne!(
        kind_name(&p("FYI the call can shift to Monday, no action needed").kind),
        "reschedule"
    );
    for request in [
        "Why not just cancel the 3pm?",
        "Can you not just cancel the 2pm with Ana?",
    ] {
        assert_eq!(kind_name(&p(request).kind), "cancel", "{request}");
    }
    // Round 233's: names with a doubled consonant before "ed", and a shouted "NOT" in a choice or a
    // question.
    for (request, who) in [
        ("set up a call with muhammed and ana on monday", vec!["muhammed", "ana"]),
        ("meeting with jarred tmrw 10am", vec!["jarred"]),
        ("schedule lunch with sayyed friday 1pm", vec!["sayyed"]),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    for request in [
        "lunch with ana sat, or if NOT sat, sun.",
        "Ana asked WHY NOT sat? book lunch with her sat 1pm",
    ] {
        assert!(p(request).avoid.is_empty(), "{request}");
    }
    // Round 234's: a body's one whose visit is met, a group met after it was lent a thing, things
    // bought with a name in the plural's shape, someone by what they do with animals, a group at a
    // firm, a team met with its lead, a bare thanks before more asked, how after kin, "til" as a
    // name.
    for (request, who) in [
        (
            "the county council's surveyor is coming Tuesday at 10, block an hour for him",
            vec!["county council"],
        ),
        (
            "Lent the projector to the design team last week, book 30 min with them Thursday at 11 to get it back.",
            vec!["design team"],
        ),
        ("need saturday morning to put up some shelves with james", vec!["james"]),
        ("Lunch with Ana the dog walker on Monday at 1", vec!["Ana"]),
        (
            "sync with the data team at Acme (Zoom) Wednesday 3pm",
            vec!["data team", "Acme"],
        ),
        (
            "Workshop with the design team lead Mr. Kim and his five designers Tuesday at 2",
            vec!["design team", "Mr. Kim"],
        ),
        (
            "Book lunch with Otieno Monday 1pm. Asante, also add Wanjiru please.",
            vec!["Otieno", "Asante", "Wanjiru"],
        ),
        ("meet kim and her husband early on saturday, say 9", vec!["kim"]),
        ("meet til and jonas monday 3pm", vec!["til", "jonas"]),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    // A length changed "to" so many hours, "HK dollars", a pregnancy's week, hours after a
    // weekday, the weekday told of the day wanted, a day offered as a fallback.
    assert_eq!(
        p("shorten Tuesday's review with Ana to 1.15 hours").duration_minutes,
        Some(69)
    );
    assert!(
        p("Review the budget in HK dollars with Ana on Tuesday at 4")
            .zone
            .is_none()
    );
    assert_eq!(
        p("I'm in week 34, book the midwife for Tuesday at 10")
            .window
            .map(|w| (w.start, w.end)),
        Some((dec(1), dec(1)))
    );
    assert_eq!(
        p("Block Wednesday 9-12 for a workshop with Bo")
            .window
            .map(|w| (w.start, w.time)),
        Some((dec(2), Some(TimeOfDay::At(hm(9, 0)))))
    );
    assert_eq!(
        p("Tomorrow's Saturday so I'm free all day, book a hike with Bo at 10")
            .window
            .map(|w| w.start),
        Some(ymd(2026, 11, 28))
    );
    assert_eq!(
        p("Book 1h with Bo on Tuesday. Wednesday is the backup.")
            .window
            .map(|w| (w.start, w.end)),
        Some((dec(1), dec(2)))
    );
    // Round 235's: a name fitted in not asked "whether", a swap with someone met, "te" and "the
    // Morra" as names, "an" after a sentence's first word or before letters in capitals.
    for (request, who) in [
        (
            "we could fit james to the tuesday sessions next week, can you check when he's free?",
            vec!["james"],
        ),
        (
            "Book a quick call to swap nights with Priya, Thursday 4pm",
            vec!["Priya"],
        ),
        ("dinner with the Morra family on Sunday at 6", vec!["Morra family"]),
        (
            "Book a demo with Acme Corp an AI startup from Berlin, Thursday 2pm",
            vec!["Acme Corp"],
        ),
    ] {
        assert_eq!(names_of(request), who, "{request}");
    }
    assert_eq!(
        kind_name(&p("Swap my shift handover with the ops review on Thursday").kind),
        "reschedule"
    );
    assert_eq!(
        p("dinner with the Morra family on Sunday at 6").window.map(|w| w.start),
        Some(ymd(2026, 11, 29))
    );
    // "the night's" before a count, "setup" before a thing, "today itself" wanted.
    assert_eq!(
        p("Book a debrief Monday 10am to review the night's 3 incidents")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))
    );
    assert_eq!(
        kind_name(&p("Did you setup the projector for the 3pm with the board?").kind),
        "clarify"
    );
    // Hours running forward after a weekday stay hours where the writer dates with dashes too.
    assert_eq!(
        new_time_of("move the call with Ana on Monday 30-11 to Wednesday 9-12"),
        Some(TimeOfDay::Between(hm(9, 0), hm(12, 0)))
    );
    assert_eq!(
        p("Block Wednesday 9-12 for the audit. Invoice 14-11 attached.")
            .window
            .map(|w| (w.start, w.time)),
        Some((dec(2), Some(TimeOfDay::At(hm(9, 0)))))
    );
    for request in [
        "Please schedule the call with Ravi today itself as I told the client",
        "Today itself works as Ravi confirmed he's free at 5pm, please book it",
    ] {
        assert_eq!(p(request).window.map(|w| w.start), Some(ymd(2026, 11, 27)), "{request}");
    }
}
