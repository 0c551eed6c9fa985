//! A labelled one-line input bound to a signal, as the record forms write it (a training, a
//! development goal, an award, a potential assessment): one markup, one behaviour.

use leptos::prelude::*;

/// The field `id` (its label from `label`, read in the current language) of input type `jenis`
/// ("text", "date"…) bound to `nilai`; `ubah` runs on every input (a form marking itself
/// unsaved).
pub fn isian(
    id: &'static str,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    jenis: &'static str,
    nilai: RwSignal<String>,
    ubah: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="medan"><label for=id>{label}</label>
            <input id=id type=jenis prop:value=move || nilai.get()
                on:input=move |ev| { nilai.set(event_target_value(&ev)); ubah() }/></div>
    }
}
