//! A Plt./Plh. assignment's SKP beside the pegawai's own: the period counts their own SKP and
//! its evaluation, whichever started later.

use super::*;
use crate::domain::contoh_tests::{d, disetujui, evaluasi, nip, pegawai, skp, tw};
use crate::domain::organisasi::UnitKerja;
use Predikat::*;

#[test]
fn an_acting_posts_skp_never_takes_the_place_of_the_pegawais_own() {
    let unit = vec![UnitKerja {
        id: "a".into(),
        nama: "Bidang A".into(),
        ..Default::default()
    }];
    let p = pegawai(&nip(1), "Pegawai 01", "Bidang A", "ahli_pertama");
    let sendiri = skp("skp-1", &nip(1), disetujui());
    // Acting head of another section from March to June, approved too.
    let mut plt = skp("skp-1plt", &nip(1), disetujui());
    plt.plt_plh = true;
    plt.periode_mulai = d(2026, 3, 1);
    plt.periode_selesai = d(2026, 6, 30);
    let ev = evaluasi(&nip(1), "skp-1", tw(2026, 1), SangatBaik);
    let data = DataRekap {
        pegawai: vec![&p],
        skp: vec![&sendiri, &plt],
        evaluasi: vec![&ev],
        predikat_unit: Vec::new(),
    };
    let org = Organisasi::baru(&unit);
    let r = rekap(Rulebook::bawaan(), &org, &data, tw(2026, 1), d(2026, 4, 15));
    let b = r.pegawai.iter().find(|b| b.nip == nip(1)).unwrap();
    assert_eq!(b.skp_id.as_deref(), Some("skp-1"));
    assert_eq!(b.predikat, Some(SangatBaik));
}
