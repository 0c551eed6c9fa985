//! Consistency check of a rulebook: a missing matrix cell, overlapping bands, weights that do
//! not add up or a dangling reference refuse the whole rulebook, naming the problem.

use super::{Label, Rulebook};
use crate::domain::evaluasi::JenisPeriode;
use crate::domain::skala::Skala;
use crate::domain::{Galat, Predikat, PredikatOrganisasi, Rating};
use std::collections::BTreeSet;

/// Rules the engine explains with; each must be described in `aturan`.
pub const ATURAN_WAJIB: [&str; 23] = [
    "kuadran",
    "saran_rating_hasil",
    "rating_pimpinan_unit",
    "capaian_iki",
    "capaian_iki_makin_kecil",
    "capaian_iki_rentang",
    "nilai_capaian_iki_2021",
    "pp30_nilai_kinerja",
    "perka2013_kegiatan",
    "perka2013_skp",
    "perka2013_prestasi",
    "distribusi_se3_2023",
    "angka_kredit",
    "angka_kredit_kumulatif",
    "penghargaan_kandidat",
    "skm_ikm",
    "kompetensi_jpm",
    "jp_tahunan",
    "talenta_9box",
    "pejabat_penilai",
    "nip",
    "akumulasi_bawaan",
    "lampiran_bukti",
];

pub(super) fn galat(kode: &str, bagian: &str, nilai: impl ToString) -> Galat {
    Galat::baru(kode)
        .dengan("bagian", bagian)
        .dengan("nilai", nilai)
}

pub(super) fn wajib_label(rb: &Rulebook, key: &str, bagian: &str) -> Result<(), Galat> {
    if rb.label.contains_key(key) {
        Ok(())
    } else {
        Err(galat("label_hilang", bagian, key))
    }
}

pub(super) fn unik<'a>(kode: impl Iterator<Item = &'a String>, bagian: &str) -> Result<(), Galat> {
    let mut lihat = BTreeSet::new();
    for k in kode {
        if !lihat.insert(k) {
            return Err(galat("kode_ganda", bagian, k));
        }
    }
    Ok(())
}

fn skala(rb: &Rulebook, s: &Skala, bagian: &str) -> Result<(), Galat> {
    s.periksa(bagian)?;
    for p in &s.0 {
        wajib_label(rb, &p.label, bagian)?;
        for k in p.syarat.iter().chain(&p.jika_tidak) {
            wajib_label(rb, k, bagian)?;
        }
    }
    Ok(())
}

fn bobot_satu(skp: f64, perilaku: f64, bagian: &str) -> Result<(), Galat> {
    if (skp + perilaku - 1.0).abs() > 1e-9 || skp < 0.0 || perilaku < 0.0 {
        return Err(galat("bobot_tidak_satu", bagian, skp + perilaku));
    }
    Ok(())
}

fn porsi(p: f64, bagian: &str) -> Result<(), Galat> {
    if (0.0..=1.0).contains(&p) {
        Ok(())
    } else {
        Err(galat("porsi_tidak_sah", bagian, p))
    }
}

pub fn periksa(rb: &Rulebook) -> Result<(), Galat> {
    if rb.id.trim().is_empty() {
        return Err(galat("nilai_tidak_sah", "id", ""));
    }
    for (k, Label { id, en }) in &rb.label {
        if id.trim().is_empty() || en.trim().is_empty() {
            return Err(galat("label_kosong", "label", k));
        }
    }
    for a in ATURAN_WAJIB {
        if !rb.aturan.contains_key(a) {
            return Err(galat("aturan_hilang", "aturan", a));
        }
    }
    for r in Rating::SEMUA {
        wajib_label(rb, &r.label_key(), "rating")?;
    }
    for p in Predikat::SEMUA {
        wajib_label(rb, &p.label_key(), "predikat")?;
    }
    for p in PredikatOrganisasi::SEMUA {
        wajib_label(rb, &p.label_key(), "predikat_organisasi")?;
    }
    kuadran(rb)?;
    for o in PredikatOrganisasi::SEMUA {
        if !rb.rating_pimpinan_unit.contains_key(&o) {
            return Err(galat(
                "peta_tidak_lengkap",
                "rating_pimpinan_unit",
                o.kode(),
            ));
        }
        let syarat = rb
            .distribusi
            .syarat
            .get(&o)
            .ok_or_else(|| galat("peta_tidak_lengkap", "distribusi", o.kode()))?;
        for s in syarat {
            use super::SyaratDistribusi::*;
            if let MinPorsi { porsi: p, .. } | MaksPorsi { porsi: p, .. } = s {
                porsi(*p, "distribusi")?;
            }
        }
    }
    let s = &rb.saran_rating_hasil;
    porsi(s.ambang_sebagian_besar, "saran_rating_hasil")?;
    porsi(s.sesuai_maks_porsi_utama_dibawah, "saran_rating_hasil")?;
    skala(
        rb,
        &rb.nilai_capaian_iki_2021.skala,
        "nilai_capaian_iki_2021",
    )?;
    wajib_label(
        rb,
        &rb.nilai_capaian_iki_2021.label_target_maksimal,
        "nilai_capaian_iki_2021",
    )?;
    skala(rb, &rb.pp_30_2019.predikat, "pp_30_2019")?;
    bobot_satu(
        rb.pp_30_2019.bobot_tanpa_360.skp,
        rb.pp_30_2019.bobot_tanpa_360.perilaku,
        "pp_30_2019",
    )?;
    bobot_satu(
        rb.pp_30_2019.bobot_dengan_360.skp,
        rb.pp_30_2019.bobot_dengan_360.perilaku,
        "pp_30_2019",
    )?;
    let pk = &rb.perka_bkn_1_2013;
    skala(rb, &pk.predikat, "perka_bkn_1_2013")?;
    bobot_satu(
        pk.bobot_prestasi.skp,
        pk.bobot_prestasi.perilaku,
        "perka_bkn_1_2013",
    )?;
    if !(pk.faktor.is_finite() && pk.faktor > 0.0) {
        return Err(galat("nilai_tidak_sah", "perka_bkn_1_2013", pk.faktor));
    }
    jabatan_dan_golongan(rb)?;
    let ak = &rb.angka_kredit;
    for p in Predikat::SEMUA {
        if !ak.persen.contains_key(&p) {
            return Err(galat("peta_tidak_lengkap", "angka_kredit", p.kode()));
        }
    }
    for k in ak.koefisien.keys() {
        if !rb.jabatan.iter().any(|j| j.kode == *k) {
            return Err(galat("rujukan_tidak_dikenal", "angka_kredit", k));
        }
    }
    if ak.bulan_setahun == 0 {
        return Err(galat("nilai_tidak_sah", "angka_kredit", 0));
    }
    // A requirement names a jenjang that earns angka kredit, and is a count of them.
    for (j, k) in &ak.kebutuhan {
        if !ak.koefisien.contains_key(j) {
            return Err(galat("rujukan_tidak_dikenal", "angka_kredit.kebutuhan", j));
        }
        for x in std::iter::once(k.pangkat).chain(k.jenjang) {
            if !(x.is_finite() && x >= 0.0) {
                return Err(galat("nilai_tidak_sah", "angka_kredit.kebutuhan", x));
            }
        }
    }
    skm(rb)?;
    kompetensi_dan_pengembangan(rb)?;
    talenta(rb)?;
    super::periksa_akumulasi::periksa(rb)?;
    super::periksa_kinerja_rendah::periksa(rb)?;
    if JenisPeriode::dari_kode(&rb.periode_evaluasi_default).is_none() {
        return Err(galat(
            "nilai_tidak_sah",
            "periode_evaluasi_default",
            &rb.periode_evaluasi_default,
        ));
    }
    Ok(())
}

fn kuadran(rb: &Rulebook) -> Result<(), Galat> {
    for h in Rating::SEMUA {
        for p in Rating::SEMUA {
            if rb.kuadran.get(&h).and_then(|b| b.get(&p)).is_none() {
                return Err(galat(
                    "kuadran_sel_hilang",
                    "kuadran",
                    format!("{} × {}", h.kode(), p.kode()),
                ));
            }
        }
    }
    // A lower rating must never give a better predikat.
    for h in Rating::SEMUA {
        for p in Rating::SEMUA {
            let sel = rb.kuadran[&h][&p];
            for h2 in Rating::SEMUA.into_iter().filter(|x| *x <= h) {
                for p2 in Rating::SEMUA.into_iter().filter(|x| *x <= p) {
                    if rb.kuadran[&h2][&p2] > sel {
                        return Err(galat(
                            "kuadran_tidak_monoton",
                            "kuadran",
                            format!("{} × {}", h2.kode(), p2.kode()),
                        ));
                    }
                }
            }
        }
    }
    Ok(())
}

fn jabatan_dan_golongan(rb: &Rulebook) -> Result<(), Galat> {
    unik(rb.golongan.iter().map(|g| &g.kode), "golongan")?;
    for g in &rb.golongan {
        if let Some(p) = &g.pangkat {
            wajib_label(rb, p, "golongan")?;
        }
    }
    unik(rb.jabatan.iter().map(|j| &j.kode), "jabatan")?;
    for j in &rb.jabatan {
        wajib_label(rb, &format!("jenjang.{}", j.kode), "jabatan")?;
        for r in j.penilai.iter().chain(&j.atasan_penilai) {
            if !rb.jabatan.iter().any(|x| x.kode == *r) {
                return Err(galat("rujukan_tidak_dikenal", "jabatan", r));
            }
        }
    }
    unik(rb.perspektif.iter(), "perspektif")?;
    for p in &rb.perspektif {
        wajib_label(rb, &format!("perspektif.{p}"), "perspektif")?;
    }
    unik(rb.berakhlak.iter().map(|b| &b.kode), "berakhlak")?;
    for b in &rb.berakhlak {
        wajib_label(rb, &format!("berakhlak.{}", b.kode), "berakhlak")?;
        for p in &b.panduan {
            wajib_label(rb, p, "berakhlak")?;
        }
    }
    Ok(())
}

fn skm(rb: &Rulebook) -> Result<(), Galat> {
    let s = &rb.skm;
    if s.unsur.is_empty() {
        return Err(galat("nilai_tidak_sah", "skm.unsur", "[]"));
    }
    unik(s.unsur.iter(), "skm.unsur")?;
    for u in &s.unsur {
        wajib_label(rb, &format!("unsur.{u}"), "skm")?;
    }
    if s.jawaban_min >= s.jawaban_maks {
        return Err(galat(
            "nilai_tidak_sah",
            "skm.jawaban",
            format!("{}–{}", s.jawaban_min, s.jawaban_maks),
        ));
    }
    if let super::BobotSkm::Tetap(b) = s.bobot {
        if !(b.is_finite() && b > 0.0) {
            return Err(galat("nilai_tidak_sah", "skm.bobot", b));
        }
    }
    skala(rb, &s.mutu, "skm.mutu")?;
    for x in [s.jawaban_min as f64, s.jawaban_maks as f64] {
        if s.mutu.cari(x).is_none() {
            return Err(galat("skala_tidak_mencakup", "skm.mutu", x));
        }
    }
    Ok(())
}

fn kompetensi_dan_pengembangan(rb: &Rulebook) -> Result<(), Galat> {
    let k = &rb.kompetensi;
    unik(k.manajerial.iter().chain(&k.sosial_kultural), "kompetensi")?;
    for kode in k.manajerial.iter().chain(&k.sosial_kultural) {
        wajib_label(rb, &format!("kompetensi.{kode}"), "kompetensi")?;
    }
    if k.level_min >= k.level_maks {
        return Err(galat("nilai_tidak_sah", "kompetensi.level", k.level_maks));
    }
    for (j, l) in &k.standar_default {
        if !rb.jabatan.iter().any(|x| x.kode == *j) {
            return Err(galat(
                "rujukan_tidak_dikenal",
                "kompetensi.standar_default",
                j,
            ));
        }
        if *l < k.level_min || *l > k.level_maks {
            return Err(galat("nilai_tidak_sah", "kompetensi.standar_default", l));
        }
    }
    skala(rb, &k.jpm, "kompetensi.jpm")?;
    let p = &rb.pengembangan;
    if !(p.menit_per_jp.is_finite() && p.menit_per_jp > 0.0) {
        return Err(galat(
            "nilai_tidak_sah",
            "pengembangan.menit_per_jp",
            p.menit_per_jp,
        ));
    }
    for j in p.jp_minimum.keys() {
        wajib_label(rb, &format!("jenis_pegawai.{j}"), "pengembangan")?;
    }
    unik(p.bentuk.iter().map(|b| &b.kode), "pengembangan.bentuk")?;
    for b in &p.bentuk {
        if b.jalur != "klasikal" && b.jalur != "nonklasikal" {
            return Err(galat("nilai_tidak_sah", "pengembangan.bentuk", &b.jalur));
        }
        wajib_label(rb, &format!("bentuk.{}", b.kode), "pengembangan")?;
    }
    Ok(())
}

fn talenta(rb: &Rulebook) -> Result<(), Galat> {
    let t = &rb.talenta;
    let mut semua: Vec<u8> = t.kotak.iter().flatten().copied().collect();
    semua.sort_unstable();
    if semua != (1..=9).collect::<Vec<u8>>() {
        return Err(galat(
            "kotak_tidak_lengkap",
            "talenta.kotak",
            format!("{semua:?}"),
        ));
    }
    for p in Predikat::SEMUA {
        if !t.kinerja_dari_predikat.contains_key(&p) {
            return Err(galat(
                "peta_tidak_lengkap",
                "talenta.kinerja_dari_predikat",
                p.kode(),
            ));
        }
    }
    for n in 1..=9u8 {
        let tl = t
            .tindak_lanjut
            .get(&n)
            .ok_or_else(|| galat("peta_tidak_lengkap", "talenta.tindak_lanjut", n))?;
        for k in tl {
            wajib_label(rb, k, "talenta.tindak_lanjut")?;
        }
        wajib_label(rb, &format!("kotak.{n}"), "talenta")?;
    }
    for band in t.potensial_dari_jpm.keys() {
        if !rb.kompetensi.jpm.0.iter().any(|p| p.label == *band) {
            return Err(galat(
                "peta_tidak_lengkap",
                "talenta.potensial_dari_jpm",
                band,
            ));
        }
    }
    if t.tahun_kinerja == 0 {
        return Err(galat("nilai_tidak_sah", "talenta.tahun_kinerja", 0));
    }
    Ok(())
}
