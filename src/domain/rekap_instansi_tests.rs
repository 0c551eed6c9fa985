use super::*;
use crate::domain::contoh_tests::{d, disetujui, evaluasi, nip, pegawai, skp, tw};
use crate::domain::kinerja_organisasi::SumberPredikat;
use crate::domain::organisasi::UnitKerja;
use crate::domain::skp::StatusSkp;
use crate::domain::{Bahasa, PredikatOrganisasi};
use Predikat::*;

fn unit(id: &str, nama: &str, induk: Option<&str>, alias: &[&str]) -> UnitKerja {
    UnitKerja {
        id: id.into(),
        nama: nama.into(),
        kode: id.into(),
        induk: induk.map(str::to_string),
        pimpinan_nip: String::new(),
        alias: alias.iter().map(|a| a.to_string()).collect(),
    }
}

fn predikat_unit(unit_id: &str, p: PredikatOrganisasi) -> PredikatUnit {
    PredikatUnit {
        unit_id: unit_id.into(),
        periode: tw(2026, 1),
        predikat: p,
        sumber: SumberPredikat::Ditetapkan,
        catatan: String::new(),
    }
}

/// A Dinas with two Bidang; one profile spells Bidang A another way (an alias), one names a
/// unit that does not exist, one pegawai is known only by their SKP.
struct Contoh {
    unit: Vec<UnitKerja>,
    pegawai: Vec<Pegawai>,
    skp: Vec<Skp>,
    evaluasi: Vec<Evaluasi>,
    predikat: Vec<PredikatUnit>,
}

fn contoh() -> Contoh {
    let unit = vec![
        unit("a", "Bidang A", Some("dinas"), &["Bid. A"]),
        unit("b", "Bidang B", Some("dinas"), &[]),
        unit("dinas", "Dinas", None, &[]),
    ];
    // (number, unit_kerja, SKP status, predikat in TW I)
    let draft = || StatusSkp::Draft;
    let rows: Vec<(usize, &str, Option<StatusSkp>, Option<Predikat>)> = vec![
        (1, "Bidang A", Some(disetujui()), Some(SangatBaik)),
        (2, "bidang  a", Some(disetujui()), Some(Baik)),
        (3, "Bidang A", Some(disetujui()), Some(Baik)),
        (4, "Bid. A", Some(disetujui()), Some(ButuhPerbaikan)),
        (5, "Bidang A", Some(draft()), None),
        (6, "Bidang B", Some(disetujui()), Some(Baik)),
        (7, "Bidang B", Some(disetujui()), None),
        (
            8,
            "Bidang B",
            Some(StatusSkp::Dikembalikan {
                pada: d(2026, 1, 9),
                alasan: "x".into(),
            }),
            None,
        ),
        (9, "Dinas", Some(disetujui()), Some(Baik)),
        (
            10,
            "Gudang",
            Some(StatusSkp::Diajukan {
                pada: d(2026, 1, 5),
            }),
            None,
        ),
    ];
    let mut c = Contoh {
        unit,
        pegawai: Vec::new(),
        skp: Vec::new(),
        evaluasi: Vec::new(),
        predikat: vec![
            predikat_unit("a", PredikatOrganisasi::Baik),
            predikat_unit("b", PredikatOrganisasi::Istimewa),
        ],
    };
    for (i, uk, status, p) in rows {
        c.pegawai.push(pegawai(
            &nip(i),
            &format!("Pegawai {i:02}"),
            uk,
            "ahli_pertama",
        ));
        if let Some(st) = status {
            c.skp.push(skp(&format!("skp-{i}"), &nip(i), st));
        }
        if let Some(p) = p {
            c.evaluasi
                .push(evaluasi(&nip(i), &format!("skp-{i}"), tw(2026, 1), p));
        }
    }
    // Known only by an SKP: no profile arrived.
    c.skp.push(skp("skp-11", &nip(11), StatusSkp::Draft));
    c
}

fn data(c: &Contoh) -> DataRekap<'_> {
    DataRekap {
        pegawai: c.pegawai.iter().collect(),
        skp: c.skp.iter().collect(),
        evaluasi: c.evaluasi.iter().collect(),
        predikat_unit: c.predikat.iter().collect(),
    }
}

#[test]
fn a_worked_agency_counts_each_unit_with_its_sub_units() {
    let c = contoh();
    let org = Organisasi::baru(&c.unit);
    let r = rekap(
        Rulebook::bawaan(),
        &org,
        &data(&c),
        tw(2026, 1),
        d(2026, 4, 15),
    );
    let pos = |id| org.posisi(id).unwrap();
    let a = &r.unit[pos("a")].ringkasan;
    assert_eq!(
        a.jumlah_pegawai, 5,
        "the alias and the spacing both map to Bidang A"
    );
    assert_eq!(a.status, [0, 1, 0, 4, 0]);
    assert_eq!((a.evaluasi_selesai, a.evaluasi_wajib), (4, 4));
    assert_eq!(a.sebaran, [0, 0, 1, 2, 1]);
    let b = &r.unit[pos("b")].ringkasan;
    assert_eq!(b.jumlah_pegawai, 3);
    assert_eq!(b.status, [0, 0, 0, 2, 1]);
    // Pegawai 7's approved SKP has finished TW I unevaluated: due, not done.
    assert_eq!((b.evaluasi_selesai, b.evaluasi_wajib), (1, 2));
    let dinas = &r.unit[pos("dinas")].ringkasan;
    assert_eq!(dinas.jumlah_pegawai, 9);
    assert_eq!((dinas.evaluasi_selesai, dinas.evaluasi_wajib), (6, 7));
    assert_eq!(dinas.jumlah_predikat(Baik), 4);
    assert_eq!(
        r.tanpa_unit.jumlah_pegawai, 2,
        "Gudang and the SKP-only pegawai"
    );
    assert_eq!(r.tanpa_unit.jumlah_status(StatusSkpRekap::Diajukan), 1);
    assert_eq!(r.instansi.jumlah_pegawai, 11);
    assert_eq!(r.instansi.jumlah_status(StatusSkpRekap::Draft), 2);
    assert_eq!(r.instansi.evaluasi_selesai, 6);
    // Drill-down: a unit's rows are its own and its sub-units', in tree order, then by name.
    let nama: Vec<&str> = r
        .pegawai_unit(&org, pos("dinas"))
        .iter()
        .map(|b| b.nama.as_str())
        .collect();
    assert_eq!(nama[0], "Pegawai 09", "the Dinas's own pegawai come first");
    assert_eq!(nama.len(), 9);
    assert_eq!(r.pegawai_unit(&org, pos("a")).len(), 5);
    let tanpa: Vec<&str> = r
        .pegawai_tanpa_unit()
        .iter()
        .map(|b| b.nip.as_str())
        .collect();
    assert_eq!(tanpa, [nip(11), nip(10)]);
}

#[test]
fn each_units_predikat_organisasi_checks_its_distribution_and_names_the_breach() {
    let c = contoh();
    let org = Organisasi::baru(&c.unit);
    let rb = Rulebook::bawaan();
    let r = rekap(rb, &org, &data(&c), tw(2026, 1), d(2026, 4, 15));
    let pos = |id| org.posisi(id).unwrap();
    // Bidang A (Baik): Baik largest, at most 70 %, one Butuh Perbaikan: nothing breached.
    let a = r.unit[pos("a")].distribusi.clone().unwrap().unwrap();
    assert!(a.nilai.pelanggaran.is_empty(), "{:?}", a.nilai.pelanggaran);
    assert_eq!(a.nilai.cek.len(), 3);
    // Bidang B (Istimewa) has one Baik and no Sangat Baik: the rule is named as not met, but
    // no single pegawai could meet the whole pattern, so it is no breach yet.
    let b = r.unit[pos("b")].distribusi.clone().unwrap().unwrap();
    assert!(b.nilai.tak_dapat_dipenuhi && b.nilai.pelanggaran.is_empty());
    let belum = b.nilai.cek.iter().find(|c| !c.terpenuhi).unwrap();
    let kata = belum.uraian(rb, Bahasa::Id, b.nilai.jumlah_pegawai);
    assert_eq!(
        kata,
        "Sangat Baik menjadi kelompok terbanyak; Sangat Baik 0 orang, kelompok terbesar 1 orang."
    );
    let en = belum.uraian(rb, Bahasa::En, 1);
    assert!(en.starts_with("Very Good is the largest group"), "{en}");
    // The Dinas has no predikat for the period: no check.
    assert!(r.unit[pos("dinas")].distribusi.is_none());
    // Another period: nothing evaluated, so a unit with a predikat says so instead.
    let mut c2 = contoh();
    c2.predikat[0].periode = tw(2026, 2);
    let r2 = rekap(rb, &org, &data(&c2), tw(2026, 2), d(2026, 7, 15));
    let e = r2.unit[pos("a")].distribusi.clone().unwrap().unwrap_err();
    assert_eq!(e.kode, "tanpa_pegawai");
}

#[test]
fn the_latest_skp_and_evaluation_of_the_period_count_and_periods_are_listed_newest_first() {
    let mut c = contoh();
    // Pegawai 1 moved mid-year: a second SKP from July, still a draft.
    let mut baru = skp("skp-1b", &nip(1), StatusSkp::Draft);
    baru.periode_mulai = d(2026, 7, 1);
    c.skp.push(baru);
    c.evaluasi
        .push(evaluasi(&nip(1), "skp-1b", tw(2026, 3), Baik));
    let org = Organisasi::baru(&c.unit);
    let rb = Rulebook::bawaan();
    let r1 = rekap(rb, &org, &data(&c), tw(2026, 1), d(2026, 12, 31));
    let p1 = r1.pegawai.iter().find(|b| b.nip == nip(1)).unwrap();
    assert_eq!(p1.skp_id.as_deref(), Some("skp-1"));
    let r3 = rekap(rb, &org, &data(&c), tw(2026, 3), d(2026, 12, 31));
    let p1 = r3.pegawai.iter().find(|b| b.nip == nip(1)).unwrap();
    assert_eq!(p1.skp_id.as_deref(), Some("skp-1b"));
    assert_eq!(p1.status, StatusSkpRekap::Draft);
    assert_eq!(p1.predikat, Some(Baik));
    assert_eq!(
        periode_tercatat(c.evaluasi.iter().map(|e| e.periode)),
        vec![tw(2026, 3), tw(2026, 1)]
    );
}

#[test]
fn after_a_move_the_row_pairs_the_counted_skp_with_its_own_evaluation() {
    let mut c = contoh();
    // Pegawai 1 moved on 1 May: the old SKP ends in April, the new one (approved) runs on.
    // TW II has both SKPs' evaluations, the old one's written later and worse.
    c.skp[0].periode_selesai = d(2026, 4, 30);
    let mut baru = skp("skp-1b", &nip(1), disetujui());
    baru.periode_mulai = d(2026, 5, 1);
    c.skp.push(baru);
    let mut lama = evaluasi(&nip(1), "skp-1", tw(2026, 2), KurangMisconduct);
    lama.tanggal = d(2026, 7, 10);
    let mut ev_baru = evaluasi(&nip(1), "skp-1b", tw(2026, 2), Baik);
    ev_baru.tanggal = d(2026, 7, 3);
    c.evaluasi.extend([lama, ev_baru.clone()]);
    let org = Organisasi::baru(&c.unit);
    let rb = Rulebook::bawaan();
    let baris = |c: &Contoh| {
        let r = rekap(rb, &org, &data(c), tw(2026, 2), d(2026, 7, 15));
        let p = r.pegawai.into_iter().find(|b| b.nip == nip(1)).unwrap();
        (p.skp_id, p.predikat, p.wajib)
    };
    assert_eq!(baris(&c), (Some("skp-1b".into()), Some(Baik), true));
    // Without the new SKP's own evaluation the quarter is due and not done: the old SKP's
    // does not stand in for it.
    c.evaluasi.retain(|e| e.id != ev_baru.id);
    assert_eq!(baris(&c), (Some("skp-1b".into()), None, true));
}

#[test]
fn someone_known_only_by_an_skp_counts_only_in_the_periods_it_reaches() {
    let mut c = contoh();
    let nip_lama = nip(40);
    let mut s = skp("skp-40", &nip_lama, disetujui());
    (s.periode_mulai, s.periode_selesai) = (d(2024, 1, 1), d(2024, 12, 31));
    c.skp.push(s);
    let org = Organisasi::baru(&c.unit);
    let rb = Rulebook::bawaan();
    let ada = |periode| {
        rekap(rb, &org, &data(&c), periode, d(2026, 12, 31))
            .pegawai
            .iter()
            .any(|b| b.nip == nip_lama)
    };
    assert!(ada(tw(2024, 3)));
    assert!(!ada(tw(2026, 1)));
}

/// 10,000 pegawai in 40 units (4 Dinas of 9 Bidang each): the counts match an independent
/// count per unit. Correctness only; speed is measured by the bench, not asserted here.
#[test]
fn ten_thousand_pegawai_in_forty_units_are_counted_exactly() {
    let rb = Rulebook::bawaan();
    let mut unit_list = Vec::new();
    for k in 0..4 {
        unit_list.push(unit(&format!("d{k}"), &format!("Dinas {k}"), None, &[]));
        for j in 0..9 {
            let id = format!("d{k}b{j}");
            unit_list.push(unit(
                &id,
                &format!("Bidang {k}-{j}"),
                Some(&format!("d{k}")),
                &[],
            ));
        }
    }
    assert_eq!(unit_list.len(), 40);
    let n = 10_000;
    let status_ke = |i: usize| match i % 5 {
        0 => None,
        1 => Some(StatusSkp::Draft),
        2 => Some(StatusSkp::Diajukan {
            pada: d(2026, 1, 5),
        }),
        3 => Some(disetujui()),
        _ => Some(StatusSkp::Dikembalikan {
            pada: d(2026, 1, 9),
            alasan: "x".into(),
        }),
    };
    // Bidang by i % 36, Dinas pegawai every 37th; the approved ones are evaluated in turn.
    let unit_ke = |i: usize| {
        if i.is_multiple_of(37) {
            format!("Dinas {}", i % 4)
        } else {
            format!("Bidang {}-{}", (i % 36) / 9, i % 9)
        }
    };
    let predikat_ke = |i: usize| Predikat::SEMUA[(i / 5) % 5];
    let mut pg = Vec::with_capacity(n);
    let mut sk = Vec::with_capacity(n);
    let mut ev = Vec::new();
    for i in 0..n {
        pg.push(pegawai(&nip(i), &format!("P{i}"), &unit_ke(i), "pelaksana"));
        if let Some(st) = status_ke(i) {
            let setuju = matches!(st, StatusSkp::Disetujui { .. });
            sk.push(skp(&format!("s{i}"), &nip(i), st));
            if setuju && (i / 36) % 2 == 0 {
                ev.push(evaluasi(
                    &nip(i),
                    &format!("s{i}"),
                    tw(2026, 1),
                    predikat_ke(i),
                ));
            }
        }
    }
    let predikat: Vec<PredikatUnit> = unit_list
        .iter()
        .map(|u| predikat_unit(&u.id, PredikatOrganisasi::Baik))
        .collect();
    let org = Organisasi::baru(&unit_list);
    let data = DataRekap {
        pegawai: pg.iter().collect(),
        skp: sk.iter().collect(),
        evaluasi: ev.iter().collect(),
        predikat_unit: predikat.iter().collect(),
    };
    let r = rekap(rb, &org, &data, tw(2026, 1), d(2026, 4, 15));
    assert_eq!(r.pegawai.len(), n);
    assert_eq!(r.instansi.jumlah_pegawai, n);
    assert_eq!(r.tanpa_unit.jumlah_pegawai, 0);
    assert_eq!(r.instansi.status, [2000; 5]);
    // Independent count per unit, the slow way.
    for (pos, u) in org.urutan().iter().enumerate() {
        let di_sini = |i: &usize| {
            let nama = unit_ke(*i);
            nama == u.nama
                || (u.induk.is_none() && nama.starts_with(&format!("Bidang {}-", &u.id[1..2])))
        };
        let anggota: Vec<usize> = (0..n).filter(di_sini).collect();
        let mut status = [0usize; 5];
        let mut sebaran = [0usize; 5];
        let mut wajib = 0;
        for &i in &anggota {
            status[i % 5] += 1;
            if i % 5 == 3 {
                wajib += 1;
                if (i / 36) % 2 == 0 {
                    sebaran[crate::domain::distribusi::indeks(predikat_ke(i))] += 1;
                }
            }
        }
        let got = &r.unit[pos].ringkasan;
        assert_eq!(got.jumlah_pegawai, anggota.len(), "{}", u.nama);
        assert_eq!(got.status, status, "{}", u.nama);
        assert_eq!(got.sebaran, sebaran, "{}", u.nama);
        assert_eq!(
            got.evaluasi_selesai,
            sebaran.iter().sum::<usize>(),
            "{}",
            u.nama
        );
        assert_eq!(got.evaluasi_wajib, wajib, "{}", u.nama);
        assert_eq!(r.pegawai_unit(&org, pos).len(), anggota.len(), "{}", u.nama);
        let h = r.unit[pos].distribusi.clone().unwrap().unwrap();
        assert_eq!(h.nilai.jumlah_pegawai, sebaran.iter().sum::<usize>());
        assert!(h.nilai.jumlah_pegawai > 0, "{}", u.nama);
    }
    let dinas: usize = (0..4)
        .map(|k| {
            r.unit[org.posisi(&format!("d{k}")).unwrap()]
                .ringkasan
                .jumlah_pegawai
        })
        .sum();
    assert_eq!(dinas, n);
}
