//! The pegawai's own profile: identity with live NIP validation, golongan, jabatan, unit, and
//! who evaluates them. Stored as the `pegawai` record whose id is a name-based UUID of the NIP.
//! What is stored comes from the app's data memo; only the unsaved draft is reactive state
//! (see [`draf`]).

mod draf;
pub mod teks;

use crate::domain::nip::{parse_nip, JenisKelamin, JenisNip};
use crate::domain::pegawai::{periksa_pejabat_penilai, Pejabat};
use crate::domain::{Galat, Rulebook};
use crate::store::profil::{self, GagalProfil};
use crate::store::rekaman::GagalTulis;
use crate::ui::i18n::isi;
use crate::ui::profil::teks::teks_profil;
use crate::ui::state::use_app_state;
use draf::{Medan, Sunting};
use leptos::prelude::*;

fn hari_ini() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[component]
fn Teks(
    id: &'static str,
    label: Signal<&'static str>,
    sunting: Sunting,
    medan: Medan,
    #[prop(optional)] petunjuk: Option<Signal<&'static str>>,
) -> impl IntoView {
    let nilai = sunting.medan(medan);
    let desc = petunjuk.map(|_| format!("{id}-petunjuk"));
    view! {
        <div class="medan">
            <label for=id>{label}</label>
            <input id=id type="text" maxlength="160" aria-describedby=desc.clone() prop:value=move || nilai.get()
                on:input=move |ev| sunting.ubah(medan, event_target_value(&ev))/>
            {petunjuk.map(|p| view! { <p id=desc.clone() class="petunjuk">{p}</p> })}
        </div>
    }
}

#[component]
pub fn Profil() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_profil(bahasa());
    let f = |s: fn(&crate::ui::profil::teks::TeksProfil) -> &'static str| {
        Signal::derive(move || s(teks_profil(use_app_state().settings.with(|x| x.bahasa))))
    };

    let nip_saya = Memo::new(move |_| state.settings.with(|s| s.nip.clone()));
    let sunting = Sunting::new(state.data_kinerja(), nip_saya, state.dirty);
    let nip = sunting.medan(Medan::Nip);
    let jenis_pegawai = sunting.medan(Medan::JenisPegawai);
    let golongan = sunting.medan(Medan::Golongan);
    let jenjang = sunting.medan(Medan::Jenjang);
    let pn_jenjang = sunting.medan(Medan::PnJenjang);
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<String>);
    let lebih_baru = RwSignal::new(false);

    let baca_nip = move || {
        let v = nip.get();
        (!v.trim().is_empty()).then(|| parse_nip(rb, &v, hari_ini()))
    };
    let uraian_nip = move || {
        let b = bahasa();
        baca_nip().map(|r| match r {
            Ok(n) => {
                let tmt = match n.bulan_pengangkatan {
                    Some(m) => format!("{m:02}/{}", n.tahun_pengangkatan),
                    None => n.tahun_pengangkatan.to_string(),
                };
                let kelamin = if n.jenis_kelamin == JenisKelamin::LakiLaki { t().laki } else { t().perempuan };
                let jenis = if n.jenis == JenisNip::Pns { t().pns } else { t().pppk };
                let teks = isi(t().nip_terbaca, &[("lahir", &crate::ui::format::tanggal(n.tanggal_lahir)), ("tmt", &tmt), ("kelamin", kelamin), ("urut", &n.nomor_urut.to_string()), ("jenis", jenis)]);
                let peringatan: Vec<String> = n.peringatan.iter().map(|g| g.pesan(rb, b)).collect();
                view! {
                    <p class="nip-info" data-testid="nip-terbaca">{teks}</p>
                    {peringatan.into_iter().map(|p| view! { <p class="peringatan-teks">{p}</p> }).collect_view()}
                }
                .into_any()
            }
            Err(g) => view! { <p class="galat" data-testid="nip-galat">{g.pesan(rb, b)}</p> }.into_any(),
        })
    };
    let opsi_golongan = move || {
        let jenis = crate::domain::pegawai::jenis_golongan(&jenis_pegawai.get());
        rb.golongan
            .iter()
            .filter(|g| g.jenis == jenis)
            .map(|g| {
                let kode = g.kode.clone();
                let label = match &g.pangkat {
                    Some(p) => format!("{} — {}", g.kode, rb.teks(p, bahasa())),
                    None => g.kode.clone(),
                };
                let pilih = kode.clone();
                view! { <option value=kode selected=move || golongan.get() == pilih>{label}</option> }
            })
            .collect_view()
    };
    let opsi_jenjang = move |sig: Memo<String>| {
        move || {
            rb.jabatan
                .iter()
                .map(|j| {
                    let kode = j.kode.clone();
                    let pilih = kode.clone();
                    let label = label_jenjang(rb, &kode, &j.jenis, bahasa());
                    view! { <option value=kode selected=move || sig.get() == pilih>{label}</option> }
                })
                .collect_view()
        }
    };
    let penilai_sah = move || {
        let (j, pj) = (jenjang.get(), pn_jenjang.get());
        if j.is_empty() || pj.is_empty() {
            return true;
        }
        // Authority delegated to the stored pejabat (no field here) counts while they stay.
        let (isian, _) = sunting.kini();
        let p = Pejabat {
            jenjang: pj,
            ..Default::default()
        };
        let p = state.data_kinerja().with(|d| {
            isian
                .pegawai_atas(d.profil(&state.settings.with(|s| s.nip.clone())))
                .pejabat_penilai
                .map_or(p.clone(), |x| Pejabat {
                    jenjang: p.jenjang.clone(),
                    ..x
                })
        });
        periksa_pejabat_penilai(rb, &j, &p)
            .map(|e| e.nilai)
            .unwrap_or(true)
    };
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let (isian, revisi) = sunting.kini();
        // What this form does not edit stays as stored.
        let p = state.data_kinerja().with_untracked(|d| {
            isian.pegawai_atas(d.profil(&state.settings.with_untracked(|s| s.nip.clone())))
        });
        let m = p.periksa(rb, hari_ini());
        masalah.set(m.clone());
        if !m.is_empty() {
            return;
        }
        let store = state.store();
        let settings = state.settings.get_untracked();
        // A corrected NIP starts a new record; the old one becomes a tombstone.
        let basis = if settings.nip == p.nip { revisi } else { None };
        let waktu = chrono::Local::now().to_rfc3339();
        let mut baru = settings.clone();
        baru.nip = p.nip.clone();
        if baru.nama.is_empty() {
            baru.nama = p.nama.clone();
        }
        // Record, old record's tombstone and settings land together or not at all.
        match profil::simpan(store.as_ref(), &p, basis, &settings, &baru, &waktu) {
            Ok(_) => {
                // The form now shows what is stored (the memo re-reads).
                sunting.buang();
                state.muat_ulang_data();
                if state.simpan_settings(baru) {
                    status.set(Some(t().tersimpan.into()));
                }
            }
            Err(GagalProfil::Tulis(GagalTulis::LebihBaru { .. })) => lebih_baru.set(true),
            Err(GagalProfil::Tulis(GagalTulis::Penyimpanan(e)) | GagalProfil::Pemulihan(e)) => {
                state.lapor_gagal_simpan(e)
            }
        }
    };
    let pilih =
        move |m: Medan| move |ev: leptos::ev::Event| sunting.ubah(m, event_target_value(&ev));

    view! {
        <section class="halaman" aria-labelledby="judul-profil">
            <h1 id="judul-profil">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || lebih_baru.get()>
                <div class="banner peringatan" role="alert" data-testid="profil-lebih-baru">
                    <p>{move || t().lebih_baru}</p>
                    <button type="button" on:click=move |_| { lebih_baru.set(false); sunting.buang(); }>{move || t().muat_ulang}</button>
                </div>
            </Show>
            <form class="formulir" on:submit=simpan novalidate>
                <fieldset class="dua-kolom">
                    <legend>{move || t().identitas}</legend>
                    <Teks id="p-nama" label=f(|t| t.nama) sunting=sunting medan=Medan::Nama/>
                    <div class="medan">
                        <Teks id="p-nip" label=f(|t| t.nip) sunting=sunting medan=Medan::Nip petunjuk=f(|t| t.nip_petunjuk)/>
                        <div aria-live="polite">{uraian_nip}</div>
                    </div>
                    <div class="medan">
                        <label for="p-jenis">{move || t().jenis_pegawai}</label>
                        <select id="p-jenis" on:change=pilih(Medan::JenisPegawai)>
                            {rb.pengembangan.jp_minimum.keys().map(|k| { let kode = k.clone(); let pilih_ini = k.clone(); let label = format!("jenis_pegawai.{k}"); view! {
                                <option value=kode selected=move || jenis_pegawai.get() == pilih_ini>{move || rb.teks(&label, bahasa()).to_string()}</option>
                            }}).collect_view()}
                        </select>
                    </div>
                    <div class="medan">
                        <label for="p-golongan">{move || t().golongan}</label>
                        <select id="p-golongan" on:change=pilih(Medan::Golongan)>
                            <option value="" selected=move || golongan.get().is_empty()>{move || t().pilih}</option>
                            {opsi_golongan}
                        </select>
                    </div>
                    <div class="medan">
                        <label for="p-jenjang">{move || t().jenjang}</label>
                        <select id="p-jenjang" on:change=pilih(Medan::Jenjang)>
                            <option value="" selected=move || jenjang.get().is_empty()>{move || t().pilih}</option>
                            {opsi_jenjang(jenjang)}
                        </select>
                    </div>
                    <Teks id="p-jabatan" label=f(|t| t.jabatan) sunting=sunting medan=Medan::Jabatan/>
                    <Teks id="p-unit" label=f(|t| t.unit_kerja) sunting=sunting medan=Medan::Unit/>
                    <Teks id="p-instansi" label=f(|t| t.instansi) sunting=sunting medan=Medan::Instansi/>
                </fieldset>
                <fieldset class="dua-kolom">
                    <legend>{move || t().penilai}</legend>
                    <Teks id="pn-nama" label=f(|t| t.nama) sunting=sunting medan=Medan::PnNama/>
                    <Teks id="pn-nip" label=f(|t| t.nip) sunting=sunting medan=Medan::PnNip/>
                    <Teks id="pn-jabatan" label=f(|t| t.jabatan) sunting=sunting medan=Medan::PnJabatan/>
                    <div class="medan">
                        <label for="pn-jenjang">{move || t().jenjang}</label>
                        <select id="pn-jenjang" on:change=pilih(Medan::PnJenjang)>
                            <option value="" selected=move || pn_jenjang.get().is_empty()>{move || t().pilih}</option>
                            {opsi_jenjang(pn_jenjang)}
                        </select>
                        <Show when=move || !penilai_sah()>
                            <p class="peringatan-teks" data-testid="penilai-peringatan">{move || t().penilai_tidak_berwenang}</p>
                        </Show>
                    </div>
                </fieldset>
                <fieldset class="dua-kolom">
                    <legend>{move || t().atasan_penilai}</legend>
                    <Teks id="ap-nama" label=f(|t| t.nama) sunting=sunting medan=Medan::ApNama/>
                    <Teks id="ap-nip" label=f(|t| t.nip) sunting=sunting medan=Medan::ApNip/>
                    <Teks id="ap-jabatan" label=f(|t| t.jabatan) sunting=sunting medan=Medan::ApJabatan/>
                </fieldset>
                <Show when=move || !masalah.with(Vec::is_empty)>
                    <div class="galat" role="alert" data-testid="profil-masalah">
                        <p>{move || t().perbaiki}</p>
                        <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul>
                    </div>
                </Show>
                <button type="submit" class="utama" data-testid="simpan-profil">{move || t().simpan}</button>
                <p role="status" class="status-ok" data-testid="status-profil">{move || status.get()}</p>
            </form>
            <crate::ui::bagian::penghargaan::DaftarPenghargaan nip=Signal::derive(move || state.settings.with(|s| s.nip.clone()))/>
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Profil/> }.into_any()
}

/// "Ahli Muda (Jabatan Fungsional Keahlian)": the level with its kind of position, the kind
/// left out where the level's own name already says it.
fn label_jenjang(rb: &Rulebook, jenjang: &str, jenis: &str, b: crate::domain::Bahasa) -> String {
    let (k_nama, k_jenis) = (
        format!("jenjang.{jenjang}"),
        format!("jenis_jabatan.{jenis}"),
    );
    let (nama, jenis) = (rb.teks(&k_nama, b), rb.teks(&k_jenis, b));
    if nama.to_lowercase().contains(&jenis.to_lowercase()) {
        nama.to_string()
    } else {
        format!("{nama} ({jenis})")
    }
}

#[cfg(test)]
mod tests {
    use super::label_jenjang;
    use crate::domain::{Bahasa, Rulebook};

    #[test]
    fn a_level_never_names_its_kind_twice() {
        let rb = Rulebook::aktif();
        for (jenjang, jenis) in [("jpt_utama", "jpt"), ("ahli_muda", "fungsional_keahlian")] {
            for b in [Bahasa::Id, Bahasa::En] {
                let l = label_jenjang(rb, jenjang, jenis, b);
                let k = format!("jenis_jabatan.{jenis}");
                let kind = rb.teks(&k, b);
                let n = l.to_lowercase().matches(&kind.to_lowercase()).count();
                assert_eq!(n, 1, "{l}");
            }
        }
        assert_eq!(
            label_jenjang(rb, "jpt_utama", "jpt", Bahasa::En),
            "Principal senior executive (JPT Utama)"
        );
    }
}
