//! The plan, week by week; earlier plans; the calendar file and the print sheet.

use yew::prelude::*;

use crate::present::screens::plan::{PlanItem, PlanView, SessionRow};
use crate::present::Action;
use crate::web::views::common::{field_text, status_line};
use crate::web::views::session::{card, change_options};
use crate::web::views::Shell;

/// Twelve weeks of the plan on show.
// Its own function in the wasm: V8 compiles a function on its first call, so the first
// render compiles only the screen it shows.
#[inline(never)]
pub fn view(v: &PlanView, shell: &Shell) -> Html {
    let dispatch = &shell.dispatch;
    let on_calendar = {
        let shell = shell.clone();
        Callback::from(move |_| shell.download_calendar())
    };
    let on_print = {
        let shell = shell.clone();
        Callback::from(move |_| shell.print())
    };
    let on_pick = dispatch.reform(|e: Event| Action::ViewPlan(field_text(&e).parse().ok()));
    html! {
        <div class="plan" key="plan">
            <h3>{v.title.clone()}</h3>
            {status_line(&v.status)}
            if let Some(picker) = &v.picker {
                <label class="field plan-picker">
                    <span>{picker.label}</span>
                    <select onchange={on_pick}>
                        for (plan, label, shown) in picker.options.iter().cloned() {
                            <option value={plan.map(|p| p.to_string()).unwrap_or_default()} selected={shown}>{label}</option>
                        }
                    </select>
                </label>
            }
            if let Some(note) = v.gentle_note {
                <p class="gentle-note">{note}</p>
            }
            if let Some(export) = &v.export {
                <div class="calendar-export">
                    <p class="hint">{export.hint}</p>
                    <div class="actions">
                        <button type="button" class="secondary" onclick={on_calendar}>{export.calendar.clone()}</button>
                        <button type="button" class="secondary" onclick={on_print}>{export.print}</button>
                    </div>
                </div>
            }
            <ol class="weeks">
                for week in v.weeks.iter() {
                    <li key={week.number} class="week" aria-current={week.current.then_some("true")}>
                        <h4>
                            {week.title.clone()}
                            <span class="muted">{week.total.clone()}</span>
                            for badge in week.badges.iter() {
                                <span class="badge">{*badge}</span>
                            }
                        </h4>
                        <ul class="week-sessions">
                            for item in week.items.iter() {
                                {match item {
                                    PlanItem::Card(c) => html! { <li key={c.id.clone()}>{card(c, dispatch)}</li> },
                                    PlanItem::Row(r) => html! { <li key={r.id.clone()}>{row(r, dispatch)}</li> },
                                }}
                            }
                        </ul>
                        for also in week.also.iter() {
                            <p class="hint also">{also.clone()}</p>
                        }
                    </li>
                }
            </ol>
        </div>
    }
}

fn row(r: &SessionRow, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="session-row" data-session={r.id.clone()} data-outcome={r.outcome}>
            <p>
                <span class="when">{r.when.clone()}</span>
                <span class="what">{r.what.clone()}</span>
                <span class="state">{r.state.clone()}</span>
                if let Some(moved) = &r.moved_from {
                    <span class="muted">{moved.clone()}</span>
                }
            </p>
            {status_line(&r.status)}
            if let Some(change) = &r.change {
                {change_options(change, r.key, dispatch)}
            }
        </div>
    }
}
