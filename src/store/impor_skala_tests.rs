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
use crate::store::sintetis::{admin_kosong, agensi_ukur};
use std::time::Instant;

pub(crate) fn mb(byte: usize) -> f64 {
    byte as f64 / 1_000_000.0
}

/// Peak resident memory of this process (Linux), in MB.
pub(crate) fn puncak_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1000.0)
}

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
    let berkas = a.penilaian;
    let byte: usize = berkas.iter().map(|(_, t)| t.len()).sum();
    println!(
        "generated {} penilaian files ({} pegawai files) in {:.1} s: {:.1} MB, {:.0} KB per file",
        berkas.len(),
        a.pegawai.len(),
        t.elapsed().as_secs_f64(),
        mb(byte),
        byte as f64 / berkas.len() as f64 / 1000.0
    );
    let batas = Batas::default();
    let s = admin_kosong();

    // Phase by phase, on the same functions the batch calls.
    let t = Instant::now();
    let terbaca: Vec<HasilBaca> = berkas
        .iter()
        .map(|(n, x)| baca_teks(n, x, &batas))
        .collect();
    let baca = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let pandangan = Pandangan::muat(&s).unwrap();
    let penerima = PenerimaDi::baca(&s);
    let rencana: Vec<Rencana> = terbaca
        .iter()
        .map(|h| match h {
            HasilBaca::Terbaca(b) => rencanakan_dengan(&pandangan, b, &penerima),
            h => panic!("{h:?}"),
        })
        .collect();
    let rencanakan = t.elapsed().as_secs_f64();
    let record: usize = rencana.iter().map(|r| r.entri.len()).sum();
    let ditolak: usize = rencana
        .iter()
        .map(|r| r.jumlah(crate::bundle::gabung::Tindakan::Ditolak))
        .sum();
    drop((terbaca, rencana));
    println!(
        "  read + validate (parse, digest, per-record checks): {baca:.3} s ({:.1} MB/s)",
        mb(byte) / baca
    );
    println!("  plan ({record} records, {ditolak} refused): {rencanakan:.3} s");

    // The whole import as the screen runs it: dry run per file, then apply.
    let t = Instant::now();
    let p = Perencana::baru(&s, batas.clone()).unwrap();
    let laporan: Vec<LaporanBerkas> = berkas.iter().map(|(n, x)| p.rencanakan(n, x)).collect();
    let dry = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let r = terapkan_semua(&s, &laporan, &berkas, &HashMap::new(), jam(), &batas).unwrap();
    let terap = t.elapsed().as_secs_f64();
    assert_eq!(r.ditambah, record);
    println!(
        "after: dry run {dry:.3} s + apply {terap:.3} s (plans reused, writes, journal) = {:.3} s, {:.1} MB/s; {} records written; peak RSS {:.0} MB",
        dry + terap,
        mb(byte) / (dry + terap),
        r.ditambah,
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
