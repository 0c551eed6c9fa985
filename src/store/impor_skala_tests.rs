//! Issue 13 §3, natively: the synthetic agency's penilaian files (500 teams of 20 pegawai)
//! imported into an empty admin workspace through the functions the import screen calls.
//! Prints figures, asserts nothing timed; `#[ignore]`d, run by hand:
//!
//! `cargo test --release --lib skala -- --ignored --nocapture --test-threads=1`
//!
//! `SINTETIS_TIM=<n>` for another number of teams; `SINTETIS_KE=<dir>` also writes the files;
//! `SKALA_SEBELUM=<n>` also imports the first n files through the per-file path this replaced
//! (`impor_batch_tests.rs` keeps it), for the figure before.

use super::batch_tests::{rencanakan_lama, terapkan_lama};
use super::*;
use crate::store::sintetis::{admin, admin_kosong, agensi_ukur, mb, puncak_mb, rss_mb};
use crate::store::MemoryStore;
use std::time::Instant;

fn jam() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2027, 2, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

#[test]
#[ignore = "measurement: run by hand with --release --ignored --nocapture"]
fn skala_impor_agensi() {
    let t = Instant::now();
    let a = agensi_ukur();
    let (berkas, n_pegawai) = (a.penilaian, a.pegawai.len());
    drop(a.pegawai);
    let byte: usize = berkas.iter().map(|(_, t)| t.len()).sum();
    println!(
        "generated {} penilaian files ({} pegawai files) in {:.1} s: {:.1} MB, {:.0} KB per file",
        berkas.len(),
        n_pegawai,
        t.elapsed().as_secs_f64(),
        mb(byte),
        byte as f64 / berkas.len() as f64 / 1000.0
    );
    let batas = Batas::default();
    // As on IndexedDB: the import lands as one batch, no journal.
    let s = admin(MemoryStore::transaksional());

    // Reading and checking alone (parse, digest, per-record checks), then the batch as the
    // screen runs it: each file read and planned (the dry run), then the apply.
    let t = Instant::now();
    for (n, x) in &berkas {
        std::hint::black_box(crate::bundle::validasi::baca_teks(n, x, &batas));
    }
    let baca = t.elapsed().as_secs_f64();
    println!(
        "  read + validate alone: {baca:.3} s ({:.1} MB/s)",
        mb(byte) / baca
    );
    let t = Instant::now();
    let mut k = Kumpulan::baru(&s, batas.clone()).unwrap();
    for (n, x) in &berkas {
        k.tambah(&s, n.clone(), x.clone()).unwrap();
    }
    k.lepas_teks();
    let dry = t.elapsed().as_secs_f64();
    let record: usize = k
        .berkas()
        .iter()
        .map(|b| match &b.laporan {
            Laporan::Rencana(r) => r.entri.len(),
            _ => 0,
        })
        .sum();
    println!(
        "  dry run (read + validate + plan + the writes made ready), {record} records: {dry:.3} s; RSS now {:.0} MB",
        rss_mb()
    );
    let t = Instant::now();
    let r = k.terapkan(&s, &HashMap::new(), jam()).unwrap();
    let terap = t.elapsed().as_secs_f64();
    assert_eq!(r.ditambah, record);
    println!(
        "after: dry run {dry:.3} s + apply {terap:.3} s = {:.3} s, {:.1} MB/s; {} records written; peak RSS {:.0} MB",
        dry + terap,
        mb(byte) / (dry + terap),
        r.ditambah,
        puncak_mb()
    );
    drop(k);
    // The automatic backup an admin's next start takes of this workspace (main-thread work in
    // the browser, after the first screen).
    let t = Instant::now();
    let info = crate::store::snapshot::ambil(
        &s,
        jam(),
        "otomatis",
        crate::store::snapshot::Retensi::default(),
    )
    .unwrap();
    println!(
        "automatic backup: {:.3} s for {} keys, {:.1} MB as UTF-16; peak RSS {:.0} MB",
        t.elapsed().as_secs_f64(),
        info.jumlah_kunci,
        mb(info.ukuran_byte),
        puncak_mb()
    );

    let n: usize = std::env::var("SKALA_SEBELUM")
        .ok()
        .and_then(|x| x.parse().ok())
        .unwrap_or(0)
        .min(berkas.len());
    if n > 0 {
        let s = admin_kosong();
        let sebagian = &berkas[..n];
        let byte: usize = sebagian.iter().map(|(_, t)| t.len()).sum();
        let t = Instant::now();
        let laporan: Vec<LaporanBerkas> = sebagian
            .iter()
            .map(|(nama, x)| rencanakan_lama(&s, nama, x, &batas))
            .collect();
        let dry = t.elapsed().as_secs_f64();
        let t = Instant::now();
        terapkan_lama(&s, &laporan, sebagian, &HashMap::new(), jam()).unwrap();
        let terap = t.elapsed().as_secs_f64();
        println!(
            "before, first {n} files: dry run {dry:.3} s + apply {terap:.3} s = {:.3} s, {:.2} MB/s",
            dry + terap,
            mb(byte) / (dry + terap)
        );
    }
}

/// `make bench`'s browser run of the agency: the files written to `SINTETIS_KE` and nothing
/// measured here.
#[test]
#[ignore = "writes the synthetic agency's files for make bench (SINTETIS_KE=<dir>)"]
fn sintetis_berkas_untuk_bench() {
    assert!(
        std::env::var_os("SINTETIS_KE").is_some(),
        "SINTETIS_KE=<dir> names where the files go"
    );
    let a = agensi_ukur();
    let byte: usize = a.penilaian.iter().map(|(_, t)| t.len()).sum();
    println!(
        "agency written: {} penilaian files ({:.1} MB), {} pegawai files",
        a.penilaian.len(),
        mb(byte),
        a.pegawai.len()
    );
}

/// The batch's dry run and apply, twice, of the penilaian files already written to
/// `SKALA_DARI=<dir>` (`make bench` writes them to `target/agensi`): no generation first, so a
/// profiler (`perf record`) sees the import alone. Prints figures, asserts the records landed.
#[test]
#[ignore = "measurement: SKALA_DARI=<dir>, run by hand with --release --ignored --nocapture"]
fn skala_impor_dari_berkas() {
    let Ok(dir) = std::env::var("SKALA_DARI") else {
        return println!("SKALA_DARI=<dir> names the files");
    };
    let mut berkas: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let nama = p.file_name().unwrap().to_string_lossy().into_owned();
            (nama, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    berkas.sort();
    for _ in 0..2 {
        let s = admin(MemoryStore::transaksional());
        let t = Instant::now();
        let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
        for (n, x) in &berkas {
            k.tambah_tunda(&s, n.clone(), x.clone()).unwrap();
        }
        // Hashed here (WebCrypto's part in the browser), apart from the texts let go.
        k.digest_selesai(k.berkas().len(), None);
        let t_lepas = Instant::now();
        k.lepas_teks();
        let (lepas, dry) = (t_lepas.elapsed(), t.elapsed());
        let t = Instant::now();
        let r = k.terapkan(&s, &HashMap::new(), jam()).unwrap();
        assert!(r.ditambah > 0);
        println!(
            "{} files: dry run {:.3} s (letting texts go {:.3} s), apply {:.3} s, {} records",
            berkas.len(),
            dry.as_secs_f64(),
            lepas.as_secs_f64(),
            t.elapsed().as_secs_f64(),
            r.ditambah
        );
    }
}
