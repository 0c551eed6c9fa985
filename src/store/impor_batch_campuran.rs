//! The batch tests' mixture of files (see `impor_batch_tests.rs`).

use super::*;

/// The mixed set of files, and the store they arrive at: the admin's, holding two notes of
/// its own.
pub(crate) fn campuran() -> (Vec<Berkas>, impl Fn() -> MemoryStore) {
    let a = agensi(&Ukuran {
        tim: 3,
        per_tim: 4,
        benih: 21,
    });
    let mut v: Vec<Berkas> = a.pegawai[..4].to_vec();
    v.extend(a.penilaian.iter().cloned());
    v.push(a.penilaian[1].clone());
    // Team 2's first pegawai answers their triwulan I evaluation, which team 2's file brings.
    let tim2 = match baca_teks("t", &a.penilaian[2].1, &Batas::default()) {
        HasilBaca::Terbaca(b) => b.bundle,
        h => panic!("{h:?}"),
    };
    let mut ev = tim2
        .records
        .iter()
        .find(|r| r.jenis == JenisRecord::Evaluasi)
        .unwrap()
        .clone();
    let nip = ev.data["pegawai_nip"].as_str().unwrap().to_string();
    ev.data["tanggapan"] = json!({"tanggal": "2027-01-25", "isi": "Saya menerima penilaian ini"});
    ev.revisi += 1;
    let b = Bundle::baru(
        JenisBundle::Pegawai,
        pengekspor(&nip, "pegawai"),
        vec![ev.clone()],
        waktu("2027-01-26T09:00:00+07:00"),
    );
    v.push(berkas(&b, "tanggapan.json"));
    // Someone else claims to be team 2's pejabat penilai and lowers that evaluation.
    let mut palsu = ev.clone();
    palsu.data["tanggapan"] = serde_json::Value::Null;
    palsu.data["rating_perilaku"] = json!("dibawah_ekspektasi");
    palsu.revisi += 5;
    let b = Bundle::baru(
        JenisBundle::Penilaian,
        pengekspor("198001012005011001", "pejabat_penilai"),
        vec![palsu],
        waktu("2027-01-27T09:00:00+07:00"),
    );
    v.push(berkas(&b, "palsu.json"));
    // A pegawai's notes at the revision the admin's own notes have: two conflicts.
    let t = waktu("2027-01-20T09:00:00+07:00");
    let rec = |id: &str, isi: &str| {
        crate::bundle::format::Record::baru(id, JenisRecord::Catatan, 1, t, &catatan(id, isi))
            .unwrap()
    };
    let b = Bundle::baru(
        JenisBundle::Pegawai,
        pengekspor(&nip, "pegawai"),
        vec![
            rec(CATATAN, "dari berkas"),
            rec(CATATAN_2, "dari berkas juga"),
        ],
        t,
    );
    v.push(berkas(&b, "catatan.json"));
    // Team 0's pejabat penilai sends one competency assessment alone: they assess the pegawai
    // as the SKP and profile team 0's file brought say (the batch's index must give the plan
    // that pegawai's SKPs and profile, which this file does not carry).
    let tim0 = match baca_teks("t", &a.penilaian[0].1, &Batas::default()) {
        HasilBaca::Terbaca(b) => b.bundle,
        h => panic!("{h:?}"),
    };
    let skp0 = tim0
        .records
        .iter()
        .find(|r| r.jenis == JenisRecord::Skp)
        .unwrap();
    let dinilai = skp0.data["pegawai_nip"].as_str().unwrap();
    let mut k = crate::bundle::contoh::record(14, JenisRecord::PenilaianKompetensi, 1);
    k.data["pegawai_nip"] = json!(dinilai);
    k.data["penilai_nip"] = json!(tim0.pengekspor.nip);
    let b = Bundle::baru(
        JenisBundle::Penilaian,
        pengekspor(&tim0.pengekspor.nip, "pejabat_penilai"),
        vec![k],
        t,
    );
    v.push(berkas(&b, "kompetensi.json"));
    // Another admin device's units: one a second "Biro Perencanaan" (refused only when checked
    // among every stored unit, which the batch's index must then give the plan), one new.
    let unit = |n: u8, nama: &str| {
        let mut r = crate::bundle::contoh::record(n, JenisRecord::UnitKerja, 1);
        r.data["nama"] = json!(nama);
        r.data["kode"] = json!(format!("09.{n}"));
        r.data["alias"] = json!([]);
        r
    };
    let b = Bundle::baru(
        JenisBundle::Rekap,
        pengekspor("196801011990031001", crate::bundle::format::PERAN_ADMIN),
        vec![unit(61, "biro perencanaan"), unit(62, "Bagian Umum")],
        t,
    );
    v.push(berkas(&b, "unit.json"));
    v.push(("rusak.json".into(), "{ \"format\": ".into()));
    let mut baru = crate::bundle::contoh::value_pegawai();
    baru["schema_version"] = json!(99);
    v.push(("baru.json".into(), baru.to_string()));
    let awal = || {
        let s = admin_kosong();
        for (id, isi) in [(CATATAN, "di sini"), (CATATAN_2, "di sini juga")] {
            let w = "2027-01-19T08:00:00+07:00";
            rekaman::tulis(&s, JenisRecord::Catatan, id, catatan(id, isi), None, w).unwrap();
        }
        let unit = serde_json::to_value(crate::bundle::contoh::unit_kerja()).unwrap();
        let w = "2027-01-19T08:00:00+07:00";
        let id = crate::bundle::contoh::uuid(60);
        rekaman::tulis(&s, JenisRecord::UnitKerja, &id, unit, None, w).unwrap();
        s
    };
    (v, awal)
}
