//! Files in and out of the browser: download, Web Share with a file (phones), and reading
//! picked or dropped files. Everything stays local; nothing is uploaded anywhere.

use wasm_bindgen::{JsCast, JsValue};

fn file_json(nama: &str, teks: &str) -> Option<web_sys::File> {
    file_dengan(nama, teks, "application/json")
}

/// A file of `teks` (as UTF-8, a leading U+FEFF becoming the byte-order mark) of MIME type `jenis`.
fn file_dengan(nama: &str, teks: &str, jenis: &str) -> Option<web_sys::File> {
    let bagian = js_sys::Array::of1(&JsValue::from_str(teks));
    let opsi = web_sys::FilePropertyBag::new();
    opsi.set_type(jenis);
    web_sys::File::new_with_str_sequence_and_options(&bagian, nama, &opsi).ok()
}

/// Saves `teks` as a download named `nama`.
pub fn unduh(nama: &str, teks: &str) -> Result<(), JsValue> {
    unduh_sebagai(nama, teks, "application/json")
}

/// Saves a CSV table (`text/csv`) as a download named `nama`.
pub fn unduh_csv(nama: &str, teks: &str) -> Result<(), JsValue> {
    unduh_sebagai(nama, teks, "text/csv;charset=utf-8")
}

fn unduh_sebagai(nama: &str, teks: &str, jenis: &str) -> Result<(), JsValue> {
    let file = file_dengan(nama, teks, jenis).ok_or_else(|| JsValue::from_str("file"))?;
    unduh_file(&file, nama)
}

/// Saves `isi` (bytes, e.g. a workbook) as a download named `nama` of MIME type `jenis`.
pub fn unduh_byte(nama: &str, isi: &[u8], jenis: &str) -> Result<(), JsValue> {
    let bagian = js_sys::Array::of1(&js_sys::Uint8Array::from(isi));
    let opsi = web_sys::FilePropertyBag::new();
    opsi.set_type(jenis);
    let file = web_sys::File::new_with_u8_array_sequence_and_options(&bagian, nama, &opsi)?;
    unduh_file(&file, nama)
}

fn unduh_file(file: &web_sys::File, nama: &str) -> Result<(), JsValue> {
    let url = web_sys::Url::create_object_url_with_blob(file)?;
    klik_unduh(&url, nama)?;
    // The click has handed the blob to the download manager; the URL is no longer needed.
    web_sys::Url::revoke_object_url(&url)
}

/// Starts the download of `url` (a `blob:` URL) as a file named `nama`: a hidden link,
/// clicked and removed.
pub fn klik_unduh(url: &str, nama: &str) -> Result<(), JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("document"))?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.unchecked_into();
    a.set_href(url);
    a.set_download(nama);
    a.set_hidden(true);
    doc.body()
        .ok_or_else(|| JsValue::from_str("body"))?
        .append_child(&a)?;
    a.click();
    a.remove();
    Ok(())
}

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| w.navigator().into())
}

fn data_berbagi(nama: &str, teks: &str) -> Option<JsValue> {
    let file = file_json(nama, teks)?;
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file)).ok()?;
    js_sys::Reflect::set(&data, &"title".into(), &JsValue::from_str(nama)).ok()?;
    Some(data.into())
}

/// Whether this browser can share a file (Web Share Level 2: most phones).
pub fn bisa_bagikan() -> bool {
    let (Some(nav), Some(data)) = (navigator(), data_berbagi("x.json", "{}")) else {
        return false;
    };
    let Ok(f) = js_sys::Reflect::get(&nav, &"canShare".into()) else {
        return false;
    };
    f.dyn_ref::<js_sys::Function>()
        .and_then(|f| f.call1(&nav, &data).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Opens the system share sheet with the file; `Err` if refused or cancelled.
pub async fn bagikan(nama: &str, teks: &str) -> Result<(), JsValue> {
    let nav = navigator().ok_or_else(|| JsValue::from_str("navigator"))?;
    let data = data_berbagi(nama, teks).ok_or_else(|| JsValue::from_str("file"))?;
    let f: js_sys::Function = js_sys::Reflect::get(&nav, &"share".into())?.dyn_into()?;
    let janji: js_sys::Promise = f.call1(&nav, &data)?.dyn_into()?;
    wasm_bindgen_futures::JsFuture::from(janji)
        .await
        .map(|_| ())
}

/// A picked or dropped file: its name, size, and text when it was small enough to read.
pub struct BerkasMasuk {
    pub nama: String,
    pub ukuran: u64,
    pub teks: Option<String>,
}

/// The files of a list, copied out: an input's list empties when the input is reset.
pub fn salin(daftar: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..daftar.length()).filter_map(|i| daftar.get(i)).collect()
}

/// Reads files up to `batas` bytes; larger ones are not read at all (their size is reported).
pub async fn baca_semua(daftar: Vec<web_sys::File>, batas: u64) -> Vec<BerkasMasuk> {
    let mut hasil = Vec::new();
    for f in daftar {
        let ukuran = f.size() as u64;
        let teks = if ukuran > batas {
            None
        } else {
            wasm_bindgen_futures::JsFuture::from(f.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
        };
        hasil.push(BerkasMasuk {
            nama: f.name(),
            ukuran,
            teks,
        });
    }
    hasil
}
