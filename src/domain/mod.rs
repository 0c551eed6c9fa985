//! Pure domain: the rules of PermenPANRB 6/2022 and related regulations.
//! No leptos, web-sys or gloo here (see ARCHITECTURE.md).
