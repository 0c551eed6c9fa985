//! The admin records a potential assessment's result (`domain::asesmen_potensi`) for a pegawai
//! in scope, on the talent screen: it is then their potensial in the 9-box from its year on,
//! over the JPM band. The recorded results are a table that downloads like the others, each
//! with delete and undo; they travel in the admin's rekap only. The form is a chunk of its
//! own (`instansi_asesmen`), fetched as the talent screen opens: the 9-box needs none of it.

use super::pilihan::PilihPegawai;
use super::tampil::DaftarTercatat;
use crate::domain::asesmen_potensi::AsesmenPotensi;
use crate::domain::rekap_instansi::BarisPegawai;
use crate::domain::talenta::Potensial;
use crate::domain::{Bahasa, Galat, Rulebook};
use crate::store::kinerja::Tersimpan;
use crate::store::rekaman::JenisRecord;
use crate::ui::format::tanggal;
use crate::ui::hapusan::{Hapusan, KataHapus, PesanHapusan};
use crate::ui::isian::isian;
use crate::ui::platform;
use crate::ui::state::{use_app_state, HasilSimpan};
use crate::ui::tabel::{Pemisah, Sel, Tabel};
use leptos::prelude::*;

struct Teks {
    judul: &'static str,
    pengantar: &'static str,
    pegawai: &'static str,
    potensial: &'static str,
    tanggal: &'static str,
    penyelenggara: &'static str,
    keterangan: &'static str,
    pilih: &'static str,
    simpan: &'static str,
    tersimpan: &'static str,
    perbaiki: &'static str,
    daftar: &'static str,
    kosong: &'static str,
    hapus: &'static str,
    urungkan: &'static str,
    kata_hapus: KataHapus,
    kolom_nama: &'static str,
    kolom_nip: &'static str,
}

const ID: Teks = Teks {
    judul: "Catat hasil asesmen potensi",
    pengantar: "Hasil asesmen potensi (assessment center, tim penilai talenta) menjadi sumbu potensial kotak talenta pegawai itu sejak tahun asesmennya, menggantikan kategori JPM. Hasil ini tetap di perangkat admin dan ikut dalam berkas rekap.",
    pegawai: "Pegawai",
    potensial: "Potensial",
    tanggal: "Tanggal hasil",
    penyelenggara: "Penyelenggara",
    keterangan: "Keterangan (metode, nomor laporan)",
    pilih: "— pilih —",
    simpan: "Simpan hasil asesmen",
    tersimpan: "Hasil asesmen potensi dicatat.",
    perbaiki: "Perbaiki dulu:",
    daftar: "Hasil asesmen potensi tercatat",
    kosong: "Belum ada hasil asesmen potensi untuk pegawai di cakupan ini.",
    hapus: "Hapus",
    urungkan: "Urungkan",
    kata_hapus: KataHapus {
        terhapus: "Hasil asesmen potensi dihapus.",
        dipulihkan: "Hasil asesmen potensi dipulihkan.",
        berubah: "Catatan ini baru saja berubah di tab lain; daftar sudah dimuat ulang.",
    },
    kolom_nama: "Nama",
    kolom_nip: "NIP",
};

const EN: Teks = Teks {
    judul: "Record a potential assessment",
    pengantar: "A potential assessment's result (an assessment centre, the talent committee) becomes the potential axis of that employee's talent box from its year on, in place of the JPM band. It stays on the admin's device and travels in the rekap file.",
    pegawai: "Employee",
    potensial: "Potential",
    tanggal: "Date of the result",
    penyelenggara: "Assessed by",
    keterangan: "Remarks (method, report number)",
    pilih: "— choose —",
    simpan: "Save the result",
    tersimpan: "Potential assessment recorded.",
    perbaiki: "Fix first:",
    daftar: "Recorded potential assessments",
    kosong: "No potential assessment recorded for employees in this scope yet.",
    hapus: "Delete",
    urungkan: "Undo",
    kata_hapus: KataHapus {
        terhapus: "Potential assessment deleted.",
        dipulihkan: "Potential assessment restored.",
        berubah: "This record just changed in another tab; the list was reloaded.",
    },
    kolom_nama: "Name",
    kolom_nip: "NIP",
};

fn teks(b: Bahasa) -> &'static Teks {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}

const POTENSIAL: [Potensial; 3] = [Potensial::Tinggi, Potensial::Menengah, Potensial::Rendah];

fn potensial_dari(kode: &str) -> Option<Potensial> {
    POTENSIAL.into_iter().find(|p| kode_potensial(*p) == kode)
}

fn kode_potensial(p: Potensial) -> &'static str {
    match p {
        Potensial::Rendah => "rendah",
        Potensial::Menengah => "menengah",
        Potensial::Tinggi => "tinggi",
    }
}

/// The recorded results of the pegawai in scope as a table (for the download).
fn tabel_tercatat(
    daftar: &[Tersimpan<AsesmenPotensi>],
    nama: impl Fn(&str) -> String,
    b: Bahasa,
) -> Tabel {
    let rb = Rulebook::aktif();
    let t = teks(b);
    let mut x = Tabel::baru(&[
        t.kolom_nama,
        t.kolom_nip,
        t.potensial,
        t.tanggal,
        t.penyelenggara,
        t.keterangan,
    ]);
    for a in daftar {
        let a = &a.isi;
        x.tambah(
            vec![
                Sel::teks(nama(&a.pegawai_nip)),
                Sel::teks(a.pegawai_nip.clone()),
                Sel::teks(rb.teks(a.potensial.label_key(), b)),
                Sel::Tanggal(a.tanggal),
                Sel::teks(a.penyelenggara.clone()),
                Sel::teks(a.keterangan.clone()),
            ],
            None,
        );
    }
    x
}

/// Draws the recording part (the split point's answer).
#[cfg(not(feature = "eager"))]
type Gambar = fn(Memo<Vec<BarisPegawai>>, RwSignal<Pemisah>) -> AnyView;

fn gambar(jangkauan: Memo<Vec<BarisPegawai>>, pemisah: RwSignal<Pemisah>) -> AnyView {
    view! { <CatatAsesmen jangkauan=jangkauan pemisah=pemisah/> }.into_any()
}

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(instansi_asesmen, wasm_split_path = ::leptos::wasm_split, fallible)]
fn asesmen_lazy() -> Result<Gambar, crate::ui::layar::GagalMuat> {
    Ok(gambar)
}

/// The recording part for the scope `jangkauan`, its chunk fetched on first use.
pub fn catat_asesmen(
    jangkauan: Memo<Vec<BarisPegawai>>,
    pemisah: RwSignal<Pemisah>,
) -> impl IntoView {
    #[cfg(feature = "eager")]
    return gambar(jangkauan, pemisah);
    #[cfg(not(feature = "eager"))]
    crate::ui::layar::bagian_lazy(asesmen_lazy, move |g: Gambar| g(jangkauan, pemisah))
}

#[component]
fn CatatAsesmen(jangkauan: Memo<Vec<BarisPegawai>>, pemisah: RwSignal<Pemisah>) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks(b());
    let data = state.data_kinerja();
    let tercatat = Memo::new(move |_| {
        jangkauan.with(|pg| {
            data.with(|d| {
                let mut v: Vec<Tersimpan<AsesmenPotensi>> = pg
                    .iter()
                    .flat_map(|p| d.asesmen_milik(&p.nip).into_iter().cloned())
                    .collect();
                v.sort_by_key(|a| std::cmp::Reverse((a.isi.tanggal, a.isi.id.clone())));
                v
            })
        })
    });
    let tabel = Signal::derive(move || {
        let bhs = b();
        tercatat.with(|v| data.with(|d| tabel_tercatat(v, |n| d.nama(n), bhs)))
    });
    let (nip, pot, tgl, oleh, ket) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let hapusan = Hapusan::baru(state, JenisRecord::AsesmenPotensi);
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        hapusan.pesan.set(None);
        let tt = teks(state.settings.with_untracked(|s| s.bahasa));
        // The level and the date are named before the rest is checked: without them there is
        // no record to check.
        let mut m = Vec::new();
        let potensial = potensial_dari(&pot.get_untracked());
        if potensial.is_none() {
            m.push(Galat::baru("pilihan_kosong").dengan("nilai", tt.potensial));
        }
        let tanggal = tgl.get_untracked().parse::<chrono::NaiveDate>().ok();
        if tanggal.is_none() {
            m.push(Galat::baru("tanggal_kosong").dengan("nilai", tt.tanggal));
        }
        let (Some(potensial), Some(tanggal)) = (potensial, tanggal) else {
            masalah.set(m);
            return;
        };
        let a = AsesmenPotensi {
            id: platform::uuid_acak(),
            pegawai_nip: nip.get_untracked(),
            tanggal,
            potensial,
            penyelenggara: oleh.get_untracked().trim().into(),
            keterangan: ket.get_untracked().trim().into(),
        };
        masalah.set(a.periksa());
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        if let HasilSimpan::Tersimpan(_) =
            state.simpan_rekaman(JenisRecord::AsesmenPotensi, &a.id, &a, None)
        {
            for s in [nip, pot, tgl, oleh, ket] {
                s.set(String::new());
            }
            hapusan.tersimpan(tt.tersimpan);
        }
    };
    let baris = move || {
        let bhs = b();
        let tt = teks(bhs);
        tercatat
            .get()
            .into_iter()
            .map(|a| {
                let x = &a.isi;
                let orang = data.with_untracked(|d| d.nama(&x.pegawai_nip));
                let label = format!("{} {} {}", tt.hapus, orang, tanggal(x.tanggal));
                let level = rb.teks(x.potensial.label_key(), bhs).to_string();
                let (tgl_a, oleh_a) = (tanggal(x.tanggal), x.penyelenggara.clone());
                let (id, revisi) = (x.id.clone(), a.revisi);
                view! {
                    <tr data-testid="baris-asesmen">
                        <td>{orang}<br/><span class="petunjuk">{x.pegawai_nip.clone()}</span></td>
                        <td>{level}</td><td>{tgl_a}</td><td>{oleh_a}</td>
                        <td><button type="button" class="sekunder kecil" aria-label=label
                            on:click=move |_| hapusan.hapus(id.clone(), revisi, &teks(b()).kata_hapus)>{tt.hapus}</button></td>
                    </tr>
                }
            })
            .collect_view()
    };
    let medan =
        move |id: &'static str,
              label: fn(&'static Teks) -> &'static str,
              jenis: &'static str,
              s: RwSignal<String>| { isian(id, move || label(t()), jenis, s, || {}) };
    view! {
        <section aria-labelledby="judul-catat-asesmen" data-testid="catat-asesmen">
            <h2 id="judul-catat-asesmen">{move || t().judul}</h2>
            <p>{move || t().pengantar}</p>
            <form class="formulir kartu-berkas" on:submit=simpan data-testid="form-asesmen">
                <PilihPegawai jangkauan=jangkauan nip=nip id="as-pegawai" label=Signal::derive(move || t().pegawai) pilih=Signal::derive(move || t().pilih)/>
                <div class="dua-kolom">
                    <div class="medan"><label for="as-potensial">{move || t().potensial}</label>
                        <select id="as-potensial" prop:value=move || pot.get() on:change=move |ev| pot.set(event_target_value(&ev))>
                            <option value="">{move || t().pilih}</option>
                            {move || POTENSIAL.map(|p| view! { <option value=kode_potensial(p)>{rb.teks(p.label_key(), b()).to_string()}</option> }).collect_view()}
                        </select></div>
                    {medan("as-tanggal", |t| t.tanggal, "date", tgl)}
                </div>
                {medan("as-penyelenggara", |t| t.penyelenggara, "text", oleh)}
                {medan("as-keterangan", |t| t.keterangan, "text", ket)}
                <Show when=move || !masalah.with(Vec::is_empty)>
                    <div class="galat" role="alert" data-testid="galat-asesmen"><p>{move || t().perbaiki}</p>
                        <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, b())}</li> }).collect_view()}</ul></div>
                </Show>
                <button type="submit" class="utama" data-testid="simpan-asesmen">{move || t().simpan}</button>
            </form>
            <PesanHapusan hapusan=hapusan testid="asesmen" label_urungkan=Signal::derive(move || t().urungkan) kata=Signal::derive(move || &t().kata_hapus)/>
            <DaftarTercatat judul=Signal::derive(move || t().daftar) kosong=Signal::derive(move || t().kosong)
                ada=Signal::derive(move || !tercatat.with(Vec::is_empty)) kolom=Signal::derive(move || [t().kolom_nama, t().potensial, t().tanggal, t().penyelenggara, t().hapus])
                baris=baris tabel=tabel pemisah=pemisah testid="asesmen"/>
        </section>
    }
}
