//! The site's two languages, and which tags name them. No dependencies,
//! so that every module can name a language: the reading pipeline
//! (`crate::json`) and the bundle's rules as much as the interface text
//! (`crate::i18n`, which re-exports these).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

/// Whether `tag` is a language this site publishes in (`nl`, `en`),
/// exactly as bundles and the catalog write it.
pub fn is_site_language(tag: &str) -> bool {
    Lang::ALL.iter().any(|l| l.tag() == tag)
}

impl Lang {
    /// Every language the interface speaks.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language's own name, for a language switch: "Nederlands", "English".
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    /// The language's name in `page`'s language: "Nederlands", "Engels";
    /// "Dutch", "English".
    pub fn name_in(self, page: Lang) -> &'static str {
        match (self, page) {
            (Lang::Nl, Lang::Nl) => "Nederlands",
            (Lang::En, Lang::Nl) => "Engels",
            (Lang::Nl, Lang::En) => "Dutch",
            (Lang::En, Lang::En) => "English",
        }
    }

    /// `nl`, `nl-NL`, `en`, `en-GB`… Anything else falls back to Dutch.
    pub fn from_tag(tag: &str) -> Lang {
        // The primary subtag (`en-GB` → `en`), in any case: the one rule
        // for a language tag, for bundles, the catalog and addresses alike.
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if primary.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Nl
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_read_by_its_primary_subtag() {
        for en in ["en", "EN", "en-GB", "en_US", " en-gb "] {
            assert_eq!(Lang::from_tag(en), Lang::En, "{en:?}");
        }
        for nl in ["nl", "nl-NL", "NL", "", "de", "english", "enx"] {
            assert_eq!(Lang::from_tag(nl), Lang::Nl, "{nl:?}");
        }
    }
}
