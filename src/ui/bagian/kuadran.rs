//! The kuadran kinerja pegawai drawn as the regulation's 3×3 grid, with the cell of the chosen
//! ratings marked, and the predikat with its explanation. Every cell's words come from the
//! rulebook, so an agency's own rulebook redraws it.
//!
//! At 360 px the grid fits: headers show the rulebook's short rating names (`….singkat`, the
//! full name stays for screen readers), the axes are named in the caption instead of the
//! corner, cells may wrap after a "/". Should it still be wider than its box (English's
//! longer words, large text, an agency's own labels), the chosen cell is scrolled into view
//! sideways.

use crate::domain::{Bahasa, Rating, Rulebook};
use crate::ui::evaluasi::teks::teks_evaluasi;
use crate::ui::i18n::isi;
use leptos::prelude::*;

/// A rating's name as a header: the full name, and the short one a phone shows instead (the
/// full one then stays for screen readers). A rulebook without a short name shows the full.
fn nama_rating(rb: &'static Rulebook, r: Rating, b: Bahasa) -> impl IntoView {
    let key = r.label_key();
    let singkat = format!("{key}.singkat");
    let panjang = rb.teks(&key, b).to_string();
    if rb.ada_label(&singkat) {
        view! {
            <span class="label-panjang">{panjang}</span>
            <span class="label-singkat" aria-hidden="true">{rb.teks(&singkat, b).to_string()}</span>
        }
        .into_any()
    } else {
        panjang.into_any()
    }
}

/// A predikat's words with a line-break chance after each "/" ("Kurang/Misconduct" is one
/// long word otherwise); the text itself stays as the rulebook writes it.
fn boleh_patah(teks: &str) -> impl IntoView {
    let bagian: Vec<String> = teks.split('/').map(String::from).collect();
    let n = bagian.len();
    bagian
        .into_iter()
        .enumerate()
        .map(|(i, x)| {
            let lanjut = i + 1 < n;
            view! { {x} {lanjut.then(|| view! { "/" <wbr/> })} }
        })
        .collect_view()
}

/// The scroll position of a box `lebar_kotak` wide, now at `gulir`, that shows the span
/// `[kiri, kiri + lebar)`: unchanged when the span is in view, else the least move (a span
/// wider than the box shows its start).
pub fn gulir_agar_tampak(kiri: i32, lebar: i32, gulir: i32, lebar_kotak: i32) -> i32 {
    if kiri < gulir {
        kiri
    } else if kiri + lebar > gulir + lebar_kotak {
        (kiri + lebar - lebar_kotak).min(kiri)
    } else {
        gulir
    }
}

/// Scrolls the grid's box sideways so the chosen cell shows; the page itself does not move.
fn tampakkan_terpilih(kotak: &web_sys::HtmlElement) {
    use wasm_bindgen::JsCast;
    let Ok(Some(sel)) = kotak.query_selector("[data-testid=kuadran-terpilih]") else {
        return;
    };
    let Ok(sel) = sel.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    // offsetLeft counts from the nearest positioned ancestor: walk up to the box.
    let tujuan: &wasm_bindgen::JsValue = kotak.as_ref();
    let mut kiri = 0;
    let mut el = sel.clone();
    loop {
        kiri += el.offset_left();
        match el.offset_parent() {
            Some(p) if AsRef::<wasm_bindgen::JsValue>::as_ref(&p) == tujuan => break,
            Some(p) => match p.dyn_into::<web_sys::HtmlElement>() {
                Ok(p) => el = p,
                Err(_) => return,
            },
            None => return,
        }
    }
    let baru = gulir_agar_tampak(
        kiri,
        sel.offset_width(),
        kotak.scroll_left(),
        kotak.client_width(),
    );
    if baru != kotak.scroll_left() {
        kotak.set_scroll_left(baru);
    }
}

#[component]
pub fn Kuadran(
    #[prop(into)] hasil: Signal<Option<Rating>>,
    #[prop(into)] perilaku: Signal<Option<Rating>>,
    #[prop(into)] bahasa: Signal<Bahasa>,
) -> impl IntoView {
    let rb = Rulebook::aktif();
    let t = move || teks_evaluasi(bahasa.get());
    // Rows run from the best hasil down, as the regulation's figure does.
    let baris = move || {
        let b = bahasa.get();
        Rating::SEMUA.iter().rev().map(|&h| {
            let sel = Rating::SEMUA.iter().map(|&p| {
                let predikat = rb.kuadran[&h][&p];
                let aktif = hasil.get() == Some(h) && perilaku.get() == Some(p);
                view! {
                    <td class=format!("sel-kuadran predikat-{}", predikat.kode()) class:aktif=aktif
                        data-testid=aktif.then_some("kuadran-terpilih")>
                        {boleh_patah(rb.teks(&predikat.label_key(), b))}
                        {aktif.then(|| view! { <span class="tersembunyi">" " {t().terpilih}</span> })}
                    </td>
                }
            }).collect_view();
            view! { <tr><th scope="row">{nama_rating(rb, h, b)}</th>{sel}</tr> }
        }).collect_view()
    };
    let predikat = move || match (hasil.get(), perilaku.get()) {
        (Some(h), Some(p)) => {
            let b = bahasa.get();
            let e = crate::domain::kuadran::predikat(rb, h, p);
            view! {
                <p class="predikat" data-testid="predikat">
                    <strong>{isi(t().predikat, &[("predikat", rb.teks(&e.nilai.label_key(), b))])}</strong>
                </p>
                <details><summary>{t().penjelasan}</summary>
                    <ul>{e.penjelasan.uraikan(rb, b).into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </details>
            }
            .into_any()
        }
        _ => view! { <p class="petunjuk" data-testid="predikat-belum">{t().predikat_belum}</p> }
            .into_any(),
    };
    let gulir = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let dipilih = hasil.get().is_some() && perilaku.get().is_some();
        bahasa.track();
        if dipilih {
            // Spawned now, it runs after this change's render effects have marked the cell.
            leptos::task::spawn_local(async move {
                if let Some(kotak) = gulir.get_untracked() {
                    tampakkan_terpilih(&kotak);
                }
            });
        }
    });
    view! {
        // Focusable so a keyboard can scroll it sideways on a phone.
        <div class="tabel-gulir gulir-kuadran" role="region" node_ref=gulir tabindex="0" aria-label=move || t().kuadran>
            <table class="kuadran" data-testid="kuadran">
                // A phone names the axes here and leaves the corner to the arrows.
                <caption>{move || t().kuadran}
                    <span class="sumbu-kuadran" aria-hidden="true">{move || format!("↓ {} · → {}", t().kuadran_hasil, t().kuadran_perilaku)}</span>
                </caption>
                <thead>
                    <tr>
                        <th scope="col">
                            <span class="label-panjang">{move || format!("{} ↓ / {} →", t().kuadran_hasil, t().kuadran_perilaku)}</span>
                            <span class="label-singkat" aria-hidden="true">"↓ / →"</span>
                        </th>
                        {move || Rating::SEMUA.iter().map(|&r| view! { <th scope="col">{nama_rating(rb, r, bahasa.get())}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{baris}</tbody>
            </table>
        </div>
        {predikat}
    }
}

#[cfg(test)]
mod tests {
    use super::gulir_agar_tampak;

    #[test]
    fn a_cell_in_view_leaves_the_scroll_alone() {
        assert_eq!(gulir_agar_tampak(100, 60, 50, 200), 50);
        assert_eq!(gulir_agar_tampak(50, 200, 50, 200), 50);
    }

    #[test]
    fn a_cell_off_the_right_edge_scrolls_just_enough() {
        // Cell 280..350 in a 296 px box at 0: its right edge lands on the box's.
        assert_eq!(gulir_agar_tampak(280, 70, 0, 296), 54);
    }

    #[test]
    fn a_cell_off_the_left_edge_scrolls_to_its_start() {
        assert_eq!(gulir_agar_tampak(40, 70, 120, 296), 40);
    }

    #[test]
    fn a_cell_wider_than_the_box_shows_its_start() {
        assert_eq!(gulir_agar_tampak(300, 400, 0, 296), 300);
    }
}
