//! "Bedoelde u …?": a known word close to a wrong one, by edit distance.
//! No browser dependencies.

/// The number of single-character insertions, deletions, substitutions and
/// swaps of two neighbours that turn `a` into `b` (optimal string alignment
/// distance), counted in characters.
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the table: two back (for swaps), one back, this one.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut last: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (last[j] + 1).min(row[j - 1] + 1).min(last[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        before = std::mem::replace(&mut last, row);
    }
    last[b.len()]
}

/// The known word closest to `wrong`, when it is close enough to be a
/// slip: at most one edit for words up to 4 characters, two up to 8, three
/// beyond; never `wrong` itself; on a tie, the first in `known`.
pub fn closest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let n = wrong.chars().count();
    let allowed = match n {
        0 => return None,
        1..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    let mut best: Option<(usize, &str)> = None;
    for word in known {
        if word == wrong {
            continue;
        }
        let d = distance(wrong, word);
        if d <= allowed && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, word));
        }
    }
    best.map(|(_, w)| w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("abc", "abc"), 0);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        // A swap of two neighbours is one slip, as is an extra letter.
        assert_eq!(distance("on_tarck", "on_track"), 1);
        assert_eq!(distance("gebied-11", "gebied-1"), 1);
        // Characters, not bytes.
        assert_eq!(distance("café", "cafe"), 1);
    }

    #[test]
    fn the_closest_known_word_when_it_is_a_slip() {
        let statuses = ["on_track", "partly_on_track", "off_track", "no_data"];
        assert_eq!(closest("on_trak", statuses), Some("on_track"));
        assert_eq!(closest("offtrack", statuses), Some("off_track"));
        assert_eq!(closest("done", statuses), None, "not a slip of any");
        assert_eq!(
            closest(
                "vrijwillige-terugkeer",
                ["vrijwilige-terugkeer", "heroverwogen-migratieplannen"]
            ),
            Some("vrijwilige-terugkeer")
        );
        // Short words allow one slip only; the word itself is no suggestion.
        assert_eq!(closest("ab", ["xy"]), None);
        assert_eq!(closest("nl", ["nl", "en"]), None);
        assert_eq!(closest("", ["a"]), None);
        // A tie goes to the first known word.
        assert_eq!(closest("bat", ["cat", "hat"]), Some("cat"));
    }
}
