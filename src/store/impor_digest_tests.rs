//! A batch whose digests are hashed elsewhere ends as the one hashed at once: the same reports,
//! the same duplicates named, the same storage after the apply, whatever order the hashes
//! come back in.

use super::super::*;
use crate::bundle::masalah::KodeMasalah;
use crate::store::sintetis::{admin_kosong, agensi, Ukuran};
use crate::store::MemoryStore;
use sha2::{Digest as _, Sha256};

type Berkas = (String, String);

fn jam() -> NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2027, 2, 1)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn ubah(teks: &str, f: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(teks).unwrap();
    f(&mut v);
    v.to_string()
}

/// Every digest outcome: sealed, edited by hand, none, a copy of a sealed one, a copy of the
/// edited one, an unknown algorithm, and another file stating the first one's digest.
fn berkas() -> Vec<Berkas> {
    let a = agensi(&Ukuran {
        tim: 3,
        per_tim: 2,
        benih: 11,
    });
    let p = &a.penilaian;
    let diubah = ubah(&p[1].1, |v| {
        let r = v["records"].as_array_mut().unwrap();
        let ev = r.iter_mut().find(|r| r["type"] == "evaluasi").unwrap();
        ev["data"]["predikat"] = serde_json::json!("sangat_baik");
    });
    let digest0 = serde_json::from_str::<serde_json::Value>(&p[0].1).unwrap()["digest"].clone();
    vec![
        p[0].clone(),
        ("diubah.json".into(), diubah.clone()),
        (
            "tanpa.json".into(),
            ubah(&p[2].1, |v| {
                v.as_object_mut().unwrap().remove("digest");
            }),
        ),
        ("salinan.json".into(), p[0].1.clone()),
        ("diubah-lagi.json".into(), diubah),
        (
            "md5.json".into(),
            ubah(&p[2].1, |v| v["digest"]["algorithm"] = "md5".into()),
        ),
        (
            "mengaku.json".into(),
            ubah(&p[2].1, |v| v["digest"] = digest0),
        ),
    ]
}

/// The reports after `lepas_teks`, the apply's summary and storage after it.
fn hasil(s: &MemoryStore, mut k: Kumpulan) -> (Vec<(String, Laporan, bool)>, String, usize) {
    k.lepas_teks();
    let laporan = k
        .berkas()
        .iter()
        .map(|b| (b.nama.clone(), b.laporan.clone(), b.teks.is_some()))
        .collect();
    let r = k.terapkan(s, &HashMap::new(), jam()).unwrap();
    let isi = s.isi();
    let tulis: String = isi.iter().map(|(k, v)| format!("{k}={v}\n")).collect();
    (laporan, tulis, r.ditambah + r.diperbarui)
}

fn sha(k: &Kumpulan, i: usize) -> Option<[u8; 32]> {
    Some(Sha256::digest(k.menunggu_digest(i)?).into())
}

#[test]
fn hashes_given_later_in_any_order_give_the_reports_and_storage_of_hashing_at_once() {
    let v = berkas();
    let s = admin_kosong();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    for (n, t) in &v {
        k.tambah(&s, n.clone(), t.clone()).unwrap();
    }
    let sekaligus = hasil(&s, k);
    // What the check at once found, so the comparisons below compare something.
    let l = &sekaligus.0;
    assert_eq!(
        l[3].1,
        Laporan::Ganda {
            sama_dengan: l[0].0.clone()
        }
    );
    let kode = |i: usize| -> Vec<KodeMasalah> {
        match &l[i].1 {
            Laporan::Rencana(r) => r.peringatan.iter().map(|m| m.kode.clone()).collect(),
            lain => panic!("{lain:?}"),
        }
    };
    assert_eq!(kode(0), vec![]);
    // The edit set a derived value, which the checks drop: the digest's warning comes first.
    let diubah = vec![
        KodeMasalah::DigestTidakCocok,
        KodeMasalah::NilaiTurunanDibuang,
    ];
    assert_eq!(kode(1), diubah);
    assert_eq!(kode(2), vec![KodeMasalah::DigestTidakAda]);
    assert_eq!(kode(4), diubah);
    assert_eq!(kode(5), vec![KodeMasalah::AlgoritmaDigestTidakDikenal]);
    assert_eq!(kode(6), vec![KodeMasalah::DigestTidakCocok]);
    assert!(sekaligus.2 > 0);

    // As the screen does it: each file's hash given after the next file is in.
    let s = admin_kosong();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    for (i, (n, t)) in v.iter().enumerate() {
        k.tambah_tunda(&s, n.clone(), t.clone()).unwrap();
        if i > 0 {
            let h = sha(&k, i - 1);
            k.digest_selesai(i - 1, h);
        }
    }
    assert_eq!(hasil(&s, k), sekaligus);

    // Backwards, then none given at all (hashed in the app, by `lepas_teks`).
    let s = admin_kosong();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    for (n, t) in &v {
        k.tambah_tunda(&s, n.clone(), t.clone()).unwrap();
    }
    // Only the files with a digest to check wait for a hash.
    let menunggu: Vec<bool> = (0..v.len())
        .map(|i| k.menunggu_digest(i).is_some())
        .collect();
    assert_eq!(menunggu, [true, true, false, true, true, false, true]);
    for i in (0..v.len()).rev() {
        let h = sha(&k, i);
        k.digest_selesai(i, h);
    }
    assert_eq!(hasil(&s, k), sekaligus);
    let s = admin_kosong();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    for (n, t) in &v {
        k.tambah_tunda(&s, n.clone(), t.clone()).unwrap();
    }
    assert_eq!(hasil(&s, k), sekaligus);
}

/// The hash given is the one judged: a wrong one warns, as a file changed by hand does.
#[test]
fn the_hash_given_decides() {
    let v = berkas();
    let s = admin_kosong();
    let mut k = Kumpulan::baru(&s, Batas::default()).unwrap();
    k.tambah_tunda(&s, v[0].0.clone(), v[0].1.clone()).unwrap();
    k.digest_selesai(0, Some([0; 32]));
    assert_eq!(k.menunggu_digest(0), None);
    let Laporan::Rencana(r) = &k.berkas()[0].laporan else {
        panic!("{:?}", k.berkas()[0].laporan)
    };
    let kode: Vec<_> = r
        .peringatan
        .iter()
        .map(|m| (m.kode.clone(), m.jalur.clone()))
        .collect();
    assert_eq!(
        kode,
        vec![(KodeMasalah::DigestTidakCocok, "digest".to_string())]
    );
}
