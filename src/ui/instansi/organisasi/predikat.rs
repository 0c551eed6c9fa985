//! The predikat kinerja organisasi of each unit for the chosen period (SE 3/2023): set by the
//! admin, or taken from the unit leader's stored evaluation of that period, which records the
//! unit's capaian. One record per unit and period; clearing it is a delete.

use super::super::pilihan::{PilihPeriode, Pilihan};
use super::teks::teks_organisasi;
use crate::domain::evaluasi::Periode;
use crate::domain::kinerja_organisasi::{
    predikat_dari_pimpinan, PredikatUnit, SumberBerubah, SumberPredikat,
};
use crate::domain::organisasi::{Organisasi, UnitKerja};
use crate::domain::{PredikatOrganisasi, Rulebook};
use crate::store::kinerja::Tersimpan;
use crate::store::organisasi::tujuan_predikat;
use crate::store::rekaman::JenisRecord;
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::instansi::papan::predikat_tersimpan;
use crate::ui::state::{use_app_state, HasilSimpan};
use leptos::prelude::*;

#[component]
pub fn PredikatUnitLayar(unit: Memo<Vec<Tersimpan<UnitKerja>>>) -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_organisasi(b());
    let rb = Rulebook::aktif();
    let data = state.data_kinerja();
    let pilihan = Pilihan::baru();
    let pesan = RwSignal::new(None::<String>);
    // Unit and its stored predikat (with its record's id and revision, and what became of the
    // leader's evaluation it was taken from) for the period, in tree order.
    let baris = Memo::new(move |_| {
        let p = pilihan.periode.get();
        unit.with(|v| {
            let org = Organisasi::baru(v.iter().map(|u| &u.isi));
            data.with(|d| {
                org.urutan()
                    .iter()
                    .map(|u| {
                        let ada = predikat_tersimpan(d, &u.id, &p).map(|x| {
                            let e = d.evaluasi.iter().map(|e| &e.isi);
                            let berubah = x.isi.sumber_berubah(e);
                            (x.isi.clone(), (x.id.to_string(), x.revisi), berubah)
                        });
                        ((*u).clone(), ada)
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // Written over the record shown, whatever its id (an import may have stored it under
    // another): never a second record beside it.
    let simpan = move |p: PredikatUnit, hidup: Option<(String, u64)>, nama: String| {
        let tampil = hidup.as_ref().map(|(id, r)| (id.as_str(), *r));
        let (id, basis) = tujuan_predikat(state.store().as_ref(), tampil, &p.unit_id, &p.periode);
        match state.simpan_rekaman(JenisRecord::PredikatOrganisasi, &id, &p, basis) {
            HasilSimpan::Tersimpan(_) => pesan.set(Some(isi(
                t().predikat_tersimpan,
                &[
                    ("nama", &nama),
                    ("predikat", rb.teks(&p.predikat.label_key(), b())),
                ],
            ))),
            HasilSimpan::LebihBaru => pesan.set(Some(t().lebih_baru.into())),
            HasilSimpan::Gagal => {}
        }
    };
    let baris_view = move || {
        let tt = t();
        let bhs = b();
        let periode: Periode = pilihan.periode.get();
        baris
            .get()
            .into_iter()
            .map(|(u, ada)| {
                let pilih = RwSignal::new(ada.as_ref().map(|(x, _, _)| x.predikat.kode().to_string()).unwrap_or_default());
                let hidup = ada.as_ref().map(|(_, r, _)| r.clone());
                let sumber = match ada.as_ref().map(|(x, _, _)| &x.sumber) {
                    None => String::new(),
                    Some(SumberPredikat::Ditetapkan) => tt.sumber_ditetapkan.into(),
                    Some(SumberPredikat::EvaluasiPimpinan { pimpinan_nip, .. }) => isi(tt.sumber_pimpinan, &[("nip", pimpinan_nip)]),
                };
                // Stored once: a leader's evaluation revised after is said, not left stale.
                let berubah = ada.as_ref().and_then(|(_, _, x)| *x).map(|x| {
                    let kata = match x {
                        SumberBerubah::Berbeda(p) => isi(tt.sumber_berbeda, &[("predikat", rb.teks(&p.label_key(), bhs))]),
                        SumberBerubah::Hilang => tt.sumber_hilang.to_string(),
                    };
                    view! { <p class="peringatan" data-testid="predikat-sumber-berubah">{kata}</p> }
                });
                let (u1, u2, u3) = (u.clone(), u.clone(), u.clone());
                let (h1, h2, h3) = (hidup.clone(), hidup.clone(), hidup.clone());
                let id_sel = format!("predikat-{}", u.id);
                let ketetapan = move |_| {
                    let Some(p) = PredikatOrganisasi::SEMUA.into_iter().find(|p| p.kode() == pilih.get_untracked()) else {
                        pesan.set(Some(t().pilih_predikat_dulu.into()));
                        return;
                    };
                    let x = PredikatUnit { unit_id: u1.id.clone(), periode, predikat: p, sumber: SumberPredikat::Ditetapkan, catatan: String::new() };
                    simpan(x, h1.clone(), u1.nama.clone());
                };
                let ambil = move |_| {
                    let hasil = data.with_untracked(|d| predikat_dari_pimpinan(rb, &u2, &periode, d.evaluasi.iter().map(|e| &e.isi)));
                    match hasil {
                        Ok(h) => simpan(h.nilai, h2.clone(), u2.nama.clone()),
                        Err(g) => pesan.set(Some(g.pesan(rb, b()))),
                    }
                };
                let hapus = move |_| {
                    // The record shown, by its own id: clearing leaves nothing of it live.
                    if let Some((id, r)) = h3.clone() {
                        if let HasilSimpan::Tersimpan(_) = state.hapus_rekaman(JenisRecord::PredikatOrganisasi, &id, r) {
                            pesan.set(Some(isi(t().predikat_dihapus, &[("nama", &u3.nama)])));
                        }
                    }
                };
                view! {
                    <tr data-testid="baris-predikat">
                        <th scope="row">{u.nama.clone()}</th>
                        <td>
                            <select id=id_sel aria-label=isi(tt.predikat_untuk, &[("nama", &u.nama)]) data-testid="pilih-predikat-unit"
                                on:change=move |ev| pilih.set(event_target_value(&ev))>
                                <option value="" selected=move || pilih.with(String::is_empty)>{tt.belum_ditetapkan}</option>
                                {PredikatOrganisasi::SEMUA.iter().rev().map(|p| {
                                    let k = p.kode();
                                    view! { <option value=k selected=move || pilih.with(|x| x == k)>{rb.teks(&p.label_key(), bhs).to_string()}</option> }
                                }).collect_view()}
                            </select>
                        </td>
                        <td>{sumber}{berubah}</td>
                        <td class="tindakan-baris">
                            <button type="button" class="utama kecil" data-testid="simpan-predikat-unit"
                                aria-label=isi(tt.simpan_predikat_aria, &[("nama", &u.nama)]) on:click=ketetapan>{tt.simpan}</button>
                            " "
                            <button type="button" class="sekunder kecil" data-testid="ambil-predikat-pimpinan"
                                aria-label=isi(tt.ambil_pimpinan_aria, &[("nama", &u.nama)]) on:click=ambil>{tt.ambil_pimpinan}</button>
                            {hidup.map(|_| view! { " " <button type="button" class="sekunder kecil" data-testid="hapus-predikat-unit"
                                aria-label=isi(tt.hapus_predikat_aria, &[("nama", &u.nama)]) on:click=hapus>{tt.hapus}</button> })}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="kartu-berkas" aria-labelledby="judul-predikat-unit">
            <h2 id="judul-predikat-unit">{move || t().predikat_organisasi}</h2>
            <p class="petunjuk">{move || t().predikat_petunjuk}</p>
            <PilihPeriode pilihan=pilihan csv=false/>
            <Show when=move || !baris.with(Vec::is_empty) fallback=move || view! { <p class="petunjuk">{move || t().unit_kosong}</p> }>
                <div class="tabel-gulir" role="region" tabindex="0"
                    aria-label=move || format!("{} {}", t().predikat_organisasi, nama_periode(&pilihan.periode.get(), b()))>
                    <table data-testid="tabel-predikat-unit">
                        <thead><tr>
                            <th scope="col">{move || t().kolom_unit}</th>
                            <th scope="col">{move || t().predikat_organisasi}</th>
                            <th scope="col">{move || t().kolom_sumber}</th>
                            <th scope="col">{move || t().kolom_tindakan}</th>
                        </tr></thead>
                        <tbody>{baris_view}</tbody>
                    </table>
                </div>
            </Show>
            <p role="status" class="status" data-testid="status-predikat-unit" class:tersembunyi=move || pesan.with(Option::is_none)>{move || pesan.get()}</p>
        </section>
    }
}
