use super::*;
use crate::domain::contoh_tests::{d, dialog, disetujui, evaluasi, nip, pegawai, skp, tw};
use crate::domain::evaluasi::Evaluasi;
use crate::domain::organisasi::Organisasi;
use crate::domain::rekap_instansi::{evaluasi_periode, rekap, DataRekap, MasukanRekap};
use crate::domain::Bahasa;
use Predikat::*;

struct Contoh {
    pegawai: Vec<crate::domain::pegawai::Pegawai>,
    skp: Vec<Skp>,
    evaluasi: Vec<Evaluasi>,
    dialog: Vec<DialogKinerja>,
}

/// Pegawai 1 (JF ahli pertama) Butuh Perbaikan in TW I and II; pegawai 2 (pelaksana) Baik then
/// Sangat Kurang; pegawai 3 Kurang/Misconduct in TW II only; pegawai 4 Baik twice; pegawai 6
/// Butuh Perbaikan in TW IV 2025 and TW I 2026.
fn contoh() -> Contoh {
    let mut c = Contoh {
        pegawai: Vec::new(),
        skp: Vec::new(),
        evaluasi: Vec::new(),
        dialog: Vec::new(),
    };
    type Jalan<'a> = (usize, &'a str, &'a [(i32, u32, Predikat)]);
    let jalan: [Jalan; 5] = [
        (
            1,
            "ahli_pertama",
            &[(2026, 1, ButuhPerbaikan), (2026, 2, ButuhPerbaikan)],
        ),
        (2, "pelaksana", &[(2026, 1, Baik), (2026, 2, SangatKurang)]),
        (3, "pelaksana", &[(2026, 2, KurangMisconduct)]),
        (4, "ahli_pertama", &[(2026, 1, Baik), (2026, 2, Baik)]),
        (
            6,
            "pelaksana",
            &[(2025, 4, ButuhPerbaikan), (2026, 1, ButuhPerbaikan)],
        ),
    ];
    for (i, jenjang, ev) in jalan {
        c.pegawai
            .push(pegawai(&nip(i), &format!("P{i}"), "Bidang A", jenjang));
        c.skp.push(skp(&format!("s{i}"), &nip(i), disetujui()));
        for (tahun, ke, p) in ev {
            let mut e = evaluasi(&nip(i), &format!("s{i}"), tw(*tahun, *ke), *p);
            e.id = format!("e{i}-{tahun}-{ke}");
            c.evaluasi.push(e);
        }
    }
    c.dialog = vec![
        dialog("d1", "s1", d(2026, 5, 10), "Data mutasi belum lengkap"),
        dialog("d2", "s1", d(2026, 8, 1), "Sesudah periode"),
        dialog("d3", "s1", d(2025, 11, 1), "Tahun lalu"),
        dialog("d4", "s1", d(2026, 2, 1), "  "),
        dialog("d5", "s1", d(2026, 3, 2), "Aplikasi sering gagal"),
    ];
    c
}

fn jalankan(c: &Contoh, p: Periode) -> Vec<KinerjaRendah> {
    jalankan_dengan(Rulebook::bawaan(), c, p)
}

fn jalankan_dengan(rb: &Rulebook, c: &Contoh, p: Periode) -> Vec<KinerjaRendah> {
    let org = Organisasi::baru(std::iter::empty());
    let data = DataRekap {
        pegawai: c.pegawai.iter().collect(),
        skp: c.skp.iter().collect(),
        evaluasi: c.evaluasi.iter().collect(),
        predikat_unit: Vec::new(),
    };
    let r = rekap(rb, &org, &data, p, d(2026, 12, 31));
    let m = MasukanRekap::dari(c.pegawai.iter(), c.skp.iter(), c.evaluasi.iter());
    let dl: Vec<&DialogKinerja> = c.dialog.iter().collect();
    kinerja_rendah(rb, &r, &m, &data.skp, &dl)
}

#[test]
fn a_repeated_low_predikat_comes_first_with_its_follow_up_angka_kredit_and_obstacles() {
    let c = contoh();
    let h = jalankan(&c, tw(2026, 2));
    let nips: Vec<&str> = h.iter().map(|k| k.nip.as_str()).collect();
    assert_eq!(
        nips,
        [nip(1), nip(2), nip(3)],
        "repeated first, then the worst"
    );
    let p1 = &h[0];
    assert_eq!(
        (p1.predikat, p1.berturut, p1.berulang),
        (ButuhPerbaikan, 2, true)
    );
    assert_eq!(
        p1.tindak_lanjut,
        [
            "tindak_lanjut.bimbingan_kinerja",
            "tindak_lanjut.bangkom",
            "tindak_lanjut.rencana_perbaikan",
            "tindak_lanjut.angka_kredit_jf"
        ]
    );
    // Ahli Pertama, 12,5 a year: a quarter at 75 % is 2,34375; at Baik (100 %) 3,125.
    let ak = p1.angka_kredit.as_ref().unwrap();
    assert_eq!(ak.bulan, 3);
    assert_eq!(ak.diperoleh.nilai.ke_f64(), 2.34375);
    assert_eq!(ak.jika_baik.ke_f64(), 3.125);
    let kendala: Vec<&str> = p1.kendala.iter().map(|k| k.kendala.as_str()).collect();
    assert_eq!(
        kendala,
        ["Data mutasi belum lengkap", "Aplikasi sering gagal"]
    );
    assert_eq!(p1.kendala[0].langkah, "Dilengkapi bulan depan");
    let p2 = &h[1];
    assert_eq!(
        (p2.predikat, p2.berturut, p2.berulang),
        (SangatKurang, 1, false)
    );
    assert!(p2.angka_kredit.is_none(), "a pelaksana has no angka kredit");
    assert!(!p2
        .tindak_lanjut
        .contains(&"tindak_lanjut.angka_kredit_jf".to_string()));
    assert_eq!(h[2].predikat, KurangMisconduct);
    // The explanation names the rule and the run.
    let kata = p1
        .penjelasan
        .uraikan(Rulebook::bawaan(), Bahasa::Id)
        .join("\n");
    assert!(kata.contains("Periode berturut-turut = 2"), "{kata}");
}

#[test]
fn a_run_crosses_the_year_and_stops_at_a_good_or_missing_period() {
    let c = contoh();
    let h = jalankan(&c, tw(2026, 1));
    let p6 = h.iter().find(|k| k.nip == nip(6)).unwrap();
    assert_eq!(
        (p6.berturut, p6.berulang),
        (2, true),
        "TW IV 2025 then TW I 2026"
    );
    let p1 = h.iter().find(|k| k.nip == nip(1)).unwrap();
    assert_eq!((p1.berturut, p1.berulang), (1, false));
    assert!(h.iter().all(|k| k.nip != nip(2) && k.nip != nip(4)));
    // With the agency's threshold at 3 periods, two in a row is not repeated yet.
    let mut rb = Rulebook::bawaan().clone();
    rb.kinerja_rendah.ambang_berulang = 3;
    let h = jalankan_dengan(&rb, &c, tw(2026, 1));
    let p6 = h.iter().find(|k| k.nip == nip(6)).unwrap();
    assert_eq!((p6.berturut, p6.berulang), (2, false));
    assert!(!p6
        .tindak_lanjut
        .contains(&"tindak_lanjut.rencana_perbaikan".to_string()));
}

#[test]
fn the_angka_kredit_effect_counts_the_months_the_skp_covers_in_the_period() {
    let mut c = contoh();
    // Pegawai 1 joined on 15 May: two months begun of triwulan II (May, June).
    c.skp[0].periode_mulai = d(2026, 5, 15);
    let h = jalankan(&c, tw(2026, 2));
    let p1 = h.iter().find(|k| k.nip == nip(1)).unwrap();
    let ak = p1.angka_kredit.as_ref().unwrap();
    assert_eq!(ak.bulan, 2);
    // 2/12 × 75 % × 12,5.
    assert_eq!(ak.diperoleh.nilai.ke_f64(), 1.5625);
}

#[test]
fn after_a_move_each_period_reads_its_own_skps_evaluation_as_the_dashboard_does() {
    let mut c = contoh();
    // Pegawai 5 moves on 15 February: SKP A to 14 February, SKP B from the 15th. For TW I,
    // A's evaluation (Butuh Perbaikan, 8 April) is later than B's (Baik, 3 April), but the
    // quarter's SKP is B, the latest to start, and the dashboard shows its Baik.
    c.pegawai
        .push(pegawai(&nip(5), "P5", "Bidang A", "pelaksana"));
    let mut a = skp("s5a", &nip(5), disetujui());
    a.periode_selesai = d(2026, 2, 14);
    let mut b = skp("s5b", &nip(5), disetujui());
    b.periode_mulai = d(2026, 2, 15);
    c.skp.extend([a, b]);
    let mut ea = evaluasi(&nip(5), "s5a", tw(2026, 1), ButuhPerbaikan);
    ea.tanggal = d(2026, 4, 8);
    let mut eb = evaluasi(&nip(5), "s5b", tw(2026, 1), Baik);
    eb.tanggal = d(2026, 4, 3);
    let e2 = evaluasi(&nip(5), "s5b", tw(2026, 2), ButuhPerbaikan);
    c.evaluasi.extend([ea, eb, e2]);
    let m = MasukanRekap::dari(c.pegawai.iter(), c.skp.iter(), c.evaluasi.iter());
    let tw1 = evaluasi_periode(&m, tw(2026, 1));
    assert_eq!(tw1[nip(5).as_str()].skp_id, "s5b");
    let h = jalankan(&c, tw(2026, 2));
    let p5 = h.iter().find(|k| k.nip == nip(5)).unwrap();
    assert_eq!(
        (p5.predikat, p5.berturut, p5.berulang),
        (ButuhPerbaikan, 1, false),
        "TW I was Baik on the quarter's own SKP"
    );
    // The others' runs are as before.
    let p1 = h.iter().find(|k| k.nip == nip(1)).unwrap();
    assert_eq!((p1.berturut, p1.berulang), (2, true));
}
