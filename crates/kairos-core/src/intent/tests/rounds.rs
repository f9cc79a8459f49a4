//! Each round of fixes prompted by fresh evaluation sets (rounds 10 onwards), its rules checked
//! in words other than the requests that prompted them, so that a rule is general and not a
//! match for one sentence.

use super::*;

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

#[test]
fn round_twenty_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    // People: not "whichever", not "For" opening a sentence; chat's "w"; a group without "the";
    // a lowercase name before "along".
    assert_eq!(
        names("30 min with Bo on Monday, tell me whichever times are free"),
        vec!["Bo"]
    );
    assert_eq!(
        names("For Monday's 10am with Bo I have a clash, can it go to Tuesday?"),
        vec!["Bo"]
    );
    assert_eq!(names("want 30 minutes w Ana on Monday"), vec!["Ana"]);
    assert_eq!(names("move Monday's sync w/ data team to Tuesday"), vec!["data team"]);
    assert_eq!(
        names("please nudge Monday's 10am call with kofi along to Tuesday"),
        vec!["kofi"]
    );
    // Booking, moving and describing in a trade's words; a verb's particle further away.
    let booked = IntentKind::FindTime { book: true };
    assert_eq!(p("please convene a meeting with Bo on Monday at 10").kind, booked);
    assert_eq!(p("plonk an hour with Bo on Monday at 3 in my diary").kind, booked);
    assert_eq!(
        p("30 min with Bo on Monday at 10, get the invites off today").kind,
        booked
    );
    assert!(matches!(
        p("could you displace my 3pm with Bo to Tuesday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert!(matches!(
        p("please nudge Monday's 10am meeting with Dr. Alvarez Ruiz along to Tuesday").kind,
        IntentKind::Reschedule { .. }
    ));
    assert_eq!(p("rattle off my meetings for Monday").kind, IntentKind::Describe);
    assert_eq!(p("anything left tomorrow?").kind, IntentKind::Describe);
    // Asking for times is finding, however it is put.
    let found = IntentKind::FindTime { book: false };
    assert_eq!(p("which times am I clear on Monday?").kind, found);
    assert_eq!(p("when am i free on Tuesday").kind, found);
    assert_eq!(p("find any free hour with Bo on Monday").duration_minutes, Some(60));
    // Titles: after a colon that a lead or a list introduces; "block time for".
    assert_eq!(
        title("stick this on my errands list: renew the passport by Friday"),
        "renew the passport"
    );
    assert_eq!(
        title("recurring slot pls: read the news every morning, 15 min"),
        "read the news"
    );
    assert_eq!(
        title("block time for piano practice every evening, 30 minutes"),
        "piano practice"
    );
}

#[test]
fn round_twenty_one_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    // Those invited; a lowercase name before "be".
    assert_eq!(
        names("please send an invite to lena and omar for Monday at 10"),
        vec!["lena", "omar"]
    );
    assert_eq!(names("could Monday's 3pm with kofi be moved to Tuesday?"), vec!["kofi"]);
    // Time open for a meeting is looked for; the moved meeting before "make it" or "can it be",
    // past "I need to move".
    assert_eq!(
        p("do I have 30 min open on Monday for a call with Bo?").kind,
        IntentKind::FindTime { book: false }
    );
    let moved = p("I need to move Monday's 10am with Bo - can you make it Tuesday at 3 instead?");
    let IntentKind::Reschedule { which, .. } = moved.kind else {
        panic!("a move: {moved:?}")
    };
    assert_eq!(which.date, Some(ymd(2026, 11, 30)));
    assert_eq!(moved.window.map(|w| w.start), Some(ymd(2026, 12, 1)));
    let moved = p("the 10am with Bo on Monday - can it be Tuesday at 10 instead?");
    let IntentKind::Reschedule { which, .. } = moved.kind else {
        panic!("a move: {moved:?}")
    };
    assert_eq!(which.date, Some(ymd(2026, 11, 30)));
    // Own work without a verb the parser knows, or with a deadline phrase, is a task.
    assert_eq!(
        title("proofread Bo's thesis chapter by Thursday, about an hour"),
        "proofread Bo's thesis chapter"
    );
    assert_eq!(title("need 3h to draft the grant report"), "draft the grant report");
    assert_eq!(
        title("order the team hoodies, must be done by Friday"),
        "order the team hoodies"
    );
    assert_eq!(
        title("can you plan 30 min for me to file the receipts by Friday"),
        "file the receipts"
    );
    // Dates written day first with dots, as much of Europe writes them; not a clock time before a
    // full stop.
    let w = p("book 30 min with Bo on 4.12. at 10").window.expect("window");
    assert_eq!(w.start, ymd(2026, 12, 4));
    let due = match p("todo: send the invoices, deadline 18.12., 20 min").kind {
        IntentKind::AddTask { due, .. } => due,
        other => panic!("a task: {other:?}"),
    };
    assert_eq!(due, Some(ymd(2026, 12, 18)));
    assert_eq!(
        p("can we meet Monday at 9.05. see you").window.map(|w| w.start),
        Some(ymd(2026, 11, 30))
    );
    // A habit whose lead names only an entry takes its title from another lead.
    assert_eq!(
        title("I'd like to make time for sketching - please block out 30 min every Sunday as a recurring entry"),
        "sketching"
    );
}

#[test]
fn round_twenty_two_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    // People: someone who rang or whose slot doesn't work, someone free "when … is free", someone
    // to grab.
    assert_eq!(
        names("Ines Duarte rang to say she is ill, so please cancel Monday's 10am with her"),
        vec!["Ines Duarte"]
    );
    assert_eq!(
        names("Monday's 3pm with tomasz doesn't work for him, please move it to Tuesday"),
        vec!["tomasz"]
    );
    assert_eq!(
        names("can you see when hana is free for 30 mins on Monday?"),
        vec!["hana"]
    );
    assert_eq!(
        names("any 15-minute gap on Monday where i could grab yuki?"),
        vec!["yuki"]
    );
    assert_eq!(
        p("any 15-minute gap on Monday where i could grab yuki?").kind,
        IntentKind::FindTime { book: false }
    );
    assert_eq!(
        p("Make please a meeting with Bo for Monday 10 o'clock, 30 minutes").kind,
        IntentKind::FindTime { book: true }
    );
    // Dates: a range typed with an en dash, the end of the year, an ordinal counting floors.
    let w = p("summarise my schedule for 7\u{2013}9 December")
        .window
        .expect("window");
    assert_eq!((w.start, w.end), (ymd(2026, 12, 7), ymd(2026, 12, 9)));
    let due = match p("I have to renew the domain by the end of the year").kind {
        IntentKind::AddTask { due, .. } => due,
        other => panic!("a task: {other:?}"),
    };
    assert_eq!(due, Some(ymd(2026, 12, 31)));
    let w = p("book the 3rd floor room with Bo on Monday at 10")
        .window
        .expect("window");
    assert_eq!(w.start, ymd(2026, 11, 30));
    // A habit's days after "block out"; a title past a clause only of what is claimed; time set
    // aside today to do something is a task.
    let frequency = match p("please block out 20 minutes on Tuesdays and Thursdays for stretching").kind {
        IntentKind::AddHabit { frequency, .. } => frequency,
        other => panic!("a habit: {other:?}"),
    };
    assert_eq!(frequency, Some(Frequency::PerWeek(2)));
    assert_eq!(
        title("prep the board deck, 2 hours, has to be done by Friday"),
        "prep the board deck"
    );
    assert_eq!(title("Need 30 min today to answer Bo's e-mail"), "answer Bo's e-mail");
}

#[test]
fn round_twenty_three_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    // Asking where there is room, or to see the gaps, finds.
    let found = IntentKind::FindTime { book: false };
    assert_eq!(p("where do I have space on Monday for an hour with Bo?").kind, found);
    assert_eq!(p("30 min with Bo on Monday - I just need to see the gaps").kind, found);
    // "We'll" opening a sentence is nobody; a lowercase name before "up" or "out".
    assert_eq!(
        names("Please book 30 min with Bo on Monday at 10. We'll need the big room."),
        vec!["Bo"]
    );
    assert_eq!(names("move Monday's 3pm with kasia up to Friday"), vec!["kasia"]);
    assert_eq!(
        names("take Monday's 3pm with kasia out of my calendar, it's off"),
        vec!["kasia"]
    );
    // A greeting is no part of the day.
    assert_eq!(p("evening! what's on tomorrow?").window.and_then(|w| w.time), None);
    // A task's title before its deadline clause when that clause names nothing else.
    assert_eq!(
        title("renew the parking permit, due on the 9th"),
        "renew the parking permit"
    );
}

#[test]
fn round_twenty_four_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    // Someone talked or spoken to.
    assert_eq!(
        names("find 30 min on Monday to speak to renata about the budget"),
        vec!["renata"]
    );
    // In a cancellation, "… next Thursday is off" names the meeting, not a day to keep clear.
    let i = p("the review with Bo next Thursday is off, please remove it");
    let IntentKind::Cancel { which } = i.kind else {
        panic!("a cancellation: {i:?}")
    };
    assert_eq!(which.date, Some(ymd(2026, 12, 3)));
    assert!(i.avoid.is_empty());
    // Titles: "my plan is to …", a recurring "spot", "has to happen by".
    assert_eq!(
        title("My plan is to swim three times a week. Give it a recurring spot, 40 min each."),
        "swim"
    );
    assert_eq!(
        title("email the insurer about the claim - has to happen by Friday, 10 min"),
        "email the insurer about the claim"
    );
}

#[test]
fn round_twenty_five_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    // People: someone being interviewed; a lowercase name before "into" or "back"; a place after
    // "in"; "ideally" and greetings in other languages are nobody; a council is a group.
    assert_eq!(
        names("I'm interviewing tomek on Monday at 10, book an hour"),
        vec!["tomek"]
    );
    assert_eq!(
        names("get 30 minutes with ola into my calendar on Monday at 10"),
        vec!["ola"]
    );
    assert_eq!(
        names("cancel Monday's 10am with Bo, I'll be at a trade fair in Utrecht"),
        vec!["Bo"]
    );
    assert_eq!(names("please pencil in Ana for Monday at 10"), vec!["Ana"]);
    assert_eq!(
        names("find an hour for me and the works council, ideally Monday"),
        vec!["works council"]
    );
    assert_eq!(names("Bonjour! what's on my calendar on Monday?"), Vec::<String>::new());
    // A move whose new time comes before those told of it ("… to them").
    let moved = p("please put Monday's 10am with Bo back to Tuesday and explain it to them");
    assert_eq!(moved.window.map(|w| w.start), Some(ymd(2026, 12, 1)));
    // Titles: past "get serious about", "plan" an hour, "somewhere".
    assert_eq!(
        title("I want to get serious about drawing. Add 1 hour on Sundays as a recurring habit."),
        "drawing"
    );
    assert_eq!(
        title("Plan 30 min somewhere this week to sort the receipts by Sunday"),
        "sort the receipts"
    );
}

#[test]
fn round_twenty_six_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    let booked = IntentKind::FindTime { book: true };
    // Booking in other words; a verb after "anyway" is a verb.
    assert_eq!(
        p("Let's get a 30-minute review with Bo in the calendar on Monday at 10 and make sure they're invited.").kind,
        booked
    );
    assert_eq!(p("anyway book the electrician, Rui, for Monday at 8").kind, booked);
    // "when could …" asks for times; a city in parentheses is where someone is.
    assert_eq!(
        p("when could the interns and I grab 30 minutes next week?").kind,
        IntentKind::FindTime { book: false }
    );
    let i = p("move my call with Kenji (Tokyo) from Monday 3pm to Tuesday at the same time");
    assert_eq!(
        names("move my call with Kenji (Tokyo) from Monday 3pm to Tuesday"),
        vec!["Kenji"]
    );
    assert_eq!(i.zone.map(|z| z.name().to_owned()), Some("Asia/Tokyo".to_owned()));
    // A lowercase name before "rescheduled" (the word with an ending, not a slip of "reschedule").
    assert_eq!(
        names("I need Monday's 3pm with tomasz rescheduled to Tuesday"),
        vec!["tomasz"]
    );
    assert_eq!(names("can you sort out stuff with Bo on Monday"), vec!["Bo"]);
    // Titles: after the colon past "for the to-do list, please"; after "plan time to"; not "at
    // some point".
    assert_eq!(
        title("One for the to-do list, please: renew the passport by Friday."),
        "renew the passport"
    );
    assert_eq!(
        title("please plan time to sort the tax papers, about an hour, deadline the 14th"),
        "sort the tax papers"
    );
    assert_eq!(
        title("remind me to call the bank about the card at some point, 10 mins"),
        "call the bank about the card"
    );
    // A habit named before the request that points back to it ("… for it").
    assert_eq!(
        title(
            "I keep telling myself I'll learn the ukulele and then never do. Could you put 20 minutes every evening in my calendar for it?"
        ),
        "learn the ukulele"
    );
}

#[test]
fn round_twenty_seven_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    assert_eq!(p("what does my diary say for Monday?").kind, IntentKind::Describe);
    assert_eq!(
        p("my son has a match on Monday, so book the review with Bo on Tuesday at 10, 30 min").kind,
        IntentKind::FindTime { book: true }
    );
    assert_eq!(
        names("need 30 min with the works council, somewhere between 9 and 12 on Monday"),
        vec!["works council"]
    );
    assert_eq!(
        title("sort out the garden shed, 2 hrs, no rush"),
        "sort out the garden shed"
    );
    assert_eq!(
        title("proofread the Jansen brochure (approx 3h), due 10 Dec"),
        "proofread the Jansen brochure"
    );
}

#[test]
fn round_twenty_eight_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    // "anything" and "something" are no one.
    assert_eq!(
        names("need 30 min with Ines next week. Is something open on Tuesday?"),
        vec!["Ines"]
    );
    // A title in lowercase opens a name; a group of one word after "with the".
    assert_eq!(names("find an hour with dr. Okafor on Monday"), vec!["dr. Okafor"]);
    assert_eq!(names("30 min with doctor Lindqvist tomorrow"), vec!["doctor Lindqvist"]);
    assert_eq!(names("find 45 min with the trustees next week"), vec!["trustees"]);
    assert_eq!(names("book an hour with the committee on Friday"), vec!["committee"]);
    // "a shift" is work, not a move.
    let i = p("am I free on Thursday? my manager wants me to take an extra shift");
    assert_eq!(i.kind, IntentKind::Describe);
    // A day and month after "on", with or without the closing full stop.
    let i = p("what do I have on 21.12.");
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 12, 21)));
    // A "to" before the verb that moves divides nothing; "for" and a day give the new time.
    let i = p("I have to run to the vet, so please rebook today's 2pm with Ola for next Tuesday");
    let IntentKind::Reschedule { which, .. } = i.kind else {
        panic!("not a reschedule: {i:?}")
    };
    assert_eq!(
        (which.date, which.time),
        (Some(ymd(2026, 11, 27)), chrono::NaiveTime::from_hms_opt(14, 0, 0))
    );
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 12, 1)));
    // The subject of "wait": someone's meeting.
    assert_eq!(names("can Monday's 10am with jonas wait until Friday?"), vec!["jonas"]);
    assert_eq!(
        title("I'm eager to learn the banjo, 20 min every evening"),
        "learn the banjo"
    );
}

#[test]
fn round_twenty_nine_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    // A word and a comma opening the request list people only when someone follows the comma.
    assert_eq!(
        names("Brilliant, the venue confirmed. Book 2 hours with Ana and Bo on Tuesday at 10"),
        vec!["Ana", "Bo"]
    );
    // "what's already …" asks what is there.
    assert_eq!(
        p("Before I agree, what's already in the calendar on Friday?").kind,
        IntentKind::Describe
    );
    // Advice taken ("I'd do well to …") is what is done.
    assert_eq!(
        title("my accountant reckons I'd do well to file the VAT return by Friday"),
        "file the VAT return"
    );
    assert_eq!(
        title("The physio thinks I'd do well to swim every Saturday, 45 minutes. Can you make that a recurring block?"),
        "swim"
    );
    // "rather than" a meeting named by its day moves it.
    let i = p("Rather than tomorrow's 10am with Lena, can we do Friday?");
    let IntentKind::Reschedule { which, .. } = i.kind else {
        panic!("not a reschedule: {i:?}")
    };
    assert_eq!(which.date, Some(ymd(2026, 11, 28)));
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 12, 4)));
    // Coming or being down with something is an illness, not someone.
    assert_eq!(
        names("my daughter came down with measles, so cancel Monday's 3pm with Ola"),
        vec!["Ola"]
    );
    // "-ish" after a length, and "hour and a half" without its "an".
    assert_eq!(p("find 2h-ish with Bo next week").duration_minutes, Some(120));
    assert_eq!(
        p("coffee with Ana tomorrow at 10, hour and a half").duration_minutes,
        Some(90)
    );
    // "shifted" moves.
    assert!(matches!(
        p("can Monday's 3pm with Ines be shifted to Thursday?").kind,
        IntentKind::Reschedule { .. }
    ));
    // What a meeting is moved "from" is its time.
    let i = p("please move the budget review from 9:30 Tuesday to 14:00 the same day");
    let IntentKind::Reschedule { which, .. } = i.kind else {
        panic!("not a reschedule: {i:?}")
    };
    assert_eq!(
        (which.date, which.time),
        (Some(ymd(2026, 12, 1)), chrono::NaiveTime::from_hms_opt(9, 30, 0))
    );
    // A lowercase word with "'s" after a list of names is a clause of its own.
    assert_eq!(
        names("cancel Monday's lunch with Ines and Tom, kitchen's out of action"),
        vec!["Ines", "Tom"]
    );
    // A group before what the meeting is names the meeting.
    assert_eq!(names("cancel the design team standup on Monday"), Vec::<String>::new());
    // A group further down a list; a group described by a word.
    assert_eq!(
        names("find an hour with Ola and the trustees next week"),
        vec!["Ola", "trustees"]
    );
    assert_eq!(
        names("book 45 min with the senior partners on Friday"),
        vec!["senior partners"]
    );
    // Someone named by what they are: after a meeting and "with the", or the head of something.
    assert_eq!(
        names("book a meeting with the caretaker on Monday at 9"),
        vec!["caretaker"]
    );
    assert_eq!(
        names("find 30 min with Bo and the chair of governors next week"),
        vec!["Bo", "chair of governors"]
    );
    // A story before "so" says why; what is done follows it.
    assert_eq!(
        title("my coach thinks I'm lazy so hill sprints twice a week, 20 min"),
        "hill sprints"
    );
}

#[test]
fn round_thirty_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    let moved = |text: &str| match p(text).kind {
        IntentKind::Reschedule { which, .. } => Some(which),
        _ => None,
    };
    // "pull the plug" on something cancels it.
    assert!(matches!(
        p("pull the plug on Saturday's soundcheck with Dara").kind,
        IntentKind::Cancel { .. }
    ));
    // "bumped" and "punt" move; so does a booking verb with "re-".
    assert_eq!(
        moved("could Monday's 2pm with Ines get bumped to Wednesday?").and_then(|w| w.date),
        Some(ymd(2026, 11, 30))
    );
    assert_eq!(
        moved("I have to punt tomorrow's 9am with Bo to Tuesday").and_then(|w| w.date),
        Some(ymd(2026, 11, 28))
    );
    let i = p("please re-book Thursday's 11am with Mia for Monday");
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 11, 30)));
    assert!(matches!(i.kind, IntentKind::Reschedule { .. }));
    // A closing "just show me" shows what was asked for; it describes nothing.
    assert_eq!(
        p("find 45 minutes with Ola on Tuesday afternoon, nothing booked yet, just show me").kind,
        IntentKind::FindTime { book: false }
    );
    // "fill me in on" describes; needing to hear something is no work to do.
    assert_eq!(
        p("can you fill me in on what I've got on Monday? I just need to hear it").kind,
        IntentKind::Describe
    );
    // A denial reaches across "or" to the alternatives it joins.
    assert_eq!(
        p("find an hour with Kai on Friday, I don't want you to book it or send an invite").kind,
        IntentKind::FindTime { book: false }
    );
    // A time kept is the meeting's own time as well as its new one.
    assert_eq!(
        moved("move the review with Ana from the 3rd to the 4th, keep it at 10am").and_then(|w| w.time),
        chrono::NaiveTime::from_hms_opt(10, 0, 0)
    );
    // "Block out time to …" leads in to the task; advice given is what is done; "prob" guesses.
    assert_eq!(
        title("Block out time to tidy the shared drive, 2 hours, by Thursday"),
        "tidy the shared drive"
    );
    assert_eq!(
        title("my physio's advice was to cycle every Saturday, 40 minutes"),
        "cycle"
    );
    assert_eq!(
        title("sort the recycling rota, prob 40 min, by Friday"),
        "sort the recycling rota"
    );
    // A part of day naming a shift names no time.
    assert_eq!(
        p("Two morning shifts in a row, so what have I got on Tuesday?")
            .window
            .and_then(|w| w.time),
        None
    );
    // Whoever "I'm" introduces is the one asking; holidays, "hiya" and "Bung" are no one.
    assert_eq!(
        names("Hi, I'm Julian from accounts. Book 30 min with Nadia on Monday at 2"),
        vec!["Nadia"]
    );
    assert_eq!(
        names("cancel the Easter egg hunt planning on the 2nd"),
        Vec::<String>::new()
    );
    assert_eq!(names("hiya can you find 20 min with Oli on Monday"), vec!["Oli"]);
    assert_eq!(
        p("Bung an hour with Ana in my calendar for Tuesday at 3").kind,
        IntentKind::FindTime { book: true }
    );
    // A place a word before a group word gives the group's zone.
    assert_eq!(
        p("find 30 min with the Sydney sales team on Monday, 9am their time")
            .zone
            .map(|z| z.name()),
        Some("Australia/Sydney")
    );
}

#[test]
fn round_thirty_one_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    let moved = |text: &str| match p(text).kind {
        IntentKind::Reschedule { which, .. } => Some(which),
        _ => None,
    };
    let hm = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
    // What one has committed to or signed up for is the calendar described.
    assert_eq!(
        p("Busy week behind me. What have I signed up for on Tuesday?").kind,
        IntentKind::Describe
    );
    assert_eq!(p("what am I committed to next week").kind, IntentKind::Describe);
    // "drag … over/to" moves; so does "re-" with a verb that books with its particle, and
    // "into" gives the new time as "to" does.
    assert_eq!(
        moved("drag Thursday's 10am with Ola over to Friday").and_then(|w| w.date),
        Some(ymd(2026, 12, 3))
    );
    let i = p("can you re-slot the 4pm with Dana on Monday into Wednesday afternoon");
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 12, 2)));
    assert!(matches!(
        i.kind,
        IntentKind::Reschedule { which, .. } if which.date == Some(ymd(2026, 11, 30)) && which.time == hm(16, 0)
    ));
    // "after all" and "at all" say nothing of every meeting.
    assert!(
        !moved("sorry, Monday's 9am with Lea can't go ahead after all, shift it to Thursday").is_some_and(|w| w.every)
    );
    // "would you mind" and a booking verb in "-ing" asks for the booking.
    assert_eq!(
        p("would you mind scheduling a call with Ivo on Tuesday at 11?").kind,
        IntentKind::FindTime { book: true }
    );
    assert_eq!(
        p("do you mind arranging 20 min with Rui tomorrow at 4").kind,
        IntentKind::FindTime { book: true }
    );
    // "any more" ends a lowercase name; a word that is no name capitalised is none in lowercase.
    assert_eq!(names("no need for the 3pm with kofi any more, cancel it"), vec!["kofi"]);
    assert_eq!(names("find 30 min with Pia & Jon, maybe on Monday"), vec!["Pia", "Jon"]);
    // An agency or a family is a group; a number after the word describing a group is part of it.
    assert_eq!(
        names("book a call with the recruitment agency on Monday at 10"),
        vec!["recruitment agency"]
    );
    assert_eq!(
        names("find an hour with the Novak family next week"),
        vec!["Novak family"]
    );
    assert_eq!(
        names("can I get 30 min with the Grade 4 parents on Thursday?"),
        vec!["Grade 4 parents"]
    );
    // A leading zero writes the 24-hour clock.
    assert_eq!(
        p("book 30 min with Ada on Monday at 06:45").window.and_then(|w| w.time),
        Some(TimeOfDay::At(hm(6, 45).unwrap_or_default()))
    );
    // An ask opening a habit or task is no part of what is done.
    assert_eq!(title("can you add swimming 3x a week, 45 min each"), "swimming");
    // Words saying how much time may stand before a lead's "time".
    assert_eq!(
        title("find a bit of time to sort the garage, about 2 hours, by Saturday"),
        "sort the garage"
    );
    // A command and its object with a length, with nobody, is a task.
    let i = p("tidy the stock room, 40 mins");
    assert!(matches!(i.kind, IntentKind::AddTask { ref title, .. } if title == "tidy the stock room"));
    // The hours of one's routine, told in a sentence of their own, are not the ones asked for.
    assert_eq!(
        p("I'm usually on the wards until 2. Find 30 min with Ezra on Friday evening.")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Evening))
    );
}

#[test]
fn round_thirty_two_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    let hm = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
    let moved_to = |text: &str| match p(text).kind {
        IntentKind::Reschedule { to, .. } => to.map(|w| (w.start, w.time)),
        _ => None,
    };
    // "transfer … to" and "bounce … to" send a meeting on to another time.
    assert_eq!(
        moved_to("please transfer Friday's 3pm with Olu to Tuesday"),
        Some((ymd(2026, 12, 1), None))
    );
    assert_eq!(
        moved_to("can u bounce tomorrow's 11am w/ Kai to Thursday"),
        Some((ymd(2026, 12, 3), None))
    );
    // After a modal whose subject is a thing, "hold" says what it can take; it books nothing.
    assert_eq!(
        p("which mornings next week could hold 45 min with Ola?").kind,
        IntentKind::FindTime { book: false }
    );
    // "on the hook to" leads in to what one is bound to do.
    assert_eq!(
        title_of("I'm on the hook to renew the car insurance by Friday, 30 min"),
        "renew the car insurance"
    );
    // One capitalised word between "the" and a lowercase noun describes a thing.
    assert_eq!(
        names("cancel Tuesday's 2pm about the Edwardian wardrobe with Mia"),
        vec!["Mia"]
    );
    // "gotta" after a lowercase name makes it the subject, as other verbs do.
    assert_eq!(
        names("me + tomas gotta plan the fundraiser, find 1h on Friday"),
        vec!["tomas"]
    );
    // Two slips in a word of ten letters; one in "committee".
    assert_eq!(
        moved_to("reshceudle Monday's 10am with Ana to Wednesday"),
        Some((ymd(2026, 12, 2), None))
    );
    assert_eq!(
        names("find an hour with the parish commitee next week"),
        vec!["parish commitee"]
    );
    // A studio, a quintet, an authority are groups; a place two words before the group word
    // gives its zone.
    let i = p("book 30 min with the Oslo film studio on Tuesday at 9 their time");
    assert_eq!(i.zone.map(|z| z.name().to_owned()), Some("Europe/Oslo".to_owned()));
    assert_eq!(
        names("call off Friday's rehearsal with the brass quintet"),
        vec!["brass quintet"]
    );
    assert_eq!(
        names("find 45 min with the harbour authority next week"),
        vec!["harbour authority"]
    );
    // A group after "at" or "in" is where one is.
    assert_eq!(
        names("after the review at the head office, book 1h with Dev on Friday at 5"),
        vec!["Dev"]
    );
    // "X's in <place>": where someone is; "driving to <place>": where one goes.
    assert_eq!(
        names("Maria's in Lisbon - find an hour on Monday morning for her"),
        vec!["Maria"]
    );
    assert!(names("I'm driving to Aberdeen on Tuesday so move everything that day to Thursday").is_empty());
    // "am I meeting …", "tell me my …" describe the calendar.
    assert_eq!(
        p("am I meeting Greta at any point next week?").kind,
        IntentKind::Describe
    );
    assert_eq!(p("tell me my meetings for Thursday").kind, IntentKind::Describe);
    // "to 17h" is a clock time.
    let i = p("please change Tuesday's 9am with Ines to 17h");
    assert_eq!(i.duration_minutes, None);
    assert_eq!(i.window.and_then(|w| w.time), Some(TimeOfDay::At(hm(17, 0))));
    // "half nine" is 9:30; "quarter past two" opens a range.
    assert!(matches!(
        p("can you drop the half nine with Rob on Friday").kind,
        IntentKind::Cancel { which } if which.time == Some(hm(9, 30))
    ));
    assert_eq!(
        p("any 40 min slot with Uma on Tuesday between quarter past two and five?")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(14, 15), hm(17, 0)))
    );
    // "the following <weekday>" is that weekday after the meeting's day.
    assert_eq!(
        moved_to("move Wednesday's 10am with Noa to the following Tuesday"),
        Some((ymd(2026, 12, 8), None))
    );
    // A note with someone, a day and a time, and no verb, books; asked as a question it searches.
    assert_eq!(p("dinner w/ Sol sat 8pm 2h").kind, IntentKind::FindTime { book: true });
    assert_eq!(
        p("would dinner w/ Sol sat 8pm work?").kind,
        IntentKind::FindTime { book: false }
    );
}
