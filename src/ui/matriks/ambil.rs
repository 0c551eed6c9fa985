//! The pegawai's side of the matriks peran–hasil: in their SKP editor, the RHK an imported
//! matrix gives them, and a button that adds the ones not yet there to the draft.

use crate::domain::skp::{Aspek, Iki, Rhk, Skp};
use crate::store::kinerja::DataKinerja;
use crate::ui::i18n::isi;
use crate::ui::matriks::teks::teks_matriks;
use crate::ui::platform;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// What imported matrices give `nip` for `skp`: the RHK from every matrix whose leader SKP is
/// known here and overlaps this SKP's period, and whether some matrix names them but its
/// leader SKP (needed for the RHK atasan text) has not arrived.
pub(crate) fn rhk_dari_matriks(data: &DataKinerja, nip: &str, skp: &Skp) -> (Vec<Rhk>, bool) {
    let (mut rhk, mut tanpa_atasan) = (Vec::new(), false);
    for m in data.matriks.semua().iter().map(|m| &m.isi) {
        if m.jumlah_untuk(nip) == 0 {
            continue;
        }
        let Some(atasan) = data.skp_id(&m.skp_atasan_id).map(|s| &s.isi) else {
            tanpa_atasan = true;
            continue;
        };
        let bertemu = atasan.periode_mulai <= skp.periode_selesai
            && atasan.periode_selesai >= skp.periode_mulai;
        if bertemu {
            rhk.extend(m.rhk_untuk(atasan, nip, |_| Vec::new()));
        }
    }
    (rhk, tanpa_atasan)
}

/// Adds the RHK whose id the SKP does not hold yet, each with one empty IKI to write (the
/// editor's default); returns how many. Taking twice adds nothing.
pub(crate) fn tambahkan(s: &mut Skp, rhk: Vec<Rhk>, id_iki: impl Fn() -> String) -> usize {
    let mut n = 0;
    for mut r in rhk {
        if s.rhk(&r.id).is_some() {
            continue;
        }
        if r.iki.is_empty() {
            let rb = crate::domain::Rulebook::aktif();
            r.iki
                .push(Iki::baru(id_iki(), Aspek::Kuantitas, s.pendekatan, rb));
        }
        s.rhk.push(r);
        n += 1;
    }
    n
}

/// A change of an SKP's RHK that answers how many it added.
pub type UbahRhk = Box<dyn FnOnce(&mut Skp) -> usize>;

/// `skp`: the SKP being edited (its period and status); `ubah` applies a change of its RHK
/// to the editor's draft and answers what the change returned.
#[component]
pub fn AmbilDariMatriks(
    data: Memo<DataKinerja>,
    #[prop(into)] skp: Signal<Option<Skp>>,
    ubah: Callback<UbahRhk, usize>,
) -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_matriks(state.settings.with(|s| s.bahasa));
    let pesan = RwSignal::new(None::<String>);
    let hasil = Memo::new(move |_| {
        state.settings.with(|st| {
            skp.with(|s| {
                s.as_ref()
                    .map(|s| data.with(|d| rhk_dari_matriks(d, &st.nip, s)))
                    .unwrap_or_default()
            })
        })
    });
    let boleh = move || skp.with(|s| s.as_ref().is_some_and(Skp::boleh_diubah));
    let ambil = move |_| {
        let rhk = hasil.with_untracked(|(r, _)| r.clone());
        let n = ubah.run(Box::new(move |s: &mut Skp| {
            if s.boleh_diubah() {
                tambahkan(s, rhk, platform::uuid_acak)
            } else {
                0
            }
        }));
        if n > 0 {
            pesan.set(Some(isi(t().diambil, &[("n", &n.to_string())])));
        } else {
            pesan.set(Some(t().sudah_semua.into()));
        }
    };
    let daftar = move || {
        let rhk = hasil.with(|(r, _)| r.clone());
        let tt = t();
        view! {
            <p data-testid="jumlah-rhk-dari-matriks">{isi(tt.ambil_jumlah, &[("n", &rhk.len().to_string())])}</p>
            <ul data-testid="daftar-rhk-matriks">{rhk.into_iter().map(|r| view! {
                <li><strong>{r.uraian}</strong><br/><span class="petunjuk">{tt.mengintervensi} ": " {r.rhk_atasan_uraian}</span></li>
            }).collect_view()}</ul>
        }
    };
    view! {
        <Show when=move || hasil.with(|(r, belum)| *belum && r.is_empty())>
            <p class="petunjuk" data-testid="matriks-atasan-belum">{move || t().atasan_belum}</p>
        </Show>
        <Show when=move || hasil.with(|(r, _)| !r.is_empty())>
            <section class="kartu-berkas" aria-labelledby="judul-ambil-matriks" data-testid="ambil-matriks">
                <h2 id="judul-ambil-matriks">{move || t().ambil_judul}</h2>
                {daftar}
                <Show when=boleh fallback=move || view! { <p class="petunjuk">{move || t().ambil_terkunci}</p> }>
                    <button type="button" class="sekunder" data-testid="ambil-rhk-matriks" on:click=ambil>{move || t().ambil}</button>
                </Show>
                <p role="status" class="status-ok" data-testid="status-ambil-matriks">{move || pesan.get()}</p>
            </section>
        </Show>
    }
}

#[cfg(test)]
#[path = "ambil_tests.rs"]
mod tests;
