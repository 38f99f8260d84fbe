//! How sure a rule-data list is, as marked in the research notes (rules.md).

use serde::Deserialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Confidence {
    /// Third party or own inference: use for warnings only.
    #[serde(rename = "L")]
    Low,
    /// One credible source.
    #[serde(rename = "M")]
    Medium,
    /// An official source, or two independent ones.
    #[serde(rename = "H")]
    High,
}
