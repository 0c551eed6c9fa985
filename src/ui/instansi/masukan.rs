//! What the agency's figures are counted from, read from storage once per data change and
//! shared by every agency screen (under the app's root owner): the dashboards' inputs
//! ([`crate::store::turunan::masukan_rekap`]: in a large workspace kept beside the records, so
//! reopening the dashboard decodes no record) and the organisation (units and their predikat,
//! a few records). Neither reads the data memo, which decodes every record of every kind.

use crate::domain::evaluasi::Periode;
use crate::domain::rekap_instansi::periode_tercatat;
use crate::store::kinerja::DataKinerja;
use crate::store::rekaman::JenisRecord;
use crate::store::turunan::{masukan_rekap, MasukanTersimpan, AMBANG_REKAP};
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use std::cell::Cell;

/// The inputs. Equal when they are the same reading or hold the same (a data change that
/// touched none of them does not recount the board).
#[derive(Clone, Debug)]
pub struct Masukan(pub Option<MasukanTersimpan>);

impl PartialEq for Masukan {
    fn eq(&self, o: &Self) -> bool {
        match (&self.0, &o.0) {
            (Some(a), Some(b)) => std::sync::Arc::ptr_eq(&a.isi, &b.isi) || a.isi == b.isi,
            (None, None) => true,
            _ => false,
        }
    }
}

impl Masukan {
    /// The inputs (none when storage could not be read: the banner says so).
    pub fn isi(&self) -> &crate::domain::rekap_instansi::MasukanRekap {
        static KOSONG: std::sync::OnceLock<crate::domain::rekap_instansi::MasukanRekap> =
            std::sync::OnceLock::new();
        match &self.0 {
            Some(m) => &m.isi,
            None => KOSONG.get_or_init(Default::default),
        }
    }
}

type Bacaan = (
    Memo<DataKinerja>,
    Memo<Masukan>,
    Memo<DataKinerja>,
    Memo<Vec<Periode>>,
);

thread_local! {
    // The data memo names the app (a component test mounts several, one after another).
    static BACAAN: Cell<Option<Bacaan>> = const { Cell::new(None) };
}

fn bacaan() -> Bacaan {
    let state = use_app_state();
    let data = state.data_kinerja();
    if let Some(b) = BACAAN.with(Cell::get).filter(|b| b.0 == data) {
        return b;
    }
    let (revisi, toko) = (state.revisi_data, state);
    let (masukan, organisasi, tercatat) = state.di_akar(|| {
        let masukan = Memo::new(move |lama: Option<&Masukan>| {
            revisi.track();
            let lama = lama.and_then(|l| l.0.as_ref());
            Masukan(masukan_rekap(toko.store().as_ref(), AMBANG_REKAP, lama).ok())
        });
        let organisasi = Memo::new(move |_| {
            revisi.track();
            DataKinerja::muat_jenis(
                toko.store().as_ref(),
                &[JenisRecord::UnitKerja, JenisRecord::PredikatOrganisasi],
            )
            .unwrap_or_default()
        });
        // Every evaluation's period, once per change (each period select listed them anew:
        // 50,000 evaluations each time a unit opened).
        let tercatat = Memo::new(move |_| {
            masukan.with(|m| periode_tercatat(m.isi().evaluasi.iter().map(|e| e.periode)))
        });
        (masukan, organisasi, tercatat)
    });
    let b = (data, masukan, organisasi, tercatat);
    BACAAN.with(|c| c.set(Some(b)));
    b
}

/// The dashboards' inputs.
pub fn masukan() -> Memo<Masukan> {
    bacaan().1
}

/// The units and their predikat (the other lists empty).
pub fn organisasi() -> Memo<DataKinerja> {
    bacaan().2
}

/// The periods that have evaluations, newest first.
pub fn tercatat() -> Memo<Vec<Periode>> {
    bacaan().3
}
