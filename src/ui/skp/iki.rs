//! One IKI row: aspek, indikator, the target in one of its four forms, and how realisasi add up.
//! Every field reads this IKI's own memo, so typing here re-runs nothing outside the row.

use super::draf::{hitungan, Sunting};
use crate::domain::skp::{Akumulasi, Aspek, BentukTarget, Iki, Target};
use crate::domain::Rulebook;
use crate::ui::format::angka;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

#[component]
pub(super) fn EditorIki(sunting: Sunting, rhk: String, iki: String) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_skp(bahasa());
    let nilai = sunting.iki(rhk.clone(), iki.clone());
    let kunci = StoredValue::new((rhk, iki));
    // Every field of the row reads through here (and is counted for the component test).
    let baca = move || {
        kunci.with_value(|(_, i)| hitungan::catat(i));
        nilai.get()
    };
    let target = move || baca().map(|i| i.target);
    let id = move |nama: &str| kunci.with_value(|(_, k)| format!("{nama}-{k}"));
    let set = move |f: Box<dyn FnOnce(&mut Iki)>| {
        kunci.with_value(|(r, i)| sunting.ubah_iki(r, i, f));
    };
    let hapus = move |_| {
        kunci.with_value(|(r, i)| {
            sunting.ubah_susunan(|s| {
                if let Some(x) = s.rhk.iter_mut().find(|x| x.id == *r) {
                    x.iki.retain(|k| k.id != *i)
                }
            })
        });
    };
    let nilai_target = move |tg: Option<Target>, ke: usize| -> String {
        match (tg, ke) {
            (Some(Target::Angka { nilai, .. } | Target::MakinKecil { nilai, .. }), 0) => {
                nilai.to_string()
            }
            (Some(Target::Rentang { bawah, .. }), 0) => bawah.to_string(),
            (Some(Target::Rentang { atas, .. }), 1) => atas.to_string(),
            _ => String::new(),
        }
    };
    view! {
        <fieldset class="iki" data-testid="iki">
            <legend>{move || baca().map(|i| rb.teks(i.aspek.label_key(), bahasa()).to_string()).unwrap_or_default()}</legend>
            <div class="dua-kolom">
                <div class="medan">
                    <label for=id("aspek")>{move || t().aspek}</label>
                    <select id=id("aspek") on:change=move |ev| { let v = event_target_value(&ev); let a = Aspek::SEMUA.into_iter().find(|a| a.label_key().ends_with(&v)).unwrap_or(Aspek::Kuantitas); set(Box::new(move |i| i.aspek = a)) }>
                        {Aspek::SEMUA.into_iter().map(|a| { let kode = a.label_key().trim_start_matches("aspek.").to_string(); view! {
                            <option value=kode selected=move || baca().is_some_and(|i| i.aspek == a)>{move || rb.teks(a.label_key(), bahasa()).to_string()}</option>
                        }}).collect_view()}
                    </select>
                </div>
                <div class="medan">
                    <label for=id("indikator")>{move || t().indikator}</label>
                    <input id=id("indikator") type="text" maxlength="300" prop:value=move || baca().map(|i| i.indikator).unwrap_or_default()
                        on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |i| i.indikator = v)) }/>
                </div>
                <div class="medan">
                    <label for=id("bentuk")>{move || t().jenis_target}</label>
                    <select id=id("bentuk") on:change=move |ev| {
                        let Some(b) = BentukTarget::dari_kode(&event_target_value(&ev)) else { return };
                        set(Box::new(move |i| i.target = b.target_baru(i.target.satuan().to_string())))
                    }>
                        {BentukTarget::SEMUA.into_iter().enumerate().map(|(k, b)| { view! { <option value=b.kode() selected=move || target().as_ref().map(Target::bentuk) == Some(b)>{move || t().jenis_target_nama[k]}</option> } }).collect_view()}
                    </select>
                </div>
                <Show when={ move || target().as_ref().map(Target::bentuk) != Some(BentukTarget::Naratif) } fallback={ let nid = id("naratif"); move || { view! {
                    <div class="medan">
                        <label for=nid.clone()>{move || t().naratif}</label>
                        <textarea id=nid.clone() rows="2" prop:value=move || match target() { Some(Target::Naratif { teks }) => teks, _ => String::new() }
                            on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |i| i.target = Target::Naratif { teks: v })) }></textarea>
                    </div>
                }}}>
                    <div class="medan">
                        <label for=id("nilai")>{ move || if target().as_ref().map(Target::bentuk) == Some(BentukTarget::Rentang) { t().bawah } else { t().nilai } }</label>
                        <input id=id("nilai") type="text" inputmode="decimal" prop:value={ move || nilai_target(target(), 0) }
                            on:change={ move |ev| { let v = angka(&event_target_value(&ev)); set(Box::new(move |i| match &mut i.target {
                                Target::Angka { nilai, .. } | Target::MakinKecil { nilai, .. } => *nilai = v,
                                Target::Rentang { bawah, .. } => *bawah = v,
                                Target::Naratif { .. } => {}
                            })) } }/>
                    </div>
                    <Show when={ move || target().as_ref().map(Target::bentuk) == Some(BentukTarget::Rentang) }>
                        <div class="medan">
                            <label for=id("atas")>{move || t().atas}</label>
                            <input id=id("atas") type="text" inputmode="decimal" prop:value={ move || nilai_target(target(), 1) }
                                on:change={ move |ev| { let v = angka(&event_target_value(&ev)); set(Box::new(move |i| if let Target::Rentang { atas, .. } = &mut i.target { *atas = v })) } }/>
                        </div>
                    </Show>
                    <div class="medan">
                        <label for=id("satuan")>{move || t().satuan}</label>
                        <input id=id("satuan") type="text" maxlength="40" prop:value={ move || target().as_ref().map(|t| t.satuan().to_string()).unwrap_or_default() }
                            on:input={ move |ev| { let v = event_target_value(&ev); set(Box::new(move |i| match &mut i.target {
                                Target::Angka { satuan, .. } | Target::MakinKecil { satuan, .. } | Target::Rentang { satuan, .. } => *satuan = v,
                                Target::Naratif { .. } => {}
                            })) } }/>
                    </div>
                </Show>
                <div class="medan">
                    <label for=id("akumulasi")>{move || t().akumulasi}</label>
                    <select id=id("akumulasi") on:change=move |ev| { if let Some(a) = Akumulasi::dari_kode(&event_target_value(&ev)) { set(Box::new(move |i| i.akumulasi = a)) } }>
                        {Akumulasi::SEMUA.into_iter().enumerate().map(|(k, a)| { view! {
                            <option value=a.kode() selected=move || baca().is_some_and(|i| i.akumulasi == a)>{move || t().akumulasi_nama[k]}</option>
                        }}).collect_view()}
                    </select>
                </div>
            </div>
            <button type="button" class="sekunder kecil" on:click=hapus>{move || t().hapus_iki}</button>
        </fieldset>
    }
}
