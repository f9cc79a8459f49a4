//! Standard Webhooks signatures: `v1,<base64 HMAC-SHA256>` over `"{id}.{timestamp}.{body}"`,
//! keyed with the endpoint's secret. Receivers verify with any Standard Webhooks library.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// What a secret looks like on the wire: `whsec_` followed by the base64 of its bytes.
pub const SECRET_PREFIX: &str = "whsec_";

/// Bytes of a new secret (the spec asks for 24 to 64).
pub const SECRET_BYTES: usize = 32;

/// The header names of a signed request.
pub const ID_HEADER: &str = "webhook-id";
pub const TIMESTAMP_HEADER: &str = "webhook-timestamp";
pub const SIGNATURE_HEADER: &str = "webhook-signature";

/// How far a verified timestamp may be from now, as the reference libraries allow.
pub const TOLERANCE_SECONDS: i64 = 5 * 60;

/// The secret as shown to its owner.
#[must_use]
pub fn encode_secret(raw: &[u8]) -> String {
    format!("{SECRET_PREFIX}{}", STANDARD.encode(raw))
}

/// The bytes of a `whsec_…` secret (the prefix is optional, as in the reference libraries).
#[must_use]
pub fn decode_secret(text: &str) -> Option<Vec<u8>> {
    STANDARD.decode(text.strip_prefix(SECRET_PREFIX).unwrap_or(text)).ok()
}

fn mac(key: &[u8], msg_id: &str, timestamp: i64, body: &[u8]) -> Hmac<Sha256> {
    // HMAC accepts keys of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC takes any key"));
    mac.update(msg_id.as_bytes());
    mac.update(b".");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The `webhook-signature` value for this message.
#[must_use]
pub fn sign(key: &[u8], msg_id: &str, timestamp: i64, body: &[u8]) -> String {
    format!(
        "v1,{}",
        STANDARD.encode(mac(key, msg_id, timestamp, body).finalize().into_bytes())
    )
}

/// Why a message did not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("the secret is not `whsec_` followed by base64")]
    BadSecret,
    #[error("the timestamp is too far from now")]
    Timestamp,
    #[error("no signature matches")]
    Mismatch,
}

/// Verifies a message as a receiver would: the timestamp within [`TOLERANCE_SECONDS`] of
/// `now`, and one of the space-separated `v1,` signatures matching (in constant time).
pub fn verify(
    secret: &str,
    msg_id: &str,
    timestamp: i64,
    body: &[u8],
    signatures: &str,
    now: i64,
) -> Result<(), VerifyError> {
    let key = decode_secret(secret).ok_or(VerifyError::BadSecret)?;
    if (now - timestamp).abs() > TOLERANCE_SECONDS {
        return Err(VerifyError::Timestamp);
    }
    let matched = signatures
        .split(' ')
        .filter_map(|s| s.strip_prefix("v1,"))
        .filter_map(|s| STANDARD.decode(s).ok())
        .any(|tag| mac(&key, msg_id, timestamp, body).verify_slice(&tag).is_ok());
    if matched { Ok(()) } else { Err(VerifyError::Mismatch) }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The example of the Standard Webhooks reference libraries' test suites.
    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const MSG_ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const TIMESTAMP: i64 = 1_614_265_330;
    const BODY: &[u8] = br#"{"test": 2432232314}"#;
    const SIGNATURE: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    #[test]
    fn signs_the_published_example() {
        let key = decode_secret(SECRET).expect("base64 secret");
        assert_eq!(sign(&key, MSG_ID, TIMESTAMP, BODY), SIGNATURE);
    }

    #[test]
    fn verifies_and_refuses() {
        assert_eq!(
            verify(SECRET, MSG_ID, TIMESTAMP, BODY, SIGNATURE, TIMESTAMP + 10),
            Ok(())
        );
        let several = format!("v1,bm90IGl0 {SIGNATURE}");
        assert_eq!(verify(SECRET, MSG_ID, TIMESTAMP, BODY, &several, TIMESTAMP), Ok(()));
        let tampered = br#"{"test": 2432232315}"#;
        assert_eq!(
            verify(SECRET, MSG_ID, TIMESTAMP, tampered, SIGNATURE, TIMESTAMP),
            Err(VerifyError::Mismatch)
        );
        assert_eq!(
            verify(SECRET, "msg_other", TIMESTAMP, BODY, SIGNATURE, TIMESTAMP),
            Err(VerifyError::Mismatch)
        );
        assert_eq!(
            verify(SECRET, MSG_ID, TIMESTAMP, BODY, SIGNATURE, TIMESTAMP + 3600),
            Err(VerifyError::Timestamp)
        );
        assert_eq!(
            verify("whsec_!!!", MSG_ID, TIMESTAMP, BODY, SIGNATURE, TIMESTAMP),
            Err(VerifyError::BadSecret)
        );
    }

    #[test]
    fn secrets_round_trip() {
        let raw = [7u8; SECRET_BYTES];
        let text = encode_secret(&raw);
        assert!(text.starts_with("whsec_"));
        assert_eq!(decode_secret(&text).as_deref(), Some(&raw[..]));
    }
}
