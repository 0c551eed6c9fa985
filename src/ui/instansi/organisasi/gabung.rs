//! Merging two spellings of one unit: the kept unit takes the other's names as aliases (so the
//! profiles that use them count there; profiles are the pegawai's and are never rewritten),
//! its sub-units move under the kept unit, its predikat organisasi move where the kept unit
//! has none, and it is deleted, all in one step. The screen says what will happen first.

use super::teks::teks_organisasi;
use super::tulis_banyak;
use crate::domain::organisasi::{rencana_gabung, RencanaGabung, UnitKerja};
use crate::domain::Rulebook;
use crate::store::kinerja::Tersimpan;
use crate::store::organisasi::{predikat_bentrok, ubah_gabung};
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::state::{use_app_state, HasilSimpan};
use leptos::prelude::*;

#[component]
pub fn GabungUnit(
    unit: Memo<Vec<Tersimpan<UnitKerja>>>,
    pesan: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_organisasi(b());
    let data = state.data_kinerja();
    let simpan = RwSignal::new(String::new());
    let lepas = RwSignal::new(String::new());
    let rencana = Memo::new(move |_| -> Option<Result<RencanaGabung, String>> {
        let (s, l) = (simpan.get(), lepas.get());
        if s.is_empty() || l.is_empty() {
            return None;
        }
        unit.with(|v| {
            let semua: Vec<&UnitKerja> = v.iter().map(|x| &x.isi).collect();
            let cari = |id: &str| semua.iter().find(|u| u.id == id).copied();
            let (a, c) = (cari(&s)?, cari(&l)?);
            Some(rencana_gabung(a, c, &semua).map_err(|g| g.pesan(Rulebook::aktif(), b())))
        })
    });
    let gabung = move |_| {
        let Some(Ok(r)) = rencana.get_untracked() else {
            return;
        };
        if !crate::ui::platform::konfirmasi(&isi(
            t().gabung_konfirmasi,
            &[("lepas", &r.hapus.nama), ("simpan", &r.simpan.nama)],
        )) {
            return;
        }
        let ubah = data.with_untracked(|d| ubah_gabung(state.store().as_ref(), d, &r));
        let Ok(ubah) = ubah else {
            pesan.set(Some(t().lebih_baru.into()));
            return;
        };
        match tulis_banyak(state, &ubah) {
            HasilSimpan::Tersimpan(_) => {
                simpan.set(String::new());
                lepas.set(String::new());
                pesan.set(Some(isi(
                    t().gabung_selesai,
                    &[("lepas", &r.hapus.nama), ("simpan", &r.simpan.nama)],
                )));
            }
            HasilSimpan::LebihBaru => pesan.set(Some(t().lebih_baru.into())),
            HasilSimpan::Gagal => {}
        }
    };
    let pratinjau = move || {
        let r = rencana.get()?;
        let tt = t();
        Some(match r {
            Err(g) => view! { <p class="peringatan-teks" role="alert">{g}</p> }.into_any(),
            Ok(r) => {
                let bentrok = data.with(|d| predikat_bentrok(d, &r));
                let bhs = b();
                view! {
                    <ul class="daftar-poin" data-testid="gabung-pratinjau">
                        <li>{isi(tt.gabung_alias, &[("simpan", &r.simpan.nama), ("alias", &r.simpan.alias.join("; "))])}</li>
                        {(!r.pindah_induk.is_empty()).then(|| view! {
                            <li>{isi(tt.gabung_sub, &[("sub", &r.pindah_induk.iter().map(|u| u.nama.as_str()).collect::<Vec<_>>().join("; "))])}</li>
                        })}
                        {r.kode_ditinggal.as_ref().map(|k| view! {
                            <li class="peringatan-teks" data-testid="gabung-kode-hilang">{isi(tt.gabung_kode_hilang, &[
                                ("kode", k), ("lepas", &r.hapus.nama), ("simpan", &r.simpan.nama), ("kode_simpan", &r.simpan.kode),
                            ])}</li>
                        })}
                        {r.pimpinan_ditinggal.as_ref().map(|n| view! {
                            <li class="peringatan-teks" data-testid="gabung-pimpinan-hilang">{isi(tt.gabung_pimpinan_hilang, &[
                                ("pimpinan", &data.with(|d| d.nama(n))), ("lepas", &r.hapus.nama),
                                ("simpan", &r.simpan.nama), ("pimpinan_simpan", &data.with(|d| d.nama(&r.simpan.pimpinan_nip))),
                            ])}</li>
                        })}
                        {(!bentrok.is_empty()).then(|| view! {
                            <li class="peringatan-teks">{isi(tt.gabung_bentrok, &[
                                ("periode", &bentrok.iter().map(|p| nama_periode(p, bhs)).collect::<Vec<_>>().join("; ")),
                                ("simpan", &r.simpan.nama),
                            ])}</li>
                        })}
                    </ul>
                    <p><button type="button" class="utama" data-testid="gabung-unit" on:click=gabung>{tt.gabung_tombol}</button></p>
                }
                .into_any()
            }
        })
    };
    let opsi = move |dipilih: RwSignal<String>| {
        view! {
            <option value="" selected=move || dipilih.with(String::is_empty)>{move || t().pilih_unit}</option>
            {move || unit.get().into_iter().map(|u| {
                let id = u.isi.id.clone();
                view! { <option value=u.isi.id.clone() selected=move || dipilih.with(|d| *d == id)>{u.isi.nama.clone()}</option> }
            }).collect_view()}
        }
    };
    view! {
        <section class="kartu-berkas" aria-labelledby="judul-gabung">
            <h2 id="judul-gabung">{move || t().gabung_judul}</h2>
            <p class="petunjuk">{move || t().gabung_petunjuk}</p>
            <div class="medan">
                <label for="gabung-simpan">{move || t().gabung_simpan}</label>
                <select id="gabung-simpan" data-testid="gabung-simpan" on:change=move |ev| simpan.set(event_target_value(&ev))>{opsi(simpan)}</select>
            </div>
            <div class="medan">
                <label for="gabung-lepas">{move || t().gabung_lepas}</label>
                <select id="gabung-lepas" data-testid="gabung-lepas" on:change=move |ev| lepas.set(event_target_value(&ev))>{opsi(lepas)}</select>
            </div>
            {pratinjau}
        </section>
    }
}
