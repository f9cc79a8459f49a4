//! Worked examples of the slot engine with exact expected times: each 2026 DST change of New York,
//! Berlin and Lord Howe (plus Kolkata, Santiago and Chatham), the gap/fold policy on the change
//! night, every booking rule, collective and round-robin events, grouping, and each `check` refusal.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use kairos_core::render::by_local_date;
use kairos_core::slots::least_booked;
use kairos_core::{
    Availability, HostCalendar, HostMode, Interval, LocalSpan, Slot, SlotQuery, SlotRules, Unavailable, WeeklyHours,
    Zone,
};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn zone(name: &str) -> Zone {
    Zone::parse(name).expect("a zone of the tz database")
}

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().expect("a valid RFC 3339 instant")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

fn next(day: NaiveDate) -> NaiveDate {
    day.succ_opt().expect("not the end of time")
}

fn span(start: &str, end: &str) -> LocalSpan {
    LocalSpan::parse(start, end).expect("a valid span")
}

fn nine_to_five() -> Vec<LocalSpan> {
    vec![span("09:00", "17:00")]
}

fn every_day(spans: &[LocalSpan]) -> WeeklyHours {
    WeeklyHours::new(std::array::from_fn(|_| spans.to_vec()))
}

/// Hours on Saturday (index 5) and Sunday (index 6) only.
fn weekend(saturday: &[LocalSpan], sunday: &[LocalSpan]) -> WeeklyHours {
    let mut days: [Vec<LocalSpan>; 7] = Default::default();
    days[5] = saturday.to_vec();
    days[6] = sunday.to_vec();
    WeeklyHours::new(days)
}

/// 30-minute meetings every 30 minutes, no buffers or notice, a year ahead, no daily limit.
fn rules(duration_minutes: i64, step_minutes: i64) -> SlotRules {
    SlotRules {
        duration: TimeDelta::minutes(duration_minutes),
        step: TimeDelta::minutes(step_minutes),
        buffer_before: TimeDelta::zero(),
        buffer_after: TimeDelta::zero(),
        min_notice: TimeDelta::zero(),
        horizon_days: 365,
        max_per_day: None,
    }
}

fn host(zone_name: &str, weekly: WeeklyHours) -> HostCalendar {
    HostCalendar {
        availability: Availability::new(zone(zone_name), weekly),
        busy: Vec::new(),
        own_bookings: Vec::new(),
    }
}

fn interval(start: &str, end: &str) -> Interval {
    Interval::new(utc(start), utc(end)).expect("a non-empty interval")
}

/// The instants of whole local days `from..=to` in `zone`.
fn local_days(zone: Zone, from: NaiveDate, to: NaiveDate) -> Interval {
    Interval::new(zone.start_of_day(from), zone.start_of_day(next(to))).expect("at least a day")
}

const NEW_YEAR: &str = "2026-01-01T00:00:00Z";

fn query<'a>(rules: &'a SlotRules, kind: HostMode, hosts: &'a [HostCalendar], now: &str) -> SlotQuery<'a> {
    SlotQuery {
        rules,
        kind,
        hosts,
        now: utc(now),
    }
}

/// Slot starts as local wall-clock times with their offset, e.g. `01:30-04:00`.
fn local_starts(zone: Zone, slots: &[Slot]) -> Vec<String> {
    slots
        .iter()
        .map(|s| zone.local(s.interval.start()).format("%H:%M%:z").to_string())
        .collect()
}

fn hhmm(zone: Zone, t: DateTime<Utc>) -> String {
    zone.local(t).format("%H:%M").to_string()
}

fn starts(slots: &[Slot]) -> Vec<DateTime<Utc>> {
    slots.iter().map(|s| s.interval.start()).collect()
}

// ---------------------------------------------------------------------------------------------
// 09:00–17:00 on the days before, of and after each change
// ---------------------------------------------------------------------------------------------

/// Checks one local day of a 09:00–17:00 host: 16 half-hour slots from 09:00 to 16:30 local,
/// the first at `first_utc`. Returns that first instant.
fn assert_nine_to_five_day(query: &SlotQuery<'_>, zone: Zone, day: NaiveDate, first_utc: &str) -> DateTime<Utc> {
    let slots = query.slots(local_days(zone, day, day));
    assert_eq!(slots.len(), 16, "{zone} {day}: slots per day");
    let (first, last) = (slots[0].interval.start(), slots[15].interval.start());
    assert_eq!(hhmm(zone, first), "09:00", "{zone} {day}: first slot");
    assert_eq!(hhmm(zone, last), "16:30", "{zone} {day}: last slot");
    assert_eq!(
        hhmm(zone, slots[15].interval.end()),
        "17:00",
        "{zone} {day}: last meeting ends"
    );
    assert_eq!(first, utc(first_utc), "{zone} {day}: first slot as UTC");
    assert!(slots.iter().all(|s| zone.local_date(s.interval.start()) == day));
    first
}

/// The days before, of and after a change, with the UTC instants of their 09:00 and the change
/// of UTC offset (new minus old) that moves those instants.
fn assert_change(zone_name: &str, change_day: NaiveDate, first_utc: [&str; 3], offset_change: TimeDelta) {
    let zone = zone(zone_name);
    let hosts = [host(zone_name, every_day(&nine_to_five()))];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    let before = change_day.pred_opt().expect("a day before");
    let after = next(change_day);
    let firsts: Vec<DateTime<Utc>> = [before, change_day, after]
        .into_iter()
        .zip(first_utc)
        .map(|(day, first)| assert_nine_to_five_day(&q, zone, day, first))
        .collect();
    // 09:00 local keeps its wall-clock time, so its instant moves by the offset change.
    assert_eq!(firsts[1] - firsts[0], TimeDelta::days(1) - offset_change);
    assert_eq!(firsts[2] - firsts[1], TimeDelta::days(1));
}

#[test]
fn new_york_spring_forward() {
    let hour = TimeDelta::hours(1);
    assert_change(
        "America/New_York",
        date(2026, 3, 8),
        ["2026-03-07T14:00:00Z", "2026-03-08T13:00:00Z", "2026-03-09T13:00:00Z"],
        hour,
    );
}

#[test]
fn new_york_fall_back() {
    let hour = TimeDelta::hours(-1);
    assert_change(
        "America/New_York",
        date(2026, 11, 1),
        ["2026-10-31T13:00:00Z", "2026-11-01T14:00:00Z", "2026-11-02T14:00:00Z"],
        hour,
    );
}

#[test]
fn berlin_spring_forward() {
    let hour = TimeDelta::hours(1);
    assert_change(
        "Europe/Berlin",
        date(2026, 3, 29),
        ["2026-03-28T08:00:00Z", "2026-03-29T07:00:00Z", "2026-03-30T07:00:00Z"],
        hour,
    );
}

#[test]
fn berlin_fall_back() {
    let hour = TimeDelta::hours(-1);
    assert_change(
        "Europe/Berlin",
        date(2026, 10, 25),
        ["2026-10-24T07:00:00Z", "2026-10-25T08:00:00Z", "2026-10-26T08:00:00Z"],
        hour,
    );
}

#[test]
fn lord_howe_half_hour_back() {
    // +11:00 → +10:30 at 02:00 local on 2026-04-05.
    let half = TimeDelta::minutes(-30);
    assert_change(
        "Australia/Lord_Howe",
        date(2026, 4, 5),
        ["2026-04-03T22:00:00Z", "2026-04-04T22:30:00Z", "2026-04-05T22:30:00Z"],
        half,
    );
}

#[test]
fn lord_howe_half_hour_forward() {
    // +10:30 → +11:00 at 02:00 local on 2026-10-04.
    let half = TimeDelta::minutes(30);
    assert_change(
        "Australia/Lord_Howe",
        date(2026, 10, 4),
        ["2026-10-02T22:30:00Z", "2026-10-03T22:00:00Z", "2026-10-04T22:00:00Z"],
        half,
    );
}

#[test]
fn kolkata_has_no_change_and_a_half_hour_offset() {
    let none = TimeDelta::zero();
    // 09:00 +05:30 is 03:30 UTC all year, including on the days other zones change.
    assert_change(
        "Asia/Kolkata",
        date(2026, 3, 8),
        ["2026-03-07T03:30:00Z", "2026-03-08T03:30:00Z", "2026-03-09T03:30:00Z"],
        none,
    );
    assert_change(
        "Asia/Kolkata",
        date(2026, 10, 25),
        ["2026-10-24T03:30:00Z", "2026-10-25T03:30:00Z", "2026-10-26T03:30:00Z"],
        none,
    );
}

#[test]
fn weekday_hours_around_a_change() {
    // The changes fall on Sundays: with weekday hours the weekend is empty and Monday shifts.
    let ny = zone("America/New_York");
    let hosts = [host("America/New_York", WeeklyHours::weekdays(&nine_to_five()))];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    assert_nine_to_five_day(&q, ny, date(2026, 3, 6), "2026-03-06T14:00:00Z");
    assert!(q.slots(local_days(ny, date(2026, 3, 7), date(2026, 3, 8))).is_empty());
    assert_nine_to_five_day(&q, ny, date(2026, 3, 9), "2026-03-09T13:00:00Z");
}

// ---------------------------------------------------------------------------------------------
// Hours that span the change itself: the gap/fold policy
// ---------------------------------------------------------------------------------------------

/// Slots of a Sunday 01:00–04:00 rule on `day`, as local times with offsets.
fn night_slots(zone_name: &str, day: NaiveDate) -> (Vec<String>, Vec<DateTime<Utc>>) {
    let hosts = [host(zone_name, weekend(&[], &[span("01:00", "04:00")]))];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    let slots = q.slots(local_days(zone(zone_name), day, day));
    (local_starts(zone(zone_name), &slots), starts(&slots))
}

#[test]
fn new_york_gap_skips_the_missing_hour() {
    // 01:00 EST (06:00Z) to 04:00 EDT (08:00Z): two real hours.
    let (local, instants) = night_slots("America/New_York", date(2026, 3, 8));
    assert_eq!(local, ["01:00-05:00", "01:30-05:00", "03:00-04:00", "03:30-04:00"]);
    assert_eq!(
        instants[2] - instants[1],
        TimeDelta::minutes(30),
        "no hole in real time"
    );
}

#[test]
fn new_york_fold_offers_the_repeated_hour_twice() {
    // 01:00 EDT (05:00Z) to 04:00 EST (09:00Z): four real hours.
    let (local, instants) = night_slots("America/New_York", date(2026, 11, 1));
    assert_eq!(
        local,
        [
            "01:00-04:00",
            "01:30-04:00",
            "01:00-05:00",
            "01:30-05:00",
            "02:00-05:00",
            "02:30-05:00",
            "03:00-05:00",
            "03:30-05:00"
        ]
    );
    assert_eq!(instants.first(), Some(&utc("2026-11-01T05:00:00Z")));
    assert_eq!(instants.last(), Some(&utc("2026-11-01T08:30:00Z")));
}

#[test]
fn berlin_gap_and_fold() {
    let (spring, _) = night_slots("Europe/Berlin", date(2026, 3, 29));
    assert_eq!(spring, ["01:00+01:00", "01:30+01:00", "03:00+02:00", "03:30+02:00"]);
    let (autumn, instants) = night_slots("Europe/Berlin", date(2026, 10, 25));
    assert_eq!(
        autumn,
        [
            "01:00+02:00",
            "01:30+02:00",
            "02:00+02:00",
            "02:30+02:00",
            "02:00+01:00",
            "02:30+01:00",
            "03:00+01:00",
            "03:30+01:00"
        ]
    );
    assert_eq!(instants.first(), Some(&utc("2026-10-24T23:00:00Z")));
}

#[test]
fn lord_howe_half_hour_fold_and_gap() {
    // 01:30–02:00 happens twice on 2026-04-05; 02:00–02:30 never happens on 2026-10-04.
    let (april, _) = night_slots("Australia/Lord_Howe", date(2026, 4, 5));
    assert_eq!(
        april,
        [
            "01:00+11:00",
            "01:30+11:00",
            "01:30+10:30",
            "02:00+10:30",
            "02:30+10:30",
            "03:00+10:30",
            "03:30+10:30"
        ]
    );
    let (october, _) = night_slots("Australia/Lord_Howe", date(2026, 10, 4));
    assert_eq!(
        october,
        [
            "01:00+10:30",
            "01:30+10:30",
            "02:30+11:00",
            "03:00+11:00",
            "03:30+11:00"
        ]
    );
}

#[test]
fn chatham_fold_at_a_quarter_to_four() {
    // 03:45 +13:45 → 02:45 +12:45 on 2026-04-05; hours 02:00–04:00 last three real hours.
    let hosts = [host("Pacific/Chatham", weekend(&[], &[span("02:00", "04:00")]))];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    let chatham = zone("Pacific/Chatham");
    let slots = q.slots(local_days(chatham, date(2026, 4, 5), date(2026, 4, 5)));
    assert_eq!(
        local_starts(chatham, &slots),
        [
            "02:00+13:45",
            "02:30+13:45",
            "03:00+13:45",
            "03:30+13:45",
            "03:00+12:45",
            "03:30+12:45"
        ]
    );
    assert_eq!(starts(&slots).first(), Some(&utc("2026-04-04T12:15:00Z")));
}

#[test]
fn santiago_changes_at_midnight() {
    let santiago = zone("America/Santiago");
    let hosts = [host(
        "America/Santiago",
        weekend(&[span("22:00", "24:00")], &[span("00:00", "02:00")]),
    )];
    let half_hours = rules(30, 30);
    let q = query(&half_hours, HostMode::Single, &hosts, NEW_YEAR);

    // April: Saturday 24:00 -03 becomes 23:00 -04, so Saturday 23:00–24:00 happens twice.
    let april = q.slots(local_days(santiago, date(2026, 4, 4), date(2026, 4, 5)));
    assert_eq!(
        local_starts(santiago, &april),
        [
            "22:00-03:00",
            "22:30-03:00",
            "23:00-03:00",
            "23:30-03:00",
            "23:00-04:00",
            "23:30-04:00",
            "00:00-04:00",
            "00:30-04:00",
            "01:00-04:00",
            "01:30-04:00"
        ]
    );

    // September: Sunday 00:00–01:00 never happens; Sunday starts at 01:00 -03.
    let september = q.slots(local_days(santiago, date(2026, 9, 5), date(2026, 9, 6)));
    assert_eq!(
        local_starts(santiago, &september),
        [
            "22:00-04:00",
            "22:30-04:00",
            "23:00-04:00",
            "23:30-04:00",
            "01:00-03:00",
            "01:30-03:00"
        ]
    );
    // Saturday's 24:00 and Sunday's first instant touch, but an hour-long meeting does not
    // run across them: each day's hours are a separate interval.
    let hours = rules(60, 30);
    let q = query(&hours, HostMode::Single, &hosts, NEW_YEAR);
    let september = q.slots(local_days(santiago, date(2026, 9, 5), date(2026, 9, 6)));
    assert_eq!(
        local_starts(santiago, &september),
        ["22:00-04:00", "22:30-04:00", "23:00-04:00", "01:00-03:00"]
    );
}

#[test]
fn havana_repeats_the_first_hour_of_the_day() {
    // 2026-11-01 01:00 -04 becomes 00:00 -05: Saturday's 24:00 (the later 00:00, 05:00Z) comes
    // an hour after Sunday's 00:00 (the earlier one, 04:00Z). The two days' hours overlap and
    // are one stretch; Sunday's unambiguous 01:00–02:00 -05 must not be lost.
    let havana = zone("America/Havana");
    let hosts = [host(
        "America/Havana",
        weekend(&[span("22:00", "24:00")], &[span("00:00", "02:00")]),
    )];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    let slots = q.slots(local_days(havana, date(2026, 10, 31), date(2026, 11, 1)));
    assert_eq!(
        local_starts(havana, &slots),
        [
            "22:00-04:00",
            "22:30-04:00",
            "23:00-04:00",
            "23:30-04:00",
            "00:00-04:00",
            "00:30-04:00",
            "00:00-05:00",
            "00:30-05:00",
            "01:00-05:00",
            "01:30-05:00"
        ]
    );
    assert_eq!(q.check(utc("2026-11-01T06:30:00Z")), Ok(vec![0]));
    // In March, Sunday begins at 01:00 -04 (midnight never happens).
    assert_eq!(havana.start_of_day(date(2026, 3, 8)), utc("2026-03-08T05:00:00Z"));
    let march = q.slots(local_days(havana, date(2026, 3, 8), date(2026, 3, 8)));
    assert_eq!(local_starts(havana, &march), ["01:00-04:00", "01:30-04:00"]);
}

/// Regression: in a fold, a span can start (earlier reading) before the previous span of the
/// day ends (later reading). `working_intervals` used to drop the second span whenever the
/// first was in the window, losing unambiguous working time, while `check` on a narrow window
/// accepted the very starts that `slots` did not offer.
#[test]
fn fold_keeps_both_spans_of_the_night() {
    let ny = zone("America/New_York");
    let hosts = [host(
        "America/New_York",
        weekend(&[], &[span("00:00", "01:15"), span("01:30", "05:00")]),
    )];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    let day = local_days(ny, date(2026, 11, 1), date(2026, 11, 1));
    // 00:00–01:15 covers 04:00Z–06:15Z and 01:30–05:00 covers 05:30Z–10:00Z: one stretch.
    assert_eq!(
        hosts[0].availability.working_intervals(day),
        [interval("2026-11-01T04:00:00Z", "2026-11-01T10:00:00Z")]
    );
    let slots = q.slots(day);
    assert_eq!(slots.len(), 12);
    assert_eq!(
        local_starts(ny, &slots),
        [
            "00:00-04:00",
            "00:30-04:00",
            "01:00-04:00",
            "01:30-04:00",
            "01:00-05:00",
            "01:30-05:00",
            "02:00-05:00",
            "02:30-05:00",
            "03:00-05:00",
            "03:30-05:00",
            "04:00-05:00",
            "04:30-05:00"
        ]
    );
    // The same anchors whatever the window: a narrow query agrees with the whole day.
    let late = interval("2026-11-01T07:00:00Z", "2026-11-01T07:00:01Z");
    assert_eq!(
        hosts[0].availability.working_intervals(late),
        hosts[0].availability.working_intervals(day)
    );
    assert_eq!(q.check(utc("2026-11-01T07:00:00Z")), Ok(vec![0]));
    assert!(starts(&slots).contains(&utc("2026-11-01T07:00:00Z")));
}

// ---------------------------------------------------------------------------------------------
// Booking rules (Berlin, January 2026: Monday is the 5th, +01:00)
// ---------------------------------------------------------------------------------------------

fn berlin_weekdays() -> HostCalendar {
    host("Europe/Berlin", WeeklyHours::weekdays(&nine_to_five()))
}

fn berlin_day(day: u32) -> Interval {
    local_days(zone("Europe/Berlin"), date(2026, 1, day), date(2026, 1, day))
}

fn berlin_times(slots: &[Slot]) -> Vec<String> {
    slots
        .iter()
        .map(|s| hhmm(zone("Europe/Berlin"), s.interval.start()))
        .collect()
}

#[test]
fn override_makes_a_day_off() {
    let mut calendar = berlin_weekdays();
    calendar.availability.set_override(date(2026, 1, 7), Vec::new());
    let hosts = [calendar];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    assert_eq!(q.slots(berlin_day(6)).len(), 16);
    assert!(q.slots(berlin_day(7)).is_empty());
    assert_eq!(q.slots(berlin_day(8)).len(), 16);
}

#[test]
fn override_replaces_the_hours_of_a_day() {
    let mut calendar = berlin_weekdays();
    calendar
        .availability
        .set_override(date(2026, 1, 8), vec![span("13:00", "15:00")]);
    // Overrides can add hours on a day that has none.
    calendar
        .availability
        .set_override(date(2026, 1, 10), vec![span("10:00", "11:00")]);
    let hosts = [calendar];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    assert_eq!(
        berlin_times(&q.slots(berlin_day(8))),
        ["13:00", "13:30", "14:00", "14:30"]
    );
    assert_eq!(berlin_times(&q.slots(berlin_day(10))), ["10:00", "10:30"]);
    assert!(q.slots(berlin_day(11)).is_empty());
}

#[test]
fn buffers_keep_meetings_away_from_busy_time() {
    let mut calendar = berlin_weekdays();
    calendar
        .busy
        .push(interval("2026-01-05T10:00:00Z", "2026-01-05T11:00:00Z")); // 11:00–12:00
    let hosts = [calendar];
    let mut rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    let plain = berlin_times(&q.slots(berlin_day(5)));
    assert!(plain.contains(&"10:30".to_owned()) && plain.contains(&"12:00".to_owned()));
    assert!(!plain.contains(&"11:00".to_owned()) && !plain.contains(&"11:30".to_owned()));

    // 10 minutes after a meeting, 15 before: 10:30–11:00 would need 11:00–11:10 free, and
    // 12:00 would need 11:45–12:00 free.
    rules.buffer_before = TimeDelta::minutes(15);
    rules.buffer_after = TimeDelta::minutes(10);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    let buffered = berlin_times(&q.slots(berlin_day(5)));
    assert_eq!(&buffered[..4], ["09:00", "09:30", "10:00", "12:30"]);
    assert_eq!(buffered.len(), 12);
    // Buffers do not apply at the edges of working hours: 09:00 and 16:30 are still offered.
    assert_eq!(buffered.last().map(String::as_str), Some("16:30"));
}

#[test]
fn minimum_notice_moves_the_first_slot_onto_the_next_grid_point() {
    let hosts = [berlin_weekdays()];
    let mut rules = rules(30, 30);
    rules.min_notice = TimeDelta::hours(2);
    // Now is 09:10 in Berlin; the earliest start is 11:10, so the first slot is 11:30.
    let q = query(&rules, HostMode::Single, &hosts, "2026-01-05T08:10:00Z");
    let today = q.slots(berlin_day(5));
    assert_eq!(berlin_times(&today).first().map(String::as_str), Some("11:30"));
    assert_eq!(today.len(), 11);
    // Notice only delays; tomorrow is whole.
    assert_eq!(q.slots(berlin_day(6)).len(), 16);
}

#[test]
fn horizon_counts_calendar_days_in_the_host_zone() {
    // 20:00 UTC on Monday 5 January is already 01:30 on Tuesday 6 January in Kolkata.
    let now = "2026-01-05T20:00:00Z";
    let kolkata = zone("Asia/Kolkata");
    let hosts = [host("Asia/Kolkata", every_day(&nine_to_five()))];
    let week = local_days(kolkata, date(2026, 1, 5), date(2026, 1, 12));
    let mut rules = rules(30, 30);
    rules.horizon_days = 0;
    let q = query(&rules, HostMode::Single, &hosts, now);
    let today = q.slots(week);
    assert_eq!(
        today.len(),
        16,
        "horizon 0 is only today, and today is the 6th in Kolkata"
    );
    assert!(
        today
            .iter()
            .all(|s| kolkata.local_date(s.interval.start()) == date(2026, 1, 6))
    );
    rules.horizon_days = 1;
    let q = query(&rules, HostMode::Single, &hosts, now);
    assert_eq!(q.slots(week).len(), 32);

    // The same instant is 15:00 on the 5th in New York: only the rest of that day.
    let hosts = [host("America/New_York", every_day(&nine_to_five()))];
    rules.horizon_days = 0;
    let q = query(&rules, HostMode::Single, &hosts, now);
    let ny = zone("America/New_York");
    let rest = q.slots(local_days(ny, date(2026, 1, 5), date(2026, 1, 12)));
    assert_eq!(
        local_starts(ny, &rest),
        ["15:00-05:00", "15:30-05:00", "16:00-05:00", "16:30-05:00"]
    );
}

#[test]
fn max_per_day_closes_a_full_day() {
    let mut calendar = berlin_weekdays();
    // Two bookings on Tuesday, one on Wednesday (at any time of those local days).
    calendar.own_bookings = vec![
        interval("2026-01-06T09:00:00Z", "2026-01-06T09:30:00Z"),
        interval("2026-01-06T14:30:00Z", "2026-01-06T15:00:00Z"),
        interval("2026-01-07T08:00:00Z", "2026-01-07T08:30:00Z"),
    ];
    let hosts = [calendar];
    let mut rules = rules(30, 30);
    rules.max_per_day = Some(2);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    assert_eq!(q.slots(berlin_day(5)).len(), 16);
    assert!(q.slots(berlin_day(6)).is_empty());
    // Wednesday stays open, less the 09:00 slot its one booking occupies.
    assert_eq!(q.slots(berlin_day(7)).len(), 15);
    // A booking at 23:30 UTC on the 6th is on the 7th in Berlin: that fills Wednesday.
    let mut calendar = hosts[0].clone();
    calendar
        .own_bookings
        .push(interval("2026-01-06T23:30:00Z", "2026-01-07T00:00:00Z"));
    let hosts = [calendar];
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    assert!(q.slots(berlin_day(7)).is_empty());
}

#[test]
fn slots_after_a_busy_block_ending_at_an_odd_minute_stay_on_the_grid() {
    let mut calendar = berlin_weekdays();
    calendar
        .busy
        .push(interval("2026-01-05T09:00:00Z", "2026-01-05T09:47:00Z")); // 10:00–10:47
    let hosts = [calendar];
    let rules = rules(30, 15);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    let times = berlin_times(&q.slots(berlin_day(5)));
    let after_ten = times
        .iter()
        .position(|t| t.as_str() > "10:00")
        .expect("slots after the block");
    assert_eq!(times[after_ten - 1], "09:30");
    assert_eq!(times[after_ten], "11:00", "not 10:47 nor 10:50");
    assert!(times.iter().all(|t| ["00", "15", "30", "45"].contains(&&t[3..])));
}

// ---------------------------------------------------------------------------------------------
// Several hosts
// ---------------------------------------------------------------------------------------------

#[test]
fn collective_intersects_berlin_and_new_york() {
    let hosts = [
        berlin_weekdays(),
        host("America/New_York", WeeklyHours::weekdays(&nine_to_five())),
    ];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Collective, &hosts, NEW_YEAR);
    let utc_day = |d: &str| interval(&format!("{d}T00:00:00Z"), &format!("{d}T23:59:59Z"));
    let times = |slots: &[Slot]| {
        slots
            .iter()
            .map(|s| s.interval.start().format("%H:%M").to_string())
            .collect::<Vec<_>>()
    };

    // January: Berlin 08:00–16:00 UTC, New York 14:00–22:00 UTC.
    let january = q.slots(utc_day("2026-01-06"));
    assert_eq!(times(&january), ["14:00", "14:30", "15:00", "15:30"]);
    assert!(january.iter().all(|s| s.hosts == [0, 1]));
    assert_eq!(local_starts(zone("Europe/Berlin"), &january)[0], "15:00+01:00");
    assert_eq!(local_starts(zone("America/New_York"), &january)[0], "09:00-05:00");
    // Between the two changes (New York on summer time, Berlin not yet) the overlap grows.
    assert_eq!(
        times(&q.slots(utc_day("2026-03-10"))),
        ["13:00", "13:30", "14:00", "14:30", "15:00", "15:30"]
    );
    // Both on summer time: Berlin 07:00–15:00 UTC, New York 13:00–21:00 UTC.
    assert_eq!(
        times(&q.slots(utc_day("2026-03-31"))),
        ["13:00", "13:30", "14:00", "14:30"]
    );

    // Busy time of either host removes the slot for both.
    let mut hosts = hosts;
    hosts[1]
        .busy
        .push(interval("2026-01-06T14:30:00Z", "2026-01-06T15:00:00Z"));
    let q = query(&rules, HostMode::Collective, &hosts, NEW_YEAR);
    assert_eq!(times(&q.slots(utc_day("2026-01-06"))), ["14:00", "15:00", "15:30"]);
}

#[test]
fn round_robin_offers_the_union_and_names_the_hosts() {
    let mut early = host("Europe/Berlin", WeeklyHours::weekdays(&[span("09:00", "12:00")]));
    let late = host("Europe/Berlin", WeeklyHours::weekdays(&[span("11:00", "14:00")]));
    let rules = rules(30, 30);
    let hosts = [early.clone(), late.clone()];
    let q = query(&rules, HostMode::RoundRobin, &hosts, NEW_YEAR);
    let slots = q.slots(berlin_day(5));
    assert_eq!(
        berlin_times(&slots),
        [
            "09:00", "09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "12:30", "13:00", "13:30"
        ]
    );
    let who: Vec<&[usize]> = slots.iter().map(|s| s.hosts.as_slice()).collect();
    assert_eq!(
        who,
        [&[0][..], &[0], &[0], &[0], &[0, 1], &[0, 1], &[1], &[1], &[1], &[1]]
    );

    // The early host is busy at 11:00: the late host alone takes it.
    early
        .busy
        .push(interval("2026-01-05T10:00:00Z", "2026-01-05T10:30:00Z"));
    let hosts = [early, late];
    let q = query(&rules, HostMode::RoundRobin, &hosts, NEW_YEAR);
    let slots = q.slots(berlin_day(5));
    assert_eq!(slots[4].hosts, [1]);
    assert_eq!(q.check(slots[4].interval.start()), Ok(vec![1]));
    // Pick who takes a shared slot: fewest bookings, ties to the earliest listed.
    assert_eq!(least_booked(&slots[5].hosts, &[3, 1]), Some(1));
    assert_eq!(least_booked(&slots[5].hosts, &[2, 2]), Some(0));
}

#[test]
fn least_booked_picks_the_fewest_and_breaks_ties_by_order() {
    assert_eq!(least_booked(&[0, 2, 3], &[5, 1, 1, 0]), Some(3));
    assert_eq!(
        least_booked(&[2, 1], &[0, 4, 4]),
        Some(1),
        "tie: the earliest index, not the first listed"
    );
    assert_eq!(least_booked(&[0, 7], &[2]), Some(7), "no count means no bookings");
    assert_eq!(least_booked(&[], &[1, 2]), None);
}

#[test]
fn render_groups_by_the_viewers_date() {
    // A Kolkata host's day, 09:00–17:00 +05:30 (03:30–11:30 UTC), seen from Los Angeles
    // (-08:00): the evening of the 5th and the night of the 6th.
    let hosts = [host("Asia/Kolkata", every_day(&nine_to_five()))];
    let rules = rules(30, 30);
    let q = query(&rules, HostMode::Single, &hosts, NEW_YEAR);
    let slots = q.slots(local_days(zone("Asia/Kolkata"), date(2026, 1, 6), date(2026, 1, 6)));
    assert_eq!(slots.len(), 16);
    let la = zone("America/Los_Angeles");
    let days = by_local_date(&slots, la);
    assert_eq!(days.len(), 2);
    assert_eq!((days[0].0, days[0].1.len()), (date(2026, 1, 5), 9));
    assert_eq!((days[1].0, days[1].1.len()), (date(2026, 1, 6), 7));
    assert_eq!(hhmm(la, days[0].1[0].interval.start()), "19:30");
    assert_eq!(hhmm(la, days[1].1[0].interval.start()), "00:00");
    // In the host's own zone it is one day; nothing at all gives no groups.
    assert_eq!(by_local_date(&slots, zone("Asia/Kolkata")).len(), 1);
    assert!(by_local_date(&[], la).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Why `check` refuses a start
// ---------------------------------------------------------------------------------------------

#[test]
fn check_names_each_reason() {
    let mut calendar = berlin_weekdays();
    calendar
        .busy
        .push(interval("2026-01-06T11:00:00Z", "2026-01-06T12:00:00Z")); // Tue 12:00–13:00
    calendar
        .own_bookings
        .push(interval("2026-01-07T09:00:00Z", "2026-01-07T09:30:00Z")); // Wednesday
    let hosts = [calendar];
    let rules = SlotRules {
        buffer_before: TimeDelta::minutes(15),
        min_notice: TimeDelta::hours(1),
        horizon_days: 7,
        max_per_day: Some(1),
        ..rules(30, 30)
    };
    // Now: Monday 5 January, 09:00 in Berlin.
    let q = query(&rules, HostMode::Single, &hosts, "2026-01-05T08:00:00Z");
    let cases = [
        ("2026-01-06T09:00:00Z", Ok(vec![0])),                           // Tue 10:00
        ("2026-01-05T07:30:00Z", Err(Unavailable::InPast)),              // Mon 08:30
        ("2026-01-05T08:30:00Z", Err(Unavailable::TooSoon)),             // Mon 09:30
        ("2026-01-13T09:00:00Z", Err(Unavailable::BeyondHorizon)),       // Tue 13th, day 8
        ("2026-01-12T09:00:00Z", Ok(vec![0])),                           // Mon 12th, day 7
        ("2026-01-06T07:00:00Z", Err(Unavailable::OutsideWorkingHours)), // Tue 08:00
        ("2026-01-06T15:45:00Z", Err(Unavailable::OutsideWorkingHours)), // Tue 16:45, ends 17:15
        ("2026-01-10T09:00:00Z", Err(Unavailable::OutsideWorkingHours)), // Saturday
        ("2026-01-06T11:30:00Z", Err(Unavailable::Taken)),               // Tue 12:30
        ("2026-01-06T10:45:00Z", Err(Unavailable::Taken)),               // Tue 11:45, off grid too
        ("2026-01-06T12:00:00Z", Err(Unavailable::InsideBuffer)),        // Tue 13:00
        ("2026-01-07T10:00:00Z", Err(Unavailable::DayFull)),             // Wednesday
        ("2026-01-06T09:10:00Z", Err(Unavailable::OffGrid)),             // Tue 10:10
    ];
    for (start, expected) in cases {
        assert_eq!(q.check(utc(start)), expected, "check({start})");
    }
    let nobody = query(&rules, HostMode::Single, &[], "2026-01-05T08:00:00Z");
    assert_eq!(nobody.check(utc("2026-01-06T09:00:00Z")), Err(Unavailable::NoHosts));
    assert!(nobody.slots(berlin_day(6)).is_empty());
}

#[test]
fn check_reasons_for_several_hosts() {
    // Tue 13:00 Berlin: host 0 is busy, host 1 (New York, 07:00) is outside working hours.
    let mut berlin = berlin_weekdays();
    berlin
        .busy
        .push(interval("2026-01-06T12:00:00Z", "2026-01-06T12:30:00Z"));
    let hosts = [berlin, host("America/New_York", WeeklyHours::weekdays(&nine_to_five()))];
    let rules = rules(30, 30);
    let start = utc("2026-01-06T12:00:00Z");
    // All must be free: the most basic problem of any host.
    let collective = query(&rules, HostMode::Collective, &hosts, NEW_YEAR);
    assert_eq!(collective.check(start), Err(Unavailable::OutsideWorkingHours));
    // Anyone will do: the problem of the host that came closest.
    let round_robin = query(&rules, HostMode::RoundRobin, &hosts, NEW_YEAR);
    assert_eq!(round_robin.check(start), Err(Unavailable::Taken));
    // Both free, but 15:10 UTC is on neither grid.
    assert_eq!(collective.check(utc("2026-01-06T15:10:00Z")), Err(Unavailable::OffGrid));
    assert_eq!(collective.check(utc("2026-01-06T15:00:00Z")), Ok(vec![0, 1]));
}
