//! The pejabat penilai's team: the SKPs imported from bawahan, and the review of one SKP —
//! approve, or return with a note (dikembalikan) — saved as a new revision that travels back
//! in a penilaian bundle.

mod ringkas;
pub mod teks;

use crate::domain::explain::format_angka;
use crate::domain::skp::{JenisRhk, StatusSkp};
use crate::domain::Rulebook;
use crate::store::rekaman::JenisRecord;
use crate::ui::format::target_teks;
use crate::ui::i18n::isi;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::route::Route;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::{use_app_state, HasilSimpan};
use crate::ui::tim::teks::teks_tim;
use leptos::prelude::*;
use ringkas::{baris_tim, kendala_tim};

#[component]
pub fn Tim() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_tim(bahasa());
    let data = state.data_kinerja();
    let baris = Memo::new(move |_| {
        let saya = state.settings.with(|s| s.nip.clone());
        let hari = chrono::Local::now().date_naive();
        data.with(|d| baris_tim(rb, d, &saya, hari))
    });
    let daftar = Signal::derive(move || {
        baris.with(|b| {
            b.iter()
                .map(|x| (x.skp.clone(), x.revisi))
                .collect::<Vec<_>>()
        })
    });
    let kendala = Memo::new(move |_| {
        let saya = state.settings.with(|s| s.nip.clone());
        data.with(|d| kendala_tim(d, &saya))
    });
    let pilih = RwSignal::new(None::<String>);
    let alasan = RwSignal::new(String::new());
    let pesan = RwSignal::new(None::<String>);
    let nama_dari = move |nip: &str| data.with(|d| d.nama(nip));

    let putuskan = move |setujui: bool| {
        let Some(id) = pilih.get_untracked() else {
            return;
        };
        let Some((mut s, rev)) = daftar.get_untracked().into_iter().find(|(s, _)| s.id == id)
        else {
            return;
        };
        let hari = chrono::Local::now().date_naive();
        let hasil = if setujui {
            s.setujui(hari)
        } else {
            s.kembalikan(hari, &alasan.get_untracked())
        };
        if let Err(g) = hasil {
            pesan.set(Some(g.pesan(rb, bahasa())));
            return;
        }
        s.pejabat_penilai_nip = state.settings.get_untracked().nip;
        match state.simpan_rekaman(JenisRecord::Skp, &s.id, &s, Some(rev)) {
            HasilSimpan::Tersimpan(_) => {
                alasan.set(String::new());
                pesan.set(Some(
                    if setujui {
                        t().disetujui
                    } else {
                        t().dikembalikan
                    }
                    .into(),
                ));
            }
            HasilSimpan::LebihBaru => pesan.set(Some(teks_skp(bahasa()).lebih_baru.into())),
            HasilSimpan::Gagal => {}
        }
    };

    let tinjauan = move || {
        let id = pilih.get()?;
        let (s, _) = daftar.get().into_iter().find(|(s, _)| s.id == id)?;
        let b = bahasa();
        let diajukan = matches!(s.status, StatusSkp::Diajukan { .. });
        let kelompok = |jenis: JenisRhk| {
            s.rhk.iter().filter(|r| r.jenis == jenis).map(|r| view! {
                <li>
                    <strong>{r.uraian.clone()}</strong>
                    {(!r.rhk_atasan_uraian.is_empty()).then(|| view! { <p class="petunjuk">{t().rhk_atasan} ": " {r.rhk_atasan_uraian.clone()}</p> })}
                    <ul>{r.iki.iter().map(|i| view! {
                        <li>{rb.teks(i.aspek.label_key(), b).to_string()} " — " {i.indikator.clone()} " · " {t().target} ": " {target_teks(&i.target, b)}
                            " · " <span data-testid="tinjau-akumulasi">{teks_skp(b).akumulasi} " " {rb.teks(&i.akumulasi.label_key(), b).to_string()}</span></li>
                    }).collect_view()}</ul>
                </li>
            }).collect_view()
        };
        Some(view! {
            <section class="kartu-berkas" data-testid="tinjau-skp" aria-labelledby="judul-tinjau">
                <h2 id="judul-tinjau">{isi(t().tinjau_judul, &[("nama", &nama_dari(&s.pegawai_nip))])}</h2>
                <p>{rb.teks(&s.status.label_key(), b).to_string()} " · " <a href=Route::CetakSkp(s.id.clone()).href() data-testid="cetak-skp-bawahan">{crate::ui::cetak::teks::teks_cetak(b).tautan_skp}</a></p>
                {s.alasan_revisi().map(|a| view! { <p class="banner peringatan" data-testid="tinjau-alasan-revisi"><strong>{teks_skp(b).alasan_revisi} ": "</strong>{a.to_string()}</p> })}
                <h3>{teks_skp(b).utama}</h3>
                <ol>{kelompok(JenisRhk::Utama)}</ol>
                <h3>{teks_skp(b).tambahan}</h3>
                <ol>{kelompok(JenisRhk::Tambahan)}</ol>
                {if diajukan { view! {
                    <div class="medan">
                        <label for="alasan-kembali">{t().alasan}</label>
                        <textarea id="alasan-kembali" rows="3" prop:value=move || alasan.get() on:input=move |ev| alasan.set(event_target_value(&ev))></textarea>
                    </div>
                    <p class="tombol-baris">
                        <button type="button" class="utama" data-testid="setujui-skp" on:click=move |_| putuskan(true)>{t().setujui}</button>
                        <button type="button" class="sekunder" data-testid="kembalikan-skp" on:click=move |_| putuskan(false)>{t().kembalikan}</button>
                    </p>
                }.into_any() } else { view! { <p class="petunjuk">{t().bukan_diajukan}</p> }.into_any() }}
                <button type="button" class="sekunder kecil" on:click=move |_| pilih.set(None)>{t().tutup}</button>
            </section>
        })
    };

    view! {
        <section class="halaman" aria-labelledby="judul-tim">
            <h1 id="judul-tim">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || !daftar.with(Vec::is_empty) fallback=move || view! { <p data-testid="tim-kosong">{move || t().kosong}</p> }>
                <div class="tabel-gulir">
                    <table data-testid="tabel-tim">
                        <thead><tr>
                            <th scope="col">{move || t().kolom_pegawai}</th>
                            <th scope="col">{move || t().kolom_status}</th>
                            <th scope="col">{move || t().kolom_periode}</th>
                            <th scope="col">{move || t().kolom_rhk}</th>
                            <th scope="col">{move || t().kolom_capaian}</th>
                            <th scope="col">{move || t().kolom_terakhir}</th>
                            <th scope="col">{move || t().kolom_predikat}</th>
                            <th scope="col">{move || t().kolom_aksi}</th>
                        </tr></thead>
                        <tbody>
                            {move || baris.get().into_iter().map(|x| {
                                let s = x.skp;
                                let id = s.id.clone();
                                let b = bahasa();
                                view! {
                                    <tr>
                                        <td>{crate::ui::format::tampak(&x.nama)}</td>
                                        <td data-testid="status-bawahan">{rb.teks(&s.status.label_key(), b).to_string()}</td>
                                        <td>{format!("{} – {}", crate::ui::format::tanggal(s.periode_mulai), crate::ui::format::tanggal(s.periode_selesai))}</td>
                                        <td>{s.rhk.len()}</td>
                                        <td data-testid="capaian-bawahan">{x.capaian.map(|c| format!("{} %", format_angka(c.nilai.ke_f64(), b))).unwrap_or_else(|| t().belum.into())}</td>
                                        <td>{x.realisasi_terakhir.map(crate::ui::format::tanggal).unwrap_or_else(|| t().belum.into())}</td>
                                        <td><span data-testid="predikat-bawahan">{x.predikat_terakhir.map(|p| rb.teks(&p.label_key(), b).to_string()).unwrap_or_else(|| t().belum.into())}</span>
                                            // The bawahan answered an evaluation: said here, the whole text on the evaluation.
                                            {x.tanggapan.map(|g| view! {
                                                <p class="tanggapan-tim" data-testid="tanggapan-bawahan">
                                                    <strong>{isi(t().ditanggapi, &[("periode", &nama_periode(&g.periode, b))])}</strong>
                                                    " " {crate::ui::format::tanggal(g.tanggal)} ": “" {g.cuplikan} "” "
                                                    <a href=Route::CetakEvaluasi(g.evaluasi_id).href() data-testid="lihat-tanggapan">{t().lihat_evaluasi}</a>
                                                </p>
                                            })}</td>
                                        <td><button type="button" class="kecil" data-testid="tinjau" on:click=move |_| { pesan.set(None); pilih.set(Some(id.clone())) }>{move || t().tinjau}</button></td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
            <p role="status" class="status" data-testid="status-tim" class:tersembunyi=move || pesan.with(Option::is_none)>
                {move || pesan.get()} " " <a href=Route::Data.href()>{move || t().kirim_balik}</a>
            </p>
            {tinjauan}
            <h2>{move || t().kendala_judul}</h2>
            {move || {
                let k = kendala.get();
                if k.is_empty() {
                    return view! { <p class="petunjuk">{t().kendala_kosong}</p> }.into_any();
                }
                view! { <ul class="daftar-poin" data-testid="kendala-tim">{k.into_iter().map(|(nama, d)| view! {
                    <li><strong>{nama}</strong> " (" {crate::ui::format::tanggal(d.tanggal)} "): " {d.kendala}
                        {(!d.langkah_disepakati.is_empty()).then(|| view! { <br/> {t().langkah} ": " {d.langkah_disepakati}})}</li>
                }).collect_view()}</ul> }.into_any()
            }}
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Tim/> }.into_any()
}
