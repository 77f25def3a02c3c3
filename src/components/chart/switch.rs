use leptos::prelude::*;

use crate::ids;

/// A two-state switch, such as "Grafiek | Tabel" or "Als tegels | Als
/// grafiek": two radio buttons in a group named `name`. The platform owns
/// it: the view not chosen is hidden by the stylesheet
/// (`:has(:checked)`, style/main.css), so it works on the pre-rendered
/// page before and without script; the app only follows it
/// (`shows_second`) and may set it.
///
/// Each switch is a form of its own, so that the pre-rendered page's
/// switch and the app's are separate radio groups while both are in the
/// document (before the takeover), and `method="dialog"`, so Enter in it
/// submits nothing outside a dialog. `of` is the id of what it switches,
/// from which the inputs' ids are made ([`ids::switch_input`]).
#[component]
pub fn ViewSwitch(
    name: String,
    /// The id of what it switches.
    of: String,
    /// The form's classes.
    class: &'static str,
    /// Each view's label and its input's class.
    first: (&'static str, &'static str),
    second: (&'static str, &'static str),
    shows_second: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <form class=class method="dialog">
            <fieldset class="switch">
                <legend class="visually-hidden">{name}</legend>
                {option(&of, false, first, shows_second)}
                {option(&of, true, second, shows_second)}
            </fieldset>
        </form>
    }
}

/// One side of the switch: its radio button and label. Checked in the
/// markup where it shows (the build's page), and kept checked by the app.
fn option(
    of: &str,
    second: bool,
    (label, class): (&'static str, &'static str),
    shows_second: RwSignal<bool>,
) -> impl IntoView {
    let id = ids::switch_input(of, second);
    let chosen = move || shows_second.get() == second;
    view! {
        <span class="switch-option">
            <input type="radio" class=format!("switch-input {class}") id=id.clone() name=format!("{of}-view")
                checked=chosen prop:checked=chosen
                on:change=move |ev| {
                    if event_target_checked(&ev) {
                        shows_second.set(second);
                    }
                } />
            <label for=id class="switch-label">{label}</label>
        </span>
    }
}
