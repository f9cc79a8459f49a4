//! Words of a text's layout that name no one, by where they stand: the headings, labels and parts
//! of forms and lists (`forms`), who a text is written to, by or spoken among (`letters`), and the
//! shape of a story or a text (`texts`). [`laid_out`] asks them all of a name read from `i` to `k`.

mod forms;
mod letters;
mod texts;

use crate::intent::lexer::Token;

pub(super) use forms::{PART_WORDS, numbered_part};
pub(super) use letters::{of_the_house, turn_of_a_transcript};
pub(super) use texts::rule_for_all;

/// Whether the name read from `i` to `k` is a word of the text's layout, no one: a form's or a
/// list's heading, a letter's addressee or the like, or a word of a story's shape (see the
/// submodules).
pub(super) fn laid_out(toks: &[Token], i: usize, k: usize) -> bool {
    letters::sir_or_madam(toks, i, k)
        || forms::list_entry(toks, i, k)
        || forms::names_a_notice(toks, i, k)
        || texts::in_a_title_cased_list(toks, i)
        || forms::subject_heading(toks, i, k)
        || forms::answer_key(toks, i, k)
        || texts::in_an_acrostic(toks, i, k)
        || texts::again_and_again(toks, i, k)
        || forms::form_heading(toks, i, k)
        || forms::puzzle_label(toks, i, k)
        || texts::names_a_street(toks, i, k)
        || texts::story_adverb(toks, i, k)
        || forms::heading_resumed(toks, i, k)
        || texts::forecast_weather(toks, i, k)
        || forms::repeated_label(toks, i, k)
        || letters::welcome_greeting(toks, i, k)
        || forms::part_on_a_subject(toks, i, k)
        || forms::things_done_listed(toks, i)
        || forms::described_after_label(toks, i, k)
        || letters::hailed_finders(toks, i, k)
        || letters::plural_salutation(toks, i, k)
        || letters::declared_as_me(toks, i, k)
        || letters::ones_own(toks, i, k)
        || texts::things_left(toks, i, k)
        || forms::contrast_heading(toks, i, k)
        || forms::inventory_entry(toks, i, k)
        || forms::letter_read(toks, i, k)
        || texts::named_kind(toks, i, k)
        || forms::paired_heading(toks, i, k)
        || forms::filed_under(toks, i, k)
        || forms::index_entry(toks, i, k)
        || forms::instructions_heading(toks, i, k)
}
