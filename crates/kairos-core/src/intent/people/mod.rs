//! Participants: email addresses anywhere, and names — capitalised words after "with"/"meet"
//! (or anywhere after the first word, when the request is about a meeting), lowercase particles
//! inside a name ("van der Berg"), groups ("the design team", "the Toronto office") or the people
//! listed after them, and, in a meeting request, a lone lowercase word where a name is expected:
//! after "with" ("with jamie"), a verb whose object is a person ("pencil ana in"), in a list that
//! opens the request ("bo and chen would like …") or that is asked about ("whether kai could …").

mod bodies;
mod layout;
mod lists;
mod names;
mod no_one;
mod roles;
mod trades;
mod words;

use super::Participant;
use super::lexer::{Token, starts_with};
use lists::{bare_group_at, group_at, listed_after, lone_group_at, subject_group_at, subject_list};
use names::{falls_ill, lowercase_name, name_at, name_start, opening, role_at, shouted, to_someone};
use words::{
    BELONGINGS, INTERJECTIONS, MEETING_LEADS, NOT_NAMES, NOT_PEOPLE, ONES_PART, PERSON_VERBS, PLACE_PARTS, SIGN_OFFS,
    SUBJECT_LEADS, SUBJECT_VERBS,
};

pub(crate) use names::kin_word;
pub(crate) use words::{GROUP_WORDS, HONORIFICS, MEETING_NOUNS};

/// Whether `low` names kin or a friend ("sister", "mum", "cousin").
pub(crate) fn is_kin(low: &str) -> bool {
    names::kin_word(low)
}

/// Collects participants in order of appearance. With `anywhere`, any capitalised word after the
/// first counts as a name, and the first too when the request opens with people (see
/// [`opens_with_people`]; `verbless`: the request has no verb); otherwise only names following
/// "with" or "meet" do.
/// "Dear Kairos, kindly arrange … with the supervisory board", "Hi Maria, book an hour with Bo":
/// the one a request opens by greeting, when it goes on to arrange something with others, is the
/// one asked, no one to meet; not when it proposes meeting them ("Dear Ana, can you and I meet
/// Tuesday?", "Hi Ana, are you free Thursday?", "Hi Marco, dinner with me on Friday?", "Dear Bo,
/// let's meet") or names them again ("Hey Ana, block 2 hours for me and Ana").
fn greeted(toks: &[Token]) -> bool {
    let opens = toks
        .first()
        .is_some_and(|t| matches!(t.low.as_str(), "dear" | "hi" | "hello" | "hey" | "hiya"));
    let Some(name) = toks.get(1).filter(|t| opens && t.capitalised() && !t.possessive) else {
        return false;
    };
    let them = |t: &Token| matches!(t.low.as_str(), "me" | "you" | "u" | "us" | "him" | "her" | "them");
    // ("Hi Ana, can you set up a call with me and Bo?": not "with me" and a third party after a
    // verb that arranges it, asked of the one greeted.)
    // ("Hey Sam, Bo wants a call with me and Lee": a third party's wish, not put to the greeted.)
    let put_to_them =
        toks.last().is_some_and(|t| t.low == "?") || toks.iter().any(|t| matches!(t.low.as_str(), "you" | "u"));
    let arranged = |k: usize| {
        toks[..k].iter().any(|t| {
            matches!(
                t.low.as_str(),
                "set" | "book" | "find" | "block" | "arrange" | "schedule" | "organise" | "organize" | "put"
            )
        })
    };
    let meets_them = toks.windows(2).enumerate().any(|(k, w)| {
        matches!(
            (w[0].low.as_str(), w[1].low.as_str()),
            ("you", "and" | "&" | "free" | "have" | "available")
                | (
                    "and" | "meet" | "see" | "with" | "for" | "invite" | "are" | "suit",
                    "you"
                )
        ) || w[0].low == "with"
            && w[1].low == "me"
            && (toks.get(k + 2).is_none_or(|t| t.low != "and") || !arranged(k) && put_to_them)
            || w[0].low == "let" && w[0].possessive
    }) || toks
        .iter()
        .any(|t| matches!(t.low.as_str(), "we" | "us" | "we're" | "your" | "ya"));
    // ("with me and Bo": others after the one asking too.)
    let with_others = (3..toks.len()).any(|k| {
        matches!(toks[k].low.as_str(), "with" | "w/")
            && toks[k + 1..]
                .iter()
                .take(4)
                .take_while(|t| !t.punct)
                .any(|t| !them(t) && !matches!(t.low.as_str(), "and" | "&"))
    });
    let named_again = toks[2..].iter().any(|t| t.low == name.low);
    toks.get(2).is_some_and(|t| matches!(t.low.as_str(), "," | "!")) && with_others && !meets_them && !named_again
}

pub(crate) fn extract(toks: &[Token], used: &[bool], anywhere: bool, verbless: bool) -> Vec<Participant> {
    // In a request written all in capitals every word looks like a name: only words that
    // follow "with" (or another word introducing people) are.
    let anywhere = anywhere && !shouted(toks);
    let mut out: Vec<Participant> = Vec::new();
    // ("the open walkway that leads to the gangway": a thing with a clause of its own read as a
    // group's lead, no one.)
    // (Only "that" or "which" after the name's first word: not "the who delegation".)
    let relative = |p: &Participant| matches!(p, Participant::Name(n) if n.split(' ').skip(1).any(|w| matches!(w, "that" | "which")));
    let push = |p: Participant, out: &mut Vec<Participant>| {
        if !out.contains(&p) && !names_again(&p, out) && !relative(&p) {
            out.push(p);
        }
    };
    let mut after_trigger = false;
    let mut after_with = false;
    // Where the one name read from the opening words alone went ("Gate's just opened"), and
    // whether people were introduced later ("… with Tariq and Wen").
    let mut opened_with: Vec<usize> = Vec::new();
    let mut introduced_later = false;
    // How many people had been read when the first colon came: people read after it are
    // introduced by it ("Tide's out, so quickly: Ada and Marco asked to come down").
    let mut before_colon: Option<usize> = None;
    // Inside a list of people opening the request ("bo and chen would like …").
    let mut opening_list = false;
    let start = opening(toks);
    // "Dear Auntie, I hope you can help. … My problem, Auntie, is this": the one a letter is
    // written to, wherever it is named again, is no one to meet, when named by kinship or a
    // calling, or by the name a letter in the text was signed with ("Yours, Buckling … Dear
    // Buckling,"); not "Dear Ana, can you and I meet Tuesday?", a letter asking to meet.
    let signed: Vec<&str> = (2..toks.len())
        .filter(|&k| toks[k - 1].low == "," && matches!(toks[k - 2].low.as_str(), "yours" | "love"))
        .map(|k| toks[k].low.as_str())
        .collect();
    // ("Dear Owner of the Tooth,": a calling of what one owns.)
    let owner_of = |k: usize| {
        toks[k].low == "owner"
            && starts_with(toks, k + 1, &["of", "the"])
            && toks.get(k + 4).is_some_and(|t| t.low == ",")
    };
    let addressees: Vec<&str> = (1..toks.len())
        .filter(|&k| {
            toks[k - 1].low == "dear" && toks[k].capitalised() && (starts_with(toks, k + 1, &[","]) || owner_of(k))
        })
        .map(|k| toks[k].low.as_str())
        .filter(|low| {
            names::KIN.contains(low) || matches!(*low, "auntie" | "editor" | "diary" | "owner") || signed.contains(low)
        })
        .collect();
    let greeted_one = greeted(toks);
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.capitalised() && !t.possessive && addressees.contains(&t.low.as_str()) || i == 1 && greeted_one {
            i += 1;
            continue;
        }
        // "Love, the Tooth Fairy. … P.P.S. The Tooth Fairy has trodden on a biscuit tin": a
        // character a letter is signed as, named again, is no one.
        let signed_as = |k: usize| {
            (2..k).any(|s| {
                matches!(toks[s - 2].low.as_str(), "love" | "yours")
                    && toks[s - 1].low == ","
                    && toks[s].low == "the"
                    && toks.get(s + 1).is_some_and(|n| n.capitalised() && n.low == toks[k].low)
            })
        };
        if t.capitalised() && i > 0 && toks[i - 1].low == "the" && signed_as(i) {
            i += 1;
            while toks.get(i).is_some_and(|n| n.capitalised() && !n.punct) {
                i += 1;
            }
            continue;
        }
        // "Noor and I have to …", "the ops team and I": someone named together with the one asking.
        let with_asker = |k: usize| starts_with(toks, k, &["and", "i"]) || starts_with(toks, k, &["and", "me"]);
        // "remind me to send the signed contract to h.lindqvist@nordvik.se": in a task, an address
        // something is sent to is no one met.
        let sent_to = i > 0
            && toks[i - 1].low == "to"
            && toks[i.saturating_sub(7)..i - 1]
                .iter()
                .rev()
                .take_while(|t| !t.punct)
                .any(|t| {
                    matches!(
                        t.low.as_str(),
                        "send" | "email" | "mail" | "forward" | "submit" | "return" | "post"
                    )
                });
        // "email m.haddad@greenleaf.org the signed contract": so is one something is sent, in its
        // place, in anything but a meeting (not "email ana@x.com tomorrow", someone written to).
        let sent_something = i > 0
            && matches!(
                toks[i - 1].low.as_str(),
                "email" | "e-mail" | "mail" | "send" | "forward"
            )
            && toks
                .get(i + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "the" | "a" | "an" | "my" | "our" | "this" | "that"));
        if t.is_email() && !anywhere && (sent_to || sent_something) {
            i += 1;
            continue;
        }
        if t.is_email() {
            push(Participant::Email(t.low.clone()), &mut out);
            introduced_later |= after_with || with_asker(i + 1);
            i += 1;
            continue;
        }
        // "w/ Dele + Magnus (u12s coaches) and the club welfare officer": a note in brackets on who
        // they are, in lowercase words, keeps the list going; "w/ Leanne (Ruby's mum, she's
        // co-hosting) + the soft play manager": so does one saying whose kin they are, and what
        // they do, after a comma (not "(Ana, Bo)", people named in it).
        if after_trigger
            && t.low == "("
            && let Some(close) = (i + 1..toks.len().min(i + 9)).find(|&k| toks[k].low == ")")
            && (i + 1..close)
                .all(|k| toks[k].low == "," || !toks[k].punct && (!toks[k].capitalised() || toks[k].possessive))
            && toks
                .get(close + 1)
                .is_some_and(|n| matches!(n.low.as_str(), "and" | "+" | "&" | ","))
        {
            i = close + 1;
            continue;
        }
        // ("with Chidi + Lena + sales team": a plus goes on with the list as a comma does.)
        if used[i] || t.punct && !matches!(t.low.as_str(), "," | "+") {
            if t.low == ":" {
                before_colon.get_or_insert(out.len());
            }
            after_trigger = false;
            after_with = false;
            opening_list = false;
            i += 1;
            continue;
        }
        // "free for meeting jin": "meeting" as a verb introduces people as "meet" does (not "free
        // time for meeting with finance team", where "with" does).
        let meeting_someone = t.low == "meeting"
            && i > 0
            && matches!(
                toks[i - 1].low.as_str(),
                "for" | "i'm" | "am" | "we're" | "are" | "about" | "before" | "after"
            )
            && toks.get(i + 1).is_none_or(|n| n.low != "with");
        // "Thanks!", "Best regards, Julian", "With thanks,": what follows a sign-off is a signature.
        // (Not "The commuter - yours truly - has nodded off": oneself, set off by dashes.)
        let aside = i > 0 && t.low == "yours" && matches!(toks[i - 1].low.as_str(), "-" | "–" | "—" | "(");
        // (Nor "I keep trilling 'lovely, thanks!' through a mouthful of wool …": a signature is
        // short, and the request goes on after this.)
        let signature_follows = SIGN_OFFS
            .iter()
            .any(|s| starts_with(toks, i, s) && toks.len() <= i + s.len() + 12)
            || words::CLOSING_WISHES.iter().any(|s| {
                starts_with(toks, i, s)
                    && toks.len() <= i + s.len() + 5
                    && toks
                        .get(i + s.len())
                        .is_some_and(|t| !matches!(t.low.as_str(), "and" | "&" | "but" | "so"))
            });
        // ("… - mornings only\nThanks!\nRhiannon\nCoordinator, …": a sign-off and a punctuation
        // mark before a signature alone, even with no stop before them.)
        let signed_off = SIGN_OFFS.iter().chain(words::CLOSING_WISHES).any(|s| {
            starts_with(toks, i, s)
                && i > 0
                && (toks[i - 1].punct
                    || toks
                        .get(i + s.len())
                        .is_some_and(|t| matches!(t.low.as_str(), "!" | ",")))
                && names::signature_tail(toks, i + s.len())
        }) || t.low == "love"
            // ("… before Christmas?\n\nLove,\nDorothy": a friend's, after a stop; not "Okay, love,
            // cancel my call with Tom".)
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "." | "!" | "?")
            && starts_with(toks, i + 1, &[","])
            && names::signature_tail(toks, i + 2);
        if i > 0 && (toks[i - 1].punct && signature_follows || signed_off) && !aside {
            break;
        }
        // "Yours, Buckling in the Valley. AUNTIE REPLIES: …", "Love, me. P.S. …": a sign-off and
        // the name signed, with more after them, end a letter quoted in a longer text.
        if i > 0
            && toks[i - 1].punct
            && !aside
            && starts_with(toks, i + 1, &[","])
            // (A postcard's "Love, me." or "Love, the Tooth Fairy." only: not "Sure, love, Ana and
            // Bo can join us".)
            && (t.low == "yours" && toks.get(i + 2).is_some_and(Token::capitalised)
                || t.low == "love" && starts_with(toks, i + 2, &["me", "."])
                || t.low == "love"
                    && starts_with(toks, i + 2, &["the"])
                    && toks.get(i + 3).is_some_and(Token::capitalised))
        {
            i = (i + 2..toks.len())
                .find(|&k| matches!(toks[k].low.as_str(), "." | "!"))
                .unwrap_or(toks.len());
            continue;
        }
        if let Some(end) = lists::family_did(toks, i) {
            i = end;
            continue;
        }
        // "With the fleet out and the office quiet, …": the scene, not people to meet.
        if let Some(comma) = names::sets_the_scene(toks, i) {
            i = comma;
            continue;
        }
        // "send an invite to anya and bjorn", "talk to chiara": those invited or talked to.
        // ("sit across a table from priyanka": whom one sits facing.)
        if (matches!(t.low.as_str(), "with" | "meet" | "catch") || names::across_table_from(toks, i))
            && !falls_ill(toks, i)
            && !names::keeps_level(toks, i)
            && !names::clashes(toks, i)
            && !names::with_feeling(toks, i)
            && !names::gone_off_to_talk(toks, i)
            && !names::titled_with(toks, i)
            && !names::done_without(toks, i)
            && !names::gets_on_with(toks, i)
            && !names::behind_with(toks, i)
            && !names::content_with(toks, i)
            || meeting_someone
            || to_someone(toks, i)
        {
            after_trigger = true;
            after_with = true;
            // "a call with the landlord": what the meeting is, then who it is with; "today's 3
            // o'clock with the HR business partner": the meeting named by its time.
            // ("the 14:00 driver briefing w/ the union rep": a briefing too.)
            let met = t.low == "with"
                && i > 0
                && (MEETING_NOUNS.contains(&toks[i - 1].low.as_str())
                    || toks[i - 1].low == "briefing"
                    || used[i - 1]
                        && (toks[i - 1].low.contains(|c: char| c.is_ascii_digit())
                            || super::durations::is_length(&toks[i - 1].low)
                            || matches!(toks[i - 1].low.as_str(), "o'clock" | "noon" | "midday" | "midnight")));
            // "the design team (Ana, Bo)", "finance (Ines and Ravi)": the people listed are the
            // ones to meet; else a group.
            // "with the tenants, the Oyelaran-Bergs,": who they are, a household by its family
            // name, says whom the plural means.
            let household_named = starts_with(toks, i + 1, &["the"])
                && toks
                    .get(i + 2)
                    .is_some_and(|t| !t.capitalised() && t.low.len() > 3 && t.low.ends_with('s'))
                && starts_with(toks, i + 3, &[",", "the"])
                && toks.get(i + 5).is_some_and(|t| {
                    t.capitalised() && !t.punct && !t.possessive && t.low.len() > 3 && t.low.ends_with('s')
                })
                && toks.get(i + 6).is_some_and(|t| t.low == ",");
            // ("W/ THE MERCHANT MR OLUWASEUN DRAYTON-KAYE": shouted, a post before a titled name;
            // the name is who.)
            if let Some(titled) = (i + 3..toks.len().min(i + 5)).find(|&j| {
                starts_with(toks, i + 1, &["the"])
                    && HONORIFICS.contains(&toks[j].low.as_str())
                    && toks[i + 1..=j + 1].iter().all(Token::in_capitals)
                    // (A post, not a group: not "LUNCH W/ THE TEAM MR LEE IS PAYING".)
                    && toks[i + 2..j].iter().all(|t| {
                        !t.punct && !HONORIFICS.contains(&t.low.as_str()) && !GROUP_WORDS.contains(&t.low.as_str())
                    })
            }) {
                i = titled;
            } else if let Some(titled) = lists::titled_after_workplace_post(toks, used, i + 1) {
                i = titled;
            } else if household_named {
                push(Participant::Name(toks[i + 5].orig.clone()), &mut out);
                introduced_later = true;
                i += 6;
            } else if let Some((len, people)) = listed_after(toks, used, i + 1) {
                people.into_iter().for_each(|p| push(p, &mut out));
                introduced_later = true;
                i += 1 + len;
            } else if let Some(words) = names::role_before_name(toks, i + 1).filter(|&words| {
                // ("with the chair of trustees, Mr. Alaric Pemberton-Obi,": the post is the word
                // before "of", whatever it is of.)
                let of = (i + 2..i + 1 + words).find(|&k| toks[k + 1].low == "of");
                let post = toks[of.unwrap_or(i + 1 + words)].low.as_str();
                let name = toks.get(i + 3 + words);
                // ("with the Vancouver architects, Mr. Ethan Lau and Ms. Carys Whitehorse,": posts
                // in the plural too, named by a place, before two names with their titles; not
                // "with the twins, Mr. and Mrs. Lee", "with the nurses, Dr. Kaur and the ward
                // manager", the group and more.)
                let honorific = |k: usize| toks.get(k).is_some_and(|t| HONORIFICS.contains(&t.low.as_str()));
                let placed = toks.get(i + 2).is_some_and(Token::capitalised);
                let titled = placed
                    && honorific(i + 3 + words)
                    && (i + 5 + words..toks.len().min(i + 10 + words))
                        .any(|k| toks[k - 1].low == "and" && honorific(k));
                // ("with the godparents, Ellis Carver and Priya Wainwright-Cole,": or two full
                // names, first and last, and nothing more before the comma.)
                let full = |k: usize| {
                    toks.get(k)
                        .is_some_and(|t| t.capitalised() && !t.punct && !t.possessive)
                        && !honorific(k)
                };
                let two_named = full(i + 3 + words)
                    && full(i + 4 + words)
                    && starts_with(toks, i + 5 + words, &["and"])
                    && full(i + 6 + words)
                    && full(i + 7 + words)
                    && toks
                        .get(i + 8 + words)
                        .is_some_and(|t| matches!(t.low.as_str(), "," | "." | "!" | "?" | ")"));
                // ("with the deputy launching authority, Mrs. Senara Polwhele-Diallo,": or a body's
                // deputy or acting head, one named after.)
                let deputy = toks
                    .get(i + 2)
                    .is_some_and(|t| matches!(t.low.as_str(), "deputy" | "acting" | "vice" | "assistant"))
                    && names::one_persons_post(post)
                    && names::one_named_after(toks, i + 3 + words);
                (!GROUP_WORDS.contains(&post) || deputy)
                    && (!post.ends_with('s') || post.ends_with("ss") || titled || two_named)
                    && name.is_some_and(|name| crate::intent::dates::weekday(&name.low).is_none())
            }) {
                // "with the Lagos team lead, Chidinma Eze,": one person's post, then who holds
                // it (not "with the design team, Ana and Bo": a group, then some of it; nor "with
                // the Lisbon architects, Mon to Wed": people, then when).
                i += 3 + words;
            } else if let Some((len, group)) = group_at(toks, used, i + 1)
                .or_else(|| bare_group_at(toks, used, i + 1))
                .or_else(|| lone_group_at(toks, used, i + 1).filter(|_| anywhere))
                .or_else(|| role_at(toks, used, i + 1, met).filter(|_| anywhere))
                // "my 14:30 with the charity shop manager on the 11th": after what the meeting is,
                // a post of up to three words, in lowercase (not "the new Team Member").
                .or_else(|| {
                    roles::listed_role_at(toks, used, i + 1)
                        .filter(|(len, _)| anywhere && met && toks[i + 2..i + 1 + len].iter().all(|t| !t.capitalised()))
                })
                // "w/ the kreuzberg branch manager + sanjeet": a post of up to three words opens
                // the list as it goes on with one.
                .or_else(|| roles::opening_post_at(toks, used, i + 1).filter(|_| anywhere && t.low == "with"))
                .or_else(|| trades::own_kin_at(toks, used, i + 1, met).filter(|_| anywhere))
                // "when can i meet my landlord": a trade met.
                .or_else(|| {
                    trades::fetched_trade(toks, used, i)
                        .filter(|_| anywhere && t.low == "meet")
                        .map(|(len, trade)| (len - 1, trade))
                })
            {
                // ("I have to stay in the hall with the stranded passengers": those one stays or
                // waits with, no one met.)
                // ("I have to stay at the furnace mouth and guide it down with the furnace builders":
                // further back when a thing is handled with them on the spot, "it" and where it
                // goes right before "with"; not "… and move it online with the design team", "run
                // it remotely with the sales team", the meeting.)
                let handled_on_the_spot = i > 3
                    && toks[i - 2].low == "it"
                    && matches!(
                        toks[i - 1].low.as_str(),
                        "down" | "up" | "in" | "out" | "through" | "over" | "off" | "across" | "along" | "round"
                    )
                    && !matches!(
                        toks[i - 3].low.as_str(),
                        "move"
                            | "push"
                            | "shift"
                            | "bring"
                            | "take"
                            | "put"
                            | "do"
                            | "run"
                            | "hold"
                            | "have"
                            | "book"
                            | "set"
                            | "pull"
                            | "call"
                            | "sort"
                            | "talk"
                            | "go"
                    );
                let stays_with = t.low == "with"
                    && (i.saturating_sub(12)..i)
                        .rev()
                        .take_while(|&j| !toks[j].punct)
                        .any(|v| {
                            // (Only staying or waiting somewhere, said as what one must or will do:
                            // not "I can't wait to catch up with", "stay in sync with", "stay for a
                            // coffee with the team", "remain on the bridge call with the ops team".)
                            // ("I have to stand at the door with the contractors and swab …": or
                            // stand.)
                            (i - v <= 8 || handled_on_the_spot)
                                && matches!(toks[v].low.as_str(), "stay" | "wait" | "remain" | "stand")
                            && v > 0
                            && matches!(
                                toks[v - 1].low.as_str(),
                                "to" | "i" | "we" | "must" | "will" | "i'll" | "we'll"
                            )
                            && toks
                                .get(v + 1)
                                .is_some_and(|n| matches!(n.low.as_str(), "in" | "at" | "on" | "by"))
                            // (Standing somewhere, "stand at the door": not "stand in for Mark",
                            // "stand by with the support team".)
                            && (toks[v].low != "stand" || starts_with(toks, v + 2, &["the"]))
                            && toks.get(v + 2).is_some_and(|n| {
                                !matches!(n.low.as_str(), "sync" | "touch" | "line" | "step" | "contact")
                            })
                            && !toks[v + 1..i].iter().any(|n| {
                                MEETING_NOUNS.contains(&n.low.as_str())
                                    || n.low.starts_with(|c: char| c.is_ascii_digit())
                            })
                        });
                if !stays_with && !names::post_before_named_holder(toks, i + 1, i + 1 + len) {
                    push(Participant::Name(group), &mut out);
                }
                introduced_later = true;
                i += 1 + len;
            } else if let Some(words) = names::role_before_name(toks, i + 1) {
                // "with the candidate, Ms. Haruka Sato, and …": the name that follows is who.
                i += 3 + words;
            } else {
                i += 1;
            }
            continue;
        }
        // "for me and bo and chen": the people listed after "me and" are the ones to meet, as
        // after "with"; "for me, tomasz and femi": so too after "me" and a comma, an "and"
        // closing the list.
        // (After "for", "with" or a question's opening: not "remind me, Bo and Ana are off".)
        // ("me, Hyun-woo and esperanza need 2 hours": or opening the request, the list the subject
        // of what they need or could do; not "me, I need …".)
        // ("for me, Prof. Anneke Verhoeven and the lab manager": a title's full stop goes on; "for
        // me, our accompanist, Mr. Halvard Brekke, and …": as far as a post and a titled name;
        // "for me, dave (my son) and mr pennington": past a note in brackets.)
        let closing_and = (i + 3..toks.len().min(i + 12))
            .take_while(|&k| {
                matches!(toks[k].low.as_str(), "," | "(" | ")")
                    || !toks[k].punct
                    || toks[k].low == "." && HONORIFICS.contains(&toks[k - 1].low.as_str())
            })
            .find(|&k| toks[k].low == "and");
        let opens_subject = i == 0
            && closing_and.is_some_and(|a| {
                toks.get(a + 2).is_some_and(|t| {
                    words::SUBJECT_FOLLOWERS.contains(&t.low.as_str())
                        || words::TOGETHER_FOLLOWERS.contains(&t.low.as_str())
                })
            });
        // ("for me, our accompanist, Mr. Halvard Brekke, and the parish administrator": or one's
        // own, by what they are to the one asking.)
        let someone = |k: usize| {
            toks.get(k).is_some_and(|n| {
                names::name_like(&n.low)
                    && !NOT_NAMES.contains(&n.low.as_str())
                    && !NOT_PEOPLE.contains(&n.low.as_str())
            })
        };
        let own = |k: usize| toks.get(k).is_some_and(|n| matches!(n.low.as_str(), "my" | "our")) && someone(k + 1);
        let listed_after_me = (i > 0 && words::ASKER_LIST_LEADS.contains(&toks[i - 1].low.as_str()) || opens_subject)
            && starts_with(toks, i + 1, &[","])
            && (someone(i + 2) || own(i + 2))
            && closing_and.is_some();
        if t.low == "me" && (toks.get(i + 1).is_some_and(|n| n.low == "and") || listed_after_me) {
            after_trigger = true;
            after_with = true;
            i += 1;
            continue;
        }
        // "find time for the marketing team": a group the time is for.
        // "for the platform crew (Oskar, Mette)": the people listed, as after "with".
        if anywhere
            && t.low == "for"
            && let Some((len, people)) =
                listed_after(toks, used, i + 1).filter(|_| group_at(toks, used, i + 1).is_some())
        {
            people.into_iter().for_each(|p| push(p, &mut out));
            i += 1 + len;
            continue;
        }
        // "run knife-skills training for the new line cooks": whom a session is held for.
        // Not "tomorrow after lunch for the creature sounds": a meal named as a time.
        let as_a_time = i > 1 && matches!(toks[i - 2].low.as_str(), "after" | "before" | "at" | "until" | "by");
        let held_for = i > 0
            && !as_a_time
            // ("Check-in for the conference opens at 8": when one checks in, not a meeting held
            // for someone.)
            && (MEETING_NOUNS.contains(&toks[i - 1].low.as_str()) && toks[i - 1].low != "check-in"
                || words::DELIVERED.contains(&toks[i - 1].low.as_str()));
        // ("forty-five minutes with the practice manager, … to review the new document management
        // training for the secretarial team": whom the thing talked over is for, after those met and
        // what the meeting is to do, no one met; not "an hour with Ana to run a workshop for the
        // sales team", those it is held for.)
        // (A title's full stop ends no sentence: "with Mr. Dominic Fairweather-Ansah, to review".)
        let sentence_start = (0..i)
            .rev()
            .find(|&k| {
                matches!(toks[k].low.as_str(), "!" | "?")
                    || toks[k].low == "." && !(k > 0 && HONORIFICS.contains(&toks[k - 1].low.as_str()))
            })
            .map_or(0, |k| k + 1);
        let talked_over_for = (sentence_start..i)
            .rev()
            .find(|&k| {
                toks[k].low == "to"
                    && toks
                        .get(k + 1)
                        .is_some_and(|v| words::TALKED_OVER.contains(&v.low.as_str()))
            })
            // (Those met named before: not "Book the boardroom with catering to review Q4 for the
            // leadership team", whom it is with.)
            .is_some_and(|k| toks[sentence_start..k].iter().any(|t| t.low == "with"))
            && out
                .iter()
                .any(|p| matches!(p, Participant::Name(n) if n.starts_with(char::is_uppercase)));
        if anywhere
            && t.low == "for"
            && talked_over_for
            && let Some((len, _)) = group_at(toks, used, i + 1).or_else(|| lone_group_at(toks, used, i + 1))
        {
            i += 1 + len;
            continue;
        }
        if anywhere
            && t.low == "for"
            && let Some((len, group)) =
                group_at(toks, used, i + 1).or_else(|| lone_group_at(toks, used, i + 1).filter(|_| held_for))
            // (Not "I look after the music library for the Westbrook Community Orchestra.", the
            // body one works for.)
            && !(toks.get(i + 1).is_some_and(|n| n.low == "the") && bodies::works_for_body(toks, i + 2, i + 1 + len))
        {
            push(Participant::Name(group), &mut out);
            i += 1 + len;
            continue;
        }
        // "where the QA folks (Birgit, Samir) and I are free": the people listed after a group;
        // "scrap sunday 6pm family zoom (grandma, Uncle Petr)": after what the meeting is.
        let meeting_before_list = (MEETING_NOUNS.contains(&t.low.as_str())
            || matches!(t.low.as_str(), "zoom" | "facetime" | "skype" | "hangout"))
            && toks.get(i + 1).is_some_and(|n| n.low == "(");
        if anywhere
            && (t.low == "the" || meeting_before_list)
            && let Some((len, people)) = listed_after(toks, used, i)
        {
            people.into_iter().for_each(|p| push(p, &mut out));
            i += len;
            continue;
        }
        // "Heads up - sunita and I were due to meet", "a slot where ines and I are both free": a
        // name opening a clause with the asker.
        if anywhere
            // "So priyanka and I have agreed …".
            && (i == 0
                || toks[i - 1].punct
                || matches!(toks[i - 1].low.as_str(), "where" | "when" | "whether" | "if" | "so"))
            && !t.capitalised()
            && starts_with(toks, i + 1, &["and", "i"])
            && !used[i]
            && names::name_like(&t.low)
            && ![words::NOT_NAMES, NOT_PEOPLE, MEETING_NOUNS, MEETING_LEADS]
                .iter()
                .any(|list| list.contains(&t.low.as_str()))
        {
            push(Participant::Name(t.orig.clone()), &mut out);
            i += 1;
            continue;
        }
        // "the Antwerp gallery owners pulled out, so …": a group opening the request as the
        // subject of what people do.
        if anywhere
            && i == start
            && let Some((len, group)) = subject_group_at(toks, used, i)
        {
            push(Participant::Name(group), &mut out);
            i += len;
            continue;
        }
        // "when's legal team free for a review": a group without "the" asked to be free.
        if anywhere
            && i > 0
            && (toks[i - 1].low == "when" && toks[i - 1].possessive || matches!(toks[i - 1].low.as_str(), "is" | "are"))
            // (Not "are most people free", "is every team free": how many, no group named.)
            && !matches!(
                t.low.as_str(),
                "most" | "enough" | "many" | "every" | "all" | "some" | "few" | "several" | "both" | "any" | "no"
            )
            && let Some((len, group)) = lists::bare_group_at(toks, used, i).filter(|&(len, _)| {
                toks.get(i + len)
                    .is_some_and(|t| matches!(t.low.as_str(), "free" | "available"))
            })
        {
            push(Participant::Name(group), &mut out);
            i += len;
            continue;
        }
        // "when r the Nwachukwus free for 20m": a household by its family name in the plural, asked
        // to be free.
        if anywhere
            && t.low == "the"
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "are" | "r")
            && toks.get(i + 1).is_some_and(|n| {
                // (A family, not days or rooms: "the Tuesdays", "the Labs", "the Boardrooms".)
                let one = n.low.strip_suffix('s').unwrap_or(&n.low);
                n.capitalised()
                    && !n.punct
                    && !n.possessive
                    && n.low.len() > 3
                    && n.low.ends_with('s')
                    && !used[i + 1]
                    && crate::intent::dates::weekday(one).is_none()
                    && ![
                        "room", "lab", "court", "studio", "hall", "suite", "pitch", "bay", "desk", "space", "office", "pod",
                        "booth", "field", "lane", "gym", "pool",
                    ]
                    .iter()
                    .any(|place| one.ends_with(place))
            })
            && toks.get(i + 2).is_some_and(|n| matches!(n.low.as_str(), "free" | "available"))
            // (Free to meet: not "when are the Alps free of snow".)
            && !starts_with(toks, i + 3, &["of"])
        {
            push(Participant::Name(toks[i + 1].orig.clone()), &mut out);
            i += 2;
            continue;
        }
        // "the tiling contractor can't make …", "to ring the site foreman": someone named by what
        // they do, as the subject of what people do or whom one calls.
        if anywhere
            && !in_what_it_was_for(toks, i)
            && let Some((len, role)) =
                roles::subject_role_at(toks, used, i).or_else(|| roles::called_role_at(toks, used, i))
        {
            // "the customer has pulled out, so Monday's 10:30 with Noor …": a role the story
            // opens with, dropped as an opening name is when people are introduced later.
            if out.is_empty() && !after_with {
                opened_with.push(out.len());
            }
            push(Participant::Name(role), &mut out);
            let skip = usize::from(!matches!(toks[i].low.as_str(), "the" | "my" | "our"));
            i += skip + len;
            continue;
        }
        // "get the procurement team on my calendar": a group named anywhere in a meeting request;
        // not where one is ("between sittings at the tattoo studio").
        // "Mr. Venkataraman from the auditor's office": where someone named comes from.
        // "This reaches you from the conservation studio", "I write from the sorting office", "Oh
        // hi, from the dance studio!": where the one writing is.
        let greeting = |k: usize| matches!(toks[k].low.as_str(), "hello" | "hiya" | "hi" | "hey" | "greetings");
        let written_from = i > 1
            && toks[i - 1].low == "from"
            && (matches!(
                toks[i - 2].low.as_str(),
                "you" | "write" | "writing" | "typing" | "dictating" | "calling" | "texting" | "here"
            ) || greeting(i - 2)
                || i > 2 && toks[i - 2].low == "," && greeting(i - 3));
        // "at the counter of the lost property office", "from the instrument room of the
        // telegraph office": a part of a place (not "the availability of the procurement
        // committee").
        // ("in the door pocket of the yard office": a door's pocket too.)
        let part_of = i > 1
            && toks[i - 1].low == "of"
            && (PLACE_PARTS.contains(&toks[i - 2].low.as_str())
                || toks[i - 2].low == "pocket" && i > 2 && toks[i - 3].low == "door");
        // "Dagny, Ravi and Collins (the data team leads)": a group in parentheses after a name says
        // who those named are.
        let describes_named = i > 1 && toks[i - 1].low == "(" && toks[i - 2].capitalised() && !toks[i - 2].punct;
        // "I'm only reading the arrivals board here": a board read or watched, no group.
        let read = i > 0
            && matches!(
                toks[i - 1].low.as_str(),
                "reading" | "watching" | "scanning" | "studying"
            );
        // "from the back row of the symphony orchestra": a place among a group, not the group met.
        let placed_among = i > 1
            && toks[i - 1].low == "of"
            && matches!(
                toks[i - 2].low.as_str(),
                "row" | "back" | "front" | "middle" | "end" | "corner" | "side" | "edge" | "rear"
            );
        // "that is me, treasurer of the amateur dramatic society", "as chair of the board": the
        // office one holds in a group, no group to meet (not "as some of the finance team need to
        // join", "for me, the rest of the design team and Ana").
        let ones_office = i > 2 && toks[i - 1].low == "of" && words::OFFICES.contains(&toks[i - 2].low.as_str()) && {
            let article = usize::from(matches!(toks[i - 3].low.as_str(), "the" | "a"));
            let at = |back: usize| (i >= 3 + article + back).then(|| toks[i - 3 - article - back].low.as_str());
            matches!(at(0), Some("as" | "am" | "i'm")) || at(0) == Some(",") && at(1) == Some("me")
        };
        // "It saw off the water-polo squad": a rival beaten, no one to meet (not "we beat the sales
        // team at quiz night, book drinks with them").
        let beaten = i > 1
            && !met_with_them_after(toks, i)
            && (toks[i - 1].low == "off" && matches!(toks[i - 2].low.as_str(), "saw" | "sees" | "seen")
                || matches!(toks[i - 1].low.as_str(), "beat" | "defeated" | "outplayed"));
        // "I look after the children's choir at St. Aidan's", "I run the youth choir": the group the
        // one writing leads, no one to meet (not "… book an hour with them", "… a review with all
        // of them").
        let led_by_writer = i > 1
            && !toks[i..].iter().any(|t| matches!(t.low.as_str(), "them" | "they"))
            && names::kept_by_writer(toks, i, false)
            && {
                let verb = i - 1 - usize::from(toks[i - 1].low == "after");
                verb > 0 && matches!(toks[verb - 1].low.as_str(), "i" | "we")
            };
        let located = placed_among
            || beaten
            || led_by_writer
            || ones_office
            || describes_named
            || read
            || i > 0 && matches!(toks[i - 1].low.as_str(), "at" | "in") && !names::drafted(toks, i - 1)
            || part_of
            || i > 1 && toks[i - 1].low == "from" && toks[i - 2].capitalised()
            || written_from;
        // "the same capsule, the same crew, the same meeting": the same thing again, listed among
        // things, no group (not "with the same crew", "invite the same crew as last week").
        let same = toks.get(i + 1).is_some_and(|n| n.low == "same") && i > 0 && toks[i - 1].low == ",";
        // "the pens presented to the heads of delegation as keepsakes": those a thing was given
        // to, no group to meet; "I need to go to the tax office": where one goes, neither.
        // ("has sold the pit to the water board for a reservoir": or a thing sold, leased or lent
        // to them, named between.)
        let handed = |w: &str| {
            matches!(
                w,
                "presented"
                    | "handed"
                    | "given"
                    | "awarded"
                    | "gifted"
                    | "sold"
                    | "leased"
                    | "lent"
                    | "loaned"
                    | "donated"
            )
        };
        // (Not "Lent the projector to the design team last week, book 30 min with them": met
        // after.)
        let met_after = || {
            toks[i..]
                .windows(2)
                .any(|w| matches!(w[0].low.as_str(), "with" | "meet" | "see") && w[1].low == "them")
        };
        let given_to = || {
            i > 1
            && toks[i - 1].low == "to"
            && (handed(&toks[i - 2].low)
                || (i.saturating_sub(5)..i - 2)
                    .rev()
                    .take_while(|&j| !toks[j].punct && toks[j].low != "with")
                    .any(|j| handed(&toks[j].low) && matches!(toks[j + 1].low.as_str(), "the" | "it" | "its" | "our" | "their" | "a"))
                    && !met_after())
            // (Not "to go to the marketing team and walk them through the plan": people met.)
            || names::gone_to(toks, i)
                && (i + 1..toks.len().min(i + 4)).any(|k| matches!(toks[k].low.as_str(), "office" | "hq" | "studio"))
        };
        if anywhere
            && t.low == "the"
            && !located
            && !same
            && !given_to()
            && let Some((len, group)) = group_at(toks, used, i)
        {
            // "the sister-city society has voted to dissolve itself": a group that is no more,
            // no one to meet.
            // (Said of the group itself: not "the legal team to dissolve the LLC".)
            // "The brass band that commissioned it has folded": so too past a clause about it.
            let said_of_it = toks
                .get(i + len)
                .is_some_and(|t| matches!(t.low.as_str(), "has" | "have" | "had" | "is" | "was" | "voted" | "will"))
                || toks
                    .get(i + len)
                    .is_some_and(|t| matches!(t.low.as_str(), "that" | "which" | "who"));
            let defunct = said_of_it
                && toks[i + len..toks.len().min(i + len + 8)]
                    .iter()
                    .take_while(|t| !t.punct)
                    .any(|t| {
                        matches!(
                            t.low.as_str(),
                            "dissolve" | "dissolved" | "disband" | "disbanded" | "folded" | "defunct"
                        )
                    });
            // "the brass band plays on regardless": a group performing, no one to meet.
            // ("The brass band is playing the theme from a film": so too with "is" or "was".)
            let be = usize::from(
                toks.get(i + len)
                    .is_some_and(|t| matches!(t.low.as_str(), "is" | "was" | "are" | "were")),
            );
            let performing = toks.get(i + len + be).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "plays"
                        | "played"
                        | "playing"
                        | "sings"
                        | "sang"
                        | "singing"
                        | "marches"
                        | "marched"
                        | "marching"
                        | "performs"
                ) && (be == 0
                    // (With "is" or "was", only a band, a choir or an orchestra playing a piece
                    // or playing on: not "The dev team is playing catch up", "The church choir
                    // was singing at the wedding, set up a thank-you lunch with them".)
                    || t.low.ends_with("ing")
                        && matches!(toks[i + len - 1].low.as_str(), "band" | "choir" | "orchestra" | "ensemble")
                        && (starts_with(toks, i + len + be + 1, &["on"])
                            || toks
                                .get(i + len + be + 1)
                                .is_some_and(|a| matches!(a.low.as_str(), "the" | "a" | "an"))
                                && toks.get(i + len + be + 2).is_some_and(|p| {
                                    matches!(
                                        p.low.as_str(),
                                        "theme" | "tune" | "song" | "anthem" | "march" | "hymn" | "reel" | "carol" | "music"
                                    )
                                })))
            });
            // "the clear-up crew had hooked it to a crane": what a group had done to a thing, told
            // in the past, moving it somewhere, no one to meet (not "the crew had asked for
            // Monday", "the design team had asked me for a review", "had moved it to Friday").
            // "The water-polo squad has formed a guard of honour with their floats": or has done a
            // thing, in a sentence with no day or hour (not "the design team has asked for a
            // review").
            // (Nor where they are met after: "the design team has requested a review. Book it …
            // with them".)
            let formed = matches!(toks.get(i + len).map(|t| t.low.as_str()), Some("has" | "have"))
                && !met_with_them_after(toks, i + len)
                && toks
                    .get(i + len + 1)
                    .is_some_and(|t| t.low.len() > 4 && t.low.ends_with("ed"))
                && toks
                    .get(i + len + 2)
                    .is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
                && dayless_to_stop(toks, i + len);
            let narrated = formed
                || starts_with(toks, i + len, &["had"])
                    && toks
                        .get(i + len + 1)
                        .is_some_and(|t| t.low.len() > 4 && t.low.ends_with("ed"))
                    && toks.get(i + len + 2).is_some_and(|t| t.low == "it")
                    && toks
                        .get(i + len + 3)
                        .is_some_and(|t| matches!(t.low.as_str(), "to" | "onto" | "into" | "up" | "off" | "down"))
                    && dayless_to_stop(toks, i + len);
            // "the environmental health officers want me on site", "the governor's office has
            // summoned me to the capital": a body calling one away, the reason a meeting moves, no
            // one to meet (not "the finance team wants me to book a call", "the design team wants me
            // at the offsite").
            let has = usize::from(matches!(
                toks.get(i + len).map(|t| t.low.as_str()),
                Some("has" | "have")
            ));
            let summons = toks.get(i + len + has).is_some_and(|t| {
                matches!(
                    t.low.as_str(),
                    "want" | "wants" | "need" | "needs" | "summoned" | "called" | "sent" | "posted"
                )
            }) && starts_with(toks, i + len + has + 1, &["me"])
                && (starts_with(toks, i + len + has + 2, &["on", "site"])
                    || starts_with(toks, i + len + has + 2, &["in", "court"])
                    // ("to the capital", "to the head office": a place, not "to the launch".)
                    || starts_with(toks, i + len + has + 2, &["to", "the"])
                        && toks.get(i + len + has + 4).is_some_and(|t| {
                            t.capitalised()
                                || matches!(t.low.as_str(), "capital" | "office" | "site" | "hq" | "headquarters" | "court")
                        }))
                // (Nor a group met after: "the sales team needs me on site Tuesday, set up a
                // kickoff with them".)
                && !met_with_them_after(toks, i + len);
            // "to agree whether the allotment society buys another rotavator": a group that is the
            // subject of what is to be decided, no one to meet.
            // (Not "see whether the infra team has forty minutes free": whether they are free.)
            // (Nor where they are met or asked after: "decide whether the ops team should present …,
            // and if yes put 15 min in with them", "whether the sales team or the ops team gets the
            // slot", a choice left open.)
            let decided_of = i > 1
                && toks[i - 1].low == "whether"
                && matches!(
                    toks[i - 2].low.as_str(),
                    "agree" | "decide" | "discuss" | "settle" | "vote" | "debate" | "consider"
                )
                && toks.get(i + len).is_none_or(|t| t.low != "or")
                && !toks[i + len..]
                    .iter()
                    .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
                    .any(|t| matches!(t.low.as_str(), "them" | "they"));
            // "The youth football team has a cup match and they need drivers.": a group's own
            // fixture, the story behind the request (not "… book an hour with them").
            // (Not met by the one asking or looped in: "… has a final sign-off meeting with us",
            // "… so loop them in".)
            let fixture = starts_with(toks, i + len, &["has", "a"])
                && !toks[i + len..]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "us" | "me" | "them"))
                && toks[i + len + 2..].iter().take(2).any(|t| {
                    matches!(
                        t.low.as_str(),
                        "match"
                            | "game"
                            | "gig"
                            | "concert"
                            | "tournament"
                            | "fixture"
                            | "final"
                            | "pitch"
                            | "competition"
                            | "gala"
                    )
                });
            // ("I look after the music library for the Westbrook Community Orchestra.": the body one
            // works for.)
            let employer = toks[i].low == "the" && bodies::works_for_body(toks, i + 1, i + len);
            // ("Mornings work best for Lucas since he's on the late shift": the shift someone works,
            // said to be on it, no one met; "a quick call with the nurses on the late shift": or
            // those met said to work it; not "with the night shift", "the night shift's rota", "with
            // everyone on the night shift", "whoever is on the late shift", those on it.)
            // ("… tmrw 4pm re the family group shots list": what it is about, a thing the group
            // names, no one; not "Re the marketing team - can you find an hour with them".)
            let topic = i > 0
                && toks[i].low == "the"
                && matches!(toks[i - 1].low.as_str(), "re" | "regarding" | "concerning")
                && toks
                    .get(i + len)
                    .is_some_and(|t| !t.punct && !t.capitalised() && t.low.chars().all(char::is_alphabetic));
            // ("The ethics committee briefing with Dr. Saskia …": what the meeting is, named by
            // the group, before whom it is with.)
            // ("the exam board moderation visit with Mrs. …": or a word saying what kind of visit
            // first; not "the leadership team strategy meeting with the investors", the group's own.)
            let meeting_at = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    MEETING_NOUNS.contains(&t.low.as_str()) || matches!(t.low.as_str(), "briefing" | "visit")
                }) && toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "with" | "w/"))
            };
            let names_meeting = meeting_at(i + len)
                || toks
                    .get(i + len)
                    .is_some_and(|t| !t.punct && !t.capitalised() && !t.possessive && t.low.len() > 3)
                    && toks.get(i + len + 1).is_some_and(|t| t.low == "visit")
                    && meeting_at(i + len + 1);
            let works_shift = i > 1
                && toks[i - 1].low == "on"
                && toks[i].low == "the"
                && matches!(toks[i + len - 1].low.as_str(), "shift" | "shifts")
                && (toks[i - 2].possessive
                    || !toks[i - 2].capitalised()
                        && (GROUP_WORDS.contains(&toks[i - 2].low.as_str())
                            || toks[i - 2].low.len() > 3 && toks[i - 2].low.ends_with('s'))
                    || matches!(
                        toks[i - 2].low.as_str(),
                        "is" | "am" | "are" | "was" | "were" | "i'm" | "we're" | "they're" | "you're"
                    ))
                && !(i > 2
                    && matches!(
                        toks[i - 3].low.as_str(),
                        "whoever" | "who" | "everyone" | "everybody" | "anyone" | "anybody" | "those" | "whoever's"
                    ));
            // ("to pick the indoor league squad": a team chosen, no one met.)
            let picked = i > 1
                && toks[i].low == "the"
                && matches!(
                    toks[i - 1].low.as_str(),
                    "pick" | "picking" | "select" | "selecting" | "choose" | "choosing"
                )
                && toks[i - 2].low == "to"
                // (Not "to pick the design team's brains", the team met.)
                && !toks[i + len - 1].possessive;
            // ("and the deputy launching authority, Mrs. Senara Polwhele-Diallo,": one person's
            // post, named by the body it stands for, before who holds it.)
            let post_held = toks[i].low == "the"
                && toks
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "deputy" | "acting" | "vice" | "assistant"))
                && starts_with(toks, i + len, &[","])
                && names::one_persons_post(&toks[i + len - 1].low)
                && names::one_named_after(toks, i + len + 1);
            if defunct
                || performing
                || narrated
                || summons
                || decided_of
                || fixture
                || employer
                || works_shift
                || topic
                || names_meeting
                || picked
                || post_held
                || names::ruled_by(toks, i + len)
                || names::met_in_their_post_holder(toks, i + len)
                || names::post_before_named_holder(toks, i, i + len)
                || in_what_it_was_for(toks, i)
                // ("the insurer is satisfied with the sign-out board": what pleases someone.)
                || i > 0 && names::content_with(toks, i - 1)
            {
                i += len;
                continue;
            }
            push(Participant::Name(group), &mut out);
            introduced_later |= with_asker(i + len);
            i += len;
            continue;
        }
        // "whether kai and mira could spare me …", "is hendrik free …": people asked about.
        // ("any chance hamid n yasmin can do an hour": after "any chance" too.)
        // (Not "to agree whether readers can order rare books online": those a decision is about.)
        let decided_whether = t.low == "whether"
            && i > 0
            && matches!(
                toks[i - 1].low.as_str(),
                "agree" | "decide" | "discuss" | "settle" | "vote" | "debate" | "consider"
            );
        if anywhere
            && !decided_whether
            && (SUBJECT_LEADS.contains(&t.low.as_str()) || t.low == "chance" && i > 0 && toks[i - 1].low == "any")
            && let Some((len, people)) = subject_list(toks, used, i + 1)
            // "where ngozi and tomasz can both …": after "where", a list of people (not "where
            // rooms are available").
            && (t.low != "where" || people.len() > 1)
        {
            people.into_iter().for_each(|p| push(p, &mut out));
            i += 1 + len;
            continue;
        }
        // "pencil ana in", "send bo and chen an invite": people as the verb's object.
        // ("I've offered priyanka a 20-minute meeting": whom something is offered only before what
        // is offered; not "I've offered cake, so …".)
        // ("where it would fit, overlapping nothing": a verb closing its clause has no object.)
        if anywhere
            && PERSON_VERBS.contains(&t.low.as_str())
            && toks.get(i + 1).is_some_and(|n| !n.punct)
            && super::kind::verb_can_stand(toks, i)
            && (t.low != "offered" || toks.get(i + 2).is_some_and(|n| matches!(n.low.as_str(), "a" | "an")))
        {
            after_trigger = true;
            after_with = true;
            i += 1;
            continue;
        }
        // "with Tomás, Ngozi and the data team", "with Dana and the investors": a group further
        // down the list; "with Chidi + Lena + sales team", "with Ana and design team": one without
        // "the" after "and" or a plus.
        // "w/ Stavros (plumber) + the homeowner, Dr Ruth Ansah,": a post, then who holds it, named
        // after a comma, is that one person.
        if after_trigger
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "and" | "+")
            && let Some(words) = names::role_before_name(toks, i).filter(|&words| {
                let post = toks[i + words].low.as_str();
                // (A name set off by commas on both sides: not "the architect, Monday at 10
                // works", "the designer, Cafe Luna at 1".)
                let name = i + 2 + words;
                let set_off = (name + 1..toks.len().min(name + 5))
                    .take_while(|&j| toks[j].capitalised() || toks[j].low == "." || toks[j].low == ",")
                    .any(|j| toks[j].low == ",");
                !GROUP_WORDS.contains(&post)
                    && (!post.ends_with('s') || post.ends_with("ss"))
                    && set_off
                    && crate::intent::dates::weekday(&toks[name].low).is_none()
                    && !crate::intent::dates::MONTHS.contains(&toks[name].low.as_str())
            })
        {
            i += 2 + words;
            continue;
        }
        if after_trigger
            && i > 0
            && matches!(toks[i - 1].low.as_str(), "and" | "," | "+")
            && let Some((len, group)) = group_at(toks, used, i)
                // (Not "and two folks from IT (Sven and Lucía)": a count of people named next.)
                .or_else(|| {
                    bare_group_at(toks, used, i).filter(|_| {
                        toks[i - 1].low != ","
                            && !matches!(
                                toks[i].low.as_str(),
                                "two" | "three" | "four" | "five" | "a" | "some" | "few" | "several" | "both" | "all"
                            )
                    })
                })
                .or_else(|| lone_group_at(toks, used, i).filter(|_| anywhere))
                .or_else(|| role_at(toks, used, i, false).filter(|_| anywhere))
                .or_else(|| roles::listed_role_at(toks, used, i).filter(|_| anywhere))
                .or_else(|| roles::their_role_at(toks, used, i).filter(|_| anywhere))
                // "with j.moreau@… + my CFO", "with Ana and my accountant": one's own, last in
                // the list (after a comma, "Ana, my accountant" says who Ana is).
                .or_else(|| trades::own_kin_at(toks, used, i, toks[i - 1].low == "and").filter(|_| anywhere))
        {
            // "with Mrs. Brandt, the physiotherapist, on …": what the one named is, set off by
            // commas, is no one else.
            let apposition = toks[i - 1].low == ","
                && i > 1
                && toks[i - 2].capitalised()
                && toks.get(i + len).is_some_and(|t| t.low == ",");
            // ("…, and the head teacher, Mrs. Ruth Oyinlola.": a post, then who holds it, named
            // next.)
            // (A name, not a day: not "with Ana and the architect, Monday at 10 works".)
            // (A title or a first name and a family name: not "the accountant, Thanks!", "the
            // caterer, Next Tuesday at noon", "the landlord, Zoom is fine".)
            let named = |k: usize| {
                toks.get(k).is_some_and(|name| {
                    name.capitalised()
                        && !name.punct
                        && crate::intent::dates::weekday(&name.low).is_none()
                        && crate::intent::dates::month(&name.low).is_none()
                        && !matches!(name.low.as_str(), "next" | "this" | "tomorrow" | "today" | "thanks")
                })
            };
            let post_before_name = toks[i - 1].low == "and"
                && names::role_before_name(toks, i).is_some_and(|words| {
                    let at = i + 2 + words;
                    toks.get(at).is_some_and(|t| HONORIFICS.contains(&t.low.as_str())) || named(at) && named(at + 1)
                });
            // ("and the Responsible Financial Officer, Mrs. Eunice Tarrant,": a post in capitals.)
            if !apposition && !post_before_name && !names::post_before_named_holder(toks, i, i + len) {
                push(Participant::Name(group), &mut out);
            }
            i += len;
            continue;
        }
        // "shift anouk's 1:1": someone's meeting, moved or cancelled (not "cancel mum's chiropody
        // appt w/ Mr Baptiste", whose care visit it is).
        if anywhere
            && t.possessive
            && !t.capitalised()
            && !names::client_of_visit(toks, i, i + 1)
            && i > 0
            && matches!(
                toks[i - 1].low.as_str(),
                "shift" | "move" | "cancel" | "reschedule" | "push" | "bump"
            )
            && names::name_like(&t.low)
            && ![NOT_PEOPLE, MEETING_NOUNS, MEETING_LEADS]
                .iter()
                .any(|list| list.contains(&t.low.as_str()))
        {
            push(Participant::Name(t.orig.clone()), &mut out);
            i += 1;
            continue;
        }
        // "I finally got the plumber to look at the boiler", "get the electrician round": a
        // trade one gets to come is someone to meet.
        if anywhere && let Some((len, trade)) = trades::fetched_trade(toks, used, i) {
            push(Participant::Name(trade), &mut out);
            i += len;
            continue;
        }
        // "the dentist on the 3rd at 8:15 - can u push it …": a visit named by its trade.
        if anywhere && let Some((len, trade)) = trades::dated_trade(toks, used, i) {
            push(Participant::Name(trade), &mut out);
            i += len;
            continue;
        }
        // "so i can video call grandma": kin one calls or visits.
        if anywhere && names::called_kin(toks, used, i) {
            push(Participant::Name(t.orig.clone()), &mut out);
            i += 1;
            continue;
        }
        // "walking kiri through the new rota": whom one walks through something.
        if anywhere && names::walked_through(toks, used, i) {
            push(Participant::Name(t.orig.clone()), &mut out);
            i += 1;
            continue;
        }
        // "…, so quickly: priyanka asked to come down": a clause after a colon opens as the
        // request does.
        // "Outlook: sinking, gradually.", "Correction: bath has capsized.": what a heading that names
        // no one introduces is no list of people (not "Attendees: ana, bo").
        // (Nor "Agenda: ana, bo and cy on thursday at 10": a meeting's day or hour after it.)
        let heading = after_other_heading(toks, i)
            && toks[i - 2].capitalised()
            && (i == 2 || toks[i - 3].punct)
            && !(i..toks.len())
                .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "!" | "?"))
                .any(|k| super::dates::day_or_hour_at(toks, k));
        // "Likes: dandelions, phone chargers, the underside of sofas": what someone likes or
        // dislikes, listed, is things.
        let liked = i > 1
            && toks[i - 1].low == ":"
            && matches!(
                toks[i - 2].low.as_str(),
                "likes" | "dislikes" | "hobbies" | "interests" | "favourites" | "favorites" | "diet"
            );
        let at_colon = i > 0 && toks[i - 1].low == ":" && !heading && !liked;
        let opening = (i == start || at_colon) && opens_with_people(toks, used, verbless, i);
        let name_ok = (i > 0 || opening) && (anywhere || after_trigger) && name_start(toks, used, i);
        if (anywhere || after_trigger) && names::post_in_capitals_before_holder(toks, i) {
            i += 1;
            continue;
        }
        if name_ok {
            let (k, name) = name_at(toks, used, i);
            // "with Mrs. Aurelia Mbatha's daughter, Thandiwe,": the name after the comma says who
            // is met, not the one whose kin she is.
            // (Set off by commas: "Ana's lawyer, Bo Chen, and Ana" too, one person; not "lunch with
            // Ana's parents, Bo, and me", a list.)
            let theirs = names::theirs_at(toks, used, k);
            let one = theirs
                .is_some_and(|w| !w.ends_with('s') && !matches!(w, "family" | "staff" | "team" | "office" | "in-laws"));
            let name_end = (toks.get(k + 2).is_some_and(names::names_someone) && name_start(toks, used, k + 2))
                .then(|| name_at(toks, used, k + 2).0);
            let named_after_comma = starts_with(toks, k + 1, &[","])
                && name_end.is_some_and(|end| {
                    starts_with(toks, end, &[","])
                        && toks
                            .get(end + 1)
                            .is_some_and(|t| one || !matches!(t.low.as_str(), "and" | "&" | "+" | "or"))
                });
            if after_with && theirs.is_some() && named_after_comma {
                i = k + 1;
                continue;
            }
            // "cancel the meeting with Emil's parents": the people who are theirs.
            let (k, name) = match names::theirs_at(toks, used, k).filter(|_| after_with) {
                Some(theirs) => (k + 1, format!("{name}'s {theirs}")),
                None => (k, name),
            };
            // "wants me to DJ", "the OKR review": a word in capitals is an acronym unless
            // introduced as someone to meet; "a conference in Lyon", "flying to Reykjavik": a place
            // ("pencil in Ana" is someone).
            // "hauled in Mr Castellanos": someone gathered, no place.
            // "the House has divided": the chamber; "Warrant's signed.": a thing said to be done.
            let chamber = i > 0 && toks[i - 1].low == "the" && t.low == "house";
            // "welcome back to Stuck, the podcast about being stuck": a work named, then said what
            // it is; "Sir, I write to you …", "I remain, Sir, your obedient servant": the one a
            // letter is written to.
            // (Not "Priya, the program manager", "Ana Lopez, the podcast host": one who works on it.)
            let work = starts_with(toks, k, &[",", "the"])
                && toks.get(k + 2).is_some_and(|n| {
                    matches!(
                        n.low.as_str(),
                        "podcast"
                            | "show"
                            | "programme"
                            | "program"
                            | "series"
                            | "magazine"
                            | "newsletter"
                            | "album"
                            | "film"
                    )
                })
                && toks
                    .get(k + 3)
                    .is_some_and(|n| n.punct || matches!(n.low.as_str(), "about" | "that" | "where" | "on" | "for"));
            let sir = k == i + 1 && t.low == "sir" && starts_with(toks, k, &[","]);
            // "Plan, for the attention of my assistant: …": a memo's heading, addressed on.
            // (Only one meant for the assistant, opening what is said: not "with Priya, for the
            // attention of her manager".)
            // "(cont.) Admin, for my assistant, who …", "Spoken, between gasps, for my assistant:",
            // "Prose interlude, for my assistant, since …": so is a word opening a sentence before
            // "for my assistant", a few lowercase words between, and a colon, or a comma and who or
            // why (not "Candidates: Priya, for my assistant job", "Ana, for my assistant, is
            // joining", "Ana, book a room for my assistant and me").
            // (Set off by a comma, after at most one more word: not "Ana will cover for my
            // assistant, as …", "Lena is standing in for my assistant:".)
            let comma = (k..toks.len().min(k + 2)).find(|&j| toks[j].low == ",");
            // ("Message, tapped into my phone for my assistant": a few words on.)
            let for_the_assistant = comma.is_some_and(|c| toks[k..c].iter().all(|t| !t.capitalised()))
                && (comma.unwrap_or(k)..toks.len().min(k + 7))
                    .take_while(|&j| j == k || !toks[j].capitalised())
                    .any(|j| {
                        // ("Remarks, for my assistant, written on my clipboard", "Message, tapped
                        // into my phone for my assistant as I pass": how it was written, too; not
                        // "Bo, covering for my assistant while she's away", someone's work.)
                        let written = |n: &Token| {
                            matches!(
                                n.low.as_str(),
                                "written"
                                    | "typed"
                                    | "scrawled"
                                    | "scribbled"
                                    | "jotted"
                                    | "whispered"
                                    | "tapped"
                                    | "dictated"
                                    | "texted"
                                    | "shouted"
                                    | "held"
                            )
                        };
                        let how_written = toks[k..j].iter().any(written);
                        let at_work = toks[k..j].iter().any(|t| t.low.len() > 4 && t.low.ends_with("ing"));
                        starts_with(toks, j, &["for", "my", "assistant"])
                            && !at_work
                            && toks.get(j + 3).is_some_and(|t| {
                                t.low == ":"
                                    || how_written && matches!(t.low.as_str(), "as" | "while")
                                    || t.low == ","
                                        && toks.get(j + 4).is_some_and(|n| {
                                            matches!(n.low.as_str(), "who" | "since" | "typed" | "as" | "because")
                                                || written(n)
                                        })
                            })
                    });
            let memo = k == i + 1
                && (i == 0 || matches!(toks[i - 1].low.as_str(), "." | "!" | "?" | ")"))
                && (starts_with(toks, k, &[",", "for", "the", "attention", "of"])
                    && toks[k + 5..].iter().take(2).any(|t| t.low == "assistant")
                    || for_the_assistant);
            // "A CHILD (off): Found you!", "Got them again!": a cry of what was done to someone.
            // (Opening what is said: not "show Ana them again".)
            let cry = k == i + 1
                && i > 0
                && toks[i - 1].punct
                && toks
                    .get(k)
                    .is_some_and(|n| matches!(n.low.as_str(), "you" | "them" | "him" | "her" | "us"))
                && toks.get(k + 1).is_some_and(|n| matches!(n.low.as_str(), "!" | "again"));
            // "Section B - what happened", "Dear Sir or Madam", "Lost Cause: my white trainers.",
            // "Office Memo, …": the layout of a form, a letter or a list, no one (see `layout`).
            if let Some(end) = layout::numbered_part(toks, i, k) {
                i = end;
                continue;
            }
            let laid_out = layout::laid_out(toks, i, k)
                || k == i + 1 && opens_a_sentence(toks, i) && layout::rule_for_all(toks, i);
            if work || sir || cry || memo || laid_out || names::acted_for(toks, i, k) {
                i = k;
                continue;
            }
            let signed = t.low == "warrant" && t.possessive && opens_a_sentence(toks, i);
            // "the contestant on the Greasy Pole", "drinks at the Red Lion": a place or a thing
            // named, after "the" and where it is (not "with the Smiths").
            // (Nor "at the Garcias'", "at the Johnsons": a family at home.)
            let named_place = i > 1
                && toks[i - 1].low == "the"
                && !toks[k - 1].low.trim_end_matches('\'').ends_with('s')
                && matches!(
                    toks[i - 2].low.as_str(),
                    "on" | "at" | "along" | "across" | "near" | "beside" | "outside" | "inside" | "onto"
                );
            let place = chamber
                || signed
                || named_place
                || i > 1
                    && toks[i - 1].low == "in"
                    && !PERSON_VERBS.contains(&toks[i - 2].low.as_str())
                    && !names::drafted(toks, i - 1)
                || names::travelled_to(toks, i)
                || bodies::group_of_origin(toks, i, k)
                || i > 0
                    && (crate::intent::lexer::house_number_at(toks, i - 1)
                        || crate::intent::clock::chambers_number_at(toks, i - 1));
            // "I am PhD student", "I'm Julian from accounts": what or who the one asking is.
            // "I'm a Year 6 teacher": what the one asking is, after "a" too.
            let article = usize::from(i > 1 && matches!(toks[i - 1].low.as_str(), "a" | "an"));
            let asker = i > article && toks[i - 1 - article].low == "i'm"
                || i > 1 + article && toks[i - 2 - article].low == "i" && toks[i - 1 - article].low == "am";
            // "tell me where it stands at Fair": a barometer's reading, not someone met there.
            let reading = k == i + 1 && t.low == "fair" && i > 0 && matches!(toks[i - 1].low.as_str(), "at" | "set");
            if !after_trigger
                && (k == i + 1 && (acronym(t) || emphasis(t))
                    || reading
                    || place
                    || asker
                    || names::addressed_in_quote(toks, k)

                    // "So, in the voice I do best: Recalculating.": a doing said as a sentence after a
                    // colon.
                    // (Not "with: Fleming.", "Cc: Henning!": a surname after a heading of people.)
                    || k == i + 1
                        && after_other_heading(toks, i)
                        && t.low.len() > 9
                        && t.low.ends_with("ing")
                        && toks.get(k).is_some_and(|n| matches!(n.low.as_str(), "." | "!"))
                    || names::describes_a_thing(toks, used, i, k)
                    || layout::of_the_house(toks, i, k)
                    || names::the_word_itself(toks, k)
                    || names::a_things_name(toks, i))
            {
                i = k;
                continue;
            }
            // "… do not reserve yet. Only look please", "Go ahead and grab …": a capitalised word
            // opening a sentence is an ordinary word unless what follows makes it someone.
            // "Q: What are you doing? A: Extreme ironing.": an answer in an interview opens as a
            // sentence does (not "Q: Ana free Tuesday?", asked).
            // "Hon. Members: Shame! … Hon. Members: Hear, hear!": so does a turn of a transcript,
            // after a speaker's label said twice or more.
            let answered = k == i + 1
                && after_other_heading(toks, i)
                && (matches!(toks[i - 2].low.as_str(), "a" | "answer") && interview(toks)
                    || layout::turn_of_a_transcript(toks, i - 1));
            // "SOLUTION: Grip armrests.", "CAUSE: Gravity.", "Subject: Welly Wanging, village show
            // field.", "Title: Returned, with regret.": what a heading in capitals or a subject or
            // title line names is a thing, unless said to do something ("URGENT: Ana can't make it", "FYI: Ana Lopez joining", "UPDATE: Ana's
            // flight").
            let titled = after_other_heading(toks, i)
                && (matches!(toks[i - 2].low.as_str(), "subject" | "topic")
                    // (A title naming what was done only: not "Title: Ana.")
                    || toks[i - 2].low == "title" && names::participle(&t.low)
                    || toks[i - 2].orig.len() > 2 && toks[i - 2].in_capitals())
                && !toks[k - 1].possessive
                && toks.get(k).is_none_or(|n| {
                    // ("PROBLEM: Chair is spinning": said of a thing; "Subject: Welly Wanging,
                    // village show field.": described by a place, not "URGENT: Priya, Tom and I
                    // …", "FYI: Bo Chen, our new PM, …", "Subject: Ana / Bo sync", "Dana from
                    // finance", "Priya to set up …", "Priya 1:1".)
                    let thing_state = matches!(n.low.as_str(), "is" | "was")
                        && toks
                            .get(k + 1)
                            .is_some_and(|s| words::THING_STATES.contains(&s.low.as_str()));
                    // ("Priya to set up …", "Ana can't make it", "Ana Lopez joining": a word that
                    // goes on with what the one named does.)
                    let goes_on = |n: &Token| {
                        matches!(n.low.as_str(), "and" | "or" | "from" | "to")
                            || SUBJECT_VERBS.contains(&n.low.as_str())
                            || n.low.len() > 4 && n.low.ends_with("ing")
                    };
                    // ("IN-FLIGHT SAFETY CARD: WING-WALKING DISPLAY, COUNTY AIR FAIR.": or a place
                    // in capitals too.)
                    // (Only a name itself in capitals: not "URGENT: Priya, CEO, needs …".)
                    let shouted_name = t.in_capitals();
                    let described = n.low == ","
                        && toks.get(k + 1).is_some_and(|s| {
                            !s.punct
                                && (!s.capitalised() || shouted_name && s.orig.len() > 2 && s.in_capitals())
                                && !matches!(
                                    s.low.as_str(),
                                    "our"
                                        | "my"
                                        | "his"
                                        | "her"
                                        | "their"
                                        | "the"
                                        | "a"
                                        | "an"
                                        | "and"
                                        | "from"
                                        | "who"
                                        | "me"
                                        | "i"
                                )
                        });
                    // ("PILOT: Then I'll be the person with the pigeon.": a word before a clause
                    // of one's own.)
                    matches!(n.low.as_str(), "." | "!" | "i'll" | "i'm" | "i've" | "i'd")
                        || thing_state
                        || described
                        || lowercase_word(n) && !goes_on(n)
                });
            if !after_trigger && titled {
                i = k;
                continue;
            }
            if !after_trigger
                && !opening
                && (opens_a_sentence(toks, i) || answered)
                // "Sob!", "Marvellous.", "Typical.": a word said alone as a sentence is no one either;
                // nor is one set against what follows ("Count, but settle nobody in"), nor a doing
                // said to be where or all something is ("Circling is where your part ends").
                && (!someone_follows(toks, used, k)
                    || signs_off(toks, i)
                    || k == i + 1 && doing_is_where(toks, i)
                    || k == i + 1
                        && (feeling(t)
                            // "Spying only, please", "Headcount only.": a doing or a count, and
                            // no more; "Dismounting, the guide regrets to report, is …": a long
                            // doing set off by a comma.
                            || t.low.ends_with("ing") && toks.get(k).is_some_and(|n| n.low == "only")
                            || t.low.ends_with("ing")
                                && t.low.len() > 9
                                && toks.get(k).is_some_and(|n| n.low == ",")
                                // (Not "Hemmerling, Ana and I need …": a name listed.)
                                && toks.get(k + 1).is_some_and(|n| {
                                    matches!(n.low.as_str(), "the" | "a" | "an" | "it" | "this" | "that" | "my" | "sadly")
                                })
                            // (Not "Book a review for tomorrow at 10. Priya only.": with no one
                            // met named before, it names who.)
                            || starts_with(toks, k, &["only"])
                                && toks.get(k + 1).is_some_and(|n| n.punct)
                                && toks[..i].iter().any(|t| matches!(t.low.as_str(), "with" | "w/"))
                            // "Asked and answered.": participles said as a sentence (not "Jared and I").
                            || names::participle(&t.low)
                                && (toks.get(k).is_some_and(|n| n.punct)
                                    || toks.get(k).is_some_and(|n| n.low == "and")
                                        && toks.get(k + 1).is_some_and(|n| names::participle(&n.low)))
                            || lowercase_elsewhere(toks, i)
                            || toks.get(k).is_some_and(|n| matches!(n.low.as_str(), "!" | "."))
                            // "Deliberate?": a word of intent or doubt asked alone (not "Ana?",
                            // "Applegate?").
                            || k == i + 1
                                && starts_with(toks, k, &["?"])
                                && matches!(
                                    t.low.as_str(),
                                    "deliberate" | "intentional" | "accidental" | "seriously" | "really" | "possible"
                                )
                            // "Lo, the director crieth", "Well, …", "Arr - the chest be open!": an
                            // interjection before a comma or a dash.
                            || k == i + 1
                                && INTERJECTIONS.contains(&t.low.as_str())
                                && toks.get(k).is_some_and(|n| matches!(n.low.as_str(), "," | "-" | "–" | "—"))
                            // "Wobble, wobble on the promenade": a word said twice, a cry.
                            || k == i + 1
                                && starts_with(toks, k, &[","])
                                && toks.get(k + 1).is_some_and(|n| n.low == t.low)
                            // "Driver's door's froze shut": a part of a thing, its own "'s" after.
                            || k == i + 1
                                && t.possessive
                                && toks.get(k).is_some_and(|n| n.possessive && !n.capitalised())
                            // "Nature, in all its splendour, is not always kind.": a thing, set off
                            // by what it is in all its glory.
                            || k == i + 1
                                && starts_with(toks, k, &[","])
                                && toks.get(k + 1).is_some_and(|n| matches!(n.low.as_str(), "in" | "for" | "with"))
                                && toks.get(k + 2).is_some_and(|n| n.low == "all")
                            // "Observation: clanking intensifies.", "Action: book it": a heading
                            // (not "Tom: can we meet Tuesday?", "Ana: free Thursday?": someone
                            // speaking or asked); "Verdict: would not do again.",
                            // "Recommendation: do not tick the box": so too a word that names a
                            // judgement before a verb denied with no one doing it (not "Tom: would
                            // you not rather …", "Marco: does not do Mondays").
                            // "Q: And what are you doing up there?": a letter before a colon
                            // labels a turn of an interview (not "M: can we move our 1:1 …").
                            || k == i + 1
                                && matches!(t.low.as_str(), "q" | "a")
                                && toks.get(k).is_some_and(|n| n.low == ":")
                                && interview(toks)
                            || k == i + 1
                                && toks.get(k).is_some_and(|n| n.low == ":")
                                && toks.get(k + 1).is_some_and(|n| {
                                    !SPOKEN_TO.contains(&n.low.as_str())
                                        || ["tion", "sion", "ment", "ness", "dict", "sis"]
                                            .iter()
                                            .any(|end| t.low.ends_with(end))
                                            && matches!(n.low.as_str(), "would" | "will" | "do" | "can" | "could")
                                            && toks.get(k + 2).is_some_and(|m| matches!(m.low.as_str(), "not" | "never"))
                                })
                            // "Inside, it was hot as a furnace": where or how, before the past it
                            // sets (not "Ana, it would be great …", "Tom, there's a clash").
                            || k == i + 1
                                && toks.get(k).is_some_and(|n| n.low == ",")
                                && toks.get(k + 1).is_some_and(|n| matches!(n.low.as_str(), "it" | "there"))
                                && toks.get(k + 2).is_some_and(|n| matches!(n.low.as_str(), "was" | "were"))
                            // "Rock and roll.": a pair said as a sentence, its second word
                            // lowercase (not "Ana and bo can …", nor "Sam and me.", "Ana and
                            // family.", "Tom and co.").
                            || toks.get(k).is_some_and(|n| n.low == "and")
                                && toks.get(k + 1).is_some_and(|n| {
                                    !n.punct
                                        && !n.capitalised()
                                        && !matches!(
                                            n.low.as_str(),
                                            "me" | "us" | "i" | "family" | "co" | "friends" | "kids" | "partner"
                                        )
                                })
                                && toks.get(k + 2).is_some_and(|n| matches!(n.low.as_str(), "!" | "."))
                            || starts_with(toks, k, &[",", "but"])))
            {
                i = k;
                continue;
            }
            // "Petra here", "(Mr. Brandt's EA)": the one writing, or someone's role, unless
            // introduced as someone to meet.
            let in_parentheses = i > 0 && toks[i - 1].low == "(";
            // "got back to me about Leo's reading": what is someone's, talked about; "go to
            // Sanne's party": someone's occasion.
            let occasion = toks.get(k).is_some_and(|n| {
                matches!(
                    n.low.as_str(),
                    "party" | "wedding" | "birthday" | "funeral" | "concert" | "gig" | "recital" | "graduation"
                )
            });
            // "Biscuit's appointment with the vet": someone else's appointment, whom it is with
            // named after it.
            let appointment_with = starts_with(toks, k, &["appointment", "with"]);
            let about_theirs = toks[k - 1].possessive
                && (occasion
                    || appointment_with
                    || i > 0
                        && matches!(toks[i - 1].low.as_str(), "about" | "regarding" | "re")
                        && toks.get(k).is_some_and(|n| !n.punct && !n.capitalised()));
            // "Sleep lab technician here": the one writing, named by what they do.
            // (Not "Ask Maria to meet me here": words between that do something.)
            let writing_here = (k..k + 4)
                .take_while(|&j| {
                    toks.get(j).is_some_and(|t| {
                        !t.punct
                            && !t.capitalised()
                            && !matches!(
                                t.low.as_str(),
                                "to" | "me" | "in" | "and" | "meet" | "sit" | "at" | "on" | "of" | "the" | "a" | "is"
                            )
                    })
                })
                .any(|j| toks[j].low == "here");
            // "Hi, this is Tenzin - I manage Dr. Ifeoma Eze's calendar": the one writing, introduced.
            // (Opening the request, or after a greeting ("Hi Tom, this is Grace", "Dear all, this is
            // …"): not "Priya, this is Jordan, our new designer", "Quick one. This is Anika Shah, my
            // replacement", nor "This is Kenji Ito, the new CFO - set up …", someone introduced to
            // be met.)
            let greeted = toks
                .first()
                .is_some_and(|t| matches!(t.low.as_str(), "hi" | "hello" | "hey" | "dear"))
                && i <= 6
                && !toks[..i.saturating_sub(2)]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "." | "!" | "?" | ":"));
            let newcomer = toks[k..].iter().take(5).any(|t| {
                matches!(
                    t.low.as_str(),
                    "new" | "replacement" | "taking" | "joining" | "joins" | "starts" | "starting"
                )
            });
            // ("Hi, it's Aigerim, I keep the rota for …": "it's" or "I'm" too, then a comma.)
            let named_oneself = i > 0
                && (toks[i - 1].low == "i'm" || toks[i - 1].low == "it" && toks[i - 1].possessive)
                && (i == 1
                    || greeted
                    || toks
                        .first()
                        .is_some_and(|t| matches!(t.low.as_str(), "hi" | "hello" | "hey"))
                        && i <= 4)
                && (toks.get(k).is_some_and(|t| t.low == ",") && toks.get(k + 1).is_some_and(|t| t.low == "i")
                    // "Hi, it's Priscilla at the skin clinic front desk.": or where they write from,
                    // a sentence of its own, for someone else's diary (not "hey it's Bo from the gym
                    // - can we move our session", one of the two who meet).
                    || (toks.get(k).is_some_and(|t| t.low == ".")
                        || toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "at" | "from"))
                            && toks.get(k + 1).is_some_and(|t| t.low == "the" || t.capitalised())
                            && toks.get(k + 2).is_some_and(|t| !t.low.starts_with(|c: char| c.is_ascii_digit()))
                            && toks[k..].iter().take(10).take_while(|t| !t.punct || t.low == ".").any(|t| t.low == "."))
                        && !toks[k..].iter().any(|t| matches!(t.low.as_str(), "we" | "our" | "us" | "we're")));
            let introduced =
                i > 1 && toks[i - 1].low == "is" && toks[i - 2].low == "this" && (i == 2 || greeted) && !newcomer
                    || named_oneself;
            let post_of_theirs = names::whose_post_said(toks, i, k);
            let aside = introduced
                || no_one::named_as_no_one(toks, i, k)
                || no_one::said_of_one_named_before(toks, i, k, &out)
                || post_of_theirs.is_some()
                || place_met_at(toks, i, k, &out)
                || !after_trigger
                    && (toks.get(k).is_some_and(|t| t.low == "here")
                        || names::role_at_post(toks, i, k)
                        || writing_here
                        || in_parentheses && toks[i..k].iter().any(|t| t.possessive)
                        || about_theirs);
            if !aside {
                let before = out.len();
                push(Participant::Name(name), &mut out);
                let alone = toks.get(k).is_none_or(|n| !matches!(n.low.as_str(), "and" | "," | "&"));
                // "Nino needs 40 minutes with Levan Beridze and me": who needs time with others
                // and the one asking is met too, not only the one whose diary it is.
                // (In the same clause, "with" others "and me": not "…; between you and me", "… ping
                // Omar and me", another clause's "me".)
                let meets_asker_too = toks
                    .get(k)
                    .is_some_and(|n| matches!(n.low.as_str(), "needs" | "wants" | "would"))
                    && toks[k..]
                        .iter()
                        .take_while(|t| !t.punct)
                        .position(|t| t.low == "with")
                        .is_some_and(|w| {
                            toks[k + w..]
                                .windows(2)
                                .take(6)
                                .take_while(|p| !p[0].punct)
                                .any(|p| matches!(p[0].low.as_str(), "and" | "&" | "+") && p[1].low == "me")
                        });
                if opening && i == start && !after_trigger && alone && !meets_asker_too && out.len() > before {
                    opened_with.push(before);
                }
                introduced_later |= (after_with || with_asker(k)) && !opening;
            }
            // ("Miss Adebayo, Noor's class teacher, and the deputy head": the list goes on past the
            // post said of the one before.)
            i = post_of_theirs.unwrap_or(k);
            continue;
        }
        // "bo and chen, 1h next week", "bo can't make …": lowercase names opening a request,
        // read as if after "with".
        // "forklift, distribution warehouse. …": a scene's label, a word and two or three more
        // after its comma, ending a sentence, is no list of people.
        let label = starts_with(toks, i + 1, &[","])
            && (4..=5).any(|end| {
                (i + 2..i + end).all(|k| {
                    toks.get(k).is_some_and(|w| {
                        !w.punct
                            && !w.capitalised()
                            && w.low != "and"
                            && w.low.chars().all(char::is_alphabetic)
                            && !super::dates::day_named_at(toks, k)
                            && super::clock::part_word(&w.low).is_none()
                    })
                }) && toks.get(i + end).is_some_and(|w| matches!(w.low.as_str(), "." | "!"))
            });
        // "Areas for improvement: aim, release, dignity.": words listed after a heading that names
        // no one, in a sentence with no day, hour or length, are no list of people either (not
        // "quick q: ana free monday?", "quick one: bo, chen, 1h next week").
        // (Only with people met named in another sentence, and no "and" in the list: not "new
        // project kickoff: bo, chen, dana. find a slot next week.", "bo, chen and dana want to
        // meet".)
        let things_listed = i > 1 && toks[i - 1].low == ":" && after_other_heading(toks, i) && {
            let end = (i..toks.len())
                .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?"))
                .unwrap_or(toks.len());
            let start = (0..i)
                .rev()
                .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?"))
                .map_or(0, |k| k + 1);
            toks.get(end).is_some_and(|t| t.low == ".")
                && toks[i..end].iter().any(|t| t.low == ",")
                && !toks[i..end].iter().any(|t| t.low == "and")
                && toks[..start].iter().chain(&toks[end..]).any(|t| t.low == "with")
                && !(i..end).any(|k| {
                    super::dates::day_or_hour_at(toks, k)
                        || toks[k].low.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(toks[k].low.as_str(), "me" | "i" | "us")
                        || super::clock::part_word(&toks[k].low).is_some()
                })
        };
        // "the floorboard beetle: plain and descriptive, and favoured by the committee.": what a
        // thing is like, after its colon, no list of people (not "quick one: bo and chen, 1h").
        let described = i > 0 && toks[i - 1].low == ":" && {
            let end = (i..toks.len())
                .find(|&k| matches!(toks[k].low.as_str(), "." | "!" | "?" | ";"))
                .unwrap_or(toks.len());
            // (Right after the colon, and no word of when or how: not "invite: ana, bo and chen if
            // available", "with: priya and sam, if possible".)
            (i..end.min(i + 4)).any(|k| {
                let low = toks[k].low.as_str();
                low.len() > 6
                    && ["ive", "ous", "ful", "able", "ible"].iter().any(|e| low.ends_with(e))
                    && !matches!(
                        low,
                        "available"
                            | "possible"
                            | "feasible"
                            | "suitable"
                            | "flexible"
                            | "comfortable"
                            | "sensible"
                            | "executive"
                            | "informative"
                            | "responsive"
                    )
                    || names::participle(low) && toks.get(k + 1).is_some_and(|n| n.low == "by") && k < i + 3
            })
        };
        if anywhere && opening && !t.capitalised() && !label && !things_listed && !described {
            after_trigger = true;
            after_with = true;
            opening_list = true;
        }
        let paired = names::with_asker_after_colon(toks, i)
            || names::wanted_to(toks, i)
            || names::brought_along(toks, i)
            || names::got_to_do(toks, i)
            || names::between_us(toks, i)
            || names::laid_before(toks, i)
            || names::acts_as_subject(toks, i)
            || names::one_to_one_of(toks, i)
            || names::kin_named(toks, i)
            || names::suited(toks, i);
        // ("wen is mohammed al-farsi availble on the 9th": or asked to be free.)
        if anywhere
            && (after_with || names::asked_to_be_free(toks, i))
            && let Some(len) = names::lowercase_full_name(toks, used, i)
        {
            let words: Vec<&str> = toks[i..i + len].iter().map(|t| t.orig.as_str()).collect();
            push(Participant::Name(words.join(" ")), &mut out);
            introduced_later |= !opening_list;
            i += len;
            continue;
        }
        // ("and estates (estates@uni-kelvingrove.ac.uk)": a word before an address in brackets is
        // who the address reaches, the address named alone.)
        let addressed_after = starts_with(toks, i + 1, &["("])
            && toks.get(i + 2).is_some_and(Token::is_email)
            && starts_with(toks, i + 3, &[")"]);
        if anywhere
            && (after_with || opening && after_trigger || paired)
            && !addressed_after
            && !names::post_before_named_holder(toks, i, i + 1)
            && !names::things_for(toks, i)
            && !names::plainly_done(&t.low)
            && lowercase_name(toks, used, i, opening_list)
        {
            push(Participant::Name(t.orig.clone()), &mut out);
            introduced_later |= after_with && !opening_list;
            i += 1;
            continue;
        }
        // "with my PhD student ananya": a lowercase name after the role it is introduced by.
        if anywhere && names::named_after_role(toks, used, i) && !names::post_before_named_holder(toks, i, i + 1) {
            push(Participant::Name(t.orig.clone()), &mut out);
            i += 1;
            continue;
        }
        // "book jaroslav the piano tuner": a lowercase name before the trade it is known by.
        if anywhere && let Some(len) = names::named_before_trade(toks, used, i) {
            push(Participant::Name(t.orig.clone()), &mut out);
            i += len;
            continue;
        }
        // "with our client, Mrs. Oluwakemi Brandstetter, and the payroll manager": one's own post
        // for the one named next, set off by a comma, keeps the list going.
        if after_with && matches!(t.low.as_str(), "my" | "our") {
            let comma = (i + 2..=i + 3).find(|&k| toks.get(k).is_some_and(|c| c.low == ","));
            if let Some(comma) = comma.filter(|&comma| {
                (i + 1..comma).all(|k| !toks[k].punct && !toks[k].capitalised() && !used[k])
                    && toks.get(comma + 1).is_some_and(|n| n.capitalised() && !n.punct)
            }) {
                i = comma;
                continue;
            }
        }
        // "with sanjay and also tom": the list goes on.
        let and_also = t.low == "also" && i > 0 && toks[i - 1].low == "and";
        if !matches!(t.low.as_str(), "and" | ",") && !and_also {
            after_trigger = false;
            after_with = false;
            opening_list = false;
        }
        i += 1;
    }
    // A story opening the request ("Gate's just opened and …, so …") names no one to meet when
    // the request introduces its people itself ("… with Tariq and Wen", "…: Ada and Marco
    // asked …").
    introduced_later |= before_colon.is_some_and(|before| out.len() > before);
    for &at in opened_with.iter().rev() {
        if introduced_later && out.len() > at + 1 {
            out.remove(at);
        }
    }
    out
}

/// "take Ines through the budget", "walking the new hires through the rota": someone (one to
/// five words, not "me" or "it", "Dr." with its full stop) shown through something by the one asking, so a meeting.
pub(crate) fn shown_through(toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(i, t)| {
        names::SHOWING.contains(&t.low.as_str())
            && toks.get(i + 1).is_some_and(|n| {
                !n.punct
                    && !matches!(
                        n.low.as_str(),
                        "me" | "it" | "this" | "that" | "everything" | "a" | "an"
                    )
            })
            && (i + 2..=i + 6).any(|j| {
                toks.get(j).is_some_and(|e| e.low == "through")
                    && (i + 1..j).all(|k| {
                        // "take Dr. Lindgren through": a title's full stop ends no sentence.
                        !toks[k].punct
                            || toks[k].low == ","
                            || toks[k].low == "." && HONORIFICS.contains(&toks[k - 1].low.as_str())
                    })
            })
    })
}

/// "we're about to pour the bronze … Pour's starting, bye.": a word at `i` that the request also
/// writes in lowercase is an ordinary word, wherever it is capitalised.
fn lowercase_elsewhere(toks: &[Token], i: usize) -> bool {
    toks.iter()
        .enumerate()
        .any(|(k, t)| k != i && t.low == toks[i].low && !t.capitalised() && t.orig.chars().any(char::is_alphabetic))
}

/// "Gutted, honestly.", "Knackered.": a word of six letters or more ending in "-ed" opening a
/// sentence says how one feels ("Mohammed" aside).
fn feeling(t: &Token) -> bool {
    t.low.len() >= 6 && t.low.ends_with("ed") && !matches!(t.low.as_str(), "mohammed" | "muhammed" | "mohamed")
}

/// "I FINALLY got …": a word of five letters or more written in capitals, in a request that is
/// not, stresses that word; it is no name.
fn emphasis(t: &Token) -> bool {
    t.orig.chars().filter(|c| c.is_alphabetic()).count() >= 5 && !t.orig.chars().any(char::is_lowercase)
}

/// A word written in capitals, two to four letters ("DJ", "OKR"), or capitals joined by "&"
/// ("A&E", "R&D"): an acronym.
fn acronym(t: &Token) -> bool {
    let capitals = t.orig.chars().filter(char::is_ascii_uppercase).count();
    (2..=4).contains(&t.orig.chars().count())
        && capitals >= 2
        && t.orig.chars().all(|c| c.is_ascii_uppercase() || c == '&')
}

/// "Circling is where your part ends", "Naming them is all your work", "Telling is your whole
/// job", "Listening and reporting are the whole of your commission": a word in "-ing" opening its
/// sentence (with another after "and"), said to be where, all or what something is, or the
/// assistant's part, is a doing, not someone.
fn doing_is_where(toks: &[Token], i: usize) -> bool {
    // "your (whole) job", "my bit": a part, not "Fleming is my accountant".
    let part = |k: usize| toks.get(k).is_some_and(|t| ONES_PART.contains(&t.low.as_str()));
    let yours =
        |k: usize| toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "your" | "my")) && (part(k + 1) || part(k + 2));
    let said = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.low.as_str(), "where" | "all" | "what" | "enough"))
            || yours(k)
            // "the whole of your commission", "the sum of your part", "the whole performance".
            || starts_with(toks, k, &["the"])
                && toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "whole" | "sum" | "extent" | "entire"))
                && (starts_with(toks, k + 2, &["of"]) && yours(k + 3) || toks.get(k + 2).is_some_and(|t| !t.punct && t.low != "of"))
    };
    let doing = |k: usize| toks.get(k).is_some_and(|t| t.low.len() > 5 && t.low.ends_with("ing"));
    // "Listening and reporting are …": two doings.
    let (last, verbs): (usize, &[&str]) = if starts_with(toks, i + 1, &["and"]) && doing(i + 2) {
        (i + 2, &["are", "were"])
    } else {
        (i, &["is", "was"])
    };
    // "Admiring's my bit": "'s" as "is".
    let is = usize::from(!toks[last].possessive);
    doing(i)
        && (toks[last].possessive || toks.get(last + 1).is_some_and(|t| verbs.contains(&t.low.as_str())))
        && said(last + 1 + is)
}

/// The word at `i` follows a colon after a word that is no heading of people ("Outlook:", not
/// "Attendees:").
fn after_other_heading(toks: &[Token], i: usize) -> bool {
    i > 1 && toks[i - 1].low == ":" && !PEOPLE_HEADINGS.contains(&toks[i - 2].low.as_str())
}

/// Headings a list of people follows ("Attendees: ana, bo").
const PEOPLE_HEADINGS: &[&str] = &[
    "attendees",
    "participants",
    "invitees",
    "guests",
    "people",
    "who",
    "with",
    "cc",
    "to",
    "names",
    "team",
    "invite",
];

/// Words after "Name:" that make it someone speaking or asked ("Tom: can we meet …", "Ana: free
/// Thursday?"), not a heading.
const SPOKEN_TO: &[&str] = &[
    "can", "could", "would", "will", "shall", "are", "is", "do", "does", "free", "any", "how", "when", "what", "i",
    "we", "you", "let's", "lets", "please", "pls", "thanks", "hi", "hey", "sure", "yes", "no", "ok", "okay",
];

/// "w/ Ferhat at Speichenwerk", "the nail clip at Pfotenglück w/ Dilara", "the optician at Brillen
/// Kunze", "the gas safety check at Flat 3 with …": a name after "at" (at `i`, ending before `k`)
/// where someone named or met by their trade is met, or before whom it is with, or a flat or a unit
/// by its number, is a place; not "the car service at Autohaus Weber", "our partners at Acme", the
/// firm met, nor a host: "dinner at Ana's with Bo", "the BBQ at Uncle Joe's", "a visit at Grandma
/// Rose", "Ana at Bo Chen's office" ("Ana at Maria's" is a place).
fn place_met_at(toks: &[Token], i: usize, k: usize, met: &[Participant]) -> bool {
    // ("the tuning at First Presbyterian with the music director": a church by its number, the
    // number no name's word.)
    let numbered_church = i > 1 && matches!(toks[i - 1].orig.as_str(), "First" | "Second" | "Third");
    let i = if numbered_church && toks[i - 2].low == "at" {
        i - 1
    } else {
        i
    };
    if i == 0 || toks[i - 1].low != "at" {
        return false;
    }
    let numbered = k == i + 1
        && toks
            .get(k)
            .is_some_and(|n| !n.low.is_empty() && n.low.chars().all(|c| c.is_ascii_digit()));
    let kin = names::kin_word(&toks[i].low);
    let after_someone_met = i > 1
        && (toks[i - 2].capitalised() && !toks[i - 2].punct || trades::trade(&toks[i - 2]))
        && met
            .iter()
            .any(|p| matches!(p, Participant::Name(n) if n.ends_with(toks[i - 2].orig.as_str())))
        && !(toks[k - 1].possessive
            && toks.get(k).is_some_and(|n| {
                matches!(
                    n.low.as_str(),
                    "office" | "place" | "house" | "flat" | "home" | "desk" | "studio"
                )
            }));
    let before_whom = toks.get(k).is_some_and(|n| matches!(n.low.as_str(), "with" | "w/"))
        && !toks[i..k].iter().any(|t| t.possessive);
    // "a puppy session at Hatch Park", "at Albion Court": a place by its name, its last word
    // saying what kind of place, closing its phrase (not "at Jin Park's", whose place it is; "look
    // at Min-ji Park", "at Jin Park and Ana Lee's calendars", "point the caterers at Jin Park,
    // she's …", someone looked or pointed at).
    let looked_at = i > 1
        && (matches!(
            toks[i - 2].low.as_str(),
            "look" | "looking" | "looked" | "glance" | "glancing" | "point" | "pointed" | "aim" | "aimed" | "stare"
        ) || toks[..i - 1].iter().rev().take(4).any(|t| {
            matches!(
                t.low.as_str(),
                "point" | "pointed" | "aim" | "aimed" | "direct" | "send"
            )
        }));
    let closes = toks.get(k).is_none_or(|n| {
        n.low == "."
            || n.low == ","
                && toks
                    .get(k + 1)
                    .is_none_or(|m| !matches!(m.low.as_str(), "she" | "he" | "she's" | "he's" | "who" | "they"))
            || matches!(
                n.low.as_str(),
                "on" | "at" | "in" | "for" | "from" | "this" | "next" | "tomorrow" | "today"
            )
    });
    let place_by_name = k >= i + 2
        && !looked_at
        && closes
        && !toks[k - 1].possessive
        && matches!(
            toks[k - 1].low.as_str(),
            "park" | "court" | "gardens" | "square" | "lodge" | "manor" | "stadium" | "arena" | "campus"
        );
    // ("stuck behind a calving at Tynewydd 🙈": where a thing happens, one word after "a", what
    // it is and "at", closing its phrase.)
    let where_a_thing_is = k == i + 1
        && i > 2
        && matches!(toks[i - 3].low.as_str(), "a" | "an" | "the")
        && !toks[i - 2].capitalised()
        && !toks[i - 2].punct
        && !toks[i - 2].possessive
        // (Not "a nightcap at Ana's", whose place it is.)
        && !toks[i].possessive
        && !looked_at
        && toks
            .get(k)
            .is_none_or(|n| n.punct || !n.low.chars().any(char::is_alphanumeric));
    numbered
        || place_by_name
        || where_a_thing_is
        || i > 1
            && (after_someone_met || before_whom)
            && !kin
            && !matches!(toks[i - 2].low.as_str(), "visit" | "visiting")
}

/// Whether someone is met "with them" from `from` on, pointing back at a group named before.
fn met_with_them_after(toks: &[Token], from: usize) -> bool {
    (from..toks.len()).any(|k| starts_with(toks, k, &["with", "them"]))
}

/// "Ngozi's working from Lagos next week", "Kai's working from home …, grab 30 min with him":
/// where someone works, from `k` — a place by its name, or home or remotely when they are met
/// after (not "working in the garden", "working from 9 to 5").
fn working_elsewhere(toks: &[Token], k: usize) -> bool {
    let named_place = toks.get(k).is_some_and(|t| matches!(t.low.as_str(), "from" | "in"))
        && toks.get(k + 1).is_some_and(Token::capitalised);
    let away = starts_with(toks, k, &["from", "home"]) || starts_with(toks, k, &["remotely"]);
    let met_after = toks[k..]
        .windows(2)
        .any(|w| w[0].low == "with" && matches!(w[1].low.as_str(), "him" | "her" | "them"));
    named_place || away && met_after
}

/// "It was meant to settle the seed order, and the parish council has already placed it", "It was
/// to choose a new table, and the parish council has said there is no money": the
/// sentence telling what a meeting was for, whose others (those who did the thing instead, the
/// subject of a clause joined on) are no one to meet (not "That was meant to go to the marketing
/// team; find a slot with them", whom it went to, nor past a semicolon).
fn in_what_it_was_for(toks: &[Token], i: usize) -> bool {
    let sentence = crate::intent::lexer::sentence_of(toks, i);
    let at = sentence.start;
    matches!(toks[at].low.as_str(), "it" | "that" | "this")
        && starts_with(toks, at + 1, &["was"])
        && (toks
            .get(at + 2)
            .is_some_and(|t| matches!(t.low.as_str(), "meant" | "supposed"))
            && starts_with(toks, at + 3, &["to"])
            || starts_with(toks, at + 2, &["only", "meant", "to"])
            // ("It was to choose a new table for the club, and the parish council has said …": not
            // "It was to be a quick sync", a plan, nor "…, and the design team still wants an hour
            // with me", "the finance team can only do Thursday", those still to meet.)
            || starts_with(toks, at + 2, &["to"])
                && toks.get(at + 3).is_some_and(|t| t.low != "be")
                && !toks[i..].iter().take(6).any(|t| {
                    matches!(
                        t.low.as_str(),
                        "wants" | "want" | "asked" | "can" | "could" | "moved" | "still" | "will"
                    )
                }))
        && i > at + 3
        && matches!(toks[i - 1].low.as_str(), "and" | "but" | "," | "so")
        && !toks[at..i].iter().any(|t| t.low == ";")
}

/// Whether no day or hour is named from `from` to the end of its sentence.
fn dayless_to_stop(toks: &[Token], from: usize) -> bool {
    !(from..toks.len())
        .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "!" | "?"))
        .any(|k| crate::intent::dates::day_or_hour_at(toks, k))
}

/// A word in lowercase letters only (no punctuation, figures or signs).
fn lowercase_word(t: &Token) -> bool {
    !t.capitalised() && t.low.chars().all(char::is_alphabetic)
}

/// "Q: Where are we reaching you? A: On a ledge.": a text with both an interviewer's and an
/// answerer's turns, each a letter before a colon, or a quiz's questions, "Q:" twice or more.
fn interview(toks: &[Token]) -> bool {
    let turns = |letter: &str| {
        (1..toks.len())
            .filter(|&k| toks[k - 1].low == letter && toks[k].low == ":")
            .count()
    };
    turns("q") > 0 && turns("a") > 0 || turns("q") > 1
}

/// True when the word at `i` starts a sentence after the first ("… yet. Only look"), past a closing
/// quote or bracket after the stop, or opens a quotation after punctuation.
fn opens_a_sentence(toks: &[Token], i: usize) -> bool {
    // "'Shameless!') Hush, you.": after the quotation or bracket a stop closes.
    let closing = |k: usize| matches!(toks[k].low.as_str(), "'" | "\"" | ")");
    let before = (0..i).rev().find(|&k| !closing(k));
    // "[Chorus] Wobble, wobble", "[Last verse] Then the wheel hit …": a label in square brackets
    // opens what follows as a stop does.
    before.is_some_and(|k| matches!(toks[k].low.as_str(), "." | "?" | "!") || toks[k].orig.ends_with(']'))
        // "for 'Come and sit in the future' read …": a quotation opened after a word of quoting
        // (not "marked 'Ana 1:1'", a label).
        || i > 1
            && matches!(toks[i - 1].low.as_str(), "'" | "\"")
            && matches!(toks[i - 2].low.as_str(), "for" | "read" | "reads" | "said" | "says")
        // "… from the top. (Holding on. …) (Both hands raised.)": a bracket opened after a stop
        // opens a sentence too, in a text annotated so three times or more (not "Move my 3pm to
        // 4. (Priya too.)").
        || i > 0 && toks[i - 1].low == "(" && bracket_after_stop(toks, i - 1) && {
            (0..toks.len()).filter(|&k| toks[k].low == "(" && bracket_after_stop(toks, k)).count() >= 3
        }
        // "(the dummy: 'His lips moved …')": or opens a quotation after a stop, colon or bracket.
        || i > 1 && matches!(toks[i - 1].low.as_str(), "'" | "\"") && toks[i - 2].punct
}

/// Whether the bracket at `k` opens after a stop or another bracket, or opens the text.
fn bracket_after_stop(toks: &[Token], k: usize) -> bool {
    k == 0 || matches!(toks[k - 1].low.as_str(), "." | "?" | "!" | ")")
}

/// "Hide's slipping, bye.", "Sunshine and thanks!": a sentence from `i` that ends in a goodbye or
/// thanks signs off; it names no one to meet.
fn signs_off(toks: &[Token], i: usize) -> bool {
    let end = (i..toks.len())
        .find(|&k| matches!(toks[k].low.as_str(), "." | "?" | "!"))
        .unwrap_or(toks.len());
    // "Sunshine and thanks!", "Hee-haw and heaps of thanks!": thanks too, when the rest of the
    // sentence only says how many (not "Priya will join, thanks!").
    let goodbye = |t: &Token| matches!(t.low.as_str(), "bye" | "goodbye" | "ciao" | "cheerio");
    let thanks = |t: &Token| matches!(t.low.as_str(), "thanks" | "cheers");
    let only_thanks = end > i + 1
        && toks[i + 1..end].iter().all(|t| {
            thanks(t)
                || matches!(
                    t.low.as_str(),
                    "and" | "heaps" | "loads" | "lots" | "many" | "of" | "big" | "so" | "much" | "a" | "million"
                )
        });
    end > i && (goodbye(&toks[end - 1]) || thanks(&toks[end - 1]) && only_thanks)
}

/// What follows a name ending before `k` that makes it someone: nothing, punctuation, a list,
/// a verb it is the subject of, or its being away ("Ana can't", "Bo and Chen", "Gwendolyn's out").
/// Not a meeting named by its day ("Knock next Monday's 10am on the head"): the word before it is
/// the verb that takes it.
fn someone_follows(toks: &[Token], used: &[bool], k: usize) -> bool {
    let Some(next) = toks.get(k) else { return true };
    let meeting_by_day = || {
        toks[k..]
            .iter()
            .zip(&used[k..])
            .take_while(|(t, u)| **u && !t.punct)
            .any(|(t, _)| t.possessive)
    };
    // "Pitch is waterlogged": what is said of a thing, not of someone.
    // "Visibility is poor, as I am bent over", "Pressure is rising, mostly in my knees": a
    // forecast's measures, ending their clause (not "Ana is falling behind").
    let thing_state = matches!(next.low.as_str(), "is" | "was")
        && toks.get(k + 1).is_some_and(|t| {
            words::THING_STATES.contains(&t.low.as_str())
                || matches!(t.low.as_str(), "poor" | "rising" | "falling") && toks.get(k + 2).is_none_or(|n| n.punct)
        });
    // "Nest's far bigger than expected", "Gravel's washed out", "Start's held": "'s" is "is" or
    // "has", said of a thing (not "Ana's not free").
    let thing_is = toks[k - 1].possessive
        && (matches!(
            next.low.as_str(),
            "far" | "much" | "way" | "bigger" | "smaller" | "worse"
        ) || words::THING_STATES.contains(&next.low.as_str())
            || next.low == "washed"
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "out" | "away"))
            // "Start's held, boats lined along the bank": held still (not "Ana's held up").
            || next.low == "held" && toks.get(k + 1).is_none_or(|t| t.punct));
    // "Curator's note: partway along, …": a heading of someone's remarks, not someone met.
    // (Only one named by a calling: not "Ana's comments: she can do Tuesday".)
    // ("Researcher's remarks:": or by one named for what they do.)
    let doer = |low: &str| low.len() > 5 && ["er", "or", "ist", "ian"].iter().any(|end| low.ends_with(end));
    // (A doer's remarks only: not "Jennifer's notes: she'll bring the deck.")
    let remarks = toks[k - 1].possessive
        && (words::REMARKERS.contains(&toks[k - 1].low.as_str())
            // ("Curator's label: the oldest customer complaint known to us": a label written.)
            && matches!(next.low.as_str(), "note" | "notes" | "comment" | "comments" | "remarks" | "label")
            || doer(&toks[k - 1].low) && next.low == "remarks")
        && toks.get(k + 1).is_some_and(|t| t.low == ":")
        // "Examiner's comment, mine: full marks": the writer's own remarks in that part.
        || toks[k - 1].possessive
            && doer(&toks[k - 1].low)
            && matches!(next.low.as_str(), "comment" | "comments" | "remarks" | "note" | "notes")
            && starts_with(toks, k + 1, &[",", "mine", ":"]);
    // "Birds are back, gotta go.": a plural, not someone.
    let plural = matches!(next.low.as_str(), "are" | "were")
        && toks[k - 1].low.ends_with('s')
        && !toks[k - 1].low.ends_with("ss")
        && (k < 2 || toks[k - 2].punct);
    !thing_state
        && !thing_is
        && !remarks
        && !plural
        && (next.punct
            || used[k] && !meeting_by_day()
            || matches!(next.low.as_str(), "and" | "or" | "here")
            || SUBJECT_VERBS.contains(&next.low.as_str())
            || toks[k - 1].possessive)
}

/// "Dr. Moreau" after "Dr. Lucienne Moreau": a name all of whose words (honorifics aside) are
/// in a name already found names the same person again.
fn names_again(p: &Participant, found: &[Participant]) -> bool {
    let Participant::Name(name) = p else { return false };
    let words = |n: &str| -> Vec<String> {
        n.split_whitespace()
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .filter(|w| !words::HONORIFICS.contains(&w.as_str()))
            .collect()
    };
    let own = words(name);
    !own.is_empty()
        && found.iter().any(|f| match f {
            Participant::Name(other) => {
                let theirs = words(other);
                theirs.len() > own.len() && own.iter().all(|w| theirs.contains(w))
            }
            Participant::Email(_) => false,
        })
}

/// Whether the first words of the request are people: a name followed by a list ("Ana and Bo
/// …", "Ana, Bo …") or by a verb it is the subject of ("Marco can't make …"), or, in a request
/// without a verb, a name followed by what it asks for ("Ana 30 min tomorrow"). Never a word
/// that says what the meeting is ("Lunch tomorrow").
fn opens_with_people(toks: &[Token], used: &[bool], verbless: bool, start: usize) -> bool {
    let Some(first) = toks.get(start) else { return false };
    let low = first.low.as_str();
    if used.get(start).copied().unwrap_or(true)
        || first.punct
        || MEETING_NOUNS.contains(&low)
        || MEETING_LEADS.contains(&low)
        || NOT_NAMES.contains(&low) && !names::styled(toks, start)
    {
        return false;
    }
    let end = if name_start(toks, used, start) {
        name_at(toks, used, start).0
    } else {
        start + 1
    };
    let Some(next) = toks.get(end) else { return false };
    // "Mrs. Petrakis phoned": an honorific opens a name.
    if words::HONORIFICS.contains(&low) && end > start + 1 {
        return true;
    }
    // "signaller, in the box …": the one writing says what they do.
    if !first.capitalised()
        && next.low == ","
        && low.len() > 4
        && ["er", "or", "ist", "ian"].iter().any(|end| low.ends_with(end))
    {
        return false;
    }
    // "Pinned, though unhurt, between …": how one is, opening the request.
    if end == start + 1 && next.low == "," && feeling(first) {
        return false;
    }
    // "Thick and thin: a heavy solid sculpture and a thin-walled goblet kept on separate shelves": a
    // heading of two words, the second in lowercase, before its colon.
    // (Not "Ana and bo: can you both do Friday at 3?", "Priya and me: lunch Tuesday": only before
    // what it heads, "a", "an" or "the" something.)
    if end == start + 1
        && next.low == "and"
        && toks.get(end + 1).is_some_and(|t| !t.punct && !t.capitalised())
        && starts_with(toks, end + 2, &[":"])
        && toks
            .get(end + 3)
            .is_some_and(|t| matches!(t.low.as_str(), "a" | "an" | "the"))
    {
        return false;
    }
    // "exams are killing me": a single word before a plural verb is a thing, not a person.
    if end == start + 1 && matches!(next.low.as_str(), "are" | "were") {
        return false;
    }
    // "Right, the insurer has …": a comma lists people ("Ana, Bo and Priya …", "ana, an hour")
    // only when someone or what is asked follows it, not a word that opens a clause.
    let opens_clause = |k: usize| {
        toks.get(k)
            .is_none_or(|t| !used[k] && (NOT_PEOPLE.contains(&t.low.as_str()) || NOT_NAMES.contains(&t.low.as_str())))
    };
    // "laundromat, crammed behind a dryer", "velodrome, squattin on the banking": where one is,
    // then how one is there (a lowercase word and a participle), sets the scene.
    let scene = !first.capitalised()
        && toks.get(end + 1).is_some_and(|t| {
            let dropped_g = t.low.ends_with("in")
                && toks
                    .get(end + 2)
                    .is_some_and(|p| matches!(p.low.as_str(), "on" | "under" | "behind" | "beside" | "inside"))
                && toks
                    .get(end + 3)
                    .is_some_and(|d| matches!(d.low.as_str(), "the" | "a" | "my"));
            // "arcade, head stuck inside a claw machine", "bakery, elbows deep in dough": a part of
            // the body and how it is.
            let body = matches!(
                t.low.as_str(),
                "head" | "hands" | "hand" | "arms" | "arm" | "elbows" | "knees" | "feet" | "fingers" | "neck" | "back"
            ) && toks.get(end + 2).is_some_and(|h| {
                names::participle(&h.low) || matches!(h.low.as_str(), "stuck" | "deep" | "full" | "caught" | "wedged")
            });
            // "skatepark, sat on the rim of the bowl": a participle that does not end in "-ed".
            let placed = matches!(
                t.low.as_str(),
                "sat" | "stuck" | "stood" | "knelt" | "hung" | "caught" | "lying" | "laid" | "wedged"
            );
            !t.capitalised()
                && (names::participle(&t.low)
                    || t.low.len() > 4 && t.low.ends_with("ing")
                    || dropped_g
                    || body
                    || placed)
        });
    // "scanning his knuckles: slow, cold, missing nothing": a lowercase list with a doing in it
    // says how, not who.
    let how = !first.capitalised()
        && next.low == ","
        && (start..toks.len())
            .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "!" | "?"))
            .any(|k| {
                // (Not "ana, 30 min tomorrow, morning pls": a part of the day.)
                toks[k].low.len() > 5
                    && toks[k].low.ends_with("ing")
                    && super::clock::part_word(&toks[k].low).is_none()
                    && !matches!(
                        toks[k].low.as_str(),
                        "nothing" | "something" | "anything" | "everything"
                    )
                    && k > 0
                    && toks[k - 1].low == ","
            });
    // "the course: sand, logs to climb over, and a water pit": a lowercase list going on to "a"
    // or "an" and a thing lists things (not "ana, an hour, on Thursday": a length).
    let things_listed = !first.capitalised()
        && next.low == ","
        && (end..toks.len())
            .take_while(|&k| !matches!(toks[k].low.as_str(), "." | "!" | "?"))
            .any(|k| {
                matches!(toks[k].low.as_str(), "," | "and")
                    && toks.get(k + 1).is_some_and(|t| matches!(t.low.as_str(), "a" | "an"))
                    && toks
                        .get(k + 2)
                        .is_some_and(|t| !t.capitalised() && !super::durations::is_length(&t.low))
                    // (Not "ana, bo and a contractor", "and a recruiter from Acme": someone, by
                    // what they do.)
                    && !(k + 2..toks.len())
                        .take_while(|&j| {
                            !toks[j].punct
                                && toks[j].low.chars().all(char::is_alphabetic)
                                && !matches!(toks[j].low.as_str(), "from" | "to" | "with" | "on" | "at" | "for" | "and")
                        })
                        .last()
                        .is_some_and(|head| roles::doer(toks, head) || trades::trade(&toks[head]))
            });
    // "Wojtek, my brother, is working in Toronto this winter. … a video call with him": a name set
    // off by who they are to the one writing, met as "him" or "her" in a later sentence, opens with
    // them (not "Ravi, my colleague, can't make Monday's 10am with her", someone else).
    let kin_set_off = first.capitalised()
        && next.low == ","
        && toks
            .get(end + 1)
            .is_some_and(|t| matches!(t.low.as_str(), "my" | "our"))
        && (end + 3..=end + 5)
            .find(|&k| toks.get(k).is_some_and(|t| t.punct))
            .is_some_and(|close| {
                toks[close].low == ","
                    && (end + 2..close).all(|k| !toks[k].capitalised())
                    && toks[close..]
                        .iter()
                        .position(|t| matches!(t.low.as_str(), "." | "!" | "?"))
                        .is_some_and(|stop| {
                            toks[close + stop..].windows(2).any(|w| {
                                matches!(w[0].low.as_str(), "with" | "for" | "meet" | "call" | "see")
                                    && matches!(w[1].low.as_str(), "him" | "her" | "them")
                            })
                        })
            });
    if kin_set_off {
        return true;
    }
    // "Ivan Leung's tax review on Mon 30 Nov 10am pls postpone to …": a full name in the
    // possessive, whose meeting is moved or called off after, opens with them (a name of one word
    // is left as it was: "Ana's review …").
    let whose_moved = first.capitalised()
        && end >= start + 2
        && toks[end - 1].possessive
        && (start..end).all(|k| toks[k].capitalised() && !NOT_NAMES.contains(&toks[k].low.as_str()))
        && toks[end..]
            .iter()
            .take_while(|t| !matches!(t.low.as_str(), "." | "!" | "?"))
            .any(|t| {
                matches!(
                    t.low.as_str(),
                    "move" | "postpone" | "push" | "shift" | "cancel" | "reschedule" | "bump"
                )
            });
    if whose_moved {
        return true;
    }
    if next.low == "," && (opens_clause(end + 1) || scene || things_listed || how) {
        return false;
    }
    // "Gwendolyn's out Thursday": someone away; "Kenji's in Tokyo": where someone is; "Ingrid's
    // kid is sick": someone's people.
    if first.capitalised()
        && toks[end - 1].possessive
        // "Maya's been relocated to New York": what has happened to someone.
        // ("Ngozi's working from Lagos next week": where someone works.)
        // ("Oksana's stuck in Warsaw": someone held up, not a place, "Berlin's stuck in snow".)
        && (words::ABSENT.contains(&next.low.as_str())
            && !(matches!(next.low.as_str(), "stuck" | "stranded") && super::zones::names_a_place(&first.low))
            // ("Kirra's back home in Brisbane - find 45 min with her": back where someone lives,
            // met later; not "Work's back in full swing"; "Ruben's over in Toronto for the holidays -
            // can we find an hour with him" too.)
            // ("Fionnuala's on a job in Dubai till the 20th - could you find 45 min with her": or away
            // on work or leave, met later; not "Mum's on holiday, book me a haircut".)
            || next.low == "on"
                && toks[end + 1..]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "him" | "her" | "them"))
                && toks.get(end + 1).is_some_and(|t| {
                    matches!(
                        t.low.as_str(),
                        "holiday" | "leave" | "secondment" | "assignment" | "tour" | "site" | "duty"
                    ) || t.low == "a"
                        && toks
                            .get(end + 2)
                            .is_some_and(|n| matches!(n.low.as_str(), "job" | "trip" | "course" | "shoot"))
                })
            || matches!(next.low.as_str(), "back" | "over")
                && toks
                    .get(end + 1)
                    .is_some_and(|t| matches!(t.low.as_str(), "home" | "in"))
                // ("Hemi's back home in Auckland now … 1h on sun 6 dec, his evening?": or the time
                // asked in theirs.)
                && (toks[end + 1..]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "him" | "her" | "them"))
                    || toks[end + 1..].windows(2).any(|w| {
                        matches!(w[0].low.as_str(), "his" | "her" | "their")
                            && matches!(w[1].low.as_str(), "morning" | "afternoon" | "evening" | "time")
                    }))
            || BELONGINGS.contains(&next.low.as_str())
            // ("Nadia's cancelled, scrap her lesson on the 9th": the one who called it off, met as
            // "her" after; not "Ryanair's cancelled my flight", "Spin's cancelled, book a swim".)
            || matches!(next.low.as_str(), "cancelled" | "canceled")
                && toks.get(end + 1).is_some_and(|t| t.low == ",")
                && toks[end + 1..]
                    .iter()
                    .any(|t| matches!(t.low.as_str(), "her" | "his" | "him" | "their" | "them"))
            || next.low == "been"
            || next.low == "working" && working_elsewhere(toks, end + 1))
    {
        return true;
    }
    // "Carlos in Mexico City asked …": someone, where they are, then what they did.
    let placed = next.low == "in" && first.capitalised() && {
        let after = (end + 1..toks.len())
            .find(|&k| !toks[k].capitalised())
            .unwrap_or(toks.len());
        after > end + 1 && toks.get(after).is_some_and(|t| SUBJECT_VERBS.contains(&t.low.as_str()))
    };
    // "Kwabena from the beekeepers' association wants to inspect the hives with me": someone,
    // where they are from, then what they do.
    // (Wanting, needing or asking, as people do: not "Delivery from IKEA will arrive …", "Traffic
    // from the airport will be bad"; nor "Someone from Legal wants …", no one named.)
    let from_somewhere = next.low == "from"
        && first.capitalised()
        && !matches!(
            low,
            "someone" | "somebody" | "anyone" | "anybody" | "everyone" | "nobody"
        )
        && (end + 2..toks.len().min(end + 7))
            .take_while(|&k| !toks[k].punct || toks[k].possessive)
            .any(|k| {
                !used[k]
                    && matches!(
                        toks[k].low.as_str(),
                        "wants" | "needs" | "asked" | "asks" | "would" | "wishes" | "hopes"
                    )
            });
    // "florentyna's 10:30 on fri 8/1 is cancelled", "Ximena 1:1 → thu 17 dec": someone's meeting,
    // by its hour or as a one-to-one, opening the request.
    let theirs = toks[end - 1].possessive && names::meeting_by_hour_at(toks, used, end);
    let one_to_one = end == start + 1 && names::one_to_one_named(toks, start);
    placed
        || from_somewhere
        || theirs
        || one_to_one
        || SUBJECT_VERBS.contains(&next.low.as_str())
        || verbless && first.capitalised() && used[end]
}
#[cfg(test)]
mod tests {
    use super::super::lexer::tokenize;
    use super::*;

    fn people(text: &str, anywhere: bool) -> Vec<Participant> {
        let toks = tokenize(text);
        let used = vec![false; toks.len()];
        extract(&toks, &used, anywhere, false)
    }

    #[test]
    fn names_and_emails_in_order() {
        assert_eq!(
            people("find time with Bo and ana@x.com", false),
            vec![Participant::Name("Bo".into()), Participant::Email("ana@x.com".into())]
        );
        assert_eq!(
            people("with Maria Lopez", false),
            vec![Participant::Name("Maria Lopez".into())]
        );
        assert_eq!(
            people("with Ana.Silva@Example.org", false),
            vec![Participant::Email("ana.silva@example.org".into())]
        );
        assert_eq!(
            people("with the design team", false),
            vec![Participant::Name("design team".into())]
        );
        assert_eq!(people("practice Spanish daily", false), vec![]);
    }

    #[test]
    fn people_listed_after_a_group_are_the_ones_to_meet() {
        assert_eq!(
            people("with the design team (Ana, bo lima and zoe@x.com) tomorrow", false),
            vec![
                Participant::Name("Ana".into()),
                Participant::Name("bo lima".into()),
                Participant::Email("zoe@x.com".into())
            ]
        );
        // Not a list of people: the group stays.
        assert_eq!(
            people("with the design team (as usual) tomorrow", false),
            vec![Participant::Name("design team".into())]
        );
        assert_eq!(
            people("for me and bo and chen next week", true),
            vec![Participant::Name("bo".into()), Participant::Name("chen".into())]
        );
    }

    #[test]
    fn particles_groups_and_lowercase_names() {
        assert_eq!(
            people("with van der Berg on Monday", false),
            vec![Participant::Name("van der Berg".into())]
        );
        assert_eq!(
            people("find time with the Toronto office", true),
            vec![Participant::Name("Toronto office".into())]
        );
        assert_eq!(
            people("find time with jamie and Bo", true),
            vec![Participant::Name("jamie".into()), Participant::Name("Bo".into())]
        );
        assert_eq!(people("find time with my manager", true), vec![]);
        assert_eq!(people("go running with friends daily", false), vec![]);
    }
}
