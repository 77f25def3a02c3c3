use leptos::prelude::*;

/// A two-state switch, such as "Grafiek | Tabel" or "Als tegels | Als
/// grafiek": two buttons in a group named `name`, the shown view marked
/// `aria-pressed="true"`. `second` is whether the second view shows. The
/// class names are what `public/loader.js` and the takeover find the
/// buttons by on a pre-rendered page.
#[component]
pub fn ViewSwitch(
    name: String,
    /// The group's classes.
    class: &'static str,
    /// Each view's label and its button's class.
    first: (&'static str, &'static str),
    second: (&'static str, &'static str),
    shows_second: RwSignal<bool>,
) -> impl IntoView {
    let pressed = move |on: bool| if on { "true" } else { "false" };
    view! {
        <div class=class role="group" aria-label=name>
            <button type="button" class=format!("chart-switch-button {}", first.1)
                aria-pressed=move || pressed(!shows_second.get())
                on:click=move |_| shows_second.set(false)>
                {first.0}
            </button>
            <button type="button" class=format!("chart-switch-button {}", second.1)
                aria-pressed=move || pressed(shows_second.get())
                on:click=move |_| shows_second.set(true)>
                {second.0}
            </button>
        </div>
    }
}
