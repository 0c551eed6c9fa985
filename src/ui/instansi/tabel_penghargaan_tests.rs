//! Award candidates of the year, worked through the records as stored: Satyalancana Karya
//! Satya by years of service, Sangat Baik in consecutive years, and the award form filled
//! from what made each one a candidate.

use super::*;

const SEPULUH: &str = "198609262016031001";
const DUA_PULUH: &str = "197505052006041001";
const TIGA_PULUH: &str = "197001011996031002";
const SEBELAS: &str = "198609262015051001";

/// TMT 2016, 2006, 1996 and 2015 by NIP, and nip 7 and 8 (TMT 2010). Annual predikat: Rina
/// and Wati Sangat Baik in 2025 and 2026; Umi in 2024 and 2026 but not 2025; Yanto Baik in
/// 2025 and Sangat Baik in 2026.
fn kantor_penghargaan() -> (DataKinerja, Papan) {
    let (wati, yanto) = (nip(7), nip(8));
    let (wati, yanto) = (wati.as_str(), yanto.as_str());
    let s = kantor(&[
        (SEPULUH, "Rina", "Bidang Mutasi"),
        (DUA_PULUH, "Sigit", "Bidang Mutasi"),
        (TIGA_PULUH, "Tono", "Bidang Pengembangan"),
        (SEBELAS, "Umi", "Bidang Mutasi"),
        (wati, "Wati", "Bidang Mutasi"),
        (yanto, "Yanto", "Bidang Mutasi"),
    ]);
    use Predikat::{Baik, SangatBaik};
    let tahunan = [
        (SEPULUH, 2025, SangatBaik),
        (SEPULUH, 2026, SangatBaik),
        (SEBELAS, 2024, SangatBaik),
        (SEBELAS, 2026, SangatBaik),
        (wati, 2025, SangatBaik),
        (wati, 2026, SangatBaik),
        (yanto, 2025, Baik),
        (yanto, 2026, SangatBaik),
    ];
    for (n, th, predikat) in tahunan {
        let mut sk = skp(&format!("s-{n}-{th}"), n, disetujui());
        (sk.periode_mulai, sk.periode_selesai) = (d(th, 1, 1), d(th, 12, 31));
        let periode = Periode {
            jenis: JenisPeriode::Tahunan,
            tahun: th,
            ke: 1,
        };
        let ev = evaluasi(n, &sk.id, periode, predikat);
        simpan(&s, JenisRecord::Skp, &sk.id.clone(), &sk);
        simpan(&s, JenisRecord::Evaluasi, &ev.id.clone(), &ev);
    }
    baca(&s)
}

fn kandidat(b: Bahasa) -> Tabel {
    let (data, p) = kantor_penghargaan();
    let rb = Rulebook::bawaan();
    let hari = d(2026, 12, 1);
    let k = kandidat_penghargaan(rb, &data, &p.rekap.pegawai, 2026, hari);
    tabel_penghargaan(rb, &k, &p.jalur, hari, kata(b))
}

/// The row of `n`: its TMT and its reason.
fn alasan(x: &Tabel, n: &str) -> Option<(String, String)> {
    let i = kolom(x, 1).iter().position(|s| s == n)?;
    let k = kolom(x, 3).swap_remove(i);
    Some((k, kolom(x, 4).swap_remove(i)))
}

#[test]
fn satyalancana_at_ten_twenty_and_thirty_years_of_service_not_eleven() {
    let x = kandidat(Bahasa::Id);
    let satya =
        |n: &str| alasan(&x, n).map(|(tmt, a)| (tmt, a.split("; ").next().unwrap().to_string()));
    assert_eq!(
        satya(SEPULUH),
        Some(("03-2016".into(), "Satyalancana Karya Satya 10 tahun".into()))
    );
    assert_eq!(
        satya(DUA_PULUH),
        Some(("04-2006".into(), "Satyalancana Karya Satya 20 tahun".into()))
    );
    assert_eq!(
        satya(TIGA_PULUH),
        Some(("03-1996".into(), "Satyalancana Karya Satya 30 tahun".into()))
    );
    // Eleven years, and her Sangat Baik run is broken by 2025.
    assert_eq!(alasan(&x, SEBELAS), None);
    assert_eq!(kolom(&x, 2)[0], MUTASI);
}

#[test]
fn sangat_baik_in_consecutive_years_names_the_years_it_rests_on() {
    let x = kandidat(Bahasa::Id);
    assert_eq!(
        alasan(&x, &nip(7)),
        Some((
            "03-2010".into(),
            "Sangat Baik 2025, 2026 (2 tahun berturut-turut)".into()
        ))
    );
    // Both reasons, the service award first.
    assert_eq!(
        alasan(&x, SEPULUH).unwrap().1,
        "Satyalancana Karya Satya 10 tahun; Sangat Baik 2025, 2026 (2 tahun berturut-turut)"
    );
    // Baik in 2025 breaks the run.
    assert_eq!(alasan(&x, &nip(8)), None);
    assert_eq!(x.baris.len(), 4);
    let en = kandidat(Bahasa::En);
    assert_eq!(
        alasan(&en, &nip(7)).unwrap().1,
        "Very Good 2025, 2026 (2 years in a row)"
    );
    assert_eq!(en.kolom[4], "Reason");
}

#[test]
fn a_candidate_fills_the_award_form_from_what_made_them_one_not_from_the_reasons_words() {
    let (data, p) = kantor_penghargaan();
    let rb = Rulebook::bawaan();
    let k = kandidat_penghargaan(rb, &data, &p.rekap.pegawai, 2026, d(2026, 12, 1));
    let mut temuan: Vec<_> = (k.iter())
        .map(|c| (c.pegawai.nip.clone(), c.satyalancana, c.prestasi))
        .collect();
    temuan.sort();
    let mut harap = [
        (SEPULUH.to_string(), Some(10), true),
        (DUA_PULUH.to_string(), Some(20), false),
        (TIGA_PULUH.to_string(), Some(30), false),
        (nip(7), None, true),
    ];
    harap.sort();
    assert_eq!(temuan, harap);
    let isian = |n: &str, b: Bahasa| {
        let c = k.iter().find(|c| c.pegawai.nip == n).unwrap();
        isian_dari_kandidat(
            rb,
            c,
            kata(b),
            crate::ui::instansi::penghargaan::nama_satyalancana(b),
        )
    };
    // Rina, ten years and Sangat Baik twice: the service award, by its proper name in both
    // languages (the reason's words, "… 10 tahun; Sangat Baik …", are no award's name).
    let rina = IsianPenghargaan {
        nip: SEPULUH.into(),
        jenis: "satyalancana",
        nama: "Satyalancana Karya Satya 10 Tahun".into(),
        keterangan: String::new(),
    };
    assert_eq!(isian(SEPULUH, Bahasa::Id), rina);
    assert_eq!(isian(SEPULUH, Bahasa::En), rina);
    // Wati, Sangat Baik only: a prestasi award whose name the admin writes; the reason is the
    // remark, in the screen's language.
    assert_eq!(
        isian(&nip(7), Bahasa::Id),
        IsianPenghargaan {
            nip: nip(7),
            jenis: "prestasi",
            nama: String::new(),
            keterangan: "Sangat Baik 2025, 2026 (2 tahun berturut-turut)".into(),
        }
    );
    assert_eq!(
        isian(&nip(7), Bahasa::En).keterangan,
        "Very Good 2025, 2026 (2 years in a row)"
    );
    // Both kinds are the domain's own.
    for x in [isian(SEPULUH, Bahasa::Id), isian(&nip(7), Bahasa::Id)] {
        assert!(crate::domain::penghargaan::JENIS_PENGHARGAAN.contains(&x.jenis));
    }
}
