//! Time zones named in a request: IANA names ("America/Chicago"), common abbreviations ("PST",
//! "CET"), regions ("Pacific"), cities and countries ("Berlin time", "in Tokyo", "UK time") and
//! nationalities before "time" ("Japanese time").

mod places;

use chrono_tz::Tz;

use super::lexer::{Token, starts_with};
use places::{ABBREVIATIONS, CITIES, COUNTRIES, NATIONALITIES, REGIONS};

/// Where a zone's name counts as one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Needs {
    /// Anywhere (abbreviations, IANA names, regions as written).
    Nothing,
    /// After "in" or before "time" (cities and countries: "Paris is lovely" names no zone).
    InOrTime,
    /// Only before "time" ("Japanese time", not "in Japanese").
    Time,
}

/// A zone found in a request, and whether only a group's place gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub tz: Tz,
    /// "the Toronto office": the zone of whom the meeting is with, no clock named.
    pub of_group: bool,
    /// "at the conference in Lisbon": named by a place alone, no clock ("Lisbon time") with it.
    pub by_place: bool,
}

/// Finds the first zone mentioned, marks its tokens (with a leading `in` and trailing `time`)
/// used, and returns it. A city that names a group ("the Toronto office") gives its zone but
/// stays free, to be read as part of the group's name; a group in the host's own zone ("the
/// Berlin team" for a host in Berlin) gives none, there being no other clock to read.
pub(crate) fn extract(toks: &[Token], used: &mut [bool], host: Tz) -> Option<Found> {
    // A group's place ("the Toronto office") gives the zone unless one is named as well.
    let mut of_group = None;
    for i in 0..toks.len() {
        if used[i] || toks[i].punct {
            continue;
        }
        let Some((len, tz, needs)) = zone_at(toks, i) else {
            continue;
        };
        // "Sgt. Okafor": a title before a name, not a zone's abbreviation.
        if super::people::HONORIFICS.contains(&toks[i].low.as_str())
            && toks.get(i + 1).is_some_and(|t| t.low == "." || t.capitalised())
        {
            continue;
        }
        // (Its words taken, so that no one is read in them: "Ravi's stranded in New York".)
        if held_up(toks, i) {
            used[i - 1..i + len].iter_mut().for_each(|u| *u = true);
            continue;
        }
        let before_in = placed(toks, i, len) && !used[i - 1];
        let in_parentheses = i > 0 && toks[i - 1].low == "(" && toks.get(i + len).is_some_and(|t| t.low == ")");
        let after_time = toks
            .get(i + len)
            .is_some_and(|t| t.low == "time" || t.low == "timezone");
        // "the Chicago warehouse team", "the Vancouver animation studio": a group word right
        // after the place, or one or two words describing it on.
        let group_word = |k: usize| {
            toks.get(k)
                .is_some_and(|t| super::people::GROUP_WORDS.contains(&t.low.as_str()))
        };
        let described = |k: usize| {
            toks.get(k)
                .is_some_and(|t| !t.punct && !t.capitalised() && t.low != "time")
        };
        // A group word right after the place is where the group sits ("the Toronto office"); one
        // or two words between only describe the group ("the Nairobi grant committee"), which
        // gives its zone when the request speaks of the group's clock ("their time").
        // "the Toronto curators … their time": with the group's clock spoken of, people named by a
        // plural after "the" and the place are a group too.
        let plural = |k: usize| {
            i > 0
                && toks[i - 1].low == "the"
                && toks.get(k).is_some_and(|t| {
                    !t.punct
                        && !t.capitalised()
                        && !t.possessive
                        && t.low.len() > 3
                        && t.low.ends_with('s')
                        && !t.low.ends_with("ss")
                })
        };
        let group = group_word(i + len)
            || their_time(toks)
                && (plural(i + len)
                    || (1..3).any(|words| {
                        (i + len..i + len + words).all(described)
                            && (group_word(i + len + words) || plural(i + len + words))
                    }));
        // "our Nashville booking agent, Carly-Mae Denholm, … 10am her time": one person's post,
        // named by the place, then who holds it, with their clock spoken of.
        let post_of_place = i > 0
            && matches!(toks[i - 1].low.as_str(), "our" | "my" | "the")
            && others_clock(toks)
            && (1..3).any(|words| {
                // (A first name and a family name: not "after our Chicago offsite, Thursday; …".)
                let name = |k: usize| {
                    toks.get(k).is_some_and(|t| {
                        t.capitalised()
                            && crate::intent::dates::weekday(&t.low).is_none()
                            && crate::intent::dates::month(&t.low).is_none()
                    })
                };
                (i + len..i + len + words).all(described)
                    && toks.get(i + len + words).is_some_and(|t| t.low == ",")
                    && name(i + len + words + 1)
                    && name(i + len + words + 2)
            });
        // "w/ Aroha Te Whata from the Auckland food rescue network, … 8pm her time": the body
        // someone is from, named by the place, with their clock spoken of.
        // (Right after their name: not "Lena, fresh from the Paris conference", where she was.)
        let body_of_place = i > 2
            && toks[i - 1].low == "the"
            && toks[i - 2].low == "from"
            && toks[i - 3].capitalised()
            && !toks[i - 3].punct
            && others_clock(toks)
            && (1..4).any(|words| {
                (i + len..i + len + words).all(described) && toks.get(i + len + words).is_none_or(|t| t.punct)
            });
        if group || post_of_place || body_of_place {
            of_group.get_or_insert(tz);
            continue;
        }
        let named = match needs {
            Needs::Nothing => true,
            Needs::InOrTime => before_in || after_time,
            Needs::Time => after_time,
        };
        if !named {
            continue;
        }
        let start = if before_in { i - 1 } else { i };
        let end = i + len + usize::from(after_time);
        used[start..end].iter_mut().for_each(|u| *u = true);
        // "Liam's in Chicago … at 10, Chicago time", "… their time (New York)", "Rahul in Bangalore
        // … at 3pm India time": a place of the same zone named again with its clock is that zone.
        for k in end..toks.len() {
            let Some((again, _, _)) = zone_at(toks, k).filter(|(_, other, _)| *other == tz) else {
                continue;
            };
            let timed = toks
                .get(k + again)
                .is_some_and(|t| t.low == "time" || t.low == "timezone");
            let bracketed = toks[k - 1].low == "(" && toks.get(k + again).is_some_and(|t| t.low == ")");
            // "Ethan in New York … at 9 am Eastern": right after the clock it sets.
            let after_clock = matches!(toks[k - 1].low.as_str(), "am" | "pm" | "a.m." | "p.m.")
                || toks[k - 1].low.starts_with(|c: char| c.is_ascii_digit());
            if timed || bracketed || after_clock {
                used[k..k + again + usize::from(timed)]
                    .iter_mut()
                    .for_each(|u| *u = true);
            }
        }
        // "Cancel tomorrow's 3pm (New York)", "at 9am in Sydney": a place right after a clock
        // gives that clock's zone, not only where someone is.
        let clock_at = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.low.starts_with(|c: char| c.is_ascii_digit()) || matches!(t.low.as_str(), "am" | "pm")
            })
        };
        let after_clock = start > 0 && clock_at(start - 1) || in_parentheses && i > 1 && clock_at(i - 2);
        // "at 5pm Berlin time, she works out of New York": a place of another zone, said of where
        // someone works or lives, is no one either, its clock not the one asked for (not "with the
        // vendor in Paris", whom one meets).
        for k in 0..toks.len() {
            if let Some((again, other, Needs::InOrTime)) = zone_at(toks, k)
                && other != tz
                && !used[k]
                && based(toks, k)
            {
                used[k..k + again].iter_mut().for_each(|u| *u = true);
            }
        }
        return Some(Found {
            tz,
            of_group: false,
            by_place: !after_time && !after_clock && needs != Needs::Nothing,
        });
    }
    of_group.filter(|tz| *tz != host).map(|tz| Found {
        tz,
        of_group: true,
        by_place: true,
    })
}

/// True when the place at `i` (of `len` tokens) says where someone is: "in Helsinki", "working
/// from Helsinki", "Sunita (Mumbai)", "she works out of Lagos", "relocated to New York" (not
/// "flying in from Melbourne", where one arrives from).
fn placed(toks: &[Token], i: usize, len: usize) -> bool {
    // "in Helsinki", "working from Helsinki", "Sunita (Mumbai)", "she works out of Lagos".
    let in_parentheses = i > 0 && toks[i - 1].low == "(" && toks.get(i + len).is_some_and(|t| t.low == ")");
    let out_of = i > 1 && toks[i - 2].low == "out" && toks[i - 1].low == "of";
    // "Maya's been relocated to New York": where someone now is; "Bolormaa has gone home to
    // Ulaanbaatar for the winter" too.
    let moved_to = i > 1
        && toks[i - 1].low == "to"
        && (matches!(
            toks[i - 2].low.as_str(),
            "relocated" | "moved" | "transferred" | "posted" // (Someone else, now: not "I went home to Dublin last weekend", "Tom went home to London
                                                             // for the weekend".)
        ) || i > 3
            && toks[i - 2].low == "home"
            && matches!(toks[i - 3].low.as_str(), "gone" | "flown")
            && (toks[i - 4].low == "has" || toks[i - 4].possessive && toks[i - 4].low != "i"));
    // "flying in from Melbourne", "back from Lagos": where one arrives from gives no clock.
    let arriving = i > 1
        && toks[i - 1].low == "from"
        && matches!(
            toks[i - 2].low.as_str(),
            "in" | "back" | "home" | "over" | "returning" | "arriving" | "flying"
        );
    // "I was in Durban last week": where one was, no clock now.
    let was_there = i > 1 && toks[i - 1].low == "in" && matches!(toks[i - 2].low.as_str(), "was" | "were");
    // "Dorje brother wedding in Kathmandu": where an event is held, no one's clock.
    let held_there = i > 1
        && toks[i - 1].low == "in"
        && matches!(
            toks[i - 2].low.as_str(),
            "wedding" | "funeral" | "conference" | "festival" | "concert" | "christening" | "tournament" | "holiday"
        );
    // ("Mrs. Tregaskis emigrated to Adelaide … during her evening?": or where someone emigrated, with
    // their day or clock spoken of; not "My brother emigrated to Perth but he's in Berlin …").
    let emigrated = i > 1 && toks[i - 1].low == "to" && toks[i - 2].low == "emigrated" && their_day_spoken_of(toks);
    i > 0
        && (matches!(toks[i - 1].low.as_str(), "in" | "from") || in_parentheses || out_of || moved_to || emigrated)
        && !arriving
        && !was_there
        && !held_there
}

/// "Oksana's stuck in Warsaw": where someone else is held up for now, with no one's clock spoken
/// of, gives no clock (not "I'm stuck in Tokyo", nor "Lena's stuck in Singapore so let's do 8am
/// her time").
fn held_up(toks: &[Token], i: usize) -> bool {
    i > 2
        && toks[i - 1].low == "in"
        && matches!(toks[i - 2].low.as_str(), "stuck" | "stranded")
        && !matches!(
            toks[i - 3].low.as_str(),
            "i'm" | "im" | "i" | "am" | "we're" | "we" | "are"
        )
        && !others_clock(toks)
        && !clock_of(toks, &["my", "our"])
}

/// True when the place at `i` says where someone works or lives: "works out of New York",
/// "based in Lisbon", "working from Denver", "lives in Madrid", "moved to Austin".
fn based(toks: &[Token], i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).map(|k| toks[k].low.as_str());
    before(2) == Some("out") && before(1) == Some("of")
        || matches!(before(1), Some("in" | "from" | "to"))
            && matches!(
                before(2),
                Some(
                    "based"
                        | "works"
                        | "working"
                        | "work"
                        | "lives"
                        | "living"
                        | "live"
                        | "moved"
                        | "relocated"
                        | "sits"
                        | "sitting"
                )
            )
}

/// True when `low` names a country or a province ("india", "newfoundland").
pub(crate) fn names_a_country(low: &str) -> bool {
    COUNTRIES.iter().any(|(name, _)| *name == low)
}

/// True when `low` names a city or a country ("berlin", "india"): a place, not someone.
pub(crate) fn names_a_place(low: &str) -> bool {
    CITIES.iter().chain(COUNTRIES).any(|(name, _)| *name == low)
}

/// "his time", "her local time", "their time": the request speaks of the clock of someone it names.
fn others_clock(toks: &[Token]) -> bool {
    clock_of(toks, &["his", "her", "their"])
}

/// "9am their time", "their local time": the request speaks of the clock of the people it names.
fn their_time(toks: &[Token]) -> bool {
    clock_of(toks, &["their"])
}

/// "during her evening", "his morning", "their time": the request speaks of the day or clock of
/// someone it names.
fn their_day_spoken_of(toks: &[Token]) -> bool {
    toks.windows(2).any(|w| {
        matches!(w[0].low.as_str(), "his" | "her" | "their")
            && matches!(
                w[1].low.as_str(),
                "morning" | "afternoon" | "evening" | "time" | "clock" | "day" | "night"
            )
    })
}

/// One of `owners` followed, within two words, by "time", "timezone" or "clock".
fn clock_of(toks: &[Token], owners: &[&str]) -> bool {
    (0..toks.len()).any(|i| {
        owners.contains(&toks[i].low.as_str())
            && toks[i + 1..]
                .iter()
                .take(2)
                .any(|t| matches!(t.low.as_str(), "time" | "timezone" | "clock"))
    })
}

/// A zone at `i`: its token length, the zone, and where its name counts as one.
fn zone_at(toks: &[Token], i: usize) -> Option<(usize, Tz, Needs)> {
    let low = toks[i].low.as_str();
    if low.contains('/')
        && low.chars().any(char::is_alphabetic)
        && let Ok(tz) = Tz::from_str_insensitive(&toks[i].orig)
    {
        return Some((1, tz, Needs::Nothing));
    }
    // ("AWAY FROM THE WET GEAR": not amid words shouted with it, a word of its own.)
    let shouted_word = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.in_capitals() && t.low.len() > 1 && t.low.chars().all(char::is_alphabetic))
    };
    for (abbr, tz) in ABBREVIATIONS {
        let hit = if abbr.chars().all(char::is_uppercase) {
            // (Not after an hour: "AT TEN IST ON MONDAY".)
            // (Nor a thing done: "book PT sesh w/ marcus", personal training; but "9am PT with Dana";
            // nor a trainer in brackets after the name of one met, "w/ Kwame (PT)", but "at 9am (PT)",
            // "Friday (PT)", "Chicago (CT)", "with Ana (ET)".)
            let post = *abbr == "PT"
                && i > 2
                && toks[i - 1].low == "("
                && starts_with(toks, i + 1, &[")"])
                && toks[i - 2].capitalised()
                && super::dates::weekday(&toks[i - 2].low).is_none()
                && super::dates::month(&toks[i - 2].low).is_none()
                && matches!(toks[i - 3].low.as_str(), "with" | "w/" | "and" | "+" | "&");
            let done = toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "sesh" | "session" | "sessions" | "class" | "classes"));
            let amid_shouting =
                shouted_word(i + 1) && i > 0 && shouted_word(i - 1) && super::clock::hour_at(toks, i - 1).is_none();
            toks[i].orig == *abbr && !(post || done || amid_shouting)
        } else {
            low == *abbr
        };
        if hit {
            return Some((1, *tz, Needs::Nothing));
        }
    }
    for (name, tz) in REGIONS {
        let words: Vec<&str> = name.split(' ').collect();
        // ("CENTRAL STATION", "Central Park", "Pacific Ocean": a one-word region before another
        // capitalised word is part of a place's name.)
        // (Only before a word naming a place or a firm: not "10am Pacific Thursday", "Eastern I
        // mean".)
        let named_place = toks.get(i + 1).is_some_and(|t| {
            t.capitalised()
                && matches!(
                    t.low.as_str(),
                    "station"
                        | "park"
                        | "line"
                        | "library"
                        | "square"
                        | "hall"
                        | "airlines"
                        | "airways"
                        | "ocean"
                        | "europe"
                        | "asia"
                        | "bank"
                        | "district"
                        | "market"
                        | "avenue"
                        | "street"
                        | "school"
                        | "college"
                        | "university"
                        | "hospital"
                        | "office"
                        | "railway"
                        | "london"
                        | "belt"
                )
        });
        // ("SEARCH DOG TRAINING RECORD - MOUNTAIN RESCUE TEAM": nor one in capitals before another
        // word in capitals naming no time.)
        // (Not after an hour: "at 3pm EASTERN TOMORROW".)
        let shouted_name = toks[i].in_capitals()
            && !(i > 0 && toks[i - 1].low.starts_with(|c: char| c.is_ascii_digit()))
            && toks.get(i + 1).is_some_and(|t| {
                t.in_capitals()
                    && !matches!(t.low.as_str(), "time" | "standard" | "daylight")
                    && super::dates::weekday(&t.low).is_none()
            });
        let named = words.len() > 1
            || toks[i].capitalised() && !shouted_name && !named_place
            || toks.get(i + 1).is_some_and(|t| t.low == "time");
        if named && starts_with(toks, i, &words) {
            return Some((words.len(), *tz, Needs::Nothing));
        }
    }
    let places = [
        (CITIES, Needs::InOrTime),
        (COUNTRIES, Needs::InOrTime),
        (NATIONALITIES, Needs::Time),
    ];
    places
        .iter()
        .find_map(|(table, needs)| {
            table.iter().find_map(|(name, tz)| {
                let words: Vec<&str> = name.split(' ').collect();
                starts_with(toks, i, &words).then_some((words.len(), *tz, *needs))
            })
        })
        .or_else(|| zone_city_at(toks, i))
}

/// A city that names a zone of its own in the zone database ("Accra time", "in Ulaanbaatar"),
/// written with a capital or before "time", for the cities the tables above do not list; or in
/// lower case after "in" when the request speaks of someone else's clock ("kwame in accra
/// wednesday evening his time").
fn zone_city_at(toks: &[Token], i: usize) -> Option<(usize, Tz, Needs)> {
    let written = toks[i].capitalised()
        || toks.get(i + 1).is_some_and(|t| t.low == "time")
        || i > 0 && toks[i - 1].low == "in" && others_clock(toks);
    if !written {
        return None;
    }
    zone_cities().iter().find_map(|(name, tz)| {
        let words: Vec<&str> = name.split(' ').collect();
        starts_with(toks, i, &words).then_some((words.len(), *tz, Needs::InOrTime))
    })
}

/// The zone database's cities, lower case ("accra", "buenos aires"): the last part of each
/// `Continent/City` name on the inhabited continents, less the few that are English words too.
fn zone_cities() -> &'static [(String, Tz)] {
    const CONTINENTS: &[&str] = &[
        "Africa",
        "America",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Pacific",
    ];
    // ("District Nursing Team (North)": "Australia/North" and its like are old names of zones,
    // and compass points.)
    const WORDS: &[&str] = &[
        "easter", "wake", "midway", "stanley", "nome", "regina", "marigot", "north", "south", "west", "east",
    ];
    static CITIES: std::sync::OnceLock<Vec<(String, Tz)>> = std::sync::OnceLock::new();
    CITIES.get_or_init(|| {
        chrono_tz::TZ_VARIANTS
            .iter()
            .filter_map(|tz| {
                let (continent, city) = tz.name().split_once('/')?;
                let city = city.replace('_', " ").to_lowercase();
                (CONTINENTS.contains(&continent) && !city.contains('/') && !WORDS.contains(&city.as_str()))
                    .then_some((city, *tz))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn zone(text: &str) -> Option<Tz> {
        let toks = tokenize(text);
        let mut used = vec![false; toks.len()];
        extract(&toks, &mut used, Tz::Europe__Berlin).map(|found| found.tz)
    }

    #[test]
    fn zones_by_city_abbreviation_and_name() {
        assert_eq!(zone("9am Berlin time"), Some(Tz::Europe__Berlin));
        assert_eq!(zone("10am PST"), Some(Tz::America__Los_Angeles));
        assert_eq!(zone("with Kenji in Tokyo"), Some(Tz::Asia__Tokyo));
        assert_eq!(zone("in America/Chicago time"), Some(Tz::America__Chicago));
        assert_eq!(zone("Tuesday morning New York time"), Some(Tz::America__New_York));
        // Accents are folded away for matching.
        assert_eq!(zone("10am São Paulo time"), Some(Tz::America__Sao_Paulo));
        assert_eq!(zone("Paris is lovely"), None);
        assert_eq!(zone("the central office"), None);
        assert_eq!(zone("8am India time"), Some(Tz::Asia__Kolkata));
        assert_eq!(zone("with Kenji in Japan"), Some(Tz::Asia__Tokyo));
        assert_eq!(zone("3pm Japanese time"), Some(Tz::Asia__Tokyo));
        // Cities the tables leave out, from the zone database.
        assert_eq!(zone("11am Accra time"), Some(Tz::Africa__Accra));
        assert_eq!(zone("she is in Ulaanbaatar"), Some(Tz::Asia__Ulaanbaatar));
        assert_eq!(
            zone("10am Buenos Aires time"),
            Some(Tz::America__Argentina__Buenos_Aires)
        );
        assert_eq!(zone("Accra is lovely"), None);
        assert_eq!(zone("a call in Japanese"), None);
    }
}
