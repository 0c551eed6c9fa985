//! The profile form's data: what is stored comes from the app's data memo; only the unsaved
//! draft lives in a signal, from the first change until it is saved or discarded. Without a
//! draft every field shows the stored profile and follows other tabs.

use crate::domain::nip::{bersihkan, format_nip};
use crate::domain::pegawai::{Pegawai, Pejabat};
use crate::store::kinerja::DataKinerja;
use leptos::prelude::*;

/// One text or choice of the form; the index into [`Isian`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Medan {
    Nama,
    Nip,
    JenisPegawai,
    Golongan,
    Jenjang,
    Jabatan,
    Unit,
    Instansi,
    PnNama,
    PnNip,
    PnJabatan,
    PnJenjang,
    ApNama,
    ApNip,
    ApJabatan,
}

const JUMLAH: usize = Medan::ApJabatan as usize + 1;

/// The form's values as typed (NIPs in their display form).
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Isian([String; JUMLAH]);

impl Isian {
    pub(super) fn get(&self, m: Medan) -> &str {
        &self.0[m as usize]
    }

    fn set(&mut self, m: Medan, v: String) {
        self.0[m as usize] = v;
    }

    /// The form for a stored profile, or the empty form (a new profile is a PNS's).
    pub(super) fn dari(p: Option<&Pegawai>) -> Self {
        let mut i = Isian::default();
        let kosong = Pegawai::default();
        let p = p.unwrap_or(&kosong);
        let jenis = if p.jenis_pegawai.is_empty() {
            "pns"
        } else {
            &p.jenis_pegawai
        };
        let pn = p.pejabat_penilai.clone().unwrap_or_default();
        let ap = p.atasan_pejabat_penilai.clone().unwrap_or_default();
        for (m, v) in [
            (Medan::Nama, p.nama.clone()),
            (Medan::Nip, format_nip(&p.nip)),
            (Medan::JenisPegawai, jenis.to_string()),
            (Medan::Golongan, p.golongan.clone()),
            (Medan::Jenjang, p.jenjang.clone()),
            (Medan::Jabatan, p.jabatan.clone()),
            (Medan::Unit, p.unit_kerja.clone()),
            (Medan::Instansi, p.instansi.clone()),
            (Medan::PnNama, pn.nama),
            (Medan::PnNip, format_nip(&pn.nip)),
            (Medan::PnJabatan, pn.jabatan),
            (Medan::PnJenjang, pn.jenjang),
            (Medan::ApNama, ap.nama),
            (Medan::ApNip, format_nip(&ap.nip)),
            (Medan::ApJabatan, ap.jabatan),
        ] {
            i.set(m, v);
        }
        i
    }

    /// The profile the form stands for (trimmed, NIPs as digits).
    pub(super) fn pegawai(&self) -> Pegawai {
        let g = |m| self.get(m).to_string();
        let rapi = |m| self.get(m).trim().to_string();
        let pejabat = |nama: Medan, nip: Medan, jabatan: Medan, jenjang: String| {
            (!self.get(nama).trim().is_empty() || !self.get(nip).trim().is_empty()).then(|| {
                Pejabat {
                    nip: bersihkan(self.get(nip)),
                    nama: rapi(nama),
                    jabatan: rapi(jabatan),
                    jenjang,
                    ..Default::default()
                }
            })
        };
        Pegawai {
            nip: bersihkan(self.get(Medan::Nip)),
            nama: rapi(Medan::Nama),
            jenis_pegawai: g(Medan::JenisPegawai),
            golongan: g(Medan::Golongan),
            jenjang: g(Medan::Jenjang),
            jabatan: rapi(Medan::Jabatan),
            unit_kerja: rapi(Medan::Unit),
            instansi: rapi(Medan::Instansi),
            pejabat_penilai: pejabat(
                Medan::PnNama,
                Medan::PnNip,
                Medan::PnJabatan,
                g(Medan::PnJenjang),
            ),
            atasan_pejabat_penilai: pejabat(
                Medan::ApNama,
                Medan::ApNip,
                Medan::ApJabatan,
                String::new(),
            ),
            angka_kredit_awal: None,
            angka_kredit_sejak: None,
        }
    }

    /// The profile to store over `lama` (the stored one): the form's fields, and what the form
    /// does not edit kept: the angka kredit's starting point (its own screen), and of a
    /// pejabat who stays the same person (same NIP) their golongan, delegated authority and,
    /// for the atasan, whose jenjang has no field here, the jenjang.
    pub(super) fn pegawai_atas(&self, lama: Option<&Pegawai>) -> Pegawai {
        let mut p = self.pegawai();
        let Some(l) = lama else {
            return p;
        };
        (p.angka_kredit_awal, p.angka_kredit_sejak) = (l.angka_kredit_awal, l.angka_kredit_sejak);
        let bawa = |baru: &mut Option<Pejabat>, lama: &Option<Pejabat>, jenjang: bool| {
            if let (Some(b), Some(l)) = (baru.as_mut(), lama.as_ref()) {
                if b.nip == l.nip {
                    b.golongan.clone_from(&l.golongan);
                    b.delegasi = l.delegasi;
                    if jenjang {
                        b.jenjang.clone_from(&l.jenjang);
                    }
                }
            }
        };
        bawa(&mut p.pejabat_penilai, &l.pejabat_penilai, false);
        bawa(
            &mut p.atasan_pejabat_penilai,
            &l.atasan_pejabat_penilai,
            true,
        );
        p
    }
}

#[cfg(test)]
#[path = "draf_tests.rs"]
mod tests;

/// The unsaved form and the stored revision it started from (a save names it, so a newer
/// revision written elsewhere meanwhile is refused instead of overwritten).
#[derive(Clone, Debug, PartialEq)]
struct Draf {
    isian: Isian,
    basis: Option<u64>,
}

/// The form's handle, shared by every field (`Copy`).
#[derive(Clone, Copy)]
pub(super) struct Sunting {
    /// The person's stored profile (by the NIP in settings) and its revision.
    tersimpan: Memo<(Isian, Option<u64>)>,
    draf: RwSignal<Option<Draf>>,
    dirty: RwSignal<bool>,
}

impl Sunting {
    pub(super) fn new(data: Memo<DataKinerja>, nip: Memo<String>, dirty: RwSignal<bool>) -> Self {
        let tersimpan = Memo::new(move |_| {
            nip.with(|n| {
                data.with(|d| {
                    let p = d.pegawai.iter().find(|p| !n.is_empty() && p.isi.nip == *n);
                    (Isian::dari(p.map(|p| &p.isi)), p.map(|p| p.revisi))
                })
            })
        });
        Sunting {
            tersimpan,
            draf: RwSignal::new(None),
            dirty,
        }
    }

    /// One field as shown: the draft's when there is one, else the stored value. A memo per
    /// field, so a keystroke updates that input only.
    pub(super) fn medan(&self, m: Medan) -> Memo<String> {
        let s = *self;
        Memo::new(move |_| {
            s.draf
                .with(|d| d.as_ref().map(|d| d.isian.get(m).to_string()))
                .unwrap_or_else(|| s.tersimpan.with(|t| t.0.get(m).to_string()))
        })
    }

    /// The first change starts the draft from what is stored.
    pub(super) fn ubah(&self, m: Medan, v: String) {
        let s = *self;
        self.draf.update(|d| {
            let d = d.get_or_insert_with(|| {
                let (isian, basis) = s.tersimpan.get_untracked();
                Draf { isian, basis }
            });
            d.isian.set(m, v);
        });
        self.dirty.set(true);
    }

    /// The form as it is now and the revision a save must name.
    pub(super) fn kini(&self) -> (Isian, Option<u64>) {
        self.draf
            .with_untracked(|d| d.as_ref().map(|d| (d.isian.clone(), d.basis)))
            .unwrap_or_else(|| self.tersimpan.get_untracked())
    }

    /// Drops the draft (saved, or the person chose the stored version).
    pub(super) fn buang(&self) {
        self.draf.set(None);
        self.dirty.set(false);
    }
}
