//! The words that tell people from other words: what is never a name, what introduces or
//! follows a list of people, what ends a message.

/// Capitalised words that are not names (besides weekdays and months).
pub(super) const NOT_NAMES: &[&str] = &[
    "i", "i'd", "i'm", "i'll", "i've", "am", "can", "could", "would", "please", "what", "when", "how", "are", "do",
    "is", "find", "book", "set", "move", "cancel", "remind", "add", "schedule", "show", "any", "and", "the", "my", "a",
    "an", "hi", "hello", "thanks", "thank", "cheers", "regards", "best", "many", "ta", "dear", "let", "ok", "okay",
    "we", "you", "me", "it", "new", "task", "habit", "todo",
];

pub(super) const HONORIFICS: &[&str] = &["dr", "mr", "mrs", "ms", "prof"];

/// Words a request may open with that say what the meeting is, not who it is with ("Lunch
/// tomorrow, 1h").
pub(super) const MEETING_NOUNS: &[&str] = &[
    "lunch",
    "coffee",
    "breakfast",
    "dinner",
    "drinks",
    "call",
    "sync",
    "meeting",
    "chat",
    "standup",
    "interview",
    "demo",
    "review",
    "intro",
    "session",
    "workshop",
    "catch-up",
    "catchup",
    "quick",
    "urgent",
    "asap",
    "next",
    "this",
];

/// Words after a name that make it the subject of the request ("Marco can't make it", "Sarah
/// wants 15 minutes").
pub(super) const SUBJECT_VERBS: &[&str] = &[
    "can't", "cannot", "can", "won't", "wants", "needs", "asked", "would", "will", "is", "has", "says", "and", ",",
];

/// Nouns that end the name of a group of people.
pub(crate) const GROUP_WORDS: &[&str] = &[
    "team",
    "group",
    "squad",
    "crew",
    "committee",
    "board",
    "office",
    "hq",
    "folks",
    "hires",
    "people",
];

/// Lowercase words inside a family name.
pub(super) const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "ter", "bin", "al", "dos",
];

/// Lowercase words after "with" that are not someone's name.
pub(super) const NOT_PEOPLE: &[&str] = &[
    "me",
    "us",
    "they",
    "he",
    "she",
    "there",
    "you",
    "him",
    "her",
    "them",
    "it",
    "my",
    "your",
    "our",
    "his",
    "their",
    "the",
    "a",
    "an",
    "this",
    "that",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "all",
    "both",
    "people",
    "others",
    "and",
    "or",
    "no",
    "some",
    "any",
    "up",
    "again",
    "later",
    "soon",
    "halfway",
    "of",
];

/// Words that may follow a lowercase name after "with".
pub(super) const AFTER_NAME: &[&str] = &[
    "and",
    "or",
    "on",
    "at",
    "for",
    "in",
    "about",
    "to",
    "from",
    "before",
    "after",
    "around",
    "by",
    "sometime",
    "this",
    "next",
    "re",
    "regarding",
    "over",
    "off",
    "a",
    "an",
    "anymore",
    "too",
    "instead",
    "please",
    "if",
    "when",
    "but",
    "so",
    "then",
    "again",
];

/// Verbs whose object is someone to meet ("pencil ana in", "send bo an invite"): a lowercase
/// word after them may be a name, as after "with".
pub(super) const PERSON_VERBS: &[&str] = &["pencil", "send", "invite", "ping", "owe", "slot", "squeeze", "fit"];

/// Words after which people may be asked about ("whether kai could …", "is hendrik free").
pub(super) const SUBJECT_LEADS: &[&str] = &["whether", "if", "is", "are", "can", "could"];

/// Words after a list of people that make it the subject of a question about them.
pub(super) const SUBJECT_FOLLOWERS: &[&str] = &[
    "could",
    "can",
    "would",
    "will",
    "is",
    "are",
    "has",
    "have",
    "free",
    "available",
    "around",
    "both",
    "all",
    "able",
];

/// Words that close a message; what follows them is a signature ("Best regards, Julian").
pub(super) const SIGN_OFFS: &[&str] = &[
    "regards",
    "cheers",
    "thanks",
    "thank",
    "ta",
    "best",
    "sincerely",
    "yours",
    "many",
];
