//! The SKP's header (status, period, type, the evaluator's note), shown above the editor
//! and the read-only view alike.

use crate::domain::skp::{JenisSkp, Pendekatan, Skp, StatusSkp};
use crate::domain::Rulebook;
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// Status, period, type and (when returned) the evaluator's note.
#[component]
pub(super) fn KepalaSkp(ringkas: Memo<Option<Skp>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    let info = move || {
        ringkas.get().map(|s| {
            let alasan = match &s.status {
                StatusSkp::Dikembalikan { alasan, .. } => Some(alasan.clone()),
                _ => None,
            };
            let jenis = if s.jenis == JenisSkp::Jpt { t().jenis_nama[1] } else { t().jenis_nama[0] };
            let pendekatan = if s.pendekatan == Pendekatan::Kualitatif { t().pendekatan_nama[1] } else { t().pendekatan_nama[0] };
            view! {
                <dl class="data">
                    <dt>{t().status}</dt><dd><span data-testid="skp-status">{rb.teks(&s.status.label_key(), bahasa()).to_string()}</span>
                        {(s.revisi_ke() > 0).then(|| view! { " · " <span data-testid="skp-revisi">{isi(t().revisi_ke, &[("n", &s.revisi_ke().to_string())])}</span> })}</dd>
                    <dt>{t().mulai} " – " {t().selesai}</dt><dd>{format!("{} – {}", crate::ui::format::tanggal(s.periode_mulai), crate::ui::format::tanggal(s.periode_selesai))}</dd>
                    <dt>{t().jenis}</dt><dd>{jenis}</dd>
                    <dt>{t().pendekatan}</dt><dd>{pendekatan}</dd>
                </dl>
                <p><a href=Route::CetakSkp(s.id.clone()).href() data-testid="cetak-skp">{crate::ui::cetak::teks::teks_cetak(bahasa()).tautan_skp}</a></p>
                {alasan.map(|a| view! { <p class="banner peringatan" data-testid="skp-alasan"><strong>{t().alasan_dikembalikan} ": "</strong>{a}</p> })}
                {s.alasan_revisi().map(|a| view! { <p class="petunjuk" data-testid="skp-alasan-revisi"><strong>{t().alasan_revisi} ": "</strong>{a.to_string()}</p> })}
            }
        })
    };
    view! { {info} }
}
