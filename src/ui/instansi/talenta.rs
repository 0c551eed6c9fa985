//! The talent pool (`#/instansi/talenta`, PermenPANRB 3/2020): for the chosen year and unit,
//! the 9-box drawn as the regulation's grid (potensial up, kinerja across), each box with its
//! pegawai and the rulebook's follow-up; the placed pegawai and those not yet placeable as
//! tables; the succession candidates for a chosen jenjang. Its own chunk.

use super::asesmen::catat_asesmen;
use super::dasbor::papan;
use super::pilihan::{jangkauan, PilihPeriode, PilihUnit, Pilihan};
use super::tabel_talenta::{
    jabatan_instansi, posisi_semua, tabel_belum, tabel_suksesi, tabel_talenta, KataTalenta, Posisi,
    Sasaran,
};
use super::tampil::{layar_admin, TabelTampil};
use crate::domain::rulebook::GabungTahun;
use crate::domain::{Bahasa, Rulebook};
use crate::ui::i18n::isi;
use crate::ui::route::Route;
use crate::ui::state::use_app_state;
use leptos::prelude::*;

struct Teks {
    judul: &'static str,
    /// `{tahun}`: [`Teks::tahun_satu`] or [`Teks::tahun_banyak`]; `{cara}`: how those years
    /// combine (the rulebook's `talenta.gabung_tahun`).
    pengantar: &'static str,
    tahun_satu: &'static str,
    tahun_banyak: &'static str,
    cara_terendah: &'static str,
    cara_terakhir: &'static str,
    kembali: &'static str,
    unit: &'static str,
    semua_unit: &'static str,
    grid: &'static str,
    /// `{n}`, `{dari}`, `{tahun}`
    ringkas: &'static str,
    sumbu_potensial: &'static str,
    sumbu_kinerja: &'static str,
    daftar: &'static str,
    belum: &'static str,
    belum_kosong: &'static str,
    suksesi: &'static str,
    suksesi_pengantar: &'static str,
    target: &'static str,
    grup_jabatan: &'static str,
    grup_jenjang: &'static str,
    suksesi_kosong: &'static str,
    cara_hitung: &'static str,
    kata: KataTalenta,
}

const ID: Teks = Teks {
    judul: "Manajemen talenta",
    pengantar: "Kotak talenta (9-box) tiap pegawai: kinerja dari predikat tahunan {tahun} ({cara}), potensial dari hasil asesmen potensi yang dicatat (di bawah) atau, bila belum ada, dari kategori JPM penilaian kompetensi terakhir. Tahun mengikuti periode yang dipilih.",
    tahun_satu: "tahun terakhir",
    tahun_banyak: "{n} tahun terakhir",
    cara_terendah: "yang terendah dipakai",
    cara_terakhir: "yang terbaru dipakai",
    kembali: "Dasbor instansi",
    unit: "Unit kerja",
    semua_unit: "Seluruh instansi",
    grid: "Peta 9-box",
    ringkas: "{n} dari {dari} pegawai dapat ditempatkan untuk tahun {tahun}.",
    sumbu_potensial: "Potensial",
    sumbu_kinerja: "Kinerja",
    daftar: "Pegawai per kotak",
    belum: "Belum dapat ditempatkan",
    belum_kosong: "Semua pegawai di cakupan ini dapat ditempatkan.",
    suksesi: "Kandidat suksesi",
    suksesi_pengantar: "Pegawai di kotak kelompok rencana suksesi, dari jenjang jabatan yang dituju atau jenjang tepat di bawahnya (pemegang jabatan itu sendiri tidak termasuk), diurutkan menurut kecocokan kompetensinya dengan standar jenjang itu, dihitung atas kompetensi yang sudah dinilai.",
    target: "Jabatan atau jenjang yang dituju",
    grup_jabatan: "Jabatan di instansi",
    grup_jenjang: "Jenjang",
    suksesi_kosong: "Belum ada kandidat untuk jenjang ini.",
    cara_hitung: "Cara menempatkan",
    kata: KataTalenta {
        nama: "Nama",
        nip: "NIP",
        unit: "Unit kerja",
        jenjang: "Jenjang",
        kotak: "Kotak",
        kinerja: "Kinerja",
        potensial: "Potensial",
        dasar: "Dasar potensial",
        tindak_lanjut: "Tindak lanjut",
        alasan: "Alasan",
        kecocokan: "Kecocokan (%)",
        kategori: "Kategori",
        tanpa_unit: "Tanpa unit kerja yang dikenal",
        dari_jpm: "JPM {jpm}% ({kategori})",
        dari_asesmen: "Asesmen potensi {tanggal} ({oleh})",
        belum_dinilai: "Belum dinilai",
        dinilai: "Kompetensi dinilai",
        n_dari: "{n} dari {dari}",
    },
};

const EN: Teks = Teks {
    judul: "Talent management",
    pengantar: "Each employee's talent box (9-box): performance from the annual ratings of {tahun} ({cara}), potential from a recorded potential assessment (below) or, where there is none, from the JPM band of their latest competency assessment. The year follows the chosen period.",
    tahun_satu: "the last year",
    tahun_banyak: "the last {n} years",
    cara_terendah: "the lowest counts",
    cara_terakhir: "the latest counts",
    kembali: "Agency dashboard",
    unit: "Work unit",
    semua_unit: "Whole agency",
    grid: "9-box map",
    ringkas: "{n} of {dari} employees can be placed for {tahun}.",
    sumbu_potensial: "Potential",
    sumbu_kinerja: "Performance",
    daftar: "Employees per box",
    belum: "Not placeable yet",
    belum_kosong: "Every employee in this scope can be placed.",
    suksesi: "Succession candidates",
    suksesi_pengantar: "Employees in the succession boxes, from the target position's jenjang or the one directly below it (the position's own holders left out), ranked by how their competencies fit that jenjang's standard, over the competencies assessed so far.",
    target: "Target position or jenjang",
    grup_jabatan: "Positions in the agency",
    grup_jenjang: "Jenjang",
    suksesi_kosong: "No candidate for this jenjang yet.",
    cara_hitung: "How employees are placed",
    kata: KataTalenta {
        nama: "Name",
        nip: "NIP",
        unit: "Work unit",
        jenjang: "Jenjang",
        kotak: "Box",
        kinerja: "Performance",
        potensial: "Potential",
        dasar: "Basis of potential",
        tindak_lanjut: "Follow-up",
        alasan: "Reason",
        kecocokan: "Fit (%)",
        kategori: "Band",
        tanpa_unit: "No known work unit",
        dari_jpm: "JPM {jpm}% ({kategori})",
        dari_asesmen: "Potential assessment {tanggal} ({oleh})",
        belum_dinilai: "Not assessed",
        dinilai: "Competencies assessed",
        n_dari: "{n} of {dari}",
    },
};

fn teks(b: Bahasa) -> &'static Teks {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}

#[component]
fn Talenta() -> impl IntoView {
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks(b());
    let rb = Rulebook::aktif();
    let data = state.data_kinerja();
    let pilihan = Pilihan::baru();
    let papan = papan(pilihan);
    let tahun = Memo::new(move |_| pilihan.periode.with(|p| p.tahun));
    let unit = RwSignal::new(String::new());
    let jangkauan = jangkauan(papan, unit);
    let posisi = Memo::new(move |_| {
        let th = tahun.get();
        jangkauan.with(|pg| data.with(|d| posisi_semua(rb, d, pg, th)))
    });
    let ditempatkan = Memo::new(move |_| {
        let bhs = b();
        papan.with(|p| posisi.with(|x| tabel_talenta(rb, x, &p.jalur, &teks(bhs).kata, bhs)))
    });
    let belum = Memo::new(move |_| {
        let bhs = b();
        papan.with(|p| posisi.with(|x| tabel_belum(rb, x, &p.jalur, &teks(bhs).kata, bhs)))
    });
    let target = RwSignal::new(Sasaran::Jenjang("administrator".into()).kode());
    let suksesi = Memo::new(move |_| {
        let bhs = b();
        let tg = Sasaran::dari_kode(&target.get())
            .unwrap_or_else(|| Sasaran::Jenjang("administrator".into()));
        papan.with(|p| posisi.with(|x| tabel_suksesi(rb, x, &p.jalur, &tg, &teks(bhs).kata, bhs)))
    });
    let jabatan = Memo::new(move |_| papan.with(|p| jabatan_instansi(&p.rekap.pegawai)));
    let ringkas = move || {
        isi(
            t().ringkas,
            &[
                ("n", &ditempatkan.with(|x| x.baris.len()).to_string()),
                ("dari", &posisi.with(Vec::len).to_string()),
                ("tahun", &tahun.get().to_string()),
            ],
        )
    };
    // A downloaded table names what it holds: the unit chosen (and the succession's target),
    // so two downloads of one table are told apart by their names, as on the development page.
    let lingkup = move || {
        let u = unit.get().parse::<usize>().ok();
        let unit = papan.with(|p| u.and_then(|i| p.jalur.get(i).cloned()));
        format!(
            "{} {}",
            unit.unwrap_or_else(|| t().semua_unit.into()),
            tahun.get()
        )
    };
    let nama = move |judul: &'static str| Signal::derive(move || format!("{judul} {}", lingkup()));
    let nama_suksesi = Signal::derive(move || {
        let sasaran = match Sasaran::dari_kode(&target.get()) {
            Some(Sasaran::Jabatan { nama, .. }) => nama,
            Some(Sasaran::Jenjang(j)) => rb.teks(&format!("jenjang.{j}"), b()).to_string(),
            None => rb.teks("jenjang.administrator", b()).to_string(),
        };
        format!("{} {sasaran} {}", t().suksesi, lingkup())
    });
    // The years and how they combine are the rulebook's, so the words follow it.
    let pengantar = move || {
        let (t, k) = (t(), &rb.talenta);
        let tahun = match k.tahun_kinerja {
            1 => t.tahun_satu.to_string(),
            n => isi(t.tahun_banyak, &[("n", &n.to_string())]),
        };
        let cara = match k.gabung_tahun {
            GabungTahun::Terendah => t.cara_terendah,
            GabungTahun::Terakhir => t.cara_terakhir,
        };
        isi(t.pengantar, &[("tahun", &tahun), ("cara", cara)])
    };
    let aturan = move || {
        let bhs = b();
        rb.aturan.get("talenta_9box").map(|a| {
            view! { <p>{a.uraian.get(bhs).to_string()}</p><p class="sumber">{a.sumber(bhs).to_string()}</p>
                <p>{rb.teks("catatan.potensial_asesmen", bhs).to_string()}</p>
                <p>{rb.teks("catatan.potensial_dari_jpm", bhs).to_string()}</p> }
        })
    };
    let nama_jenjang = move |k: &str| rb.teks(&format!("jenjang.{k}"), b()).to_string();
    let jenjang_opsi = move || {
        rb.kompetensi
            .standar_default
            .keys()
            .map(|k| view! { <option value=Sasaran::Jenjang(k.clone()).kode()>{nama_jenjang(k)}</option> })
            .collect_view()
    };
    // Only positions whose jenjang has a standard: the fit is measured against it.
    let jabatan_opsi =
        move || {
            jabatan.with(|v| {
                v.iter()
                .filter(|(_, j)| rb.kompetensi.standar_default.contains_key(j))
                .map(|(nama, j)| {
                    let kode = Sasaran::Jabatan { nama: nama.clone(), jenjang: j.clone() }.kode();
                    view! { <option value=kode>{format!("{nama} ({})", nama_jenjang(j))}</option> }
                })
                .collect_view()
            })
        };
    view! {
        <section class="halaman" aria-labelledby="judul-talenta">
            <p class="petunjuk"><a href=Route::Instansi.href()>{move || t().kembali}</a></p>
            <h1 id="judul-talenta">{move || t().judul}</h1>
            <p>{pengantar}</p>
            <PilihPeriode pilihan=pilihan/>
            <PilihUnit papan=papan unit=unit id="pilih-unit-talenta"
                label=Signal::derive(move || t().unit) semua=Signal::derive(move || t().semua_unit)/>
            <p role="status" data-testid="talenta-ringkas">{ringkas}</p>
            <h2>{move || t().grid}</h2>
            <Grid posisi=posisi/>
            <details><summary>{move || t().cara_hitung}</summary>{aturan}</details>
            <h2>{move || t().daftar}</h2>
            <TabelTampil tabel=ditempatkan nama=nama(t().daftar) pemisah=pilihan.pemisah testid="tabel-talenta"/>
            <h2>{move || t().belum}</h2>
            <Show when=move || belum.with(|x| !x.baris.is_empty()) fallback=move || view! { <p class="petunjuk">{move || t().belum_kosong}</p> }>
                <TabelTampil tabel=belum nama=nama(t().belum) pemisah=pilihan.pemisah testid="tabel-talenta-belum"/>
            </Show>
            {catat_asesmen(jangkauan, pilihan.pemisah)}
            <h2>{move || t().suksesi}</h2>
            <p>{move || t().suksesi_pengantar}</p>
            <div class="medan"><label for="pilih-target-suksesi">{move || t().target}</label>
                <select id="pilih-target-suksesi" data-testid="pilih-target-suksesi" prop:value=move || target.get()
                    on:change=move |ev| target.set(event_target_value(&ev))>
                    <Show when=move || jabatan.with(|v| !v.is_empty())>
                        <optgroup label=move || t().grup_jabatan>{jabatan_opsi}</optgroup>
                    </Show>
                    <optgroup label=move || t().grup_jenjang>{jenjang_opsi}</optgroup></select></div>
            <Show when=move || suksesi.with(|x| !x.baris.is_empty()) fallback=move || view! { <p class="petunjuk" data-testid="suksesi-kosong">{move || t().suksesi_kosong}</p> }>
                <TabelTampil tabel=suksesi nama=nama_suksesi pemisah=pilihan.pemisah testid="tabel-suksesi"/>
            </Show>
        </section>
    }
}

/// The 9-box as the regulation draws it: potensial from high (top) to low, kinerja from below
/// to above expectations (left to right); each box its number, name, count, people and
/// follow-up. A table of cells with row and column headers, so a screen reader names both axes.
#[component]
fn Grid(posisi: Memo<Vec<Posisi>>) -> impl IntoView {
    use crate::domain::talenta::Potensial;
    use crate::domain::Rating;
    let state = use_app_state();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks(b());
    let rb = Rulebook::aktif();
    let sel = move |pot: Potensial, kin: Rating| {
        let bhs = b();
        let nomor = rb.talenta.kotak[pot as usize][kin as usize];
        let orang: Vec<(String, String)> = posisi.with(|x| {
            x.iter()
                .filter(|p| p.hasil.as_ref().is_ok_and(|k| k.nilai.nomor == nomor))
                .map(|p| {
                    (
                        super::tabel_pengembangan::nama(&p.baris),
                        p.baris.nip.clone(),
                    )
                })
                .collect()
        });
        let tl: Vec<String> = rb
            .talenta
            .tindak_lanjut
            .get(&nomor)
            .into_iter()
            .flatten()
            .map(|k| rb.teks(k, bhs).to_string())
            .collect();
        let suksesi = rb.talenta.kelompok_suksesi.contains(&nomor);
        let kelas = if suksesi {
            "kotak-talenta suksesi"
        } else {
            "kotak-talenta"
        };
        view! {
            <td class=kelas data-testid=format!("kotak-{nomor}")>
                <strong>{nomor} ". " {rb.teks(&format!("kotak.{nomor}"), bhs).to_string()}</strong>
                <span class="jumlah" data-testid="jumlah-kotak">{orang.len()}</span>
                <ul>{orang.into_iter().map(|(n, nip)| view! { <li><a href=Route::InstansiPegawai(nip).href()>{n}</a></li> }).collect_view()}</ul>
                <p class="petunjuk">{tl.join("; ")}</p>
            </td>
        }
    };
    let baris = move || {
        [Potensial::Tinggi, Potensial::Menengah, Potensial::Rendah]
            .into_iter()
            .map(|pot| {
                view! {
                    <tr><th scope="row">{rb.teks(pot.label_key(), b()).to_string()}</th>
                        {Rating::SEMUA.into_iter().map(|kin| sel(pot, kin)).collect_view()}</tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="tabel-gulir" role="region" tabindex="0" aria-label=move || t().grid>
            <table class="grid-talenta" data-testid="grid-talenta">
                <thead><tr><th scope="col">{move || format!("{} ↓ / {} →", t().sumbu_potensial, t().sumbu_kinerja)}</th>
                    {move || Rating::SEMUA.into_iter().map(|r| view! { <th scope="col">{rb.teks(&r.label_key(), b()).to_string()}</th> }).collect_view()}</tr></thead>
                <tbody>{baris}</tbody>
            </table>
        </div>
    }
}

/// The feature's entry point for the route switch (see `ui::layar`).
pub fn gambar(_: &Route) -> AnyView {
    layar_admin(|| view! { <Talenta/> }.into_any())
}
