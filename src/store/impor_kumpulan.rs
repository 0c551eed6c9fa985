//! An import of many files at once (the admin's hundreds of team files). Storage is indexed
//! once ([`Pandangan`]); each file is read and planned on its own against what is stored (the
//! dry run the screen reports), and the plan is kept small: the report in a few words per
//! record (whole only where the screen shows more), the writes it needs no choice for as the
//! text storage will hold, the conflicts that wait for a choice, and which stored records it
//! read. Applying takes the files in order, each against what the files before it left: a plan
//! whose stored records are unchanged lands as planned, any other file is planned again from
//! its text. Everything lands at the end in one step ([`jurnal::terapkan`]), whole or not at
//! all, and the undo names only the keys it wrote.

use super::impor::{tolak_rekap_bukan_admin, PenerimaDi, RingkasanImpor, UndoImpor};
use super::jurnal::{self, GagalUbah, JenisUbah};
use super::kv::{KvStore, StoreError};
use super::lapisan::Lapisan;
use super::pandangan::{baca_relevan, Dibaca, Kebutuhan, Pandangan, Ringkas};
use super::rekaman::kunci;
use crate::bundle::digest::{DigestTertunda, StatusDigest};
use crate::bundle::gabung::{
    rencanakan_milik, terapkan, terapkan_milik, Basis, EntriRencana, Penerapan, Pilihan, Rencana,
    Tindakan,
};
use crate::bundle::validasi::{baca_teks, baca_teks_tunda, Batas, BundleTerbaca, HasilBaca};
use chrono::NaiveDateTime;
use std::collections::{HashMap, HashSet};

#[path = "impor_laporan.rs"]
mod laporan;
pub use laporan::{EntriRingkas, Laporan, RingkasRencana};

/// A batch of files, from the first dry run to the apply.
pub struct Kumpulan {
    pandangan: Pandangan,
    penerima: PenerimaDi,
    batas: Batas,
    berkas: Vec<BerkasKumpulan>,
    /// A readable file's verified digest → its name (the same file twice is only named).
    digest: HashMap<String, String>,
}

pub struct BerkasKumpulan {
    pub nama: String,
    pub laporan: Laporan,
    siap: Option<Siap>,
    /// Kept while applying may have to plan the file again ([`Kumpulan::lepas_teks`]).
    teks: Option<String>,
    /// The digest check still waiting for its hash ([`Kumpulan::tambah_tunda`]).
    digest: Option<Box<DigestTertunda>>,
}

/// What applying a file's dry run needs.
struct Siap {
    kebutuhan: Kebutuhan,
    /// Every record of the file, as what it may write (for [`Kumpulan::lepas_teks`]).
    masuk: Vec<(String, Ringkas)>,
    /// The stored records the plan read.
    dibaca: Dibaca,
    /// The writes that need no choice, as storage will hold them.
    tulis: Vec<(String, String, Ringkas)>,
    ditambah: usize,
    diperbarui: usize,
    digabung: usize,
    /// The conflicts and the stored records they concern, applied with the person's choice.
    konflik: Option<Box<Rencana>>,
}

/// A file's plan against the stored records it reads (through `store`), and which those were.
/// The file's records move into the plan.
pub(crate) fn rencanakan_dari(
    store: &dyn KvStore,
    p: &Pandangan,
    b: Box<BundleTerbaca>,
    penerima: &PenerimaDi,
) -> Result<(Rencana, Kebutuhan, Dibaca), StoreError> {
    let ditolak = b.ditolak.iter().filter_map(|d| d.id.as_deref());
    let kebutuhan = Kebutuhan::dari(&b.bundle.records, ditolak);
    let (lokal, dibaca) = baca_relevan(store, &p.relevan(&kebutuhan))?;
    let r = rencanakan_milik(&lokal, *b, &Basis::new(), penerima.sebagai());
    Ok((r, kebutuhan, dibaca))
}

/// The ids a plan applied writes: added, updated, merged, and conflicts chosen.
fn berubah(p: &Penerapan) -> HashSet<&String> {
    p.ditambah
        .iter()
        .chain(&p.diperbarui)
        .chain(&p.digabung)
        .chain(p.konflik_dipilih.iter().map(|(id, _)| id))
        .collect()
}

#[path = "impor_digest.rs"]
mod digest_tunda;
#[path = "impor_tulisan.rs"]
mod tulisan;
use tulisan::{tulisan, tulisan_dengan};

impl Kumpulan {
    /// Starts a batch: storage read and indexed once.
    pub fn baru(store: &dyn KvStore, batas: Batas) -> Result<Self, StoreError> {
        Ok(Kumpulan {
            pandangan: Pandangan::muat(store)?,
            penerima: PenerimaDi::baca(store),
            batas,
            berkas: Vec::new(),
            digest: HashMap::new(),
        })
    }

    pub fn berkas(&self) -> &[BerkasKumpulan] {
        &self.berkas
    }

    /// Whether applying would change anything.
    pub fn ada_perubahan(&self) -> bool {
        self.berkas.iter().any(|b| match &b.laporan {
            Laporan::Rencana(r) => r.ada_perubahan(),
            _ => false,
        })
    }

    /// A file that was not read (too large): its report only.
    pub fn tambah_laporan(&mut self, nama: String, laporan: Laporan) {
        self.berkas.push(BerkasKumpulan {
            nama,
            laporan,
            siap: None,
            teks: None,
            digest: None,
        });
    }

    /// Reads and plans one more file against what is stored (changes nothing).
    pub fn tambah(
        &mut self,
        store: &dyn KvStore,
        nama: String,
        teks: String,
    ) -> Result<(), StoreError> {
        self.tambah_dengan(store, nama, teks, false)
    }

    fn tambah_dengan(
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
        let masuk = b
            .bundle
            .records
            .iter()
            .map(|r| (kunci(r.jenis.kode(), &r.id), Ringkas::dari(r)))
            .collect();
        let mut teks_data: HashMap<String, String> = b
            .bundle
            .records
            .iter()
            .zip(std::mem::take(&mut b.teks_data))
            .filter_map(|(r, t)| Some((r.id.clone(), t?)))
            .collect();
        let (rencana, kebutuhan, dibaca) =
            rencanakan_dari(store, &self.pandangan, b, &self.penerima)?;
        let laporan = Laporan::Rencana(Box::new(RingkasRencana::dari(&rencana)));
        let konflik = (rencana.jumlah(Tindakan::Konflik) > 0).then(|| {
            let entri: Vec<EntriRencana> = rencana.konflik().cloned().collect();
            let id: HashSet<&String> = entri.iter().filter_map(|e| e.id.as_ref()).collect();
            Box::new(Rencana {
                berkas: rencana.berkas.clone(),
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
                tulisan_dengan(r, t)
            })
            .collect();
        let siap = Siap {
            kebutuhan,
            masuk,
            dibaca,
            tulis,
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

    /// Once every file is in: lets go of the texts no apply can need, those of files whose
    /// plan no file before them in the batch can change (no stored record it reads is one an
    /// earlier file may write, counting every record of theirs). If storage changes under such a file
    /// before the apply, the apply is refused ([`GagalUbah::Basi`]) and the files are to be
    /// checked again.
    pub fn lepas_teks(&mut self) {
        self.digest_selesai(self.berkas.len(), None);
        // Storage with every file's records added under keys of their own ("file\0key").
        let mut semua = self.pandangan.clone();
        let mut dibawa: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, b) in self.berkas.iter().enumerate() {
            for (k, r) in b.siap.iter().flat_map(|s| &s.masuk) {
                semua.simpan(format!("{i}\u{0}{k}"), r.clone());
                dibawa.entry(k.as_str()).or_default().push(i);
            }
        }
        let lepas: Vec<bool> = self
            .berkas
            .iter()
            .enumerate()
            .map(|(j, b)| {
                let Some(s) = &b.siap else { return false };
                let lain = |i: usize| i < j;
                !semua
                    .relevan(&s.kebutuhan)
                    .iter()
                    .any(|k| match k.split_once('\u{0}') {
                        Some((i, _)) => i.parse().is_ok_and(lain),
                        None => dibawa
                            .get(k.as_str())
                            .is_some_and(|f| f.iter().any(|i| lain(*i))),
                    })
            })
            .collect();
        for (b, l) in self.berkas.iter_mut().zip(lepas) {
            if l {
                b.teks = None;
            }
        }
    }

    /// Applies every file in order, whole or not at all. `pilihan` holds the person's choice
    /// per conflicting record (or field); without one the local version stays.
    pub fn terapkan(
        &self,
        store: &dyn KvStore,
        pilihan: &HashMap<String, Pilihan>,
        waktu: NaiveDateTime,
    ) -> Result<RingkasanImpor, GagalUbah> {
        // Checked by `lepas_teks`, which every batch goes through before its apply.
        debug_assert!(self.berkas.iter().all(|b| b.digest.is_none()));
        let lapisan = Lapisan::baru(store);
        let ringkas = self
            .tulis_semua(&lapisan, store, pilihan)
            .map_err(|e| e.unwrap_or(GagalUbah::Basi))?;
        let perubahan = lapisan.perubahan().map_err(GagalUbah::TidakDimulai)?;
        let entri = jurnal::terapkan(store, JenisUbah::Impor, waktu, &perubahan)?;
        Ok(RingkasanImpor {
            undo: (!entri.is_empty()).then_some(UndoImpor { entri }),
            ..ringkas
        })
    }

    /// Every file's writes on `lapisan`; `Err(None)`: a file must be planned again and its
    /// text is no longer here.
    fn tulis_semua(
        &self,
        lapisan: &Lapisan,
        store: &dyn KvStore,
        pilihan: &HashMap<String, Pilihan>,
    ) -> Result<RingkasanImpor, Option<GagalUbah>> {
        let gagal = |e| Some(GagalUbah::TidakDimulai(e));
        // Storage as it is now; the dry run's plans stand only where nothing they read moved.
        let mut pandangan = Pandangan::muat(store).map_err(gagal)?;
        let penerima = PenerimaDi::baca(store);
        let penerima_sama = penerima == self.penerima;
        let mut ringkas = RingkasanImpor::default();
        // The text is copied once, into the layer (the dry run's stays with the batch).
        let tulis = |pandangan: &mut Pandangan, (k, t, r): &(String, String, Ringkas)| {
            lapisan.set_raw(k, t)?;
            pandangan.simpan(k.clone(), r.clone());
            Ok::<(), StoreError>(())
        };
        for b in &self.berkas {
            let Some(s) = &b.siap else { continue };
            let kunci = pandangan.relevan(&s.kebutuhan);
            if penerima_sama && sama(lapisan, &kunci, &s.dibaca).map_err(gagal)? {
                for t in &s.tulis {
                    tulis(&mut pandangan, t).map_err(gagal)?;
                }
                ringkas.ditambah += s.ditambah;
                ringkas.diperbarui += s.diperbarui;
                ringkas.digabung += s.digabung;
                if let Some(k) = &s.konflik {
                    let p = terapkan(k, pilihan);
                    let ids = berubah(&p);
                    for r in p.records.iter().filter(|r| ids.contains(&r.id)) {
                        tulis(&mut pandangan, &tulisan(r.clone())).map_err(gagal)?;
                    }
                    ringkas.konflik_dipilih += p.konflik_dipilih.len();
                    ringkas.konflik_tertunda += p.konflik_tertunda.len();
                }
                continue;
            }
            let teks = b.teks.as_deref().ok_or(None)?;
            let HasilBaca::Terbaca(bt) = baca_teks(&b.nama, teks, &self.batas) else {
                continue;
            };
            let (r, _, _) = rencanakan_dari(lapisan, &pandangan, bt, &penerima).map_err(gagal)?;
            let p = terapkan_milik(r, pilihan);
            let ids: HashSet<String> = berubah(&p).into_iter().cloned().collect();
            for r in p.records.into_iter().filter(|r| ids.contains(&r.id)) {
                tulis(&mut pandangan, &tulisan(r)).map_err(gagal)?;
            }
            ringkas.ditambah += p.ditambah.len();
            ringkas.diperbarui += p.diperbarui.len();
            ringkas.digabung += p.digabung.len();
            ringkas.konflik_dipilih += p.konflik_dipilih.len();
            ringkas.konflik_tertunda += p.konflik_tertunda.len();
        }
        Ok(ringkas)
    }
}

/// Whether the stored records at `kunci` are the ones a dry run read.
fn sama(store: &dyn KvStore, kunci: &[String], dibaca: &Dibaca) -> Result<bool, StoreError> {
    if kunci.len() != dibaca.len() {
        return Ok(false);
    }
    for (k, (k2, h)) in kunci.iter().zip(dibaca) {
        if k != k2 || store.get(k)?.as_deref().map(super::sidik::sidik_teks) != *h {
            return Ok(false);
        }
    }
    Ok(true)
}

#[cfg(test)]
#[path = "impor_kumpulan_tests.rs"]
mod tests;
