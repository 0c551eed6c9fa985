//! The background writer never leaves a change without a writer: a save made while it reads
//! another tab's changes is written even when that read fails.

use super::gudang;
use super::palsu::{tunggu, GudangPalsu};
use super::siram::siram;
use super::tests::{tab, T1};
use super::*;
use crate::store::rekaman::{self, JenisRecord};
use serde_json::json;

/// The fake storage, whose read of other tabs' changes fails after the app saved something
/// meanwhile.
struct TarikGagal<'a> {
    g: &'a GudangPalsu,
    s: IdbStore,
}

impl gudang::Gudang for TarikGagal<'_> {
    fn meta(&self) -> gudang::Janji<'_, gudang::Meta> {
        self.g.meta()
    }
    fn baca<'a>(&'a self, kunci: &'a [String]) -> gudang::Janji<'a, Vec<Option<String>>> {
        self.g.baca(kunci)
    }
    fn tulis<'a>(&'a self, k: &'a gudang::Kiriman) -> gudang::Janji<'a, gudang::Hasil> {
        self.g.tulis(k)
    }
    fn tarik(&self, _sejak: u64) -> gudang::Janji<'_, (u64, gudang::Asing)> {
        // The person saves while the read is on its way (the writer is running: the save
        // starts none of its own).
        rekaman::tulis(&self.s, JenisRecord::Skp, "x", json!({"x": 1}), None, T1).unwrap();
        Box::pin(std::future::ready(Err(StoreError::Other(
            "read failed".into(),
        ))))
    }
    fn ganti<'a>(&'a self, isi: &'a [(String, String)]) -> gudang::Janji<'a, ()> {
        self.g.ganti(isi)
    }
    fn tandai_hidup(&self) -> gudang::Janji<'_, ()> {
        self.g.tandai_hidup()
    }
    fn rapikan(&self) -> gudang::Janji<'_, ()> {
        self.g.rapikan()
    }
}

#[test]
fn a_save_made_during_a_failed_read_of_other_tabs_is_still_written() {
    let g = GudangPalsu::default();
    let (s, _) = tab(&g);
    s.ubah_luar(Some(KUNCI_TIK));
    let f = TarikGagal {
        g: &g,
        s: s.clone(),
    };
    tunggu(siram(&s, &f));
    let t = s.tunda();
    assert_eq!(t.jumlah_tertunda(), 0, "written");
    assert!(!t.bekerja);
    assert!(g.isi().contains_key(&rekaman::kunci("skp", "x")));
}
