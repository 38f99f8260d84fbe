//! A form field as data: what it is called, where it lives in the application, what kind
//! of value it holds, and how to read and write that value.

use crate::i18n::{Lang, Localizer};
use crate::model::{
    AppKind, Application, Billing, CertificateType, Content, Date, MiniProgramPlatform, Platform,
    Provider, ServiceType, SubjectKind, TypedDate,
};

/// Reads a value from the application.
pub type Getter<T> = Box<dyn Fn(&Application) -> T>;
/// Writes a value into the application (a no-op when its place is gone, say a removed website).
pub type Setter<T> = Box<dyn Fn(&mut Application, T)>;

/// A getter and setter pair (a place) for one place in the application.
pub struct Place<T> {
    pub get: Getter<T>,
    pub set: Setter<T>,
}

/// Binds a place reached through two accessor closures (one shared, one mutable).
pub fn bind<T: Clone + Default + 'static>(
    get: impl Fn(&Application) -> Option<&T> + 'static,
    get_mut: impl Fn(&mut Application) -> Option<&mut T> + 'static,
) -> Place<T> {
    Place {
        get: Box::new(move |app| get(app).cloned().unwrap_or_default()),
        set: Box::new(move |app, value| {
            if let Some(place) = get_mut(app) {
                *place = value;
            }
        }),
    }
}

/// `at!(subject.leader.mobile)`: a binding to a field of the application.
#[macro_export]
macro_rules! at {
    ($($path:ident).+) => {
        $crate::app::form::bind(
            |app: &$crate::model::Application| Some(&app.$($path).+),
            |app: &mut $crate::model::Application| Some(&mut app.$($path).+),
        )
    };
}

/// `site!(i, registration.expires)`: a binding to a field of website `i`.
#[macro_export]
macro_rules! site {
    ($index:expr, $($path:ident).+) => {{
        let index: usize = $index;
        $crate::app::form::bind(
            move |app: &$crate::model::Application| app.websites.get(index).map(|w| &w.$($path).+),
            move |app: &mut $crate::model::Application| {
                app.websites.get_mut(index).map(|w| &mut w.$($path).+)
            },
        )
    }};
}

/// The closed value sets a picker can offer.
pub trait Named: Copy + PartialEq + 'static {
    const VALUES: &'static [Self];
    fn name(self) -> &'static str;
    fn parse(name: &str) -> Option<Self>;
}

macro_rules! named {
    ($($t:ty),+) => {
        $(impl Named for $t {
            const VALUES: &'static [Self] = <$t>::ALL;
            fn name(self) -> &'static str { self.as_str() }
            fn parse(name: &str) -> Option<Self> { <$t>::from_name(name) }
        })+
    };
}

named!(
    SubjectKind,
    CertificateType,
    Content,
    Provider,
    ServiceType,
    Billing,
    AppKind,
    Platform,
    MiniProgramPlatform
);

/// Text shown for a choice: a message id, or data text in both languages (from the rules).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caption {
    Message(String),
    Data { en: String, zh: String },
}

impl Caption {
    pub fn text(&self, tr: &Localizer) -> String {
        match self {
            Caption::Message(id) => tr.t(id),
            Caption::Data { en, zh } => match tr.lang() {
                Lang::EnUs => en.clone(),
                Lang::ZhCn => zh.clone(),
            },
        }
    }
}

/// One option of a picker: the value as saved, and how it is shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: String,
    pub caption: Caption,
    /// Shown after the caption in the picker (e.g. "cannot carry a filing").
    pub note: Option<Caption>,
}

impl Choice {
    pub fn new(value: impl Into<String>, caption: Caption) -> Choice {
        Choice {
            value: value.into(),
            caption,
            note: None,
        }
    }

    pub fn with_note(mut self, note: Caption) -> Choice {
        self.note = Some(note);
        self
    }
}

/// Every value of a set, captioned by the message `<prefix>-<name>`.
pub fn options<E: Named>(prefix: &str) -> Vec<Choice> {
    E::VALUES
        .iter()
        .map(|v| Choice::new(v.name(), Caption::Message(format!("{prefix}-{}", v.name()))))
        .collect()
}

/// What a field holds and how it is edited.
pub enum Kind {
    /// Free text. `masked`: ID and mobile numbers are masked when the field is not focused.
    Text {
        masked: bool,
        value: Place<Option<String>>,
    },
    /// `YYYY-MM-DD`, checked as typed; an invalid date stays a draft and is not written.
    Date { value: Place<Option<Date>> },
    /// A whole number, zero or more.
    Number { value: Place<Option<i64>> },
    /// Yes, no, or not answered.
    Toggle { value: Place<Option<bool>> },
    /// One value from a picker; `free_text` also accepts typed values outside the list.
    Choice {
        options: Vec<Choice>,
        free_text: bool,
        value: Place<Option<String>>,
    },
    /// Any number of values from a picker.
    Multi {
        options: Vec<Choice>,
        value: Place<Vec<String>>,
    },
    /// An action such as "copy the subject leader".
    Button {
        press: Box<dyn Fn(&mut Application)>,
    },
    /// A section title between fields; never focused.
    Heading,
}

/// One row of a form.
pub struct Field {
    /// Fluent id of the label.
    pub label: String,
    /// Dotted path the engine uses for findings (`subject.leader.mobile`).
    pub path: String,
    /// Fluent id of the placeholder shown while the field is empty.
    pub hint: Option<String>,
    pub kind: Kind,
}

impl Field {
    fn new(label: &str, path: impl Into<String>, kind: Kind) -> Field {
        Field {
            label: label.to_string(),
            path: path.into(),
            hint: None,
            kind,
        }
    }

    pub fn text(label: &str, path: impl Into<String>, value: Place<Option<String>>) -> Field {
        Field::new(
            label,
            path,
            Kind::Text {
                masked: false,
                value,
            },
        )
    }

    pub fn masked(label: &str, path: impl Into<String>, value: Place<Option<String>>) -> Field {
        Field::new(
            label,
            path,
            Kind::Text {
                masked: true,
                value,
            },
        )
    }

    pub fn date(label: &str, path: impl Into<String>, value: Place<Option<Date>>) -> Field {
        Field::new(label, path, Kind::Date { value }).hint("habits-date-hint")
    }

    pub fn number(label: &str, path: impl Into<String>, value: Place<Option<i64>>) -> Field {
        Field::new(label, path, Kind::Number { value })
    }

    pub fn toggle(label: &str, path: impl Into<String>, value: Place<Option<bool>>) -> Field {
        Field::new(label, path, Kind::Toggle { value })
    }

    /// A picker over an enum saved by its name.
    pub fn choice<E: Named>(
        label: &str,
        path: impl Into<String>,
        options: Vec<Choice>,
        value: Place<Option<E>>,
    ) -> Field {
        let Place { get, set } = value;
        let value = Place {
            get: Box::new(move |app: &Application| get(app).map(|v| v.name().to_string()))
                as Getter<Option<String>>,
            set: Box::new(move |app: &mut Application, v: Option<String>| {
                set(app, v.as_deref().and_then(E::parse))
            }) as Setter<Option<String>>,
        };
        Field::new(
            label,
            path,
            Kind::Choice {
                options,
                free_text: false,
                value,
            },
        )
    }

    /// A picker of suggestions that also takes typed text (region ids).
    pub fn suggest(
        label: &str,
        path: impl Into<String>,
        options: Vec<Choice>,
        value: Place<Option<String>>,
    ) -> Field {
        Field::new(
            label,
            path,
            Kind::Choice {
                options,
                free_text: true,
                value,
            },
        )
    }

    /// A multi-select over an enum saved as a list of names.
    pub fn multi<E: Named>(
        label: &str,
        path: impl Into<String>,
        options: Vec<Choice>,
        value: Place<Vec<E>>,
    ) -> Field {
        let Place { get, set } = value;
        let value = Place {
            get: Box::new(move |app: &Application| {
                get(app).into_iter().map(|v| v.name().to_string()).collect()
            }) as Getter<Vec<String>>,
            set: Box::new(move |app: &mut Application, v: Vec<String>| {
                set(app, v.iter().filter_map(|n| E::parse(n)).collect())
            }) as Setter<Vec<String>>,
        };
        Field::new(label, path, Kind::Multi { options, value })
    }

    pub fn button(
        label: &str,
        path: impl Into<String>,
        press: impl Fn(&mut Application) + 'static,
    ) -> Field {
        Field::new(
            label,
            path,
            Kind::Button {
                press: Box::new(press),
            },
        )
    }

    pub fn heading(label: &str) -> Field {
        Field::new(label, String::new(), Kind::Heading)
    }

    pub fn hint(mut self, id: &str) -> Field {
        self.hint = Some(id.to_string());
        self
    }

    pub fn focusable(&self) -> bool {
        !matches!(self.kind, Kind::Heading)
    }

    /// Typed letters go into this field (text, dates, numbers, free-text choices).
    pub fn takes_text(&self) -> bool {
        matches!(
            self.kind,
            Kind::Text { .. }
                | Kind::Date { .. }
                | Kind::Number { .. }
                | Kind::Choice {
                    free_text: true,
                    ..
                }
        )
    }

    /// The saved value as the text field shows it while editing (empty when not answered).
    pub fn text_value(&self, app: &Application) -> String {
        match &self.kind {
            Kind::Text { value, .. } | Kind::Choice { value, .. } => {
                (value.get)(app).unwrap_or_default()
            }
            Kind::Date { value } => (value.get)(app).map(|d| d.to_string()).unwrap_or_default(),
            Kind::Number { value } => (value.get)(app).map(|n| n.to_string()).unwrap_or_default(),
            _ => String::new(),
        }
    }

    /// Whether the field has an answer (for the review's "answered" counts).
    pub fn answered(&self, app: &Application) -> bool {
        match &self.kind {
            Kind::Toggle { value } => (value.get)(app).is_some(),
            Kind::Multi { value, .. } => !(value.get)(app).is_empty(),
            Kind::Button { .. } | Kind::Heading => false,
            _ => !self.text_value(app).trim().is_empty(),
        }
    }

    /// Fields that take part in "answered" counts.
    pub fn counts(&self) -> bool {
        !matches!(self.kind, Kind::Button { .. } | Kind::Heading)
    }
}

/// Why typed text was not written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    Date,
    /// A real month without that day: the message says how many days it has.
    NoSuchDay {
        month: i8,
        days: i8,
    },
    /// A date still being typed: it is read when the field is left or confirmed.
    Incomplete,
    Number,
}

impl Invalid {
    pub fn message(self, tr: &crate::i18n::Localizer) -> String {
        use crate::i18n::arg_num;
        match self {
            Invalid::Date => tr.t("habits-date-invalid"),
            Invalid::NoSuchDay { month, days } => tr.ta(
                "habits-date-no-such-day",
                &[
                    ("month", arg_num(i64::from(month))),
                    ("days", arg_num(i64::from(days))),
                ],
            ),
            Invalid::Incomplete => tr.t("habits-date-incomplete"),
            Invalid::Number => tr.t("form-invalid-number"),
        }
    }
}

/// Writes typed text into the field's place. Empty text clears the answer. A date or number
/// that does not parse is not written. Dates are read in every form people write them; the
/// form calls this for a date only when the field is left or confirmed (`FormState::settle`).
pub fn write_text(field: &Field, app: &mut Application, text: &str) -> Result<(), Invalid> {
    let text = text.trim();
    let answer = (!text.is_empty()).then(|| text.to_string());
    match &field.kind {
        Kind::Text { value, .. } => (value.set)(app, answer),
        Kind::Choice {
            value,
            options,
            free_text: true,
        } => {
            // A typed id in another case is still the listed id.
            let known = answer.as_deref().and_then(|a| {
                options
                    .iter()
                    .find(|o| o.value.eq_ignore_ascii_case(a))
                    .map(|o| o.value.clone())
            });
            (value.set)(app, known.or(answer))
        }
        Kind::Date { value } => match answer {
            None => (value.set)(app, None),
            Some(text) => {
                let date = Date::parse_typed(&text).map_err(|why| match why {
                    TypedDate::NotADate => Invalid::Date,
                    TypedDate::NoSuchDay { month, days } => Invalid::NoSuchDay { month, days },
                })?;
                (value.set)(app, Some(date))
            }
        },
        Kind::Number { value } => match answer {
            None => (value.set)(app, None),
            Some(text) => match text.parse::<i64>() {
                Ok(n) if n >= 0 => (value.set)(app, Some(n)),
                _ => return Err(Invalid::Number),
            },
        },
        _ => {}
    }
    Ok(())
}

/// One masking rule for the forms and the parse errors.
pub use crate::model::mask;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Instant;

    fn app() -> Application {
        Application::new("", Instant::parse("2026-11-22T10:00:00+08:00").unwrap())
    }

    #[test]
    fn masks_keep_the_ends() {
        assert_eq!(mask("11010519491231002X"), "1101**********002X");
        assert_eq!(mask("13800138000"), "138****8000");
        assert_eq!(mask("1234"), "****");
        assert_eq!(mask("12345"), "1***5");
    }

    #[test]
    fn bindings_read_and_write_nested_places() {
        let field = Field::text("l", "subject.leader.mobile", at!(subject.leader.mobile));
        let mut a = app();
        write_text(&field, &mut a, " 13800138000 ").unwrap();
        assert_eq!(a.subject.leader.mobile.as_deref(), Some("13800138000"));
        write_text(&field, &mut a, "").unwrap();
        assert_eq!(a.subject.leader.mobile, None);
    }

    #[test]
    fn a_bad_date_is_not_written() {
        let field = Field::date(
            "l",
            "subject.certificate_expires",
            at!(subject.certificate_expires),
        );
        let mut a = app();
        write_text(&field, &mut a, "2035-06-30").unwrap();
        assert_eq!(
            write_text(&field, &mut a, "2035-02-30"),
            Err(Invalid::NoSuchDay { month: 2, days: 28 })
        );
        assert_eq!(write_text(&field, &mut a, "30/02/2035"), Err(Invalid::Date));
        assert_eq!(a.subject.certificate_expires, Date::parse("2035-06-30"));
        for typed in ["2036/02/03", "2036.02.03", "2036-2-3", "2036年2月3日"] {
            write_text(&field, &mut a, typed).unwrap();
            assert_eq!(
                a.subject.certificate_expires,
                Date::parse("2036-02-03"),
                "{typed}"
            );
        }
    }

    #[test]
    fn a_missing_website_is_left_alone() {
        let field = Field::text("l", "websites[3].name", site!(3, name));
        let mut a = app();
        write_text(&field, &mut a, "x").unwrap();
        assert!(a.websites.is_empty());
        assert_eq!(field.text_value(&a), "");
    }

    #[test]
    fn enum_choices_are_saved_by_name() {
        let field = Field::choice(
            "l",
            "subject.kind",
            options::<SubjectKind>("kind"),
            at!(subject.kind),
        );
        let mut a = app();
        if let Kind::Choice { value, .. } = &field.kind {
            (value.set)(&mut a, Some("enterprise".into()));
        }
        assert_eq!(a.subject.kind, Some(SubjectKind::Enterprise));
        assert_eq!(field.text_value(&a), "enterprise");
    }
}
