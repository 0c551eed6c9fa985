//! The form that adds a goal to the plan or changes one: what it answers is chosen from the
//! person's own records (the competencies below standard in their latest assessment, their
//! evaluations, their dialog kinerja), the activity's kind from the rulebook, JP typed the way
//! people write numbers; the goal is checked by the domain before it is written.

use super::kata_dasar;
use super::teks::{teks_rencana, TeksRencana};
use crate::domain::rencana_pengembangan::{
    ButirRencana, DasarTujuan, RencanaPengembangan, StatusButir,
};
use crate::domain::{Bahasa, Galat, Rulebook};
use crate::ui::format::{angka, angka_isian, tanggal};
use crate::ui::isian::isian;
use crate::ui::platform;
use crate::ui::state::use_app_state;
use chrono::NaiveDate;
use leptos::prelude::*;

#[derive(Clone, Copy, Default)]
struct Isian {
    tujuan: RwSignal<String>,
    dasar: RwSignal<String>,
    rujukan: RwSignal<String>,
    bentuk: RwSignal<String>,
    kegiatan: RwSignal<String>,
    mulai: RwSignal<String>,
    selesai: RwSignal<String>,
    jp: RwSignal<String>,
}

impl Isian {
    fn isi(&self, b: Option<&ButirRencana>, bahasa: Bahasa) {
        let teks = |f: fn(&ButirRencana) -> String| b.map(f).unwrap_or_default();
        self.tujuan.set(teks(|b| b.tujuan.clone()));
        self.dasar.set(teks(|b| b.dasar.kode().into()));
        self.rujukan.set(teks(|b| b.rujukan.clone()));
        self.bentuk.set(teks(|b| b.bentuk.clone()));
        self.kegiatan.set(teks(|b| b.kegiatan.clone()));
        self.mulai.set(teks(|b| b.mulai.to_string()));
        self.selesai.set(teks(|b| b.selesai.to_string()));
        self.jp
            .set(b.map(|b| angka_isian(b.jp, bahasa)).unwrap_or_default());
    }
}

/// What a goal of `dasar` may answer: (value, label) from the person's records.
fn pilihan_rujukan(dasar: DasarTujuan, nip: &str, b: Bahasa) -> Vec<(String, String)> {
    let rb = Rulebook::aktif();
    let state = use_app_state();
    let data = state.data_kinerja();
    data.with_untracked(|d| match dasar {
        DasarTujuan::Kesenjangan => {
            let nama = |k: &str| crate::domain::kompetensi::nama_kompetensi(rb, k, b);
            // Below standard in the latest assessment, else every competency of the rulebook.
            let kurang: Vec<(String, String)> = d
                .kompetensi_milik(nip)
                .first()
                .and_then(|p| p.isi.hasil(rb).ok())
                .map(|h| {
                    h.nilai
                        .gap
                        .into_iter()
                        .filter(|(_, g)| *g < 0)
                        .map(|(k, g)| (k.clone(), format!("{} ({g})", nama(&k))))
                        .collect()
                })
                .unwrap_or_default();
            if !kurang.is_empty() {
                return kurang;
            }
            let k = &rb.kompetensi;
            k.manajerial
                .iter()
                .chain(&k.sosial_kultural)
                .map(|k| (k.clone(), nama(k)))
                .collect()
        }
        DasarTujuan::Evaluasi => d
            .skp_milik(nip)
            .flat_map(|s| d.evaluasi_skp(&s.isi.id))
            .map(|e| {
                let p = crate::ui::i18n::periode::nama_periode(&e.isi.periode, b);
                (
                    e.isi.id.clone(),
                    format!("{p} ({})", tanggal(e.isi.tanggal)),
                )
            })
            .collect(),
        DasarTujuan::DialogKinerja => d
            .skp_milik(nip)
            .flat_map(|s| d.dialog_skp(&s.isi.id))
            .map(|x| {
                let ringkas: String = x.isi.langkah_disepakati.chars().take(60).collect();
                (
                    x.isi.id.clone(),
                    format!("{}: {ringkas}", tanggal(x.isi.tanggal)),
                )
            })
            .collect(),
        DasarTujuan::Lainnya => Vec::new(),
    })
}

/// Adds a goal, or changes `sunting` when set; `simpan` writes it (true when stored).
#[component]
pub fn FormButir(
    sunting: RwSignal<Option<ButirRencana>>,
    simpan: Callback<ButirRencana, bool>,
    rencana: Memo<RencanaPengembangan>,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_rencana(bahasa());
    let f = Isian::default();
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let status = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| {
        let b = sunting.get();
        f.isi(b.as_ref(), state.settings.with_untracked(|s| s.bahasa));
        masalah.set(Vec::new());
        if b.is_some() {
            crate::ui::platform::fokus("rp-tujuan");
        }
    });
    let nip = move || state.settings.with_untracked(|s| s.nip.trim().to_string());
    let dasar = move || DasarTujuan::dari_kode(&f.dasar.get());
    let kotor = move || state.dirty.set(true);
    let kirim = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        status.set(None);
        let b = state.settings.with_untracked(|s| s.bahasa);
        let tt = teks_rencana(b);
        let mut galat = Vec::new();
        let tgl = |s: RwSignal<String>, label: &str, galat: &mut Vec<Galat>| {
            let d = s.get_untracked().parse::<NaiveDate>().ok();
            if d.is_none() {
                galat.push(Galat::baru("tanggal_kosong").dengan("nilai", label));
            }
            d
        };
        let mulai = tgl(f.mulai, tt.mulai, &mut galat);
        let selesai = tgl(f.selesai, tt.tanggal_selesai, &mut galat);
        let jp = angka(&f.jp.get_untracked()).map_err(|g| galat.push(g)).ok();
        let d = DasarTujuan::dari_kode(&f.dasar.get_untracked());
        if d.is_none() {
            galat.push(Galat::baru("rujukan_kosong").dengan("lokasi", "—"));
        }
        let (Some(mulai), Some(selesai), Some(jp), Some(d)) = (mulai, selesai, jp, d) else {
            masalah.set(galat);
            return;
        };
        let lama = sunting.get_untracked();
        let butir = ButirRencana {
            id: lama
                .as_ref()
                .map(|l| l.id.clone())
                .unwrap_or_else(platform::uuid_acak),
            tujuan: f.tujuan.get_untracked().trim().into(),
            dasar: d,
            rujukan: if d == DasarTujuan::Lainnya {
                String::new()
            } else {
                f.rujukan.get_untracked()
            },
            bentuk: f.bentuk.get_untracked(),
            kegiatan: f.kegiatan.get_untracked().trim().into(),
            mulai,
            selesai,
            jp,
            status: lama
                .as_ref()
                .map_or(StatusButir::Direncanakan, |l| l.status),
            kegiatan_id: lama.as_ref().and_then(|l| l.kegiatan_id.clone()),
        };
        // Named by the goal's number in the plan: the one changed, or the next.
        let nomor = rencana.with_untracked(|r| {
            r.butir
                .iter()
                .position(|x| x.id == butir.id)
                .unwrap_or(r.butir.len())
                + 1
        });
        masalah.set(butir.periksa(rb, nomor));
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        if simpan.run(butir) {
            sunting.set(None);
            f.isi(None, b);
            status.set(Some(tt.tersimpan));
        }
    };
    let medan =
        move |id: &'static str,
              label: fn(&'static TeksRencana) -> &'static str,
              jenis: &'static str,
              s: RwSignal<String>| { isian(id, move || label(t()), jenis, s, kotor) };
    let opsi_bentuk = move |jalur: &'static str| {
        rb.pengembangan
            .bentuk
            .iter()
            .filter(|b| b.jalur == jalur)
            .map(|b| view! { <option value=b.kode.clone()>{rb.teks(&format!("bentuk.{}", b.kode), bahasa()).to_string()}</option> })
            .collect_view()
    };
    let opsi_rujukan = move || {
        rencana.track();
        dasar()
            .map(|d| pilihan_rujukan(d, &nip(), bahasa()))
            .unwrap_or_default()
    };
    let (tujuan, dasar_s, rujukan, bentuk, jp) = (f.tujuan, f.dasar, f.rujukan, f.bentuk, f.jp);
    view! {
        <form class="formulir kartu-berkas" on:submit=kirim data-testid="form-butir">
            <h2>{move || if sunting.with(Option::is_some) { t().form_ubah } else { t().form_baru }}</h2>
            <div class="medan"><label for="rp-tujuan">{move || t().tujuan}</label>
                <p class="petunjuk" id="rp-tujuan-petunjuk">{move || t().tujuan_petunjuk}</p>
                <input id="rp-tujuan" type="text" aria-describedby="rp-tujuan-petunjuk" prop:value=move || tujuan.get()
                    on:input=move |ev| { tujuan.set(event_target_value(&ev)); kotor() }/></div>
            <div class="medan"><label for="rp-dasar">{move || t().dasar}</label>
                <select id="rp-dasar" prop:value=move || dasar_s.get()
                    on:change=move |ev| { dasar_s.set(event_target_value(&ev)); rujukan.set(String::new()); kotor() }>
                    <option value="">{move || t().pilih}</option>
                    {move || DasarTujuan::SEMUA.map(|d| view! { <option value=d.kode()>{kata_dasar(d, t())}</option> }).collect_view()}
                </select></div>
            <Show when=move || dasar().is_some_and(|d| d != DasarTujuan::Lainnya)>
                <div class="medan"><label for="rp-rujukan">{move || t().rujukan}</label>
                    {move || {
                        let opsi = opsi_rujukan();
                        if opsi.is_empty() {
                            view! { <p class="petunjuk" id="rp-rujukan" data-testid="tanpa-rujukan">{t().tanpa_rujukan}</p> }.into_any()
                        } else {
                            view! {
                                <select id="rp-rujukan" prop:value=move || rujukan.get()
                                    on:change=move |ev| { rujukan.set(event_target_value(&ev)); kotor() }>
                                    <option value="">{t().pilih}</option>
                                    {opsi.into_iter().map(|(v, l)| view! { <option value=v>{l}</option> }).collect_view()}
                                </select>
                            }.into_any()
                        }
                    }}
                </div>
            </Show>
            <div class="medan"><label for="rp-bentuk">{move || t().bentuk}</label>
                <select id="rp-bentuk" prop:value=move || bentuk.get() on:change=move |ev| { bentuk.set(event_target_value(&ev)); kotor() }>
                    <option value="">{move || t().pilih}</option>
                    <optgroup label=move || rb.teks("jalur.klasikal", bahasa()).to_string()>{opsi_bentuk("klasikal")}</optgroup>
                    <optgroup label=move || rb.teks("jalur.nonklasikal", bahasa()).to_string()>{opsi_bentuk("nonklasikal")}</optgroup>
                </select></div>
            {medan("rp-kegiatan", |t| t.kegiatan, "text", f.kegiatan)}
            <div class="dua-kolom">
                {medan("rp-mulai", |t| t.mulai, "date", f.mulai)}
                {medan("rp-selesai", |t| t.tanggal_selesai, "date", f.selesai)}
            </div>
            <div class="medan"><label for="rp-jp">{move || t().jp}</label>
                <input id="rp-jp" type="text" inputmode="decimal" prop:value=move || jp.get()
                    on:input=move |ev| { jp.set(event_target_value(&ev)); kotor() }/></div>
            <Show when=move || !masalah.with(Vec::is_empty)>
                <div class="galat" role="alert" data-testid="galat-butir"><p>{move || t().perbaiki}</p>
                    <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul></div>
            </Show>
            <button type="submit" class="utama" data-testid="simpan-butir">{move || t().simpan}</button>
            <Show when=move || sunting.with(Option::is_some)>
                " " <button type="button" class="sekunder" on:click=move |_| { sunting.set(None); state.dirty.set(false); }>{move || t().batal_ubah}</button>
            </Show>
            <span role="status" class="status-ok" data-testid="status-butir-simpan">{move || status.get()}</span>
        </form>
    }
}
