//! The agency's development (`#/instansi/pengembangan`), for the chosen year and unit: who is
//! below the JP minimum and by how much, the competencies most often below standard (what to
//! train), and the award candidates with their reason. Its own chunk; the tables are
//! `tabel_pengembangan.rs`'s, each downloadable like every agency table.

use super::dasbor::papan;
use super::pilihan::{jangkauan, PilihPeriode, PilihUnit, Pilihan};
use super::tabel_pengembangan::{
    kandidat_penghargaan, tabel_jp, tabel_kebutuhan, tabel_penghargaan, KataPengembangan,
};
use super::tampil::{layar_admin, TabelTampil};
use crate::domain::{Bahasa, Rulebook};
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

struct Teks {
    judul: &'static str,
    pengantar: &'static str,
    kembali: &'static str,
    unit: &'static str,
    semua_unit: &'static str,
    jp_judul: &'static str,
    /// `{n}`, `{dari}`, `{tahun}`.
    jp_ringkas: &'static str,
    /// `{tahun}` (also in `penghargaan_kosong`).
    jp_kosong: &'static str,
    kebutuhan_judul: &'static str,
    kebutuhan_pengantar: &'static str,
    kebutuhan_kosong: &'static str,
    penghargaan_judul: &'static str,
    penghargaan_kosong: &'static str,
    cara_hitung: &'static str,
    kata: KataPengembangan,
}

const ID: Teks = Teks {
    judul: "Pengembangan pegawai",
    pengantar: "Kepatuhan JP, kebutuhan pelatihan dari penilaian kompetensi, dan kandidat penghargaan, dari berkas yang sudah diimpor. Tahun mengikuti periode yang dipilih.",
    kembali: "Dasbor instansi",
    unit: "Unit kerja",
    semua_unit: "Seluruh instansi",
    jp_judul: "Kepatuhan JP",
    jp_ringkas: "{n} dari {dari} pegawai berprofil di bawah JP minimum tahun {tahun}.",
    jp_kosong: "Semua pegawai berprofil memenuhi JP minimum tahun {tahun}.",
    kebutuhan_judul: "Kebutuhan pelatihan",
    kebutuhan_pengantar: "Kompetensi yang paling sering di bawah standar pada penilaian kompetensi terakhir tiap pegawai.",
    kebutuhan_kosong: "Belum ada penilaian kompetensi dengan gap di bawah standar.",
    penghargaan_judul: "Kandidat penghargaan",
    penghargaan_kosong: "Tidak ada kandidat pada tahun {tahun}.",
    cara_hitung: "Cara menghitung",
    kata: KataPengembangan {
        unit: "Unit kerja",
        nip: "NIP",
        nama: "Nama",
        jp: "JP dihitung",
        minimum: "JP minimum",
        kurang: "Kurang (JP)",
        kompetensi: "Kompetensi",
        jumlah_gap: "Pegawai di bawah standar",
        rata_gap: "Rata-rata gap",
        tmt: "TMT CPNS",
        alasan: "Alasan",
        satyalancana: "Satyalancana Karya Satya {n} tahun",
        prestasi: "Sangat Baik {tahun} ({n} tahun berturut-turut)",
        tanpa_unit: "Tanpa unit kerja yang dikenal",
    },
};

const EN: Teks = Teks {
    judul: "Staff development",
    pengantar: "JP compliance, training needs from competency assessments, and award candidates, from the files imported. The year follows the chosen period.",
    kembali: "Agency dashboard",
    unit: "Work unit",
    semua_unit: "Whole agency",
    jp_judul: "JP compliance",
    jp_ringkas: "{n} of {dari} employees with a profile are below the JP minimum in {tahun}.",
    jp_kosong: "Every employee with a profile meets the JP minimum for {tahun}.",
    kebutuhan_judul: "Training needs",
    kebutuhan_pengantar: "The competencies most often below standard in each employee's latest competency assessment.",
    kebutuhan_kosong: "No competency assessment with a gap below standard yet.",
    penghargaan_judul: "Award candidates",
    penghargaan_kosong: "No candidates in {tahun}.",
    cara_hitung: "How this is counted",
    kata: KataPengembangan {
        unit: "Work unit",
        nip: "NIP",
        nama: "Name",
        jp: "JP counted",
        minimum: "JP minimum",
        kurang: "Short (JP)",
        kompetensi: "Competency",
        jumlah_gap: "Employees below standard",
        rata_gap: "Average gap",
        tmt: "TMT",
        alasan: "Reason",
        satyalancana: "Satyalancana Karya Satya {n} years",
        prestasi: "Very Good {tahun} ({n} years in a row)",
        tanpa_unit: "No known work unit",
    },
};

fn teks(b: Bahasa) -> &'static Teks {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}

/// The tables' words (the award form names a candidate's reason with them too).
pub(super) fn kata(b: Bahasa) -> &'static KataPengembangan {
    &teks(b).kata
}

#[component]
fn PengembanganInstansi() -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks(b());
    let rb = Rulebook::aktif();
    let data = state.data_kinerja();
    let pilihan = Pilihan::baru();
    let papan = papan(pilihan);
    let tahun = Memo::new(move |_| pilihan.periode.with(|p| p.tahun));
    // "" = the whole agency; else a unit's position (its sub-tree counts).
    let unit = RwSignal::new(String::new());
    let jangkauan = jangkauan(papan, unit);
    let jp = Memo::new(move |_| {
        let (th, bhs) = (tahun.get(), b());
        papan.with(|p| {
            jangkauan.with(|pg| {
                data.with(|d| {
                    tabel_jp(
                        rb,
                        d,
                        pg,
                        &p.jalur,
                        th,
                        chrono::Local::now().date_naive(),
                        &teks(bhs).kata,
                    )
                })
            })
        })
    });
    let kebutuhan = Memo::new(move |_| {
        let bhs = b();
        jangkauan.with(|pg| data.with(|d| tabel_kebutuhan(rb, d, pg, &teks(bhs).kata, bhs)))
    });
    let kandidat = Memo::new(move |_| {
        let th = tahun.get();
        let hari = chrono::Local::now().date_naive();
        jangkauan.with(|pg| data.with(|d| kandidat_penghargaan(rb, d, pg, th, hari)))
    });
    let penghargaan = Memo::new(move |_| {
        let bhs = b();
        let hari = chrono::Local::now().date_naive();
        papan.with(|p| kandidat.with(|k| tabel_penghargaan(rb, k, &p.jalur, hari, &teks(bhs).kata)))
    });
    let ringkas_jp = move || {
        jp.with(|(x, dari)| {
            isi(
                t().jp_ringkas,
                &[
                    ("n", &x.baris.len().to_string()),
                    ("dari", &dari.to_string()),
                    ("tahun", &tahun.get().to_string()),
                ],
            )
        })
    };
    let aturan = move |kunci: &'static str| {
        let bhs = b();
        rb.aturan.get(kunci).map(|a| {
            view! { <p>{a.uraian.get(bhs).to_string()}</p><p class="sumber">{a.sumber(bhs).to_string()}</p> }
        })
    };
    let nama = move |judul: &'static str| {
        Signal::derive(move || {
            let u = unit.get().parse::<usize>().ok();
            let unit = papan.with(|p| u.and_then(|i| p.jalur.get(i).cloned()));
            format!(
                "{} {} {}",
                judul,
                unit.unwrap_or_else(|| t().semua_unit.into()),
                tahun.get()
            )
        })
    };
    view! {
        <section class="halaman" aria-labelledby="judul-pengembangan-instansi">
            <p class="petunjuk"><a href=Route::Instansi.href()>{move || t().kembali}</a></p>
            <h1 id="judul-pengembangan-instansi">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <PilihPeriode pilihan=pilihan/>
            <PilihUnit papan=papan unit=unit id="pilih-unit-pengembangan"
                label=Signal::derive(move || t().unit) semua=Signal::derive(move || t().semua_unit)/>

            <h2>{move || t().jp_judul}</h2>
            <p role="status" data-testid="jp-ringkas">{ringkas_jp}</p>
            <Show when=move || jp.with(|(x, _)| !x.baris.is_empty()) fallback=move || view! { <p class="petunjuk">{move || isi(t().jp_kosong, &[("tahun", &tahun.get().to_string())])}</p> }>
                <TabelTampil tabel=Signal::derive(move || jp.with(|(x, _)| x.clone())) nama=nama(t().jp_judul)
                    pemisah=pilihan.pemisah testid="tabel-jp"/>
            </Show>
            <details><summary>{move || t().cara_hitung}</summary>{move || aturan("jp_tahunan")}</details>

            <h2>{move || t().kebutuhan_judul}</h2>
            <p>{move || t().kebutuhan_pengantar}</p>
            <Show when=move || kebutuhan.with(|x| !x.baris.is_empty()) fallback=move || view! { <p class="petunjuk" data-testid="kebutuhan-kosong">{move || t().kebutuhan_kosong}</p> }>
                <TabelTampil tabel=kebutuhan nama=nama(t().kebutuhan_judul) pemisah=pilihan.pemisah testid="tabel-kebutuhan"/>
            </Show>
            <details><summary>{move || t().cara_hitung}</summary>{move || aturan("kompetensi_jpm")}</details>

            <h2>{move || t().penghargaan_judul}</h2>
            <Show when=move || penghargaan.with(|x| !x.baris.is_empty()) fallback=move || view! { <p class="petunjuk" data-testid="penghargaan-kosong">{move || isi(t().penghargaan_kosong, &[("tahun", &tahun.get().to_string())])}</p> }>
                <TabelTampil tabel=penghargaan nama=nama(t().penghargaan_judul) pemisah=pilihan.pemisah testid="tabel-penghargaan"/>
            </Show>
            <details><summary>{move || t().cara_hitung}</summary>{move || aturan("penghargaan_kandidat")}</details>
            <super::penghargaan::CatatPenghargaan jangkauan=jangkauan kandidat=kandidat pemisah=pilihan.pemisah/>
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &Route) -> AnyView {
    layar_admin(|| view! { <PengembanganInstansi/> }.into_any())
}
