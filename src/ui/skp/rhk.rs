//! The RHK and IKI editor of an SKP: utama and tambahan groups, the superior's RHK each one
//! intervenes (from an imported SKP of the superior), perspektif for JPT, and IKI per aspek.

use crate::domain::skp::{Akumulasi, Aspek, Iki, JenisRhk, JenisSkp, Rhk, Skp, Target};
use crate::domain::Rulebook;
use crate::ui::platform;
use crate::ui::skp::muat_skp;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

fn ubah(skp: RwSignal<Option<Skp>>, f: impl FnOnce(&mut Skp)) {
    skp.update(|s| {
        if let Some(s) = s {
            f(s)
        }
    });
    use_app_state().dirty.set(true);
}

fn ubah_rhk(skp: RwSignal<Option<Skp>>, id: &str, f: impl FnOnce(&mut Rhk)) {
    ubah(skp, |s| {
        if let Some(r) = s.rhk.iter_mut().find(|r| r.id == id) {
            f(r)
        }
    });
}

#[component]
pub fn DaftarRhk(skp: RwSignal<Option<Skp>>) -> impl IntoView {
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
            ubah(skp, |s| {
                let aspek = if s.pendekatan == crate::domain::skp::Pendekatan::Kualitatif {
                    Target::Naratif {
                        teks: String::new(),
                    }
                } else {
                    Target::Angka {
                        nilai: 1.0,
                        satuan: String::new(),
                    }
                };
                s.rhk.push(Rhk {
                    id: ri,
                    jenis,
                    uraian: String::new(),
                    rhk_atasan_id: None,
                    rhk_atasan_uraian: String::new(),
                    penugasan_dari: String::new(),
                    perspektif: None,
                    iki: vec![Iki {
                        id: ji,
                        aspek: Aspek::Kuantitas,
                        indikator: String::new(),
                        target: aspek,
                        akumulasi: Akumulasi::Jumlah,
                    }],
                })
            });
        };
        view! {
            <h2>{judul}</h2>
            <For each=move || skp.with(|s| s.as_ref().map(|s| s.rhk.iter().filter(|r| r.jenis == jenis).map(|r| r.id.clone()).collect::<Vec<_>>()).unwrap_or_default())
                key=|id| id.clone() let:id>
                <EditorRhk skp=skp id=id/>
            </For>
            <p><button type="button" class="sekunder" data-testid=uji on:click=tambah>{move || t().tambah_rhk}</button></p>
        }
    };
    view! { {kelompok(JenisRhk::Utama)} {kelompok(JenisRhk::Tambahan)} }
}

#[component]
fn EditorRhk(skp: RwSignal<Option<Skp>>, id: String) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    let baca = {
        let id = id.clone();
        move |f: fn(&Rhk) -> String| {
            let id = id.clone();
            move || {
                skp.with(|s| {
                    s.as_ref()
                        .and_then(|s| s.rhk(&id))
                        .map(f)
                        .unwrap_or_default()
                })
            }
        }
    };
    let nomor = {
        let id = id.clone();
        move || {
            skp.with(|s| {
                s.as_ref()
                    .and_then(|s| s.rhk.iter().position(|r| r.id == id))
                    .map(|i| i + 1)
                    .unwrap_or(0)
            })
        }
    };
    let jpt = move || skp.with(|s| s.as_ref().is_some_and(|s| s.jenis == JenisSkp::Jpt));
    // RHK of SKPs imported from others (the superior's), to pick the one this RHK intervenes.
    let atasan = move || {
        let saya = state.settings.with_untracked(|s| s.nip.clone());
        muat_skp(state.store().as_ref(), None)
            .into_iter()
            .filter(|(s, _)| s.pegawai_nip != saya)
            .flat_map(|(s, _)| {
                s.rhk
                    .into_iter()
                    .map(move |r| (r.id, format!("{} · {}", s.pegawai_nip, r.uraian)))
            })
            .collect::<Vec<_>>()
    };
    let pilihan_atasan = atasan();
    let ada_atasan = !pilihan_atasan.is_empty();
    let (i1, i2, i3, i4, i5, i6) = (
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
        id.clone(),
    );
    let pa = pilihan_atasan.clone();
    view! {
        <article class="kartu-berkas rhk" data-testid="rhk">
            <div class="medan">
                <label for=format!("rhk-{id}")>{move || t().rhk} " " {nomor}</label>
                <textarea id=format!("rhk-{id}") rows="2" prop:value=baca(|r| r.uraian.clone())
                    on:input=move |ev| { let v = event_target_value(&ev); ubah_rhk(skp, &i1, |r| r.uraian = v) }></textarea>
            </div>
            <div class="medan">
                <label for=format!("atasan-{id}")>{move || t().rhk_atasan}</label>
                <select id=format!("atasan-{id}") on:change=move |ev| {
                    let v = event_target_value(&ev);
                    let uraian = pa.iter().find(|(k, _)| *k == v).map(|(_, u)| u.clone()).unwrap_or_default();
                    ubah_rhk(skp, &i2, |r| { r.rhk_atasan_id = (!v.is_empty()).then_some(v); r.rhk_atasan_uraian = uraian; })
                }>
                    <option value="">{move || t().tanpa_atasan}</option>
                    {pilihan_atasan.into_iter().map(|(k, u)| { let k2 = k.clone(); let i = i3.clone(); view! {
                        <option value=k selected=move || skp.with(|s| s.as_ref().and_then(|s| s.rhk(&i)).and_then(|r| r.rhk_atasan_id.clone()) == Some(k2.clone()))>{u}</option>
                    }}).collect_view()}
                </select>
                {(!ada_atasan).then(|| view! { <p class="petunjuk">{move || t().rhk_atasan_kosong}</p> })}
            </div>
            <Show when=jpt>
                {
                    let i = i4.clone();
                    let i_sel = i4.clone();
                    view! {
                        <div class="medan">
                            <label for=format!("perspektif-{i}")>{move || t().perspektif}</label>
                            <select id=format!("perspektif-{i}") on:change=move |ev| { let v = event_target_value(&ev); ubah_rhk(skp, &i, |r| r.perspektif = (!v.is_empty()).then_some(v)) }>
                                <option value="">{move || t().pilih}</option>
                                {rb.perspektif.iter().map(|p| { let (p1, p2, p3) = (p.clone(), p.clone(), format!("perspektif.{p}")); let i = i_sel.clone(); view! {
                                    <option value=p1 selected=move || skp.with(|s| s.as_ref().and_then(|s| s.rhk(&i)).and_then(|r| r.perspektif.clone()) == Some(p2.clone()))>
                                        {move || rb.teks(&p3, bahasa()).to_string()}</option>
                                }}).collect_view()}
                            </select>
                        </div>
                    }
                }
            </Show>
            <h3>{move || t().iki}</h3>
            <For each={ let i = i5.clone(); move || skp.with(|s| s.as_ref().and_then(|s| s.rhk(&i)).map(|r| r.iki.iter().map(|x| x.id.clone()).collect::<Vec<_>>()).unwrap_or_default()) }
                key=|k| k.clone() let:iki>
                <super::iki::EditorIki skp=skp rhk=i6.clone() iki=iki/>
            </For>
            <p class="tombol-baris">
                <button type="button" class="sekunder kecil" data-testid="tambah-iki" on:click={ let i = id.clone(); move |_| {
                    let baru = platform::uuid_acak();
                    ubah(skp, |s| {
                        let naratif = s.pendekatan == crate::domain::skp::Pendekatan::Kualitatif;
                        if let Some(r) = s.rhk.iter_mut().find(|r| r.id == i) {
                            let aspek = Aspek::SEMUA.into_iter().find(|a| !r.iki.iter().any(|x| x.aspek == *a)).unwrap_or(Aspek::Kuantitas);
                            let target = if naratif { Target::Naratif { teks: String::new() } } else { Target::Angka { nilai: 1.0, satuan: String::new() } };
                            r.iki.push(Iki { id: baru, aspek, indikator: String::new(), target, akumulasi: Akumulasi::Jumlah });
                        }
                    })
                }}>{move || t().tambah_iki}</button>
                " "
                <button type="button" class="sekunder kecil" on:click={ let i = id.clone(); move |_| ubah(skp, |s| s.rhk.retain(|r| r.id != i)) }>{move || t().hapus_rhk}</button>
            </p>
        </article>
    }
}
