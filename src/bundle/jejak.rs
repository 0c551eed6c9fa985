//! Field paths of a failed deserialisation: the reader lives in [`crate::jejak`] so the domain
//! (the rulebook) can use it too; bundle code and its tests keep naming it here.

pub use crate::jejak::*;

#[cfg(test)]
#[path = "jejak_tests.rs"]
mod tests;
