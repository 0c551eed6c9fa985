//! The admin's organisation (`#/organisasi`): the unit kerja tree with add, edit and delete
//! (undo), units proposed from the pegawai's profiles, the merge of two spellings of one unit,
//! and the predikat kinerja organisasi of each unit for a chosen period.

mod form;
mod gabung;
mod predikat;
mod tabel;
mod teks;
mod usulan;

use super::tampil::layar_admin;
use super::unduh::TombolUnduh;
use crate::domain::organisasi::{boleh_hapus, periksa_dalam, UnitKerja};
use crate::domain::Rulebook;
use crate::store::kinerja::Tersimpan;
use crate::store::rekaman::JenisRecord;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, AppState, HasilSimpan};
pub(super) use crate::ui::tulis::tulis_banyak;
use leptos::prelude::*;
use tabel::{nama_pimpinan, pohon, tabel_organisasi};
use teks::teks_organisasi;

/// The stored units with their revisions, and the units as a tree.
pub(super) fn unit_tersimpan(state: AppState) -> Memo<Vec<Tersimpan<UnitKerja>>> {
    let data = state.data_kinerja();
    Memo::new(move |_| data.with(|d| d.unit_kerja.semua().to_vec()))
}

#[component]
fn HalamanOrganisasi() -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_organisasi(b());
    let data = state.data_kinerja();
    let unit = unit_tersimpan(state);
    let unit_kerja = Memo::new(move |_| {
        data.with(|d| {
            d.pegawai
                .iter()
                .map(|p| p.isi.unit_kerja.clone())
                .collect::<Vec<_>>()
        })
    });
    let baris = Memo::new(move |_| unit.with(|u| unit_kerja.with(|k| pohon(u, k))));
    let sunting = RwSignal::new(None::<Tersimpan<UnitKerja>>);
    let form_baru = RwSignal::new(0u32);
    let pesan = RwSignal::new(None::<String>);
    // The last unit deleted, its tombstone's revision and the message saying so: the undo
    // is offered beside that message only, never beside a later one it does not belong to.
    let urung = RwSignal::new(None::<(UnitKerja, u64, String)>);
    // The separator chosen on any agency screen (kept while the admin moves between them).
    let pemisah = super::pilihan::Pilihan::baru().pemisah;
    let hapus = move |u: UnitKerja, rev: u64, pegawai: usize| {
        let semua: Vec<UnitKerja> =
            unit.with_untracked(|v| v.iter().map(|x| x.isi.clone()).collect());
        let refs: Vec<&UnitKerja> = semua.iter().collect();
        if let Err(g) = boleh_hapus(&u, &refs) {
            pesan.set(Some(g.pesan(Rulebook::aktif(), b())));
            return;
        }
        // Its pegawai lose their unit on the dashboards until it comes back or they move.
        let tanya = if pegawai > 0 {
            isi(
                t().konfirmasi_hapus_pegawai,
                &[("nama", &u.nama), ("n", &pegawai.to_string())],
            )
        } else {
            isi(t().konfirmasi_hapus, &[("nama", &u.nama)])
        };
        if !crate::ui::platform::konfirmasi(&tanya) {
            return;
        }
        match state.hapus_rekaman(JenisRecord::UnitKerja, &u.id, rev) {
            HasilSimpan::Tersimpan(r) => {
                let m = isi(t().unit_dihapus, &[("nama", &u.nama)]);
                pesan.set(Some(m.clone()));
                urung.set(Some((u, r, m)));
            }
            HasilSimpan::LebihBaru => pesan.set(Some(t().lebih_baru.into())),
            HasilSimpan::Gagal => {}
        }
    };
    // Back as it was, if it still fits the tree: a unit of its name or code added since, or
    // its parent deleted meanwhile, is said instead (checked as the form checks a unit).
    let urungkan = move |_| {
        if let Some((u, r, _)) = urung.get_untracked() {
            urung.set(None);
            let semua: Vec<UnitKerja> =
                unit.with_untracked(|v| v.iter().map(|x| x.isi.clone()).collect());
            let refs: Vec<&UnitKerja> = semua.iter().collect();
            let rb = Rulebook::aktif();
            let m = periksa_dalam(rb, chrono::Local::now().date_naive(), &u, &refs);
            if !m.is_empty() {
                let alasan: Vec<String> = m.iter().map(|g| g.pesan(rb, b())).collect();
                pesan.set(Some(isi(
                    t().gagal_urungkan_unit,
                    &[("alasan", &alasan.join(" "))],
                )));
                return;
            }
            if let HasilSimpan::Tersimpan(_) =
                state.urungkan_hapus(JenisRecord::UnitKerja, &u.id, r)
            {
                pesan.set(Some(t().hapus_diurungkan.into()));
            }
        }
    };
    let tabel_csv =
        Signal::derive(move || baris.with(|v| data.with(|d| tabel_organisasi(t(), v, d))));
    let daftar = move || {
        let tt = t();
        baris
            .get()
            .into_iter()
            .map(|(d, u, rev, n)| {
                let (u1, u2) = (u.clone(), u.clone());
                let nama = data.with(|x| nama_pimpinan(x, &u));
                view! {
                    <tr data-testid="baris-unit">
                        <th scope="row" class=format!("kedalaman-{}", d.min(4))>
                            <a href=Route::InstansiUnit(u.id.clone()).href()>{u.nama.clone()}</a></th>
                        <td>{u.kode.clone()}</td>
                        <td>{nama}</td>
                        <td>{u.alias.join("; ")}</td>
                        <td class="angka">{n}</td>
                        <td class="tindakan-baris">
                            <button type="button" class="sekunder kecil" data-testid="ubah-unit"
                                aria-label=isi(tt.ubah_unit_aria, &[("nama", &u.nama)])
                                on:click=move |_| { pesan.set(None); sunting.set(Some(Tersimpan { isi: u1.clone(), revisi: rev })) }>{tt.ubah}</button>
                            " "
                            <button type="button" class="sekunder kecil" data-testid="hapus-unit"
                                aria-label=isi(tt.hapus_unit_aria, &[("nama", &u.nama)])
                                on:click=move |_| hapus(u2.clone(), rev, n)>{tt.hapus}</button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="halaman" aria-labelledby="judul-organisasi">
            <h1 id="judul-organisasi">{move || t().judul_organisasi}</h1>
            <p>{move || t().pengantar_organisasi}</p>
            <h2>{move || t().unit_kerja}</h2>
            <Show when=move || !baris.with(Vec::is_empty) fallback=move || view! { <p class="petunjuk" data-testid="unit-kosong">{move || t().unit_kosong}</p> }>
                <div class="tabel-gulir" role="region" tabindex="0" aria-label=move || t().unit_kerja>
                    <table data-testid="tabel-organisasi">
                        <thead><tr>
                            <th scope="col">{move || t().kolom_unit}</th>
                            <th scope="col">{move || t().kolom_kode}</th>
                            <th scope="col">{move || t().kolom_pimpinan}</th>
                            <th scope="col">{move || t().kolom_alias}</th>
                            <th scope="col">{move || t().kolom_pegawai}</th>
                            <th scope="col">{move || t().kolom_tindakan}</th>
                        </tr></thead>
                        <tbody>{daftar}</tbody>
                    </table>
                </div>
                <TombolUnduh tabel=tabel_csv nama=Signal::derive(move || t().unit_kerja.to_string()) pemisah=pemisah testid="tabel-organisasi".into()/>
            </Show>
            <p role="status" class="status" data-testid="status-organisasi" class:tersembunyi=move || pesan.with(Option::is_none)>
                {move || pesan.get()}
                <Show when=move || urung.with(|u| u.as_ref().is_some_and(|(_, _, m)| pesan.with(|p| p.as_ref() == Some(m))))>
                    " " <button type="button" class="sekunder kecil" data-testid="urungkan-hapus-unit" on:click=urungkan>{move || t().urungkan}</button>
                </Show>
            </p>
            {move || {
                form_baru.track();
                let awal = sunting.get();
                view! { <form::FormUnit awal=awal unit=unit pesan=pesan selesai=Callback::new(move |_| { sunting.set(None); form_baru.update(|n| *n += 1) })/> }
            }}
            {alat(unit, pesan)}
        </section>
    }
}

type Unit = Memo<Vec<Tersimpan<UnitKerja>>>;

/// Taking units from the profiles, merging two spellings and the predikat organisasi: work
/// of a few visits a year, so their own chunk (`organisasi_alat`), fetched when the page
/// shows.
fn alat_gambar(unit: Unit, pesan: RwSignal<Option<String>>) -> AnyView {
    view! {
        <usulan::AmbilDariProfil unit=unit pesan=pesan/>
        <gabung::GabungUnit unit=unit pesan=pesan/>
        <predikat::PredikatUnitLayar unit=unit/>
    }
    .into_any()
}

#[cfg(not(feature = "eager"))]
type GambarAlat = fn(Unit, RwSignal<Option<String>>) -> AnyView;

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(organisasi_alat, wasm_split_path = ::leptos::wasm_split, fallible)]
fn alat_lazy() -> Result<GambarAlat, crate::ui::layar::GagalMuat> {
    Ok(alat_gambar)
}

fn alat(unit: Unit, pesan: RwSignal<Option<String>>) -> impl IntoView {
    #[cfg(feature = "eager")]
    return alat_gambar(unit, pesan);
    #[cfg(not(feature = "eager"))]
    crate::ui::layar::bagian_lazy(alat_lazy, move |g: GambarAlat| g(unit, pesan))
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &Route) -> AnyView {
    layar_admin(|| view! { <HalamanOrganisasi/> }.into_any())
}
