//! Adding or editing one unit kerja: name, code, the unit above it, the leader's NIP and other
//! spellings of its name. Checked against the other units before it is saved (a loop in the
//! tree, a code or a name taken), every problem named at once.

use super::teks::teks_organisasi;
use crate::domain::organisasi::{periksa_dalam, Organisasi, UnitKerja};
use crate::domain::Rulebook;
use crate::store::kinerja::Tersimpan;
use crate::store::rekaman::JenisRecord;
use crate::ui::format::baris;
use crate::ui::state::{use_app_state, HasilSimpan};
use leptos::prelude::*;

#[component]
pub fn FormUnit(
    awal: Option<Tersimpan<UnitKerja>>,
    unit: Memo<Vec<Tersimpan<UnitKerja>>>,
    pesan: RwSignal<Option<String>>,
    selesai: Callback<()>,
) -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_organisasi(b());
    let data = state.data_kinerja();
    let (id, basis, u) = match &awal {
        Some(x) => (x.isi.id.clone(), Some(x.revisi), x.isi.clone()),
        None => (String::new(), None, UnitKerja::default()),
    };
    let ubah = basis.is_some();
    let nama = RwSignal::new(u.nama.clone());
    let kode = RwSignal::new(u.kode.clone());
    let induk = RwSignal::new(u.induk.clone().unwrap_or_default());
    let pimpinan = RwSignal::new(u.pimpinan_nip.clone());
    let alias = RwSignal::new(u.alias.join("\n"));
    let galat = RwSignal::new(Vec::<String>::new());
    let id = StoredValue::new(id);
    let kotor = move || state.dirty.set(true);
    // The units it may sit under: not itself, not one below it.
    let pilihan_induk = Memo::new(move |_| {
        unit.with(|v| {
            let org = Organisasi::baru(v.iter().map(|u| &u.isi));
            let bawah = id.with_value(|i| org.posisi(i).map(|p| org.sub_pohon(p)));
            org.urutan()
                .iter()
                .enumerate()
                .filter(|(i, _)| !bawah.as_ref().is_some_and(|r| r.contains(i)))
                .map(|(i, u)| {
                    (
                        u.id.clone(),
                        format!("{}{}", "· ".repeat(org.kedalaman(i)), u.nama),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let rb = Rulebook::aktif();
        let hari = chrono::Local::now().date_naive();
        let id_unit = id.with_value(|i| {
            if i.is_empty() {
                crate::ui::platform::uuid_acak()
            } else {
                i.clone()
            }
        });
        let baru = UnitKerja {
            id: id_unit.clone(),
            nama: nama.get_untracked().trim().to_string(),
            kode: kode.get_untracked().trim().to_string(),
            induk: Some(induk.get_untracked()).filter(|i| !i.is_empty()),
            pimpinan_nip: pimpinan
                .get_untracked()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect(),
            alias: baris(&alias.get_untracked()),
        };
        let semua: Vec<UnitKerja> =
            unit.with_untracked(|v| v.iter().map(|x| x.isi.clone()).collect());
        let refs: Vec<&UnitKerja> = semua.iter().collect();
        let m = periksa_dalam(rb, hari, &baru, &refs);
        if !m.is_empty() {
            galat.set(m.iter().map(|g| g.pesan(rb, b())).collect());
            return;
        }
        galat.set(Vec::new());
        match state.simpan_rekaman(JenisRecord::UnitKerja, &id_unit, &baru, basis) {
            HasilSimpan::Tersimpan(_) => {
                pesan.set(Some(crate::ui::i18n::isi(
                    t().unit_tersimpan,
                    &[("nama", &baru.nama)],
                )));
                selesai.run(());
            }
            HasilSimpan::LebihBaru => galat.set(vec![t().lebih_baru.to_string()]),
            HasilSimpan::Gagal => {}
        }
    };
    let batal = move |_| {
        state.dirty.set(false);
        selesai.run(());
    };
    view! {
        <form class="formulir kartu-berkas" on:submit=simpan data-testid="form-unit" aria-labelledby="judul-form-unit">
            <h2 id="judul-form-unit">{move || if ubah { t().ubah_unit } else { t().tambah_unit }}</h2>
            <div class="medan">
                <label for="unit-nama">{move || t().kolom_unit}</label>
                <input id="unit-nama" type="text" maxlength="200" required prop:value=move || nama.get()
                    on:input=move |ev| { nama.set(event_target_value(&ev)); kotor() }/>
            </div>
            <div class="medan">
                <label for="unit-kode">{move || t().kolom_kode}</label>
                <input id="unit-kode" type="text" maxlength="40" prop:value=move || kode.get()
                    on:input=move |ev| { kode.set(event_target_value(&ev)); kotor() }/>
            </div>
            <div class="medan">
                <label for="unit-induk">{move || t().kolom_induk}</label>
                <select id="unit-induk" on:change=move |ev| { induk.set(event_target_value(&ev)); kotor() }>
                    <option value="" selected=move || induk.with(String::is_empty)>{move || t().tanpa_induk}</option>
                    {move || pilihan_induk.get().into_iter().map(|(i, n)| {
                        let v = i.clone();
                        view! { <option value=i selected=move || induk.with(|x| *x == v)>{n}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="medan">
                <label for="unit-pimpinan">{move || t().kolom_pimpinan_nip}</label>
                <input id="unit-pimpinan" type="text" inputmode="numeric" autocomplete="off" list="daftar-nip-pegawai"
                    aria-describedby="unit-pimpinan-petunjuk" prop:value=move || pimpinan.get()
                    on:input=move |ev| { pimpinan.set(event_target_value(&ev)); kotor() }/>
                <p class="petunjuk" id="unit-pimpinan-petunjuk">{move || t().pimpinan_petunjuk}</p>
                <datalist id="daftar-nip-pegawai">
                    {move || data.with(|d| d.pegawai.iter().map(|p| view! { <option value=p.isi.nip.clone()>{p.isi.nama.clone()}</option> }).collect_view())}
                </datalist>
            </div>
            <div class="medan">
                <label for="unit-alias">{move || t().kolom_alias}</label>
                <textarea id="unit-alias" rows="3" aria-describedby="unit-alias-petunjuk" prop:value=move || alias.get()
                    on:input=move |ev| { alias.set(event_target_value(&ev)); kotor() }></textarea>
                <p class="petunjuk" id="unit-alias-petunjuk">{move || t().alias_petunjuk}</p>
            </div>
            <ul class="galat" role="alert" data-testid="galat-unit">
                {move || galat.get().into_iter().map(|g| view! { <li>{g}</li> }).collect_view()}
            </ul>
            <p class="tombol-baris">
                <button type="submit" class="utama" data-testid="simpan-unit">{move || t().simpan}</button>
                {ubah.then(|| view! { " " <button type="button" class="sekunder" on:click=batal>{move || t().batal}</button> })}
            </p>
        </form>
    }
}
