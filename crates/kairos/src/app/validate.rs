//! Parsing free-form input at the edge of the use cases, with errors that name the field.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use kairos_core::Zone;
use serde::{Deserialize, Deserializer};

use super::ProblemCode;
use super::{Error, Result};
use crate::model::values::{EmailAddress, Slug};

/// The years an instant or a date may fall in: far wider than any calendar needs, and narrow
/// enough that every computation on them (a horizon, a week's start, a zone's offset) stays in
/// range of the types and of PostgreSQL.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// An instant within [`YEARS`].
pub fn instant(field: &str, value: DateTime<Utc>) -> Result<DateTime<Utc>> {
    if YEARS.contains(&value.year()) {
        Ok(value)
    } else {
        Err(out_of_range(field))
    }
}

/// A date within [`YEARS`].
pub fn date(field: &str, value: NaiveDate) -> Result<NaiveDate> {
    if YEARS.contains(&value.year()) {
        Ok(value)
    } else {
        Err(out_of_range(field))
    }
}

fn out_of_range(field: &str) -> Error {
    Error::invalid(
        field,
        format!(
            "`{field}` must fall between the years {} and {}",
            YEARS.start(),
            YEARS.end()
        ),
    )
}

/// Trimmed, non-empty text of at most `max` characters.
pub fn text(field: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::invalid(field, format!("`{field}` must not be empty")));
    }
    optional_text(field, value, max)
}

/// One line of trimmed, non-empty text of at most `max` characters: a name or a title, which
/// ends up in mail headers, calendar fields and page titles, so it may hold no line break, tab
/// or other control character.
pub fn line(field: &str, value: &str, max: usize) -> Result<String> {
    one_line(field, text(field, value, max)?)
}

/// [`line`], possibly empty.
pub fn optional_line(field: &str, value: &str, max: usize) -> Result<String> {
    one_line(field, optional_text(field, value, max)?)
}

fn one_line(field: &str, value: String) -> Result<String> {
    if value.contains(['\n', '\t']) {
        return Err(Error::invalid(
            field,
            format!("`{field}` must be one line, without line breaks or tabs"),
        ));
    }
    Ok(value)
}

/// Trimmed text (possibly empty) of at most `max` characters.
pub fn optional_text(field: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.chars().count() > max {
        return Err(Error::invalid(
            field,
            format!("`{field}` must be at most {max} characters"),
        ));
    }
    if value.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Error::invalid(
            field,
            format!("`{field}` must not contain control characters"),
        ));
    }
    Ok(value.to_owned())
}

/// An e-mail address (see [`EmailAddress`]), or a 422 naming `field`.
pub fn email(field: &str, value: &str) -> Result<EmailAddress> {
    EmailAddress::parse(value).map_err(|err| Error::invalid(field, format!("`{field}` {err}")))
}

/// A slug (see [`Slug`]), or a 422 naming `field`.
pub fn slug(field: &str, value: &str) -> Result<Slug> {
    Slug::parse(value).map_err(|err| Error::invalid(field, format!("`{field}` {err}")))
}

pub fn zone(field: &str, value: &str) -> Result<Zone> {
    Zone::parse(value).map_err(|err| Error::Invalid {
        code: ProblemCode::UnknownTimeZone,
        field: Some(field.to_owned()),
        message: err.to_string(),
    })
}

/// An integer within `[min, max]`.
pub fn range(field: &str, value: i32, min: i32, max: i32) -> Result<i32> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(Error::invalid(
            field,
            format!("`{field}` must be between {min} and {max}"),
        ))
    }
}

/// Distinguishes an explicit `null` (`Some(None)`) from an absent field (`None`) in a body:
/// `#[serde(default, deserialize_with = "validate::present")]`.
pub fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> std::result::Result<Option<Option<T>>, D::Error> {
    Option::<T>::deserialize(d).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(email("e", " Ana@Example.COM ").ok().as_deref(), Some("ana@example.com"));
        for bad in [
            "",
            "ana",
            "ana@",
            "@x.com",
            "ana@localhost",
            "a b@x.com",
            "ana@x.com.",
            "a..b@x.com",
            "a(b)@x.com",
            ".a@x.com",
            "a@-x.com",
        ] {
            assert!(email("e", bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn lines_refuse_what_text_allows() {
        assert_eq!(text("t", "a\nb\tc", 10).ok().as_deref(), Some("a\nb\tc"));
        assert_eq!(line("n", " Zed Zed ", 10).ok().as_deref(), Some("Zed Zed"));
        for bad in ["Zed\nZed", "Zed\tZed", "Zed\r\nBcc: x@y.z", "Zed\u{7}"] {
            assert!(line("n", bad, 100).is_err(), "{bad:?} should be refused");
            assert!(optional_line("n", bad, 100).is_err(), "{bad:?} should be refused");
        }
        assert_eq!(optional_line("n", "", 10).ok().as_deref(), Some(""));
    }

    #[test]
    fn slugs() {
        assert!(slug("s", "intro-call").is_ok());
        for bad in ["", "-a", "a-", "Intro", "a_b", &"a".repeat(64)] {
            assert!(slug("s", bad).is_err(), "{bad} should be refused");
        }
    }
}
