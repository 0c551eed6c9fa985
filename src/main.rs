//! Binary entry point for trunk: everything lives in the library so tests can mount it.
fn main() {
    kinerjaku::start();
}
