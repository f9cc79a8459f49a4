//! The words and set phrases that say what a request asks for, one list per kind of request.
//!
//! In a phrase, `*` stands for any one word and a word ending in `+` for any word it starts
//! ("cancel+" matches "cancelled"). A [`Pair`] is a verb and the particle that completes it
//! later in the sentence ("bring the planning session forward").

/// A phrase of lowercase words.
pub(super) type Phrase = &'static [&'static str];

/// A verb and the word that completes it a few words later.
pub(super) type Pair = (&'static str, &'static str);

pub(super) const CANCEL: &[Phrase] = &[
    // "Out it goes, please - not shunted, properly gone".
    &["out", "it", "goes"],
    &["cancel+"],
    // "I would like to annul the meeting"; "Could you just can it?".
    &["annul"],
    &["just", "can", "it"],
    &["withdraw"],
    &["wipe", "it"],
    &["isn't", "happening"],
    &["take", "it", "out"],
    &["from", "my", "calendar"],
    &["from", "my", "diary"],
    &["is", "moot"],
    &["won't", "be", "holding"],
    &["erase"],
    &["not", "take", "place"],
    &["wipe", "everything"],
    &["wipe", "all"],
    &["wipe", "my"],
    &["call", "off"],
    // "sack off my haircut with oyelaran tmrw": one's own thing called off, in British slang (not
    // "sack the contractor", "lift the sack off the trolley", "sack off the idea of a holiday").
    &["sack", "off", "my"],
    &["sack", "off", "our"],
    &["sack", "it", "off"],
    &["scrap"],
    &["scratch"],
    &["scrub"],
    &["nix"],
    &["axe"],
    &["kill"],
    &["ditch"],
    &["delete"],
    &["drop"],
    &["remove"],
    &["bin"],
    &["get", "rid", "of"],
    &["off", "my", "calendar"],
    &["off", "the", "calendar"],
    &["off", "my", "diary"],
    &["clear", "my"],
    &["clear", "everything"],
    &["clear", "all"],
    &["won't", "happen"],
    &["won't", "be", "going", "ahead"],
    &["not", "going", "ahead"],
    &["isn't", "going", "ahead"],
    &["clear", "it"],
    &["take", "it", "out", "of"],
    &["take", "that", "out", "of"],
    &["out", "of", "my", "calendar"],
    &["out", "of", "my", "diary"],
    // "Fade it to black in my calendar".
    &["fade", "it"],
    &["fade", "that"],
    // "deflate it outta my cal" (not "when im outta the water", "outta my depth").
    &["outta", "my", "cal"],
    &["outta", "my", "calendar"],
    &["outta", "my", "diary"],
    &["outta", "the", "cal"],
    &["outta", "the", "calendar"],
    &["out", "of", "the", "diary"],
    &["not", "happening"],
    // "pull the plug on it": end what was planned.
    &["pull", "the", "plug"],
    // "do away with the Friday review": be rid of it.
    &["do", "away", "with"],
    // "Strike it from the diary, please.": struck out of the calendar, as a line of a list is (not
    // "strike it from the contract", "strike that from the minutes").
    // ("Kindly strike from the diary my luncheon with …": one's own thing struck, named after
    // where; not "strike from the calendar invite the external guests", a part of an entry.)
    &["strike", "from", "the", "diary", "my"],
    &["strike", "from", "my", "diary", "my"],
    &["strike", "from", "the", "calendar", "my"],
    &["strike", "from", "my", "calendar", "my"],
    &["strike", "from", "the", "diary", "all"],
    &["strike", "from", "the", "calendar", "all"],
    &["strike", "it", "from", "the", "diary"],
    &["strike", "it", "from", "my", "diary"],
    &["strike", "it", "from", "the", "calendar"],
    &["strike", "it", "from", "my", "calendar"],
    &["strike", "it", "off", "the", "diary"],
    &["strike", "it", "off", "my", "diary"],
    &["strike", "it", "off", "the", "calendar"],
    &["strike", "it", "off", "my", "calendar"],
    &["strike", "that", "from", "the", "diary"],
    &["strike", "that", "from", "my", "diary"],
    &["strike", "that", "from", "the", "calendar"],
    &["strike", "that", "from", "my", "calendar"],
];

/// Verbs whose particle may sit after the object ("take the dentist off my calendar").
pub(super) const CANCEL_PAIRS: &[Pair] = &[("take", "off"), ("call", "off"), ("wipe", "off")];

/// What "bin" names before it as a noun ("Bin lorry.", "bin day").
pub(super) const BIN_THINGS: &[&str] = &[
    "lorry",
    "lorries",
    "truck",
    "bag",
    "bags",
    "men",
    "day",
    "liner",
    "lid",
    "collection",
    "store",
];

/// What one wears, which "take off" takes off one's body, not out of a calendar.
pub(super) const WORN: &[&str] = &[
    "headset",
    "headphones",
    "coat",
    "jacket",
    "gloves",
    "shoes",
    "boots",
    "hat",
    "helmet",
    "apron",
    "goggles",
    "glasses",
    "mask",
    "overalls",
    "uniform",
    "wellies",
    "harness",
];

pub(super) const RESCHEDULE: &[Phrase] = &[
    &["reschedul+"],
    &["shunt"],
    &["defer+"],
    &["pass", "it", "to"],
    // "Can the physio with Ottilie on Thursday at 4:15 be brought forward by an hour?": the
    // meeting itself, asked to be brought earlier by a length (not "Sami brought forward a
    // proposal", "the motion will be brought forward", "the clocks will be brought forward").
    &["be", "brought", "forward", "by"],
    &["be", "brought", "earlier"],
    // "tmrw's 10am stocktake w/ Hollie - can we start it 90 min later?": the meeting started later
    // or earlier by a length.
    &["start", "it", "*", "min+", "later"],
    &["start", "it", "*", "hour+", "later"],
    &["start", "it", "half", "an", "hour", "later"],
    &["start", "it", "*", "min+", "earlier"],
    &["start", "it", "*", "hour+", "earlier"],
    &["start", "it", "half", "an", "hour", "earlier"],
    // "please put it to the 9th at 2pm in place of the old time".
    &["put", "it", "to"],
    // (Not "an electric pump fitted in place of the old diesel", a thing replaced: see
    // `thing_replaced`.)
    &["in", "place", "of", "the", "old"],
    // "… on the 8th at 4 has to go somewhere between the 9th and the 11th".
    &["to", "go", "somewhere"],
    // "The 9am with Dr. Nakamura on the 8th needs to be later that day" (not "it has to be later
    // than 1pm", a bound on a booking).
    &["needs", "to", "be", "later", "that"],
    &["needs", "to", "be", "earlier", "that"],
    &["has", "to", "be", "later", "that"],
    &["has", "to", "be", "earlier", "that"],
    // "my 1:1 with sven on thursday at 2 needs to go later".
    &["needs", "to", "go", "later"],
    &["needs", "to", "go", "earlier"],
    &["has", "to", "go", "later"],
    &["has", "to", "go", "earlier"],
    // "can that go to the 14th?", "could it go to Tuesday evening instead?".
    &["can", "that", "go", "to"],
    &["could", "that", "go", "to"],
    &["can", "it", "go", "to"],
    &["could", "it", "go", "to"],
    &["make", "it", "later"],
    &["make", "it", "earlier"],
    // "the thurs 3:30 w Leilani, can we do it earlier in the day".
    &["do", "it", "earlier"],
    &["do", "it", "later"],
    &["rebook"],
    // "re-time the call to noon": give it another time.
    &["re-time"],
    &["retime"],
    &["move+"],
    &["moving"],
    &["push+"],
    &["postpon+"],
    &["shift"],
    // "could the 1:1 … be shifted to Wednesday": never a noun.
    &["shifted"],
    &["slide"],
    &["bump"],
    // "could the interview … get bumped to Thursday".
    &["bumped"],
    // "punt tomorrow's 12:40 to Wednesday": put off to later.
    &["punt"],
    // "leapfrog it to the 9th at 2pm?": jumped ahead to another day.
    &["leapfrog"],
    // "I must ask that Monday's 4:45pm be transposed to the 9th".
    &["transpos+"],
    // "I would ask you to migrate Monday's 4:45pm … to the 9th"; "Might it be re-dated to …".
    &["migrate"],
    &["re-dated"],
    // "I should be grateful if it could be held over to the 9th".
    &["held", "over", "to"],
    &["held", "over", "until"],
    &["redated"],
    // "please make it go to next week".
    &["make", "it", "go", "to"],
    // "Please make it new in next week".
    &["make", "it", "new"],
    // "can we shove that to friday".
    &["shove", "that"],
    &["shove", "it"],
    // "budge it to Dec 8", "prepone my 4pm to Tuesday": moved later or earlier.
    &["budge"],
    // ("… is to be preponed to Wednesday 2nd December, same time"; not "the preponed review", "now
    // that the launch got preponed").
    &["prepone"],
    &["be", "preponed"],
    &["preponed", "to"],
    &["rearrange"],
    &["reshuffle"],
    // "rejig Tuesday's 3pm to Friday": arrange it afresh.
    &["rejig+"],
    &["shuffle"],
    // "could Monday's 3pm be shuffled along to Friday": never a noun, as "shifted".
    &["shuffled"],
    &["displace"],
    // "relocate Friday's 2pm to the 9th": give it another place in the calendar.
    &["relocate"],
    // "I ask that Monday's 4:45pm with priyanka be transferred to the 9th".
    &["transferred", "to"],
    // "Kindly let the appointment stand over to the 9th".
    &["stand", "over", "to"],
    // "Could you re-home it to Wednesday at 10?".
    &["re-home"],
    &["rehome"],
    // "hop it across to Wednesday at 10".
    &["hop", "it", "across"],
    // "Mosey it on over to the 9th at 2pm".
    &["mosey", "it"],
    &["hop", "it", "over"],
    &["transfer", "it", "to"],
    &["make", "later"],
    &["make", "earlier"],
    &["delay"],
    &["swap"],
    &["switch"],
    &["put", "off"],
    &["instead"],
    &["change", "my"],
    &["change", "it"],
    // "the meeting with Dorje on Thursday 11 am, please change to Saturday 5th": changed to
    // another day, the meeting named before (see `other_sense`).
    &["change", "to"],
    &["new", "time", "for"],
    // "Please change meeting with Mr. Abdullahi on Tuesday 9am".
    &["change", "meeting"],
    &["change", "appointment"],
    &["another", "time", "for"],
    &["different", "time", "for"],
    &["change", "the"],
    &["change", "our"],
    &["mv"],
    &["needs", "to", "go", "to"],
    // "could it go to the afternoon?".
    &["could", "it", "go", "to"],
    &["can", "it", "go", "to"],
    // "can it go later that day?".
    &["can", "it", "go", "later"],
    &["could", "it", "go", "later"],
    &["has", "to", "go", "to"],
    &["must", "change"],
    &["need", "to", "change"],
    &["have", "to", "change"],
    // "My dentist on wednesday 8:00 must be changed": the meeting itself, changed.
    &["must", "be", "changed"],
    // "… on Sunday the 13th at 10 needs to happen a week earlier, same time".
    // (Only where it needs to: not "payroll will happen a day earlier", "a follow-up to happen a
    // week later", "If the launch has to happen a week later, …".)
    &["needs", "to", "happen", "a", "week", "earlier"],
    &["needs", "to", "happen", "a", "week", "later"],
    &["needs", "to", "happen", "a", "day", "earlier"],
    &["needs", "to", "happen", "a", "day", "later"],
    &["needs", "to", "be", "changed"],
    &["has", "to", "be", "changed"],
    &["should", "be", "changed"],
];

pub(super) const RESCHEDULE_PAIRS: &[Pair] = &[
    // "I want to make it one day earlier".
    ("make", "earlier"),
    // "I need to put it one week later", "kick it over to the 9th", "carry it forward".
    ("put", "later"),
    ("carry", "forward"),
    // "Might the appointment be permitted to drift on to Wednesday at 10", "may the meeting at
    // least cross over to Wednesday at 10?".
    ("drift", "to"),
    ("cross", "to"),
    ("kick", "over"),
    ("put", "earlier"),
    ("bring", "forward"),
    ("bring", "earlier"),
    ("pull", "forward"),
    ("move", "up"),
    ("push", "back"),
    ("push", "out"),
    ("roll", "over"),
    ("carry", "over"),
    // "put Monday's 10am back to Tuesday".
    ("put", "back"),
    // "nudge tomorrow's 12.30 along to Thursday".
    ("nudge", "along"),
    ("nudge", "back"),
    ("nudge", "forward"),
    // "drag it over to Friday", "drag Monday's 3pm to Tuesday": moved as on a calendar's screen.
    ("drag", "over"),
    ("drag", "to"),
    // "transfer it to Wednesday", "bounce Monday's 4pm to the 9th": sent on to another time.
    ("transfer", "to"),
    ("bounce", "to"),
    // "Monday's 12:30 will have to slip to Wednesday", "hold it over until the 9th": let go on
    // to a later time, or kept back for one.
    ("slip", "to"),
    ("hold", "over"),
    // "kick the review down the road to Friday": put off, as a can kicked along.
    ("kick", "down"),
    // "shove tomorrow's 10am back to Monday", "shove it along to Friday": pushed to a later time.
    ("shove", "back"),
    ("shove", "along"),
];

/// Words that make the request a reminder whatever it mentions ("remind me to cancel …").
pub(super) const STRONG_TASK: &[Phrase] = &[
    &["remind", "me", "to"],
    // "Mind me tae post the Christmas cards": "remind", as said in Scotland and Ireland.
    &["mind", "me", "to"],
    &["ping", "me", "to"],
    &["nudge", "me", "to"],
    &["remember", "to"],
    &["don't", "let", "me", "forget"],
    &["add", "a", "task"],
    // "book flights for the offsite, must be done by the 4th": work of one's own with a deadline,
    // whatever its verb.
    &["must", "be", "done"],
    &["needs", "to", "be", "done"],
    &["has", "to", "be", "done"],
];

/// Words that make a request a habit unless it cancels or moves a meeting ("a recurring block",
/// "from now on", "as a regular thing").
pub(super) const HABIT_WORDS: &[Phrase] = &[
    &["recurring"],
    &["from", "now", "on"],
    &["on", "repeat"],
    &["regular", "thing"],
    &["regularly"],
    &["to", "repeat"],
    &["repeating"],
    &["recur"],
];

/// Words that name a task without doubt (unless a phrase of [`NOT_TASK`] is in the request, or
/// the task is only a description set off by a comma: see `kind::task_as_aside`).
pub(super) const TASK: &[Phrase] = &[
    &["remind"],
    &["reminder"],
    &["remember", "to"],
    &["make", "sure", "i"],
    &["make", "sure", "to"],
    &["task"],
    &["tasks"],
    &["todo"],
    &["to-do"],
    &["to-dos"],
    &["todos"],
    &["to", "do", "list"],
    &["forget", "to"],
    &["note", "to", "self"],
    &["note", "for", "me"],
    &["make", "a", "note"],
    &["a", "to", "do"],
    &["to", "my", "list"],
    &["on", "my", "list"],
    // "whack this on my jobs list".
    &["on", "my", "*", "list"],
    &["to", "my", "*", "list"],
    &["deadline"],
    &["due"],
    &["action", "item"],
];

/// Words that name a task unless the request is about meeting someone ("I need 30 minutes with
/// Bo" asks for a meeting; "I need to file my taxes" is a task).
pub(super) const WEAK_TASK: &[Phrase] = &[
    &["need", "to"],
    &["have", "to"],
    &["i", "need"],
    &["i", "should"],
    &["i", "must"],
    &["i've", "got", "to"],
    &["gotta"],
];

pub(super) const DESCRIBE: &[Phrase] = &[
    &["what", "on"],
    // "Please outline my diary from Monday 21 to Wednesday 23 December" (not "outline my talk").
    &["outline", "my", "diary"],
    &["outline", "my", "calendar"],
    &["outline", "my", "schedule"],
    &["outline", "my", "week"],
    &["outline", "my", "day"],
    // "what's already in my diary on the 9th?": what is there, however it is put.
    &["what", "already"],
    &["what", "is", "already"],
    &["what", "in", "my"],
    &["what", "is", "in", "my"],
    &["what", "my"],
    &["what", "do", "i", "have"],
    &["what", "i", "have"],
    &["list", "what"],
    // "Please list whatever I have in the diary from Tuesday 1 …" (not "to list whatever we still
    // need").
    &["list", "whatever", "i"],
    // "Can you list whatever's on my calendar for next Tuesday?".
    &["list", "whatever", "on"],
    &["anything", "with"],
    &["what", "have", "i", "got"],
    &["what", "have", "i", "*", "got"],
    &["what", "do", "i", "*", "have"],
    // "What jobs have I got lined up between Monday 7 and Wednesday 9 December?": what things
    // (not "What room have I got for …", free time).
    &["what", "jobs", "have", "i", "got"],
    &["what", "calls", "have", "i", "got"],
    &["what", "bookings", "have", "i", "got"],
    &["what", "things", "have", "i", "got"],
    &["what", "plans", "have", "i", "got"],
    &["what", "visits", "have", "i", "got"],
    &["what", "sessions", "have", "i", "got"],
    &["what", "events", "have", "i", "got"],
    &["what", "else", "have", "i", "got"],
    // ("What engagements have I between Monday 4th and Friday 8th January?": asked the old way,
    // with no "got".)
    &["what", "engagements", "have", "i"],
    // ("What all meetings I am having on Tuesday 1st December …?": as Indian English asks.)
    &["what", "all", "meetings"],
    &["what", "all", "appointments"],
    &["what", "appointments", "have", "i"],
    &["what", "hours", "have", "i", "got"],
    &["what", "time", "have", "i", "got"],
    // "what I still have this week".
    &["what", "i", "still", "have"],
    &["what", "i", "already", "have"],
    &["what", "i", "got"],
    &["anything", "booked"],
    &["which", "meetings"],
    &["which", "appointments"],
    &["gimme"],
    &["have", "i", "got", "anything"],
    &["anything", "scheduled"],
    &["what", "appointments"],
    &["got", "stuff", "on"],
    &["anything", "going", "on"],
    &["what", "going", "on"],
    &["anything", "happening"],
    &["what", "i've", "got"],
    &["what", "meetings"],
    &["what", "happening"],
    &["what", "coming", "up"],
    &["what", "left"],
    &["what", "is", "left"],
    &["what", "scheduled"],
    // "Tell me what's booked on Saturday": what is in the calendar.
    &["what", "booked"],
    &["what", "is", "booked"],
    &["what", "is", "scheduled"],
    // "tell me what is planned for me on 24 December".
    &["what", "planned"],
    &["what", "is", "planned"],
    &["what", "am", "i", "doing"],
    &["what", "am", "i", "stuck", "with"],
    // "what have I committed to next week?", "what have I signed up for": what one has taken on.
    &["what", "have", "i", "committed", "to"],
    &["what", "am", "i", "committed", "to"],
    &["what", "have", "i", "signed", "up", "for"],
    &["what", "have", "i", "agreed", "to"],
    &["spoken", "for"],
    &["what", "am", "i", "looking", "at"],
    &["what", "am", "i", "up", "against"],
    &["what", "am", "i", "in", "for"],
    &["what", "time", "is", "my"],
    &["who", "am", "i"],
    &["who", "do", "i"],
    &["tell", "me", "about"],
    // "tell me my appointments of tomorrow".
    &["tell", "me", "my"],
    // "fill me in on what I've got booked".
    &["fill", "me", "in"],
    &["walk", "me", "through"],
    &["run", "me", "through"],
    &["walk", "me", "thru"],
    &["run", "me", "thru"],
    // "What's still left on my calendar today after 5pm?".
    &["what", "still", "left"],
    &["what", "left", "on"],
    // "read out my schedule for today, I'm driving", "read out monday morning's appointments" (not
    // "read out, signed for": a charge read out).
    &["read", "out", "*"],
    &["read", "me", "my"],
    // "show me what's on", not a closing "just show me" (the times asked for).
    &["show", "me", "*"],
    &["show", "my"],
    // "Show appointments Monday between 1 and 5 pm".
    // "show calendar dec 7-11": the calendar named without "my".
    &["show", "calendar"],
    &["show", "agenda"],
    &["show", "cal"],
    &["show", "appointments"],
    &["show", "meetings"],
    &["show", "bookings"],
    &["show", "events"],
    &["pull", "up"],
    &["bring", "up"],
    &["check", "my"],
    // "give me a rundown of next week", "give me a quick summary of my day" (not "meant to give me
    // a deep, booming villain's voice": a thing given).
    &["give", "me", "a", "*", "of"],
    &["give", "me", "a", "*", "*", "of"],
    &["rundown"],
    // "give me the lowdown on tuesday and wednesday".
    &["me", "the", "lowdown", "on"],
    &["rattle", "off"],
    // "what does my calendar say on the 16th?".
    &["calendar", "say"],
    &["diary", "say"],
    &["reel", "off"],
    &["meetings", "i've", "got"],
    &["meetings", "i", "have"],
    &["anything", "left"],
    &["full", "picture"],
    &["what", "sitting"],
    &["what", "is", "sitting"],
    &["summary"],
    &["summari+"],
    &["how", "does"],
    &["how", "my"],
    &["how", "busy"],
    &["how", "packed"],
    &["how", "full"],
    &["how", "*", "is", "my"],
    &["how", "*", "am", "i"],
    &["is", "my"],
    &["am", "i", "free"],
    &["am", "i", "busy"],
    &["am", "i", "clear"],
    &["am", "i", "booked"],
    &["double", "booked"],
    &["already", "booked"],
    &["any", "clashes"],
    &["any", "conflicts"],
    &["double-booked"],
    &["when", "is", "my"],
    // "am I seeing Rosalind at all this week?": whether the calendar holds someone.
    &["am", "i", "seeing"],
    &["am", "i", "meeting"],
    &["when", "am", "i", "meeting"],
    &["when", "am", "i", "seeing"],
    &["when", "do", "i", "meet"],
    &["when", "do", "i", "see"],
    &["overview"],
    &["look", "like"],
    // "what did i agree to on saturday the 5th".
    &["what", "did", "i", "agree", "to"],
    &["anything", "on"],
    &["anything", "planned"],
    &["anything", "in", "the", "diary"],
    &["anything", "in", "my", "diary"],
    &["anything", "in", "my", "calendar"],
    &["any", "meetings"],
    // "any appointments with the auditors next week?": asked as "any meetings" is.
    &["any", "appointments"],
    &["agenda"],
    &["list", "my"],
    &["list", "everything"],
    &["list", "all"],
    &["do", "i", "have"],
    &["is", "there", "anything"],
];

/// Asking for the soonest time.
pub(super) const URGENT: &[Phrase] = &[
    &["asap"],
    &["urgent"],
    &["urgently"],
    &["as", "soon", "as", "possible"],
    &["soonest"],
];

/// Words about one's free time ("am I free", "do I have time for") or the times it leaves ("a
/// shared slot", "the options").
pub(super) const AVAILABILITY: &[Phrase] = &[
    &["free"],
    &["slot"],
    &["slots"],
    &["options"],
    // "Suggestions only - enter nothing" (not "about her suggestions").
    &["suggestions", "only"],
    &["possible"],
    &["available"],
    &["availability"],
    &["time", "for"],
    &["room", "for"],
    &["space", "for"],
    // "do I have an hour open on Tuesday … for a meeting with Camille?".
    &["open"],
];

/// "How's the 14th looking": a question about the calendar around any words.
/// "how's Monday looking".
pub(super) const DESCRIBE_PAIRS: &[Pair] = &[("how", "looking"), ("how", "look")];

pub(super) const BOOK: &[Phrase] = &[
    &["book"],
    &["on", "the", "books"],
    &["tee", "up"],
    &["secure"],
    &["firm", "up"],
    &["send", "out", "the", "invites"],
    &["send", "out", "invites"],
    &["diarise"],
    &["diarize"],
    &["fire", "off"],
    &["issue", "calendar", "invitations"],
    &["issue", "calendar", "invites"],
    &["issue", "invitations"],
    &["circulate", "the", "invitation"],
    // "Let it stand in my calendar as settled, and let an invitation go to them".
    &["let", "it", "stand", "in"],
    &["let", "an", "invitation"],
    // "let an invite trundle over to them".
    &["let", "an", "invite"],
    // "Can you add a parent-teacher conference with Ms. Villanueva for Monday at 4:30?".
    &["add", "a"],
    &["add", "an"],
    &["make", "an", "appointment"],
    // "can you fix an appointment with the notary": set one, as Indian and European English say it.
    &["fix", "an", "appointment"],
    &["fix", "a", "meeting"],
    &["fix", "up", "a", "meeting"],
    &["fix", "up", "an", "appointment"],
    &["make", "a", "reservation"],
    &["make", "appointment"],
    &["make", "a", "meeting"],
    // "Please to make a reunion with my colleagues": a meeting, as French and Spanish say it.
    &["make", "a", "reunion", "with"],
    &["make", "please", "a", "meeting"],
    &["make", "meeting"],
    &["schedule"],
    &["sched"],
    &["set", "up"],
    // "on 4 December at 14:20 — could you set that up?".
    &["set", "that", "up"],
    &["set", "it", "up"],
    &["set", "this", "up"],
    &["setting", "up"],
    &["set", "a"],
    &["set", "aside"],
    &["arrange"],
    &["organise"],
    &["organize"],
    &["put"],
    // "give it a proper booked place in my calendar": a place in it booked (not "my booked place in
    // the queue", "in Tuesday's seminar").
    &["booked", "place", "in", "my"],
    // "my mid-placement review with Grainne, can that go in for Thursday the tenth at half one":
    // the meeting asked to go into the calendar.
    &["can", "that", "go", "in", "for"],
    &["can", "it", "go", "in", "for"],
    &["could", "that", "go", "in", "for"],
    &["could", "it", "go", "in", "for"],
    &["pop"],
    &["stick"],
    &["pencil"],
    &["create"],
    &["grab"],
    &["invite"],
    &["send", "an", "invite"],
    &["reserve"],
    &["block"],
    &["hold"],
    &["booked", "in"],
    &["new", "meeting"],
    &["send", "invites"],
    &["send", "invitations"],
    &["send", "the", "invite"],
    &["send", "an", "invitation"],
    &["send", "the", "invitation"],
    // "please allocate calendar time for …", "extend the invitation to them".
    &["allocate"],
    // "get a roadmap review with Noor in the calendar … and make sure they're invited".
    &["in", "the", "calendar"],
    &["make", "sure", "they're", "invited"],
    &["make", "sure", "they", "are", "invited"],
    // "convene a consultation …, enter it in my calendar", "plonk 90 minutes … in my calendar
    // and get the invite off to them".
    &["convene"],
    &["enter", "it"],
    // "is therefore to be entered in my calendar as a fixed engagement".
    &["to", "be", "entered"],
    // "lodge it in my calendar as confirmed": entered, as "enter it" is.
    &["lodge"],
    // "Please inscribe it in my calendar …, and cause an invitation to be sent to them".
    &["inscribe"],
    // "nail it down in my calendar", "install it in my calendar as a binding engagement and have
    // an invitation delivered to them".
    &["nail", "it", "down"],
    // "place it in my calendar as a settled engagement and summon them to it by invitation".
    &["place", "it", "in"],
    // "reflect that in my calendar as a real booking".
    &["reflect", "that", "in"],
    // "that it be set down in my calendar …, and that they be sent a formal invitation".
    &["be", "set", "down"],
    &["sent", "a", "*", "invitation"],
    // "make it a true appointment in my calendar and send to them the invitation".
    &["send", "to", "*", "the", "invitation"],
    &["send", "to", "*", "an", "invitation"],
    &["reflect", "it", "in"],
    &["by", "invitation"],
    // "print it onto my calendar … and route an invitation to them".
    &["onto", "my", "calendar"],
    &["route", "an", "invitation"],
    // "stake that out in my calendar as an actual appointment and get them an invitation".
    &["stake", "that", "out"],
    &["stake", "it", "out"],
    &["get", "*", "an", "invitation"],
    // "bank that in my calendar as a proper appointment and have the invitation go across to them".
    &["bank", "that", "in"],
    &["bank", "it", "in"],
    &["the", "invitation", "go"],
    &["an", "invitation", "go"],
    // "anchor this in my calendar … and see that they are furnished with an invitation".
    &["anchor", "this"],
    &["anchor", "it"],
    &["furnished", "with"],
    // "enshrine it in my calendar … and see that an invitation is conveyed to them".
    &["enshrine"],
    &["invitation", "is", "conveyed"],
    &["invitation", "conveyed"],
    &["nail", "down"],
    &["install", "it"],
    &["invitation", "delivered"],
    &["invite", "delivered"],
    &["invitation", "to", "be", "sent"],
    &["invite", "to", "be", "sent"],
    &["plonk"],
    &["bung"],
    &["invite", "off"],
    &["invites", "off"],
    &["extend", "the", "invitation"],
    &["extend", "an", "invitation"],
    &["extend", "the", "invite"],
    // "have the invitation sent to them".
    &["invitation", "sent"],
    &["invitations", "sent"],
    &["invite", "sent"],
    &["invites", "sent"],
    &["lock", "in"],
    &["squeeze", "in"],
    &["line", "up"],
    &["let", "do"],
    &["let", "us", "do"],
    &["let", "have"],
    &["go", "ahead"],
    &["on", "the", "calendar"],
    &["on", "my", "calendar"],
    &["to", "my", "calendar"],
    &["into", "my", "calendar"],
    &["into", "the", "calendar"],
    &["into", "my", "diary"],
    // "into my cal as a firm booking + invites out to them": entered as a booking, and its
    // invitations sent (not "What's coming into my cal next week?", "Before sending invites out
    // to the team, find a slot").
    &["into", "my", "cal", "as"],
    &["invites", "out", "to", "them"],
    &["invitations", "out", "to", "them"],
    &["in", "the", "diary"],
    &["in", "my", "diary"],
    // "please enter a meeting with Bo in my calendar": entered is booked.
    &["enter"],
    &["add", "a", "meeting"],
    // "send him an invitation", "issue an invite to them", "record it in the diary", "confirm a
    // meeting with Bo": an entry made and its invitation sent.
    &["send", "*", "an", "invitation"],
    &["send", "*", "an", "invite"],
    &["send", "*", "the", "invitation"],
    &["send", "*", "the", "invite"],
    // "give them the invitation like a bouquet", "hand him an invite": handed over, so sent (not
    // "give me the invitation details").
    &["give", "them", "the", "invitation"],
    &["give", "them", "an", "invitation"],
    &["give", "him", "the", "invitation"],
    &["give", "her", "the", "invitation"],
    &["give", "them", "the", "invite"],
    &["hand", "them", "the", "invitation"],
    &["hand", "them", "an", "invitation"],
    &["issue", "an", "invitation"],
    &["issue", "an", "invite"],
    &["record", "it"],
    &["confirm", "a"],
    &["confirm", "an"],
    // "set it down in my calendar", "get an invitation across to them": written down and sent.
    &["set", "it", "down"],
    &["get", "an", "invitation"],
    &["get", "the", "invitation"],
    &["get", "an", "invite"],
    &["get", "the", "invite"],
    // "make the entry in my calendar and see that they're sent an invitation".
    &["make", "the", "entry"],
    &["make", "an", "entry"],
    &["sent", "an", "invitation"],
    &["sent", "an", "invite"],
];

pub(super) const FIND: &[Phrase] = &[
    &["find"],
    &["scout+"],
    &["when"],
    &["free"],
    // "is mohammed around for a coffee this sunday": free for it.
    &["around", "for", "a"],
    &["around", "for", "an"],
    &["slot"],
    &["slots"],
    &["spot"],
    &["opening"],
    &["openings"],
    &["window"],
    &["windows"],
    &["gap"],
    &["gaps"],
    &["suggest"],
    &["propose"],
    &["options"],
    // "Suggestions only - enter nothing" (not "about her suggestions").
    &["suggestions", "only"],
    &["meet"],
    &["available"],
    &["availability"],
    &["a", "time"],
    &["some", "time"],
    &["any", "time"],
    &["good", "time"],
    &["could", "we", "do"],
    &["can", "we", "do"],
    &["does", "*", "work"],
    &["would", "*", "work"],
    &["time", "for"],
    &["time", "with"],
    &["times"],
    &["get", "me"],
    // "tell me where it lies empty": so too lying or sitting empty.
    &["where", "it", "lies", "empty"],
    &["where", "it", "sits", "empty"],
    // "tell me where it is empty", "where it's empty" ("it's" is "it" to the lexer): where the
    // calendar has room.
    &["where", "it", "is", "empty"],
    &["where", "it", "empty"],
    &["where", "it", "is", "clear"],
    &["where", "it", "clear"],
];

/// "Can Zara and Tom both do Wednesday": asking whether people can make a time.
pub(super) const FIND_PAIRS: &[Pair] = &[
    ("can", "do"),
    ("can", "make"),
    ("could", "do"),
    ("could", "make"),
    ("both", "do"),
    ("is", "free"),
    ("are", "free"),
];

/// Verbs that book when their particle follows the people or the meeting ("slot Ana in",
/// "squeeze a call with Bo in"), only where a verb can stand (see [`VERB_LEADS`]): "a slot in the
/// afternoon" asks nothing.
pub(super) const BOOK_PAIRS: &[Pair] = &[
    ("slot", "in"),
    ("squeeze", "in"),
    ("fit", "in"),
    ("pencil", "in"),
    ("lock", "in"),
    // "please calendar a walk-through with …", "diary a call with Bo": the calendar as a verb.
    ("calendar", "a"),
    ("calendar", "an"),
    ("diary", "a"),
    ("diary", "an"),
];

/// "Remind me what I've got": a question about the calendar, not a reminder to set.
pub(super) const NOT_TASK: &[Phrase] = &[
    // "with all due reverence": fitting, no deadline.
    &["all", "due"],
    // "The express is due through and I'm not taking my eye off it": a train expected, no
    // deadline (not "the visa form is due through the portal on Monday").
    &["due", "through", "and"],
    &["due", "through", "."],
    &["due", "through", ","],
    // "Biscuit is due his booster jab": owed something, not a deadline.
    &["due", "his"],
    &["due", "her"],
    &["due", "their"],
    &["due", "its"],
    &["remind", "me", "what"],
    // "allotting 40 minutes to the task": the work at hand, no task to track; "before tomorrow's
    // 12:30 … is due to begin": when it starts, no deadline.
    &["minutes", "to", "the", "task"],
    &["mins", "to", "the", "task"],
    &["min", "to", "the", "task"],
    &["hour", "to", "the", "task"],
    &["hours", "to", "the", "task"],
    &["half", "to", "the", "task"],
    &["due", "to", "begin"],
    &["due", "to", "start"],
    // "big tanker due in on the evening tide": a ship expected in, no deadline (not "the report is
    // due in two days", "due in on the 5th, remind me").
    &["due", "in", "on", "the", "tide"],
    &["due", "in", "on", "the", "*", "tide"],
    // "Remind me which meetings I've still got today": what is on, asked.
    &["remind", "me", "which"],
    &["remind", "me", "when"],
    &["remind", "me", "who"],
    &["remind", "me", "where"],
];

/// "Need to know", "have to say": a weak task word that asks for nothing to be done.
pub(super) const NOT_WEAK_TASK: &[Phrase] = &[
    // "I need you to block out 3 hours saturday afternoon": the assistant asked, not one's task.
    &["need", "you", "to"],
    // "Is Fatoumata free on Thursday …? I need her to check the French contract.": work asked of
    // someone else, why one asks, not one's own task.
    // (Not "I need them to confirm the trip", often one's own errand.)
    &["need", "her", "to"],
    &["need", "him", "to"],
    // "Show me this weekend please, I need to plan around the kids' football": why one asks.
    &["need", "to", "plan", "around"],
    &["have", "to", "plan", "around"],
    // ("put the window cleaner in for Saturday at 9? … I'll need to be there to let him in": one's
    // own presence at what is booked, why one asks.)
    &["need", "to", "be", "there", "to"],
    // "Please I need find 2 hours for the tax advisor": time to be found, said without "to".
    &["need", "find"],
    // "I might have to fly to Warsaw": what may happen, not something to do.
    &["might", "have", "to"],
    &["may", "have", "to"],
    // "I should be glad if you would …": politeness, not something to do.
    &["should", "be", "glad"],
    &["should", "be", "grateful"],
    &["should", "like"],
    &["need", "to", "know"],
    &["have", "to", "say"],
    &["need", "to", "check"],
    // "I only need to hear what's there".
    &["need", "to", "hear"],
];

/// Words that ask how full a day is when a question opens with "is" or "are" ("is Monday
/// afternoon pretty packed?").
pub(super) const FULLNESS: &[&str] = &[
    "packed", "busy", "full", "booked", "slammed", "hectic", "swamped", "clear", "rammed",
];

/// What a day or a week is likened to when it is full ("is next week a zoo or am I ok"), said only
/// of a day or a week (not "is the zoo open", "is the printer jammed").
pub(super) const LIKENED_FULL: &[&str] = &[
    "zoo",
    "madhouse",
    "nightmare",
    "manic",
    "crazy",
    "chaotic",
    "rammed",
    "jammed",
];

/// Where a meeting is put ("put a call … in my agenda"): a booking, even with a word that would
/// otherwise ask to describe the calendar.
pub(super) const INTO_THE_AGENDA: &[Phrase] = &[
    &["in", "my", "agenda"],
    &["into", "my", "agenda"],
    &["to", "my", "agenda"],
];

/// Where a meeting is put in the calendar ("put it in the calendar", "pop it into my diary").
pub(super) const INTO_THE_CALENDAR: &[Phrase] = &[
    &["in", "the", "calendar"],
    &["in", "my", "calendar"],
    &["into", "the", "calendar"],
    &["into", "my", "calendar"],
    &["in", "the", "diary"],
    &["in", "my", "diary"],
    &["into", "my", "diary"],
    &["into", "the", "diary"],
];

/// Phrases opening with a verb that asks for nothing, a story's words ("We withdraw on tiptoe",
/// "the mould has put out feelers"), where the verb alone would (not "put out a meeting request").
pub(super) const NOT_VERB_PHRASES: &[Phrase] = &[
    &["withdraw", "on", "tiptoe"],
    &["put", "out", "feelers"],
    &["put", "out", "shoots"],
    &["put", "out", "roots"],
    &["put", "out", "tendrils"],
    &["put", "out", "leaves"],
    // "I'll put the question to them in person": asked, nothing put in (not "put the question time
    // session in my calendar").
    &["put", "the", "question", "to"],
    &["put", "a", "question", "to"],
    // "the heavy work pushed further in where the heat holds steady": deeper in somewhere, nothing
    // moved (not "the sync pushed further into the afternoon").
    &["pushed", "further", "in", "where"],
    // "I'll put it to them face to face", "I'll put it to him myself": asked, nothing moved to them
    // (not "put it to them next Tuesday at 2pm", "put it to her preferred time").
    &["put", "it", "to", "them", "face"],
    &["put", "it", "to", "him", "face"],
    &["put", "it", "to", "her", "face"],
    &["put", "it", "to", "them", "myself"],
    &["put", "it", "to", "him", "myself"],
    &["put", "it", "to", "her", "myself"],
    &["put", "it", "to", "them", "in", "person"],
    &["put", "it", "to", "him", "in", "person"],
    &["put", "it", "to", "her", "in", "person"],
];

/// Verbs that mean something else before these words ("drop me a few slots" sends them, it
/// drops nothing).
pub(super) const NOT_VERBS_BEFORE: &[(&str, &[&str])] = &[
    // "We withdraw into the hall": going away somewhere, nothing withdrawn.
    ("withdraw", &["into", "slowly", "backwards", "behind"]),
    // "put up the swingball set in the back garden": a part of a place, nothing put back.
    (
        "back",
        &[
            "garden", "yard", "door", "room", "seat", "seats", "office", "row", "porch", "gate", "wall", "stairs",
            "entrance", "bedroom", "pocket",
        ],
    ),
    // "drop an invitation into their inbox": sent, not dropped.
    // "dont drop anythin into the cal": nothing put in, nothing dropped; "drop nobody a line":
    // no message sent.
    (
        "drop",
        &[
            "me", "us", "them", "him", "her", "by", "in", "a", "an", "anything", "anythin", "nothing", "nobody",
        ],
    ),
    // "Get it into my calendar - dropped in, committed": put in, nothing dropped.
    ("dropped", &["in", "into", "by", "me", "us", "them", "him", "her"]),
    // "put heads together with Noor": think it over together, nothing put in a calendar; "put
    // nothing inside it": nothing put there.
    ("put", &["heads", "nothing"]),
    // "the instant I push off": setting out, nothing pushed.
    ("push", &["off"]),
    // "long enuf for us to shuffle thru": walking, nothing shuffled.
    ("shuffle", &["thru", "through", "past"]),
    // "carry your eye over my calendar": a look taken, nothing carried over.
    ("carry", &["your"]),
    // "prepare the slide deck": slides, not a meeting sliding; "slide them an invitation": handed
    // over, not moved.
    (
        "slide",
        &[
            "deck", "decks", "show", "shows", "pack", "them", "him", "her", "me", "us",
        ],
    ),
];

/// Verbs that are nouns, or tell what has been done, after these words ("agreed without delay",
/// "no delay", "the sandbank has moved"): "without delay" says how soon, it puts nothing off.
pub(super) const NOT_VERBS_AFTER: &[(&str, &[&str])] = &[
    // "socks n sandals is makin his move": a step taken, nothing moved.
    ("move", &["his", "her", "their"]),
    (
        "delay",
        &["without", "no", "any", "a", "the", "slight", "short", "long", "further"],
    ),
    // "atop the great slide", "the slide was faster than the prophecy foretold": a slide to go
    // down (or to show), nothing slid (not "can we first slide the review", an adverb).
    // "yawns at his own slide": a slide shown, one's own.
    (
        "slide",
        &[
            "the",
            "a",
            "great",
            "big",
            "long",
            "water",
            "playground",
            "his",
            "my",
            "own",
            "their",
            "your",
            "our",
        ],
    ),
    // "explain how the sandbank has moved": what has moved already, told, not asked for.
    ("moved", &["has", "have", "had", "got", "been", "was", "were"]),
    // "a parent chat about moving Mila up a squad": what is talked about; "the moving dinosaurs":
    // what moves.
    ("moving", &["about", "the", "a"]),
    // "kneeling on a reserve canopy", "the stick blender": a thing, not a booking.
    ("reserve", &["a", "the"]),
    // "in the middle of a scrub": a wash, nothing scrubbed off.
    ("scrub", &["a", "the", "good", "quick"]),
    // "the light switch": a thing, nothing switched.
    ("switch", &["light", "power", "kill"]),
    // "a pop filter before my nose": a thing, nothing popped in.
    ("pop", &["a", "the"]),
    // "not even a scrap of paper thru their door": a bit of something, nothing scrapped; "a torn
    // scrap of the yellow end tag off a timber pack".
    // "as it was the nearest scrap of paper": a piece, nothing scrapped.
    (
        "scrap",
        // ("kept apart from coloured scrap", "metal scrap": waste, nothing scrapped.)
        &[
            "a", "the", "nearest", "last", "every", "single", "tiny", "little", "torn", "crumpled", "folded",
            "coloured", "colored", "metal",
        ],
    ),
    // "a gentle shuffle turns into a stampede": a dance step, nothing shuffled.
    ("shuffle", &["a", "gentle", "little", "quick", "slow", "every"]),
    // "when the bell has rung for the final swap": a turn of a game, nothing swapped.
    ("swap", &["final", "last", "first", "next"]),
    // "a request slip still waiting to be fetched": a slip of paper, nothing slipped.
    (
        "slip",
        &[
            "a",
            "request",
            "pay",
            "packing",
            "delivery",
            "permission",
            "betting",
            "booking",
        ],
    ),
    // "nothing in the ditch", "the jack lying against the far ditch": a trench, nothing dropped.
    ("ditch", &["a", "the", "far", "near"]),
    // "a bottle of indicator I really mustn't drop", "dont drop the puck": what must not fall,
    // nothing dropped.
    // "at the top of the drop": a slope, nothing dropped.
    ("drop", &["mustn't", "musn't", "never", "don't", "dont", "the", "a"]),
    // "an axe is wedged in the beam": a tool, nothing axed.
    ("axe", &["a", "an", "the", "my", "your", "his", "her", "their", "our"]),
    // "beat it with your stick": one's own stick; "the cutting stick turned once …": a stick by
    // what it is for.
    (
        "stick",
        &[
            "a", "the", "your", "my", "his", "her", "their", "our", "cutting", "walking", "glue", "memory", "drum",
        ],
    ),
    // "not a scratch goes onto the calendar": a mark, nothing scratched out; "up in the grab
    // crane": a thing, nothing grabbed.
    ("scratch", &["a"]),
    ("grab", &["the", "a"]),
    // "not a drop of message reaches them": a little, nothing dropped; "tipping on the big drop":
    // a fall; "every drop on the window goes sideways": drops of rain; "a roller deck at the
    // oversize drop", "the bag drop": where bags are handed in.
    (
        "drop",
        &["a", "big", "steep", "sheer", "every", "oversize", "bag", "baggage"],
    ),
    // "45 minutes at a push": at the most, not moved.
    ("push", &["a"]),
];

/// Verbs that are also nouns ("my schedule", "a 2 hour block"): verbs only where a clause or a
/// request starts, or after one of [`VERB_LEADS`].
pub(super) const NOUNS: &[&str] = &["schedule", "book", "block", "hold", "shift", "bin"];

/// Words that begin with a verb's stem ("push+", "move+") but are other words: "by the coin
/// pusher", "a pushchair", "a movie night".
pub(super) const NOT_STEMMED: &[&str] = &[
    "pusher",
    "pushers",
    "pushchair",
    "pushchairs",
    "pushy",
    "pushover",
    "movie",
    "movies",
    "movement",
    "movements",
    "mover",
    "movers",
];

/// Modal verbs, after which a verb of [`NOUNS`] may stand ("could hold").
pub(super) const MODALS: &[&str] = &["can", "could", "would", "will", "should", "might", "may"];

/// Words after which a verb of [`NOUNS`] is still a verb ("please book", "I'd like to schedule").
pub(super) const VERB_LEADS: &[&str] = &[
    "please", "you", "to", "and", "then", "can", "could", "would", "will", "should", "i", "we", "i'll", "we'll", "let",
    "just", "me", "ok", "okay", "hi", "hey", "also", "gonna", "kindly", "i'm", "anyway",
    "so", // "uh yeah book, um, the dentist".
    "yeah", "yes", "yep", // "I must consult priyanka", "I've promised priyanka a get-together".
    "must", "i've", "we've", // "could you maybe book 15 mins …": a hedge before the verb.
    "maybe", "perhaps", "possibly",
];

/// "Can you see when I could fit in …", "what times could I offer them?": asking when, which a
/// booking verb around it does not make a booking ("I'll send the invite myself").
pub(super) const ASKS_WHEN: &[Phrase] = &[
    &["see", "when"],
    // "can you see where 45 minutes would fit", not "easing it … to see where the limbs bend".
    &["you", "see", "where"],
    &["when", "i", "could"],
    &["when", "could", "i"],
    &["when", "can", "i"],
    &["what", "times"],
    &["which", "times"],
    &["what", "slots"],
    &["which", "slots"],
    // "between monday and wednesday, which mornings could I fit a call with Hamid in?".
    &["which", "mornings", "could"],
    &["which", "afternoons", "could"],
    &["which", "evenings", "could"],
    &["which", "days", "could"],
    &["which", "mornings", "can"],
    &["which", "afternoons", "can"],
    &["which", "evenings", "can"],
    &["which", "days", "can"],
    &["could", "i", "offer"],
    &["can", "i", "offer"],
    &["where", "could"],
    &["where", "would"],
    &["where", "can", "i", "fit"],
    &["where", "can", "we", "fit"],
    &["where", "can", "i", "put"],
    &["where", "can", "i", "squeeze"],
    &["where", "can", "it", "go"],
    // "any gap this week where i could grab ahmed?".
    &["where", "i", "could"],
    // "when could the coordinators and I grab 20 minutes".
    &["when", "could"],
    &["where", "we", "could"],
    &["if", "i", "wanted", "to"],
    // "when's the earliest I could fit in a call": asking for the soonest time, booking none.
    &["when", "the", "earliest"],
    // "I'd love to grab dinner with them": a wish, asking when it could be.
    &["love", "to", "grab"],
];

/// Words saying work of one's own can wait ("reconcile the club accounts, 2 hrs, no rush").
pub(super) const NO_RUSH: &[Phrase] = &[
    &["no", "rush"],
    &["no", "hurry"],
    &["at", "some", "point"],
    &["whenever"],
];

/// Questions that ask for free times, checked before the words that describe the calendar.
pub(super) const ASKS_FOR_TIMES: &[Phrase] = &[
    // "where do I have room tomorrow …", "I just need to see the gaps".
    &["where", "do", "i", "have"],
    &["see", "the", "gaps"],
    // "I'm trying to line up a half-hour sync …", "Any chance to squeeze in 30 minutes …?".
    &["trying", "to", "line", "up"],
    &["any", "chance", "to"],
    // "show me what dribbles out - the empty bits".
    &["the", "empty", "bits"],
    &["the", "free", "bits"],
    // "show me the blank stretches inside": the free time shown.
    &["show", "me", "the", "blank"],
    &["show", "me", "the", "empty"],
    &["show", "me", "the", "bare"],
    &["show", "me", "the", "free"],
    &["show", "me", "the", "open"],
    // "I'm trying to find like twenty minutes with Mei-Ling …, is there anything?".
    &["trying", "to", "find"],
    &["which", "times", "am", "i"],
    &["what", "times", "am", "i"],
    &["when", "am", "i", "free"],
    &["when", "am", "i", "clear"],
    &["when", "am", "i", "available"],
    // "I'd like to know when I'm free today after 4 for about an hour and a half".
    &["know", "when", "i'm", "free"],
    &["know", "when", "i", "am", "free"],
    // "list what's possible", "what is possible on Friday?": the times that could be had.
    &["what", "possible"],
    &["what", "is", "possible"],
    // "show me where I've got a free hour": where the gaps are, not what is on.
    &["show", "me", "where"],
    // "Show me my free times after 3 tomorrow.": the free times.
    &["show", "me", "my", "free", "times"],
    &["show", "me", "my", "free", "slots"],
    &["show", "me", "my", "open", "times"],
    &["show", "me", "my", "open", "slots"],
    // "look for a free 2h block tmrw morning, need to write the grant draft": free time searched
    // for, whatever it is for.
    &["look", "for", "a", "free"],
    &["find", "a", "free"],
    &["find", "me", "a", "free"],
    // "show me what's open": the times still free.
    &["what", "open"],
    // "the points … at which my calendar could absorb a 1-hour demonstration", "to see whether
    // it'd fit anywhere": where something would fit.
    &["calendar", "could", "absorb"],
    &["calendar", "could", "take"],
    &["calendar", "could", "fit"],
    &["calendar", "can", "fit"],
    &["fit", "anywhere"],
    // "see what I've got free between Tuesday and Thursday": the free times.
    &["what", "i've", "got", "free"],
    &["have", "i", "got", "free"],
    // "Which evenings am I free tomorrow or Sunday?": free times.
    &["which", "*", "am", "i", "free"],
    &["what", "*", "am", "i", "free"],
    &["what", "i", "have", "free"],
    &["what", "do", "i", "have", "free"],
    // "tell me … where the openings lie".
    &["where", "the", "openings"],
    // "what openings do I have this week for a 3-hour block": free times asked for.
    &["what", "openings"],
    &["what", "gaps"],
    &["what", "slots"],
    &["which", "slots"],
    // "Is my calendar clear for that anywhere on Wednesday?": room for it somewhere.
    &["for", "that", "anywhere"],
    &["for", "it", "anywhere"],
    &["room", "anywhere"],
    &["what", "is", "open"],
    // "point me to the places where this can enter?": where it could go.
    &["places", "where"],
    &["where", "this", "can"],
    &["where", "this", "could"],
    // "tell me in which holes this can stay".
    &["which", "holes"],
    // "pinpoint where my calendar's got room for that", "tally up the blank bits in my cal".
    &["where", "my", "calendar"],
    &["blank", "bits"],
];

/// Words naming free time itself ("any gaps on the 9th?"): with a closing "show me what's there",
/// the times are asked for, not what is on.
pub(super) const GAP_WORDS: &[&str] = &[
    "gap", "gaps", "slot", "slots", "opening", "openings", "window", "windows",
];

/// Words that deny what follows them in the clause ("no invite yet", "hold off on sending"): a
/// booking word after one of them does not ask to book.
/// "nothing is to be entered in the calendar": nothing done is as good as not doing it.
pub(super) const NEGATORS: &[&str] = &[
    "no", "not", "don't", "dont", "without", "off", "never", "nothing",
    // "that I cannot put right on site".
    "cannot", "can't", // "nada goes in the cal".
    "nada",
];

/// Words that make a weak task word about a meeting instead.
pub(super) const MEETING_WORDS: &[&str] = &[
    "with",
    "meeting",
    "meet",
    "catch",
    "sync",
    "chat",
    "1:1",
    "catch-up",
    "catchup",
    "standup",
    "interview",
    "slot",
];
