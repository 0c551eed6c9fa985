//! The development plan (rencana pengembangan, `domain::rencana_pengembangan`): the person's
//! goals for a year, each with what it answers and the activity planned; submitted to their
//! pejabat penilai, whose decision comes back in the penilaian file. A goal done is recorded
//! with its training in one write (`selesai.rs`). For a pejabat penilai, `tinjau.rs` lists
//! their bawahan's plans to approve or return.

pub mod form;
mod selesai;
pub mod teks;
mod tinjau;

use crate::domain::rencana_pengembangan::{
    ButirRencana, DasarTujuan, Pengajuan, RencanaPengembangan, StatusButir, StatusRencana,
};
use crate::domain::{Bahasa, Galat, Rulebook};
use crate::store::kinerja::Tersimpan;
use crate::store::rekaman::{uuid_nama, JenisRecord};
use crate::ui::format::{angka_isian, tanggal};
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, AppState, HasilSimpan};
use chrono::Datelike;
use leptos::prelude::*;
use teks::{teks_rencana, TeksRencana};

type Tersimpan_ = Tersimpan<RencanaPengembangan>;

/// One plan per pegawai and year, the same id on every device (so copies merge).
pub fn id_rencana(nip: &str, tahun: i32) -> String {
    uuid_nama(
        JenisRecord::RencanaPengembangan.kode(),
        &format!("{nip}:{tahun}"),
    )
}

/// The plan's status in words.
pub(crate) fn kata_status(s: StatusRencana, t: &TeksRencana) -> &'static str {
    match s {
        StatusRencana::Draf => t.draf,
        StatusRencana::Diajukan => t.diajukan,
        StatusRencana::Disetujui => t.disetujui,
        StatusRencana::Dikembalikan => t.dikembalikan,
    }
}

pub(crate) fn kata_dasar(d: DasarTujuan, t: &TeksRencana) -> &'static str {
    match d {
        DasarTujuan::Kesenjangan => t.dasar_kesenjangan,
        DasarTujuan::Evaluasi => t.dasar_evaluasi,
        DasarTujuan::DialogKinerja => t.dasar_dialog,
        DasarTujuan::Lainnya => t.dasar_lainnya,
    }
}

/// Writes the plan as the revision after the stored one (or as new).
fn tulis(state: AppState, r: &RencanaPengembangan, lama: Option<&Tersimpan_>) -> HasilSimpan {
    let basis = lama.map(|l| l.revisi);
    state.simpan_rekaman(JenisRecord::RencanaPengembangan, &r.id, r, basis)
}

#[component]
pub fn Rencana() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_rencana(bahasa());
    let data = state.data_kinerja();
    let nip = Memo::new(move |_| state.settings.with(|s| s.nip.trim().to_string()));
    let tahun_ini = chrono::Local::now().year();
    let tahun = RwSignal::new(tahun_ini);
    let semua = Memo::new(move |_| {
        nip.with(|n| data.with(|d| d.rencana_milik(n).into_iter().cloned().collect::<Vec<_>>()))
    });
    let daftar_tahun = Memo::new(move |_| {
        let mut v: Vec<i32> = semua.with(|s| s.iter().map(|r| r.isi.tahun).collect());
        v.extend([tahun_ini, tahun_ini + 1]);
        v.sort_unstable_by(|a, b| b.cmp(a));
        v.dedup();
        v
    });
    let tersimpan = Memo::new(move |_| {
        let th = tahun.get();
        semua.with(|s| s.iter().find(|r| r.isi.tahun == th).cloned())
    });
    let rencana = Memo::new(move |_| {
        tersimpan
            .get()
            .map(|r| r.isi)
            .unwrap_or_else(|| RencanaPengembangan {
                id: id_rencana(&nip.get(), tahun.get()),
                pegawai_nip: nip.get(),
                tahun: tahun.get(),
                butir: Vec::new(),
                diajukan: None,
                keputusan: None,
                versi_terakhir: 0,
            })
    });
    let sunting = RwSignal::new(None::<ButirRencana>);
    let buka_selesai = RwSignal::new(None::<ButirRencana>);
    let pesan = RwSignal::new(None::<&'static str>);
    let terhapus = RwSignal::new(None::<(usize, ButirRencana)>);
    let masalah = RwSignal::new(Vec::<Galat>::new());
    // Every change of the goals: a change under a submission sends the plan back to draft
    // (the decision spoke of the goals as they were); progress keeps it.
    let ubah_butir = move |f: &dyn Fn(&mut Vec<ButirRencana>)| -> HasilSimpan {
        let lama = tersimpan.get_untracked();
        let sebelum = rencana.get_untracked();
        let mut r = sebelum.clone();
        f(&mut r.butir);
        let kembali = r.diajukan.is_some() && !r.isi_sama(&sebelum);
        if kembali {
            r.kembali_ke_draf();
        }
        let h = tulis(state, &r, lama.as_ref());
        let tt = teks_rencana(state.settings.with_untracked(|s| s.bahasa));
        match h {
            HasilSimpan::Tersimpan(_) if kembali => pesan.set(Some(tt.kembali_draf)),
            HasilSimpan::LebihBaru => pesan.set(Some(tt.berubah)),
            _ => {}
        }
        h
    };
    let simpan_butir = Callback::new(move |b: ButirRencana| {
        // A new action: the last one's message (and its undo) is done with.
        pesan.set(None);
        terhapus.set(None);
        let h = ubah_butir(
            &|v: &mut Vec<ButirRencana>| match v.iter_mut().find(|x| x.id == b.id) {
                Some(x) => *x = b.clone(),
                None => v.push(b.clone()),
            },
        );
        matches!(h, HasilSimpan::Tersimpan(_))
    });
    let hapus = move |b: ButirRencana| {
        let i = rencana.with_untracked(|r| r.butir.iter().position(|x| x.id == b.id));
        let Some(i) = i else { return };
        terhapus.set(None);
        pesan.set(None);
        if let HasilSimpan::Tersimpan(_) = ubah_butir(&|v: &mut Vec<ButirRencana>| {
            v.remove(i);
        }) {
            // Unless the delete sent the plan back to draft, which says more.
            if pesan.get_untracked().is_none() {
                pesan.set(Some(t().terhapus));
            }
            terhapus.set(Some((i, b)));
        }
    };
    // Undo puts back only the goal it removed, where it was; whatever else changed stays.
    let urungkan = move |_| {
        let Some((i, b)) = terhapus.get_untracked() else {
            return;
        };
        terhapus.set(None);
        if let HasilSimpan::Tersimpan(_) = ubah_butir(&|v: &mut Vec<ButirRencana>| {
            if !v.iter().any(|x| x.id == b.id) {
                v.insert(i.min(v.len()), b.clone());
            }
        }) {
            pesan.set(Some(t().dipulihkan));
        }
    };
    let batalkan = move |b: ButirRencana| {
        pesan.set(None);
        ubah_butir(&|v: &mut Vec<ButirRencana>| {
            if let Some(x) = v.iter_mut().find(|x| x.id == b.id) {
                x.status = StatusButir::Batal;
            }
        });
    };
    let ajukan = move |_| {
        let mut r = rencana.get_untracked();
        r.diajukan = Some(Pengajuan {
            versi: r.versi_berikut(),
            tanggal: state.sekarang().date(),
        });
        masalah.set(r.periksa(rb));
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        if let HasilSimpan::Tersimpan(_) = tulis(state, &r, tersimpan.get_untracked().as_ref()) {
            terhapus.set(None);
            pesan.set(Some(t().diajukan_ok));
        }
    };
    let status = move || rencana.with(RencanaPengembangan::status);
    let boleh_ajukan = move || {
        matches!(status(), StatusRencana::Draf | StatusRencana::Dikembalikan)
            && rencana.with(|r| !r.butir.is_empty())
    };
    let keputusan = move || {
        rencana.with(|r| {
            r.keputusan
                .as_ref()
                .filter(|k| !k.catatan.trim().is_empty())
                .map(|k| {
                    isi(
                        t().catatan_penilai,
                        &[("tanggal", &tanggal(k.tanggal)), ("catatan", &k.catatan)],
                    )
                })
        })
    };
    let ringkas = move || {
        let b = bahasa();
        rencana.with(|r| {
            isi(
                t().ringkas,
                &[
                    // Counted as the JP are: cancelled goals are neither.
                    (
                        "jumlah",
                        &r.butir
                            .iter()
                            .filter(|b| b.status != StatusButir::Batal)
                            .count()
                            .to_string(),
                    ),
                    ("jp", &angka_isian(r.jp_rencana(), b)),
                ],
            )
        })
    };
    let baris = move || {
        let b = bahasa();
        rencana
            .get()
            .butir
            .into_iter()
            .map(|x| baris_butir(x, b, sunting, buka_selesai, hapus, batalkan))
            .collect_view()
    };
    // Another year closes a goal of the last year being changed; a new goal being typed is of
    // no year yet and stays (setting the signal again would empty its fields).
    let tutup_sunting = move || {
        if sunting.with_untracked(Option::is_some) {
            sunting.set(None);
        }
    };
    view! {
        <section class="halaman" aria-labelledby="judul-rencana">
            <crate::ui::bagian::pengembangan::NavPengembangan aktif=Route::RencanaPengembangan/>
            <h1 id="judul-rencana">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || !nip.with(String::is_empty)
                fallback=move || view! { <p class="status" data-testid="rencana-tanpa-nip"><a href=Route::Profil.href()>{move || t().tanpa_nip}</a></p> }>
                <div class="medan"><label for="rp-tahun">{move || t().tahun}</label>
                    <select id="rp-tahun" prop:value=move || tahun.get().to_string()
                        on:change=move |ev| { tahun.set(event_target_value(&ev).parse().unwrap_or(tahun_ini)); tutup_sunting(); buka_selesai.set(None); terhapus.set(None); pesan.set(None); }>
                        {move || daftar_tahun.get().into_iter().map(|th| view! { <option value=th.to_string()>{th}</option> }).collect_view()}
                    </select></div>
                <div class="kartu-jp" role="status" data-testid="status-rencana">
                    <p>{move || t().status} ": " <strong data-testid="status-rencana-kata">{move || kata_status(status(), t())}</strong></p>
                    <p>{ringkas}</p>
                    {move || keputusan().map(|k| view! { <p data-testid="catatan-penilai">{k}</p> })}
                </div>
                <Show when=move || pesan.with(Option::is_some)>
                    <p class="status" role="status" data-testid="pesan-rencana">{move || pesan.get()}
                        <Show when=move || terhapus.with(Option::is_some)>
                            " " <button type="button" class="kecil" data-testid="urungkan-butir" on:click=urungkan>{move || t().urungkan}</button>
                        </Show>
                    </p>
                </Show>
                <h2>{move || t().daftar}</h2>
                <Show when=move || rencana.with(|r| !r.butir.is_empty())
                    fallback=move || view! { <p class="petunjuk" data-testid="rencana-kosong">{move || t().kosong}</p> }>
                    <div class="tabel-gulir" role="region" tabindex="0" aria-label=move || t().daftar>
                        <table data-testid="daftar-butir">
                            <thead><tr>
                                <th scope="col">{move || t().kolom_tujuan}</th>
                                <th scope="col">{move || t().kolom_kegiatan}</th>
                                <th scope="col">{move || t().kolom_jadwal}</th>
                                <th scope="col">{move || t().kolom_jp}</th>
                                <th scope="col">{move || t().kolom_status}</th>
                                <th scope="col">{move || t().kolom_aksi}</th>
                            </tr></thead>
                            <tbody>{baris}</tbody>
                        </table>
                    </div>
                </Show>
                {move || buka_selesai.get().map(|b| view! { <selesai::FormSelesai butir=b rencana=rencana tersimpan=tersimpan buka=buka_selesai pesan=pesan/> })}
                <Show when=boleh_ajukan>
                    <p><button type="button" class="utama" data-testid="ajukan-rencana" on:click=ajukan>{move || t().ajukan}</button></p>
                </Show>
                <Show when=move || !masalah.with(Vec::is_empty)>
                    <div class="galat" role="alert" data-testid="galat-rencana"><p>{move || t().perbaiki}</p>
                        <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul></div>
                </Show>
                <form::FormButir sunting=sunting simpan=simpan_butir rencana=rencana/>
                <p><a href=Route::Data.href()>{move || t().kirim}</a></p>
                <Show when=move || state.settings.with(|s| s.peran == Some(crate::store::Peran::PejabatPenilai))>
                    {tinjau()}
                </Show>
            </Show>
        </section>
    }
}

/// One goal as a table row, with what may be done to it.
fn baris_butir(
    x: ButirRencana,
    b: Bahasa,
    sunting: RwSignal<Option<ButirRencana>>,
    buka_selesai: RwSignal<Option<ButirRencana>>,
    hapus: impl Fn(ButirRencana) + Copy + 'static,
    batalkan: impl Fn(ButirRencana) + Copy + 'static,
) -> impl IntoView {
    let rb = Rulebook::aktif();
    let t = teks_rencana(b);
    let bentuk = rb.teks(&format!("bentuk.{}", x.bentuk), b).to_string();
    let rujukan = match x.dasar {
        DasarTujuan::Kesenjangan => crate::domain::kompetensi::nama_kompetensi(rb, &x.rujukan, b),
        _ => String::new(),
    };
    let jadwal = format!("{} – {}", tanggal(x.mulai), tanggal(x.selesai));
    let (kata, terbuka) = match x.status {
        StatusButir::Direncanakan => (t.direncanakan, true),
        StatusButir::Selesai => (t.selesai, false),
        StatusButir::Batal => (t.batal, false),
    };
    let log = (x.status == StatusButir::Selesai).then(|| {
        view! { <br/><a href=Route::Pengembangan.href()>{t.lihat_log}</a> }
    });
    let (x1, x2, x3, x4) = (x.clone(), x.clone(), x.clone(), x.clone());
    let judul = x.tujuan.clone();
    let aksi = terbuka.then(|| {
        let judul2 = judul.clone();
        view! {
            <button type="button" class="kecil" data-testid="selesai-butir" aria-label=format!("{} {}", t.tandai_selesai, judul2)
                on:click=move |_| buka_selesai.set(Some(x3.clone()))>{t.tandai_selesai}</button>
            " "
            <button type="button" class="kecil" aria-label=format!("{} {}", t.ubah, judul)
                on:click=move |_| sunting.set(Some(x1.clone()))>{t.ubah}</button>
            " "
            <button type="button" class="sekunder kecil" aria-label=format!("{} {}", t.batalkan, judul)
                on:click=move |_| batalkan(x4.clone())>{t.batalkan}</button>
        }
    });
    view! {
        <tr data-testid="baris-butir">
            <td><strong>{x.tujuan.clone()}</strong><br/><span class="petunjuk">{kata_dasar(x.dasar, t)}" "{rujukan}</span></td>
            <td>{x.kegiatan.clone()}<br/><span class="petunjuk">{bentuk}</span></td>
            <td>{jadwal}</td>
            <td>{angka_isian(x.jp, b)}</td>
            <td data-testid="status-butir">{kata}{log}</td>
            <td class="aksi">{aksi}" "
                <button type="button" class="sekunder kecil" data-testid="hapus-butir" aria-label=format!("{} {}", t.hapus, x.tujuan)
                    on:click=move |_| hapus(x2.clone())>{t.hapus}</button>
            </td>
        </tr>
    }
}

fn tinjau_gambar() -> AnyView {
    view! { <tinjau::Tinjau/> }.into_any()
}

// The pejabat penilai's review is its own chunk: a pegawai never fetches it.
#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(rencana_tinjau, wasm_split_path = ::leptos::wasm_split, fallible)]
fn tinjau_lazy() -> Result<fn() -> AnyView, crate::ui::layar::GagalMuat> {
    Ok(tinjau_gambar)
}

fn tinjau() -> impl IntoView {
    #[cfg(feature = "eager")]
    return tinjau_gambar();
    #[cfg(not(feature = "eager"))]
    crate::ui::layar::bagian_lazy(tinjau_lazy, |g: fn() -> AnyView| g())
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &Route) -> AnyView {
    view! { <Rencana/> }.into_any()
}
