use super::matriks::MatriksPeranHasil;
use super::*;
use crate::domain::Rulebook;

fn d(m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, day).unwrap()
}

fn iki(id: &str, aspek: Aspek, target: Target) -> Iki {
    Iki {
        id: id.into(),
        aspek,
        indikator: "Jumlah dokumen".into(),
        target,
        akumulasi: Akumulasi::Jumlah,
        akumulasi_dipilih: false,
    }
}

fn rhk(id: &str, jenis: JenisRhk, iki: Vec<Iki>) -> Rhk {
    Rhk {
        id: id.into(),
        jenis,
        uraian: "Tersusunnya dokumen perangkat pembelajaran".into(),
        rhk_atasan_id: None,
        rhk_atasan_uraian: String::new(),
        penugasan_dari: String::new(),
        perspektif: None,
        iki,
    }
}

fn lengkap() -> Skp {
    let mut s = Skp::baru(
        "skp-1",
        "198609262015051001",
        JenisSkp::JaJf,
        Pendekatan::Kuantitatif,
        d(1, 1),
        d(12, 31),
    );
    s.rhk.push(rhk(
        "r1",
        JenisRhk::Utama,
        vec![
            iki(
                "i1",
                Aspek::Kuantitas,
                Target::Angka {
                    nilai: 2.0,
                    satuan: "dokumen".into(),
                },
            ),
            iki(
                "i2",
                Aspek::Kualitas,
                Target::Angka {
                    nilai: 100.0,
                    satuan: "%".into(),
                },
            ),
            iki(
                "i3",
                Aspek::Waktu,
                Target::MakinKecil {
                    nilai: 12.0,
                    satuan: "bulan".into(),
                },
            ),
        ],
    ));
    s
}

#[test]
fn lifecycle_with_one_return() {
    let rb = Rulebook::bawaan();
    let mut s = lengkap();
    assert!(s.boleh_diubah());
    s.ajukan(rb, d(1, 5)).unwrap();
    assert!(!s.boleh_diubah());
    assert_eq!(
        s.kembalikan(d(1, 6), "  ").unwrap_err().kode,
        "alasan_wajib"
    );
    s.kembalikan(d(1, 6), "Target kualitas perlu satuan")
        .unwrap();
    assert_eq!(
        s.status,
        StatusSkp::Dikembalikan {
            pada: d(1, 6),
            alasan: "Target kualitas perlu satuan".into()
        }
    );
    assert!(s.boleh_diubah());
    s.ajukan(rb, d(1, 7)).unwrap();
    s.setujui(d(1, 8)).unwrap();
    assert_eq!(s.status.kode(), "disetujui");
    let jalur: Vec<_> = s
        .riwayat
        .iter()
        .map(|r| format!("{}>{}", r.dari, r.ke))
        .collect();
    assert_eq!(
        jalur,
        [
            "draft>diajukan",
            "diajukan>dikembalikan",
            "dikembalikan>diajukan",
            "diajukan>disetujui"
        ]
    );
    assert_eq!(
        s.setujui(d(1, 9)).unwrap_err().kode,
        "transisi_status_tidak_sah"
    );
    assert_eq!(
        s.ajukan(rb, d(1, 9)).unwrap_err()[0].kode,
        "transisi_status_tidak_sah"
    );
    s.revisi(d(6, 1), "Mutasi tugas").unwrap();
    assert_eq!(s.status, StatusSkp::Draft);
    assert_eq!(s.riwayat.last().unwrap().pada, d(6, 1));
}

#[test]
fn incomplete_skp_is_not_submitted_and_every_problem_is_named() {
    let rb = Rulebook::bawaan();
    let mut s = Skp::baru(
        "skp-2",
        "198609262015051001",
        JenisSkp::Jpt,
        Pendekatan::Kuantitatif,
        d(12, 31),
        d(1, 1),
    );
    let mut r = rhk(
        "r1",
        JenisRhk::Tambahan,
        vec![
            iki(
                "i1",
                Aspek::Kuantitas,
                Target::Naratif {
                    teks: "baik".into(),
                },
            ),
            iki(
                "i2",
                Aspek::Kuantitas,
                Target::Angka {
                    nilai: -1.0,
                    satuan: String::new(),
                },
            ),
        ],
    );
    r.perspektif = Some("kepuasan".into());
    s.rhk.push(r);
    s.rhk.push(rhk("r2", JenisRhk::Tambahan, vec![]));
    s.perilaku.push(EkspektasiPerilaku {
        nilai: "amanah".into(),
        ekspektasi_khusus: String::new(),
    });
    let kode: Vec<String> = s
        .ajukan(rb, d(1, 5))
        .unwrap_err()
        .into_iter()
        .map(|g| g.kode)
        .collect();
    assert_eq!(
        kode,
        [
            "periode_terbalik",
            "tanpa_rhk_utama",
            "perspektif_tidak_dikenal",
            "target_naratif_kuantitatif",
            "target_tidak_positif",
            "rhk_tanpa_iki",
            "perspektif_wajib",
            "nilai_berakhlak_tidak_dikenal"
        ]
    );
    assert_eq!(s.status, StatusSkp::Draft);
    let g = &s.periksa_kelengkapan(rb)[3];
    assert!(
        g.pesan(rb, crate::domain::Bahasa::Id)
            .starts_with("RHK 1 · IKI 1"),
        "{g:?}"
    );
}

#[test]
fn jaf_aspek_once_per_rhk_and_kualitatif_takes_narrative() {
    let rb = Rulebook::bawaan();
    let mut s = lengkap();
    s.rhk[0].iki.push(iki(
        "i4",
        Aspek::Kuantitas,
        Target::Angka {
            nilai: 1.0,
            satuan: "x".into(),
        },
    ));
    assert_eq!(s.periksa_kelengkapan(rb)[0].kode, "aspek_ganda");
    let mut k = lengkap();
    k.pendekatan = Pendekatan::Kualitatif;
    k.rhk[0].iki[0].target = Target::Naratif {
        teks: "Dokumen diterima pimpinan tanpa revisi".into(),
    };
    assert!(k.periksa_kelengkapan(rb).is_empty());
}

#[test]
fn matriks_cells_become_rhk_of_the_bawahan() {
    let mut atasan = lengkap();
    atasan.rhk[0].uraian = "Meningkatnya kualitas layanan".into();
    let mut m = MatriksPeranHasil {
        skp_atasan_id: atasan.id.clone(),
        ..Default::default()
    };
    m.isi("r1", "199001012020121001", "Tersusunnya SOP layanan");
    m.isi("r1", "199101012020122001", "Terlaksananya survei");
    m.isi("r1", "199101012020122001", "Terlaksananya survei kepuasan");
    let r = m.rhk_untuk(&atasan, "199101012020122001", |_| vec![]);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].uraian, "Terlaksananya survei kepuasan");
    assert_eq!(r[0].rhk_atasan_id.as_deref(), Some("r1"));
    assert_eq!(r[0].rhk_atasan_uraian, "Meningkatnya kualitas layanan");
    assert_eq!(r[0].jenis, JenisRhk::Utama);
    m.isi("r1", "199001012020121001", "");
    assert!(m.sel("r1", "199001012020121001").is_none());
    assert_eq!(m.sel.len(), 1);
}

#[test]
fn matriks_rows_keep_names_and_list_every_bawahan_once() {
    let mut m = MatriksPeranHasil::default();
    m.isi("r1", "199001012020121001", "A");
    m.tambah_baris("199101012020122001", " Sari ");
    m.tambah_baris("199101012020122001", "Sari W");
    m.isi("r2", "199001012020121001", "B");
    assert_eq!(m.baris.len(), 1);
    assert_eq!(m.baris[0].nama, "Sari W");
    assert_eq!(
        m.nip_bawahan(),
        ["199101012020122001", "199001012020121001"]
    );
    assert_eq!(m.jumlah_untuk("199001012020121001"), 2);
    assert_eq!(m.jumlah_untuk("199101012020122001"), 0);
    // Older files without rows still read.
    let lama: MatriksPeranHasil =
        serde_json::from_str(r#"{"skp_atasan_id":"s","sel":[]}"#).unwrap();
    assert!(lama.baris.is_empty());
}

#[test]
fn skp_round_trips_through_json() {
    let s = lengkap();
    let back: Skp = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back, s);
}

#[test]
fn target_forms_and_accumulations_have_the_stored_codes() {
    for b in BentukTarget::SEMUA {
        let t = b.dari(&Target::Angka {
            nilai: 2.0,
            satuan: "dokumen".into(),
        });
        assert_eq!(t.bentuk(), b);
        let v = serde_json::to_value(&t).unwrap();
        assert_eq!(v["jenis"].as_str(), Some(b.kode()));
        assert_eq!(BentukTarget::dari_kode(b.kode()), Some(b));
    }
    let persen = Target::Angka {
        nilai: 99.5,
        satuan: "%".into(),
    };
    assert_eq!(BentukTarget::Rentang.dari(&persen).satuan(), "%");
    assert_eq!(BentukTarget::Naratif.dari(&persen).satuan(), "");
    for a in Akumulasi::SEMUA {
        assert_eq!(serde_json::to_value(a).unwrap().as_str(), Some(a.kode()));
        assert_eq!(Akumulasi::dari_kode(a.kode()), Some(a));
    }
    assert_eq!(Akumulasi::dari_kode("median"), None);
}

#[test]
fn the_next_period_follows_the_day_after() {
    let s = lengkap();
    let (a, b) = s.periode_berikutnya();
    assert_eq!(
        (a.to_string(), b.to_string()),
        ("2027-01-01".into(), "2027-12-31".into())
    );
    // After a transfer in mid-year, the rest of that year.
    let mut pindah = lengkap();
    pindah.periode_selesai = d(6, 30);
    let (a, b) = pindah.periode_berikutnya();
    assert_eq!((a, b), (d(7, 1), d(12, 31)));
}

#[test]
fn a_following_skp_carries_the_plan_under_new_ids_as_a_draft() {
    let rb = Rulebook::bawaan();
    let mut s = lengkap();
    s.rhk[0].rhk_atasan_id = Some("rhk-atasan-2026".into());
    s.rhk[0].rhk_atasan_uraian = "Meningkatnya mutu".into();
    s.perilaku.push(EkspektasiPerilaku {
        nilai: "akuntabel".into(),
        ekspektasi_khusus: "Tepat waktu".into(),
    });
    s.plt_plh = true;
    s.pejabat_penilai_nip = "197001011995031001".into();
    s.ajukan(rb, d(1, 5)).unwrap();
    s.setujui(d(1, 9)).unwrap();
    let mut n = 0;
    let mut id = || {
        n += 1;
        format!("baru-{n}")
    };
    let (a, b) = s.periode_berikutnya();
    let t = s.lanjutan(&mut id, a, b);
    assert_eq!(t.id, "baru-1");
    assert_eq!(t.status, StatusSkp::Draft);
    assert!(t.riwayat.is_empty() && !t.plt_plh && t.pejabat_penilai_nip.is_empty());
    assert_eq!(
        (t.periode_mulai, t.pegawai_nip.as_str()),
        (a, s.pegawai_nip.as_str())
    );
    assert_eq!(t.rhk.len(), 1);
    let r = &t.rhk[0];
    assert_eq!(
        (r.id.as_str(), r.uraian.as_str()),
        ("baru-2", s.rhk[0].uraian.as_str())
    );
    assert_eq!(
        (r.rhk_atasan_id.as_ref(), r.rhk_atasan_uraian.as_str()),
        (None, "")
    );
    let ids: Vec<_> = r.iki.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["baru-3", "baru-4", "baru-5"]);
    assert_eq!(r.iki[0].target, s.rhk[0].iki[0].target);
    assert_eq!(t.perilaku, s.perilaku);
    // The earlier SKP is untouched.
    assert_eq!(s.rhk[0].id, "r1");
    assert!(t.periksa(rb).is_empty());
}
