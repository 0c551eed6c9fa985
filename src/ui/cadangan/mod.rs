//! Backups & restore: the rolling snapshots, a manual backup, and restore with undo.

pub mod teks;

use crate::store::snapshot::{self, InfoSnapshot, Retensi};
use crate::ui::cadangan::teks::teks_cadangan;
use crate::ui::format::format_bytes;
use crate::ui::i18n::{galat_penyimpanan, isi};
use crate::ui::state::use_app_state;
use leptos::prelude::*;

fn waktu_teks(i: &InfoSnapshot) -> String {
    crate::ui::format::waktu(i.waktu)
}

#[component]
pub fn Cadangan() -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_cadangan(state.settings.with(|s| s.bahasa));
    // The list derives from storage: re-read after an action here (`muat`) or when data
    // changed underneath (another tab, an import).
    let segarkan = RwSignal::new(0u32);
    let daftar = Memo::new(move |_| {
        state.revisi_data.track();
        segarkan.track();
        snapshot::daftar(state.store().as_ref()).unwrap_or_default()
    });
    let muat = move || segarkan.update(|n| *n += 1);
    let pesan = RwSignal::new(None::<String>);
    let konfirmasi = RwSignal::new(None::<InfoSnapshot>);
    let urungkan = RwSignal::new(None::<String>);
    let gagal_dengan = move |teks: &str, e: &crate::store::StoreError| {
        let detail = galat_penyimpanan(e, state.t());
        let _ = pesan.try_set(Some(isi(teks, &[("detail", &detail)])));
    };
    let gagal = move |e: crate::store::StoreError| gagal_dengan(t().gagal, &e);
    // Said as it is: untouched, or (a failed putting back) part backup, part what was there.
    let gagal_pulih = move |g: snapshot::GagalPulih| match g.setengah {
        true => gagal_dengan(t().gagal_pulih_setengah, &g.sebab),
        false => gagal_dengan(t().gagal_pulih, &g.sebab),
    };

    let buat = move |_| {
        match snapshot::ambil(
            state.store().as_ref(),
            state.sekarang(),
            crate::store::snapshot::ALASAN_SENDIRI,
            Retensi::default(),
        ) {
            Ok(_) => pesan.set(Some(t().dibuat.to_string())),
            Err(e) => gagal(e),
        }
        muat();
    };
    // Storage full: old backups are what this app can give back without touching data.
    let hapus_lama = move |_| {
        if !crate::ui::platform::konfirmasi(t().hapus_lama_tanya) {
            return;
        }
        match snapshot::hapus_lama(state.store().as_ref()) {
            Ok(n) => pesan.set(Some(isi(t().hapus_lama_selesai, &[("n", &n.to_string())]))),
            Err(e) => gagal_dengan(t().gagal_hapus, &e),
        }
        muat();
    };
    // A restore reads its backup in first (IndexedDB leaves backups out of start-up's read):
    // the buttons wait meanwhile, so one restore runs at a time.
    let sibuk = RwSignal::new(false);
    let pulihkan_id = move |id: String| {
        let store = state.store();
        async move {
            snapshot::pulihkan_dibaca(store.as_ref(), &id, state.sekarang(), Retensi::default())
                .await
        }
    };
    let pulihkan = move |info: InfoSnapshot| {
        konfirmasi.set(None);
        sibuk.set(true);
        pesan.set(Some(isi(t().membaca, &[("waktu", &waktu_teks(&info))])));
        leptos::task::spawn_local(async move {
            match pulihkan_id(info.id.clone()).await {
                Ok(sebelum) => {
                    let _ = urungkan.try_set(Some(sebelum.id));
                    let _ =
                        pesan.try_set(Some(isi(t().dipulihkan, &[("waktu", &waktu_teks(&info))])));
                    state.muat_ulang_data();
                }
                Err(e) => {
                    gagal_pulih(e);
                    // Put back as it was, or, when even that failed, in between: either way
                    // the screens show what storage holds.
                    state.muat_ulang_data();
                }
            }
            // The screen may be gone by now (its signals disposed with it).
            let _ = sibuk.try_set(false);
            let _ = segarkan.try_update(|n| *n += 1);
        });
    };
    let batalkan_pemulihan = move |_| {
        let Some(id) = urungkan.get_untracked() else {
            return;
        };
        sibuk.set(true);
        leptos::task::spawn_local(async move {
            match pulihkan_id(id).await {
                Ok(_) => {
                    let _ = urungkan.try_set(None);
                    let _ = pesan.try_set(Some(t().diurungkan.to_string()));
                    state.muat_ulang_data();
                }
                Err(e) => gagal_pulih(e),
            }
            // The screen may be gone by now (its signals disposed with it).
            let _ = sibuk.try_set(false);
            let _ = segarkan.try_update(|n| *n += 1);
        });
    };

    view! {
        <section class="halaman" aria-labelledby="judul-cadangan">
            <h1 id="judul-cadangan" tabindex="-1">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <p><button type="button" data-testid="buat-cadangan" disabled=move || sibuk.get() on:click=buat>{move || t().buat}</button>
                <Show when=move || daftar.with(|d| d.len() > 1)>
                    " " <button type="button" class="sekunder" data-testid="hapus-cadangan-lama" disabled=move || sibuk.get() on:click=hapus_lama>{move || t().hapus_lama}</button>
                </Show>
            </p>
            <Show when=move || pesan.with(Option::is_some)>
                <p role="status" class="status" data-testid="status-cadangan">
                    {move || pesan.get().unwrap_or_default()}
                    <Show when=move || urungkan.with(Option::is_some)>
                        " " <button type="button" data-testid="urungkan-pemulihan" disabled=move || sibuk.get() on:click=batalkan_pemulihan>{move || t().urungkan}</button>
                    </Show>
                </p>
            </Show>
            <Show when=move || konfirmasi.with(Option::is_some)>
                {move || konfirmasi.get().map(|info| {
                    let info2 = info.clone();
                    view! {
                        <div class="konfirmasi" role="alertdialog" aria-labelledby="tanya-pulihkan" data-testid="konfirmasi-pulihkan">
                            <p id="tanya-pulihkan">{isi(t().yakin, &[("waktu", &waktu_teks(&info))])}</p>
                            <button type="button" data-testid="ya-pulihkan" disabled=move || sibuk.get() on:click=move |_| pulihkan(info2.clone())>{move || t().ya_pulihkan}</button>
                            " "
                            <button type="button" on:click=move |_| konfirmasi.set(None)>{move || t().batal}</button>
                        </div>
                    }
                })}
            </Show>
            <Show when=move || !daftar.with(Vec::is_empty) fallback=move || view! { <p data-testid="tanpa-cadangan">{move || t().kosong}</p> }>
                <div class="tabel-gulir">
                    <table data-testid="daftar-cadangan">
                        <thead><tr>
                            <th scope="col">{move || t().kolom_waktu}</th>
                            <th scope="col">{move || t().kolom_alasan}</th>
                            <th scope="col">{move || t().kolom_isi}</th>
                            <th scope="col">{move || t().kolom_aksi}</th>
                        </tr></thead>
                        <tbody>
                            // Rows redrawn when the list of backups changes, which is when
                            // they are meant to (a plain list: far less code than `<For>`).
                            {move || daftar.get().into_iter().map(|info| {
                                    let pilih = info.clone();
                                    let waktu = waktu_teks(&info);
                                    let alasan = info.alasan.clone();
                                    let isi_data = move || isi(t().isi_data, &[("n", &info.jumlah_kunci.to_string()), ("ukuran", &format_bytes(info.ukuran_byte as f64, state.t().kode_bahasa))]);
                                    view! {
                                        <tr>
                                            <td>{waktu}</td>
                                            <td>{move || t().alasan(&alasan)}</td>
                                            <td>{isi_data}</td>
                                            <td><button type="button" class="kecil" disabled=move || sibuk.get() on:click=move |_| konfirmasi.set(Some(pilih.clone()))>{move || t().pulihkan}</button></td>
                                        </tr>
                                    }
                                }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Cadangan/> }.into_any()
}
