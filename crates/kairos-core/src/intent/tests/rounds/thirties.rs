//! Rounds 30 to 39: their rules checked in words other than the requests that prompted them.

use super::super::*;

#[test]
fn round_thirty_rules_hold_in_other_words() {
    let p = read;
    let title = title_of;
    let names = names_of;
    let moved = moved_of;
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
    let moved = moved_of;
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

#[test]
fn round_thirty_three_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    let hm = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
    // "without delay" says how soon; it puts nothing off.
    assert_eq!(
        p("please set up 30 min with Ugo on Monday at 10; the figures must be signed off without delay").kind,
        IntentKind::FindTime { book: true }
    );
    // "nothing" denies a booking word after it as "no" does.
    assert_eq!(
        p("is there an hour free with Lene on Tuesday? nothing to be put in the diary yet").kind,
        IntentKind::FindTime { book: false }
    );
    // "enter" a meeting books it.
    assert_eq!(
        p("please enter a meeting with Tamsin for Thursday afternoon, 45 min").kind,
        IntentKind::FindTime { book: true }
    );
    // "… is that I should" leads in to what a habit is.
    assert_eq!(
        title_of("my physio's verdict is that I should swim laps three times a week, 40 min each"),
        "swim laps"
    );
    // A "with" opening the request that says how people or things are sets the scene.
    assert_eq!(
        names("With the sales team out and the warehouse quiet, find an hour with Ravi on Monday"),
        vec!["Ravi"]
    );
    // A city before a described group gives its zone only with "their time".
    let zone = |text: &str| p(text).zone.map(|z| z.name().to_owned());
    assert_eq!(zone("find an hour with the Lagos design committee on Tuesday"), None);
    assert_eq!(
        zone("find an hour with the Lagos design committee on Tuesday at 9 their time"),
        Some("Africa/Lagos".to_owned())
    );
    // A lowercase title with its full stop, or a calling after "with", opens a lowercase name;
    // not a calling saying who writes.
    assert_eq!(names("book 20 min with ms. okafor on Friday at 11"), vec!["ms. okafor"]);
    assert_eq!(names("find 30 min with coach dara tomorrow"), vec!["coach dara"]);
    assert_eq!(names("coach here - book 30 min with Ana tomorrow at 4"), vec!["Ana"]);
    // Two words may describe a group named by a plural.
    assert_eq!(
        names("find 45 min with Ivo and the late shift porters next week"),
        vec!["Ivo", "late shift porters"]
    );
    // "on 5.11" could be either way round; "5.11." with its closing full stop is day and month.
    assert_eq!(
        p("book 1h with Ana on 5.11 at 10").issues,
        vec![Issue::AmbiguousDate("5.11".into())]
    );
    assert!(p("book 1h with Ana on 5.11. at 10").issues.is_empty());
    // After a length, "with the" a word and one who does something names someone.
    assert_eq!(
        names("book 45 min with the kitchen fitter on Friday at 3"),
        vec!["kitchen fitter"]
    );
    // "any chance we could …" asks whether, it books nothing.
    assert_eq!(
        p("any chance we could grab 20 min with Ode on Thursday?").kind,
        IntentKind::FindTime { book: false }
    );
    // A frequency in a clause apart from one asking for time with someone is how the asker's
    // days go, not a habit.
    let i = p("I'm on night shifts every weekday, book 30 min with Lars on Tuesday at 6pm");
    assert_eq!(i.kind, IntentKind::FindTime { book: true });
    assert_eq!(i.window.and_then(|w| w.time), Some(TimeOfDay::At(hm(18, 0))));
    // Moving "things" with no day, time, length or person named: ask.
    assert_eq!(
        p("can you shift things around so I get a break").kind,
        IntentKind::Clarify
    );
    // A group opening the request as the subject of what people do is named.
    assert_eq!(
        names("the Leeds stage hands bailed, so cancel Saturday's 2pm rehearsal"),
        vec!["Leeds stage hands"]
    );
}

#[test]
fn round_thirty_four_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    let hm = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
    let moved = move_days_of;
    let thursday = Some((ymd(2026, 12, 3), ymd(2026, 12, 3)));
    // "slip to" and "hold … over" move.
    assert_eq!(
        moved("Tuesday's 9am with Ugo may have to slip to Thursday"),
        Some((Some(ymd(2026, 12, 1)), thursday))
    );
    assert_eq!(
        moved("please hold Wednesday's 4pm with Kit over until Friday"),
        Some((Some(ymd(2026, 12, 2)), Some((ymd(2026, 12, 4), ymd(2026, 12, 4)))))
    );
    // A "to" that marks a verb ("going to work") divides nothing when "until" does.
    assert_eq!(
        moved("Monday's 10am with Pia isn't going to work, so carry it over until Thursday"),
        Some((Some(ymd(2026, 11, 30)), thursday))
    );
    // A capitalised word opening a sentence before a meeting named by its day is the verb.
    assert_eq!(
        names("The venue flooded. Strike next Monday's 11am with Ada from my diary, please."),
        vec!["Ada"]
    );
    // "someone has to" leads in to what is done.
    assert_eq!(
        title_of(
            "The printer is broken again, but someone has to file the quarterly returns by Friday, and it's going to \
             be me. Add it as a task."
        ),
        "file the quarterly returns"
    );
    // A participle of booking after a lowercase name ends it.
    assert_eq!(
        names("I need a 30-minute call with tomasz booked for Friday at 10"),
        vec!["tomasz"]
    );
    // "and a quarter", "and three quarters" after hours add to them.
    let length = |text: &str| p(text).duration_minutes;
    assert_eq!(
        length("block two hours and a quarter to prepare the tax forms by Monday"),
        Some(135)
    );
    assert_eq!(
        length("set aside an hour and three quarters to sort the invoices by Monday"),
        Some(105)
    );
    // A range's end at 12 "in the morning" after a morning start is noon.
    assert_eq!(
        p("move Tuesday's call with Bo to Thursday between 9 and 12 in the morning")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Between(hm(9, 0), hm(12, 0)))
    );
    // A request that asks nothing of the calendar names no zone.
    let i = p("is it raining in Oslo?");
    assert_eq!((i.kind, i.zone), (IntentKind::Clarify, None));
    // "any chance" with "… and I could" asks whether, however long the subject.
    assert_eq!(
        p("any chance my landlord Mr. Hale and I could grab 30 min on Tuesday?").kind,
        IntentKind::FindTime { book: false }
    );
    // A part of every day kept clear that the part asked for leaves out is said by it.
    let i = p("find an hour with Jo next week, afternoons are out for her so mornings only");
    assert!(i.avoid.is_empty());
    assert_eq!(i.window.and_then(|w| w.time), Some(TimeOfDay::Part(PartOfDay::Morning)));
    // "chef" before a name is a title; a calling after a possessive is a role.
    assert_eq!(
        names("set up a tasting with chef Moreau on Thursday at 3"),
        vec!["chef Moreau"]
    );
    assert_eq!(names("find 30 min with my coach Dara on Monday"), vec!["Dara"]);
    // After "with my" and a word naming a person, a lowercase word is their name; a capitalised
    // word between a possessive and a lowercase noun describes it.
    assert_eq!(
        names("find an hour with our lab technician marek on Monday"),
        vec!["marek"]
    );
    assert!(names("lunch with my Spanish tutor on Friday at 1").is_empty());
    // An age band describes a group.
    assert_eq!(
        names("cancel Saturday's 10am with the under-9s parents"),
        vec!["under-9s parents"]
    );
    // With "their time", a place before a plural naming people gives its zone.
    assert_eq!(
        p("book 1h with the Sydney engineers on Tuesday, 9am their time")
            .zone
            .map(|z| z.name().to_owned()),
        Some("Australia/Sydney".to_owned())
    );
    // A task that is a verb and "somebody" or "something" names nothing to do: ask.
    assert_eq!(p("gotta call somebody at some point").kind, IntentKind::Clarify);
    // "currently on" names the moved meeting's present day.
    assert_eq!(
        moved("Reschedule the design review with Ines. It is currently on Wednesday, we need it on Friday afternoon."),
        Some((Some(ymd(2026, 12, 2)), Some((ymd(2026, 12, 4), ymd(2026, 12, 4)))))
    );
    // What one has to do, put in the calendar as asked, is booked; with a deadline, a task.
    assert_eq!(
        p("need to take the car to the garage Tuesday morning, put it in my diary please").kind,
        IntentKind::FindTime { book: true }
    );
    assert!(matches!(
        p("I need to finish the grant report by Friday, put it in my calendar").kind,
        IntentKind::AddTask { .. }
    ));
}

#[test]
fn round_thirty_five_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    let booked = |text: &str| p(text).kind == IntentKind::FindTime { book: true };
    let moved = move_days_of;
    let friday = Some((ymd(2026, 12, 4), ymd(2026, 12, 4)));
    // An invitation sent or issued, an entry recorded or a meeting confirmed books.
    assert!(booked(
        "Half an hour with Nadia on Tuesday at 9 to go through the budget; send her an invitation."
    ));
    assert!(booked(
        "45 minutes with Juno on Monday afternoon to review the draft, and issue an invitation to her"
    ));
    assert!(booked(
        "An hour with Felix on Thursday morning to plan the trip - record it in my calendar."
    ));
    assert!(booked(
        "Confirm a one-hour call with Tamsin on Tuesday afternoon to go over the lease."
    ));
    // "kick … down the road" and "re-time" move; "do away with" cancels.
    assert_eq!(
        moved("The road is closed, so kick Wednesday's 2pm with Anouk down the road to Friday."),
        Some((Some(ymd(2026, 12, 2)), friday))
    );
    assert_eq!(
        moved("Could you re-time tomorrow's 11am with Bram to Friday?"),
        Some((Some(ymd(2026, 11, 28)), friday))
    );
    assert!(matches!(
        p("The grant fell through, so do away with Tuesday's 4pm with Ravi.").kind,
        IntentKind::Cancel { .. }
    ));
    // A word pointing at a thing, something worn, and capitals joined by "&" are no one.
    assert_eq!(
        names("Book 30 minutes with Lotte on Monday at 2. That is all."),
        vec!["Lotte"]
    );
    assert_eq!(
        names("in the workshop with earmuffs on. book 1h with Gus on Friday at 9"),
        vec!["Gus"]
    );
    assert_eq!(
        names("An R&D audit is looming, so move Thursday's 10am with Kai to Monday."),
        vec!["Kai"]
    );
    // Whom one walks through something is someone to meet; a grade describes a group.
    assert_eq!(
        names("find 30 minutes on Friday for walking ottilie through the new stock system"),
        vec!["ottilie"]
    );
    assert_eq!(
        names("find an hour with Coach Dee and the U9 parents on Thursday"),
        vec!["Coach Dee", "U9 parents"]
    );
    // Someone named by what they do: further down a list, called, or doing what people do.
    assert_eq!(
        names("book 20 min with tariq and the late shift lead on Friday at 4"),
        vec!["tariq", "late shift lead"]
    );
    assert_eq!(
        names("find 20 minutes on Thursday to phone the building control inspector"),
        vec!["building control inspector"]
    );
    assert_eq!(
        names("the tiling contractor can't make Tuesday at 9 anymore, move it to Thursday same time"),
        vec!["tiling contractor"]
    );
    assert_eq!(
        names("Hello, the fire safety assessor has asked whether we could push Friday's visit to Monday."),
        vec!["fire safety assessor"]
    );
    // "weekends are out" keeps Saturdays and Sundays clear.
    let weekdays: Vec<_> = p("find an hour with Lena next week, weekends are out")
        .avoid
        .iter()
        .map(|a| a.weekday)
        .collect();
    assert_eq!(weekdays, vec![Some(chrono::Weekday::Sat), Some(chrono::Weekday::Sun)]);
    // "works out of" a city places someone in its zone; a shortened rank is a title.
    let i = p("see when Anil's free on Monday after 3pm his time (he works out of Lagos)");
    assert_eq!(i.zone.map(|z| z.name().to_owned()), Some("Africa/Lagos".to_owned()));
    assert_eq!(
        names("see when Anil's free on Monday after 3pm his time (he works out of Lagos)"),
        vec!["Anil"]
    );
    let i = p("move my 9am with Capt. Reyes on the 4th to Friday");
    assert_eq!(i.zone, None);
    assert_eq!(
        names("move my 9am with Capt. Reyes on the 4th to Friday"),
        vec!["Capt. Reyes"]
    );
    // Time blocked on no day to do one's own work is a task.
    assert_eq!(
        title_of("block 40 minutes to write up the site visit notes"),
        "write up the site visit notes"
    );
    // A request that asks nothing of the calendar reads no dates.
    assert_eq!(p("will it snow in Oslo on Saturday?").window, None);
    // "as a recurring …" says what form the entry takes, not what the habit is.
    assert_eq!(
        title_of(
            "I want to read poetry on Sundays, half an hour at a time; put that in as a recurring fixture that never \
             stops."
        ),
        "read poetry"
    );
}

#[test]
fn round_thirty_six_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    let booked = |text: &str| p(text).kind == IntentKind::FindTime { book: true };
    let searched = |text: &str| p(text).kind == IntentKind::FindTime { book: false };
    // "what's possible", "when's the earliest" and "show me where" ask for times.
    assert!(searched(
        "Ahead of pitching Ines a demo, list what's possible on Friday morning."
    ));
    assert!(searched("whens the earliest i could grab 20 min with Ola on Monday?"));
    assert!(searched("show me where I'm clear for an hour on Thursday"));
    // "move" ending a noun phrase is a move of something, not a meeting moved.
    assert!(searched(
        "Ahead of the office move, where do I have a free hour on Friday?"
    ));
    // "shuffled" moves.
    assert_eq!(
        move_days_of("Could Tuesday's 10am with Bram be shuffled to Thursday?"),
        Some((Some(ymd(2026, 12, 1)), Some((ymd(2026, 12, 3), ymd(2026, 12, 3)))))
    );
    // Options not wanted describe nothing; an entry set down and an invitation got out book.
    assert!(booked(
        "Pop an hour with Ines in on Friday at 2 and send her an invite - no need to show me options."
    ));
    assert!(booked(
        "I'm meeting Petra on Friday at 2 for an hour; set it down in my calendar."
    ));
    assert!(booked(
        "Petra and I meet on Friday at 2 for an hour; get an invitation out to her."
    ));
    // "the one who has to …" leads in to a task.
    assert_eq!(
        title_of("Looks like I'm the one who has to renew the parking permits by Friday."),
        "renew the parking permits"
    );
    // What something is filled with, or a thing in bits, is no one.
    assert_eq!(
        names("The warehouse is packed with pallets, so book 30 min with Oda on Monday at 10."),
        vec!["Oda"]
    );
    assert_eq!(
        names("on the roof with the aerial in pieces. book 20m w/ Gus on Friday at 9"),
        vec!["Gus"]
    );
    // A story's opening name or role gives way to the people introduced later.
    assert_eq!(
        names("Update from the depot: the supplier has dropped the contract, so drop Thursday's 3pm with Ilse."),
        vec!["Ilse"]
    );
    assert_eq!(
        names("Frost is settling on the vines, so Oskar and I need an hour on Friday - when am I free?"),
        vec!["Oskar"]
    );
    // Whom one promises or sees, whom one puts down for something; not where they come from.
    assert_eq!(
        names("I'm seeing ines on Friday at 2 for an hour, put it in my calendar"),
        vec!["ines"]
    );
    assert_eq!(names("put me and oda down for squash on Friday at 6"), vec!["oda"]);
    assert_eq!(
        names("find 30 min on Monday to meet Ms. Adeyemi from the council office"),
        vec!["Ms. Adeyemi"]
    );
    // The workers on a shift are a group.
    assert_eq!(
        names("book an hour with the packing line shift on Saturday at 8"),
        vec!["packing line shift"]
    );
    // "a weekday routine" recurs on weekdays.
    assert!(matches!(
        p("start a weekday routine: 15 min of stretching at lunch").kind,
        IntentKind::AddHabit {
            frequency: Some(Frequency::Weekdays),
            ..
        }
    ));
}

#[test]
fn round_thirty_seven_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    let booked = |text: &str| p(text).kind == IntentKind::FindTime { book: true };
    // "arvo" is the afternoon.
    assert_eq!(
        p("anything on Thursday arvo?").window.and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Afternoon))
    );
    // "budge" and "prepone" move a meeting; "to reflect" after the new time names no time.
    assert_eq!(
        move_days_of("Could you budge Monday's 9am with Lise to Wednesday?"),
        Some((Some(ymd(2026, 11, 30)), Some((ymd(2026, 12, 2), ymd(2026, 12, 2)))))
    );
    assert_eq!(
        move_days_of("prepone Thursday's 2pm with Ola to Tuesday please"),
        Some((Some(ymd(2026, 12, 3)), Some((ymd(2026, 12, 1), ymd(2026, 12, 1)))))
    );
    assert_eq!(
        move_days_of("Tuesday's 11am with Ben can't happen; delay it to Friday and update the invite to reflect that."),
        Some((Some(ymd(2026, 12, 1)), Some((ymd(2026, 12, 4), ymd(2026, 12, 4)))))
    );
    // An entry made books.
    assert!(booked(
        "Bo and I have settled on a half-hour chat on Friday at 3. Make an entry for it - nothing to check with me."
    ));
    // "it's down to me to …" leads in to a task.
    assert_eq!(
        title_of("It's down to me to renew the parking permits by Friday."),
        "renew the parking permits"
    );
    // What is on one's hands, the answer's form and the weather are no one.
    assert_eq!(
        names("Standing at the sink with flour on my hands, so book 20 min with Gus on Friday at 9"),
        vec!["Gus"]
    );
    assert_eq!(
        names("when can I see Oda for an hour on Friday? reply with times only"),
        vec!["Oda"]
    );
    assert_eq!(
        names("rain finally stopped so book 30 min with Gus on Friday at 10"),
        vec!["Gus"]
    );
    // "a quarter-hour" is 15 minutes.
    assert_eq!(p("find a quarter-hour with Bram on Monday").duration_minutes, Some(15));
    // Workers named by their trade or post are a group, "whole" no part of its name, up to four
    // words long.
    assert_eq!(
        names("when are the sound techs and Bram free for an hour on Monday?"),
        vec!["sound techs", "Bram"]
    );
    assert_eq!(
        names("book an hour with the whole pastry brigade on Monday at 10"),
        vec!["pastry brigade"]
    );
    assert_eq!(
        names("book an hour with the Bristol depot loading leads on Monday at 10"),
        vec!["Bristol depot loading leads"]
    );
    // "any appointments" asks what is there.
    assert_eq!(p("any appointments with Bram on Thursday?").kind, IntentKind::Describe);
}

#[test]
fn round_thirty_eight_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    let booked = |text: &str| p(text).kind == IntentKind::FindTime { book: true };
    // "rejig" moves a meeting.
    assert_eq!(
        move_days_of("could you rejig Thursday's 2pm with Ola to Monday?"),
        Some((Some(ymd(2026, 12, 3)), Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))))
    );
    // "for the week after next" gives the new time, as "for Friday" does.
    assert_eq!(
        move_days_of(
            "Tuesday's 10am with Ben clashes with a site visit, so please reschedule it for the week after next."
        ),
        Some((Some(ymd(2026, 12, 1)), Some((ymd(2026, 12, 7), ymd(2026, 12, 13)))))
    );
    // "opening night" is an occasion, not the evening asked for.
    assert_eq!(
        p("We rehearse right up to opening night. Book an hour with Ines on Friday in the morning.")
            .window
            .and_then(|w| w.time),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    // A lowercase name paired with the asker after a colon is someone to meet.
    assert_eq!(
        names("two mins: tomasz and me, an hour on Friday, kit review. book it"),
        vec!["tomasz"]
    );
    // "lodge" enters an entry.
    assert!(booked("Bo agreed to an hour on Monday at 2; please lodge it."));
    // A vague "a few hours" gives way to an exact length said later.
    assert_eq!(
        p("Sat in the waiting room for a few hours. Find a slot with Bo tomorrow, probably 30 minutes of it.")
            .duration_minutes,
        Some(30)
    );
    // "with only a radio for company" names no one.
    assert_eq!(
        names("On watch with only a radio for company; find an hour with Kemal tomorrow."),
        vec!["Kemal"]
    );
    // "put this … : X" names what the colon introduces.
    assert_eq!(
        title_of(
            "Please put this on repeat in my calendar with no end: read to the kids every evening, 20 minutes each time"
        ),
        "read to the kids"
    );
}

#[test]
fn round_thirty_nine_rules_hold_in_other_words() {
    let p = read;
    let names = names_of;
    // "relocate" moves a meeting.
    assert_eq!(
        move_days_of("kindly relocate Thursday's 2pm with Ola to Monday"),
        Some((Some(ymd(2026, 12, 3)), Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))))
    );
    // "shove … back" and "shove … along" move it later.
    assert_eq!(
        move_days_of("shove Thursday's 2pm with Ola back to Monday please"),
        Some((Some(ymd(2026, 12, 3)), Some((ymd(2026, 11, 30), ymd(2026, 11, 30)))))
    );
    assert!(matches!(
        p("shove the budget chat along to Friday").kind,
        IntentKind::Reschedule { .. }
    ));
    // A hedging word opening a sentence is never a name.
    assert_eq!(
        names("Could you book coffee with Marta on Friday at 10? Perhaps forty minutes, no more."),
        vec!["Marta"]
    );
    assert_eq!(
        names("Book tea with Ines on Monday at 4. Probably an hour."),
        vec!["Ines"]
    );
    // "Rev." is a title before a name.
    assert_eq!(names("call off Friday's 3pm with Rev. Okafor"), vec!["Rev. Okafor"]);
    // "cooperative" and "collective" end the name of a group.
    assert_eq!(
        names("find an hour w/ the Kerry fishing cooperative on Thursday"),
        vec!["Kerry fishing cooperative"]
    );
    assert_eq!(
        names("find an hour w/ the Leith artists collective on Thursday"),
        vec!["Leith artists collective"]
    );
    // A lone lowercase "n" is "and": the people after "me n" are the ones to meet.
    let paired = p("me n Dario gotta go over the kit list, 1h. any gap in my calendar friday morning?");
    assert!(matches!(paired.kind, IntentKind::FindTime { .. }));
    assert_eq!(
        names("me n Dario gotta go over the kit list, 1h. any gap in my calendar friday morning?"),
        vec!["Dario"]
    );
    // Taking or walking someone through something is meeting them.
    let shown =
        p("I have to take Greta through the tender documents, an hour. Which slots are open on Friday morning?");
    assert!(matches!(shown.kind, IntentKind::FindTime { .. }));
    assert_eq!(
        names("I have to take Greta through the tender documents, an hour. Which slots are open on Friday morning?"),
        vec!["Greta"]
    );
    assert_eq!(
        names("I need to take bruno through the tax forms, 40 minutes. Any room on Friday?"),
        vec!["bruno"]
    );
    // A title's full stop ends no sentence: "Prof. Adeyemi" is still the one shown through.
    let titled = p("I must take Prof. Adeyemi through the lab budget, half an hour. Any room on Friday?");
    assert!(matches!(titled.kind, IntentKind::FindTime { .. }));
    assert_eq!(
        names("I must take Prof. Adeyemi through the lab budget, half an hour. Any room on Friday?"),
        vec!["Prof. Adeyemi"]
    );
    // Whom one apologises or explains to is someone the meeting is with.
    assert_eq!(
        names("With apologies to ruth, please move Thursday's 2pm with her to Monday"),
        vec!["ruth"]
    );
    // People introduced after a colon are the ones to meet; the opening clause was the scene,
    // whether they are capitalised, lowercase, an address or a group.
    assert_eq!(
        names(
            "Snow's in and the yard is shut, so in short: Ilka and Bruno want to meet Monday at 10 for an hour. Book it."
        ),
        vec!["Ilka", "Bruno"]
    );
    assert_eq!(
        names("Snow's in and the yard is shut, so in short: bruno wants to meet Monday at 10 for an hour. Book it."),
        vec!["bruno"]
    );
    assert_eq!(
        names(
            "Snow's in and the yard is shut, so in short: the night crew want to meet Monday at 10 for an hour. Book it."
        ),
        vec!["night crew"]
    );
    // A trade alone after "with the" is someone to meet, unless a name follows it or one is
    // booked in with it as a client.
    assert_eq!(
        names("any gap on Monday for half an hour with the plumber? just looking"),
        vec!["plumber"]
    );
    assert_eq!(
        names("find 40 min with the physiotherapist next week, don't book"),
        vec!["physiotherapist"]
    );
    assert!(names("go running with the playlist on, find me 30 min tomorrow").is_empty());
    // A lone "is" after "deadline" names nothing; "so I can" leads in to what the time is for.
    assert_eq!(
        title_of("Block an hour so I can write the board report. Deadline is the 9th."),
        "write the board report"
    );
    // A bare hour with "morning" a few words after it, nothing moving it between, is the morning's.
    assert!(matches!(
        read("cancel my 7:15 swim on Saturday morning, pool's shut").kind,
        IntentKind::Cancel { which } if which.time == Some(hm(7, 15))
    ));
    assert!(matches!(
        read("move the 5:45 with Ola on Tuesday to Wednesday morning").kind,
        IntentKind::Reschedule { which, .. } if which.time == Some(hm(17, 45))
    ));
}
