//! The form that logs a training or changes one: the kinds come from the rulebook (grouped by
//! jalur), JP is typed as people write numbers (`ui::format::angka`), and the record is
//! checked by the domain's `periksa` before it is written.

use super::teks::teks_pengembangan;
use crate::domain::pengembangan::KegiatanPengembangan;
use crate::domain::{Galat, Rulebook};
use crate::store::kinerja::Tersimpan;
use crate::store::rekaman::JenisRecord;
use crate::ui::format::{angka, angka_isian};
use crate::ui::i18n::isi;
use crate::ui::isian::isian;
use crate::ui::platform;
use crate::ui::state::{use_app_state, HasilSimpan};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The form's fields as typed.
#[derive(Clone, Default)]
struct Isian {
    bentuk: RwSignal<String>,
    judul: RwSignal<String>,
    penyelenggara: RwSignal<String>,
    mulai: RwSignal<String>,
    selesai: RwSignal<String>,
    jp: RwSignal<String>,
    sertifikat: RwSignal<String>,
}

impl Isian {
    fn isi(&self, k: Option<&KegiatanPengembangan>, bahasa: crate::domain::Bahasa) {
        let tgl = |d: NaiveDate| d.to_string();
        self.bentuk
            .set(k.map(|k| k.bentuk.clone()).unwrap_or_default());
        self.judul
            .set(k.map(|k| k.judul.clone()).unwrap_or_default());
        self.penyelenggara
            .set(k.map(|k| k.penyelenggara.clone()).unwrap_or_default());
        self.mulai.set(k.map(|k| tgl(k.mulai)).unwrap_or_default());
        self.selesai
            .set(k.map(|k| tgl(k.selesai)).unwrap_or_default());
        self.jp
            .set(k.map(|k| angka_isian(k.jp, bahasa)).unwrap_or_default());
        self.sertifikat
            .set(k.map(|k| k.sertifikat.clone()).unwrap_or_default());
    }
}

/// Logs a new training, or changes `sunting` (the one chosen in the list) when set.
#[component]
pub fn FormKegiatan(sunting: RwSignal<Option<Tersimpan<KegiatanPengembangan>>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_pengembangan(bahasa());
    let f = Isian::default();
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<&'static str>);
    let lebih_baru = RwSignal::new(false);
    // The newer stored version of the training being changed fills the form (gone: emptied).
    let muat_terbaru = move |_| {
        lebih_baru.set(false);
        state.dirty.set(false);
        let id = sunting.with_untracked(|k| k.as_ref().map(|k| k.isi.id.clone()));
        let nip = state.settings.with_untracked(|s| s.nip.trim().to_string());
        let baru = id.and_then(|id| {
            state.data_kinerja().with_untracked(|d| {
                d.kegiatan_milik(&nip)
                    .into_iter()
                    .find(|k| k.isi.id == id)
                    .cloned()
            })
        });
        sunting.set(baru);
    };
    // Choosing a training to change fills the form with it; cancelling empties it.
    let f2 = f.clone();
    Effect::new(move |_| {
        let k = sunting.get();
        f2.isi(k.as_ref().map(|k| &k.isi), bahasa_untracked(state));
        masalah.set(Vec::new());
        if k.is_some() {
            // "Ubah" in a row below the fold: the keyboard and the eye go to the form.
            platform::fokus("kp-bentuk");
        }
    });
    let kotor = move || state.dirty.set(true);
    let f3 = f.clone();
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let b = bahasa_untracked(state);
        let tt = teks_pengembangan(b);
        let lama = sunting.get_untracked();
        let mut galat = Vec::new();
        let tanggal = |s: RwSignal<String>, label: &str, galat: &mut Vec<Galat>| {
            let d = s.get_untracked().parse::<NaiveDate>().ok();
            if d.is_none() {
                galat.push(Galat::baru("tanggal_kosong").dengan("nilai", label));
            }
            d
        };
        let mulai = tanggal(f3.mulai, tt.mulai, &mut galat);
        let selesai = tanggal(f3.selesai, tt.selesai, &mut galat);
        let jp = angka(&f3.jp.get_untracked())
            .map_err(|g| galat.push(g))
            .ok();
        let (Some(mulai), Some(selesai), Some(jp)) = (mulai, selesai, jp) else {
            masalah.set(galat);
            return;
        };
        let k = KegiatanPengembangan {
            id: lama
                .as_ref()
                .map(|l| l.isi.id.clone())
                .unwrap_or_else(platform::uuid_acak),
            pegawai_nip: state.settings.with_untracked(|s| s.nip.trim().to_string()),
            judul: f3.judul.get_untracked().trim().into(),
            bentuk: f3.bentuk.get_untracked(),
            penyelenggara: f3.penyelenggara.get_untracked().trim().into(),
            mulai,
            selesai,
            jp,
            sertifikat: f3.sertifikat.get_untracked().trim().into(),
            // A change of the pegawai's own is theirs, not yet the admin's word.
            terverifikasi: false,
        };
        masalah.set(k.periksa(rb));
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        let basis = lama.as_ref().map(|l| l.revisi);
        match state.simpan_rekaman(JenisRecord::KegiatanPengembangan, &k.id, &k, basis) {
            HasilSimpan::Tersimpan(_) => {
                lebih_baru.set(false);
                sunting.set(None);
                f3.isi(None, b);
                status.set(Some(tt.tersimpan));
            }
            HasilSimpan::LebihBaru => {
                // What was typed stays in the form until the person loads the newer version.
                state.muat_ulang_data();
                lebih_baru.set(true);
            }
            HasilSimpan::Gagal => {}
        }
    };
    let batal = move |_| {
        lebih_baru.set(false);
        sunting.set(None);
        state.dirty.set(false);
    };
    let medan =
        move |id: &'static str,
              label: fn(&'static super::teks::TeksPengembangan) -> &'static str,
              jenis: &'static str,
              s: RwSignal<String>| { isian(id, move || label(t()), jenis, s, kotor) };
    let opsi = move |jalur: &'static str| {
        rb.pengembangan
            .bentuk
            .iter()
            .filter(|b| b.jalur == jalur)
            .map(|b| view! { <option value=b.kode.clone()>{rb.teks(&format!("bentuk.{}", b.kode), bahasa()).to_string()}</option> })
            .collect_view()
    };
    let bentuk = f.bentuk;
    let jp = f.jp;
    let sertifikat = f.sertifikat;
    view! {
        <form class="formulir kartu-berkas" on:submit=simpan data-testid="form-kegiatan">
            <h2>{move || if sunting.with(Option::is_some) { t().form_ubah } else { t().form_baru }}</h2>
            <Show when=move || sunting.with(|k| k.as_ref().is_some_and(|k| k.isi.terverifikasi))>
                <p class="status">{move || t().ubah_terverifikasi}</p>
            </Show>
            <div class="medan"><label for="kp-bentuk">{move || t().bentuk}</label>
                <select id="kp-bentuk" prop:value=move || bentuk.get() on:change=move |ev| { bentuk.set(event_target_value(&ev)); kotor() }>
                    <option value="">{move || t().pilih_bentuk}</option>
                    <optgroup label=move || rb.teks("jalur.klasikal", bahasa()).to_string()>{opsi("klasikal")}</optgroup>
                    <optgroup label=move || rb.teks("jalur.nonklasikal", bahasa()).to_string()>{opsi("nonklasikal")}</optgroup>
                </select></div>
            {medan("kp-judul", |t| t.judul_kegiatan, "text", f.judul)}
            {medan("kp-penyelenggara", |t| t.penyelenggara, "text", f.penyelenggara)}
            <div class="dua-kolom">
                {medan("kp-mulai", |t| t.mulai, "date", f.mulai)}
                {medan("kp-selesai", |t| t.selesai, "date", f.selesai)}
            </div>
            <div class="medan"><label for="kp-jp">{move || t().jp}</label>
                <p class="petunjuk" id="kp-jp-petunjuk">{move || isi(t().jp_petunjuk, &[("menit", &angka_isian(rb.pengembangan.menit_per_jp, bahasa()))])}</p>
                <input id="kp-jp" type="text" inputmode="decimal" aria-describedby="kp-jp-petunjuk" prop:value=move || jp.get()
                    on:input=move |ev| { jp.set(event_target_value(&ev)); kotor() }/></div>
            <div class="medan"><label for="kp-sertifikat">{move || t().sertifikat}</label>
                <p class="petunjuk" id="kp-sertifikat-petunjuk">{move || t().sertifikat_petunjuk}</p>
                <input id="kp-sertifikat" type="text" aria-describedby="kp-sertifikat-petunjuk" prop:value=move || sertifikat.get()
                    on:input=move |ev| { sertifikat.set(event_target_value(&ev)); kotor() }/></div>
            <Show when=move || !masalah.with(Vec::is_empty)>
                <div class="galat" role="alert" data-testid="galat-kegiatan"><p>{move || t().perbaiki}</p>
                    <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul></div>
            </Show>
            <button type="submit" class="utama" data-testid="simpan-kegiatan">{move || t().simpan}</button>
            <Show when=move || sunting.with(Option::is_some)>
                " " <button type="button" class="sekunder" data-testid="batal-kegiatan" on:click=batal>{move || t().batal}</button>
            </Show>
            {move || lebih_baru.get().then(|| view! {
                <div class="banner peringatan" role="alert" data-testid="kegiatan-lebih-baru">
                    <p>{t().berubah}</p>
                    <button type="button" on:click=muat_terbaru>{t().muat_ulang}</button>
                </div>
            })}
            <span role="status" class="status-ok" data-testid="status-kegiatan">{move || status.get()}</span>
        </form>
    }
}

fn bahasa_untracked(state: crate::ui::state::AppState) -> crate::domain::Bahasa {
    state.settings.with_untracked(|s| s.bahasa)
}
