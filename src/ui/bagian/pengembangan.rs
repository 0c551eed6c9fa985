//! The links between the four development screens (training log and JP, development plan,
//! competency profile, angka kredit), which share one main-menu entry.

use crate::domain::Bahasa;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

fn label(r: &Route, b: Bahasa) -> &'static str {
    match (r, b) {
        (Route::Pengembangan, Bahasa::Id) => "Pelatihan dan JP",
        (Route::Pengembangan, Bahasa::En) => "Training and JP",
        (Route::RencanaPengembangan, Bahasa::Id) => "Rencana",
        (Route::RencanaPengembangan, Bahasa::En) => "Plan",
        (Route::Kompetensi, Bahasa::Id) => "Kompetensi",
        (Route::Kompetensi, Bahasa::En) => "Competencies",
        (_, Bahasa::Id) => "Angka kredit",
        (_, Bahasa::En) => "Credit points",
    }
}

/// The three screens as tabs of one subject; `aktif` is the one on screen.
#[component]
pub fn NavPengembangan(aktif: Route) -> impl IntoView {
    let state = use_app_state();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let nama = move || match bahasa() {
        Bahasa::Id => "Bagian pengembangan",
        Bahasa::En => "Development sections",
    };
    let tautan = [
        Route::Pengembangan,
        Route::RencanaPengembangan,
        Route::Kompetensi,
        Route::AngkaKredit,
    ]
    .into_iter()
    .map(|r| {
        let kini = (r == aktif).then_some("page");
        let id = format!("sub-{}", r.href().trim_start_matches("#/"));
        let (href, r2) = (r.href(), r.clone());
        view! { <a href=href aria-current=kini data-testid=id>{move || label(&r2, bahasa())}</a> }
    })
    .collect_view();
    view! { <nav class="sub-nav" aria-label=nama>{tautan}</nav> }
}
