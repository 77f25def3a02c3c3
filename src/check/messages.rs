//! The editors' messages: every problem kind ([`Kind`]) in Dutch and in
//! English, in one table. Each says what is wrong and what would be
//! right, in an editor's words: an allowed value with the label the page
//! shows for it ("`on_track` (Op schema)"), and a close known value as a
//! suggestion ("bedoelde u `vrijwillige-terugkeer`?"). The editors' page
//! says them in its language; `check-bundle` in English, or Dutch with
//! `--lang nl`. No browser dependencies; only the editors' code uses it.

use crate::bundle::Status;
use crate::i18n::{status_label, Lang};
use crate::json::{Compared, Expected, FileKind, Kind, NotJson};

/// The message for `kind` at `path`, in `lang`.
pub fn text(kind: &Kind, path: &str, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let pick = |dutch: String, english: String| if nl { dutch } else { english };
    let field = field_of(path);
    match kind {
        Kind::VersionMissing => pick(
            "`schema_version` ontbreekt: zet bovenaan bijvoorbeeld \"schema_version\": \"1.0\"".into(),
            "`schema_version` is missing: put for example \"schema_version\": \"1.0\" at the top".into(),
        ),
        Kind::VersionNotText { found } => pick(
            format!("de versie moet tekst tussen aanhalingstekens zijn, zoals \"1.0\", niet {found}"),
            format!("the version must be text in quotes, such as \"1.0\", not {found}"),
        ),
        Kind::VersionNotVersion { found, major } => pick(
            format!("{} is geen versie: schrijf twee getallen met een punt, zoals \"{major}.0\"", code(found)),
            format!("{} is not a version: write two numbers and a point, such as \"{major}.0\"", code(found)),
        ),
        Kind::VersionUnsupported { found, major } => pick(
            format!("versie {} kan deze site niet lezen: zij leest versie {major}.x", code(found)),
            format!("this site cannot read version {}: it reads version {major}.x", code(found)),
        ),
        Kind::TooLarge { bytes, limit } => pick(
            format!("het bestand is {}, groter dan de grens van {}", megabytes(*bytes, lang), megabytes(*limit, lang)),
            format!("the file is {}, more than the limit of {}", megabytes(*bytes, lang), megabytes(*limit, lang)),
        ),
        Kind::NotJson(how) => not_json(how, nl),
        Kind::WrongType { found, expected } => pick(
            format!("hier hoort {}, niet {}", expected_text(expected, field, lang), found_text(found, lang)),
            format!("expected {}, not {}", expected_text(expected, field, lang), found_text(found, lang)),
        ),
        Kind::UnknownValue {
            found,
            allowed,
            near,
        } => {
            let list = words(allowed, field, lang);
            let guess = suggestion(near.as_deref(), field, lang);
            pick(
                format!("{} kent de bundel hier niet: kies uit {list}{guess}", code(found)),
                format!("{} is not a value the bundle knows here: choose from {list}{guess}", code(found)),
            )
        }
        Kind::MissingField { field: missing, near } => match near {
            Some(near) => pick(
                format!("het veld {} ontbreekt; bedoelde u {} in plaats van {}?", code(missing), code(missing), code(near)),
                format!("the field {} is missing; did you mean {} instead of {}?", code(missing), code(missing), code(near)),
            ),
            None => pick(
                format!("het veld {} ontbreekt: het is verplicht", code(missing)),
                format!("the field {} is missing: it is required", code(missing)),
            ),
        },
        Kind::FieldTwice { field } => pick(
            format!("het veld {} staat twee keer in dit object: laat er één staan", code(field)),
            format!("the field {} is in this object twice: keep one", code(field)),
        ),
        Kind::MoreMayFollow => pick(
            "er kunnen meer problemen volgen: los deze op en controleer opnieuw".into(),
            "more problems may follow: fix these and check again".into(),
        ),
        Kind::Reading(what) => pick(
            format!("dit kan de bundel niet lezen ({what})"),
            format!("the bundle cannot read this ({what})"),
        ),
        Kind::IdCharacters { id } => pick(
            format!("het id {} mag niet leeg zijn en alleen a-z, A-Z, 0-9, '-' en '_' bevatten", code(id)),
            format!("the id {} must not be empty and may only use a-z, A-Z, 0-9, '-' and '_'", code(id)),
        ),
        Kind::IdReserved { id } => pick(
            format!("het id {} is gereserveerd: de pagina gebruikt het zelf voor een onderdeel, dus kies een ander id", code(id)),
            format!("the id {} is reserved: the page uses it for one of its own sections, so choose another id", code(id)),
        ),
        Kind::IdOfOwnChart { id, chart } => pick(
            format!("het id {} kan niet: de grafiek ervan zou het id {} krijgen, dat een grafiek van de pagina zelf al heeft", code(id), code(chart)),
            format!("the id {} cannot be used: its chart would get the id {}, which one of the page's own charts has", code(id), code(chart)),
        ),
        Kind::IdAppPrefix { id, prefix } => pick(
            format!("het id {} mag niet met '{prefix}' beginnen: zulke ids gebruikt de site zelf", code(id)),
            format!("the id {} may not start with '{prefix}': the site uses such ids itself", code(id)),
        ),
        Kind::IdDerived { id, prefixes, suffixes } => {
            let (starts, ends) = (quoted(prefixes, lang), quoted(suffixes, lang));
            pick(
                format!("het id {} mag niet beginnen met {starts} of eindigen op {ends}: zulke ids maakt de pagina zelf", code(id)),
                format!("the id {} may not start with {starts} or end in {ends}: the page makes such ids itself", code(id)),
            )
        }
        Kind::IdTwice { id } => pick(
            format!("het id {} komt vaker voor in de bundel: elk id moet uniek zijn", code(id)),
            format!("the id {} is used more than once in the bundle: every id must be unique", code(id)),
        ),
        Kind::NotFinite => pick(
            "hier hoort een eindig getal, zoals 12 of 3,5".into(),
            "a finite number belongs here, such as 12 or 3.5".into(),
        ),
        Kind::Negative { value } => pick(
            format!("{} is negatief, maar een aantal kan niet onder nul zijn: schrijf het getal zonder minteken", code(&value.to_string())),
            format!("{} is negative, but a count cannot be below zero: write the number without a minus sign", code(&value.to_string())),
        ),
        Kind::UnsafeLink { address } => pick(
            format!("het adres {} is niet toegestaan: gebruik een adres met https:, http: of mailto:, of een adres op deze site", code(address)),
            format!("the address {} is not allowed: use an address with https:, http: or mailto:, or an address on this site", code(address)),
        ),
        Kind::UnsafeMedia { address } => pick(
            format!("het adres {} is niet toegestaan voor een foto of video: gebruik een adres met https: of een adres op deze site", code(address)),
            format!("the address {} is not allowed for a photo or video: use an address with https: or an address on this site", code(address)),
        ),
        Kind::Empty => pick(
            "dit mag niet leeg zijn: vul de tekst in".into(),
            "this must not be empty: fill in the text".into(),
        ),
        Kind::EmptyList => pick(
            "een lijst heeft minstens één punt nodig".into(),
            "a list needs at least one item".into(),
        ),
        Kind::NotLanguageTag { tag } => pick(
            format!("{} is geen taalcode: gebruik bijvoorbeeld \"en\" of \"fr\"", code(tag)),
            format!("{} is not a language code: use for example \"en\" or \"fr\"", code(tag)),
        ),
        Kind::PhotoWithoutAlt => pick(
            "een foto heeft een tekstalternatief nodig (`alt`): beschrijf wat erop staat".into(),
            "a photo needs a text alternative (`alt`): describe what it shows".into(),
        ),
        Kind::TooFewPoints { kind, min } => pick(
            format!("een grafiek van de soort {} heeft minstens {min} punten nodig", labelled(kind, "kind", lang)),
            format!("a chart of the kind {} needs at least {min} points", labelled(kind, "kind", lang)),
        ),
        Kind::SeriesCharacters { key } => pick(
            format!("de reeks {} mag niet leeg zijn en alleen a-z, A-Z, 0-9, '-' en '_' bevatten", code(key)),
            format!("the series {} must not be empty and may only use a-z, A-Z, 0-9, '-' and '_'", code(key)),
        ),
        Kind::SeriesTwice { key } => pick(
            format!("de reeks {} staat bij meer dan één indicator: een reeks verbindt één indicator over de jaren", code(key)),
            format!("the series {} is on more than one indicator: a series joins one indicator across the years", code(key)),
        ),
        Kind::NotSiteLanguage { found } => pick(
            format!("{} is geen taal van deze site: kies \"nl\" of \"en\"", code(found)),
            format!("{} is not a language of this site: choose \"nl\" or \"en\"", code(found)),
        ),
        Kind::PlaceholderOnce => pick(
            "de tekst moet precies één keer {value} bevatten, waar het getal komt".into(),
            "the text must contain {value} exactly once, where the figure goes".into(),
        ),
        Kind::NoSuchIndicator { id, near } => {
            let guess = suggestion(near.as_deref(), "", lang);
            pick(
                format!("geen indicator heeft het id {}{guess}", code(id)),
                format!("no indicator has the id {}{guess}", code(id)),
            )
        }
        Kind::AnchorEmpty => pick(
            "een link binnen de pagina heeft een id na '#' nodig".into(),
            "a link within the page needs an id after '#'".into(),
        ),
        Kind::AnchorNowhere { target, near } => {
            let guess = suggestion(near.as_deref(), "", lang);
            pick(
                format!("de link naar \"#{target}\" leidt nergens heen: geen resultaatgebied, indicator of project heeft het id {}{guess}", code(target)),
                format!("the link to \"#{target}\" leads nowhere: no result area, indicator or project has the id {}{guess}", code(target)),
            )
        }
        Kind::NoBundles => pick(
            "de catalogus noemt geen bundels".into(),
            "the catalog lists no bundles".into(),
        ),
        Kind::ThemeIdCharacters { id } => pick(
            format!("het thema-id {} mag niet leeg zijn en alleen a-z, 0-9 en '-' bevatten", code(id)),
            format!("the theme id {} must not be empty and may only use a-z, 0-9 and '-'", code(id)),
        ),
        Kind::YearOutOfRange { year } => pick(
            format!("het jaar {year} ligt niet tussen 1990 en 2100"),
            format!("the year {year} is not between 1990 and 2100"),
        ),
        Kind::UnsafePath { path, fault } => {
            use crate::address::PathFault as F;
            let why = match (fault, nl) {
                (F::Empty, true) => "is leeg".to_string(),
                (F::Empty, false) => "is empty".into(),
                (F::ControlCharacter, true) => "bevat een stuurteken".into(),
                (F::ControlCharacter, false) => "contains a control character".into(),
                (F::Backslash, true) => "bevat een backslash; gebruik '/'".into(),
                (F::Backslash, false) => "contains a backslash; use '/'".into(),
                (F::Scheme, true) => "bevat ':'; adressen met een schema (https:, javascript:, data:…) zijn niet toegestaan".into(),
                (F::Scheme, false) => "contains ':'; addresses with a scheme (https:, javascript:, data:…) are not allowed".into(),
                (F::DoubleSlash, true) => "bevat \"//\", wat naar een andere site zou leiden".into(),
                (F::DoubleSlash, false) => "contains \"//\", which would lead to another site".into(),
                (F::DotDot, true) => "bevat \"..\"".into(),
                (F::DotDot, false) => "contains \"..\"".into(),
                (F::Percent, true) => "bevat '%'; schrijf de tekens zelf".into(),
                (F::Percent, false) => "contains '%'; write the characters themselves".into(),
                (F::Space, true) => "bevat een spatie".into(),
                (F::Space, false) => "contains a space".into(),
                (F::Absolute, true) => "moet relatief zijn (zonder '/' vooraan)".into(),
                (F::Absolute, false) => "must be relative (no leading '/')".into(),
                (F::NotJson, true) => "moet een bestand noemen dat op \".json\" eindigt".into(),
                (F::NotJson, false) => "must name a file ending in \".json\"".into(),
            };
            pick(format!("het pad {} {why}", code(path)), format!("the path {} {why}", code(path)))
        }
        Kind::ListedTwice {
            theme,
            year,
            language,
            first,
        } => pick(
            format!("thema {}, jaar {year}, taal {} staat al in de catalogus, bij bundles[{first}]", code(theme), code(language)),
            format!("theme {}, year {year}, language {} is listed already, at bundles[{first}]", code(theme), code(language)),
        ),
        Kind::NotText(what) => {
            let (dutch, english) = match what {
                FileKind::Png => ("een PNG-afbeelding", "a PNG image"),
                FileKind::Jpeg => ("een JPEG-afbeelding", "a JPEG image"),
                FileKind::Gif => ("een GIF-afbeelding", "a GIF image"),
                FileKind::Pdf => ("een PDF-document", "a PDF document"),
                FileKind::Zip => ("een ZIP-archief (of een Word- of Excelbestand)", "a ZIP archive (or a Word or Excel file)"),
                FileKind::OldOffice => ("een oud Word- of Excelbestand", "an old Word or Excel file"),
                FileKind::Utf16 => ("UTF-16-tekst; sla het bestand op als UTF-8", "UTF-16 text; save the file as UTF-8"),
            };
            pick(
                format!("dit is {dutch}, geen resultatenbundel (een JSON-tekstbestand)"),
                format!("this is {english}, not a results bundle (a JSON text file)"),
            )
        }
        Kind::NotUtf8 => pick(
            "dit is geen UTF-8-tekst: sla het bestand op als UTF-8".into(),
            "this is not UTF-8 text: save the file as UTF-8".into(),
        ),
        Kind::IsCatalog => pick(
            "dit is een catalogus (die noemt bundels), geen bundel".into(),
            "this is a catalog (it lists bundles), not a bundle".into(),
        ),
        Kind::Unreadable => pick(
            "het bestand kon niet gelezen worden: kies het opnieuw".into(),
            "the file could not be read: choose it again".into(),
        ),
        Kind::OnlyIn { lang: present, not_in } => pick(
            format!("staat in de {} bundel, ontbreekt in de {}", adjective(*present, lang), adjective(*not_in, lang)),
            format!("in the {} file, missing in the {} file", adjective(*present, lang), adjective(*not_in, lang)),
        ),
        Kind::Differs { what, values, langs } => {
            let (la, lb) = (adjective(langs[0], lang), adjective(langs[1], lang));
            let [a, b] = values.clone().map(|v| match what {
                Compared::Type => json_type(&v, lang).to_string(),
                _ => v,
            });
            let (dutch, english) = match what {
                Compared::Items => ("aantal items", "number of items"),
                Compared::Number => ("getal", "number"),
                Compared::YesNo => ("waarde", "value"),
                Compared::Id => ("id", "id"),
                Compared::InPageLink => ("link binnen de pagina", "in-page link"),
                Compared::Fixed => ("vaste waarde", "fixed value"),
                Compared::Type => ("soort waarde", "kind of value"),
                Compared::TextNumbers => ("getallen in de tekst", "numbers in the text"),
            };
            pick(
                format!("{dutch}: {a} in de {la} bundel, {b} in de {lb}; dit moet in beide talen gelijk zijn"),
                format!("{english}: {a} in the {la} file, {b} in the {lb} file; it must be the same in both languages"),
            )
        }
        Kind::NotCompared { with_problems } => pick(
            format!("vertaling niet vergeleken: de {} bundel heeft problemen; los die eerst op", adjective(*with_problems, lang)),
            format!("translation not compared: the {} bundle has problems; solve those first", adjective(*with_problems, lang)),
        ),
        Kind::NoBundleFile { file } => pick(
            format!("er is geen bundel op {}", code(file)),
            format!("there is no bundle at {}", code(file)),
        ),
        Kind::CatalogDiffers { file, fields } => {
            let each = |field: &str, listed: &str, found: &str| {
                let (f_nl, f_en) = match field {
                    "theme" => ("thema", "theme"),
                    "year" => ("jaar", "year"),
                    "language" => ("taal", "language"),
                    _ => ("titel", "title"),
                };
                if nl {
                    format!("{f_nl} {listed}, de bundel {found}")
                } else {
                    format!("{f_en} {listed}, the bundle {found}")
                }
            };
            let all: Vec<String> = fields.iter().map(|(f, a, b)| each(f, a, b)).collect();
            pick(
                format!("de catalogus zegt {} ({}): maak ze gelijk", all.join("; "), code(file)),
                format!("the catalog says {} ({}): make them the same", all.join("; "), code(file)),
            )
        }
        Kind::SeriesChangesUnit {
            key,
            year,
            now,
            other_year,
            before,
        } => pick(
            format!("de reeks {} telt in {year} {now}, maar in {other_year} {before}: een reeks houdt haar eenheid, maat en wat ze telt", code(key)),
            format!("the series {} counts {now} in {year} but {before} in {other_year}: a series keeps its unit, measure and what it counts", code(key)),
        ),
    }
}

/// The message on its own, as a sentence: its first letter a capital.
/// (`check-bundle` writes it after the path, as it is.)
pub fn sentence(kind: &Kind, path: &str, lang: Lang) -> String {
    let text = text(kind, path, lang);
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => text,
    }
}

/// A value as editors write it in the file: between backticks.
fn code(value: &str) -> String {
    format!("`{value}`")
}

/// The field a path ends in: `status` for `…indicators[0].status`.
fn field_of(path: &str) -> &str {
    let last = path.rsplit('.').next().unwrap_or(path);
    last.split('[').next().unwrap_or(last)
}

/// "`on_track` (Op schema), `off_track` (Niet op schema) of `no_data`
/// (Geen gegevens)": the allowed words, each with the page's label for it.
fn words(allowed: &[String], field: &str, lang: Lang) -> String {
    let each: Vec<String> = allowed.iter().map(|w| labelled(w, field, lang)).collect();
    listed(&each, lang)
}

/// A value with the page's label for it, where the page has one.
fn labelled(value: &str, field: &str, lang: Lang) -> String {
    match label(value, field, lang) {
        Some(l) => format!("{} ({l})", code(value)),
        None => code(value),
    }
}

/// What the page shows for a fixed value of `field`, if it shows a word.
pub fn label(value: &str, field: &str, lang: Lang) -> Option<&'static str> {
    let nl = lang == Lang::Nl;
    let status = |s| Some(status_label(s, lang));
    match (field, value) {
        ("status", "on_track") => status(Status::OnTrack),
        ("status", "partly_on_track") => status(Status::PartlyOnTrack),
        ("status", "off_track") => status(Status::OffTrack),
        ("status", "no_data") => status(Status::NoData),
        ("measure", "count") => Some(if nl { "aantal" } else { "count" }),
        ("measure", "percentage") => Some("percentage"),
        ("kind", "photo") => Some(if nl { "foto" } else { "photo" }),
        ("kind", "video") => Some("video"),
        ("kind", "bars") => Some(if nl { "staven" } else { "bars" }),
        ("kind", "comparison") => Some(if nl { "vergelijking" } else { "comparison" }),
        ("kind", "steps") => Some(if nl { "stappen" } else { "steps" }),
        ("kind", "diverging") => Some(if nl { "rond nul" } else { "around zero" }),
        ("dimension", "sex") => Some(if nl { "geslacht" } else { "sex" }),
        ("dimension", "group") => Some(if nl { "groep" } else { "group" }),
        ("dimension", "country") => Some(if nl { "land" } else { "country" }),
        ("alternative", "print") => Some(if nl { "afdrukken" } else { "print" }),
        ("type", "paragraph") => Some(if nl { "alinea" } else { "paragraph" }),
        ("type", "heading") => Some(if nl { "kopje" } else { "heading" }),
        ("type", "list") => Some(if nl { "lijst" } else { "list" }),
        ("type", "text") => Some(if nl { "tekst" } else { "text" }),
        ("type", "link") => Some("link"),
        _ => None,
    }
}

/// "; bedoelde u `x` (label)?", or nothing.
fn suggestion(near: Option<&str>, field: &str, lang: Lang) -> String {
    match (near, lang) {
        (Some(w), Lang::Nl) => format!("; bedoelde u {}?", labelled(w, field, lang)),
        (Some(w), Lang::En) => format!("; did you mean {}?", labelled(w, field, lang)),
        (None, _) => String::new(),
    }
}

/// "a, b of c" / "a, b or c".
fn listed(items: &[String], lang: Lang) -> String {
    let or = if lang == Lang::Nl { "of" } else { "or" };
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
    }
}

fn quoted(words: &[&str], lang: Lang) -> String {
    let each: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    listed(&each, lang)
}

/// What the format wants, in words.
fn expected_text(expected: &Expected, field: &str, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    match expected {
        Expected::Number => if nl {
            "een getal zoals 240000 (zonder aanhalingstekens en zonder punten voor de duizendtallen)"
        } else {
            "a number such as 240000 (no quotes, no thousands separators)"
        }
        .into(),
        Expected::WholeNumber => if nl { "een geheel getal zoals 2019 (zonder aanhalingstekens)" } else { "a whole number such as 2019 (no quotes)" }.into(),
        Expected::Text => if nl { "tekst tussen aanhalingstekens" } else { "text in quotes" }.into(),
        Expected::YesNo => if nl { "true of false" } else { "true or false" }.into(),
        Expected::List => if nl { "een lijst [ … ]" } else { "a list [ … ]" }.into(),
        Expected::Object => if nl { "een object { … }" } else { "an object { … }" }.into(),
        Expected::TypedObject => if nl { "een object met een \"type\" { \"type\": … }" } else { "an object with a \"type\" { \"type\": … }" }.into(),
        Expected::OneOf(words_allowed) => {
            let list = words(words_allowed, field, lang);
            if nl { format!("een van {list}") } else { format!("one of {list}") }
        }
        Expected::Other(what) => what.clone(),
    }
}

/// What was found, as serde names it (`string "12.500"`, `integer 7`),
/// in words.
fn found_text(found: &str, lang: Lang) -> String {
    let nl = lang == Lang::Nl;
    let (head, rest) = found.split_once(' ').unwrap_or((found, ""));
    let rest = rest.trim_matches('`');
    let word = match (head, nl) {
        ("string", true) => "de tekst",
        ("string", false) => "the text",
        ("integer" | "floating", true) => "het getal",
        ("integer" | "floating", false) => "the number",
        ("boolean", true) | ("boolean", false) => "",
        ("null", true) => return "null (leeg)".into(),
        ("null", false) => return "null (empty)".into(),
        ("map", true) => return "een object { … }".into(),
        ("map", false) => return "an object { … }".into(),
        ("sequence", true) => return "een lijst [ … ]".into(),
        ("sequence", false) => return "a list [ … ]".into(),
        _ => return found.to_string(),
    };
    let value = rest.strip_prefix("point ").unwrap_or(rest);
    if word.is_empty() {
        value.to_string()
    } else {
        format!("{word} {value}")
    }
}

fn not_json(how: &NotJson, nl: bool) -> String {
    let (dutch, english): (&str, &str) = match how {
        NotJson::Empty => ("het bestand is leeg: er staat geen tekst in", "the file is empty: there is no text at all"),
        NotJson::List => ("een bundel is een JSON-object { … }, geen lijst [ … ]", "a bundle is a JSON object { … }, not a list [ … ]"),
        NotJson::Html => ("dit is HTML of XML, geen JSON: misschien een foutpagina", "this is HTML or XML, not JSON: perhaps an error page"),
        NotJson::CutOff => ("de tekst houdt op voordat de JSON compleet is: is het bestand afgebroken?", "the text ends before the JSON is complete: is the file cut off?"),
        NotJson::FieldNameUnquoted => ("hier hoort een veldnaam tussen aanhalingstekens; staat er vlak ervoor een komma te veel?", "a field name in quotes belongs here; is there a comma too many just before it?"),
        NotJson::TrailingComma => ("er staat een komma te veel voor de sluitende haak: haal die weg", "there is a comma too many before the closing bracket: remove it"),
        NotJson::ExpectedCommaOrEnd => ("hier hoort een komma of een sluitende haak: ontbreekt er een komma?", "a comma or a closing bracket belongs here: is a comma missing?"),
        NotJson::ExpectedColon => ("na een veldnaam hoort een dubbele punt ':'", "a colon ':' belongs after a field name"),
        NotJson::ExpectedValue => ("hier hoort een waarde: tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst of een object", "a value belongs here: text in double quotes, a number, true, false, null, a list or an object"),
        NotJson::BadNumber => ("dit getal kan JSON niet lezen: schrijf het zoals 240000 of 2.5", "JSON cannot read this number: write it as 240000 or 2.5"),
        NotJson::ControlCharacter => ("in een tekst staat een tab of een regeleinde: schrijf \\t of \\n", "a text holds a tab or a line break: write \\t or \\n"),
        NotJson::BadEscape => ("een backslash in een tekst begint hier niets geldigs: schrijf \\\\ voor een backslash", "a backslash in a text starts nothing valid here: write \\\\ for a backslash"),
        NotJson::NotObject => ("een bundel is een JSON-object { … }, maar deze tekst begint anders", "a bundle is a JSON object { … }, but this text starts otherwise"),
        NotJson::TrailingText => ("na de JSON staat nog tekst: haal die weg", "there is more text after the JSON: remove it"),
        NotJson::TooDeep => ("de JSON is te diep genest", "the JSON is nested too deeply"),
        NotJson::Other(what) => {
            return if nl {
                format!("dit is geen geldige JSON ({what})")
            } else {
                format!("this is not valid JSON ({what})")
            };
        }
    };
    if nl { dutch } else { english }.to_string()
}

/// A JSON type's name (`crate::json::kind_name`) in words.
fn json_type(name: &str, lang: Lang) -> &str {
    match (name, lang) {
        ("string", Lang::Nl) => "tekst",
        ("string", Lang::En) => "text",
        ("number", Lang::Nl) => "getal",
        ("boolean", _) => "true/false",
        ("array", Lang::Nl) => "lijst",
        ("array", Lang::En) => "list",
        (other, _) => other,
    }
}

/// "Nederlandse" / "Dutch": a language as the files are named.
fn adjective(of: Lang, lang: Lang) -> &'static str {
    match (of, lang) {
        (Lang::Nl, Lang::Nl) => "Nederlandse",
        (Lang::En, Lang::Nl) => "Engelse",
        (Lang::Nl, Lang::En) => "Dutch",
        (Lang::En, Lang::En) => "English",
    }
}

/// Bytes as megabytes with one decimal: 20,0 MB / 20.0 MB.
fn megabytes(bytes: u64, lang: Lang) -> String {
    let text = format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0));
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text,
    }
}
