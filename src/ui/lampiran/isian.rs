//! The pegawai's attachment field in one card's entry form: each picked file is read here, a
//! photo scaled down on a canvas and exported as JPEG (rulebook `lampiran`), checked against
//! the limits, and held in the form until "save" writes it with the realisasi (one atomic
//! change, [`super::tulis::simpan`]). The field lists each attachment with its size and the
//! storage it takes, and what attachments and all data use of the store.

use super::buka::keterangan;
use super::teks::teks_lampiran;
use super::{IsianLampiran, LampiranIsian};
use crate::bundle::lampiran::{dari_base64, LampiranBaru};
use crate::domain::lampiran::{teks_ukuran, AturanLampiran};
use crate::domain::{Bahasa, Galat, Rulebook};
use crate::store::lampiran::{
    lepas_isi_nisan, pemakaian, Pemakaian, KAPASITAS_LOKAL_BYTE, TAHAN_NISAN_JAM,
};
use crate::store::KvStore;
use crate::ui::format::format_bytes;
use crate::ui::i18n::isi;
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use std::sync::Mutex;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Characters a stored attachment of `byte` bytes takes (base64 plus its envelope), two
/// bytes each as the browser counts them: about 2.7 times the file.
pub(super) fn perkiraan_tersimpan(byte: u64) -> u64 {
    (byte.div_ceil(3) * 4 + 450) * 2
}

async fn byte_berkas(f: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buf = JsFuture::from(f.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// A photo decoded through an `<img>` from a blob URL, drawn on a canvas no larger than
/// `sisi` pixels on its long side, exported as JPEG at `kualitas`.
async fn kompres_foto(f: &web_sys::File, sisi: u32, kualitas: f64) -> Result<Vec<u8>, JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(f)?;
    let img = web_sys::HtmlImageElement::new()?;
    img.set_src(&url);
    let dekode = JsFuture::from(img.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    dekode?;
    let (w, h) = (img.natural_width().max(1), img.natural_height().max(1));
    let skala = (f64::from(sisi) / f64::from(w.max(h))).min(1.0);
    let (w2, h2) = (
        (f64::from(w) * skala).round().max(1.0),
        (f64::from(h) * skala).round().max(1.0),
    );
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("document"))?;
    let kanvas: web_sys::HtmlCanvasElement = doc.create_element("canvas")?.unchecked_into();
    kanvas.set_width(w2 as u32);
    kanvas.set_height(h2 as u32);
    let ctx: web_sys::CanvasRenderingContext2d = kanvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("2d"))?
        .unchecked_into();
    // JPEG has no transparency: a transparent PNG goes on white, not black.
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, w2, h2);
    ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, w2, h2)?;
    let url = kanvas
        .to_data_url_with_type_and_encoder_options("image/jpeg", &JsValue::from_f64(kualitas))?;
    let b64 = url
        .split_once(',')
        .map(|(_, b)| b)
        .ok_or_else(|| JsValue::from_str("data URL"))?;
    dari_base64(b64).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// What the picked file becomes: any picture the browser can decode is compressed to JPEG
/// (the original kept when it is of an allowed type, already within the pixel limit and
/// smaller); anything else is read as it is, and never read at all when its size or type is
/// already refused. `Err` holds the reasons, naming the file.
async fn siapkan(
    f: &web_sys::File,
    aturan: &AturanLampiran,
) -> Result<(String, String, Vec<u8>), Vec<Galat>> {
    let nama = f.name();
    let mime = f.type_();
    let rusak = |e: JsValue| {
        let alasan = e.as_string().unwrap_or_else(|| format!("{e:?}"));
        vec![Galat::baru("lampiran_tak_terbaca")
            .dengan("nama", &nama)
            .dengan("alasan", alasan)]
    };
    if mime.starts_with("image/") {
        // A picture that does not decode is damaged, whatever its type says.
        let jpeg = kompres_foto(f, aturan.sisi_foto_maks_px, aturan.kualitas_jpeg)
            .await
            .map_err(rusak)?;
        if aturan.mime_boleh(&mime)
            && (f.size() as usize) <= jpeg.len()
            && ukuran_gambar_pas(f, aturan).await
        {
            return Ok((nama.clone(), mime, byte_berkas(f).await.map_err(rusak)?));
        }
        let dasar = nama.rsplit_once('.').map_or(nama.as_str(), |(d, _)| d);
        return Ok((format!("{dasar}.jpg"), "image/jpeg".into(), jpeg));
    }
    let m = aturan.periksa_berkas(&nama, &mime, f.size() as u64);
    if !m.is_empty() {
        return Err(m);
    }
    Ok((nama.clone(), mime, byte_berkas(f).await.map_err(rusak)?))
}

/// Whether the picture already fits the long-side limit (then its original may be kept).
async fn ukuran_gambar_pas(f: &web_sys::File, aturan: &AturanLampiran) -> bool {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(f) else {
        return false;
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return false;
    };
    img.set_src(&url);
    let ok = JsFuture::from(img.decode()).await.is_ok();
    let _ = web_sys::Url::revoke_object_url(&url);
    ok && img.natural_width().max(img.natural_height()) <= aturan.sisi_foto_maks_px
}

/// What attachments and all app data take of the store, for the store and data revision it
/// was read at: every card shows it, so it is read once per data change, not once per card.
type Pakai = (Pemakaian, Option<usize>);
static PAKAI: Mutex<Option<((usize, u64), Pakai)>> = Mutex::new(None);

/// Usage of `store` at data revision `revisi`. The first reading of a visit first gives back
/// the room of attachments deleted longer ago than any undo may reach ([`lepas_isi_nisan`]; a
/// failure only leaves the room taken).
fn pakai(store: &dyn KvStore, revisi: u64) -> Pakai {
    let kunci = (store as *const dyn KvStore as *const () as usize, revisi);
    let mut c = PAKAI.lock().unwrap_or_else(|e| e.into_inner());
    match *c {
        Some((k, p)) if k == kunci => return p,
        Some(_) => {}
        None => {
            let _ = lepas_isi_nisan(store, Some(chrono::Local::now().fixed_offset()));
        }
    }
    let p = (
        pemakaian(store).unwrap_or_default(),
        store.bytes_used().ok(),
    );
    *c = Some((kunci, p));
    p
}

/// The chunk's entry: one card's attachment field.
pub(super) fn gambar(isian: IsianLampiran) -> AnyView {
    view! { <MedanLampiran isian=isian/> }.into_any()
}

/// One card's attachment field.
#[component]
fn MedanLampiran(isian: IsianLampiran) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_lampiran(bahasa());
    let sibuk = RwSignal::new(false);
    let IsianLampiran {
        daftar,
        masalah,
        iki_id,
    } = isian;
    let pakai = Memo::new(move |_| pakai(state.store().as_ref(), state.revisi_data.get()));
    let pilih = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let berkas = input
            .files()
            .map(|d| crate::ui::berkas::salin(&d))
            .unwrap_or_default();
        // Reset, so picking the same file again fires another change.
        input.set_value("");
        if berkas.is_empty() {
            return;
        }
        sibuk.set(true);
        leptos::task::spawn_local(async move {
            let aturan = &rb.lampiran;
            let nip = state.settings.with_untracked(|s| s.nip.clone());
            let mut m_semua: Vec<Galat> = Vec::new();
            for f in berkas {
                // The card may have gone (the person left the screen): then stop quietly.
                let Some(ada) = daftar.try_with_untracked(Vec::len) else {
                    return;
                };
                if ada >= aturan.maks_per_realisasi {
                    m_semua.push(
                        Galat::baru("lampiran_terlalu_banyak")
                            .dengan("jumlah", ada + 1)
                            .dengan("batas", aturan.maks_per_realisasi),
                    );
                    break;
                }
                let (nama, mime, byte) = match siapkan(&f, aturan).await {
                    Ok(x) => x,
                    Err(m) => {
                        m_semua.extend(m);
                        continue;
                    }
                };
                let m = aturan.periksa_berkas(&nama, &mime, byte.len() as u64);
                if !m.is_empty() {
                    m_semua.extend(m);
                    continue;
                }
                // SKP and realisasi ids are set when the entry is saved.
                let l = LampiranBaru {
                    id: &crate::ui::platform::uuid_acak(),
                    skp_id: "",
                    realisasi_id: "",
                    pegawai_nip: &nip,
                    nama: &nama,
                    mime: &mime,
                }
                .dengan_byte(&byte);
                if daftar
                    .try_update(|v| v.push(LampiranIsian::Baru(l)))
                    .is_none()
                {
                    return;
                }
                state.dirty.set(true);
            }
            let _ = masalah.try_set(m_semua);
            let _ = sibuk.try_set(false);
        });
    };
    let id_input = format!("lampiran-{iki_id}");
    let petunjuk = move || {
        let a = &rb.lampiran;
        isi(
            t().petunjuk,
            &[
                ("sisi", &a.sisi_foto_maks_px.to_string()),
                ("batas", &teks_ukuran(a.ukuran_maks_byte)),
                ("maks", &a.maks_per_realisasi.to_string()),
            ],
        )
    };
    let ringkasan = move || {
        let (p, semua) = pakai.get();
        // Said where it matters: once something is attached, here or elsewhere.
        if p.jumlah == 0 && p.nisan == 0 && daftar.with(Vec::is_empty) {
            return None;
        }
        let kode = if bahasa() == Bahasa::Id { "id" } else { "en" };
        let uk = |b: f64| format_bytes(b, kode);
        let mut s = isi(
            t().pemakaian,
            &[
                ("ukuran", &uk(p.byte() as f64)),
                ("jumlah", &p.jumlah.to_string()),
            ],
        );
        if p.nisan > 0 {
            s.push(' ');
            s.push_str(&isi(
                t().pemakaian_nisan,
                &[("jam", &TAHAN_NISAN_JAM.to_string())],
            ));
        }
        if let Some(d) = semua {
            let sisa = KAPASITAS_LOKAL_BYTE.saturating_sub(d as u64);
            s.push(' ');
            s.push_str(&isi(
                t().sisa,
                &[
                    ("dipakai", &uk(d as f64)),
                    ("kapasitas", &uk(KAPASITAS_LOKAL_BYTE as f64)),
                    ("sisa", &uk(sisa as f64)),
                ],
            ));
        }
        Some(s)
    };
    let buang = move |id: String| {
        daftar.update(|v| v.retain(|x| x.id() != id));
        state.dirty.set(true);
    };
    view! {
        <div class="medan medan-lampiran">
            <label for=id_input.clone()>{move || t().lampiran}</label>
            <input id=id_input type="file" accept="image/jpeg,image/png,image/webp,application/pdf" multiple
                data-testid="pilih-lampiran" on:change=pilih prop:disabled=move || sibuk.get()/>
            <p class="petunjuk">{petunjuk}</p>
            <Show when=move || sibuk.get()><p role="status">{move || t().memproses}</p></Show>
            <ul class="daftar-lampiran" data-testid="daftar-lampiran">
                {move || daftar.get().into_iter().map(|x| {
                    let id = x.id().to_string();
                    let (nama, ukuran, baru) = match &x {
                        LampiranIsian::Baru(l) => (l.nama.clone(), l.ukuran, true),
                        LampiranIsian::Tersimpan(id) => keterangan(state.store().as_ref(), id)
                            .map_or((String::new(), 0, false), |k| (k.nama, k.ukuran, false)),
                    };
                    let tt = t();
                    let keterangan = isi(tt.ukuran, &[
                        ("ukuran", &teks_ukuran(ukuran)),
                        ("tersimpan", &teks_ukuran(perkiraan_tersimpan(ukuran))),
                    ]);
                    let aria = isi(tt.buang_aria, &[("nama", &nama)]);
                    view! {
                        <li data-testid="lampiran-isian">
                            {nama} " — " {keterangan}
                            {baru.then(|| view! { " · " <em>{tt.baru}</em> })}
                            " " <button type="button" class="sekunder kecil" data-testid="buang-lampiran"
                                aria-label=aria on:click=move |_| buang(id.clone())>{tt.buang}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="petunjuk" data-testid="pemakaian-lampiran">{ringkasan}</p>
        </div>
    }
}
