// One deliberate error: `lang` is one of the languages the widget speaks, not a number.
// `tsc --strict` must fail on this file, naming this line (scripts/consumers.mjs).
import { mount } from 'pakkaz-timeline';

mount(document.body, { lang: 5 });
