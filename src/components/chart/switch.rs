use leptos::prelude::*;

/// A two-state switch, such as "Grafiek | Tabel" or "Als tegels | Als
/// grafiek": two buttons in a group named `name`, the shown view marked
/// `aria-pressed="true"`. `shows_second` is whether the second view shows.
/// `of` names what it switches (`data-view-of`: a chart's id, or the
/// highlights'), by which the takeover finds the app's switch for the
/// static page's; `public/loader.js` finds the buttons by their classes.
#[component]
pub fn ViewSwitch(
    name: String,
    /// The id of what it switches.
    of: String,
    /// The group's classes.
    class: &'static str,
    /// Each view's label and its button's class.
    first: (&'static str, &'static str),
    second: (&'static str, &'static str),
    shows_second: RwSignal<bool>,
) -> impl IntoView {
    let pressed = move |on: bool| if on { "true" } else { "false" };
    view! {
        <div class=class role="group" aria-label=name data-view-of=of>
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
