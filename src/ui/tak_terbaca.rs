//! Stored records whose `data` this version cannot read (damaged, or written by a newer
//! version). Start-up sets aside only records it cannot read at all; these keep a readable
//! envelope, so every screen leaves them out. The person is told which, and why, instead of
//! meeting an empty screen (an empty profile form whose save is then refused as stale).

use super::state::{AppState, Pemberitahuan};
use crate::bundle::masalah::Masalah;
use crate::bundle::pesan::uraian;
use crate::domain::Bahasa;
use crate::store::kinerja::{DataKinerja, TakTerbaca};
use leptos::prelude::*;

/// Records named in the notice; the rest are counted.
const DAFTAR_MAKS: usize = 5;

/// Raises the notice whenever the records `data` leaves out change (and takes it down once
/// none is left): a notice closed stays closed until another record becomes unreadable.
pub(super) fn amati(state: AppState, data: Memo<DataKinerja>) {
    let terakhir = StoredValue::new(Vec::<TakTerbaca>::new());
    Effect::new(move |_| {
        let tak = data.with(|d| d.sebab_tak_terbaca.clone());
        if terakhir.with_value(|t| *t == tak) {
            return;
        }
        terakhir.set_value(tak.clone());
        if tak.is_empty() {
            state.tutup_pemberitahuan(|p| matches!(p, Pemberitahuan::DataTakTerbaca(_)));
        } else {
            state.beritahu(pemberitahuan(&tak));
        }
    });
}

/// The notice for `tak`, each record as "skp 1a2b…, kolom data.x: why", in both languages
/// (its words live here, in lazy code, not in the first load's text table).
pub fn pemberitahuan(tak: &[TakTerbaca]) -> Pemberitahuan {
    let daftar = |b: Bahasa| {
        let mut v: Vec<String> = tak.iter().take(DAFTAR_MAKS).map(|x| satu(x, b)).collect();
        if tak.len() > DAFTAR_MAKS {
            v.push(match b {
                Bahasa::Id => format!("dan {} lainnya", tak.len() - DAFTAR_MAKS),
                Bahasa::En => format!("and {} more", tak.len() - DAFTAR_MAKS),
            });
        }
        v.join("; ")
    };
    let n = tak.len();
    Pemberitahuan::DataTakTerbaca([
        format!(
            "{n} catatan tidak dapat dibaca oleh versi aplikasi ini, jadi tidak tampil di layar mana pun: {}. Catatan itu tetap tersimpan dan ikut dalam cadangan; jangan isi ulang dari awal. Perbarui aplikasi, atau pulihkan cadangan dari sebelum catatan itu rusak.",
            daftar(Bahasa::Id)
        ),
        format!(
            "{n} records cannot be read by this version of the app, so no screen shows them: {}. They are still stored and included in backups; do not enter them again from scratch. Update the app, or restore a backup from before they were damaged.",
            daftar(Bahasa::En)
        ),
    ])
}

fn satu(x: &TakTerbaca, b: Bahasa) -> String {
    let m = Masalah::dari_data("", x.galat.clone(), &serde_json::Value::Null, "");
    let kolom = match b {
        Bahasa::Id => "kolom",
        Bahasa::En => "field",
    };
    let sebab = uraian(&m.kode, &m.nilai, b);
    match m.jalur.is_empty() {
        true => format!("{} {}: {sebab}", x.jenis, x.id),
        false => format!("{} {}, {kolom} {}: {sebab}", x.jenis, x.id, m.jalur),
    }
}
