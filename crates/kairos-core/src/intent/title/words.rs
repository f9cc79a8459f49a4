//! The words a title is told apart by: what leads in to a task or habit, what opens or ends what
//! is done, and where a task is put.

/// Words that lead in to a task ("remind me to", "I've got to"), in order of preference.
pub(super) const TASK_LEADS: &[&[&str]] = &[
    &["owner", ":", "me"],
    // "Guess whose job it is to audit the expense reports?": what the job is.
    &["job", "it", "is", "to"],
    &["job", "it's", "to"],
    // "I've been handed the job to renew the licences": the job one is given.
    &["the", "job", "to"],
    // "it falls to me to update the checklist", "it's up to me to …".
    &["it", "falls", "to", "me", "to"],
    &["falls", "to", "me", "to"],
    &["fallen", "to", "me", "to"],
    &["up", "to", "me", "to"],
    // "it's down to me alone to audit the reports": what is left to the one speaking.
    &["down", "to", "me", "to"],
    // "It's on me and me alone to audit the expense reports".
    &["on", "me", "to"],
    &["on", "me", "alone", "to"],
    &["on", "me", "and", "me", "alone", "to"],
    &["down", "to", "me", "alone", "to"],
    &["up", "to", "me", "alone", "to"],
    // "I'm on the hook to audit the accounts": what one is bound to do.
    &["on", "the", "hook", "to"],
    // "somebody has to chase the invoices, and that somebody is me": what needs doing.
    &["somebody", "has", "to"],
    &["someone", "has", "to"],
    &["somebody", "needs", "to"],
    &["someone", "needs", "to"],
    &["action", "item"],
    &["promised", "i'd"],
    &["promised", "to"],
    &["the", "following"],
    &["add", "a", "to", "do"],
    &["remind", "me", "to"],
    // "Please remember me to order the cake": "remind", as some learners of English say it.
    &["remember", "me", "to"],
    // "Mind me tae post the cards": "remind", as said in Scotland and Ireland.
    &["mind", "me", "to"],
    // "rmd me 2 book flights": "2" for "to", as texted.
    &["remind", "me", "2"],
    &["ping", "me", "to"],
    &["nudge", "me", "to"],
    &["remind", "me"],
    // "I'm the one who has to file the returns", "she's the one who needs to …", "I'm the lucky
    // so-and-so who has to …": what falls to the one named (after a
    // reminder, which says what is done: "remind me to email the landlord, who needs to …").
    &["who", "has", "to"],
    &["who", "needs", "to"],
    &["who", "must"],
    &["remember", "to"],
    &["managed", "to"],
    // "my accountant reckons I'd do well to file the VAT return by Friday".
    &["do", "well", "to"],
    &["make", "sure", "i"],
    &["make", "sure", "to"],
    &["reminder"],
    &["note", "to", "self"],
    &["note", "for", "me"],
    &["add", "a", "todo"],
    // "I've put my hand up to audit the expense reports": what one volunteered for.
    &["hand", "up", "to"],
    // "put a task down to clean out the garage".
    &["task", "down", "to"],
    &["add", "a", "task"],
    &["add", "task"],
    &["new", "task"],
    &["task"],
    &["todo"],
    &["to-do"],
    &["forget", "to"],
    &["forgetting", "to"],
    // "I should really renew my passport": what one should do, however much.
    &["i", "should", "really"],
    &["i", "should"],
    &["i", "must"],
    &["i", "need"],
    &["i", "have", "to"],
    &["i've", "got", "to"],
    &["gotta"],
    &["need", "to"],
    &["remind", "me", "about"],
    // "plan 1 hour for me to read the policy".
    &["for", "me", "to"],
    // "plan time to write the newsletter".
    &["plan", "time", "to"],
    &["find", "time", "to"],
    &["make", "time", "to"],
    &["block", "time", "to"],
    // "Block out time to draft the lease".
    &["block", "out", "time", "to"],
    &["block", "off", "time", "to"],
    &["carve", "out", "time", "to"],
    &["set", "aside", "time", "to"],
    // "the osteopath's advice was to stretch …": advice given is what is done.
    &["advice", "was", "to"],
    &["advice", "is", "to"],
    // "My physician bids me work on my posture", "my coach tells me to stretch": what one is
    // told to do.
    &["bids", "me"],
    &["bid", "me"],
    &["tells", "me", "to"],
    &["told", "me", "to"],
    &["wants", "me", "to"],
    &["add"],
    &["put"],
    // "Please write in my tasks: finish the translation …": written into the list.
    &["write", "in", "my"],
    &["create", "a", "to-do"],
    // (Not "create a to do list for the trip".)
    &["create", "a", "to", "do", "to"],
    &["create", "a", "task"],
    // "Set aside 90 minutes so I can draft the narrative": what the time is for.
    &["so", "i", "can"],
    &["so", "that", "i", "can"],
    // "The job that's landed on my desk is to audit the expense reports": what the job is.
    &["is", "to"],
    // "fate has decided I'm to audit the expense reports": what one is to do.
    &["i'm", "to"],
    &["i", "am", "to"],
    // "I've been asked to audit the expense reports this week", "the finance director has asked me
    // to audit …": what one has been asked to do.
    &["been", "asked", "to"],
    &["has", "asked", "me", "to"],
    &["deadline"],
];

/// Words that may stand before the "time" of a lead, saying how much or where ("plan in some
/// time to", "find a bit of time for").
pub(super) const TIME_AMOUNTS: &[&str] = &["in", "some", "a", "bit", "of", "little", "more", "enough"];

/// Words that lead in to a habit ("make time for", "I'd like to"), in order of preference.
pub(super) const HABIT_LEADS: &[&[&str]] = &[
    // "make sure i get 20 mins every weekday morning for checking my bag": what the time one gets
    // is for.
    &["make", "sure", "i", "get"],
    &["make", "sure", "i", "have"],
    // "Stick in 30 mins 3 evenings a week for planning trng drills": time stuck in, for what.
    &["stick", "in"],
    // "Chuck in half an hour every arvo for checking the troughs": so too chucked in.
    &["chuck", "in"],
    // "reckon i need 30 mins every arvo for backing up memory cards": what one reckons one needs
    // time for.
    &["reckon", "i", "need"],
    &["think", "i", "need"],
    // "Standing item: 15m prop check, every evening": an item that stands, headed so.
    &["standing", "item"],
    &["recurring", "item"],
    // "pls block time to read 20 min every weekday evening": what the time is for.
    &["block", "time", "to"],
    // "plan is to work on my posture each evening": what the plan is; "I'm vowing to …", "a routine
    // of reading", "I'm signing myself up to …": what one vows or signs up to, a routine of what.
    &["plan", "is", "to"],
    // "the physio says I'm to work on my posture each evening": what one is to do.
    &["says", "i'm", "to"],
    // "my physiotherapist insists I do my back exercises": what one is made to do.
    &["insists", "i"],
    &["insists", "that", "i"],
    &["myself", "up", "to"],
    &["signing", "up", "to"],
    &["vowing", "to"],
    &["vowed", "to"],
    // "so I mean to do my back exercises three times a week": what one therefore means to do.
    &["so", "i", "mean", "to"],
    &["sworn", "to"],
    // "I've struck a deal with myself to work on my posture", "I've made it a rule to …".
    &["with", "myself", "to"],
    &["rule", "to"],
    &["promising", "to"],
    // "I've decided I'll work on my posture": what one decided.
    &["decided", "i'll"],
    &["decided", "that", "i'll"],
    // "I have therefore resolved to work on my posture each evening".
    &["resolved", "to"],
    // "I hereby resolve to work on my posture each evening".
    &["resolve", "to"],
    // "I've promised myself that I'll work on my posture": what one promised oneself.
    &["myself", "that", "i'll"],
    &["myself", "that", "i", "will"],
    &["routine", "of"],
    // "Decision made: I'm going to work on my posture each evening".
    &["i'm", "going", "to"],
    &["for", "me", "to"],
    &["i'm", "giving"],
    &["give", "me"],
    &["new", "routine"],
    &["new", "habit"],
    // "make it a habit to call Oma once a week": what the habit is to do.
    &["habit", "to"],
    &["habit"],
    // "I'd like 25 minutes blocked for clearing my inbox": what the time is kept for.
    &["blocked", "for"],
    &["reserved", "for"],
    &["recurring", "slot", "for"],
    &["recurring", "block", "for"],
    &["recurring", "meeting", "for"],
    &["regular", "slot", "for"],
    // "set up a weekly 30-min slot for planning the week ahead": what the time is for.
    &["slot", "for"],
    &["block", "for"],
    &["meaning", "to"],
    // "the GP reckons I'd do well to stretch my hamstrings": advice taken is what is done.
    &["do", "well", "to"],
    &["advice", "was", "to"],
    &["advice", "is", "to"],
    // "My physician bids me work on my posture", "my coach tells me to stretch": what one is
    // told to do.
    &["bids", "me"],
    &["bid", "me"],
    &["tells", "me", "to"],
    &["told", "me", "to"],
    &["wants", "me", "to"],
    &["taking", "up"],
    &["stick", "to"],
    &["stick", "with"],
    &["recurring"],
    &["keep", "skipping"],
    &["keep", "missing"],
    // Before what the one asking would like: "I'd like to make time for knitting".
    &["make", "time", "for"],
    &["i", "want", "to"],
    &["i", "want"],
    &["i'd", "like", "to"],
    &["i", "like", "to"],
    &["i'd", "like"],
    // "We'd like forty minutes four afternoons a week for practising our Portuguese".
    &["we'd", "like", "to"],
    &["we'd", "like"],
    &["i", "would", "like", "to"],
    &["i", "would", "like"],
    // "block time for Spanish practice": the time is for it.
    &["block", "time", "for"],
    &["book", "time", "for"],
    &["schedule", "time", "for"],
    &["block", "out"],
    &["block", "off"],
    &["block"],
    &["set", "aside"],
    // "Could you set me up to do yoga …".
    &["set", "me", "up", "to", "do"],
    &["set", "me", "up", "to"],
    &["set", "up"],
    &["carve", "out"],
    // "clawing some of it back for deep work".
    &["back", "for"],
    &["protect"],
    &["reserve"],
    &["schedule"],
    &["says", "i", "should"],
    &["said", "i", "should"],
    // "the physio says I've got to work on my posture": what one must do, however told.
    &["i've", "got", "to"],
    &["i", "have", "to"],
    &["i", "need", "to"],
    &["i", "must"],
    // "the upshot is that I should stretch …": what one should do, however the advice came.
    &["i", "should"],
    &["wants", "me", "to"],
    &["wants", "me", "doing"],
    &["told", "me", "to"],
    // "the health adviser has recommended that I work on my posture": advice, however put.
    &["recommended", "that", "i"],
    &["suggested", "that", "i"],
    &["advised", "that", "i"],
    &["advised", "me", "to"],
    &["recommended", "i"],
    // "please make for me guitar practise two times in week": what is made for one (last: not
    // before "a habit of learning Italian").
    &["make", "for", "me"],
];

/// Connecting words trimmed from both ends of a title.
pub(super) const FILLERS: &[&str] = &[
    "of",
    "for",
    "to",
    "by",
    "due",
    "before",
    "on",
    "at",
    "a",
    "an",
    "and",
    "in",
    "the",
    "-",
    "about",
    "please",
    "pls",
    "sometime",
    "somewhere",
    "approx",
    "approximately",
    "roughly",
    // "prob 3 hours": a guess at a length.
    "prob",
    "probably",
    // "maybe 45 minutes": a guess too; "do yoga like twice a week": a filler.
    "maybe",
    "perhaps",
    "like",
    // "return the library books um they're due sunday": the subject of the deadline after it.
    "they're",
    "we're",
];

/// Verbs that open a request to add something ("add running three times a week"), which are
/// not part of what is done.
pub(super) const OPENING_VERBS: &[&[&str]] = &[
    &["add"],
    &["put"],
    &["must", "to"],
    &["must"],
    &["should"],
    &["have", "to"],
    &["been", "asked", "to"],
    // "I've got to audit the expense reports".
    &["got", "to"],
    // "I'm saddled with orders to audit the expense reports".
    &["saddled", "with", "orders", "to"],
    // "I am charged to audit the expense reports".
    &["am", "charged", "to"],
    &["have", "been", "charged", "to"],
    &["been", "charged", "to"],
    &["charged", "to"],
    // "I am tasked to audit the expense reports", "tasked with auditing …".
    &["am", "tasked", "to"],
    &["tasked", "to"],
    &["am", "tasked", "with"],
    &["tasked", "with"],
    &["was", "asked", "to"],
    &["been", "told", "to"],
    &["supposed", "to"],
    &["made", "up", "my", "mind", "to"],
    &["make", "up", "my", "mind", "to"],
    &["decided", "to"],
    // "My plan is to lift weights five days a week".
    &["my", "plan", "is", "to"],
    &["the", "plan", "is", "to"],
    &["resolving", "to"],
    &["resolved", "to"],
    // "I hereby resolve to work on my posture each evening".
    &["resolve", "to"],
    &["determined", "to"],
    &["committed", "to"],
    &["have", "undertaken", "to"],
    &["undertaken", "to"],
    &["meant", "to"],
    &["ought", "to"],
    &["volunteered", "to"],
    &["offered", "to"],
    &["agreed", "to"],
];

/// Words that end what is done and start saying what it takes ("order the cards should take
/// about fifteen minutes", "… needs to be done by Wednesday").
pub(super) const TITLE_ENDS: &[&[&str]] = &[
    // "put for me Spanish practice as habit".
    &["as", "habit"],
    // "giving calligraphy a go".
    &["a", "go"],
    &["a", "try"],
    &["a", "shot"],
    &["should", "take"],
    &["will", "take"],
    &["would", "take"],
    &["might", "take"],
    &["takes"],
    &["needs", "to", "be"],
    &["has", "to", "be"],
    &["must", "be", "done"],
    &["must", "be", "finished"],
    // "call the insurance about the van at some point".
    &["at", "some", "point"],
    // "call the landlord - has to happen by tomorrow".
    &["has", "to", "happen"],
    &["needs", "to", "happen"],
    &["must", "happen"],
    // "write up the quote …, 2 hrs, has to go out by the 4th": when what is done is sent.
    &["has", "to", "go", "out"],
    &["needs", "to", "go", "out"],
    &["must", "go", "out"],
];

/// Verbs that open a habit being taken up ("I'd like to start yoga"), which are not part of the
/// habit itself; in a task they may be ("start the tax return").
pub(super) const HABIT_OPENING_VERBS: &[&[&str]] = &[
    // "set up a running habit": what is set up is the habit.
    &["set", "up", "a"],
    // "I'd love to fit in yoga three times per week".
    &["fit", "in"],
    &["start", "doing"],
    &["start"],
    &["begin"],
    &["take", "up"],
    &["get", "serious", "about"],
    &["get", "better", "at"],
    &["get", "back", "into"],
    &["get", "into"],
    &["pick", "up"],
    // "I want to get a run in 3 times a week": what is got in is the habit.
    &["get", "a"],
    &["get", "an"],
];

/// Verbs that make time when a length or date follows them ("block 2 hours to review …"), but
/// may be what is done otherwise ("reserve a table").
pub(super) const TIME_VERBS: &[&[&str]] = &[
    &["block", "out"],
    &["block", "off"],
    &["block"],
    &["reserve"],
    &["set", "aside"],
    &["carve", "out"],
    &["schedule"],
    &["allocate"],
    // "plan an hour this week to do the expense report".
    &["plan"],
    &["find"],
    &["book"],
    &["need"],
    &["hold"],
    // "please keep 25 minutes in the afternoon for inbox triage".
    &["keep"],
];

/// Words that open a first-person habit or task and are not part of what is done ("I usually go
/// swimming").
pub(super) const SUBJECTS: &[&str] = &[
    "i", "we", "i'll", "we'll", "i'd", "we'd", "i'm", "i've", "usually", "always", "normally", "like", "love", "want",
    "wanna", "would", "try", "trying", "me", "will", "gonna", "to", "so", "then", "also", "but", "still",
    // "I shall work on my posture each evening".
    "shall", // "I gotta audit the expense reports".
    "gotta", // "I'm keen to lift weights …".
    "keen", "eager",
];

/// Where a task is put ("on my todo list", "to my tasks"), which is not part of its title.
pub(super) const LIST_NOUNS: &[&[&str]] = &[
    &["task", "tracker"],
    &["tracker"],
    &["open", "items"],
    &["action", "items"],
    &["todo", "list"],
    &["to-do", "list"],
    &["to", "do", "list"],
    &["task", "list"],
    &["list"],
    &["tasks"],
    &["todos"],
    &["todo"],
    &["to-do"],
    &["to-dos"],
    &["calendar"],
    &["diary"],
];
