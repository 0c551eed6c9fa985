//! The batch path (one [`Pandangan`] for every file, plans reused, each plan given only the
//! stored records it reads) against the per-file path it replaced, kept here as the reference:
//! each file planned against every stored record, and at apply every file re-read and planned
//! again against the layer's records. A mixed set of files (teams with and without their
//! pegawai files first, the same file twice, a tanggapan on an evaluation an earlier file of
//! the batch brings, conflicts with and without a choice, refusals by authority and by rule,
//! unreadable and newer files) must give the same reports, the same counts, the same undo and
//! byte for byte the same storage.

use super::*;
use crate::bundle::format::{Bundle, JenisBundle, Pengekspor};
use crate::bundle::gabung::{kunci_kolom, rencanakan_untuk, terapkan, Basis, Tindakan};
use crate::bundle::validasi::baca_teks;
use crate::store::jurnal::JenisUbah;
use crate::store::lapisan::Lapisan;
use crate::store::pandangan::{Kebutuhan, Pandangan};
use crate::store::sintetis::{admin_kosong, agensi, waktu, Berkas, Ukuran};
use crate::store::MemoryStore;
use serde_json::json;
use std::collections::BTreeSet;
use std::collections::HashSet;

/// The reference dry run: the file against every stored record.
pub(super) fn rencanakan_lama(
    store: &dyn KvStore,
    nama: &str,
    teks: &str,
    batas: &Batas,
) -> LaporanBerkas {
    match baca_teks(nama, teks, batas) {
        HasilBaca::Terbaca(b) => {
            let lokal = record_lokal(store).unwrap();
            let p = PenerimaDi::baca(store);
            LaporanBerkas::Rencana(Box::new(rencanakan_untuk(
                &lokal,
                &b,
                &Basis::new(),
                p.sebagai(),
            )))
        }
        h @ HasilBaca::PerbaruiAplikasi { .. } => LaporanBerkas::PerbaruiAplikasi(h),
        h @ HasilBaca::Ditolak { .. } => LaporanBerkas::Ditolak(h),
    }
}

/// The reference apply: every file re-read and planned against all of the layer's records.
pub(super) fn terapkan_lama(
    store: &dyn KvStore,
    laporan: &[LaporanBerkas],
    teks: &[Berkas],
    pilihan: &HashMap<String, Pilihan>,
    waktu: NaiveDateTime,
) -> Result<RingkasanImpor, GagalUbah> {
    let batas = Batas::default();
    let lapisan = Lapisan::baru(store);
    let mut ringkas = RingkasanImpor::default();
    for (lap, (nama, isi)) in laporan.iter().zip(teks) {
        if !matches!(lap, LaporanBerkas::Rencana(_)) {
            continue;
        }
        let LaporanBerkas::Rencana(r) = rencanakan_lama(&lapisan, nama, isi, &batas) else {
            continue;
        };
        let p = terapkan(&r, pilihan);
        let berubah: HashSet<&String> = p
            .ditambah
            .iter()
            .chain(&p.diperbarui)
            .chain(&p.digabung)
            .chain(p.konflik_dipilih.iter().map(|(id, _)| id))
            .collect();
        for r in p.records.iter().filter(|r| berubah.contains(&r.id)) {
            rekaman::simpan_apa_adanya(&lapisan, &dari_record(r)).unwrap();
        }
        ringkas.ditambah += p.ditambah.len();
        ringkas.diperbarui += p.diperbarui.len();
        ringkas.digabung += p.digabung.len();
        ringkas.konflik_dipilih += p.konflik_dipilih.len();
        ringkas.konflik_tertunda += p.konflik_tertunda.len();
    }
    let perubahan = lapisan.perubahan().map_err(GagalUbah::TidakDimulai)?;
    let entri = jurnal::terapkan(store, JenisUbah::Impor, waktu, &perubahan)?;
    Ok(RingkasanImpor {
        undo: (!entri.is_empty()).then_some(UndoImpor { entri }),
        ..ringkas
    })
}

/// A report without the stored records it was planned against (the batch hands a plan only
/// those it reads; the reference hands it all).
fn tanpa_sebelum(l: &LaporanBerkas) -> LaporanBerkas {
    match l {
        LaporanBerkas::Rencana(r) => LaporanBerkas::Rencana(Box::new(Rencana {
            sebelum: Vec::new(),
            ..(**r).clone()
        })),
        x => x.clone(),
    }
}

fn jam() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2027, 2, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

const CATATAN: &str = "7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f01";
const CATATAN_2: &str = "7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f02";

fn catatan(id: &str, isi: &str) -> serde_json::Value {
    json!({"id": id, "tanggal": "2027-01-20", "judul": "Catatan", "isi": isi})
}

fn berkas(b: &Bundle, nama: &str) -> Berkas {
    (nama.into(), b.to_json_pretty())
}

fn pengekspor(nip: &str, peran: &str) -> Pengekspor {
    Pengekspor {
        nip: nip.into(),
        nama: "X".into(),
        peran: peran.into(),
        lain: Default::default(),
    }
}

#[path = "impor_batch_campuran.rs"]
pub(crate) mod campuran;
use campuran::campuran;

fn tindakan(l: &[LaporanBerkas]) -> BTreeSet<Tindakan> {
    l.iter()
        .filter_map(|x| match x {
            LaporanBerkas::Rencana(r) => Some(r.entri.iter().map(|e| e.tindakan)),
            _ => None,
        })
        .flatten()
        .collect()
}

/// The files as one batch: its reports.
fn kumpulan(s: &MemoryStore, v: &[Berkas]) -> Kumpulan {
    let mut k = Kumpulan::baru(s, Batas::default()).unwrap();
    for (n, t) in v {
        k.tambah(s, n.clone(), t.clone()).unwrap();
    }
    k.lepas_teks();
    k
}

/// What the batch reports of a file whose reference report is `l` (the batch names a repeated
/// file instead of planning it again).
fn ringkas(l: &LaporanBerkas) -> Laporan {
    match l {
        LaporanBerkas::Rencana(r) => Laporan::Rencana(Box::new(RingkasRencana::dari(r))),
        LaporanBerkas::PerbaruiAplikasi(h) => Laporan::PerbaruiAplikasi(h.clone()),
        LaporanBerkas::Ditolak(h) => Laporan::Ditolak(h.clone()),
    }
}

#[test]
fn the_batch_path_gives_what_the_per_file_path_gave() {
    let (v, awal) = campuran();
    let batas = Batas::default();
    let (lama, baru) = (awal(), awal());
    let lap_lama: Vec<LaporanBerkas> = v
        .iter()
        .map(|(n, t)| rencanakan_lama(&lama, n, t, &batas))
        .collect();
    // One file at a time, with only the stored records each plan reads: the same plans.
    for (i, (n, t)) in v.iter().enumerate() {
        let l = rencanakan_berkas(&baru, n, t, &batas).unwrap();
        assert_eq!(
            tanpa_sebelum(&lap_lama[i]),
            tanpa_sebelum(&l),
            "report of {n}"
        );
    }
    // As one batch: the same reports, but for the repeated file, named once.
    let k = kumpulan(&baru, &v);
    let mut ganda = 0;
    for (i, b) in k.berkas().iter().enumerate() {
        match &b.laporan {
            Laporan::Ganda { sama_dengan } => {
                assert_eq!(*sama_dengan, v[i].0, "the same name, read before");
                ganda += 1;
            }
            l => assert_eq!(*l, ringkas(&lap_lama[i]), "report of {}", v[i].0),
        }
    }
    assert_eq!(ganda, 1);
    // Every kind of outcome is in the mix.
    use Tindakan::*;
    let t = tindakan(&lap_lama);
    for x in [Tambah, Konflik, Ditolak] {
        assert!(t.contains(&x), "{x:?} missing from {t:?}");
    }
    assert!(matches!(
        lap_lama[lap_lama.len() - 2],
        LaporanBerkas::Ditolak(_)
    ));
    assert!(matches!(
        lap_lama[lap_lama.len() - 1],
        LaporanBerkas::PerbaruiAplikasi(_)
    ));
    // One conflict chosen field by field, the other left open.
    let pilihan = HashMap::from([(kunci_kolom(CATATAN, "isi"), Pilihan::Masuk)]);
    let r_lama = terapkan_lama(&lama, &lap_lama, &v, &pilihan, jam()).unwrap();
    let r_baru = k.terapkan(&baru, &pilihan, jam()).unwrap();
    assert_eq!(r_lama, r_baru);
    assert_eq!(lama.isi(), baru.isi());
    assert_eq!((r_baru.konflik_dipilih, r_baru.konflik_tertunda), (1, 1));
    assert!(r_baru.diperbarui + r_baru.digabung >= 1, "{r_baru:?}");
    // The answered evaluation landed with its tanggapan; the forged change did not.
    let data = crate::store::kinerja::DataKinerja::muat(&baru).unwrap();
    let dijawab = data.evaluasi.iter().filter(|e| e.isi.tanggapan.is_some());
    assert_eq!(dijawab.count(), 1);
    assert_eq!(
        data.pegawai.len(),
        12,
        "every team's profiles, on the archive"
    );
    // The export screen's counts, taken from the keys, are what an export carries.
    let semua = record_lokal(&baru).unwrap();
    for (j, n) in jumlah_per_jenis(&baru).unwrap() {
        let diekspor = semua.iter().filter(|r| j.boleh_memuat(r.jenis)).count();
        assert_eq!(n, diekspor, "{j:?}");
    }
    // The same import again, into what it left: nothing changes, on both paths alike, and
    // through the one-call path too.
    let lap2_lama: Vec<LaporanBerkas> = v
        .iter()
        .map(|(n, t)| rencanakan_lama(&lama, n, t, &batas))
        .collect();
    let r2_lama = terapkan_lama(&lama, &lap2_lama, &v, &HashMap::new(), jam()).unwrap();
    let r2 = terapkan_semua(&baru, &lap2_lama, &v, &HashMap::new(), jam(), &batas).unwrap();
    assert_eq!(r2_lama, r2);
    assert_eq!(lama.isi(), baru.isi());
}

#[test]
fn undo_of_a_batch_touches_only_what_it_wrote() {
    let (v, awal) = campuran();
    let s = awal();
    let vor = s.isi();
    let r = kumpulan(&s, &v)
        .terapkan(&s, &HashMap::new(), jam())
        .unwrap();
    // A note written after the import stays through its undo.
    let w = "2027-02-02T08:00:00+07:00";
    let id = "7f1c2a4e-1b2c-4d3e-8f4a-5b6c7d8e9f03";
    rekaman::tulis(
        &s,
        JenisRecord::Catatan,
        id,
        catatan(id, "sesudah"),
        None,
        w,
    )
    .unwrap();
    let n = urungkan(&s, &r.undo.unwrap(), jam()).unwrap();
    assert!(n > 80, "{n}");
    let mut sesudah = s.isi();
    assert!(sesudah.remove(&rekaman::kunci("catatan", id)).is_some());
    assert_eq!(sesudah, vor);
}

#[test]
fn a_plan_reads_only_its_own_records_and_storage_is_read_once() {
    let a = agensi(&Ukuran {
        tim: 4,
        per_tim: 5,
        benih: 3,
    });
    let s = admin_kosong();
    let batas = Batas::default();
    let k = kumpulan(&s, &a.penilaian);
    s.kunci_dibaca();
    k.terapkan(&s, &HashMap::new(), jam()).unwrap();
    // Each stored key is read once to start with, and once more by the journal and the
    // write's check: never once per file.
    let mut kali: HashMap<String, usize> = HashMap::new();
    for k in s.kunci_dibaca() {
        *kali.entry(k).or_default() += 1;
    }
    assert!(kali.values().all(|n| *n <= 3), "{kali:?}");
    // Against the full store, team 0's file reads team 0's records and nothing else.
    let pandangan = Pandangan::muat(&s).unwrap();
    let b = match baca_teks("t", &a.penilaian[0].1, &batas) {
        HasilBaca::Terbaca(b) => b,
        h => panic!("{h:?}"),
    };
    let relevan = pandangan.relevan(&Kebutuhan::dari(&b.bundle.records, []));
    assert_eq!(relevan.len(), b.bundle.records.len());
    assert!(pandangan.jumlah() > 3 * relevan.len());
}

/// A file that brings a predikat organisasi reads every stored one (the rule allows one per
/// unit and period, and the stored one may be under another id than the file's); a file
/// without one reads none.
#[test]
fn a_file_with_a_predikat_reads_every_stored_predikat() {
    use crate::bundle::contoh;
    use crate::store::pandangan::Teks;
    let s = MemoryStore::new();
    let tersimpan = contoh::record(32, rekaman::JenisRecord::PredikatOrganisasi, 1);
    let catatan_lain = contoh::record(40, rekaman::JenisRecord::Catatan, 1);
    for r in [&tersimpan, &catatan_lain] {
        let w = "2026-04-10T09:00:00+07:00";
        rekaman::tulis(&s, r.jenis, &r.id, r.data.clone(), None, w).unwrap();
    }
    let pandangan = Pandangan::muat(&s).unwrap();
    let masuk = contoh::record(34, rekaman::JenisRecord::PredikatOrganisasi, 1);
    let relevan = pandangan.relevan(&Kebutuhan::dari([&masuk], []));
    let kunci = rekaman::kunci(
        rekaman::JenisRecord::PredikatOrganisasi.kode(),
        &tersimpan.id,
    );
    assert_eq!(relevan, [Teks::from(kunci.as_str())]);
    let catatan = contoh::record(41, rekaman::JenisRecord::Catatan, 1);
    assert!(pandangan
        .relevan(&Kebutuhan::dari([&catatan], []))
        .is_empty());
}
