//! Why an import or its undo did not land, in the person's words: the journal's failures
//! (`store::jurnal::GagalUbah`) and the undo's refusals, never storage's English text.

use crate::bundle::format::Record;
use crate::store::impor::GagalUrungImpor;
use crate::store::jurnal::GagalUbah;
use crate::ui::data::teks::{nama_jenis, TeksData};
use crate::ui::format::tampak;
use crate::ui::i18n::{galat_penyimpanan, isi, Teks};

/// Why an apply (`urung` = an undo) did not land, truthfully and in the person's language.
pub(super) fn pesan_gagal(g: &GagalUbah, urung: bool, t: &TeksData, tt: &Teks) -> String {
    let kata = |e| galat_penyimpanan(e, tt);
    match g {
        GagalUbah::TidakDimulai(e) => {
            let f = if urung {
                t.urung_belum_mulai
            } else {
                t.gagal_belum_mulai
            };
            isi(f, &[("detail", &kata(e))])
        }
        GagalUbah::JurnalLain => t.jurnal_lain.to_string(),
        GagalUbah::Basi => t.basi.to_string(),
        GagalUbah::Dikembalikan {
            sebab,
            ditulis,
            total,
        } => {
            let f = if urung {
                t.urung_dikembalikan
            } else {
                t.gagal_dikembalikan
            };
            isi(
                f,
                &[
                    ("detail", &kata(sebab)),
                    ("ditulis", &ditulis.to_string()),
                    ("total", &total.to_string()),
                ],
            )
        }
        GagalUbah::Tertunda { sebab, pemulihan } => isi(
            t.tertunda,
            &[("detail", &kata(sebab)), ("pemulihan", &kata(pemulihan))],
        ),
    }
}

pub(super) fn pesan_gagal_urung(g: &GagalUrungImpor, t: &TeksData, tt: &Teks) -> String {
    match g {
        GagalUrungImpor::Berubah(daftar) => {
            let nama: Vec<String> = daftar
                .iter()
                .map(|b| {
                    b.sekarang
                        .as_ref()
                        .map(|r| ringkas(r, t))
                        .unwrap_or_else(|| tampak(&b.kunci))
                })
                .collect();
            isi(t.urung_ditolak, &[("daftar", &nama.join("; "))])
        }
        GagalUrungImpor::Ubah(u) => pesan_gagal(u, true, t, tt),
    }
}

/// A record named for the undo's refusal: kind, name and the start of its id.
fn ringkas(r: &Record, t: &TeksData) -> String {
    let nama = ["nama", "judul", "uraian", "indikator"]
        .iter()
        .find_map(|k| r.data.get(*k).and_then(|v| v.as_str()).map(str::to_string));
    let id: String = r.id.chars().take(8).collect();
    match nama {
        Some(n) => format!(
            "{} «{}» ({id}…)",
            nama_jenis(t, r.jenis.kode()),
            tampak(&n.chars().take(60).collect::<String>())
        ),
        None => format!("{} ({id}…)", nama_jenis(t, r.jenis.kode())),
    }
}
