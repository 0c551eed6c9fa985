//! A pejabat penilai assesses a bawahan's competencies (Format B.1.9): per competency of the
//! rulebook (manajerial, sosial kultural) a level on its scale and the reason, against the
//! standard for the bawahan's jenjang, and the position's teknis competencies with their own
//! standard (`teknis.rs`); the competencies left "not assessed" stay out of the standard too,
//! so the JPM covers what was assessed.

use super::teks::teks_kompetensi;
use super::{persen, tampil_penilaian};
use crate::domain::kompetensi::{nama_kompetensi, standar_default, Level, PenilaianKompetensi};
use crate::domain::{Galat, Rulebook};
use crate::store::kinerja::Tersimpan;
use crate::store::rekaman::JenisRecord;
use crate::ui::format::baris;
use crate::ui::i18n::isi;
use crate::ui::platform;
use crate::ui::state::{use_app_state, HasilSimpan};
use chrono::NaiveDate;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// One competency's inputs: its key, the level chosen ("" = not assessed) and the reason.
type Isian = (String, RwSignal<String>, RwSignal<String>);

#[component]
pub fn NilaiBawahan() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_kompetensi(bahasa());
    let data = state.data_kinerja();
    let saya = Memo::new(move |_| state.settings.with(|s| s.nip.trim().to_string()));
    // The bawahan: whose file (SKP) is here, or whose profile names this pejabat penilai.
    let bawahan = Memo::new(move |_| {
        let saya = saya.get();
        data.with(|d| {
            d.bawahan(&saya)
                .into_iter()
                .map(|n| {
                    let jenjang = d.profil(&n).map(|p| p.jenjang.clone()).unwrap_or_default();
                    (d.nama(&n), n, jenjang)
                })
                .collect::<Vec<_>>()
        })
    });
    let pilihan = RwSignal::new(String::new());
    let dipilih = Memo::new(move |_| {
        pilihan.with(|p| {
            bawahan.with(|b| {
                b.iter()
                    .find(|(_, n, _)| n == p)
                    .or_else(|| b.first())
                    .cloned()
            })
        })
    });
    let hari = chrono::Local::now().date_naive();
    let tanggal = RwSignal::new(hari.to_string());
    let saran = RwSignal::new(String::new());
    let k = &rb.kompetensi;
    let isian: Vec<Isian> = k
        .manajerial
        .iter()
        .chain(&k.sosial_kultural)
        .map(|kode| {
            (
                kode.clone(),
                RwSignal::new(String::new()),
                RwSignal::new(String::new()),
            )
        })
        .collect();
    let isian = StoredValue::new(isian);
    let teknis = RwSignal::new(Vec::<super::teknis::BarisTeknis>::new());
    let kosongkan = move || {
        teknis.set(Vec::new());
        isian.with_value(|v| {
            for (_, l, a) in v {
                l.set(String::new());
                a.set(String::new());
            }
        });
        saran.set(String::new());
    };
    // Another bawahan: a fresh form.
    Effect::new(move |_| {
        dipilih.track();
        kosongkan();
    });
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<&'static str>);
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let Some((_, nip, jenjang)) = dipilih.get_untracked() else {
            return;
        };
        let standar_jenjang = standar_default(rb, &jenjang).unwrap_or_default();
        let (mut standar, mut level) = (Level::new(), Level::new());
        let mut alasan = BTreeMap::new();
        isian.with_value(|v| {
            for (kode, l, a) in v {
                let Ok(x) = l.get_untracked().parse::<u8>() else {
                    continue;
                };
                level.insert(kode.clone(), x);
                if let Some(s) = standar_jenjang.get(kode) {
                    standar.insert(kode.clone(), *s);
                }
                alasan.insert(kode.clone(), a.get_untracked().trim().to_string());
            }
        });
        teknis.with_untracked(|v| {
            super::teknis::ke_penilaian(v, &mut standar, &mut level, &mut alasan)
        });
        let Ok(tgl) = tanggal.get_untracked().parse::<NaiveDate>() else {
            masalah.set(vec![
                Galat::baru("tanggal_kosong").dengan("nilai", t().tanggal)
            ]);
            return;
        };
        let p = PenilaianKompetensi {
            id: platform::uuid_acak(),
            pegawai_nip: nip,
            penilai_nip: saya.get_untracked(),
            tanggal: tgl,
            penilai: state.settings.with_untracked(|s| s.nama.trim().to_string()),
            standar,
            level,
            alasan,
            saran_pengembangan: baris(&saran.get_untracked()),
        };
        masalah.set(p.periksa(rb));
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        if let HasilSimpan::Tersimpan(_) =
            state.simpan_rekaman(JenisRecord::PenilaianKompetensi, &p.id, &p, None)
        {
            kosongkan();
            status.set(Some(t().tersimpan));
        }
    };
    let kotor = move || state.dirty.set(true);
    let baris_isian = move || {
        isian.with_value(|v| {
            v.iter()
                .map(|(kode, l, a)| {
                    let (l, a) = (*l, *a);
                    let nama = rb.teks(&format!("kompetensi.{kode}"), bahasa()).to_string();
                    // The bawahan's standard for this competency, beside its name.
                    let kode_s = kode.clone();
                    let standar = move || {
                        let j = dipilih.get()?.2;
                        let n = *standar_default(rb, &j)?.get(&kode_s)?;
                        Some(format!(" ({})", crate::ui::i18n::isi(t().standar_level, &[("n", &n.to_string())])))
                    };
                    let (id_l, id_a) = (format!("kl-{kode}"), format!("ka-{kode}"));
                    let opsi = (rb.kompetensi.level_min..=rb.kompetensi.level_maks)
                        .map(|x| view! { <option value=x.to_string()>{x}</option> })
                        .collect_view();
                    view! {
                        <fieldset class="kartu-berkas" data-testid="isian-kompetensi">
                            <legend>{nama}<span class="petunjuk" data-testid="standar-kompetensi">{standar}</span></legend>
                            <div class="dua-kolom">
                                <div class="medan"><label for=id_l.clone()>{move || t().kolom_level}</label>
                                    <select id=id_l prop:value=move || l.get() on:change=move |ev| { l.set(event_target_value(&ev)); kotor() }>
                                        <option value="">{move || t().tidak_dinilai}</option>
                                        {opsi}
                                    </select></div>
                                <div class="medan"><label for=id_a.clone()>{move || t().alasan}</label>
                                    <input id=id_a type="text" prop:value=move || a.get()
                                        on:input=move |ev| { a.set(event_target_value(&ev)); kotor() }/></div>
                            </div>
                        </fieldset>
                    }
                })
                .collect_view()
        })
    };
    let standar_teks = move || {
        dipilih.get().map(|(_, _, j)| {
            let nama = rb.teks(&format!("jenjang.{j}"), bahasa()).to_string();
            crate::ui::i18n::isi(t().standar_dari, &[("jenjang", &nama)])
        })
    };
    let terhapus = RwSignal::new(None::<(String, u64)>);
    let pesan = RwSignal::new(None::<&'static str>);
    let riwayat = Memo::new(move |_| {
        let Some((_, nip, _)) = dipilih.get() else {
            return Vec::new();
        };
        let saya = saya.get();
        data.with(|d| {
            d.kompetensi_milik(&nip)
                .into_iter()
                .filter(|k| k.isi.penilai_nip == saya)
                .cloned()
                .collect::<Vec<Tersimpan<PenilaianKompetensi>>>()
        })
    });
    let hapus = move |id: String, revisi: u64| match state.hapus_rekaman(
        JenisRecord::PenilaianKompetensi,
        &id,
        revisi,
    ) {
        HasilSimpan::Tersimpan(nisan) => {
            terhapus.set(Some((id, nisan)));
            pesan.set(Some(t().terhapus));
        }
        HasilSimpan::LebihBaru => pesan.set(Some(t().berubah)),
        HasilSimpan::Gagal => {}
    };
    let urungkan = move |_| {
        let Some((id, revisi)) = terhapus.get_untracked() else {
            return;
        };
        match state.urungkan_hapus(JenisRecord::PenilaianKompetensi, &id, revisi) {
            HasilSimpan::Tersimpan(_) => pesan.set(Some(t().dipulihkan)),
            HasilSimpan::LebihBaru => pesan.set(Some(t().gagal_urungkan)),
            HasilSimpan::Gagal => {}
        }
        terhapus.set(None);
    };
    let daftar_riwayat = move || {
        let b = bahasa();
        riwayat
            .get()
            .into_iter()
            .map(|k| {
                let (id, revisi) = (k.isi.id.clone(), k.revisi);
                let jpm = k
                    .isi
                    .hasil(rb)
                    .map(|h| format!("JPM {}% — {}", persen(h.nilai.jpm, b), rb.teks(&h.nilai.kategori, b)))
                    .unwrap_or_default();
                view! {
                    <li data-testid="riwayat-kompetensi">
                        <details><summary>{crate::ui::format::tanggal(k.isi.tanggal)} ": " {jpm}</summary>
                            {tampil_penilaian(&k.isi, b)}</details>
                        <button type="button" class="sekunder kecil" data-testid="hapus-kompetensi"
                            on:click=move |_| hapus(id.clone(), revisi)>{t().hapus}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h2>{move || t().nilai_judul}</h2>
        <p>{move || isi(t().nilai_pengantar, &[("min", &rb.kompetensi.level_min.to_string()), ("maks", &rb.kompetensi.level_maks.to_string())])}</p>
        <Show when=move || !bawahan.with(Vec::is_empty)
            fallback=move || view! { <p class="petunjuk" data-testid="kompetensi-tanpa-bawahan">{move || t().tanpa_bawahan}</p> }>
            <div class="medan"><label for="kn-bawahan">{move || t().bawahan}</label>
                <select id="kn-bawahan" prop:value=move || dipilih.get().map(|(_, n, _)| n).unwrap_or_default()
                    on:change=move |ev| pilihan.set(event_target_value(&ev))>
                    {move || bawahan.get().into_iter().map(|(nama, nip, _)| view! { <option value=nip.clone()>{format!("{nama} — {nip}")}</option> }).collect_view()}
                </select></div>
            <Show when=move || pesan.with(Option::is_some)>
                <p class="status" role="status" data-testid="status-hapus-kompetensi">{move || pesan.get()}
                    <Show when=move || terhapus.with(Option::is_some)>
                        " " <button type="button" class="kecil" data-testid="urungkan-kompetensi" on:click=urungkan>{move || t().urungkan}</button>
                    </Show>
                </p>
            </Show>
            <Show when=move || !riwayat.with(Vec::is_empty)>
                <h3>{move || t().riwayat_bawahan}</h3>
                <ul class="daftar-poin">{daftar_riwayat}</ul>
            </Show>
            <form class="formulir" on:submit=simpan data-testid="form-kompetensi">
                <p class="petunjuk">{standar_teks}</p>
                <div class="medan"><label for="kn-tanggal">{move || t().tanggal}</label>
                    <input id="kn-tanggal" type="date" prop:value=move || tanggal.get() on:input=move |ev| tanggal.set(event_target_value(&ev))/></div>
                {baris_isian}
                <super::teknis::IsianTeknis baris=teknis/>
                <div class="medan"><label for="kn-saran">{move || t().saran}</label>
                    <p class="petunjuk" id="kn-saran-petunjuk">{move || t().saran_petunjuk}</p>
                    <textarea id="kn-saran" rows="2" aria-describedby="kn-saran-petunjuk" prop:value=move || saran.get()
                        on:input=move |ev| { saran.set(event_target_value(&ev)); kotor() }></textarea></div>
                <Show when=move || !masalah.with(Vec::is_empty)>
                    <div class="galat" role="alert" data-testid="galat-kompetensi"><p>{move || t().perbaiki}</p>
                        <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{pesan_galat(&g, rb, bahasa())}</li> }).collect_view()}</ul></div>
                </Show>
                <button type="submit" class="utama" data-testid="simpan-kompetensi">{move || t().simpan}</button>
                <span role="status" class="status-ok" data-testid="status-kompetensi">{move || status.get()}</span>
            </form>
            <p><a href=crate::ui::route::Route::Data.href()>{move || t().kirim}</a></p>
        </Show>
    }
}

/// A problem in words, the competency named as people read it (not its key).
fn pesan_galat(g: &Galat, rb: &Rulebook, b: crate::domain::Bahasa) -> String {
    let mut g = g.clone();
    for (k, v) in g.rincian.iter_mut() {
        if k == "lokasi" {
            *v = nama_kompetensi(rb, v, b);
        }
    }
    g.pesan(rb, b)
}
