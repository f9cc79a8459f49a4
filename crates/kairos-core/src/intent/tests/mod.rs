//! The parser end to end: whole requests, as the assistant receives them, read into intents.

mod notes;
mod rounds;

use super::*;
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).single().unwrap_or_default()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

/// `text` read in Berlin at [`now`].
fn read(text: &str) -> Intent {
    parse(text, now(), Tz::Europe__Berlin)
}

/// The title of the task or habit `text` adds, else the kind it was read as.
fn title_of(text: &str) -> String {
    match read(text).kind {
        IntentKind::AddTask { title, .. } | IntentKind::AddHabit { title, .. } => title,
        other => format!("{other:?}"),
    }
}

/// The meeting `text` moves, when it is read as a move.
fn moved_of(text: &str) -> Option<MeetingRef> {
    match read(text).kind {
        IntentKind::Reschedule { which, .. } => Some(which),
        _ => None,
    }
}

/// The time of day the meeting `text` moves goes to, when it is read as a move and one is named.
fn new_time_of(text: &str) -> Option<TimeOfDay> {
    match read(text).kind {
        IntentKind::Reschedule { to, .. } => to.and_then(|w| w.time),
        _ => None,
    }
}

/// A short name for the kind read ("find", "book", "reschedule", …), for tables of requests.
fn kind_name(kind: &IntentKind) -> &'static str {
    match kind {
        IntentKind::Describe => "describe",
        IntentKind::FindTime { book: true } => "book",
        IntentKind::FindTime { book: false } => "find",
        IntentKind::Reschedule { .. } => "reschedule",
        IntentKind::Cancel { .. } => "cancel",
        IntentKind::AddTask { .. } => "task",
        IntentKind::AddHabit { .. } => "habit",
        IntentKind::Clarify => "clarify",
    }
}

/// The meeting `text` moves or cancels, when it is read as either.
fn moved_or_cancelled(text: &str) -> Option<MeetingRef> {
    match read(text).kind {
        IntentKind::Reschedule { which, .. } | IntentKind::Cancel { which } => Some(which),
        _ => None,
    }
}

/// A moved meeting's day, and the first and last days of where it goes.
type MovedDays = (Option<NaiveDate>, Option<(NaiveDate, NaiveDate)>);

/// The day of the meeting `text` moves and the first and last days it moves to, when it is read
/// as a move.
fn move_days_of(text: &str) -> Option<MovedDays> {
    match read(text).kind {
        IntentKind::Reschedule { which, to } => Some((which.date, to.map(|w| (w.start, w.end)))),
        _ => None,
    }
}

/// The people `text` names, as written.
fn names_of(text: &str) -> Vec<String> {
    read(text)
        .participants
        .into_iter()
        .map(|n| match n {
            Participant::Name(n) | Participant::Email(n) => n,
        })
        .collect()
}

#[test]
fn am_or_pm_after_a_day_is_its_morning_or_afternoon() {
    let part = |text: &str| parse(text, now(), Tz::Europe__Berlin).window.and_then(|w| w.time);
    assert_eq!(
        part("quick sync w/ Ana tomorrow am"),
        Some(TimeOfDay::Part(PartOfDay::Morning))
    );
    assert_eq!(part("find time Monday pm"), Some(TimeOfDay::Part(PartOfDay::Afternoon)));
    // Not after a day: the verb, or a clock time's suffix.
    assert_eq!(part("I am free tomorrow"), None);
    assert_eq!(
        part("find time tomorrow at 9 am"),
        Some(TimeOfDay::At(
            chrono::NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default()
        ))
    );
}

#[test]
fn time_made_for_a_task_is_not_its_title() {
    let i = parse(
        "I have to block 90 minutes to prepare the demo by Monday",
        now(),
        Tz::Europe__Berlin,
    );
    assert_eq!(
        i.kind,
        IntentKind::AddTask {
            title: "prepare the demo".into(),
            due: Some(ymd(2026, 11, 30))
        }
    );
    assert_eq!(i.duration_minutes, Some(90));
}

#[test]
fn a_cancellation_over_several_days_names_them_all() {
    let which = |text: &str| match parse(text, now(), Tz::Europe__Berlin).kind {
        IntentKind::Cancel { which } => Some(which),
        _ => None,
    };
    let days = |date, until| {
        Some(MeetingRef {
            date: Some(date),
            until,
            time: None,
            part: None,
            every: true,
        })
    };
    assert_eq!(
        which("cancel everything Monday to Wednesday"),
        days(ymd(2026, 11, 30), Some(ymd(2026, 12, 2)))
    );
    assert_eq!(
        which("cancel all my meetings next week"),
        days(ymd(2026, 11, 30), Some(ymd(2026, 12, 6)))
    );
    assert_eq!(which("cancel all my meetings on Friday"), days(ymd(2026, 12, 4), None));
    // One meeting meant, looked for over the days named.
    assert_eq!(
        which("cancel my meeting with Bo next week"),
        Some(MeetingRef {
            date: Some(ymd(2026, 11, 30)),
            until: Some(ymd(2026, 12, 6)),
            time: None,
            part: None,
            every: false,
        })
    );
}

#[test]
fn groups_after_for_people_with_the_asker_and_titles_before_their_lead() {
    let berlin = Tz::Europe__Berlin;
    let i = parse("find an hour for the sales team on Monday", now(), berlin);
    assert_eq!(i.participants, vec![Participant::Name("sales team".into())]);
    let i = parse("Lea and I need 20 minutes on Friday", now(), berlin);
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(i.participants, vec![Participant::Name("Lea".into())]);
    let i = parse("add a daily 15 minute stretching habit", now(), berlin);
    assert!(
        matches!(&i.kind, IntentKind::AddHabit { title, .. } if title == "stretching"),
        "{:?}",
        i.kind
    );
}

#[test]
fn people_joined_by_a_plus_open_a_short_request() {
    let i = parse("Ana + Bo, 30 min, Tuesday", now(), Tz::Europe__Berlin);
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(
        i.participants,
        vec![Participant::Name("Ana".into()), Participant::Name("Bo".into())]
    );
}

#[test]
fn tomorrow_morning_is_concrete() {
    let i = parse(
        "Find 30 minutes with Bo and ana@x.com tomorrow morning",
        now(),
        Tz::Europe__Berlin,
    );
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(i.duration_minutes, Some(30));
    let w = i.window.unwrap_or_else(|| panic!("no window"));
    assert_eq!((w.start, w.end), (ymd(2026, 11, 28), ymd(2026, 11, 28)));
    let iv = w.interval(Tz::Europe__Berlin).unwrap_or_else(|| panic!("no interval"));
    assert_eq!(
        iv.start(),
        Utc.with_ymd_and_hms(2026, 11, 28, 7, 0, 0).single().unwrap_or_default()
    );
}

#[test]
fn today_follows_the_host_zone_not_utc() {
    // 23:30 UTC on the 27th is already the 28th in Tokyo.
    let late = Utc
        .with_ymd_and_hms(2026, 11, 27, 23, 30, 0)
        .single()
        .unwrap_or_default();
    let i = parse("what do I have today", late, Tz::Asia__Tokyo);
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 11, 28)));
}

#[test]
fn windows_across_dst_changes_have_the_local_length() {
    let spring = Window {
        start: ymd(2027, 3, 28),
        end: ymd(2027, 3, 28),
        time: None,
    };
    let iv = spring
        .interval(Tz::Europe__Berlin)
        .unwrap_or_else(|| panic!("no interval"));
    assert_eq!(iv.end() - iv.start(), chrono::TimeDelta::hours(23));
    let autumn = Window {
        start: ymd(2026, 10, 25),
        end: ymd(2026, 10, 25),
        time: None,
    };
    let iv = autumn
        .interval(Tz::Europe__Berlin)
        .unwrap_or_else(|| panic!("no interval"));
    assert_eq!(iv.end() - iv.start(), chrono::TimeDelta::hours(25));
}

#[test]
fn unreadable_requests_ask_rather_than_guess() {
    assert_eq!(parse("hello", now(), Tz::UTC).kind, IntentKind::Clarify);
    let i = parse("book something with Bo on 5/6", now(), Tz::UTC);
    assert_eq!(i.window, None);
    assert_eq!(i.issues, vec![Issue::AmbiguousDate("5/6".into())]);
}

#[test]
fn habits_counted_by_part_of_day_and_titles_keep_possessives() {
    let i = parse("add a habit: run 5k three mornings a week", now(), Tz::UTC);
    assert_eq!(
        i.kind,
        IntentKind::AddHabit {
            title: "run 5k".into(),
            frequency: Some(Frequency::PerWeek(3)),
            part: Some(PartOfDay::Morning),
        }
    );
    let i = parse("add a task to review Bo's PR", now(), Tz::UTC);
    assert_eq!(
        i.kind,
        IntentKind::AddTask {
            title: "review Bo's PR".into(),
            due: None,
        }
    );
}

#[test]
fn time_for_ones_own_work_by_a_deadline_is_a_task_and_free_time_with_others_a_search() {
    let i = parse("block 30 min to write the report by Monday", now(), Tz::UTC);
    assert_eq!(
        i.kind,
        IntentKind::AddTask {
            title: "write the report".into(),
            due: Some(ymd(2026, 11, 30)),
        }
    );
    // With someone it stays a meeting before that day.
    let i = parse("book 30 min with Bo to go over the report by Monday", now(), Tz::UTC);
    assert_eq!(i.kind, IntentKind::FindTime { book: true });
    let i = parse("when am I free on Monday for an hour with bo and chen", now(), Tz::UTC);
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(
        i.participants,
        vec![Participant::Name("bo".into()), Participant::Name("chen".into())]
    );
    assert_eq!(parse("am I free on Monday?", now(), Tz::UTC).kind, IntentKind::Describe);
}

#[test]
fn a_meeting_named_by_its_day_is_moved_to_what_follows_it() {
    let i = parse("can we do Thursday's 3pm with Bo on Tuesday instead?", now(), Tz::UTC);
    let IntentKind::Reschedule { which, to } = i.kind else {
        panic!("not a reschedule: {:?}", i.kind)
    };
    assert_eq!((which.date, which.until), (Some(ymd(2026, 12, 3)), None));
    assert_eq!(to.map(|w| (w.start, w.end)), Some((ymd(2026, 12, 1), ymd(2026, 12, 1))));
}

#[test]
fn shorthand_and_people_as_a_verbs_object() {
    let i = parse("pencil ana in for 30 min tmrw pls", now(), Tz::UTC);
    assert_eq!(i.kind, IntentKind::FindTime { book: true });
    assert_eq!(i.participants, vec![Participant::Name("ana".into())]);
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 11, 28)));
    let i = parse("need ~1hr with Lukas next wk", now(), Tz::UTC);
    assert_eq!(i.duration_minutes, Some(60));
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 11, 30)));
    // A meal booked is not a person.
    assert_eq!(parse("book lunch for Friday", now(), Tz::UTC).participants, vec![]);
}

#[test]
fn shouting_particles_after_people_and_deadlines_in_other_words() {
    let i = parse("NEED 1 HOUR WITH MARCUS BEFORE FRIDAY, URGENT", now(), Tz::UTC);
    assert_eq!(i.participants, vec![Participant::Name("MARCUS".into())]);
    let i = parse(
        "slot Ana, Bo and Priya in on Thursday - make it 2 hours",
        now(),
        Tz::UTC,
    );
    assert_eq!(i.kind, IntentKind::FindTime { book: true });
    // "slot" as a noun books nothing.
    let i = parse("any slot in the afternoon with Bo?", now(), Tz::UTC);
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    let i = parse("make sure I chase the invoices no later than Thursday", now(), Tz::UTC);
    assert_eq!(
        i.kind,
        IntentKind::AddTask {
            title: "chase the invoices".into(),
            due: Some(ymd(2026, 12, 3)),
        }
    );
    let i = parse("I'm trying to walk the dog every single day", now(), Tz::UTC);
    assert!(
        matches!(&i.kind, IntentKind::AddHabit { title, frequency: Some(Frequency::Daily), .. } if title == "walk the dog"),
        "{:?}",
        i.kind
    );
    // "Tues" is one Tuesday, not every one.
    let i = parse("find an hour with Ana on Tues", now(), Tz::UTC);
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
}

#[test]
fn people_asked_about_signatures_and_european_clocks() {
    let i = parse(
        "Could you see whether kai, mira and jo could spare me two hours on Monday?",
        now(),
        Tz::UTC,
    );
    let names = |i: &Intent| -> Vec<String> {
        i.participants
            .iter()
            .map(|p| match p {
                Participant::Name(n) | Participant::Email(n) => n.clone(),
            })
            .collect()
    };
    assert_eq!(names(&i), ["kai", "mira", "jo"]);
    let i = parse("find an hour with Siân next week. Best regards, Julian", now(), Tz::UTC);
    assert_eq!(names(&i), ["Siân"]);
    let i = parse(
        "book a meeting with Mr. Jansen on Tuesday at 15h, one hour",
        now(),
        Tz::UTC,
    );
    assert_eq!(i.duration_minutes, Some(60));
    assert_eq!(
        i.window.and_then(|w| w.time),
        Some(TimeOfDay::At(NaiveTime::from_hms_opt(15, 0, 0).unwrap_or_default()))
    );
    // A weekday and a date that disagree are asked about.
    let i = parse("move my sync with Bo to Wednesday the 4th", now(), Tz::UTC);
    assert!(!i.issues.is_empty());
    let i = parse(
        "Can you make deep work part of my routine? 1 hr, on weekday mornings.",
        now(),
        Tz::UTC,
    );
    assert_eq!(
        i.kind,
        IntentKind::AddHabit {
            title: "deep work".into(),
            frequency: Some(Frequency::Weekdays),
            part: Some(PartOfDay::Morning),
        }
    );
}

#[test]
fn dictation_shorthand_and_days_in_words() {
    let i = parse(
        "um can you find me forty five minutes with uh dominika next week",
        now(),
        Tz::UTC,
    );
    assert_eq!(i.duration_minutes, Some(45));
    assert_eq!(i.participants, vec![Participant::Name("dominika".into())]);
    let i = parse("kill thurs 9am w dana", now(), Tz::UTC);
    assert!(matches!(i.kind, IntentKind::Cancel { .. }), "{:?}", i.kind);
    assert_eq!(i.participants, vec![Participant::Name("dana".into())]);
    let i = parse("find an hour with Ana on Monday the seventh", now(), Tz::UTC);
    assert_eq!(i.window.map(|w| w.start), Some(ymd(2026, 12, 7)));
    let i = parse(
        "i want to practice guitar twenty minutes a day in the evenings",
        now(),
        Tz::UTC,
    );
    assert!(
        matches!(
            &i.kind,
            IntentKind::AddHabit {
                frequency: Some(Frequency::Daily),
                ..
            }
        ),
        "{:?}",
        i.kind
    );
    // In a move, "can't do Tuesday at 11" is the meeting, not a day to keep clear.
    let i = parse(
        "Leona can't do Tuesday at 11 anymore, move it to Wednesday",
        now(),
        Tz::UTC,
    );
    assert!(i.avoid.is_empty());
    assert!(parse("both kids are sick so clear monday for me", now(), Tz::UTC).kind != IntentKind::Clarify);
}

#[test]
fn questions_that_use_other_kinds_words() {
    // "Remind me what …" asks about the calendar; "a new time for" moves a meeting.
    let i = parse("Can you remind me what I've got lined up on Monday?", now(), Tz::UTC);
    assert_eq!(i.kind, IntentKind::Describe);
    let i = parse(
        "Can you find a new time for Monday's 4pm with ingrid? The 9th would suit me better.",
        now(),
        Tz::UTC,
    );
    let IntentKind::Reschedule { which, to } = i.kind else {
        panic!("not a reschedule: {:?}", i.kind)
    };
    assert_eq!(which.date, Some(ymd(2026, 11, 30)));
    assert_eq!(to.map(|w| w.start), Some(ymd(2026, 12, 9)));
    // Time with someone before a date is a meeting, not one's own work.
    let i = parse(
        "find an hour before Christmas for me and Rebecca to go over the handover",
        now(),
        Tz::UTC,
    );
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(i.participants, vec![Participant::Name("Rebecca".into())]);
    let i = parse(
        "Find 45 minutes with Mr. Claes. He is unavailable on Mondays.",
        now(),
        Tz::UTC,
    );
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(i.avoid.len(), 1);
}

#[test]
fn greetings_denials_and_remarks_before_a_habit() {
    let i = parse(
        "Good afternoon, could you find an hour with Ana next week?",
        now(),
        Tz::UTC,
    );
    assert_eq!(i.window.and_then(|w| w.time), None);
    let i = parse(
        "Ingrid: 75-minute sync next Wednesday? pls suggest times, no invite yet",
        now(),
        Tz::UTC,
    );
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(i.participants, vec![Participant::Name("Ingrid".into())]);
    let i = parse(
        "ok im finally doing it - lift weights five days a week, about 45 min each",
        now(),
        Tz::UTC,
    );
    assert!(
        matches!(&i.kind, IntentKind::AddHabit { title, .. } if title == "lift weights"),
        "{:?}",
        i.kind
    );
    let i = parse(
        "Please create a task to reply to the auditors' questions by Monday",
        now(),
        Tz::UTC,
    );
    assert!(
        matches!(&i.kind, IntentKind::AddTask { title, .. } if title == "reply to the auditors' questions"),
        "{:?}",
        i.kind
    );
}

#[test]
fn habits_set_up_as_regular_and_dates_after_before() {
    let i = parse(
        "Please set up Pilates as a regular thing: three mornings a week, 50 minutes a session.",
        now(),
        Tz::UTC,
    );
    assert!(
        matches!(&i.kind, IntentKind::AddHabit { title, .. } if title == "Pilates"),
        "{:?}",
        i.kind
    );
    let i = parse(
        "i wanna do yoga Mon-Fri, half an hour per session - put it on repeat",
        now(),
        Tz::UTC,
    );
    assert!(
        // A habit's bare "do" says nothing of it, as every blind writer labels it.
        matches!(&i.kind, IntentKind::AddHabit { title, frequency: Some(Frequency::Weekdays), .. } if title == "yoga"),
        "{:?}",
        i.kind
    );
    // "before 15 December" is a date, not a time of day.
    let i = parse("find an hour before 15 December with Ana", now(), Tz::UTC);
    assert_eq!(i.window.and_then(|w| w.time), None);
    assert_eq!(i.window.map(|w| w.end), Some(ymd(2026, 12, 14)));
}

#[test]
fn asking_when_a_meeting_would_fit_and_changing_one_to_another_day() {
    let i = parse(
        "Can you see when I could fit in a 1-hour meeting with Dr. Varga on Monday or Wednesday?",
        now(),
        Tz::UTC,
    );
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    let i = parse(
        "Please change Monday's 3:15pm with chiara to Wednesday - I've got a clash.",
        now(),
        Tz::UTC,
    );
    assert!(matches!(i.kind, IntentKind::Reschedule { .. }), "{:?}", i.kind);
    let i = parse("why did my last invite go out twice?", now(), Tz::UTC);
    assert_eq!(i.kind, IntentKind::Clarify);
    // Plural weekdays and words with digits are not names.
    let i = parse(
        "find an hour to go over the Q1 plan with Magdalena. Fridays do not suit her.",
        now(),
        Tz::UTC,
    );
    assert_eq!(i.participants, vec![Participant::Name("Magdalena".into())]);
}

#[test]
fn a_dated_request_without_a_verb_asks_for_time() {
    let i = parse("30 mins with kate@x.com before Friday", now(), Tz::UTC);
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    assert_eq!(parse("thanks, that works", now(), Tz::UTC).kind, IntentKind::Clarify);
}

#[test]
fn common_words_keep_their_ordinary_meaning() {
    let berlin = Tz::Europe__Berlin;
    // A request ending in "at" (or in a dropped "um") is read, not a panic.
    let _ = parse("book at", now(), berlin);
    let _ = parse("meet at um", now(), berlin);
    // "The second meeting" counts meetings; only "the 2nd" is a day.
    let i = parse("cancel the second meeting with Bo", now(), berlin);
    assert!(
        matches!(i.kind, IntentKind::Cancel { which } if which.date.is_none()),
        "{:?}",
        i.kind
    );
    assert_eq!(
        parse("Am I clear tomorrow afternoon?", now(), berlin).kind,
        IntentKind::Describe
    );
    let i = parse("remind me to cancel the dentist", now(), berlin);
    assert!(matches!(i.kind, IntentKind::AddTask { .. }), "{:?}", i.kind);
    let i = parse("remind me to update the calendar", now(), berlin);
    assert!(
        matches!(&i.kind, IntentKind::AddTask { title, .. } if title == "update the calendar"),
        "{:?}",
        i.kind
    );
    let i = parse("find time with Ned on Monday", now(), berlin);
    assert_eq!(i.participants, vec![Participant::Name("Ned".into())]);
    let i = parse("move Ana's sync to Friday", now(), berlin);
    assert_eq!(i.participants, vec![Participant::Name("Ana".into())]);
    let i = parse("find time with Ana, kind of urgent, and with Bo too", now(), berlin);
    assert_eq!(i.participants.len(), 2);
    let i = parse("find a good morning slot with Bo on Monday", now(), berlin);
    assert_eq!(i.window.and_then(|w| w.time), Some(TimeOfDay::Part(PartOfDay::Morning)));
    // Days named in a one-off search are not a habit.
    let i = parse("find time with Bo on Monday and Tuesday mornings", now(), berlin);
    assert_eq!(i.kind, IntentKind::FindTime { book: false });
    let i = parse("cancel my regular thing with Bo", now(), berlin);
    assert!(matches!(i.kind, IntentKind::Cancel { .. }), "{:?}", i.kind);
}

/// A part of the day closing the request with "or" and nothing after it reads without a panic.
#[test]
fn a_part_of_the_day_before_a_closing_or_is_read() {
    assert_eq!(names_of("meet Bo tomorrow evening or"), vec!["Bo"]);
}
