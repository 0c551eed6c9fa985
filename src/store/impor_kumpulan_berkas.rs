//! One file into the batch: read, checked and planned against what is stored (the dry run),
//! kept as what applying it needs ([`Siap`]).

use super::tulisan::tulisan_dengan;
use super::{berubah, rencanakan_untuk, BerkasKumpulan, Kumpulan, Laporan, RingkasRencana, Siap};
use crate::bundle::digest::StatusDigest;
use crate::bundle::gabung::{terapkan_milik, EntriRencana, Rencana, Tindakan};
use crate::bundle::validasi::{baca_teks, baca_teks_tunda, HasilBaca};
use crate::store::impor::tolak_rekap_bukan_admin;
use crate::store::kv::{KvStore, StoreError};
use crate::store::pandangan::{Kebutuhan, Ringkas};
use crate::store::rekaman::kunci;
use crate::store::turunan::impor::BarisRekap;
use std::collections::{HashMap, HashSet};

impl Kumpulan {
    pub(super) fn tambah_dengan(
        &mut self,
        store: &dyn KvStore,
        nama: String,
        teks: String,
        tunda: bool,
    ) -> Result<(), StoreError> {
        let dibaca = match tunda {
            true => baca_teks_tunda(&nama, &teks, &self.batas),
            false => baca_teks(&nama, &teks, &self.batas),
        };
        let mut b = match tolak_rekap_bukan_admin(&self.penerima, dibaca) {
            HasilBaca::Terbaca(b) => b,
            h @ HasilBaca::PerbaruiAplikasi { .. } => {
                self.tambah_laporan(nama, Laporan::PerbaruiAplikasi(h));
                return Ok(());
            }
            h @ HasilBaca::Ditolak { .. } => {
                self.tambah_laporan(nama, Laporan::Ditolak(h));
                return Ok(());
            }
        };
        let digest = match std::mem::replace(&mut b.digest, StatusDigest::TidakAda) {
            StatusDigest::Tertunda(d) => Some(d),
            s => {
                if s == StatusDigest::Cocok {
                    if let Some(sama_dengan) = self.ganda(&b.bundle.digest.value, &nama) {
                        self.tambah_laporan(nama, Laporan::Ganda { sama_dengan });
                        return Ok(());
                    }
                }
                None
            }
        };
        let masuk: Vec<(String, Ringkas)> = b
            .bundle
            .records
            .iter()
            .map(|r| (kunci(r.jenis.kode(), &r.id), Ringkas::dari(r)))
            .collect();
        let kebutuhan = Kebutuhan::dari_ringkas(
            masuk.iter().map(|(_, r)| r),
            b.ditolak.iter().filter_map(|d| d.id.as_deref()),
        );
        let mut teks_data: HashMap<String, String> = b
            .bundle
            .records
            .iter()
            .zip(std::mem::take(&mut b.teks_data))
            .filter_map(|(r, t)| Some((r.id.clone(), t?)))
            .collect();
        // The dashboards' row of each record stored as the file brings it: what the checks
        // decoded of that very text.
        let mut rekap: HashMap<String, BarisRekap> = (b.bundle.records.iter().zip(&b.isi.0))
            .filter(|(r, (id, _))| r.id == *id && teks_data.contains_key(&r.id))
            .filter_map(|(r, (_, isi))| {
                let baris = BarisRekap::dari_isi((**isi).as_ref()?)?;
                Some((r.id.clone(), baris))
            })
            .collect();
        let (rencana, kebutuhan, dibaca) =
            rencanakan_untuk(store, &self.pandangan, b, kebutuhan, &self.penerima)?;
        let laporan = Laporan::Rencana(Box::new(RingkasRencana::dari(&rencana)));
        let konflik = (rencana.jumlah(Tindakan::Konflik) > 0).then(|| {
            let entri: Vec<EntriRencana> = rencana.konflik().cloned().collect();
            let id: HashSet<&String> = entri.iter().filter_map(|e| e.id.as_ref()).collect();
            Box::new(Rencana {
                berkas: rencana.berkas.clone(),
                pengirim: rencana.pengirim.clone(),
                sebelum: rencana
                    .sebelum
                    .iter()
                    .filter(|r| id.contains(&r.id))
                    .cloned()
                    .collect(),
                entri,
                peringatan: Vec::new(),
            })
        });
        // The plan is not needed after: its records move into the writes.
        let p = terapkan_milik(rencana, &HashMap::new());
        let ids: HashSet<String> = berubah(&p).into_iter().cloned().collect();
        // Added or taken whole: the record's data is the file's, as the digest check wrote it.
        let utuh: HashSet<&String> = p.ditambah.iter().chain(&p.diperbarui).collect();
        let (ditambah, diperbarui, digabung) =
            (p.ditambah.len(), p.diperbarui.len(), p.digabung.len());
        let mut baris = HashMap::new();
        let tulis = p
            .records
            .into_iter()
            .filter(|r| ids.contains(&r.id))
            .map(|r| {
                let t = if utuh.contains(&r.id) {
                    teks_data.remove(&r.id)
                } else {
                    None
                };
                let b = t.as_ref().and_then(|_| rekap.remove(&r.id));
                let w = tulisan_dengan(r, t);
                baris.extend(b.map(|b| (w.0.clone(), b)));
                w
            })
            .collect();
        let siap = Siap {
            kebutuhan,
            masuk,
            dibaca,
            tulis,
            baris,
            ditambah,
            diperbarui,
            digabung,
            konflik,
        };
        self.berkas.push(BerkasKumpulan {
            nama,
            laporan,
            siap: Some(siap),
            teks: Some(teks),
            digest,
        });
        Ok(())
    }
}
