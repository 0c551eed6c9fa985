//! The three teams of the agency end-to-end files (see `instansi_e2e_tests.rs`): who
//! evaluates whom, the units their profiles name, and the predikat of triwulan I and II.

use crate::domain::Predikat;

pub(crate) struct Penilai {
    pub(crate) nip: &'static str,
    pub(crate) nama: &'static str,
}

pub(crate) struct Bawahan {
    pub(crate) nip: &'static str,
    pub(crate) nama: &'static str,
    pub(crate) jenjang: &'static str,
    pub(crate) unit_kerja: &'static str,
    pub(crate) predikat: [Predikat; 2],
}

/// Three teams: Bidang Mutasi (one profile spells it "Bid. Mutasi"), Bidang Pengembangan
/// (Dewi Lestari, a JF, Butuh Perbaikan twice), Sekretariat.
pub(crate) fn tim() -> Vec<(Penilai, Vec<Bawahan>)> {
    use Predikat::*;
    let b = |nip, nama, jenjang, unit_kerja, p1, p2| Bawahan {
        nip,
        nama,
        jenjang,
        unit_kerja,
        predikat: [p1, p2],
    };
    vec![
        (
            Penilai {
                nip: "197501012000031001",
                nama: "Budi Santoso",
            },
            vec![
                b(
                    "198609262015052001",
                    "Sari Wulandari",
                    "ahli_pertama",
                    "Bidang Mutasi",
                    SangatBaik,
                    SangatBaik,
                ),
                b(
                    "198703152010011002",
                    "Andi Pratama",
                    "pelaksana",
                    "Bidang Mutasi",
                    Baik,
                    Baik,
                ),
                b(
                    "199001202015032003",
                    "Rina Marlina",
                    "pelaksana",
                    "Bid. Mutasi",
                    Baik,
                    Baik,
                ),
            ],
        ),
        (
            Penilai {
                nip: "197602022001122002",
                nama: "Maya Sari",
            },
            vec![
                b(
                    "198805052012012004",
                    "Dewi Lestari",
                    "ahli_pertama",
                    "Bidang Pengembangan",
                    ButuhPerbaikan,
                    ButuhPerbaikan,
                ),
                b(
                    "198911112014031005",
                    "Eko Saputra",
                    "pelaksana",
                    "Bidang Pengembangan",
                    Baik,
                    Baik,
                ),
                b(
                    "199102022016011006",
                    "Fajar Nugroho",
                    "pelaksana",
                    "Bidang Pengembangan",
                    SangatBaik,
                    SangatBaik,
                ),
            ],
        ),
        (
            Penilai {
                nip: "197703032002121003",
                nama: "Hendra Wijaya",
            },
            vec![
                b(
                    "199203032018012007",
                    "Gita Permata",
                    "pelaksana",
                    "Sekretariat",
                    Baik,
                    KurangMisconduct,
                ),
                b(
                    "199304042019031008",
                    "Hadi Kurniawan",
                    "pelaksana",
                    "sekretariat",
                    Baik,
                    Baik,
                ),
            ],
        ),
    ]
}
