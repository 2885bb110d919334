//! Urdu (اردو): every string the widget shows, by key, written right to left. A key
//! missing here falls back to English (src/text/lang/en.rs). Plural forms: `_one` and
//! `_other`. Dates match `Intl.DateTimeFormat("ur")`; digits are Western, as Intl gives.

crate::text::keys::translation! {
    // The header and filters.
    categories: "زمرے",
    all: "سب",
    search: "واقعات تلاش کریں",
    list_view: "فہرست",
    lanes_by_category: "زمرہ وار پٹیاں",
    copy_link: "لنک کاپی کریں",
    link_copied: "لنک کاپی ہو گیا",
    // Citing.
    cite: "حوالہ دیں",
    citation_style: "حوالے کا انداز",
    citation_copied: "حوالہ کاپی ہو گیا",
    copy_citations: "سب حوالے کاپی کریں",
    citations_copied: "حوالے کاپی ہو گئے",
    copy_by_hand: "یہ صفحہ خود کاپی نہیں کر سکتا: نیچے کا متن منتخب ہے، اسے Ctrl+C (⌘C) سے کاپی کریں۔",
    download_csv: "CSV ڈاؤن لوڈ کریں",
    download_json: "JSON ڈاؤن لوڈ کریں",
    download_svg: "SVG ڈاؤن لوڈ کریں",
    download_png: "PNG ڈاؤن لوڈ کریں",
    category_political: "سیاست",
    category_military: "دفاع",
    category_trade: "تجارت",
    category_education: "تعلیم",
    // The same names inside a sentence.
    in_sentence_political: "سیاست",
    in_sentence_military: "دفاع",
    in_sentence_trade: "تجارت",
    in_sentence_education: "تعلیم",
    // "تجارت (7)": a category toggle's accessible name.
    category_count: "{category} ({n})",
    // The legend.
    legend: "تاریخیں کیسے دکھائی گئی ہیں",
    exact_day: "درست تاریخ",
    vague_date: "صرف مہینہ یا سال معلوم",
    planned: "منصوبہ بند",
    // Counts.
    events_one: "{n} واقعہ",
    events_other: "{n} واقعات",
    sources_one: "{n} ماخذ",
    sources_other: "{n} مآخذ",
    // Under the heading: "2 مآخذ سے 29 واقعات، 1991–2022۔ …".
    description: "{sources} سے {events}، {years}۔ ہر واقعہ اپنے ماخذ کے ایک اقتباس پر مبنی ہے۔",
    // A screen reader hears this as the filters change: "فلٹر کے مطابق: 12 واقعات".
    shown: "فلٹر کے مطابق: {events}",
    // The empty state.
    nothing_all_off: "دکھانے کے لیے کوئی واقعہ نہیں: تمام زمرے بند ہیں۔",
    nothing_in: "دکھانے کے لیے کوئی واقعہ نہیں: {categories} میں کچھ نہیں۔",
    no_match: "{categories} میں “{query}” سے مطابقت رکھنے والا کوئی واقعہ نہیں۔",
    no_categories: "کوئی زمرہ نہیں",
    // Lists in a sentence: "سیاست، تجارت اور تعلیم".
    list_separator: "، ",
    list_and: " اور ",
    show_all_events: "تمام واقعات دکھائیں",
    // The track's toolbar and plot.
    zoom: "زوم",
    zoom_in: "زوم اِن کریں",
    zoom_in_hint: "زوم اِن کریں (+)",
    zoom_out: "زوم آؤٹ کریں",
    zoom_out_hint: "زوم آؤٹ کریں (−)",
    show_all: "سب دکھائیں",
    show_all_hint: "پوری مدت دکھائیں (0)",
    gestures_hint: "زوم کے لیے اسکرول کریں یا انگلیوں سے چٹکی بھریں، سرکانے کے لیے گھسیٹیں",
    track: "ٹائم لائن: ایرو کیز سے سرکائیں، پلس اور مائنس سے زوم کریں، 0 سے سب دکھائیں",
    events: "واقعات",
    // A mark's accessible name, and the date line of its tip.
    mark_name: "{title}، {when}",
    mark_name_planned: "{title}، {when}، منصوبہ بند",
    tip_planned: "{when} · منصوبہ بند",
    // A cluster's accessible name: "5 واقعات، {when}: تجارت (3)، تعلیم (2)۔ …".
    cluster_name: "{events}، {when}: {parts}۔ انہیں دیکھنے کے لیے زوم اِن کریں۔",
    cluster_part: "{category} ({n})",
    // The list view.
    events_in_view: "نظر آنے والی مدت کے واقعات",
    list_summary: "نظر آنے والی مدت میں: {events}، وقت کی ترتیب سے",
    list_more: " (پہلے {n}: باقی دیکھنے کے لیے زوم اِن کریں یا تلاش کریں)",
    planned_suffix: " (منصوبہ بند)",
    undated: "ماخذ میں تاریخ کے بغیر",
    eras: "ادوار",
    // The details. Right to left, "previous" sits on the right and "next" on the left,
    // so their arrows point outward: → پچھلا and اگلا ←.
    close_details: "تفصیلات بند کریں",
    happened: "وقوع پذیر",
    source: "ماخذ",
    sources: "مآخذ",
    previous: "→ پچھلا",
    next: "اگلا ←",
    quoted: "“{quote}”",
    trade_figure: "تجارت کا حجم: {amount}",
    usd: "{n} امریکی ڈالر",
    usd_million: "{n} ملین امریکی ڈالر",
    usd_billion: "{n} ارب امریکی ڈالر",
    // While the data loads, and when it cannot be shown.
    loading: "ٹائم لائن لوڈ ہو رہی ہے…",
    cannot_show: "ٹائم لائن نہیں دکھائی جا سکتی",
    // Numbers: 1,234,567.5, as Intl.NumberFormat("ur").
    group_separator: ",",
    decimal_separator: ".",
    // Dates, never more precise than known: "24 فروری، 1992", "فروری 1992", "1992"; a
    // period: "1992–1994". The comma after the month is the Arabic comma U+060C.
    date_day: "{day} {month}، {year}",
    date_month: "{month} {year}",
    date_year: "{year}",
    range: "{from}–{to}",
    // Month names as `date_month` uses them ("فروری 1992").
    month_1: "جنوری",
    month_2: "فروری",
    month_3: "مارچ",
    month_4: "اپریل",
    month_5: "مئی",
    month_6: "جون",
    month_7: "جولائی",
    month_8: "اگست",
    month_9: "ستمبر",
    month_10: "اکتوبر",
    month_11: "نومبر",
    month_12: "دسمبر",
    // Month names as `date_day` uses them ("24 فروری، 1992"): the same forms.
    month_of_1: "جنوری",
    month_of_2: "فروری",
    month_of_3: "مارچ",
    month_of_4: "اپریل",
    month_of_5: "مئی",
    month_of_6: "جون",
    month_of_7: "جولائی",
    month_of_8: "اگست",
    month_of_9: "ستمبر",
    month_of_10: "اکتوبر",
    month_of_11: "نومبر",
    month_of_12: "دسمبر",
    // The axis's short month names: Urdu has no abbreviations, so the full names (as
    // Intl, month: "short", gives).
    mon_1: "جنوری",
    mon_2: "فروری",
    mon_3: "مارچ",
    mon_4: "اپریل",
    mon_5: "مئی",
    mon_6: "جون",
    mon_7: "جولائی",
    mon_8: "اگست",
    mon_9: "ستمبر",
    mon_10: "اکتوبر",
    mon_11: "نومبر",
    mon_12: "دسمبر",
}
