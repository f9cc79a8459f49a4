//! Rounds 20 to 29: their rules checked in words other than the requests that prompted them.

use super::super::*;

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
