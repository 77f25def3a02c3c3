#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    resultaten::components::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("resultaten is a web app: serve it with `make serve` (trunk serve).");
}
