//! The web app's entry point: it only starts the app.

fn main() {
    kz_eligibility::app::install_panic_screen();
    kz_eligibility::app::start();
}
