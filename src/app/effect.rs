//! What `update` asks the outside world to do. The runtime performs effects; tests read them.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Write this application's file now.
    Save { id: String },
    /// Remove this application's file.
    Delete { id: String },
    /// Write the settings (language, last application).
    SaveSettings,
    /// Writes the theme the user chose with F3 to the settings.
    SaveTheme,
    /// Re-read the profile's list of files.
    Reload,
    /// A new day in China: make every summary again as of `day`, off the UI thread when the
    /// store has a reader (the list shows "?" for the rows not made yet).
    SummarizeDay { day: crate::model::Date },
    /// Esc with an unsaved change: after the `Save` before it, go back to the list only if
    /// that save succeeded; otherwise stay in the filing and say the change is kept.
    LeaveIfSaved,
    /// Copy the open application's footer snippet: to the terminal's clipboard (OSC 52) and
    /// to a file in the profile, saying which happened.
    CopyFooter,
    /// Read a certificate, APK or IPA for the Apps step; the result comes back as
    /// `Action::AppInfo`.
    ReadAppInfo { path: String },
    /// Run the online checks of the open application off the UI thread; the result comes
    /// back as `Action::OnlineDone`.
    CheckOnline,
    /// Write the Markdown export of these applications to `<profile>/exports/<id>.md` and
    /// say where (or why not) in the status line.
    Export { ids: Vec<String> },
    /// Ctrl+Z: hand the terminal back to the shell until the job is resumed (`fg`).
    Suspend,
}
