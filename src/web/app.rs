//! The root component: loads the record once, saves it after every change, listens for other
//! tabs, and hands state and a dispatcher to the screens. All decisions live in
//! `present::widget::reduce`; this file only connects it to the browser.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::record::{Record, RecordError};
use crate::present::embed::EmbedConfig;
use crate::present::widget::{reduce, Action, Notice, SaveMode, Screen, WidgetState};
use crate::web::components::notice::notice_view;
use crate::web::components::tabs::tabs;
use crate::web::storage::{self, StorageError, StorageKey};
use crate::web::views::{
    plan::plan_view, progress::progress_view, readiness::readiness_view, settings::settings_view,
    setup::setup_view, today::today_view, welcome::welcome_view,
};

/// Settings a clinic gives through the embed element's data attributes.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// Everything read from the embed element; shared, so every render hands it on cheaply.
    pub config: Rc<EmbedConfig>,
    /// The shadow root the app renders into: where to look for what has focus.
    pub shadow: web_sys::ShadowRoot,
}

impl AppProps {
    /// The key this instance stores its record under.
    pub fn storage_key(&self) -> StorageKey {
        StorageKey::for_namespace(&self.config.namespace)
    }
}

/// Props every screen receives: the state to render and where to send actions.
#[derive(Clone, PartialEq, Properties)]
pub struct ScreenProps {
    /// The whole widget state (cheap to clone: it is shared).
    pub state: Rc<WidgetState>,
    /// Sends an action to the reducer.
    pub dispatch: Callback<Action>,
    /// The embed's settings (clinic name, links, week start).
    pub config: Rc<EmbedConfig>,
    /// Where this widget's record lives, for downloads of raw stored text.
    pub storage_key: StorageKey,
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = reduce(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// Today in the visitor's own time zone.
pub fn local_today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// What this tab last read, wrote or adopted, shared by the load, save and storage-event paths.
type LastSynced = Rc<RefCell<Option<Synced>>>;

/// The stored text as this tab last knew it, and the record it read or wrote with it.
struct Synced {
    /// A stored value equal to this means no other tab has written since: no merge needed.
    text: String,
    /// The very record (same allocation) that text holds, when this tab has it: saving that
    /// record again would change nothing, so the save is skipped before serializing anything.
    record: Option<Rc<Record>>,
}

/// Whether `text` is what this tab last knew to be stored.
fn is_synced_text(synced: &LastSynced, text: &str) -> bool {
    synced.borrow().as_ref().is_some_and(|s| s.text == text)
}

/// The record this tab last knew to be stored: a merge measures this tab's own changes (an
/// undone tick, say) from it. Parsed from the text only when this tab never held it.
fn synced_record(synced: &LastSynced) -> Option<Rc<Record>> {
    let synced = synced.borrow();
    let known = synced.as_ref()?;
    known
        .record
        .clone()
        .or_else(|| Record::parse(&known.text).ok().map(Rc::new))
}

/// Reads the stored record, turning every failure into a notice rather than lost data. The
/// read is bracketed by User Timing marks, `momentum:load-start` and `momentum:load-end`, so
/// `make bench` (or a clinic's own performance monitoring) sees exactly how long it takes.
/// Marks stay in the page; nothing is sent anywhere.
fn load(key: &StorageKey, synced: &LastSynced) -> WidgetState {
    let performance = web_sys::window().and_then(|window| window.performance());
    let mark = |name| performance.as_ref().map(|p| p.mark(name));
    mark("momentum:load-start");
    let state = read_record(key, synced);
    mark("momentum:load-end");
    state
}

/// [`load`]'s work: `localStorage`, then the record's text to a [`WidgetState`].
fn read_record(key: &StorageKey, synced: &LastSynced) -> WidgetState {
    let today = local_today();
    let fresh = |mode, notice| WidgetState::new(Record::default(), mode, notice, today);
    match storage::read(key) {
        Err(_) => fresh(SaveMode::MemoryOnly, Some(Notice::StorageUnavailable)),
        Ok(None) => fresh(SaveMode::Save, None),
        Ok(Some(text)) => match Record::parse(&text) {
            Ok(record) => {
                let state = WidgetState::new(record, SaveMode::Save, None, today);
                *synced.borrow_mut() = Some(Synced {
                    text,
                    record: Some(state.record.clone()),
                });
                state
            }
            Err(RecordError::NewerVersion(_)) => {
                let record = Record::parse_lenient(&text).unwrap_or_default();
                WidgetState::new(
                    record,
                    SaveMode::ReadOnly,
                    Some(Notice::NewerVersion),
                    today,
                )
            }
            Err(RecordError::Corrupt(_)) => match storage::set_aside(key, &text) {
                Ok(backup_key) => fresh(
                    SaveMode::Save,
                    Some(Notice::CorruptBackedUp {
                        backup_key: backup_key.as_str().to_owned(),
                    }),
                ),
                Err(_) => fresh(SaveMode::ReadOnly, Some(Notice::CorruptNotBackedUp)),
            },
        },
    }
}

/// The notice for a failed save.
fn save_notice(error: &StorageError) -> Notice {
    match error {
        StorageError::Unavailable => Notice::StorageUnavailable,
        StorageError::QuotaExceeded => Notice::StorageFull,
        StorageError::Other(_) => Notice::SaveFailed,
    }
}

/// Writes `record`, first merging in anything another tab stored since this tab last synced,
/// so neither tab overwrites the other's sessions. Something stored meanwhile that this build
/// cannot read is never overwritten: an unreadable value is set aside first, and a newer
/// widget's record makes this tab read-only.
fn save(key: &StorageKey, record: &Rc<Record>, synced: &LastSynced, dispatch: &Callback<Action>) {
    let unchanged = synced
        .borrow()
        .as_ref()
        .and_then(|s| s.record.as_ref())
        .is_some_and(|known| Rc::ptr_eq(known, record));
    if unchanged {
        return;
    }
    let merged = match storage::read(key) {
        Ok(Some(stored)) if !is_synced_text(synced, &stored) => match Record::parse(&stored) {
            Ok(theirs) => Some(record.merged_with(&theirs, synced_record(synced).as_deref())),
            Err(RecordError::NewerVersion(_)) => {
                dispatch.emit(Action::ProtectStored(Notice::NewerVersion));
                return;
            }
            Err(RecordError::Corrupt(_)) => match storage::set_aside(key, &stored) {
                Ok(backup_key) => {
                    dispatch.emit(Action::Explain(Notice::CorruptBackedUp {
                        backup_key: backup_key.as_str().to_owned(),
                    }));
                    None
                }
                Err(_) => {
                    dispatch.emit(Action::ProtectStored(Notice::CorruptNotBackedUp));
                    return;
                }
            },
        },
        _ => None,
    };
    let to_write: &Record = merged.as_ref().unwrap_or(record);
    let text = to_write.to_json();
    if is_synced_text(synced, &text) {
        return;
    }
    match storage::write(key, &text) {
        Ok(()) => {
            *synced.borrow_mut() = Some(Synced {
                text,
                record: merged.is_none().then(|| record.clone()),
            });
            if let Some(merged) = merged.filter(|m| m != &**record) {
                dispatch.emit(Action::Adopt(merged));
            }
        }
        Err(error) => dispatch.emit(Action::SaveFailed(save_notice(&error))),
    }
}

/// Focuses the screen's heading when nothing in the widget has focus any more: the pressed
/// control went away with the old screen. A tab keeps its focus, as the tabs stay.
fn focus_heading_if_focus_was_lost(shadow: &web_sys::ShadowRoot) {
    if shadow.active_element().is_some() {
        return;
    }
    if let Ok(Some(heading)) = shadow.query_selector(".screen h3") {
        // An `h3` is always an HTML element.
        let heading = heading.unchecked_into::<web_sys::HtmlElement>();
        // Focusable from script only: Tab never stops on a heading.
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}

/// The widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let key = props.storage_key();
    let config = props.config.clone();
    let synced: LastSynced = use_mut_ref(|| None);
    let state = use_reducer({
        let (key, synced) = (key.clone(), synced.clone());
        move || load(&key, &synced)
    });
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };

    // Save after every change of the record while saving is possible. The record just read
    // from storage is not written back (see `Synced::record`): that would change nothing and,
    // with years of history, cost a noticeable part of the first render.
    // The same effect settles focus when the screen has changed since the last render: one
    // effect rather than two, as every effect type adds about 1 KB to the wasm.
    let shown_screen = use_mut_ref(|| state.screen);
    {
        let (key, synced, dispatch) = (key.clone(), synced.clone(), dispatch.clone());
        let shadow = props.shadow.clone();
        use_effect_with(
            (state.record.clone(), state.save_mode, state.screen),
            move |(record, mode, screen)| {
                if *mode == SaveMode::Save {
                    save(&key, record, &synced, &dispatch);
                }
                if shown_screen.replace(*screen) != *screen {
                    focus_heading_if_focus_was_lost(&shadow);
                }
            },
        );
    }

    // Another tab of the same page saved: show its record (it already merged ours).
    {
        let (synced, dispatch) = (synced.clone(), dispatch.clone());
        use_effect_with(key.clone(), move |key| {
            let key = key.clone();
            let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(
                move |event: web_sys::StorageEvent| {
                    if event.key().as_deref() != Some(key.as_str()) {
                        return;
                    }
                    if let Some(text) = event.new_value() {
                        if let Ok(record) = Record::parse(&text) {
                            *synced.borrow_mut() = Some(Synced { text, record: None });
                            dispatch.emit(Action::Adopt(record));
                        }
                    }
                },
            );
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ = w
                    .add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "storage",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    // A page left open past midnight moves on to the new day when the visitor comes back.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener =
                Closure::<dyn Fn()>::new(move || dispatch.emit(Action::NewDay(local_today())));
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(d) = &document {
                let _ = d.add_event_listener_with_callback(
                    "visibilitychange",
                    listener.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(d) = document {
                    let _ = d.remove_event_listener_with_callback(
                        "visibilitychange",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    let screen_props = ScreenProps {
        state: Rc::new((*state).clone()),
        dispatch: dispatch.clone(),
        config: config.clone(),
        storage_key: key.clone(),
    };
    // Every screen is a plain function of the state (see `views`).
    let body = match state.screen {
        Screen::Welcome => welcome_view(&screen_props),
        Screen::Readiness => readiness_view(&screen_props),
        Screen::Setup => setup_view(&screen_props),
        Screen::Today => today_view(&screen_props),
        Screen::Plan => plan_view(&screen_props),
        Screen::Progress => progress_view(&screen_props),
        Screen::Settings => settings_view(&screen_props),
    };

    html! {
        <section class="momentum" aria-labelledby="momentum-title">
            <header class="momentum-header">
                <h2 id="momentum-title">{"Momentum"}</h2>
                <p class="lede">{"A gentle plan to get moving again, one small step at a time."}</p>
            </header>
            if let Some(notice) = &state.notice {
                {notice_view(notice, &screen_props.state, &key)}
            }
            if state.has_plan() {
                {tabs(state.screen, &dispatch)}
            }
            <div class="screen">{body}</div>
            <p class="announcement" role="status" aria-live="polite">{state.announcement.clone()}</p>
            <p class="disclaimer">
                {"Momentum offers general encouragement, not medical advice. If you have a health \
                  condition, talk with your clinician before becoming much more active."}
            </p>
        </section>
    }
}
