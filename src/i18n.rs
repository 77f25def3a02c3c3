//! Interface text in Dutch and English. Bundle text is never here: it comes
//! in the bundle's own language.

use crate::bundle::Status;

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
        if tag.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("en")) {
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

/// Every interface string, per language.
pub struct Strings {
    pub site_name: &'static str,
    pub skip_link: &'static str,
    pub results_for_year: &'static str,
    pub highlights: &'static str,
    pub highlights_chart_title: &'static str,
    pub resources: &'static str,
    pub introduction: &'static str,
    pub result_areas: &'static str,
    pub open_area: &'static str,
    pub close_area: &'static str,
    /// The end of an open area: the link back to the list of areas.
    pub back_to_result_areas: &'static str,
    /// The start of an open area on a phone: its indicators.
    pub in_this_area: &'static str,
    pub open_all: &'static str,
    pub close_all: &'static str,
    pub print: &'static str,
    pub print_hint: &'static str,
    pub print_instead: &'static str,
    pub results: &'static str,
    pub indicator: &'static str,
    pub progress: &'static str,
    pub value: &'static str,
    pub no_value: &'static str,
    pub period: &'static str,
    pub what_it_measures: &'static str,
    pub area_chart_title: &'static str,
    pub target: &'static str,
    pub background: &'static str,
    pub outlook: &'static str,
    pub spending: &'static str,
    pub spending_unavailable: &'static str,
    /// Before the spending note when there are no figures: the note
    /// explains figures the page does not show.
    pub spending_note_intro: &'static str,
    pub video: &'static str,
    pub source: &'static str,
    pub partner: &'static str,
    pub country: &'static str,
    pub reporting_period: &'static str,
    /// After the header's reporting period: it is the text's own, and not
    /// the period of every figure (some state none, spending is a
    /// calendar year).
    /// The current value's row in a comparison when the indicator states
    /// no period: the theme's period would be a claim the report does not
    /// make.
    pub this_report: &'static str,
    pub last_updated: &'static str,
    pub chart: &'static str,
    pub loading: &'static str,
    pub error_title: &'static str,
    pub error_network: &'static str,
    pub error_timeout: &'static str,
    pub error_not_found: &'static str,
    pub error_server: &'static str,
    pub error_http: &'static str,
    pub error_content: &'static str,
    pub error_version: &'static str,
    pub error_empty: &'static str,
    pub error_content_type: &'static str,
    pub error_too_large: &'static str,
    pub overview_title: &'static str,
    pub overview_intro: &'static str,
    pub overview_empty: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub to_overview: &'static str,
    pub language_switch: &'static str,
    /// The year switch's name: the years this theme is published in.
    pub year_switch: &'static str,
    pub draft_notice: &'static str,
    pub over_the_years: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub copy_by_hand: &'static str,
    pub copy_link_address: &'static str,
    pub page: &'static str,
    pub photo_not_here: &'static str,
    pub video_not_here: &'static str,
    /// A video the text refers to ("Bovenstaande video …") that has neither
    /// file, caption nor credit here: without this line the reference
    /// points at nothing.
    pub video_absent: &'static str,
    pub links_not_here: &'static str,
    pub resources_at_top: &'static str,
    pub resources_at_end: &'static str,
    pub years_loading: &'static str,
    pub loading_short: &'static str,
    pub not_available: &'static str,
    pub other_unit: &'static str,
    pub years_failed: &'static str,
    pub years_other_unit: &'static str,
    pub years_nothing: &'static str,
    pub only_in: &'static str,
    pub retry: &'static str,
    pub details: &'static str,
    pub footer: &'static str,
    pub footer_nav: &'static str,
    /// A piece on its own (`only=`): the link to the whole page, and an id
    /// that names no chart or area.
    pub piece_full_page: &'static str,
    pub piece_not_found: &'static str,
    pub piece_not_found_body: &'static str,
    /// "Insluiten": the link to the page with the snippets that embed a
    /// chart or an area ([`EmbedStrings`]), and the whole page's.
    pub embed: &'static str,
    pub embed_page: &'static str,
    pub breadcrumb: &'static str,
    // Charts: tables, CSV downloads and accessible summaries.
    pub result_area: &'static str,
    pub area_id: &'static str,
    pub indicator_id: &'static str,
    pub status: &'static str,
    pub unit: &'static str,
    pub measure: &'static str,
    pub measure_count: &'static str,
    pub measure_percentage: &'static str,
    pub previous_period: &'static str,
    pub previous_value: &'static str,
    pub baseline: &'static str,
    pub baseline_period: &'static str,
    pub baseline_value: &'static str,
    pub label_column: &'static str,
    pub step: &'static str,
    pub breakdown: &'static str,
    /// The highlights chart: the column of what each group counts, and a
    /// highlight it cannot draw.
    pub counts: &'static str,
    pub not_drawn: &'static str,
    /// The CSV's column of figures as the page states them.
    pub as_stated: &'static str,
    pub by_sex: &'static str,
    pub by_group: &'static str,
    pub by_country: &'static str,
    pub change_rose: &'static str,
    pub change_fell: &'static str,
    pub change_same: &'static str,
    pub funnel: &'static str,
    /// The chart's two-state switch: its group name and its two views.
    pub chart_view: &'static str,
    pub view_chart: &'static str,
    pub view_table: &'static str,
    /// The highlights' two views, and the link past them.
    pub as_tiles: &'static str,
    pub as_chart: &'static str,
    pub to_result_areas: &'static str,
    pub download_csv: &'static str,
    pub download_svg: &'static str,
    pub download_all_indicators: &'static str,
    pub indicators_file: &'static str,
    /// The page's language as a locale, for dates (`public/loader.js`
    /// prints the date of printing in it).
    pub locale: &'static str,
    /// In the print margin, before the date of printing.
    pub printed_on: &'static str,
    /// What the app-only address says without script, and when the app
    /// cannot start (index.html's boot screen, written by the build).
    pub needs_script: &'static str,
    pub cannot_start: &'static str,
}

pub static NL: Strings = Strings {
    site_name: "Resultatenrapportage ontwikkelingssamenwerking",
    skip_link: "Naar de hoofdinhoud",
    results_for_year: "Resultaten",
    highlights: "Uitgelichte resultaten",
    highlights_chart_title: "Uitgelichte resultaten (afgeronde aantallen, zoals vermeld)",
    resources: "Aanvullende bronnen",
    introduction: "Inleiding",
    result_areas: "Resultaatgebieden",
    open_area: "Resultaatgebied openen",
    close_area: "Resultaatgebied sluiten",
    back_to_result_areas: "Terug naar de resultaatgebieden",
    in_this_area: "In dit resultaatgebied",
    open_all: "Alles openen",
    close_all: "Alles sluiten",
    print: "Print / opslaan als PDF",
    print_hint: "Drukt deze pagina af met alle resultaatgebieden open. Kies in het printvenster \u{201c}Opslaan als PDF\u{201d} om een PDF-bestand te maken.",
    print_instead: "Het PDF-document is niet beschikbaar in deze publicatie. U kunt deze pagina zelf printen of als PDF opslaan: dat geeft alleen deze pagina, dit ene thema, en niet het overzicht met alle resultaten.",
    results: "Resultaten",
    indicator: "Indicator",
    progress: "Voortgang",
    value: "Waarde",
    no_value: "Geen waarde vermeld in de rapportage",
    period: "Periode",
    what_it_measures: "Wat meet deze indicator?",
    area_chart_title: "Indicatoren in dit resultaatgebied",
    target: "Doel",
    background: "Achtergrond",
    outlook: "Blik op de toekomst",
    spending: "Uitgaven per kanaal",
    spending_unavailable: "Geen cijfers beschikbaar: de bedragen per kanaal zijn niet in deze publicatie opgenomen.",
    spending_note_intro: "De toelichting van het rapport bij deze ontbrekende cijfers:",
    video: "Video",
    source: "Bron",
    partner: "Partner",
    country: "Land",
    reporting_period: "Rapportageperiode",
    this_report: "Deze rapportage",
    last_updated: "Laatst bijgewerkt",
    chart: "Grafiek",
    loading: "De resultaten worden geladen…",
    error_title: "De resultaten kunnen nu niet worden getoond",
    error_network: "Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.",
    error_timeout: "De server reageert niet op tijd. Probeer het over een ogenblik opnieuw.",
    error_not_found: "Deze resultaten zijn niet gevonden.",
    error_server: "Er ging op de server iets mis. Probeer het later opnieuw.",
    error_http: "De server weigerde de resultaten te sturen.",
    error_content: "Het bestand met de resultaten is beschadigd of onvolledig. Probeer het later opnieuw.",
    error_version: "Het bestand met de resultaten is van een nieuwere versie dan deze pagina kan lezen. Herlaad de pagina.",
    error_empty: "Het bestand met de resultaten is leeg. Probeer het later opnieuw.",
    error_content_type: "De server stuurde iets anders dan de resultaten, bijvoorbeeld een foutpagina. Probeer het later opnieuw.",
    error_too_large: "Het bestand met de resultaten is groter dan {limit}, de grens voor deze pagina. Het is daarom niet geladen.",
    overview_title: "Resultaten per thema",
    overview_intro: "Kies een thema en een jaar om de resultaten van de Nederlandse ontwikkelingssamenwerking te bekijken.",
    overview_empty: "Er zijn nog geen resultaten gepubliceerd.",
    not_found_title: "Pagina niet gevonden",
    not_found_body: "Voor dit thema, dit jaar of deze taal zijn geen resultaten gepubliceerd. Misschien is het adres niet volledig.",
    to_overview: "Naar het overzicht van alle thema\u{2019}s",
    language_switch: "Andere taal",
    year_switch: "Jaren van dit thema",
    draft_notice: "Concept — niet gepubliceerd. Dit is een voorbeeld voor de redactie.",
    over_the_years: "Over de jaren",
    copy_link: "Link kopiëren",
    link_copied: "Link gekopieerd",
    copy_by_hand: "Kopiëren lukte niet: het adres staat geselecteerd hieronder. Kopieer het met Ctrl+C (Cmd+C op een Mac).",
    copy_link_address: "Adres van de link",
    page: "Pagina",
    photo_not_here: "Bij een foto die niet in deze publicatie staat",
    video_not_here: "Bij een video die niet in deze publicatie staat",
    video_absent: "De video waarnaar de tekst verwijst, staat niet in deze publicatie.",
    links_not_here: "De adressen van deze bronnen staan niet in deze publicatie.",
    resources_at_top: "bij het thema",
    resources_at_end: "downloads en links",
    years_loading: "De andere jaren worden geladen…",
    loading_short: "wordt geladen",
    not_available: "niet beschikbaar",
    other_unit: "andere eenheid ({unit})",
    years_failed: "De gegevens van {years} konden niet worden geladen. Die jaren staan niet in de grafiek.",
    years_other_unit: "{years} telt iets anders en staat daarom niet op dezelfde as.",
    years_nothing: "Er is voor deze indicator nog geen ander jaar met een waarde om mee te vergelijken.",
    only_in: "alleen in het {language}",
    retry: "Opnieuw proberen",
    details: "Technische details voor de redactie",
    footer: "Resultatenrapportage ontwikkelingssamenwerking van het Ministerie van Buitenlandse Zaken.",
    footer_nav: "Verder op deze site",
    piece_full_page: "Hele pagina",
    piece_not_found: "Dit onderdeel staat niet op de pagina",
    piece_not_found_body: "Er is geen grafiek of resultaatgebied met de naam",
    embed: "Insluiten",
    embed_page: "Pagina insluiten",
    breadcrumb: "Kruimelpad",
    result_area: "Resultaatgebied",
    area_id: "Resultaatgebied (id)",
    indicator_id: "Indicator (id)",
    status: "Status",
    unit: "Eenheid",
    measure: "Soort waarde",
    measure_count: "aantal",
    measure_percentage: "percentage",
    previous_period: "Vorige periode",
    previous_value: "Vorige waarde",
    baseline: "Nulmeting",
    baseline_period: "Nulmeting: periode",
    baseline_value: "Nulmeting: waarde",
    label_column: "Omschrijving",
    step: "Stap",
    breakdown: "Uitsplitsing",
    counts: "Telt",
    not_drawn: "niet in de grafiek: geen aantal",
    as_stated: "Zoals vermeld",
    by_sex: "Naar geslacht",
    by_group: "Naar groep",
    by_country: "Naar land",
    change_rose: "Gestegen van {from} naar {to}",
    change_fell: "Gedaald van {from} naar {to}",
    change_same: "Gelijk gebleven op {to}",
    funnel: "Van {from} naar {to}",
    chart_view: "Weergave",
    view_chart: "Grafiek",
    view_table: "Tabel",
    as_tiles: "Als tegels",
    as_chart: "Als grafiek",
    to_result_areas: "Direct naar de resultaatgebieden",
    download_csv: "Gegevens downloaden (CSV)",
    download_svg: "Grafiek downloaden (SVG)",
    download_all_indicators: "Alle indicatoren downloaden (CSV)",
    indicators_file: "indicatoren",
    locale: "nl-NL",
    printed_on: "Afgedrukt op",
    needs_script: "Deze pagina heeft JavaScript nodig om de resultaten te tonen.",
    cannot_start: "Deze pagina kon niet worden geladen. Probeer het later opnieuw of gebruik een recente browser.",
};

pub static EN: Strings = Strings {
    site_name: "Development cooperation results report",
    skip_link: "Skip to main content",
    results_for_year: "Results",
    highlights: "Highlighted results",
    highlights_chart_title: "Highlighted results (rounded numbers, as stated)",
    resources: "Additional resources",
    introduction: "Introduction",
    result_areas: "Result areas",
    open_area: "Open result area",
    close_area: "Close result area",
    back_to_result_areas: "Back to the result areas",
    in_this_area: "In this result area",
    open_all: "Open all",
    close_all: "Close all",
    print: "Print / save as PDF",
    print_hint: "Prints this page with every result area open. Choose \u{201c}Save as PDF\u{201d} in the print dialogue to make a PDF file.",
    print_instead: "The PDF document is not available in this publication. You can print this page or save it as a PDF: that gives only this page, this one theme, not the overview of all results.",
    results: "Results",
    indicator: "Indicator",
    progress: "Progress",
    value: "Value",
    no_value: "No value given in the report",
    period: "Period",
    what_it_measures: "What does this indicator measure?",
    area_chart_title: "Indicators in this result area",
    target: "Target",
    background: "Background",
    outlook: "Outlook",
    spending: "Spending per channel",
    spending_unavailable: "No figures available: the amounts per channel are not included in this publication.",
    spending_note_intro: "The report's note on these missing figures:",
    video: "Video",
    source: "Source",
    partner: "Partner",
    country: "Country",
    reporting_period: "Reporting period",
    this_report: "This report",
    last_updated: "Last updated",
    chart: "Chart",
    loading: "Loading the results…",
    error_title: "The results cannot be shown right now",
    error_network: "There is no connection to the server. Check your internet connection and try again.",
    error_timeout: "The server is not answering in time. Please try again in a moment.",
    error_not_found: "These results were not found.",
    error_server: "Something went wrong on the server. Please try again later.",
    error_http: "The server refused to send the results.",
    error_content: "The results file is damaged or incomplete. Please try again later.",
    error_version: "The results file is of a newer version than this page can read. Reload the page.",
    error_empty: "The results file is empty. Please try again later.",
    error_content_type: "The server sent something other than the results, such as an error page. Please try again later.",
    error_too_large: "The results file is larger than {limit}, the limit for this page, so it was not loaded.",
    overview_title: "Results by theme",
    overview_intro: "Choose a theme and a year to see the results of Dutch development cooperation.",
    overview_empty: "No results have been published yet.",
    not_found_title: "Page not found",
    not_found_body: "No results have been published for this theme, year or language. The address may be incomplete.",
    to_overview: "Go to the overview of all themes",
    language_switch: "Other language",
    year_switch: "Years of this theme",
    draft_notice: "Draft — not published. This is a preview for editors.",
    over_the_years: "Over the years",
    copy_link: "Copy link",
    link_copied: "Link copied",
    copy_by_hand: "Copying did not work: the address is selected below. Copy it with Ctrl+C (Cmd+C on a Mac).",
    copy_link_address: "Address of the link",
    page: "Page",
    photo_not_here: "With a photo that is not in this publication",
    video_not_here: "With a video that is not in this publication",
    video_absent: "The video the text refers to is not in this publication.",
    links_not_here: "The addresses of these resources are not in this publication.",
    resources_at_top: "on the theme",
    resources_at_end: "downloads and links",
    years_loading: "Loading the other years…",
    loading_short: "loading",
    not_available: "not available",
    other_unit: "other unit ({unit})",
    years_failed: "The data of {years} could not be loaded. Those years are not in the chart.",
    years_other_unit: "{years} counts something else and is therefore not on the same axis.",
    years_nothing: "There is no other year with a value to compare this indicator with yet.",
    only_in: "only in {language}",
    retry: "Try again",
    details: "Technical details for editors",
    footer: "Development cooperation results report of the Ministry of Foreign Affairs of the Netherlands.",
    footer_nav: "More on this site",
    piece_full_page: "Full page",
    piece_not_found: "This part is not on the page",
    piece_not_found_body: "There is no chart or result area called",
    embed: "Embed",
    embed_page: "Embed this page",
    breadcrumb: "Breadcrumb",
    result_area: "Result area",
    area_id: "Result area (id)",
    indicator_id: "Indicator (id)",
    status: "Status",
    unit: "Unit",
    measure: "Measure",
    measure_count: "count",
    measure_percentage: "percentage",
    previous_period: "Previous period",
    previous_value: "Previous value",
    baseline: "Baseline",
    baseline_period: "Baseline: period",
    baseline_value: "Baseline: value",
    label_column: "Description",
    step: "Step",
    breakdown: "Breakdown",
    counts: "Counts",
    not_drawn: "not in the chart: not a count",
    as_stated: "As stated",
    by_sex: "By sex",
    by_group: "By group",
    by_country: "By country",
    change_rose: "Rose from {from} to {to}",
    change_fell: "Fell from {from} to {to}",
    change_same: "Unchanged at {to}",
    funnel: "From {from} to {to}",
    chart_view: "View",
    view_chart: "Chart",
    view_table: "Table",
    as_tiles: "As tiles",
    as_chart: "As a chart",
    to_result_areas: "Straight to the result areas",
    download_csv: "Download data (CSV)",
    download_svg: "Download chart (SVG)",
    download_all_indicators: "Download all indicators (CSV)",
    indicators_file: "indicators",
    locale: "en-GB",
    printed_on: "Printed on",
    needs_script: "This page needs JavaScript to show the results.",
    cannot_start: "This page could not be loaded. Please try again later or use a recent browser.",
};

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

pub fn status_label(status: Status, lang: Lang) -> &'static str {
    match (lang, status) {
        (Lang::Nl, Status::OnTrack) => "Op schema",
        (Lang::Nl, Status::PartlyOnTrack) => "Deels op schema",
        (Lang::Nl, Status::OffTrack) => "Niet op schema",
        (Lang::Nl, Status::NoData) => "Geen gegevens",
        (Lang::En, Status::OnTrack) => "On track",
        (Lang::En, Status::PartlyOnTrack) => "Partly on track",
        (Lang::En, Status::OffTrack) => "Off track",
        (Lang::En, Status::NoData) => "No data",
    }
}

/// A short, language-neutral class suffix for a status badge.
pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::OnTrack => "on-track",
        Status::PartlyOnTrack => "partly-on-track",
        Status::OffTrack => "off-track",
        Status::NoData => "no-data",
    }
}

/// The editors' page (`?check`). Its problem messages are
/// `resultaten::check::messages`', in the page's language.
pub struct CheckStrings {
    pub footer_link: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub choose: &'static str,
    pub drop_hint: &'static str,
    pub reading: &'static str,
    pub no_problems: &'static str,
    pub problem_one: &'static str,
    pub problems_many: &'static str,
    pub line_column: &'static str,
    pub whole_file: &'static str,
    pub lines_of_file: &'static str,
    pub preview: &'static str,
    pub other_file: &'static str,
    pub translation: &'static str,
    pub difference_one: &'static str,
    pub differences_many: &'static str,
    pub no_differences: &'static str,
    pub in_file: &'static str,
}

const CHECK_NL: CheckStrings = CheckStrings {
    footer_link: "Voor redacteuren: bundel controleren",
    title: "Bundel controleren",
    intro: "Kies een of meer bundels (JSON-bestanden) op uw eigen computer. Elk probleem staat hieronder, met de regels eromheen. Kiest u een Nederlandse en een Engelse bundel van hetzelfde thema en jaar tegelijk, dan wordt ook de vertaling vergeleken. Een bundel zonder problemen kunt u als pagina bekijken.",
    privacy: "Uw bestanden blijven op uw computer: ze worden alleen in deze browser gelezen en nergens heen gestuurd. Er wordt niets bewaard: herlaadt u de pagina, dan is deze weer leeg.",
    choose: "Bundelbestanden kiezen (.json)",
    drop_hint: "Of sleep de bestanden naar dit vak.",
    reading: "De bestanden worden gelezen…",
    no_problems: "Geen problemen gevonden",
    problem_one: "1 probleem",
    problems_many: "{n} problemen",
    line_column: "Regel {line}, kolom {column}",
    whole_file: "Het hele bestand",
    lines_of_file: "Regels {first} tot en met {last} van {file}",
    preview: "Als pagina bekijken",
    other_file: "Ander bestand kiezen",
    translation: "Vertaling: {a} en {b}",
    difference_one: "1 verschil",
    differences_many: "{n} verschillen",
    no_differences: "Geen verschillen gevonden: de bestanden zijn elkaars vertaling.",
    in_file: "in",
};

const CHECK_EN: CheckStrings = CheckStrings {
    footer_link: "For editors: check a bundle",
    title: "Check a bundle",
    intro: "Choose one or more bundles (JSON files) on your own computer. Every problem is listed below, with the lines around it. Choose a Dutch and an English bundle of the same theme and year together, and the translation is compared too. A bundle without problems can be viewed as its page.",
    privacy: "Your files stay on your computer: they are read in this browser only and sent nowhere. Nothing is stored: when you reload the page, it is empty again.",
    choose: "Choose bundle files (.json)",
    drop_hint: "Or drag the files onto this box.",
    reading: "Reading the files…",
    no_problems: "No problems found",
    problem_one: "1 problem",
    problems_many: "{n} problems",
    line_column: "Line {line}, column {column}",
    whole_file: "The whole file",
    lines_of_file: "Lines {first} to {last} of {file}",
    preview: "View as a page",
    other_file: "Choose another file",
    translation: "Translation: {a} and {b}",
    difference_one: "1 difference",
    differences_many: "{n} differences",
    no_differences: "No differences found: the files are translations of each other.",
    in_file: "in",
};
/// The words of "Insluiten" (`?snippets=…`), the web editors' page in the
/// editors' app: how to put one piece of a theme page, or the whole page,
/// on another site. Plain words first; the policy lines for a site's
/// technical team in a part that opens on request.
pub struct EmbedStrings {
    /// Before the piece's name in the page's title: "Insluiten: …".
    pub title: &'static str,
    pub whole_page: &'static str,
    pub intro: &'static str,
    pub back: &'static str,
    pub iframe: &'static str,
    pub iframe_how: &'static str,
    pub iframe_without_script: &'static str,
    pub element: &'static str,
    pub element_how: &'static str,
    pub element_without_script: &'static str,
    /// An area's size on a phone: `{}` the height at 360 px.
    pub area_size: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub by_hand: &'static str,
    pub technical: &'static str,
    pub technical_intro: &'static str,
    pub technical_iframe: &'static str,
    pub technical_element: &'static str,
    pub technical_cors: &'static str,
    pub preview: &'static str,
    pub not_found: &'static str,
}

pub static EMBED_NL: EmbedStrings = EmbedStrings {
    title: "Insluiten",
    whole_page: "Deze hele pagina insluiten",
    intro: "Met deze code zet u dit onderdeel op een pagina van uw eigen website. Het blijft actueel: wat hier wordt bijgewerkt, ziet uw lezer ook.",
    back: "Terug naar",
    iframe: "Als kader (iframe)",
    iframe_how: "Plak beide regels op de plek waar het onderdeel moet komen. De eerste regel is het kader; de tweede is een klein script dat het kader precies zo hoog maakt als wat erin staat.",
    iframe_without_script: "Haalt uw website de tweede regel weg (sommige redactiesystemen doen dat met scripts), dan staat het kader er nog wel, maar op een vaste hoogte: wat daar niet in past, kan de lezer binnen het kader scrollen.",
    element: "In een element van uw pagina",
    element_how: "Plak beide regels op de plek waar het onderdeel moet komen. De eerste regel is een link naar dit onderdeel op onze site; de tweede is het script dat het onderdeel zelf op die plek zet.",
    element_without_script: "Haalt uw website de tweede regel weg, of kan het script niet laden, dan ziet de lezer alleen de link naar dit onderdeel op onze site.",
    area_size: "Op een telefoon (360 pixels breed) is dit resultaatgebied ongeveer {} pixels hoog. Wilt u iets kleiners: elke grafiek heeft zijn eigen \u{201c}Insluiten\u{201d}.",
    copy: "Kopiëren",
    copied: "Gekopieerd",
    by_hand: "Kopiëren lukte niet: de code staat geselecteerd. Kopieer hem met Ctrl+C (Cmd+C op een Mac).",
    technical: "Voor de technisch beheerder van uw website",
    technical_intro: "Werkt het onderdeel niet op uw pagina, dan blokkeert uw website waarschijnlijk andere sites met een Content-Security-Policy. Vraag de technisch beheerder dan om deze regels toe te voegen:",
    technical_iframe: "Voor het kader:",
    technical_element: "Voor het element:",
    technical_cors: "Het element haalt bovendien de bestanden van deze site op: de beheerders van deze site moeten uw website daarvoor toestaan (CORS). Het kader heeft dat niet nodig.",
    preview: "Zo ziet het eruit",
    not_found: "Dit onderdeel staat niet op de pagina",
};

pub static EMBED_EN: EmbedStrings = EmbedStrings {
    title: "Embed",
    whole_page: "Embed this whole page",
    intro: "With this code you put this part on a page of your own website. It stays up to date: what is updated here, your readers see too.",
    back: "Back to",
    iframe: "As a frame (iframe)",
    iframe_how: "Paste both lines where the part should go. The first line is the frame; the second is a small script that makes the frame exactly as tall as what it holds.",
    iframe_without_script: "If your website removes the second line (some content management systems do that with scripts), the frame is still there, but at a fixed height: what does not fit, readers can scroll inside the frame.",
    element: "In an element of your page",
    element_how: "Paste both lines where the part should go. The first line is a link to this part on our site; the second is the script that puts the part itself in its place.",
    element_without_script: "If your website removes the second line, or the script cannot load, readers only see the link to this part on our site.",
    area_size: "On a phone (360 pixels wide) this result area is about {} pixels tall. For something smaller: each chart has its own \u{201c}Embed\u{201d}.",
    copy: "Copy",
    copied: "Copied",
    by_hand: "Copying did not work: the code is selected. Copy it with Ctrl+C (Cmd+C on a Mac).",
    technical: "For your website's technical team",
    technical_intro: "If the part does not work on your page, your website probably blocks other sites with a Content-Security-Policy. Ask its technical team to add these lines:",
    technical_iframe: "For the frame:",
    technical_element: "For the element:",
    technical_cors: "The element also fetches this site's files: this site's team must allow your website to do so (CORS). The frame does not need that.",
    preview: "What it looks like",
    not_found: "This part is not on the page",
};

/// The words of "Insluiten" in `lang`.
pub fn embed_strings(lang: Lang) -> &'static EmbedStrings {
    match lang {
        Lang::Nl => &EMBED_NL,
        Lang::En => &EMBED_EN,
    }
}

/// The editors' page's text in `lang`.
pub fn check_strings(lang: Lang) -> &'static CheckStrings {
    match lang {
        Lang::Nl => &CHECK_NL,
        Lang::En => &CHECK_EN,
    }
}

/// "1 probleem", "8 problemen": `one` for 1, `many` with `{n}` otherwise.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        one.to_string()
    } else {
        many.replace("{n}", &n.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("nl"), Lang::Nl);
        assert_eq!(Lang::from_tag("x"), Lang::Nl);
        assert_eq!(Lang::from_tag(""), Lang::Nl);
    }

    #[test]
    fn seed_labels_are_the_dutch_interface_text() {
        assert_eq!(NL.open_area, "Resultaatgebied openen");
        assert_eq!(NL.progress, "Voortgang");
        assert_eq!(status_label(Status::OnTrack, Lang::Nl), "Op schema");
        assert_eq!(status_label(Status::OnTrack, Lang::En), "On track");
    }
}
