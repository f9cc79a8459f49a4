//! Splits a request into word tokens that keep their original spelling (names, titles) next to a
//! lowercase form (matching), so every later stage matches words rather than raw characters.

use unicode_normalization::UnicodeNormalization as _;
use unicode_normalization::char::is_combining_mark;

/// One word or punctuation mark of the request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// As written, with possessive `'s` removed.
    pub orig: String,
    /// Lowercase form used for matching, accents folded away ("são" is "sao"), except in an
    /// e-mail address.
    pub low: String,
    /// A separator such as `,` `:` `(` — never part of a phrase.
    pub punct: bool,
    /// Written with a possessive `'s`, which titles keep.
    pub possessive: bool,
}

impl Token {
    fn word(orig: &str) -> Self {
        let low = orig.to_lowercase();
        let low = if is_email(&low) {
            low
        } else {
            low.nfd().filter(|c| !is_combining_mark(*c)).collect()
        };
        Self {
            orig: orig.to_owned(),
            low,
            punct: false,
            possessive: false,
        }
    }

    fn mark(c: char) -> Self {
        Self {
            orig: c.to_string(),
            low: c.to_string(),
            punct: true,
            possessive: false,
        }
    }

    /// True when the token is written with a leading capital letter.
    pub fn capitalised(&self) -> bool {
        self.orig.chars().next().is_some_and(char::is_uppercase)
    }

    /// True when the token is written in capitals: two letters or more, all of them capitals
    /// ("THE", "WING-WALKING"), as headings, stage directions and shouts are.
    pub fn in_capitals(&self) -> bool {
        self.orig.chars().filter(|c| c.is_alphabetic()).count() > 1
            && self.orig.chars().all(|c| !c.is_alphabetic() || c.is_ascii_uppercase())
    }

    /// True when the token is an arrow ("->", "→"), written for "to" between an old time and a new
    /// one ("mon 2pm -> tue same time").
    pub fn is_arrow(&self) -> bool {
        matches!(self.orig.as_str(), "->" | "\u{2192}")
    }

    pub fn is_email(&self) -> bool {
        is_email(&self.low)
    }

    /// The word as the user wrote it, possessive included ("Bo's").
    pub fn written(&self) -> String {
        if self.possessive {
            format!("{}'s", self.orig)
        } else {
            self.orig.clone()
        }
    }
}

const LEADING: &[char] = &['(', '"', '\''];

/// "move tuesdays 9am standup to 10am from now on", "cancel mondays 8am gym for December": words
/// saying that every one of a weekday's meetings is meant, not the next.
fn every_one(text: &str) -> bool {
    let low = text.to_lowercase();
    [
        "from now on",
        "permanently",
        "going forward",
        "for the rest of",
        "from next week",
        "every week",
        "each week",
    ]
    .iter()
    .any(|phrase| low.contains(phrase))
        || low
            .split_whitespace()
            .collect::<Vec<_>>()
            .windows(2)
            .any(|w| w[0] == "for" && super::dates::month(w[1].trim_end_matches(['.', ',', '?', '!'])).is_some())
}

/// Shorthand that is also a name ("Wen", "ingrid, paolo, and wen"), read as shorthand only when
/// written in lower case to open a sentence: "wen is marta free".
const LOWERCASE_SPELLINGS: &[(&str, &str)] = &[("wen", "when")];

/// Shorthand also written in capitals as a name's letters, read as shorthand only when not: "bk
/// 90m board prep", "can u bk a call" (not "BK Tree Care").
const UNSHOUTED_SPELLINGS: &[(&str, &str)] = &[("bk", "book")];

/// Shorthand for a request's verb that is also shorthand for a word of its own ("cncl", a
/// council; "setup", the noun), read as the verb only where a request's verb stands: opening a
/// sentence or after "pls", "kindly" or "can u" ("cncl tmrw 11:15 bike pickup", "Kindly setup 45
/// mins call with …"; not "w/ city cncl rep", "the setup on Friday"), and "setup" only before a
/// length or a meeting (see `sets_up_a_meeting`).
const VERB_SPELLINGS: &[(&str, &str)] = &[("cncl", "cancel"), ("setup", "schedule")];

/// Whether "setup" (at chunk `n`) goes on to a length or a meeting, as a verb would ("setup 45
/// mins call", "setup a call"; not "setup the projector", "Setup takes an hour").
fn sets_up_a_meeting(chunks: &[&str], n: usize) -> bool {
    let word = |k: usize| chunks.get(k).map(|c| c.trim_end_matches([',', '.']).to_lowercase());
    word(n + 1).is_some_and(|w| w.starts_with(|d: char| d.is_ascii_digit()))
        || word(n + 1).is_some_and(|w| matches!(w.as_str(), "a" | "an"))
            && word(n + 2).is_some_and(|w| matches!(w.as_str(), "call" | "meeting" | "session" | "chat" | "catch-up"))
}

/// Shorthand for a request's verb that is also a surname, read as the verb only where a request's
/// verb stands and in lowercase: "pls bok dentst" (not "Bok wants to meet on Friday").
const LOWERCASE_VERB_SPELLINGS: &[(&str, &str)] = &[("bok", "book")];

/// Shorthand that is also a name or a word of its own ("Fre", Swedish for Friday), read as
/// shorthand only when written in lower case where whether someone is free is asked: "whens
/// xochitl fre", "is bo fre".
const ASKED_FREE_SPELLINGS: &[(&str, &str)] = &[("fre", "free")];

/// Shorthand that is also a name's letters ("RM Sharma", "w/ rob and rm"), read as shorthand only
/// in lowercase before what names the room: "seminar rm B", "rm 4".
const ROOM_SPELLINGS: &[(&str, &str)] = &[("rm", "room")];

/// "Until" shortened, read so only beside an hour ("8am til half 9", "9am til 1pm"; not "meet til
/// and jonas", a name).
const UNTIL_SPELLINGS: &[(&str, &str)] = &[("til", "till")];

/// Words of the Caribbean's English, read as the English words they stand for only where written
/// in lowercase ("go thru de menu wid Anil", "doh put it on Sunday", "he cyah make it", "sometime
/// nex week"), and "doh" only before a word of its sentence (not "doh!").
const CARIBBEAN_SPELLINGS: &[(&str, &str)] = &[("wid", "with"), ("doh", "don't"), ("cyah", "can't"), ("nex", "next")];

/// "it" as the West Country says it, read so only in lowercase right after a verb that moves,
/// cancels or books a thing ("can 'ee shift en to Monday 7th?"; not "en route", "en suite").
const WEST_COUNTRY_SPELLINGS: &[(&str, &str)] = &[("en", "it")];

/// Words of Scots, read as the English words they stand for only where written in lower case
/// ("Ma hair appointment wi Shona - can ye shift it tae Thursday?"), and "Whit" capitalised to
/// open a question ("Whit have I got on Saturday?"; not "Ye Lin", "Wi Ling", "Tae kwon do",
/// "with Tae", "Whit Monday").
const SCOTS_SPELLINGS: &[(&str, &str)] = &[
    ("wi", "with"),
    ("tae", "to"),
    ("ye", "you"),
    ("afore", "before"),
    ("naw", "no"),
    ("oor", "our"),
    ("whit", "what"),
    ("mornin", "morning"),
    // "twenty minutes o knee stretches": after a length only.
    ("o", "of"),
    // "Can tha find us three-quarters of an hour": "thou", as Yorkshire says it, after a verb
    // asking only.
    ("tha", "you"),
    // Scots and Tyneside: "efter 5", "block oot", "aboot the plates", "Sat efternoon", "any neet",
    // "divvent give us Wednesday", "meetin", "evenins", "the followin Sunday", "what've aa got".
    ("efter", "after"),
    ("oot", "out"),
    ("aboot", "about"),
    ("efternoon", "afternoon"),
    ("neet", "night"),
    ("divvent", "don't"),
    ("meetin", "meeting"),
    ("evenin", "evening"),
    ("evenins", "evenings"),
    ("followin", "following"),
    ("insteid", "instead"),
    ("aa", "i"),
];

/// Kin said short, read as kin unless written as a church's title with its capital and stop
/// ("my sis Ngozi", "lunch with my bro Tunde"; not "Sis. Ngozi", "Bro. Tunde").
const KIN_SPELLINGS: &[(&str, &str)] = &[("sis", "sister"), ("bro", "brother")];

/// Shorthand and common misspellings, matched as the words they stand for (the word as written
/// is kept for names and titles).
const SPELLINGS: &[(&str, &str)] = &[
    ("fidn", "find"),
    ("overveiw", "overview"),
    ("fnid", "find"),
    ("tusday", "tuesday"),
    ("teusday", "tuesday"),
    ("tuseday", "tuesday"),
    ("wensday", "wednesday"),
    // "every workday evening": a working day, a weekday (not "on workdays next week", days a
    // search keeps to).
    ("workday", "weekday"),
    ("wendsday", "wednesday"),
    ("wednsday", "wednesday"),
    ("wedensday", "wednesday"),
    ("thurday", "thursday"),
    ("thrusday", "thursday"),
    ("thursay", "thursday"),
    ("firday", "friday"),
    ("fridy", "friday"),
    ("saturady", "saturday"),
    ("satruday", "saturday"),
    ("mondy", "monday"),
    // "Tuesday arvo": the afternoon, as said in Australia; "preferably in the forenoon".
    ("arvo", "afternoon"),
    ("forenoon", "morning"),
    ("aftrnoon", "afternoon"),
    ("afternon", "afternoon"),
    ("afternnon", "afternoon"),
    ("aftenoon", "afternoon"),
    ("mornig", "morning"),
    ("morining", "morning"),
    ("mornign", "morning"),
    ("monring", "morning"),
    ("moring", "morning"),
    ("evenign", "evening"),
    ("afternoom", "afternoon"),
    ("evning", "evening"),
    ("evenning", "evening"),
    ("tomorow", "tomorrow"),
    ("tommorow", "tomorrow"),
    ("tommorrow", "tomorrow"),
    ("tmrw", "tomorrow"),
    ("avaliable", "available"),
    ("availble", "available"),
    ("cxl", "cancel"),
    // "resched the boiler service w/ dariusz frm mon 14th 7:45".
    ("frm", "from"),
    // "sry, smth came up", "rmd me 2 book flights".
    ("sry", "sorry"),
    ("smth", "something"),
    ("rmd", "remind"),
    // "remnid me to buy the dog's worming tablets tmrw": two letters swapped.
    ("remnid", "remind"),
    ("remidn", "remind"),
    // "w/ Kwesi, curently wed 2nd 10am": a letter dropped; "reminde me to pay …": one added.
    ("curently", "currently"),
    ("reminde", "remind"),
    // "any mornin next wk exept sat", "pls bookk the boiler servce".
    ("exept", "except"),
    ("bookk", "book"),
    // "shift today's 4 oclock w Jonas", "my dentist appt".
    ("oclock", "o'clock"),
    ("appt", "appointment"),
    // "bring fwd the WEEE collection …": forward, as texted.
    ("fwd", "forward"),
    ("appts", "appointments"),
    ("tmr", "tomorrow"),
    ("tmw", "tomorrow"),
    ("moove", "move"),
    ("movee", "move"),
    ("mvoe", "move"),
    ("moev", "move"),
    ("lookin", "looking"),
    ("bout", "about"),
    ("cud", "could"),
    ("aftr", "after"),
    ("minuets", "minutes"),
    ("minits", "minutes"),
    ("minut", "minutes"),
    ("evry", "every"),
    // "wat do i still have this afternoon", "wots on thurs 10th", "wt have i got tmrw aftn?".
    ("wat", "what"),
    ("wt", "what"),
    ("aftn", "afternoon"),
    ("wot", "what"),
    ("wots", "what"),
    ("bokk", "book"),
    ("calandar", "calendar"),
    ("invte", "invite"),
    ("ovr", "over"),
    ("nothin", "nothing"),
    ("goin", "going"),
    ("chrsitmas", "christmas"),
    ("xmas", "christmas"),
    // "get the invite to em".
    ("em", "them"),
    ("tiem", "time"),
    ("fnd", "find"),
    ("2moro", "tomorrow"),
    ("2morro", "tomorrow"),
    ("2morrow", "tomorrow"),
    ("2day", "today"),
    ("teh", "the"),
    ("cna", "can"),
    ("wk", "week"),
    ("wek", "week"),
    ("wks", "weeks"),
    ("whats", "what"),
    ("wats", "what"),
    ("hows", "how"),
    ("im", "i'm"),
    ("r", "are"),
    ("u", "you"),
    ("pls", "please"),
    ("plz", "please"),
    ("mtg", "meeting"),
    ("mtgs", "meetings"),
    // "w/ allotment cttee": the committee, as minutes abbreviate it.
    ("cttee", "committee"),
    // "to any day next week exc wed": except, as texted.
    ("exc", "except"),
    ("calender", "calendar"),
    ("nxt", "next"),
    ("wiht", "with"),
    ("befor", "before"),
    ("betwen", "between"),
    ("btwn", "between"),
    // "whens xochitl fre for a 20 min call".
    ("whens", "when"),
    ("bewteen", "between"),
    ("betweeen", "between"),
    ("minuts", "minutes"),
    ("shedule", "schedule"),
    ("schedual", "schedule"),
    ("cnacel", "cancel"),
    ("shedual", "schedule"),
    ("resched", "reschedule"),
    ("mintues", "minutes"),
    ("cant", "can't"),
    ("reschedul", "reschedule"),
    ("havent", "haven't"),
    ("hasnt", "hasn't"),
    ("isnt", "isn't"),
    ("arent", "aren't"),
    ("wasnt", "wasn't"),
    ("what've", "what"),
    ("b4", "before"),
    ("whn", "when"),
    // "to monday nite".
    ("nite", "night"),
    ("reshedule", "reschedule"),
    ("rescedule", "reschedule"),
    ("reschdule", "reschedule"),
    ("cancle", "cancel"),
    ("meting", "meeting"),
    ("meetng", "meeting"),
    // "hw does sat look", "this wknd", "this wekend".
    ("hw", "how"),
    ("wknd", "weekend"),
    ("wekend", "weekend"),
    // "w/ store mgrs".
    ("mgrs", "managers"),
    ("mgr", "manager"),
    ("weeknd", "weekend"),
    // "shfit it to the day before".
    ("shfit", "shift"),
    ("cancell", "cancel"),
    ("resechdule", "reschedule"),
    ("cancl", "cancel"),
    ("reschedual", "reschedule"),
];
const TRAILING: &[char] = &[',', '.', '?', '!', ';', ':', ')', '"', '\''];

/// `low` with each letter written three times or more in a row written once ("soooo" is "so",
/// "pleeease" is "please"), when it has such a run.
fn unstretched(low: &str) -> Option<String> {
    let chars: Vec<char> = low.chars().collect();
    let stretched = chars
        .windows(3)
        .any(|w| w[0].is_alphabetic() && w[0] == w[1] && w[1] == w[2]);
    stretched.then(|| {
        let mut out = String::with_capacity(low.len());
        let mut k = 0;
        while k < chars.len() {
            let run = chars[k..].iter().take_while(|&&c| c == chars[k]).count();
            let kept = if run >= 3 && chars[k].is_alphabetic() { 1 } else { run };
            out.extend(std::iter::repeat_n(chars[k], kept));
            k += run;
        }
        out
    })
}

/// `text` with "an'", "and" as Yorkshire and the North drop its letter, written out ("Derek an'
/// Mrs Pickersgill"; "t'" joined to a word is read where the word is).
fn letters_dropped(text: &str) -> String {
    if !text.contains("an'") {
        return text.to_owned();
    }
    text.split(' ')
        .map(|word| if word == "an'" { "and" } else { word })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the tokens so far end in "at" and an hour of the day in digits ("at 10", which "hours"
/// after it makes a clock time, not a length); not a length put at so much ("estimated at 2").
fn said_as_a_clock(out: &[Token]) -> bool {
    let [.., before, at, hour] = out else { return false };
    let sized = matches!(
        before.low.as_str(),
        "estimated" | "estimate" | "put" | "budgeted" | "quoted" | "priced" | "clocked" | "comes" | "came"
    );
    at.low == "at" && !sized && hour.low.parse::<u32>().is_ok_and(|h| h <= 23)
}

/// The name in a capitalised word written with "'ll" ("Jean'll"), not a pronoun's ("It'll",
/// "She'll", which rules match as written).
fn name_then_will(word: &str) -> Option<&str> {
    let name = word.strip_suffix("'ll")?;
    let pronoun = matches!(
        name.to_lowercase().as_str(),
        "i" | "it" | "he" | "she" | "we" | "they" | "you" | "that" | "this" | "there" | "who" | "what" | "u"
    );
    (name.starts_with(char::is_uppercase) && name.chars().all(char::is_alphabetic) && !pronoun).then_some(name)
}

/// Where an hour of the clock said right after chunk `n` ends (the chunk after it): digits with
/// "am", "pm" or a colon, or digits before "am", "pm" or "o'clock" ("post 1 PM", "post 2:30", "the
/// night's 8 o'clock"); not a count ("the night's 4 presenters").
fn clock_after(chunks: &[&str], n: usize) -> Option<usize> {
    let next = chunks.get(n + 1)?.trim_end_matches([',', '.', '?', '!']).to_lowercase();
    if !next.starts_with(|d: char| d.is_ascii_digit()) {
        return None;
    }
    if next.ends_with("am") || next.ends_with("pm") || next.contains(':') {
        return Some(n + 2);
    }
    let after = chunks.get(n + 2)?.trim_end_matches([',', '.', '?', '!']).to_lowercase();
    matches!(after.as_str(), "am" | "pm" | "a.m" | "p.m" | "o'clock" | "oclock").then_some(n + 3)
}

/// Whether "an" between the name before it (last of `out`) and the capitalised `next` is "and",
/// in a list of those met: after "with" (or "wi", read as it) or a comma a few words back.
fn an_between_names(out: &[Token], next: Option<&str>) -> bool {
    // (Names, not a sentence's first word or letters in capitals: not "… Order an Uber", "Acme
    // Corp an AI startup".)
    let named_before = match out {
        [.., before, name] => {
            !name.punct && name.capitalised() && !name.in_capitals() && !matches!(before.low.as_str(), "." | "!" | "?")
        }
        _ => false,
    };
    let named_after =
        next.is_some_and(|c| c.starts_with(char::is_uppercase) && c.chars().skip(1).any(char::is_lowercase));
    let listed = out.iter().rev().take(8).any(|t| matches!(t.low.as_str(), "with" | ","));
    named_before && named_after && listed
}

/// Whether the tokens so far end in a "the" that makes "morn" (or "morra", in lowercase) tomorrow,
/// as said in Scotland ("wi Shona the morn at 10", "Whit's on the morn?", "the morra at 11"), not
/// a morning ("in the morn", "on the morn of the 5th", "for the morn after the party"); `next` is
/// the word after it.
fn scots_tomorrow(out: &[Token], next: Option<&str>) -> bool {
    let of_a_day = next.is_some_and(|next| {
        matches!(
            next.trim_end_matches([',', '.']).to_lowercase().as_str(),
            "of" | "after" | "before" | "when" | "that"
        )
    });
    let led = match out {
        [.., before, _] => !matches!(
            before.low.as_str(),
            "in" | "of" | "this" | "by" | "every" | "each" | "at" | "from" | "until" | "till" | "through"
        ),
        _ => true,
    };
    out.last().is_some_and(|t| t.low == "the") && led && !of_a_day
}

/// Whether `low` is "first" to "ninth" right after "twenty" or "thirty".
fn tens_of_an_ordinal(out: &[Token], low: &str) -> bool {
    const ORDINALS: &[&str] = &[
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    ORDINALS.contains(&low)
        && out
            .last()
            .is_some_and(|t| matches!(t.low.as_str(), "twenty" | "thirty"))
}

/// The assistant's own name, which people greet or call on.
const ASSISTANTS_NAME: &str = "kairos";

/// Whether `chunk` is the assistant's name, with a stop written after it or not ("Kairos,").
fn assistants_name(chunk: &str) -> bool {
    chunk
        .trim_end_matches([',', '!', '.', ':'])
        .eq_ignore_ascii_case(ASSISTANTS_NAME)
}

/// "Wasson Kairos.", "Howdy Kairos,", "Eii Kairos,", "eh eh Kairos find me …": the assistant's
/// name hailed in whatever words of greeting open the text (up to two, plain words), before a stop
/// or a request (not "Lunch with Kairos.", "Meet Kairos Papadopoulos", "Morning Kairos sync with
/// Ana").
fn hailed(chunks: &[&str], n: usize) -> bool {
    let plain = |w: &&str| {
        w.chars().all(|c| c.is_alphabetic() || c == '\'')
            && !matches!(
                w.to_lowercase().as_str(),
                "with"
                    | "meet"
                    | "meeting"
                    | "and"
                    | "see"
                    | "call"
                    | "ring"
                    | "phone"
                    | "invite"
                    | "book"
                    | "for"
                    | "to"
                    | "ask"
                    | "tell"
                    | "email"
                    | "text"
                    | "message"
                    | "lunch"
                    | "dinner"
                    | "coffee"
                    | "drinks"
            )
    };
    let stopped = chunks[n].len() > ASSISTANTS_NAME.len() && chunks[n].ends_with([',', '!', '.']);
    let asks = chunks.get(n + 1).is_some_and(|next| {
        matches!(
            *next,
            "find" | "book" | "please" | "pls" | "plz" | "can" | "could" | "would" | "need" | "set" | "put"
        )
    });
    (1..=2).contains(&n) && assistants_name(chunks[n]) && chunks[..n].iter().all(plain) && (stopped || asks)
}

/// The hours of a clock spelled out.
const HOURS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];

/// Whether the tokens so far end in an hour and a lone "a" or "p" ("eleven a", "5 p"), which an
/// "m" after them makes "am" or "pm".
fn spelled_meridiem(out: &[Token]) -> bool {
    let [.., hour, letter] = out else { return false };
    matches!(letter.low.as_str(), "a" | "p")
        && (hour.low.starts_with(|c: char| c.is_ascii_digit()) || HOURS.contains(&hour.low.as_str()))
}

/// Tokenises `text`; `tonight` becomes `today evening` so dates and parts of day stay separate;
/// `&`, a lone `+`, `w/` (or a lone `w`) and an arrow become `and`, `and`, `with` and `to`; a lone
/// dash separates like a comma; pauses of dictation ("um") are dropped; shorthand and common
/// misspellings are matched as the words they stand for ([`SPELLINGS`]); and spelled numbers
/// are joined ("forty five").
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let text = text.replace(['\u{2019}', '\u{2018}'], "'");
    // "my half-past-ten": a time written with hyphens, read as its words.
    let text = text
        .replace("half-past-", "half past ")
        .replace("quarter-past-", "quarter past ")
        .replace("quarter-to-", "quarter to ");
    let text = digit_ranges(&text);
    let text = letters_dropped(&text);
    let mut out = Vec::new();
    // Inside a phrase opened by a single quote, a closing quote is not a possessive.
    let mut quoting = false;
    // Whether the word before was a pause of dictation ("my, uh, my thing").
    let mut hesitated = false;
    let chunks: Vec<&str> = text.split_whitespace().collect();
    // "any day 14th-19th dec exc. weds": "exc." shortens "except", its dot no full stop before
    // what goes on in lowercase.
    let chunks: Vec<&str> = chunks
        .iter()
        .enumerate()
        .map(|(n, c)| {
            let shortened = c.eq_ignore_ascii_case("exc.")
                && chunks
                    .get(n + 1)
                    .is_some_and(|next| next.starts_with(|c: char| c.is_lowercase()));
            if shortened { "exc" } else { c }
        })
        .collect();
    // "Tongue stuck fast STOP Lift attendant gone STOP …": a telegram's STOP, said more than once,
    // is its full stop.
    let telegram = chunks.iter().filter(|c| **c == "STOP").count() > 1;
    // "BK DRIVER INDUCTION W/ TOMASZ MON 7TH 9AM": a request written all in capitals, whose
    // shorthand is shouted with the rest (not "BK Tree Care" in a sentence otherwise in lower
    // case, a name's letters).
    let shouted = {
        let letters = || text.chars().filter(|c| c.is_alphabetic());
        letters().count() >= 12 && letters().all(|c| !c.is_lowercase())
    };
    // "Mirror ball spinning. / Hired skates, laced by a stranger. // The rail is my friend.": in
    // verse written on one line, known by a double slash and two single ones or more, a slash
    // breaks a line, which goes on the sentence, and a double slash a stanza, which ends it (not
    // "Ana / Bo / Cy", "45 min / 1 hour").
    let verse = chunks.contains(&"//") && chunks.iter().filter(|c| **c == "/").count() > 1;
    for (n, chunk) in chunks.iter().copied().enumerate() {
        if telegram && chunk == "STOP" || verse && chunk == "//" {
            out.push(Token::mark('.'));
            continue;
        }
        if verse && chunk == "/" {
            continue;
        }
        // "from a quarter past ten until half past eleven", "after a quarter to four": a quarter
        // said with its article after a word leading to a time, read as "quarter past ten".
        let quarter_said = chunk.eq_ignore_ascii_case("a")
            && chunks.get(n + 1).is_some_and(|q| q.eq_ignore_ascii_case("quarter"))
            && chunks
                .get(n + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("past") || w.eq_ignore_ascii_case("to"))
            && out.last().is_some_and(|t: &Token| {
                matches!(
                    t.low.as_str(),
                    "from" | "until" | "till" | "to" | "at" | "after" | "before" | "by" | "and" | "around"
                )
            })
            // (Before an hour: not "an hour and a quarter to agree …", a length.)
            && chunks.get(n + 3).is_some_and(|h| {
                let h = h.trim_end_matches(['.', ',', '?', '!']).to_lowercase();
                h.starts_with(|c: char| c.is_ascii_digit()) || HOURS.contains(&h.as_str())
            });
        if quarter_said {
            continue;
        }
        let after_pause = std::mem::take(&mut hesitated);
        // "on 9.12. at 13:00", "deadline 17.12.,": a date written day first with dots, as much of
        // Europe writes it — its last dot is not a full stop when what follows goes on the
        // sentence.
        let goes_on = chunks
            .get(n + 1)
            .is_some_and(|next| !next.starts_with(|c: char| c.is_uppercase()));
        // "morning!", "good evening,": a greeting opening the request, not a part of the day.
        let part = chunk.trim_end_matches(['!', ',', '.']).to_lowercase();
        // ("Morning Kairos, would you …": or before the one greeted and a comma, a question or a
        // request after them; not "Morning Swim, every weekday", "Evening Yoga, every Tuesday".)
        let before_a_name = chunks
            .get(n + 1)
            .is_some_and(|next| next.ends_with(',') && next.starts_with(|c: char| c.is_uppercase()) && next.len() > 2)
            && chunks.get(n + 2).is_some_and(|then| {
                matches!(
                    then.to_lowercase().as_str(),
                    "would"
                        | "could"
                        | "can"
                        | "will"
                        | "please"
                        | "i"
                        | "i'd"
                        | "i'm"
                        | "i've"
                        | "hope"
                        | "just"
                        | "quick"
                        | "thanks"
                        | "thank"
                        | "what"
                        | "what's"
                        | "when"
                        | "how"
                        | "is"
                        | "are"
                        | "do"
                        | "does"
                )
            });
        // ("Morning Kairos! Silly me, …": or before the assistant's own name and a stop; not
        // "Morning Kairos sync with Ana", a meeting's name.)
        // ("Afternoon Kairos - book …": or a dash after it.)
        let before_kairos = chunks.get(n + 1).is_some_and(|next| {
            assistants_name(next)
                && (next.len() > ASSISTANTS_NAME.len()
                    || chunks.get(n + 2).is_some_and(|then| matches!(*then, "-" | "–" | "—")))
        });
        let greeting = matches!(part.as_str(), "morning" | "afternoon" | "evening")
            && (chunk.len() > part.len() || before_a_name || before_kairos)
            && (n == 0 || n == 1 && chunks[0].eq_ignore_ascii_case("good"));
        if greeting {
            out.push(Token::word("hello"));
            continue;
        }
        // "Morning Kairos,", "Thanks Kairos!": the assistant greeted or thanked by its own name is
        // no one to meet (not "lunch with Kairos on Friday", someone of that name). ("Oh Kairos,
        // what a palaver.", "Hello there Kairos,": or called on, opening the text, before a stop;
        // not "Oh Kairos Papadopoulos is in town", "Ah there Kairos is".)
        let called_on = chunk.len() > ASSISTANTS_NAME.len()
            && match out.as_slice() {
                [first] => matches!(first.low.as_str(), "oh" | "ah"),
                // ("Oh dear, Kairos, I have muddled myself again.": after an interjection of two
                // words.)
                [first, _, comma] => matches!(first.low.as_str(), "oh" | "ah") && comma.low == ",",
                [greeting, there] => matches!(greeting.low.as_str(), "hello" | "hi" | "hey") && there.low == "there",
                _ => false,
            };
        let greeted_by_name = assistants_name(chunk)
            && (called_on
                || out.last().is_some_and(|t: &Token| {
                    matches!(
                        t.low.as_str(),
                        "hello" | "hi" | "hey" | "hiya" | "dear" | "thanks" | "cheers"
                            // ("Hallo Kairos –", "Hola Kairos,": greeted in another tongue.)
                            | "hallo" | "hola" | "bonjour" | "ciao"
                            // ("Assalamu alaikum Kairos,", "Salaam Kairos,": greeted in other words.)
                            | "alaikum" | "alaykum" | "salaam" | "salam" | "shalom" | "namaste" | "aloha"
                            // ("G'day Kairos,", "Sasa Kairos,", "yo kairos need …": as Australia,
                            // Kenya and a barber's shop greet.)
                            | "g'day" | "sasa" | "yo" | "howzit" | "jambo"
                    )
                    // ("Good day Kairos": "day" after "good".)
                    || t.low == "day" && out.len() == 2 && out[0].low == "good"
                })
                || hailed(&chunks, n));
        if greeted_by_name {
            if let Some(mark) = chunk.chars().last().filter(|c| matches!(c, ',' | '!' | '.' | ':')) {
                out.push(Token::mark(mark));
            }
            continue;
        }
        // "at 9.05.": a clock time, as Britain writes it, before a full stop.
        let clock = n > 0 && chunks[n - 1].eq_ignore_ascii_case("at");
        if let Some(date) = dotted_date(chunk).filter(|_| !clock && (goes_on || chunk.ends_with(".,"))) {
            out.extend(date);
            if chunk.ends_with(".,") {
                out.push(Token::mark(','));
            }
            continue;
        }
        // "can 'ee shift en to Monday?": "you", as the West Country says it, after a verb asking
        // (its apostrophe opens no quotation).
        if chunk == "'ee"
            && out
                .last()
                .is_some_and(|t: &Token| matches!(t.low.as_str(), "can" | "could" | "will" | "would" | "do" | "did"))
        {
            out.push(Token::word("you"));
            continue;
        }
        quoting |= chunk.starts_with('\'');
        // "~1hr", "~2h": about as long, read as that long.
        let mut word = chunk.trim_start_matches('~');
        let mut before = Vec::new();
        while let Some(c) = word.chars().next().filter(|c| LEADING.contains(c)) {
            before.push(Token::mark(c));
            word = &word[c.len_utf8()..];
        }
        // ("(~15 min)": about as long, in brackets too.)
        word = word.trim_start_matches('~');
        let mut after = Vec::new();
        // "the auditors' questions": a plural's possessive keeps its apostrophe.
        // "About 3 hours' work": a length's possessive is the length.
        let length_possessive = |w: &str| {
            let low = w.to_lowercase();
            ["hours'", "minutes'", "mins'", "days'", "weeks'", "hrs'"]
                .iter()
                .any(|u| low.ends_with(u))
        };
        let plural_possessive = |w: &str| !quoting && w.len() > 2 && w.ends_with("s'") && !length_possessive(w);
        while let Some(c) = word
            .chars()
            .last()
            .filter(|c| TRAILING.contains(c) && !(*c == '\'' && plural_possessive(word)))
        {
            after.push(Token::mark(c));
            word = &word[..word.len() - c.len_utf8()];
        }
        // "10 a.m. to 2 p.m.": the dot closing "a.m." or "p.m." is the abbreviation's, no full
        // stop, when what follows goes on the sentence.
        if goes_on && matches!(word.to_lowercase().as_str(), "a.m" | "p.m") && after.len() == 1 && after[0].low == "." {
            after.clear();
        }
        out.extend(before);
        // "4h-ish", "evening-ish", "hour and a half-ish": about as long, or about then, too.
        if let Some(about) = word.strip_suffix("-ish").filter(|w| {
            w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    w.to_lowercase().as_str(),
                    "morning" | "afternoon" | "evening" | "noon" | "lunchtime" | "half" | "hour" | "hours"
                )
        }) {
            word = about;
        }
        // "at like 11": a filler between "at" and the hour says nothing.
        // "for my own calendar": one's own calendar is one's calendar.
        if word.eq_ignore_ascii_case("own")
            && out.last().is_some_and(|t: &Token| t.low == "my")
            && chunks.get(n + 1).is_some_and(|next| {
                let next = next.trim_end_matches(TRAILING).to_lowercase();
                matches!(next.as_str(), "calendar" | "diary" | "cal" | "schedule")
            })
        {
            continue;
        }
        if word.eq_ignore_ascii_case("like")
            && out.last().is_some_and(|t: &Token| t.low == "at")
            && chunks
                .get(n + 1)
                .is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()))
        {
            continue;
        }
        let low = word.to_lowercase();
        // "me n Rohan", "bread n butter": a lone lowercase "n" is texting's "and".
        if word == "&" || word == "+" || word == "n" {
            // "Halvorsen & Partners": the sign is kept as written, for a firm's name; "w/ the
            // kreuzberg branch manager + sanjeet": and the plus, which joins only a list.
            let mut and = Token::word("and");
            if word == "&" || word == "+" {
                word.clone_into(&mut and.orig);
            }
            out.push(and);
        } else if word == "eve"
            && out.last().is_some_and(|t: &Token| {
                matches!(
                    t.low.as_str(),
                    "any"
                        | "this"
                        | "tomorrow"
                        | "today"
                        | "mon"
                        | "tue"
                        | "tues"
                        | "wed"
                        | "weds"
                        | "thu"
                        | "thur"
                        | "thurs"
                        | "fri"
                        | "sat"
                        | "sun"
                )
            })
        {
            // "any eve next wk", "fri eve": texting's evening, in lowercase (not "Christmas Eve",
            // "tomorrow Eve joins later", someone).
            let mut evening = Token::word("evening");
            word.clone_into(&mut evening.orig);
            out.push(evening);
        } else if low == "->" || low == "\u{2192}" {
            // "tues -> wed 10am": the arrow is "to" (written as the arrow, which moves).
            let mut to = Token::word("to");
            word.clone_into(&mut to.orig);
            out.push(to);
        } else if low == "w/c" {
            // "w/c 14 Dec": the week commencing then.
            out.push(Token::word("week"));
            out.push(Token::word("commencing"));
        } else if low == "w/" || word == "w" {
            out.push(Token::word("with"));
        } else if low == "clock" && out.last().is_some_and(|t: &Token| t.low == "o") {
            // "5 o clock": "o'clock" written apart.
            if let Some(last) = out.last_mut() {
                "o'clock".clone_into(&mut last.low);
                "o'clock".clone_into(&mut last.orig);
            }
        } else if word == "@" {
            // "on dec 15 @ 3": "at".
            out.push(Token::word("at"));
        } else if low == "alongside" {
            // "get to grips with it alongside priyanka": "with", written as it was for a title.
            let mut with = Token::word("with");
            word.clone_into(&mut with.orig);
            out.push(with);
        } else if low.contains("-and-a-half") {
            // "a two-and-a-half-hour session": a length written as one word, read word by word.
            out.extend(word.split('-').filter(|w| !w.is_empty()).map(Token::word));
        } else if matches!(word, "-" | "\u{2013}" | "\u{2014}") {
            // A dash between clauses separates them like a comma.
            out.push(Token::mark(word.chars().next().unwrap_or('-')));
        } else if tens_of_an_ordinal(&out, &low) {
            // "the twenty first": a spelled ordinal written in two words, as "twenty-first".
            if let Some(last) = out.last_mut() {
                last.low = format!("{}-{low}", last.low);
                last.orig = format!("{}-{word}", last.orig);
            }
        } else if matches!(low.as_str(), "hours" | "hrs") && said_as_a_clock(&out) {
            // "on Monday the 14, at 10 hours": the hour as a clock reads it.
            if let Some(last) = out.last_mut() {
                last.low = format!("{}:00", last.low);
            }
        } else if low == "m" && spelled_meridiem(&out) {
            // "eleven a m", "5 p m": dictation's "a.m." and "p.m." spelled out letter by letter.
            if let Some(last) = out.last_mut() {
                last.low.push('m');
                last.orig.push('m');
            }
        } else if hesitation(&low)
            // "for, like, tomorrow": "like" between commas is a pause too.
            || low == "like" && chunk.ends_with(',') && out.last().is_some_and(|t: &Token| t.low == ",")
            // ("between like six and nine", "from like 9 to 12": or between the word opening a span
            // of hours and its first hour; not "around like 10 people".)
            || low == "like"
                && out
                    .last()
                    .is_some_and(|t: &Token| matches!(t.low.as_str(), "between" | "from"))
                && chunks.get(n + 1).is_some_and(|c| {
                    let c = c.to_lowercase();
                    c.starts_with(|d: char| d.is_ascii_digit()) || HOURS.contains(&c.trim_end_matches(',')) || c == "noon"
                })
        {
            // "um", "uh": dictation's pauses say nothing. Of the commas around one, a single one
            // stays where a phrase ended before it ("with priyanka, er, where …"), none inside a
            // phrase ("at, uh, three", "about the, uh, the car").
            let comma_before = out.last().is_some_and(|t: &Token| t.low == ",");
            // ("any evening next week except, um, Tuesday": so after "except" of any day asked, a
            // day left out; not "I'm busy all week except, um, saturday", "I don't have any free
            // time … except, um, Thursday", the day that is free.)
            let any_day_asked = |k: usize| {
                out[..k].iter().position(|t| t.low == "any").is_some_and(|a| {
                    out.get(a + 1).is_some_and(|t| {
                        matches!(
                            t.low.as_str(),
                            "day" | "evening" | "afternoon" | "morning" | "weekday" | "night" | "weekend"
                        )
                    }) && !out[..a].iter().any(|t| {
                        matches!(
                            t.low.as_str(),
                            "don't" | "isn't" | "aren't" | "not" | "no" | "busy" | "haven't" | "can't" | "hardly"
                        )
                    })
                })
            };
            // ("count the till, er, tomorrow": not a till, the shop's.)
            let a_till = |k: usize| {
                out[k].low == "till"
                    && k > 0
                    && matches!(out[k - 1].low.as_str(), "the" | "a" | "my" | "our" | "their" | "shop")
            };
            let inside = comma_before
                && out.len().checked_sub(2).is_some_and(|k| {
                    PHRASE_OPENERS.contains(&out[k].low.as_str()) && !a_till(k)
                        // ("can we, uh, make it, um, Thursday afternoon instead": what it is made; "could
                        // it, uh, start an hour later": what it is asked to do.)
                        || out[k].low == "it"
                            && k > 0
                            && matches!(out[k - 1].low.as_str(), "make" | "making" | "could" | "can" | "would")
                        // ("can that, er, go in for, um, Thursday": what is asked of, after its modal.)
                        || out[k].low == "that"
                            && k > 0
                            && matches!(out[k - 1].low.as_str(), "could" | "can" | "would" | "will")
                        || matches!(out[k].low.as_str(), "except" | "excluding") && any_day_asked(k)
                        // ("Thursday or Friday, er, next week, …": a weekday and the week it is in,
                        // closing its phrase; not "Saturday, er, next week I'm away", a clause of
                        // its own.)
                        || super::dates::weekday(&out[k].low).is_some()
                            && chunks.get(n + 1).is_some_and(|c| c.eq_ignore_ascii_case("next"))
                            && chunks.get(n + 2).is_some_and(|c| {
                                let low = c.to_lowercase();
                                low.trim_end_matches([',', '.', '?', '!']) == "week"
                                    && (low != "week" || n + 3 == chunks.len())
                            })
                        // ("at, er, quarter to seven, uh, in the morning": the half of the day an hour
                        // spelled out is in; not "from 9, uh, in the morning to 4", a span's bound.)
                        || HOURS.contains(&out[k].low.as_str())
                            && chunks.get(n + 1).is_some_and(|c| c.eq_ignore_ascii_case("in"))
                            && chunks.get(n + 2).is_some_and(|c| c.eq_ignore_ascii_case("the"))
                            && chunks.get(n + 3).is_some_and(|c| {
                                matches!(
                                    c.trim_end_matches([',', '.', '?', '!']).to_lowercase().as_str(),
                                    "morning" | "afternoon" | "evening"
                                )
                            })
                        // ("get the harness certs, um, updated": what is to be done to the thing
                        // got, its participle after the pause; not "get groceries, um, wanted to
                        // also book …", a new clause's verb.)
                        || chunks.get(n + 1).is_some_and(|c| {
                            let low = c.trim_end_matches([',', '.', '?', '!']);
                            low.len() > 4
                                && low.ends_with("ed")
                                && low.chars().all(|c| c.is_ascii_lowercase())
                                && !matches!(low, "wanted" | "needed" | "hoped" | "decided" | "planned")
                        }) && !chunks.get(n + 2).is_some_and(|c| c.eq_ignore_ascii_case("to"))
                            && out[..k]
                            .iter()
                            .rev()
                            .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
                            .any(|t| matches!(t.low.as_str(), "get" | "got" | "getting" | "have"))
                });
            if inside {
                out.pop();
            }
            if comma_before {
                after.retain(|t| t.low != ",");
            }
            hesitated = true;
        } else if matches!(low.as_str(), "yeah" | "yep")
            && !chunk.ends_with([',', '.', '!', '?'])
            && out
                .last()
                .is_some_and(|t: &Token| !t.punct && t.low.chars().any(char::is_alphanumeric))
            && chunks.get(n + 1).is_some_and(|c| c.starts_with(char::is_lowercase))
        {
            // "… walking the racking for damage yeah just me doing a quick check": assent said
            // mid-sentence in dictation ends a phrase, as a comma would.
            out.push(Token::mark(','));
        } else if !word.is_empty() {
            // "tomorrows tennis", "todays 3pm": a day's possessive written without its apostrophe;
            // "whens the earliest", "wheres a gap": a question word's "'s" written the same way;
            // "move mondays standup": a weekday's, before what the meeting is (not "mondays and
            // thursdays", every Monday).
            let weekdays = matches!(
                low.as_str(),
                "mondays" | "tuesdays" | "wednesdays" | "thursdays" | "fridays" | "saturdays" | "sundays"
            );
            let weekdays_meeting = weekdays
                && chunks.get(n + 1).is_some_and(|next| {
                    matches!(
                        next.to_lowercase().trim_end_matches(['.', ',', '?', '!']),
                        "standup"
                            | "meeting"
                            | "call"
                            | "sync"
                            | "1:1"
                            | "appointment"
                            | "session"
                            | "review"
                            | "catchup"
                    )
                });
            // "kill thursdays 11:00": so after a verb that moves or cancels one, before its hour
            // (not "gym tuesdays 10am", every Tuesday).
            let weekdays_hour = weekdays
                && n > 0
                && matches!(
                    chunks[n - 1].to_lowercase().as_str(),
                    "kill"
                        | "cancel"
                        | "drop"
                        | "scrap"
                        | "axe"
                        | "nuke"
                        | "bin"
                        | "move"
                        | "shift"
                        | "push"
                        | "reschedule"
                )
                && chunks.get(n + 1).is_some_and(|next| {
                    let next = next.to_lowercase();
                    let next = next.trim_end_matches(['.', ',', '?', '!']);
                    next.starts_with(|c: char| c.is_ascii_digit())
                        && (next.contains(':') || next.ends_with("am") || next.ends_with("pm"))
                })
                && !every_one(&text);
            let bare_possessive = weekdays_meeting
                || weekdays_hour
                || matches!(low.as_str(), "tomorrows" | "todays" | "tmrws" | "whens" | "wheres");
            let possessive = bare_possessive || !is_email(word) && (word.ends_with("'s") || word.ends_with("'S"));
            let stripped = if bare_possessive {
                &word[..word.len() - 1]
            } else if possessive {
                &word[..word.len() - 2]
            } else {
                word
            };
            // "three quarters of hour": "of an hour", its article dropped as learners of English
            // drop it (not "half of hour", which is read as a whole hour either way).
            if stripped.eq_ignore_ascii_case("hour")
                && let [.., part, of] = out.as_slice()
                && of.low == "of"
                && matches!(part.low.as_str(), "quarters" | "quarter")
            {
                out.push(Token::word("an"));
            }
            // "in the calendar week 50": a week's number, not the calendar one books into.
            if stripped.eq_ignore_ascii_case("week")
                && chunks
                    .get(n + 1)
                    .is_some_and(|c| c.trim_end_matches([',', '.']).parse::<u32>().is_ok())
                && let Some(calendar) = out.last_mut().filter(|t| t.low == "calendar")
            {
                "kw".clone_into(&mut calendar.low);
            }
            // ("tonite", "2nite": as texted.)
            if ["tonight", "tonights", "tonite", "2nite"]
                .iter()
                .any(|word| stripped.eq_ignore_ascii_case(word))
            {
                // ("tonight's 6.30 squash": today's, as "today's 6.30" is.)
                let mut today = Token::word("today");
                today.possessive = possessive;
                out.push(today);
                out.push(Token::word("evening"));
            } else if stripped.eq_ignore_ascii_case("nightly") && nightly_habit(&chunks, n) {
                // "20 mins of yoga nightly": every night, how often (not "the nightly news", "the
                // backups that run nightly").
                out.push(Token::word("every"));
                out.push(Token::word("night"));
            } else if (stripped.eq_ignore_ascii_case("weeknight") || stripped.eq_ignore_ascii_case("weeknights"))
                && out
                    .last()
                    .is_some_and(|t: &Token| matches!(t.low.as_str(), "every" | "each" | "on" | "most" | "all"))
            {
                // "every weeknight", "on weeknights": the evenings of the working week, as how
                // often (not "book weeknight yoga Tuesday", "I work weeknights", a kind of thing).
                let plural = stripped.len() > "weeknight".len();
                out.push(Token::word(if plural { "weekdays" } else { "weekday" }));
                out.push(Token::word(if plural { "evenings" } else { "evening" }));
            } else if let Some(name) = name_then_will(stripped)
                .filter(|_| out.iter().any(|t: &Token| matches!(t.low.as_str(), "." | "!" | "?")))
            {
                // "… Isobel's got the flu an Jean'll no come on her own": a name and "will", the name
                // as written, in a sentence after the request's first (not "Ana'll confirm, but book
                // Tuesday 2pm with Ana and Bo", opening it).
                out.push(Token::word(name));
                out.push(Token::word("will"));
            } else if stripped.eq_ignore_ascii_case("night")
                && possessive
                && out.last().is_some_and(|t: &Token| t.low == "the")
                && clock_after(&chunks, n).is_some()
            {
                // "cancel the night's 8 o'clock": tonight's, as said in Glasgow, before its hour.
                out.pop();
                let mut today = Token::word("today");
                today.possessive = true;
                out.push(today);
                out.push(Token::word("evening"));
            } else if stripped.eq_ignore_ascii_case("post")
                && clock_after(&chunks, n).is_some_and(|end| {
                    // (The hour closing its phrase: not "post 9am standup notes", posting.)
                    chunks[end - 1].ends_with([',', '.', '?', '!'])
                        || chunks.get(end).is_none_or(|c| {
                            matches!(
                                c.trim_end_matches([',', '.']).to_lowercase().as_str(),
                                "only" | "pls" | "please" | "onwards" | "ist" | "today" | "tomorrow" | "on"
                            )
                        })
                })
            {
                // "post 1 PM only": after it, as India says it, before an hour.
                let mut after = Token::word("after");
                stripped.clone_into(&mut after.orig);
                out.push(after);
            } else if stripped == "an" && an_between_names(&out, chunks.get(n + 1).copied()) {
                // "wi the goalies, Liam an Archie", "Rab an Isa": "and", as Tyneside and Glasgow say
                // it, between two names in a list of those met.
                out.push(Token::word("and"));
            } else if (stripped.eq_ignore_ascii_case("morn") || stripped == "morra")
                && scots_tomorrow(&out, chunks.get(n + 1).copied())
            {
                // "wi Shona the morn at 10", "the morra at 11": tomorrow, as said in Scotland.
                out.pop();
                out.push(Token::word("tomorrow"));
            } else if stripped.eq_ignore_ascii_case("tomorrow") && out.last().is_some_and(|t: &Token| t.low == "next") {
                // "fixed for next tomorrow by 5pm": the day after tomorrow, as said in Nigeria.
                out.pop();
                for word in ["the", "day", "after", "tomorrow"] {
                    out.push(Token::word(word));
                }
            } else {
                let mut token = Token::word(stripped);
                // "to t'Sunday", "weeding t'leek bed": "the" joined to its word as Yorkshire says it,
                // matched as the word alone and kept as written.
                if let Some(word) = token
                    .low
                    .strip_prefix("t'")
                    .filter(|w| w.starts_with(char::is_alphabetic))
                {
                    token.low = word.to_owned();
                }
                // "at 15h30", "7 December, 16h30", "Thursday the 17th, 10h15": after "at", or after
                // a date and its comma.
                // (After an ordinal, only an hour of the working day: "the 3rd, 1h30 with Ana" is
                // a length.)
                let after_month =
                    out.len() > 1 && out[out.len() - 1].low == "," && MONTHS.contains(&out[out.len() - 2].low.as_str());
                let after_ordinal =
                    out.len() > 1 && out[out.len() - 1].low == "," && ordinal_day(&out[out.len() - 2].low);
                let working_hour = token
                    .low
                    .split_once('h')
                    .is_some_and(|(h, _)| h.parse::<u32>().is_ok_and(|h| h >= 7));
                if let Some(clock) = out
                    .last()
                    .filter(|t: &&Token| t.low == "at" || after_month || after_ordinal && working_hour)
                    .and_then(|_| french_clock(&token.low))
                {
                    // "at 15h30": a clock time as much of Europe writes it.
                    token.low = clock;
                } else if let Some(plain) = unstretched(&token.low).filter(|_| !is_email(word)) {
                    // "soooo", "pleeease": a letter held for effect.
                    token.low = plain;
                } else if let Some((_, meant)) = SPELLINGS
                    .iter()
                    .chain(UNSHOUTED_SPELLINGS.iter().filter(|_| {
                        // (Shouted where a request's verb stands: not "CALL WITH BK RE
                        // CONTRACT", someone's letters.)
                        shouted
                            && out.last().is_none_or(|t: &Token| {
                                t.punct || matches!(t.low.as_str(), "pls" | "please" | "you" | "u")
                            })
                            || !token.orig.chars().all(char::is_uppercase)
                    }))
                    .chain(LOWERCASE_SPELLINGS.iter().filter(|(written, _)| {
                        token.orig == *written
                            && out
                                .last()
                                .is_none_or(|t: &Token| matches!(t.low.as_str(), "." | "?" | "!"))
                    }))
                    .chain(
                        KIN_SPELLINGS
                            .iter()
                            .filter(|_| !(token.capitalised() && chunk.ends_with('.'))),
                    )
                    .chain(SCOTS_SPELLINGS.iter().filter(|(written, _)| {
                        let opens = || {
                            out.last()
                                .is_none_or(|t: &Token| matches!(t.low.as_str(), "." | "?" | "!"))
                        };
                        // (Before a day's name, "Whit" is Whitsun's: "Whit Monday".)
                        let before_a_day = || {
                            chunks.get(n + 1).is_some_and(|c| {
                                super::dates::weekday(&c.trim_end_matches([',', '.']).to_lowercase()).is_some()
                            })
                        };
                        let after =
                            |words: &[&str]| out.last().is_some_and(|t: &Token| words.contains(&t.low.as_str()));
                        // (The word itself first, so no other word pays for the checks after it.)
                        (token.orig == *written || *written == "whit" && token.orig == "Whit" && opens())
                            && match *written {
                                "whit" => !before_a_day(),
                                "o" => after(&["minutes", "mins", "minute", "hours", "hour", "hrs"]),
                                "tha" => after(&["can", "could", "will", "would", "do", "did", "if"]),
                                _ => true,
                            }
                    }))
                    .chain(CARIBBEAN_SPELLINGS.iter().filter(|(written, _)| {
                        token.orig == *written
                            && (*written != "doh"
                                || chunks
                                    .get(n + 1)
                                    .is_some_and(|c| c.starts_with(|l: char| l.is_lowercase())))
                    }))
                    .chain(WEST_COUNTRY_SPELLINGS.iter().filter(|(written, _)| {
                        token.orig == *written
                            && out.last().is_some_and(|t: &Token| {
                                matches!(
                                    t.low.as_str(),
                                    "shift"
                                        | "move"
                                        | "put"
                                        | "push"
                                        | "bring"
                                        | "cancel"
                                        | "book"
                                        | "change"
                                        | "stick"
                                )
                            })
                    }))
                    .chain(UNTIL_SPELLINGS.iter().filter(|(written, _)| {
                        token.low == *written && {
                            let hour = |w: &str| {
                                w.starts_with(|c: char| c.is_ascii_digit())
                                    || matches!(
                                        w,
                                        "half" | "noon" | "midday" | "midnight" | "late" | "lunch" | "lunchtime"
                                    )
                            };
                            out.last().is_some_and(|t: &Token| {
                                t.low.starts_with(|c: char| c.is_ascii_digit())
                                    || matches!(t.low.as_str(), "am" | "pm" | "noon" | "midday")
                            }) || chunks.get(n + 1).is_some_and(|c| hour(&c.to_lowercase()))
                        }
                    }))
                    .chain(ROOM_SPELLINGS.iter().filter(|(written, _)| {
                        token.orig == *written
                            && chunks.get(n + 1).is_some_and(|c| {
                                let c = c.trim_end_matches([',', '.']);
                                let lower = c.to_lowercase();
                                c.chars().count() == 1 && c.chars().all(char::is_alphabetic)
                                    // ("rm 4", "rm 12B": a room's number, not "w/ rm 3pm".)
                                    || c.starts_with(|d: char| d.is_ascii_digit())
                                        && c.chars().count() <= 4
                                        && c.chars().all(char::is_alphanumeric)
                                        && !lower.ends_with("am")
                                        && !lower.ends_with("pm")
                            })
                    }))
                    .chain(ASKED_FREE_SPELLINGS.iter().filter(|(written, _)| {
                        token.orig == *written
                            && out.len() >= 2
                            && matches!(out[out.len() - 2].low.as_str(), "when" | "is" | "are")
                    }))
                    .chain(
                        VERB_SPELLINGS
                            .iter()
                            .chain(
                                LOWERCASE_VERB_SPELLINGS
                                    .iter()
                                    .filter(|(written, _)| token.orig == *written),
                            )
                            // ("gusts forecast 🌬 cncl the 8am …": or after a picture closing a clause,
                            // before the meeting it calls off; not "📌 cncl policy is 24h notice",
                            // "😬 cncl, can we find another slot", a word of its own.)
                            // (The word itself first, so no other word pays for the checks after it.)
                            .filter(|(written, _)| token.low == *written)
                            .filter(|_| {
                                let picture = |t: &Token| {
                                    !t.punct && !t.low.is_empty() && !t.low.chars().any(char::is_alphanumeric)
                                };
                                let meeting_next = chunks.get(n + 1).is_some_and(|c| {
                                    let c = c.to_lowercase();
                                    matches!(
                                        c.as_str(),
                                        "the" | "my" | "our" | "tmrw" | "tomorrow" | "tonight" | "today"
                                    ) || c.starts_with(|d: char| d.is_ascii_digit())
                                        || super::dates::weekday(c.trim_end_matches([',', '.']).trim_end_matches("'s"))
                                            .is_some()
                                });
                                (token.low != "setup" || sets_up_a_meeting(&chunks, n))
                                    && out.last().is_none_or(|t: &Token| {
                                        matches!(
                                            t.low.as_str(),
                                            "." | "?" | "!" | "," | "pls" | "please" | "u" | "you" | "kindly"
                                        ) || picture(t) && meeting_next
                                    })
                            }),
                    )
                    .find(|(written, _)| token.low == *written)
                {
                    (*meant).clone_into(&mut token.low);
                } else if let Some(meant) = near_miss(&token.low).filter(|_| {
                    // "SUNDRY CARNIVAL EFFECTS": a word of its own, one slip from a day, unless a
                    // day is led to ("on sundry at 1").
                    token.low != "sundry"
                        || out.last().is_some_and(|t: &Token| {
                            matches!(
                                t.low.as_str(),
                                "on" | "this" | "next" | "every" | "by" | "until" | "till" | "from"
                            )
                        })
                }) {
                    meant.clone_into(&mut token.low);
                }
                // "my, uh, my thing": a word said again after a pause is said once.
                let said_again = after_pause && out.last().is_some_and(|t: &Token| !t.punct && t.low == token.low);
                if !said_again {
                    out.push(Token { possessive, ..token });
                }
            }
        }
        if chunk.ends_with('\'') {
            quoting = false;
        }
        // "between 8. and 10. December": a day written with an ordinal's full stop, as German
        // writes it, before the sentence goes on.
        let month_next = chunks
            .get(n + 1)
            .is_some_and(|next| MONTHS.contains(&next.trim_end_matches([',', '.']).to_lowercase().as_str()));
        // Before a month, or a word joining it to the next day ("8. and 10. December").
        let joined = chunks.get(n + 1).is_some_and(|next| {
            matches!(
                next.to_lowercase().as_str(),
                "and" | "to" | "-" | "until" | "till" | "or" | "bis"
            )
        });
        let ordinal_stop = (month_next || joined)
            && after.len() == 1
            && after[0].low == "."
            && !word.is_empty()
            && word.len() <= 2
            && word.chars().all(|c| c.is_ascii_digit());
        if ordinal_stop {
            after.clear();
        }
        out.extend(after.into_iter().rev());
    }
    without_stutter(join_spelled_numbers(out))
}

/// "20 mins of yoga nightly": "nightly" at `n` ending a short request that says how long and names
/// no day, verb of arranging or price (not "Set up 1h with Ana on Monday … fail nightly", "it's
/// €120 nightly").
fn nightly_habit(chunks: &[&str], n: usize) -> bool {
    let low = |c: &str| c.trim_end_matches(['.', ',', '?', '!']).to_lowercase();
    let long = |c: &str| {
        let c = low(c);
        matches!(c.as_str(), "min" | "mins" | "minutes" | "hour" | "hours" | "hr" | "hrs")
            || c.starts_with(|ch: char| ch.is_ascii_digit())
                && (c.ends_with("min") || c.ends_with("mins") || c.ends_with('h'))
    };
    let arranged = |c: &str| {
        let c = low(c);
        super::dates::weekday(&c).is_some()
            || matches!(
                c.as_str(),
                "today" | "tomorrow" | "book" | "set" | "schedule" | "find" | "meet" | "move" | "cancel" | "with"
            )
            || c.contains(['€', '$', '£'])
    };
    n + 1 == chunks.len() && n < 8 && chunks[..n].iter().any(|c| long(c)) && !chunks[..n].iter().any(|c| arranged(c))
}

/// Small words said twice in a row in dictation ("cancel the the dentist", "with with Ana"), said
/// once.
const STUTTERED: &[&str] = &["the", "a", "an", "to", "on", "at", "with", "for", "i", "my", "and"];

/// The tokens with a small word said twice in a row ([`STUTTERED`]) kept once.
fn without_stutter(toks: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    for t in toks {
        if STUTTERED.contains(&t.low.as_str()) && out.last().is_some_and(|last| last.low == t.low && !last.punct) {
            continue;
        }
        out.push(t);
    }
    out
}

/// "14–18 December": a dash between digits is a hyphen, however it was typed; two dots between
/// digits ("2026-12-15..2026-12-17") are "to".
fn digit_ranges(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let dashed: String = chars
        .iter()
        .enumerate()
        .map(|(k, &c)| {
            if !matches!(c, '\u{2013}' | '\u{2014}' | '~') {
                return c.to_string();
            }
            let digit_at = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
            let letter_at = |j: usize| chars.get(j).is_some_and(|c| c.is_alphabetic());
            let between_digits = k > 0 && digit_at(k - 1) && digit_at(k + 1);
            // ("mon 30/11–wed 2/12": an unspaced dash between a date and a day's name parts them as
            // a spaced one does.)
            // (The word the dash closes and the one it opens: "7th", "wed"; "7am", "10am".)
            let word_before: String = chars[..k]
                .iter()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<String>()
                .to_lowercase();
            let word_after: String = chars[k + 1..]
                .iter()
                .take_while(|c| c.is_alphanumeric())
                .collect::<String>()
                .to_lowercase();
            // ("mon 7th–wed 9th": or after a day of the month's ordinal, before a day's or a month's
            // name; not "5th–floor", "1st–time buyers", "3rd—actually".)
            let ordinal_before = ordinal_day(&word_before)
                && (super::dates::weekday(&word_after).is_some()
                    || super::dates::month(&word_after).is_some()
                    || matches!(word_after.as_str(), "sat" | "sun"));
            let between_date_and_day = k > 0
                && (digit_at(k - 1) && letter_at(k + 1)
                    || letter_at(k - 1) && digit_at(k + 1)
                    || ordinal_before && letter_at(k + 1));
            // ("7am–10am": or between two hours, the first with its "am" or "pm", as "7am-10am".)
            let after_hour = digit_at(k + 1)
                && word_before.starts_with(|c: char| c.is_ascii_digit())
                && (word_before.ends_with("am") || word_before.ends_with("pm"));
            // ("14th–16th dec": or between two days of the month, both ordinals, as "14th-16th"; not
            // "Wednesday 3rd–4pm", "12th—7pm", a day and its hour.)
            let between_ordinals = ordinal_day(&word_before) && ordinal_day(&word_after);
            match c {
                // ("11:00~12:30": a tilde between two hours joins them as a dash does, as Korea
                // and Japan write a range.)
                '~' if between_digits => "-".to_owned(),
                '\u{2013}' | '\u{2014}' if between_digits || after_hour || between_ordinals => "-".to_owned(),
                '\u{2013}' | '\u{2014}' if between_date_and_day => format!(" {c} "),
                _ => c.to_string(),
            }
        })
        .collect();
    // "13:00-15:15": two clock times joined by a hyphen, a range, spaced as "13:00 - 15:15" is.
    let chars: Vec<char> = dashed.chars().collect();
    let clock_before = |k: usize| {
        k >= 4
            && chars[k - 3] == ':'
            && chars[k - 1].is_ascii_digit()
            && chars[k - 2].is_ascii_digit()
            && chars[k - 4].is_ascii_digit()
    };
    // (The end after the start: not "23:00-01:00", a night that crosses midnight, kept as written.)
    let hour_at = |from: usize| -> Option<u32> {
        let hour: String = chars[from..].iter().take_while(|c| c.is_ascii_digit()).collect();
        let minute: String = chars[from + hour.len() + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        Some(hour.parse::<u32>().ok()? * 60 + minute.parse::<u32>().ok()?)
    };
    let clock_after = |k: usize| {
        let digits = chars[k + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        let start = (0..k)
            .rev()
            .take_while(|&j| chars[j].is_ascii_digit() || chars[j] == ':')
            .last();
        (1..=2).contains(&digits)
            && chars.get(k + 1 + digits) == Some(&':')
            && start.and_then(hour_at).zip(hour_at(k + 1)).is_some_and(|(a, b)| b > a)
    };
    // ("2-5pm", "9am-12pm": or hours joined by a hyphen, the end with am or pm; not "9-10:30",
    // kept as written.)
    let meridiem_range = |k: usize| {
        let start = (0..k)
            .rev()
            .take_while(|&j| !chars[j].is_whitespace())
            .last()
            .unwrap_or(k);
        let end = (k + 1..chars.len())
            .find(|&j| !(chars[j].is_ascii_alphanumeric() || chars[j] == ':'))
            .unwrap_or(chars.len());
        let before: String = chars[start..k].iter().collect();
        let after: String = chars[k + 1..end].iter().collect();
        // Minutes past midnight of a clock time of 1 to 12, its am or pm given or else `pm`.
        let minutes = |s: &str, pm: bool| -> Option<u32> {
            let (bare, pm) = match (s.strip_suffix("am"), s.strip_suffix("pm")) {
                (Some(bare), _) => (bare, false),
                (_, Some(bare)) => (bare, true),
                _ => (s, pm),
            };
            let (h, m) = bare.split_once(':').unwrap_or((bare, "00"));
            let h = h.parse::<u32>().ok().filter(|h| (1..=12).contains(h))?;
            let m = m.parse::<u32>().ok().filter(|m| *m < 60 && m.to_string().len() <= 2)?;
            Some((h % 12 + if pm { 12 } else { 0 }) * 60 + m)
        };
        let (before, after) = (before.to_ascii_lowercase(), after.to_ascii_lowercase());
        let end_pm = after.ends_with("pm");
        // (The end after the start, the start taking the end's am or pm, or the morning's: not
        // "10pm-2am", "7pm-7am", a night across midnight, kept as written.)
        let increasing = minutes(&after, end_pm).is_some_and(|end| {
            minutes(&before, end_pm).is_some_and(|start| start < end)
                || !before.ends_with("am")
                    && !before.ends_with("pm")
                    && minutes(&before, false).is_some_and(|start| start < end)
        });
        k > 0 && (after.ends_with("am") || end_pm) && increasing
    };
    // ("mon 14th-thu 17th": or a day of the month joined to the weekday that closes the span.)
    let ordinal_to_weekday = |k: usize| {
        let suffix: String = chars[k.saturating_sub(2)..k]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        let day: String = chars[k + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        // (A weekday before the day of the month too: not "every 2nd-tue of the month".)
        let ordinal_start = (0..k)
            .rev()
            .take_while(|&j| chars[j].is_ascii_alphanumeric())
            .last()
            .unwrap_or(k);
        let before: String = chars[..ordinal_start]
            .iter()
            .rev()
            .skip_while(|c| c.is_whitespace())
            .take_while(|c| c.is_ascii_alphabetic())
            .collect::<String>()
            .chars()
            .rev()
            .collect::<String>()
            .to_ascii_lowercase();
        let a_day = |word: &str| super::dates::weekday(word).is_some() || matches!(word, "sat" | "sun");
        k >= 3
            && chars[k - 3].is_ascii_digit()
            && matches!(suffix.as_str(), "st" | "nd" | "rd" | "th")
            && a_day(&day)
            && a_day(&before)
    };
    let dashed: String = chars
        .iter()
        .enumerate()
        .map(|(k, &c)| {
            if c == '-' && (clock_before(k) && clock_after(k) || meridiem_range(k) || ordinal_to_weekday(k)) {
                " - ".to_owned()
            } else {
                c.to_string()
            }
        })
        .collect();
    // "2026-12-15..2026-12-17": two dates joined by two dots, as a range is written in code, run
    // from one to the other.
    let chars: Vec<char> = dashed.chars().collect();
    let mut out = String::with_capacity(dashed.len());
    let mut k = 0;
    while k < chars.len() {
        let joined = chars[k] == '.'
            && chars.get(k + 1) == Some(&'.')
            && k > 0
            && chars[k - 1].is_ascii_digit()
            && chars.get(k + 2).is_some_and(char::is_ascii_digit);
        if joined {
            out.push_str(" to ");
            k += 2;
        } else {
            out.push(chars[k]);
            k += 1;
        }
    }
    out
}

/// The months' full names, lowercase.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `9.12.` or `17.12.2026` (day, month, year with dots): the words of that date ("9 december").
fn dotted_date(chunk: &str) -> Option<Vec<Token>> {
    let body = chunk.strip_suffix(".,").or_else(|| chunk.strip_suffix('.'))?;
    let mut parts = body.split('.');
    let day: u32 = parts.next()?.parse().ok()?;
    let month: usize = parts.next()?.parse().ok()?;
    let year = parts
        .next()
        .filter(|y| y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()));
    if parts.next().is_some() || !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    let mut words = vec![Token::word(&day.to_string()), Token::word(MONTHS[month - 1])];
    words.extend(year.map(Token::word));
    Some(words)
}

/// "17th", "1st", "22nd", "3rd": a day of the month written as an ordinal.
fn ordinal_day(low: &str) -> bool {
    ["st", "nd", "rd", "th"].iter().any(|end| {
        low.strip_suffix(end)
            .is_some_and(|n| (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()))
    })
}

/// `15h30` as `15:30`, `7h30` as `07:30`: hours and minutes joined by "h", on the 24-hour clock.
fn french_clock(low: &str) -> Option<String> {
    let (h, m) = low.split_once('h')?;
    if h.is_empty() || m.len() != 2 {
        return None;
    }
    let hour = h.parse::<u32>().ok().filter(|h| *h < 24)?;
    let minute = m.parse::<u32>().ok().filter(|m| *m < 60)?;
    // ("7h30" a morning hour; "6h30 after work", "3h15" left to be read as the afternoon's, as
    // a bare hour is.)
    Some(if hour >= 7 {
        format!("{hour:02}:{minute:02}")
    } else {
        format!("{hour}:{minute:02}")
    })
}

/// Words long enough that one slip of the keyboard cannot make another word of them: day names,
/// parts of day, "schedule" ("scheudle"), "reschedule" and "committee".
// ("reschedule" before "schedule": "rschedule" is the one a letter short.)
const SLIP_PROOF: &[&str] = &[
    "reschedule",
    "schedule",
    "committee",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "morning",
    "afternoon",
    "evening",
];

/// "wendesday", "thrusday", "mornnig": a word one slip (a letter swapped with the next, left out,
/// added or mistyped) away from a day name or a part of day, read as it — two slips from a word of
/// ten letters or more, of about its length ("resceduel") —; not the word with an ending ("fridays", "mornings",
/// "rescheduled"), which the parser reads on its own.
fn near_miss(low: &str) -> Option<&'static str> {
    if low.len() < 6 || SLIP_PROOF.contains(&low) {
        return None;
    }
    SLIP_PROOF
        .iter()
        .find(|word| {
            // Never by two letters added or left out ("schedule" is no "reschedule").
            let slips = if word.len() >= 10 && low.len().abs_diff(word.len()) < 2 {
                2
            } else {
                1
            };
            !low.starts_with(**word) && within_slips(low.as_bytes(), word.as_bytes(), slips)
        })
        .copied()
}

/// True when `a` and `b` differ by at most `slips` swaps of neighbours, letters left out or
/// added, or letters mistyped before the last (a different last letter makes names: "Sundar",
/// "Fridah").
fn within_slips(a: &[u8], b: &[u8], slips: u8) -> bool {
    let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[common..], &b[common..]);
    if a.is_empty() && b.is_empty() {
        return true;
    }
    let Some(left) = slips.checked_sub(1) else {
        return false;
    };
    let both = a.len() >= 2 && b.len() >= 2;
    both && within_slips(&a[1..], &b[1..], left)
        || both && a[0] == b[1] && a[1] == b[0] && within_slips(&a[2..], &b[2..], left)
        || !a.is_empty() && within_slips(&a[1..], b, left)
        || !b.is_empty() && within_slips(a, &b[1..], left)
}

/// Words a phrase cannot end on ("at", "with", "my", "the"): a pause after one is inside the
/// phrase.
/// So are words that lead on to what follows ("Don't, er, put it in", "could you, um, find").
const PHRASE_OPENERS: &[&str] = &[
    "at", "with", "my", "the", "to", "on", "about", "a", "an", "of", "for", "in", "from", "by", "your", "our", "his",
    "her", "their", "don't", "dont", "not", "i", "i'll", "i'm", "we", "you", "could", "can", "would", "will", "should",
    "and", "but", "just", "please", // "um book, uh, the plumber": a request's verb before its object.
    "book", "move", "cancel", "schedule", "find", "put", "add", "set",
    // "um what's, uh, on for me tomorrow": a question's opening.
    "what's", "whats", "what",
    // "any time after, um, eight in the evening", "from eight till, er, half eleven": a bound's
    // word before its hour.
    "after", "before", "until", "till",    // "between, um, ten and two": a span's word before its hours.
    "between", // "I need, like, an hour to …": what is needed, after its verb.
    "need", "needs", // "push it back, er, an hour": the way moved, before how far.
    "back", "forward", // "any, um, weekday evening": a choice's word before what may be chosen.
    "any",     // "what have I got this, uh, afternoon": a day's or week's word before which (not "Next,
    // um, book lunch", then).
    "this",
];

/// Pauses of dictated speech, dropped, however many letters they are drawn out to: "um", "uhm",
/// "ummm", "uh", "er", "erm", "ehm", "hmm" (not "u" or "em", which are "you" and "them").
fn hesitation(low: &str) -> bool {
    let mut squeezed = String::new();
    for c in low.chars() {
        if !squeezed.ends_with(c) {
            squeezed.push(c);
        }
    }
    matches!(squeezed.as_str(), "um" | "uh" | "uhm" | "er" | "erm" | "ehm" | "hm")
}

/// "forty five" is read as "forty-five" (minutes, or "twenty first" as a day), and "i ned" as
/// "i need".
fn join_spelled_numbers(toks: Vec<Token>) -> Vec<Token> {
    const TENS: &[&str] = &["twenty", "thirty", "forty", "fifty"];
    const UNITS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "first", "second", "third", "fourth",
        "fifth", "sixth", "seventh", "eighth", "ninth",
    ];
    let mut out: Vec<Token> = Vec::with_capacity(toks.len());
    for mut t in toks {
        // "i ned to": a typo after a subject, where "Ned" would be a name.
        if t.orig == "ned"
            && out
                .last()
                .is_some_and(|p: &Token| matches!(p.low.as_str(), "i" | "we" | "you"))
        {
            "need".clone_into(&mut t.low);
        }
        if let Some(prev) = out.last_mut()
            && TENS.contains(&prev.low.as_str())
            && !prev.punct
            && UNITS.contains(&t.low.as_str())
        {
            prev.low = format!("{}-{}", prev.low, t.low);
            prev.orig = format!("{} {}", prev.orig, t.orig);
            continue;
        }
        out.push(t);
    }
    out
}

/// A plain `local@domain.tld` address (no quoting, no IP literals).
pub(crate) fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.chars().all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.chars().all(|c| c.is_alphanumeric() || ".-".contains(c))
}

/// A cardinal number written in digits or as an English word ("three", "1.5").
pub(crate) fn number(low: &str) -> Option<f64> {
    if let Ok(n) = low.parse::<f64>() {
        return n.is_finite().then_some(n);
    }
    // "2,5 hours": a decimal comma, as much of Europe writes it (one or two digits after it, not
    // a thousands separator).
    if let Some((whole, part)) = low.split_once(',')
        && !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && (1..=2).contains(&part.len())
        && part.chars().all(|c| c.is_ascii_digit())
        && let Ok(n) = format!("{whole}.{part}").parse::<f64>()
    {
        return Some(n);
    }
    let n = match low {
        "a" | "an" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "fifteen" => 15.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        // "approximately seventy-five minutes".
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return compound(low),
    };
    Some(n)
}

/// A whole number from `min` to `max`, in digits or words.
pub(crate) fn whole(low: &str, min: u32, max: u32) -> Option<u32> {
    let n = number(low).filter(|n| n.fract() == 0.0 && (f64::from(min)..=f64::from(max)).contains(n))?;
    // Checked above: a whole number within `min..=max`.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Some(n as u32)
}

/// `twenty-five`, `thirty-five`: tens and units joined by a hyphen.
fn compound(low: &str) -> Option<f64> {
    let (tens, units) = low.split_once('-')?;
    let tens = number(tens).filter(|t| *t >= 20.0 && t % 10.0 == 0.0)?;
    let units = number(units).filter(|u| (1.0..=9.0).contains(u) && !matches!(units, "a" | "an"))?;
    Some(tens + units)
}

/// `a couple of`, `a few`, `couple`: the tokens taken and the count they stand for.
pub(crate) fn quantity(toks: &[Token], i: usize) -> Option<(usize, u64)> {
    let a = usize::from(toks.get(i)?.low == "a");
    let n = match toks.get(i + a)?.low.as_str() {
        "couple" => 2,
        "few" => 3,
        _ => return None,
    };
    let of = usize::from(starts_with(toks, i + a + 1, &["of"]));
    Some((a + 1 + of, n))
}

/// The request's sentences, each ending with its ".", "?" or "!" (the last perhaps with none),
/// those with no word left out.
pub(crate) fn sentences(toks: &[Token]) -> Vec<std::ops::Range<usize>> {
    let ends = (0..toks.len())
        .filter(|&k| matches!(toks[k].low.as_str(), "." | "?" | "!"))
        .map(|k| k + 1)
        .chain(std::iter::once(toks.len()));
    let mut start = 0;
    let mut out = Vec::new();
    for end in ends {
        if toks[start..end].iter().any(|t| !t.punct) {
            out.push(start..end);
        }
        start = end;
    }
    out
}

/// The indices of the sentence `i` is in (one of [`sentences`]).
pub(crate) fn sentence_of(toks: &[Token], i: usize) -> std::ops::Range<usize> {
    sentences(toks)
        .into_iter()
        .find(|sentence| sentence.contains(&i))
        .unwrap_or(i..i + 1)
}

/// "the install at 14 Amselweg", "at 3 Park Lane on Monday at 10": the number at `i` is a house's,
/// before the name of its street (a German street's ending, or an English street's last word
/// after it), not an hour (not "meet Ana at 3 Bo can join", "meet Jonas at 10 Marktplatz
/// tomorrow", "lunch at 1 Russell Square", squares where people meet).
pub(crate) fn house_number_at(toks: &[Token], i: usize) -> bool {
    const ENDINGS: &[&str] = &["weg", "straße", "strasse", "str", "gasse", "allee"];
    const STREETS: &[&str] = &[
        "street", "road", "lane", "avenue", "close", "drive", "crescent", "terrace", "row", "rd", "ave", "mews", "way",
        // "at 3 Ferry Wynd": a lane, in Scotland.
        "wynd",
    ];
    let numbered = toks.get(i).is_some_and(|t| {
        let digits = t.low.trim_end_matches(|c: char| c.is_ascii_lowercase());
        !digits.is_empty()
            && digits.len() <= 4
            && digits.chars().all(|c| c.is_ascii_digit())
            && t.low.len() <= digits.len() + 1
    });
    // ("book survey at 22 Linnet Way w/ …": a "Way" only before its comma, the end or who or
    // what for; not "lunch at 2 Milky Way", "at 9 My Way Bar", "at 1 Sam Way can come too".)
    let way_ends = |k: usize| {
        toks.get(k)
            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "w/" | "with" | "for" | "to"))
            && toks.get(k - 2).is_some_and(|t| t.low != "milky")
    };
    let street = toks.get(i + 1).is_some_and(|t| {
        t.capitalised()
            && !t.punct
            && (ENDINGS.iter().any(|e| t.low.len() > e.len() + 2 && t.low.ends_with(e))
                || toks.get(i + 2).is_some_and(|n| {
                    n.capitalised() && STREETS.contains(&n.low.as_str()) && (n.low != "way" || way_ends(i + 3))
                }))
    });
    numbered && street
}

/// Words saying a meeting stands fixed for a day ("…, listed for Wednesday 2 December, …").
pub(crate) const STANDS_FIXED: &[&str] = &[
    "fixed",
    "listed",
    "booked",
    "scheduled",
    "set",
    "planned",
    "arranged",
    "pencilled",
    "penciled",
    "slated",
];

/// True when `toks[i..]` starts with the lowercase words of `phrase`.
pub(crate) fn starts_with(toks: &[Token], i: usize, phrase: &[&str]) -> bool {
    toks.len() >= i + phrase.len() && phrase.iter().enumerate().all(|(k, w)| toks[i + k].low == *w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_possessives_split_off() {
        let t = tokenize("Move Friday's sync, please?");
        let low: Vec<_> = t.iter().map(|t| t.low.as_str()).collect();
        assert_eq!(low, ["move", "friday", "sync", ",", "please", "?"]);
    }

    #[test]
    fn emails_survive_tokenising() {
        let t = tokenize("with ana@x.com.");
        assert_eq!(t[1].orig, "ana@x.com");
        assert!(t[1].is_email());
        assert!(!is_email("@x.com"));
        assert!(!is_email("ana@x"));
        assert!(is_email("ana.silva+cal@example.co.uk"));
    }

    #[test]
    fn clock_times_keep_their_colon() {
        let t = tokenize("task: at 15:30");
        let low: Vec<_> = t.iter().map(|t| t.low.as_str()).collect();
        assert_eq!(low, ["task", ":", "at", "15:30"]);
    }

    #[test]
    fn drawn_out_pauses_are_pauses() {
        for pause in [
            "um", "umm", "uhm", "uhmm", "uh", "uhh", "er", "erm", "ehm", "hm", "hmmm",
        ] {
            assert!(hesitation(pause), "{pause}");
        }
        for word in [
            "u", "em", "eh", "e", "h", "us", "ur", "her", "hum", "umbrella", "errand", "hey",
        ] {
            assert!(!hesitation(word), "{word}");
        }
    }
}
