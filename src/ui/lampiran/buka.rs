//! Stored attachments with "open" (the pegawai's history, the pejabat penilai's evaluation).
//! A realisasi names its attachments by id only, so the name and size are read here from the
//! `lampiran` record when the part is shown (once per id and visit: an attachment never
//! changes, it is only deleted). Opening reads the bytes again, checks them against their
//! SHA-256, and hands them to the browser as a `blob:` URL (the CSP allows `img-src blob:`;
//! `object-src 'none'` rules out an embed): a photo in a new tab, a PDF as a download, which
//! every browser's viewer then opens. The URL is revoked once the tab or the download has it.

use super::teks::teks_lampiran;
use crate::bundle::lampiran::byte_lampiran;
use crate::domain::lampiran::teks_ukuran;
use crate::domain::Rulebook;
use crate::store::lampiran::{self, Keterangan};
use crate::store::KvStore;
use crate::ui::i18n::isi;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Mutex;
use wasm_bindgen::{JsCast, JsValue};

/// Name, type and size by attachment id, read once per visit.
static KETERANGAN: Mutex<Option<HashMap<String, Keterangan>>> = Mutex::new(None);

/// What the list shows of an attachment: from the cache, else read now (`None`: not stored
/// here, or deleted; asked again next time, since an import may bring it).
pub(super) fn keterangan(store: &dyn KvStore, id: &str) -> Option<Keterangan> {
    let mut c = KETERANGAN.lock().unwrap_or_else(|e| e.into_inner());
    let peta = c.get_or_insert_with(HashMap::new);
    if let Some(k) = peta.get(id) {
        return Some(k.clone());
    }
    let k = lampiran::baca_keterangan(store, id).ok().flatten()?;
    peta.insert(id.to_string(), k.clone());
    Some(k)
}

/// Remembers what was just saved, so the list needs no read of it.
pub(super) fn ingat(id: &str, k: Keterangan) {
    let mut c = KETERANGAN.lock().unwrap_or_else(|e| e.into_inner());
    c.get_or_insert_with(HashMap::new).insert(id.to_string(), k);
}

/// Revokes a blob URL after a minute: long enough for the new tab or the download to have
/// read it, and it does not outlive the visit.
fn cabut_nanti(url: String) {
    let Some(w) = web_sys::window() else { return };
    let f = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 60_000);
}

/// Hands the bytes to the browser: a photo in a new tab, anything else as a download.
fn serahkan(byte: &[u8], mime: &str, nama: &str) -> Result<(), JsValue> {
    let arr = js_sys::Uint8Array::from(byte);
    let opsi = web_sys::BlobPropertyBag::new();
    opsi.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&js_sys::Array::of1(&arr), &opsi)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let w = web_sys::window().ok_or_else(|| JsValue::from_str("window"))?;
    if mime.starts_with("image/") {
        w.open_with_url_and_target(&url, "_blank")?;
    } else {
        crate::ui::berkas::klik_unduh(&url, nama)?;
    }
    cabut_nanti(url);
    Ok(())
}

/// A stored attachment's name and size with its "open" button; a message in place when it is
/// missing (followed: an import may bring it), or when its bytes do not match their
/// fingerprint.
#[component]
pub(super) fn TautanLampiran(id: String) -> impl IntoView {
    let state = use_app_state();
    let data = state.data_kinerja();
    let t = move || teks_lampiran(state.settings.with(|s| s.bahasa));
    let id = StoredValue::new(id);
    // Drawn again only when what it shows changes, not on every data change.
    let k = Memo::new(move |_| {
        data.track();
        id.with_value(|id| keterangan(state.store().as_ref(), id))
    });
    move || match k.get() {
        Some(k) => view! { <Terbuka id=id.get_value() k=k/> }.into_any(),
        None => view! {
            <span class="lampiran galat" data-testid="lampiran-hilang">
                <span aria-hidden="true">"📎 "</span>{move || t().tidak_ada}
            </span>
        }
        .into_any(),
    }
}

/// A stored attachment, its name and size known: "open" reads and checks the bytes now.
#[component]
fn Terbuka(id: String, k: Keterangan) -> impl IntoView {
    let state = use_app_state();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_lampiran(bahasa());
    let pesan = RwSignal::new(None::<String>);
    let nama = StoredValue::new(k.nama);
    let buka = move |_| {
        let n = nama.get_value();
        let isi_nama = |s: &str, alasan: &str| isi(s, &[("nama", &n), ("alasan", alasan)]);
        let l = match lampiran::baca(state.store().as_ref(), &id) {
            Ok(Some(l)) => l,
            Ok(None) => return pesan.set(Some(isi_nama(t().hilang, ""))),
            Err(e) => {
                let a = crate::ui::i18n::galat_penyimpanan(&e, crate::ui::i18n::teks(bahasa()));
                return pesan.set(Some(isi_nama(t().gagal_buka, &a)));
            }
        };
        let hasil = byte_lampiran(&l)
            .map_err(|g| g.pesan(Rulebook::aktif(), bahasa()))
            .and_then(|b| serahkan(&b, &l.mime, &l.nama).map_err(|e| format!("{e:?}")));
        pesan.set(hasil.err().map(|a| isi_nama(t().gagal_buka, &a)));
    };
    view! {
        <span class="lampiran" data-testid="lampiran">
            <span aria-hidden="true">"📎 "</span>{nama.get_value()} " (" {teks_ukuran(k.ukuran)} ") "
            <button type="button" class="sekunder kecil" data-testid="buka-lampiran"
                aria-label=move || isi(t().buka_aria, &[("nama", &nama.get_value())])
                on:click=buka>{move || t().buka}</button>
            {move || pesan.get().map(|p| view! { <span class="galat" role="alert">{p}</span> })}
        </span>
    }
}

/// The chunk's entry: these attachments, one after another.
pub(super) fn gambar_daftar(ids: Vec<String>) -> AnyView {
    ids.into_iter()
        .map(|id| view! { <TautanLampiran id=id/> " " })
        .collect_view()
        .into_any()
}
