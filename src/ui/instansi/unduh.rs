//! The downloads under every agency table: CSV, written here, and .xlsx, whose writer
//! (`ui::tabel::xlsx` and its stored ZIP) is its own lazy chunk, `xlsx`, fetched on the first
//! click, so the screens' chunks carry none of it. When it cannot be fetched the status line
//! says so in the person's words, like every other lazy part, and a second click tries again.

use super::teks::teks_instansi;
use crate::ui::berkas;
use crate::ui::i18n::isi;
use crate::ui::layar::GagalMuat;
use crate::ui::state::use_app_state;
use crate::ui::tabel::{ke_csv, nama_berkas, Pemisah, Tabel};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// Writes the table as a workbook with a sheet named after the first name and downloads it
/// under the second.
type UnduhXlsx = fn(&Tabel, &str, &str) -> Result<(), JsValue>;

fn unduh_xlsx(t: &Tabel, lembar: &str, nama: &str) -> Result<(), JsValue> {
    use crate::ui::tabel::xlsx;
    berkas::unduh_byte(nama, &xlsx::ke_xlsx(t, lembar), xlsx::JENIS_XLSX)
}

#[cfg(not(feature = "eager"))]
#[leptos::wasm_split::wasm_split(xlsx, wasm_split_path = ::leptos::wasm_split, fallible)]
fn xlsx_lazy() -> Result<UnduhXlsx, GagalMuat> {
    Ok(unduh_xlsx)
}

/// The workbook writer, fetched once (later calls return at once).
async fn muat_xlsx() -> Result<UnduhXlsx, GagalMuat> {
    #[cfg(not(feature = "eager"))]
    return xlsx_lazy().await;
    #[cfg(feature = "eager")]
    Ok(unduh_xlsx)
}

/// The CSV and .xlsx buttons of a table, with a line saying what happened. `nama` names the
/// table (the buttons, the files, the workbook's sheet); the buttons' test ids are `testid`
/// with `-csv` and `-xlsx`.
#[component]
pub fn TombolUnduh(
    #[prop(into)] tabel: Signal<Tabel>,
    #[prop(into)] nama: Signal<String>,
    pemisah: RwSignal<Pemisah>,
    testid: String,
) -> impl IntoView {
    let state = use_app_state();
    let t = move || teks_instansi(state.settings.with(|s| s.bahasa));
    let status = RwSignal::new(None::<String>);
    let hari_ini = || chrono::Local::now().date_naive();
    let unduh_csv = move |_| {
        let berkas = nama_berkas(&nama.get_untracked(), hari_ini(), "csv");
        let teks = tabel.with_untracked(|x| ke_csv(x, pemisah.get_untracked()));
        status.set(Some(match berkas::unduh_csv(&berkas, &teks) {
            Ok(()) => isi(t().csv_diunduh, &[("nama", &berkas)]),
            Err(_) => t().csv_gagal.to_string(),
        }));
    };
    let unduh_xlsx = move |_| {
        let lembar = nama.get_untracked();
        let berkas = nama_berkas(&lembar, hari_ini(), "xlsx");
        // Taken now: the screen may be gone (or the table changed) when the chunk arrives.
        let x = tabel.get_untracked();
        let tt = t();
        status.set(Some(tt.xlsx_memuat.to_string()));
        leptos::task::spawn_local(async move {
            let pesan = match muat_xlsx().await {
                Ok(f) => match f(&x, &lembar, &berkas) {
                    Ok(()) => isi(tt.csv_diunduh, &[("nama", &berkas)]),
                    Err(_) => tt.xlsx_gagal.to_string(),
                },
                Err(GagalMuat(e)) => isi(tt.xlsx_gagal_muat, &[("detail", &e)]),
            };
            status.try_set(Some(pesan));
        });
    };
    let label = move |teks: &str| isi(teks, &[("tabel", &nama.get())]);
    view! {
        <p class="tombol-baris">
            <button type="button" class="sekunder kecil" data-testid=format!("{testid}-csv") on:click=unduh_csv>
                {move || label(t().unduh_csv)}
            </button>
            <button type="button" class="sekunder kecil" data-testid=format!("{testid}-xlsx") on:click=unduh_xlsx>
                {move || label(t().unduh_xlsx)}
            </button>
            <span role="status" class="status-ok">{move || status.get()}</span>
        </p>
    }
}
