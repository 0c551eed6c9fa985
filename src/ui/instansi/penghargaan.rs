//! The admin records an award (`domain::penghargaan::Penghargaan`): for a candidate (the form
//! filled from what made them one, `tabel_pengembangan::isian_dari_kandidat`) or any pegawai
//! in scope. The recorded awards are a table
//! that downloads like the others, each with delete and undo; they reach the pegawai in the
//! pegawai file the admin exports, and show on their profile.

use super::pengembangan::kata;
use super::pilihan::PilihPegawai;
use super::tabel_pengembangan::{
    alasan_kandidat, isian_dari_kandidat, nama as nama_pegawai, Kandidat,
};
use super::tampil::DaftarTercatat;
use crate::domain::penghargaan::{Penghargaan, JENIS_PENGHARGAAN};
use crate::domain::rekap_instansi::BarisPegawai;
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
    kandidat: &'static str,
    pegawai: &'static str,
    jenis: &'static str,
    nama: &'static str,
    tanggal: &'static str,
    nomor: &'static str,
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
    kolom_penghargaan: &'static str,
    /// The service award's proper name, the same in both languages; `{n}`: its years.
    nama_satyalancana: &'static str,
}

const ID: Teks = Teks {
    judul: "Catat penghargaan",
    pengantar: "Penghargaan yang dicatat muncul di profil pegawai setelah Anda mengirim berkas pegawai kepadanya (menu Data).",
    kandidat: "Isi dari kandidat",
    pegawai: "Pegawai",
    jenis: "Jenis penghargaan",
    nama: "Nama penghargaan",
    tanggal: "Tanggal keputusan",
    nomor: "Nomor keputusan",
    keterangan: "Keterangan",
    pilih: "— pilih —",
    simpan: "Simpan penghargaan",
    tersimpan: "Penghargaan dicatat.",
    perbaiki: "Perbaiki dulu:",
    daftar: "Penghargaan tercatat",
    kosong: "Belum ada penghargaan yang dicatat untuk pegawai di cakupan ini.",
    hapus: "Hapus",
    urungkan: "Urungkan",
    kata_hapus: KataHapus {
        terhapus: "Penghargaan dihapus.",
        dipulihkan: "Penghargaan dipulihkan.",
        berubah: "Catatan ini baru saja berubah di tab lain; daftar sudah dimuat ulang.",
    },
    kolom_nama: "Nama",
    kolom_nip: "NIP",
    kolom_penghargaan: "Penghargaan",
    nama_satyalancana: "Satyalancana Karya Satya {n} Tahun",
};

const EN: Teks = Teks {
    judul: "Record an award",
    pengantar: "A recorded award shows on the employee's profile once you send them a pegawai file (Data menu).",
    kandidat: "Fill from a candidate",
    pegawai: "Employee",
    jenis: "Kind of award",
    nama: "Award",
    tanggal: "Decree date",
    nomor: "Decree number",
    keterangan: "Remarks",
    pilih: "— choose —",
    simpan: "Save the award",
    tersimpan: "Award recorded.",
    perbaiki: "Fix first:",
    daftar: "Recorded awards",
    kosong: "No award recorded for employees in this scope yet.",
    hapus: "Delete",
    urungkan: "Undo",
    kata_hapus: KataHapus {
        terhapus: "Award deleted.",
        dipulihkan: "Award restored.",
        berubah: "This record just changed in another tab; the list was reloaded.",
    },
    kolom_nama: "Name",
    kolom_nip: "NIP",
    kolom_penghargaan: "Award",
    nama_satyalancana: "Satyalancana Karya Satya {n} Tahun",
};

fn teks(b: Bahasa) -> &'static Teks {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}

/// The service award's name as the form writes it, for the native tests of the form's filling.
#[cfg(test)]
pub(super) fn nama_satyalancana(b: Bahasa) -> &'static str {
    teks(b).nama_satyalancana
}

/// The recorded awards of the pegawai in scope as a table (for the download).
fn tabel_tercatat(
    daftar: &[Tersimpan<Penghargaan>],
    nama: impl Fn(&str) -> String,
    b: Bahasa,
) -> Tabel {
    let rb = Rulebook::aktif();
    let t = teks(b);
    let mut x = Tabel::baru(&[
        t.kolom_nama,
        t.kolom_nip,
        t.kolom_penghargaan,
        t.jenis,
        t.tanggal,
        t.nomor,
        t.keterangan,
    ]);
    for p in daftar {
        let p = &p.isi;
        x.tambah(
            vec![
                Sel::teks(nama(&p.pegawai_nip)),
                Sel::teks(p.pegawai_nip.clone()),
                Sel::teks(p.nama.clone()),
                Sel::teks(rb.teks(&format!("penghargaan.{}", p.jenis), b)),
                Sel::Tanggal(p.tanggal),
                Sel::teks(p.nomor_keputusan.clone()),
                Sel::teks(p.keterangan.clone()),
            ],
            None,
        );
    }
    x
}

/// `kandidat`: the award candidates of the year, each of which fills the form.
#[component]
pub fn CatatPenghargaan(
    jangkauan: Memo<Vec<BarisPegawai>>,
    kandidat: Memo<Vec<Kandidat>>,
    pemisah: RwSignal<Pemisah>,
) -> impl IntoView {
    let state = use_app_state();
    let rb = Rulebook::aktif();
    let b = move || state.settings.with(|s| s.bahasa);
    let t = move || teks(b());
    let data = state.data_kinerja();
    let tercatat = Memo::new(move |_| {
        jangkauan.with(|pg| {
            data.with(|d| {
                let mut v: Vec<Tersimpan<Penghargaan>> = pg
                    .iter()
                    .flat_map(|p| d.penghargaan_milik(&p.nip).into_iter().cloned())
                    .collect();
                v.sort_by_key(|p| std::cmp::Reverse((p.isi.tanggal, p.isi.id.clone())));
                v
            })
        })
    });
    let tabel = Signal::derive(move || {
        let bhs = b();
        tercatat.with(|v| data.with(|d| tabel_tercatat(v, |n| d.nama(n), bhs)))
    });
    let (nip, jenis, nama, tgl, nomor, ket) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let masalah = RwSignal::new(Vec::<Galat>::new());
    let hapusan = Hapusan::baru(state, JenisRecord::Penghargaan);
    let dari_kandidat = move |ev: leptos::ev::Event| {
        let Ok(i) = event_target_value(&ev).parse::<usize>() else {
            return;
        };
        let bhs = state.settings.with_untracked(|s| s.bahasa);
        let Some(x) = kandidat.with_untracked(|k| {
            let c = k.get(i)?;
            Some(isian_dari_kandidat(
                rb,
                c,
                kata(bhs),
                teks(bhs).nama_satyalancana,
            ))
        }) else {
            return;
        };
        nip.set(x.nip);
        jenis.set(x.jenis.into());
        ket.set(x.keterangan);
        // A prestasi award's name is the admin's to write: the cursor waits there.
        let fokus = if x.nama.is_empty() {
            "ph-nama"
        } else {
            "ph-tanggal"
        };
        nama.set(x.nama);
        platform::fokus(fokus);
    };
    let simpan = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        hapusan.pesan.set(None);
        let tt = teks(state.settings.with_untracked(|s| s.bahasa));
        let Ok(tanggal) = tgl.get_untracked().parse::<chrono::NaiveDate>() else {
            masalah.set(vec![
                Galat::baru("tanggal_kosong").dengan("nilai", tt.tanggal)
            ]);
            return;
        };
        let p = Penghargaan {
            id: platform::uuid_acak(),
            pegawai_nip: nip.get_untracked(),
            jenis: jenis.get_untracked(),
            nama: nama.get_untracked().trim().into(),
            tanggal,
            nomor_keputusan: nomor.get_untracked().trim().into(),
            keterangan: ket.get_untracked().trim().into(),
        };
        masalah.set(p.periksa());
        if masalah.with_untracked(|m| !m.is_empty()) {
            return;
        }
        if let HasilSimpan::Tersimpan(_) =
            state.simpan_rekaman(JenisRecord::Penghargaan, &p.id, &p, None)
        {
            for s in [nip, jenis, nama, tgl, nomor, ket] {
                s.set(String::new());
            }
            hapusan.tersimpan(tt.tersimpan);
        }
    };
    let hapus = move |p: Tersimpan<Penghargaan>| {
        let tt = teks(state.settings.with_untracked(|s| s.bahasa));
        hapusan.hapus(p.isi.id, p.revisi, &tt.kata_hapus);
    };
    let baris = move || {
        let bhs = b();
        let tt = teks(bhs);
        tercatat
            .get()
            .into_iter()
            .map(|p| {
                let x = &p.isi;
                let label = format!("{} {}", tt.hapus, x.nama);
                let orang = data.with_untracked(|d| d.nama(&x.pegawai_nip));
                let jenis = rb.teks(&format!("penghargaan.{}", x.jenis), bhs).to_string();
                let (nama_p, tgl_p, nomor_p) = (x.nama.clone(), tanggal(x.tanggal), x.nomor_keputusan.clone());
                view! {
                    <tr data-testid="baris-penghargaan">
                        <td>{orang}<br/><span class="petunjuk">{x.pegawai_nip.clone()}</span></td>
                        <td>{nama_p}<br/><span class="petunjuk">{jenis}</span></td>
                        <td>{tgl_p}</td><td>{nomor_p}</td>
                        <td><button type="button" class="sekunder kecil" aria-label=label on:click=move |_| hapus(p.clone())>{tt.hapus}</button></td>
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
        <section aria-labelledby="judul-catat-penghargaan" data-testid="catat-penghargaan">
            <h2 id="judul-catat-penghargaan">{move || t().judul}</h2>
            <p>{move || t().pengantar}</p>
            <form class="formulir kartu-berkas" on:submit=simpan data-testid="form-penghargaan">
                <Show when=move || kandidat.with(|k| !k.is_empty())>
                    <div class="medan"><label for="ph-kandidat">{move || t().kandidat}</label>
                        <select id="ph-kandidat" data-testid="ph-kandidat" on:change=dari_kandidat>
                            <option value="">{move || t().pilih}</option>
                            {move || { let kt = kata(b()); kandidat.with(|k| k.iter().enumerate().map(|(i, c)| {
                                let label = format!("{} — {}", nama_pegawai(&c.pegawai), alasan_kandidat(rb, c, kt).join("; "));
                                view! { <option value=i.to_string()>{label}</option> }
                            }).collect_view()) }}
                        </select></div>
                </Show>
                <PilihPegawai jangkauan=jangkauan nip=nip id="ph-pegawai" label=Signal::derive(move || t().pegawai) pilih=Signal::derive(move || t().pilih)/>
                <div class="medan"><label for="ph-jenis">{move || t().jenis}</label>
                    <select id="ph-jenis" prop:value=move || jenis.get() on:change=move |ev| jenis.set(event_target_value(&ev))>
                        <option value="">{move || t().pilih}</option>
                        {move || JENIS_PENGHARGAAN.map(|j| view! { <option value=j>{rb.teks(&format!("penghargaan.{j}"), b()).to_string()}</option> }).collect_view()}
                    </select></div>
                {medan("ph-nama", |t| t.nama, "text", nama)}
                <div class="dua-kolom">
                    {medan("ph-tanggal", |t| t.tanggal, "date", tgl)}
                    {medan("ph-nomor", |t| t.nomor, "text", nomor)}
                </div>
                {medan("ph-keterangan", |t| t.keterangan, "text", ket)}
                <Show when=move || !masalah.with(Vec::is_empty)>
                    <div class="galat" role="alert" data-testid="galat-penghargaan"><p>{move || t().perbaiki}</p>
                        <ul>{move || masalah.get().into_iter().map(|g| view! { <li>{g.pesan(rb, b())}</li> }).collect_view()}</ul></div>
                </Show>
                <button type="submit" class="utama" data-testid="simpan-penghargaan">{move || t().simpan}</button>
            </form>
            <PesanHapusan hapusan=hapusan testid="penghargaan" label_urungkan=Signal::derive(move || t().urungkan) kata=Signal::derive(move || &t().kata_hapus)/>
            <DaftarTercatat judul=Signal::derive(move || t().daftar) kosong=Signal::derive(move || t().kosong)
                ada=Signal::derive(move || !tercatat.with(Vec::is_empty)) kolom=Signal::derive(move || [t().kolom_nama, t().kolom_penghargaan, t().tanggal, t().nomor, t().hapus])
                baris=baris tabel=tabel pemisah=pemisah testid="penghargaan"/>
        </section>
    }
}
