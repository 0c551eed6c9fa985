//! One pegawai's record, read only (`#/instansi/pegawai/<nip>`): the profile, where they stand
//! in the chosen period, their SKPs and evaluations (each opening the existing printable
//! document), and the feedback and dialog kinerja lists the pegawai's own screen shows.

use super::dasbor::papan;
use super::pilihan::{PilihPeriode, Pilihan};
use super::tampil::TabelTampil;
use super::teks::teks_instansi;
use crate::domain::nip::format_nip;
use crate::domain::organisasi::Organisasi;
use crate::domain::Rulebook;
use crate::ui::bimbingan::daftar::{DaftarDialog, DaftarUmpanBalik};
use crate::ui::i18n::periode::nama_periode;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use crate::ui::tabel::{Sel, Tabel};
use leptos::prelude::*;

#[component]
pub fn HalamanPegawai(nip: String) -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_instansi(b());
    let rb = Rulebook::aktif();
    let data = state.data_kinerja();
    let pilihan = Pilihan::baru();
    let papan = papan(pilihan);
    let nip = StoredValue::new(nip);
    let profil = Memo::new(move |_| data.with(|d| nip.with_value(|n| d.profil(n).cloned())));
    let nama = move || {
        profil
            .with(|p| p.as_ref().map(|p| p.nama.clone()))
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| nip.with_value(|n| format_nip(n)))
    };
    // The unit the profile's unit_kerja names, as a link.
    let unit = move || {
        let uk = profil.with(|p| p.as_ref().map(|p| p.unit_kerja.clone()))?;
        data.with(|d| {
            let org = Organisasi::baru(d.unit_kerja.semua().iter().map(|u| &u.isi));
            let u = org.posisi_nama(&uk).map(|i| org.urutan()[i]);
            Some(match u {
                Some(u) => view! { <a href=Route::InstansiUnit(u.id.clone()).href()>{u.nama.clone()}</a> }.into_any(),
                None => view! { <span>{crate::ui::i18n::isi(t().unit_tak_dikenal, &[("nama", &uk)])}</span> }.into_any(),
            })
        })
    };
    let skp_ids = Memo::new(move |_| {
        data.with(|d| {
            nip.with_value(|n| d.skp_milik(n).map(|s| s.isi.id.clone()).collect::<Vec<_>>())
        })
    });
    let tabel_skp = Memo::new(move |_| {
        let tt = t();
        let mut x = Tabel::baru(&[
            tt.kolom_mulai,
            tt.kolom_selesai,
            tt.status_skp,
            tt.kolom_dokumen,
        ]);
        data.with(|d| {
            for s in nip.with_value(|n| d.skp_milik(n).map(|s| s.isi.clone()).collect::<Vec<_>>()) {
                x.tambah(
                    vec![
                        Sel::Tanggal(s.periode_mulai),
                        Sel::Tanggal(s.periode_selesai),
                        Sel::Teks(rb.teks(&s.status.label_key(), b()).to_string()),
                        Sel::teks(tt.lihat_skp),
                    ],
                    Some(Route::CetakSkp(s.id.clone()).href()),
                );
            }
        });
        x
    });
    let tabel_evaluasi = Memo::new(move |_| {
        let tt = t();
        let mut x = Tabel::baru(&[
            tt.periode,
            tt.kolom_tanggal,
            tt.predikat,
            tt.kolom_tanggapan,
        ]);
        data.with(|d| {
            for e in d
                .evaluasi
                .iter()
                .map(|e| &e.isi)
                .filter(|e| nip.with_value(|n| e.pegawai_nip == *n))
            {
                x.tambah(
                    vec![
                        Sel::Teks(nama_periode(&e.periode, b())),
                        Sel::Tanggal(e.tanggal),
                        Sel::Teks(rb.teks(&e.predikat(rb).nilai.label_key(), b()).to_string()),
                        Sel::teks(if e.tanggapan.is_some() {
                            tt.ya
                        } else {
                            tt.tidak
                        }),
                    ],
                    Some(Route::CetakEvaluasi(e.id.clone()).href()),
                );
            }
        });
        x
    });
    let dialog = Signal::derive(move || {
        let ids = skp_ids.get();
        data.with(|d| {
            ids.iter()
                .flat_map(|id| d.dialog_skp(id).into_iter().cloned())
                .collect::<Vec<_>>()
        })
    });
    let umpan_balik = Signal::derive(move || {
        let ids = skp_ids.get();
        data.with(|d| {
            ids.iter()
                .flat_map(|id| d.umpan_balik_skp(id).into_iter().cloned())
                .collect::<Vec<_>>()
        })
    });
    // Where the pegawai stands in the chosen period.
    let periode_ini = move || {
        let bhs = b();
        papan.with(|p| {
            let baris = nip.with_value(|n| p.rekap.pegawai.iter().find(|r| r.nip == *n).cloned())?;
            let predikat = baris
                .predikat
                .map(|x| rb.teks(&x.label_key(), bhs).to_string())
                .unwrap_or_else(|| t().evaluasi_belum.to_string());
            Some(view! {
                <dt>{t().status_skp}</dt><dd>{rb.teks(&baris.status.label_key(), bhs).to_string()}</dd>
                <dt>{t().predikat}</dt><dd data-testid="predikat-pegawai">{predikat}</dd>
            })
        })
    };
    let profil_dl = move || {
        let bhs = b();
        profil.get().map(|p| {
            let penilai = p.pejabat_penilai.as_ref().map(|x| format!("{} ({})", x.nama, format_nip(&x.nip))).unwrap_or_default();
            view! {
                <dt>{t().kolom_jabatan}</dt><dd>{p.jabatan}</dd>
                <dt>{t().jenjang}</dt><dd>{rb.teks(&format!("jenjang.{}", p.jenjang), bhs).to_string()}</dd>
                <dt>{t().golongan}</dt><dd>{p.golongan}</dd>
                <dt>{t().instansi}</dt><dd>{p.instansi}</dd>
                <dt>{t().pejabat_penilai}</dt><dd>{penilai}</dd>
            }
        })
    };
    let periode = move || nama_periode(&pilihan.periode.get(), b());
    view! {
        <section class="halaman" aria-labelledby="judul-pegawai">
            <p class="petunjuk"><a href=Route::Instansi.href()>{move || t().judul_dasbor}</a></p>
            <h1 id="judul-pegawai" data-testid="judul-pegawai">{nama}</h1>
            <p class="petunjuk" data-testid="hanya-baca">{move || t().hanya_baca}</p>
            <dl class="data" data-testid="profil-pegawai">
                <dt>"NIP"</dt><dd data-testid="nip-pegawai">{move || nip.with_value(|n| format_nip(n))}</dd>
                <dt>{move || t().kolom_unit}</dt><dd>{unit}</dd>
                {profil_dl}
            </dl>
            <Show when=move || profil.with(Option::is_none)>
                <p class="petunjuk">{move || t().tanpa_profil}</p>
            </Show>
            <h2>{move || periode()}</h2>
            <PilihPeriode pilihan=pilihan csv=false/>
            <dl class="data">{periode_ini}</dl>
            <h2>{move || t().skp_judul}</h2>
            <TabelTampil tabel=tabel_skp nama=Signal::derive(move || format!("SKP {}", nama())) pemisah=pilihan.pemisah testid="tabel-skp-pegawai"/>
            <h2>{move || t().evaluasi_judul}</h2>
            <TabelTampil tabel=tabel_evaluasi nama=Signal::derive(move || format!("{} {}", t().evaluasi_judul, nama())) pemisah=pilihan.pemisah testid="tabel-evaluasi-pegawai"/>
            <h2>{move || t().umpan_balik_judul}</h2>
            <DaftarUmpanBalik daftar=umpan_balik data=data/>
            <h2>{move || t().dialog_judul}</h2>
            <DaftarDialog daftar=dialog/>
            <crate::ui::bagian::penghargaan::DaftarPenghargaan nip=Signal::derive(move || nip.get_value())/>
        </section>
    }
}
