//! The pegawai's training log (kegiatan pengembangan): the year's JP against the minimum for
//! their kind of ASN (`domain::pengembangan::jp_tahunan`, with its explanation), the year's
//! activities with their certificate, and the form that logs or changes one. Every role
//! keeps its own log: a pejabat penilai and an admin are ASN too.

pub mod form;
pub mod teks;
mod tim;

use crate::domain::pengembangan::{jp_tahunan, KegiatanPengembangan};
use crate::domain::{Bahasa, Rulebook};
use crate::store::kinerja::Tersimpan;
use crate::store::rekaman::JenisRecord;
use crate::ui::format::angka_isian;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::state::{use_app_state, HasilSimpan};
use chrono::Datelike;
use form::FormKegiatan;
use leptos::prelude::*;
use teks::teks_pengembangan;

type Kegiatan = Tersimpan<KegiatanPengembangan>;

#[component]
pub fn Pengembangan() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_pengembangan(bahasa());
    let data = state.data_kinerja();
    let nip = Memo::new(move |_| state.settings.with(|s| s.nip.trim().to_string()));
    let semua = Memo::new(move |_| {
        nip.with(|n| data.with(|d| d.kegiatan_milik(n).into_iter().cloned().collect::<Vec<_>>()))
    });
    // The profile's kind of ASN sets the minimum; without a profile, a PNS's (and it says so).
    let jenis = Memo::new(move |_| {
        nip.with(|n| data.with(|d| d.profil(n).map(|p| p.jenis_pegawai.clone())))
    });
    let tahun_ini = chrono::Local::now().year();
    let tahun = RwSignal::new(tahun_ini);
    let daftar_tahun = Memo::new(move |_| {
        let mut v: Vec<i32> = semua.with(|s| s.iter().map(|k| k.isi.selesai.year()).collect());
        v.push(tahun_ini);
        v.sort_unstable_by(|a, b| b.cmp(a));
        v.dedup();
        v
    });
    let tahun_ini_saja = Memo::new(move |_| {
        let th = tahun.get();
        semua.with(|s| {
            s.iter()
                .filter(|k| k.isi.selesai.year() == th)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let sunting = RwSignal::new(None::<Kegiatan>);
    let terhapus = RwSignal::new(None::<(String, u64)>);
    let pesan = RwSignal::new(None::<&'static str>);
    let hapus = move |k: Kegiatan| match state.hapus_rekaman(
        JenisRecord::KegiatanPengembangan,
        &k.isi.id,
        k.revisi,
    ) {
        HasilSimpan::Tersimpan(nisan) => {
            if sunting.with_untracked(|s| s.as_ref().is_some_and(|s| s.isi.id == k.isi.id)) {
                sunting.set(None);
            }
            terhapus.set(Some((k.isi.id, nisan)));
            pesan.set(Some(t().terhapus));
        }
        HasilSimpan::LebihBaru => pesan.set(Some(t().berubah)),
        HasilSimpan::Gagal => {}
    };
    let urungkan = move |_| {
        let Some((id, revisi)) = terhapus.get_untracked() else {
            return;
        };
        match state.urungkan_hapus(JenisRecord::KegiatanPengembangan, &id, revisi) {
            HasilSimpan::Tersimpan(_) => pesan.set(Some(t().dipulihkan)),
            HasilSimpan::LebihBaru => pesan.set(Some(t().gagal_urungkan)),
            HasilSimpan::Gagal => {}
        }
        terhapus.set(None);
    };
    let ringkasan = move || {
        let b = bahasa();
        let jenis_pegawai = jenis.get().unwrap_or_else(|| "pns".into());
        let log: Vec<KegiatanPengembangan> =
            semua.with(|s| s.iter().map(|k| k.isi.clone()).collect());
        let hasil = jp_tahunan(rb, &log, tahun.get(), &jenis_pegawai);
        view! { <Ringkasan hasil=hasil tahun=tahun.get() bahasa=b/> }
    };
    let baris = move || {
        tahun_ini_saja
            .get()
            .into_iter()
            .map(|k| baris_kegiatan(k, bahasa(), sunting, hapus))
            .collect_view()
    };
    // Named by its year: a past year's list is not "this year's".
    let daftar_judul = move || isi(t().daftar, &[("tahun", &tahun.get().to_string())]);
    view! {
        <section class="halaman" aria-labelledby="judul-pengembangan">
            <crate::ui::bagian::pengembangan::NavPengembangan aktif=Route::Pengembangan/>
            <h1 id="judul-pengembangan">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || !nip.with(String::is_empty)
                fallback=move || view! { <p class="status" data-testid="kegiatan-tanpa-nip"><a href=Route::Profil.href()>{move || t().tanpa_nip}</a></p> }>
                <Show when=move || jenis.with(Option::is_none)>
                    <p class="petunjuk"><a href=Route::Profil.href()>{move || t().tanpa_profil}</a></p>
                </Show>
                <div class="medan"><label for="kp-tahun">{move || t().tahun}</label>
                    <select id="kp-tahun" prop:value=move || tahun.get().to_string()
                        on:change=move |ev| tahun.set(event_target_value(&ev).parse().unwrap_or(tahun_ini))>
                        {move || daftar_tahun.get().into_iter().map(|th| view! { <option value=th.to_string()>{th}</option> }).collect_view()}
                    </select></div>
                {ringkasan}
                <h2>{daftar_judul}</h2>
                <Show when=move || pesan.with(Option::is_some)>
                    <p class="status" role="status" data-testid="status-hapus-kegiatan">{move || pesan.get()}
                        <Show when=move || terhapus.with(Option::is_some)>
                            " " <button type="button" class="kecil" data-testid="urungkan-kegiatan" on:click=urungkan>{move || t().urungkan}</button>
                        </Show>
                    </p>
                </Show>
                <Show when=move || !tahun_ini_saja.with(Vec::is_empty)
                    fallback=move || view! { <p class="petunjuk" data-testid="kegiatan-kosong">{move || isi(t().kosong, &[("tahun", &tahun.get().to_string())])}</p> }>
                    <div class="tabel-gulir" role="region" tabindex="0" aria-label=daftar_judul>
                        <table data-testid="daftar-kegiatan">
                            <thead><tr>
                                <th scope="col">{move || t().kolom_kegiatan}</th>
                                <th scope="col">{move || t().kolom_bentuk}</th>
                                <th scope="col">{move || t().kolom_tanggal}</th>
                                <th scope="col">{move || t().kolom_jp}</th>
                                <th scope="col">{move || t().kolom_sertifikat}</th>
                                <th scope="col">{move || t().kolom_verifikasi}</th>
                                <th scope="col">{move || t().kolom_aksi}</th>
                            </tr></thead>
                            <tbody>{baris}</tbody>
                        </table>
                    </div>
                </Show>
                <FormKegiatan sunting=sunting/>
                <p><a href=Route::Data.href()>{move || t().kirim}</a></p>
                <Show when=move || state.settings.with(|s| s.peran == Some(crate::store::Peran::PejabatPenilai))>
                    <tim::JpTim tahun=tahun/>
                </Show>
            </Show>
        </section>
    }
}

/// The year's JP in a sentence, the shortfall said plainly, and how it was counted.
#[component]
fn Ringkasan(
    hasil: Result<
        crate::domain::Explained<crate::domain::pengembangan::HasilJp>,
        crate::domain::Galat,
    >,
    tahun: i32,
    bahasa: Bahasa,
) -> impl IntoView {
    let rb = Rulebook::aktif();
    let t = teks_pengembangan(bahasa);
    let jp = |x: f64| angka_isian(x, bahasa);
    match hasil {
        Err(g) => view! { <p class="galat" role="alert">{g.pesan(rb, bahasa)}</p> }.into_any(),
        Ok(e) => {
            let h = &e.nilai;
            let utama = isi(
                t.ringkasan,
                &[
                    ("tahun", &tahun.to_string()),
                    ("dihitung", &jp(h.dihitung)),
                    ("minimum", &jp(h.minimum)),
                ],
            );
            let kata = if h.memenuhi {
                isi(t.terpenuhi, &[("tahun", &tahun.to_string())])
            } else {
                isi(
                    t.kurang,
                    &[("kurang", &jp(h.kekurangan)), ("tahun", &tahun.to_string())],
                )
            };
            let rincian = isi(
                t.rincian,
                &[
                    ("klasikal", &jp(h.klasikal)),
                    ("nonklasikal", &jp(h.nonklasikal)),
                    ("terverifikasi", &jp(h.terverifikasi)),
                ],
            );
            let kelas = if h.memenuhi {
                "kartu-jp cukup"
            } else {
                "kartu-jp kurang"
            };
            view! {
                <div class=kelas role="status" data-testid="ringkasan-jp">
                    <p>{utama}</p>
                    <p><strong data-testid="jp-kata">{kata}</strong></p>
                    <p class="petunjuk">{rincian}</p>
                    <details><summary>{t.penjelasan}</summary>
                        <ul>{e.penjelasan.uraikan(rb, bahasa).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul></details>
                </div>
            }
            .into_any()
        }
    }
}

/// One training as a table row, with its change and delete buttons.
fn baris_kegiatan(
    k: Kegiatan,
    bahasa: Bahasa,
    sunting: RwSignal<Option<Kegiatan>>,
    hapus: impl Fn(Kegiatan) + Copy + 'static,
) -> impl IntoView {
    let rb = Rulebook::aktif();
    let t = teks_pengembangan(bahasa);
    let x = &k.isi;
    let bentuk = rb.teks(&format!("bentuk.{}", x.bentuk), bahasa).to_string();
    let jalur = x
        .jalur(rb)
        .map(|j| rb.teks(&format!("jalur.{j}"), bahasa).to_string())
        .unwrap_or_default();
    let tanggal = if x.mulai == x.selesai {
        crate::ui::format::tanggal(x.selesai)
    } else {
        format!(
            "{} – {}",
            crate::ui::format::tanggal(x.mulai),
            crate::ui::format::tanggal(x.selesai)
        )
    };
    // A link is shown as one (the person's own, opened in a new tab); a file name as text.
    let s = x.sertifikat.clone();
    let sertifikat = if s.starts_with("https://") || s.starts_with("http://") {
        let teks = s.clone();
        view! { <a href=s target="_blank" rel="noopener noreferrer">{teks}</a> }.into_any()
    } else {
        s.into_any()
    };
    let verif = if x.terverifikasi {
        t.terverifikasi
    } else {
        t.belum_verifikasi
    };
    let (k_ubah, k_hapus) = (k.clone(), k.clone());
    let judul = x.judul.clone();
    view! {
        <tr data-testid="baris-kegiatan">
            <td><strong>{x.judul.clone()}</strong><br/><span class="petunjuk">{x.penyelenggara.clone()}</span></td>
            <td>{bentuk}<br/><span class="petunjuk">{jalur}</span></td>
            <td>{tanggal}</td>
            <td>{angka_isian(x.jp, bahasa)}</td>
            <td>{sertifikat}</td>
            <td>{verif}</td>
            <td class="aksi">
                <button type="button" class="kecil" aria-label=format!("{} {}", t.ubah, judul)
                    on:click=move |_| sunting.set(Some(k_ubah.clone()))>{t.ubah}</button>
                " "
                <button type="button" class="sekunder kecil" data-testid="hapus-kegiatan" aria-label=format!("{} {}", t.hapus, x.judul)
                    on:click=move |_| hapus(k_hapus.clone())>{t.hapus}</button>
            </td>
        </tr>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &Route) -> AnyView {
    view! { <Pengembangan/> }.into_any()
}
