//! Calm, specific messages about storage problems: what happened, what it means, what to do.

use yew::prelude::*;

use crate::web::storage::StorageError;

/// A problem the visitor should know about; none of them loses what they entered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The browser blocks storage for this page.
    StorageUnavailable,
    /// Saving failed because the browser's storage is full.
    StorageFull,
    /// Saving failed for another reason.
    SaveFailed,
    /// The saved record could not be read; a copy was kept under a backup key.
    CorruptBackedUp,
    /// The saved record could not be read and could not be copied, so it is left untouched.
    CorruptNotBackedUp,
    /// The saved record comes from a newer version of the widget.
    NewerVersion,
}

impl Notice {
    /// The notice for a failed save.
    pub fn from_save_error(error: &StorageError) -> Notice {
        match error {
            StorageError::Unavailable => Notice::StorageUnavailable,
            StorageError::QuotaExceeded => Notice::StorageFull,
            StorageError::Other(_) => Notice::SaveFailed,
        }
    }

    /// The words the visitor reads.
    pub fn message(&self) -> &'static str {
        match self {
            Notice::StorageUnavailable => {
                "Your browser isn't letting this page save anything, so your choices will only \
                 last until you close it. Everything still works in the meantime."
            }
            Notice::StorageFull => {
                "Your browser's storage for this site is full, so your latest changes are kept \
                 only until you close this page."
            }
            Notice::SaveFailed => {
                "Your latest changes couldn't be saved, so they are kept only until you close \
                 this page."
            }
            Notice::CorruptBackedUp => {
                "We couldn't read what was saved before, so we kept a copy of it aside and \
                 started fresh. Nothing was deleted."
            }
            Notice::CorruptNotBackedUp => {
                "We couldn't read what was saved before. We've left it exactly as it was and \
                 won't save over it."
            }
            Notice::NewerVersion => {
                "Your progress was saved by a newer version of this widget. We'll leave it as \
                 it is, so nothing gets lost; please reload the page later."
            }
        }
    }
}

/// Props for [`NoticeView`].
#[derive(Clone, PartialEq, Properties)]
pub struct NoticeViewProps {
    pub notice: Notice,
}

/// A polite status message; screen readers announce it without stealing focus.
#[component]
pub fn NoticeView(props: &NoticeViewProps) -> Html {
    html! {
        <div class="notice" role="status">
            <p>{props.notice.message()}</p>
        </div>
    }
}
