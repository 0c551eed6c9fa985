//! The kuadran kinerja pegawai drawn as the regulation's 3×3 grid, with the cell of the chosen
//! ratings marked, and the predikat with its explanation. Every cell's words come from the
//! rulebook, so an agency's own rulebook redraws it.

use crate::domain::{Bahasa, Rating, Rulebook};
use crate::ui::evaluasi::teks::teks_evaluasi;
use crate::ui::i18n::isi;
use leptos::prelude::*;

#[component]
pub fn Kuadran(
    #[prop(into)] hasil: Signal<Option<Rating>>,
    #[prop(into)] perilaku: Signal<Option<Rating>>,
    #[prop(into)] bahasa: Signal<Bahasa>,
) -> impl IntoView {
    let rb = Rulebook::bawaan();
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
                        {rb.teks(&predikat.label_key(), b).to_string()}
                        {aktif.then(|| view! { <span class="tersembunyi">" " {t().terpilih}</span> })}
                    </td>
                }
            }).collect_view();
            view! { <tr><th scope="row">{rb.teks(&h.label_key(), b).to_string()}</th>{sel}</tr> }
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
    view! {
        // Focusable so a keyboard can scroll it sideways on a phone.
        <div class="tabel-gulir" role="region" tabindex="0" aria-label=move || t().kuadran>
            <table class="kuadran" data-testid="kuadran">
                <caption>{move || t().kuadran}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || format!("{} ↓ / {} →", t().kuadran_hasil, t().kuadran_perilaku)}</th>
                        {move || Rating::SEMUA.iter().map(|r| view! { <th scope="col">{rb.teks(&r.label_key(), bahasa.get()).to_string()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{baris}</tbody>
            </table>
        </div>
        {predikat}
    }
}
