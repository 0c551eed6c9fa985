//! The person's own profile record. Saving it may touch three keys at once: a corrected NIP
//! starts a new record (the id derives from the NIP), the old one becomes a tombstone, and the
//! settings name the new NIP. That is one step ([`super::atomik`]): it lands whole or not at
//! all, so a quota error halfway never leaves two live profiles or settings naming a profile
//! that is gone.

use super::atomik::atomik;
use super::kv::{KvStore, StoreError};
use super::rekaman::{self, GagalTulis, JenisRecord, Rekaman};
use super::settings::{self, Settings};
use crate::domain::pegawai::Pegawai;

/// The profile's record id: the same on every device for the same NIP.
pub fn id_profil(nip: &str) -> String {
    rekaman::uuid_nama(JenisRecord::Pegawai.kode(), nip)
}

/// The stored, live profile of `nip` with its revision, if any.
pub fn muat(store: &dyn KvStore, nip: &str) -> Option<(Pegawai, u64)> {
    if nip.is_empty() {
        return None;
    }
    let r = rekaman::baca(store, JenisRecord::Pegawai, &id_profil(nip)).ok()??;
    if r.dihapus {
        return None;
    }
    crate::jejak::dari_value(&r.data)
        .ok()
        .map(|p| (p, r.revisi))
}

/// Why the profile was not saved; nothing of it was (every key is as before).
#[derive(Debug, PartialEq)]
pub enum GagalProfil {
    Tulis(GagalTulis),
    /// Putting the keys back failed too: storage is in between and the person must know.
    Pemulihan(StoreError),
}

/// Saves `p` as the revision after `basis` and `settings` (which name `p.nip`) in one step.
/// When `settings` named another NIP before, that profile becomes a tombstone in the same step.
pub fn simpan(
    store: &dyn KvStore,
    p: &Pegawai,
    basis: Option<u64>,
    settings_lama: &Settings,
    settings_baru: &Settings,
    waktu: &str,
) -> Result<Rekaman, GagalProfil> {
    let nip_lama = &settings_lama.nip;
    let ganti = !nip_lama.is_empty() && *nip_lama != p.nip;
    let mut kunci = vec![
        rekaman::kunci(JenisRecord::Pegawai.kode(), &id_profil(&p.nip)),
        settings::settings_key(),
    ];
    if ganti {
        kunci.push(rekaman::kunci(
            JenisRecord::Pegawai.kode(),
            &id_profil(nip_lama),
        ));
    }
    atomik(store, &kunci, || -> Result<Rekaman, GagalTulis> {
        // A NIP corrected back to one this device held: its tombstone's revision is the one
        // to follow (a live record of that NIP is still never written over).
        let id = id_profil(&p.nip);
        let basis = rekaman::basis_tulis(store, JenisRecord::Pegawai, &id, basis);
        let r = rekaman::tulis_isi(store, JenisRecord::Pegawai, &id, p, basis, waktu)?;
        if ganti {
            if let Some((_, rev)) = muat(store, nip_lama) {
                rekaman::hapus(
                    store,
                    JenisRecord::Pegawai,
                    &id_profil(nip_lama),
                    rev,
                    waktu,
                )?;
            }
        }
        settings::save(store, settings_baru)?;
        Ok(r)
    })
    .map_err(|g| match g.pemulihan {
        Some(e) => GagalProfil::Pemulihan(e),
        None => GagalProfil::Tulis(g.sebab),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::MemoryStore;

    fn pegawai(nip: &str) -> Pegawai {
        Pegawai {
            nip: nip.into(),
            nama: "Sari Wulandari".into(),
            jenis_pegawai: "pns".into(),
            golongan: "III/a".into(),
            jenjang: "ahli_pertama".into(),
            jabatan: "Analis Kebijakan".into(),
            unit_kerja: "Biro Perencanaan".into(),
            instansi: String::new(),
            pejabat_penilai: None,
            atasan_pejabat_penilai: None,
            angka_kredit_awal: None,
            angka_kredit_sejak: None,
        }
    }

    fn pengaturan(nip: &str) -> Settings {
        Settings {
            nip: nip.into(),
            ..Settings::default()
        }
    }

    const T: &str = "2026-12-02T08:00:00+07:00";
    const LAMA: &str = "198609262015052001";
    const BARU: &str = "198609262015052002";

    #[test]
    fn a_corrected_nip_moves_the_profile_and_the_settings_together() {
        let s = MemoryStore::new();
        simpan(
            &s,
            &pegawai(LAMA),
            None,
            &Settings::default(),
            &pengaturan(LAMA),
            T,
        )
        .unwrap();
        simpan(
            &s,
            &pegawai(BARU),
            None,
            &pengaturan(LAMA),
            &pengaturan(BARU),
            T,
        )
        .unwrap();
        assert!(muat(&s, LAMA).is_none(), "the old profile is a tombstone");
        assert_eq!(muat(&s, BARU).unwrap().0.nip, BARU);
        assert_eq!(settings::load(&s).0.nip, BARU);
    }

    #[test]
    fn a_nip_corrected_back_follows_its_tombstone_and_a_live_one_is_not_overwritten() {
        let s = MemoryStore::new();
        let ganti = |dari: &str, ke: &str| {
            let lama = if dari.is_empty() {
                Settings::default()
            } else {
                pengaturan(dari)
            };
            simpan(&s, &pegawai(ke), None, &lama, &pengaturan(ke), T)
        };
        ganti("", LAMA).unwrap();
        ganti(LAMA, BARU).unwrap();
        // Back to the first NIP: its tombstone is followed (refused as "newer" before).
        let r = ganti(BARU, LAMA).unwrap();
        assert_eq!(r.revisi, 3, "after the record and its tombstone");
        assert_eq!(muat(&s, LAMA).unwrap().0.nip, LAMA);
        assert!(muat(&s, BARU).is_none());
        // A live profile of the NIP named (another device's, imported) is never written over.
        let mut lain = pegawai(BARU);
        lain.nama = "Orang lain".into();
        rekaman::tulis_isi(
            &s,
            JenisRecord::Pegawai,
            &id_profil(BARU),
            &lain,
            Some(2),
            T,
        )
        .unwrap();
        assert!(ganti(LAMA, BARU).is_err());
        assert_eq!(muat(&s, BARU).unwrap().0.nama, "Orang lain");
        assert_eq!(
            muat(&s, LAMA).unwrap().0.nip,
            LAMA,
            "nothing of the refused change"
        );
    }

    /// Refuses exactly the `n`-th write with a full quota; every other write goes through.
    struct PenuhPadaTulisKe {
        isi: MemoryStore,
        n: usize,
        ke: std::sync::atomic::AtomicUsize,
    }

    impl KvStore for PenuhPadaTulisKe {
        fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
            self.isi.get(key)
        }
        fn set_raw(&self, key: &str, value: &str) -> Result<(), StoreError> {
            let ke = self.ke.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            if ke == self.n {
                return Err(StoreError::QuotaFull);
            }
            self.isi.set_raw(key, value)
        }
        fn remove(&self, key: &str) -> Result<(), StoreError> {
            self.isi.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, StoreError> {
            self.isi.keys()
        }
    }

    fn semua(s: &dyn KvStore) -> Vec<(String, Option<String>)> {
        let mut v: Vec<_> = s
            .keys()
            .unwrap()
            .into_iter()
            .map(|k| (k.clone(), s.get(&k).unwrap()))
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_quota_error_at_any_step_leaves_every_key_as_it_was() {
        // Writes of a NIP change: new profile, tombstone (two writes), settings.
        for n in 1..=4 {
            let isi = MemoryStore::new();
            simpan(
                &isi,
                &pegawai(LAMA),
                None,
                &Settings::default(),
                &pengaturan(LAMA),
                T,
            )
            .unwrap();
            let sebelum = semua(&isi);
            let s = PenuhPadaTulisKe {
                isi,
                n,
                ke: Default::default(),
            };
            let hasil = simpan(
                &s,
                &pegawai(BARU),
                None,
                &pengaturan(LAMA),
                &pengaturan(BARU),
                T,
            );
            assert_eq!(
                hasil,
                Err(GagalProfil::Tulis(GagalTulis::Penyimpanan(
                    StoreError::QuotaFull
                ))),
                "write {n}"
            );
            assert_eq!(
                sebelum,
                semua(&s),
                "write {n} failed: every key is as before"
            );
            assert_eq!(muat(&s, LAMA).unwrap().0.nip, LAMA);
            assert!(muat(&s, BARU).is_none());
        }
    }
}
