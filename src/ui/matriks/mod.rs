//! Matriks peran–hasil (§1.3.6, cascading): the pejabat penilai splits each RHK of their own
//! SKP into the peran–hasil of each bawahan. One record per leader SKP; it travels to the
//! bawahan in the penilaian bundle, where each cell becomes an RHK ([`AmbilDariMatriks`]).
//! What is stored comes from the app's data memo; only the unsaved matrix is reactive state
//! (see [`draf`]).

pub mod teks;

mod ambil;
mod draf;

pub use ambil::AmbilDariMatriks;

use crate::domain::nip::{format_nip, parse_nip};
use crate::domain::skp::matriks::MatriksPeranHasil;
use crate::domain::skp::{JenisRhk, Rhk, Skp};
use crate::domain::Rulebook;
use crate::store::kinerja::DataKinerja;
use crate::store::rekaman;
use crate::store::rekaman::JenisRecord;
use crate::ui::i18n::isi;
use crate::ui::matriks::teks::teks_matriks;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, HasilSimpan};
use draf::Sunting;
use leptos::prelude::*;

/// The record id of one leader SKP's matrix: name-based, so every export merges by id.
pub fn id_matriks(skp_id: &str) -> String {
    rekaman::uuid_nama(JenisRecord::MatriksPeranHasil.kode(), skp_id)
}

/// Columns: every RHK of the SKP, utama first, each group in the SKP's own order.
fn kolom(s: &Skp) -> Vec<Rhk> {
    let mut v = s.rhk.clone();
    v.sort_by_key(|r| r.jenis != JenisRhk::Utama);
    v
}

/// The best name known for a bawahan: their own profile, then the leader's row, then the NIP.
fn nama_bawahan(data: &DataKinerja, m: &MatriksPeranHasil, nip: &str) -> String {
    data.profil(nip)
        .map(|p| p.nama.clone())
        .or_else(|| {
            m.baris
                .iter()
                .find(|b| b.pegawai_nip == nip)
                .map(|b| b.nama.clone())
        })
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| format_nip(nip))
}

/// Rows: the matrix's own rows and cells, then everyone known locally who is not the leader.
fn baris(data: &DataKinerja, m: &MatriksPeranHasil, saya: &str) -> Vec<(String, String)> {
    let mut nip = m.nip_bawahan();
    let dikenal = data.pegawai.iter().map(|p| p.isi.nip.clone());
    for n in dikenal.chain(data.skp.iter().map(|s| s.isi.pegawai_nip.clone())) {
        if !n.is_empty() && !nip.contains(&n) {
            nip.push(n);
        }
    }
    nip.into_iter()
        .filter(|n| n != saya)
        .map(|n| {
            let nama = nama_bawahan(data, m, &n);
            (n, nama)
        })
        .collect()
}

#[component]
pub fn Matriks() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_matriks(bahasa());
    let saya_memo = Memo::new(move |_| state.settings.with(|s| s.nip.clone()));
    let saya = move || saya_memo.get();
    let data = state.data_kinerja();
    // The person's own SKPs, newest first; they choose which one's matrix to write.
    let milik = Memo::new(move |_| {
        saya_memo.with(|n| data.with(|d| d.skp_milik(n).map(|s| s.isi.clone()).collect::<Vec<_>>()))
    });
    let pilihan = RwSignal::new(None::<String>);
    let skp_id = Memo::new(move |_| {
        milik.with(|m| {
            pilihan
                .get()
                .filter(|id| m.iter().any(|s| s.id == *id))
                .or_else(|| m.first().map(|s| s.id.clone()))
        })
    });
    let sunting = Sunting::new(data, skp_id, state.dirty);
    let matriks = sunting.matriks();
    let pesan = RwSignal::new(None::<String>);
    let lebih_baru = RwSignal::new(false);
    let galat_nip = RwSignal::new(None::<String>);
    let (nip_baru, nama_baru) = (RwSignal::new(String::new()), RwSignal::new(String::new()));

    let skp_pilihan = Memo::new(move |_| {
        skp_id.with(|id| {
            id.as_deref()
                .and_then(|id| milik.with(|m| m.iter().find(|s| s.id == id).cloned()))
        })
    });
    let simpan = move |_| {
        let Some(s) = skp_pilihan.get_untracked() else {
            return;
        };
        let (mut m, basis) = sunting.kini();
        m.skp_atasan_id = s.id.clone();
        // A cell of an RHK since removed from the SKP would give the bawahan an orphan RHK.
        m.sel.retain(|c| s.rhk(&c.rhk_atasan_id).is_some());
        match state.simpan_rekaman(
            JenisRecord::MatriksPeranHasil,
            &id_matriks(&s.id),
            &m,
            basis,
        ) {
            HasilSimpan::Tersimpan(_) => {
                sunting.buang();
                lebih_baru.set(false);
                pesan.set(Some(t().tersimpan.into()));
            }
            HasilSimpan::LebihBaru => {
                // The cells typed stay on screen until the person loads the newer matrix.
                pesan.set(None);
                lebih_baru.set(true);
            }
            HasilSimpan::Gagal => {}
        }
    };
    let tambah = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let hari = chrono::Local::now().date_naive();
        let nip = match parse_nip(rb, &nip_baru.get_untracked(), hari) {
            Ok(n) => n.digit,
            Err(g) => {
                galat_nip.set(Some(g.pesan(rb, bahasa())));
                return;
            }
        };
        let sudah = data
            .with_untracked(|d| matriks.with_untracked(|m| baris(d, m, &saya_memo.get_untracked())))
            .iter()
            .any(|(n, _)| *n == nip);
        let galat = if nip == saya_memo.get_untracked() {
            Some(t().nip_sendiri)
        } else if sudah {
            Some(t().sudah_ada)
        } else {
            None
        };
        galat_nip.set(galat.map(String::from));
        if galat.is_some() {
            return;
        }
        sunting.ubah(|m| m.tambah_baris(&nip, &nama_baru.get_untracked()));
        let nama = data.with_untracked(|d| matriks.with_untracked(|m| nama_bawahan(d, m, &nip)));
        pesan.set(Some(isi(t().ditambah, &[("nama", &nama)])));
        nip_baru.set(String::new());
        nama_baru.set(String::new());
    };

    // The grid's shape. Typing changes neither columns nor rows, so the grid is not drawn
    // again and the cursor stays where the person is writing; each cell follows `matriks`.
    let bentuk = Memo::new(move |_| {
        let s = skp_pilihan.get()?;
        let rows = data.with(|d| matriks.with(|m| saya_memo.with(|n| baris(d, m, n))));
        Some((kolom(&s), rows))
    });
    let grid = move || {
        let (cols, rows) = bentuk.get()?;
        if cols.is_empty() {
            return Some(
                view! { <p data-testid="matriks-tanpa-rhk">{t().perlu_rhk}</p> }.into_any(),
            );
        }
        if rows.is_empty() {
            return Some(
                view! { <p data-testid="matriks-tanpa-bawahan">{t().tanpa_bawahan}</p> }.into_any(),
            );
        }
        let tt = t();
        let kepala = cols.iter().enumerate().map(|(j, r)| {
            let jenis = if r.jenis == JenisRhk::Utama { tt.utama } else { tt.tambahan };
            view! {
                <th scope="col">
                    <span class="matriks-nomor">{isi(tt.rhk_n, &[("n", &(j + 1).to_string())])} " · " {jenis}</span>
                    <span class="matriks-rhk">{r.uraian.clone()}</span>
                </th>
            }
        }).collect_view();
        let badan = rows.into_iter().enumerate().map(|(i, (nip, nama))| {
            let sel = cols.iter().enumerate().map(|(j, r)| {
                let label = isi(tt.sel_label, &[("nama", &nama), ("n", &(j + 1).to_string()), ("rhk", &r.uraian)]);
                let (rhk_id, nip) = (r.id.clone(), nip.clone());
                let (rhk_sel, nip_sel) = (rhk_id.clone(), nip.clone());
                let nilai = move || {
                    matriks
                        .with(|m| m.sel(&rhk_sel, &nip_sel).map(|c| c.peran_hasil.clone()))
                        .unwrap_or_default()
                };
                view! {
                    <td>
                        <textarea id=format!("sel-{i}-{j}") rows="3" aria-label=label data-testid="sel-matriks" prop:value=nilai
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                sunting.ubah(|m| m.isi(&rhk_id, &nip, &v));
                            }></textarea>
                    </td>
                }
            }).collect_view();
            view! {
                <tr data-testid="baris-matriks">
                    <th scope="row"><span class="matriks-nama">{nama.clone()}</span><span class="petunjuk">{format_nip(&nip)}</span></th>
                    {sel}
                </tr>
            }
        }).collect_view();
        Some(view! {
            <p class="petunjuk" id="matriks-gulir">{tt.gulir}</p>
            <div class="tabel-gulir matriks-gulir">
                <table class="matriks" data-testid="tabel-matriks" aria-describedby="matriks-gulir">
                    <caption class="tersembunyi">{tt.tabel_judul}</caption>
                    <thead><tr><th scope="col">{tt.kolom_bawahan}</th>{kepala}</tr></thead>
                    <tbody>{badan}</tbody>
                </table>
            </div>
            {move || lebih_baru.get().then(|| view! {
                <div class="banner peringatan" role="alert" data-testid="matriks-lebih-baru">
                    <p>{t().lebih_baru}</p>
                    <button type="button" on:click=move |_| { lebih_baru.set(false); sunting.buang(); }>{t().muat_ulang}</button>
                </div>
            })}
            <p class="tombol-baris">
                <button type="button" class="utama" data-testid="simpan-matriks" on:click=simpan>{tt.simpan}</button>
            </p>
        }.into_any())
    };

    let ringkasan = move || {
        let (_, rows) = bentuk.get()?;
        let m = matriks.get();
        (!rows.is_empty()).then(|| view! {
            <h2 id="judul-ringkasan-matriks">{t().ringkasan_judul}</h2>
            <div class="tabel-gulir">
                <table data-testid="ringkasan-matriks" aria-labelledby="judul-ringkasan-matriks">
                    <thead><tr>
                        <th scope="col">{t().kolom_bawahan}</th>
                        <th scope="col">{t().kolom_nip}</th>
                        <th scope="col">{t().kolom_jumlah}</th>
                    </tr></thead>
                    <tbody>{rows.into_iter().map(|(nip, nama)| view! {
                        <tr><th scope="row">{nama}</th><td>{format_nip(&nip)}</td><td data-testid="jumlah-rhk-matriks">{m.jumlah_untuk(&nip)}</td></tr>
                    }).collect_view()}</tbody>
                </table>
            </div>
        })
    };

    let pilih_skp = move || {
        let milik = milik.get();
        (milik.len() > 1).then(|| view! {
            <div class="medan">
                <label for="matriks-skp">{t().pilih_skp}</label>
                <select id="matriks-skp" on:change=move |ev| {
                    // Another SKP's matrix replaces the grid: typed cells go only when agreed.
                    if state.dirty.get_untracked() && !crate::ui::platform::konfirmasi(t().ganti_buang) {
                        use wasm_bindgen::JsCast;
                        if let Some(s) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                            s.set_value(&skp_id.get_untracked().unwrap_or_default());
                        }
                        return;
                    }
                    sunting.buang();
                    lebih_baru.set(false);
                    pilihan.set(Some(event_target_value(&ev)));
                }>
                    {milik.into_iter().map(|s| {
                        let label = isi(t().skp_opsi, &[
                            ("mulai", &crate::ui::format::tanggal(s.periode_mulai)),
                            ("selesai", &crate::ui::format::tanggal(s.periode_selesai)),
                            ("n", &s.rhk.len().to_string()),
                        ]);
                        let id = s.id.clone();
                        view! { <option value=s.id selected=move || skp_id.get().as_deref() == Some(id.as_str())>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
        })
    };

    view! {
        <section class="halaman" aria-labelledby="judul-matriks">
            <h1 id="judul-matriks">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || !saya().is_empty() fallback=move || view! {
                <p class="peringatan-teks" data-testid="matriks-perlu-profil">{move || t().perlu_profil} " " <a href=Route::Profil.href()>{move || t().ke_profil}</a></p>
            }>
                <Show when=move || skp_id.with(Option::is_some) fallback=move || view! {
                    <p class="peringatan-teks" data-testid="matriks-perlu-skp">{move || t().perlu_skp} " " <a href=Route::Skp.href()>{move || t().ke_skp}</a></p>
                }>
                    {pilih_skp}
                    {grid}
                    <p role="status" class="status-ok" data-testid="status-matriks">{move || pesan.get()}</p>
                    <p class="status" data-testid="matriks-kirim">{move || t().petunjuk_kirim} " " <a href=Route::Data.href()>{move || t().ke_berkas}</a></p>
                    <form class="formulir matriks-tambah" on:submit=tambah data-testid="tambah-bawahan">
                        <h2>{move || t().tambah_judul}</h2>
                        <div class="dua-kolom">
                            <div class="medan">
                                <label for="matriks-nip">{move || t().nip_label}</label>
                                <input id="matriks-nip" type="text" inputmode="numeric" autocomplete="off" prop:value=move || nip_baru.get()
                                    aria-invalid=move || galat_nip.with(Option::is_some).to_string()
                                    aria-describedby="matriks-nip-galat"
                                    on:input=move |ev| nip_baru.set(event_target_value(&ev))/>
                                <p id="matriks-nip-galat" class="galat" role="alert" data-testid="matriks-nip-galat">{move || galat_nip.get()}</p>
                            </div>
                            <div class="medan">
                                <label for="matriks-nama">{move || t().nama_label}</label>
                                <input id="matriks-nama" type="text" autocomplete="off" aria-describedby="matriks-nama-petunjuk" prop:value=move || nama_baru.get()
                                    on:input=move |ev| nama_baru.set(event_target_value(&ev))/>
                                <p id="matriks-nama-petunjuk" class="petunjuk">{move || t().nama_petunjuk}</p>
                            </div>
                        </div>
                        <button type="submit" class="sekunder" data-testid="tambah-bawahan-kirim">{move || t().tambah}</button>
                    </form>
                    {ringkasan}
                </Show>
            </Show>
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Matriks/> }.into_any()
}
