//! Units taken from the profiles that arrived: every `unit_kerja` no unit (or other spelling)
//! names yet, with how many pegawai use it, its other spellings, and a hint when it looks like
//! a unit that exists (merge those instead). The chosen ones are added in one step.

use super::teks::teks_organisasi;
use super::tulis_banyak;
use crate::domain::organisasi::{usulan_dari_profil, Organisasi, UnitKerja};
use crate::store::kinerja::Tersimpan;
use crate::store::organisasi::ubah_tambah;
use crate::ui::i18n::isi;
use crate::ui::state::{use_app_state, HasilSimpan};
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn AmbilDariProfil(
    unit: Memo<Vec<Tersimpan<UnitKerja>>>,
    pesan: RwSignal<Option<String>>,
) -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_organisasi(b());
    let data = state.data_kinerja();
    let usulan = Memo::new(move |_| {
        unit.with(|u| {
            let org = Organisasi::baru(u.iter().map(|x| &x.isi));
            data.with(|d| {
                usulan_dari_profil(&org, d.pegawai.iter().map(|p| p.isi.unit_kerja.as_str()))
            })
        })
    });
    let dipilih = RwSignal::new(BTreeSet::<String>::new());
    let induk = RwSignal::new(String::new());
    let nama_unit = move |id: &str| {
        unit.with(|u| {
            u.iter()
                .find(|x| x.isi.id == id)
                .map(|x| x.isi.nama.clone())
                .unwrap_or_default()
        })
    };
    let tambah = move |_| {
        let pilih = dipilih.get_untracked();
        let baru: Vec<UnitKerja> = usulan.with_untracked(|v| {
            v.iter()
                .filter(|u| pilih.contains(&u.nama))
                .map(|u| UnitKerja {
                    id: crate::ui::platform::uuid_acak(),
                    nama: u.nama.clone(),
                    induk: Some(induk.get_untracked()).filter(|i| !i.is_empty()),
                    // Spellings that differ only in case or spaces already match the name.
                    ..Default::default()
                })
                .collect()
        });
        if baru.is_empty() {
            pesan.set(Some(t().usulan_belum_dipilih.into()));
            return;
        }
        let Ok(ubah) = ubah_tambah(&baru) else {
            return;
        };
        match tulis_banyak(state, &ubah) {
            HasilSimpan::Tersimpan(_) => {
                dipilih.set(BTreeSet::new());
                pesan.set(Some(isi(
                    t().usulan_ditambah,
                    &[("n", &baru.len().to_string())],
                )));
            }
            HasilSimpan::LebihBaru => pesan.set(Some(t().lebih_baru.into())),
            HasilSimpan::Gagal => {}
        }
    };
    let semua =
        move |_| dipilih.set(usulan.with_untracked(|v| v.iter().map(|u| u.nama.clone()).collect()));
    view! {
        <section class="kartu-berkas" aria-labelledby="judul-usulan" data-testid="usulan-unit">
            <h2 id="judul-usulan">{move || t().usulan_judul}</h2>
            <p class="petunjuk">{move || t().usulan_petunjuk}</p>
            <Show when=move || !usulan.with(Vec::is_empty) fallback=move || view! { <p data-testid="usulan-kosong">{move || t().usulan_kosong}</p> }>
                <fieldset class="polos">
                    <legend class="tersembunyi">{move || t().usulan_judul}</legend>
                    {move || usulan.get().into_iter().enumerate().map(|(i, u)| {
                        let nama = u.nama.clone();
                        let n2 = nama.clone();
                        let (idk, untuk) = (format!("usulan-{i}"), format!("usulan-{i}"));
                        view! {
                            <div class="medan">
                                <label for=untuk>
                                    <input type="checkbox" id=idk data-testid="pilih-usulan"
                                        prop:checked=move || dipilih.with(|d| d.contains(&n2))
                                        on:change=move |ev| { let c = event_target_checked(&ev); let n = nama.clone(); dipilih.update(|d| { if c { d.insert(n); } else { d.remove(&n); } }) }/>
                                    " " {crate::ui::format::tampak(&u.nama)} " "
                                    {isi(t().usulan_jumlah, &[("n", &u.jumlah_pegawai.to_string())])}
                                </label>
                                {(!u.ejaan_lain.is_empty()).then(|| view! { <p class="petunjuk">{t().ejaan_lain} ": " {u.ejaan_lain.join("; ")}</p> })}
                                {u.mirip.map(|m| view! { <p class="peringatan-teks" data-testid="usulan-mirip">{isi(t().usulan_mirip, &[("nama", &nama_unit(&m))])}</p> })}
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="medan">
                    <label for="usulan-induk">{move || t().kolom_induk}</label>
                    <select id="usulan-induk" on:change=move |ev| induk.set(event_target_value(&ev))>
                        <option value="">{move || t().tanpa_induk}</option>
                        {move || unit.get().into_iter().map(|u| view! { <option value=u.isi.id.clone()>{u.isi.nama.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <p class="tombol-baris">
                    <button type="button" class="sekunder" data-testid="pilih-semua-usulan" on:click=semua>{move || t().pilih_semua}</button>
                    " "
                    <button type="button" class="utama" data-testid="tambah-usulan" on:click=tambah>{move || t().usulan_tambah}</button>
                </p>
            </Show>
        </section>
    }
}
