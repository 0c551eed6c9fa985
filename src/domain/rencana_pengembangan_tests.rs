use super::*;

fn tgl(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

pub(crate) fn butir(id: &str, jp: f64) -> ButirRencana {
    ButirRencana {
        id: id.into(),
        tujuan: "Menyusun analisis kebijakan".into(),
        dasar: DasarTujuan::Kesenjangan,
        rujukan: "berpikir_analitis".into(),
        bentuk: "pelatihan_teknis".into(),
        kegiatan: "Pelatihan analisis kebijakan".into(),
        mulai: tgl(3, 2),
        selesai: tgl(3, 4),
        jp,
        status: StatusButir::Direncanakan,
        kegiatan_id: None,
    }
}

pub(crate) fn rencana() -> RencanaPengembangan {
    RencanaPengembangan {
        id: "r1".into(),
        pegawai_nip: "198609262015052001".into(),
        tahun: 2026,
        butir: vec![butir("a", 24.0), butir("b", 8.0)],
        diajukan: None,
        keputusan: None,
        versi_terakhir: 0,
    }
}

fn keputusan(versi: u32, setuju: bool) -> Keputusan {
    Keputusan {
        penilai_nip: "197501012000031001".into(),
        versi,
        tanggal: tgl(2, 1),
        setuju,
        catatan: if setuju {
            String::new()
        } else {
            "Kurang rinci".into()
        },
    }
}

#[test]
fn status_follows_the_submitted_version_and_its_decision() {
    let mut r = rencana();
    assert_eq!(r.status(), StatusRencana::Draf);
    assert_eq!(r.versi_berikut(), 1);
    r.diajukan = Some(Pengajuan {
        versi: 1,
        tanggal: tgl(1, 20),
    });
    assert_eq!(r.status(), StatusRencana::Diajukan);
    r.keputusan = Some(keputusan(1, false));
    assert_eq!(r.status(), StatusRencana::Dikembalikan);
    // Changed and submitted again: the old decision no longer speaks for it.
    r.butir[0].jp = 16.0;
    r.diajukan = Some(Pengajuan {
        versi: r.versi_berikut(),
        tanggal: tgl(1, 25),
    });
    assert_eq!(r.diajukan.as_ref().unwrap().versi, 2);
    assert_eq!(r.status(), StatusRencana::Diajukan);
    r.keputusan = Some(keputusan(2, true));
    assert_eq!(r.status(), StatusRencana::Disetujui);
    // Back to the draft: the next version is after the decided one.
    r.diajukan = None;
    assert_eq!(r.status(), StatusRencana::Draf);
    assert_eq!(r.versi_berikut(), 3);
}

#[test]
fn progress_keeps_the_plan_the_same_a_change_does_not() {
    let r = rencana();
    let mut selesai = r.clone();
    selesai.butir[0].status = StatusButir::Selesai;
    selesai.butir[0].kegiatan_id = Some("k1".into());
    selesai.butir[1].status = StatusButir::Batal;
    assert!(r.isi_sama(&selesai));
    assert_eq!(selesai.jp_rencana(), 24.0);
    assert_eq!(r.jp_rencana(), 32.0);
    // Decimal JP add up as written, not as floating point (19.999999999999996 before).
    let mut desimal = r.clone();
    desimal.butir = vec![butir("a", 1.4), butir("b", 15.2), butir("c", 3.4)];
    assert_eq!(desimal.jp_rencana(), 20.0);
    let mut ubah = r.clone();
    ubah.butir[1].jp = 9.0;
    assert!(!r.isi_sama(&ubah));
    let mut tambah = r.clone();
    tambah.butir.push(butir("c", 2.0));
    assert!(!r.isi_sama(&tambah));
}

#[test]
fn every_problem_names_its_goal() {
    let rb = Rulebook::bawaan();
    assert!(rencana().periksa(rb).is_empty());
    let mut r = rencana();
    r.butir[1].tujuan = " ".into();
    r.butir[1].rujukan = String::new();
    r.butir[1].kegiatan = String::new();
    r.butir[1].bentuk = "tidak_ada".into();
    r.butir[1].selesai = tgl(3, 1);
    r.butir[1].jp = 0.0;
    let g = r.periksa(rb);
    let kode: Vec<&str> = g.iter().map(|g| g.kode.as_str()).collect();
    assert_eq!(
        kode,
        [
            "tujuan_kosong",
            "rujukan_kosong",
            "kegiatan_rencana_kosong",
            "bentuk_rencana_tidak_dikenal",
            "periode_rencana_terbalik",
            "jp_rencana_tidak_sah"
        ]
    );
    assert!(g.iter().all(|g| g
        .pesan(rb, crate::domain::Bahasa::Id)
        .starts_with("Tujuan 2:")));
    // "Lainnya" needs no reference; a return needs its reason; a submission needs a goal.
    let mut r = rencana();
    r.butir[0].dasar = DasarTujuan::Lainnya;
    r.butir[0].rujukan.clear();
    r.butir.truncate(1);
    assert!(r.periksa(rb).is_empty());
    r.butir.clear();
    r.diajukan = Some(Pengajuan {
        versi: 1,
        tanggal: tgl(1, 2),
    });
    let mut k = keputusan(1, false);
    k.catatan = " ".into();
    r.keputusan = Some(k);
    let kode: Vec<String> = r.periksa(rb).into_iter().map(|g| g.kode).collect();
    assert_eq!(kode, ["rencana_kosong", "catatan_pengembalian_kosong"]);
}

#[test]
fn a_goal_done_becomes_a_training_in_the_log() {
    let rb = Rulebook::bawaan();
    let b = butir("a", 24.0);
    let k = b.jadi_kegiatan(
        "k1".into(),
        "198609262015052001",
        tgl(3, 5),
        20.0,
        "sertifikat.pdf".into(),
    );
    assert_eq!(
        (k.judul.as_str(), k.bentuk.as_str()),
        (b.kegiatan.as_str(), "pelatihan_teknis")
    );
    assert_eq!((k.mulai, k.selesai, k.jp), (tgl(3, 2), tgl(3, 5), 20.0));
    assert!(!k.terverifikasi);
    assert!(k.periksa(rb).is_empty());
    // Done earlier than planned: the training does not start after it ends.
    let k = b.jadi_kegiatan("k2".into(), "x", tgl(3, 1), 2.0, String::new());
    assert_eq!((k.mulai, k.selesai), (tgl(3, 1), tgl(3, 1)));
}

/// Back to draft keeps the submitted version's number: the next submission comes after it,
/// and it travels only while set (a plan never withdrawn reads and writes as before).
#[test]
fn going_back_to_draft_keeps_the_version_count() {
    let mut r = rencana();
    assert_eq!(r.versi_berikut(), 1);
    r.diajukan = Some(Pengajuan {
        versi: 1,
        tanggal: tgl(1, 10),
    });
    r.kembali_ke_draf();
    assert_eq!(r.diajukan, None);
    assert_eq!(r.versi_berikut(), 2);
    assert_eq!(serde_json::to_value(&r).unwrap()["versi_terakhir"], 1);
    let tanpa = serde_json::to_value(rencana()).unwrap();
    assert!(tanpa.get("versi_terakhir").is_none());
}
