//! Reading the files an import picks: each file's bytes asked for ahead ([`minta`]) and read
//! as UTF-8 ([`baca`]), the browser's turn between files ([`jeda`]), and a file's digest
//! checked with the hash the browser made of it ([`selesai_cerna`]).

use super::mesin::Mesin;
use crate::store::impor::Kumpulan;
use wasm_bindgen_futures::JsFuture;

/// Gives the browser its turn: resolves in a later task.
pub(super) async fn jeda() {
    let janji = js_sys::Promise::new(&mut |selesai, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&selesai);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(janji).await;
}

/// Drops `x` once the next frame is drawn: freeing what a large import built takes a tenth
/// of a second, which the person should not wait for to see the outcome.
pub(super) fn lepas_nanti<T: 'static>(x: T) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(move || drop(x), std::time::Duration::ZERO)
    });
}

/// A file's bytes, asked for now and awaited later: the browser reads the next file while this
/// tab checks the one before (reading them one after the other left the page idle for a
/// tenth of an import).
pub(super) fn minta(f: &web_sys::File) -> wasm_bindgen_futures::JsFuture {
    wasm_bindgen_futures::JsFuture::from(f.array_buffer())
}

/// File `j`'s digest checked with the hash the browser gave for it (in the app where none).
pub(super) async fn selesai_cerna(m: &Mesin, k: &mut Kumpulan, j: usize, janji: Option<JsFuture>) {
    let hasil = match janji {
        Some(janji) => janji.await.ok(),
        None => None,
    };
    (m.cerna_selesai)(k, j, hasil);
}

/// What reading a picked file gave.
pub(super) enum Bacaan {
    Teks(String),
    /// More bytes than the import takes (how many): nothing was copied into the app.
    TerlaluBesar(u64),
    /// The browser could not read it (gone, or too large to hold at all).
    Gagal,
}

/// The file's text. Its bytes are copied into the app as they are and read as UTF-8 here, as
/// `Blob.text()` would (a leading byte order mark dropped, a broken sequence read as U+FFFD),
/// without the detour through a JavaScript string (decoded by the browser, then encoded again
/// into the app's memory). A file over `batas` bytes is left in the browser: its size is known
/// from what was read, as asking a picked file its size first is a round trip to the browser
/// process each (a tenth of a second per hundred files).
pub(super) async fn baca(janji: wasm_bindgen_futures::JsFuture, batas: u64) -> Bacaan {
    let Ok(buf) = janji.await else {
        return Bacaan::Gagal;
    };
    // As a float: a length past 4 GiB must not wrap around into a small one.
    let panjang = js_sys::Reflect::get(&buf, &"byteLength".into())
        .ok()
        .and_then(|n| n.as_f64())
        .unwrap_or(f64::INFINITY);
    if panjang > batas as f64 {
        return Bacaan::TerlaluBesar(panjang as u64);
    }
    Bacaan::Teks(teks_utf8(js_sys::Uint8Array::new(&buf).to_vec()))
}

fn teks_utf8(byte: Vec<u8>) -> String {
    let byte = match byte.strip_prefix(b"\xef\xbb\xbf") {
        Some(sisa) => sisa.to_vec(),
        None => byte,
    };
    String::from_utf8(byte).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::teks_utf8;

    /// As `Blob.text()` reads a file: UTF-8, a leading byte order mark dropped (only one, only
    /// at the start), a broken sequence read as U+FFFD.
    #[test]
    fn bytes_read_as_blob_text_reads_them() {
        assert_eq!(teks_utf8(b"{\"a\":1}".to_vec()), "{\"a\":1}");
        assert_eq!(teks_utf8("\u{feff}{}".as_bytes().to_vec()), "{}");
        assert_eq!(
            teks_utf8("\u{feff}\u{feff}x".as_bytes().to_vec()),
            "\u{feff}x"
        );
        assert_eq!(teks_utf8("a\u{feff}".as_bytes().to_vec()), "a\u{feff}");
        assert_eq!(
            teks_utf8(b"Sari \xe9 \xff".to_vec()),
            "Sari \u{fffd} \u{fffd}"
        );
        assert_eq!(
            teks_utf8("Nyoman Ayu Dwi Lestari ✓".as_bytes().to_vec()),
            "Nyoman Ayu Dwi Lestari ✓"
        );
    }
}
