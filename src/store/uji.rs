//! Test fixtures that write records as the app does, shared by the screens' native tests.

use super::rekaman::{tulis_isi, JenisRecord};
use super::KvStore;
use crate::bundle::contoh;
use crate::domain::contoh_tests::nip;
use crate::domain::pengembangan::KegiatanPengembangan;
use chrono::NaiveDate;

/// One training per `(pegawai number for contoh_tests::nip, JP, day)`, held and ended that day,
/// ids `k0`, `k1`, … in order.
pub fn tulis_kegiatan(s: &dyn KvStore, kegiatan: &[(usize, f64, NaiveDate)], waktu: &str) {
    for (k, (i, jp, selesai)) in kegiatan.iter().enumerate() {
        let x = KegiatanPengembangan {
            id: format!("k{k}"),
            pegawai_nip: nip(*i),
            mulai: *selesai,
            selesai: *selesai,
            jp: *jp,
            ..contoh::kegiatan()
        };
        tulis_isi(
            s,
            JenisRecord::KegiatanPengembangan,
            &x.id.clone(),
            &x,
            None,
            waktu,
        )
        .unwrap();
    }
}
