//! What a file's own digest says of its content: checked here at once ([`verify`]), or with
//! the hashing left to the caller ([`verify_tunda_dan_data`]).

use super::{heksa, hitung, tulis_akar_dan_data, ALGORITMA_DIGEST};
use serde_json::Value;
use sha2::{Digest as _, Sha256};

/// What the file's own `digest` says about its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusDigest {
    Cocok,
    /// The content is not what was exported: changed by hand or damaged.
    TidakCocok {
        tertulis: String,
        dihitung: String,
    },
    /// No usable `digest` object (the file cannot vouch for itself).
    TidakAda,
    AlgoritmaTidakDikenal(String),
    /// Not known yet: the hashing is left to the caller ([`verify_tunda_dan_data`]).
    Tertunda(Box<DigestTertunda>),
}

/// A digest check whose SHA-256 is left to the caller: the canonical text it covers and the
/// value the file states. An import in the browser hands the text to WebCrypto, which hashes
/// it natively, several times faster than SHA-256 in wasm.
#[derive(Clone, PartialEq, Eq)]
pub struct DigestTertunda {
    tertulis: String,
    kanonik: Vec<u8>,
}

impl std::fmt::Debug for DigestTertunda {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "DigestTertunda({}, {} bytes)",
            self.tertulis,
            self.kanonik.len()
        )
    }
}

impl DigestTertunda {
    /// The digest value the file states.
    pub fn tertulis(&self) -> &str {
        &self.tertulis
    }

    /// The bytes whose SHA-256 the file states.
    pub fn kanonik(&self) -> &[u8] {
        &self.kanonik
    }

    /// The status, given the SHA-256 of [`kanonik`](Self::kanonik); `None`: hashed here.
    pub fn status(&self, sha256: Option<[u8; 32]>) -> StatusDigest {
        let h = sha256.unwrap_or_else(|| Sha256::digest(&self.kanonik).into());
        banding(&self.tertulis, heksa(&h))
    }
}

/// The canonical text of each record's `data` in a file's `records`, by position (`None` for a
/// record that is not an object or has no `data`), as [`verify_dan_data`] hashed it. It is the
/// text serde_json writes for that value, so storage can take it instead of writing the same
/// value a second time ([`super::kanonik_dengan`]); empty when the file has no digest to check.
pub type TeksData = Vec<Option<String>>;

/// [`verify`], keeping the canonical text of every record's `data` on the way; `rapat`, what
/// the pass over the text `v` was parsed from gave ([`super::rapat::pindai`]), gives them at
/// once.
pub fn verify_dan_data(v: &Value, rapat: Option<(Vec<u8>, TeksData)>) -> (StatusDigest, TeksData) {
    // Through the deferred check's text, so the canonical writer is built once for both.
    match verify_tunda_dan_data(v, rapat) {
        (StatusDigest::Tertunda(d), data) => (d.status(None), data),
        lain => lain,
    }
}

/// [`verify_dan_data`] without the hashing: a file with a digest to check gets
/// [`StatusDigest::Tertunda`], whose text the caller hashes.
pub fn verify_tunda_dan_data(
    v: &Value,
    rapat: Option<(Vec<u8>, TeksData)>,
) -> (StatusDigest, TeksData) {
    match tertulis(v) {
        Err(s) => (s, Vec::new()),
        Ok(nilai) => {
            let (kanonik, data) = rapat.unwrap_or_else(|| {
                let (mut kanonik, mut data) = (Vec::new(), Vec::new());
                tulis_akar_dan_data(v, &mut kanonik, &mut data);
                (kanonik, data)
            });
            let d = DigestTertunda {
                tertulis: nilai.to_string(),
                kanonik,
            };
            (StatusDigest::Tertunda(Box::new(d)), data)
        }
    }
}

/// The digest value the file states, or the status of a file that states none we can check.
fn tertulis(v: &Value) -> Result<&str, StatusDigest> {
    let Some(d) = v.get("digest").and_then(Value::as_object) else {
        return Err(StatusDigest::TidakAda);
    };
    let (Some(alg), Some(nilai)) = (
        d.get("algorithm").and_then(Value::as_str),
        d.get("value").and_then(Value::as_str),
    ) else {
        return Err(StatusDigest::TidakAda);
    };
    if !alg.eq_ignore_ascii_case(ALGORITMA_DIGEST) {
        return Err(StatusDigest::AlgoritmaTidakDikenal(alg.to_string()));
    }
    Ok(nilai)
}

fn banding(tertulis: &str, dihitung: String) -> StatusDigest {
    if tertulis.eq_ignore_ascii_case(&dihitung) {
        StatusDigest::Cocok
    } else {
        StatusDigest::TidakCocok {
            tertulis: tertulis.to_string(),
            dihitung,
        }
    }
}

/// Checks the parsed file's digest against its content.
pub fn verify(v: &Value) -> StatusDigest {
    match tertulis(v) {
        Ok(nilai) => banding(nilai, hitung(v)),
        Err(s) => s,
    }
}
