//! Text of the angka kredit screen in both languages; predikat, jenjang and the explanation's
//! lines come from the rulebook.

use crate::domain::Bahasa;

pub struct TeksAngkaKredit {
    pub judul: &'static str,
    /// `{desimal}`: the rulebook's decimals shown.
    pub pengantar: &'static str,
    pub tanpa_profil: &'static str,
    /// `{jenjang}`: the profile's jenjang.
    pub bukan_jf: &'static str,
    pub kumulatif: &'static str,
    pub kebutuhan_pangkat: &'static str,
    pub kebutuhan_jenjang: &'static str,
    /// `{butuh}`, `{kurang}`.
    pub kurang: &'static str,
    /// `{butuh}`.
    pub terpenuhi: &'static str,
    pub penjelasan: &'static str,
    pub awal: &'static str,
    pub awal_petunjuk: &'static str,
    pub sejak: &'static str,
    pub sejak_petunjuk: &'static str,
    /// `{tanggal}`, `{jumlah}`: the evaluations left out.
    pub sebelum_awal: &'static str,
    pub tanpa_sejak: &'static str,
    pub simpan_awal: &'static str,
    pub awal_tersimpan: &'static str,
    pub awal_berubah: &'static str,
    pub perbaiki: &'static str,
    pub belum_ada: &'static str,
    /// `{tahun}`, `{ak}`.
    pub tahun: &'static str,
    pub dari_tahunan: &'static str,
    /// `{periode}`: the kind of period, e.g. "triwulanan".
    pub sementara: &'static str,
    /// A year of two SKPs, one with its annual evaluation: `{periode}` as in `sementara`.
    pub sementara_campur: &'static str,
    pub kolom_periode: &'static str,
    pub kolom_predikat: &'static str,
    pub kolom_bulan: &'static str,
    pub kolom_ak: &'static str,
    pub kolom_dihitung: &'static str,
    pub dihitung: &'static str,
    pub tidak_dihitung: &'static str,
    pub bulanan: &'static str,
    pub triwulanan: &'static str,
    pub semesteran: &'static str,
}

pub const ID: TeksAngkaKredit = TeksAngkaKredit {
    judul: "Angka kredit",
    pengantar: "Angka kredit jabatan fungsional dihitung dari predikat kinerja setiap evaluasi yang Anda terima dari pejabat penilai (impor berkas penilaian mereka di menu Berkas). Nilai dihitung tepat dan dibulatkan {desimal} desimal hanya saat ditampilkan.",
    tanpa_profil: "Lengkapi profil Anda (jenjang jabatan) terlebih dahulu.",
    bukan_jf: "Angka kredit hanya berlaku untuk jabatan fungsional. Jenjang di profil Anda: {jenjang}.",
    kumulatif: "Angka kredit kumulatif",
    kebutuhan_pangkat: "Kenaikan pangkat berikutnya",
    kebutuhan_jenjang: "Kenaikan jenjang berikutnya",
    kurang: "butuh {butuh}, kurang {kurang}",
    terpenuhi: "butuh {butuh}, sudah terpenuhi",
    penjelasan: "Cara menghitung",
    awal: "Angka kredit awal",
    awal_petunjuk: "Angka kredit Anda pada penetapan angka kredit terakhir: saat kenaikan pangkat atau jenjang terakhir, atau hasil integrasi. Kosongkan bila tidak ada.",
    sejak: "Evaluasi dihitung sejak",
    sejak_petunjuk: "Tanggal mulai berlaku (TMT) kenaikan pangkat, jenjang atau integrasi itu. Evaluasi yang berakhir sebelumnya sudah termasuk angka kredit awal dan tidak ditambahkan lagi. Kosongkan bila semua evaluasi di sini terjadi sesudahnya.",
    sebelum_awal: "Evaluasi dihitung sejak {tanggal}: {jumlah} evaluasi sebelumnya sudah termasuk angka kredit awal dan tidak ditambahkan lagi.",
    tanpa_sejak: "Tanggal mulai dihitung belum diisi, jadi semua evaluasi ditambahkan ke angka kredit awal. Bila angka awal itu dari kenaikan pangkat atau jenjang, isi TMT-nya agar evaluasi sebelumnya tidak terhitung dua kali.",
    simpan_awal: "Simpan angka kredit awal",
    awal_tersimpan: "Angka kredit awal tersimpan di profil.",
    awal_berubah: "Profil Anda baru saja berubah di tab atau perangkat lain; isian Anda tetap di sini. Simpan sekali lagi untuk menyimpannya di atas profil terbaru.",
    perbaiki: "Periksa isian berikut:",
    belum_ada: "Belum ada evaluasi kinerja untuk SKP Anda. Angka kredit muncul setelah Anda mengimpor berkas penilaian dari pejabat penilai.",
    tahun: "Tahun {tahun}: {ak}",
    dari_tahunan: "dari evaluasi tahunan",
    sementara: "sementara, dari evaluasi {periode} sejauh ini",
    sementara_campur: "sementara, dari evaluasi tahunan SKP yang sudah ada dan evaluasi {periode} SKP lainnya sejauh ini",
    kolom_periode: "Periode",
    kolom_predikat: "Predikat",
    kolom_bulan: "Bulan",
    kolom_ak: "Angka kredit",
    kolom_dihitung: "Dihitung",
    dihitung: "Ya",
    tidak_dihitung: "Tidak (pemantauan)",
    bulanan: "bulanan",
    triwulanan: "triwulanan",
    semesteran: "semesteran",
};

pub const EN: TeksAngkaKredit = TeksAngkaKredit {
    judul: "Credit points",
    pengantar: "Functional-position credit points come from the rating of each evaluation you receive from your evaluator (import their evaluation file in the Files menu). Values are exact and rounded to {desimal} decimals only when shown.",
    tanpa_profil: "Complete your profile (position level) first.",
    bukan_jf: "Credit points apply to functional positions only. The level in your profile: {jenjang}.",
    kumulatif: "Cumulative credit points",
    kebutuhan_pangkat: "Next rank",
    kebutuhan_jenjang: "Next level",
    kurang: "needs {butuh}, {kurang} to go",
    terpenuhi: "needs {butuh}, met",
    penjelasan: "How this is counted",
    awal: "Starting credit points",
    awal_petunjuk: "Your credit points at their last official count: your last promotion in rank or level, or the integration. Leave empty if none.",
    sejak: "Evaluations counted from",
    sejak_petunjuk: "The effective date (TMT) of that promotion or integration. Evaluations ending before it are already in the starting credit points and are not added again. Leave empty if every evaluation here came after it.",
    sebelum_awal: "Evaluations counted from {tanggal}: {jumlah} earlier evaluations are already in the starting credit points and are not added again.",
    tanpa_sejak: "The day the count starts from is empty, so every evaluation is added to the starting credit points. If they come from a promotion, enter its effective date (TMT) so earlier evaluations do not count twice.",
    simpan_awal: "Save starting credit points",
    awal_tersimpan: "Starting credit points saved in your profile.",
    awal_berubah: "Your profile just changed in another tab or device; what you typed is still here. Save once more to store it over the latest profile.",
    perbaiki: "Please check:",
    belum_ada: "No performance evaluation for your SKP yet. Credit points appear once you import your evaluator's evaluation file.",
    tahun: "{tahun}: {ak}",
    dari_tahunan: "from the annual evaluation",
    sementara: "provisional, from the {periode} evaluations so far",
    sementara_campur: "provisional, from the annual evaluations of the SKPs that have one and the {periode} evaluations of the others so far",
    kolom_periode: "Period",
    kolom_predikat: "Rating",
    kolom_bulan: "Months",
    kolom_ak: "Credit points",
    kolom_dihitung: "Counted",
    dihitung: "Yes",
    tidak_dihitung: "No (monitoring)",
    bulanan: "monthly",
    triwulanan: "quarterly",
    semesteran: "half-yearly",
};

pub fn teks_angka_kredit(b: Bahasa) -> &'static TeksAngkaKredit {
    match b {
        Bahasa::Id => &ID,
        Bahasa::En => &EN,
    }
}
