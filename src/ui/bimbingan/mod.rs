//! The pejabat penilai's coaching record for one bawahan SKP: umpan balik berkelanjutan per
//! RHK and dialog kinerja (date, participants, achievements, obstacles, agreed steps,
//! follow-up). Both are records that travel to the pegawai in the penilaian bundle.

pub mod daftar;
pub mod teks;

use crate::domain::progres::{DialogKinerja, UmpanBalik};
use crate::domain::skp::Skp;
use crate::domain::{Galat, Rulebook};
use crate::store::kinerja::DataKinerja;
use crate::store::rekaman::JenisRecord;
use crate::ui::bimbingan::teks::teks_bimbingan;
use crate::ui::format::baris;
use crate::ui::platform;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, HasilSimpan};
use chrono::NaiveDate;
use daftar::{DaftarDialog, DaftarUmpanBalik, Hapus};
use leptos::prelude::*;

fn daftar_galat(masalah: RwSignal<Vec<Galat>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    view! {
        <Show when=move || !masalah.with(Vec::is_empty)>
            <div class="galat" role="alert"><p>{move || teks_bimbingan(bahasa()).perbaiki}</p>
                <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul></div>
        </Show>
    }
}

#[component]
pub fn Bimbingan() -> impl IntoView {
    let state = use_app_state();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_bimbingan(bahasa());
    let data = state.data_kinerja();
    let daftar = Memo::new(move |_| {
        let saya = state.settings.with(|s| s.nip.clone());
        data.with(|d| {
            d.skp_dinilai(&saya)
                .map(|s| (s.isi.clone(), d.nama(&s.isi.pegawai_nip)))
                .collect::<Vec<_>>()
        })
    });
    // The person's choice; the SKP shown derives from it: the chosen one while it is in the
    // list, else the first.
    let pilihan = RwSignal::new(String::new());
    let skp = Memo::new(move |_| {
        pilihan.with(|id| {
            daftar.with(|d| {
                d.iter()
                    .find(|(s, _)| s.id == *id)
                    .or_else(|| d.first())
                    .cloned()
            })
        })
    });
    let skp_id = move || skp.with(|s| s.as_ref().map(|(s, _)| s.id.clone()).unwrap_or_default());
    // The last delete, kept so it can be undone: (type, id, tombstone revision).
    let terhapus = RwSignal::new(None::<(JenisRecord, String, u64)>);
    let pesan = RwSignal::new(None::<&'static str>);
    let hapus: Hapus =
        Callback::new(move |(j, id, revisi): (JenisRecord, String, u64)| {
            match state.hapus_rekaman(j, &id, revisi) {
                HasilSimpan::Tersimpan(nisan) => {
                    terhapus.set(Some((j, id, nisan)));
                    pesan.set(Some(t().terhapus));
                }
                HasilSimpan::LebihBaru => pesan.set(Some(t().berubah)),
                HasilSimpan::Gagal => {}
            }
        });
    let urungkan = move |_| {
        let Some((j, id, revisi)) = terhapus.get_untracked() else {
            return;
        };
        match state.urungkan_hapus(j, &id, revisi) {
            HasilSimpan::Tersimpan(_) => pesan.set(Some(t().dipulihkan)),
            HasilSimpan::LebihBaru => pesan.set(Some(t().gagal_urungkan)),
            HasilSimpan::Gagal => {}
        }
        terhapus.set(None);
    };
    let isi = move || {
        let (s, nama) = skp.get()?;
        Some(
            view! { <UmpanBalikRhk skp=s.clone() data=data hapus=hapus/> <Dialog skp=s nama=nama data=data hapus=hapus/> },
        )
    };
    view! {
        <section class="halaman" aria-labelledby="judul-bimbingan">
            <h1 id="judul-bimbingan">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || !daftar.with(Vec::is_empty) fallback=move || view! { <p data-testid="bimbingan-kosong">{move || t().kosong}</p> }>
                <div class="medan">
                    <label for="bb-skp">{move || t().pegawai}</label>
                    <select id="bb-skp" prop:value=skp_id on:change=move |ev| pilihan.set(event_target_value(&ev))>
                        {move || daftar.get().into_iter().map(|(s, nama)| view! {
                            <option value=s.id.clone()>{format!("{nama} — {} – {}", crate::ui::format::tanggal(s.periode_mulai), crate::ui::format::tanggal(s.periode_selesai))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Show when=move || pesan.with(Option::is_some)>
                    <p class="status" role="status" data-testid="status-hapus">{move || pesan.get()}
                        <Show when=move || terhapus.with(Option::is_some)>
                            " " <button type="button" class="kecil" data-testid="urungkan-hapus" on:click=urungkan>{move || t().urungkan}</button>
                        </Show>
                    </p>
                </Show>
                {isi}
                <p><a href=Route::Data.href()>{move || t().kirim}</a></p>
            </Show>
        </section>
    }
}

#[component]
fn UmpanBalikRhk(skp: Skp, data: Memo<DataKinerja>, hapus: Hapus) -> impl IntoView {
    let state = use_app_state();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_bimbingan(bahasa());
    let skp_id = skp.id.clone();
    let per_rhk = skp.rhk.into_iter().map(|r| {
        let hari = chrono::Local::now().date_naive();
        let (tanggal, teks) = (RwSignal::new(hari.to_string()), RwSignal::new(String::new()));
        let masalah = RwSignal::new(Vec::<Galat>::new());
        let status = RwSignal::new(None::<&'static str>);
        state.jaga_isian(move || !teks.with(|t| t.trim().is_empty()));
        let (sid, rid) = (skp_id.clone(), r.id.clone());
        let simpan = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            // An empty or broken date is said, not saved as today (the date places the
            // feedback in its period).
            let Ok(tgl) = tanggal.get_untracked().parse::<NaiveDate>() else {
                let b = state.settings.with_untracked(|s| s.bahasa);
                let label = teks_bimbingan(b).tanggal;
                masalah.set(vec![Galat::baru("tanggal_kosong").dengan("nilai", label)]);
                return;
            };
            let u = UmpanBalik {
                id: platform::uuid_acak(),
                skp_id: sid.clone(),
                rhk_id: rid.clone(),
                tanggal: tgl,
                dari_nip: state.settings.get_untracked().nip,
                isi: teks.get_untracked().trim().into(),
            };
            masalah.set(u.periksa());
            if masalah.with_untracked(|m| !m.is_empty()) {
                return;
            }
            if let HasilSimpan::Tersimpan(_) = state.simpan_rekaman(JenisRecord::UmpanBalik, &u.id, &u, None) {
                teks.set(String::new());
                status.set(Some(t().tersimpan));
            }
        };
        let (sid, rid) = (skp_id.clone(), r.id.clone());
        let ada = Signal::derive(move || data.with(|d| {
            d.umpan_balik_skp(&sid).into_iter().filter(|u| u.isi.rhk_id == rid).cloned().collect::<Vec<_>>()
        }));
        let f = |n: &str| format!("{n}-{}", r.id);
        view! {
            <article class="kartu-berkas" data-testid="bb-rhk">
                <h3>{r.uraian.clone()}</h3>
                <DaftarUmpanBalik daftar=ada data=data hapus=hapus/>
                <form class="formulir" on:submit=simpan>
                    <div class="dua-kolom">
                        <div class="medan"><label for=f("ub-tgl")>{move || t().tanggal}</label>
                            <input id=f("ub-tgl") type="date" prop:value=move || tanggal.get() on:input=move |ev| tanggal.set(event_target_value(&ev))/></div>
                        <div class="medan"><label for=f("ub-isi")>{move || t().umpan_balik_baru}</label>
                            <textarea id=f("ub-isi") rows="2" prop:value=move || teks.get()
                                on:input=move |ev| { teks.set(event_target_value(&ev)); state.dirty.set(true) }></textarea></div>
                    </div>
                    {daftar_galat(masalah)}
                    <button type="submit" class="utama" data-testid="simpan-umpan-balik">{move || t().kirim_umpan_balik}</button>
                    <span role="status" class="status-ok">{move || status.get()}</span>
                </form>
            </article>
        }
    }).collect_view();
    view! {
        <h2>{move || t().umpan_balik_judul}</h2>
        {per_rhk}
    }
}

#[component]
fn Dialog(skp: Skp, nama: String, data: Memo<DataKinerja>, hapus: Hapus) -> impl IntoView {
    let state = use_app_state();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_bimbingan(bahasa());
    let hari = chrono::Local::now().date_naive();
    let saya = state.settings.with_untracked(|s| s.nama.clone());
    let peserta_awal = [nama, saya]
        .into_iter()
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let tanggal = RwSignal::new(hari.to_string());
    let peserta = RwSignal::new(peserta_awal.clone());
    let (capaian, kendala, langkah, lanjut) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<&'static str>);
    state.jaga_isian(move || {
        [capaian, kendala, langkah, lanjut]
            .iter()
            .any(|s| !s.with(|t| t.trim().is_empty()))
    });
    let skp_id = skp.id.clone();
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        // An empty or broken date is said, not saved as today: it decides which period's
        // obstacles the dialog shows in.
        let Ok(tgl) = tanggal.get_untracked().parse::<NaiveDate>() else {
            let b = state.settings.with_untracked(|s| s.bahasa);
            let label = teks_bimbingan(b).tanggal;
            masalah.set(vec![Galat::baru("tanggal_kosong").dengan("nilai", label)]);
            return;
        };
        let d = DialogKinerja {
            id: platform::uuid_acak(),
            skp_id: skp_id.clone(),
            tanggal: tgl,
            peserta: baris(&peserta.get_untracked()),
            capaian: capaian.get_untracked().trim().into(),
            kendala: kendala.get_untracked().trim().into(),
            langkah_disepakati: langkah.get_untracked().trim().into(),
            tindak_lanjut: lanjut.get_untracked().parse::<NaiveDate>().ok(),
        };
        masalah.set(d.periksa());
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        if let HasilSimpan::Tersimpan(_) =
            state.simpan_rekaman(JenisRecord::DialogKinerja, &d.id, &d, None)
        {
            for s in [capaian, kendala, langkah, lanjut] {
                s.set(String::new());
            }
            status.set(Some(t().tersimpan));
        }
    };
    let sid = skp.id.clone();
    let ada = Signal::derive(move || {
        data.with(|d| d.dialog_skp(&sid).into_iter().cloned().collect::<Vec<_>>())
    });
    let kotor = move || state.dirty.set(true);
    let area = move |id: &'static str,
                     label: fn(
        &'static crate::ui::bimbingan::teks::TeksBimbingan,
    ) -> &'static str,
                     s: RwSignal<String>| {
        view! {
            <div class="medan"><label for=id>{move || label(t())}</label>
                <textarea id=id rows="2" prop:value=move || s.get() on:input=move |ev| { s.set(event_target_value(&ev)); kotor() }></textarea></div>
        }
    };
    view! {
        <h2>{move || t().dialog_judul}</h2>
        <DaftarDialog daftar=ada hapus=hapus/>
        <form class="formulir kartu-berkas" on:submit=simpan data-testid="form-dialog">
            <h3>{move || t().dialog_baru}</h3>
            <div class="dua-kolom">
                <div class="medan"><label for="dk-tgl">{move || t().tanggal}</label>
                    <input id="dk-tgl" type="date" prop:value=move || tanggal.get() on:input=move |ev| tanggal.set(event_target_value(&ev))/></div>
                <div class="medan"><label for="dk-lanjut">{move || t().tindak_lanjut}</label>
                    <input id="dk-lanjut" type="date" prop:value=move || lanjut.get() on:input=move |ev| lanjut.set(event_target_value(&ev))/></div>
            </div>
            <div class="medan"><label for="dk-peserta">{move || t().peserta}</label>
                <p class="petunjuk" id="dk-peserta-petunjuk">{move || t().peserta_petunjuk}</p>
                <textarea id="dk-peserta" rows="2" aria-describedby="dk-peserta-petunjuk" prop:value=move || peserta.get()
                    on:input=move |ev| peserta.set(event_target_value(&ev))></textarea></div>
            {area("dk-capaian", |t| t.capaian, capaian)}
            {area("dk-kendala", |t| t.kendala, kendala)}
            {area("dk-langkah", |t| t.langkah, langkah)}
            {daftar_galat(masalah)}
            <button type="submit" class="utama" data-testid="simpan-dialog">{move || t().simpan_dialog}</button>
            <span role="status" class="status-ok">{move || status.get()}</span>
        </form>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Bimbingan/> }.into_any()
}
