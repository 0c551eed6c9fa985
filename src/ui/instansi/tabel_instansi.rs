//! The agency screens' tables as data ([`Tabel`]): the summary, the units, a unit's pegawai and
//! the low performers. Shown on screen and written as CSV from the same rows, so a file holds
//! what the screen shows. Pure, tested natively.

use super::papan::Papan;
use super::teks::TeksInstansi;
use crate::domain::explain::format_angka;
use crate::domain::kinerja_rendah::KinerjaRendah;
use crate::domain::rekap_instansi::{BarisPegawai, Ringkasan, StatusSkpRekap};
use crate::domain::{Bahasa, Predikat, Rulebook};
use crate::ui::route::Route;
use crate::ui::tabel::{Sel, Tabel};

/// Predikat best first, as SE 3/2023 and the documents list them.
pub const PREDIKAT_URUT: [Predikat; 5] = [
    Predikat::SangatBaik,
    Predikat::Baik,
    Predikat::ButuhPerbaikan,
    Predikat::KurangMisconduct,
    Predikat::SangatKurang,
];

fn label(rb: &Rulebook, key: &str, b: Bahasa) -> String {
    rb.teks(key, b).to_string()
}

/// One figure per line: pegawai, SKP status, evaluations, predikat.
pub fn tabel_ringkasan(r: &Ringkasan, rb: &Rulebook, t: &TeksInstansi, b: Bahasa) -> Tabel {
    let mut x = Tabel::baru(&[t.kolom_ukuran, t.kolom_jumlah]);
    let mut baris = |nama: String, n: usize| x.tambah(vec![Sel::Teks(nama), Sel::angka(n)], None);
    baris(t.kolom_pegawai.into(), r.jumlah_pegawai);
    for s in StatusSkpRekap::SEMUA {
        let nama = format!("{}: {}", t.status_skp, label(rb, &s.label_key(), b));
        baris(nama, r.jumlah_status(s));
    }
    baris(t.evaluasi_selesai.into(), r.evaluasi_selesai);
    baris(t.evaluasi_wajib.into(), r.evaluasi_wajib);
    for p in PREDIKAT_URUT {
        let nama = format!("{}: {}", t.predikat, label(rb, &p.label_key(), b));
        baris(nama, r.jumlah_predikat(p));
    }
    x
}

fn kolom_angka(t: &TeksInstansi, rb: &Rulebook, b: Bahasa) -> Vec<String> {
    let mut k = vec![t.kolom_pegawai.to_string()];
    k.extend(StatusSkpRekap::SEMUA.map(|s| label(rb, &s.label_key(), b)));
    k.push(t.evaluasi_selesai.into());
    k.push(t.evaluasi_wajib.into());
    k.extend(PREDIKAT_URUT.map(|p| label(rb, &p.label_key(), b)));
    k
}

fn sel_angka(r: &Ringkasan) -> Vec<Sel> {
    let mut v = vec![Sel::angka(r.jumlah_pegawai)];
    v.extend(StatusSkpRekap::SEMUA.map(|s| Sel::angka(r.jumlah_status(s))));
    v.push(Sel::angka(r.evaluasi_selesai));
    v.push(Sel::angka(r.evaluasi_wajib));
    v.extend(PREDIKAT_URUT.map(|p| Sel::angka(r.jumlah_predikat(p))));
    v
}

/// Every unit with its figures (sub-units included), its predikat organisasi and how many
/// SE 3/2023 rules it breaks; then the pegawai of no known unit, then the whole agency.
pub fn tabel_unit(p: &Papan, rb: &Rulebook, t: &TeksInstansi, b: Bahasa) -> Tabel {
    let mut k = vec![t.kolom_unit.to_string(), t.kolom_kode.to_string()];
    k.extend(kolom_angka(t, rb, b));
    k.push(t.predikat_organisasi.into());
    k.push(t.kolom_dilanggar.into());
    let mut x = Tabel::dari_kolom(k);
    for (i, u) in p.unit.iter().enumerate() {
        let r = &p.rekap.unit[i];
        let mut v = vec![Sel::Teks(p.jalur[i].clone()), Sel::Teks(u.kode.clone())];
        v.extend(sel_angka(&r.ringkasan));
        v.push(Sel::Teks(
            r.predikat
                .as_ref()
                .map(|x| label(rb, &x.predikat.label_key(), b))
                .unwrap_or_default(),
        ));
        v.push(match &r.distribusi {
            Some(Ok(h)) => Sel::angka(h.nilai.pelanggaran.len()),
            Some(Err(_)) => Sel::teks(t.belum_dinilai),
            None => Sel::teks(""),
        });
        x.tambah(v, Some(Route::InstansiUnit(u.id.clone()).href()));
    }
    let mut akhir = |nama: &str, r: &Ringkasan, tautan: Option<String>| {
        let mut v = vec![Sel::teks(nama), Sel::teks("")];
        v.extend(sel_angka(r));
        v.extend([Sel::teks(""), Sel::teks("")]);
        x.tambah(v, tautan);
    };
    if p.rekap.tanpa_unit.jumlah_pegawai > 0 {
        akhir(
            t.tanpa_unit,
            &p.rekap.tanpa_unit,
            Some(Route::InstansiUnit("-".into()).href()),
        );
    }
    akhir(t.seluruh_instansi, &p.rekap.instansi, None);
    x
}

/// A pegawai's evaluation for the period in words: done, due or not yet.
fn status_evaluasi(b: &BarisPegawai, t: &TeksInstansi) -> &'static str {
    match (b.predikat.is_some(), b.wajib) {
        (true, _) => t.evaluasi_sudah,
        (false, true) => t.evaluasi_jatuh_tempo,
        (false, false) => t.evaluasi_belum,
    }
}

/// The pegawai rows, each linking to the pegawai's read-only record.
pub fn tabel_pegawai(
    p: &Papan,
    baris: &[BarisPegawai],
    rb: &Rulebook,
    t: &TeksInstansi,
    b: Bahasa,
) -> Tabel {
    let mut x = Tabel::baru(&[
        t.kolom_nip,
        t.kolom_nama,
        t.kolom_jabatan,
        t.kolom_unit,
        t.status_skp,
        t.kolom_evaluasi,
        t.predikat,
    ]);
    for r in baris {
        let unit = p.nama_unit(r).map(str::to_string).unwrap_or_else(|| {
            crate::ui::i18n::isi(t.unit_tak_dikenal, &[("nama", &r.unit_kerja)])
        });
        x.tambah(
            vec![
                Sel::Teks(r.nip.clone()),
                Sel::Teks(r.nama.clone()),
                Sel::Teks(r.jabatan.clone()),
                Sel::Teks(unit),
                Sel::Teks(label(rb, &r.status.label_key(), b)),
                Sel::teks(status_evaluasi(r, t)),
                Sel::Teks(
                    r.predikat
                        .map(|x| label(rb, &x.label_key(), b))
                        .unwrap_or_default(),
                ),
            ],
            Some(Route::InstansiPegawai(r.nip.clone()).href()),
        );
    }
    x
}

/// The low performers with what the rulebook says to do and what their dialogs named.
pub fn tabel_rendah(
    p: &Papan,
    daftar: &[KinerjaRendah],
    rb: &Rulebook,
    t: &TeksInstansi,
    b: Bahasa,
) -> Tabel {
    let mut x = Tabel::baru(&[
        t.kolom_nip,
        t.kolom_nama,
        t.kolom_unit,
        t.predikat,
        t.kolom_berturut,
        t.kolom_berulang,
        t.kolom_tindak_lanjut,
        t.kolom_ak,
        t.kolom_ak_baik,
        t.kolom_kendala,
    ]);
    for k in daftar {
        let baris = p.rekap.pegawai.iter().find(|r| r.nip == k.nip);
        let ak = |v: Option<f64>| v.map(Sel::Angka).unwrap_or_else(|| Sel::teks(""));
        let desimal = rb.angka_kredit.desimal;
        let bulat = |x: &crate::domain::Pecahan| x.bulatkan(desimal).ok().map(|x| x.ke_f64());
        x.tambah(
            vec![
                Sel::Teks(k.nip.clone()),
                Sel::Teks(baris.map(|r| r.nama.clone()).unwrap_or_default()),
                Sel::Teks(
                    baris
                        .and_then(|r| p.nama_unit(r))
                        .unwrap_or_default()
                        .to_string(),
                ),
                Sel::Teks(label(rb, &k.predikat.label_key(), b)),
                Sel::Angka(k.berturut as f64),
                Sel::teks(if k.berulang { t.ya } else { t.tidak }),
                Sel::Teks(
                    k.tindak_lanjut
                        .iter()
                        .map(|l| label(rb, l, b))
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                ak(k.angka_kredit
                    .as_ref()
                    .and_then(|a| bulat(&a.diperoleh.nilai))),
                ak(k.angka_kredit.as_ref().and_then(|a| bulat(&a.jika_baik))),
                Sel::Teks(
                    k.kendala
                        .iter()
                        .map(|d| {
                            format!("{}: {}", crate::ui::format::tanggal(d.tanggal), d.kendala)
                        })
                        .collect::<Vec<_>>()
                        .join(" | "),
                ),
            ],
            Some(Route::InstansiPegawai(k.nip.clone()).href()),
        );
    }
    x
}

/// "12,5 %": a share of `n` for the summary lines.
pub fn persen(bagian: usize, n: usize, b: Bahasa) -> String {
    if n == 0 {
        return "—".into();
    }
    format!("{} %", format_angka(bagian as f64 * 100.0 / n as f64, b))
}
