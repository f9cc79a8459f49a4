//! The request parser reads strangers' text, so it must answer every text without panicking:
//! the words of real requests in any order and cut off anywhere (where a rule looking a few words
//! ahead meets the end of the text), and any characters at all.

use std::sync::LazyLock;

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use kairos_core::intent::parse;
use proptest::prelude::*;

/// The words (punctuation attached, as written) of three blind sets of real requests.
static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let sets = [
        include_str!("intent_corpus/blind50.jsonl"),
        include_str!("intent_corpus/blind53.jsonl"),
        include_str!("intent_corpus/blind56.jsonl"),
    ];
    let mut words: Vec<&'static str> = sets.iter().flat_map(|set| set.split_whitespace()).collect();
    words.sort_unstable();
    words.dedup();
    words
});

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).single().unwrap_or_default()
}

/// One to thirty words of real requests in any order.
fn shuffled_words() -> impl Strategy<Value = String> {
    prop::collection::vec(0..WORDS.len(), 1..30)
        .prop_map(|picks| picks.into_iter().map(|k| WORDS[k]).collect::<Vec<_>>().join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn words_of_real_requests_in_any_order_are_read_without_a_panic(text in shuffled_words()) {
        let intent = parse(&text, now(), Tz::Europe__Berlin);
        // Whatever was read names no more people than the text has words.
        prop_assert!(intent.participants.len() <= text.split_whitespace().count());
    }

    #[test]
    fn any_characters_are_read_without_a_panic(text in "\\PC{0,300}") {
        let intent = parse(&text, now(), Tz::Europe__Berlin);
        prop_assert!(intent.participants.len() <= text.chars().count());
    }
}

/// The requests of labelled sets, one JSON line each.
fn requests_of<'a>(sets: &'a [&'a str]) -> impl Iterator<Item = String> + 'a {
    sets.iter().flat_map(|set| set.lines()).filter_map(|line| {
        let value: serde_json::Value = serde_json::from_str(line).ok()?;
        Some(value["text"].as_str()?.to_owned())
    })
}

/// Every request of four newer blind sets, cut off after each of its words (and "find time the
/// week of", which once ran a date rule past the end of the text): the places where a rule looks
/// ahead for a date, a name or a time and meets the end of the text.
#[test]
fn real_requests_cut_off_after_any_word_are_read_without_a_panic() {
    let sets = [
        include_str!("intent_corpus/blind86.jsonl"),
        include_str!("intent_corpus/blind90.jsonl"),
        include_str!("intent_corpus/blind93.jsonl"),
        include_str!("intent_corpus/blind94.jsonl"),
    ];
    let mut read = 0;
    for text in requests_of(&sets).chain(["find time the week of".to_owned()]) {
        let words: Vec<&str> = text.split_whitespace().collect();
        for end in 1..=words.len() {
            let cut = words[..end].join(" ");
            let intent = parse(&cut, now(), Tz::Europe__Berlin);
            assert!(intent.participants.len() <= end, "{cut}");
            read += 1;
        }
    }
    assert!(read > 2000, "only {read} requests read");
}

/// Every request of the ten newest blind sets, opened at each of its words, bare and after an
/// interjection ("ugh", "ok so", "hmm,"): the places where a rule looks back from a request's
/// opening for what comes before a name, a day or a verb and meets its start ("Ugh can spare me
/// 30 min tomorrow" once looked before the first word).
#[test]
fn real_requests_opened_at_any_word_are_read_without_a_panic() {
    let sets = [
        include_str!("intent_corpus/blind239.jsonl"),
        include_str!("intent_corpus/blind240.jsonl"),
        include_str!("intent_corpus/blind241.jsonl"),
        include_str!("intent_corpus/blind242.jsonl"),
        include_str!("intent_corpus/blind243.jsonl"),
        include_str!("intent_corpus/blind244.jsonl"),
        include_str!("intent_corpus/blind245.jsonl"),
        include_str!("intent_corpus/blind246.jsonl"),
        include_str!("intent_corpus/blind237.jsonl"),
        include_str!("intent_corpus/blind238.jsonl"),
    ];
    let mut read = 0;
    for text in requests_of(&sets) {
        let words: Vec<&str> = text.split_whitespace().collect();
        for start in 0..words.len() {
            let rest = words[start..].join(" ");
            for opening in ["", "ugh ", "ok so ", "hmm, "] {
                let opened = format!("{opening}{rest}");
                let intent = parse(&opened, now(), Tz::Europe__Berlin);
                assert!(
                    intent.participants.len() <= opened.split_whitespace().count(),
                    "{opened}"
                );
                read += 1;
            }
        }
    }
    assert!(read > 20_000, "only {read} requests read");
}
