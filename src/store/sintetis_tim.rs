//! One team of the synthetic agency (`sintetis.rs`): its people and their SKPs, each
//! pegawai's file from their own device, and the penilaian file from their pejabat penilai's.

use super::*;

struct Anggota {
    profil: Pegawai,
    skp: Skp,
    /// Triwulan I–IV, then the year.
    predikat: [Predikat; 5],
}

/// The agency of `u`: teams in turn over the 40 units.
pub(crate) fn agensi(u: &Ukuran) -> Agensi {
    let mut acak = Acak::baru(u.benih);
    let mut dipakai = HashSet::new();
    let unit = daftar_unit(&mut acak, &mut dipakai);
    let (mut pegawai, mut penilaian) = (Vec::new(), Vec::new());
    for k in 0..u.tim {
        let (p, milik) = satu_tim(&mut acak, &mut dipakai, &unit, k, u.per_tim);
        pegawai.extend(milik);
        penilaian.push(p);
    }
    Agensi {
        unit,
        pegawai,
        penilaian,
    }
}

fn d(y: i32, m: u32, h: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, h).unwrap()
}

const INSTANSI: &str = "Pemerintah Kota Contoh";

fn satu_tim(
    acak: &mut Acak,
    dipakai: &mut HashSet<String>,
    unit: &[UnitKerja],
    k: usize,
    n: usize,
) -> (Berkas, Vec<Berkas>) {
    let rb = Rulebook::aktif();
    let u = &unit[k % unit.len()];
    let kepala = {
        let pr = acak_bool(acak);
        Pejabat {
            nip: u.pimpinan_nip.clone(),
            nama: nama_orang(acak, pr),
            jabatan: format!("Kepala {}", u.nama),
            jenjang: if u.induk.is_none() {
                "jpt_pratama"
            } else {
                "administrator"
            }
            .into(),
            golongan: "IV/a".into(),
            delegasi: false,
        }
    };
    let pr = acak_bool(acak);
    let penilai = Pegawai {
        nip: nip(acak, true, pr, dipakai),
        nama: nama_orang(acak, pr),
        jenis_pegawai: "pns".into(),
        golongan: "III/d".into(),
        jenjang: "pengawas".into(),
        jabatan: format!("Ketua Kelompok Kerja {} {}", k / unit.len() + 1, u.nama),
        unit_kerja: u.nama.clone(),
        instansi: INSTANSI.into(),
        pejabat_penilai: Some(kepala),
        atasan_pejabat_penilai: None,
        angka_kredit_awal: None,
        angka_kredit_sejak: None,
    };
    let anggota: Vec<Anggota> = (0..n)
        .map(|i| anggota(acak, dipakai, rb, u, &penilai, i))
        .collect();
    let milik: Vec<Berkas> = anggota
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let hari = d(2026, 1, 2 + (i % 5) as u32);
            let b = berkas_pegawai(&a.profil, &a.skp, &jam_wib(hari, 8), &jam_wib(hari, 15));
            (b.nama_berkas(), b.to_json_pretty())
        })
        .collect();
    let b = berkas_penilai(acak, rb, &penilai, &anggota, &milik, k);
    ((b.nama_berkas(), b.to_json_pretty()), milik)
}

fn anggota(
    acak: &mut Acak,
    dipakai: &mut HashSet<String>,
    rb: &Rulebook,
    u: &UnitKerja,
    penilai: &Pegawai,
    i: usize,
) -> Anggota {
    let j = acak.pilih(JABATAN);
    let pns = !acak.peluang(10);
    let pr = acak_bool(acak);
    let nip = nip(acak, pns, pr, dipakai);
    let unit_kerja = match u.alias.first() {
        Some(a) if acak.peluang(3) => a.clone(),
        _ => u.nama.clone(),
    };
    let profil = Pegawai {
        nama: nama_orang(acak, pr),
        jenis_pegawai: if pns { "pns" } else { "pppk" }.into(),
        golongan: if pns {
            *acak.pilih(&j.golongan)
        } else {
            j.golongan_pppk
        }
        .into(),
        jenjang: j.jenjang.into(),
        jabatan: j.jabatan.into(),
        unit_kerja,
        instansi: INSTANSI.into(),
        pejabat_penilai: Some(pejabat(penilai)),
        atasan_pejabat_penilai: penilai.pejabat_penilai.clone(),
        angka_kredit_awal: None,
        angka_kredit_sejak: None,
        nip,
    };
    let skp = skp_untuk(
        acak,
        rb,
        &profil,
        j,
        &u.nama,
        d(2026, 1, 2 + (i % 5) as u32),
    );
    Anggota {
        profil,
        skp,
        predikat: predikat_tahun(acak),
    }
}

/// The SKP a holder of `j` writes for 2026 and submits on `diajukan`.
fn skp_untuk(
    acak: &mut Acak,
    rb: &Rulebook,
    p: &Pegawai,
    j: &Jabatan,
    unit: &str,
    diajukan: NaiveDate,
) -> Skp {
    let id = uuid_nama("skp", &format!("sintetis-{}-2026", p.nip));
    let (a, b) = (d(2026, 1, 1), d(2026, 12, 31));
    let mut s = Skp::baru(&id, &p.nip, JenisSkp::JaJf, Pendekatan::Kuantitatif, a, b);
    for (i, (uraian, utama, iki)) in j.rhk.iter().enumerate() {
        let iki = iki
            .iter()
            .enumerate()
            .map(|(k, (aspek, indikator, nilai, satuan))| {
                let target = match aspek {
                    crate::domain::skp::Aspek::Waktu => Target::MakinKecil {
                        nilai: *nilai,
                        satuan: (*satuan).into(),
                    },
                    _ => Target::Angka {
                        nilai: *nilai,
                        satuan: (*satuan).into(),
                    },
                };
                Iki {
                    id: format!("iki-{}-{}", i + 1, k + 1),
                    aspek: *aspek,
                    indikator: (*indikator).into(),
                    akumulasi: Akumulasi::bawaan_untuk(&target, rb).nilai,
                    target,
                    akumulasi_dipilih: false,
                }
            })
            .collect();
        s.rhk.push(Rhk {
            id: format!("rhk-{}", i + 1),
            jenis: if *utama {
                JenisRhk::Utama
            } else {
                JenisRhk::Tambahan
            },
            uraian: format!("{uraian} di {unit}"),
            rhk_atasan_id: None,
            rhk_atasan_uraian: if *utama {
                format!("Meningkatnya kualitas layanan {unit}")
            } else {
                String::new()
            },
            penugasan_dari: String::new(),
            perspektif: None,
            iki,
        });
    }
    s.perilaku = rb
        .berakhlak
        .iter()
        .zip(EKSPEKTASI)
        .map(|(b, e)| EkspektasiPerilaku {
            nilai: b.kode.clone(),
            ekspektasi_khusus: if acak.peluang(30) { *e } else { "" }.into(),
        })
        .collect();
    s.lampiran.dukungan_sumber_daya = vec![format!("Anggaran kegiatan {unit} tahun 2026")];
    s.lampiran.skema_pertanggungjawaban = vec!["Laporan bulanan kepada pejabat penilai".into()];
    s.lampiran.konsekuensi = vec!["Capaian menjadi dasar tunjangan kinerja".into()];
    s.ajukan(rb, diajukan).unwrap();
    s
}

fn periode(q: usize) -> Periode {
    match q {
        4 => Periode {
            jenis: JenisPeriode::Tahunan,
            tahun: 2026,
            ke: 1,
        },
        _ => Periode {
            jenis: JenisPeriode::Triwulanan,
            tahun: 2026,
            ke: q as u32 + 1,
        },
    }
}

fn indeks_rating(r: Rating) -> usize {
    match r {
        Rating::DibawahEkspektasi => 0,
        Rating::SesuaiEkspektasi => 1,
        Rating::DiatasEkspektasi => 2,
    }
}

/// "Tercapai 3 dari target 4 dokumen": the first IKI of an RHK, as far as the period goes.
fn realisasi_teks(rhk: &Rhk, rating: Rating, q: usize) -> String {
    let Some(Target::Angka { nilai, satuan } | Target::MakinKecil { nilai, satuan }) =
        rhk.iki.first().map(|i| &i.target)
    else {
        return String::new();
    };
    let bagian = if satuan == "persen" || q == 4 {
        1.0
    } else {
        (q + 1) as f64 / 4.0
    };
    let faktor = [0.6, 1.0, 1.15][indeks_rating(rating)];
    let target = (nilai * bagian).round();
    format!(
        "Tercapai {} dari target {target} {satuan}",
        (target * faktor).round()
    )
}

/// The pejabat penilai's device: the team's pegawai files in, approvals, five evaluations each
/// (and dialogs), the penilaian file out.
fn berkas_penilai(
    acak: &mut Acak,
    rb: &Rulebook,
    penilai: &Pegawai,
    anggota: &[Anggota],
    milik: &[Berkas],
    k: usize,
) -> Bundle {
    let s = MemoryStore::new();
    let jam = d(2026, 1, 9).and_hms_opt(10, 0, 0).unwrap();
    assert_eq!(
        impor_semua(&s, milik, jam),
        0,
        "a pegawai file lost a record"
    );
    let data = DataKinerja::muat(&s).unwrap();
    let disetujui = d(2026, 1, 12 + (k % 4) as u32);
    let rendah = |p: &Predikat| {
        matches!(
            p,
            Predikat::ButuhPerbaikan | Predikat::KurangMisconduct | Predikat::SangatKurang
        )
    };
    for a in anggota {
        let t = data.skp_id(&a.skp.id).unwrap();
        let mut skp = t.isi.clone();
        skp.setujui(disetujui).unwrap();
        skp.pejabat_penilai_nip = penilai.nip.clone();
        let w = jam_wib(disetujui, 9);
        tulis_isi(&s, JenisRecord::Skp, &skp.id, &skp, Some(t.revisi), &w).unwrap();
        for (q, p) in a.predikat.iter().enumerate() {
            let mut e = evaluasi_penilai(rb, &skp, &penilai.nip, periode(q), *p);
            e.tanggal = e.tanggal + Days::new((k % 5) as u64);
            for (r, rhk) in e.rating_rhk.iter_mut().zip(&skp.rhk) {
                r.realisasi = realisasi_teks(rhk, r.rating, q);
                r.umpan_balik = UMPAN_BALIK[indeks_rating(r.rating)].into();
            }
            for (x, teks) in e.perilaku.iter_mut().zip(EKSPEKTASI) {
                if e.rating_perilaku == Rating::DibawahEkspektasi || acak.peluang(15) {
                    x.umpan_balik = format!("Perhatikan: {}", teks.to_lowercase());
                }
            }
            let w = jam_wib(e.tanggal, 10);
            tulis_isi(&s, JenisRecord::Evaluasi, &e.id, &e, None, &w).unwrap();
        }
        // A dialog after the first low quarter; some others talk about their year too.
        let pertama_rendah = a.predikat[..4].iter().position(rendah);
        let q = match pertama_rendah {
            Some(q) => Some(q),
            None if acak.peluang(8) => Some(1),
            None => None,
        };
        if let Some(q) = q {
            let tanggal = periode(q).rentang().unwrap().1 + Days::new(10);
            let n = acak.bawah(KENDALA.len());
            let dl = DialogKinerja {
                id: uuid_nama("dialog_kinerja", &format!("sintetis-{}-{q}", a.profil.nip)),
                skp_id: skp.id.clone(),
                tanggal,
                peserta: vec![a.profil.nip.clone(), penilai.nip.clone()],
                capaian: realisasi_teks(&skp.rhk[0], Rating::DibawahEkspektasi, q),
                kendala: KENDALA[n].into(),
                langkah_disepakati: LANGKAH[n].into(),
                tindak_lanjut: Some(tanggal + Days::new(30)),
            };
            let w = jam_wib(tanggal, 14);
            tulis_isi(&s, JenisRecord::DialogKinerja, &dl.id, &dl, None, &w).unwrap();
        }
    }
    let dari = Pengekspor {
        nip: penilai.nip.clone(),
        nama: penilai.nama.clone(),
        peran: "pejabat_penilai".into(),
        lain: Default::default(),
    };
    let diekspor = d(2027, 1, 15 + (k % 10) as u32);
    ekspor(
        &s,
        JenisBundle::Penilaian,
        dari,
        waktu(&jam_wib(diekspor, 9)),
    )
    .unwrap()
}
