//! Pure domain: the rules of PermenPANRB 6/2022 and related regulations.
//! No leptos, web-sys or gloo here (see ARCHITECTURE.md).

use serde::{Deserialize, Serialize};

/// Language of labels and messages. Bahasa Indonesia first.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "snake_case")]
pub enum Bahasa {
    #[default]
    Id,
    En,
}

/// Id of the rulebook built into the app.
pub const RULEBOOK_ID: &str = "permenpanrb-6-2022+se-3-2023";
