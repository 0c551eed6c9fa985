//! A goal done: the training it became is logged and the goal marked, in one write (both
//! land, or neither), so the JP count and the plan never disagree.

use super::teks::teks_rencana;
use super::Tersimpan_;
use crate::domain::rencana_pengembangan::{ButirRencana, RencanaPengembangan, StatusButir};
use crate::domain::{Galat, Rulebook};
use crate::store::organisasi::Ubah;
use crate::store::rekaman::JenisRecord;
use crate::ui::format::{angka, angka_isian};
use crate::ui::platform;
use crate::ui::state::{use_app_state, HasilSimpan};
use crate::ui::tulis::tulis_banyak;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub(super) fn FormSelesai(
    butir: ButirRencana,
    rencana: Memo<RencanaPengembangan>,
    tersimpan: Memo<Option<Tersimpan_>>,
    buka: RwSignal<Option<ButirRencana>>,
    pesan: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let bahasa = move || state.settings.with(|s| s.bahasa);
    let t = move || teks_rencana(bahasa());
    let b0 = state.settings.with_untracked(|s| s.bahasa);
    let tanggal = RwSignal::new(butir.selesai.to_string());
    let jp = RwSignal::new(angka_isian(butir.jp, b0));
    let sertifikat = RwSignal::new(String::new());
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let judul = butir.tujuan.clone();
    Effect::new(move |_| platform::fokus("rs-tanggal"));
    let kirim = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let tt = teks_rencana(state.settings.with_untracked(|s| s.bahasa));
        let mut galat = Vec::new();
        let tgl = tanggal.get_untracked().parse::<NaiveDate>().ok();
        if tgl.is_none() {
            galat.push(Galat::baru("tanggal_kosong").dengan("nilai", tt.tanggal_selesai));
        }
        let n = angka(&jp.get_untracked()).map_err(|g| galat.push(g)).ok();
        let (Some(tgl), Some(n)) = (tgl, n) else {
            masalah.set(galat);
            return;
        };
        let nip = state.settings.with_untracked(|s| s.nip.trim().to_string());
        let kegiatan = butir.jadi_kegiatan(
            platform::uuid_acak(),
            &nip,
            tgl,
            n,
            sertifikat.get_untracked().trim().into(),
        );
        masalah.set(kegiatan.periksa(rb));
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        let mut r = rencana.get_untracked();
        let Some(x) = r.butir.iter_mut().find(|x| x.id == butir.id) else {
            buka.set(None);
            return;
        };
        x.status = StatusButir::Selesai;
        x.kegiatan_id = Some(kegiatan.id.clone());
        let basis = tersimpan.with_untracked(|l| l.as_ref().map(|l| l.revisi));
        let ubah = [
            Ubah::tulis(
                JenisRecord::KegiatanPengembangan,
                &kegiatan.id,
                &kegiatan,
                None,
            ),
            Ubah::tulis(JenisRecord::RencanaPengembangan, &r.id, &r, basis),
        ];
        let ubah: Result<Vec<Ubah>, _> = ubah.into_iter().collect();
        let hasil = match ubah {
            Ok(u) => tulis_banyak(state, &u),
            Err(e) => {
                state.lapor_gagal_simpan(e);
                HasilSimpan::Gagal
            }
        };
        match hasil {
            HasilSimpan::Tersimpan(_) => {
                buka.set(None);
                pesan.set(Some(tt.masuk_log));
            }
            HasilSimpan::LebihBaru => {
                buka.set(None);
                pesan.set(Some(tt.berubah));
            }
            HasilSimpan::Gagal => {}
        }
    };
    view! {
        <form class="formulir kartu-berkas" on:submit=kirim data-testid="form-selesai">
            <h2>{move || t().selesai_judul}</h2>
            <p><strong>{judul}</strong></p>
            <p class="petunjuk">{move || t().selesai_petunjuk}</p>
            <div class="dua-kolom">
                <div class="medan"><label for="rs-tanggal">{move || t().tanggal_selesai}</label>
                    <input id="rs-tanggal" type="date" prop:value=move || tanggal.get()
                        on:input=move |ev| tanggal.set(event_target_value(&ev))/></div>
                <div class="medan"><label for="rs-jp">{move || t().kolom_jp}</label>
                    <input id="rs-jp" type="text" inputmode="decimal" prop:value=move || jp.get()
                        on:input=move |ev| jp.set(event_target_value(&ev))/></div>
            </div>
            <div class="medan"><label for="rs-sertifikat">{move || t().sertifikat}</label>
                <input id="rs-sertifikat" type="text" prop:value=move || sertifikat.get()
                    on:input=move |ev| sertifikat.set(event_target_value(&ev))/></div>
            <Show when=move || !masalah.with(Vec::is_empty)>
                <div class="galat" role="alert"><p>{move || t().perbaiki}</p>
                    <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, bahasa())}</li> }).collect_view()}</ul></div>
            </Show>
            <button type="submit" class="utama" data-testid="catat-selesai">{move || t().catat_selesai}</button>
            " " <button type="button" class="sekunder" on:click=move |_| buka.set(None)>{move || t().batal_ubah}</button>
        </form>
    }
}
