//! One IKI card's history: every stored entry, oldest first, with "edit" (loads it into the
//! card's form, see [`super::entri`]) and "delete" (a tombstone through `AppState`, with undo).

use crate::domain::explain::format_angka;
use crate::domain::progres::{BuktiDukung, Realisasi};
use crate::domain::skp::Skp;
use crate::store::rekaman::JenisRecord;
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::lampiran;
use crate::ui::progres::entri::{dievaluasi, fokus, Isian};
use crate::ui::progres::teks::teks_progres;
use crate::ui::state::{use_app_state, HasilSimpan};
use leptos::prelude::*;

/// The history of one IKI, oldest first, each entry with "edit" and "delete"; after a delete,
/// a line to undo it.
#[component]
pub(super) fn RiwayatRealisasi(
    skp: Memo<Option<Skp>>,
    milik: Memo<Vec<Realisasi>>,
    iki_id: String,
    isian: Isian,
) -> impl IntoView {
    let state = use_app_state();
    let data = state.data_kinerja();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_progres(bahasa());
    let hari_ini = chrono::Local::now().date_naive();
    // Kept in the arena, so the row buttons' handlers stay `Copy`.
    let id_tgl = StoredValue::new(format!("tgl-{iki_id}"));
    let revisi = move |id: &str| data.with_untracked(|d| d.realisasi_id(id).map(|r| r.revisi));
    let ubah = move |r: Realisasi| {
        let Some(basis) = revisi(&r.id) else { return };
        isian.muat(&r, basis, bahasa());
        isian.status.set(None);
        id_tgl.with_value(|id| fokus(id));
    };
    let setelah_hapus = move |r: &Realisasi, berlampiran: bool, hasil: HasilSimpan| match hasil {
        HasilSimpan::Tersimpan(nisan) => {
            if isian
                .sunting
                .with_untracked(|s| s.as_ref().is_some_and(|s| s.id == r.id))
            {
                isian.kosongkan(hari_ini);
                state.dirty.set(false);
            }
            isian.terhapus.set(Some((r.id.clone(), nisan, berlampiran)));
            let tt = t();
            let tanggal = crate::ui::format::tanggal(r.tanggal);
            let mut pesan = isi(tt.terhapus, &[("tanggal", &tanggal)]);
            let p = skp.with_untracked(|s| s.as_ref().and_then(|s| dievaluasi(data, s, r.tanggal)));
            if let Some(p) = p {
                pesan.push(' ');
                pesan.push_str(&isi(
                    tt.dievaluasi,
                    &[("periode", &nama_periode(&p, bahasa()))],
                ));
            }
            isian.kabar.set(Some(pesan));
        }
        HasilSimpan::LebihBaru => {
            isian.terhapus.set(None);
            isian.kabar.set(Some(t().berubah_hapus.to_string()));
        }
        HasilSimpan::Gagal => {}
    };
    let gagal_muat = move |e: String| isian.kabar.set(Some(lampiran::gagal_muat(bahasa(), &e)));
    let hapus = move |r: Realisasi| {
        let Some(basis) = revisi(&r.id) else { return };
        if r.lampiran().next().is_some() {
            // Its attachments go with it, and come back with an undo.
            lampiran::dengan_kode(
                move |k| setelah_hapus(&r, true, (k.hapus)(&state, &r.id, basis)),
                gagal_muat,
            );
        } else {
            let hasil = state.hapus_rekaman(JenisRecord::Realisasi, &r.id, basis);
            setelah_hapus(&r, false, hasil);
        }
    };
    let setelah_urung = move |hasil: HasilSimpan| {
        let pesan = match hasil {
            HasilSimpan::Tersimpan(_) => Some(t().dipulihkan),
            HasilSimpan::LebihBaru => Some(t().gagal_urungkan),
            // A failed write (said in the banner) keeps the undo, to try again.
            HasilSimpan::Gagal => return,
        };
        isian.kabar.set(pesan.map(str::to_string));
        isian.terhapus.set(None);
    };
    let urungkan = move |_| {
        let Some((id, nisan, berlampiran)) = isian.terhapus.get_untracked() else {
            return;
        };
        if berlampiran {
            lampiran::dengan_kode(
                move |k| match (k.urungkan)(&state, &id, nisan) {
                    Ok(h) => setelah_urung(h),
                    Err(pesan) => {
                        isian.kabar.set(Some(pesan));
                        isian.terhapus.set(None);
                    }
                },
                gagal_muat,
            );
        } else {
            setelah_urung(state.urungkan_hapus(JenisRecord::Realisasi, &id, nisan));
        }
    };
    view! {
        // Always present, so a screen reader announces what a delete or an undo did.
        <p class="status" role="status" data-testid="kabar-realisasi">{move || isian.kabar.get()}
            <Show when=move || isian.terhapus.with(Option::is_some)>
                " " <button type="button" class="kecil" data-testid="urungkan-realisasi" on:click=urungkan>{move || t().urungkan}</button>
            </Show>
        </p>
        <Show when=move || !milik.with(Vec::is_empty)>
            <h4>{move || t().riwayat}</h4>
            <div class="tabel-gulir"><table data-testid="riwayat-realisasi">
                <thead><tr>{move || t().kolom.iter().map(|k| view! { <th scope="col">{*k}</th> }).collect_view()}</tr></thead>
                <tbody>{move || { let mut e = milik.get(); e.sort_by_key(|r| r.tanggal); e.into_iter().map(|r| {
                    let tanggal = crate::ui::format::tanggal(r.tanggal);
                    let (untuk_ubah, untuk_hapus) = (r.clone(), r.clone());
                    let id_lampiran: Vec<String> = r.lampiran().map(str::to_string).collect();
                    let sedang = r.id.clone();
                    let disunting = move || isian.sunting.with(|s| s.as_ref().is_some_and(|s| s.id == sedang));
                    let tt = t();
                    view! {
                    <tr class:disunting=disunting>
                        <td>{tanggal.clone()}</td>
                        <td>{r.nilai.map(|v| format_angka(v, bahasa())).unwrap_or_default()}</td>
                        <td>{r.catatan.clone()}</td>
                        <td>{r.bukti.iter().map(|b| match b {
                            BuktiDukung::Tautan(u) => match b.tautan_web() {
                                Some(w) => view! { <a href=w.to_string() rel="noopener noreferrer" target="_blank">{u.clone()}</a> " " }.into_any(),
                                None => view! { <span data-testid="tautan-teks">{u.clone()}</span> " " }.into_any(),
                            },
                            BuktiDukung::Berkas(n) => view! { <span>{n.clone()}</span> " " }.into_any(),
                            // Drawn together below, by the attachment chunk.
                            BuktiDukung::Lampiran(_) => ().into_any(),
                        }).collect_view()}
                        {(!id_lampiran.is_empty()).then(|| lampiran::tampilkan(move |k| (k.daftar)(id_lampiran.clone())))}</td>
                        <td class="tindakan-baris">
                            <button type="button" class="sekunder kecil" data-testid="ubah-realisasi"
                                aria-label=isi(tt.ubah_aria, &[("tanggal", &tanggal)])
                                on:click=move |_| ubah(untuk_ubah.clone())>{tt.ubah}</button>
                            " "
                            <button type="button" class="sekunder kecil" data-testid="hapus-realisasi"
                                aria-label=isi(tt.hapus_aria, &[("tanggal", &tanggal)])
                                on:click=move |_| hapus(untuk_hapus.clone())>{tt.hapus}</button>
                        </td>
                    </tr>
                }}).collect_view() }}</tbody>
            </table></div>
        </Show>
    }
}
