//! Telling organisations apart: the folded key of a name that duplicate detection compares
//! (accents, case, punctuation and the words every municipality carries folded away), how close
//! two keys are, and IANA time zones.

/// Words that say what kind of body an organisation is rather than which one it is: "Greater
/// Amman Municipality" and "Amman Municipality" are the same Amman. English, French, Turkish and
/// transliterated Arabic, as the network's members write them.
const FOLDED_WORDS: &[&str] = &[
    "the",
    "of",
    "greater",
    "municipality",
    "municipalities",
    "municipal",
    "city",
    "town",
    "council",
    "commune",
    "ville",
    "de",
    "du",
    "la",
    "le",
    "les",
    "municipalite",
    "belediyesi",
    "buyuksehir",
    "baladiyat",
    "baladiya",
    "amanat",
];

/// Two keys at least this similar (0–1, normalised Damerau–Levenshtein) are flagged as a
/// possible duplicate; equal keys always are.
pub const DUPLICATE_THRESHOLD: f64 = 0.85;

/// The name folded for comparison: transliterated to ASCII, lower case, punctuation turned to
/// spaces, the folded words removed, single spaces. A name made only of folded words ("City
/// Council") keeps its words, so it still tells something.
pub fn name_key(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let cleaned: String = ascii
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = cleaned.split_whitespace().collect();
    let kept: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !FOLDED_WORDS.contains(w))
        .collect();
    if kept.is_empty() {
        words.join(" ")
    } else {
        kept.join(" ")
    }
}

/// How close two name keys are, from 0 (nothing alike) to 1 (the same key).
pub fn similarity(a: &str, b: &str) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    if a == b {
        return 1.0;
    }
    strsim::normalized_damerau_levenshtein(a, b)
}

/// Whether two keys name possibly the same organisation.
pub fn is_close(a: &str, b: &str) -> bool {
    similarity(a, b) >= DUPLICATE_THRESHOLD
}

/// The time zone used when none is given.
pub const DEFAULT_TIME_ZONE: &str = "UTC";

/// Whether `name` is an IANA time zone (`Asia/Amman`, `Europe/Helsinki`, `UTC`).
pub fn is_time_zone(name: &str) -> bool {
    name.parse::<chrono_tz::Tz>().is_ok()
}

/// Every IANA time zone name, for pickers.
pub fn time_zones() -> impl Iterator<Item = &'static str> {
    chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
}

/// Checks a time zone field.
pub fn check_time_zone(field: &str, value: &str, errors: &mut crate::FieldErrors) {
    if !is_time_zone(value) {
        errors.add(field, crate::problem::Reason::not_time_zone(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn municipal_words_accents_and_punctuation_fold_away() {
        assert_eq!(name_key("Greater Amman Municipality"), "amman");
        assert_eq!(name_key("Amman Municipality"), "amman");
        assert_eq!(name_key("Municipality of Irbid"), "irbid");
        assert_eq!(name_key("City of Tampere"), "tampere");
        assert_eq!(
            name_key("Haliliye Belediyesi (Şanlıurfa)"),
            "haliliye sanliurfa"
        );
        assert_eq!(
            name_key("Willkommensräume Berlin e.V."),
            "willkommensraume berlin e v"
        );
        assert_eq!(name_key("City Council"), "city council");
    }

    #[test]
    fn close_names_are_flagged_and_distinct_ones_are_not() {
        assert!(is_close(
            &name_key("Greater Amman Municipality"),
            &name_key("Amman Municipality")
        ));
        assert!(is_close(
            &name_key("International Rescue Committee"),
            &name_key("Internatonal Rescue Committee")
        ));
        for (a, b) in [
            ("Greater Amman Municipality", "Greater Irbid Municipality"),
            ("Owner Org", "Other Org"),
            (
                "Gaziantep Metropolitan Municipality",
                "Gaziantep Employers' Skills Partnership",
            ),
        ] {
            assert!(!is_close(&name_key(a), &name_key(b)), "{a} / {b}");
        }
        assert_eq!(similarity("", "x"), 0.0);
    }

    #[test]
    fn time_zones_are_iana_names() {
        assert!(is_time_zone("Asia/Amman"));
        assert!(is_time_zone("UTC"));
        assert!(!is_time_zone("Mars/Olympus"));
        assert!(!is_time_zone(""));
        assert!(time_zones().any(|z| z == "Europe/Helsinki"));
    }
}
