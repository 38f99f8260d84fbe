//! What lists, forms and documents call a website or an app of the filing.

use crate::i18n::{Localizer, arg_num};
use crate::model::{App, Website};

/// A website's name for lists and titles: its name, else its domain, else its number.
pub fn site_title(site: &Website, index: usize, tr: &Localizer) -> String {
    [site.name.as_deref(), site.domain.as_deref()]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|t| !t.is_empty())
        .map_or_else(
            || tr.ta("site-untitled", &[("n", arg_num(index as i64 + 1))]),
            str::to_string,
        )
}

/// An app's name for lists and titles: its name, else its number.
pub fn app_title(app: &App, index: usize, tr: &Localizer) -> String {
    app.name
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map_or_else(
            || tr.ta("app-untitled", &[("n", arg_num(index as i64 + 1))]),
            str::to_string,
        )
}
