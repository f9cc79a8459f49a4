//! What the request asks for (find, book, move, cancel, describe, add a task or a habit), read
//! from the verbs, set phrases and split verbs ("bring … forward") it uses.

mod chance;
mod gerunds;
mod moving;
mod on_asked;
mod phrases;
mod questions;
mod time_sought;
mod when_asked;

use super::lexer::{Token, sentence_of, starts_with};
use phrases::{Pair, Phrase};

/// The kind of request before its details are attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Find,
    Book,
    Reschedule,
    Cancel,
    Describe,
    Task,
    Habit,
    Clarify,
}

/// How far (in words) a particle may sit from its verb.
const PAIR_REACH: usize = 8;

/// The request's words with nouns spelled like verbs ("my schedule") blanked out.
struct Words<'a> {
    toks: &'a [Token],
    noun: Vec<bool>,
}

impl<'a> Words<'a> {
    fn new(toks: &'a [Token]) -> Self {
        let noun = (0..toks.len())
            .map(|i| -> Option<()> {
                let prev = &toks[i.checked_sub(1)?];
                (phrases::NOUNS.contains(&toks[i].low.as_str())
                    && (!prev.punct && !phrases::VERB_LEADS.contains(&prev.low.as_str()) || thing_can(toks, i)))
                .then_some(())
            })
            .enumerate()
            .map(|(i, n)| n.is_some() || other_sense(toks, i))
            .collect();
        Self { toks, noun }
    }

    fn word_is(&self, i: usize, w: &str) -> bool {
        let t = &self.toks[i];
        if t.punct || self.noun[i] {
            return false;
        }
        match (w, w.strip_suffix('+')) {
            ("*", _) => true,
            // ("push-fit inserts", "push-button": the stem joined by a hyphen to another word is a
            // compound of its own.)
            // (But "pls push-back my 2pm", "move-up tomorrow's standup": the verb and its particle
            // hyphenated, not after "the" or "a", where it names a thing.)
            (_, Some(stem)) => t.low.strip_prefix(stem).is_some_and(|rest| {
                let phrasal = rest
                    .strip_prefix('-')
                    .is_some_and(|p| matches!(p, "back" | "up" | "forward" | "out" | "off"))
                    && !(i > 0 && matches!(self.toks[i - 1].low.as_str(), "the" | "a" | "this" | "that"));
                !phrases::NOT_STEMMED.contains(&t.low.as_str()) && (!rest.starts_with('-') || phrasal)
            }),
            _ => t.low == w,
        }
    }

    /// True when `phrase` occurs in the request.
    fn has(&self, phrase: Phrase) -> bool {
        (0..self.toks.len()).any(|i| self.matches_at(i, phrase))
    }

    /// True when `phrase` occurs at `i`.
    fn matches_at(&self, i: usize, phrase: Phrase) -> bool {
        self.toks.len() >= i + phrase.len() && phrase.iter().enumerate().all(|(k, w)| self.word_is(i + k, w))
    }

    /// True when a verb of `pairs` is followed, within a clause, by its particle, and the words
    /// between do not address the assistant ("can you do that again" asks nothing of a calendar).
    fn has_pair(&self, pairs: &[Pair]) -> bool {
        pairs.iter().any(|(verb, particle)| {
            (0..self.toks.len())
                .filter(|&i| {
                    self.word_is(i, verb)
                        && !takes_off_what_is_worn(self.toks, i)
                        && !aims_at(self.toks, i)
                        && !named_thing_at(self.toks, i)
                })
                .any(|i| self.has_pair_at(i, particle, false))
        })
    }

    /// True when `particle` follows the verb at `i` within a clause (across the commas of a list
    /// of people, with `lists`).
    fn has_pair_at(&self, i: usize, particle: &str, lists: bool) -> bool {
        // "roll Monday's 4pm with Dr. Varga over": an honorific's full stop ends no clause.
        let honorific_stop =
            |k: usize| self.toks[k].low == "." && super::people::HONORIFICS.contains(&self.toks[k - 1].low.as_str());
        // "Carry that very meeting, already in my calendar, over to Wednesday": an aside opening
        // with "already", set off by commas, is passed over (its words not counted).
        // (Only after a meeting named: not "Take the boxes, already packed, off the truck".)
        let aside = |k: usize| {
            (self.toks[k].low == ","
                && self.toks.get(k + 1).is_some_and(|t| t.low == "already")
                && self.toks[i + 1..k].iter().any(|t| {
                    super::people::MEETING_NOUNS.contains(&t.low.as_str())
                        || matches!(t.low.as_str(), "meeting" | "appointment" | "entry" | "booking")
                        || t.possessive
                }))
            .then(|| (k + 2..self.toks.len().min(k + 8)).find(|&j| self.toks[j].low == ","))
            .flatten()
        };
        // ("bring my 3:30pm call with Dr. Haugland on Thursday forward": nor does the title count
        // as a word of the way.)
        // ("bring the commitee mtg w/ Pieter-Jan and the treasurer fwd": nor do the joints of a
        // list of people after "with".)
        // (Only a list of people, a name after its "with": not "my laptop with the charger and the
        // adapter".)
        let listed = |k: usize| {
            matches!(self.toks[k].low.as_str(), "and" | "the" | "&" | "+")
                && (i + 1..k).any(|j| {
                    matches!(self.toks[j].low.as_str(), "with" | "w/")
                        && self.toks.get(j + 1).is_some_and(|n| n.capitalised() && !n.punct)
                })
        };
        // ("bring his 4pm tasting with Ms. Mbeki on Thursday 10 December forward": nor the day the
        // meeting is on.)
        let dated = |k: usize| {
            let low = self.toks[k].low.as_str();
            let day = |j: usize| {
                self.toks.get(j).is_some_and(|t| {
                    crate::intent::dates::weekday(&t.low).is_some()
                        || crate::intent::dates::month(&t.low).is_some()
                        || crate::intent::dates::day_number(&t.low).is_some()
                })
            };
            // (Only after a meeting named by its hour, what it is or whom it is with, and not for
            // "to" or "off": not "call Tom on Monday 30 November and tell him the party is off",
            // "transfer the money … on Friday 4 December to Ana's account".)
            let meeting_before = self.toks[i + 1..k].iter().any(|t| {
                crate::intent::clock::written_clock(t)
                    || super::people::MEETING_NOUNS.contains(&t.low.as_str())
                    || matches!(t.low.as_str(), "with" | "w/" | "o'clock")
            });
            meeting_before
                && !matches!(particle, "to" | "off")
                && (day(k) && (1..4).any(|b| k >= b && self.toks[k - b].low == "on") || low == "on" && day(k + 1))
        };
        let counts = |k: usize| {
            !(honorific_stop(k) || k + 1 < self.toks.len() && honorific_stop(k + 1) || listed(k) || dated(k))
        };
        let mut reached = Vec::new();
        let mut counted = 0;
        let mut k = i + 1;
        while k < self.toks.len() && counted <= PAIR_REACH {
            if let Some(end) = aside(k) {
                k = end + 1;
                continue;
            }
            let t = &self.toks[k];
            if !((!t.punct || honorific_stop(k) || lists && t.low == ",") && t.low != "you") {
                break;
            }
            reached.push(k);
            counted += usize::from(counts(k));
            k += 1;
        }
        reached
            .into_iter()
            .filter(|&k| counts(k))
            .take(PAIR_REACH)
            // "let a message drift down to them": a "to" before whom it reaches says no new time;
            // nor does one closing a span of hours ("drift across my calendar next Tuesday from 10
            // to 12").
            .any(|k| {
                // (Not with a meeting named before it: "Drag my 1:1 with Ana from 2 to 4" moves it.)
                let calendar = |j: usize| {
                    self.toks
                        .get(j)
                        .is_some_and(|t| matches!(t.low.as_str(), "calendar" | "cal" | "diary" | "schedule"))
                };
                let meeting_named =
                    (i + 1..k).any(|j| matches!(self.toks[j].low.as_str(), "my" | "the" | "our") && !calendar(j + 1));
                let span = k > 1
                    && self.toks[k - 2].low == "from"
                    && self.toks[k - 1].low.starts_with(|c: char| c.is_ascii_digit())
                    && !meeting_named;
                // "like I carry my wife over the course": "over" before where, a preposition (not
                // "roll over the planning meeting to the weekend", going on to a new time); "hold
                // a 1:1 with Ana over the phone tomorrow": how it is held, whatever follows.
                let medium = self.toks.get(k + 2).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "phone" | "video" | "zoom" | "teams" | "coffee" | "lunch" | "dinner" | "drinks" | "breakfast"
                    )
                });
                let across = particle == "over"
                    && self.toks.get(k + 1).is_some_and(|t| {
                        matches!(
                            t.low.as_str(),
                            "the" | "a" | "an" | "my" | "your" | "his" | "her" | "their"
                        )
                    })
                    && (medium
                        || !(k + 1..self.toks.len()).take_while(|&j| !self.toks[j].punct).any(|j| {
                            matches!(self.toks[j].low.as_str(), "to" | "until" | "till" | "into")
                                || crate::intent::dates::day_or_hour_at(self.toks, j)
                        }));
                self.word_is(k, particle) && !(particle == "to" && (told(self.toks, k + 1) || span)) && !across
            })
    }

    /// As [`Words::has_pair`], for verbs only where a verb can stand: at the start of a clause or
    /// after one of [`phrases::VERB_LEADS`].
    fn has_verb_pair(&self, pairs: &[Pair]) -> bool {
        pairs.iter().any(|&(verb, particle)| {
            (0..self.toks.len())
                // "no need to lock it in yet": a verb denied in its clause books nothing.
                .filter(|&i| self.word_is(i, verb) && verb_can_stand(self.toks, i) && !denied(&self.toks[..i]))
                .filter(|&i| !asked_where(self.toks, i))
                // "tell me the free openings it would fit in": where it would fit, supposed, books
                // nothing (not "could you fit Bo in").
                .filter(|&i| {
                    !(i > 1
                        && self.toks[i - 2].low == "it"
                        && matches!(self.toks[i - 1].low.as_str(), "would" | "could" | "might" | "will"))
                })
                // "pencil nothing in": what is put in is nothing.
                // (Not "pencil nothing in with Bo, but book lunch with Ana", "pencil nothing else in
                // except a call with Ana at 4": something is still put in.)
                .filter(|&i| {
                    self.toks.get(i + 1).is_none_or(|t| t.low != "nothing")
                        || self.toks[i + 1..]
                            .iter()
                            .any(|t| matches!(t.low.as_str(), "but" | "except"))
                })
                .any(|i| self.has_pair_at(i, particle, true))
        })
    }

    /// As [`Words::any`], not counting a phrase denied earlier in its clause ("no invite yet",
    /// "hold off on sending invitations").
    fn any_affirmed(&self, phrases: &[Phrase]) -> bool {
        phrases.iter().any(|phrase| {
            (0..self.toks.len()).any(|i| {
                self.matches_at(i, phrase)
                    && !self.puts_off(i, phrase)
                    && !self.names_a_kind(i, phrase)
                    && !self.resembles(i, phrase)
                    && !states_whose(self.toks, i, phrase)
                    && !routine_told(self.toks, i, phrase)
                    && !left_of_a_thing(self.toks, i, phrase)
                    && !mended(self.toks, i, phrase)
                    && !checks_own_things(self.toks, i, phrase)
                    && !denied(&self.toks[..i])
                    && !asked_where(self.toks, i)
                    // "send nobody an invitation": nobody the one it goes to.
                    && !phrase
                        .iter()
                        .enumerate()
                        .any(|(k, w)| *w == "*" && matches!(self.toks[i + k].low.as_str(), "nobody" | "no-one"))
                    // "book nothing STOP invite nobody": what it is done to is nothing, closing its
                    // clause (not "invite nobody from sales, only Ana", "do I have nothing on Friday").
                    && !(self
                        .toks
                        .get(i + phrase.len())
                        .is_some_and(|t| matches!(t.low.as_str(), "nothing" | "nobody" | "none"))
                        // ("invite nobody and message nobody": or before the next denial.)
                        && self
                            .toks
                            .get(i + phrase.len() + 1)
                            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "and" | "or"))
                        && matches!(
                            phrase[0],
                            "book" | "invite" | "message" | "schedule" | "add" | "send" | "enter" | "put" | "block"
                        ))
                    && !looked_into(self.toks, i)
                    // "I'll send the invite myself", "ill grab em on the slipway myself": the one
                    // asking does it.
                    && !self.toks[i + phrase.len()..]
                        .iter()
                        .take(6)
                        .take_while(|t| !t.punct)
                        .enumerate()
                        // "- this part I arrange personally" (not "so I can personally thank Ana").
                        .any(|(k, t)| {
                            matches!(t.low.as_str(), "myself" | "ourselves") || k < 2 && t.low == "personally"
                        })
            })
        })
    }

    /// "the faintest rustle of an agenda paper": a one-word phrase between "a" or "an" and the
    /// thing it is a kind of names that thing, asks nothing; so does a pencil or a stick after "a"
    /// closing its clause ("drawins of a smilin bloke wiv a pencil."; not "flick them an invite,").
    fn names_a_kind(&self, i: usize, phrase: Phrase) -> bool {
        let tool = matches!(phrase, ["pencil" | "stick"]);
        // "We have lost the little pencil.": the tool after what says which, closing its clause.
        let the_tool = tool
            && i > 1
            && matches!(
                self.toks[i - 1].low.as_str(),
                "the" | "my" | "little" | "small" | "tiny" | "old" | "blue" | "red" | "wooden"
            )
            && !phrases::VERB_LEADS.contains(&self.toks[i - 2].low.as_str())
            && self.toks.get(i + 1).is_none_or(|t| t.punct);
        the_tool
            || phrase.len() == 1
                && i > 0
                && matches!(self.toks[i - 1].low.as_str(), "a" | "an")
                && self.toks.get(i + 1).map_or(tool, |t| {
                    tool && t.punct
                        || !t.punct
                            && !t.capitalised()
                            && matches!(
                                t.low.as_str(),
                                "paper" | "item" | "items" | "point" | "sheet" | "slip" | "page"
                            )
                })
    }

    /// "I'm starting to look like a newborn hedgehog": "look like" before "a" or "an" says what
    /// something resembles, as "dressed up to look like it" does, and "what does growth look
    /// like?" asks what a thing that is no day is like; none asks anything of the calendar.
    fn resembles(&self, i: usize, phrase: Phrase) -> bool {
        // "And what does growth look like?": what a thing other than a day or the calendar is
        // like (not "what does my Monday look like", "what does the 8th look like").
        // (Nor "what do my meetings look like tomorrow", "what do things look like on thursday":
        // one's own, or a time in the sentence.)
        let sentence_end = (i..self.toks.len())
            .find(|&k| matches!(self.toks[k].low.as_str(), "." | "!" | "?"))
            .unwrap_or(self.toks.len());
        let what_thing = phrase == ["look", "like"]
            && (i.saturating_sub(4)..i).any(|k| {
                self.toks[k].low == "what"
                    && self
                        .toks
                        .get(k + 1)
                        .is_some_and(|t| matches!(t.low.as_str(), "does" | "do"))
                    && k + 2 < i
                    && !(k + 2..i)
                        .any(|j| timely_at(self.toks, j) || matches!(self.toks[j].low.as_str(), "my" | "our" | "your"))
                    && !(i..sentence_end).any(|j| timely_at(self.toks, j))
            });
        // "dressed up to look like it": made to resemble a thing named before.
        let like_it = phrase == ["look", "like"]
            && i > 0
            && self.toks[i - 1].low == "to"
            && self
                .toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "it" | "one" | "them"))
            && self.toks.get(i + 3).is_none_or(|t| t.punct);
        what_thing
            || like_it
            // (Not "look like a week from today": a time.)
            || phrase == ["look", "like"]
            && self
                .toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
            && !self
                .toks
                .get(i + 3)
                .is_some_and(|t| matches!(t.low.as_str(), "week" | "month" | "day" | "fortnight" | "year"))
    }

    /// "hold off on sending", "hold fire", "Hold on, my dear!", "HOLD THE LINE": "hold" at the end
    /// of `phrase` at `i`, with "off" or "fire", "on" closing its clause, or "the line", puts off,
    /// waits or stands firm; it books nothing ("block off two hours" books).
    fn puts_off(&self, i: usize, phrase: Phrase) -> bool {
        let after = i + phrase.len();
        // "Hold on, my dear!": a grip kept or a wait asked, closing its clause (not "hold on
        // Monday at 3").
        let holds_on = self.toks.get(after).is_some_and(|t| t.low == "on")
            && self.toks.get(after + 1).is_none_or(|t| t.punct || t.low == "tight")
            // "HOLD THE LINE": standing firm.
            || super::lexer::starts_with(self.toks, after, &["the", "line"]);
        phrase.last() == Some(&"hold")
            && (self
                .toks
                .get(after)
                .is_some_and(|t| matches!(t.low.as_str(), "off" | "fire"))
                || holds_on)
    }

    fn any(&self, phrases: &[Phrase]) -> bool {
        phrases.iter().any(|p| self.has(p))
    }

    fn low_contains(&self, words: &[&str]) -> bool {
        self.toks
            .iter()
            .any(|t| t.is_email() || words.contains(&t.low.as_str()))
    }
}

/// "dip a valinch into my calendar", "peek into my diary", "sink down into my calendar": "into" at `i`
/// after a verb of looking or probing, within six words of its clause ("poke your nose through the
/// steam into my calendar"), looks into the calendar;
/// "the little curtains on my calendar": so does a place phrase after a part of the calendar
/// itself. Neither puts anything there.
fn looked_into(toks: &[Token], i: usize) -> bool {
    // ("look deep, deep into my calendar": across the comma of a repeated word, no other.)
    let clause_start = (0..i)
        .rev()
        .find(|&k| {
            toks[k].punct && !(toks[k].low == "," && k > 0 && toks.get(k + 1).is_some_and(|n| n.low == toks[k - 1].low))
        })
        .map_or(0, |k| k + 1);
    let looking = toks[i].low == "into"
        && toks[clause_start.max(i.saturating_sub(6))..i].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "dip"
                    | "peek"
                    | "peer"
                    | "look"
                    | "delve"
                    | "dig"
                    | "rummage"
                    | "poke"
                    | "glance"
                    | "gaze"
                    | "bore"
                    | "drill"
                    | "burrow"
                    | "probe"
                    | "sink"
                    | "dive"
                    | "plunge"
                    | "wade"
            )
        });
    // "lend an ear to my calendar", "keep an eye on my diary": attention given to it.
    let its_own_part = matches!(toks[i].low.as_str(), "on" | "in" | "into" | "to")
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "curtains" | "curtain" | "pages" | "cover" | "covers" | "lid" | "shutters" | "ear" | "eye" | "eyes"
        );
    // "Do a cell check on my calendar", "run a quick scan on my diary", "run a sort of titration
    // on my calendar": a test one does or runs on it (not "get the safety check into my calendar",
    // a check booked, nor "do a hold on my calendar", an entry made).
    let done_look = matches!(toks[i].low.as_str(), "on" | "over" | "through")
        && i > 0
        && TESTS.contains(&toks[i - 1].low.as_str())
        && (i.saturating_sub(6)..i - 1).any(|k| matches!(toks[k].low.as_str(), "do" | "run" | "carry" | "give"));
    // "stick the tester on my cal": a measure taken of it.
    let measured = i > 0 && MEASURES.contains(&toks[i - 1].low.as_str());
    looking || its_own_part || measured || done_look
}

/// A plural of a weekday or a part of the day ("Saturdays", "mornings", "weekdays"): when
/// something recurs, not what a word describes.
fn days_or_parts(low: &str) -> bool {
    low.strip_suffix('s').is_some_and(|one| {
        crate::intent::dates::weekday(one).is_some()
            || matches!(
                one,
                "morning" | "afternoon" | "evening" | "night" | "weekday" | "weekend"
            )
    })
}

/// Tests one does or runs on something ("run a sort of titration on my calendar").
const TESTS: &[&str] = &[
    "check",
    "scan",
    "sweep",
    "test",
    "titration",
    "trial",
    "audit",
    "diagnostic",
    "diagnostics",
    "analysis",
    "survey",
    "experiment",
    "x-ray",
    "drawdown",
    "simulation",
];

/// What one puts to something to measure it, putting nothing in it ("stick the tester on my cal").
const MEASURES: &[&str] = &["tester", "thermometer", "stethoscope", "gauge", "probe"];

/// A person pronoun at `k` ("them", "her"): someone reached, not a time.
fn told(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "them" | "him" | "her" | "me" | "us" | "you" | "everyone" | "everybody"
        )
    })
}

/// True when a word of [`phrases::NEGATORS`] (or "hold fire", as "hold off") denies what follows
/// `before` in its clause, within six words, or ten words before an "or" that joins what follows
/// to what it denies ("I don't want that you write something in the calendar or send an
/// invitation").
fn denied(before: &[Token]) -> bool {
    let clause: Vec<&Token> = before.iter().rev().take_while(|t| !t.punct).collect();
    // "not so much as a twang of an invite": denied however far back.
    let not_so_much_as = clause
        .windows(4)
        .any(|w| w[0].low == "as" && w[1].low == "much" && w[2].low == "so" && w[3].low == "not");
    // "nothing is to be sealed into an evidence bag in the calendar": a clause opening with
    // "nothing" denies what it goes on to say, however far.
    // (Not "Nothing is booked for Tuesday so put the gym in": what follows "so" or "but" is said
    // anew.)
    // "and nobody is sent an invitation or a message": so too "nobody" right before being sent
    // something (not "nobody has booked the room yet can you book it").
    let forward: Vec<&Token> = clause.iter().rev().copied().collect();
    let opener_at = usize::from(forward.first().is_some_and(|t| t.low == "and") && forward.len() > 1);
    let opener = forward.get(opener_at);
    let rest = &forward[(opener_at + 1).min(forward.len())..];
    let nobody_sent = opener.is_some_and(|t| t.low == "nobody")
        && rest.len() <= 2
        && rest
            .iter()
            .all(|t| matches!(t.low.as_str(), "is" | "gets" | "will" | "be" | "receives" | "shall"));
    let nothing_opens = clause.len() <= 12
        && (opener.is_some_and(|t| t.low == "nothing") || nobody_sent)
        && !clause
            .iter()
            .any(|t| matches!(t.low.as_str(), "so" | "but" | "then" | "therefore"));
    // "neither invite her nor book anything": the verb right after "neither" or "nor" (not
    // "neither of those works, so book Thursday").
    if not_so_much_as
        || nothing_opens
        || clause
            .first()
            .is_some_and(|t| matches!(t.low.as_str(), "neither" | "nor"))
    {
        return true;
    }
    let reach = clause.iter().position(|t| t.low == "or").map_or(6, |or| or + 1 + 10);
    clause.iter().take(reach).enumerate().any(|(k, t)| {
        phrases::NEGATORS.contains(&t.low.as_str())
            || t.low == "fire" && clause.get(k + 1).is_some_and(|h| h.low == "hold")
    })
}

/// "not a final reminder on the doormat": "not a" or "not an" up to three words before `i`, in
/// its clause, or "so much as a" right before it (not "no hard deadline", still a task's, nor "Not
/// urgent so remind me …").
fn denied_before(toks: &[Token], i: usize) -> bool {
    // "don't send them so much as a reminder card": nothing sent, however small.
    let so_much_as = i > 3 && super::lexer::starts_with(toks, i - 4, &["so", "much", "as"]);
    so_much_as
        || (i.saturating_sub(4)..i).any(|k| {
            toks[k].low == "not"
                && toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
                && !toks[k..i].iter().any(|t| t.punct)
        })
}

/// "re-diarise Monday's 5pm for Wednesday", "re-book it", "re-slot it into Friday": a booking verb
/// (one that books alone or with its particle) with "re-" books again what was booked, which
/// moves it.
pub(crate) fn books_again(t: &Token) -> bool {
    t.low.strip_prefix("re-").is_some_and(|verb| {
        phrases::BOOK.iter().any(|p| p.len() == 1 && p[0] == verb)
            || phrases::BOOK_PAIRS.iter().any(|&(pair_verb, _)| pair_verb == verb)
    })
}

/// "which stretches could hold half an hour": after a modal whose subject is a thing, not the
/// one asked or asking, a verb of [`phrases::NOUNS`] says what the thing can take; it books
/// nothing ("could you hold …", "we can hold …" still book).
fn thing_can(toks: &[Token], i: usize) -> bool {
    i > 1
        && phrases::MODALS.contains(&toks[i - 1].low.as_str())
        && !toks[i - 2].punct
        && !phrases::VERB_LEADS.contains(&toks[i - 2].low.as_str())
        && !matches!(toks[i - 2].low.as_str(), "u" | "they" | "she" | "he" | "who")
}

/// True when the verb at `i` means something else before the word after it ("drop me a line")
/// or is a noun after the word before it ("without delay").
fn other_sense(toks: &[Token], i: usize) -> bool {
    // "might drop the car at the garage", "drop the kids off": a thing or people taken somewhere,
    // no meeting dropped (not "drop the call at 3", "drop my 3pm").
    // (Things and people one takes along only: not "drop my appointment at the clinic", "drop the
    // class at the gym", "drop the party off Saturday's plans".)
    if toks[i].low == "drop"
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "my" | "our"))
        && toks.get(i + 2).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "car"
                    | "van"
                    | "bike"
                    | "kids"
                    | "children"
                    | "dog"
                    | "cat"
                    | "keys"
                    | "parcel"
                    | "package"
                    | "laptop"
                    | "bags"
                    | "boxes"
                    | "truck"
                    | "shopping"
                    | "post"
                    | "letter"
                    | "forms"
            )
        })
        && (starts_with(toks, i + 3, &["at", "the"]) || starts_with(toks, i + 3, &["off"]))
    {
        return true;
    }
    // "wt have i got tmrw aftn? trying 2 swap a shift w/ Raj": a shift of one's work swapped with a
    // colleague, no meeting moved.
    // (The shift right before "with": not "swap my shift handover with the ops review", meetings.)
    if toks[i].low == "swap"
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "my" | "our" | "shifts"))
        && (i + 1..toks.len().min(i + 3))
            .any(|k| matches!(toks[k].low.as_str(), "shift" | "shifts") && starts_with(toks, k + 1, &["with"]))
    {
        return true;
    }
    // "find 20 minutes with … so I can swap my Thursday practical slot": what the meeting is for,
    // no meeting moved.
    if toks[i].low == "swap" && i > 2 && starts_with(toks, i - 3, &["so", "i", "can"]) {
        return true;
    }
    // "whether the station should swap its heavy steel cylinders for lightweight composite
    // cylinders": things swapped for others, asked about, no meeting moved (not "whether we should
    // swap the 3pm for Friday").
    if toks[i].low == "swap"
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "should" | "could" | "would" | "might")
        && (i.saturating_sub(6)..i).any(|k| toks[k].low == "whether")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "its" | "their" | "our"))
        // (Things for others: not "swap our catch-up to Thursday", "swap their slot with ours",
        // "swap our Christmas Eve dinner for lunch", meetings.)
        // ("swap its basking bulbs and its ultraviolet tubes for …": two things of its own, too,
        // with no day, hour or one met among them.)
        && (i + 3..toks.len().min(i + 11)).any(|f| {
            let two_things = (i + 3..f).any(|a| starts_with(toks, a, &["and", "its"]) || starts_with(toks, a, &["and", "their"]))
                && toks[i + 2..f].iter().all(|t| {
                    !t.low.starts_with(|c: char| c.is_ascii_digit())
                        && crate::intent::dates::weekday(&t.low).is_none()
                        && !matches!(t.low.as_str(), "with" | "w/" | "on")
                });
            (f < i + 7 || two_things) && {
            toks[f].low == "for"
                && toks[i + 2..f].iter().all(|t| {
                    !t.punct
                        && !super::people::MEETING_NOUNS.contains(&t.low.as_str())
                        && !matches!(t.low.as_str(), "slot" | "slots" | "catch-up" | "christmas" | "eve")
                })
            }
        })
        && !crate::intent::dates::day_or_hour_at(toks, i + 2)
    {
        return true;
    }
    // "book club xmas special 📚 can u find 2 hrs …": a club that reads books, nothing booked.
    // (Not "book club room 2", "Book club seats", "book club court 3": something of a club booked.)
    if toks[i].low == "book"
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "club" | "clubs"))
        && toks.get(i + 2).is_none_or(|t| {
            !matches!(
                t.low.as_str(),
                "room"
                    | "rooms"
                    | "court"
                    | "courts"
                    | "seats"
                    | "seat"
                    | "tennis"
                    | "squash"
                    | "golf"
                    | "pitch"
                    | "lane"
                    | "table"
                    | "sauna"
                    | "space"
                    | "hall"
                    | "slot"
            )
        })
    {
        return true;
    }
    // "whether the station should put a camera in the transmitter hut", "whether the garden
    // should set a viewing window into the side of the tank": a thing of a word or two put in a
    // place, nothing put in the calendar (not "put a call in the diary", "put a 1:1 in with Bo").
    // (Only asked about, "whether … should put": not "put a hold in the team calendar".)
    let thing = |t: &Token| {
        !t.punct
            && !super::people::MEETING_NOUNS.contains(&t.low.as_str())
            && !t.low.starts_with(|c: char| c.is_ascii_digit())
    };
    // ("whether the farm should fit automatic cluster removers in the parlour": things fitted, with
    // or without an article.)
    let article = usize::from(toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "a" | "an")));
    let first = i + 1 + article;
    if matches!(toks[i].low.as_str(), "put" | "set" | "fit")
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "should" | "could" | "would" | "might")
        && (i.saturating_sub(6)..i).any(|k| toks[k].low == "whether")
        && (article == 1 || toks[i].low == "fit")
        // (A word or two after an article, up to three without.)
        && (first + 1..first + 4 - article).any(|at| {
            toks.get(at).is_some_and(|t| matches!(t.low.as_str(), "in" | "into"))
                && toks[first..at].iter().all(thing)
                && starts_with(toks, at + 1, &["the"])
                && toks.get(at + 2).is_some_and(|t| {
                    !matches!(
                        t.low.as_str(),
                        "calendar" | "cal" | "diary" | "schedule" | "agenda" | "books"
                    )
                })
        })
    {
        return true;
    }
    // "re whether we should put in a hatch w/ a counter on the rink side": a thing put in, asked
    // about, nothing put in the calendar (not "whether we should put in a call with Ana", "put in
    // a hold for Friday").
    // ("whether we should put up an honesty stall by the lane gate": or up.)
    if toks[i].low == "put"
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "should" | "could" | "would" | "might")
        && (i.saturating_sub(6)..i).any(|k| toks[k].low == "whether")
        && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "in" | "up"))
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "new"))
        && toks.get(i + 3).is_some_and(|t| {
            thing(t)
                && !matches!(
                    t.low.as_str(),
                    "hold"
                        | "placeholder"
                        | "slot"
                        | "block"
                        | "reminder"
                        | "entry"
                        | "date"
                        | "time"
                        | "session"
                        | "booking"
                        | "hour"
                        | "half"
                )
        })
        && !day_or_hour_ahead(toks, i)
    {
        return true;
    }
    // "whether we should move the team over to lighter helmets": things moved over to others,
    // asked about, no meeting moved (not "whether we should move the standup over to Friday", a
    // day).
    if toks[i].low == "move"
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "should" | "could" | "would" | "might")
        && (i.saturating_sub(6)..i).any(|k| toks[k].low == "whether")
        && let Some(to) = (i + 2..toks.len().min(i + 6)).find(|&k| toks[k].low == "to" && toks[k - 1].low == "over")
        && toks.get(to + 1).is_some_and(|t| {
            !t.punct
                && !matches!(
                    t.low.as_str(),
                    "the" | "a" | "an" | "my" | "our" | "next" | "this" | "tomorrow" | "today"
                )
        })
        // (Nor "over to noon tomorrow", "over to Thursdays", "over to midday": a time.)
        && (to + 1..toks.len().min(to + 5))
            .take_while(|&k| !toks[k].punct)
            .all(|k| {
                let low = toks[k].low.as_str();
                names_no_time(low)
                    && !super::dates::day_or_hour_at(toks, k)
                    && super::dates::weekday(low.trim_end_matches('s')).is_none()
                    && !matches!(low, "noon" | "midday" | "midnight" | "tomorrow" | "today" | "tonight")
            })
    {
        return true;
    }
    // ("change to Saturday 5th": a verb, to a day or an hour right after it only; not "change to
    // decaf", "change to the bigger room", "discuss the change to Friday deliveries".)
    if toks[i].low == "change"
        && starts_with(toks, i + 1, &["to"])
        && (i > 0 && matches!(toks[i - 1].low.as_str(), "the" | "a" | "any" | "this" | "that" | "no")
            || !(i + 2..toks.len().min(i + 4)).any(|k| super::dates::day_or_hour_at(toks, k)))
    {
        return true;
    }
    // "re whether we should switch to a ready-made size from the chemist's": a change to another
    // thing, asked about, no meeting moved (not "whether we should switch to a later slot",
    // "switch to Friday", a time).
    if matches!(toks[i].low.as_str(), "switch" | "change")
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "should" | "could" | "would" | "might")
        && (i.saturating_sub(6)..i).any(|k| toks[k].low == "whether")
        && starts_with(toks, i + 1, &["to"])
        && toks.get(i + 2).is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
        && toks[i + 3..toks.len().min(i + 6)]
            .iter()
            .take_while(|t| !t.punct)
            .all(|t| {
                names_no_time(&t.low)
                    // (Nor "a lunchtime", "a quarter past four", "a weekend", "a fortnightly one".)
                    && !matches!(
                        t.low.as_str(),
                        "slot"
                            | "time"
                            | "day"
                            | "date"
                            | "later"
                            | "earlier"
                            | "lunchtime"
                            | "quarter"
                            | "half"
                            | "weekend"
                            | "weekly"
                            | "fortnightly"
                            | "monthly"
                            | "daily"
                            | "noon"
                            | "midday"
                    )
            })
    {
        return true;
    }
    // "to agree whether the base moves over to ropes with a coloured marker": a thing changed over
    // to another, asked about, no meeting moved (not "whether the 3pm moves over to Friday").
    if matches!(toks[i].low.as_str(), "moves" | "move")
        && (i.saturating_sub(4)..i).any(|k| toks[k].low == "whether")
        && starts_with(toks, i + 1, &["over", "to"])
        && !crate::intent::dates::day_or_hour_at(toks, i + 3)
    {
        return true;
    }
    // "seeded ahead of anything with nuts or sesame": things with something in them, not what is
    // on with someone.
    // (After "ahead of" or "than" only: not "excuse me from anything with the sales team".)
    if toks[i].low == "anything"
        && i > 1
        && (toks[i - 1].low == "of" && toks[i - 2].low == "ahead" || toks[i - 1].low == "than")
        && starts_with(toks, i + 1, &["with"])
        && toks.get(i + 2).is_some_and(|t| !t.capitalised())
    {
        return true;
    }
    // "w/ the union rep Siobhan + shift lead Arjun": a shift's post, someone who works one (after
    // a list's joint or an article: not "shift manager meeting to 3pm", a move).
    if toks[i].low == "shift"
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "and" | "&" | "the" | "our" | "my" | "a" | ",")
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "lead" | "leader" | "manager" | "supervisor" | "worker" | "workers" | "pattern" | "patterns" | "rota"
            )
        })
    {
        return true;
    }
    // "a polling station, set up in a school gymnasium": where a thing stands, nothing set up
    // (not "set up a call in the big room").
    let set_up_somewhere = toks[i].low == "set"
        && i > 0
        && (toks[i - 1].low == "," || matches!(toks[i - 1].low.as_str(), "was" | "is" | "been" | "were" | "are"))
        && super::lexer::starts_with(toks, i + 1, &["up"])
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "in" | "at" | "inside" | "beside" | "under" | "on"))
        && toks
            .get(i + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "the"));
    // "book an hour with Priya so she can walk me thru the new CRM", "walk me thru Q4": shown a
    // thing, no day described (not "walk me through the week", "run me thru monday", "walk me
    // through what's on").
    let day_word = |t: &Token| {
        matches!(
            t.low.as_str(),
            "day"
                | "week"
                | "weekend"
                | "morning"
                | "afternoon"
                | "evening"
                | "calendar"
                | "diary"
                | "schedule"
                | "agenda"
        ) || crate::intent::dates::weekday(&t.low).is_some()
    };
    let shown_a_thing = matches!(toks[i].low.as_str(), "walk" | "run")
        && starts_with_any(toks, i + 1, &[&["me", "through"], &["me", "thru"]])
        && toks.get(i + 3).is_some_and(|t| !t.punct)
        && !(i + 3..toks.len().min(i + 9)).take_while(|&k| !toks[k].punct).any(|k| {
            day_word(&toks[k])
                || crate::intent::dates::day_or_hour_at(toks, k)
                || matches!(
                    toks[k].low.as_str(),
                    "today" | "tomorrow" | "tonight" | "next" | "this" | "rest" | "my" | "what" | "what's" | "whats"
                )
        });
    // "AGENDA. Venue: …": a heading in capitals opening the text, asking for no agenda (not
    // "SCHEDULE: dentist Friday at 3pm", "AGENDA: tomorrow").
    let heading = toks[i].in_capitals()
        && matches!(toks[i].low.as_str(), "agenda" | "overview" | "itinerary" | "schedule")
        && (i == 0 || toks[i - 1].punct)
        && toks.get(i + 1).is_some_and(|t| t.low == ".");
    // "no need to clear it with me": checked with someone, not cleared away.
    let cleared_with = toks[i].low == "clear" && toks[i + 1..].iter().take(3).any(|t| t.low == "with");
    // "the dashcams keep switching themselves off", "dont switch nothin on": turned on or off,
    // nothing moved.
    // (Not "switch the meeting on Friday to Monday": "on" before a day or an hour names the meeting.)
    let switched_on_off = matches!(toks[i].low.as_str(), "switch" | "switching" | "switched" | "switches")
        && clause_ahead(toks, i, 3).any(|k| {
            matches!(toks[k].low.as_str(), "on" | "off") && !crate::intent::dates::day_or_hour_at(toks, k + 1)
        });
    // "stick the tester on my cal": a measuring tool put to it, nothing put in it.
    let tool_put = matches!(toks[i].low.as_str(), "stick" | "put" | "pop" | "hold" | "slap")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "my"))
        && toks.get(i + 2).is_some_and(|t| MEASURES.contains(&t.low.as_str()))
        // (Not "Pop the probe review in for Wednesday": a meeting named after it.)
        && toks
            .get(i + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "on" | "to" | "against" | "into"));
    // "He put on the helmet.": something worn, nothing put in the calendar.
    let put_on = toks[i].low == "put"
        && toks.get(i + 1).is_some_and(|t| t.low == "on")
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "an" | "my" | "his" | "her" | "their"))
        && toks.get(i + 3).is_some_and(|t| phrases::WORN.contains(&t.low.as_str()))
        // (Only closing its sentence: not "put on a headset and call Ana at 3pm".)
        && toks.get(i + 4).is_none_or(|t| matches!(t.low.as_str(), "." | "!"));
    // "to drop off my cousin's dance bag": a thing delivered, no meeting dropped (not "drop off
    // the 3pm", "drop off my call with Ana").
    // (Only a thing carried, named in the next four words: not "drop off the retro", "drop off
    // Bo's onboarding".)
    let delivered = toks[i].low == "drop"
        && toks.get(i + 1).is_some_and(|t| t.low == "off")
        && (i + 2..toks.len().min(i + 6)).take_while(|&k| !toks[k].punct).any(|k| {
            matches!(
                toks[k].low.as_str(),
                "bag"
                    | "bags"
                    | "kit"
                    | "suitcase"
                    | "parcel"
                    | "package"
                    | "keys"
                    | "box"
                    | "laundry"
                    | "coat"
                    | "shoes"
                    | "books"
                    | "documents"
                    | "papers"
                    | "letter"
                    | "gift"
                    | "present"
            )
        })
        && !day_or_hour_ahead(toks, i);
    // "tried to stick a sticker on my boot": a thing stuck on a thing that is no calendar, with no
    // day or hour in the clause (not "stick a call with Bo on my calendar", "pop a review on
    // Friday").
    // (Nor "put a meeting on the team calendar", "put a hold on the room", "put a block on my
    // afternoon": a meeting or a hold, or a calendar named by what it is for.)
    let calendar_word = |t: &Token| CALENDAR_WORDS.contains(&t.low.as_str()) || t.low == "planner";
    let stuck_on_a_thing = matches!(toks[i].low.as_str(), "stick" | "slap" | "pop" | "put")
        && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
        && toks.get(i + 2).is_some_and(|t| {
            !crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str())
                && !matches!(
                    t.low.as_str(),
                    "hold" | "block" | "slot" | "event" | "offsite" | "reminder"
                )
        })
        && toks.get(i + 3).is_some_and(|t| matches!(t.low.as_str(), "on" | "onto"))
        && toks
            .get(i + 4)
            .is_some_and(|t| matches!(t.low.as_str(), "my" | "the" | "his" | "her" | "their"))
        && toks.get(i + 5).is_some_and(|t| !t.punct)
        && !toks[i + 5..toks.len().min(i + 8)].iter().any(calendar_word)
        && !day_or_hour_ahead(toks, i);
    // "a test swatch … that I can wipe straight off": what a thing is like, said in a clause of
    // its own, asks nothing.
    // (Not "a sync on Monday that we can cancel", "a 1:1 that we can move to Thursday".)
    let described = i > 2
        && matches!(toks[i - 1].low.as_str(), "can" | "could")
        && matches!(toks[i - 2].low.as_str(), "i" | "you" | "we")
        && matches!(toks[i - 3].low.as_str(), "that" | "which")
        && clause_ahead(toks, i, 3).any(|k| matches!(toks[k].low.as_str(), "off" | "away"));
    // No day or hour in the next ten words of the clause: nowhere for a meeting to go.
    let no_time_ahead = || !day_or_hour_ahead(toks, i);
    // "do not move any box into the calendar", "dont move anythin in": nothing moved (not "move
    // any of my meetings", nor "move anything after 3pm today to tomorrow").
    // ("not moving any stone": the same, said of oneself.)
    let moves_nothing = matches!(toks[i].low.as_str(), "move" | "moving")
        && toks.get(i + 1).is_some_and(|t| {
            matches!(t.low.as_str(), "anything" | "nothing" | "anythin" | "nothin")
                || t.low == "any" && toks.get(i + 2).is_some_and(|n| n.low != "of")
        })
        && no_time_ahead();
    // "Papers in order. Move along.": on your way.
    let move_along = toks[i].low == "move"
        && toks.get(i + 1).is_some_and(|t| t.low == "along")
        && toks.get(i + 2).is_none_or(|t| t.punct);
    // "nothing's moving": all still.
    let all_still = matches!(toks[i].low.as_str(), "moving" | "moves")
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "nothing's" | "nothing" | "nobody's" | "nobody"
        );
    // "the van's driven off and I'm not moving back": moving house, with no day or hour to go to
    // (not "I'm moving back the 3pm to Friday").
    let moving_house = toks[i].low == "moving"
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "not" | "i'm" | "im" | "we're" | "were")
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "back" | "out" | "house" | "home" | "away"))
        // (Nothing moved after it: not "I'm moving back the sync with Ana by an hour".)
        && toks.get(i + 2).is_none_or(|t| t.punct || t.low == "and")
        && no_time_ahead();
    // "we're moving to Lisbon in Feb": moving home to a place, nothing moved (not "we're moving it
    // to Friday", "I'm moving the call to Monday").
    let moving_abroad = toks[i].low == "moving"
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "i'm" | "im" | "we're" | "were" | "they're")
        && starts_with(toks, i + 1, &["to"])
        && toks.get(i + 2).is_some_and(|t| {
            t.capitalised()
                && !t.possessive
                && crate::intent::dates::weekday(&t.low).is_none()
                && crate::intent::dates::month(&t.low).is_none()
                // (Nor "we're moving to Tomorrow 3pm", "… to Next Tuesday", "… to Room 4 for the
                // 3pm": a time, or a room.)
                && !crate::intent::dates::day_or_hour_at(toks, i + 2)
                && !matches!(
                    t.low.as_str(),
                    "next" | "this" | "noon" | "midday" | "eod" | "christmas" | "tomorrow" | "today" | "room"
                )
        });
    // "push it to prod in my cal": a release deployed, nothing moved (not "push it to Friday").
    let deployed = matches!(toks[i].low.as_str(), "push" | "ship" | "promote")
        && clause_ahead(toks, i, 4).any(|k| {
            toks[k].low == "to"
                && toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "prod" | "production" | "live" | "staging" | "main" | "master"
                    )
                })
                // (Not "push the launch party to main hall on Friday": a place.)
                && toks.get(k + 2).is_none_or(|t| {
                    t.punct || matches!(t.low.as_str(), "in" | "on" | "at" | "for" | "by" | "and" | "before" | "after")
                })
        });
    // "Don't slide it back under the glass": a move refused, with no day or hour to go to.
    let refused_move = matches!(toks[i].low.as_str(), "slide" | "move" | "push" | "shove" | "nudge")
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "don't" | "dont")
        && no_time_ahead();
    // "a projector that has just decided to show my slides upside down": a thing of one's own shown,
    // not the calendar (not "show my schedule", "show my Monday").
    let shows_a_thing = toks[i].low == "show"
        && toks.get(i + 1).is_some_and(|t| t.low == "my")
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "slides" | "photos" | "pictures" | "screen" | "notes"));
    // "when the board's been put right.": mended (not "put right after lunch a call with Sam").
    let put_right = toks[i].low == "put"
        && toks.get(i + 1).is_some_and(|t| t.low == "right")
        && toks.get(i + 2).is_none_or(|t| t.punct);
    // "and the alarm put back on the moment the performance ends": a thing switched back on, said
    // after it, nothing put back to a later time (not "put it back on Friday", "can the call be
    // put back on Tuesday").
    let switched_back_on = toks[i].low == "put"
        && starts_with(toks, i + 1, &["back", "on"])
        && i > 1
        && matches!(toks[i - 2].low.as_str(), "the" | "its" | "their")
        && no_time_ahead();
    // "whether the livery yard can put down a concrete standing": a thing laid, by someone else
    // able to, no meeting put in (not "can you put down a call with Bo").
    let laid_down = toks[i].low == "put"
        && starts_with(toks, i + 1, &["down"])
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "some" | "new"))
        && i > 1
        && matches!(toks[i - 1].low.as_str(), "can" | "could" | "will" | "would")
        && !matches!(toks[i - 2].low.as_str(), "you" | "u" | "we" | "i");
    // "whenever the lift moves.": a thing moving on its own, nothing moved to a time.
    // (Not "the retro moves. New time Thursday at 3pm": a meeting moving; only a machine or
    // what carries people or things.)
    let thing_moves = toks[i].low == "moves"
        && i > 1
        && matches!(toks[i - 2].low.as_str(), "the" | "a" | "an")
        && matches!(
            toks[i - 1].low.as_str(),
            "lift" | "elevator" | "gate" | "door" | "belt" | "arm" | "crane" | "barrier" | "train" | "queue" | "boom"
        )
        && toks.get(i + 1).is_none_or(|t| t.punct);
    // "the moment we go over a speed bump", "The only bump in the road": a bump in the road,
    // nothing bumped.
    // (Not "give it a bump to Tuesday": a bump along to a day moves.)
    let a_bump = toks[i].low == "bump"
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "speed" | "a" | "the" | "one" | "big" | "small" | "only"
        )
        // ("The only bump in the road", not "Only bump my call with Ana to Friday".)
        && (toks[i - 1].low != "only" || i > 1 && matches!(toks[i - 2].low.as_str(), "the" | "one" | "my" | "our"))
        && !clause_ahead(toks, i, 10).any(|k| matches!(toks[k].low.as_str(), "to" | "into" | "until"));
    // "the deposit … will not move", "I dare not budge", "where the lips do not move", "refusing
    // to budge.": a thing or one who stays put (not "why not move the standup"); "I wouldn't swap this job for a palace",
    // "I'd never swap it": what one would not give up.
    // ("where she lies … and will not be moved.": nor one who will not be moved, with no time to
    // go to.)
    // (Only said of what will not, not asked: not "could my 1:1 with Ana tomorrow not be moved?".)
    let not_be_moved = toks[i].low == "moved"
        && i > 2
        && toks[i - 1].low == "be"
        && (toks[i - 2].low == "won't"
            || toks[i - 2].low == "not" && matches!(toks[i - 3].low.as_str(), "will" | "shall"))
        && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "." | "!"))
        && !(0..i)
            .rev()
            .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "!" | "?"))
            .any(|k| crate::intent::dates::day_or_hour_at(toks, k));
    let stays_put = not_be_moved
        || matches!(toks[i].low.as_str(), "move" | "budge")
            && i > 1
            && toks[i - 1].low == "not"
            && matches!(
                toks[i - 2].low.as_str(),
                "will" | "does" | "did" | "would" | "dare" | "do"
            )
        || toks[i].low == "swap" && i > 0 && matches!(toks[i - 1].low.as_str(), "wouldn't" | "won't" | "never")
        // "a gull … is refusing to budge.": one who will not move, its sentence ending there.
        || matches!(toks[i].low.as_str(), "move" | "budge")
            && i > 1
            && toks[i - 1].low == "to"
            && matches!(toks[i - 2].low.as_str(), "refuse" | "refuses" | "refused" | "refusing")
            && toks.get(i + 1).is_none_or(|t| matches!(t.low.as_str(), "." | "!" | ","));
    // "the stretches long enough to hold such a discussion", "the free portions able to hold such
    // a discussion": what a stretch can take.
    let holds = toks[i].low == "hold"
        && i > 1
        && toks[i - 1].low == "to"
        && matches!(toks[i - 2].low.as_str(), "enough" | "able");
    // "put it to bed in my calendar": settled, not moved.
    let to_bed = toks[i].low == "put" && super::lexer::starts_with(toks, i + 1, &["it", "to", "bed"]);
    // "nobody else can take it off my hands": taken on, not taken out of a calendar.
    let off_hands = toks[i].low == "take"
        && (i + 1..toks.len().min(i + 6)).any(|k| {
            super::lexer::starts_with(toks, k, &["off", "my", "hands"])
                || super::lexer::starts_with(toks, k, &["off", "our", "hands"])
        });
    // "No need to bounce it back to me": sent back to the one asking, not moved.
    let back_to_me = (i + 1..toks.len().min(i + 4)).any(|k| super::lexer::starts_with(toks, k, &["back", "to", "me"]));
    // "the wall that the frost pushed over.": knocked down, not put back.
    let knocked_over = matches!(toks[i].low.as_str(), "pushed" | "knocked")
        && toks.get(i + 1).is_some_and(|t| t.low == "over")
        && toks.get(i + 2).is_none_or(|t| t.punct);
    // "now Björn wants a 1:1 instead": a new meeting in place of one gone, not a move; "Might as
    // well tackle the admin instead.", "I shall attend to admin instead: …": a thing done in place
    // of another, ending its sentence or before what a colon introduces.
    // "who has lost the off switch": a thing, nothing switched (not "If I'm off switch my 1:1 …").
    let off_switch = toks[i].low == "switch"
        && i > 1
        && toks[i - 1].low == "off"
        && matches!(toks[i - 2].low.as_str(), "the" | "an" | "a");
    // "so pass it to your assistant": handed to someone, not moved (not "pass it to Friday").
    // (Someone, not someone's time: not "pass it to my Friday", "to my next free slot".)
    let handed_over = toks[i].low == "pass"
        && super::lexer::starts_with(toks, i + 1, &["it", "to"])
        && toks.get(i + 3).is_some_and(|t| {
            matches!(t.low.as_str(), "him" | "them" | "me" | "someone")
                || matches!(t.low.as_str(), "your" | "my" | "his" | "her" | "their")
                    && toks.get(i + 4).is_some_and(|n| {
                        !n.punct
                            && !crate::intent::dates::day_named_at(toks, i + 4)
                            && crate::intent::clock::part_word(&n.low).is_none()
                            && !matches!(
                                n.low.as_str(),
                                "next" | "first" | "earliest" | "free" | "slot" | "opening" | "gap" | "calendar"
                            )
                    })
        });
    // "Enter THE ACCOUNTANT, in a glowing vest": a stage direction, nothing entered in a calendar.
    // (With no day or hour in its sentence: not "Enter PTO for next Friday", "enter OOO on
    // Monday".)
    let on_stage = matches!(toks[i].low.as_str(), "enter" | "enters")
        && toks
            .get(i + 1)
            .is_some_and(|t| t.in_capitals() || t.low == "the" && toks.get(i + 2).is_some_and(Token::in_capitals))
        && !sentence_of(toks, i).any(|k| crate::intent::dates::day_or_hour_at(toks, k));
    // "and instead it came down pointing at me", "Where the compiler landed instead": what
    // happened in place of what was meant, told (not "instead can we do Tuesday", "do Tuesday
    // instead").
    let happened = |t: &Token| {
        matches!(
            t.low.as_str(),
            "came" | "went" | "fell" | "landed" | "got" | "was" | "were" | "turned"
        )
    };
    // "caught the great brass bob instead": a thing done with one's hands in the past, in place
    // of another (not "if we scheduled the sync for Monday instead", "I wanted Friday instead").
    let past = |t: &Token| {
        matches!(
            t.low.as_str(),
            "caught" | "grabbed" | "threw" | "hit" | "dropped" | "knocked" | "kicked" | "bumped" | "hooked"
        )
    };
    let did_a_thing_instead = (i.saturating_sub(5)..i).any(|k| {
        past(&toks[k])
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "an" | "my" | "his" | "her" | "their"))
            && !toks[k..i].iter().any(|t| t.punct)
    });
    // "do not try to catch him, as he bites; instead, rattle a bag of pellets": what to do in
    // place of something, with no day or hour in its clause (not "instead, do Tuesday at 3").
    let advised_instead = i > 0
        && toks[i - 1].punct
        && starts_with_any(toks, i + 1, &[&[","]])
        && toks.get(i + 2).is_some_and(|t| {
            !t.punct
                && !matches!(
                    t.low.as_str(),
                    "move" | "put" | "shift" | "push" | "book" | "do" | "make" | "let's" | "can" | "could" | "how"
                )
        })
        // (Nor a meeting or a time of day in it: not "Instead, have the sync after lunch".)
        && !clause_ahead(toks, i + 2, 8).any(|k| {
            crate::intent::dates::day_or_hour_at(toks, k)
                || crate::intent::clock::part_word(&toks[k].low).is_some()
                || super::people::MEETING_NOUNS.contains(&toks[k].low.as_str())
                || matches!(
                    toks[k].low.as_str(),
                    "later" | "earlier" | "after" | "before" | "lunch" | "meet" | "start" | "afternoon" | "evening" | "morning"
                )
        });
    let told_instead = toks[i].low == "instead"
        && (advised_instead
            || toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "it" | "he" | "she" | "they" | "i" | "we"))
            && toks.get(i + 2).is_some_and(happened)
            // (Not "if the sync were instead on Thursday": a move asked for.)
            || i > 0 && matches!(toks[i - 1].low.as_str(), "came" | "went" | "fell" | "landed" | "turned")
            || did_a_thing_instead);
    let new_instead = toks[i].low == "instead"
        && (toks[i.saturating_sub(3)..i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "a" | "an"))
            || toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "." | ":")) && names_a_thing_before(toks, i)
            || told_instead);
    // "drag the magnet over my cal": the calendar searched, nothing dragged over.
    let over_the_calendar = toks[i].low == "drag"
        && (i + 1..toks.len().min(i + 6)).any(|k| toks[k].low == "over" && the_calendar_at(toks, k + 1));
    // "I would put the work at two hours", "set it at 45 minutes": a length reckoned, nothing put
    // in the calendar.
    let reckoned = matches!(toks[i].low.as_str(), "put" | "set" | "reckon")
        && clause_ahead(toks, i, 4).any(|k| {
            // "at two hours", "at half an hour".
            toks[k].low == "at"
                && (k + 1..k + 4).any(|j| toks.get(j).is_some_and(|t| super::durations::is_length(&t.low)))
        });
    // "gone for good - not moved to some other slot": a participle denied right before it says
    // what is not to happen.
    let denied_participle = toks[i].low.ends_with("ed") && i > 0 && matches!(toks[i - 1].low.as_str(), "not" | "never");
    // "the hands just drop off in the display windows": falling off somewhere, nothing dropped
    // from a calendar.
    // "so nothing can drop onto the stage": falling onto or into something, too.
    let drops_off_somewhere = toks[i].low == "drop"
        && (toks.get(i + 1).is_some_and(|t| t.low == "off")
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "in" | "at" | "into" | "onto" | "everywhere" | "all"))
            || toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "onto" | "into"))
                && toks
                    .get(i + 2)
                    .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "his" | "her" | "their")));
    // "hold up a pit board with the clear bits on it": something raised, no time held.
    let holds_up_a_thing = toks[i].low == "hold"
        && toks.get(i + 1).is_some_and(|t| t.low == "up")
        && toks
            .get(i + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "the" | "my"))
        && toks.get(i + 3).is_some_and(|t| {
            !phrases::GAP_WORDS.contains(&t.low.as_str())
                && !matches!(t.low.as_str(), "time" | "hour" | "afternoon" | "morning")
        });
    // "Put through: to the taxi office", "Put through to: my assistant": a call connected, as a
    // log's heading (not "put through a booking for the room").
    let call_put_through =
        toks[i].low == "put" && starts_with_any(toks, i + 1, &[&["through", ":"], &["through", "to", ":"]]);
    // "prods at the switch and tuts": a thing, nothing switched (not "make the switch to Friday",
    // "do the switch, Ana's 1:1 to Friday").
    let the_switch = toks[i].low == "switch"
        && i > 1
        && toks[i - 1].low == "the"
        && matches!(
            toks[i - 2].low.as_str(),
            "at" | "on" | "off" | "by" | "for" | "fix" | "flick" | "press"
        )
        && toks
            .get(i + 1)
            .is_none_or(|t| matches!(t.low.as_str(), "and" | "." | "!"));
    // "the new press pushes the dough too thin": a thing pushing a thing, no meeting moved.
    // (Not "pushing the 3pm to Thursday": nothing moved on to a time or day in its clause.)
    let pushes_a_thing = matches!(toks[i].low.as_str(), "pushes" | "pushing")
        && !clause_ahead(toks, i, 8).any(|k| {
            matches!(
                toks[k].low.as_str(),
                "to" | "until" | "till" | "back" | "forward" | "later" | "earlier" | "sooner"
            )
        })
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "an" | "my"))
        && toks.get(i + 2).is_some_and(|t| {
            !t.punct
                && !MEETING_ENTRIES.contains(&t.low.as_str())
                && !super::people::MEETING_NOUNS.contains(&t.low.as_str())
                && crate::intent::dates::weekday(&t.low).is_none()
        });
    // "a little gauge with its needle pushed hard into the red": a thing pushed, said after it,
    // nothing moved to a time (not "the review pushed to Friday", "its slot pushed into next week").
    let thing_pushed = toks[i].low == "pushed"
        && i > 1
        && matches!(toks[i - 2].low.as_str(), "its" | "the" | "a" | "his" | "her" | "their")
        && !MEETING_ENTRIES.contains(&toks[i - 1].low.as_str())
        && !super::people::MEETING_NOUNS.contains(&toks[i - 1].low.as_str())
        && !matches!(
            toks[i - 1].low.as_str(),
            "slot" | "time" | "entry" | "booking" | "appointment"
        )
        // (Only pushed hard, flat or against something: not "the retro pushed to after lunch",
        // "the training pushed back a week"; nor "Please get the 3pm pushed.", a meeting named by
        // its hour, got moved.)
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "hard" | "firmly" | "flat" | "home" | "against" | "through" | "down" | "aside"
            )
        })
        && !crate::intent::dates::day_or_hour_at(toks, i - 1)
        && !(i > 2 && matches!(toks[i - 3].low.as_str(), "get" | "got" | "have" | "had"))
        && !day_or_hour_ahead(toks, i);
    // "axe throwin range", "axe grinding shop": an axe, not axing anything (not "axe meeting").
    let an_axe = toks[i].low == "axe"
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "throwing" | "throwin" | "grinding" | "grinder" | "handle" | "head" | "range"
            )
        });
    // "drop it into my calendar": put in, not dropped from it; "drop it down the batting order
    // to the 9th": moved to a day, not dropped.
    let dropped_in = toks[i].low == "drop"
        && toks.get(i + 1).is_some_and(|t| t.low == "it")
        && (pointed_into_calendar(toks, i + 1).is_some()
            || clause_ahead(toks, i, 8)
                .take_while(|&k| !matches!(toks[k].low.as_str(), "and" | "then" | "so"))
                .any(|k| toks[k].low == "to" && crate::intent::dates::day_named_at(toks, k + 1)));
    // "note the free gaps it'd drop into": where a meeting would fit, nothing dropped.
    let fits_into = toks[i].low == "drop"
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "it'd" | "it'll" | "would" | "could" | "might")
        && toks.get(i + 1).is_some_and(|t| t.low == "into");
    // "push an invite out to them", "do not push any invitation or message under their door": an
    // invitation sent, nothing pushed back.
    // (Not "push the invite to Friday", nor "push the invitation through to after the holidays":
    // only "out" to whom it goes, or under a door, no day.)
    let pushes_an_invite = toks[i].low == "push"
        && clause_ahead(toks, i, 2).any(|k| toks[k].low.starts_with("invit"))
        && clause_ahead(toks, i, 6).any(|k| matches!(toks[k].low.as_str(), "out" | "under"))
        && !clause_ahead(toks, i, 10).any(|k| crate::intent::dates::day_named_at(toks, k));
    // "Bin lorry.", "bin day": a bin, not binning anything.
    let a_bin = toks[i].low == "bin"
        && toks
            .get(i + 1)
            .is_some_and(|t| phrases::BIN_THINGS.contains(&t.low.as_str()));
    // "drop the needle on it in my calendar": set playing, not dropped.
    let needle = toks[i].low == "drop" && super::lexer::starts_with(toks, i + 1, &["the", "needle"]);
    // "then hold them out so I can admire them": offered, nothing held.
    let held_out = toks[i].low == "hold"
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "them" | "it" | "those"))
        && toks.get(i + 2).is_some_and(|t| t.low == "out");
    // "Hold my calendar up to the light": the calendar held, nothing held in it; nor in "hold each
    // draught up to the lamp", something raised to be looked at.
    // ("Hold Friday morning up to 11" still holds time.)
    let holds_the_calendar = toks[i].low == "hold"
        && (the_calendar_at(toks, i + 1)
            || clause_ahead(toks, i, 3)
                .any(|k| super::lexer::starts_with(toks, k, &["up", "to", "the"]) && !names_a_time(toks, k + 3)));
    // "I propose to hold an inquest into those bellows": an event held, not time held for it ("hold
    // a slot for Bo" holds time).
    let holds_an_event = toks[i].low == "hold"
        && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
        && toks.get(i + 2).is_some_and(|t| {
            !t.punct
                && !t.low.starts_with(|c: char| c.is_ascii_digit())
                && !matches!(
                    t.low.as_str(),
                    "slot" | "time" | "spot" | "place" | "few" | "couple" | "block" | "window" | "space" | "quick"
                )
                && !super::durations::is_length(&t.low)
                // "hold a workshop on Friday", "hold a lunch slot": a meeting held in the calendar.
                && !crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str())
                && !toks
                    .get(i + 3)
                    .is_some_and(|n| matches!(n.low.as_str(), "slot" | "block"))
        });
    knocked_over
        || drops_off_somewhere
        || holds_up_a_thing
        || pushes_a_thing
        || thing_pushed
        || an_axe
        || dropped_in
        || fits_into
        || pushes_an_invite
        || denied_participle
        || a_bin
        || reckoned
        || held_out
        || over_the_calendar
        || needle
        || holds
        || holds_the_calendar
        || holds_an_event
        || stays_put
        || switched_on_off
        || a_bump
        || thing_moves
        || tool_put
        || put_on
        || delivered
        || stuck_on_a_thing
        || put_right
        || moving_abroad
        || switched_back_on
        || laid_down
        || shows_a_thing
        || described
        || moves_nothing
        || move_along
        || all_still
        || moving_house
        || deployed
        || set_up_somewhere
        || shown_a_thing
        || moving::pushes_or_holds_no_meeting(toks, i)
        || heading
        || the_switch
        || call_put_through
        || moving::moves_no_meeting(toks, i)
        || refused_move
        || off_switch
        || handed_over
        || on_stage
        || to_bed
        || off_hands
        || cleared_with
        || back_to_me
        || new_instead
        || change_of_a_thing(toks, i)
        || ended_noun(toks, i)
        || a_drop(toks, i)
        || instead_of_a_thing(toks, i)
        || phrases::NOT_VERB_PHRASES
            .iter()
            .any(|phrase| super::lexer::starts_with(toks, i, phrase))
        // "can it go in for review by Friday?": gone in for something, not a day; "my physio on
        // Wednesday at 4, could that go in for Friday at 4 rather?": a meeting already dated, moved.
        || matches!(toks[i].low.as_str(), "can" | "could")
            && super::lexer::starts_with(toks, i + 2, &["go", "in", "for"])
            && (!crate::intent::dates::day_or_hour_at(toks, i + 5)
                || (0..i).any(|k| crate::intent::dates::day_or_hour_at(toks, k)))
        // "might swap onto the emergency rota": joining a rota, nothing swapped (not "swap onto
        // Friday", "swap onto Tuesday's session").
        || toks[i].low == "swap"
            && super::lexer::starts_with(toks, i + 1, &["onto"])
            && (i + 2..toks.len().min(i + 6)).any(|k| matches!(toks[k].low.as_str(), "rota" | "rotas"))
        // "a tool bag, let slip by an astronaut": dropped, nothing slipped to another time; "A line I
        // forgot to delete": left, nothing deleted.
        // (Only "let slip by" or closing a clause: not "Let's slip the standup to Thursday"; only "I
        // forgot to delete" before a stop or a colon: not "Don't forget to delete the Friday sync".)
        || toks[i].low == "slip"
            && i > 0
            && toks[i - 1].low == "let"
            && !toks[i - 1].possessive
            && toks.get(i + 1).is_some_and(|t| t.punct || t.low == "by")
        || toks[i].low == "delete"
            && i > 2
            && toks[i - 1].low == "to"
            && toks[i - 2].low == "forgot"
            && toks[i - 3].low == "i"
            && toks.get(i + 1).is_none_or(|t| t.punct)
        // "Put in the road to keep drivers out": placed somewhere that is no calendar, nothing booked
        // (not "put in the calendar", "put in the 3pm with Ana", "put in the standup").
        || toks[i].low == "put"
            && super::lexer::starts_with(toks, i + 1, &["in", "the"])
            && toks.get(i + 3).is_some_and(|t| {
                t.low.chars().all(char::is_alphabetic)
                    && !matches!(t.low.as_str(), "calendar" | "cal" | "diary" | "schedule" | "agenda" | "planner")
                    && !crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str())
            })
            && toks.get(i + 4).is_some_and(|t| t.low == "to")
            // (With no day or hour in the next words: not "Put in the appointment to see Dr. Li
            // Friday at 10", "Put in the time to call the bank Monday morning".)
            && !(i + 1..toks.len().min(i + 13)).any(|k| crate::intent::dates::day_or_hour_at(toks, k))
        // "moved by drivers to let themselves in": moved by others, told, nothing asked (not "moved
        // by a week", "moved by me").
        || toks[i].low == "moved"
            && super::lexer::starts_with(toks, i + 1, &["by"])
            && toks.get(i + 2).is_some_and(|t| {
                t.low.len() > 4
                    && t.low.ends_with('s')
                    && !matches!(t.low.as_str(), "weeks" | "days" | "hours" | "minutes" | "mins" | "months")
            })
            // (With no day or hour in its clause: not "Standup moved by leads to 10am Monday".)
            && !clause_ahead(toks, i, 12).any(|k| crate::intent::dates::day_or_hour_at(toks, k))
        // "Completed in pencil at the counter": written with one, nothing pencilled in (not "I'm in
        // pencil it in").
        || toks[i].low == "pencil"
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "in" | "a" | "blue" | "red" | "sharp" | "soft")
            && toks
                .get(i + 1)
                .is_none_or(|t| t.punct || matches!(t.low.as_str(), "at" | "on" | "by" | "and" | "to" | "for"))
            // ("in pencil for my assistant", not "in pencil for Thursday 10am", a booking held.)
            && !(toks.get(i + 1).is_some_and(|t| t.low == "for")
                && toks.get(i + 2).is_none_or(|t| !matches!(t.low.as_str(), "my" | "your")))
        || phrases::NOT_VERBS_BEFORE.iter().any(|(verb, before)| {
            toks[i].low == *verb && toks.get(i + 1).is_some_and(|next| before.contains(&next.low.as_str()))
        })
        || phrases::NOT_VERBS_AFTER
            .iter()
            .any(|(verb, after)| toks[i].low == *verb && i > 0 && after.contains(&toks[i - 1].low.as_str()))
}

/// "a wheat-straw ridge instead of the plain ridge we quoted for": "instead of" a thing (no day,
/// hour, possessive day or meeting in the next four words) replaces no meeting.
fn instead_of_a_thing(toks: &[Token], i: usize) -> bool {
    // ("buy its own lanterns instead of borrowing each venue's stock": or a doing, whoever's its
    // object; not "instead of meeting on Monday", "instead of catching up on Monday", "instead of
    // scheduling it Monday", "instead of ending at 6", a meeting's own day or hour after it.)
    let doing = toks.get(i + 2).is_some_and(|t| {
        t.low.len() > 5
            && t.low.ends_with("ing")
            && crate::intent::clock::part_word(&t.low).is_none()
            && !meeting_like(t)
            && !matches!(
                t.low.as_str(),
                "meeting" | "training" | "briefing" | "wedding" | "booking"
            )
    }) && !toks
        .get(i + 3..)
        .unwrap_or_default()
        .iter()
        .take(4)
        .take_while(|t| !t.punct)
        .any(|t| t.low == "it" || names_a_day(t) || t.low.chars().any(|c| c.is_ascii_digit()));
    // ("marked by the machine instead of with a stencil": or a thing done with, after "a" or "an",
    // not someone: not "instead of with the whole team", "instead of with my manager", "instead
    // of with a team from sales".)
    let done_with = starts_with(toks, i + 2, &["with"])
        && toks.get(i + 3).is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
        && names_a_thing(toks, i + 3)
        && !toks[i + 4..]
            .iter()
            .take(3)
            .take_while(|t| !t.punct)
            .any(|t| crate::intent::people::GROUP_WORDS.contains(&t.low.as_str()) || t.capitalised());
    toks[i].low == "instead"
        && toks.get(i + 1).is_some_and(|t| t.low == "of")
        && (names_a_thing(toks, i + 2) || doing || done_with)
}

/// "We want to change the recipes", "help me move the sofa", "to swap the lot": "change", "move"
/// or "swap" with "the", "my" or "our" and a thing changes no meeting ("change the time of my
/// meeting", "change my 3pm", "move the dentist to Friday" do).
fn change_of_a_thing(toks: &[Token], i: usize) -> bool {
    let owned = toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.low.as_str(), "the" | "my" | "our"));
    // A thing moved is one whose whole clause names no day, hour or meeting ("move the flat
    // inspection to Sunday" moves a meeting).
    // ("swap the old bowser for a bunded tank w/ a proper pump": "with" and an article is what a
    // thing comes with, no one met.)
    let comes_with = |k: usize| {
        toks[k].low == "with"
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "a" | "an" | "its" | "their" | "no"))
    };
    let moved_thing = || {
        !(i + 1..toks.len()).take_while(|&k| !toks[k].punct).any(|k| {
            let t = &toks[k];
            meeting_like(t) && !comes_with(k)
                || crate::intent::clock::part_word(&t.low).is_some()
                || matches!(
                    t.low.as_str(),
                    "later" | "earlier" | "sooner" | "afternoon" | "morning" | "evening"
                )
        })
    };
    // "change the time of my meeting with Nilufar": its time, date or day is a meeting's.
    let when_of = toks
        .get(i + 2)
        .is_some_and(|t| matches!(t.low.as_str(), "time" | "date" | "day" | "hour" | "timing"));
    owned
        && match toks[i].low.as_str() {
            "change" => names_a_thing(toks, i + 1) && !when_of,
            "move" | "swap" => moved_thing(),
            _ => false,
        }
}

/// Whether the words of the sentence before `i` name no day, hour, possessive day or meeting: a
/// thing done ("tackle the admin instead").
fn names_a_thing_before(toks: &[Token], i: usize) -> bool {
    // "Could we do it in the afternoon instead.": "it" points at the meeting.
    !toks[..i]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.low.as_str(), "." | "?" | "!"))
        .any(|t| meeting_like(t) || matches!(t.low.as_str(), "it" | "that" | "this"))
}

/// A day, an hour, a possessive day or what a meeting is called.
fn meeting_like(t: &Token) -> bool {
    t.possessive
        || t.low.chars().any(|c| c.is_ascii_digit())
        || names_a_day(t)
        || phrases::MEETING_WORDS.contains(&t.low.as_str())
        || MEETING_ENTRIES.contains(&t.low.as_str())
        || crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str())
}

/// Whether the next four words from `from`, within the clause, name no day, hour, possessive day
/// or meeting: a thing.
fn names_a_thing(toks: &[Token], from: usize) -> bool {
    !toks
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take(4)
        .take_while(|t| !t.punct)
        .any(meeting_like)
}

/// "what does 'standup' mean?", "what does the 9 a.m. block mean": a question of what a word means
/// (not "What is scrawled here? … I mean the meeting already in my calendar": "I mean" says
/// which).
fn asks_meaning(toks: &[Token]) -> bool {
    toks.windows(2)
        .any(|w| w[0].low == "what" && matches!(w[1].low.as_str(), "does" | "is"))
        && toks
            .iter()
            .enumerate()
            .any(|(k, t)| t.low == "mean" && (k == 0 || toks[k - 1].low != "i"))
}

/// "let me know where it could squeeze in", "work out where that could fit on Monday in the
/// afternoon", "where Zeynep and I could grab dinner?": a verb at `i` after "where it could" asks
/// where the meeting could go; it books nothing.
fn asked_where(toks: &[Token], i: usize) -> bool {
    // "list the openings where it'd squeeze in": so too "it'd".
    let contracted = i > 1 && matches!(toks[i - 1].low.as_str(), "it'd" | "that'd") && toks[i - 2].low == "where";
    contracted
        || i > 2
            && matches!(toks[i - 1].low.as_str(), "could" | "might" | "would")
            && (matches!(toks[i - 2].low.as_str(), "it" | "that" | "this") && toks[i - 3].low == "where"
                // "any time tmrw evening where Zeynep and I could grab dinner?": where we could,
                // asked.
                || toks[i - 2].low == "i"
                    && toks[i - 3].low == "and"
                    && i > 4
                    && toks[i - 5].low == "where"
                    && toks.last().is_some_and(|t| t.low == "?"))
}

/// "The little one swallows a passing drop", "the fat drop on the left": "drop" after "a", "the",
/// "every" or "each" and a word saying what it is like, a drop of rain, drops nothing (not "tell
/// the team drop the 3pm", "in the morning drop the standup"); nor does a thing dropped back.
fn a_drop(toks: &[Token], i: usize) -> bool {
    // "want to drop the ladder back": a thing returned, no meeting dropped.
    let returned = toks[i].low == "drop"
        && toks
            .get(i + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "his" | "her" | "their" | "your"))
        && (i + 2..toks.len().min(i + 5)).any(|k| {
            toks[k].low == "back"
                && !toks[i + 2..k]
                    .iter()
                    .any(|t| t.punct || crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str()))
        });
    returned
        || toks[i].low == "drop"
            && i > 1
            && matches!(toks[i - 2].low.as_str(), "a" | "the" | "every" | "each")
            && matches!(
                toks[i - 1].low.as_str(),
                "passing"
                    | "falling"
                    | "trickling"
                    | "running"
                    | "racing"
                    | "leading"
                    | "winning"
                    | "fat"
                    | "little"
                    | "tiny"
                    | "single"
                    | "lone"
                    | "small"
                    | "big"
                    | "large"
                    | "last"
                    | "first"
            )
}

/// "a date for the lab move, …", "before our office move.", "down for a fan-blade swap, so …",
/// "lost in the office move and never found": "move" or "swap" after "the", "a" or "our" (one word
/// between at most) and ending its clause, or before "and", "or", where it is held or what it did,
/// is a noun, the move of something, not a meeting moved ("can my 3pm move to Friday" goes on); so
/// is "swap" naming where a swap is held ("the village swap shop").
fn ended_noun(toks: &[Token], i: usize) -> bool {
    let determiner = |k: usize| matches!(toks[k].low.as_str(), "the" | "a" | "an" | "our" | "my" | "their");
    let at_det = if i > 0 && determiner(i - 1) {
        Some(i - 1)
    } else if i > 1 && !toks[i - 1].punct && determiner(i - 2) {
        Some(i - 2)
    } else {
        None
    };
    // (Before "and", "or" or "but" only after a preposition, "lost in the house move and …": not
    // "Can the review move or is Friday locked?", a meeting asked to move.)
    let after_preposition = at_det.is_some_and(|d| {
        d > 0
            && matches!(
                toks[d - 1].low.as_str(),
                "in" | "during"
                    | "before"
                    | "after"
                    | "for"
                    | "since"
                    | "from"
                    | "of"
                    | "with"
                    | "until"
                    | "by"
                    | "about"
            )
    });
    // ("a mending table at the village swap shop", "a half-hour swap session": or naming the thing a
    // swap is held at or in.)
    let swap_place = toks[i].low == "swap"
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "shop"
                    | "shops"
                    | "meet"
                    | "meets"
                    | "stall"
                    | "stalls"
                    | "table"
                    | "party"
                    | "evening"
                    | "event"
                    | "session"
                    | "sessions"
                    | "night"
                    | "box"
                    | "tin"
            )
        });
    matches!(toks[i].low.as_str(), "move" | "swap")
        && (toks.get(i + 1).is_none_or(|t| {
            t.punct
                || matches!(t.low.as_str(), "is" | "was" | "has" | "had" | "went")
                || matches!(t.low.as_str(), "and" | "or" | "but") && after_preposition
                // ("thinking of a seed swap at the hut": or where it is held, after one; not "about a
                // swap at the weekend", when.)
                || matches!(t.low.as_str(), "at" | "in")
                    && after_preposition
                    && toks.get(i + 2).is_some_and(|n| {
                        let place = if n.low == "the" { toks.get(i + 3) } else { Some(n) };
                        place.is_some_and(|p| {
                            !p.punct
                                && !names_a_day(p)
                                && !matches!(p.low.as_str(), "weekend" | "week" | "month" | "end" | "start")
                                && crate::intent::clock::part_word(&p.low).is_none()
                                && !p.low.starts_with(|c: char| c.is_ascii_digit())
                        })
                    })
        }) || swap_place)
        && at_det.is_some()
}

/// Classifies by keywords, most specific kind first; `recurring` says a frequency was found.
pub(crate) fn classify(toks: &[Token], recurring: bool) -> Kind {
    // "am I free at all from Tuesday 22 to Thursday 24 December? The vicar has asked whether I'd
    // help …": a question about what is on, opening the request, with only why after it.
    if let Some(q) = questions::question_then_why(toks)
        && classify(&toks[..=q], recurring) == Kind::Describe
    {
        return Kind::Describe;
    }
    let w = Words::new(toks);
    // "What does 'tentative' mean on an invite?": a question about words, not the calendar.
    // "Why did …", not "why don't you cancel …".
    let why = toks.first().is_some_and(|t| t.low == "why")
        && toks.get(1).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "did" | "does" | "is" | "was" | "are" | "were" | "has" | "have"
            )
        });
    if why || asks_meaning(toks) || asks_how_to(toks) || books_travel(toks) || moves_money(toks) {
        return Kind::Clarify;
    }
    // "watch the whole routine", "rehearse the bull-dodging routine": a performance, not a routine
    // of one's own.
    let owner = |k: usize| matches!(toks[k].low.as_str(), "the" | "whole" | "his" | "her" | "their" | "your");
    let own_routine = (0..toks.len()).any(|i| {
        // "rehearse the juggling routine" (not "add stretching to the morning routine", one's own).
        let of_a_time = |k: usize| {
            matches!(
                toks[k].low.as_str(),
                "morning" | "evening" | "afternoon" | "night" | "bedtime" | "daily" | "weekly"
            )
        };
        // (Not "sounding on routine fluctuations", "routine maintenance": "routine" opening a
        // phrase before what it describes; "new routine work on my novel", "a morning routine
        // weekdays at 6:30" and "a routine Saturdays" are one's own.)
        let opens_phrase = i == 0
            || toks[i - 1].punct
            || matches!(
                toks[i - 1].low.as_str(),
                "on" | "of" | "for" | "about" | "with" | "in" | "book" | "schedule"
            );
        let describes = opens_phrase
            && toks.get(i + 1).is_some_and(|t| {
                t.low.len() > 4 && t.low.ends_with('s') && !t.possessive && !days_or_parts(&t.low)
                    || matches!(t.low.as_str(), "maintenance" | "inspection")
            });
        // "my dreamy ballet routine ends up landing to a polka": a routine performed, not kept.
        // (Not "help me stick to a ballet routine", "build a morning dance routine": one's own.)
        let kept = toks[i.saturating_sub(5)..i].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "build" | "establish" | "start" | "stick" | "keep" | "into" | "new" | "morning" | "evening" | "daily"
            )
        });
        let performed = i > 0
            && !kept
            && matches!(
                toks[i - 1].low.as_str(),
                "ballet"
                    | "dance"
                    | "skating"
                    | "comedy"
                    | "juggling"
                    | "gymnastics"
                    | "cheer"
                    | "circus"
                    | "magic"
                    | "trapeze"
            );
        // "pop it in my calendar like a routine we've splashed right through": a likeness, not a
        // routine asked for (not "I'd like a routine for my back", wanted).
        let likeness = i > 2
            && matches!(toks[i - 1].low.as_str(), "a" | "the")
            && toks[i - 2].low == "like"
            && !matches!(
                toks[i - 3].low.as_str(),
                "i" | "i'd" | "we" | "we'd" | "would" | "you'd" | "they'd" | "really" | "also"
            );
        // "a routine safety inspection": what kind of check it was.
        let a_routine_check = i > 0
            && matches!(toks[i - 1].low.as_str(), "a" | "the")
            && (i + 1..toks.len().min(i + 3)).any(|k| {
                matches!(
                    toks[k].low.as_str(),
                    "inspection" | "check" | "checkup" | "check-up" | "maintenance" | "service" | "test" | "procedure"
                )
            });
        toks[i].low == "routine"
            && !describes
            && !a_routine_check
            && !performed
            && !likeness
            && !(i > 0 && owner(i - 1) || i > 1 && owner(i - 2) && !of_a_time(i - 1))
    });
    // "hovering over the brake out of habit", "a creature of habit": a habit one acts from, no
    // habit asked for (not "a new type of habit: journaling").
    let habit_asked = (0..toks.len()).any(|i| {
        // ("the new alarm software has acquired the habit of sounding", "the register has developed
        // the unhappy habit of striking off names": a way one has taken, not "get into the habit of
        // journaling" or "help me develop the habit of stretching", asked for.)
        // Only a thing's: "has" or "had" (not after "I" or "we"), perhaps "developed" or
        // "acquired", then a determiner and at most one describing word (not "My therapist has
        // recommended a habit of journaling", "I had a habit of running").
        let taken = toks.get(i + 1).is_some_and(|t| t.low == "of")
            && (i.saturating_sub(5)..i).any(|k| {
                let had = matches!(toks[k].low.as_str(), "has" | "had" | "acquired")
                    && !(k > 0 && matches!(toks[k - 1].low.as_str(), "i" | "we" | "you"));
                let mut j = k + 1;
                if toks
                    .get(j)
                    .is_some_and(|t| matches!(t.low.as_str(), "developed" | "acquired"))
                {
                    j += 1;
                }
                let determiner = toks
                    .get(j)
                    .is_some_and(|t| matches!(t.low.as_str(), "the" | "a" | "an" | "this" | "its" | "their"));
                had && determiner && (i == j + 1 || i == j + 2)
            });
        let acted_from =
            i > 1 && toks[i - 1].low == "of" && matches!(toks[i - 2].low.as_str(), "out" | "force" | "creature")
                || i > 0 && toks[i - 1].low == "from"
                || taken;
        w.matches_at(i, &["habit"]) && !acted_from
    });
    if recurring || habit_asked || own_routine {
        return Kind::Habit;
    }
    // "Remind me to cancel the dentist": a reminder, whatever it is about (not "Don't ping me to
    // confirm", a reminder refused right before it; "No rush but ping me to …" still reminds).
    let reminded = phrases::STRONG_TASK.iter().any(|phrase| {
        (0..toks.len()).any(|i| {
            w.matches_at(i, phrase)
                && !(i > 0 && matches!(toks[i - 1].low.as_str(), "don't" | "dont" | "never")
                    || i > 1 && toks[i - 2].low == "do" && toks[i - 1].low == "not")
                // ("Mind me tae post the cards": asked at the head of a sentence; not "Would you mind
                // me to join the call", a permission.)
                && (phrase[0] != "mind" || i == 0 || toks[i - 1].punct || matches!(toks[i - 1].low.as_str(), "please" | "pls"))
        })
    });
    // "todo: cancel the council tax at the old flat, by 18/12": a request labelled a task at its
    // head is one, whatever its verb.
    // (Not "todo: move my 3pm with Ana to thursday", "task: cancel friday's standup": a meeting
    // moved or called off, no deadline given.)
    // ("dont forget: invoice the Okoros for the first fix, today": or what not to forget.)
    // ("jobs: pick up the 15mm copper fittings …": a tradesperson's list.)
    let head = if toks
        .first()
        .is_some_and(|t| matches!(t.low.as_str(), "todo" | "to-do" | "task" | "jobs"))
    {
        1
    } else if starts_with(toks, 0, &["don't", "forget"]) || starts_with(toks, 0, &["dont", "forget"]) {
        2
    } else if starts_with(toks, 0, &["add", "to", "jobs"]) {
        // ("add to jobs: price up the loft conversion …": a tradesperson's list of jobs.)
        3
    } else if toks.get(1).is_some_and(|t| t.low == "jobs")
        && starts_with(toks, 2, &[":"])
        && !toks[0].punct
        // (A place's or a thing's: not "Re jobs: can we meet …", "Summer jobs: interview …",
        // "Remaining jobs: meeting Tom at 6", a subject or a list of events.)
        && matches!(
            toks[0].low.as_str(),
            "shop" | "garden" | "house" | "home" | "kitchen" | "van" | "car" | "office" | "yard" | "site" | "farm" | "flat" | "boat"
        )
    {
        // ("shop jobs: reorder gift wrap …": the jobs of a place, one word saying whose.)
        2
    } else {
        0
    };
    // (Not "don't forget: find 30 min with Tom next week", "Don't forget: lunch with Ana Friday at
    // 1", time asked for or met someone.)
    let time_asked = head == 2
        && toks
            .iter()
            .any(|t| matches!(t.low.as_str(), "with" | "w/" | "find" | "book"));
    let labelled = head > 0
        && !time_asked
        && starts_with(toks, head, &[":"])
        && (toks.get(head + 1).is_some_and(|t| {
            !matches!(
                t.low.as_str(),
                "move" | "cancel" | "reschedule" | "push" | "shift" | "book" | "delete" | "drop"
            )
        }) || toks.iter().any(|t| matches!(t.low.as_str(), "by" | "due" | "deadline")));
    if reminded || labelled {
        return Kind::Task;
    }
    // "Monday's 4:45pm isn't happening. … send it down the corridor to the 9th": a meeting named
    // by its day and sent on to another is moved, whatever was said of its old time.
    // (Not "Cancel Monday's session and everything else up to Friday": a cancellation said as one.)
    let sent_on = named_by_day(toks) && sent_to_a_day(toks) && !toks.iter().any(|t| t.low.starts_with("cancel"));
    // "Do not cancel STOP Move it to the 9th": a cancellation refused right before its verb (not
    // "why not cancel the 4pm", a suggestion).
    // ("don't anyhow cancel ok": or a word of how between.)
    let refused = |i: usize| {
        let denial = |k: usize| matches!(toks[k].low.as_str(), "not" | "don't" | "dont" | "never");
        i > 0 && denial(i - 1) && !(i > 1 && toks[i - 2].low == "why")
            // (Not "Why not just cancel the 3pm?", "Can you not just cancel …", suggestions.)
            || i > 1
                && matches!(toks[i - 2].low.as_str(), "don't" | "dont" | "never")
                && matches!(
                    toks[i - 1].low.as_str(),
                    "anyhow" | "just" | "ever" | "accidentally" | "simply"
                )
    };
    // "delete this. no, don't delete this.": a word taken back at once, the message itself.
    let taken_back = |i: usize| {
        toks.get(i + 1).is_some_and(|t| t.low == "this")
            && toks.get(i + 2).is_some_and(|t| t.punct)
            && (i + 3..toks.len().saturating_sub(2))
                .any(|k| refused(k) && toks[k].low == toks[i].low && toks[k + 1].low == "this" && toks[k + 2].punct)
    };
    // "Zainab's flight got cancelled - move our Monday 9:30 to Tuesday": a journey called off, the
    // reason a meeting moves (not "the 3pm got cancelled, can you move the 4pm into its slot").
    let passive_cancel = |i: usize, said: &[&str]| {
        toks[i].low.starts_with("cancel") && i > 0 && said.contains(&toks[i - 1].low.as_str())
    };
    let journey_called_off = |i: usize| {
        passive_cancel(i, &["got", "was", "were", "been", "is", "gets"])
            && i > 1
            && matches!(
                toks[i - 2].low.as_str(),
                "flight" | "flights" | "train" | "trains" | "ferry" | "bus" | "coach" | "plane" | "trip" | "connection"
            )
            && w.any(phrases::RESCHEDULE)
    };
    // "my 2pm with Ana got cancelled, can you reschedule it": the meeting called off, then moved
    // (not "don't move it", "no need to reschedule it").
    let called_off_then_moved = |i: usize| {
        passive_cancel(i, &["got", "was"])
            && (i..toks.len()).any(|k| {
                matches!(toks[k].low.as_str(), "reschedule" | "rebook" | "move")
                    && starts_with(toks, k + 1, &["it"])
                    && !matches!(toks[k - 1].low.as_str(), "don't" | "dont" | "not" | "never" | "to")
            })
    };
    let cancel_said = phrases::CANCEL.iter().any(|phrase| {
        (0..toks.len()).any(|i| {
            w.matches_at(i, phrase)
                && !refused(i)
                && !taken_back(i)
                && !journey_called_off(i)
                && !called_off_then_moved(i)
                && !dropping_weighed(toks, i)
        })
    });
    if (cancel_said
        || w.has_pair(phrases::CANCEL_PAIRS)
        || clears_days(toks)
        || called_off(toks)
        || ended_in_calendar(toks)
        || sent_off_the_calendar(toks)
        || taken_away_from_calendar(toks)
        || days_wiped_out(toks)
        || that_taken_out(toks)
        || meeting_taken_out(toks))
        && !sent_on
    {
        return Kind::Cancel;
    }
    // "do not push!": a move refused right before its verb.
    let move_said = phrases::RESCHEDULE.iter().any(|phrase| {
        (0..toks.len()).any(|i| {
            w.matches_at(i, phrase)
                && !refused(i)
                && !changed_thing(toks, i, phrase)
                && !thing_replaced(toks, i, phrase)
                && !move_of_things(toks, i)
        })
    });
    if move_said
        || w.has_pair(phrases::RESCHEDULE_PAIRS)
        || shoved_from_day_to_day(toks)
        || changes_a_meeting(toks)
        || toks.iter().any(books_again)
        || redone_for_a_day(toks)
        || done_anew_for_a_day(toks)
        || new_slot_for_a_meeting(toks)
        || meeting_asked_to_move(toks)
        || must_go_to_a_day(toks)
        || made_another_day(toks)
        || made_another_hour(toks)
        || brought_forward_to_a_day(toks)
        || needs_to_be_later(toks)
        || starts_later(toks)
        || must_start_later(toks)
        || put_on_another_day(toks)
    {
        return Kind::Reschedule;
    }
    // "A recurring block", "from now on": a habit, unless a meeting is cancelled or moved (above).
    if w.any(phrases::HABIT_WORDS) || in_parts_of_days(toks) {
        return Kind::Habit;
    }
    // "finish the slides for the board meeting": a meeting one prepares for is no meeting asked
    // for.
    let prepared_for = |k: usize| {
        (2..=3).any(|back| {
            k >= back && toks[k - back].low == "for" && matches!(toks[k - back + 1].low.as_str(), "the" | "my" | "our")
        })
    };
    // (Not "I need to block an hour for the sync with Ana": time booked for it.)
    let booked = w.any_affirmed(phrases::BOOK);
    let meeting = toks.iter().enumerate().any(|(k, t)| {
        t.is_email()
            || phrases::MEETING_WORDS.contains(&t.low.as_str()) && (t.low == "with" || booked || !prepared_for(k))
    }) || together_with_people(toks)
        || books_people(toks);
    // "must update the slides before Dec 15": a request opening with "must" is one's own work.
    let opens_with_must = toks.first().is_some_and(|t| t.low == "must");
    // "Gotta get the farrier out Sunday morning … Put it in the calendar": what one has to do,
    // put in the calendar as asked, is an appointment (a deadline still makes it a task, below).
    // "… a question I must put to Noor Haddad …. Would you tell me where the openings lie?":
    // what one must do, asked room for, is a meeting to find.
    // "I kinda need to grab Fatima and Björn …, can you see when works": asking when.
    // "How does the week of 4 January look? The lab reopens then and I need to plan the freezer
    // defrost.": days asked about first; what one needs to do after is why.
    // ("what's on this weekend? need to make 20 party bags": or what is on them.)
    let whats_on = || {
        (toks[0].low == "what" && toks[0].possessive || toks[0].low == "whats") && toks[1].low == "on"
            || toks[0].low == "what" && starts_with(toks, 1, &["is", "on"])
    };
    // ("How busy am I in the week starting Monday 21 December? The Christmas flowers have to go in
    // on the 23rd.": or how full they are.)
    // (Of one's own time: not "How full is the Tuesday yoga class?", "How busy is Ana next week?".)
    let how_full = || {
        toks[0].low == "how"
            && toks
                .get(1)
                .is_some_and(|t| matches!(t.low.as_str(), "busy" | "full" | "packed" | "booked"))
            && (starts_with(toks, 2, &["am", "i"])
                || starts_with(toks, 2, &["are", "we"])
                || starts_with(toks, 2, &["is", "my"])
                || starts_with(toks, 2, &["is", "our"]))
    };
    let look_asked_first = toks
        .first()
        .is_some_and(|t| matches!(t.low.as_str(), "how" | "what" | "whats"))
        && toks.iter().position(|t| t.low == "?").is_some_and(|q| {
            q > 2
                && (toks[0].low == "how" && matches!(toks[q - 1].low.as_str(), "look" | "looking")
                    || whats_on()
                    || how_full())
                && toks[1..q - 1].iter().any(|t| {
                    names_a_day(t) || matches!(t.low.as_str(), "week" | "weekend" | "month" | "diary" | "calendar")
                })
                // (Nothing asked for after it: not "… I need to block 2 hours for the audit prep,
                // put it wherever it fits".)
                && !toks[q..].iter().any(|t| {
                    matches!(
                        t.low.as_str(),
                        "block" | "put" | "book" | "schedule" | "add" | "find" | "fit" | "slot" | "pencil"
                    )
                })
        });
    let weak_task = (w.any(phrases::WEAK_TASK) || opens_with_must)
        && !look_asked_first
        && !w.any(phrases::NOT_WEAK_TASK)
        && !w.any(phrases::ASKS_FOR_TIMES)
        && !w.has(&["see", "when", "works"])
        && !w.any_affirmed(phrases::INTO_THE_CALENDAR);
    // "not a final reminder on the doormat": a task word denied names none.
    // "out on hire and due back on the rail": to be returned, with no day (not "due back on the
    // 7th").
    // (Not "due back in two weeks", "due back end of month": a deadline said otherwise.)
    let returned = |i: usize| {
        toks[i].low == "due"
            && toks.get(i + 1).is_some_and(|t| t.low == "back")
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "on" | "in" | "at"))
            && toks.get(i + 3).is_some_and(|t| t.low == "the")
            && !(i + 3..toks.len().min(i + 6)).any(|k| {
                crate::intent::dates::day_or_hour_at(toks, k)
                    || matches!(toks[k].low.as_str(), "week" | "month" | "end" | "weekend")
            })
    };
    // "The committee wishes to remind readers that lost property may be claimed": a notice to an
    // audience, told, no reminder to set (not "remind the team to send timesheets", nor "Remind
    // listeners about the charity drive on Friday's show", asked).
    let announced = |i: usize| {
        let our = usize::from(toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "our" | "all")));
        toks[i].low == "remind"
            && i > 1
            && toks[i - 1].low == "to"
            // (Not "I need to remind listeners …": one's own to do.)
            && !toks[i - 2].punct
            && !matches!(
                toks[i - 2].low.as_str(),
                "need" | "needs" | "have" | "has" | "got" | "must" | "want" | "wants" | "remember" | "forget" | "please"
            )
            && toks.get(i + 1 + our).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "readers" | "listeners" | "viewers" | "passengers" | "parishioners" | "spectators" | "audiences"
                )
            })
    };
    // "Next on my list is a 1-hour catch-up with Bo": a meeting listed among what is next, to be
    // found or booked, no task (not "put it on my list").
    let meeting_listed = |i: usize| {
        toks[i].low == "on"
            && super::lexer::starts_with(toks, i + 1, &["my", "list"])
            && toks.get(i + 3).is_some_and(|t| matches!(t.low.as_str(), "is" | "are"))
            // (A meeting, not a doing: not "Next on my list is to call the plumber".)
            && toks.get(i + 4).is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
            && toks[i + 4..]
                .iter()
                .take(6)
                .take_while(|t| !t.punct || t.low == "-")
                .any(|t| crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str()))
    };
    // "A reminder, meanwhile, for my assistant, who reads my notes: I've arranged …": a note's
    // heading, "a" reminder set off by a comma and addressed to the assistant before a colon,
    // names no task (not "Reminder for my assistant: call the bank on Monday").
    let heading_for_the_assistant = |i: usize| {
        let end = (i..toks.len()).find(|&k| matches!(toks[k].low.as_str(), ":" | "." | "!" | "?"));
        // ("A" opening a sentence, a word before "for my assistant": not "Add a reminder, for my
        // assistant: renew the permit".)
        let set_off = i > 0
            && toks[i - 1].low == "a"
            && (i == 1 || matches!(toks[i - 2].low.as_str(), "." | "!" | "?"))
            && toks.get(i + 1).is_some_and(|t| t.low == ",")
            && toks
                .get(i + 2)
                .is_some_and(|t| !matches!(t.low.as_str(), "for" | "please" | "just" | "only"));
        set_off
            && end.is_some_and(|end| {
                toks[end].low == ":"
                    && (i..end).any(|k| super::lexer::starts_with(toks, k, &["for", "my", "assistant"]))
                    && !(i..end).any(|k| crate::intent::dates::day_or_hour_at(toks, k))
            })
    };
    // "The tax return deadline is creeping up on me. Please book a session with Ms. …": a deadline
    // told in a sentence of its own, before a meeting booked with someone, is why, no task.
    // (Told, with "is": not "Add a deadline for the grant report on Friday. Please book …", asked.)
    let told_before_a_booking = |i: usize| {
        let start = (0..i)
            .rev()
            .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?"))
            .map_or(0, |k| k + 1);
        toks[i].low == "deadline"
            && toks[start..]
                .iter()
                .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
                .any(|t| matches!(t.low.as_str(), "is" | "was" | "looms" | "loomed"))
            && (i..toks.len())
                .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?"))
                .is_some_and(|end| {
                    toks[end].low != "?" && {
                        let please = usize::from(starts_with(toks, end + 1, &["please"]));
                        starts_with(toks, end + 1 + please, &["book"])
                            && toks
                                .get(end + 2 + please)
                                .is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
                            && toks
                                .get(end + 3 + please)
                                .is_some_and(|t| crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str()))
                            && starts_with(toks, end + 4 + please, &["with"])
                    }
                })
    };
    // "Before the planning deadline on 18 December I need an hour and a half with our architect":
    // a deadline a meeting must come before is when by, no task.
    let met_before = |i: usize| crate::intent::dates::deadline_met_before(toks, i);
    let task_named = phrases::TASK.iter().any(|phrase| {
        (0..toks.len()).any(|i| {
            w.matches_at(i, phrase)
                && !denied_before(toks, i)
                && !told_before_a_booking(i)
                && !met_before(i)
                && !crate::intent::dates::due_before_asked(toks, i)
                && !returned(i)
                && !announced(i)
                && !meeting_listed(i)
                && !heading_for_the_assistant(i)
        })
    });
    if (task_named && !w.any(phrases::NOT_TASK) && !task_as_aside(toks) || weak_task && !meeting)
        && !time_sought::when_free_asked(toks)
    {
        return Kind::Task;
    }
    // "which times am I clear?", "when am I free tomorrow morning": asking for times, however
    // much it sounds like a question about the calendar.
    // "hows my cal lookin on 8 December from 10 to 12 for that?": room asked for something.
    // (Not "Could you block 9 until 12 for it?": the time given, blocked.)
    let room_for_it = toks.windows(3).enumerate().any(|(k, w)| {
        // (The booking in the same sentence: not "… for it? I'd like to book the room".)
        let sentence_start = toks[..k]
            .iter()
            .rposition(|t| matches!(t.low.as_str(), "." | "!" | "?"))
            .map_or(0, |p| p + 1);
        w[0].low == "for"
            && matches!(w[1].low.as_str(), "that" | "this" | "it")
            && w[2].low == "?"
            && !toks[sentence_start..k]
                .iter()
                .any(|t| matches!(t.low.as_str(), "block" | "book" | "reserve"))
    });
    if held_elsewhere(toks)
        || wanted_on_another_day(toks)
        || missed_then_another_day_asked(toks)
        || hour_arrowed_to_a_day_asked(toks)
        || crate::intent::when::fell_through_then_another_slot(toks).is_some()
        || done_days_later(toks)
    {
        return Kind::Reschedule;
    }
    if on_asked::free_then_asked(toks) {
        return Kind::Describe;
    }
    if on_asked::meetings_with_asked(toks) || on_asked::their_day_asked(toks) {
        return Kind::Describe;
    }
    if w.any(phrases::ASKS_FOR_TIMES)
        || gaps_shown(&w)
        || room_for_it
        || time_sought::had(toks)
        || time_sought::room_asked(toks)
        || time_sought::needed_then_any_room(toks)
    {
        return if then_booked(toks) { Kind::Book } else { Kind::Find };
    }
    // "put a meeting … in my agenda": the agenda is where it goes.
    // (Not "show me what is in my agenda": what is there, asked for; but "what is in my agenda?
    // add the dentist on Friday at 3 to it" puts something in.)
    let put_in_agenda = (0..toks.len()).any(|k| {
        phrases::INTO_THE_AGENDA.iter().any(|p| starts_with(toks, k, p))
            && !(k > 0 && toks[k - 1].low == "what" || k > 1 && toks[k - 2].low == "what" && toks[k - 1].low == "is")
    }) || w.any(phrases::INTO_THE_AGENDA)
        && (0..toks.len())
            .any(|k| matches!(toks[k].low.as_str(), "add" | "put") && toks[k + 1..].iter().any(|t| t.low == "it"));
    // "no need to show me options first": what is not wanted describes nothing.
    if !put_in_agenda
        && (w.any_affirmed(phrases::DESCRIBE)
            || w.has_pair(phrases::DESCRIBE_PAIRS)
            || on_asked::asks_how_full(toks)
            || on_asked::asks_anything_on(toks)
            || on_asked::lists_meetings(toks)
            || on_asked::asks_what_it_looks_like(toks)
            || on_asked::shows_a_day(toks)
            || on_asked::gives_a_look_at_a_day(toks)
            || on_asked::what_a_day_looks_like(toks)
            || on_asked::asks_any_plans(toks)
            || on_asked::asks_what_they_have_on(toks)
            || on_asked::asks_what_we_have_on(toks)
            || on_asked::asks_any_booked(toks)
            || on_asked::damage_of_a_day(toks)
            || on_asked::what_is_on_a_day(toks)
            || on_asked::runs_through_days(toks)
            || on_asked::whether_engaged(toks)
            || on_asked::in_the_diary_asked(toks)
            || on_asked::asks_what_my_plans_are(toks))
    {
        return Kind::Describe;
    }
    if w.any(phrases::ASKS_WHEN)
        || when_asked::fit_in_asked(toks)
        || when_asked::earliest_asked(toks)
        || chance::asker_could(toks)
        || chance::asked_when_they_could(toks)
        || when_asked::squeezed_in_sometime(toks)
        || when_asked::they_could_squeeze_me_in(toks)
        || when_asked::when_they_could_squeeze_in(toks)
        || when_asked::a_time_asked(toks)
        || time_sought::looked_for(toks) && !w.any_affirmed(phrases::BOOK)
        || when_asked::time_suits_asked(toks) && !w.any_affirmed(phrases::BOOK)
        || when_asked::if_they_have_any(toks)
        || when_asked::trying_to_arrange(toks)
    {
        return Kind::Find;
    }
    if w.any_affirmed(phrases::BOOK) && !books_only_anything(toks)
        || w.has_verb_pair(phrases::BOOK_PAIRS)
        || put_in_agenda
        || got_in(toks)
        || gerunds::minds_booking(toks)
        || entered_in_calendar(toks)
        || added_for_a_day(toks)
        || invitation_sent(toks)
        || locked_on_a_day(toks)
    {
        return Kind::Book;
    }
    if questions::advice_asked(toks) {
        return Kind::Clarify;
    }
    if w.any(phrases::FIND) || w.has_pair(phrases::FIND_PAIRS) || w.any(phrases::WEAK_TASK) {
        return Kind::Find;
    }
    if moved_without_verb(toks)
        || changed_for_a_day(toks)
        || could_go_to_another_day(toks)
        || hour_arrowed_to_a_day(toks)
        || missed_for_another_day(toks)
    {
        return Kind::Reschedule;
    }
    if errand_on_a_day(toks) {
        return Kind::Task;
    }
    Kind::Clarify
}

/// A day or an hour at `j`, as asked whether it suits: a weekday, today or tomorrow, a month, a
/// clock time, or a date or an hour standing alone (not "the 2nd draft", "the 10 minute version",
/// "this plan", things).
fn a_day_or_hour(toks: &[Token], j: usize) -> bool {
    let t = &toks[j];
    let alone = toks.get(j + 1).is_none_or(|n| {
        n.punct
            || matches!(
                n.low.as_str(),
                "at" | "work" | "works" | "suit" | "suits" | "or" | "and"
            )
            || crate::intent::dates::month(&n.low).is_some()
    });
    crate::intent::dates::weekday(&t.low).is_some()
        || matches!(t.low.as_str(), "today" | "tomorrow" | "tonight")
        || crate::intent::dates::month(&t.low).is_some()
        || crate::intent::clock::written_clock(t)
        || t.low.starts_with(|c: char| c.is_ascii_digit()) && alone
}

/// "i need to book the finance team in for 45 minutes", "need to book Ana in": people booked,
/// a group or a name put in, is a meeting (not "I need to book the car in for a service").
fn books_people(toks: &[Token]) -> bool {
    // (Only with a meeting's length: not "book Max in for a haircut", "book Tesla in for a
    // service", someone else's appointment or a car's.)
    let long = toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "hour" | "hours" | "minutes" | "mins" | "min") || t.low.ends_with("-minute"));
    long && toks.iter().enumerate().any(|(k, t)| {
        // (A group heading what is booked: not "the HQ parking", "the office christmas party
        // venue".)
        let head = toks[k + 1..]
            .iter()
            .take(4)
            .take_while(|t| !t.punct && !matches!(t.low.as_str(), "in" | "for" | "on" | "at"))
            .last();
        t.low == "book"
            && (head.is_some_and(|t| super::people::GROUP_WORDS.contains(&t.low.as_str()))
                || toks.get(k + 1).is_some_and(|t| t.capitalised() && !t.punct)
                    && toks.get(k + 2).is_some_and(|t| t.low == "in"))
    })
}

/// "pick up the dry cleaning tmrw", "buy a birthday card for mum on friday": a short request
/// opening with an errand, what it is done to, and a day, with no one to meet, is a task due
/// that day (not "fix next week", too vague to act on).
fn errand_on_a_day(toks: &[Token]) -> bool {
    const ERRANDS: &[&str] = &[
        "buy", "pick", "collect", "return", "pay", "renew", "post", "fetch", "clean", "fix", "file", "submit", "order",
        "wash", "iron", "tidy", "water", "feed", "print", "sign", "mail", "repair", "replace",
    ];
    toks.len() <= 14
        && toks.first().is_some_and(|t| ERRANDS.contains(&t.low.as_str()))
        && toks.get(1).is_some_and(|t| !t.punct && !names_a_day(t))
        && !crate::intent::dates::day_or_hour_at(toks, 1)
        && !toks
            .iter()
            .any(|t| matches!(t.low.as_str(), "with" | "meet"))
        // (Not "order groceries every other friday", "pay rent monthly": a habit or a series;
        // nor "fix our 1:1 on thursday", "post the standup to thursday", "pick a day next
        // week": a meeting, a move, or a choice of day.)
        && !toks.iter().any(|t| {
            matches!(
                t.low.as_str(),
                "every" | "each" | "monthly" | "weekly" | "daily" | "yearly" | "annually" | "offsite"
            ) || crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str())
        })
        && !(toks[1].low == "a"
            && toks
                .get(2)
                .is_some_and(|t| matches!(t.low.as_str(), "day" | "time" | "date" | "slot")))
        && (1..toks.len()).any(|k| {
            crate::intent::dates::day_or_hour_at(toks, k) && !matches!(toks[k - 1].low.as_str(), "to" | "until" | "till")
        })
}

/// "plz add dentist tuesday 4pm, 45 min", "Add yoga class on the 8th, 6 to 7:15 in the evening",
/// "can you add lunch with Ana on friday at 1pm": "add" opening the request, and a thing, then the
/// day or hour it falls on, books it (a task, a habit or a reminder added is read before this).
fn added_for_a_day(toks: &[Token]) -> bool {
    let add = (0..toks.len()).find(|&i| {
        toks[i].low == "add"
            && (i == 0
                || toks[i - 1].punct
                || matches!(toks[i - 1].low.as_str(), "plz" | "pls" | "please")
                // (After "you" only when asked to: "can you add …", not "did you add …", "if you
                // add …", "can you add up …", "could you add notes …".)
                || i > 1
                    && matches!(toks[i - 1].low.as_str(), "you" | "u")
                    && matches!(toks[i - 2].low.as_str(), "can" | "could" | "would")
                    && (i == 2 || toks[i - 3].punct)
                    && toks.get(i + 1).is_some_and(|t| {
                        !matches!(
                            t.low.as_str(),
                            "up" | "notes" | "note" | "comments" | "details" | "agenda" | "description"
                        )
                    }))
    });
    // "physio appt monday 8:30, 45 mins, pls add": or closing it, after the thing and its day or
    // hour (not "what's on monday? pls add": a question; nor "nothing else to add").
    // ("Brigitte wants to do Tuesday at 11 for an hour, can you add it?": or asked of the assistant
    // in a clause of its own, closing it, after an hour; not "renew the insurance by Friday, can you
    // add it?", a day only; nor "what is on friday at 3, can you add it?", a question first; nor
    // "Renew the passport by Friday at 5, can you add it?", a deadline, a task.)
    let asked = |i: usize| {
        i > 3
            && !toks[..i].iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "what" | "when" | "which" | "whats" | "what's" | "by" | "before" | "due" | "until" | "deadline"
                )
            })
            && (1..i).any(|k| {
                crate::intent::clock::written_clock(&toks[k])
                    || toks[k - 1].low == "at" && toks[k].low.parse::<u32>().is_ok_and(|h| (1..=23).contains(&h))
            })
            && matches!(toks[i - 1].low.as_str(), "you" | "u")
            && matches!(toks[i - 2].low.as_str(), "can" | "could" | "would")
            && toks[i - 3].low == ","
            && starts_with(toks, i + 1, &["it"])
    };
    let closing = (1..toks.len()).find(|&i| {
        toks[i].low == "add"
            && (toks[i - 1].low == ","
                || i > 1 && matches!(toks[i - 1].low.as_str(), "pls" | "plz" | "please") && toks[i - 2].punct
                || asked(i))
            && toks[i + 1..].iter().all(|t| {
                t.punct && (t.low != "?" || asked(i))
                    || matches!(t.low.as_str(), "pls" | "plz" | "please" | "it" | "thanks" | "thx")
            })
    });
    if closing.is_some_and(|i| {
        !toks[..i].iter().any(|t| t.low == "?") && (0..i).any(|k| crate::intent::dates::day_or_hour_at(toks, k))
    }) {
        return true;
    }
    // (Not "add Ana to the standup on Monday": someone added to a meeting, asked about.)
    let to_a_meeting = |i: usize| (i + 1..toks.len().min(i + 4)).any(|k| toks[k].low == "to");
    // "with" or "w/" right after what is added, and no "to" in its clause.
    let with_between = |i: usize| {
        toks.get(i + 2).is_some_and(|t| t.low == "with")
            && !(i + 1..toks.len())
                .take_while(|&k| !toks[k].punct)
                .any(|k| toks[k].low == "to")
    };
    add.is_some_and(|i| {
        !to_a_meeting(i)
            // ("pls add dinner w/ Ngozi & Kofi tmrw evening": further, past the people it is with,
            // but not "pls add Ana and Bo to the review tomorrow", added to a meeting.)
            && (i + 2..toks.len().min(if with_between(i) { i + 9 } else { i + 6 }))
                .take_while(|&k| !toks[k].punct)
                .any(|k| {
                crate::intent::dates::day_or_hour_at(toks, k)
                    || toks[k].low == "on" && crate::intent::dates::day_or_hour_at(toks, k + 1)
            })
    })
}

/// "contestants … kick at each other's shins until somebody falls over": a verb aimed "at"
/// someone or something strikes or tugs it; its particle further on is another verb's (not "kick
/// it over to the 9th").
fn aims_at(toks: &[Token], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| t.low == "at")
        && toks
            .get(i + 2)
            .is_some_and(|t| t.possessive || matches!(t.low.as_str(), "each" | "the" | "his" | "her" | "their" | "my"))
}

/// "4pm", "10am", "14:30": an hour of the clock, written with its figures.
fn clock_hour(t: &Token) -> bool {
    t.low.starts_with(|c: char| c.is_ascii_digit())
        && (t.low.ends_with("am") || t.low.ends_with("pm") || t.low.contains(':'))
}

/// "the sunday 5pm w/ grandma, make it saturday same time", "Monday's 3pm with Ana - make it
/// Tuesday": a meeting named by its day and hour, then "make it" another day, moves (not "book
/// lunch with Ana tomorrow at 1, make it Friday", a booking put right as it is asked for).
fn made_another_day(toks: &[Token]) -> bool {
    let named_at = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "the" | "my" | "our") || t.possessive)
    };
    // ("so the veil fitting with Chiamaka …, can we make it …, same time": after a word that only
    // opens what is said, where "make it" is asked.)
    let led = toks
        .first()
        .is_some_and(|t| matches!(t.low.as_str(), "so" | "ok" | "okay" | "right"))
        && named_at(1);
    // (Named by its hour, with no length asked for: not "My manager wants 1 hour with me next
    // week, make it Tuesday at 10", a new meeting put on a day.)
    // ("Nan's chiropody with Declan, it's Monday at half nine, can we make it Tuesday, same
    // time": an hour said "at half" or "at quarter" too, and "make it" asked after a comma.)
    let hour_follows = |j: usize| {
        toks.get(j + 1).is_some_and(|n| {
            n.low.starts_with(|c: char| c.is_ascii_digit())
                || matches!(n.low.as_str(), "past" | "to")
                || !matches!(n.low.as_str(), "a" | "an") && super::lexer::whole(&n.low, 1, 12).is_some()
        })
    };
    let at_an_hour = |j: usize| {
        clock_hour(&toks[j])
            || matches!(toks[j].low.as_str(), "noon" | "midday")
            || j > 0 && toks[j - 1].low == "at" && matches!(toks[j].low.as_str(), "half" | "quarter") && hour_follows(j)
    };
    // (Asked only of a meeting held with someone, kept at the same time or "instead": not "My
    // physio said 3pm works, can we make it Thursday?", a new time offered; nor "the new client
    // wants to meet with Ana at 3pm, can we make it Monday, same time?", a meeting wanted.)
    let asked = |k: usize| {
        k > 2
            && matches!(toks[k - 1].low.as_str(), "we" | "you")
            && matches!(toks[k - 2].low.as_str(), "can" | "could")
            && matches!(toks[k - 3].low.as_str(), "," | "-" | "–" | "—")
            && toks[..k].iter().any(|t| matches!(t.low.as_str(), "with" | "w/"))
            && !toks[..k].iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "wants" | "want" | "would" | "like" | "needs" | "need" | "book" | "let's"
                )
            })
            && (k + 3..k + 8).any(|j| starts_with(toks, j, &["same", "time"]) || starts_with(toks, j, &["instead"]))
            // (Not "… next month as well?": another one asked for.)
            && !(k..toks.len()).any(|j| starts_with(toks, j, &["as", "well"]) || toks[j].low == "too")
    };
    // ("Settling-in visit for the twins w/ Frau Amsel is mon 3pm - can we make it thursday": or a
    // meeting said to be on a day, opening the request.)
    let stated = |k: usize| (1..k).any(|j| toks[j].low == "is" && crate::intent::dates::day_named_at(toks, j + 1));
    (2..toks.len()).any(|k| {
        super::lexer::starts_with(toks, k, &["make", "it"])
            && (named_at(0) && matches!(toks[k - 1].low.as_str(), "," | "-" | "–" | "—")
                || asked(k) && (named_at(0) || led || stated(k)))
            && crate::intent::dates::day_named_at(toks, k + 2)
            && (0..k).any(at_an_hour)
            && !toks[..k].iter().any(|t| super::durations::is_length(&t.low))
    })
}

/// "the drugs check with Benedikt that's on Monday at eight can we make that nine no wait half nine
/// same day": a meeting held with someone and named by its hour, asked to be made another hour of
/// the same day, moves (not "book lunch with Ana at 1, make that 2", a booking put right as it is
/// asked for; nor "make that nine people", a count).
fn made_another_hour(toks: &[Token]) -> bool {
    (2..toks.len()).any(|k| {
        (starts_with(toks, k, &["make", "that"]) || starts_with(toks, k, &["make", "it"]))
            && matches!(toks[k - 1].low.as_str(), "we" | "you")
            && toks[..k].iter().any(|t| matches!(t.low.as_str(), "with" | "w/"))
            && toks[..k].windows(2).any(|w| {
                w[0].low == "at"
                    && (w[1].low.starts_with(|c: char| c.is_ascii_digit())
                        || super::lexer::whole(&w[1].low, 1, 12).is_some()
                        || w[1].low == "uh"
                        || w[1].low == "um")
            })
            // ("… make it half four no hang on make it five same day": a correction between.)
            && (k + 2..toks.len().min(k + 13)).any(|j| starts_with(toks, j, &["same", "day"]))
            // (Nor "Arrange lunch … at 1, can you make it 2 same day", "Set up drinks …", a booking
            // put right as it is asked for.)
            && !toks[..k].iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "book" | "schedule" | "find" | "wants" | "need" | "needs" | "pencil" | "set" | "arrange" | "put"
                        | "add" | "block" | "reserve" | "organise" | "organize" | "plan"
                )
            })
            // (Nor "can we make it 12 people same day": a count.)
            && toks.get(k + 3).is_none_or(|t| {
                t.punct
                    || super::lexer::whole(&t.low, 1, 59).is_some()
                    || matches!(
                        t.low.as_str(),
                        "no" | "same" | "o'clock" | "am" | "pm" | "instead" | "on" | "please" | "pls" | "then"
                    )
            })
    })
}

/// "the information literacy session with Dr. Aurelio Benedetti-Kamau on Tuesday 8 December at
/// 14:00 will need to be brought forward to Monday 7 December, same time": a meeting named by
/// whom it is with and its hour, to be brought forward to a weekday, moves (not "the motion will
/// be brought forward to Monday's board", "the launch may be brought forward to Wednesday, so
/// block Tuesday afternoon", something else brought forward, a new booking or a question after).
fn brought_forward_to_a_day(toks: &[Token]) -> bool {
    (1..toks.len()).any(|k| {
        // (What came before, a title's full stop and all.)
        let before = &toks[..k];
        starts_with(toks, k, &["be", "brought", "forward", "to"])
            && (toks
                .get(k + 4)
                .is_some_and(|t| crate::intent::dates::weekday(&t.low).is_some() && !t.possessive)
                // ("… is to be brought forward to 8.30 a.m. the same day": or to an earlier hour
                // of its own day.)
                || toks.get(k + 4).is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
                    && (k + 5..toks.len().min(k + 10)).any(|j| starts_with(toks, j, &["same", "day"])))
            && before.iter().any(|t| t.low == "with")
            && (before.iter().any(clock_hour)
                || before
                    .windows(2)
                    .any(|w| w[0].low == "at" && w[1].low.starts_with(|c: char| c.is_ascii_digit())))
            && !toks.iter().any(|t| {
                matches!(
                    t.low.as_str(),
                    "book" | "schedule" | "block" | "find" | "what" | "what's" | "whats"
                )
            })
    })
}

/// "can my call with Giulia today at 3 happen later, like after 6?", "Can the standup with Ana
/// happen later tomorrow?", "can my 11:00 w/ Fatima today go to this afternoon": a meeting asked
/// to happen later or earlier, or to go to another time, in its clause, moves (not "Book a call …
/// so the review can happen later").
fn meeting_asked_to_move(toks: &[Token]) -> bool {
    (1..toks.len()).any(|k| {
        let clause = (0..k).rev().take_while(|&j| !toks[j].punct);
        // "can my 11:00 w/ Fatima and Leon today go to this afternoon": or to go to another time.
        // (The meeting named right before "go", by its day, hour or what it is: not "so my kids
        // can go to 10am swim class", "before we go to this weekend's match".)
        let named_before = toks[k - 1].possessive
            || toks[k - 1].low.starts_with(|c: char| c.is_ascii_digit())
            || crate::intent::dates::day_named_at(toks, k - 1)
            || crate::intent::people::MEETING_NOUNS.contains(&toks[k - 1].low.as_str());
        let goes_to = toks[k].low == "go"
            && named_before
            && toks.get(k + 1).is_some_and(|t| t.low == "to")
            && (crate::intent::dates::day_or_hour_at(toks, k + 2)
                || toks
                    .get(k + 2)
                    .is_some_and(|t| matches!(t.low.as_str(), "this" | "next" | "later"))
                    && toks.get(k + 3).is_some_and(|t| {
                        crate::intent::clock::part_word(&t.low).is_some()
                            || matches!(t.low.as_str(), "week" | "weekend")
                    }));
        // ("Could the 2:50pm on the 18th … go an hour later?": "go", or later by so much.)
        let later = |j: usize| {
            toks.get(j)
                .is_some_and(|t| matches!(t.low.as_str(), "later" | "earlier"))
        };
        let later_by = (k + 2..toks.len().min(k + 5)).any(|j| {
            later(j)
                && toks[k + 1..j].iter().any(|t| super::durations::is_length(&t.low))
                && toks[k + 1..j].iter().all(|t| {
                    super::durations::is_length(&t.low)
                        || matches!(t.low.as_str(), "a" | "an" | "half" | "one" | "two" | "three")
                        || t.low.starts_with(|c: char| c.is_ascii_digit())
                })
        });
        (matches!(toks[k].low.as_str(), "happen" | "go") && (later(k + 1) || later_by) || goes_to)
            && clause.clone().any(|j| matches!(toks[j].low.as_str(), "can" | "could"))
            // A meeting asked about: one's own, or named by what it is, its day or its hour ("Can
            // the standup with Ana happen later", "Can tomorrow's 3pm … happen later", "can the
            // 4pm with Dmitri today go to monday afternoon?"; not "so the review can happen later",
            // a booking's reason).
            // (Its hour an hour of the clock, "the 4pm", not "the 12th" or "the 8 of us".)
            && (clause.clone().any(|j| matches!(toks[j].low.as_str(), "my" | "our"))
                || clause.into_iter().any(|j| {
                    toks[j].possessive
                        || crate::intent::people::MEETING_NOUNS.contains(&toks[j].low.as_str())
                        || toks[j].low == "the"
                            && toks.get(j + 1).is_some_and(clock_hour)
                }) && !toks[..k].iter().any(|t| t.low == "so"))
    })
}

/// "the review with Mr. O'Sullivan which is on Thursday at 2 must go to Friday": what must go to
/// a day moves there (not "I must go to the Ausländerbehörde next tuesday", a place).
fn must_go_to_a_day(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        super::lexer::starts_with(toks, i, &["must", "go", "to"]) && crate::intent::dates::day_or_hour_at(toks, i + 3)
    })
}

/// "find a free hour with Beatriz and Olumide … and lock it in pls", "… then book the first one":
/// a time looked for, then booked.
fn then_booked(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        // (Not "… and grab the kids after": "grab" and "put" book only what was found, "it".)
        let pointed = |k: usize| {
            toks.get(k)
                .is_some_and(|t| matches!(t.low.as_str(), "it" | "that" | "one"))
        };
        matches!(toks[i].low.as_str(), "and" | "then" | "&")
            && toks.get(i + 1).is_some_and(|t| match t.low.as_str() {
                "book" | "lock" | "pencil" | "schedule" | "reserve" => {
                    pointed(i + 2) || toks.get(i + 2).is_some_and(|t| matches!(t.low.as_str(), "the" | "in"))
                }
                "grab" | "put" => pointed(i + 2),
                _ => false,
            })
    })
}

/// A day or an hour named in the next ten words of the clause of `i`.
fn day_or_hour_ahead(toks: &[Token], i: usize) -> bool {
    clause_ahead(toks, i, 10).any(|k| crate::intent::dates::day_or_hour_at(toks, k))
}

/// A time somewhere ahead in the clause of `i` for a thing to be moved to: a day, an hour, a
/// part of the day, "noon", "later", "the weekend", or a "to" or "until" that may lead to one.
fn somewhen_ahead(toks: &[Token], i: usize) -> bool {
    clause_ahead(toks, i, 10).any(|k| {
        crate::intent::dates::day_or_hour_at(toks, k)
            || crate::intent::clock::part_word(&toks[k].low).is_some()
            || matches!(
                toks[k].low.as_str(),
                "noon" | "midday" | "later" | "weekend" | "to" | "until"
            )
    })
}

/// "My 9am with Akosua on Dec 18 - can you put it on Dec 21 in the afternoon?": one's own meeting
/// named by its hour, then put on another day, is moved there (not "put it on my list").
fn put_on_another_day(toks: &[Token]) -> bool {
    let mine =
        toks.first().is_some_and(|t| t.low == "my") && toks.get(1).is_some_and(crate::intent::clock::written_clock);
    mine && (2..toks.len()).any(|k| {
        // (The day itself, not a thing of it: not "put it on Monday's agenda", "on next week's
        // agenda", "on Tuesday's to-do list".)
        let day_alone = (k + 3..toks.len().min(k + 7)).take_while(|&j| !toks[j].punct).all(|j| {
            !toks[j].possessive
                && (crate::intent::dates::day_or_hour_at(toks, j)
                    || crate::intent::dates::month(&toks[j].low).is_some()
                    || matches!(toks[j].low.as_str(), "in" | "the" | "at" | "next" | "this" | "instead")
                    || crate::intent::clock::part_word(&toks[j].low).is_some())
        });
        matches!(toks[k].low.as_str(), "put" | "shift" | "bump" | "stick")
            && starts_with(toks, k + 1, &["it"])
            && toks.get(k + 2).is_some_and(|t| matches!(t.low.as_str(), "on" | "to"))
            && crate::intent::dates::day_named_at(toks, k + 3)
            && day_alone
    })
}

/// "standup monday 9:30 -> tuesday same time pls": a meeting, its day and an arrow to a day or
/// hour, with no verb, is moved there (not "sync tuesday 3 to 4pm", a span); "tmrw's 11am coffee
/// w Jonas → sunday", "tmrw's 8:30 w marcin -> sunday 10:00": so too with its day before it, as
/// the day's, when the arrow leads to a day (not "today's call with Ben → 3 action items").
fn moved_without_verb(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        // ("tmrw's 8:30 w marcin -> sunday 10:00": or by its hour, after the day's.)
        // (Nothing but whom it is with between the hour and the arrow, and a day, not a day's
        // thing, after it: not "tomorrow's 2pm recap -> Monday's newsletter".)
        let plain = toks.get(i + 1).is_some_and(|t| t.low == "with" || t.is_arrow());
        let arrow_to_a_day = (i + 1..toks.len().min(i + 8))
            .find(|&k| toks[k].is_arrow())
            .is_some_and(|k| toks.get(k + 1).is_some_and(|t| !t.possessive));
        let by_hour = i > 0
            && toks[i - 1].possessive
            && names_a_day(&toks[i - 1])
            && crate::intent::clock::written_clock(&toks[i])
            && plain
            && arrow_to_a_day;
        (crate::intent::people::MEETING_NOUNS.contains(&toks[i].low.as_str()) || by_hour)
            && (toks.get(i + 1).is_some_and(names_a_day)
                || (i.saturating_sub(2)..i).any(|k| toks[k].possessive && names_a_day(&toks[k])))
            && clause_ahead(toks, i + 1, 4).any(|k| {
                toks[k].is_arrow()
                    && (crate::intent::dates::day_named_at(toks, k + 1)
                        || toks.get(i + 1).is_some_and(names_a_day)
                            && crate::intent::dates::day_or_hour_at(toks, k + 1))
            })
            // "the noon check-in with Paora on tuesday → wednesday evening", "my 4 o'clock with
            // Rangi on the 22nd -> the 23rd": or its day after whom it is with, right before an
            // arrow to another day.
            // "my 7pm with Solveig tonight → tomorrow evening": or its hour after "my", its day
            // (and part of it) right before the arrow.
            || (crate::intent::people::MEETING_NOUNS.contains(&toks[i].low.as_str())
                || toks[i].low == "o'clock" && i > 1 && toks[i - 2].low == "my"
                || i > 0 && toks[i - 1].low == "my" && crate::intent::clock::written_clock(&toks[i]))
                && clause_ahead(toks, i, 7).any(|k| {
                    toks[k].is_arrow()
                        && k > 2
                        && day_before_arrow(toks, k)
                            .is_some_and(|d| toks[i + 1..d].iter().any(|t| matches!(t.low.as_str(), "with" | "w/")))
                        && (crate::intent::dates::day_named_at(toks, k + 1)
                            || toks.get(k + 1).is_some_and(|t| t.low == "the")
                                && crate::intent::dates::day_named_at(toks, k + 2))
                        && ends_after_day(toks, k + 1)
                })
    })
}

/// "Tobias can't do 4.15 on the 17th; anytime on the 18th after 10 is fine": a meeting by its hour
/// that someone can't make, then any time on another day said to suit, is moved there.
fn missed_for_another_day(toks: &[Token]) -> bool {
    // (An hour: not "can't make 40 mins", "can't make 12 people fit".)
    let missed = (1..toks.len()).find(|&k| {
        matches!(toks[k - 1].low.as_str(), "can't" | "cant" | "cannot")
            && matches!(toks[k].low.as_str(), "do" | "make")
            && toks
                .get(k + 1)
                .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
            && toks
                .get(k + 2)
                .is_none_or(|t| t.punct || matches!(t.low.as_str(), "on" | "today" | "tomorrow") || names_a_day(t))
    });
    missed.is_some_and(|k| {
        (k + 2..toks.len()).any(|s| {
            matches!(toks[s].low.as_str(), "," | ";" | "-" | "\u{2013}" | "\u{2014}")
                && (starts_with(toks, s + 1, &["any", "time"]) || starts_with(toks, s + 1, &["anytime"]))
                && (s + 2..toks.len().min(s + 6)).any(|d| crate::intent::dates::day_named_at(toks, d))
                && toks[s + 1..]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "fine" | "works" | "suits" | "good" | "ok" | "okay"))
                && !toks[s + 1..].iter().any(|t| t.low == "not")
        })
    })
}

/// "I can't make the 6pm with Mireille tonight, can we do monday same time": a meeting by its
/// hour that the asker can't make, opening the request, then another day asked for in a clause
/// of its own, is moved there (not "We can't do the 2pm slot you proposed, …", a time only
/// offered, nor in a message quoted after another request).
fn missed_then_another_day_asked(toks: &[Token]) -> bool {
    let missed = matches!(toks.first().map(|t| t.low.as_str()), Some("i" | "we"))
        && toks
            .get(1)
            .is_some_and(|t| matches!(t.low.as_str(), "can't" | "cant" | "cannot"))
        && toks.get(2).is_some_and(|t| matches!(t.low.as_str(), "do" | "make"))
        && toks.get(3).is_some_and(|t| t.low == "the")
        && toks
            .get(4)
            .is_some_and(|t| crate::intent::clock::written_clock(t) || clock_hour(t))
        && toks.get(5).is_none_or(|t| {
            !matches!(
                t.low.as_str(),
                "slot" | "time" | "you" | "he" | "she" | "they" | "that" | "which" | "option"
            )
        });
    missed && crate::intent::when::another_day_asked(toks, 5).is_some()
}

/// "lock 9-10:30 tue 1 dec for quarterly numbers": a request opening with "lock" and the hours it
/// holds, or how long (not "lock Friday's rota", "lock 2024 figures", "lock 3rd draft", a thing locked).
fn locked_on_a_day(toks: &[Token]) -> bool {
    let hours = |t: &Token| {
        crate::intent::clock::written_clock(t)
            || t.low.split_once('-').is_some_and(|(a, b)| {
                [a, b]
                    .iter()
                    .all(|h| h.starts_with(|c: char| c.is_ascii_digit()) && h.len() <= 5)
            })
    };
    // ("lock 3 hours on tue 8 dec": or a length.)
    let length = toks
        .get(1)
        .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
        && toks.get(2).is_some_and(|t| super::durations::is_length(&t.low));
    // ("lock 2-3pm wed 2 dec": hours with am or pm spaced by the lexer, "2 - 3pm".)
    let spaced = toks
        .get(1)
        .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()) && t.low.len() <= 5)
        && toks.get(2).is_some_and(|t| t.low == "-");
    toks.first().is_some_and(|t| t.low == "lock") && (toks.get(1).is_some_and(hours) || spaced || length)
}

/// "can we shove her boiler service from tue 1st 9am to fri 4th same time", "shove my 3pm w/ Ana
/// to thursday": "shove" a thing from one day to another, or a meeting to a day, moves it (not
/// "shove the bins out to the kerb", "shove a reminder in my calendar to call the bank on Monday":
/// a thing put somewhere, or "to" a doing).
fn shoved_from_day_to_day(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        let to_a_day = |k: usize| toks[k].low == "to" && crate::intent::dates::day_or_hour_at(toks, k + 1);
        let meeting = |k: usize| {
            crate::intent::clock::written_clock(&toks[k])
                || crate::intent::people::MEETING_NOUNS.contains(&toks[k].low.as_str())
        };
        toks[i].low == "shove"
            && (clause_ahead(toks, i, 8).any(|f| {
                toks[f].low == "from"
                    && crate::intent::dates::day_or_hour_at(toks, f + 1)
                    && (f + 2..toks.len().min(f + 6))
                        .take_while(|&k| !toks[k].punct)
                        .any(to_a_day)
            }) || clause_ahead(toks, i, 6).any(|k| to_a_day(k) && (i + 1..k).any(meeting)))
    })
}

/// "1:1 w/ sebastián thu 3rd 17:00 → fri 4th 8:30": a meeting with someone, its day and hour
/// right before an arrow to another day, is moved there; "climbing w/ Joss sun 10am -> sat 5th
/// 4pm": "sat" and "sun" too, days where a day is expected.
fn hour_arrowed_to_a_day(toks: &[Token]) -> bool {
    hour_arrowed(toks, |k| arrowed_to(toks, k, |d| day_or_date_at(toks, d)))
}

/// "party planning call w/ Leanne sun 29th 7pm → can we do mon 30th any time after 8?": a meeting
/// with someone, its day and hour right before an arrow to "can we do" and another day, is moved
/// there, whatever is said of the time after (not "… → can we do sat 5th as well?", "… too",
/// another asked besides).
fn hour_arrowed_to_a_day_asked(toks: &[Token]) -> bool {
    hour_arrowed(toks, |k| {
        let clause: Vec<&Token> = toks[k + 1..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
            .collect();
        let besides = clause.iter().enumerate().any(|(n, t)| {
            matches!(t.low.as_str(), "too" | "also")
                || t.low == "as" && clause.get(n + 1).is_some_and(|w| w.low == "well")
        });
        ["can", "could"]
            .iter()
            .any(|m| starts_with(toks, k + 1, &[m, "we", "do"]))
            && day_or_date_at(toks, k + 4)
            && !besides
    })
}

/// A day by its name or a short weekday at `k`.
fn day_or_date_at(toks: &[Token], k: usize) -> bool {
    crate::intent::dates::day_named_at(toks, k) || crate::intent::dates::day_at(toks, k).is_some()
}

/// Whether an arrow right after a meeting's day and hour leads where `leads` says (given the
/// arrow's place).
fn hour_arrowed(toks: &[Token], leads: impl Fn(usize) -> bool) -> bool {
    (3..toks.len()).any(|k| {
        toks[k].is_arrow()
            && crate::intent::clock::written_clock(&toks[k - 1])
            && (day_or_date_at(toks, k - 2) || day_or_date_at(toks, k - 3))
            && leads(k)
            && toks[..k].iter().any(|t| {
                matches!(t.low.as_str(), "with" | "w/")
                    || crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str())
                    // ("Mr Nakashima's cambelt job, mon 30th 8am → wed 2nd 8am": or someone's job, by
                    // whose it is, kept at its hour; not "Tom's in Madrid …", "Here's my leave:", "Ana's
                    // holiday …", someone being somewhere or away.)
                    || t.possessive
                        && t.capitalised()
                        && crate::intent::dates::weekday(&t.low).is_none()
                        && !matches!(t.low.as_str(), "here" | "it" | "that" | "there" | "what" | "let")
                        && toks[k + 1..]
                            .iter()
                            .take_while(|n| !n.punct)
                            .any(|n| n.low == toks[k - 1].low)
            })
    })
}

/// Whether the arrow at `k` leads to a day (`day` says where one is) that the clause after it
/// only dates.
fn arrowed_to(toks: &[Token], k: usize, day: impl Fn(usize) -> bool) -> bool {
    // (A short "sat" or "sun" after the arrow with its date: not "camping w/ Joss sat 10am ->
    // sun 4pm", a span.)
    (crate::intent::dates::day_named_at(toks, k + 1)
                || day(k + 1)
                    && toks
                        .get(k + 2)
                        .and_then(|t| crate::intent::dates::day_number(&t.low))
                        .is_some_and(|(_, ordinal)| ordinal))
            // (Only when it goes after it: not "check in mon 7th 15:00 → wed 9th check out".)
            && (k + 1..toks.len()).take_while(|&j| !toks[j].punct).all(|j| {
                let t = &toks[j];
                names_a_day(t)
                    || crate::intent::dates::day_at(toks, j).is_some()
                    || crate::intent::dates::month(&t.low).is_some()
                    || ordinal_or_number(t)
                    || crate::intent::clock::written_clock(t)
                    || crate::intent::clock::part_word(&t.low).is_some()
                    || matches!(
                        t.low.as_str(),
                        "the" | "next" | "this" | "week" | "same" | "time" | "at" | "in" | "please" | "pls" | "instead"
                    )
            })
}

/// Where the day of a meeting written right before the arrow at `k` begins: "on Tuesday",
/// "on the 22nd", or, with no question after, a day alone or with its part ("Tuesday", "tonight"
/// read as today's evening).
fn day_before_arrow(toks: &[Token], k: usize) -> Option<usize> {
    let own_day =
        |t: &Token| crate::intent::dates::weekday(&t.low).is_some() || matches!(t.low.as_str(), "today" | "tomorrow");
    if toks[k - 2].low == "on" && names_a_day(&toks[k - 1]) {
        Some(k - 2)
    } else if toks[k - 3].low == "on" && crate::intent::dates::day_named_at(toks, k - 2) {
        Some(k - 3)
    } else if toks[k..].iter().any(|t| t.orig == "?") {
        // ("standup with the team Monday -> Tuesday? no, keep it": a day alone, only in a note
        // that does not ask whether.)
        None
    } else if own_day(&toks[k - 1]) {
        Some(k - 1)
    } else {
        (crate::intent::clock::part_word(&toks[k - 1].low).is_some() && own_day(&toks[k - 2])).then_some(k - 2)
    }
}

/// "The call of Tuesday 15 …, please change for Wednesday 16": a meeting changed "for" another
/// day, as non-native speakers say it.
fn changed_for_a_day(toks: &[Token]) -> bool {
    // (A verb: not "Any change for Tuesday?".)
    (0..toks.len()).any(|k| {
        toks[k].low == "change"
            && (k == 0
                || matches!(
                    toks[k - 1].low.as_str(),
                    "please" | "pls" | "," | "to" | "you" | "can" | "could" | "i" | "we"
                ))
            && toks.get(k + 1).is_some_and(|t| t.low == "for")
            && crate::intent::dates::day_named_at(toks, k + 2)
    })
}

/// "Priya asked if our 11:00 on 10 Dec could go to the following week": a meeting named by its hour
/// (our own, or "the"), asked whether it could or can "go to" another day or week, is moved (not
/// "could go to the dentist on Friday", nothing named before; nor "the 10:00 train could go to
/// Leeds", no day after; nor "I can go to …", someone going).
fn could_go_to_another_day(toks: &[Token]) -> bool {
    // ("The volunteer training w/ Gulnara … on 8 Jan at 4pm has to go into the following week": or
    // has to, opening with the meeting.)
    let has_to = |k: usize| {
        k > 2
            && toks[k - 1].low == "to"
            && matches!(toks[k - 2].low.as_str(), "has" | "needs" | "have" | "need")
            && toks
                .first()
                .is_some_and(|t| matches!(t.low.as_str(), "the" | "our" | "my"))
            // (A meeting: not "Our 2pm delivery has to go into next week's order".)
            && toks[..k]
                .iter()
                .any(|t| super::people::MEETING_NOUNS.contains(&t.low.as_str()))
    };
    // ("Eh the call with Jasmine Koh tmr 10am can shift to Mon 10am or not?": or shifting, said of
    // a meeting the request opens with, as Singapore English asks.)
    let opens_with_meeting = toks
        .iter()
        .take(4)
        .position(|t| matches!(t.low.as_str(), "the" | "my" | "our"))
        .is_some_and(|at| {
            toks.get(at + 1)
                .is_some_and(|t| super::people::MEETING_NOUNS.contains(&t.low.as_str()))
        });
    // (Asked: not "FYI the call can shift to Monday, no action needed".)
    let asked =
        toks.last().is_some_and(|t| t.low == "?") || toks.windows(2).any(|w| w[0].low == "or" && w[1].low == "not");
    let shifted = |k: usize| {
        matches!(toks[k].low.as_str(), "shift" | "move")
            && toks[k - 1].low == "can"
            && opens_with_meeting
            && asked
            && starts_with(toks, k + 1, &["to"])
            && crate::intent::dates::day_named_at(toks, k + 2)
    };
    // (The meeting going, not one's self: not "after the 8:00 drop-off I can go to next week's
    // planning".)
    (2..toks.len()).any(|k| {
        shifted(k)
            && !matches!(
                toks[k - 2].low.as_str(),
                "i" | "we" | "you" | "he" | "she" | "they" | "u"
            )
    }) || (2..toks.len()).any(|k| {
        toks[k].low == "go"
            && (matches!(toks[k - 1].low.as_str(), "could" | "can") || has_to(k))
            && !matches!(
                toks[k - 2].low.as_str(),
                "i" | "we" | "you" | "he" | "she" | "they" | "u"
            )
            && toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "to" | "into"))
            && (crate::intent::dates::day_named_at(toks, k + 2)
                || starts_with_any(toks, k + 2, &[&["the", "following"], &["the", "next"], &["next"]])
                    && toks[k + 3..]
                        .iter()
                        .take(2)
                        .any(|t| matches!(t.low.as_str(), "week" | "day" | "month")))
            && (1..k - 1).any(|j| {
                crate::intent::clock::written_clock(&toks[j])
                    && (matches!(toks[j - 1].low.as_str(), "our" | "my" | "the") || has_to(k))
            })
    })
}

/// "The 11:15 on the 17th with Rukhsana - can we do it two days later": a meeting asked, with "can
/// we" or "could we", to be done some days or weeks later or earlier is moved (not "I could do it
/// two days later", one's own offer, nor "If we do it a week later we lose the venue"); "… can we
/// make it a week later, same time?" too.
fn done_days_later(toks: &[Token]) -> bool {
    (2..toks.len()).any(|k| {
        matches!(toks[k].low.as_str(), "do" | "make")
            && toks[k - 1].low == "we"
            && matches!(toks[k - 2].low.as_str(), "can" | "could")
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "it" | "that" | "this"))
            && toks
                .get(k + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "a" | "one" | "two" | "three" | "1" | "2" | "3"))
            && toks
                .get(k + 3)
                .is_some_and(|t| matches!(t.low.as_str(), "day" | "days" | "week" | "weeks"))
            && toks
                .get(k + 4)
                .is_some_and(|t| matches!(t.low.as_str(), "later" | "earlier"))
    })
}

/// "The call with Mister Haruto Endo of Thursday 10 at 11h, I need it on Friday 11 in the
/// afternoon": a meeting opening the request with its day, then wanted on another day.
fn wanted_on_another_day(toks: &[Token]) -> bool {
    let opens = toks
        .first()
        .is_some_and(|t| matches!(t.low.as_str(), "the" | "my" | "our"));
    let meeting_noun = toks
        .get(1)
        .is_some_and(|t| crate::intent::people::MEETING_NOUNS.contains(&t.low.as_str()));
    // ("The class with Mrs. Nguyen Thi Lan of Tuesday 15 December at 17h, please put it for …": or
    // another thing held with someone named, at an hour, right after the name; not "The report
    // with the Q3 figures", "The laptop with IT", "The document with Ana's comments", "The contract
    // with Acme signed Monday", things, nor wanted on another day "too" or "as well".)
    let held_with = toks.get(2).is_some_and(|t| t.low == "with") && {
        let mut k = 3;
        // ("the lesson with mr okafor of monday at 10h": after a title, a name in lowercase too.)
        let titled = toks
            .get(k)
            .is_some_and(|t| crate::intent::people::HONORIFICS.contains(&t.low.as_str()));
        if titled {
            k += 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.low == "."));
        }
        // (A word of a name, "Al-Sayed" too; not one in capitals, "IT".)
        let shouted = |t: &Token| {
            t.orig.chars().filter(|c| c.is_alphabetic()).count() > 1 && !t.orig.chars().any(char::is_lowercase)
        };
        let name_word = |t: &Token| {
            !t.possessive
                && !t.punct
                && (t.capitalised() && !shouted(t)
                    || titled && t.low.chars().all(|c| c.is_alphabetic() || c == '-') && !names_a_day(t))
        };
        let named = toks.get(k).is_some_and(name_word);
        while toks
            .get(k)
            .is_some_and(|t| name_word(t) && !matches!(t.low.as_str(), "of" | "on" | "at"))
        {
            k += 1;
        }
        named
            && (toks
                .get(k)
                .is_some_and(|t| matches!(t.low.as_str(), "of" | "on" | "at" | "this" | "next" | "tomorrow"))
                || crate::intent::dates::day_named_at(toks, k))
    };
    // (Nor wanted on another day "too" or "as well", besides, or "at the latest", by then.)
    let besides = toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "too" | "also" | "well" | "latest"));
    let comma = toks.iter().position(|t| t.low == ",");
    opens
        && !besides
        && (meeting_noun || held_with)
        && comma.is_some_and(|c| {
            (2..c).any(|k| crate::intent::dates::day_named_at(toks, k))
                && (meeting_noun || (2..c).any(|k| names_a_time(toks, k)))
                && (c + 1..toks.len()).any(|k| crate::intent::dates::wanted_on_a_day(toks, k))
        })
}

/// "the budget walkthrough …, presently fixed for Tuesday 15 December at 11:00, will need to
/// take place on Friday 18 December": a meeting's present day, then another it is to be held on.
fn held_elsewhere(toks: &[Token]) -> bool {
    let now = (0..toks.len()).find(|&k| {
        matches!(toks[k].low.as_str(), "currently" | "presently")
            && toks
                .get(k + 1)
                .is_some_and(|t| crate::intent::when::SET_FOR.contains(&t.low.as_str()))
            && toks.get(k + 2).is_some_and(|t| matches!(t.low.as_str(), "for" | "on"))
            && crate::intent::dates::day_named_at(toks, k + 3)
    });
    now.is_some_and(|now| {
        (now + 3..toks.len()).any(|k| {
            (starts_with(toks, k, &["take", "place"]) || starts_with(toks, k, &["be", "held"]))
                && toks.get(k + 2).is_some_and(|t| t.low == "on")
                && crate::intent::dates::day_named_at(toks, k + 3)
                // (Not "held on the 3rd floor".)
                && !toks[k + 3..]
                    .iter()
                    .take(3)
                    .any(|t| matches!(t.low.as_str(), "floor" | "level" | "storey" | "room"))
        })
    })
}

/// "can you get the quarterly all-hands with the engineering org in for the 11th at 3pm?": a
/// meeting got "in" for a day or an hour is booked (not "get in touch", nothing between); so is a
/// car got in for its service at an hour ("get the car in for its MOT tmrw 8:15am").
fn got_in(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| {
        toks[k].low == "get"
            && toks.get(k + 1).is_some_and(|t| !t.punct && t.low != "in")
            && (k + 2..toks.len().min(k + 12))
                .take_while(|&j| !toks[j].punct)
                .any(|j| {
                    // (A meeting got in: not "get Ana's feedback in", "get the invoice in for
                    // Monday".)
                    // ("Can you get Bo in at 10 tomorrow": or someone, at an hour.)
                    // (Not "the engineer's report".)
                    let a_meeting = toks[k + 1..j].iter().filter(|t| !t.possessive).any(|t| {
                        super::people::MEETING_NOUNS.contains(&t.low.as_str())
                            || matches!(
                                t.low.as_str(),
                                "meeting"
                                    | "appointment"
                                    | "session"
                                    | "all-hands"
                                    | "haircut"
                                    | "massage"
                                    | "interview"
                                    | "consultation"
                                    | "lesson"
                                    // ("Get the plumber in on Tuesday morning": someone who comes round.)
                                    | "plumber"
                                    | "electrician"
                                    | "cleaner"
                                    | "technician"
                                    | "builder"
                                    | "decorator"
                                    | "gardener"
                                    | "engineer"
                            )
                    }) || j == k + 2 && toks[k + 1].capitalised() && starts_with(toks, j + 1, &["at"]);
                    // ("get the car in for its MOT tmrw 8:15am": or a thing taken in for its
                    // service, at an hour after it.)
                    let serviced = toks[k + 1..j]
                        .iter()
                        .any(|t| matches!(t.low.as_str(), "car" | "van" | "bike" | "motorbike" | "boiler"))
                        && toks[j].low == "in"
                        && starts_with(toks, j + 1, &["for"])
                        && toks
                            .get(j + 2)
                            .is_some_and(|t| matches!(t.low.as_str(), "its" | "a" | "an" | "the" | "her" | "his"))
                        && (j + 4..toks.len().min(j + 8))
                            .take_while(|&d| !toks[d].punct)
                            .any(|d| crate::intent::clock::written_clock(&toks[d]));
                    serviced
                        || a_meeting
                            && toks[j].low == "in"
                            && (toks
                                .get(j + 1)
                                .is_some_and(|t| matches!(t.low.as_str(), "for" | "on" | "at"))
                                && crate::intent::dates::day_or_hour_at(toks, j + 2))
                })
    })
}

/// "please take it away from calendar", "take it away from the diary.": what is taken off the
/// calendar, the phrase ending its clause (not "take it away from the calendar team").
fn taken_away_from_calendar(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| {
        let owner = usize::from(
            toks.get(k + 4)
                .is_some_and(|t| matches!(t.low.as_str(), "the" | "my" | "our")),
        );
        starts_with(toks, k, &["take", "it", "away", "from"])
            && toks
                .get(k + 4 + owner)
                .is_some_and(|t| matches!(t.low.as_str(), "calendar" | "diary" | "schedule" | "agenda"))
            && toks
                .get(k + 5 + owner)
                .is_none_or(|t| t.punct || matches!(t.low.as_str(), "please" | "pls"))
    })
}

/// True when the day an arrow leads to, from `k`, ends the clause or is followed only by an hour,
/// a part of the day closing it, or a word asking ("-> Tuesday at 3", "-> the 23rd, anytime in
/// the morning"), so the meeting is moved there; not "-> Tuesday follow-up with Bo", "-> Monday
/// morning flight", a note of what comes next.
fn ends_after_day(toks: &[Token], k: usize) -> bool {
    let mut j = k;
    while toks.get(j).is_some_and(|t| {
        t.low == "the" || names_a_day(t) || crate::intent::dates::month(&t.low).is_some() || ordinal_or_number(t)
    }) {
        j += 1;
    }
    toks.get(j).is_none_or(|t| {
        t.punct && t.low != "("
            || matches!(
                t.low.as_str(),
                "at" | "please" | "pls" | "if" | "instead" | "same" | "ok" | "okay"
            )
            || crate::intent::clock::written_clock(t)
            || crate::intent::clock::part_word(&t.low).is_some() && toks.get(j + 1).is_none_or(|n| n.punct)
    })
}

/// "23rd", "9": a day of the month as written.
fn ordinal_or_number(t: &Token) -> bool {
    t.low.starts_with(|c: char| c.is_ascii_digit()) && !crate::intent::clock::written_clock(t)
}

/// "filling the tube with quicksilver, a task that brooks no haste": "a task that" or "which" set
/// off by a comma describes the work at hand; it asks for no task ("create a task that reminds
/// me …" still does).
fn task_as_aside(toks: &[Token]) -> bool {
    toks.windows(4).any(|w| {
        w[0].low == "," && w[1].low == "a" && w[2].low == "task" && matches!(w[3].low.as_str(), "that" | "which")
    })
}

/// A clock time at `k` ("3pm", "10:30", "at 3"): a time stated, not one looked for.
fn names_a_time(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        super::clock::written_clock(t)
            || t.low.starts_with(|c: char| c.is_ascii_digit()) && k > 0 && toks[k - 1].low == "at"
            || matches!(t.low.as_str(), "noon" | "midday")
    })
}

/// "load that up in my calendar", "glue it into my calendar", "fix it immovably in my calendar":
/// whatever the verb, "it", "that" or "this" (and a word on how) sent into the calendar books it —
/// unless denied, or the word before says where it already is ("is it in my calendar?") or that
/// it stays ("keep it in my calendar"), or the word on how says it ends there ("let it burst in my
/// calendar", which cancels).
fn entered_in_calendar(toks: &[Token]) -> bool {
    (1..toks.len()).any(|i| {
        let before = &toks[i - 1];
        let placed = !before.punct
            && !matches!(
                before.low.as_str(),
                "is" | "was"
                    | "what"
                    | "have"
                    | "has"
                    | "had"
                    | "keep"
                    | "leave"
                    | "left"
                    | "kept"
                    | "see"
                    | "saw"
                    | "find"
            );
        // Not "remove it entirely from my calendar": sent in, not taken out.
        placed
            && pointed_into_calendar(toks, i).is_some_and(|how| {
                !how.is_some_and(|h| ends(&toks[h]))
                    && toks
                        .get(i + 1 + usize::from(how.is_some()))
                        .is_some_and(|t| t.low != "from")
            })
    })
}

/// "let it burst in my calendar like a bubble", "let it fade from my diary": "it" ending in the
/// calendar, unless denied, cancels it.
fn ended_in_calendar(toks: &[Token]) -> bool {
    (1..toks.len()).any(|i| pointed_into_calendar(toks, i).is_some_and(|how| how.is_some_and(|h| ends(&toks[h]))))
}

/// "let it pirouette off the stage of my calendar", "knock it off my diary": "it" going "off"
/// the calendar (or "the <part> of" it), whatever the verb, in one clause and not denied, cancels
/// it.
fn sent_off_the_calendar(toks: &[Token]) -> bool {
    // "block it off in my calendar", "mark it off": time fenced off or a thing ticked off.
    let fenced = |i: usize| {
        i > 0
            && matches!(
                toks[i - 1].low.as_str(),
                "block" | "mark" | "section" | "fence" | "wall" | "cordon" | "rope" | "tick" | "cross" | "close"
            )
    };
    // Right before the calendar, or before "the <part> of" it.
    let off_the_calendar = |k: usize| {
        toks[k].low == "off"
            && (the_calendar_at(toks, k + 1)
                || super::lexer::starts_with(toks, k + 1, &["the"])
                    && super::lexer::starts_with(toks, k + 3, &["of"])
                    && the_calendar_at(toks, k + 4))
    };
    (0..toks.len()).any(|i| {
        toks[i].low == "it" && !fenced(i) && !denied(&toks[..i]) && clause_ahead(toks, i, 3).any(off_the_calendar)
    })
}

/// The indices of up to `n` words after `i`, stopping at the end of its clause.
fn clause_ahead(toks: &[Token], i: usize, n: usize) -> impl Iterator<Item = usize> + '_ {
    (i + 1..toks.len().min(i + 1 + n)).take_while(|&k| !toks[k].punct)
}

/// "my calendar", "the cal", "my diary": the calendar named from `k`.
fn the_calendar_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "my" | "the"))
        && toks
            .get(k + 1)
            .is_some_and(|t| CALENDAR_WORDS.contains(&t.low.as_str()))
}

/// The words the calendar goes by.
const CALENDAR_WORDS: &[&str] = &["calendar", "cal", "diary", "schedule", "agenda"];

/// "I dare not take off my headset", "take my gloves off": what one wears taken off, within the
/// three words after "take"; no meeting is.
fn takes_off_what_is_worn(toks: &[Token], i: usize) -> bool {
    toks[i].low == "take" && clause_ahead(toks, i, 3).any(|k| phrases::WORN.contains(&toks[k].low.as_str()))
}

/// A word of ending ("burst", "vanish").
fn ends(t: &Token) -> bool {
    matches!(
        t.low.as_str(),
        "burst" | "vanish" | "disappear" | "die" | "fade" | "dissolve" | "evaporate" | "melt"
    )
}

/// "it", "that" or "this" at `i`, perhaps a word on how, then in, into, onto or from my (the)
/// calendar, not denied: where the word on how is, if any.
fn pointed_into_calendar(toks: &[Token], i: usize) -> Option<Option<usize>> {
    if !matches!(toks[i].low.as_str(), "it" | "that" | "this") || denied(&toks[..i]) {
        return None;
    }
    let how = toks
        .get(i + 1)
        .is_some_and(|t| !t.punct && !matches!(t.low.as_str(), "in" | "into" | "onto" | "from"));
    let at = i + 1 + usize::from(how);
    let into = toks
        .get(at)
        .is_some_and(|t| matches!(t.low.as_str(), "in" | "into" | "onto" | "from"))
        && the_calendar_at(toks, at + 1);
    // "from" only says where something ends.
    let from = toks.get(at).is_some_and(|t| t.low == "from");
    (into && (how || !from)).then_some(how.then_some(i + 1))
}

/// "signal an invitation down the line to them", "launch an invitation in their direction":
/// whatever the verb, an invitation that goes to them (within its clause) is sent — unless denied
/// ("no invitation is to go to them") or sent by the one asking ("I'll send the invite to them
/// myself").
fn invitation_sent(toks: &[Token]) -> bool {
    (1..toks.len()).any(|i| {
        let invitation =
            matches!(toks[i].low.as_str(), "invitation" | "invite") && matches!(toks[i - 1].low.as_str(), "an" | "the");
        let clause: Vec<&Token> = toks[i + 1..].iter().take(8).take_while(|t| !t.punct).collect();
        let reaches = clause.windows(2).any(|w| {
            w[0].low == "to"
                && matches!(
                    w[1].low.as_str(),
                    "them" | "him" | "her" | "everyone" | "everybody" | "all"
                )
                || matches!(w[0].low.as_str(), "their" | "his" | "her")
                    && matches!(w[1].low.as_str(), "way" | "direction")
        });
        let by_me = clause.iter().any(|t| matches!(t.low.as_str(), "myself" | "ourselves"));
        // "Was the invitation to everyone sent?": asked about, not sent.
        let sentence = toks[..i]
            .iter()
            .rposition(|t| matches!(t.low.as_str(), "." | "?" | "!"))
            .map_or(0, |p| p + 1);
        let asked = toks
            .get(sentence)
            .is_some_and(|t| matches!(t.low.as_str(), "was" | "were" | "is" | "has" | "have" | "did"));
        invitation && reaches && !by_me && !asked && !denied(&toks[..i])
    })
}

/// "The retro … clashes with something, can you find a new slot on Thursday", "i cant make the
/// sync … tmrw at 5, find another slot next week": a new slot for a meeting that clashes or that
/// one can't make moves it (not "I need a new slot for yoga", a search).
fn new_slot_for_a_meeting(toks: &[Token]) -> bool {
    let slot = (0..toks.len()).find(|&k| super::when::new_slot_at(toks, k));
    slot.is_some_and(|k| {
        toks[..k].windows(2).any(|w| {
            matches!(w[0].low.as_str(), "clash" | "clashes" | "clashing")
                || matches!(w[0].low.as_str(), "can't" | "cant" | "cannot")
                    && matches!(w[1].low.as_str(), "make" | "do" | "attend")
        })
    })
}

/// "Re-cue it for the 9th at 2pm", "re-pitch that to Wednesday": whatever the verb, one done again
/// ("re-" and a word) to "it" or "that", for, to or on a day within its sentence, is that meeting
/// moved there (not "re-send it to them").
fn redone_for_a_day(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        toks[i]
            .low
            .strip_prefix("re-")
            .is_some_and(|verb| verb.len() > 2 && !matches!(verb, "send" | "share" | "forward" | "mail" | "email"))
            && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "it" | "that"))
            // "re-hang it further down the wall, to the 9th": where it goes may come a few words on.
            && (i + 2..toks.len().min(i + 10))
                .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "?" | "!"))
                .any(|k| {
                    matches!(toks[k].low.as_str(), "for" | "to" | "on") && crate::intent::dates::day_named_at(toks, k + 1)
                })
    })
}

/// "unpin the meeting and baste it in anew for the 9th", "hang it back on the rail under Wednesday
/// at 10": after a meeting named by its day, whatever the verb, "it", "that" or "the meeting" done
/// anew, afresh or back, then for, to, on or under a day within its clause, is that meeting moved
/// there.
fn done_anew_for_a_day(toks: &[Token]) -> bool {
    let pointer = |i: usize| {
        matches!(toks[i].low.as_str(), "it" | "that") || toks[i].low == "meeting" && i > 0 && toks[i - 1].low == "the"
    };
    named_by_day(toks)
        && (0..toks.len()).filter(|&i| pointer(i)).any(|i| {
            let clause: Vec<usize> = (i + 1..toks.len()).take(8).take_while(|&k| !toks[k].punct).collect();
            clause
                .iter()
                .position(|&k| matches!(toks[k].low.as_str(), "anew" | "afresh" | "back"))
                .is_some_and(|p| {
                    clause[p + 1..].iter().any(|&k| {
                        matches!(toks[k].low.as_str(), "for" | "to" | "on" | "under")
                            && crate::intent::dates::day_named_at(toks, k + 1)
                    })
                })
        })
}

/// "Can you book me a flight to Nairobi for Tuesday?": travel the assistant is asked to book is
/// no meeting of the calendar's; ask what is meant ("todo: book flights" is a task).
fn books_travel(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| {
        // "can you get me a table at an Italian place": a restaurant's table too.
        matches!(toks[i].low.as_str(), "book" | "reserve" | "get")
            && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "me" | "us"))
            && (i + 2..toks.len().min(i + 5)).take_while(|&k| !toks[k].punct).any(|k| {
                matches!(
                    toks[k].low.as_str(),
                    "flight" | "flights" | "hotel" | "train" | "ticket" | "tickets" | "taxi" | "cab"
                )
                // "a table at an Italian place", "a table for two at …" (not "a table for the team
                // lunch").
                || toks[k].low == "table"
                    && (toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "at" | "near" | "in"))
                        || toks.get(k + 1).is_some_and(|t| t.low == "for")
                            && toks.get(k + 2).is_some_and(|t| super::lexer::number(&t.low).is_some())
                            && toks.get(k + 3).is_some_and(|t| matches!(t.low.as_str(), "at" | "near" | "in")))
            })
    })
}

/// "can u transfer 200 euros to my landlord": money sent is no meeting moved; ask what is meant.
/// Only as what the request asks (its verb opening a clause, or after "please" or "can u"), and
/// not beside a meeting ("set up a call … to send the 50 dollars deposit" books the call).
fn moves_money(toks: &[Token]) -> bool {
    let asked =
        |i: usize| i == 0 || toks[i - 1].punct || matches!(toks[i - 1].low.as_str(), "please" | "you" | "and" | "just");
    let meeting = toks
        .iter()
        .any(|t| super::people::MEETING_NOUNS.contains(&t.low.as_str()));
    !meeting
        && (0..toks.len()).any(|i| {
            matches!(toks[i].low.as_str(), "transfer" | "send" | "pay" | "wire")
                && asked(i)
                && clause_ahead(toks, i, 4).any(|k| {
                    matches!(
                        toks[k].low.as_str(),
                        "euros" | "euro" | "eur" | "dollars" | "usd" | "pounds" | "gbp" | "quid" | "bucks" | "francs"
                    ) || toks[k].low.starts_with(['€', '$', '£'])
                })
        })
}

/// "I'll confirm with them before we put anything in", "enter nothing, reserve nothing": a booking
/// verb whose object is "anything" or "nothing" is said only of what is not, or not yet, done;
/// when every booking verb of the request has it, nothing is booked.
fn books_only_anything(toks: &[Token]) -> bool {
    let w = Words::new(toks);
    // "Put no ink in the calendar": a booking phrase denied in its clause books nothing either;
    // "Into the calendar you put no mark": nor does where it would go.
    let place = |i: usize| matches!(toks[i].low.as_str(), "in" | "into" | "onto" | "on" | "to");
    let verbs: Vec<usize> = (0..toks.len())
        // (A tool named, "the little pencil.", is no verb.)
        .filter(|&i| {
            phrases::BOOK
                .iter()
                .any(|p| w.matches_at(i, p) && !w.names_a_kind(i, p))
                && !denied(&toks[..i])
                && !place(i)
        })
        .collect();
    !verbs.is_empty()
        && verbs.iter().all(|&i| {
            // "Put no ink in the calendar": "no" and what is not put.
            let nothing = |t: &Token| matches!(t.low.as_str(), "anything" | "nothing" | "no");
            toks.get(i + 1).is_some_and(nothing) || toks.get(i + 2).is_some_and(nothing) && !toks[i + 1].punct
        })
}

/// "Any gaps on 9 Dec for an hour? Just show me what's there": free time asked about (not "my
/// 3pm slot", a meeting's), then shown; or "is there a … gap".
fn gaps_shown(w: &Words) -> bool {
    let toks = w.toks;
    let gap = toks.iter().enumerate().any(|(i, t)| {
        phrases::GAP_WORDS.contains(&t.low.as_str())
            && !toks[i.saturating_sub(2)..i]
                .iter()
                .any(|b| matches!(b.low.as_str(), "my" | "our" | "your" | "his" | "her" | "their"))
    });
    // "Is there a 20-minute gap today after 2 …?": a gap asked about.
    let is_there = (0..toks.len()).any(|i| {
        super::lexer::starts_with(toks, i, &["is", "there"])
            && toks[i + 2..]
                .iter()
                .take(4)
                .any(|t| matches!(t.low.as_str(), "gap" | "slot" | "window" | "opening"))
    });
    // "cough up the gaps, thats the lot": the gaps themselves asked for, ending a clause.
    let the_gaps = (1..toks.len()).any(|i| {
        matches!(toks[i].low.as_str(), "gaps" | "openings")
            && toks[i - 1].low == "the"
            && toks.get(i + 1).is_none_or(|t| t.punct)
    });
    // "show me the clean patches", "show me the quiet stretches": free stretches, however
    // described, shown.
    let stretch = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "patches" | "stretches" | "bits" | "spots" | "spaces" | "pockets" | "holes" | "gaps" | "slots"
            )
        })
    };
    // (Not "show me the booked spots": time taken, described.)
    let taken = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "busy" | "booked" | "taken" | "full" | "blocked"))
    };
    // ("point out the openings it would fit in": or pointed out, when asked, not "I'll point out the
    // openings to Bo".)
    // (Openings and windows right after "the", in lowercase and not taken after: not "the job
    // openings", "the Windows update schedule", "the windows booked for cleaning".)
    let free_openings = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.orig.as_str(), "openings" | "windows") && !taken(k + 1))
    };
    let pointed_out = |i: usize| {
        super::lexer::starts_with(toks, i, &["point", "out", "the"])
            && !(i > 0 && matches!(toks[i - 1].low.as_str(), "i'll" | "i" | "we" | "we'll" | "i'm" | "will"))
    };
    let stretches_shown = (0..toks.len()).any(|i| {
        (super::lexer::starts_with(toks, i, &["show", "me", "the"]) || pointed_out(i))
            && (stretch(i + 3) || free_openings(i + 3) || stretch(i + 4) && !taken(i + 3))
            // "show me openings tmrw after 3", "show me free time next week": or the gaps
            // themselves, without "the".
            || super::lexer::starts_with(toks, i, &["show", "me"])
                && toks
                    .get(i + 2)
                    .is_some_and(|t| matches!(t.low.as_str(), "openings" | "gaps" | "slots" | "windows"))
            || super::lexer::starts_with(toks, i, &["show", "me", "free"])
                && toks
                    .get(i + 3)
                    .is_some_and(|t| matches!(t.low.as_str(), "time" | "times" | "slots" | "spots" | "windows"))
    });
    // "show me which gates are clear": which parts are free, however they are named.
    let which_free = (0..toks.len()).any(|i| {
        super::lexer::starts_with(toks, i, &["show", "me", "which"])
            && (i + 4..toks.len().min(i + 7)).any(|k| {
                matches!(toks[k - 1].low.as_str(), "are" | "is")
                    && matches!(toks[k].low.as_str(), "clear" | "free" | "open" | "empty")
            })
    });
    gap && (w.has(&["show", "me", "what"]) || the_gaps) || is_there || stretches_shown || which_free
}

/// "book Hamish to help me check my hives are ready for winter": one's own things checked, in what
/// a meeting is for, ask nothing of the calendar (not "I'd like you to check my calendar", "help me
/// check my Friday").
fn checks_own_things(toks: &[Token], i: usize, phrase: Phrase) -> bool {
    // (Only their state checked, "my hives are ready": not "help me check my upcoming meetings",
    // "my work calendar".)
    phrase == ["check", "my"]
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "me" | "help")
        && toks
            .get(i + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "are" | "is" | "have" | "has"))
        && toks.get(i + 2).is_some_and(|t| {
            !t.punct
                && crate::intent::dates::weekday(&t.low).is_none()
                && crate::intent::clock::part_word(&t.low).is_none()
                && !matches!(
                    t.low.as_str(),
                    "calendar"
                        | "diary"
                        | "schedule"
                        | "cal"
                        | "agenda"
                        | "availability"
                        | "week"
                        | "day"
                        | "month"
                        | "weekend"
                        | "appointments"
                        | "meetings"
                        | "bookings"
                        | "events"
                        | "plans"
                        | "commitments"
                        | "time"
                        | "free"
                        | "slots"
                        | "diaries"
                        | "calendars"
                        | "schedules"
                        | "next"
                        | "this"
                )
        })
}

/// "fix a meeting room booking", "fix an appointment clash": a thing of a meeting mended, the word
/// after the meeting naming it, not a meeting fixed (set) as "fix an appointment with Dr. Haas" is.
fn mended(toks: &[Token], i: usize, phrase: Phrase) -> bool {
    phrase.first() == Some(&"fix")
        && toks.get(i + phrase.len()).is_some_and(|t| {
            !t.punct
                && !crate::intent::dates::day_or_hour_at(toks, i + phrase.len())
                && !matches!(
                    t.low.as_str(),
                    "with"
                        | "w/"
                        | "for"
                        | "on"
                        | "at"
                        | "to"
                        | "next"
                        | "this"
                        | "tomorrow"
                        | "today"
                        | "between"
                        | "please"
                )
        })
}

/// "what is left of my nerve", "what's left in the kitty": what remains of a thing, not of a day
/// or the calendar (not "what is left of my week", "what's left on Friday", "what's left in my
/// diary"); "anything left lying on the line": a thing left where it should not be, not what is
/// left of the week (not "anything left on Friday?").
fn left_of_a_thing(toks: &[Token], i: usize, phrase: Phrase) -> bool {
    let after = i + phrase.len();
    if phrase.last() == Some(&"left")
        && toks.get(after).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                "lying" | "standing" | "hanging" | "behind" | "unattended" | "unlocked" | "switched" | "running"
            )
        })
    {
        return true;
    }
    phrase.last() == Some(&"left")
        && toks.get(after).is_some_and(|t| matches!(t.low.as_str(), "of" | "in"))
        && !(after + 1..toks.len().min(after + 4)).any(|k| {
            timely_at(toks, k)
                || matches!(
                    toks[k].low.as_str(),
                    "calendar"
                        | "cal"
                        | "diary"
                        | "schedule"
                        | "agenda"
                        | "term"
                        | "quarter"
                        | "sprint"
                        | "semester"
                        | "season"
                        | "fortnight"
                        | "period"
                )
        })
}

/// "the oil needs to be changed": a thing that must be changed, with no day or hour of a meeting
/// in the four words before it, is no meeting moved (not "My dentist on wednesday 8:00 must be
/// changed").
fn changed_thing(toks: &[Token], i: usize, phrase: Phrase) -> bool {
    phrase.last() == Some(&"changed")
        && !(i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| !toks[k].punct && toks[k].low != "that")
            .any(|k| crate::intent::dates::day_or_hour_at(toks, k))
}

/// A word of a thing that names no day, no part of the day and no meeting ("lighter",
/// "helmets"; not "Friday", "morning", "15th", "call").
fn names_no_time(low: &str) -> bool {
    timeless_thing(low) && super::dates::day_number(low).is_none() && crate::intent::clock::part_word(low).is_none()
}

/// A word that names neither a meeting, an hour nor a weekday ("plastic", "diesel", "size"): a
/// thing weighed, given up or replaced, not a meeting moved or called off.
fn timeless_thing(low: &str) -> bool {
    !crate::intent::people::MEETING_NOUNS.contains(&low)
        && !low.starts_with(|c: char| c.is_ascii_digit())
        && crate::intent::dates::weekday(low.trim_end_matches("'s")).is_none()
}

/// "re whether we should pack the flakes in paper tubs & drop plastic altogether": a thing given
/// up, weighed after "whether we should", calls off no meeting (not "whether we should drop the
/// 3pm", "… drop Friday's call", "… drop it").
fn dropping_weighed(toks: &[Token], i: usize) -> bool {
    matches!(toks[i].low.as_str(), "drop" | "scrap" | "ditch" | "axe" | "cancel" | "stop")
        && i > 1
        // (Right after "should", or after "and" in the same clause: "… & drop plastic".)
        && matches!(toks[i - 1].low.as_str(), "should" | "could" | "would" | "might" | "and")
        && (i.saturating_sub(12)..i).any(|k| {
            toks[k].low == "whether"
                && toks
                    .get(k + 2)
                    .is_some_and(|t| matches!(t.low.as_str(), "should" | "could" | "would" | "might"))
                && !toks[k..i].iter().any(|t| matches!(t.low.as_str(), "." | "!" | "?" | ";"))
        })
        && toks[i + 1..]
            .iter()
            .take_while(|t| !t.punct)
            .take(4)
            .all(|t| {
                timeless_thing(&t.low)
                    && !matches!(t.low.as_str(), "it" | "that" | "them" | "this" | "one" | "slot" | "session" | "sessions")
            })
        && toks.get(i + 1).is_some_and(|t| !t.punct)
}

/// "BOOK PIANO MOVE W/ MR …", "got a big office move enquiry": a move of things or a household,
/// a job to do, moves no meeting (not "office move it to Friday", "move the office hours to
/// Friday").
fn move_of_things(toks: &[Token], i: usize) -> bool {
    // (A thing's move, after an article, a possessive or "book", with a word or two before it:
    // not "at the office move Ana's 1:1", "stuck at home move everything", "big move all my
    // Monday meetings".)
    let det = |k: usize| {
        matches!(
            toks[k].low.as_str(),
            "the" | "a" | "an" | "my" | "our" | "this" | "that" | "his" | "her" | "their" | "book"
        )
    };
    toks[i].low == "move"
        && i > 1
        && (det(i - 2) || i > 2 && det(i - 3) && !toks[i - 2].punct)
        && matches!(
            toks[i - 1].low.as_str(),
            "piano" | "office" | "house" | "home" | "flat" | "desk" | "furniture" | "storage" | "removal" | "big"
        )
        && toks.get(i + 1).is_none_or(|t| {
            !t.possessive
                && !matches!(
                    t.low.as_str(),
                    "it" | "to"
                        | "my"
                        | "the"
                        | "this"
                        | "that"
                        | "our"
                        | "them"
                        | "him"
                        | "her"
                        | "forward"
                        | "back"
                        | "of"
                        | "all"
                        | "everything"
                        | "everyone"
                )
                && !crate::intent::dates::day_or_hour_at(toks, i + 1)
        })
}

/// "a new pump fitted in place of the old diesel", "the heat pump going in place of the old
/// boiler": a thing put in where an old one was, after a word of fitting it or of its going in,
/// moves no meeting (not "in place of the old Tuesday slot", "Set the dentist
/// … in place of the old appointment", "in place of the old 2pm", a meeting or its time).
fn thing_replaced(toks: &[Token], i: usize, phrase: Phrase) -> bool {
    phrase.starts_with(&["in", "place", "of"])
        && i > 0
        && matches!(
            toks[i - 1].low.as_str(),
            "fitted"
                | "installed"
                | "put"
                | "laid"
                | "built"
                | "bought"
                | "used"
                | "hung"
                | "mounted"
                | "going"
                | "coming"
                | "goes"
                | "comes"
        )
        && toks.get(i + phrase.len()).is_some_and(|t| {
            !t.punct
                && timeless_thing(&t.low)
                && !matches!(
                    t.low.as_str(),
                    "time" | "slot" | "one" | "date" | "appointment" | "booking" | "day" | "hour"
                )
        })
}

/// "b4 7am, we set up at 7": "we" or "they" right before a booking verb, no modal asking before
/// them, and an hour after, tells what is done every time, it asks nothing (not "can we set up at
/// 7", "let's set up at 7", "we'll set up a call at 7").
fn routine_told(toks: &[Token], i: usize, phrase: Phrase) -> bool {
    // (Only setting up or booking, and no day after the hour: not "they arrange at 4pm Tuesday".)
    (phrase == ["set", "up"] || phrase == ["book"])
        && i > 0
        && matches!(toks[i - 1].low.as_str(), "we" | "they")
        && (i < 2
            || !matches!(
                toks[i - 2].low.as_str(),
                "can" | "could" | "shall" | "should" | "would" | "will" | "must" | "might" | "if" | "please"
            ))
        && starts_with(toks, i + phrase.len(), &["at"])
        && crate::intent::dates::day_or_hour_at(toks, i + phrase.len() + 1)
        && !(i + phrase.len() + 2..toks.len())
            .take_while(|&k| !toks[k].punct)
            .any(|k| crate::intent::dates::day_or_hour_at(toks, k))
}

/// "Next is my turn": "is my" in a statement about something of one's own that is no time asks
/// nothing (not "is my Friday free?", "hey is my afternoon open", "is my 3pm still on?").
/// ("…, which is my sign that the line's a cal job": "which" after a comma tells, it asks nothing.)
fn states_whose(toks: &[Token], i: usize, phrase: Phrase) -> bool {
    // (Not in a question: "quick question, which is my busiest day next week?".)
    let told_of = i > 1
        && toks[i - 1].low == "which"
        && toks[i - 2].low == ","
        && toks[i..]
            .iter()
            .find(|t| matches!(t.low.as_str(), "." | "!" | "?" | ":"))
            .is_none_or(|t| t.low != "?");
    phrase == ["is", "my"]
        && i > 0
        && !toks[i - 1].punct
        && (told_of
            || !matches!(
                toks[i - 1].low.as_str(),
                "what" | "when" | "how" | "where" | "which" | "who" | "so" | "and" | "or" | "but" | "also"
            ))
        && !timely_at(toks, i + 2)
}

/// A word at `k` naming a time, the calendar or what fills it: a day (the plural of a weekday
/// too), a part of the day, an hour, "week", "calendar", "meetings", one's "plate", "workload" or
/// "availability", and "it", the calendar referred back to.
fn timely_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        names_a_day(t)
            || t.low
                .strip_suffix('s')
                .is_some_and(|one| crate::intent::dates::weekday(one).is_some())
            || crate::intent::clock::part_word(&t.low).is_some()
            || crate::intent::dates::day_or_hour_at(toks, k)
            || CALENDAR_WORDS.contains(&t.low.as_str())
            || matches!(
                t.low.as_str(),
                "week"
                    | "weekend"
                    | "weekends"
                    | "day"
                    | "days"
                    | "month"
                    | "meetings"
                    | "meeting"
                    | "time"
                    | "plate"
                    | "workload"
                    | "availability"
                    | "it"
            )
    })
}

/// "walking out onto the wet slip to look": the word at `i` after an article, or after an article
/// and a word describing it, with no day, hour or part of a day after it in its clause, is a thing
/// named, no verb (not "let the meeting slip to Friday", "let the planning slip to Monday", "give
/// the standup a little nudge forward to 9am", a meeting let go or nudged to a time).
fn named_thing_at(toks: &[Token], i: usize) -> bool {
    let article = |k: usize| matches!(toks[k].low.as_str(), "the" | "a" | "an" | "this" | "that");
    let timed = clause_ahead(toks, i, 8).any(|k| {
        crate::intent::dates::day_or_hour_at(toks, k)
            || crate::intent::clock::part_word(&toks[k].low).is_some()
            || matches!(
                toks[k].low.as_str(),
                "week" | "weekend" | "month" | "tomorrow" | "today"
            )
    });
    !timed
        && (i > 0 && article(i - 1)
            || i > 1
                && article(i - 2)
                && !toks[i - 1].punct
                && !toks[i - 1].possessive
                && !meeting_like(&toks[i - 1])
                && !super::people::MEETING_NOUNS.contains(&toks[i - 1].low.as_str())
                && !toks[i - 1].capitalised())
}

/// A verb can stand at `i`: the request or a clause starts there, or a word that leads a verb
/// comes before it ("please", "can you").
pub(crate) fn verb_can_stand(toks: &[Token], i: usize) -> bool {
    i == 0 || toks[i - 1].punct || phrases::VERB_LEADS.contains(&toks[i - 1].low.as_str())
}

/// "An hour in the afternoons for writing", "Pilates, mornings", "yoga Mon-Fri for 25 minutes":
/// time in a part of every day (a part of day in the plural) or on a span of weekdays, for
/// oneself, not on days named one by one ("tomorrow", "next …") and not asked about ("am I free
/// Mon-Fri?"), is a habit.
fn in_parts_of_days(toks: &[Token]) -> bool {
    // Not one ruled out ("she cannot do Monday mornings").
    let ruled_out = |i: usize| {
        toks[i.saturating_sub(3)..i]
            .iter()
            .any(|t| matches!(t.low.as_str(), "not" | "no" | "cannot" | "except") || t.low.ends_with("n't"))
    };
    let plural_part = toks.iter().enumerate().any(|(i, t)| {
        matches!(t.low.as_str(), "mornings" | "afternoons" | "evenings") && !t.possessive && !ruled_out(i)
    });
    let span = toks
        .iter()
        .any(|t| crate::intent::dates::weekday_span(&t.low).is_some());
    // "between Tuesday and Thursday, mornings only": a span of days, not every day.
    // ("during the week of 14 December? Please avoid Monday afternoons": or a date named, a month
    // beside a day of it; not "until March", "I may do Pilates".)
    let digits = |t: Option<&Token>| t.is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()));
    // (Nor a date a habit starts or ends on: "from 1 Dec".)
    let bound = |k: usize| {
        toks[k.saturating_sub(2)..k]
            .iter()
            .any(|t| matches!(t.low.as_str(), "from" | "starting" | "until" | "till" | "after"))
    };
    let one_day = toks.iter().enumerate().any(|(k, t)| {
        matches!(
            t.low.as_str(),
            "today" | "tomorrow" | "next" | "this" | "between" | "through" | "thru"
        ) || crate::intent::dates::month(&t.low).is_some()
            && (digits(toks.get(k + 1)) || k > 0 && digits(toks.get(k - 1)))
            && !bound(k)
            // ("is tomasz around for an hour sun 13/12, mornings pls": or a date in figures after its
            // day, not one a habit runs from or to: "1/12 to 24/12", "beginning 1/12".)
            || digits(Some(t))
                && t.low.contains('/')
                && k > 0
                && (crate::intent::dates::weekday(&toks[k - 1].low).is_some()
                    || matches!(toks[k - 1].low.as_str(), "on" | "sat" | "sun"))
    });
    let asked = toks.first().is_some_and(|t| {
        matches!(
            t.low.as_str(),
            "am" | "is" | "are" | "do" | "does" | "when" | "what" | "which" | "how" | "any"
        )
    });
    (plural_part || span) && !one_day && !asked && !shared(toks)
}

/// "How do I change my profile picture?": a question about using the product, not a request
/// for the calendar (unless it names a day: "how do I fit Bo in tomorrow?").
/// So is "who do I ask about a new charger?" or "where can I find the room list?".
fn asks_how_to(toks: &[Token]) -> bool {
    const OPENINGS: &[&[&str]] = &[
        &["how", "do", "i"],
        &["how", "to"],
        &["who", "do", "i"],
        &["who", "should", "i"],
        &["who", "can", "i"],
        &["where", "do", "i"],
        &["where", "can", "i", "find"],
    ];
    let how_to = OPENINGS.iter().any(|o| super::lexer::starts_with(toks, 0, o));
    how_to && !toks.iter().any(|t| names_a_day(t) || t.low == "week")
}

/// "Change Monday's 3pm to Wednesday", "can tomorrow's 10am go to Monday?": changing a meeting
/// named by its day. "Rather than today's 3pm with Bo, could we do Tuesday?": a meeting named by
/// its day that something else is to take the place of, as after "instead of".
fn changes_a_meeting(toks: &[Token]) -> bool {
    // "change this appointment to Wednesday at 10": a meeting pointed at, given a new time.
    let pointed = toks.windows(4).any(|w| {
        matches!(w[0].low.as_str(), "change" | "set")
            && matches!(w[1].low.as_str(), "this" | "that" | "the" | "my" | "our")
            && MEETING_ENTRIES.contains(&w[2].low.as_str())
            && w[3].low == "to"
    });
    pointed
        || toks.windows(2).any(|w| w[0].low == "change" && w[1].possessive)
        || named_by_day(toks)
            && (toks
                .windows(2)
                .any(|w| w[0].low == "go" && w[1].low == "to" || w[0].low == "rather" && w[1].low == "than")
                // "bring tomorrow's 12:30 with priyanka to Wednesday at 10".
                || toks.iter().any(|t| t.low == "bring") && toks.iter().any(|t| t.low == "to")
                || sent_to_a_day(toks))
}

/// "Could you transplant it to Wednesday at 10", "carry that over to the 9th", "migrate Monday's
/// 4:45pm with priyanka to the 9th": whatever the verb, "it", "that" or a meeting named by its day
/// sent "to" a day, after a meeting named by its day, is that meeting moved there (not "send it
/// to Bo", nor "keep it to Tuesday", which limits a search).
fn sent_to_a_day(toks: &[Token]) -> bool {
    const NOT_MOVING: &[&str] = &[
        "send",
        "forward",
        "mail",
        "email",
        "give",
        "show",
        "explain",
        "mention",
        "tell",
        "add",
        "limit",
        "keep",
        "restrict",
        "narrow",
        "copy",
        "duplicate",
        "clone",
        "repeat",
        // "I won't make it to Sunday's dinner": attended, or not, not moved.
        "make",
        "made",
        "making",
    ];
    const NOT_VERBS: &[&str] = &[
        "with", "on", "at", "for", "from", "after", "before", "about", "and", "or", "of", "is", "was", "than", "until",
        "till", "by", "in", "to", "the", "my", "our",
    ];
    let day_at = |k: usize| crate::intent::dates::day_named_at(toks, k);
    let particle_at = |k: usize| {
        toks.get(k).is_some_and(|t| {
            matches!(
                t.low.as_str(),
                // "bend it round to the 9th", "swing it around to Wednesday", "carried upstream on the
                // flood to the 9th".
                "over"
                    | "forward"
                    | "back"
                    | "across"
                    | "on"
                    | "along"
                    | "down"
                    | "up"
                    | "round"
                    | "around"
                    | "upstream"
                    | "downstream"
                    | "onward"
                    | "onwards"
            )
        })
    };
    // "send it whirlin over to Wednesday at 10": how it goes, before the particle.
    let going = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.low.len() > 4 && (t.low.ends_with("ing") || t.low.ends_with("in")))
            && particle_at(k + 1)
    };
    let particle = |k: usize| {
        let how = usize::from(going(k));
        let p = k + how;
        let one = usize::from(particle_at(p));
        // "run it along the roadway to Wednesday at 10", "lead it up the track on a rope to …": the
        // way it goes, a few words from "the", then where.
        // ("carried upstream on the flood to the 9th": a way along something, "on" or "along" it.)
        let along = usize::from(
            toks.get(p + 1)
                .is_some_and(|t| matches!(t.low.as_str(), "on" | "along" | "across" | "through")),
        );
        let way = (one == 1 && toks.get(p + 1 + along).is_some_and(|t| t.low == "the"))
            .then(|| {
                (p + 2 + along..toks.len().min(p + 7 + along))
                    .take_while(|&j| !toks[j].punct)
                    .find(|&j| matches!(toks[j].low.as_str(), "to" | "into"))
            })
            .flatten();
        how + way.map_or(one, |j| j - p)
    };
    // "reshelve the meeting under Wednesday at 10": "into", "onto" or "under" a day too.
    // "turn this meeting towards Wednesday at 10": "towards" a day too.
    // "regrind it to suit Wednesday at 10": "to suit" or "to fit" a day too.
    let sent_to = |k: usize| {
        let at = k + particle(k);
        let fitted = usize::from(
            toks.get(at).is_some_and(|t| t.low == "to")
                && toks
                    .get(at + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "suit" | "fit")),
        );
        toks.get(at)
            .is_some_and(|t| matches!(t.low.as_str(), "to" | "into" | "onto" | "under" | "towards" | "toward"))
            && day_at(at + 1 + fitted)
    };
    (1..toks.len()).any(|i| {
        let verb = &toks[i - 1];
        // (Not "send it to Bo": a verb of sending moves a meeting only on its way somewhere, "send it
        // whirlin over to Wednesday", "send it down the corridor to the 9th".)
        if verb.punct || NOT_MOVING.contains(&verb.low.as_str()) && !going(i + 1) && !particle_at(i + 1) {
            return false;
        }
        let entry_next = toks
            .get(i + 1)
            .is_some_and(|t| MEETING_ENTRIES.contains(&t.low.as_str()));
        // ("that engagement" is read below, by what it is.)
        if toks[i].low == "it" || toks[i].low == "that" && !entry_next {
            return sent_to(i + 1);
        }
        // "replant this appointment to Wednesday at 10", "shepherd that engagement down the shore
        // to Wednesday": the meeting pointed at by what it is;
        // "ask that the meeting be revolved forward to Wednesday": sent there, said of it.
        if matches!(toks[i].low.as_str(), "this" | "that" | "the") && entry_next {
            let passive = toks.get(i + 2).is_some_and(|t| t.low == "be") && sent_to(i + 4);
            return passive || !NOT_VERBS.contains(&verb.low.as_str()) && sent_to(i + 2);
        }
        // The meeting named by its day, then who it is with, then where it goes, in one clause.
        named_by_day(&toks[i..=i])
            && !NOT_VERBS.contains(&verb.low.as_str())
            && (i + 1..toks.len().min(i + 10))
                .take_while(|&k| !toks[k].punct)
                .any(sent_to)
    })
}

/// What a meeting is called as an entry in the calendar.
const MEETING_ENTRIES: &[&str] = &[
    "appointment",
    "meeting",
    "call",
    "booking",
    "session",
    "slot",
    "engagement",
];

/// "tomorrow's brunch w/ Kofi is off", "Monday's 3pm is off now": a meeting named by its day that
/// is not going ahead.
/// Not someone who is "off sick": "off" ends the clause.
fn called_off(toks: &[Token]) -> bool {
    // "tell em its off so they dont rock up", "it's gone": "it" said to be off or gone, ending its
    // clause or before what follows from it.
    let ends = |k: usize| {
        toks.get(k)
            .is_none_or(|t| t.punct || matches!(t.low.as_str(), "so" | "now"))
    };
    said_off_on_its_day(toks)
        || named_by_day(toks)
            && (1..toks.len()).any(|i| {
                let said = &toks[i - 1];
                // (Not "tell them where it's gone": where it went; nor "If it's off, book …": a
                // condition.)
                let asked = i > 1
                    && matches!(
                        toks[i - 2].low.as_str(),
                        "where" | "when" | "what" | "how" | "if" | "whether" | "unless"
                    );
                let it_is = (said.low == "its" || said.low == "it" && said.possessive) && !asked;
                (said.low == "is" && toks[i].low == "off" && toks.get(i + 1).is_none_or(|t| t.punct)
                    || it_is && matches!(toks[i].low.as_str(), "off" | "gone"))
                    && ends(i + 1)
            })
}

/// "the 6pm dinner with Bo on Friday is off", "our 6pm on Tuesday is off, let Marta know": a
/// clause opening with a meeting by its hour ("the", "my" or "our" and the hour), then "on" its
/// day and, after whom it is with, "is off", with nothing more asked after it (not "I work 9am to
/// 5pm on Monday to Thursday; Friday is off", a day off; nor "book lunch with Ana at 1pm on
/// Friday, my phone is off", a thing; nor "… is off, so book a table for Sunday instead").
fn said_off_on_its_day(toks: &[Token]) -> bool {
    let opens_with_hour = |h: usize| {
        h > 0
            && matches!(toks[h - 1].low.as_str(), "the" | "my" | "our")
            && (h == 1 || toks[h - 2].punct)
            && crate::intent::clock::written_clock(&toks[h])
    };
    let asks_more = |t: &Token| {
        names_a_day(t)
            || crate::intent::clock::written_clock(t)
            || matches!(
                t.low.as_str(),
                "book" | "move" | "find" | "instead" | "reschedule" | "push" | "shift" | "put"
            )
    };
    (1..toks.len()).any(|i| {
        let opened = (0..i).rev().take_while(|&k| !toks[k].punct).any(opens_with_hour);
        let off = (i + 2..toks.len().min(i + 8))
            .take_while(|&k| !toks[k].punct)
            .find(|&k| toks[k].low == "is")
            .filter(|&k| toks.get(k + 1).is_some_and(|t| t.low == "off"));
        toks[i].low == "on"
            && toks.get(i + 1).is_some_and(names_a_day)
            && opened
            && off.is_some_and(|k| toks.get(k + 2).is_none_or(|t| t.punct) && !toks[k + 2..].iter().any(asks_more))
    })
}

/// A meeting is named by its day ("Monday's", "tomorrow's").
fn named_by_day(toks: &[Token]) -> bool {
    toks.iter().any(|t| {
        t.possessive
            && (crate::intent::dates::weekday(&t.low).is_some() || matches!(t.low.as_str(), "today" | "tomorrow"))
    })
}

/// A weekday, "today", "tomorrow", or "next"/"this" opening one: a word naming a day.
fn names_a_day(t: &Token) -> bool {
    crate::intent::dates::weekday(&t.low).is_some() || matches!(t.low.as_str(), "today" | "tomorrow" | "next" | "this")
}

/// "Clear Monday and Tuesday for me", "clear tomorrow": emptying days of their meetings.
fn clears_days(toks: &[Token]) -> bool {
    // (Not "Is my afternoon clear today?", a question whether it is, up to its question mark.)
    let asked = toks.first().is_some_and(|t| matches!(t.low.as_str(), "is" | "are"))
        && toks
            .get(1)
            .is_some_and(|t| matches!(t.low.as_str(), "my" | "this" | "the" | "today" | "tomorrow"));
    let question_ends = toks.iter().position(|t| t.low == "?").unwrap_or(toks.len());
    toks.windows(2).enumerate().any(|(i, w)| {
        !(asked && i < question_ends)
            && w[0].low == "clear"
            && (i == 0
                || !matches!(
                    toks[i - 1].low.as_str(),
                    "keep" | "am" | "is" | "are" | "be" | "i'm" | "stay" | "whether" | "i" | "we"
                ))
            && (names_a_day(&w[1])
                || short_weekend_day(toks, i + 1) && asked_to_clear(toks, i)
                // "Please clear the diary from Thursday 10 December to Christmas Eve": the days of a
                // span, the diary named first.
                // (The diary or calendar, asked of the assistant, from a day, not a meeting's: not
                // "Tell Ben to clear the diary from …", "clear the agenda from Monday's board
                // meeting".)
                || asked_to_clear(toks, i)
                    && toks[i.saturating_sub(1)].low != "to"
                    && toks.get(i + 1).is_some_and(|t| matches!(t.low.as_str(), "the" | "my"))
                    && toks
                        .get(i + 2)
                        .is_some_and(|t| matches!(t.low.as_str(), "diary" | "calendar" | "cal"))
                    && starts_with(toks, i + 3, &["from"])
                    && crate::intent::dates::day_named_at(toks, i + 4)
                    && toks.get(i + 4).is_some_and(|t| !t.possessive))
    })
}

/// "clear" at `i` asked for, opening its clause or after a word asking ("pls clear sat and sun"),
/// not said of a day ("my diary's clear sat and sun", "if it's clear sun afternoon").
fn asked_to_clear(toks: &[Token], i: usize) -> bool {
    i == 0
        || toks[i - 1].punct
        || matches!(
            toks[i - 1].low.as_str(),
            "pls" | "please" | "plz" | "you" | "u" | "so" | "and" | "just" | "to"
        )
}

/// "clear sat and sun", "clear sun morning": "sat" or "sun" at `k`, also words of their own, as a
/// day, paired with another or given its part of the day or its hour.
fn short_weekend_day(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "sat" | "sun"))
        && toks.get(k + 1).is_some_and(|t| {
            matches!(t.low.as_str(), "and" | "or" | "&")
                || crate::intent::clock::part_word(&t.low).is_some()
                || t.low.starts_with(|c: char| c.is_ascii_digit())
        })
}

/// A booking or a search asked for besides ("Is it a nightmare …? Book 3 hours with the kids").
fn asks_more(toks: &[Token]) -> bool {
    toks.iter().any(|t| t.low == "find") || asks_a_booking(toks)
}

/// A booking asked for besides ("… can you book it?", "put it in").
fn asks_a_booking(toks: &[Token]) -> bool {
    // (Not "the schedule", "my schedule": the calendar named.)
    toks.iter().enumerate().any(|(k, t)| {
        matches!(t.low.as_str(), "book" | "put" | "add" | "block")
            || t.low == "schedule" && !(k > 0 && matches!(toks[k - 1].low.as_str(), "the" | "my" | "our" | "your"))
    })
}

/// "Mia, Omar and I need …", "for me and Rebecca", "my study group (…)", "get Henrik, Amara and
/// Tomasz in a room": people named together with the one asking, a group, or people gathered, so
/// a meeting.
fn together_with_people(toks: &[Token]) -> bool {
    let with_asker = toks.windows(3).enumerate().any(|(k, w)| {
        let asker = |t: &Token| matches!(t.low.as_str(), "i" | "me");
        let person_or_group =
            |t: &Token| !t.punct && (t.capitalised() || super::people::GROUP_WORDS.contains(&t.low.as_str()));
        // ("a 2h slot for me, Ludmila and Chukwuemeka": or "me" opening a list closed by "and"; not
        // "Please, I must …".)
        // (After "for" or "with", a name after it: not "Ping me, Ana and Bo about …", "for me, I go
        // Monday and Thursday", "for me, Monday and Wednesday mornings".)
        // ("me, Hyun-woo and esperanza need 2 hours …": or opening the request, the list its
        // subject.)
        let listed_after_me = w[0].low == "me"
            && (k > 0 && matches!(toks[k - 1].low.as_str(), "for" | "with") || k == 0)
            && w[1].low == ","
            && person_or_group(&w[2])
            && w[2].low != "i"
            && crate::intent::dates::weekday(&w[2].low).is_none()
            && toks[k + 3..].iter().take(3).any(|t| t.low == "and");
        // ("Our volunteer coordinators, Ms. Zeynep Arslan and Mr. Gwilym Pritchard, and I need …":
        // or the asker after a comma closing names set off by commas and joined by "and"; not
        // "Emailed Ms. Patel, and I need to file …", "Thanks for sorting London, and I need …".)
        // ("Mr. Lee, Ms. Park, and I need …": or a list of names alone opening the sentence.)
        let name_word =
            |t: &Token| t.capitalised() || t.low == "." || super::people::HONORIFICS.contains(&t.low.as_str());
        let set_off_names = |close: usize| {
            let sentence_start = toks[..close]
                .iter()
                .rposition(|t| {
                    matches!(t.low.as_str(), "." | "!" | "?") && !super::people::HONORIFICS.contains(&t.low.as_str())
                })
                .map_or(0, |p| p + 1);
            let opening_list = toks[sentence_start..close]
                .iter()
                .all(|t| name_word(t) || matches!(t.low.as_str(), "," | "and"))
                && toks[sentence_start..close].iter().filter(|t| t.low == ",").count() >= 1;
            opening_list
                || (close.saturating_sub(10)..close)
                    .rev()
                    .find(|&o| toks[o].low == ",")
                    .is_some_and(|open| {
                        let names = &toks[open + 1..close];
                        names.iter().any(|t| t.low == "and") && names.iter().all(|t| name_word(t) || t.low == "and")
                    })
        };
        let after_names = w[0].low == ","
            && k > 0
            && person_or_group(&toks[k - 1])
            && w[1].low == "and"
            && asker(&w[2])
            && set_off_names(k);
        w[1].low == "and" && (person_or_group(&w[0]) && asker(&w[2]) || asker(&w[0]) && !w[2].punct)
            || listed_after_me
            || after_names
    });
    // A group whose members are listed ("my study group (Hamza, Lien)").
    let listed_group = toks
        .windows(2)
        .any(|w| super::people::GROUP_WORDS.contains(&w[0].low.as_str()) && w[1].low == "(");
    // "get Henrik, Amara and Tomasz in a room", "bring Bo and Cy together": people gathered.
    // (Names only: not "get Q3 and Q4 together", "get Slides, Notes and Handouts together".)
    let name = |t: &Token| {
        t.capitalised() && !t.low.ends_with('s') && t.low.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
    };
    let gathered = (0..toks.len()).any(|i| {
        matches!(toks[i].low.as_str(), "get" | "bring" | "gather")
            && toks.get(i + 1).is_some_and(name)
            && toks[i + 1..]
                .iter()
                .position(|t| !(name(t) || matches!(t.low.as_str(), "," | "and" | "&")))
                .is_some_and(|n| {
                    let after = i + 1 + n;
                    n > 2
                        && (super::lexer::starts_with(toks, after, &["in", "a", "room"])
                            || super::lexer::starts_with(toks, after, &["together"]))
                })
    });
    with_asker || listed_group || gathered || super::people::shown_through(toks)
}

/// The request names someone to meet: after "with", by e-mail address, or together with the one
/// asking ("for me and Dr. Varga").
pub(crate) fn shared(toks: &[Token]) -> bool {
    // "find 45 minutes for me, Prof. Anneke Verhoeven and the lab manager": others listed after
    // "for me", who share the time.
    let listed_with_me = (0..toks.len()).any(|i| {
        starts_with(toks, i, &["for", "me"])
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.low.as_str(), "," | "and" | "&"))
            && toks
                .get(i + 3)
                .is_some_and(|t| t.capitalised() && t.low != "i" || matches!(t.low.as_str(), "the" | "my" | "our"))
    });
    toks.iter().any(|t| t.low == "with" || t.is_email()) || together_with_people(toks) || listed_with_me
}

/// What a request names besides its verbs: when, how long, with whom, how urgently, by when.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Named {
    pub dated: bool,
    pub sized: bool,
    pub shared: bool,
    /// "asap", "urgent": as soon as possible, which is a when of its own.
    pub urgent: bool,
    /// A date named as a deadline ("by Friday", "before end of day Thursday").
    pub deadline: bool,
    /// A date named that could not be read without asking ("Wednesday the 10th").
    pub misdated: bool,
    /// A time of day named to the minute ("fri noon", "at 3:15").
    pub timed: bool,
}

/// The kind read from the verbs, settled by what else the request names: a request without a
/// verb that names time it wants asks for it, time made "to" do something by a deadline is a
/// task, and a question about one's free time that names others looks for a time to meet.
pub(crate) fn settle(kind: Kind, named: Named, toks: &[Token], used: &[bool]) -> Kind {
    // ("do I have anything with Imam … before the 12th? I need to go over the open day
    // arrangements with him.": a question about what is on, with only why after it, is settled by
    // the question alone.)
    if kind == Kind::Describe
        && let Some(q) = questions::question_then_why(toks)
    {
        let named = Named {
            shared: shared(&toks[..=q]),
            ..named
        };
        return settle(kind, named, &toks[..=q], &used[..=q]);
    }
    let w = Words::new(toks);
    if own_work(&w, kind, named, used) {
        Kind::Task
    } else if books_only_a_pronoun(&w, kind, named)
        || moves_nothing_named(&w, kind, named)
        || meets_no_one_named(&w, kind, named)
    {
        Kind::Clarify
    } else if without_verb(kind, named) && named.dated && named.timed && named.shared && states(toks, used) {
        // "lunch w/ noor fri noon 1.5h": a note with someone on a day at a time leaves nothing
        // to find.
        Kind::Book
    } else if kind == Kind::Find && wants_to_meet_then(&w, named) {
        Kind::Book
    } else if without_verb(kind, named) || free_to_meet(&w, kind, named) {
        Kind::Find
    } else {
        kind
    }
}

/// "I want to meet Chukwuemeka and t.lindqvist@… on the 8th at 3 for 50 minutes": a wish to meet
/// someone on a day at a time to the minute, stated, not asked or denied, leaves nothing to find
/// ("I'd like to meet Anaïs next Monday or Tuesday" still looks).
fn wants_to_meet_then(w: &Words, named: Named) -> bool {
    let wish = w.any(&[
        &["want", "to", "meet"],
        &["like", "to", "meet"],
        &["wanna", "meet"],
        // "i want meet with Bogdan and Yusuf on wednesday 5 o clock".
        &["want", "meet"],
    ]);
    wish && named.dated
        && named.timed
        && named.shared
        && !w
            .toks
            .iter()
            .any(|t| t.low == "?" || t.low.ends_with("n't") || phrases::NEGATORS.contains(&t.low.as_str()))
}

/// A request that states rather than asks: no question ("would 8:30 on Monday work?", "does my
/// calendar have room …"), no denial ("don't book anything") and no "to" that moves or spans
/// ("the 16:30 w/ nadia -> monday 9am"), in the sentences that say when ("Physio with Anneke on
/// Monday 14 Dec, 7:15 … My knee is killing me." states).
fn states(toks: &[Token], used: &[bool]) -> bool {
    let saying_when: Vec<usize> = super::lexer::sentences(toks)
        .into_iter()
        .filter(|s| s.clone().any(|k| used[k]))
        .flatten()
        .collect();
    !saying_when.iter().map(|&k| &toks[k]).any(|t| {
        t.low == "?"
            || t.low == "to"
            || t.low.ends_with("n't")
            || phrases::NEGATORS.contains(&t.low.as_str())
            || matches!(
                t.low.as_str(),
                "is" | "are" | "do" | "does" | "can" | "could" | "would" | "will" | "which" | "what" | "when" | "where"
            )
    })
}

/// A request without a recognised verb that still names when and how long or with whom ("30
/// mins with kate@x.com before Friday", "asap 30 min with the sales team"), or both how long
/// and with whom ("30 min with Bo"), is asking for time; anything else stays unclear.
fn without_verb(kind: Kind, named: Named) -> bool {
    let Named {
        dated,
        sized,
        shared,
        urgent,
        ..
    } = named;
    kind == Kind::Clarify && (sized || shared) && (dated || urgent || sized && shared)
}

/// "Block 2 hours to review the budget by Friday", "find 90 minutes to prepare the slides before
/// Monday": time set aside, with nobody, for a purpose ("to" and the work) due by a date is work
/// of one's own to fit in before then — a task, not a meeting. So is a request with no verb the
/// parser knows, with nobody, that names a deadline or, on no day, time set aside to do something
/// ("review Elif's pull request by Wednesday, takes 45 min", "need 2h to write the onboarding doc"),
/// or that opens with a command and its object and says how long it takes ("update the crew
/// rosters, 2 hours").
fn own_work(w: &Words, kind: Kind, named: Named, used: &[bool]) -> bool {
    // (Not "tryin to squeeze in a haircut before the end of the month": time to be found.)
    let squeezed_in = |i: usize| {
        matches!(w.toks[i + 1].low.as_str(), "squeeze" | "fit") && w.toks.get(i + 2).is_some_and(|t| t.low == "in")
    };
    let purpose_at = |i: usize| {
        w.toks[i].low == "to"
            && !used[i]
            && !used[i + 1]
            && !w.toks[i + 1].punct
            && !w.toks[i + 1].is_email()
            && !squeezed_in(i)
    };
    let purpose = (0..w.toks.len().saturating_sub(1)).any(purpose_at);
    // "45 min today to review …": the purpose right after the time it takes (not "Rohan asked to
    // touch base").
    let time_for = (1..w.toks.len().saturating_sub(1)).any(|i| purpose_at(i) && used[i - 1]);
    let meeting = w.low_contains(phrases::MEETING_WORDS) || together_with_people(w.toks);
    let by_deadline = matches!(kind, Kind::Book | Kind::Find | Kind::Clarify) && named.deadline && purpose;
    // "block 40 minutes to write up the site visit": time set aside on no day for work named
    // right after it, with nobody, is work of one's own to fit in whenever.
    let undated = kind == Kind::Book && named.sized && !named.dated && !named.timed && time_for;
    // "reconcile the club accounts, 2 hrs, no rush": a length and no hurry.
    let unhurried = named.sized && !named.dated && w.any(phrases::NO_RUSH);
    // "update the crew rosters, 2 and a half hours": a command and its object opening the request.
    let commands = w.toks.len() > 2
        && !used[0]
        && !used[1]
        && !w.toks[0].punct
        && !NOT_COMMANDS.contains(&w.toks[0].low.as_str())
        && matches!(w.toks[1].low.as_str(), "the" | "my" | "our" | "these" | "those");
    let verbless = kind == Kind::Clarify
        && (named.deadline || named.sized && (time_for || commands || purpose && !named.dated) || unhurried);
    !named.shared && !meeting && (by_deadline || verbless || undated) && !time_sought::when_free_asked(w.toks)
}

/// Words that open a question or join a clause on, not a command ("what the …", "so the ops team
/// asked …").
const NOT_COMMANDS: &[&str] = &[
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "is", "are", "am", "do", "does", "did",
    "can", "could", "would", "will", "shall", "should", "any", "so", "and", "but", "or", "then", "also", "well", "ok",
    "okay", "anyway", "because", "since", "as", "if", "all", "just", "on", "in", "at", "for", "by", "from", "with",
    "to", "of",
];

/// "ok schedule it then", "book that": a booking of something named only by a pronoun, with no
/// one, no day and no length, names nothing to book; ask what is meant (and so of a search for
/// time for it, or for the thing).
fn books_only_a_pronoun(w: &Words, kind: Kind, named: Named) -> bool {
    // "set up the thing w/ those guys from before": people named only as "them" or "those guys"
    // are no one named either.
    // ("Schedule a team meeting with everyone to discuss this" names a meeting: not cleared.)
    let meeting = w
        .toks
        .iter()
        .any(|t| super::people::MEETING_NOUNS.contains(&t.low.as_str()));
    let no_one = !named.shared || with_only_pronouns(w.toks) && !meeting;
    let nothing = !named.dated && !named.misdated && !named.sized && no_one && !named.urgent;
    // "Schedule something.", "set up the thing": nothing named either; nor "set up a meeting", a
    // meeting named by what it is alone in a request of a few words.
    // ("hey, i need a meeting": a greeting aside.)
    let bare_meeting = {
        let words: Vec<&Token> = w
            .toks
            .iter()
            .filter(|t| !t.punct && !matches!(t.low.as_str(), "hey" | "hi" | "hello" | "ok" | "okay" | "so"))
            .collect();
        words.len() <= 4
            && words
                .last()
                .is_some_and(|t| super::people::MEETING_NOUNS.contains(&t.low.as_str()))
    };
    // "the thing" only as what is set up or booked ("set up the thing w/ those guys", "book the
    // usual"), not a topic ("about the pricing thing").
    let the_thing = w.toks.windows(3).any(|t| {
        matches!(
            t[0].low.as_str(),
            "up" | "book" | "schedule" | "arrange" | "organise" | "organize"
        ) && t[1].low == "the"
            && matches!(t[2].low.as_str(), "thing" | "usual")
    });
    // "can we do the thing sometime?", "i need to meet about the thing at some point": or done,
    // or met about, said of nothing more (not "do the usual grocery run", "do the thing for the
    // tax return").
    let thing_done = (0..w.toks.len()).any(|k| {
        matches!(w.toks[k].low.as_str(), "do" | "about")
            && super::lexer::starts_with(w.toks, k + 1, &["the", "thing"])
            && w.toks
                .get(k + 3)
                .is_none_or(|t| t.punct || matches!(t.low.as_str(), "sometime" | "soon" | "again" | "someday" | "at"))
    });
    // "please make time for it": time found for nothing named but "it".
    let for_it = w
        .toks
        .windows(2)
        .any(|t| t[0].low == "for" && matches!(t[1].low.as_str(), "it" | "that" | "this"));
    kind == Kind::Book && nothing && (bare_meeting || the_thing || w.low_contains(&["it", "that", "this", "something"]))
        || kind == Kind::Find && nothing && (for_it || thing_done || bare_meeting)
}

/// Every "with" in the request is followed by a pronoun or a word for people in general ("with
/// them", "w/ those guys"), and no one is named by address or together with the one asking.
fn with_only_pronouns(toks: &[Token]) -> bool {
    let mut withs = toks.iter().enumerate().filter(|(_, t)| t.low == "with").peekable();
    !toks.iter().any(Token::is_email)
        && !together_with_people(toks)
        && withs.peek().is_some()
        && withs.all(|(i, _)| {
            toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "them" | "him" | "her" | "those" | "these" | "everyone" | "everybody" | "people" | "you-know-who"
                )
            })
        })
}

/// "shuffle things around so I can breathe": a move of things named by no day, time, length or
/// person names no meeting to move; ask what is meant.
fn moves_nothing_named(w: &Words, kind: Kind, named: Named) -> bool {
    let nothing = !named.dated && !named.misdated && !named.sized && !named.shared && !named.timed;
    // "move it", "reschedule the thing", "change the meeting": nothing named either, a verb and a
    // word for any meeting (not "Reschedule the standup", "move the 1:1": a meeting named).
    let words: Vec<&Token> = w.toks.iter().filter(|t| !t.punct).collect();
    let bare_meeting = words.len() == 3
        && matches!(words[1].low.as_str(), "the" | "my" | "a" | "that" | "this")
        && matches!(
            words[2].low.as_str(),
            "meeting" | "call" | "appointment" | "event" | "thing"
        );
    // ("cancel the thing" too: what to call off is no clearer; nor "cancel that", "cancel it",
    // only pointed at.)
    let pointed = words.len() == 2 && matches!(words[1].low.as_str(), "it" | "that" | "this");
    kind == Kind::Cancel && nothing && (bare_meeting && words[2].low == "thing" || pointed)
        || kind == Kind::Reschedule
            && nothing
            && (bare_meeting || w.low_contains(&["stuff", "things", "it", "that", "this"]))
}

/// "need to meet someone soon-ish, do your magic", "need to meet w/ someone soon-ish": a meeting
/// with someone unnamed, on no day, at no time, for no length, leaves everything to ask.
fn meets_no_one_named(w: &Words, kind: Kind, named: Named) -> bool {
    let nothing = !named.dated && !named.misdated && !named.sized && !named.shared && !named.timed;
    // Met, and said no more of ("When can I meet somebody from HR", "call someone at the bank"
    // say whom).
    let unnamed = (1..w.toks.len()).any(|i| {
        // ("meet someone", "talk to someone", "see somebody".)
        matches!(w.toks[i].low.as_str(), "someone" | "somebody")
            && (matches!(w.toks[i - 1].low.as_str(), "meet" | "see")
                || i > 1
                    && matches!(w.toks[i - 2].low.as_str(), "meet" | "talk" | "speak" | "chat")
                    && matches!(w.toks[i - 1].low.as_str(), "w/" | "with" | "to"))
            && !w.toks[i + 1..]
                .iter()
                .take_while(|t| !t.punct)
                .any(|t| matches!(t.low.as_str(), "from" | "at" | "about" | "in"))
    });
    matches!(kind, Kind::Find | Kind::Book) && nothing && unnamed
}

/// "When am I free on Monday for an hour with Bo?", "Show me when I have an hour and a half free on
/// Wednesday evening": a question about one's own free time that names someone to meet, or asks
/// when a length is free, asks for a time, not for a description of the calendar.
fn free_to_meet(w: &Words, kind: Kind, named: Named) -> bool {
    // (Not "am I free mon-fri for an hour?", asked about as it is.)
    let when_sized = named.sized && w.low_contains(&["when", "where"]);
    kind == Kind::Describe && (named.shared || when_sized) && w.any(phrases::AVAILABILITY)
}

/// True when the request asks for the soonest time ("asap", "urgent", "as soon as possible").
pub(crate) fn urgent(toks: &[Token]) -> bool {
    Words::new(toks).any(phrases::URGENT)
}

/// "the Sunday 6pm dinner with Lukas needs to be later, 8pm": a meeting named by its day or hour
/// said to need to be later or earlier, the new time set off by a comma (not "it has to be later
/// than 1pm", a bound; nor "it has to be later, 8pm is fine, book dinner", nothing named before).
fn needs_to_be_later(toks: &[Token]) -> bool {
    // (Of a meeting named, with nothing booked, found or reminded of: not "Book the vet for
    // Saturday, it needs to be earlier, 9am".)
    let other_ask = toks.iter().any(|t| {
        matches!(
            t.low.as_str(),
            "book" | "find" | "remind" | "reminder" | "schedule" | "set" | "add"
        )
    });
    !other_ask
        && (0..toks.len()).any(|i| {
            (0..i).any(|k| crate::intent::dates::day_or_hour_at(toks, k))
                && (0..i).any(|k| super::people::MEETING_NOUNS.contains(&toks[k].low.as_str()))
                && starts_with_any(toks, i, &[&["needs", "to", "be"], &["has", "to", "be"]])
                && toks
                    .get(i + 3)
                    .is_some_and(|t| matches!(t.low.as_str(), "later" | "earlier"))
                && toks.get(i + 4).is_some_and(|t| t.low == ",")
                && crate::intent::dates::day_or_hour_at(toks, i + 5)
        })
}

/// "Her 9:00 with the roofer, Mr. Declan Boyle, … needs to start an hour later", "Mila's hair appt
/// … has to go a week later, same time": a meeting named in the clause before by its hour or what
/// it is, that must start or go a length later or earlier, is moved.
fn must_start_later(toks: &[Token]) -> bool {
    // (Nothing else asked for: not "Book a taxi at 6 tomorrow, Ana has to go an hour earlier",
    // "Add a reminder at 8: the school run has to go 10 minutes earlier".)
    let other_ask = toks.iter().any(|t| {
        matches!(
            t.low.as_str(),
            "book" | "find" | "add" | "block" | "schedule" | "remind" | "reminder" | "set"
        )
    });
    !other_ask
        && (0..toks.len()).any(|i| {
        // (The sentence it is in, a title's full stop going on: "with Ms. Delacroix"; a clause
        // after ";", ":" or "but" its own: not "My lunch with Bo at 1 is fine, but the standup has
        // to start 15 minutes later".)
        let start = (0..i)
            .rev()
            .find(|&k| {
                matches!(toks[k].low.as_str(), "." | "!" | "?" | ";" | ":" | "but")
                    && !(k > 0 && super::people::HONORIFICS.contains(&toks[k - 1].low.as_str()))
            })
            .map_or(0, |k| k + 1);
        // (Said, not supposed: not "If my 3pm has to start 30 minutes later, will I …"; once, not
        // "… has to start 15 minutes later from Monday", every time from then.)
        // ("… on Monday 14 December should start half an hour earlier": or "should".)
        // ("tomorrow's ten o'clock dog walk with Valentina, could it start an hour later": or asked
        // of it.)
        let modal = if starts_with_any(toks, i, &[&["needs", "to"], &["has", "to"], &["could", "it"], &["can", "it"]]) {
            2
        } else {
            usize::from(toks[i].low == "should")
        };
        !toks[start..i].iter().any(|t| t.low == "if")
            && !toks[i..].iter().take_while(|t| !t.punct).any(|t| t.low == "from")
            && modal > 0
            && toks
                .get(i + modal)
                .is_some_and(|t| matches!(t.low.as_str(), "start" | "begin" | "go"))
            // ("… needs to start half an hour later".)
            && (i + modal + 2..toks.len().min(i + modal + 5)).any(|k| {
                matches!(toks[k].low.as_str(), "later" | "earlier")
                    && toks[i + modal + 1..k]
                        .iter()
                        .any(|t| super::durations::is_length(&t.low) || matches!(t.low.as_str(), "week" | "day" | "fortnight"))
            })
            // ("My haircut with Ms. Roy on Saturday at 10 has to go …": or an hour after "at";
            // "tomorrow's ten o'clock dog walk …": or a day's meeting.)
            && (start..i).any(|k| {
                toks[k].possessive && (names_a_day(&toks[k]) || matches!(toks[k].low.as_str(), "today" | "tomorrow")) ||
                crate::intent::clock::written_clock(&toks[k])
                    || super::people::MEETING_NOUNS.contains(&toks[k].low.as_str())
                    || matches!(toks[k].low.as_str(), "appt" | "appointment")
                    || k > 0 && toks[k - 1].low == "at" && toks[k].low.starts_with(|c: char| c.is_ascii_digit())
            })
    })
}

/// "can tomorrow's 10:15 with Ileana start 30 min later?", "Could the Wednesday 2:45 with Cathal
/// happen 20 minutes earlier?": a meeting named by its day and hour, asked to start (or be) a
/// length later or earlier, is moved.
fn starts_later(toks: &[Token]) -> bool {
    // (Asked of the meeting it opens with, its subject: not "Since Monday's 9am ran over, can
    // Tuesday's standup start 10 min later?", "Does Monday's 2pm start 15 min later now?".)
    let asked = toks
        .first()
        .is_some_and(|t| matches!(t.low.as_str(), "can" | "could" | "would"));
    // ("Could the Wednesday 2:45 with Cathal happen 20 minutes earlier?": or "the" day and hour.)
    let the = usize::from(toks.get(1).is_some_and(|t| t.low == "the"));
    let named = toks.get(1 + the).is_some_and(|t| {
        (t.possessive || the == 1) && (names_a_day(t) || matches!(t.low.as_str(), "today" | "tomorrow"))
    }) && toks.get(2 + the).is_some_and(crate::intent::clock::written_clock);
    // ("Could the 10:00 conveyancing call with Ms. Oyeyemi-Clarke on Thursday 3 December start 45
    // minutes later?": or "the" hour and what the meeting is, further before the verb, a title's
    // full stop going on.)
    // (A meeting, a lesson or a slot, once, with nothing else asked: not "Could the 8:00 alarm be
    // 30 minutes later", "the 7:30 spin class … on holidays", "Could the 10:00 delivery be two
    // hours later, and can you find …".)
    let clocked = the == 1
        && toks.get(2).is_some_and(crate::intent::clock::written_clock)
        && toks[3.min(toks.len())..]
            .iter()
            .take_while(|t| !t.punct || t.low == ".")
            .take(6)
            .any(|t| {
                super::people::MEETING_NOUNS.contains(&t.low.as_str())
                    || matches!(
                        t.low.as_str(),
                        "with" | "and" | "slot" | "class" | "lesson" | "appointment" | "appt" | "run"
                    )
            })
        && !toks
            .iter()
            .any(|t| matches!(t.low.as_str(), "find" | "book" | "block" | "add" | "schedule" | "if"))
        && !toks.windows(2).any(|w| {
            w[0].low == "on"
                && matches!(
                    w[1].low.as_str(),
                    "weekends" | "holidays" | "weekdays" | "mondays" | "fridays"
                )
        });
    let reach = if named { 8 + the } else { 16 };
    let title_stop =
        |k: usize| toks[k].low == "." && k > 0 && super::people::HONORIFICS.contains(&toks[k - 1].low.as_str());
    asked
        && (named || clocked)
        && (3 + the..toks.len().min(reach)).any(|i| {
            matches!(toks[i].low.as_str(), "start" | "begin" | "happen" | "be")
                && !(3 + the..i).any(|k| toks[k].punct && !title_stop(k))
                && (i + 2..toks.len().min(i + 5)).any(|k| {
                    matches!(toks[k].low.as_str(), "later" | "earlier")
                        && toks[i + 1..k].iter().any(|t| super::durations::is_length(&t.low))
                })
        })
}

/// "the piano tuning, can you, uh, take that out, we're getting the floors sanded": the meeting
/// named before, taken out, closing its clause, with nothing else asked (not "take that out to the
/// wider team on Monday", "take that out and book a run tomorrow", "… take that out? Also move the
/// 4pm to Friday").
fn that_taken_out(toks: &[Token]) -> bool {
    let other_ask = toks.iter().any(|t| {
        matches!(
            t.low.as_str(),
            "move" | "book" | "find" | "schedule" | "reschedule" | "shift" | "push" | "add" | "put"
        )
    });
    !other_ask
        && (0..toks.len()).any(|i| {
            starts_with(toks, i, &["take", "that", "out"])
                && toks
                    .get(i + 3)
                    .is_none_or(|t| matches!(t.low.as_str(), "," | "." | "!" | "?" | ";" | "please" | "pls"))
        })
}

/// "Wipe out everything from Monday through Wednesday", "Clear out the 17th and the 18th
/// entirely": all of some days cleared, a day after it (not "book a cleaner Friday at 9 to wipe
/// out all the mould", a purpose, nor "clear out the garage on Saturday", a task).
fn days_wiped_out(toks: &[Token]) -> bool {
    // "off sick, wipe today + tmrw": the days whose meetings go, closing the clause (not "wipe
    // tomorrow's demo laptops", "wipe today the test server", "wipe tomorrow and move my 1:1").
    // ("wipe today please, I'm not coming in", "wipe tomorrow morning", "wipe today's meetings":
    // so is a part of the day, or the day's meetings.)
    // ("car's broken down, wipe tues + weds": or weekdays.)
    let day = |k: usize| {
        toks.get(k).is_some_and(|t| {
            (matches!(t.low.as_str(), "today" | "tomorrow") || crate::intent::dates::weekday(&t.low).is_some())
                && (!t.possessive
                    || toks
                        .get(k + 1)
                        .is_some_and(|n| matches!(n.low.as_str(), "meetings" | "calls" | "appointments")))
        })
    };
    let part = |k: usize| {
        usize::from(
            toks.get(k)
                .is_some_and(|t| crate::intent::clock::part_word(&t.low).is_some()),
        )
    };
    let closes = |k: usize| {
        toks.get(k)
            .is_none_or(|t| matches!(t.low.as_str(), "." | "!" | ";" | "," | "please" | "pls"))
    };
    // (Not "Don't wipe Friday, just move the 10am": refused.)
    let days_wiped = |i: usize| {
        toks[i].low == "wipe"
            && !(i > 0 && matches!(toks[i - 1].low.as_str(), "don't" | "dont" | "never" | "not"))
            && day(i + 1)
            && {
                let after = i + 2 + part(i + 2) + usize::from(toks[i + 1].possessive);
                closes(after) || toks.get(after).is_some_and(|t| t.low == "and") && day(after + 1) && closes(after + 2)
            }
    };
    (0..toks.len()).any(|i| {
        days_wiped(i)
            || !(i > 0 && toks[i - 1].low == "to")
                && (starts_with_any(toks, i, &[&["wipe", "out", "everything"], &["wipe", "out", "all"]])
                && clause_ahead(toks, i + 3, 4).any(|k| crate::intent::dates::day_or_hour_at(toks, k))
                // "please free up everything between the 23rd of December and the 2nd of January":
                // asked outright, opening its clause (not "that would free up everything after
                // Friday", "to free up everything on Monday").
                || starts_with_any(toks, i, &[&["free", "up", "everything"]])
                    && (i == 0 || toks[i - 1].punct || matches!(toks[i - 1].low.as_str(), "please" | "pls" | "just"))
                    && clause_ahead(toks, i + 3, 4).any(|k| crate::intent::dates::day_or_hour_at(toks, k))
                // (A day named: not "clear out 2 hours on Friday for deep work", time set aside.)
                || starts_with_any(toks, i, &[&["clear", "out"]]) && {
                    let ordinal = |t: &Token| {
                        t.low.starts_with(|c: char| c.is_ascii_digit())
                            && ["st", "nd", "rd", "th"].iter().any(|end| t.low.ends_with(end))
                    };
                    toks.get(i + 2).is_some_and(|t| {
                        crate::intent::dates::weekday(&t.low).is_some()
                            || matches!(t.low.as_str(), "today" | "tomorrow" | "next" | "this")
                    }) || toks.get(i + 2).is_some_and(|t| t.low == "the") && toks.get(i + 3).is_some_and(ordinal)
                })
    })
}

/// "can you take out the 11:30 with Hamid on Wednesday", "take out the friday meeting", "take out
/// tonight's 6.30 squash": a meeting named by its clock time, or a day's meeting, taken out, and
/// nothing moved (not "take out the bins on Monday", "take out the 2 kids to the park", "take out
/// my 10am, move it to Friday").
fn meeting_taken_out(toks: &[Token]) -> bool {
    let moved = toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "move" | "put" | "shift" | "instead" | "to"));
    !moved
        && (0..toks.len()).any(|i| {
            // ("tonight's 6.30 squash with Eoin", read as "today's evening 6.30 squash": a day's
            // meeting, by its hour, what it is or whom it is with, ending its phrase; not "tonight's
            // rubbish", "Friday's cash", "Thursday's interview candidate for lunch".)
            let met = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    t.low == "with"
                        || super::people::MEETING_NOUNS.contains(&t.low.as_str())
                            && toks.get(k + 1).is_none_or(|n| {
                                n.punct || matches!(n.low.as_str(), "with" | "at" | "on" | "please" | "pls")
                            })
                })
            };
            // (Its hour right after the day and its part: not "tomorrow's bins at 7am".)
            let hour = i
                + 3
                + usize::from(
                    toks.get(i + 3)
                        .is_some_and(|t| crate::intent::clock::part_word(&t.low).is_some()),
                );
            starts_with(toks, i, &["take", "out"])
                && toks.get(i + 2).is_some_and(|t| t.possessive && names_a_day(t))
                && (toks
                    .get(hour)
                    .is_some_and(|t| t.low.starts_with(|c: char| c.is_ascii_digit()))
                    || (i + 3..i + 6).any(met))
                || starts_with_any(toks, i, &[&["take", "out", "the"], &["take", "out", "my"]])
                    && (toks.get(i + 3).is_some_and(crate::intent::clock::written_clock)
                        || toks
                            .get(i + 3)
                            .is_some_and(|t| crate::intent::dates::weekday(&t.low).is_some())
                            && toks
                                .get(i + 4)
                                .is_some_and(|t| super::people::MEETING_NOUNS.contains(&t.low.as_str())))
        })
}

/// Whether any of `phrases` starts at `i`.
fn starts_with_any(toks: &[Token], i: usize, phrases: &[&[&str]]) -> bool {
    phrases.iter().any(|p| super::lexer::starts_with(toks, i, p))
}
