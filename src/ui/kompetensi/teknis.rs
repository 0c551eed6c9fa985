//! The teknis competencies of one assessment (Format B.1.9): the position's own, so the
//! pejabat penilai writes each one's name and standard level from the agency's standar
//! kompetensi jabatan, then the level and the reason, like the rulebook's competencies.

use crate::domain::kompetensi::{Level, AWALAN_TEKNIS};
use crate::domain::{Bahasa, Rulebook};
use crate::ui::state::use_app_state;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// One teknis row as typed.
#[derive(Clone, Copy)]
pub struct BarisTeknis {
    no: usize,
    nama: RwSignal<String>,
    standar: RwSignal<String>,
    level: RwSignal<String>,
    alasan: RwSignal<String>,
}

struct Teks {
    judul: &'static str,
    petunjuk: &'static str,
    nama: &'static str,
    standar: &'static str,
    level: &'static str,
    alasan: &'static str,
    tambah: &'static str,
    buang: &'static str,
}

fn teks(b: Bahasa) -> &'static Teks {
    match b {
        Bahasa::Id => &Teks {
            judul: "Kompetensi teknis",
            petunjuk: "Kompetensi teknis jabatannya, dengan level standar dari standar kompetensi jabatan instansi.",
            nama: "Nama kompetensi teknis",
            standar: "Level standar",
            level: "Level",
            alasan: "Alasan",
            tambah: "Tambah kompetensi teknis",
            buang: "Buang",
        },
        Bahasa::En => &Teks {
            judul: "Technical competencies",
            petunjuk: "The position's technical competencies, with the standard level from the agency's competency standard.",
            nama: "Technical competency",
            standar: "Standard level",
            level: "Level",
            alasan: "Reason",
            tambah: "Add a technical competency",
            buang: "Remove",
        },
    }
}

/// Adds the rows with a name (the rest stay out, as "not assessed") to the assessment.
pub fn ke_penilaian(
    baris: &[BarisTeknis],
    standar: &mut Level,
    level: &mut Level,
    alasan: &mut BTreeMap<String, String>,
) {
    for b in baris {
        let nama = b.nama.get_untracked().trim().to_string();
        let (s, l) = (b.standar.get_untracked(), b.level.get_untracked());
        if nama.is_empty() && s.is_empty() && l.is_empty() {
            continue;
        }
        let kode = format!("{AWALAN_TEKNIS}{nama}");
        if let Ok(s) = s.parse::<u8>() {
            standar.insert(kode.clone(), s);
        }
        if let Ok(l) = l.parse::<u8>() {
            level.insert(kode.clone(), l);
        }
        alasan.insert(kode, b.alasan.get_untracked().trim().to_string());
    }
}

#[component]
pub fn IsianTeknis(baris: RwSignal<Vec<BarisTeknis>>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let t = move || teks(state.settings.with(|s| s.bahasa));
    let tambah = move |_| {
        let no = baris.with_untracked(|v| v.iter().map(|b| b.no + 1).max().unwrap_or(0));
        baris.update(|v| {
            v.push(BarisTeknis {
                no,
                nama: RwSignal::new(String::new()),
                standar: RwSignal::new(String::new()),
                level: RwSignal::new(String::new()),
                alasan: RwSignal::new(String::new()),
            })
        });
        // The new row is drawn on the next frame: focus its name then.
        request_animation_frame(move || crate::ui::platform::fokus(&format!("kt-nama-{no}")));
    };
    let opsi = move || {
        (rb.kompetensi.level_min..=rb.kompetensi.level_maks)
            .map(|x| view! { <option value=x.to_string()>{x}</option> })
            .collect_view()
    };
    let pilih = move |id: String, label: &'static str, s: RwSignal<String>| {
        view! {
            <div class="medan"><label for=id.clone()>{label}</label>
                <select id=id prop:value=move || s.get() on:change=move |ev| { s.set(event_target_value(&ev)); state.dirty.set(true) }>
                    <option value="">"—"</option>{opsi()}</select></div>
        }
    };
    let isi = move |id: String, label: &'static str, s: RwSignal<String>| {
        view! {
            <div class="medan"><label for=id.clone()>{label}</label>
                <input id=id type="text" prop:value=move || s.get() on:input=move |ev| { s.set(event_target_value(&ev)); state.dirty.set(true) }/></div>
        }
    };
    let daftar = move || {
        let tt = t();
        baris
            .get()
            .into_iter()
            .map(|b| {
                let no = b.no;
                let buang = move |_| baris.update(|v| v.retain(|x| x.no != no));
                view! {
                    <fieldset class="kartu-berkas" data-testid="isian-teknis">
                        <legend>{move || { let n = b.nama.get(); if n.trim().is_empty() { tt.judul.to_string() } else { n } }}</legend>
                        {isi(format!("kt-nama-{no}"), tt.nama, b.nama)}
                        <div class="dua-kolom">
                            {pilih(format!("kt-standar-{no}"), tt.standar, b.standar)}
                            {pilih(format!("kt-level-{no}"), tt.level, b.level)}
                        </div>
                        {isi(format!("kt-alasan-{no}"), tt.alasan, b.alasan)}
                        <button type="button" class="sekunder kecil" on:click=buang>{tt.buang}</button>
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <h3>{move || t().judul}</h3>
        <p class="petunjuk">{move || t().petunjuk}</p>
        {daftar}
        <button type="button" class="sekunder" data-testid="tambah-teknis" on:click=tambah>{move || t().tambah}</button>
    }
}
