//! The web app's entry point: it only mounts the app.

fn main() {
    kz_eligibility::app::install_panic_screen();
    leptos::mount::mount_to_body(kz_eligibility::app::App);
}
