//! Low performers of a period (PermenPANRB 6/2022, tindak lanjut hasil evaluasi): pegawai
//! whose predikat the rulebook counts as low (Butuh Perbaikan, Kurang/Misconduct, Sangat
//! Kurang), flagged more strongly when it repeats in consecutive periods of the same kind
//! (each period's predikat the one the dashboard shows: that of the period's own SKP),
//! each with the rulebook's follow-up, for a jabatan fungsional the angka kredit the predikat
//! gives against Baik, and the obstacles (kendala) their dialog kinerja recorded.

use super::angka_kredit::angka_kredit;
use super::evaluasi::Periode;
use super::progres::DialogKinerja;
use super::rekap_instansi::{evaluasi_periode, EvaluasiRekap, MasukanRekap, RekapInstansi};
use super::skp::Skp;
use super::{Explained, Pecahan, Penjelasan, Predikat, Rulebook};
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq)]
pub struct KinerjaRendah {
    pub nip: String,
    pub predikat: Predikat,
    /// Consecutive periods up to this one with a low predikat (this one included).
    pub berturut: u32,
    /// `berturut` reached the rulebook's threshold.
    pub berulang: bool,
    /// Label keys of the follow-up, in the rulebook's order.
    pub tindak_lanjut: Vec<String>,
    /// For a jabatan fungsional: the period's angka kredit with this predikat and with Baik.
    pub angka_kredit: Option<DampakAngkaKredit>,
    /// From their dialog kinerja in the period's year up to its end, newest first.
    pub kendala: Vec<Kendala>,
    pub penjelasan: Penjelasan,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DampakAngkaKredit {
    pub bulan: u32,
    pub diperoleh: Explained<Pecahan>,
    pub jika_baik: Pecahan,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kendala {
    pub tanggal: NaiveDate,
    pub kendala: String,
    pub langkah: String,
}

/// The low performers of `rekap`'s period: repeated ones first, then the worst predikat, then
/// the longest run, then the dashboard's order.
/// `masukan`: the dashboards' inputs `rekap` was counted from; each earlier period of the run
/// reads its evaluations paired as the dashboard pairs them ([`evaluasi_periode`]).
pub fn kinerja_rendah(
    rb: &Rulebook,
    rekap: &RekapInstansi,
    masukan: &MasukanRekap,
    skp: &[&Skp],
    dialog: &[&DialogKinerja],
) -> Vec<KinerjaRendah> {
    let aturan = &rb.kinerja_rendah;
    let periode = rekap.periode;
    let rendah = |p: Predikat| aturan.predikat.contains(&p);
    // Each earlier period's evaluations, paired once for everyone whose run reaches it.
    let mut riwayat: HashMap<Periode, HashMap<&str, &EvaluasiRekap>> = HashMap::new();
    let akhir = periode.rentang().map(|(_, b)| b);
    let pemilik: HashMap<&str, &str> = skp
        .iter()
        .map(|s| (s.id.as_str(), s.pegawai_nip.as_str()))
        .collect();
    let mut kendala_dari: HashMap<&str, Vec<Kendala>> = HashMap::new();
    for d in dialog {
        let dalam = Some(d.tanggal) <= akhir && d.tanggal.year() == periode.tahun;
        if d.kendala.trim().is_empty() || !dalam {
            continue;
        }
        if let Some(nip) = pemilik.get(d.skp_id.as_str()) {
            kendala_dari.entry(nip).or_default().push(Kendala {
                tanggal: d.tanggal,
                kendala: d.kendala.trim().to_string(),
                langkah: d.langkah_disepakati.trim().to_string(),
            });
        }
    }
    let mut hasil: Vec<KinerjaRendah> = rekap
        .pegawai
        .iter()
        .filter_map(|b| Some((b, b.predikat.filter(|p| rendah(*p))?)))
        .map(|(b, predikat)| {
            let mut berturut = 1;
            let mut kini = periode.sebelumnya();
            // Bounded by the stored evaluations: the run stops at the first gap.
            loop {
                let ev = riwayat
                    .entry(kini)
                    .or_insert_with(|| evaluasi_periode(masukan, kini));
                match ev.get(b.nip.as_str()) {
                    Some(e) if rendah(e.predikat(rb).nilai) => {}
                    _ => break,
                }
                berturut += 1;
                kini = kini.sebelumnya();
            }
            let berulang = berturut >= aturan.ambang_berulang;
            // The months of the period the pegawai's SKP covers (one who joined in its last
            // quarter earns for three months, as the angka kredit screen counts them).
            let bulan = b
                .skp_id
                .as_deref()
                .and_then(|id| skp.iter().find(|s| s.id == id))
                .and_then(|s| periode.dalam_skp(s))
                .map_or(periode.jenis.bulan(), |(a, z)| {
                    super::angka_kredit_tahunan::bulan_tercakup(a, z)
                });
            let angka_kredit =
                angka_kredit(rb, &b.jenjang, predikat, bulan)
                    .ok()
                    .and_then(|diperoleh| {
                        let baik = angka_kredit(rb, &b.jenjang, Predikat::Baik, bulan).ok()?;
                        Some(DampakAngkaKredit {
                            bulan,
                            diperoleh,
                            jika_baik: baik.nilai,
                        })
                    });
            let mut tindak_lanjut = aturan
                .tindak_lanjut
                .get(&predikat)
                .cloned()
                .unwrap_or_default();
            if berulang {
                tindak_lanjut.extend(aturan.tindak_lanjut_berulang.iter().cloned());
            }
            if angka_kredit.is_some() {
                tindak_lanjut.extend(aturan.tindak_lanjut_jf.iter().cloned());
            }
            let mut kendala = kendala_dari.remove(b.nip.as_str()).unwrap_or_default();
            kendala.sort_by_key(|k| std::cmp::Reverse(k.tanggal));
            let penjelasan = Penjelasan::baru(rb, "kinerja_rendah")
                .label("butir.predikat", predikat.label_key())
                .angka("butir.ambang_berulang", aturan.ambang_berulang as f64)
                .langkah("butir.periode_berturut", berturut as f64);
            KinerjaRendah {
                nip: b.nip.clone(),
                predikat,
                berturut,
                berulang,
                tindak_lanjut,
                angka_kredit,
                kendala,
                penjelasan,
            }
        })
        .collect();
    hasil.sort_by(|a, b| {
        (!a.berulang, a.predikat, std::cmp::Reverse(a.berturut)).cmp(&(
            !b.berulang,
            b.predikat,
            std::cmp::Reverse(b.berturut),
        ))
    });
    hasil
}

#[cfg(test)]
#[path = "kinerja_rendah_tests.rs"]
mod tests;
