//! The one-page summary for the visitor's clinician. The print styles lay it out alone on a
//! page; the visitor's note choices and the buttons do not print.

use yew::prelude::*;

use crate::present::screens::summary::SummaryView;
use crate::present::state::Screen;
use crate::present::Action;
use crate::web::views::common::{send, support};
use crate::web::views::Shell;

/// The summary page.
// Its own function in the wasm: V8 compiles a function on its first call, so the first
// render compiles only the screen it shows.
#[inline(never)]
pub fn view(v: &SummaryView, shell: &Shell) -> Html {
    let dispatch = &shell.dispatch;
    let on_print = {
        let shell = shell.clone();
        Callback::from(move |_| shell.print())
    };
    let list = |(title, lines): &(&'static str, Vec<String>)| {
        html! {
            <section>
                <h4>{*title}</h4>
                <ul>
                    for line in lines.iter() {
                        <li>{line.clone()}</li>
                    }
                </ul>
            </section>
        }
    };
    let (caption, headers, rows) = (&v.weeks.caption, &v.weeks.headers, &v.weeks.rows);
    html! {
        <div class="summary" key="summary">
            <h3>{v.title}</h3>
            <p class="hint">{v.made_here.clone()}</p>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={on_print}>{v.buttons.0}</button>
                <button type="button" class="secondary" onclick={send(dispatch, Action::Show(Screen::Progress))}>{v.buttons.1}</button>
            </div>
            {list(&v.plans)}
            if let Some(since) = &v.since_start {
                <p>{since.clone()}</p>
            }
            <div class="table-scroll" tabindex="0" role="region" aria-label={*caption}>
                <table class="summary-weeks">
                    <caption>{*caption}</caption>
                    <thead>
                        <tr>
                            for header in headers.iter() {
                                <th scope="col">{*header}</th>
                            }
                        </tr>
                    </thead>
                    <tbody>
                        for (week, cells) in rows.iter() {
                            <tr>
                                <th scope="row">{week.clone()}</th>
                                for cell in cells.iter() {
                                    <td>{cell.clone()}</td>
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <section>
                <h4>{v.mood.0}</h4>
                <p>{v.mood.1.clone()}</p>
            </section>
            {list(&v.too_hard)}
            {list(&v.extra)}
            if !v.notes.2.is_empty() {
                <section class="summary-notes">
                    <h4>{v.notes.0}</h4>
                    <p class="hint no-print">{v.notes.1}</p>
                    <ul>
                        for note in v.notes.2.iter() {
                            <li data-included={note.included.then_some("true")}>
                                <label class="no-print">
                                    <input type="checkbox" checked={note.included}
                                        onchange={send(dispatch, Action::ToggleSummaryNote(note.key))} />
                                    {v.include_note}
                                </label>
                                <span class="note-line">{note.line.clone()}</span>
                                <span class="note-text">{note.text.clone()}</span>
                            </li>
                        }
                    </ul>
                </section>
            }
            {support(&v.support)}
        </div>
    }
}
