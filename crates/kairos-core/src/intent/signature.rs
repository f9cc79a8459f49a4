//! A signature, set apart below a letter or signed after its last sentence, names who wrote the
//! request: no one to meet.

/// `text` without a signature set apart at its foot by a blank line ("… The matter has
/// settled.\n\nR. Fenwick"): a name alone, perhaps with a post on the lines under it, after a
/// request that ended its last sentence and points to nothing below it (not "… with the person
/// below on Monday at 11.\n\nDaniel Okoro", "… with these two.\n\nPriya Shah\nTom Reed").
/// Signatures after a sign-off ("Thanks,\nR. Fenwick") are read where the sign-off is; a name or an
/// initial signed alone after the last sentence or a picture is dropped too (see `initialled`), and
/// so is a name with the place it signs from (see `signed_with_post`).
pub(super) fn without(text: &str) -> &str {
    signed_with_post(initialled(set_apart(signed_off(text))))
}

/// `text` without a sign-off on a line of its own and the signature under it ("… doin prep.\n\nBless
/// up,\nMarcia\nSweet Hand Kitchen & Events", "… if the weather holds.\nCheers me 'ansum,\nJago
/// Pascoe\nGirl Tamsin PZ 112"): a line of up to four words closing with a comma, one of them in
/// lowercase, after the request's last sentence or a blank line, then a signed name and up to
/// three lines more that ask nothing and name no day or hour (not "… with:\nAna,\nBo Chen", those
/// invited; nor "Kind regards,\nAna\nMonday at 3?").
fn signed_off(text: &str) -> &str {
    let trimmed = text.trim_end();
    let starts: Vec<usize> = std::iter::once(0)
        .chain(trimmed.match_indices('\n').map(|(k, _)| k + 1))
        .collect();
    let line = |k: usize| trimmed[starts[k]..starts.get(k + 1).map_or(trimmed.len(), |&s| s - 1)].trim();
    let count = starts.len();
    let Some(off) = (1..count.saturating_sub(1)).rev().find(|&k| {
        let words: Vec<&str> = line(k).split_whitespace().collect();
        line(k).ends_with(',')
            && (1..=4).contains(&words.len())
            && words
                .iter()
                .any(|w| w.trim_end_matches(',').chars().all(|c| c.is_lowercase() || c == '\''))
            && !line(k).contains(|c: char| c.is_ascii_digit())
            && words.iter().all(|w| !is_calendar_word(w))
    }) else {
        return text;
    };
    let body = trimmed[..starts[off]].trim_end();
    let after_a_stop = body
        .chars()
        .last()
        .is_some_and(|c| !c.is_alphanumeric() && !matches!(c, ':' | ',' | ';'));
    let spaced = trimmed[..starts[off]].ends_with("\n\n");
    let signs = |k: usize| {
        let words: Vec<&str> = line(k).split_whitespace().collect();
        (1..=12).contains(&words.len())
            && !line(k).contains(['?', ':'])
            && words.iter().all(|w| {
                let low = w.to_lowercase();
                !is_calendar_word(w)
                    && !matches!(low.as_str(), "with" | "meet")
                    && !(low.starts_with(|c: char| c.is_ascii_digit()) && (low.ends_with("am") || low.ends_with("pm")))
            })
    };
    if (after_a_stop || spaced) && signed_name(line(off + 1)) && count - off - 2 <= 3 && (off + 2..count).all(signs) {
        body
    } else {
        text
    }
}

/// `text` without a name and the place or body it signs from, after a comma, closing the request
/// after its last statement ("… (he's on a split). Control, Ashgrove Depot"), not a word of the
/// request ("… at 3pm. Ana Silva, Ben Carter", those invited; "… at 3. Friday, 10 December").
fn signed_with_post(text: &str) -> &str {
    let trimmed = text.trim_end();
    let Some(stop) = trimmed.rfind(['.', '!']) else {
        return text;
    };
    let (head, foot) = (&trimmed[..=stop], trimmed[stop + 1..].trim());
    let Some((name, from)) = foot.split_once(", ") else {
        return text;
    };
    let capitalised = |words: &str, most: usize| {
        let words: Vec<&str> = words.split_whitespace().collect();
        (1..=most).contains(&words.len())
            && words.iter().all(|w| {
                *w == "&"
                    || w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                        && !is_calendar_word(w)
            })
    };
    // (A place of work or a body last: "Depot", "Surgery", "Council", not a surname.)
    let place = from.split_whitespace().last().is_some_and(|last| {
        matches!(
            last.to_lowercase().as_str(),
            "depot"
                | "station"
                | "office"
                | "yard"
                | "garage"
                | "works"
                | "church"
                | "chapel"
                | "school"
                | "college"
                | "surgery"
                | "hospital"
                | "practice"
                | "clinic"
                | "council"
                | "centre"
                | "center"
                | "hall"
                | "farm"
                | "ltd"
                | "limited"
                | "plc"
                | "department"
                | "team"
        )
    });
    let posted = capitalised(name, 2) && capitalised(from, 4) && from.split_whitespace().count() >= 2 && place;
    if posted && head.split_whitespace().count() >= 4 && !foot.ends_with(['?', '.']) {
        head
    } else {
        text
    }
}

/// `text` without a name or an initial signed on its own after the request's last statement or a
/// picture closing it ("… Pitches frozen solid ❄️ Mick", "… delayed AGAIN 🙄 B", "Cheers! N"),
/// not a word of the request ("… with Ana and Bo", "… at 3pm. Tomorrow").
fn initialled(text: &str) -> &str {
    let trimmed = text.trim_end();
    let Some((head, last)) = trimmed.rsplit_once(char::is_whitespace) else {
        return text;
    };
    let head = head.trim_end();
    let mut letters = last.chars();
    let signed = letters.next().is_some_and(char::is_uppercase)
        && letters.all(char::is_lowercase)
        && last.chars().count() <= 12
        && !matches!(last, "I" | "A")
        && !is_calendar_word(last);
    // (After a stop, or a picture: a mark neither a letter nor a digit nor plain ASCII; not the
    // stop of a title or an initial, "w/ Rev. Mbeki", "with mrs. Feld", "J. Marsh".)
    let titled = head.strip_suffix('.').is_some_and(|before| {
        let word = before
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or_default()
            .to_lowercase();
        word.chars().count() <= 1 || super::people::HONORIFICS.contains(&word.as_str())
    });
    // (Nor after a question: "fwd: re: can we meet Thursday at 3pm? Ana", the one asking to meet.)
    let closed = head.ends_with(['.', '!']) && !titled
        || head
            .chars()
            .last()
            .is_some_and(|c| !c.is_alphanumeric() && !c.is_ascii());
    // ("… can we move it to Monday, same time? Kx": an initial with kisses signs off, after a
    // question too.)
    let kissed = last.len() <= 4 && last.chars().skip(1).all(|c| c == 'x') && last.len() > 1;
    if signed && (closed || kissed && head.ends_with('?')) && head.split_whitespace().count() >= 4 {
        head
    } else {
        text
    }
}

/// `text` without a signature set apart at its foot by a blank line (see `without`).
fn set_apart(text: &str) -> &str {
    let trimmed = text.trim_end();
    let Some(gap) = trimmed.rfind("\n\n") else {
        return text;
    };
    let (body, foot) = (trimmed[..gap].trim_end(), trimmed[gap..].trim());
    let mut lines = foot.lines().map(str::trim);
    let ended = body.ends_with(['.', '!', '?', ')']);
    let last_sentence = body
        .rfind(['.', '!', '?', '\n'])
        .map_or(body, |end| {
            body[..end]
                .rfind(['.', '!', '?', '\n'])
                .map_or(body, |start| &body[start..])
        })
        .to_lowercase();
    let points_below = ["below", "these", "following", "details", "attached", "listed"]
        .iter()
        .any(|word| last_sentence.split(|c: char| !c.is_alphanumeric()).any(|w| w == *word));
    if ended && !points_below && lines.next().is_some_and(signed_name) && foot.lines().count() <= 3 && lines.all(post) {
        body
    } else {
        text
    }
}

/// "R. Fenwick", "Col. H. R. Ashworth-Gale", "Terry": up to five words, each written with a
/// capital and made of letters, stops, hyphens and apostrophes alone.
fn signed_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
                && !is_calendar_word(w)
        })
}

/// "Senior Clerk", "Chairman, Netherby Local History Society": a post under a signed name, in
/// words written with a capital and the small words between them.
fn post(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && words.iter().all(|w| {
            let w = w.trim_end_matches([',', '.']);
            matches!(w, "of" | "and" | "the" | "for" | "to" | "&")
                || w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
                    && !is_calendar_word(w)
        })
}

/// A weekday, a month, a word of a day or a part of one ("Monday", "Dec.", "Christmas Eve",
/// "Tomorrow", "Afternoons"), which no signature names.
fn is_calendar_word(word: &str) -> bool {
    let low = word.trim_end_matches(['.', ',']).to_lowercase();
    super::dates::weekday(&low).is_some()
        || super::dates::MONTHS.contains(&low.as_str())
        || matches!(
            low.as_str(),
            "christmas"
                | "eve"
                | "day"
                | "year"
                | "year's"
                | "new"
                | "boxing"
                | "easter"
                | "today"
                | "tomorrow"
                | "tonight"
                | "noon"
                | "midday"
                | "midnight"
                | "morning"
                | "mornings"
                | "afternoon"
                | "afternoons"
                | "evening"
                | "evenings"
                | "lunchtime"
                | "weekend"
                | "weekends"
                | "weekdays"
                | "daily"
                | "weekly"
        )
}
