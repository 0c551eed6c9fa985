use super::*;
use crate::domain::progres::{capaian_sampai, Realisasi};
use crate::domain::skp::{Aspek, BentukTarget, JenisRhk, JenisSkp, Pendekatan, Rhk, StatusSkp};
use crate::domain::{Bahasa, Pecahan};
use chrono::NaiveDate;

fn rb() -> &'static Rulebook {
    Rulebook::bawaan()
}

fn d(m: u32, h: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, h).unwrap()
}

fn angka(nilai: f64, satuan: &str) -> Target {
    Target::Angka {
        nilai,
        satuan: satuan.into(),
    }
}

fn kecil(nilai: f64, satuan: &str) -> Target {
    Target::MakinKecil {
        nilai,
        satuan: satuan.into(),
    }
}

fn rentang(satuan: &str) -> Target {
    Target::Rentang {
        bawah: 80.0,
        atas: 90.0,
        satuan: satuan.into(),
    }
}

/// The way and the kind it went by.
fn bawaan(t: Target) -> (Akumulasi, String) {
    let e = Akumulasi::bawaan_untuk(&t, rb());
    (e.nilai, dasar(&e).to_string())
}

#[test]
fn a_percentage_rate_or_duration_is_averaged_an_index_or_level_takes_the_latest() {
    use Akumulasi::*;
    let kasus = [
        (angka(99.5, "%"), RataRata, "jenis_satuan.persentase"),
        (angka(90.0, "persen"), RataRata, "jenis_satuan.persentase"),
        (angka(2.0, "kali per bulan"), RataRata, "jenis_satuan.laju"),
        (angka(2.0, "dokumen/bulan"), RataRata, "jenis_satuan.laju"),
        (angka(0.8, "rasio"), RataRata, "jenis_satuan.laju"),
        (angka(3.0, "hari"), RataRata, "jenis_satuan.durasi"),
        (angka(3.5, "indeks"), Terakhir, "jenis_satuan.indeks"),
        (angka(80.0, "skor"), Terakhir, "jenis_satuan.indeks"),
        (angka(3.0, "level"), Terakhir, "jenis_satuan.tingkat"),
    ];
    for (t, a, k) in kasus {
        let satuan = t.satuan().to_string();
        assert_eq!(bawaan(t), (a, k.to_string()), "{satuan}");
    }
}

#[test]
fn a_count_is_summed() {
    for s in [
        "dokumen",
        "laporan",
        "kegiatan",
        "orang",
        "kali",
        "Documents",
    ] {
        assert_eq!(
            bawaan(angka(12.0, s)),
            (Akumulasi::Jumlah, "jenis_satuan.hitungan".into()),
            "{s}"
        );
    }
}

#[test]
fn units_match_whatever_their_case_and_spacing() {
    for s in ["Persen", " % ", "PERSEN", "%", "persen (%)", "  Persen  "] {
        assert_eq!(bawaan(angka(99.5, s)).1, "jenis_satuan.persentase", "{s:?}");
    }
    assert_eq!(bawaan(angka(4.0, "  Jam ")).1, "jenis_satuan.durasi");
    // A word inside another word is not that word: "orangutan" is no count of people.
    assert_eq!(bawaan(angka(4.0, "orangutan")).1, "jenis_satuan.lain");
    assert_eq!(kata_satuan(" Kali/Bulan "), ["kali", "/", "bulan"]);
}

#[test]
fn lower_is_better_and_range_targets_never_sum() {
    use Akumulasi::*;
    // "≤ 4 jam": a duration, averaged.
    assert_eq!(
        bawaan(kecil(4.0, "jam")),
        (RataRata, "jenis_satuan.durasi".into())
    );
    // "≤ 2 temuan" is a count, but summing would cross the limit as the year goes on.
    assert_eq!(
        bawaan(kecil(2.0, "temuan")),
        (RataRata, "dasar_akumulasi.makin_kecil".into())
    );
    assert_eq!(bawaan(kecil(2.0, "")).0, RataRata);
    assert_eq!(
        bawaan(rentang("%")),
        (RataRata, "jenis_satuan.persentase".into())
    );
    assert_eq!(
        bawaan(rentang("orang")),
        (RataRata, "dasar_akumulasi.rentang".into())
    );
    assert_eq!(bawaan(rentang("level")).0, Terakhir);
}

#[test]
fn an_unknown_or_missing_unit_sums_and_says_so() {
    assert_eq!(
        bawaan(angka(5.0, "xyz")),
        (Akumulasi::Jumlah, "jenis_satuan.lain".into())
    );
    assert_eq!(bawaan(angka(5.0, "")).0, Akumulasi::Jumlah);
}

#[test]
fn the_choice_is_explained_in_both_languages_from_the_rulebook() {
    let e = Akumulasi::bawaan_untuk(&angka(99.5, "%"), rb());
    assert_eq!(e.penjelasan.aturan, "akumulasi_bawaan");
    assert!(e.penjelasan.sumber.contains("KinerjaKu"));
    for b in [Bahasa::Id, Bahasa::En] {
        let baris = e.penjelasan.uraikan(rb(), b).join("\n");
        assert!(!baris.contains("jenis_satuan."), "{baris}");
        assert!(!baris.contains("akumulasi."), "{baris}");
        assert!(!baris.contains("butir."), "{baris}");
    }
    let id = e.penjelasan.uraikan(rb(), Bahasa::Id).join("\n");
    assert!(
        id.contains("Persentase") && id.contains("rata-rata entri"),
        "{id}"
    );
}

fn entri(iki: &str, nilai: &[f64]) -> Vec<Realisasi> {
    nilai
        .iter()
        .enumerate()
        .map(|(k, v)| Realisasi {
            id: format!("r{k}"),
            skp_id: "s".into(),
            iki_id: iki.into(),
            tanggal: d(k as u32 + 1, 28),
            nilai: Some(*v),
            catatan: String::new(),
            bukti: vec![],
        })
        .collect()
}

/// A new IKI whose target is then typed in the editor: the accumulation follows the unit.
fn iki_ditulis(target: Target) -> Iki {
    let mut i = Iki::baru("i".into(), Aspek::Kualitas, Pendekatan::Kuantitatif, rb());
    i.target = target;
    i.ikuti_satuan(rb());
    i
}

fn capaian(i: &Iki, nilai: &[f64]) -> Pecahan {
    capaian_sampai(rb(), i, &entri(&i.id, nilai), d(12, 31))
        .unwrap()
        .unwrap()
        .nilai
}

/// Issue 12, "Done when": percentage, duration and count IKIs each give the right capaian
/// with three entries.
#[test]
fn percentage_duration_and_count_give_the_right_capaian_with_three_entries() {
    // Monthly uptime 99,7 · 98,9 · 99,6 against 99,5 %: the mean 99,4 → 99,90 %, not 299,7 %.
    let uptime = iki_ditulis(angka(99.5, "%"));
    assert_eq!(uptime.akumulasi, Akumulasi::RataRata);
    let c = capaian(&uptime, &[99.7, 98.9, 99.6]);
    assert_eq!(c, Pecahan::baru(19880, 199).unwrap());
    assert_eq!(c.bulatkan(2).unwrap(), Pecahan::baru(9990, 100).unwrap());
    // Response time 3,5 · 4 · 4 against ≤ 4 jam: the mean 3,8333 → 104,17 %, not −87,5 %.
    let respons = iki_ditulis(kecil(4.0, "jam"));
    let c = capaian(&respons, &[3.5, 4.0, 4.0]);
    assert_eq!(c, Pecahan::baru(625, 6).unwrap());
    let mut lama = respons.clone();
    lama.akumulasi = Akumulasi::Jumlah;
    assert_eq!(
        capaian(&lama, &[3.5, 4.0, 4.0]),
        Pecahan::baru(-175, 2).unwrap()
    );
    // 2 · 3 · 4 documents against 12: summed, 75 %.
    let dokumen = iki_ditulis(angka(12.0, "dokumen"));
    assert_eq!(capaian(&dokumen, &[2.0, 3.0, 4.0]), Pecahan::bulat(75));
    // The explanation says how the entries were combined.
    let e = capaian_sampai(rb(), &uptime, &entri("i", &[99.7, 98.9, 99.6]), d(12, 31))
        .unwrap()
        .unwrap();
    let baris = e.penjelasan.uraikan(rb(), Bahasa::En).join("\n");
    assert!(baris.contains("mean of entries"), "{baris}");
    assert!(baris.contains("Number of actual entries = 3"), "{baris}");
}

#[test]
fn a_choice_stands_until_the_person_gives_it_back_to_the_unit() {
    let mut i = iki_ditulis(angka(99.5, "%"));
    i.pilih_akumulasi(Akumulasi::Terakhir);
    i.target = angka(4.0, "dokumen");
    assert!(!i.ikuti_satuan(rb()));
    assert_eq!(i.akumulasi, Akumulasi::Terakhir);
    i.akumulasi_dipilih = false;
    assert!(i.ikuti_satuan(rb()));
    assert_eq!(i.akumulasi, Akumulasi::Jumlah);
}

#[test]
fn records_written_before_keep_reading_and_keep_their_shape() {
    let lama = r#"{"id":"i","aspek":"kualitas","indikator":"Uptime",
        "target":{"jenis":"angka","nilai":99.5,"satuan":"%"},"akumulasi":"jumlah"}"#;
    let i: Iki = crate::jejak::dari_teks(lama).unwrap();
    assert_eq!(i.akumulasi, Akumulasi::Jumlah);
    assert!(!i.akumulasi_dipilih);
    let tanpa = r#"{"id":"i","aspek":"kualitas","indikator":"Uptime",
        "target":{"jenis":"angka","nilai":99.5,"satuan":"%"}}"#;
    let i: Iki = crate::jejak::dari_teks(tanpa).unwrap();
    assert_eq!(i.akumulasi, Akumulasi::Jumlah);
    // Not chosen: written as before (no new field), so digests of old records stay.
    let v = serde_json::to_value(&i).unwrap();
    assert!(v.get("akumulasi_dipilih").is_none());
    let mut dipilih = i.clone();
    dipilih.pilih_akumulasi(Akumulasi::RataRata);
    let v = serde_json::to_value(&dipilih).unwrap();
    assert_eq!(v["akumulasi_dipilih"], serde_json::json!(true));
    assert_eq!(v["akumulasi"], serde_json::json!("rata_rata"));
}

fn skp_lama(status: StatusSkp) -> Skp {
    let mut s = Skp::baru(
        "s",
        "198609262015052001",
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(1, 1),
        d(12, 31),
    );
    let mut uptime = iki_ditulis(angka(99.5, "%"));
    uptime.akumulasi = Akumulasi::Jumlah; // the old default, never chosen
    let mut dipilih = iki_ditulis(angka(99.0, "%"));
    dipilih.id = "j".into();
    dipilih.aspek = Aspek::Kuantitas;
    dipilih.pilih_akumulasi(Akumulasi::Terakhir);
    s.rhk.push(Rhk {
        id: "r".into(),
        jenis: JenisRhk::Utama,
        uraian: "Layanan tersedia".into(),
        rhk_atasan_id: None,
        rhk_atasan_uraian: String::new(),
        penugasan_dari: String::new(),
        perspektif: None,
        iki: vec![uptime, dipilih],
    });
    for i in s.rhk[0].iki.iter_mut() {
        i.indikator = "Ketersediaan layanan".into();
    }
    s.status = status;
    s
}

#[test]
fn a_draft_follows_the_unit_an_approved_skp_stays_as_agreed() {
    let mut draf = skp_lama(StatusSkp::Draft);
    assert!(draf.akumulasi_ikut_satuan(rb()));
    assert_eq!(draf.rhk[0].iki[0].akumulasi, Akumulasi::RataRata);
    assert_eq!(draf.rhk[0].iki[1].akumulasi, Akumulasi::Terakhir);
    let mut setuju = skp_lama(StatusSkp::Disetujui { pada: d(1, 10) });
    assert!(!setuju.akumulasi_ikut_satuan(rb()));
    assert_eq!(setuju.rhk[0].iki[0].akumulasi, Akumulasi::Jumlah);
}

/// The way out: an approved SKP with a wrong accumulation is reopened as a revision, its
/// accumulation changed, submitted and approved again; its realisasi stay and the capaian
/// follows the new way.
#[test]
fn an_approved_skp_changes_its_accumulation_through_a_revision() {
    let mut s = skp_lama(StatusSkp::Disetujui { pada: d(1, 10) });
    let realisasi = entri("i", &[99.7, 98.9, 99.6]);
    let capaian_kini = |s: &Skp| {
        let (_, i) = s.iki("i").unwrap();
        capaian_sampai(rb(), i, &realisasi, d(12, 31))
            .unwrap()
            .unwrap()
            .nilai
    };
    assert_eq!(capaian_kini(&s), Pecahan::baru(59640, 199).unwrap());
    assert_eq!(s.revisi_ke(), 0);
    assert_eq!(
        s.revisi(d(6, 1), " ").unwrap_err().kode,
        "alasan_perubahan_wajib"
    );
    s.revisi(d(6, 1), "Persentase tidak dijumlah").unwrap();
    assert!(s.boleh_diubah());
    assert_eq!(s.alasan_revisi(), Some("Persentase tidak dijumlah"));
    // Reopened, the unchosen accumulation follows its unit like any draft.
    s.akumulasi_ikut_satuan(rb());
    assert_eq!(capaian_kini(&s), Pecahan::baru(19880, 199).unwrap());
    s.ajukan(rb(), d(6, 2)).unwrap();
    s.setujui(d(6, 3)).unwrap();
    assert_eq!(s.id, "s");
    assert_eq!(s.revisi_ke(), 1);
    assert_eq!(s.alasan_revisi(), None);
    assert_eq!(s.rhk[0].iki[0].akumulasi, Akumulasi::RataRata);
    // Approved again, it no longer moves by itself.
    assert!(!s.akumulasi_ikut_satuan(rb()));
}

#[test]
fn an_iki_without_a_target_value_is_not_submitted() {
    let mut s = skp_lama(StatusSkp::Draft);
    let baru = Iki::baru("k".into(), Aspek::Waktu, Pendekatan::Kuantitatif, rb());
    assert!(baru.target.belum_diisi());
    s.rhk[0].iki.push(Iki {
        indikator: "Tepat waktu".into(),
        ..baru
    });
    let m = s.ajukan(rb(), d(1, 5)).unwrap_err();
    assert_eq!(m.len(), 1, "{m:?}");
    assert_eq!(m[0].kode, "target_belum_diisi");
    let pesan = m[0].pesan(rb(), Bahasa::Id);
    assert_eq!(pesan, "RHK 1 · IKI 3: nilai target belum diisi.");
    // A range with neither bound typed is not filled either; 0–5 is.
    let mut r = rentang("%");
    if let Target::Rentang { bawah, atas, .. } = &mut r {
        (*bawah, *atas) = (0.0, 0.0);
    }
    assert!(r.belum_diisi());
    if let Target::Rentang { atas, .. } = &mut r {
        *atas = 5.0;
    }
    assert!(!r.belum_diisi());
}

#[test]
fn changing_the_form_keeps_the_number_and_the_unit() {
    let t = angka(4.0, "jam");
    assert_eq!(BentukTarget::MakinKecil.dari(&t), kecil(4.0, "jam"));
    assert_eq!(
        BentukTarget::Rentang.dari(&t),
        Target::Rentang {
            bawah: 0.0,
            atas: 4.0,
            satuan: "jam".into()
        }
    );
    assert_eq!(
        BentukTarget::Angka.dari(&Target::Naratif { teks: "x".into() }),
        angka(0.0, "")
    );
}
