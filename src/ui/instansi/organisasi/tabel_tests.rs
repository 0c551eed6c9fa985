//! The organisation's download reads as the screen does: the leader by name (their NIP in
//! 8-6-1-3 form when no profile names them), and the leader's NIP in its own text column.

use super::*;
use crate::domain::contoh_tests::{nip, pegawai};
use crate::store::rekaman::{tulis_isi, JenisRecord};
use crate::store::MemoryStore;
use crate::ui::instansi::organisasi::teks::{EN, ID};

const W: &str = "2026-11-20T09:00:00+07:00";

fn unit(id: &str, nama: &str, induk: Option<&str>, pimpinan: &str) -> Tersimpan<UnitKerja> {
    Tersimpan {
        isi: UnitKerja {
            id: id.into(),
            nama: nama.into(),
            kode: String::new(),
            induk: induk.map(str::to_string),
            pimpinan_nip: pimpinan.into(),
            alias: vec![],
        },
        revisi: 1,
    }
}

#[test]
fn the_organisation_table_names_the_leader_as_the_screen_does_and_keeps_the_nip_as_text() {
    let s = MemoryStore::new();
    let budi = pegawai(&nip(1), "Budi Santoso", "Bidang Mutasi", "pengawas");
    tulis_isi(&s, JenisRecord::Pegawai, "p1", &budi, None, W).unwrap();
    let d = DataKinerja::muat(&s).unwrap();
    let mut mutasi = unit("m", "Bidang Mutasi", Some("bkd"), &nip(1));
    mutasi.isi.alias = vec!["Bid. Mutasi".into()];
    let unit = [
        unit("bkd", "Badan Kepegawaian Daerah", None, ""),
        mutasi,
        // A leader no profile names yet.
        unit("s", "Sekretariat", Some("bkd"), &nip(2)),
    ];
    let profil = ["Bid. Mutasi".to_string(), "Bidang Mutasi".to_string()];
    let baris = pohon(&unit, &profil);
    let t = tabel_organisasi(&ID, &baris, &d);
    assert_eq!(
        t.kolom,
        [
            "Unit kerja",
            "Kode",
            "Unit induk",
            "Pimpinan unit",
            "NIP pimpinan unit",
            "Ejaan lain",
            "Pegawai"
        ]
    );
    let cari = |nama: &str| {
        t.baris
            .iter()
            .find(|b| b[0] == Sel::teks(nama))
            .unwrap()
            .clone()
    };
    let m = cari("Bidang Mutasi");
    assert_eq!(m[2], Sel::teks("Badan Kepegawaian Daerah"));
    assert_eq!(m[3], Sel::teks("Budi Santoso"));
    assert_eq!(m[4], Sel::teks(nip(1)), "the NIP a text cell");
    assert_eq!(m[6], Sel::angka(2), "both spellings count");
    // The screen's own name for the leader is the table's.
    assert_eq!(
        nama_pimpinan(&d, &unit[1].isi).as_deref(),
        Some("Budi Santoso")
    );
    let sek = cari("Sekretariat");
    assert_eq!(
        sek[3],
        Sel::teks(crate::domain::nip::format_nip(&nip(2))),
        "no profile: the NIP as the screen writes it"
    );
    assert_eq!(sek[4], Sel::teks(nip(2)));
    let bkd = cari("Badan Kepegawaian Daerah");
    assert_eq!((&bkd[3], &bkd[4]), (&Sel::teks(""), &Sel::teks("")));
    assert_eq!(nama_pimpinan(&d, &unit[0].isi), None);
    let en = tabel_organisasi(&EN, &baris, &d);
    assert_eq!(en.kolom[3..5], ["Unit leader", "Unit leader's NIP"]);
}
