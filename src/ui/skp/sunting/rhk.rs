//! The RHK and IKI editor of an SKP: utama and tambahan groups, the superior's RHK each one
//! intervenes (from an imported SKP of the superior), perspektif for JPT, and IKI per aspek.
//! Each RHK reads its own memo; its IKI rows are separate (see [`super::iki`]).
//! The list with its IKI rows is a chunk of its own (`skp_rhk`), fetched together with the
//! editor's (see [`muat_bersama`]), so neither grows past a screen's budget.

use super::draf::Sunting;
use crate::domain::skp::{Aspek, Iki, JenisRhk, JenisSkp, Pendekatan, Rhk};
use crate::domain::Rulebook;
use crate::ui::i18n::isi;
use crate::ui::platform;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// A new IKI: the first aspek the RHK does not cover yet, the target in the SKP's pendekatan.
fn iki_baru(id: String, pendekatan: Pendekatan, ada: &[Iki]) -> Iki {
    let aspek = Aspek::SEMUA
        .into_iter()
        .find(|a| !ada.iter().any(|x| x.aspek == *a))
        .unwrap_or(Aspek::Kuantitas);
    Iki::baru(id, aspek, pendekatan, Rulebook::aktif())
}

type Atasan = Memo<Vec<(String, String, String)>>;

fn gambar(
    sunting: Sunting,
    kepala: Memo<Option<crate::domain::skp::Skp>>,
    atasan: Atasan,
) -> AnyView {
    view! { <DaftarRhk sunting=sunting kepala=kepala atasan=atasan/> }.into_any()
}

#[cfg(not(feature = "eager"))]
type GambarRhk = fn(Sunting, Memo<Option<crate::domain::skp::Skp>>, Atasan) -> AnyView;

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(skp_rhk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn rhk_lazy() -> Result<GambarRhk, crate::ui::layar::GagalMuat> {
    Ok(gambar)
}

/// Starts fetching the RHK list's chunk. Called when the editor's own chunk is asked for, so
/// the two travel side by side rather than one after the other; a second call shares the
/// first fetch.
pub fn muat_bersama() {
    #[cfg(not(feature = "eager"))]
    leptos::task::spawn_local(async {
        let _ = rhk_lazy().await;
    });
}

/// The RHK list of the editor (the loading line until its chunk is here).
pub(super) fn daftar_rhk(
    sunting: Sunting,
    kepala: Memo<Option<crate::domain::skp::Skp>>,
    atasan: Atasan,
) -> impl IntoView {
    #[cfg(feature = "eager")]
    return gambar(sunting, kepala, atasan);
    #[cfg(not(feature = "eager"))]
    crate::ui::layar::bagian_lazy(rhk_lazy, move |g: GambarRhk| g(sunting, kepala, atasan))
}

/// `atasan`: the RHK of others' SKPs (id, "name · uraian" for the list, uraian) this SKP's
/// RHK may intervene.
#[component]
fn DaftarRhk(
    sunting: Sunting,
    kepala: Memo<Option<crate::domain::skp::Skp>>,
    atasan: Memo<Vec<(String, String, String)>>,
) -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_skp(state.settings.with(|s| s.bahasa));
    let kelompok = move |jenis: JenisRhk| {
        let judul = move || {
            if jenis == JenisRhk::Utama {
                t().utama
            } else {
                t().tambahan
            }
        };
        let uji = if jenis == JenisRhk::Utama {
            "tambah-rhk-utama"
        } else {
            "tambah-rhk-tambahan"
        };
        let tambah = move |_| {
            let (ji, ri) = (platform::uuid_acak(), platform::uuid_acak());
            sunting.ubah_susunan(|s| {
                s.rhk.push(Rhk {
                    id: ri,
                    jenis,
                    uraian: String::new(),
                    rhk_atasan_id: None,
                    rhk_atasan_uraian: String::new(),
                    penugasan_dari: String::new(),
                    perspektif: None,
                    iki: vec![iki_baru(ji, s.pendekatan, &[])],
                })
            });
        };
        // The list redraws only when RHK are added or removed (the memo compares the ids), never
        // while typing, so a plain list does what a keyed `<For>` would at a fraction of the
        // code: `<For>` brings its own keyed diff per item type (~7 KB of wasm each).
        let daftar = Memo::new(move |_| sunting.id_rhk(jenis));
        view! {
            <h2>{judul}</h2>
            {move || daftar.get().into_iter().map(|id| view! { <EditorRhk sunting=sunting kepala=kepala atasan=atasan id=id/> }).collect_view()}
            <p><button type="button" class="sekunder" data-testid=uji on:click=tambah>{move || t().tambah_rhk}</button></p>
        }
    };
    view! { {kelompok(JenisRhk::Utama)} {kelompok(JenisRhk::Tambahan)} }
}

#[component]
fn EditorRhk(
    sunting: Sunting,
    kepala: Memo<Option<crate::domain::skp::Skp>>,
    atasan: Memo<Vec<(String, String, String)>>,
    id: String,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    let rhk = sunting.rhk(id.clone());
    let kunci = StoredValue::new(id.clone());
    let nomor = move || kunci.with_value(|i| sunting.nomor(i));
    let jpt =
        Memo::new(move |_| kepala.with(|s| s.as_ref().is_some_and(|s| s.jenis == JenisSkp::Jpt)));
    let set = move |f: Box<dyn FnOnce(&mut Rhk)>| kunci.with_value(|i| sunting.ubah_rhk(i, f));
    let pilih_atasan = move |ev| {
        let v = event_target_value(&ev);
        let uraian = atasan.with_untracked(|a| {
            a.iter()
                .find(|(k, _, _)| *k == v)
                .map(|(_, _, u)| u.clone())
                .unwrap_or_default()
        });
        set(Box::new(move |r| {
            r.rhk_atasan_id = (!v.is_empty()).then_some(v);
            r.rhk_atasan_uraian = uraian;
        }))
    };
    let tambah_iki = move |_| {
        let baru = platform::uuid_acak();
        kunci.with_value(|i| {
            sunting.ubah_susunan(|s| {
                let pendekatan = s.pendekatan;
                if let Some(r) = s.rhk.iter_mut().find(|r| r.id == *i) {
                    let iki = iki_baru(baru, pendekatan, &r.iki);
                    r.iki.push(iki);
                }
            })
        });
    };
    // As for one IKI: an RHK whose IKI have realisasi recorded stays until they are deleted.
    let tolak = RwSignal::new(None::<String>);
    let data = use_app_state().data_kinerja();
    let hapus = move |_| {
        let iki = kunci.with_value(|i| sunting.id_iki(i));
        let n = data.with_untracked(|d| {
            d.realisasi
                .iter()
                .filter(|x| iki.contains(&x.isi.iki_id))
                .count()
        });
        if n > 0 {
            tolak.set(Some(isi(
                t().hapus_rhk_ada_realisasi,
                &[("n", &n.to_string())],
            )));
            return;
        }
        kunci.with_value(|i| sunting.ubah_susunan(|s| s.rhk.retain(|r| r.id != *i)));
    };
    // Redrawn when this RHK's IKI are added or removed, not while typing (see `DaftarRhk`).
    let daftar_iki = Memo::new(move |_| kunci.with_value(|i| sunting.id_iki(i)));
    view! {
        <article class="kartu-berkas rhk" data-testid="rhk">
            <div class="medan">
                <label for=format!("rhk-{id}")>{move || t().rhk} " " {nomor}</label>
                <textarea id=format!("rhk-{id}") rows="2" prop:value=move || rhk.with(|r| r.as_ref().map(|r| r.uraian.clone()).unwrap_or_default())
                    on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |r| r.uraian = v)) }></textarea>
            </div>
            <div class="medan">
                <label for=format!("atasan-{id}")>{move || t().rhk_atasan}</label>
                <select id=format!("atasan-{id}") on:change=pilih_atasan>
                    <option value="">{move || t().tanpa_atasan}</option>
                    {move || atasan.get().into_iter().map(|(k, u, _)| { let k2 = k.clone(); view! {
                        <option value=k selected=move || rhk.with(|r| r.as_ref().and_then(|r| r.rhk_atasan_id.as_ref()) == Some(&k2))>{u}</option>
                    }}).collect_view()}
                </select>
                {move || atasan.with(Vec::is_empty).then(|| view! { <p class="petunjuk">{t().rhk_atasan_kosong}</p> })}
            </div>
            {move || jpt.get().then(|| view! {
                <div class="medan">
                    <label for=move || kunci.with_value(|i| format!("perspektif-{i}"))>{move || t().perspektif}</label>
                    <select id=move || kunci.with_value(|i| format!("perspektif-{i}")) on:change=move |ev| { let v = event_target_value(&ev); set(Box::new(move |r| r.perspektif = (!v.is_empty()).then_some(v))) }>
                        <option value="">{move || t().pilih}</option>
                        {rb.perspektif.iter().map(|p| { let (p1, p2, p3) = (p.clone(), p.clone(), format!("perspektif.{p}")); view! {
                            <option value=p1 selected=move || rhk.with(|r| r.as_ref().and_then(|r| r.perspektif.as_ref()) == Some(&p2))>
                                {move || rb.teks(&p3, bahasa()).to_string()}</option>
                        }}).collect_view()}
                    </select>
                </div>
            })}
            <h3>{move || t().iki}</h3>
            {move || daftar_iki.get().into_iter().map(|iki| view! { <super::iki::EditorIki sunting=sunting rhk=kunci.get_value() iki=iki/> }).collect_view()}
            <p class="tombol-baris">
                <button type="button" class="sekunder kecil" data-testid="tambah-iki" on:click=tambah_iki>{move || t().tambah_iki}</button>
                " "
                <button type="button" class="sekunder kecil" data-testid="hapus-rhk" on:click=hapus
                    aria-label=move || isi(t().hapus_rhk_aria, &[("n", &nomor().to_string())])>{move || t().hapus_rhk}</button>
            </p>
            <p class="galat" role="alert">{move || tolak.get()}</p>
        </article>
    }
}
