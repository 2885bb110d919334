// Widgets live in shadow roots. Playwright's locators reach into open shadow roots;
// scripts run in the page (page.evaluate) do not. This adds `$deep(selector)` and
// `$$deep(selector)` to every page of a spec file: the first match, or all matches, in
// the document and every open shadow root in it; and `observeDeep(callback)`, a
// MutationObserver that sees into shadow roots too.
export function reachIntoShadowRoots(test) {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const all = (root, selector, out) => {
        if (root.shadowRoot) all(root.shadowRoot, selector, out);
        for (const el of root.querySelectorAll(selector)) out.push(el);
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) all(el.shadowRoot, selector, out);
        return out;
      };
      window.$$deep = (selector, root = document) => all(root, selector, []);
      window.$deep = (selector, root = document) => window.$$deep(selector, root)[0] ?? null;
      // A MutationObserver over the document and every shadow root attached from now on.
      window.observeDeep = (callback) => {
        const observer = new MutationObserver(callback);
        const watch = (root) => observer.observe(root, { childList: true, subtree: true });
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function attachShadow(init) {
          const shadow = attach.call(this, init);
          watch(shadow);
          return shadow;
        };
        watch(document);
        return observer;
      };
    });
  });
}
