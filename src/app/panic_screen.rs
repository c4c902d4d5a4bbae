//! In WebAssembly a panic aborts the whole app. Rather than leave a dead page, the panic hook
//! replaces the page with a plain message and a reload link, built without the framework
//! (which may be the thing that failed).

use crate::i18n::Lang;

pub fn install_panic_screen() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_screen(page_lang().unwrap_or_default());
    }));
}

/// The language the page was speaking, from `<html lang>`, which the app keeps up to date.
fn page_lang() -> Option<Lang> {
    let root = web_sys::window()?.document()?.document_element()?;
    Lang::from_tag(&root.get_attribute("lang")?)
}

fn show_panic_screen(lang: Lang) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let body = document.body()?;
    let screen = document.create_element("div").ok()?;
    screen.set_class_name("panic-screen");
    screen.set_attribute("role", "alert").ok()?;
    let title = document.create_element("h1").ok()?;
    title.set_text_content(Some(lang.text("fatal.title")));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(lang.text("fatal.body")));
    let reload = document.create_element("a").ok()?;
    reload.set_attribute("href", "").ok()?;
    reload.set_text_content(Some(lang.text("fatal.reload")));
    screen.append_with_node_3(&title, &text, &reload).ok()?;
    body.set_text_content(None);
    body.append_child(&screen).ok()?;
    Some(())
}
