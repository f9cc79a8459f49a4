//! Time zones named in a request: IANA names ("America/Chicago"), common abbreviations ("PST",
//! "CET"), regions ("Pacific") and cities ("Berlin time", "in Tokyo").

use chrono_tz::Tz;

use super::lexer::{Token, starts_with};

const CITIES: &[(&str, Tz)] = &[
    ("new york", Tz::America__New_York),
    ("los angeles", Tz::America__Los_Angeles),
    ("san francisco", Tz::America__Los_Angeles),
    ("mexico city", Tz::America__Mexico_City),
    ("sao paulo", Tz::America__Sao_Paulo),
    ("hong kong", Tz::Asia__Hong_Kong),
    ("berlin", Tz::Europe__Berlin),
    ("munich", Tz::Europe__Berlin),
    ("paris", Tz::Europe__Paris),
    ("london", Tz::Europe__London),
    ("madrid", Tz::Europe__Madrid),
    ("rome", Tz::Europe__Rome),
    ("amsterdam", Tz::Europe__Amsterdam),
    ("vienna", Tz::Europe__Vienna),
    ("zurich", Tz::Europe__Zurich),
    ("stockholm", Tz::Europe__Stockholm),
    ("oslo", Tz::Europe__Oslo),
    ("copenhagen", Tz::Europe__Copenhagen),
    ("helsinki", Tz::Europe__Helsinki),
    ("warsaw", Tz::Europe__Warsaw),
    ("prague", Tz::Europe__Prague),
    ("lisbon", Tz::Europe__Lisbon),
    ("dublin", Tz::Europe__Dublin),
    ("athens", Tz::Europe__Athens),
    ("istanbul", Tz::Europe__Istanbul),
    ("moscow", Tz::Europe__Moscow),
    ("dubai", Tz::Asia__Dubai),
    ("tokyo", Tz::Asia__Tokyo),
    ("seoul", Tz::Asia__Seoul),
    ("beijing", Tz::Asia__Shanghai),
    ("shanghai", Tz::Asia__Shanghai),
    ("singapore", Tz::Asia__Singapore),
    ("sydney", Tz::Australia__Sydney),
    ("melbourne", Tz::Australia__Melbourne),
    ("auckland", Tz::Pacific__Auckland),
    ("bangalore", Tz::Asia__Kolkata),
    ("bengaluru", Tz::Asia__Kolkata),
    ("mumbai", Tz::Asia__Kolkata),
    ("delhi", Tz::Asia__Kolkata),
    ("boston", Tz::America__New_York),
    ("chicago", Tz::America__Chicago),
    ("denver", Tz::America__Denver),
    ("seattle", Tz::America__Los_Angeles),
    ("toronto", Tz::America__Toronto),
    ("vancouver", Tz::America__Vancouver),
    ("johannesburg", Tz::Africa__Johannesburg),
    ("lagos", Tz::Africa__Lagos),
    ("nairobi", Tz::Africa__Nairobi),
    ("cairo", Tz::Africa__Cairo),
    ("san diego", Tz::America__Los_Angeles),
    ("portland", Tz::America__Los_Angeles),
    ("phoenix", Tz::America__Phoenix),
    ("austin", Tz::America__Chicago),
    ("dallas", Tz::America__Chicago),
    ("houston", Tz::America__Chicago),
    ("atlanta", Tz::America__New_York),
    ("miami", Tz::America__New_York),
    ("washington", Tz::America__New_York),
    ("montreal", Tz::America__Toronto),
    ("honolulu", Tz::Pacific__Honolulu),
    ("bogota", Tz::America__Bogota),
    ("lima", Tz::America__Lima),
    ("santiago", Tz::America__Santiago),
    ("buenos aires", Tz::America__Argentina__Buenos_Aires),
    ("edinburgh", Tz::Europe__London),
    ("manchester", Tz::Europe__London),
    ("brussels", Tz::Europe__Brussels),
    ("barcelona", Tz::Europe__Madrid),
    ("milan", Tz::Europe__Rome),
    ("frankfurt", Tz::Europe__Berlin),
    ("hamburg", Tz::Europe__Berlin),
    ("geneva", Tz::Europe__Zurich),
    ("budapest", Tz::Europe__Budapest),
    ("bucharest", Tz::Europe__Bucharest),
    ("kyiv", Tz::Europe__Kyiv),
    ("tel aviv", Tz::Asia__Jerusalem),
    ("riyadh", Tz::Asia__Riyadh),
    ("karachi", Tz::Asia__Karachi),
    ("hyderabad", Tz::Asia__Kolkata),
    ("chennai", Tz::Asia__Kolkata),
    ("pune", Tz::Asia__Kolkata),
    ("bangkok", Tz::Asia__Bangkok),
    ("jakarta", Tz::Asia__Jakarta),
    ("manila", Tz::Asia__Manila),
    ("taipei", Tz::Asia__Taipei),
    ("osaka", Tz::Asia__Tokyo),
    ("brisbane", Tz::Australia__Brisbane),
    ("perth", Tz::Australia__Perth),
    ("wellington", Tz::Pacific__Auckland),
];

/// Abbreviations; two-letter ones only count when written in capitals.
const ABBREVIATIONS: &[(&str, Tz)] = &[
    ("pst", Tz::America__Los_Angeles),
    ("pdt", Tz::America__Los_Angeles),
    ("PT", Tz::America__Los_Angeles),
    ("est", Tz::America__New_York),
    ("edt", Tz::America__New_York),
    ("ET", Tz::America__New_York),
    ("cst", Tz::America__Chicago),
    ("cdt", Tz::America__Chicago),
    ("CT", Tz::America__Chicago),
    ("mst", Tz::America__Denver),
    ("mdt", Tz::America__Denver),
    ("utc", Tz::UTC),
    ("gmt", Tz::UTC),
    ("bst", Tz::Europe__London),
    ("cet", Tz::Europe__Berlin),
    ("cest", Tz::Europe__Berlin),
    ("jst", Tz::Asia__Tokyo),
    ("IST", Tz::Asia__Kolkata),
    ("aest", Tz::Australia__Sydney),
    ("aedt", Tz::Australia__Sydney),
    ("hst", Tz::Pacific__Honolulu),
    ("akst", Tz::America__Anchorage),
    ("eet", Tz::Europe__Helsinki),
    ("eest", Tz::Europe__Helsinki),
    ("wet", Tz::Europe__Lisbon),
    ("sgt", Tz::Asia__Singapore),
    ("hkt", Tz::Asia__Hong_Kong),
    ("kst", Tz::Asia__Seoul),
    ("nzst", Tz::Pacific__Auckland),
    ("nzdt", Tz::Pacific__Auckland),
    ("awst", Tz::Australia__Perth),
    ("brt", Tz::America__Sao_Paulo),
];

/// Regions; one word counts when capitalised or followed by "time", two words always.
const REGIONS: &[(&str, Tz)] = &[
    ("east coast", Tz::America__New_York),
    ("west coast", Tz::America__Los_Angeles),
    ("pacific", Tz::America__Los_Angeles),
    ("eastern", Tz::America__New_York),
    ("central", Tz::America__Chicago),
    ("mountain", Tz::America__Denver),
];

/// Finds the first zone mentioned, marks its tokens (with a leading `in` and trailing `time`)
/// used, and returns it. A city that names a group ("the Toronto office") gives its zone but
/// stays free, to be read as part of the group's name.
pub(crate) fn extract(toks: &[Token], used: &mut [bool]) -> Option<Tz> {
    for i in 0..toks.len() {
        if used[i] || toks[i].punct {
            continue;
        }
        let Some((len, tz, needs_context)) = zone_at(toks, i) else {
            continue;
        };
        let before_in = i > 0 && toks[i - 1].low == "in" && !used[i - 1];
        let after_time = toks
            .get(i + len)
            .is_some_and(|t| t.low == "time" || t.low == "timezone");
        let group = toks
            .get(i + len)
            .is_some_and(|t| super::people::GROUP_WORDS.contains(&t.low.as_str()));
        if group {
            return Some(tz);
        }
        if needs_context && !before_in && !after_time {
            continue;
        }
        let start = if before_in { i - 1 } else { i };
        let end = i + len + usize::from(after_time);
        used[start..end].iter_mut().for_each(|u| *u = true);
        return Some(tz);
    }
    None
}

/// A zone at `i`: its token length, the zone, and whether it only counts after `in` or before
/// `time` (city names do; abbreviations and IANA names do not).
fn zone_at(toks: &[Token], i: usize) -> Option<(usize, Tz, bool)> {
    let low = toks[i].low.as_str();
    if low.contains('/')
        && low.chars().any(char::is_alphabetic)
        && let Ok(tz) = Tz::from_str_insensitive(&toks[i].orig)
    {
        return Some((1, tz, false));
    }
    for (abbr, tz) in ABBREVIATIONS {
        let hit = if abbr.chars().all(char::is_uppercase) {
            toks[i].orig == *abbr
        } else {
            low == *abbr
        };
        if hit {
            return Some((1, *tz, false));
        }
    }
    for (name, tz) in REGIONS {
        let words: Vec<&str> = name.split(' ').collect();
        let named = words.len() > 1 || toks[i].capitalised() || toks.get(i + 1).is_some_and(|t| t.low == "time");
        if named && starts_with(toks, i, &words) {
            return Some((words.len(), *tz, false));
        }
    }
    CITIES.iter().find_map(|(name, tz)| {
        let words: Vec<&str> = name.split(' ').collect();
        starts_with(toks, i, &words).then_some((words.len(), *tz, true))
    })
}

#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn zone(text: &str) -> Option<Tz> {
        let toks = tokenize(text);
        let mut used = vec![false; toks.len()];
        extract(&toks, &mut used)
    }

    #[test]
    fn zones_by_city_abbreviation_and_name() {
        assert_eq!(zone("9am Berlin time"), Some(Tz::Europe__Berlin));
        assert_eq!(zone("10am PST"), Some(Tz::America__Los_Angeles));
        assert_eq!(zone("with Kenji in Tokyo"), Some(Tz::Asia__Tokyo));
        assert_eq!(zone("in America/Chicago time"), Some(Tz::America__Chicago));
        assert_eq!(zone("Tuesday morning New York time"), Some(Tz::America__New_York));
        assert_eq!(zone("Paris is lovely"), None);
        assert_eq!(zone("the central office"), None);
    }
}
