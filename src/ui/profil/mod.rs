//! The pegawai's own profile: identity with live NIP validation, golongan, jabatan, unit, and
//! who evaluates them. Stored as the `pegawai` record whose id is a name-based UUID of the NIP.

pub mod teks;

use crate::domain::nip::{format_nip, parse_nip, JenisKelamin, JenisNip};
use crate::domain::pegawai::{periksa_pejabat_penilai, Pegawai, Pejabat};
use crate::domain::{Galat, Rulebook};
use crate::store::profil::{self, muat, GagalProfil};
use crate::store::rekaman::GagalTulis;
use crate::ui::i18n::isi;
use crate::ui::profil::teks::teks_profil;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

fn hari_ini() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

#[component]
fn Teks(
    id: &'static str,
    label: Signal<&'static str>,
    nilai: RwSignal<String>,
    #[prop(optional)] petunjuk: Option<Signal<&'static str>>,
) -> impl IntoView {
    let state = use_app_state();
    let desc = petunjuk.map(|_| format!("{id}-petunjuk"));
    view! {
        <div class="medan">
            <label for=id>{label}</label>
            <input id=id type="text" maxlength="160" aria-describedby=desc.clone() prop:value=move || nilai.get()
                on:input=move |ev| { nilai.set(event_target_value(&ev)); state.dirty.set(true); }/>
            {petunjuk.map(|p| view! { <p id=desc.clone() class="petunjuk">{p}</p> })}
        </div>
    }
}

#[component]
pub fn Profil() -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::bawaan();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_profil(bahasa());
    let f = |s: fn(&crate::ui::profil::teks::TeksProfil) -> &'static str| {
        Signal::derive(move || s(teks_profil(use_app_state().settings.with(|x| x.bahasa))))
    };

    let nama = RwSignal::new(String::new());
    let nip = RwSignal::new(String::new());
    let jenis_pegawai = RwSignal::new("pns".to_string());
    let golongan = RwSignal::new(String::new());
    let jenjang = RwSignal::new(String::new());
    let jabatan = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let instansi = RwSignal::new(String::new());
    let (pn_nama, pn_nip, pn_jabatan, pn_jenjang) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let (ap_nama, ap_nip, ap_jabatan) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let revisi = RwSignal::new(None::<u64>);
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<String>);
    let lebih_baru = RwSignal::new(false);

    let isi_form = move |p: Option<(Pegawai, u64)>| {
        let (p, rev) = p.map(|(p, r)| (p, Some(r))).unwrap_or_default();
        nama.set(p.nama);
        nip.set(format_nip(&p.nip));
        jenis_pegawai.set(if p.jenis_pegawai.is_empty() {
            "pns".into()
        } else {
            p.jenis_pegawai
        });
        golongan.set(p.golongan);
        jenjang.set(p.jenjang);
        jabatan.set(p.jabatan);
        unit.set(p.unit_kerja);
        instansi.set(p.instansi);
        let pn = p.pejabat_penilai.unwrap_or_default();
        pn_nama.set(pn.nama);
        pn_nip.set(format_nip(&pn.nip));
        pn_jabatan.set(pn.jabatan);
        pn_jenjang.set(pn.jenjang);
        let ap = p.atasan_pejabat_penilai.unwrap_or_default();
        ap_nama.set(ap.nama);
        ap_nip.set(format_nip(&ap.nip));
        ap_jabatan.set(ap.jabatan);
        revisi.set(rev);
    };
    let muat_ulang = move || {
        isi_form(muat(
            state.store().as_ref(),
            &state.settings.get_untracked().nip,
        ))
    };
    muat_ulang();
    Effect::new(move |sebelum: Option<()>| {
        state.revisi_data.track();
        if sebelum.is_some() && !state.dirty.get_untracked() {
            muat_ulang();
        }
    });

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
                let teks = isi(t().nip_terbaca, &[("lahir", &n.tanggal_lahir.format("%d-%m-%Y").to_string()), ("tmt", &tmt), ("kelamin", kelamin), ("urut", &n.nomor_urut.to_string()), ("jenis", jenis)]);
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
        let jp = jenis_pegawai.get();
        let jenis = if jp.starts_with("pppk") {
            "pppk"
        } else {
            "pns"
        };
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
    let opsi_jenjang = move |sig: RwSignal<String>| {
        move || {
            rb.jabatan
                .iter()
                .map(|j| {
                    let kode = j.kode.clone();
                    let pilih = kode.clone();
                    let label = format!("{} ({})", rb.teks(&format!("jenjang.{kode}"), bahasa()), rb.teks(&format!("jenis_jabatan.{}", j.jenis), bahasa()));
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
        let p = Pejabat {
            jenjang: pj,
            ..Default::default()
        };
        periksa_pejabat_penilai(rb, &j, &p)
            .map(|e| e.nilai)
            .unwrap_or(true)
    };
    use crate::domain::nip::bersihkan as digit;
    fn pejabat(nama: String, nip: String, jabatan: String, jenjang: String) -> Option<Pejabat> {
        (!nama.trim().is_empty() || !nip.trim().is_empty()).then(|| Pejabat {
            nip: crate::domain::nip::bersihkan(&nip),
            nama: nama.trim().into(),
            jabatan: jabatan.trim().into(),
            jenjang,
            ..Default::default()
        })
    }

    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let p = Pegawai {
            nip: digit(&nip.get_untracked()),
            nama: nama.get_untracked().trim().into(),
            jenis_pegawai: jenis_pegawai.get_untracked(),
            golongan: golongan.get_untracked(),
            jenjang: jenjang.get_untracked(),
            jabatan: jabatan.get_untracked().trim().into(),
            unit_kerja: unit.get_untracked().trim().into(),
            instansi: instansi.get_untracked().trim().into(),
            pejabat_penilai: pejabat(
                pn_nama.get_untracked(),
                pn_nip.get_untracked(),
                pn_jabatan.get_untracked(),
                pn_jenjang.get_untracked(),
            ),
            atasan_pejabat_penilai: pejabat(
                ap_nama.get_untracked(),
                ap_nip.get_untracked(),
                ap_jabatan.get_untracked(),
                String::new(),
            ),
        };
        let m = p.periksa(rb, hari_ini());
        masalah.set(m.clone());
        if !m.is_empty() {
            return;
        }
        let store = state.store();
        let settings = state.settings.get_untracked();
        // A corrected NIP starts a new record; the old one becomes a tombstone.
        let basis = if settings.nip == p.nip {
            revisi.get_untracked()
        } else {
            None
        };
        let waktu = chrono::Local::now().to_rfc3339();
        let mut baru = settings.clone();
        baru.nip = p.nip.clone();
        if baru.nama.is_empty() {
            baru.nama = p.nama.clone();
        }
        // Record, old record's tombstone and settings land together or not at all.
        match profil::simpan(store.as_ref(), &p, basis, &settings, &baru, &waktu) {
            Ok(r) => {
                revisi.set(Some(r.revisi));
                state.dirty.set(false);
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
    let pilih = move |sig: RwSignal<String>| {
        move |ev: leptos::ev::Event| {
            sig.set(event_target_value(&ev));
            state.dirty.set(true);
        }
    };

    view! {
        <section class="halaman" aria-labelledby="judul-profil">
            <h1 id="judul-profil">{move || t().judul}</h1>
            <p>{move || t().pengantar}</p>
            <Show when=move || lebih_baru.get()>
                <div class="banner peringatan" role="alert" data-testid="profil-lebih-baru">
                    <p>{move || t().lebih_baru}</p>
                    <button type="button" on:click=move |_| { lebih_baru.set(false); state.dirty.set(false); muat_ulang(); }>{move || t().muat_ulang}</button>
                </div>
            </Show>
            <form class="formulir" on:submit=simpan novalidate>
                <fieldset class="dua-kolom">
                    <legend>{move || t().identitas}</legend>
                    <Teks id="p-nama" label=f(|t| t.nama) nilai=nama/>
                    <div class="medan">
                        <Teks id="p-nip" label=f(|t| t.nip) nilai=nip petunjuk=f(|t| t.nip_petunjuk)/>
                        <div aria-live="polite">{uraian_nip}</div>
                    </div>
                    <div class="medan">
                        <label for="p-jenis">{move || t().jenis_pegawai}</label>
                        <select id="p-jenis" on:change=pilih(jenis_pegawai)>
                            {rb.pengembangan.jp_minimum.keys().map(|k| { let kode = k.clone(); let pilih_ini = k.clone(); let label = format!("jenis_pegawai.{k}"); view! {
                                <option value=kode selected=move || jenis_pegawai.get() == pilih_ini>{move || rb.teks(&label, bahasa()).to_string()}</option>
                            }}).collect_view()}
                        </select>
                    </div>
                    <div class="medan">
                        <label for="p-golongan">{move || t().golongan}</label>
                        <select id="p-golongan" on:change=pilih(golongan)>
                            <option value="" selected=move || golongan.get().is_empty()>{move || t().pilih}</option>
                            {opsi_golongan}
                        </select>
                    </div>
                    <div class="medan">
                        <label for="p-jenjang">{move || t().jenjang}</label>
                        <select id="p-jenjang" on:change=pilih(jenjang)>
                            <option value="" selected=move || jenjang.get().is_empty()>{move || t().pilih}</option>
                            {opsi_jenjang(jenjang)}
                        </select>
                    </div>
                    <Teks id="p-jabatan" label=f(|t| t.jabatan) nilai=jabatan/>
                    <Teks id="p-unit" label=f(|t| t.unit_kerja) nilai=unit/>
                    <Teks id="p-instansi" label=f(|t| t.instansi) nilai=instansi/>
                </fieldset>
                <fieldset class="dua-kolom">
                    <legend>{move || t().penilai}</legend>
                    <Teks id="pn-nama" label=f(|t| t.nama) nilai=pn_nama/>
                    <Teks id="pn-nip" label=f(|t| t.nip) nilai=pn_nip/>
                    <Teks id="pn-jabatan" label=f(|t| t.jabatan) nilai=pn_jabatan/>
                    <div class="medan">
                        <label for="pn-jenjang">{move || t().jenjang}</label>
                        <select id="pn-jenjang" on:change=pilih(pn_jenjang)>
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
                    <Teks id="ap-nama" label=f(|t| t.nama) nilai=ap_nama/>
                    <Teks id="ap-nip" label=f(|t| t.nip) nilai=ap_nip/>
                    <Teks id="ap-jabatan" label=f(|t| t.jabatan) nilai=ap_jabatan/>
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
        </section>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &crate::ui::route::Route) -> AnyView {
    view! { <Profil/> }.into_any()
}
