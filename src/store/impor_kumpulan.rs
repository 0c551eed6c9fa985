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
use super::pandangan::{baca_relevan, Dibaca, Kebutuhan, Pandangan, Ringkas, Teks};
use super::turunan::impor::{self as rekap, BarisRekap};
use super::turunan::AMBANG_REKAP;
use crate::bundle::digest::DigestTertunda;
use crate::bundle::gabung::{
    rencanakan_milik, terapkan, terapkan_milik, Basis, Penerapan, Pilihan, Rencana,
};
use crate::bundle::validasi::{baca_teks, Batas, BundleTerbaca, HasilBaca};
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
    /// The dashboards' inputs are kept for a workspace of more records than this
    /// ([`super::turunan`]); the apply brings them up to date.
    ambang_rekap: usize,
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
    /// The dashboards' row of each of those writes whose text is the file's own (by key).
    baris: HashMap<String, BarisRekap>,
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
    rencanakan_untuk(store, p, b, kebutuhan, penerima)
}

/// [`rencanakan_dari`], with what the file's plan needs already taken from its records.
fn rencanakan_untuk(
    store: &dyn KvStore,
    p: &Pandangan,
    b: Box<BundleTerbaca>,
    mut kebutuhan: Kebutuhan,
    penerima: &PenerimaDi,
) -> Result<(Rencana, Kebutuhan, Dibaca), StoreError> {
    kebutuhan.dengan_nip(penerima.sebagai().nip);
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

#[path = "impor_kumpulan_berkas.rs"]
mod berkas;
#[path = "impor_digest.rs"]
mod digest_tunda;
#[path = "impor_tulisan.rs"]
mod tulisan;
use tulisan::tulisan;

impl Kumpulan {
    /// Starts a batch: storage read and indexed once.
    pub fn baru(store: &dyn KvStore, batas: Batas) -> Result<Self, StoreError> {
        Ok(Kumpulan {
            pandangan: Pandangan::muat(store)?,
            penerima: PenerimaDi::baca(store),
            batas,
            berkas: Vec::new(),
            digest: HashMap::new(),
            ambang_rekap: AMBANG_REKAP,
        })
    }

    /// A batch keeping the dashboards' inputs above another number of records (tests).
    #[cfg(test)]
    pub fn dengan_ambang_rekap(mut self, ambang: usize) -> Self {
        self.ambang_rekap = ambang;
        self
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
                semua.simpan(format!("{i}\u{0}{k}").into(), r.clone());
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
                        None => dibawa.get(&**k).is_some_and(|f| f.iter().any(|i| lain(*i))),
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
        let sebelum = rekap::sebelum(store, self.ambang_rekap);
        let mut baris = HashMap::new();
        let ringkas = self
            .tulis_semua(&lapisan, store, pilihan, &mut baris)
            .map_err(|e| e.unwrap_or(GagalUbah::Basi))?;
        let perubahan = lapisan.perubahan().map_err(GagalUbah::TidakDimulai)?;
        let entri = jurnal::terapkan(store, JenisUbah::Impor, waktu, &perubahan)?;
        if let Some(sebelum) = sebelum {
            // A derived value: one not made or not stored costs the next reopen its time,
            // never the import.
            let _ = rekap::sesudah(store, self.ambang_rekap, sebelum, &perubahan, &baris);
        }
        Ok(RingkasanImpor {
            undo: (!entri.is_empty()).then_some(UndoImpor { entri }),
            ..ringkas
        })
    }

    /// Every file's writes on `lapisan`, and in `baris` the dashboards' row the dry run gave
    /// each key whose last write is a file's own text; `Err(None)`: a file must be planned
    /// again and its text is no longer here.
    fn tulis_semua<'a>(
        &'a self,
        lapisan: &Lapisan,
        store: &dyn KvStore,
        pilihan: &HashMap<String, Pilihan>,
        baris: &mut HashMap<&'a str, &'a BarisRekap>,
    ) -> Result<RingkasanImpor, Option<GagalUbah>> {
        let gagal = |e| Some(GagalUbah::TidakDimulai(e));
        // Storage as it is now; the dry run's plans stand only where nothing they read moved.
        let mut pandangan = Pandangan::muat(store).map_err(gagal)?;
        let penerima = PenerimaDi::baca(store);
        let penerima_sama = penerima == self.penerima;
        let mut ringkas = RingkasanImpor::default();
        // The text is copied once, into the layer (the dry run's stays with the batch).
        // `b`: the write's key and the dashboards' row the dry run gave it, borrowed from the
        // batch (a write without one leaves its key to be decoded).
        let mut tulis = |pandangan: &mut Pandangan,
                         (k, t, r): &(String, String, Ringkas),
                         b: Option<(&'a str, &'a BarisRekap)>| {
            lapisan.set_raw(k, t)?;
            pandangan.simpan(k.as_str().into(), r.clone());
            match b {
                Some((k, b)) => baris.insert(k, b),
                None => baris.remove(k.as_str()),
            };
            Ok::<(), StoreError>(())
        };
        for b in &self.berkas {
            let Some(s) = &b.siap else { continue };
            let kunci = pandangan.relevan(&s.kebutuhan);
            if penerima_sama && sama(lapisan, &kunci, &s.dibaca).map_err(gagal)? {
                for t in &s.tulis {
                    let b = s.baris.get(&t.0).map(|b| (t.0.as_str(), b));
                    tulis(&mut pandangan, t, b).map_err(gagal)?;
                }
                ringkas.ditambah += s.ditambah;
                ringkas.diperbarui += s.diperbarui;
                ringkas.digabung += s.digabung;
                if let Some(k) = &s.konflik {
                    let p = terapkan(k, pilihan);
                    let ids = berubah(&p);
                    for r in p.records.iter().filter(|r| ids.contains(&r.id)) {
                        tulis(&mut pandangan, &tulisan(r.clone()), None).map_err(gagal)?;
                    }
                    ringkas.konflik_dipilih += p.konflik_dipilih.len();
                    ringkas.konflik_tertunda += p.konflik_tertunda.len();
                }
                continue;
            }
            let teks = b.teks.as_deref().ok_or(None)?;
            // Read again as the dry run read it, for the person now on the device: a file it
            // refuses now (a rekap on a device whose role changed meanwhile) makes the batch
            // stale, to be checked again, rather than skipped unsaid.
            let dibaca = tolak_rekap_bukan_admin(&penerima, baca_teks(&b.nama, teks, &self.batas));
            let HasilBaca::Terbaca(bt) = dibaca else {
                return Err(None);
            };
            let (r, _, _) = rencanakan_dari(lapisan, &pandangan, bt, &penerima).map_err(gagal)?;
            let p = terapkan_milik(r, pilihan);
            let ids: HashSet<String> = berubah(&p).into_iter().cloned().collect();
            for r in p.records.into_iter().filter(|r| ids.contains(&r.id)) {
                tulis(&mut pandangan, &tulisan(r), None).map_err(gagal)?;
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
fn sama(store: &dyn KvStore, kunci: &[Teks], dibaca: &Dibaca) -> Result<bool, StoreError> {
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
