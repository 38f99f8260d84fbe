//! What `update` asks the outside world to do. The runtime performs effects; tests read them.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Write this application's file now.
    Save { id: String },
    /// Remove this application's file.
    Delete { id: String },
    /// Write the settings (language, last application).
    SaveSettings,
    /// Re-read the profile's list of files.
    Reload,
    /// Copy the open application's footer snippet: to the terminal's clipboard (OSC 52) and
    /// to a file in the profile, saying which happened.
    CopyFooter,
    /// Read a certificate, APK or IPA for the Apps step; the result comes back as
    /// `Action::AppInfo`.
    ReadAppInfo { path: String },
    /// Run the online checks of the open application off the UI thread; the result comes
    /// back as `Action::OnlineDone`.
    CheckOnline,
    /// Ctrl+Z: hand the terminal back to the shell until the job is resumed (`fg`).
    Suspend,
}
