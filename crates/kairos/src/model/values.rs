//! Values that can only be built valid: an e-mail address Kairos can write to and a URL-safe
//! slug. They are checked once, where they enter (a request, a form, a model's answer), and
//! after that their type says they are good; rows read back were checked when written.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Why a text is not an e-mail address Kairos accepts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("must be an e-mail address like name@example.com")]
pub struct InvalidEmail;

/// A plausible e-mail address, lower-cased, that the mailer can also parse (deliverability is
/// the mail server's business).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Checks and normalises `text` (trimmed, lower-cased).
    pub fn parse(text: &str) -> Result<Self, InvalidEmail> {
        let value = text.trim().to_lowercase();
        let (local, domain) = value.rsplit_once('@').ok_or(InvalidEmail)?;
        let plausible = !local.is_empty()
            && local.len() <= 64
            && value.len() <= 254
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !value
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == ',' || c == '<' || c == '>');
        // The mailer parses the address again when it writes the invitation: accept only what
        // it accepts (`a..b@x.com`, `a(b)@x.com` and `.a@x.com` pass the checks above but not
        // this).
        let mailable = plausible && value.parse::<lettre::Address>().is_ok();
        if mailable { Ok(Self(value)) } else { Err(InvalidEmail) }
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a text is not a slug.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("must be 1–63 lower-case letters, digits or inner hyphens (like `intro-call`)")]
pub struct InvalidSlug;

/// A URL-safe name: lower-case letters, digits and inner hyphens, 1–63 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub fn parse(text: &str) -> Result<Self, InvalidSlug> {
        let ok = (1..=63).contains(&text.len())
            && text
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-')
            && !text.ends_with('-');
        if ok {
            Ok(Self(text.to_owned()))
        } else {
            Err(InvalidSlug)
        }
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

macro_rules! text_value {
    ($name:ident, $invalid:ident) => {
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = $invalid;
            fn try_from(text: String) -> Result<Self, $invalid> {
                Self::parse(&text)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

text_value!(EmailAddress, InvalidEmail);
text_value!(Slug, InvalidSlug);

#[cfg(test)]
mod tests {
    use super::{EmailAddress, Slug};

    #[test]
    fn addresses_are_normalised_or_refused() {
        let address = EmailAddress::parse("  Ana@Example.COM ").expect("valid");
        assert_eq!(address.as_str(), "ana@example.com");
        for bad in [
            "",
            "ana",
            "ana@localhost",
            "a..b@x.com",
            "a(b)@x.com",
            ".a@x.com",
            "a b@x.com",
            "<a@x.com>",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad}");
        }
        let read: Result<EmailAddress, _> = serde_json::from_value(serde_json::json!("not an address"));
        assert!(read.is_err(), "deserialising checks too");
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(Slug::parse("intro-call").expect("valid").as_str(), "intro-call");
        for bad in ["", "-a", "a-", "Intro", "a b", "a/b", &"a".repeat(64)] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }
}
