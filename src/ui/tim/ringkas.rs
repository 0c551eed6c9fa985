//! The pejabat penilai's team at a glance, computed from the stored records: per bawahan SKP
//! the capaian so far, the last realisasi date and the latest evaluation's predikat; and every
//! obstacle raised in dialog kinerja, newest first; and the latest tanggapan a bawahan wrote
//! on an evaluation. Pure, so it is tested natively.

use crate::domain::evaluasi::Periode;
use crate::domain::progres::{capaian_rata_rata, DialogKinerja};
use crate::domain::skp::Skp;
use crate::domain::{Explained, Pecahan, Predikat, Rulebook};
use crate::store::kinerja::DataKinerja;
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub struct BarisTim {
    pub skp: Skp,
    pub revisi: u64,
    pub nama: String,
    pub capaian: Option<Explained<Pecahan>>,
    pub realisasi_terakhir: Option<NaiveDate>,
    pub predikat_terakhir: Option<Predikat>,
    pub tanggapan: Option<TanggapanTim>,
}

/// The newest evaluation of an SKP that the bawahan answered, and the start of the answer.
#[derive(Clone, Debug, PartialEq)]
pub struct TanggapanTim {
    pub evaluasi_id: String,
    pub periode: Periode,
    pub tanggal: NaiveDate,
    pub cuplikan: String,
}

/// How many characters of a tanggapan the team table shows; the evaluation has it whole.
pub const PANJANG_CUPLIKAN: usize = 80;

/// The first `n` characters of `teks` on one line, cut at a space where there is one in the
/// last third, with "…" when something was left out.
pub fn cuplikan(teks: &str, n: usize) -> String {
    let satu_baris = teks.split_whitespace().collect::<Vec<_>>().join(" ");
    if satu_baris.chars().count() <= n {
        return satu_baris;
    }
    let potong: String = satu_baris.chars().take(n).collect();
    let batas = potong
        .rfind(' ')
        .filter(|&i| potong[..i].chars().count() >= n * 2 / 3)
        .unwrap_or(potong.len());
    format!("{}…", potong[..batas].trim_end())
}

/// Every SKP in storage that is not the person's own (`saya` = their NIP).
pub fn baris_tim(
    rb: &Rulebook,
    data: &DataKinerja,
    saya: &str,
    hari_ini: NaiveDate,
) -> Vec<BarisTim> {
    data.skp_dinilai(saya)
        .map(|s| {
            let entri = data.realisasi_skp(&s.isi.id);
            BarisTim {
                nama: data.nama(&s.isi.pegawai_nip),
                capaian: capaian_rata_rata(rb, &s.isi, &entri, hari_ini),
                realisasi_terakhir: entri.iter().map(|r| r.tanggal).max(),
                // Newest period first, so the first is the latest.
                predikat_terakhir: data
                    .evaluasi_skp(&s.isi.id)
                    .first()
                    .map(|e| e.isi.predikat(rb).nilai),
                tanggapan: data.evaluasi_skp(&s.isi.id).into_iter().find_map(|e| {
                    let t = e.isi.tanggapan.as_ref()?;
                    Some(TanggapanTim {
                        evaluasi_id: e.isi.id.clone(),
                        periode: e.isi.periode,
                        tanggal: t.tanggal,
                        cuplikan: cuplikan(&t.isi, PANJANG_CUPLIKAN),
                    })
                }),
                skp: s.isi.clone(),
                revisi: s.revisi,
            }
        })
        .collect()
}

/// Dialogs of bawahan that recorded an obstacle, with the bawahan's name, newest first.
pub fn kendala_tim(data: &DataKinerja, saya: &str) -> Vec<(String, DialogKinerja)> {
    let mut v: Vec<(String, DialogKinerja)> = data
        .dialog
        .semua()
        .iter()
        .map(|d| &d.isi)
        .filter(|d| !d.kendala.trim().is_empty())
        .filter_map(|d| {
            let skp = data.skp_id(&d.skp_id)?;
            (skp.isi.pegawai_nip != saya).then(|| (data.nama(&skp.isi.pegawai_nip), d.clone()))
        })
        .collect();
    v.sort_by_key(|(_, d)| std::cmp::Reverse(d.tanggal));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::evaluasi::{Evaluasi, JenisPeriode, Tanggapan};
    use crate::domain::kuadran::RatingDitetapkan;
    use crate::domain::progres::Realisasi;
    use crate::domain::skp::{Aspek, Iki, JenisRhk, JenisSkp, Pendekatan, Rhk, Target};
    use crate::domain::Rating;
    use crate::store::kinerja::Tersimpan;
    use crate::store::kinerja::Tertunda;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn t<T>(isi: T) -> Tersimpan<T> {
        Tersimpan { isi, revisi: 1 }
    }

    fn data() -> DataKinerja {
        let mut s = Skp::baru(
            "s",
            "2",
            JenisSkp::JaJf,
            Pendekatan::Kuantitatif,
            d(1, 1),
            d(12, 31),
        );
        s.rhk.push(Rhk {
            id: "r".into(),
            jenis: JenisRhk::Utama,
            uraian: "RHK".into(),
            rhk_atasan_id: None,
            rhk_atasan_uraian: String::new(),
            penugasan_dari: String::new(),
            perspektif: None,
            iki: vec![Iki {
                id: "i".into(),
                aspek: Aspek::Kuantitas,
                indikator: "Jumlah".into(),
                target: Target::Angka {
                    nilai: 4.0,
                    satuan: "dokumen".into(),
                },
                akumulasi: Default::default(),
                akumulasi_dipilih: false,
            }],
        });
        let own = Skp::baru(
            "o",
            "1",
            JenisSkp::JaJf,
            Pendekatan::Kuantitatif,
            d(1, 1),
            d(12, 31),
        );
        let r = |id: &str, tanggal| Realisasi {
            id: id.into(),
            skp_id: "s".into(),
            iki_id: "i".into(),
            tanggal,
            nilai: Some(1.0),
            catatan: String::new(),
            bukti: vec![],
        };
        let ev = |ke, hasil| Evaluasi {
            id: format!("e{ke}"),
            skp_id: "s".into(),
            pegawai_nip: "2".into(),
            penilai_nip: "1".into(),
            periode: Periode {
                jenis: JenisPeriode::Bulanan,
                tahun: 2026,
                ke,
            },
            tanggal: d(ke, 28),
            rating_rhk: vec![],
            rating_hasil: RatingDitetapkan {
                rating: hasil,
                saran: None,
                justifikasi: String::new(),
            },
            perilaku: vec![],
            rating_perilaku: Rating::SesuaiEkspektasi,
            capaian_organisasi: None,
            pimpinan_unit: false,
            tanggapan: None,
        };
        let dialog = |tanggal, kendala: &str| DialogKinerja {
            id: format!("d{tanggal}"),
            skp_id: "s".into(),
            tanggal,
            peserta: vec!["A".into()],
            capaian: String::new(),
            kendala: kendala.into(),
            langkah_disepakati: "Rapat".into(),
            tindak_lanjut: None,
        };
        let mut data = DataKinerja {
            skp: vec![t(s), t(own)],
            realisasi: vec![t(r("a", d(2, 3))), t(r("b", d(3, 9)))],
            evaluasi: vec![
                t(ev(3, Rating::DibawahEkspektasi)),
                t(ev(2, Rating::DiatasEkspektasi)),
            ],
            dialog: Tertunda::dari_isi(vec![
                t(dialog(d(2, 1), "Data terlambat")),
                t(dialog(d(3, 1), "")),
                t(dialog(d(4, 1), "Server mati")),
            ]),
            ..Default::default()
        };
        data.pegawai.push(t(crate::domain::pegawai::Pegawai {
            nip: "2".into(),
            nama: "Sari".into(),
            ..Default::default()
        }));
        data
    }

    #[test]
    fn a_row_per_bawahan_skp_with_capaian_last_entry_and_latest_predikat() {
        let rb = Rulebook::aktif();
        let b = baris_tim(rb, &data(), "1", d(12, 31));
        assert_eq!(b.len(), 1, "own SKP is not in the team");
        assert_eq!(b[0].nama, "Sari");
        assert_eq!(
            b[0].capaian.as_ref().unwrap().nilai,
            crate::domain::Pecahan::bulat(50)
        );
        assert_eq!(b[0].realisasi_terakhir, Some(d(3, 9)));
        // March (di bawah × sesuai) is the latest: Butuh Perbaikan.
        assert_eq!(b[0].predikat_terakhir, Some(Predikat::ButuhPerbaikan));
        assert_eq!(b[0].tanggapan, None, "nobody answered yet");
    }

    #[test]
    fn the_newest_answered_evaluation_gives_the_tanggapan_marker() {
        let rb = Rulebook::aktif();
        let mut data = data();
        // February (older) is answered, March (newest) not: February's is shown.
        let feb = data
            .evaluasi
            .iter_mut()
            .find(|e| e.isi.periode.ke == 2)
            .unwrap();
        feb.isi.tanggapan = Some(Tanggapan {
            tanggal: d(3, 2),
            isi: "Saya  setuju,\nakan saya perbaiki.".into(),
        });
        let b = baris_tim(rb, &data, "1", d(12, 31));
        let t = b[0].tanggapan.as_ref().expect("a tanggapan");
        assert_eq!(t.evaluasi_id, "e2");
        assert_eq!(t.periode.ke, 2);
        assert_eq!(t.tanggal, d(3, 2));
        assert_eq!(t.cuplikan, "Saya setuju, akan saya perbaiki.");
        // Once March is answered too, March's is the one.
        let mar = data
            .evaluasi
            .iter_mut()
            .find(|e| e.isi.periode.ke == 3)
            .unwrap();
        mar.isi.tanggapan = Some(Tanggapan {
            tanggal: d(4, 1),
            isi: "Keberatan".into(),
        });
        let b = baris_tim(rb, &data, "1", d(12, 31));
        assert_eq!(b[0].tanggapan.as_ref().unwrap().evaluasi_id, "e3");
    }

    #[test]
    fn a_long_tanggapan_is_cut_at_a_word_with_an_ellipsis() {
        assert_eq!(cuplikan("pendek", 80), "pendek");
        let panjang = "Saya keberatan dengan rating hasil kerja karena laporan bulan Maret sudah dikirim tepat waktu melalui surel";
        let c = cuplikan(panjang, 80);
        assert!(c.ends_with('…'), "{c}");
        assert!(c.chars().count() <= 81, "{c}");
        assert!(panjang.starts_with(c.trim_end_matches('…')), "{c}");
        assert!(!c.contains("  ") && !c.trim_end_matches('…').ends_with(' '));
        // Cut on a word boundary: the kept text ends where a word ends.
        let kept = c.trim_end_matches('…');
        assert_eq!(panjang[kept.len()..].chars().next(), Some(' '));
        // One long word is cut inside it rather than dropped.
        assert_eq!(
            cuplikan(&"a".repeat(100), 10),
            format!("{}…", "a".repeat(10))
        );
        // Multibyte text is cut on a character, never inside one.
        assert_eq!(cuplikan(&"é".repeat(20), 5), "ééééé…");
    }

    #[test]
    fn obstacles_are_listed_together_newest_first() {
        let k = kendala_tim(&data(), "1");
        let isi: Vec<&str> = k.iter().map(|(_, d)| d.kendala.as_str()).collect();
        assert_eq!(isi, ["Server mati", "Data terlambat"]);
        assert_eq!(k[0].0, "Sari");
        assert!(
            kendala_tim(&data(), "2").is_empty(),
            "own dialogs are not the team's"
        );
    }
}
