//! The batch's total over every file: files, records per action, files to look at.

use crate::bundle::gabung::Tindakan;
use crate::store::impor::{Kumpulan, Laporan};
use crate::ui::i18n::isi;

/// `template` (the screen's `total`) filled with the batch's counts.
pub(super) fn teks_total(k: &Kumpulan, template: &str) -> String {
    const AKSI: [(&str, Tindakan); 5] = [
        ("tambah", Tindakan::Tambah),
        ("perbarui", Tindakan::Perbarui),
        ("gabung", Tindakan::Gabung),
        ("konflik", Tindakan::Konflik),
        ("tolak", Tindakan::Ditolak),
    ];
    let mut per = [0usize; 5];
    let mut masalah = 0;
    for b in k.berkas() {
        masalah += usize::from(b.laporan.ada_masalah());
        if let Laporan::Rencana(r) = &b.laporan {
            for (n, (_, t)) in per.iter_mut().zip(AKSI) {
                *n += r.jumlah(t);
            }
        }
    }
    let angka: Vec<(&str, String)> = [("berkas", k.berkas().len()), ("masalah", masalah)]
        .into_iter()
        .chain(AKSI.iter().map(|(nama, _)| *nama).zip(per))
        .map(|(nama, n)| (nama, n.to_string()))
        .collect();
    let pasangan: Vec<(&str, &str)> = angka.iter().map(|(k, v)| (*k, v.as_str())).collect();
    isi(template, &pasangan)
}
