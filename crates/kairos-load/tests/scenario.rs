//! Mix parsing, the journey's choices and the command-line parsers.

use std::time::Duration;

use kairos_load::cli::{parse_duration, parse_rate};
use kairos_load::rng::Rng;
use kairos_load::runner::arrival_offset;
use kairos_load::scenario::{
    EventLinks, GRID_MINUTES, Mix, Step, booking_body, booking_uid, pick_day, pick_slots, pick_start, repetitions,
    slots_url,
};
use kairos_load::target::Target;

#[test]
fn the_default_mix_parses() {
    let mix: Mix = "page=1,slots=1,book=1,cancel=0.2".parse().expect("valid");
    assert_eq!(mix, Mix::default());
    assert!((mix.requests_per_journey() - 3.2).abs() < 1e-9);
    assert_eq!(mix.to_string().parse::<Mix>().expect("round trip"), mix);
}

#[test]
fn omitted_steps_are_not_done_and_spaces_are_tolerated() {
    let mix: Mix = " slots = 2 , page=0.5".parse().expect("valid");
    assert_eq!(mix.weight(Step::Slots), 2.0);
    assert_eq!(mix.weight(Step::Page), 0.5);
    assert_eq!(mix.weight(Step::Book), 0.0);
    assert_eq!(mix.weight(Step::Cancel), 0.0);
}

#[test]
fn bad_mixes_are_refused_with_a_reason() {
    for (text, reason) in [
        ("page=1,browse=1", "unknown step"),
        ("page", "NAME=WEIGHT"),
        ("page=x", "not a number"),
        ("page=-1", "between 0 and 100"),
        ("page=NaN", "between 0 and 100"),
        ("page=1,page=2", "twice"),
        ("slots=1,book=1,cancel=1.5", "at most 1"),
        ("cancel=0.5", "does nothing"),
        ("", "does nothing"),
    ] {
        let err = text.parse::<Mix>().expect_err(text);
        assert!(err.contains(reason), "{text}: {err}");
    }
}

#[test]
fn repetitions_average_to_the_weight() {
    let mut rng = Rng::seeded(7);
    for weight in [0.0, 0.2, 1.0, 1.5, 3.0] {
        let n = 20_000;
        let sum: u32 = (0..n).map(|_| repetitions(weight, &mut rng)).sum();
        let mean = f64::from(sum) / f64::from(n);
        assert!((mean - weight).abs() < 0.03, "weight {weight}: mean {mean}");
    }
    assert_eq!(repetitions(2.0, &mut rng), 2, "whole weights are exact");
}

#[test]
fn the_generator_is_uniform_enough_and_in_range() {
    let mut rng = Rng::seeded(42);
    let mut buckets = [0u32; 10];
    for _ in 0..100_000 {
        buckets[rng.below(10)] += 1;
    }
    assert!(buckets.iter().all(|b| (9_000..11_000).contains(b)), "{buckets:?}");
    for _ in 0..1000 {
        let d = rng.jitter(Duration::from_secs(1), 0.5);
        assert!(
            d >= Duration::from_millis(500) && d <= Duration::from_millis(1500),
            "{d:?}"
        );
        assert!((0.0..1.0).contains(&rng.unit()));
    }
    assert_eq!(rng.below(0), 0);
    let hex = rng.hex(8);
    assert_eq!(hex.len(), 8);
    assert!(hex.bytes().all(|b| b.is_ascii_hexdigit()));
}

const SLOTS: &str = r#"{"event_type":{"organization":"o","slug":"s","title":"T","description":"","kind":"single","duration_minutes":15,"location":""},
 "time_zone":"Asia/Tokyo","start":"2026-12-01T00:00:00Z","end":"2026-12-02T00:00:00Z",
 "days":[{"date":"2026-12-01","slots":[{"start":"2026-12-01T09:00:00+09:00","end":"2026-12-01T09:15:00+09:00"},
                                      {"start":"2026-12-01T09:15:00+09:00","end":"2026-12-01T09:30:00+09:00"}]},
         {"date":"2026-12-02","slots":[{"start":"2026-12-02T08:45:00+09:00","end":"2026-12-02T09:00:00+09:00"}]}]}"#;

#[test]
fn slots_are_picked_from_the_response_without_repeats() {
    let mut rng = Rng::seeded(1);
    let picked = pick_slots(SLOTS.as_bytes(), 3, &mut rng).expect("a slot list");
    let mut sorted = picked.clone();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            "2026-12-01T09:00:00+09:00",
            "2026-12-01T09:15:00+09:00",
            "2026-12-02T08:45:00+09:00"
        ]
    );
    let more = pick_slots(SLOTS.as_bytes(), 10, &mut rng).expect("a slot list");
    assert_eq!(more.len(), 3, "never more than there are");
    assert_eq!(pick_slots(SLOTS.as_bytes(), 0, &mut rng), Some(vec![]));
    assert_eq!(pick_slots(br#"{"days":[]}"#, 1, &mut rng), Some(vec![]));
    assert_eq!(pick_slots(b"not json", 1, &mut rng), None);
}

#[test]
fn booking_bodies_are_valid_json_and_uids_are_read_back() {
    let mut rng = Rng::seeded(3);
    let body = booking_body("2026-12-01T09:00:00+09:00", &mut rng);
    let value: serde_json::Value = serde_json::from_str(&body).expect("valid JSON");
    assert_eq!(value["start"], "2026-12-01T09:00:00+09:00");
    assert!(value["email"].as_str().expect("email").ends_with("@load.example"));
    assert!(value["time_zone"].as_str().expect("zone").contains('/'));
    assert_eq!(
        booking_uid(br#"{"id":"bkg_1","uid":"0123456789abcdef0123456789abcdef","status":"confirmed"}"#).as_deref(),
        Some("0123456789abcdef0123456789abcdef")
    );
    assert_eq!(booking_uid(br#"{"uid":"../../v1/organization"}"#), None, "never a path");
    assert_eq!(booking_uid(b"{}"), None);
}

#[test]
fn links_and_slot_queries_are_built_from_the_base() {
    let links = EventLinks::new("http://127.0.0.1:8080", "acme", "meet-3");
    assert_eq!(links.page, "http://127.0.0.1:8080/v1/public/event-types/acme/meet-3");
    assert_eq!(
        links.book,
        "http://127.0.0.1:8080/v1/public/event-types/acme/meet-3/bookings"
    );
    let mut url = String::from("left over");
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).expect("date");
    slots_url(&mut url, &links, day, "America/New_York");
    assert_eq!(
        url,
        "http://127.0.0.1:8080/v1/public/event-types/acme/meet-3/slots?start=2026-12-31T00:00:00Z&end=2027-01-01T00:00:00Z&time_zone=America/New_York"
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
    let mut rng = Rng::seeded(5);
    for _ in 0..1000 {
        let days = (pick_day(today, &mut rng) - today).num_days();
        assert!((1..=50).contains(&days), "{days}");
    }
}

#[test]
fn arrivals_ramp_up_linearly_then_hold_the_rate() {
    // 100/s after a 10 s ramp: 500 arrivals during the ramp, then one every 10 ms.
    let rate = 100.0;
    assert_eq!(arrival_offset(0, rate, 10.0), 0.0);
    assert!((arrival_offset(500, rate, 10.0) - 10.0).abs() < 1e-9);
    assert!((arrival_offset(600, rate, 10.0) - 11.0).abs() < 1e-9);
    // Half-way through the ramp a quarter of its arrivals have happened.
    assert!((arrival_offset(125, rate, 10.0) - 5.0).abs() < 1e-9);
    // Without a ramp the rate holds from the start.
    assert!((arrival_offset(250, rate, 0.0) - 2.5).abs() < 1e-9);
    let offsets: Vec<f64> = (0..2000).map(|n| arrival_offset(n, rate, 10.0)).collect();
    assert!(offsets.windows(2).all(|w| w[0] < w[1]), "monotonic");
}

#[test]
fn durations_and_rates_parse() {
    assert_eq!(parse_duration("10s"), Ok(Duration::from_secs(10)));
    assert_eq!(parse_duration("250ms"), Ok(Duration::from_millis(250)));
    assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
    assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
    assert_eq!(parse_duration("3"), Ok(Duration::from_secs(3)));
    assert_eq!(parse_duration("0s"), Ok(Duration::ZERO));
    assert!(parse_duration("10 parsecs").is_err());
    assert!(parse_duration("-1s").is_err());
    assert!(parse_duration("48h").is_err());
    assert_eq!(parse_rate("500/s"), Ok(500.0));
    assert_eq!(parse_rate("500"), Ok(500.0));
    assert_eq!(parse_rate("600/m"), Ok(10.0));
    assert!(parse_rate("0/s").is_err());
    assert!(parse_rate("5/fortnight").is_err());
}

#[test]
fn only_loopback_targets_are_accepted_without_allow_remote() {
    for ok in [
        "http://127.0.0.1:8080",
        "http://127.0.0.1:8080/",
        "http://127.1.2.3:9",
        "http://localhost:8080",
        "http://[::1]:8080",
    ] {
        let target = Target::parse(ok, false).unwrap_or_else(|e| panic!("{ok}: {e}"));
        assert!(!target.base().ends_with('/'), "{target:?}");
    }
    assert_eq!(
        Target::parse("http://127.0.0.1:8080/", false)
            .expect("ok")
            .url("/v1/hosts"),
        "http://127.0.0.1:8080/v1/hosts"
    );
    // Documentation addresses (RFC 5737) and names: refused before any I/O.
    for refused in [
        "http://192.0.2.10:8080",
        "http://example.invalid",
        "http://[2001:db8::1]:80",
    ] {
        let err = Target::parse(refused, false).expect_err(refused).to_string();
        assert!(err.contains("--allow-remote"), "{refused}: {err}");
        assert!(Target::parse(refused, true).is_ok(), "{refused} with --allow-remote");
    }
    for bad in [
        "https://127.0.0.1",
        "ftp://127.0.0.1",
        "http://u:p@127.0.0.1",
        "http://127.0.0.1/?q=1",
        "nonsense",
    ] {
        assert!(Target::parse(bad, true).is_err(), "{bad}");
    }
}

#[test]
fn booking_only_journeys_pick_grid_starts_within_the_lookahead() {
    let mix: Mix = "book=1".parse().expect("a booking-only mix is valid");
    assert_eq!(mix.weight(Step::Slots), 0.0);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("date");
    let mut rng = Rng::seeded(11);
    for _ in 0..1000 {
        let start = pick_start(today, &mut rng);
        let at = chrono::DateTime::parse_from_rfc3339(&start).expect("RFC 3339");
        let days = (at.date_naive() - today).num_days();
        assert!((1..=50).contains(&days), "{start}");
        let minute = chrono::Timelike::minute(&at);
        assert_eq!(minute % GRID_MINUTES, 0, "{start}");
        assert_eq!(chrono::Timelike::second(&at), 0, "{start}");
    }
}
