//! The writes that change a realisasi together with its attachments (`store::lampiran`), for
//! the progress screen, which calls them only when attachments change: a new or dropped file,
//! a delete or undo of an entry that names files. Each ends like every record write
//! (`AppState::selesai_tulis`: every screen re-reads, a storage failure raises the banner while
//! the form keeps its input).

use super::buka::ingat;
use super::teks::teks_lampiran;
use super::LampiranIsian;
use crate::domain::lampiran::{periksa_jumlah, Lampiran};
use crate::domain::progres::Realisasi;
use crate::domain::{Galat, Rulebook};
use crate::store::lampiran::{self, GagalUrung, Keterangan, TAHAN_NISAN_JAM};
use crate::ui::i18n::isi;
use crate::ui::state::{AppState, HasilSimpan};
use leptos::prelude::*;

fn waktu() -> String {
    chrono::Local::now().to_rfc3339()
}

/// The new attachments of `daftar` that `r` names, set to belong to it.
fn baru_untuk(r: &Realisasi, daftar: &[LampiranIsian]) -> Vec<Lampiran> {
    let dinamai: Vec<&str> = r.lampiran().collect();
    daftar
        .iter()
        .filter_map(|x| match x {
            LampiranIsian::Baru(l) if dinamai.contains(&l.id.as_str()) => Some(Lampiran {
                skp_id: r.skp_id.clone(),
                realisasi_id: r.id.clone(),
                ..l.clone()
            }),
            _ => None,
        })
        .collect()
}

/// Saves `r` (whose `bukti` names the form's attachments) with the new files and without
/// the dropped ones, whole or not at all; refused before writing when it names more files
/// than the rulebook allows.
pub(super) fn simpan(
    state: &AppState,
    r: &Realisasi,
    basis: Option<u64>,
    daftar: RwSignal<Vec<LampiranIsian>>,
) -> Result<HasilSimpan, Vec<Galat>> {
    if let Some(g) = periksa_jumlah(Rulebook::aktif(), r) {
        return Err(vec![g]);
    }
    let baru = daftar.with_untracked(|d| baru_untuk(r, d));
    let hasil = lampiran::simpan_realisasi(state.store().as_ref(), r, basis, &baru, &waktu());
    if hasil.is_ok() {
        for l in baru {
            ingat(
                &l.id,
                Keterangan {
                    nama: l.nama,
                    mime: l.mime,
                    ukuran: l.ukuran,
                },
            );
        }
        // The form's input is now stored.
        state.dirty.set(false);
    }
    Ok(state.selesai_tulis(hasil))
}

/// Deletes the realisasi `id` (tombstone revision check against `basis`) with its files.
pub(super) fn hapus(state: &AppState, id: &str, basis: u64) -> HasilSimpan {
    let hasil = lampiran::hapus_realisasi(state.store().as_ref(), id, basis, &waktu());
    state.selesai_tulis(hasil)
}

/// Undoes that delete; refused in words when the files' bytes are gone already.
pub(super) fn urungkan(state: &AppState, id: &str, nisan: u64) -> Result<HasilSimpan, String> {
    match lampiran::urungkan_hapus_realisasi(state.store().as_ref(), id, nisan, &waktu()) {
        Ok(r) => Ok(state.selesai_tulis(Ok(r))),
        Err(GagalUrung::Tulis(e)) => Ok(state.selesai_tulis(Err(e))),
        Err(GagalUrung::IsiDilepas(ids)) => {
            let t = teks_lampiran(state.settings.with_untracked(|s| s.bahasa));
            Err(isi(
                t.isi_dilepas,
                &[
                    ("jumlah", &ids.len().to_string()),
                    ("jam", &TAHAN_NISAN_JAM.to_string()),
                ],
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::contoh;
    use crate::bundle::lampiran::LampiranBaru;

    fn foto(id: &str) -> Lampiran {
        LampiranBaru {
            id,
            skp_id: "",
            realisasi_id: "",
            pegawai_nip: contoh::NIP,
            nama: "foto.png",
            mime: "image/png",
        }
        .dengan_byte(contoh::PNG_1X1)
    }

    #[test]
    fn only_the_new_files_the_entry_names_are_written_and_they_belong_to_it() {
        let mut r = contoh::realisasi();
        let (a, b) = (foto("a"), foto("b"));
        r.bukti.push(a.rujukan());
        r.bukti.push(crate::domain::progres::BuktiDukung::Lampiran(
            "tersimpan".into(),
        ));
        let daftar = [
            LampiranIsian::Baru(a),
            // Picked, then the entry no longer names it: never written.
            LampiranIsian::Baru(b),
            LampiranIsian::Tersimpan("tersimpan".into()),
        ];
        let baru = baru_untuk(&r, &daftar);
        assert_eq!(baru.len(), 1);
        assert_eq!(baru[0].id, "a");
        assert_eq!(
            (&*baru[0].skp_id, &*baru[0].realisasi_id),
            (&*r.skp_id, &*r.id)
        );
    }
}
