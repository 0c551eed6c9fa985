//! One IKI row: aspek, indikator, the target in one of its four forms, and how realisasi add up
//! (following the unit until the person chooses, with the reason beside it). Number fields
//! start empty, take "99,5" or "99.5", and say in the field what they could not read. Every
//! field reads this IKI's own memo, so typing here re-runs nothing outside the row.

use super::draf::{hitungan, Sunting};
use crate::domain::skp::{akumulasi, Akumulasi, Aspek, BentukTarget, Iki, Target};
use crate::domain::Rulebook;
use crate::ui::format::{angka, angka_isian};
use crate::ui::i18n::isi;
use crate::ui::skp::teks::teks_skp;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

/// The accumulation select's value for "follow the unit" (not an [`Akumulasi`] code).
const IKUTI_SATUAN: &str = "ikuti_satuan";

#[component]
pub(super) fn EditorIki(sunting: Sunting, rhk: String, iki: String) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
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
    let bentuk = Memo::new(move |_| target().as_ref().map(Target::bentuk));
    let id = move |nama: &str| kunci.with_value(|(_, k)| format!("{nama}-{k}"));
    // Every change passes through here: an accumulation nobody chose follows the unit.
    let set = move |f: Box<dyn FnOnce(&mut Iki)>| {
        kunci.with_value(|(r, i)| {
            sunting.ubah_iki(r, i, move |x| {
                f(x);
                x.ikuti_satuan(rb);
            })
        });
    };
    // An IKI with realisasi recorded is not removed: its entries would count nowhere, could no
    // longer be deleted from the progress screen, and the atasan's import would refuse them.
    let tolak = RwSignal::new(None::<String>);
    let data = use_app_state().data_kinerja();
    let hapus = move |_| {
        let n = kunci.with_value(|(_, i)| {
            data.with_untracked(|d| d.realisasi.iter().filter(|x| x.isi.iki_id == *i).count())
        });
        if n > 0 {
            tolak.set(Some(isi(
                t().hapus_iki_ada_realisasi,
                &[("n", &n.to_string())],
            )));
            return;
        }
        kunci.with_value(|(r, i)| {
            sunting.lupakan_isian(&format!("-{i}"));
            sunting.ubah_susunan(|s| {
                if let Some(x) = s.rhk.iter_mut().find(|x| x.id == *r) {
                    x.iki.retain(|k| k.id != *i)
                }
            })
        });
    };
    // The number as the field shows it: empty while not filled (a new IKI), else every digit
    // in the person's decimal convention.
    let nilai_target = move |tg: Option<Target>, ke: usize| -> String {
        let kosong = tg.as_ref().is_some_and(Target::belum_diisi);
        let x = match (tg, ke) {
            (Some(Target::Angka { nilai, .. } | Target::MakinKecil { nilai, .. }), 0) => nilai,
            (Some(Target::Rentang { bawah, .. }), 0) => bawah,
            (Some(Target::Rentang { atas, .. }), 1) => atas,
            _ => return String::new(),
        };
        if kosong || (ke == 1 && x == 0.0) {
            String::new()
        } else {
            angka_isian(x, bahasa())
        }
    };
    // A typed number: read, or marked with its message and kept out of the draft.
    let ketik_angka = move |medan: &'static str, teks: String, tulis: fn(&mut Target, f64)| {
        let nama = id(medan);
        match angka(&teks) {
            Ok(v) => {
                sunting.tandai(&nama, None);
                set(Box::new(move |i| tulis(&mut i.target, v)));
            }
            Err(g) => sunting.tandai(&nama, Some(g)),
        }
    };
    let galat_medan = move |medan: &'static str| {
        let nama = id(medan);
        move || sunting.galat_isian(&nama).map(|g| g.pesan(rb, bahasa()))
    };
    // Focus selects the number, so typing replaces it; the mouseup of the click that focused
    // would otherwise drop the selection again.
    let baru_fokus = StoredValue::new(false);
    let pilih_semua = move |ev: leptos::ev::FocusEvent| {
        use leptos::wasm_bindgen::JsCast;
        if let Some(el) = ev
            .target()
            .and_then(|t| t.dyn_into::<leptos::web_sys::HtmlInputElement>().ok())
        {
            el.select();
            baru_fokus.set_value(true);
        }
    };
    let tahan_pilihan = move |ev: leptos::ev::MouseEvent| {
        if baru_fokus.get_value() {
            baru_fokus.set_value(false);
            ev.prevent_default();
        }
    };
    // What the unit suggests, and the hint that says why.
    let saran = move || baca().map(|i| (i.akumulasi, i.akumulasi_dipilih, i.akumulasi_bawaan(rb)));
    let petunjuk = move || {
        let (kini, _, s) = saran()?;
        let b = bahasa();
        let alasan = isi(
            t().akumulasi_petunjuk,
            &[
                ("dasar", rb.teks(akumulasi::dasar(&s), b)),
                (
                    "jumlah",
                    if s.nilai == Akumulasi::Jumlah {
                        t().dijumlah
                    } else {
                        t().tidak_dijumlah
                    },
                ),
                ("akumulasi", rb.teks(&s.nilai.label_key(), b)),
            ],
        );
        Some(if kini == s.nilai {
            format!("{alasan}.")
        } else {
            isi(t().akumulasi_beda, &[("saran", &alasan)])
        })
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
                        kunci.with_value(|(_, i)| sunting.lupakan_isian(&format!("-{i}")));
                        set(Box::new(move |i| i.target = b.dari(&i.target)))
                    }>
                        {BentukTarget::SEMUA.into_iter().enumerate().map(|(k, b)| { view! { <option value=b.kode() selected=move || target().as_ref().map(Target::bentuk) == Some(b)>{move || t().jenis_target_nama[k]}</option> } }).collect_view()}
                    </select>
                </div>
                // One closure per target form, redrawn only when the form changes (the memo),
                // not while typing: the fields of a narrative target, or the number fields and
                // the accumulation of the others.
                {move || match bentuk.get() {
                    Some(BentukTarget::Naratif) => { let nid = id("naratif"); view! {
                        <div class="medan">
                            <label for=nid.clone()>{move || t().naratif}</label>
                            <textarea id=nid rows="2" prop:value=move || match target() { Some(Target::Naratif { teks }) => teks, _ => String::new() }
                                on:input=move |ev| { let v = event_target_value(&ev); set(Box::new(move |i| i.target = Target::Naratif { teks: v })) }></textarea>
                        </div>
                    }.into_any() }
                    b => view! {
                        <div class="medan">
                            <label for=id("nilai")>{ move || if b == Some(BentukTarget::Rentang) { t().bawah } else { t().nilai } }</label>
                            <input id=id("nilai") type="text" inputmode="decimal" autocomplete="off" placeholder=move || t().contoh_angka
                                aria-invalid=move || sunting.galat_isian(&id("nilai")).is_some().to_string() aria-describedby=id("nilai-galat")
                                prop:value={ move || nilai_target(target(), 0) } on:focus=pilih_semua on:mouseup=tahan_pilihan
                                on:change={ move |ev| ketik_angka("nilai", event_target_value(&ev), |t, v| match t {
                                    Target::Angka { nilai, .. } | Target::MakinKecil { nilai, .. } => *nilai = v,
                                    Target::Rentang { bawah, .. } => *bawah = v,
                                    Target::Naratif { .. } => {}
                                }) }/>
                            <p class="galat" id=id("nilai-galat") data-testid="galat-nilai">{galat_medan("nilai")}</p>
                        </div>
                        {(b == Some(BentukTarget::Rentang)).then(|| view! {
                            <div class="medan">
                                <label for=id("atas")>{move || t().atas}</label>
                                <input id=id("atas") type="text" inputmode="decimal" autocomplete="off"
                                    aria-invalid=move || sunting.galat_isian(&id("atas")).is_some().to_string() aria-describedby=id("atas-galat")
                                    prop:value={ move || nilai_target(target(), 1) } on:focus=pilih_semua on:mouseup=tahan_pilihan
                                    on:change={ move |ev| ketik_angka("atas", event_target_value(&ev), |t, v| if let Target::Rentang { atas, .. } = t { *atas = v }) }/>
                                <p class="galat" id=id("atas-galat")>{galat_medan("atas")}</p>
                            </div>
                        })}
                        <div class="medan">
                            <label for=id("satuan")>{move || t().satuan}</label>
                            <input id=id("satuan") type="text" maxlength="40" prop:value={ move || target().as_ref().map(|t| t.satuan().to_string()).unwrap_or_default() }
                                on:input={ move |ev| { let v = event_target_value(&ev); set(Box::new(move |i| match &mut i.target {
                                    Target::Angka { satuan, .. } | Target::MakinKecil { satuan, .. } | Target::Rentang { satuan, .. } => *satuan = v,
                                    Target::Naratif { .. } => {}
                                })) } }/>
                        </div>
                        <div class="medan">
                            <label for=id("akumulasi")>{move || t().akumulasi}</label>
                            <select id=id("akumulasi") aria-describedby=id("akumulasi-petunjuk") data-testid="akumulasi" on:change=move |ev| {
                                let v = event_target_value(&ev);
                                match Akumulasi::dari_kode(&v) {
                                    Some(a) => set(Box::new(move |i| i.pilih_akumulasi(a))),
                                    None => set(Box::new(|i| i.akumulasi_dipilih = false)),
                                }
                            }>
                                <option value=IKUTI_SATUAN selected=move || saran().is_some_and(|(a, pilih, s)| !pilih && a == s.nilai)>
                                    {move || saran().map(|(_, _, s)| isi(t().akumulasi_otomatis, &[("akumulasi", rb.teks(&s.nilai.label_key(), bahasa()))])).unwrap_or_default()}</option>
                                {Akumulasi::SEMUA.into_iter().map(|a| { view! {
                                    <option value=a.kode() selected=move || saran().is_some_and(|(k, pilih, s)| k == a && (pilih || k != s.nilai))>{move || rb.teks(&a.label_key(), bahasa()).to_string()}</option>
                                }}).collect_view()}
                            </select>
                            <p class="petunjuk" id=id("akumulasi-petunjuk") data-testid="akumulasi-petunjuk">{petunjuk}</p>
                        </div>
                    }.into_any(),
                }}
            </div>
            <button type="button" class="sekunder kecil" data-testid="hapus-iki" on:click=hapus
                aria-label=move || isi(t().hapus_iki_aria, &[("nama", &baca().map(|i| i.indikator).unwrap_or_default())])>{move || t().hapus_iki}</button>
            <p class="galat" role="alert">{move || tolak.get()}</p>
        </fieldset>
    }
}
