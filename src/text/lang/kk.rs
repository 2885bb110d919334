//! Kazakh (қазақ тілі): every string the widget shows, by key, in Cyrillic script. A key
//! missing here falls back to English (src/text/lang/en.rs). Plural forms: `_one` and
//! `_other`; a noun after a numeral stays singular. Dates match `Intl.DateTimeFormat("kk")`.

crate::text::keys::translation! {
    // The header and filters.
    categories: "Санаттар",
    all: "Барлығы",
    search: "Оқиғаларды іздеу",
    list_view: "Тізім",
    copy_link: "Сілтемені көшіру",
    link_copied: "Сілтеме көшірілді",
    // Дәйексөз.
    cite: "Дәйексөз",
    citation_style: "Дәйексөз стилі",
    citation_copied: "Дәйексөз көшірілді",
    copy_citations: "Дәйексөздерді көшіру",
    citations_copied: "Дәйексөздер көшірілді",
    copy_by_hand: "Бұл бет өзі көшіре алмайды: төмендегі мәтін белгіленді, оны Ctrl+C (⌘C) арқылы көшіріңіз.",
    download_csv: "CSV жүктеп алу",
    download_json: "JSON жүктеп алу",
    category_political: "Саясат",
    category_military: "Қорғаныс",
    category_trade: "Сауда",
    category_education: "Білім",
    // The same names inside a sentence.
    in_sentence_political: "саясат",
    in_sentence_military: "қорғаныс",
    in_sentence_trade: "сауда",
    in_sentence_education: "білім",
    // "Сауда (7)": a category toggle's accessible name.
    category_count: "{category} ({n})",
    // The legend.
    legend: "Даталар қалай көрсетілген",
    exact_day: "Нақты күн",
    vague_date: "Тек айы немесе жылы белгілі",
    planned: "Жоспарланған",
    // Counts.
    events_one: "{n} оқиға",
    events_other: "{n} оқиға",
    sources_one: "{n} дереккөз",
    sources_other: "{n} дереккөз",
    // Under the heading: "1991–2022: 29 оқиға, 2 дереккөз. …".
    description: "{years}: {events}, {sources}. Әр оқиға өз дереккөзінен алынған дәйексөзге негізделген.",
    // A screen reader hears this as the filters change: "12 оқиға көрсетілді".
    shown: "{events} көрсетілді",
    // The empty state. Category names are in the nominative, lower case.
    nothing_all_off: "Көрсететін оқиға жоқ: барлық санат өшірілген.",
    nothing_in: "Көрсететін оқиға жоқ: {categories} бойынша ештеңе табылмады.",
    no_match: "«{query}» сұрауы бойынша оқиға табылмады ({categories}).",
    no_categories: "санат жоқ",
    // Lists in a sentence: "саясат, сауда және білім".
    list_separator: ", ",
    list_and: " және ",
    show_all_events: "Барлық оқиғаны көрсету",
    // The track's toolbar and plot.
    zoom: "Масштаб",
    zoom_in: "Үлкейту",
    zoom_in_hint: "Үлкейту (+)",
    zoom_out: "Кішірейту",
    zoom_out_hint: "Кішірейту (−)",
    show_all: "Барлығын көрсету",
    show_all_hint: "Бүкіл кезеңді көрсету (0)",
    gestures_hint: "Масштабтау үшін айналдырыңыз немесе екі саусақпен қысыңыз, жылжыту үшін сүйреңіз",
    track: "Хронология: бағыт пернелері — жылжыту, плюс пен минус — масштаб, 0 — бәрін көрсету",
    events: "Оқиғалар",
    // A mark's accessible name, and the date line of its tip.
    mark_name: "{title}, {when}",
    mark_name_planned: "{title}, {when}, жоспарланған",
    tip_planned: "{when} · жоспарланған",
    // A cluster's accessible name: "5 оқиға, {when}: сауда — 3, білім — 2. Көру үшін …".
    cluster_name: "{events}, {when}: {parts}. Көру үшін үлкейтіңіз.",
    cluster_part: "{category} — {n}",
    // The list view.
    events_in_view: "Көрінетін кезеңдегі оқиғалар",
    list_summary: "Көрінетін кезеңде: {events}, уақыт ретімен",
    list_more: " (алғашқы {n}: қалғанын көру үшін үлкейтіңіз немесе іздеңіз)",
    planned_suffix: " (жоспарланған)",
    undated: "Дереккөздерде күні көрсетілмеген",
    eras: "Кезеңдер",
    // The details.
    close_details: "Мәліметтерді жабу",
    happened: "Орын алған",
    source: "Дереккөз",
    sources: "Дереккөздер",
    previous: "← Алдыңғы",
    next: "Келесі →",
    quoted: "«{quote}»",
    trade_figure: "Сауда көлемі: {amount}",
    usd: "{n} АҚШ доллары",
    usd_million: "{n} млн АҚШ доллары",
    usd_billion: "{n} млрд АҚШ доллары",
    // While the data loads, and when it cannot be shown.
    loading: "Хронология жүктелуде…",
    cannot_show: "Хронологияны көрсету мүмкін емес",
    // Numbers: 1 234 567,5 (a no-break space between groups), as Intl.NumberFormat("kk").
    group_separator: "\u{a0}",
    decimal_separator: ",",
    // Dates, never more precise than known: "1992 ж. 24 ақпан", "1992 ж. ақпан", "1992";
    // a period: "1992–1994". Plain spaces, as Intl.DateTimeFormat("kk") gives.
    date_day: "{year} ж. {day} {month}",
    date_month: "{year} ж. {month}",
    date_year: "{year}",
    range: "{from}–{to}",
    // Month names as `date_month` uses them ("1992 ж. ақпан"): lower case.
    month_1: "қаңтар",
    month_2: "ақпан",
    month_3: "наурыз",
    month_4: "сәуір",
    month_5: "мамыр",
    month_6: "маусым",
    month_7: "шілде",
    month_8: "тамыз",
    month_9: "қыркүйек",
    month_10: "қазан",
    month_11: "қараша",
    month_12: "желтоқсан",
    // Month names as `date_day` uses them ("1992 ж. 24 ақпан"): the same forms.
    month_of_1: "қаңтар",
    month_of_2: "ақпан",
    month_of_3: "наурыз",
    month_of_4: "сәуір",
    month_of_5: "мамыр",
    month_of_6: "маусым",
    month_of_7: "шілде",
    month_of_8: "тамыз",
    month_of_9: "қыркүйек",
    month_of_10: "қазан",
    month_of_11: "қараша",
    month_of_12: "желтоқсан",
    // The axis's short month names (Intl, month: "short").
    mon_1: "қаң.",
    mon_2: "ақп.",
    mon_3: "нау.",
    mon_4: "сәу.",
    mon_5: "мам.",
    mon_6: "мау.",
    mon_7: "шіл.",
    mon_8: "там.",
    mon_9: "қыр.",
    mon_10: "қаз.",
    mon_11: "қар.",
    mon_12: "жел.",
}
