use super::*;

#[test]
fn base64_round_trips_every_length_and_matches_rfc_4648() {
    // RFC 4648 §10 test vectors.
    for (a, b) in [
        ("", ""),
        ("f", "Zg=="),
        ("fo", "Zm8="),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg=="),
        ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(ke_base64(a.as_bytes()), b);
        assert_eq!(dari_base64(b).unwrap(), a.as_bytes());
    }
    let semua: Vec<u8> = (0..=255u8).cycle().take(1000).collect();
    for n in 0..300 {
        assert_eq!(dari_base64(&ke_base64(&semua[..n])).unwrap(), &semua[..n]);
    }
}

#[test]
fn broken_base64_is_refused_with_its_position() {
    assert_eq!(dari_base64("Zm9"), Err(GalatBase64::Panjang(3)));
    assert_eq!(dari_base64("Zm!v"), Err(GalatBase64::Karakter(2)));
    assert_eq!(dari_base64("Zg==Zm9v"), Err(GalatBase64::Karakter(2)));
    assert_eq!(dari_base64("Zm9v\n"), Err(GalatBase64::Panjang(5)));
    assert_eq!(dari_base64("=Zm9"), Err(GalatBase64::Karakter(0)));
}

fn contoh(byte: &[u8]) -> Lampiran {
    LampiranBaru {
        id: "l",
        skp_id: "s",
        realisasi_id: "r",
        pegawai_nip: "1",
        nama: "foto.png",
        mime: "image/png",
    }
    .dengan_byte(byte)
}

#[test]
fn the_bytes_come_back_only_when_size_and_hash_match() {
    let l = contoh(b"\x89PNG isi");
    assert_eq!(byte_lampiran(&l).unwrap(), b"\x89PNG isi");
    assert_eq!(l.ukuran, 8);
    // SHA-256 of "abc" (FIPS 180-2).
    assert_eq!(
        sha256_heks(b"abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );

    let mut diubah = l.clone();
    diubah.isi = ke_base64(b"\x89PNG ISI");
    assert_eq!(
        byte_lampiran(&diubah).unwrap_err().kode,
        "lampiran_hash_tidak_cocok"
    );
    let mut dipotong = l.clone();
    dipotong.isi = ke_base64(b"\x89PNG");
    let g = byte_lampiran(&dipotong).unwrap_err();
    assert_eq!(g.kode, "lampiran_ukuran_tidak_cocok");
    let mut rusak = l;
    rusak.isi = "bukan base64!".into();
    assert_eq!(byte_lampiran(&rusak).unwrap_err().kode, "lampiran_rusak");
}

/// The fixture pegawai bundle read under `batas`, with its attachment's data changed.
fn baca_dengan(batas: &crate::bundle::Batas, ubah: impl Fn(&mut serde_json::Value)) -> Vec<String> {
    let mut v = crate::bundle::contoh::value_pegawai();
    for r in v["records"].as_array_mut().unwrap() {
        if r["type"] == "lampiran" {
            ubah(&mut r["data"]);
        }
    }
    match crate::bundle::baca_teks("b.json", &v.to_string(), batas) {
        crate::bundle::HasilBaca::Terbaca(b) => b
            .ditolak
            .iter()
            .flat_map(|d| {
                d.masalah
                    .iter()
                    .map(|m| format!("{} {:?}", m.jalur, m.kode))
            })
            .collect(),
        lain => panic!("{lain:?}"),
    }
}

#[test]
fn only_the_attachment_bytes_may_pass_the_text_limit_and_they_have_their_own_ceiling() {
    let batas = crate::bundle::Batas {
        panjang_string_maks: 100,
        panjang_lampiran_maks: 400,
        ..Default::default()
    };
    let isi = ke_base64(&[5u8; 200]); // 268 characters: past 100, under 400
    assert!(baca_dengan(&batas, |d| d["isi"] = isi.clone().into()).is_empty());
    let panjang = ke_base64(&[5u8; 600]);
    let m = baca_dengan(&batas, |d| d["isi"] = panjang.clone().into());
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(
        m[0].starts_with("records[9].data.isi StringTerlaluPanjang"),
        "{m:?}"
    );
    // Any other long text of an attachment is held to the common limit.
    let m = baca_dengan(&batas, |d| d["nama"] = "x".repeat(101).into());
    assert!(
        m[0].starts_with("records[9].data.nama StringTerlaluPanjang"),
        "{m:?}"
    );
}
