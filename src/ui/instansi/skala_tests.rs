//! Issue 13 §3, natively: reopening a workspace of 10,000 pegawai (the synthetic agency's
//! 500 team files, imported) to the first agency dashboard, and what switching period or unit
//! costs, on the same functions the screens call (`DataKinerja::muat`, the data memo;
//! `Papan::hitung`, the dashboards' memo; the tables). Prints figures, asserts nothing timed;
//! `#[ignore]`d, run by hand:
//!
//! `cargo test --release --lib skala_buka -- --ignored --nocapture`
//!
//! (`SINTETIS_TIM=<n>` for another number of teams.)

use super::*;
use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::kinerja_organisasi::{PredikatUnit, SumberPredikat};
use crate::domain::kinerja_rendah::kinerja_rendah;
use crate::domain::{Bahasa, PredikatOrganisasi};
use crate::store::impor::Kumpulan;
use crate::store::kinerja::DataKinerja;
use crate::store::organisasi::{id_predikat_unit, terapkan, ubah_tambah, Ubah};
use crate::store::rekaman::{baca_jenis, JenisRecord};
use crate::store::sintetis::{admin, agensi_ukur, mb, rss_mb};
use crate::store::KvStore;
use crate::store::MemoryStore;
use crate::ui::instansi::tabel_instansi::{
    tabel_pegawai, tabel_rendah, tabel_ringkasan, tabel_unit,
};
use crate::ui::instansi::teks::teks_instansi;
use std::collections::HashMap;
use std::time::Instant;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

#[test]
#[ignore = "measurement: run by hand with --release --ignored --nocapture"]
fn skala_buka_dasbor() {
    let a = agensi_ukur();
    let s = admin(MemoryStore::transaksional());
    let mut k = Kumpulan::baru(&s, Default::default()).unwrap();
    for (n, t) in &a.penilaian {
        k.tambah(&s, n.clone(), t.clone()).unwrap();
    }
    k.lepas_teks();
    let jam = chrono::NaiveDate::from_ymd_opt(2027, 2, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap();
    k.terapkan(&s, &HashMap::new(), jam).unwrap();
    drop(k);
    // The admin's organisation: the 40 units, and the ten offices' predikat for the year.
    let w = "2027-02-01T11:00:00+07:00";
    terapkan(&s, &ubah_tambah(&a.unit).unwrap(), w).unwrap();
    let tahun = Periode {
        jenis: JenisPeriode::Tahunan,
        tahun: 2026,
        ke: 1,
    };
    let predikat: Vec<Ubah> = a
        .unit
        .iter()
        .filter(|u| u.induk.is_none())
        .enumerate()
        .map(|(i, u)| {
            let p = PredikatUnit {
                unit_id: u.id.clone(),
                periode: tahun,
                predikat: [PredikatOrganisasi::Baik, PredikatOrganisasi::Istimewa][i % 2],
                sumber: SumberPredikat::Ditetapkan,
                catatan: String::new(),
            };
            let id = id_predikat_unit(&u.id, &tahun);
            Ubah::tulis(JenisRecord::PredikatOrganisasi, &id, &p, None).unwrap()
        })
        .collect();
    terapkan(&s, &predikat, w).unwrap();
    drop(a);
    let isi = s.isi();
    let byte: usize = isi.values().map(String::len).sum();
    println!(
        "workspace: {} stored values, {:.1} MB of text (what IndexedDB holds and start-up reads)",
        isi.len(),
        mb(byte)
    );
    drop(isi);

    // The hourly automatic backup of this workspace, and listing the backups (start-up and
    // every new backup list them, each read whole).
    let t = Instant::now();
    let jam = chrono::NaiveDate::from_ymd_opt(2027, 2, 1)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap();
    let cadangan = crate::store::snapshot::ambil(&s, jam, "otomatis", Default::default()).unwrap();
    let ambil = ms(t);
    let t = Instant::now();
    let n = crate::store::snapshot::daftar(&s).unwrap().len();
    let daftar = ms(t);
    let byte = s
        .get(&format!(
            "{}snapshot.{}",
            crate::store::KEY_PREFIX,
            cadangan.id
        ))
        .unwrap()
        .map_or(0, |t| t.len());
    println!(
        "a backup of the workspace ({:.1} MB): taken in {ambil:.0} ms; the list of {n} read in {daftar:.0} ms",
        mb(byte)
    );
    // Reopening: once the app is on screen, every record is read once to set aside the
    // unreadable ones (`ui::mulai::setelah_tampil`)...
    let rss = rss_mb();
    let t = Instant::now();
    let rusak = crate::store::periksa::periksa_semua(&s).unwrap();
    println!(
        "start-up check of every record: {:.0} ms, {} unreadable; memory held {:.0} MB",
        ms(t),
        rusak.len(),
        rss_mb() - rss
    );
    // ...then the data memo reads every record (text → envelope) and decodes the kinds the
    // first download decodes; the dashboard's memo counts the period.
    let rss = rss_mb();
    let t = Instant::now();
    let jenis = [
        JenisRecord::Pegawai,
        JenisRecord::Skp,
        JenisRecord::Realisasi,
        JenisRecord::Evaluasi,
        JenisRecord::DialogKinerja,
    ];
    let n = baca_jenis(&s, &jenis).unwrap().len();
    let amplop = ms(t);
    let t = Instant::now();
    let penuh = DataKinerja::muat_dengan(&s, None).unwrap();
    let muat = ms(t);
    drop(penuh);
    // The memo of a large workspace, with the straight reader's chunk installed.
    let t = Instant::now();
    let d = DataKinerja::muat_dengan(&s, Some(crate::store::langsung::baca_ke)).unwrap();
    let lurus = ms(t);
    println!(
        "reopen: text → envelopes of {n} records {amplop:.0} ms; DataKinerja::muat (that + typed decode) {muat:.0} ms, with the straight reader {lurus:.0} ms, {} pegawai, {} SKP, {} evaluations; memory held {:.0} MB",
        d.pegawai.len(),
        d.skp.len(),
        d.evaluasi.len(),
        rss_mb() - rss
    );
    // The agency screens instead read the dashboards' inputs kept beside the records
    // (`store::turunan`): made and stored the first time, then read back while the records'
    // texts are unchanged (their fingerprint says so).
    use crate::store::turunan::{masukan_rekap, sidik, AMBANG_REKAP};
    let t = Instant::now();
    let dibuat = masukan_rekap(&s, AMBANG_REKAP, None).unwrap();
    let buat = ms(t);
    let t = Instant::now();
    let _ = sidik(
        &s,
        &[
            JenisRecord::Pegawai,
            JenisRecord::Skp,
            JenisRecord::Evaluasi,
        ],
    )
    .unwrap();
    let sidik_ms = ms(t);
    let t = Instant::now();
    let dibaca = masukan_rekap(&s, AMBANG_REKAP, None).unwrap();
    let baca = ms(t);
    assert_eq!(dibaca.isi, dibuat.isi);
    let byte = s
        .get("kinerjaku.v1.turunan.rekap_instansi")
        .unwrap()
        .map_or(0, |t| t.len());
    println!(
        "dashboards' inputs: made and stored {buat:.0} ms ({:.1} MB); reopened {baca:.0} ms, of which the records' fingerprint {sidik_ms:.0} ms",
        mb(byte)
    );
    let rb = crate::domain::Rulebook::bawaan();
    let (t_id, b) = (teks_instansi(Bahasa::Id), Bahasa::Id);
    let hari = chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
    let t = Instant::now();
    let p = Papan::dari_kinerja(&d, tahun, hari);
    let hitung = ms(t);
    let t = Instant::now();
    let ringkas = tabel_ringkasan(&p.rekap.instansi, rb, t_id, b);
    let unit = tabel_unit(&p, rb, t_id, b);
    let tabel = ms(t);
    println!(
        "first dashboard ({} units, {} pegawai): Papan::hitung {hitung:.1} ms + tables {tabel:.1} ms ({} + {} rows)",
        p.unit.len(),
        p.rekap.instansi.jumlah_pegawai,
        ringkas.baris.len(),
        unit.baris.len()
    );
    // Switching period: the memo counts again.
    let tw4 = Periode {
        jenis: JenisPeriode::Triwulanan,
        tahun: 2026,
        ke: 4,
    };
    let t = Instant::now();
    let p4 = Papan::dari_kinerja(&d, tw4, hari);
    let _ = tabel_unit(&p4, rb, t_id, b);
    println!("switch period (TW IV): {:.1} ms", ms(t));
    // Opening a unit: its page reads the dashboard's board (`dasbor::papan`, shared by every
    // agency screen) and builds its pegawai table.
    let i = p.posisi(&p.unit[4].id).unwrap();
    let t = Instant::now();
    let pu = &p;
    let baris = pu.pegawai_unit(i);
    let x = tabel_pegawai(pu, baris, rb, t_id, b);
    println!(
        "open a unit ({}): {:.1} ms, {} pegawai; its table alone {:.1} ms",
        pu.unit[i].nama,
        ms(t),
        x.baris.len(),
        {
            let t = Instant::now();
            let _ = tabel_pegawai(pu, baris, rb, t_id, b);
            ms(t)
        }
    );
    let t = Instant::now();
    let m = d.masukan_rekap();
    let skp: Vec<_> = d.skp.iter().map(|x| &x.isi).collect();
    let dialog: Vec<_> = d.dialog.semua().iter().map(|x| &x.isi).collect();
    let rendah = kinerja_rendah(rb, &p.rekap, &m, &skp, &dialog);
    let _ = tabel_rendah(&p, &rendah, rb, t_id, b);
    println!(
        "low performers ({}): {:.1} ms (dialogs decoded on first use)",
        rendah.len(),
        ms(t)
    );
    assert!(s.keys().unwrap().iter().all(|k| !k.contains("quarantine")));
}
