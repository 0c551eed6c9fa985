use super::*;

fn d(x: f64) -> Pecahan {
    Pecahan::dari_f64(x).unwrap()
}

fn q(p: i128, q: i128) -> Pecahan {
    Pecahan::baru(p, q).unwrap()
}

#[test]
fn reads_the_decimal_a_float_prints_as() {
    assert_eq!(d(0.7), q(7, 10));
    assert_eq!(d(2.6), q(13, 5));
    assert_eq!(d(-12.5), q(-25, 2));
    assert_eq!(d(1e-7), q(1, 10_000_000));
    assert_eq!(d(1e20), q(100_000_000_000_000_000_000, 1));
    assert_eq!(d(-0.0), Pecahan::NOL);
    for x in [f64::NAN, f64::INFINITY, 1e308, 1e-300] {
        assert_eq!(Pecahan::dari_f64(x), None, "{x}");
        assert_eq!(
            Pecahan::tepat(x).unwrap_err().kode,
            "angka_di_luar_jangkauan"
        );
    }
}

#[test]
fn arithmetic_is_exact_where_floats_are_not() {
    // 0.7 × 96 + 0.3 × 76 is 89.99999999999999 in f64.
    let x = d(0.7)
        .kali(d(96.0))
        .unwrap()
        .tambah(d(0.3).kali(d(76.0)).unwrap())
        .unwrap();
    assert_eq!(x, Pecahan::bulat(90));
    assert_eq!(d(0.1).tambah(d(0.2)).unwrap(), d(0.3));
    assert_eq!(
        d(1.0).bagi(d(3.0)).unwrap().kali(d(3.0)).unwrap(),
        Pecahan::bulat(1)
    );
    assert_eq!(d(5.0).kurang(d(7.5)).unwrap(), q(-5, 2));
    assert_eq!(
        d(1.0).bagi(Pecahan::NOL).unwrap_err().kode,
        "angka_di_luar_jangkauan"
    );
    let besar = q(i128::MAX / 2, 1);
    assert!(besar.kali(besar).is_err());
    assert!(besar.tambah(besar).is_ok() && besar.tambah(besar).unwrap().tambah(besar).is_err());
}

#[test]
fn rounds_half_away_from_zero() {
    for (x, des, want) in [
        (q(1249, 1000), 2, q(125, 100)),
        (q(1245, 1000), 2, q(125, 100)),
        (q(12449, 10000), 2, q(124, 100)),
        (q(-1245, 1000), 2, q(-125, 100)),
        (q(-12449, 10000), 2, q(-124, 100)),
        (q(25, 12), 2, q(208, 100)),
        (q(2, 3), 4, q(6667, 10000)),
        (q(1, 2), 0, q(1, 1)),
        (q(-1, 2), 0, q(-1, 1)),
        (Pecahan::NOL, 2, Pecahan::NOL),
    ] {
        assert_eq!(x.bulatkan(des).unwrap(), want, "{x:?} {des}");
    }
}

#[test]
fn order_is_exact_even_for_huge_terms() {
    assert!(q(1, 3) < q(34, 100));
    assert!(q(-1, 3) > q(-34, 100));
    assert!(q(7, 2) > Pecahan::bulat(3) && q(7, 2) < Pecahan::bulat(4));
    assert_eq!(q(6, 4).cmp(&q(3, 2)), Ordering::Equal);
    // Cross-multiplying these would overflow i128; the continued-fraction order does not.
    let a = q(i128::MAX - 1, i128::MAX - 2);
    let b = q(i128::MAX - 2, i128::MAX - 3);
    assert!(a < b);
    assert_eq!(b.cmp(&a), Ordering::Greater);
    assert_eq!(q(5, 2).min(q(7, 3)), q(7, 3));
    assert_eq!(q(5, 2).max(q(7, 3)), q(5, 2));
    // Against a brute-force order on a small grid.
    let mut n = 0;
    for a in -30i128..=30 {
        for b in 1i128..=12 {
            for c in -30i128..=30 {
                for e in [1i128, 5, 7, 12] {
                    assert_eq!(q(a, b).cmp(&q(c, e)), (a * e).cmp(&(c * b)));
                    n += 1;
                }
            }
        }
    }
    assert_eq!(n, 61 * 12 * 61 * 4);
}

#[test]
fn serialises_as_a_plain_number() {
    let v = serde_json::to_value(q(9, 4)).unwrap();
    assert_eq!(v, serde_json::json!(2.25));
    let back: Pecahan = crate::jejak::dari_value(&v).unwrap();
    assert_eq!(back, q(9, 4));
}
