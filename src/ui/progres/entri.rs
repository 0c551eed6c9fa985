//! One IKI card's entries: the form that records a new realisasi or corrects a stored one
//! (the history with its edit and delete buttons is [`super::riwayat`]). Every change is
//! a new revision of the same record (a delete is a tombstone) through `AppState`, so it
//! travels to the pejabat penilai in the pegawai's next bundle, and the card's capaian and
//! chart, which derive from the data memo, follow at once.

use crate::domain::evaluasi::{periode_dievaluasi, Periode};
use crate::domain::progres::{BuktiDukung, Realisasi};
use crate::domain::skp::Skp;
use crate::domain::{Bahasa, Galat, Rulebook};
use crate::store::kinerja::DataKinerja;
use crate::store::rekaman::JenisRecord;
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::lampiran::{self, IsianLampiran, LampiranIsian};
use crate::ui::platform;
use crate::ui::progres::teks::teks_progres;
use crate::ui::state::{use_app_state, HasilSimpan};
use chrono::NaiveDate;
use leptos::prelude::*;

/// The stored entry the form is correcting: its id and the revision the correction is based
/// on (a save naming an older one is refused, never written over newer data).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Sunting {
    pub id: String,
    pub basis: u64,
}

/// The card's unsaved entry: the typed fields, and which stored entry they correct (`None`
/// for a new one). Never filled from storage except by the person's "edit" click.
#[derive(Clone, Copy)]
pub(super) struct Isian {
    pub tanggal: RwSignal<String>,
    pub nilai: RwSignal<String>,
    pub catatan: RwSignal<String>,
    pub tautan: RwSignal<String>,
    pub berkas: RwSignal<String>,
    /// Attachments: the stored ones the entry names and the ones picked, not yet saved (the
    /// field that changes them is the attachment chunk's, `ui::lampiran`).
    pub lampiran: RwSignal<Vec<LampiranIsian>>,
    pub sunting: RwSignal<Option<Sunting>>,
    /// Something was typed or picked since the form was last emptied or filled.
    pub diubah: RwSignal<bool>,
    pub masalah: RwSignal<Vec<Galat>>,
    pub status: RwSignal<Option<String>>,
    /// The last delete in this card, to undo: (id, tombstone revision, whether it named
    /// attachments, which come back with it).
    pub terhapus: RwSignal<Option<(String, u64, bool)>>,
    /// What became of the last delete or undo, shown by the history.
    pub kabar: RwSignal<Option<String>>,
}

impl Isian {
    pub fn baru(hari_ini: NaiveDate) -> Self {
        Self {
            tanggal: RwSignal::new(hari_ini.to_string()),
            nilai: RwSignal::new(String::new()),
            catatan: RwSignal::new(String::new()),
            tautan: RwSignal::new(String::new()),
            berkas: RwSignal::new(String::new()),
            lampiran: RwSignal::new(Vec::new()),
            sunting: RwSignal::new(None),
            diubah: RwSignal::new(false),
            masalah: RwSignal::new(Vec::new()),
            status: RwSignal::new(None),
            terhapus: RwSignal::new(None),
            kabar: RwSignal::new(None),
        }
    }

    /// Back to an empty new entry.
    pub(super) fn kosongkan(&self, hari_ini: NaiveDate) {
        for s in [self.nilai, self.catatan, self.tautan, self.berkas] {
            s.set(String::new());
        }
        self.tanggal.set(hari_ini.to_string());
        self.lampiran.set(Vec::new());
        self.sunting.set(None);
        self.diubah.set(false);
        self.masalah.set(Vec::new());
    }

    /// Fills the form with a stored entry to correct it.
    pub(super) fn muat(&self, r: &Realisasi, basis: u64, bahasa: Bahasa) {
        self.tanggal.set(r.tanggal.to_string());
        self.nilai
            .set(r.nilai.map(|v| teks_nilai(v, bahasa)).unwrap_or_default());
        self.catatan.set(r.catatan.clone());
        let (mut tautan, mut berkas, mut lampiran) = (Vec::new(), Vec::new(), Vec::new());
        for b in &r.bukti {
            match b {
                BuktiDukung::Tautan(t) => tautan.push(t.as_str()),
                BuktiDukung::Berkas(n) => berkas.push(n.as_str()),
                BuktiDukung::Lampiran(id) => lampiran.push(LampiranIsian::Tersimpan(id.clone())),
            }
        }
        self.lampiran.set(lampiran);
        // One field each; an entry from elsewhere with several keeps them joined by spaces
        // (links) and "; " (file names), which the save splits again.
        self.tautan.set(tautan.join(" "));
        self.berkas.set(berkas.join("; "));
        self.sunting.set(Some(Sunting {
            id: r.id.clone(),
            basis,
        }));
        self.masalah.set(Vec::new());
    }

    /// The entry as typed, checked the same way for a new entry and a correction; its
    /// attachments are named by id (their files are written by the attachment chunk).
    /// The date must be one, within the SKP's period (`label` names the field).
    fn jadi(
        &self,
        id: String,
        skp: &Skp,
        iki_id: String,
        label: &str,
    ) -> Result<Realisasi, Vec<Galat>> {
        let nilai = baca_nilai(&self.nilai.get_untracked()).map_err(|g| vec![g])?;
        let Ok(tanggal) = self.tanggal.get_untracked().parse::<NaiveDate>() else {
            return Err(vec![Galat::baru("tanggal_kosong").dengan("nilai", label)]);
        };
        let mut bukti: Vec<BuktiDukung> = self
            .tautan
            .get_untracked()
            .split_whitespace()
            .map(|t| BuktiDukung::Tautan(t.into()))
            .collect();
        bukti.extend(
            self.berkas
                .get_untracked()
                .split(';')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(|n| BuktiDukung::Berkas(n.into())),
        );
        self.lampiran.with_untracked(|v| {
            bukti.extend(v.iter().map(|x| BuktiDukung::Lampiran(x.id().to_string())));
        });
        let r = Realisasi {
            id,
            skp_id: skp.id.clone(),
            iki_id,
            tanggal,
            nilai,
            catatan: self.catatan.get_untracked().trim().into(),
            bukti,
        };
        let mut m = r.periksa();
        m.extend(r.periksa_tanggal(skp));
        if m.is_empty() {
            Ok(r)
        } else {
            Err(m)
        }
    }

    /// Whether saving `r` changes attachments (a new file, or a stored one it no longer
    /// names, given the ones the stored entry names): then the attachment chunk writes it.
    fn ubah_lampiran(&self, r: &Realisasi, tersimpan: &[String]) -> bool {
        self.lampiran
            .with_untracked(|v| v.iter().any(|x| matches!(x, LampiranIsian::Baru(_))))
            || tersimpan.iter().any(|id| !r.lampiran().any(|x| x == id))
    }
}

/// A typed realisasi: empty is none (a narrative entry); otherwise the one reading of numbers
/// every form shares (`ui::format::angka`: either decimal separator, digit groups refused
/// with a reason), never stored as 0.
pub(super) fn baca_nilai(teks: &str) -> Result<Option<f64>, Galat> {
    if teks.trim().is_empty() {
        return Ok(None);
    }
    crate::ui::format::angka(teks).map(Some)
}

/// A stored value back in the form, reading back unchanged, with the language's separator.
pub(super) fn teks_nilai(v: f64, bahasa: Bahasa) -> String {
    crate::ui::format::angka_isian(v, bahasa)
}

/// The evaluated period a date of this SKP falls in, from the stored evaluations. Takes the
/// memo rather than looking the state up, as event handlers run outside the component.
pub(super) fn dievaluasi(
    data: Memo<DataKinerja>,
    skp: &Skp,
    tanggal: NaiveDate,
) -> Option<Periode> {
    data.with(|d| {
        let ev = d.evaluasi_skp(&skp.id);
        periode_dievaluasi(skp, ev.iter().map(|e| &e.isi), tanggal)
    })
}

pub(super) use crate::ui::platform::fokus;

/// The entry form of one IKI: a new realisasi, or the correction of the entry being edited.
#[component]
pub(super) fn FormRealisasi(
    skp: Memo<Option<Skp>>,
    iki_id: String,
    naratif: Memo<bool>,
    isian: Isian,
) -> impl IntoView {
    let state = use_app_state();
    let data = state.data_kinerja();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_progres(bahasa());
    let hari_ini = chrono::Local::now().date_naive();
    let Isian {
        tanggal,
        nilai,
        catatan,
        tautan,
        berkas,
        sunting,
        masalah,
        status,
        ..
    } = isian;
    let iki = iki_id.clone();
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(skp_isi) = skp.get_untracked() else {
            return;
        };
        let lama = sunting.get_untracked();
        let id = lama
            .as_ref()
            .map(|s| s.id.clone())
            .unwrap_or_else(platform::uuid_acak);
        let r = match isian.jadi(id.clone(), &skp_isi, iki.clone(), t().tanggal) {
            Ok(r) => r,
            Err(m) => {
                masalah.set(m);
                return;
            }
        };
        masalah.set(Vec::new());
        let basis = lama.as_ref().map(|s| s.basis);
        let selesai = move |hasil: HasilSimpan| match hasil {
            HasilSimpan::Tersimpan(_) => {
                isian.kosongkan(hari_ini);
                let tt = t();
                status.set(Some(
                    if basis.is_some() {
                        tt.diperbarui
                    } else {
                        tt.tersimpan
                    }
                    .to_string(),
                ));
            }
            HasilSimpan::LebihBaru => {
                // Changed in another tab or by an import since the edit began: the history
                // now shows what is stored; the typed correction stays in the form.
                let kini = data.with_untracked(|d| d.realisasi_id(&id).map(|x| x.revisi));
                match kini {
                    Some(revisi) => {
                        sunting.set(Some(Sunting { id, basis: revisi }));
                        status.set(Some(t().berubah.to_string()));
                    }
                    None => {
                        // Deleted elsewhere: saving again records it as a new entry.
                        sunting.set(None);
                        status.set(Some(t().sudah_dihapus.to_string()));
                    }
                }
            }
            HasilSimpan::Gagal => {}
        };
        let tersimpan: Vec<String> = match basis {
            Some(_) => data.with_untracked(|d| {
                d.realisasi_id(&r.id)
                    .map(|x| x.isi.lampiran().map(str::to_string).collect())
                    .unwrap_or_default()
            }),
            None => Vec::new(),
        };
        if isian.ubah_lampiran(&r, &tersimpan) {
            // The entry with its new files, without the dropped ones, whole or not at all.
            let daftar = isian.lampiran;
            lampiran::dengan_kode(
                move |k| match (k.simpan)(&state, &r, basis, daftar) {
                    Ok(h) => selesai(h),
                    Err(m) => masalah.set(m),
                },
                move |e| status.set(Some(lampiran::gagal_muat(bahasa(), &e))),
            );
        } else {
            // The one writer: revision-checked, reports storage failures, and every screen
            // (capaian, chart, the home agenda) re-reads.
            selesai(state.simpan_rekaman(JenisRecord::Realisasi, &r.id, &r, basis));
        }
    };
    let batal = move |_| {
        isian.kosongkan(hari_ini);
        state.dirty.set(false);
        status.set(None);
    };
    let kotor = move || {
        isian.diubah.set(true);
        state.dirty.set(true)
    };
    state.jaga_isian(move || isian.diubah.get());
    let masuk = move |s: RwSignal<String>| {
        move |ev: leptos::ev::Event| {
            s.set(event_target_value(&ev));
            kotor()
        }
    };
    // A date in an evaluated period: allowed, and said (see `periode_dievaluasi`).
    let peringatan = move || {
        let tgl = tanggal.with(|t| t.parse::<NaiveDate>().ok())?;
        let p = skp.with(|s| s.as_ref().and_then(|s| dievaluasi(data, s, tgl)))?;
        Some(isi(
            t().dievaluasi,
            &[("periode", &nama_periode(&p, bahasa()))],
        ))
    };
    let id_lampiran = iki_id.clone();
    let f = move |n: &str| format!("{n}-{iki_id}");
    let id_nilai = f("nilai");
    view! {
        <form class="formulir" on:submit=simpan data-testid="form-realisasi">
            <h4>{move || match sunting.get() {
                Some(_) => isi(t().ubah_judul, &[("tanggal", &tanggal_teks(&tanggal.get()))]),
                None => t().tambah.to_string(),
            }}</h4>
            <div class="dua-kolom">
                <div class="medan"><label for=f("tgl")>{move || t().tanggal}</label>
                    <input id=f("tgl") type="date" prop:value=move || tanggal.get() on:input=masuk(tanggal)/></div>
                {move || (!naratif.get()).then(|| view! { <div class="medan"><label for=id_nilai.clone()>{move || t().nilai}</label>
                    <input id=id_nilai.clone() type="text" inputmode="decimal" data-testid="isian-nilai" prop:value=move || nilai.get() on:input=masuk(nilai)/></div> })}
                <div class="medan"><label for=f("catatan")>{move || t().catatan}</label>
                    <input id=f("catatan") type="text" maxlength="300" prop:value=move || catatan.get() on:input=masuk(catatan)/></div>
                <div class="medan"><label for=f("tautan")>{move || t().tautan}</label>
                    <input id=f("tautan") type="url" prop:value=move || tautan.get() on:input=masuk(tautan)/></div>
                <div class="medan"><label for=f("berkas")>{move || t().berkas}</label>
                    <input id=f("berkas") type="text" prop:value=move || berkas.get() on:input=masuk(berkas)/></div>
            </div>
            {lampiran::tampilkan(move |k| (k.isian)(IsianLampiran {
                daftar: isian.lampiran,
                masalah,
                iki_id: id_lampiran.clone(),
            }))}
            {move || peringatan().map(|p| view! { <p class="petunjuk" data-testid="realisasi-dievaluasi">{p}</p> })}
            <Show when=move || !masalah.with(Vec::is_empty)>
                <div class="galat" role="alert"><p>{move || t().perbaiki}</p><ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul></div>
            </Show>
            <button type="submit" class="utama" data-testid="simpan-realisasi">{move || if sunting.with(Option::is_some) { t().simpan_perubahan } else { t().simpan }}</button>
            <Show when=move || sunting.with(Option::is_some)>
                " " <button type="button" class="sekunder" data-testid="batal-ubah" on:click=batal>{move || t().batal}</button>
            </Show>
            <span role="status" class="status-ok" data-testid="status-realisasi">{move || status.get()}</span>
        </form>
    }
}

/// A date from the form as the history prints it.
fn tanggal_teks(t: &str) -> String {
    t.parse::<NaiveDate>()
        .map(crate::ui::format::tanggal)
        .unwrap_or_else(|_| t.to_string())
}

#[cfg(test)]
#[path = "entri_tests.rs"]
mod tests;
