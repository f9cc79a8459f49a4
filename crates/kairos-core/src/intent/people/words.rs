//! The words that tell people from other words: what is never a name, what introduces or
//! follows a list of people, what ends a message.

/// Capitalised words that are not names (besides weekdays and months).
pub(super) const NOT_NAMES: &[&str] = &[
    // An e-mail's subject line ("Re: lease dispute"), its boilerplate, and the chat and video
    // tools people are reached on ("ping them on Slack").
    "re",
    "dear",
    // "Sir or Madam, I beg leave to write …": a letter's salutation.
    "madam",
    // "Preamble: we, the people": a constitution's opening; "Rules: no instruments", "Results
    // will be pinned to the noticeboard": a list's headings.
    "preamble",
    "rules",
    "results",
    // "when shes available": "she's" written without its apostrophe.
    "shes",
    "hes",
    // "Nobody wants cassettes any more": no one in particular.
    "nobody",
    "somebody",
    "anybody",
    "everybody",
    // "Someone's asked me to judge the karaoke night": no one in particular either.
    "someone",
    "anyone",
    "everyone",
    "assistant",
    "for",
    // "Ladies and gentlemen, do I hear a bid": an audience hailed; "Hark, good assistant!": a
    // call to listen.
    "ladies",
    "gentlemen",
    "hark",
    // "JazakAllah khair": a blessing, no one met.
    "jazakallah",
    // "Estimate two hours.", "Allow ninety minutes.": a length reckoned, said as an order.
    "estimate",
    "allow",
    // "Quite right, for once": an adverb; "Sometime next week but not Tuesday": when.
    "quite",
    "sometime",
    // "Forecast says gales.": a forecast, no one.
    "forecast",
    // "Football's a funny old game.": a game.
    "football",
    // "Ahoy, matey!", "Howdy, partner.": a hail.
    "ahoy",
    "howdy",
    // "Heater's wheezin'", "Overhead, the sails go creak", "Outside, the brass band plays on",
    // "Terms and conditions apply.": a thing, where, and small print.
    "heater",
    "overhead",
    "outside",
    "terms",
    // "Enter WALL: that is me", "Exit LION, pursued": a stage direction.
    "enter",
    "exit",
    "exeunt",
    // "If, like me, you are …", "Another has landed in the duck pond.": words that open a clause
    // or stand for a thing.
    "if",
    "another",
    // "Overall: could do better": a verdict summed up.
    "overall",
    // "PROBLEM: User's team-mates … have let go.": whoever uses a thing, no one named.
    "user",
    // "Listeners, you'll hear a squelch.": an audience hailed.
    "listeners",
    "viewers",
    // "Such is life", "Below, the pavement is very small": no one, and where.
    "such",
    "below",
    // "Funding: None;": no one; "Item: any other business.": a heading.
    "none",
    "item",
    // "Next is my turn", "Smoke is curling up", "Put it in my calendar" after a telegram's STOP.
    "next",
    "smoke",
    "put",
    // "SEND THEM THE INVITE!": those invited, shouted; "Her 11:00 on Tuesday …", someone's
    // "Fwd: re: can we meet …": an e-mail forwarded, "fwd" read as "forward".
    "forward",
    // meeting opening a sentence ("His 9:30 on Monday …" too).
    "them",
    "him",
    "her",
    "his",
    "their",
    // Greetings in other languages ("Guten Morgen!", "Bonjour,").
    "guten",
    "morgen",
    "bonjour",
    "hola",
    "hallo",
    "ciao",
    "due",
    // "Owing to a delivery clash, please move …": a reason given, as "Due to" is; "Because of a
    // court listing I need to move …" and "Further to our conversation, …" too.
    "owing",
    "because",
    "further",
    // "Our volunteer coordinators, Ms. Zeynep Arslan and …": one's own, no one.
    "our",
    // "ah shoot um can you cancel …": a mild curse, no one.
    "shoot",
    "where",
    "why",
    "who",
    "fwd",
    "fw",
    "subject",
    "privileged",
    "confidential",
    "slack",
    "zoom",
    "skype",
    "whatsapp",
    "webex",
    "discord",
    // What is asked for, opening a sentence ("Openings only, please").
    "openings",
    "options",
    // "come back to me with alternatives", "invite sent to them", "invite across to them": what is
    // offered or done, and where it goes.
    "across",
    "still",
    // "I want first to think": a word of order, not someone wanted.
    "first",
    "really",
    // "hands black w/ grease", "sticky with juice": what hands are covered in.
    "grease",
    "juice",
    // "filling the tube with quicksilver".
    "quicksilver",
    // "put it in my calendar set with powder", "sticky with glue".
    "powder",
    "glue",
    "paint",
    "flour",
    // "Anything tomorrow morning works": no one.
    "anything",
    "sap",
    "wax",
    "clay",
    "soot",
    "oil",
    "paint",
    "flour",
    "mud",
    "dust",
    "ink",
    "glue",
    "sawdust",
    // "with space for our discussion", "with room for our thinking": room, no one.
    "space",
    "room",
    // "crammed behind a dryer w/ lint up my nose", "white with chalk", "bribed … with biscuits".
    "lint",
    "chalk",
    "biscuits",
    // "with Mr. Haruto Sato, approximately one hour": how long, not who.
    "approximately",
    "roughly",
    // "Do not come back to me with questions"; "I remain, with gratitude, your servant".
    "questions",
    "gratitude",
    "regards",
    "apologies",
    // "send treats", "send snacks": a sign-off's treats.
    "treats",
    "snacks",
    // "microphones howling with feedback", "a line crackling with static": noise, no one.
    "feedback",
    "static",
    "noise",
    // "askin not bookin: eyeballs only", "dont butter the cal w/ owt": no one.
    "eyeballs",
    "owt",
    "nowt",
    // "with the shears in a yew hedge": tools in hand.
    "shears",
    "scissors",
    "clippers",
    "pliers",
    "tools",
    "alternatives",
    "suggestions",
    "sent",
    // "Cancel my Pilates": a class, not someone.
    "pilates",
    "yoga",
    "zumba",
    "crossfit",
    // "please excuse my English": a language.
    "english",
    "german",
    "french",
    "spanish",
    "italian",
    "dutch",
    "portuguese",
    "polish",
    // "a huffy old Persian", "the Siamese in pen four": a breed, not someone.
    "persian",
    "siamese",
    "japanese",
    "chinese",
    "russian",
    "swedish",
    "korean",
    "turkish",
    // "Here is writing the arrow maker", "Here's the news": where, not who.
    "here",
    // "Moving would be an act of war": a doing, not a name.
    "moving",
    // "Stop, not go: leave my calendar untouched": a signal.
    "stop",
    // "reading the route with the eyes": one's own body, no one met.
    "eyes",
    "ears",
    // "Waders, gauntlets, crude to the shins": what one wears for the work.
    "waders",
    "gauntlets",
    "overalls",
    "wellies",
    "crampons",
    // "Decision's made: …": what was settled; "Copy? Station out.": radio talk; "Notes: …",
    // "Caution, loose surface.": a rally co-driver's calls; "Ta-ra!": bye.
    "decision",
    "notes",
    "caution",
    "ta-ra",
    "copy",
    "slots",
    // "answer with times only": what an answer gives.
    "times",
    "kindly",
    "which",
    "feel",
    "heads",
    "hey",
    "he",
    "she",
    "they",
    "it'd",
    "it's",
    "that's",
    "there's",
    "here's",
    "let's",
    "we'd",
    "we're",
    "we'll",
    "you'll",
    "they'll",
    "he'll",
    "she'll",
    "it'll",
    "they're",
    "you're",
    // "Theres no way Ill make …": "I'll" without its apostrophe.
    "ill",
    // "You've got free rein on this": the assistant, addressed; "the invitation I send myself".
    "you've",
    "we've",
    "they've",
    "myself",
    "yourself",
    // "so its all levers": "it's" written without its apostrophe.
    "its",
    "ourselves",
    "themselves",
    "i",
    "i'd",
    "i'm",
    "i'll",
    "i've",
    "am",
    "can",
    "could",
    "would",
    // "Q: Should the assistant book it?".
    "should",
    // "[Comment: Your brother says …]", "[Comment: Shall we say 'mostly'?]".
    "your",
    "shall",
    // "I take thee, tyre, to have and to hold": the old "you".
    "thee",
    "thou",
    // "Need y'all to find me 2 hours": the South's "you", to the assistant.
    "y'all",
    "please",
    "what",
    "when",
    "how",
    "are",
    "do",
    "is",
    "find",
    "book",
    "set",
    "move",
    "cancel",
    "remind",
    "add",
    "schedule",
    "show",
    "any",
    "and",
    "the",
    "my",
    "a",
    "an",
    "hi",
    "hiya",
    "hello",
    // Holidays ("The Christmas menu tasting").
    "christmas",
    "easter",
    "thanksgiving",
    "hanukkah",
    "diwali",
    "eid",
    // "Bung 20 mins in my calendar", "Block 2 hours": a verb opening a sentence.
    "bung",
    // "Avoid the weekend", "Skip Monday", "Get 40 minutes down", "Kill the Saturday 2pm", "Don't
    // wait on me": a verb opening a sentence; "Right, erm.": a word gathering one's thoughts.
    "right",
    // "Gonna need three hours with the band": a verb opening a request.
    "gonna",
    "wanna",
    "gotta",
    // "Confession: my new card trick …", "Update: …": a heading before a colon.
    "confession",
    "update",
    "note",
    "question",
    "context",
    "background",
    "summary",
    "warning",
    "request",
    // "Word just came through that …": news, not someone.
    "word",
    "news",
    // "Ideally before 11", "Grazie!", "On Monday, where is a gap?", "Over and out.",
    // "Regrettably, …", "Trouble is, …": a word opening a sentence that is no one.
    "over",
    "anytime",
    // "Not before 10am." opening a sentence.
    "not",
    // "Whenever after 4 works.", "Look, don't touch", "with Deloitte, currently on 10 December",
    // "with legal and procurement, like an hour", "Consequently, Monday's …", "There's no way".
    "whenever",
    // "… let them know it's off. Sigh.": a sigh, no one.
    "sigh",
    // "Everything is decided between us", "All is settled": a pronoun for all or none, no one.
    "everything",
    "all",
    "everyone",
    "everybody",
    "alas",
    // "Woe, woe!", "Ah, well. Hey-ho.", "Now, you'll laugh, but …": a lament, a sigh or a word
    // turning to what comes next, opening a sentence.
    "woe",
    "ah",
    "now",
    // "May God bless her and all who sail in her": a blessing, no one to meet; "Sing, O muse, of
    // the rubber duck race": an invocation; "Opponent: forearms like bridge cables": a heading;
    // "the box of Monopoly": a game.
    "god",
    "opponent",
    "monopoly",
    "o",
    // "Peace and cool water to you!": a greeting; "Toodle-oo, lovebirds!": a farewell.
    "peace",
    "toodle-oo",
    "cheerio",
    // "*tap tap* Lovely.", "Honestly, I'm having a ball.", "Drumroll, please.": a word of delight,
    // candour or show opening a sentence.
    "lovely",
    "honestly",
    // "Ooh, that's cold.": a gasp.
    "ooh",
    "drumroll",
    // "Must take this up with Noor Haddad": a sentence opened by what one must do; "About 40
    // minutes.": a length guessed; "Repeat: send them the invitation": an instruction said
    // again.
    "must",
    "about",
    "repeat",
    "consequently",
    "therefore",
    "accordingly",
    "meanwhile",
    "however",
    "there",
    "like",
    "look",
    "listen",
    "currently",
    "regrettably",
    "unfortunately",
    "sadly",
    "trouble",
    "problem",
    "on",
    "at",
    "from",
    "until",
    "before",
    "after",
    "between",
    "during",
    "ideally",
    "preferably",
    "hopefully",
    "grazie",
    "danke",
    "merci",
    "gracias",
    "obrigado",
    "don't",
    "dont",
    "get",
    "report",
    "kill",
    "scrap",
    "ditch",
    "nix",
    "axe",
    "avoid",
    "skip",
    "exclude",
    "block",
    "pencil",
    "hold",
    "slot",
    "grab",
    "reserve",
    "squeeze",
    "whack",
    "stick",
    "thanks",
    "thank",
    "cheers",
    "regards",
    "best",
    "many",
    "ta",
    "dear",
    "nothing",
    "something",
    "sorry",
    "also",
    "just",
    // "with only a tablet for company": a word that limits, never a name.
    "only",
    "but",
    "so",
    "yes",
    "no",
    "sure",
    "great",
    "perfect",
    "unfortunately",
    "fyi",
    "anyway",
    "oh",
    "well",
    "actually",
    "maybe",
    // "Probably two hours", "Perhaps Friday": a word that hedges, never a name.
    "probably",
    "perhaps",
    "need",
    "needs",
    "want",
    "looking",
    "let",
    "ok",
    "okay",
    "we",
    "you",
    "me",
    "it",
    // "This is settled", "Those are the options": a word pointing at a thing.
    "this",
    "that",
    "these",
    "those",
    "new",
    "task",
    "habit",
    "todo",
];

/// Verbs that bring someone "into" something ("talked priyanka into a session", "dragooned Bo into
/// an hour of fettling").
pub(super) const TALKED_INTO: &[&str] = &[
    "talked",
    "persuaded",
    "coaxed",
    "convinced",
    "sweet-talked",
    "pressed",
    "tempted",
    "lured",
    "enticed",
    "dragooned",
    "roped",
    "railroaded",
    "press-ganged",
    "conscripted",
    "enlisted",
    "recruited",
    "corralled",
    "cajoled",
    "bribed",
    "frogmarched",
    "herded",
    "shanghaied",
    "won",
];

/// Parts of a place, before "of" and the place ("the counter of the lost property office", "the
/// instrument room of the telegraph office", "the door pocket of the yard office").
pub(super) const PLACE_PARTS: &[&str] = &[
    "counter", "desk", "floor", "basement", "corner", "back", "front", "top", "roof", "cellar", "yard", "room", "hall",
    "lobby", "entrance", "booth", "attic", "loft", "vault", "wing", "kitchen", "gate", "door", "shelf", "drawer",
];

/// What one's part is called ("Telling is your whole job", "the whole of your commission").
pub(super) const ONES_PART: &[&str] = &[
    "job",
    "bit",
    "part",
    "work",
    "task",
    "role",
    "commission",
    "duty",
    "errand",
    "remit",
    "brief",
];

/// Titles before a name ("Dr. Ngo", "mrs. Feld", "doctor Haddad").
/// Ranks shortened the same way ("Sgt. Morales", "Capt. Reyes") are titles too.
/// A cleric's title shortened the same way ("Rev. Okafor") is one too.
pub(crate) const HONORIFICS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "doctor", "sgt", "capt", "lt", "cpl", "rev", "revd",
    // "Sra. Villanueva", "Mme. Laurent": other languages' titles; "miss ortega".
    "sra", "srta", "mme", "mlle", "miss", "missus", // "with Sr. Alejandro Ruiz", "Herr Vogel", "Frau Brandt".
    "sr", "herr", "frau", // "the notary Maître Dubois".
    "maître", "maitre", // "Fr. Dominic": a priest, Father shortened; "Cllr. Hugo Penn", a councillor.
    "fr", "cllr", // "Bro. Tunde", "Sis. Ngozi": a church's brother and sister (in lowercase, "my sis
    // Ngozi", kin: see the lexer).
    "bro", "sis",
];

/// What a meeting does to a thing it talks over ("to review the training for the secretarial
/// team"), which someone else may be the thing's for.
pub(super) const TALKED_OVER: &[&str] = &[
    "review", "discuss", "plan", "agree", "finalise", "finalize", "prepare", "prep", "draft", "decide", "consider",
    "approve", "sort", "check", "update", "revise", "go",
];

/// What is held for people, who are then the ones met ("training for the new line cooks").
pub(super) const DELIVERED: &[&str] = &[
    "training",
    "induction",
    "briefing",
    "refresher",
    "class",
    "lesson",
    "tutorial",
    "onboarding",
    "talk",
    "presentation",
];

/// Words a request may open with that say what the meeting is, not who it is with ("Lunch
/// tomorrow, 1h").
pub(crate) const MEETING_NOUNS: &[&str] = &[
    // "the noon check-in with Paora".
    "check-in",
    "lunch",
    "coffee",
    // "grab brunch tomorrow".
    "brunch",
    // "the quarterly board preparation": what the meeting is for.
    "preparation",
    "prep",
    // "a budget talk with my CFO".
    "talk",
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
    // "the 1:1 with my manager".
    "1:1",
    "one-on-one",
];

/// Words a request may open with that, like [`MEETING_NOUNS`], say what the meeting is, not who
/// it is with ("Quick one tomorrow", "Next week, 1h").
pub(super) const MEETING_LEADS: &[&str] = &["quick", "urgent", "asap", "next", "this"];

/// Words after a name that make it the subject of the request ("Marco can't make it", "Sarah
/// wants 15 minutes").
pub(super) const SUBJECT_VERBS: &[&str] = &[
    // "can today's 4 o'clock with sunita wait until …".
    "wait",
    "can't",
    "cannot",
    "can",
    // "tomorrow's 12:30 with priyanka must, through no fault of my own, go unattended"; "a review
    // with priyanka shall take place".
    "must",
    "shall",
    "won't",
    "wants",
    "needs",
    "asked",
    // "good news: priyanka jumped at the chance to help me".
    "jumped",
    "would",
    "will",
    "is",
    "has",
    "says",
    "said",
    "agreed",
    "just",
    "finally",
    "got",
    "only",
    "isn't",
    // "priyanka kindly offered to watch …".
    "kindly",
    // "90 minutes with priyanka might be fitted in".
    "might",
    "may",
    "should",
    // "Monday's 4:45pm w/ priyanka aint happening".
    "aint",
    "ain't",
    "suggested",
    "proposed",
    "confirmed",
    "bailed",
    "phoned",
    "called",
    "emailed",
    "wrote",
    "texted",
    // "Noor Haddad rang to say …", "priyanka doesn't work for them".
    "rang",
    "messaged",
    "mentioned",
    "pinged",
    "doesn't",
    ":",
    "could",
    "meet",
    "need",
    // "me + priyanka gotta rethink the plan".
    "gotta",
    // "me and priya and leo haven't started": what people have done.
    "haven't",
    "hasn't",
    // "Eun-ji works from Seoul", "Tomas lives in Lima": where someone is.
    "works",
    "lives",
    "travels",
    "are",
    "want",
    "and",
    ",",
];

/// Nouns that end the name of a group of people.
pub(crate) const GROUP_WORDS: &[&str] = &[
    "team",
    "cohort",
    "delegation",
    "helpdesk",
    "group",
    "squad",
    "crew",
    // "drinks with the uni crowd", "the review with the exec circle".
    "crowd",
    "circle",
    "committee",
    // "Events subcommittee needs an hour together".
    "subcommittee",
    "sub-committee",
    "council",
    "panel",
    "board",
    "office",
    "hq",
    "folks",
    "hires",
    "people",
    // "the translation agency", "the Kessler family": a firm or a household.
    "agency",
    "family",
    // "the port authority", "the animation studio", "the sommelier guild", "the string quartet":
    // a public body, a firm, a trade's members, players who perform together.
    "authority",
    "studio",
    "guild",
    "society",
    "association",
    "quartet",
    "trio",
    "quintet",
    "ensemble",
    "orchestra",
    "choir",
    // "90 min after 5 on friday w/ the band for rehearsal".
    "band",
    // "the tech rehearsal w/ the cast + Grete": the players of a show.
    "cast",
    // "the warehouse night shift": the workers on a shift.
    "shift",
    // "the kitchen brigade", "the lab techs", "the shift leads", "the planning officers": a body
    // of workers, or those who share a trade or a post.
    "brigade",
    "techs",
    "leads",
    "officers",
    // "the Wexford fishing cooperative", "the artists' collective": members who work together.
    "cooperative",
    "collective",
    // "the retro with the growth pod", "the sprint planning with the mobile tribe": a small team,
    // a band of teams.
    "pod",
    "tribe",
    // "the quarterly retro with the mobile chapter": those of one craft across teams.
    "chapter",
    // "the quarterly review w/ finance leadership", "the handover with the SRE rotation": those
    // who lead, those on a rota.
    "leadership",
    "rotation",
];

/// Words that name someone by what they head ("the head of year", "the chair of governors").
/// "the board of trustees": a body named by what it is of.
pub(super) const ROLE_HEADS: &[&str] = &["head", "chair", "director", "board"];

/// Lowercase words inside a family name.
pub(super) const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "ter", "bin", "al", "dos",
    // "Yusuf ibn Rashid": son of, daughter of.
    "ibn", "bint", // "Mr. Dafydd ap Rhys": son of, in Welsh.
    "ap",   // Family before a name ("uncle Rashid", "auntie Funmi").
    "uncle", "aunt", "auntie", "grandma", "grandpa", "granny", "cousin",
];

/// Machines and devices whose names end as a doer's do ("the new printer", "the heart rate
/// monitor", "the trailer"): things, no one.
pub(super) const MACHINES: &[&str] = &[
    "printer",
    "scanner",
    "monitor",
    "projector",
    "compressor",
    "generator",
    "elevator",
    "escalator",
    "simulator",
    "router",
    "computer",
    "tractor",
    "trailer",
    "mower",
    "dishwasher",
    "heater",
    "boiler",
    "freezer",
    "cooker",
    "toaster",
    "dryer",
    "blender",
    "charger",
    "adapter",
    "container",
    "timer",
    "meter",
    "indicator",
    "detector",
    "sensor",
    "motor",
    "ventilator",
    "radiator",
    "calculator",
    "refrigerator",
    "amplifier",
    "transformer",
];

/// What one looks through, measures or cleans with, no one, though it may say what someone
/// supplies or services ("the lens supplier", "the gauge fitter", "the bleach rep").
pub(super) const INSTRUMENTS: &[&str] = &[
    "lens",
    "loupe",
    "microscope",
    "magnifier",
    "gauge",
    "gauges",
    // ("the extraction contractors", "the string players", "the tubes supervisor", "the dividers
    // rep": what someone supplies or plays, before a word.)
    "snips",
    "dividers",
    "string",
    "tubes",
    "extraction",
    "disinfectant",
    "bleach",
    "detergent",
];

/// Lowercase words after "with" that are not someone's name.
pub(super) const NOT_PEOPLE: &[&str] = &[
    // "a broken leader joined with proper splicing tape": how good a thing is.
    "proper",
    // "the judges have asked permission to tug it": what is asked for.
    "permission",
    // "sit down with the parish council and sort out a venue", "show the charts to priyanka and
    // explain …": what is done together.
    "sort",
    "figure",
    "hash",
    "thrash",
    "iron",
    "explain",
    "discuss",
    "decide",
    "agree",
    "finalise",
    "finalize",
    // "with apologies to ruth": what is offered, not someone.
    "apologies",
    // "with Noor Haddad, meant for choosing sweets": what the meeting was for, not someone; "a
    // formal invitation to attend": what they are invited to do.
    "meant",
    // "play has resumed": the game, lowercase.
    "play",
    "attend",
    "join",
    "participate",
    "intended",
    // "where else would I be?": anyone other, no one named.
    "else",
    // "there are more free places than the garage ever had", "phone down to its last sliver":
    // amounts and states, no one.
    "more",
    "down",
    // "sit with Noor Haddad and speak about it": what is done together; "if anyone has anything
    // to say": what is said.
    "speak",
    "say",
    "talk",
    "chat",
    // "I must be economical with words", "holding the thread w/ tweezers": what one is sparing
    // with, or holds something with.
    "words",
    // "Put through to: my assistant, with instructions to look": what one is sent with.
    "instructions",
    "tweezers",
    // "labelling bags with fingers I can no longer feel", "w/ pins in my teeth", "perched with
    // binoculars": what one works or looks with.
    "fingers",
    "pins",
    "binoculars",
    // "fogged with disinfectant right across tomorrow's 12:30": what a place is cleaned with.
    "disinfectant",
    "bleach",
    "detergent",
    // "with Ana, except, um, she's away Monday": a word leaving something out, no one.
    "except",
    // "down w/ flu, clear everything mon + tue": an illness, no one.
    "flu",
    "covid",
    "fever",
    "tonsillitis",
    "bronchitis",
    // "the traps read with the hand lens", "looked at w/ a loupe", "stand by the mill with the
    // feeler gauges": what one looks through or measures with (see [`INSTRUMENTS`]).
    "lens",
    "loupe",
    "microscope",
    "magnifier",
    "gauge",
    "gauges",
    // "turn up on the jetty with flasks and a long lens": what one brings along.
    "flasks",
    "thermoses",
    "cameras",
    "umbrellas",
    "sandwiches",
    // "holler back w/ the empty bits": the free times, no one.
    "bits",
    "chunks",
    // "clinging on with arms and knees": parts of one's body.
    "arms",
    "knees",
    "legs",
    "elbows",
    // "with water up to my knees", "never left in a heap wet w/ seawater".
    "water",
    "seawater",
    "mud",
    // "green with envy", "shaking with fear", "glowing with pride", "shrieking with laughter": a
    // feeling, no one.
    "laughter",
    // "Likes: dandelions, phone chargers": things, not someone phoned.
    "chargers",
    // "he swam in circles, and he did it with conviction": how, no one.
    "conviction",
    // "travellers now approach our client with suspicion": so too a wariness; "appeal refused,
    // with sympathy".
    "suspicion",
    "sympathy",
    // "Scope and content: keys, loose and on rings": things, and how they lie.
    "keys",
    "loose",
    "contempt",
    "disdain",
    "caution",
    "dismay",
    "gusto",
    "relish",
    "envy",
    "fear",
    "pride",
    "rage",
    "glee",
    "delight",
    "relief",
    // "w/ Noor Haddad, prob two hours", "with Rohan, likely 90 minutes", "reckon 45m": a guess at
    // a length.
    "reckon",
    "prob",
    "probably",
    "likely",
    "roughly",
    "approx",
    "pliers",
    "scissors",
    "tongs",
    // "a pack nudged straight w/ the forks": a lift truck's, no one; "a log coming out w/ bark
    // still on it"; "zinc cut w/ the snips", "scribed onto the zinc w/ the dividers", "never
    // knotted up w/ string", "nothing to do w/ the tubes", "stick with extraction at each banker".
    "forks",
    "bark",
    "snips",
    "dividers",
    "string",
    "tubes",
    "extraction",
    "gloves",
    // "goggles, apron & rubber gloves on at the wheels": what one wears to work.
    "goggles",
    "apron",
    "aprons",
    "apology",
    // "winds finally dropped so …": the weather, not someone.
    "wind",
    "winds",
    "rain",
    "snow",
    "fog",
    "storm",
    "weather",
    "tide",
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
    // "until it is summoned anew".
    "anew",
    // "along with rather a lot of aftershave", "like skittles with ambitions", "slow dancin w/
    // strangers", "come up with weed on the head", "in mid-air with nowhere to land".
    "nowhere",
    "rather",
    "ambitions",
    // "it plays a few wrong chords, but with big feeling".
    "big",
    "great",
    "strangers",
    "weed",
    // "I served in uniform with distinction".
    "distinction",
    // "bag the good sunloungers w towels".
    "towels",
    "everything",
    "nothing",
    // "is anything free …": no one.
    "anything",
    "something",
    "invite",
    "invites",
    "invitation",
    "invitations",
    "email",
    "reminder",
    "link",
    "details",
    "agenda",
    "argh",
    "ugh",
    "oops",
    "yo",
    "ah",
    "hi",
    "hey",
    "sorry",
    "ok",
    "okay",
    "later",
    "soon",
    "halfway",
    "of",
    "between",
    "during",
    "until",
    "through",
    "within",
    // "grab time with Bo".
    "time",
    // "somewhere between 9 and 12".
    "somewhere",
    "anywhere",
    // "help me with stuff".
    "stuff",
    "things",
    // "the parents' council, ideally an evening".
    "ideally",
    "preferably",
    "perhaps",
    "probably",
    // "report back with whatever is free".
    "whatever",
    "whichever",
    "whoever",
    // "…, can we do it Monday": a question going on, not a name.
    "can",
    "could",
    "would",
    "will",
    "shall",
    "should",
];

/// Words that may follow a lowercase name after "with".
pub(super) const AFTER_NAME: &[&str] = &[
    // "1h w/ priyanka abt the dead badge reader": texting's "about".
    "abt",
    // "with teh accountant, anytime thurs or fri"; "Monday's 4:45pm with priyanka beyond my reach".
    "anytime",
    "beyond",
    // "take counsel with priyanka upon the matter", "tomorrow's 12:30 with priyanka without
    // disgracing the proceedings".
    "upon",
    "without",
    // "Therefore Monday's 4:45pm with priyanka impossible": the meeting said to be out of reach.
    "impossible",
    "unlikely",
    "whenever",
    // "Monday's 4:45pm with priyanka while I'm going round and round".
    "while",
    // "tomorrow's 12:30 with priyanka still lies ahead of me", "w/ priyanka = outta reach".
    "still",
    "=",
    // "the work swallows Monday's 10:00 with priyanka whole": taken up entirely.
    "whole",
    // "discuss with priyanka how we can cast new ones", "consult priyanka as to whether …", "find
    // out together with priyanka why …": what is to be discussed.
    "how",
    "why",
    "as",
    "whether",
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
    // "with priyanka any more", "with bo any time next week".
    "any",
    "too",
    "instead",
    "please",
    "if",
    "when",
    "but",
    "so",
    "then",
    "again",
    "no",
    "i",
    "we",
    "until",
    "till",
    "between",
    // "where could 45 min with felix fit …", "with bo go", "with chiara during 20 min".
    "fit",
    "go",
    "during",
    // "nudge tomorrow's meeting with sunita along to …", "can the 4pm with priyanka be moved",
    // "move the 5:45pm with tomasz up to …", "take the 12:30 with priyanka out of my calendar".
    "along",
    "be",
    "up",
    "out",
    "back",
    // "today's 10:30 with priyanka rescheduled to Friday".
    "rescheduled",
    "moved",
    "cancelled",
    "canceled",
    // "a session with priyanka placed in my calendar", "a call with ana booked for Friday": what
    // is done to the meeting.
    "placed",
    "booked",
    "scheduled",
    "entered",
    "added",
    "pencilled",
    "penciled",
    "slotted",
    "arranged",
    // "get 25 minutes with marisol into the calendar".
    "into",
];

/// Verbs whose object is someone to meet ("pencil ana in", "send bo an invite"): a lowercase
/// word after them may be a name, as after "with".
pub(super) const PERSON_VERBS: &[&str] = &[
    "pencil",
    "send",
    "invite",
    "ping",
    "owe",
    "slot",
    "squeeze",
    "fit",
    "rebook",
    "interview",
    "interviewing",
    "phone",
    "ring",
    // "any gap where i could grab ahmed?".
    "grab",
    // "before I promise ines a briefing", "I'm seeing tomasz about the lease": whom one promises
    // something to, or sees.
    "promise",
    "promised",
    "seeing",
    // "I must consult priyanka as to whether …", "I've enlisted priyanka for …": whom one
    // consults or enlists.
    "consult",
    "consulting",
    "enlist",
    "enlisted",
    // "I've drafted in Mr Castellanos and Ada", "I've nabbed priyanka for", "I've rallied kofi".
    "drafted",
    "nabbed",
    "rallied",
    // "I've bagged priyanka for a walk-round".
    "bagged",
    // "I've offered priyanka a 20-minute meeting": whom a meeting is offered (only before what
    // is offered).
    "offered",
];

/// Callings whose remarks head a text ("Curator's note: …", "Agent's note: …").
pub(super) const REMARKERS: &[&str] = &[
    "curator",
    // "Indexer's note: the cross-references run in a circle".
    "indexer",
    "agent",
    "editor",
    "author",
    "translator",
    "reviewer",
    "publisher",
    "producer",
    "narrator",
    "compiler",
    "examiner",
    "teacher",
    "tutor",
    "judge",
    "critic",
    "coach",
    "doctor",
];

/// Offices one holds in a group ("me, treasurer of the amateur dramatic society").
pub(super) const OFFICES: &[&str] = &[
    "treasurer",
    "secretary",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "president",
    "captain",
    "founder",
    "convenor",
    "trustee",
    "governor",
    "member",
];

/// Words after which people may be asked about ("whether kai could …", "is hendrik free", "a window
/// … where ngozi and tomasz can both do 40 minutes").
pub(super) const SUBJECT_LEADS: &[&str] = &["whether", "if", "is", "are", "can", "could", "when", "do", "where"];

/// Words before "me, X and Y" that make the list the people to meet or asked about ("for me, kai
/// and lena", "could me, priya and tomás"; not "remind me, Bo and Ana are off").
pub(super) const ASKER_LIST_LEADS: &[&str] = &[
    "for", "with", "between", "chance", "could", "can", "would", "when", "whether", "if",
];

/// Words after a list of people that make it the subject of a question about them.
pub(super) const SUBJECT_FOLLOWERS: &[&str] = &[
    "could",
    "can",
    "would",
    "will",
    "are",
    "have",
    "free",
    "available",
    "around",
    "both",
    "all",
    "able",
    // "Events subcommittee needs an hour together": what a group needs of the calendar.
    "needs",
    "need",
];

/// Verbs after a list of two people or more that make it the subject of a question about what
/// they could do together ("when could priya and tomás do a quick catch up"; not "Lena: could
/// never make 9").
pub(super) const TOGETHER_FOLLOWERS: &[&str] = &["do", "meet", "make", "join", "spare"];

/// Interjections that may open a request ("ugh, elsa bailed …"): the request proper starts after
/// them.
pub(super) const INTERJECTIONS: &[&str] = &[
    "ugh", "argh", "oops", "ah", "oh", "hmm", "welp", "so", "ok", "okay", "well", "anyway", "alright", "omg",
    // "Right, erm.": a word that gathers one's thoughts.
    "right", // "Eek, tiny sable brush in hand, …": a cry of alarm or relief.
    "eek", "yikes", "phew", "whoa", "gosh", // "um yeah just, uh, kill the call": assent gathering one's thoughts.
    "yeah", "yep", "yup", "nah", // "mate can you find me …": the assistant, hailed.
    "mate", "buddy", "pal", "dude", // "Lo, the director crieth 'action'.": behold.
    "lo",   // "Hush, you.": be quiet.
    "hush", // "Arr - the chest be open!": a pirate's cry.
    "arr",
];

/// Words after a name written with "'s" that say the person is away ("Gwendolyn's out Thursday")
/// or where they are ("Kenji's in Tokyo", "Bo's based in Lima").
pub(super) const ABSENT: &[&str] = &[
    "in",
    "based",
    "out",
    "off",
    "away",
    "sick",
    "ill",
    "travelling",
    "traveling",
    "unavailable",
    // "Oksana's stuck in Warsaw": held up somewhere.
    "stuck",
    "stranded",
];

/// Vehicles and fittings, which a group after "the" in lowercase never is ("nose to tail with the
/// motorbikes", "with the gates and the counterweights blinking on my screens"; not "Volvo Cars",
/// "Ford Vans", a firm).
pub(super) const PLURAL_THINGS: &[&str] = &[
    "motorbikes",
    "cars",
    "vans",
    "lorries",
    "trucks",
    "buses",
    "tractors",
    "taxis",
    "gates",
    "doors",
    "counterweights",
    // "the mix-up with the parcel lockers".
    "lockers",
];

/// States only places and things are in ("Pitch is waterlogged", "Gym was flooded").
pub(super) const THING_STATES: &[&str] = &[
    "waterlogged",
    "flooded",
    "frozen",
    "closed",
    "shut",
    "broken",
    "unplayable",
    "icy",
    "leaking",
    "overbooked",
    "locked",
    "shuttered",
    // "Chair is spinning as well as rolling.": a thing moving of itself.
    "spinning",
    "rolling",
    "wobbling",
    "tilting",
];

/// Words saying what state people or things are in, after them in a phrase opened by "with"
/// ("With the fleet out and the office quiet, …").
pub(super) const SCENE_STATES: &[&str] = &[
    "out",
    "away",
    "off",
    "quiet",
    "closed",
    "shut",
    "gone",
    "busy",
    "sick",
    "ill",
    "asleep",
    "abroad",
    "travelling",
    "traveling",
    "unavailable",
    "down",
];

/// Someone's people and plans, after a name written with "'s", that make the name someone's
/// ("Ingrid's kid is sick", "Tomas's flight is late").
pub(super) const BELONGINGS: &[&str] = &[
    "kid", "kids", "son", "daughter", "child", "baby", "wife", "husband", "partner", "mum", "mom", "dad", "mother",
    "father", "flight", "train", "car", "boss",
];

/// Wishes that close a message before a comma and a short signature ("Warm wishes, Sefton", "All
/// the best, Dr. Ama Boateng"), not before the request going on ("All the best, and can you …").
pub(super) const CLOSING_WISHES: &[&[&str]] = &[
    &["warm", "wishes", ","],
    &["warmest", "wishes", ","],
    &["warmest", "regards", ","],
    &["all", "the", "best", ","],
    // "With apologies,\nDagny": a practice's note, sorry for the change, signed (not "With
    // apologies, can we do Thursday with Ana and Bo instead?").
    &["with", "apologies", ","],
    // "With love,\nDorothy": a friend's.
    &["with", "love", ","],
];

/// Words that close a message; what follows them is a signature ("Best regards, Julian").
pub(super) const SIGN_OFFS: &[&[&str]] = &[
    &["regards"],
    &["kind", "regards"],
    &["best", "regards"],
    &["with", "kind", "regards"],
    &["warmly", ","],
    &["yours", "faithfully"],
    &["yours", "sincerely"],
    &["best", "wishes"],
    &["warm", "regards"],
    &["many", "thanks"],
    &["cheers"],
    &["thanks"],
    &["with", "thanks"],
    // "With respect, a bow from the dojo." (not "With respect to Friday, …").
    &["with", "respect", ","],
    &["with", "respect", "."],
    &["with", "best", "wishes"],
    &["best", ","],
    &["thx"],
    &["thank", "you"],
    &["ta"],
    &["sincerely"],
    &["respectfully"],
    &["yours"],
    // "Love, me.": a postcard's (not "Okay, love, cancel my call with Tom").
    &["love", ",", "me"],
    // "With every blessing,\nRev. Bronwen Akintola\nChaplain, …": a chaplain's (not "Hi all,
    // blessings, can you …", "baptisms, blessings, and weddings").
    &["with", "every", "blessing", ","],
    // "God bless you.\nSis. Funmilayo\nChurch Administrator": a church's blessing, signing off,
    // its sentence closed (not "God bless, Chidi and Ngozi will join too").
    &["god", "bless", "you", "."],
    &["god", "bless", "you", "!"],
    &["god", "bless", "."],
    &["god", "bless", "!"],
    // "JazakAllah khair,\nFarida": a thanks in Arabic, signing off.
    &["jazakallah", "khair", ","],
    &["jazak", "allah", "khair", ","],
    // "Baie dankie, Annelie", "Groetjes, Sanne", "Asante sana,\nWanjiru": thanks and greetings
    // in Afrikaans, Dutch and Swahili, signing off.
    // (Not "Asante, also add Wanjiru please.": a bare thanks before more asked.)
    &["baie", "dankie", ","],
    &["groetjes", ","],
    &["groeten", ","],
    &["asante", "sana", ","],
    // "Cordialement,\nÉtienne Marchal": a French letter's close.
    &["cordialement", ","],
    &["bien", "cordialement", ","],
];
