// <pakkaz-timeline>: the widget as an HTML element, for pages that write no script.
//
//   <script type="module" src="/pakkaz-timeline/pakkaz-timeline.js"></script>
//   <pakkaz-timeline categories="trade,education" from="2015" to="2020" theme="dark"
//     height="480"></pakkaz-timeline>
//
// The post-build hook (scripts/glue-append.mjs) appends this file to wasm-bindgen's JS
// glue, so loading the module in a browser defines the element; loading it anywhere else
// (a server renderer, Node) defines nothing. `__PAKKAZ_INIT__` is the glue's `init` (it
// loads the wasm once, however often it is called); `mount` is the glue's own;
// `__PAKKAZ_ATTRIBUTES__` is each attribute's kind, written from core/src/api/options.rs
// (`cargo run -p pakkaz-core --example typescript -- attributes`). The element is a thin adapter: its
// attributes are `mount`'s options, and everything else (the shadow root, the
// stylesheet, the widget) is `mount`'s.
const PAKKAZ_ATTRIBUTES = __PAKKAZ_ATTRIBUTES__;

// A class expression, made only where the DOM exists: `extends HTMLElement` at the top
// level would throw as a server renderer imports the module.
const PakkazTimelineElement = typeof HTMLElement === 'undefined' ? undefined : class extends HTMLElement {
  static get observedAttributes() {
    // `lang` is HTML's own attribute: the widget speaks the language of the nearest
    // `lang` around it (this element's, or the page's), so a change makes it again.
    return [...Object.keys(PAKKAZ_ATTRIBUTES), 'lang'];
  }

  /** The package's version. */
  get version() {
    return version;
  }

  #timeline = null;
  #queued = false;
  #run = 0;

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    // Moved (removed and inserted in one task): the widget stays. Removed: it goes.
    queueMicrotask(() => {
      if (!this.isConnected) this.destroy();
    });
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    const timeline = this.#timeline;
    if (!timeline) return this.#schedule();
    try {
      if (name === 'categories' && value !== null) timeline.setCategories(pakkazList(value));
      else if (name === 'from' || name === 'to') timeline.zoomTo(this.getAttribute('from'), this.getAttribute('to'));
      else if (name === 'selected') timeline.select(value || null);
      else this.#schedule(); // the others, and categories removed: the widget is made again
    } catch (error) {
      this.#fail(error);
    }
  }

  /** The handle's methods (see `mount`): they throw until the widget is on screen. */
  setCategories(categories) {
    this.#handle().setCategories(categories);
  }

  zoomTo(from, to) {
    this.#handle().zoomTo(from ?? null, to ?? null);
  }

  select(id) {
    this.#handle().select(id ?? null);
  }

  /** Removes the widget, its nodes and its listeners. Safe to call twice. */
  destroy() {
    this.#run++;
    const timeline = this.#timeline;
    this.#timeline = null;
    if (timeline) timeline.destroy();
  }

  #handle() {
    if (!this.#timeline) throw new Error('pakkaz-timeline: the widget is not on screen yet');
    return this.#timeline;
  }

  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.isConnected) this.#render();
    });
  }

  async #render() {
    const run = ++this.#run;
    // The translation, if the page's language needs one, on its way with the wasm.
    pakkazPrefetchTranslation(this.closest('[lang]')?.getAttribute('lang'));
    try {
      await __PAKKAZ_INIT__();
      if (run !== this.#run || !this.isConnected) return;
      const old = this.#timeline;
      this.#timeline = null;
      if (old) old.destroy();
      this.shadowRoot?.replaceChildren(); // a message of an earlier failure
      this.#timeline = mount(this, this.#options());
    } catch (error) {
      if (run === this.#run) this.#fail(error);
    }
  }

  #options() {
    const options = {};
    for (const [name, kind] of Object.entries(PAKKAZ_ATTRIBUTES)) {
      const value = this.getAttribute(name);
      if (value === null) continue;
      if (kind === 'list') options[name] = pakkazList(value);
      else if (kind === 'flag') options[name] = value !== 'false';
      else if (kind === 'length' && value) options[name] = /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      else if (kind === 'text' && value) options[name] = value;
    }
    return options;
  }

  /** Bad attributes: the element says what is wrong (in `mount`'s words), the page
   * lives on, and scripts hear of it as `pakkaz:error`. */
  #fail(error) {
    const message = error instanceof Error ? error.message : String(error);
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = message;
    (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).replaceChildren(alert);
    this.dispatchEvent(new CustomEvent('pakkaz:error', { bubbles: true, composed: true, detail: { message } }));
  }
};

function pakkazList(text) {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

if (PakkazTimelineElement && typeof customElements !== 'undefined' && !customElements.get('pakkaz-timeline')) {
  customElements.define('pakkaz-timeline', PakkazTimelineElement);
}
