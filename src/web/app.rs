//! The root component: loads the record once, saves after every change, listens for other
//! tabs and for a new day, moves focus where the state asks, and renders the view model. Every
//! decision is made in `present` (`reduce`, `sync`, `screens`); this file only does the I/O.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::record::Record;
use crate::present::embed::EmbedConfig;
use crate::present::state::{Focus, Notice, Platform, SaveMode, WidgetState};
use crate::present::sync::{self, LoadStep, SaveStep, Stored, Synced};
use crate::present::text::Text;
use crate::present::{reduce, screens, Action};
use crate::web::storage::{self, StorageError, StorageKey};
use crate::web::views;

/// What a widget is given by the page it is embedded in.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// Everything read from the embed element.
    pub config: Rc<EmbedConfig>,
    /// The words, in the page's language.
    pub text: &'static Text,
    /// The shadow root the app renders into: where to look for what has focus.
    pub shadow: web_sys::ShadowRoot,
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

/// Reads the stored record, setting an unreadable one aside first. The read is bracketed by
/// User Timing marks, `momentum:load-start` and `momentum:load-end`, so `make bench` (or a
/// clinic's own monitoring) sees how long it takes. Marks stay in the page; nothing is sent.
fn load(key: &StorageKey, synced: &LastSynced) -> WidgetState {
    let performance = web_sys::window().and_then(|window| window.performance());
    let mark = |name| performance.as_ref().map(|p| p.mark(name));
    mark("momentum:load-start");
    let today = local_today();
    let mut state = match sync::load(storage::read(key), today) {
        LoadStep::Ready {
            state,
            synced: known,
        } => {
            *synced.borrow_mut() = known;
            *state
        }
        LoadStep::SetAside(_) => {
            sync::after_set_aside(storage::set_aside(key).map_err(|_| ()), today)
        }
    };
    state.set_aside = storage::set_aside_copies(key);
    state.platform = platform();
    mark("momentum:load-end");
    state
}

/// Where the widget runs, as far as advice on keeping data depends on it: an iPhone or iPad
/// (iPadOS reports a Mac with a touch screen), and whether it was opened from the Home Screen.
fn platform() -> Platform {
    let Some(window) = web_sys::window() else {
        return Platform::default();
    };
    let navigator = window.navigator();
    let agent = navigator.user_agent().unwrap_or_default();
    let apple = ["iPhone", "iPad", "iPod"].iter().any(|d| agent.contains(d))
        || (agent.contains("Macintosh") && navigator.max_touch_points() > 1);
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
        || js_sys::Reflect::get(&navigator, &"standalone".into())
            .ok()
            .and_then(|v| v.as_bool())
            == Some(true);
    Platform {
        apple_safari: apple,
        standalone,
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

/// Saves `ours`: the steps are [`sync::save_step`]'s; this only reads, writes and reports.
fn save(key: &StorageKey, ours: &Rc<Record>, synced: &LastSynced, dispatch: &Callback<Action>) {
    let today = local_today();
    let mut stored = storage::read(key);
    loop {
        let step = sync::save_step(ours, synced.borrow().as_ref(), &stored, today);
        match step {
            SaveStep::Skip => return,
            SaveStep::Write {
                record,
                text,
                adopt,
            } => {
                match storage::write(key, &text) {
                    Ok(()) => {
                        *synced.borrow_mut() = Some(Synced {
                            text,
                            record: record.clone(),
                        });
                        if adopt {
                            let theirs = Record::clone(&record);
                            dispatch.emit(Action::Adopt {
                                theirs,
                                base: Some(ours.clone()),
                            });
                        }
                    }
                    Err(error) => dispatch.emit(Action::SaveFailed(save_notice(&error))),
                }
                return;
            }
            SaveStep::SetAsideFirst(_) => match storage::set_aside(key) {
                Ok(backup_key) => {
                    dispatch.emit(Action::Explain(Notice::CorruptBackedUp { backup_key }));
                    dispatch.emit(Action::SetAsideFound(storage::set_aside_copies(key)));
                    // What was stored is kept aside; ours goes in its place.
                    stored = Stored::Empty;
                }
                Err(_) => {
                    dispatch.emit(Action::ProtectStored(Notice::CorruptNotBackedUp));
                    return;
                }
            },
            SaveStep::Protect(notice) => {
                dispatch.emit(Action::ProtectStored(notice));
                return;
            }
        }
    }
}

/// Moves focus where the last action asked: every action that takes away the control the
/// visitor pressed says where they carry on (`Focus`). Loading never takes focus from the page.
fn settle_focus(shadow: &web_sys::ShadowRoot, focus: Focus) {
    let selector = match focus {
        Focus::Keep => return,
        Focus::Heading => ".screen h3".to_owned(),
        Focus::Status => "[data-status]".to_owned(),
        Focus::Form => {
            "form[data-open] input, form[data-open] select, form[data-open] button".to_owned()
        }
        Focus::Session(key) => format!("[data-session=\"{}-{}\"] button", key.0, key.1.id()),
    };
    if let Ok(Some(element)) = shadow.query_selector(&selector) {
        let element = element.unchecked_into::<web_sys::HtmlElement>();
        if matches!(element.tag_name().as_str(), "H3" | "P" | "DIV") {
            // Focusable from script only: Tab never stops on it.
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
    }
}

/// The widget's frame, shown at once; the widget itself follows in a later task.
///
/// On a slow phone the first render is the longest stretch the page cannot respond: reading
/// the record and building the screen. Showing the frame first and the screen one task later
/// splits that stretch in two (see bench/README.md), at the cost of one blank frame.
#[component]
pub fn App(props: &AppProps) -> Html {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let show = Closure::once_into_js(move || ready.set(true));
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback(show.unchecked_ref());
            }
        });
    }
    let text = props.text;
    html! {
        <section class="momentum" lang={text.lang.tag()} aria-labelledby="momentum-title">
            <header class="momentum-header">
                <h2 id="momentum-title">{text.chrome.title}</h2>
                <p class="lede">{text.chrome.lede}</p>
            </header>
            if *ready {
                <Widget ..props.clone() />
            } else {
                <div class="screen" aria-busy="true"></div>
            }
        </section>
    }
}

/// The widget: its state, its storage, and the screen on show.
#[component]
fn Widget(props: &AppProps) -> Html {
    let key = StorageKey::for_namespace(&props.config.namespace);
    let synced: LastSynced = use_mut_ref(|| None);
    let state = use_reducer({
        let (key, synced) = (key.clone(), synced.clone());
        move || load(&key, &synced)
    });
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };

    // Whether the browser keeps this site's storage; after the first tick, ask it to (then
    // Settings says so, and backups are suggested less often).
    // A returning visitor is never asked on arrival: only a tick in this visit asks.
    let logged_at_load = *use_mut_ref(|| state.record.log.len()).borrow();
    let asked_to_keep = use_mut_ref(|| false);
    {
        let dispatch = dispatch.clone();
        use_effect_with(
            (state.record.log.len(), state.storage_kept),
            move |(logged, kept)| {
                let ticked = *logged > logged_at_load;
                let ask = ticked && *kept != Some(true) && !*asked_to_keep.borrow();
                if ask {
                    *asked_to_keep.borrow_mut() = true;
                }
                if ask || kept.is_none() {
                    storage::storage_kept(ask, move |kept| {
                        dispatch.emit(Action::StorageKept(kept))
                    });
                }
            },
        );
    }

    // After every change: save the record while saving is possible (the record just read is
    // not written back, see `Synced::record`), then settle focus. One effect rather than two:
    // both run after the same renders.
    {
        let (key, synced, dispatch) = (key.clone(), synced.clone(), dispatch.clone());
        let shadow = props.shadow.clone();
        use_effect_with(state.clone(), move |state| {
            if state.save_mode == SaveMode::Save {
                save(&key, &state.record, &synced, &dispatch);
            }
            settle_focus(&shadow, state.focus);
        });
    }

    // Another tab of the same page stored a record: show it, merged with ours.
    {
        let (synced, dispatch) = (synced.clone(), dispatch.clone());
        use_effect_with(key.clone(), move |key| {
            let key = key.clone();
            let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(
                move |event: web_sys::StorageEvent| {
                    if event.key().as_deref() != Some(key.as_str()) {
                        return;
                    }
                    // What is stored now, not the event's value: events can arrive after this
                    // tab's own later write, and the older value would undo it.
                    let Stored::Text(text) = storage::read(&key) else {
                        return;
                    };
                    let known = synced.borrow().clone();
                    if let Some((action, now)) =
                        sync::other_tab_wrote(text, known.as_ref(), local_today())
                    {
                        *synced.borrow_mut() = Some(now);
                        dispatch.emit(action);
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

    let view = screens::view(&state, &props.config, props.text);
    let shell = views::Shell {
        dispatch,
        state: (*state).clone().into(),
        config: props.config.clone(),
        text: props.text,
        key,
        shadow: props.shadow.clone(),
    };
    views::render(&view, &shell)
}
