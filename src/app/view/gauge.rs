//! A text gauge `[#####-----]`: plain ASCII so that it has the same width in every terminal
//! and font, whatever the East-Asian width settings (block glyphs are ambiguous there).

/// The gauge for `ratio` (clamped to 0..=1), `width` columns wide including the brackets.
pub fn bar(ratio: f64, width: usize) -> String {
    let inner = width.saturating_sub(2);
    let ratio = if ratio.is_nan() {
        0.0
    } else {
        ratio.clamp(0.0, 1.0)
    };
    let filled = ((inner as f64) * ratio).round() as usize;
    // A started clock always shows something; a full bar only when it is really full.
    let filled = match filled {
        0 if ratio > 0.0 && inner > 0 => 1,
        n if n == inner && ratio < 1.0 && inner > 1 => inner - 1,
        n => n,
    };
    format!("[{}{}]", "#".repeat(filled), "-".repeat(inner - filled))
}

/// `done` of `total` as a ratio; an empty total counts as nothing to do (full).
pub fn ratio(done: usize, total: usize) -> f64 {
    if total == 0 {
        1.0
    } else {
        done as f64 / total as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_have_their_width_and_honest_ends() {
        assert_eq!(bar(0.0, 12), "[----------]");
        assert_eq!(bar(1.0, 12), "[##########]");
        assert_eq!(bar(0.5, 12), "[#####-----]");
        assert_eq!(bar(0.01, 12), "[#---------]");
        assert_eq!(bar(0.99, 12), "[#########-]");
        assert_eq!(bar(7.0, 6), "[####]");
        assert_eq!(bar(f64::NAN, 4), "[--]");
        assert_eq!(bar(0.5, 1), "[]");
    }

    #[test]
    fn nothing_to_do_is_complete() {
        assert_eq!(ratio(0, 0), 1.0);
        assert_eq!(ratio(3, 4), 0.75);
    }
}
