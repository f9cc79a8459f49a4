//! Rounds 10 to 19: their rules checked in words other than the requests that prompted them.

use super::super::*;

#[test]
fn round_ten_rules_hold_in_other_words() {
    let berlin = Tz::Europe__Berlin;
    let p = |text: &str| parse(text, now(), berlin);
    let day = |text: &str| p(text).window.map(|w| (w.start, w.end, w.time));
    // Misspelt days and parts of day.
    assert_eq!(
        day("can you fnid 30 min on wensday aftrnoon"),
        Some((
            ymd(2026, 12, 2),
            ymd(2026, 12, 2),
            Some(TimeOfDay::Part(PartOfDay::Afternoon))
        ))
    );
    // "Friday week": a week after the coming Friday.
    assert_eq!(day("lunch with Bo Friday week?").map(|d| d.0), Some(ymd(2026, 12, 11)));
    // A weekday settles a numeric date that could be read either way: 2 December is a
    // Wednesday, 12 February a Friday.
    let i = p("book 30 min with Bo on Wednesday 2/12 at 10");
    assert!(i.issues.is_empty(), "{:?}", i.issues);
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 12, 2)));
    // "am only": a part of the day.
    assert_eq!(
        day("an hour with Bo on Monday, am only").and_then(|d| d.2),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    // Polite words and question words are not people; "make a meeting" books.
    let i = p("Kindly make a meeting with Ines tomorrow at 9. Which room is free?");
    assert_eq!(i.participants, vec![Participant::Name("Ines".into())]);
    assert_eq!(i.kind, IntentKind::FindTime { book: true });
    // The same person named twice, the second time shorter.
    let i = p("find an hour with Mr. Chidi Obi next week; Mr. Obi prefers mornings");
    assert_eq!(i.participants, vec![Participant::Name("Mr. Chidi Obi".into())]);
    // Someone else's day off is a day to avoid, not a habit.
    let i = p("find 45 min with Ana next week, she doesn't work on Mondays");
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(
        i.avoid.iter().map(|a| a.weekday).collect::<Vec<_>>(),
        vec![Some(Weekday::Mon)]
    );
    // "for" and a day give a meeting its new day; a bare hour after "to" its new time.
    let i = p("please move my Thursday call with Bo for Friday");
    assert!(
        matches!(i.kind, IntentKind::Reschedule { which, .. } if which.date == Some(ymd(2026, 12, 3))),
        "{:?}",
        i.kind
    );
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 12, 4)));
    let i = p("can we push tomorrow's 10am to 11?");
    assert_eq!(
        i.window.map(|w| (w.start, w.time)),
        Some((
            ymd(2026, 11, 28),
            Some(TimeOfDay::At(NaiveTime::from_hms_opt(11, 0, 0).unwrap_or_default()))
        ))
    );
    // A lowercase name opening the request after an interjection.
    let i = p("oh, nadia bailed on tomorrow's 4pm - cancel it please");
    assert_eq!(i.participants, vec![Participant::Name("nadia".into())]);
    // What is in the calendar is described.
    assert_eq!(p("what's in my diary on Tuesday?").kind, IntentKind::Describe);
    // A habit someone advised, and a task pointed back to with "it".
    let i = p("my coach said i should swim twice a week");
    assert!(
        matches!(&i.kind, IntentKind::AddHabit { title, .. } if title == "swim"),
        "{:?}",
        i.kind
    );
    let i = p("I was asked to renew the lease by Friday, could you put it on my list?");
    assert!(
        matches!(&i.kind, IntentKind::AddTask { title, .. } if title == "renew the lease"),
        "{:?}",
        i.kind
    );
}

#[test]
fn round_eleven_rules_hold_in_other_words() {
    let berlin = Tz::Europe__Berlin;
    let p = |text: &str| parse(text, now(), berlin);
    let at = |h: u32, m: u32| Some(TimeOfDay::At(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()));
    // People named together with the one asking, with no "with": a search for a common time,
    // even when the request then asks to be shown something.
    let i = p("Me and Olu need a shared slot on Monday, 30 min - show me the options");
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(i.participants, vec![Participant::Name("Olu".into())]);
    // Asking which times to offer is a search, whoever sends the invitation.
    let i = p("Setting up a one-hour review with Bo next week: which times can I suggest? I'll send the invite.");
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(
        p("when can I fit in 20 min with Ana on Monday?").kind,
        IntentKind::FindTime { book: false }
    );
    // "What am I looking at …": the calendar described; "between" is nobody's name.
    let i = p("what am i up against between Monday and Wednesday?");
    assert_eq!(i.kind, IntentKind::Describe);
    assert!(i.participants.is_empty(), "{:?}", i.participants);
    // A lowercase name ends before "no" and before the one asking.
    let i = p("the 3pm call with ingrid no longer works, please move it to Tuesday");
    assert_eq!(i.participants, vec![Participant::Name("ingrid".into())]);
    // A task pointed back to from further away, after a verb of taking something on.
    let i = p("I offered to sort the archive by Monday. Can you note it down for me as a task please?");
    assert!(
        matches!(&i.kind, IntentKind::AddTask { title, .. } if title == "sort the archive"),
        "{:?}",
        i.kind
    );
    // What it takes ends the title; a month or a holiday before a noun is no date.
    let i = p("task: wrap the christmas presents will take an hour, by Sunday");
    assert!(
        matches!(&i.kind, IntentKind::AddTask { title, due } if title == "wrap the christmas presents" && *due == Some(ymd(2026, 11, 29))),
        "{:?}",
        i.kind
    );
    let i = p("remind me to file the December invoices by Tuesday");
    assert!(
        matches!(&i.kind, IntentKind::AddTask { title, due } if title == "file the December invoices" && *due == Some(ymd(2026, 12, 1))),
        "{:?}",
        i.kind
    );
    // Two days of one month; an ordinal spelled out; "sat" where a day is expected.
    let i = p("find 30 min with Bo on the 14th or 15th of December");
    assert_eq!(
        i.window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 15)))
    );
    let i = p("cancel the call on the twentieth at 10am");
    assert!(
        matches!(i.kind, IntentKind::Cancel { which } if which.date == Some(ymd(2026, 12, 20))),
        "{:?}",
        i.kind
    );
    assert_eq!(
        p("lunch w/ Ana on sat at 1pm").window.map(|w| w.start),
        Some(ymd(2026, 11, 28))
    );
    assert_eq!(p("I sat with Ana for an hour").window, None);
    // Short and modal verbs of moving and booking.
    assert!(matches!(
        p("mv my 2pm w/ Bo -> tues 10am").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        p("sched 45 min w/ ana mon 3pm").kind,
        IntentKind::FindTime { book: true }
    );
    let i = p("the Thursday review I need to change, please make it Friday at 9");
    assert!(
        matches!(i.kind, IntentKind::Reschedule { which, to } if which.date == Some(ymd(2026, 12, 3)) && to.map(|w| w.start) == Some(ymd(2026, 12, 4))),
        "{:?}",
        i.kind
    );
    // A bare hour offered after "say".
    assert_eq!(
        p("move my 10am with Bo on Monday to the afternoon, say 3?")
            .window
            .and_then(|w| w.time),
        at(15, 0)
    );
    // Time in a part of every day, for oneself, is a habit; "in the week" counts a week.
    let i = p("yoga three times in the week, evenings, 45 minutes");
    assert!(
        matches!(
            i.kind,
            IntentKind::AddHabit {
                frequency: Some(Frequency::PerWeek(3)),
                part: Some(PartOfDay::Evening),
                ..
            }
        ),
        "{:?}",
        i.kind
    );
    // A misspelt morning.
    assert_eq!(
        p("am i free monday monring?").window.and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
}

#[test]
fn round_twelve_rules_hold_in_other_words() {
    let berlin = Tz::Europe__Berlin;
    let p = |text: &str| parse(text, now(), berlin);
    let title = |text: &str| match p(text).kind {
        IntentKind::AddTask { title, .. } | IntentKind::AddHabit { title, .. } => title,
        other => format!("{other:?}"),
    };
    // A capitalised word opening a later sentence is a name only when what follows makes it one.
    let i = p("Bo wants 30 min on Monday. Just check, please. Then tell me.");
    assert_eq!(i.participants, vec![Participant::Name("Bo".into())]);
    let i = p("Find 30 min with Ana tomorrow. Marta can't make it. Leave it open.");
    assert_eq!(
        i.participants,
        vec![Participant::Name("Ana".into()), Participant::Name("Marta".into())]
    );
    // "so", "ok" open a request; a lowercase name then opens it as its subject.
    let i = p("ok dmitri wants to sync on Monday, 20 min - when am I free?");
    assert_eq!(i.participants, vec![Participant::Name("dmitri".into())]);
    // Someone away, named with "'s".
    let i = p("Ines's away Friday so cancel our 10am");
    assert_eq!(i.participants, vec![Participant::Name("Ines".into())]);
    // "meeting" as a verb introduces people.
    let i = p("am I free for meeting olga on Tuesday?");
    assert_eq!(i.participants, vec![Participant::Name("olga".into())]);
    // A task without a lead is what ends against its deadline, not a remark before it.
    assert_eq!(
        title("argh, another one from finance: submit the receipts by Monday, 15 min. on my list please"),
        "submit the receipts"
    );
    // A later lead when the first names nothing; "is it" asks, it does not point back.
    assert_eq!(
        title("Would it be ok to add a task for me? I have to renew the domain by Friday, 10 minutes."),
        "renew the domain"
    );
    // What a habit's length is of.
    assert_eq!(
        title("twice a week, no matter what: 40 minutes of piano practice"),
        "piano practice"
    );
    // One slip of the keyboard in a day or part of day; "tonights"; "Dec 14 to 16".
    assert_eq!(
        p("find 30 min with Bo on thrusday").window.map(|w| w.start),
        Some(ymd(2026, 12, 3))
    );
    // A different last letter makes a name, not a day.
    assert_eq!(
        p("find 30 min with Sundar tomorrow").participants,
        vec![Participant::Name("Sundar".into())]
    );
    assert_eq!(
        p("am i free tomorrow afternon").window.and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    assert!(matches!(
        p("gym on fridays, an hour").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::PerWeek(1)),
            ..
        }
    ));
    assert!(
        matches!(p("cancel tonights call with Bo").kind, IntentKind::Cancel { which } if which.date == Some(ymd(2026, 11, 27)))
    );
    assert_eq!(
        p("find an hour with Bo jan 5 to 7").window.map(|w| (w.start, w.end)),
        Some((ymd(2027, 1, 5), ymd(2027, 1, 7)))
    );
    // Asking what one has, or anything with someone, describes.
    assert_eq!(p("can you list what I have tomorrow?").kind, IntentKind::Describe);
    assert_eq!(
        p("anything with Priya in my diary this week?").kind,
        IntentKind::Describe
    );
}

#[test]
fn round_thirteen_rules_hold_in_other_words() {
    let berlin = Tz::Europe__Berlin;
    let p = |text: &str| parse(text, now(), berlin);
    let title = |text: &str| match p(text).kind {
        IntentKind::AddTask { title, .. } | IntentKind::AddHabit { title, .. } => title,
        other => format!("{other:?}"),
    };
    // Asking where something could go, or what if, looks for a time; it books nothing.
    assert_eq!(
        p("where can I fit 30 min with Bo on Monday? don't add it yet").kind,
        IntentKind::FindTime { book: false }
    );
    assert_eq!(
        p("if I wanted to slot in an hour with Ana next week, what would work?").kind,
        IntentKind::FindTime { book: false }
    );
    // A name opening a request before "finally" or "got"; lowercase names with a hyphen, before
    // "until", and opening a clause after "where".
    let i = p("Marie-Claire got back to me, book 30 min with her on Tuesday at 10");
    assert_eq!(i.participants, vec![Participant::Name("Marie-Claire".into())]);
    let i = p("find 20 min with ana-sofia and bo tomorrow");
    assert_eq!(
        i.participants,
        vec![Participant::Name("ana-sofia".into()), Participant::Name("bo".into())]
    );
    let i = p("any time on Monday when tomas and I are both free?");
    assert_eq!(i.participants, vec![Participant::Name("tomas".into())]);
    // "until" divides a move like "to"; "next week Friday" is next week's Friday.
    let i = p("can we delay Monday's 9am with Bo until Wednesday");
    assert!(
        matches!(i.kind, IntentKind::Reschedule { which, to } if which.date == Some(ymd(2026, 11, 30)) && to.map(|w| w.start) == Some(ymd(2026, 12, 2))),
        "{:?}",
        i.kind
    );
    assert_eq!(
        p("find an hour with Bo next week Tuesday").window.map(|w| w.start),
        Some(ymd(2026, 12, 1))
    );
    assert!(matches!(
        p("my 3pm with Ana needs to go to Friday").kind,
        IntentKind::Reschedule { .. }
    ));
    // "it … that …" points ahead; leads of what one is supposed to do, of a new routine.
    assert_eq!(
        title("please note it down that I've got to pay the invoice by Monday"),
        "pay the invoice"
    );
    assert_eq!(title("I'm meant to stretch every morning for 10 minutes"), "stretch");
    assert_eq!(title("new habit journal every evening for 15 minutes"), "journal");
    // A span of weekdays makes a habit, unless asked about.
    assert!(matches!(
        p("walk the dog mon-fri, 30 minutes").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Weekdays),
            ..
        }
    ));
    assert_eq!(p("am I free mon-fri for an hour?").kind, IntentKind::Describe);
    // Lengths and dates as non-native and European writers put them.
    assert_eq!(
        p("find two hour and half with Bo on Monday").duration_minutes,
        Some(150)
    );
    assert_eq!(
        p("book the car service for 03.12.2026 at 9").window.map(|w| w.start),
        Some(ymd(2026, 12, 3))
    );
    assert_eq!(
        p("find 30 min with Bo Jan 4-6").window.map(|w| (w.start, w.end)),
        Some((ymd(2027, 1, 4), ymd(2027, 1, 6)))
    );
    // One's own work opened with "must"; a question about the product asks back.
    assert!(matches!(
        p("must file the expenses by Friday, 20 min").kind,
        IntentKind::AddTask { .. }
    ));
    assert_eq!(p("how do I change my notification settings?").kind, IntentKind::Clarify);
}

#[test]
fn round_fourteen_rules_hold_in_other_words() {
    let berlin = Tz::Europe__Berlin;
    let p = |text: &str| parse(text, now(), berlin);
    let title = |text: &str| match p(text).kind {
        IntentKind::AddTask { title, .. } | IntentKind::AddHabit { title, .. } => title,
        other => format!("{other:?}"),
    };
    let at = |h: u32, m: u32| Some(TimeOfDay::At(NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()));
    // A sign-off ends the people, even one opening with "with"; a lowercase name ends before
    // "between"; a single word before "are" is a thing.
    let i = p("Please book 30 min with Ana on Monday at 10. With thanks, Oskar");
    assert_eq!(i.participants, vec![Participant::Name("Ana".into())]);
    let i = p("Could you move my Friday 9am to Monday?\n\nBest,\nMarta");
    assert!(i.participants.is_empty(), "{:?}", i.participants);
    assert_eq!(
        p("find 20 min with kofi between Monday and Wednesday").participants,
        vec![Participant::Name("kofi".into())]
    );
    assert!(
        p("deadlines are piling up - what have i really got on Monday?")
            .participants
            .is_empty()
    );
    // "roll … over to", "into my calendar", "what have I actually got".
    assert!(matches!(
        p("roll my 2pm with Bo over to Thursday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("can you roll Monday's 3pm with Ms. Ito over to Friday?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        p("put Ana into my calendar on Monday at 3pm for 30 min").kind,
        IntentKind::FindTime { book: true }
    );
    assert_eq!(p("what do i even have on Tuesday?").kind, IntentKind::Describe);
    // A task pointed back to after a greeting and an aside; a habit's purpose "for me to …".
    assert_eq!(
        title("Hello, quick note: I have undertaken to audit the stock by Friday. Log it as a task, 2 hours."),
        "audit the stock"
    );
    assert_eq!(
        title("set up a weekly slot of an hour for me to call my parents"),
        "call my parents"
    );
    // European clock and dates; "same hour"; "between now and"; "the week of".
    assert_eq!(
        p("book 30 min with Bo on Monday at 9h45").window.and_then(|w| w.time),
        at(9, 45)
    );
    assert_eq!(
        p("book the venue for 31.12. at 18:00").window.map(|w| w.start),
        Some(ymd(2026, 12, 31))
    );
    let i = p("move Monday's 10am with Ana to Wednesday, same hour");
    assert_eq!(i.window.and_then(|w| w.time), at(10, 0));
    assert_eq!(
        p("any meetings with Bo between now and Tuesday?")
            .window
            .map(|w| (w.start, w.end)),
        Some((ymd(2026, 11, 27), ymd(2026, 12, 1)))
    );
    assert_eq!(
        p("how does the week of Dec 14 look?").window.map(|w| (w.start, w.end)),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 20)))
    );
    // A misspelt "cancel" and a day's possessive without its apostrophe.
    assert!(
        matches!(p("cancell todays 4pm with Bo").kind, IntentKind::Cancel { which } if which.date == Some(ymd(2026, 11, 27)))
    );
}

#[test]
fn round_fifteen_rules_hold_in_other_words() {
    let berlin = Tz::Europe__Berlin;
    let p = |text: &str| parse(text, now(), berlin);
    let title = |text: &str| match p(text).kind {
        IntentKind::AddTask { title, .. } | IntentKind::AddHabit { title, .. } => title,
        other => format!("{other:?}"),
    };
    // "drop me a few times" sends them; tools are not people; subject lines are not names.
    let i = p("can you drop me some options for 30 min with Ana on Monday? I'll message her on Zoom");
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(i.participants, vec![Participant::Name("Ana".into())]);
    let i = p("Re: onboarding - please diarise 45 min with Bo on Tuesday at 10");
    assert_eq!(i.kind, IntentKind::FindTime { book: true });
    assert_eq!(i.participants, vec![Participant::Name("Bo".into())]);
    assert_eq!(
        p("get 30 min with Ana on the books tomorrow at 9").kind,
        IntentKind::FindTime { book: true }
    );
    assert!(matches!(
        p("shunt my 4pm with Bo to Friday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(p("what's spoken for on Monday?").kind, IntentKind::Describe);
    assert_eq!(p("is monday free?").kind, IntentKind::Describe);
    // Titles after "so I should …", "give me … to …", and a task pointed back to past "I'll need".
    assert_eq!(
        title("my knees hurt, so I should stretch every evening, 10 min"),
        "stretch"
    );
    assert_eq!(title("every morning give me 20 min to plan the day"), "plan the day");
    assert!(matches!(
        p("journal Monday to Friday, 15 min, and set it to repeat").kind,
        IntentKind::AddHabit { .. }
    ));
    assert_eq!(
        title("renew the insurance by the 20th - I'll need an hour, put it on my list"),
        "renew the insurance"
    );
    // Days: "7-9 December", "Friday 18th Dec", "Monday 7 or Tuesday 8 December", "not on the".
    let span = |text: &str| p(text).window.map(|w| (w.start, w.end));
    assert_eq!(
        span("find an hour with Bo 14-16 December"),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 16)))
    );
    assert_eq!(
        span("find an hour with Bo on Monday 14th Dec"),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 14)))
    );
    assert_eq!(
        span("find an hour with Bo on Monday 14 or Tuesday 15 December"),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 15)))
    );
    let i = p("find 30 min with Bo next week, not on the Friday; Mondays are a no-go");
    let mut avoided: Vec<_> = i.avoid.iter().filter_map(|a| a.weekday).collect();
    avoided.sort_by_key(Weekday::num_days_from_monday);
    assert_eq!(avoided, vec![Weekday::Mon, Weekday::Fri]);
    // A move "for the" written date; a question about something else asks back.
    let i = p("I can't make the review with Bo on 2 December, please change it for the 9 December");
    assert!(
        matches!(i.kind, IntentKind::Reschedule { which, to } if which.date == Some(ymd(2026, 12, 2)) && to.map(|w| w.start) == Some(ymd(2026, 12, 9))),
        "{:?}",
        i.kind
    );
    assert_eq!(p("where can I download the holiday policy?").kind, IntentKind::Clarify);
}

#[test]
fn round_sixteen_rules_hold_in_other_words() {
    let berlin = Tz::Europe__Berlin;
    let p = |text: &str| parse(text, now(), berlin);
    let title = |text: &str| match p(text).kind {
        IntentKind::AddTask { title, .. } | IntentKind::AddHabit { title, .. } => title,
        other => format!("{other:?}"),
    };
    let span = |text: &str| p(text).window.map(|w| (w.start, w.end));
    // What the one asking does themselves books nothing; scouting looks for a time.
    assert_eq!(
        p("scout out an hour with Bo on Monday, I'll book the room myself").kind,
        IntentKind::FindTime { book: false }
    );
    assert_eq!(
        p("tee up 30 min with Ana tomorrow at 10").kind,
        IntentKind::FindTime { book: true }
    );
    assert_eq!(
        p("make a reservation of meeting with Bo on Monday at 9").kind,
        IntentKind::FindTime { book: true }
    );
    // Moving and cancelling in other words; a place that is shut is nobody.
    let i = p("the head office is closed, so my 2pm with Bo on Monday must be deferred to Wednesday");
    assert!(matches!(i.kind, IntentKind::Reschedule { .. }), "{:?}", i.kind);
    assert_eq!(i.participants, vec![Participant::Name("Bo".into())]);
    assert!(matches!(
        p("the sync with Ana on Monday is moot now").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("my call with Bo on Monday, I need to pass it to Tuesday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(p("cancl my 4pm").kind, IntentKind::Cancel { .. }));
    // Lists and items a task is kept in; what a task's owner line introduces.
    assert_eq!(
        title("add to my task tracker: I have to file the report by Friday"),
        "file the report"
    );
    assert_eq!(
        title("action item, owner: me - update the roadmap by Monday"),
        "update the roadmap"
    );
    // A hobby given a go; a habit made "for me".
    assert_eq!(
        title("I'm giving pottery a go. Block 2 hours every Saturday for it"),
        "pottery"
    );
    assert_eq!(
        title("please make for me a habit of reading, 20 min, every evening"),
        "reading"
    );
    // Days, not hours, next to a month; "the 16.12"; "Dec 10 or 11"; lowercase months after "of".
    assert_eq!(
        span("find an hour with Bo between 14 and 16 December"),
        Some((ymd(2026, 12, 14), ymd(2026, 12, 16)))
    );
    assert!(matches!(
        p("move the review from 15 December to the 17th").kind,
        IntentKind::Reschedule { which, .. } if which.date == Some(ymd(2026, 12, 15))
    ));
    assert_eq!(
        span("book the room for the 16.12 at 9"),
        Some((ymd(2026, 12, 16), ymd(2026, 12, 16)))
    );
    assert_eq!(
        span("find 45 min with Bo on Dec 10 or 11"),
        Some((ymd(2026, 12, 10), ymd(2026, 12, 11)))
    );
    assert_eq!(
        span("give me an overview of january"),
        Some((ymd(2027, 1, 1), ymd(2027, 1, 31)))
    );
    // Questions about appointments; spans with an en dash; a part of day ruled out is no habit.
    assert_eq!(p("which appointments do I have on Monday?").kind, IntentKind::Describe);
    assert!(matches!(
        p("Mon\u{2013}Fri evenings I want 30 minutes to read").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Weekdays),
            ..
        }
    ));
    assert_eq!(
        p("when are Ana and Bo both free next week? Ana cannot do Monday mornings").kind,
        IntentKind::FindTime { book: false }
    );
}

#[test]
fn round_seventeen_rules_hold_in_other_words() {
    let berlin = Tz::Europe__Berlin;
    let p = |text: &str| parse(text, now(), berlin);
    let title = |text: &str| match p(text).kind {
        IntentKind::AddTask { title, .. } | IntentKind::AddHabit { title, .. } => title,
        other => format!("{other:?}"),
    };
    // What is asked for is nobody; someone interviewed is someone to meet.
    let i = p("can you spot 30 min on Monday where I could interview kofi? Options only, please.");
    assert_eq!(i.participants, vec![Participant::Name("kofi".into())]);
    assert_eq!(
        p("could you secure 30 min with Ana on Monday at 10?").kind,
        IntentKind::FindTime { book: true }
    );
    assert_eq!(
        p("put a call of 30 min with Bo in my agenda on Monday at 10").kind,
        IntentKind::FindTime { book: true }
    );
    // Cancelling and moving in other words.
    assert!(matches!(
        p("the 9am with Bo on Monday isn't happening, wipe it please").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("can Monday's 10am with Bo go to Tuesday?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("the review on Tuesday, I want to make it later").kind,
        IntentKind::Reschedule { .. }
    ));
    let i = p("can u move priya's 1:1 from Monday to Wednesday");
    assert_eq!(i.participants, vec![Participant::Name("priya".into())]);
    // A group with the one asking; two adjectives before a length; keeping days off.
    assert_eq!(
        p("can the design team and I get an hour sometime before Friday?").kind,
        IntentKind::FindTime { book: false }
    );
    assert_eq!(
        p("find a shared free hour with Ana and Bo on Monday").duration_minutes,
        Some(60)
    );
    let i = p("book an hour with Bo next week but keep it off Tuesday");
    assert_eq!(
        i.avoid.iter().filter_map(|a| a.weekday).collect::<Vec<_>>(),
        vec![Weekday::Tue]
    );
    // Describing in other words; a place one works from is a zone.
    assert_eq!(p("gimme my week").kind, IntentKind::Describe);
    assert_eq!(p("have I got anything on with Bo tomorrow?").kind, IntentKind::Describe);
    assert_eq!(
        p("find 30 min with Bo on Monday, he works from Helsinki")
            .zone
            .map(|z| z.name().to_owned()),
        Some("Europe/Helsinki".to_owned())
    );
    // Titles past "still" and "resolving to"; "ping me to" sets a task.
    assert_eq!(
        title("I still need to renew my passport by Friday, 30 min"),
        "renew my passport"
    );
    assert_eq!(title("I'm resolving to meditate every morning, 10 min"), "meditate");
    assert_eq!(title("ping me to water the plants by Sunday"), "water the plants");
}

#[test]
fn round_eighteen_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let weekdays = |text: &str| p(text).avoid.iter().filter_map(|a| a.weekday).collect::<Vec<_>>();
    // A story opening the request names no one when people are introduced later; acronyms are
    // not people; someone's kid or flight makes them someone; where someone works is a zone.
    assert_eq!(
        p("Bus is late and I'm stuck, so find 30 min with lena on Monday").participants,
        vec![Participant::Name("lena".into())]
    );
    assert_eq!(
        p("A client wants me to MC, so how busy am I on Monday?").participants,
        vec![]
    );
    assert_eq!(
        p("move the KPI review with Bo to Tuesday").participants,
        vec![Participant::Name("Bo".into())]
    );
    assert_eq!(
        p("Oskar's son has the flu, so cancel Monday's 10am").participants,
        vec![Participant::Name("Oskar".into())]
    );
    let i = p("Mei-lin lives in Taipei. Any free hour next Tuesday?");
    assert_eq!(i.participants, vec![Participant::Name("Mei-lin".into())]);
    assert_eq!(i.zone.map(|z| z.name().to_owned()), Some("Asia/Taipei".to_owned()));
    // Cities the zone tables do not list, from the zone database.
    assert_eq!(
        p("book 30 min with Bo on Monday at 9 Kampala time")
            .zone
            .map(|z| z.name().to_owned()),
        Some("Africa/Kampala".to_owned())
    );
    // "Our weekly" is a meeting, not how often; the calendar as a verb books.
    assert!(matches!(
        p("can we shift our weekly with Bo to Thursday?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(
        p("please diary a call with Bo on Monday at 10").kind,
        IntentKind::FindTime { book: true }
    );
    assert_eq!(
        p("set 30 min with Bo on Monday at 10 and get the invites sent").kind,
        IntentKind::FindTime { book: true }
    );
    // Days ruled out in other words.
    assert_eq!(
        weekdays("find an hour with Bo next week, Tuesday she can't"),
        vec![Weekday::Tue]
    );
    assert_eq!(
        weekdays("find an hour with Bo next week; Friday isn't an option"),
        vec![Weekday::Fri]
    );
    // Questions about people or places, not the calendar.
    assert_eq!(
        p("who should I ask about the parking permit?").kind,
        IntentKind::Clarify
    );
    // Titles: past a lead that points back, "made up my mind to", "I would like to", "back for".
    assert_eq!(
        title("I have to renew the lease, and I need it done by Friday"),
        "renew the lease"
    );
    assert_eq!(
        title("Work is brutal, so I've decided to swim every morning, 40 min"),
        "swim"
    );
    assert_eq!(
        title("I would like to practise chess 20 minutes each day"),
        "practise chess"
    );
    assert_eq!(
        title("Work ate my evenings, so I'm winning an hour back for sketching: every Sunday"),
        "sketching"
    );
}

#[test]
fn round_nineteen_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    // People: before "during", before "haven't", after "and also", with family before a name,
    // and not a question going on ("…, can we …").
    assert_eq!(
        names("find 30 min tomorrow with marta during the morning"),
        vec!["marta"]
    );
    assert_eq!(
        names("me and ana and kai haven't finished the slides, is there a free hour on Monday?"),
        vec!["ana", "kai"]
    );
    assert_eq!(
        names("book an hour with sanjay and also tom on Monday"),
        vec!["sanjay", "tom"]
    );
    assert_eq!(
        names("find 20 min for me and auntie Funmi on Monday"),
        vec!["auntie Funmi"]
    );
    assert_eq!(
        names("Monday's 3pm with Ana and Bo, can we do it Tuesday instead?"),
        vec!["Ana", "Bo"]
    );
    // Booking, moving, cancelling and describing in other words.
    let booked = IntentKind::FindTime { book: true };
    assert_eq!(p("please allocate an hour with Bo on Monday at 10").kind, booked);
    assert_eq!(p("please send an invitation to Bo for Monday at 10").kind, booked);
    assert_eq!(
        p("set 30 min with Bo on Monday at 10 and extend the invitation to him").kind,
        booked
    );
    assert!(matches!(
        p("reshuffle my 3pm with Bo to Tuesday and drop him a line").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("can't make the 10:00 with Bo on Monday, can it go to Tuesday?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("Monday's lunch with Bo is off").kind,
        IntentKind::Cancel { .. }
    ));
    assert!(matches!(
        p("Bo is off sick, so could you bump Monday's 3pm with him to Tuesday?").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(p("give me the full picture for Monday").kind, IntentKind::Describe);
    // Booking only a pronoun asks; a misread date with it still books, and asks about the date.
    assert_eq!(p("ok book it then").kind, IntentKind::Clarify);
    let i = p("Ana wants to meet Wednesday the 10th at 2pm, please put it in");
    assert_eq!(i.kind, booked);
    assert!(!i.issues.is_empty());
    // Dates: "this wek", "two weeks from today".
    let w = p("when r kwame & jun both free this wek").window.expect("window");
    assert_eq!((w.start, w.end), (ymd(2026, 11, 27), ymd(2026, 11, 29)));
    let w = p("can Bo do 30 minutes two weeks from today?").window.expect("window");
    assert_eq!((w.start, w.end), (ymd(2026, 12, 11), ymd(2026, 12, 11)));
    // Titles: "it falls to me to", "I'd love to pick up …", "set up a … for me".
    assert_eq!(
        title("now it falls to me to order the badges by Friday"),
        "order the badges"
    );
    assert_eq!(
        title(
            "I've more free time now, so I'd love to pick up pottery. Could you schedule an hour every Tuesday for it?"
        ),
        "pottery"
    );
    assert_eq!(title("Could you set up a 30 min swim for me 3 times a week?"), "swim");
}
