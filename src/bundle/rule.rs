//! The bundle's rules that its types cannot express, as kinds of problem
//! ([`Rule`]), and their words in Dutch and English: what is wrong and
//! what would be right. `validate` finds them; the editors' check adds the
//! suggestions ([`Near`]). No browser dependencies.

use crate::words::{code, Message, Say};

/// A rule of the bundle broken. Values an editor wrote are kept as they
/// are.
#[derive(Debug, Clone, PartialEq)]
pub enum Rule {
    /// An id with characters other than `a-z A-Z 0-9 - _`, or empty.
    IdCharacters { id: String },
    /// An id the page keeps for one of its own sections.
    IdReserved { id: String },
    /// An id whose chart would take the id of one of the page's charts.
    IdOfOwnChart { id: String, chart: String },
    /// An id starting with the app's prefix.
    IdAppPrefix { id: String, prefix: &'static str },
    /// An id starting or ending with what the page adds to ids.
    IdDerived {
        id: String,
        prefixes: &'static [&'static str],
        suffixes: &'static [&'static str],
    },
    /// An id used twice in the bundle.
    IdTwice { id: String },
    /// A number that is not finite.
    NotFinite,
    /// A count below zero.
    Negative { value: f64 },
    /// A link's address that is not allowed (`javascript:`, `data:`, …).
    UnsafeLink { address: String },
    /// A photo's or video's address that is not allowed.
    UnsafeMedia { address: String },
    /// Text that must not be empty.
    Empty,
    /// A list that needs at least one item.
    EmptyList,
    /// A language tag that is not one.
    NotLanguageTag { tag: String },
    /// A photo without its text alternative.
    PhotoWithoutAlt,
    /// A chart with fewer points than its kind needs.
    TooFewPoints { kind: &'static str, min: usize },
    /// A series key with other characters than an id's.
    SeriesCharacters { key: String },
    /// A series key on more than one indicator.
    SeriesTwice { key: String },
    /// A bundle language the site does not publish.
    NotSiteLanguage { found: String },
    /// A highlight's text without `{value}`, or with it twice.
    PlaceholderOnce,
    /// A highlight pointing at an indicator the bundle does not have.
    NoSuchIndicator { id: String, near: Option<Near> },
    /// An in-page link `#` without an id.
    AnchorEmpty,
    /// An in-page link to an id nothing on the page has.
    AnchorNowhere { target: String, near: Option<Near> },
}

/// An id of the bundle close to one a reference names that is not there:
/// a slip in the reference, or an id renamed where it is defined. Both
/// places are named, since links readers have shared use the old id.
#[derive(Debug, Clone, PartialEq)]
pub struct Near {
    pub id: String,
    /// The line of the close id.
    pub line: Option<usize>,
    /// The line of the reference.
    pub here: Option<usize>,
}

impl Message for Rule {
    fn code(&self) -> &'static str {
        match self {
            Rule::IdCharacters { .. } => "id-characters",
            Rule::IdReserved { .. } => "id-reserved",
            Rule::IdOfOwnChart { .. } => "id-of-own-chart",
            Rule::IdAppPrefix { .. } => "id-app-prefix",
            Rule::IdDerived { .. } => "id-derived",
            Rule::IdTwice { .. } => "id-twice",
            Rule::NotFinite => "not-finite",
            Rule::Negative { .. } => "negative",
            Rule::UnsafeLink { .. } => "unsafe-link",
            Rule::UnsafeMedia { .. } => "unsafe-media",
            Rule::Empty => "empty",
            Rule::EmptyList => "empty-list",
            Rule::NotLanguageTag { .. } => "not-a-language-tag",
            Rule::PhotoWithoutAlt => "photo-without-alt",
            Rule::TooFewPoints { .. } => "too-few-points",
            Rule::SeriesCharacters { .. } => "series-characters",
            Rule::SeriesTwice { .. } => "series-twice",
            Rule::NotSiteLanguage { .. } => "not-a-site-language",
            Rule::PlaceholderOnce => "placeholder-once",
            Rule::NoSuchIndicator { .. } => "no-such-indicator",
            Rule::AnchorEmpty => "anchor-empty",
            Rule::AnchorNowhere { .. } => "anchor-nowhere",
        }
    }

    fn title(&self, say: Say) -> String {
        match self {
            Rule::IdCharacters { id } => say.titled("ongeldig id", "invalid id", id),
            Rule::IdReserved { id } => say.titled("gereserveerd id", "reserved id", id),
            Rule::IdOfOwnChart { id, .. } => say.titled(
                "id van een grafiek van de pagina",
                "id of one of the page's charts",
                id,
            ),
            Rule::IdAppPrefix { id, .. } => say.titled(
                "id met het voorvoegsel van de site",
                "id with the site's prefix",
                id,
            ),
            Rule::IdDerived { id, .. } => {
                say.titled("id zoals de pagina ze maakt", "id like the page's own", id)
            }
            Rule::IdTwice { id } => say.titled("dubbel id", "id used twice", id),
            Rule::NotFinite => say.titled("geen eindig getal", "not a finite number", ""),
            Rule::Negative { value } => {
                say.titled("negatief aantal", "negative count", &value.to_string())
            }
            Rule::UnsafeLink { address } => say.titled("onveilig adres", "unsafe address", address),
            Rule::UnsafeMedia { address } => say.titled(
                "onveilig adres voor een foto of video",
                "unsafe address for a photo or video",
                address,
            ),
            Rule::Empty => say.titled("leeg", "empty", ""),
            Rule::EmptyList => say.titled("lege lijst", "empty list", ""),
            Rule::NotLanguageTag { tag } => say.titled("geen taalcode", "not a language code", tag),
            Rule::PhotoWithoutAlt => say.titled(
                "foto zonder tekstalternatief",
                "photo without a text alternative",
                "",
            ),
            Rule::TooFewPoints { .. } => say.titled("te weinig punten", "too few points", ""),
            Rule::SeriesCharacters { key } => say.titled("ongeldige reeks", "invalid series", key),
            Rule::SeriesTwice { key } => say.titled("dubbele reeks", "series used twice", key),
            Rule::NotSiteLanguage { found } => say.titled(
                "geen taal van deze site:",
                "not a language of this site:",
                found,
            ),
            Rule::PlaceholderOnce => say.titled(
                "{value} niet precies één keer",
                "{value} not exactly once",
                "",
            ),
            Rule::NoSuchIndicator { id, .. } => {
                say.titled("onbekende indicator", "no such indicator", id)
            }
            Rule::AnchorEmpty => say.titled("lege link binnen de pagina", "empty in-page link", ""),
            Rule::AnchorNowhere { target, .. } => say.titled(
                "link naar niets:",
                "link to nowhere:",
                &format!("#{target}"),
            ),
        }
    }

    fn text(&self, _: &str, say: Say) -> String {
        let fixed = |dutch: &str, english: &str| say.pick(dutch.into(), english.into());
        match self {
            Rule::IdCharacters { id } => say.pick(
                format!("het id {} mag niet leeg zijn en alleen a-z, A-Z, 0-9, '-' en '_' bevatten", code(id)),
                format!("the id {} must not be empty and may only use a-z, A-Z, 0-9, '-' and '_'", code(id)),
            ),
            Rule::IdReserved { id } => say.pick(
                format!("het id {} is gereserveerd: de pagina gebruikt het zelf voor een onderdeel, dus kies een ander id", code(id)),
                format!("the id {} is reserved: the page uses it for one of its own sections, so choose another id", code(id)),
            ),
            Rule::IdOfOwnChart { id, chart } => say.pick(
                format!("het id {} kan niet: de grafiek ervan zou het id {} krijgen, dat een grafiek van de pagina zelf al heeft", code(id), code(chart)),
                format!("the id {} cannot be used: its chart would get the id {}, which one of the page's own charts has", code(id), code(chart)),
            ),
            Rule::IdAppPrefix { id, prefix } => say.pick(
                format!("het id {} mag niet met '{prefix}' beginnen: zulke ids gebruikt de site zelf", code(id)),
                format!("the id {} may not start with '{prefix}': the site uses such ids itself", code(id)),
            ),
            Rule::IdDerived { id, prefixes, suffixes } => {
                let quoted = |words: &[&str]| -> String {
                    let each: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
                    say.listed(&each)
                };
                let (starts, ends) = (quoted(prefixes), quoted(suffixes));
                say.pick(
                    format!("het id {} mag niet beginnen met {starts} of eindigen op {ends}: zulke ids maakt de pagina zelf", code(id)),
                    format!("the id {} may not start with {starts} or end in {ends}: the page makes such ids itself", code(id)),
                )
            }
            Rule::IdTwice { id } => say.pick(
                format!("het id {} komt vaker voor in de bundel: elk id moet uniek zijn", code(id)),
                format!("the id {} is used more than once in the bundle: every id must be unique", code(id)),
            ),
            Rule::NotFinite => fixed(
                "hier hoort een eindig getal, zoals 12 of 3,5",
                "a finite number belongs here, such as 12 or 3.5",
            ),
            Rule::Negative { value } => {
                let value = code(&value.to_string());
                say.pick(
                    format!("{value} is negatief, maar een aantal kan niet onder nul zijn: schrijf het getal zonder minteken"),
                    format!("{value} is negative, but a count cannot be below zero: write the number without a minus sign"),
                )
            }
            Rule::UnsafeLink { address } => say.pick(
                format!("het adres {} is niet toegestaan: gebruik een adres met https:, http: of mailto:, of een adres op deze site", code(address)),
                format!("the address {} is not allowed: use an address with https:, http: or mailto:, or an address on this site", code(address)),
            ),
            Rule::UnsafeMedia { address } => say.pick(
                format!("het adres {} is niet toegestaan voor een foto of video: gebruik een adres met https: of een adres op deze site", code(address)),
                format!("the address {} is not allowed for a photo or video: use an address with https: or an address on this site", code(address)),
            ),
            Rule::Empty => fixed("dit mag niet leeg zijn: vul de tekst in", "this must not be empty: fill in the text"),
            Rule::EmptyList => fixed("een lijst heeft minstens één punt nodig", "a list needs at least one item"),
            Rule::NotLanguageTag { tag } => say.pick(
                format!("{} is geen taalcode: gebruik bijvoorbeeld \"en\" of \"fr\"", code(tag)),
                format!("{} is not a language code: use for example \"en\" or \"fr\"", code(tag)),
            ),
            Rule::PhotoWithoutAlt => fixed(
                "een foto heeft een tekstalternatief nodig (`alt`): beschrijf wat erop staat",
                "a photo needs a text alternative (`alt`): describe what it shows",
            ),
            Rule::TooFewPoints { kind, min } => {
                let kind = say.labelled(kind, "kind");
                say.pick(
                    format!("een grafiek van de soort {kind} heeft minstens {min} punten nodig"),
                    format!("a chart of the kind {kind} needs at least {min} points"),
                )
            }
            Rule::SeriesCharacters { key } => say.pick(
                format!("de reeks {} mag niet leeg zijn en alleen a-z, A-Z, 0-9, '-' en '_' bevatten", code(key)),
                format!("the series {} must not be empty and may only use a-z, A-Z, 0-9, '-' and '_'", code(key)),
            ),
            Rule::SeriesTwice { key } => say.pick(
                format!("de reeks {} staat bij meer dan één indicator: een reeks verbindt één indicator over de jaren", code(key)),
                format!("the series {} is on more than one indicator: a series joins one indicator across the years", code(key)),
            ),
            Rule::NotSiteLanguage { found } => say.pick(
                format!("{} is geen taal van deze site: kies \"nl\" of \"en\"", code(found)),
                format!("{} is not a language of this site: choose \"nl\" or \"en\"", code(found)),
            ),
            Rule::PlaceholderOnce => fixed(
                "de tekst moet precies één keer {value} bevatten, waar het getal komt",
                "the text must contain {value} exactly once, where the figure goes",
            ),
            Rule::NoSuchIndicator { id, near } => {
                let what = say.pick(
                    format!("geen indicator heeft het id {}", code(id)),
                    format!("no indicator has the id {}", code(id)),
                );
                what + &close_id(near.as_ref(), say)
            }
            Rule::AnchorEmpty => fixed(
                "een link binnen de pagina heeft een id na '#' nodig",
                "a link within the page needs an id after '#'",
            ),
            Rule::AnchorNowhere { target, near } => {
                let what = say.pick(
                    format!("de link naar \"#{target}\" leidt nergens heen: geen resultaatgebied, indicator of project heeft het id {}", code(target)),
                    format!("the link to \"#{target}\" leads nowhere: no result area, indicator or project has the id {}", code(target)),
                );
                what + &close_id(near.as_ref(), say)
            }
        }
    }
}

/// What a close id says: a slip here, or an id changed there, which
/// breaks the links readers have shared. Both lines, when known.
fn close_id(near: Option<&Near>, say: Say) -> String {
    let Some(near) = near else {
        return String::new();
    };
    let Near {
        id,
        line: Some(line),
        here,
    } = near
    else {
        return say.suggestion(Some(&near.id), "");
    };
    let here_nl = here.map_or(String::new(), |h| format!(" (regel {h})"));
    let here_en = here.map_or(String::new(), |h| format!(" (line {h})"));
    say.pick(
        format!(
            "{here_nl}, maar regel {line} heeft het id {}. Is dat id veranderd? Links die lezers al delen gebruiken het oude id: staat er een tikfout in de id op regel {line}? Zo niet, bedoelde u hier {}?",
            code(id),
            code(id)
        ),
        format!(
            "{here_en}, but line {line} has the id {}. Was that id changed? Links readers have already shared use the old id: is there a typo in the id on line {line}? If not, did you mean {} here?",
            code(id),
            code(id)
        ),
    )
}
