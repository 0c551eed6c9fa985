//! Reading the envelope's fields, collecting every problem so the person sees all of them at
//! once, plus the small constructors shared with the record checks.

use super::format::{Pengekspor, PERAN};
use super::jejak::Bentuk;
use super::masalah::{KodeMasalah, Masalah};
use chrono::DateTime;
use serde_json::{Map, Value};

pub(crate) fn hilang(berkas: &str, induk: &str, kolom: &str) -> Masalah {
    Masalah::baru(
        berkas,
        induk,
        KodeMasalah::KolomHilang {
            kolom: kolom.into(),
        },
    )
}

pub(crate) fn tipe_salah(berkas: &str, jalur: &str, x: &Value, harap: &str) -> Masalah {
    Masalah::baru(
        berkas,
        jalur,
        KodeMasalah::TipeSalah {
            ada: Bentuk::dari_value(x),
            harap: harap.into(),
        },
    )
    .dengan_nilai(x)
}

fn gabung_jalur(induk: &str, kolom: &str) -> String {
    if induk.is_empty() {
        kolom.into()
    } else {
        format!("{induk}.{kolom}")
    }
}

/// Collects the envelope's problems so the person sees all of them at once.
pub(crate) struct Amplop<'a> {
    pub(crate) berkas: &'a str,
    pub(crate) masalah: Vec<Masalah>,
}

impl Amplop<'_> {
    pub(crate) fn tambah(&mut self, jalur: &str, kode: KodeMasalah, nilai: &str) {
        self.masalah
            .push(Masalah::baru(self.berkas, jalur, kode).dengan_teks(nilai));
    }

    pub(crate) fn teks(
        &mut self,
        o: &Map<String, Value>,
        induk: &str,
        kolom: &str,
    ) -> Option<String> {
        match o.get(kolom) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(x) => {
                let jalur = gabung_jalur(induk, kolom);
                self.masalah
                    .push(tipe_salah(self.berkas, &jalur, x, "a string"));
                None
            }
            None => {
                self.masalah.push(hilang(self.berkas, induk, kolom));
                None
            }
        }
    }

    pub(crate) fn waktu(&mut self, o: &Map<String, Value>, kolom: &str) -> Option<String> {
        let s = self.teks(o, "", kolom)?;
        match DateTime::parse_from_rfc3339(&s) {
            Ok(_) => Some(s),
            Err(e) => {
                let kode = KodeMasalah::TanggalTidakSah {
                    alasan: e.to_string(),
                };
                self.tambah(kolom, kode, &s);
                None
            }
        }
    }

    pub(crate) fn pengekspor(&mut self, akar: &Map<String, Value>) -> Option<Pengekspor> {
        let o = match akar.get("exporter") {
            Some(Value::Object(o)) => o,
            Some(x) => {
                self.masalah
                    .push(tipe_salah(self.berkas, "exporter", x, "struct Pengekspor"));
                return None;
            }
            None => {
                self.masalah.push(hilang(self.berkas, "", "exporter"));
                return None;
            }
        };
        let nip = self.teks(o, "exporter", "nip");
        let nama = self.teks(o, "exporter", "nama");
        let peran = self.teks(o, "exporter", "peran").filter(|p| {
            let dikenal = PERAN.contains(&p.as_str());
            if !dikenal {
                self.tambah("exporter.peran", KodeMasalah::PeranTidakDikenal, p);
            }
            dikenal
        });
        let lain = o
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "nip" | "nama" | "peran"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        Some(Pengekspor {
            nip: nip?,
            nama: nama?,
            peran: peran?,
            lain,
        })
    }
}
