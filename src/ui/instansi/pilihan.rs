//! The period the agency screens show and the CSV separator, chosen once and kept while the
//! admin moves between the dashboard, a unit, a pegawai, the low performers and the
//! organisation (for this visit; nothing is stored).

use super::papan::{daftar_periode, daftar_tahun, periode_awal};
use super::teks::teks_instansi;
use crate::domain::evaluasi::{JenisPeriode, Periode};
use crate::domain::Rulebook;
use crate::store::kinerja::DataKinerja;
use crate::ui::i18n::periode::nama_periode;
use crate::ui::state::use_app_state;
use crate::ui::tabel::Pemisah;
use chrono::Datelike;
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    // One choice for every agency screen, made under the app's root owner so it outlives the
    // screen that made it (a new app, as in the component tests, finds it disposed).
    // The data memo names the app it was made in.
    static PILIHAN: Cell<Option<(Memo<DataKinerja>, Pilihan)>> = const { Cell::new(None) };
}

/// The screens' choices: one pair of signals shared by every agency screen.
#[derive(Clone, Copy)]
pub struct Pilihan {
    pub periode: RwSignal<Periode>,
    pub pemisah: RwSignal<Pemisah>,
}

impl Pilihan {
    /// The choice the previous screen left, else the newest period with evaluations.
    pub fn baru() -> Pilihan {
        let state = use_app_state();
        let data = state.data_kinerja();
        if let Some((_, p)) = PILIHAN
            .with(Cell::get)
            .filter(|(d, p)| *d == data && !p.periode.is_disposed())
        {
            return p;
        }
        let hari = chrono::Local::now().date_naive();
        let awal = super::masukan::masukan()
            .with_untracked(|m| periode_awal(m.isi().evaluasi.iter().map(|e| e.periode), hari));
        // A spreadsheet in Indonesian regional format reads `;` and decimal commas: the
        // separator starts from the language, until the person picks another.
        let pemisah = match state.settings.with_untracked(|s| s.bahasa) {
            crate::domain::Bahasa::Id => Pemisah::TitikKoma,
            crate::domain::Bahasa::En => Pemisah::Koma,
        };
        let p = state.di_akar(|| Pilihan {
            periode: RwSignal::new(awal),
            pemisah: RwSignal::new(pemisah),
        });
        PILIHAN.with(|c| c.set(Some((data, p))));
        p
    }
}

fn kode(p: &Periode) -> String {
    format!("{}-{}", p.jenis.kode(), p.ke)
}

/// Year, period and CSV separator, each a labelled select (keyboard and screen reader alike).
#[component]
pub fn PilihPeriode(pilihan: Pilihan, #[prop(default = true)] csv: bool) -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_instansi(b());
    let tercatat = super::masukan::tercatat();
    let kini = chrono::Local::now().year();
    let bawaan = Rulebook::periode_evaluasi_bawaan();
    let tahun_ini = move || pilihan.periode.with(|p| p.tahun);
    let ganti_tahun = move |ev| {
        let Ok(tahun) = event_target_value(&ev).parse::<i32>() else {
            return;
        };
        // The same kind of period in the other year, where it exists.
        pilihan.periode.update(|p| {
            *p = Periode { tahun, ..*p };
            if p.rentang().is_none() {
                *p = Periode {
                    jenis: JenisPeriode::Tahunan,
                    tahun,
                    ke: 1,
                };
            }
        });
    };
    let ganti_periode = move |ev| {
        let v = event_target_value(&ev);
        let tahun = tahun_ini();
        if let Some(p) = tercatat
            .with(|t| daftar_periode(tahun, t, bawaan))
            .into_iter()
            .find(|p| kode(p) == v)
        {
            pilihan.periode.set(p);
        }
    };
    view! {
        <div class="formulir pilih-periode" role="group" aria-label=move || t().pilih_periode>
            <div class="medan">
                <label for="pilih-tahun">{move || t().tahun}</label>
                <select id="pilih-tahun" data-testid="pilih-tahun" on:change=ganti_tahun>
                    {move || tercatat.with(|tc| daftar_tahun(tc, kini, tahun_ini())).into_iter().map(|y| view! {
                        <option value=y.to_string() selected=move || tahun_ini() == y>{y.to_string()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="medan">
                <label for="pilih-periode">{move || t().periode}</label>
                <select id="pilih-periode" data-testid="pilih-periode" on:change=ganti_periode>
                    {move || {
                        let bhs = b();
                        tercatat.with(|tc| daftar_periode(tahun_ini(), tc, bawaan)).into_iter().map(|p| view! {
                            <option value=kode(&p) selected=move || pilihan.periode.get() == p>{nama_periode(&p, bhs)}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
            {csv.then(|| view! {
                <div class="medan">
                    <label for="pilih-pemisah">{move || t().pemisah}</label>
                    <select id="pilih-pemisah" data-testid="pilih-pemisah" on:change=move |ev| {
                        pilihan.pemisah.set(if event_target_value(&ev) == "titik_koma" { Pemisah::TitikKoma } else { Pemisah::Koma });
                    }>
                        <option value="koma" selected=move || pilihan.pemisah.get() == Pemisah::Koma>{move || t().pemisah_koma}</option>
                        <option value="titik_koma" selected=move || pilihan.pemisah.get() == Pemisah::TitikKoma>{move || t().pemisah_titik_koma}</option>
                    </select>
                </div>
            })}
        </div>
    }
}

/// The pegawai of the chosen scope: `unit` is "" for the whole agency, else a unit's position
/// (its sub-units count).
pub fn jangkauan(
    papan: Memo<super::papan::Papan>,
    unit: RwSignal<String>,
) -> Memo<Vec<crate::domain::rekap_instansi::BarisPegawai>> {
    Memo::new(move |_| {
        let u = unit.get().parse::<usize>().ok();
        papan.with(|p| match u.and_then(|i| p.sub.get(i).cloned()) {
            Some(r) => p.rekap.pegawai_dalam(r).to_vec(),
            None => p.rekap.pegawai.clone(),
        })
    })
}

/// The scope chooser of the development and talent screens: the whole agency or one unit,
/// units in tree order and indented.
#[component]
pub fn PilihUnit(
    papan: Memo<super::papan::Papan>,
    unit: RwSignal<String>,
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] semua: Signal<&'static str>,
) -> impl IntoView {
    let pilih_unit = move || {
        papan.with(|p| {
            p.unit
                .iter()
                .enumerate()
                .map(|(i, u)| {
                    let indent = "\u{a0}\u{a0}".repeat(p.kedalaman.get(i).copied().unwrap_or(0));
                    view! { <option value=i.to_string()>{format!("{indent}{}", u.nama)}</option> }
                })
                .collect_view()
        })
    };
    view! {
        <div class="medan"><label for=id>{move || label.get()}</label>
            <select id=id data-testid=id prop:value=move || unit.get()
                on:change=move |ev| unit.set(event_target_value(&ev))>
                <option value="">{move || semua.get()}</option>
                {pilih_unit}
            </select></div>
    }
}

/// One pegawai of the scope `jangkauan` (by name and NIP, or NIP alone when only their SKP is
/// stored) for the admin's record forms; `""` until one is chosen.
#[component]
pub fn PilihPegawai(
    jangkauan: Memo<Vec<crate::domain::rekap_instansi::BarisPegawai>>,
    nip: RwSignal<String>,
    id: &'static str,
    #[prop(into)] label: Signal<&'static str>,
    #[prop(into)] pilih: Signal<&'static str>,
) -> impl IntoView {
    // Another scope redraws the options in place: a choice it no longer holds is cleared, and
    // each option says itself whether it is the one chosen, so the select never shows one
    // person while the form would save for another.
    Effect::new(move |_| {
        let tetap = jangkauan.with(|pg| masih_dalam(pg, &nip.get_untracked()));
        if !tetap {
            nip.set(String::new());
        }
    });
    view! {
        <div class="medan"><label for=id>{move || label.get()}</label>
            <select id=id prop:value=move || nip.get() on:change=move |ev| nip.set(event_target_value(&ev))>
                <option value="" selected=move || nip.with(String::is_empty)>{move || pilih.get()}</option>
                {move || jangkauan.with(|pg| pg.iter().map(|p| {
                    let teks = if p.nama.is_empty() { p.nip.clone() } else { format!("{} ({})", p.nama, p.nip) };
                    let ini = p.nip.clone();
                    view! { <option value=p.nip.clone() selected=move || nip.with(|n| *n == ini)>{teks}</option> }
                }).collect_view())}
            </select></div>
    }
}

/// Whether the choice `nip` still stands in a scope of `pegawai` (none chosen always does).
pub(crate) fn masih_dalam(
    pegawai: &[crate::domain::rekap_instansi::BarisPegawai],
    nip: &str,
) -> bool {
    nip.is_empty() || pegawai.iter().any(|p| p.nip == nip)
}
