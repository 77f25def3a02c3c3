//! Numbers per language, in pure Rust so native tests cover the same rules
//! as the browser: Dutch 240.000 and 2,5; English 240,000 and 2.5.

use crate::i18n::Lang;

/// Formats a number for display: thousands grouped, at most two decimals,
/// trailing zeros dropped, a real minus sign (U+2212) for negatives.
pub fn number(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        // Validation refuses these; never print "NaN" to a visitor.
        return "–".to_string();
    }
    let (group, decimal) = match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    };
    // Rust prints an f64 with two decimals exactly (correctly rounded), at
    // any magnitude; the digits are then regrouped for the language.
    let fixed = format!("{:.2}", value.abs());
    let (digits, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let frac = frac.trim_end_matches('0');
    let is_zero = digits.bytes().all(|b| b == b'0') && frac.is_empty();

    let mut out = String::with_capacity(fixed.len() + fixed.len() / 3 + 3);
    if value < 0.0 && !is_zero {
        out.push('\u{2212}');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(ch);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// Like [`number`] but always with a sign, for effects: +19, −20.
pub fn signed(value: f64, lang: Lang) -> String {
    let n = number(value, lang);
    if value > 0.0 && n != "0" {
        format!("+{n}")
    } else {
        n
    }
}

/// A percentage: "2,5%" / "2.5%".
pub fn percent(value: f64, lang: Lang) -> String {
    format!("{}%", number(value, lang))
}

/// A number followed by its unit, if any: "240.000 personen".
pub fn with_unit(value: f64, unit: Option<&str>, lang: Lang) -> String {
    match unit {
        Some(u) if !u.is_empty() => format!("{} {u}", number(value, lang)),
        _ => number(value, lang),
    }
}

/// A number for machines (CSV cells, `<data value>`): every digit Rust's
/// shortest round-trip form gives, no grouping, an ASCII `-`, and the
/// language's decimal sign ("2,5" in Dutch, "2.5" in English). Empty when
/// not finite, so a spreadsheet sees an empty cell, never "NaN".
pub fn plain(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return String::new();
    }
    // `Display` for f64 never uses exponent notation; -0 prints as "-0".
    let s = if value == 0.0 {
        "0".to_string()
    } else {
        value.to_string()
    };
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}

/// Fills a highlight sentence's `{value}` placeholder with the formatted figure.
pub fn fill_template(text: &str, value: f64, lang: Lang) -> String {
    text.replacen("{value}", &number(value, lang), 1)
}

/// Splits a highlight sentence around `{value}`: (before, after).
pub fn split_template(text: &str) -> (&str, &str) {
    text.split_once("{value}").unwrap_or((text, ""))
}

/// A page's description for search engines and link previews: the first
/// paragraph of `text` as plain text, cut at a word before `max`
/// characters with "…". Empty when the text has no paragraph.
pub fn description(text: &crate::bundle::RichText, max: usize) -> String {
    use crate::bundle::Block;
    let Some(first) = text.iter().find_map(|b| match b {
        Block::Paragraph { content } => Some(content),
        _ => None,
    }) else {
        return String::new();
    };
    let plain: String = first.iter().map(|i| i.text()).collect();
    let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
    if plain.chars().count() <= max {
        return plain;
    }
    let cut: String = plain.chars().take(max.saturating_sub(1)).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end_matches([',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_groups_with_points() {
        assert_eq!(number(240000.0, Lang::Nl), "240.000");
        assert_eq!(number(36360.0, Lang::Nl), "36.360");
        assert_eq!(number(1809.0, Lang::Nl), "1.809");
        assert_eq!(number(182.0, Lang::Nl), "182");
        assert_eq!(number(1_000_000.0, Lang::Nl), "1.000.000");
        assert_eq!(number(0.0, Lang::Nl), "0");
    }

    #[test]
    fn english_groups_with_commas() {
        assert_eq!(number(240000.0, Lang::En), "240,000");
        assert_eq!(number(2.5, Lang::En), "2.5");
    }

    #[test]
    fn decimals_use_the_language_separator() {
        assert_eq!(number(2.5, Lang::Nl), "2,5");
        assert_eq!(number(5.55, Lang::Nl), "5,55");
        assert_eq!(number(1234.05, Lang::Nl), "1.234,05");
        assert_eq!(percent(2.5, Lang::Nl), "2,5%");
    }

    #[test]
    fn signs() {
        assert_eq!(number(-20.0, Lang::Nl), "\u{2212}20");
        assert_eq!(signed(19.0, Lang::Nl), "+19");
        assert_eq!(signed(-20.0, Lang::En), "\u{2212}20");
        assert_eq!(signed(0.0, Lang::En), "0");
        assert_eq!(number(-0.001, Lang::Nl), "0");
    }

    #[test]
    fn large_numbers_keep_their_digits() {
        assert_eq!(number(1e21, Lang::Nl), "1.000.000.000.000.000.000.000");
        assert_eq!(number(4.5e15 + 0.5, Lang::En), "4,500,000,000,000,000.5");
        assert_eq!(number(1_250_000_000.0, Lang::Nl), "1.250.000.000");
        let huge = number(1e300, Lang::Nl);
        assert!(huge.starts_with("1.000.000"), "{huge}");
        assert_eq!(huge.len(), 301 + 100, "301 digits and 100 separators");
    }

    #[test]
    fn rounds_to_two_decimals() {
        assert_eq!(
            number(0.125, Lang::Nl),
            "0,12",
            "an exact tie rounds to even"
        );
        assert_eq!(number(0.135, Lang::Nl), "0,14");
        assert_eq!(number(2.999, Lang::Nl), "3");
        assert_eq!(number(-0.004, Lang::Nl), "0");
    }

    #[test]
    fn not_finite_never_prints_nan() {
        assert_eq!(number(f64::NAN, Lang::Nl), "–");
        assert_eq!(number(f64::INFINITY, Lang::En), "–");
    }

    #[test]
    fn plain_numbers_for_machines() {
        assert_eq!(plain(240000.0, Lang::Nl), "240000");
        assert_eq!(plain(2.5, Lang::Nl), "2,5");
        assert_eq!(plain(2.5, Lang::En), "2.5");
        assert_eq!(plain(-20.0, Lang::Nl), "-20");
        assert_eq!(plain(-0.0, Lang::En), "0");
        assert_eq!(plain(0.125, Lang::En), "0.125", "no rounding");
        assert_eq!(plain(1e21, Lang::En), "1000000000000000000000");
        assert_eq!(plain(f64::NAN, Lang::Nl), "");
    }

    #[test]
    fn units_and_templates() {
        assert_eq!(
            with_unit(240000.0, Some("personen"), Lang::Nl),
            "240.000 personen"
        );
        assert_eq!(with_unit(2873.0, None, Lang::Nl), "2.873");
        assert_eq!(
            fill_template("Meer dan {value} vluchtelingen", 240000.0, Lang::Nl),
            "Meer dan 240.000 vluchtelingen"
        );
        assert_eq!(
            split_template("Ruim {value} migranten"),
            ("Ruim ", " migranten")
        );
    }

    #[test]
    fn a_description_is_the_first_paragraph_cut_at_a_word() {
        use crate::bundle::{Block, Inline};
        let para = |t: &str| Block::Paragraph {
            content: vec![Inline::Text {
                text: t.into(),
                lang: None,
            }],
        };
        let text = vec![
            Block::Heading { text: "Kop".into() },
            para("Een  korte\nzin."),
            para("Tweede."),
        ];
        assert_eq!(description(&text, 160), "Een korte zin.");
        let long = vec![para("woord ".repeat(40).trim())];
        let d = description(&long, 30);
        assert!(d.ends_with("woord…") && d.chars().count() <= 30, "{d}");
        assert_eq!(description(&vec![], 160), "");
    }
}
