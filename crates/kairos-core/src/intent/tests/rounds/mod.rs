//! Each round of fixes prompted by fresh evaluation sets (rounds 10 onwards), its rules checked
//! in words other than the requests that prompted them, so that a rule is general and not a
//! match for one sentence.

mod fifties;
mod forties;
mod seventy_eight_on;
mod tens;
mod thirties;
mod twenties;
