//! English: every string the widget shows, by key. The reference language: its keys are
//! the keys (this list makes `Key` and `TABLE`), and a language that lacks a key shows
//! the English text instead.
//!
//! `{name}` marks a value put in (a number, a date, a title); keep each one a
//! translation's sentence needs. Plural forms: `_one`, `_few`, `_many` and `_other`, as
//! the language's plural rules name them (`src/text/lang/mod.rs`); English has `_one` and
//! `_other`.

crate::text::keys::keys! {
    // The header and filters.
    categories: "Categories",
    all: "All",
    search: "Search events",
    list_view: "List view",
    lanes_by_category: "Lanes by category",
    copy_link: "Copy link",
    link_copied: "Link copied",
    // Citing: the details' Cite button and its style menu, the list's Copy citations,
    // and what they say when done or when the page may not copy.
    cite: "Cite",
    citation_style: "Citation style",
    citation_copied: "Citation copied",
    copy_citations: "Copy citations",
    citations_copied: "Citations copied",
    copy_by_hand: "This page may not copy for you: the text below is selected, copy it with Ctrl+C (⌘C).",
    download_csv: "Download CSV",
    download_json: "Download JSON",
    download_svg: "Download SVG",
    download_png: "Download PNG",
    category_political: "Political",
    category_military: "Military",
    category_trade: "Trade",
    category_education: "Education",
    // The same names inside a sentence ("none in trade", "3 trade").
    in_sentence_political: "political",
    in_sentence_military: "military",
    in_sentence_trade: "trade",
    in_sentence_education: "education",
    // "Trade (7)": a category toggle's accessible name.
    category_count: "{category} ({n})",
    // The legend.
    legend: "How dates are drawn",
    exact_day: "Exact day",
    vague_date: "Known only to the month or year",
    planned: "Planned",
    // Counts.
    events_one: "{n} event",
    events_other: "{n} events",
    sources_one: "{n} source",
    sources_other: "{n} sources",
    // English counts use only `_one` and `_other`; these are for languages whose rules
    // have more forms (Russian: 2 события, 5 событий).
    events_few: "{n} events",
    events_many: "{n} events",
    sources_few: "{n} sources",
    sources_many: "{n} sources",
    // Under the heading: "29 events from 2 sources, 1991–2022. …".
    description: "{events} from {sources}, {years}. Each rests on a quoted sentence of its source.",
    // A screen reader hears this as the filters change: "12 events shown".
    shown: "{events} shown",
    // The empty state.
    nothing_all_off: "No events to show: every category is switched off.",
    nothing_in: "No events to show: none in {categories}.",
    no_match: "No {categories} events match “{query}”.",
    no_categories: "no categories",
    // Lists in a sentence: "political, trade and education".
    list_separator: ", ",
    list_and: " and ",
    show_all_events: "Show all events",
    // The track's toolbar and plot.
    zoom: "Zoom",
    zoom_in: "Zoom in",
    zoom_in_hint: "Zoom in (+)",
    zoom_out: "Zoom out",
    zoom_out_hint: "Zoom out (−)",
    show_all: "Show all",
    show_all_hint: "Show the whole range (0)",
    gestures_hint: "Scroll or pinch to zoom, drag to move",
    track: "Timeline: arrow keys move, plus and minus zoom, 0 shows all",
    events: "Events",
    // A mark's accessible name, and the date line of its tip.
    mark_name: "{title}, {when}",
    mark_name_planned: "{title}, {when}, planned",
    tip_planned: "{when} · planned",
    // A cluster's accessible name: "5 events, March–May 2019: 3 trade, 2 education. …".
    cluster_name: "{events}, {when}: {parts}. Zoom in to see them.",
    cluster_part: "{n} {category}",
    // The list view.
    events_in_view: "Events in view",
    list_summary: "{events} in view, in time order",
    list_more: " (the first {n}: zoom in or search to see the rest)",
    planned_suffix: " (planned)",
    // The heading over what the sources tell without a date.
    undated: "Not dated in the sources",
    // The heading over the eras (labelled periods) in the list view.
    eras: "Eras",
    // The details.
    media_play: "Play",
    media_show_map: "Show map",
    media_show: "Show",
    // Under a service's card: nothing comes from it before the reader presses.
    media_from: "From {service}, loaded only when you press the button",
    media_open: "Open in a new tab",
    captions: "Captions",
    // A story's slide, said when it changes: "Slide 3 of 30: Agreement signed".
    slide_of: "Slide {n} of {total}: {title}",
    close_details: "Close details",
    happened: "Happened",
    source: "Source",
    sources: "Sources",
    previous: "← Previous",
    next: "Next →",
    quoted: "“{quote}”",
    trade_figure: "Trade figure: {amount}",
    usd: "US$ {n}",
    usd_million: "US$ {n} million",
    usd_billion: "US$ {n} billion",
    // While the data loads, and when it cannot be shown.
    loading: "Loading the timeline…",
    cannot_show: "The timeline cannot be shown",
    // Numbers: 1,234.5.
    group_separator: ",",
    decimal_separator: ".",
    // Dates, never more precise than known: "24 February 1992", "February 1992", "1992";
    // a period: "1992–1994".
    date_day: "{day} {month} {year}",
    date_month: "{month} {year}",
    date_year: "{year}",
    range: "{from}–{to}",
    // A year before year 1 and a small year after it ("44 BCE", "33 CE"), and a month
    // or a day of one ("15 March 44 BCE": `{date}` is written with the era's number).
    year_bce: "{year} BCE",
    year_ce: "{year} CE",
    date_bce: "{date} BCE",
    date_ce: "{date} CE",
    // A moment: its day and its time of day ("27 January 2022 at 14:30").
    date_time: "{date} at {time}",
    // Where a language reads the 12-hour clock ("2:30 PM"), its words for the two
    // halves of the day; empty, the 24-hour clock ("14:30").
    time_am: "",
    time_pm: "",
    // A time's offset from UTC, as written ("UTC+05:00"; "UTC" for Z).
    utc_offset: "UTC{offset}",
    // Deep time, counted back from the present ("66 million years ago").
    thousand_years_ago: "{n} thousand years ago",
    million_years_ago: "{n} million years ago",
    billion_years_ago: "{n} billion years ago",
    // Month names as `date_month` uses them ("February 1992").
    month_1: "January",
    month_2: "February",
    month_3: "March",
    month_4: "April",
    month_5: "May",
    month_6: "June",
    month_7: "July",
    month_8: "August",
    month_9: "September",
    month_10: "October",
    month_11: "November",
    month_12: "December",
    // Month names as `date_day` uses them ("24 February 1992"; Russian: "24 февраля").
    month_of_1: "January",
    month_of_2: "February",
    month_of_3: "March",
    month_of_4: "April",
    month_of_5: "May",
    month_of_6: "June",
    month_of_7: "July",
    month_of_8: "August",
    month_of_9: "September",
    month_of_10: "October",
    month_of_11: "November",
    month_of_12: "December",
    // The axis's short month names.
    mon_1: "Jan",
    mon_2: "Feb",
    mon_3: "Mar",
    mon_4: "Apr",
    mon_5: "May",
    mon_6: "Jun",
    mon_7: "Jul",
    mon_8: "Aug",
    mon_9: "Sep",
    mon_10: "Oct",
    mon_11: "Nov",
    mon_12: "Dec",
}
