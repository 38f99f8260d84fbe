//! Key bindings as data: one table per context feeds the key map, the footer and the help.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Command, Edit};
use super::view::symbols;

/// A key as the user presses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub ctrl: bool,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Key {
        Key { code, ctrl: false }
    }

    pub const fn ch(c: char) -> Key {
        Key::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
        }
    }

    fn matches(&self, event: &KeyEvent) -> bool {
        let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
        match (self.code, event.code) {
            // Letters arrive upper-case with Shift or Caps Lock; a binding on 'n' accepts both.
            (KeyCode::Char(a), KeyCode::Char(b)) => a.eq_ignore_ascii_case(&b) && self.ctrl == ctrl,
            (a, b) => a == b && self.ctrl == ctrl,
        }
    }

    /// The key's name as printed in the footer and help: symbols, not words of a language.
    pub fn label(&self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift+Tab".into(),
            // Arrows from the symbol table: ASCII where they would be two columns wide.
            KeyCode::Up => symbols::current().up.into(),
            KeyCode::Down => symbols::current().down.into(),
            KeyCode::Left => symbols::current().left.into(),
            KeyCode::Right => symbols::current().right.into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Backspace => "Backspace".into(),
            _ => "?".into(),
        };
        if self.ctrl {
            format!("Ctrl+{}", name.to_uppercase())
        } else {
            name
        }
    }
}

/// One line of a binding table.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub command: Command,
    /// Fluent id of what it does.
    pub label: &'static str,
    /// Shown in the footer (all bindings are shown in the help).
    pub footer: bool,
}

impl Binding {
    pub const fn new(keys: &'static [Key], command: Command, label: &'static str) -> Binding {
        Binding {
            keys,
            command,
            label,
            footer: true,
        }
    }

    pub const fn help_only(self) -> Binding {
        Binding {
            footer: false,
            ..self
        }
    }

    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(Key::label)
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// Bindings that work on every screen, whatever has focus.
pub const GLOBAL: &[Binding] = &[
    Binding::new(&[Key::ctrl('c')], Command::Quit, "key-quit"),
    Binding::new(
        &[Key::plain(KeyCode::F(1))],
        Command::ToggleHelp,
        "key-help",
    ),
    Binding::new(
        &[Key::plain(KeyCode::F(2))],
        Command::ToggleLanguage,
        "key-language",
    ),
    Binding::new(
        &[Key::plain(KeyCode::F(3))],
        Command::ToggleTheme,
        "looks-key-theme",
    )
    .help_only(),
    Binding::new(&[Key::ctrl('z')], Command::Suspend, "habits-key-suspend").help_only(),
];

/// The command a key triggers in a context, if any.
pub fn command_for(event: &KeyEvent, tables: &[&[Binding]]) -> Option<Command> {
    tables
        .iter()
        .flat_map(|t| t.iter())
        .find(|b| b.keys.iter().any(|k| k.matches(event)))
        .map(|b| b.command)
}

/// Keys that edit a focused text field; anything printable is typed.
pub fn edit_for(event: &KeyEvent) -> Option<Edit> {
    let ctrl = event.modifiers.contains(KeyModifiers::CONTROL);
    let alt = event.modifiers.contains(KeyModifiers::ALT);
    Some(match event.code {
        KeyCode::Char('b' | 'B') if alt => Edit::WordLeft,
        KeyCode::Char('f' | 'F') if alt => Edit::WordRight,
        // Any other Alt+letter is not typed (Alt+B used to type "b").
        KeyCode::Char(_) if alt => return None,
        KeyCode::Char('k') if ctrl => Edit::DeleteToEnd,
        KeyCode::Char('w') if ctrl => Edit::DeleteWord,
        KeyCode::Char('u') if ctrl => Edit::DeleteToStart,
        KeyCode::Char('a') if ctrl => Edit::Home,
        KeyCode::Char('e') if ctrl => Edit::End,
        KeyCode::Char(c) if !ctrl => Edit::Char(c),
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        _ => return None,
    })
}

/// Resolves a key: global bindings, then text editing when a field has focus (so letters,
/// arrows and Home/End edit), then the context's bindings.
pub fn action_for(event: &KeyEvent, tables: &[&[Binding]], text_focus: bool) -> Option<Action> {
    if let Some(c) = command_for(event, &[GLOBAL]) {
        return Some(c.into());
    }
    if text_focus && let Some(edit) = edit_for(event) {
        return Some(edit.into());
    }
    command_for(event, tables)
        .or_else(|| vi_alias(event).and_then(|arrow| command_for(&arrow, tables)))
        .map(Action::from)
}

/// j and k as ↓ and ↑ wherever the arrows move and nothing is typed (a table that binds j
/// or k itself keeps them).
fn vi_alias(event: &KeyEvent) -> Option<KeyEvent> {
    if !event.modifiers.difference(KeyModifiers::SHIFT).is_empty() {
        return None;
    }
    let arrow = match event.code {
        KeyCode::Char('j') => KeyCode::Down,
        KeyCode::Char('k') => KeyCode::Up,
        _ => return None,
    };
    Some(KeyEvent::new(arrow, KeyModifiers::NONE))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    const TABLE: &[Binding] = &[
        Binding::new(&[Key::ch('n')], Command::New, "key-new"),
        Binding::new(
            &[Key::plain(KeyCode::Left)],
            Command::PrevStep,
            "key-prev-step",
        ),
    ];

    #[test]
    fn letters_type_when_a_field_has_focus() {
        assert_eq!(
            action_for(&key(KeyCode::Char('n')), &[TABLE], true),
            Some(Edit::Char('n').into())
        );
        assert_eq!(
            action_for(&key(KeyCode::Char('N')), &[TABLE], false),
            Some(Command::New.into())
        );
        assert_eq!(
            action_for(&key(KeyCode::Left), &[TABLE], true),
            Some(Edit::Left.into())
        );
        assert_eq!(
            action_for(&key(KeyCode::Left), &[TABLE], false),
            Some(Command::PrevStep.into())
        );
    }

    #[test]
    fn shell_editing_keys_in_a_field() {
        let alt = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT);
        assert_eq!(
            action_for(&alt('b'), &[TABLE], true),
            Some(Edit::WordLeft.into())
        );
        assert_eq!(
            action_for(&alt('f'), &[TABLE], true),
            Some(Edit::WordRight.into())
        );
        assert_eq!(action_for(&alt('x'), &[TABLE], true), None);
        let ctrl_k = KeyEvent::new(KeyCode::Char('k'), KeyModifiers::CONTROL);
        assert_eq!(
            action_for(&ctrl_k, &[TABLE], true),
            Some(Edit::DeleteToEnd.into())
        );
        // The nearest case that does not: plain b, f and k are typed.
        for c in ['b', 'f', 'k'] {
            assert_eq!(
                action_for(&key(KeyCode::Char(c)), &[TABLE], true),
                Some(Edit::Char(c).into())
            );
        }
    }

    #[test]
    fn j_and_k_move_where_the_arrows_do_unless_typing() {
        const ARROWS: &[Binding] = &[
            Binding::new(&[Key::plain(KeyCode::Up)], Command::Up, "key-move"),
            Binding::new(&[Key::plain(KeyCode::Down)], Command::Down, "key-move"),
        ];
        let j = key(KeyCode::Char('j'));
        let k = key(KeyCode::Char('k'));
        assert_eq!(action_for(&j, &[ARROWS], false), Some(Command::Down.into()));
        assert_eq!(action_for(&k, &[ARROWS], false), Some(Command::Up.into()));
        assert_eq!(
            action_for(&j, &[ARROWS], true),
            Some(Edit::Char('j').into())
        );
        // Ctrl+K is not k, and a table without arrows gets nothing from j.
        let ctrl_k = KeyEvent::new(KeyCode::Char('k'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&ctrl_k, &[ARROWS], false), None);
        assert_eq!(action_for(&j, &[TABLE], false), None);
    }

    #[test]
    fn global_keys_always_win() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            action_for(&ctrl_c, &[TABLE], true),
            Some(Command::Quit.into())
        );
    }

    #[test]
    fn labels_are_symbols() {
        assert_eq!(Key::ctrl('n').label(), "Ctrl+N");
        assert_eq!(GLOBAL[1].keys_label(), "F1");
    }
}
