// The view a reader sees, saved as a picture to put in a paper or a slide: SVG, or PNG
// drawn from that SVG. Copied beside the widget's module by trunk (index.html) and
// loaded (by `pakkazPicture` in src/embed/owner.js) only when a reader asks for one, so
// no reader of the timeline downloads it otherwise.
//
// Why JavaScript that reads the page, not Rust: the picture is the view as the browser
// drew it. Each mark's place, each label as laid out (and cut short) in the reader's
// font, and the colours of the theme shown are boxes and computed styles, which only the
// page has. The widget gives the words: its title, the window and filters as a
// sentence, the sources and the link to this view (`text::picture` in Rust, tested
// natively). Host text goes into the SVG as text, escaped, never as markup.

const NS = 'http://www.w3.org/2000/svg';
const PAD = 20;
/** Sizes of the picture's own text: the title, the view line and legend, the footer. */
const TITLE_PX = 20;
const TEXT_PX = 13;
const SMALL_PX = 12;

/** Saves the view of the widget whose root is `root` as SVG or, if `png`, as PNG (at the
 * screen's pixel ratio), with `lines`: [title, view, sources, link]. */
export default async function savePicture(root, png, lines) {
  const { svg, width, height } = drawView(root, lines);
  if (!png) {
    save(new Blob([svg], { type: 'image/svg+xml' }), 'timeline-view.svg');
    return;
  }
  save(await rasterise(svg, width, height, window.devicePixelRatio || 1), 'timeline-view.png');
}

/** The view as SVG text, and its size in CSS pixels. */
export function drawView(root, [title, view, sources, link]) {
  const style = getComputedStyle(root);
  const font = style.fontFamily;
  const viewport = root.querySelector('.pakkaz-track__viewport');
  const box = viewport.getBoundingClientRect();
  const width = Math.max(Math.round(box.width), 320);
  const rtl = style.direction === 'rtl';
  const out = [];
  const defs = [];
  const text = new Text(font, rtl);

  // The title and the view: window, categories and search, then the categories' key.
  let y = PAD;
  for (const line of text.wrap(title, TITLE_PX, 650, width - 2 * PAD)) {
    y += TITLE_PX * 1.25;
    out.push(text.line(line, PAD, width - PAD, y - TITLE_PX * 0.3, TITLE_PX, 650, style.color));
  }
  const muted = mutedColour(root) || style.color;
  for (const line of text.wrap(view, TEXT_PX, 400, width - 2 * PAD)) {
    y += TEXT_PX * 1.5;
    out.push(text.line(line, PAD, width - PAD, y - TEXT_PX * 0.35, TEXT_PX, 400, muted));
  }
  y += 8;
  let x = 0;
  let row = [];
  const rows = [row];
  for (const filter of root.querySelectorAll('.pakkaz-filter--on')) {
    const symbol = filter.querySelector('.pakkaz-symbol');
    const name = filter.querySelector('.pakkaz-filter__label')?.textContent ?? '';
    const w = 12 + 6 + text.width(name, TEXT_PX, 400) + 16;
    if (x + w > width - 2 * PAD && row.length) {
      row = [];
      rows.push(row);
      x = 0;
    }
    row.push({ symbol, name, x, w });
    x += w;
  }
  for (const keys of rows.filter((r) => r.length)) {
    y += 20;
    for (const key of keys) {
      const from = rtl ? width - PAD - key.x - 12 : PAD + key.x;
      out.push(shape(key.symbol, from + 6, y - 5, 1, defs));
      const at = rtl ? from - 6 : from + 18;
      out.push(text.line(key.name, at, at, y, TEXT_PX, 400, style.color));
    }
  }
  y += 10;

  // The track as drawn: every box, shape and text inside its viewport, in place.
  const top = y;
  const clip = `pakkaz-clip-${Math.random().toString(36).slice(2)}`;
  defs.push(`<clipPath id="${clip}"><rect x="0" y="0" width="${n(box.width)}" height="${n(box.height)}"/></clipPath>`);
  out.push(`<g transform="translate(0 ${n(top)})" clip-path="url(#${clip})">`);
  const at = (r) => ({ left: r.left - box.left, top: r.top - box.top, width: r.width, height: r.height });
  for (const el of viewport.querySelectorAll('*')) {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    if (el.closest('.pakkaz-mark__tip')) continue;
    const cs = getComputedStyle(el);
    const alpha = opacity(el, viewport);
    if (el.classList.contains('pakkaz-symbol')) {
      const r = el.getBoundingClientRect();
      out.push(shape(el, r.left - box.left + r.width / 2, r.top - box.top + r.height / 2, alpha, defs));
      continue;
    }
    const r = at(el.getBoundingClientRect());
    if (r.width > 0 && r.height > 0) out.push(boxOf(cs, r, alpha, defs));
    out.push(leader(el, r, viewport));
    const words = ownText(el);
    if (words) out.push(text.of(el, cs, words, box, alpha));
  }
  out.push('</g>');
  y = top + box.height + 12;

  // The sources and the link to this view, so the picture stands on its own.
  for (const line of [...text.wrap(sources, SMALL_PX, 400, width - 2 * PAD), ...text.wrap(link, SMALL_PX, 400, width - 2 * PAD)]) {
    y += SMALL_PX * 1.5;
    out.push(text.line(line, PAD, width - PAD, y - SMALL_PX * 0.35, SMALL_PX, 400, muted));
  }
  const height = Math.ceil(y + PAD);
  const svg = `<svg xmlns="${NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(font)}"${rtl ? ' direction="rtl"' : ''}>`
    + `<title>${esc(title)}</title><desc>${esc(`${view}\n${sources}\n${link}`)}</desc>`
    + `<defs>${defs.join('')}</defs>`
    + `<rect width="100%" height="100%" fill="${esc(style.backgroundColor)}"/>`
    + `${out.join('')}</svg>`;
  return { svg, width, height };
}

/** The line an element draws before itself with a rotated top border (the leader from a
 * moved label to its symbol, where time runs down), in the picture's coordinates; '' if
 * it draws none. */
function leader(el, r, stop) {
  const before = getComputedStyle(el, '::before');
  const w = parseFloat(before.borderTopWidth) || 0;
  if (before.content === 'none' || before.borderTopStyle === 'none' || w === 0) return '';
  const length = parseFloat(before.width) || 0;
  const turn = /(-?[\d.]+)(deg|rad|turn)/.exec(before.rotate);
  const angle = turn ? Number(turn[1]) * { deg: Math.PI / 180, rad: 1, turn: 2 * Math.PI }[turn[2]] : 0;
  // Where it starts in the element's own box, mirrored if the element is drawn mirrored
  // (right to left, the plot is turned and its labels turned back).
  let flipped = false;
  for (let e = el; e && e !== stop; e = e.parentElement) {
    const m = /^matrix\(([^,]+)/.exec(getComputedStyle(e).transform);
    if (m && Number(m[1]) < 0) flipped = !flipped;
  }
  const x0 = parseFloat(before.left) || 0;
  const y0 = parseFloat(before.top) || 0;
  const x1 = x0 + length * Math.cos(angle);
  const y1 = y0 + length * Math.sin(angle);
  const x = (v) => (flipped ? r.left + r.width - v : r.left + v);
  return `<line x1="${n(x(x0))}" y1="${n(r.top + y0)}" x2="${n(x(x1))}" y2="${n(r.top + y1)}" stroke="${esc(before.borderTopColor)}" stroke-width="${n(w)}"/>`;
}

/** The text an element holds itself (not its children's), trimmed. */
function ownText(el) {
  let words = '';
  for (const node of el.childNodes) if (node.nodeType === Node.TEXT_NODE) words += node.textContent;
  return words.trim();
}

/** Opacity of an element as drawn: its own times its ancestors', up to `stop`. */
function opacity(el, stop) {
  let alpha = 1;
  for (let e = el; e && e !== stop; e = e.parentElement) alpha *= Number(getComputedStyle(e).opacity);
  return alpha;
}

/** The muted text colour of the widget's theme, as its description uses it. */
function mutedColour(root) {
  const description = root.querySelector('.pakkaz-description');
  return description && getComputedStyle(description).color;
}

/** An element's background and border as SVG: a rectangle with its rounded corners, a
 * gradient where it has one, and a line for a border on one side only. */
function boxOf(cs, r, alpha, defs) {
  const parts = [];
  const radius = Math.min(px(cs.borderTopLeftRadius, r.width), r.width / 2, r.height / 2);
  const fill = paint(cs, defs);
  if (fill) {
    parts.push(`<rect x="${n(r.left)}" y="${n(r.top)}" width="${n(r.width)}" height="${n(r.height)}" rx="${n(radius)}" fill="${fill}"${alpha < 1 ? ` opacity="${n(alpha)}"` : ''}/>`);
  }
  const sides = ['Top', 'Right', 'Bottom', 'Left'].map((side) => ({
    side,
    w: cs[`border${side}Style`] === 'none' ? 0 : parseFloat(cs[`border${side}Width`]) || 0,
    colour: cs[`border${side}Color`],
  }));
  const drawn = sides.filter((s) => s.w > 0 && !transparent(s.colour));
  if (drawn.length === 4) {
    const w = drawn[0].w;
    parts.push(`<rect x="${n(r.left + w / 2)}" y="${n(r.top + w / 2)}" width="${n(r.width - w)}" height="${n(r.height - w)}" rx="${n(Math.max(radius - w / 2, 0))}" fill="none" stroke="${esc(drawn[0].colour)}" stroke-width="${n(w)}"${alpha < 1 ? ` opacity="${n(alpha)}"` : ''}/>`);
  } else {
    for (const { side, w, colour } of drawn) {
      const [x1, y1, x2, y2] = {
        Top: [r.left, r.top + w / 2, r.left + r.width, r.top + w / 2],
        Bottom: [r.left, r.top + r.height - w / 2, r.left + r.width, r.top + r.height - w / 2],
        Left: [r.left + w / 2, r.top, r.left + w / 2, r.top + r.height],
        Right: [r.left + r.width - w / 2, r.top, r.left + r.width - w / 2, r.top + r.height],
      }[side];
      parts.push(`<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${esc(colour)}" stroke-width="${n(w)}"${alpha < 1 ? ` opacity="${n(alpha)}"` : ''}/>`);
    }
  }
  return parts.join('');
}

/** An element's fill: its background colour, or its linear gradient (as computed: an
 * angle, then colours with optional positions) as an SVG gradient; null if none. */
function paint(cs, defs) {
  const gradient = /^linear-gradient\((.*)\)$/.exec(cs.backgroundImage);
  if (gradient) {
    const angle = Number(/^(-?[\d.]+)deg/.exec(gradient[1])?.[1] ?? 180);
    const stops = [...gradient[1].matchAll(/(rgba?\([^)]*\)|transparent)\s*([\d.]+%)?/g)];
    const id = `pakkaz-g-${defs.length}`;
    const across = Math.round(angle) % 180 === 90;
    defs.push(`<linearGradient id="${id}" x1="0" y1="0" x2="${across ? 1 : 0}" y2="${across ? 0 : 1}">${stops.map(([, colour, at], i) => (
      `<stop offset="${at ?? `${Math.round((i / Math.max(stops.length - 1, 1)) * 100)}%`}" stop-color="${esc(colour)}"/>`
    )).join('')}</linearGradient>`);
    return `url(#${id})`;
  }
  return transparent(cs.backgroundColor) ? null : esc(cs.backgroundColor);
}

/** A category's symbol (or any shaped box): its size before transforms, its clip-path
 * polygon or rounded corners, and its transform (a diamond is a turned square), drawn
 * around the centre (`cx`, `cy`); a planned event's dashed ring as its outline. */
function shape(el, cx, cy, alpha, defs) {
  const cs = getComputedStyle(el);
  const w = el.offsetWidth || parseFloat(cs.width) || 12;
  const h = el.offsetHeight || parseFloat(cs.height) || 12;
  const m = /^matrix\(([^)]*)\)$/.exec(cs.transform)?.[1].split(',').map(Number);
  const turn = m ? ` transform="translate(${n(cx)} ${n(cy)}) matrix(${m.slice(0, 4).map(n).join(' ')} 0 0)"` : ` transform="translate(${n(cx)} ${n(cy)})"`;
  const fill = paint(cs, defs) ?? 'none';
  const inset = /inset 0px 0px 0px ([\d.]+)px/.exec(cs.boxShadow);
  const ring = inset ? /^(rgba?\([^)]*\))/.exec(cs.boxShadow)?.[1] : null;
  const stroke = ring ? ` stroke="${esc(ring)}" stroke-width="${n(Number(inset[1]))}"` : '';
  const polygon = /^polygon\((.*)\)$/.exec(cs.clipPath);
  let body;
  if (polygon) {
    const points = polygon[1].split(',').map((pair) => {
      const [px1, py1] = pair.trim().split(/\s+/).map((v, i) => (px(v, i ? h : w)));
      return `${n(px1 - w / 2)},${n(py1 - h / 2)}`;
    });
    body = `<polygon points="${points.join(' ')}" fill="${fill}"${stroke}/>`;
  } else {
    const radius = Math.min(px(cs.borderTopLeftRadius, w), w / 2, h / 2);
    const i = ring ? Number(inset[1]) / 2 : 0;
    body = `<rect x="${n(-w / 2 + i)}" y="${n(-h / 2 + i)}" width="${n(w - 2 * i)}" height="${n(h - 2 * i)}" rx="${n(radius)}" fill="${fill}"${stroke}/>`;
  }
  let outline = '';
  if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !transparent(cs.outlineColor)) {
    const ow = parseFloat(cs.outlineWidth);
    const off = parseFloat(cs.outlineOffset) || 0;
    const d = off + ow / 2;
    outline = `<rect x="${n(-w / 2 - d)}" y="${n(-h / 2 - d)}" width="${n(w + 2 * d)}" height="${n(h + 2 * d)}" fill="none" stroke="${esc(cs.outlineColor)}" stroke-width="${n(ow)}"${cs.outlineStyle === 'dashed' ? ` stroke-dasharray="${n(ow * 2)}"` : ''}/>`;
  }
  return `<g${turn}${alpha < 1 ? ` opacity="${n(alpha)}"` : ''}>${body}${outline}</g>`;
}

/** Text measured and placed as the widget's font lays it out. */
class Text {
  constructor(font, rtl) {
    this.font = font;
    this.rtl = rtl;
    this.context = document.createElement('canvas').getContext('2d');
  }

  width(words, size, weight) {
    this.context.font = `${weight} ${size}px ${this.font}`;
    return this.context.measureText(words).width;
  }

  /** `words` broken into lines no wider than `room`, between words. */
  wrap(words, size, weight, room) {
    const lines = [];
    let line = '';
    for (const word of String(words ?? '').split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && this.width(next, size, weight) > room) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  /** One line of the picture's own text, on the widget's starting side (left, or right
   * to left, right), in its own direction as `dir="auto"` gives it: an English title in
   * an Urdu widget reads left to right, set against the right edge. */
  line(words, left, right, baseline, size, weight, colour) {
    const own = rightToLeft(words);
    const x = this.rtl ? right : left;
    const anchor = own === this.rtl ? 'start' : 'end';
    return `<text x="${n(x)}" y="${n(baseline)}" font-size="${size}" font-weight="${weight}" fill="${esc(colour)}" direction="${own ? 'rtl' : 'ltr'}" text-anchor="${anchor}">${esc(words)}</text>`;
  }

  /** An element's own text where the page drew it: cut short with "…" where the page
   * cuts it (its whole text stays in the SVG as the text's title), else line by line
   * as the page broke it (labels wrap where time runs down), each word placed where the
   * browser put it. */
  of(el, cs, words, box, alpha) {
    const size = parseFloat(cs.fontSize);
    const weight = cs.fontWeight;
    this.context.font = `${cs.fontStyle} ${weight} ${size}px ${cs.fontFamily}`;
    const metrics = this.context.measureText(words);
    const ascent = metrics.fontBoundingBoxAscent ?? size * 0.8;
    const descent = metrics.fontBoundingBoxDescent ?? size * 0.2;
    const rtl = cs.direction === 'rtl';
    const room = el.getBoundingClientRect();
    const look = `font-size="${n(size)}" font-weight="${weight}"${cs.fontStyle === 'italic' ? ' font-style="italic"' : ''} fill="${esc(cs.color)}"${alpha < 1 ? ` opacity="${n(alpha)}"` : ''}`;
    if (cs.writingMode.startsWith('vertical')) {
      // Written down (eras' titles where time runs down): one line down the middle of
      // its box, cut short as the page cuts it.
      let shown = words;
      if (this.context.measureText(words).width > room.height + 1) {
        while (shown.length > 1 && this.context.measureText(`${shown}…`).width > room.height + 1) shown = shown.slice(0, -1);
        shown = `${shown.trimEnd()}…`;
      }
      const whole = shown === words ? '' : `<title>${esc(words)}</title>`;
      return `<text x="${n(room.left + room.width / 2 - box.left)}" y="${n(room.top - box.top)}" writing-mode="vertical-rl" ${look}>${whole}${esc(shown)}</text>`;
    }
    const range = document.createRange();
    // Lines: the words of each text node, grouped by the line box the browser put them in.
    const lines = [];
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      for (const match of node.textContent.matchAll(/\S+/g)) {
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const r = range.getClientRects()[0];
        if (!r) continue;
        const line = lines.at(-1);
        if (line && Math.abs(line.top - r.top) < 2) {
          line.words.push(match[0]);
          line.left = Math.min(line.left, r.left);
          line.right = Math.max(line.right, r.right);
        } else {
          lines.push({ words: [match[0]], top: r.top, height: r.height, left: r.left, right: r.right });
        }
      }
    }
    if (!lines.length) return '';
    let title = '';
    const clipped = cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
    if (clipped) {
      let shown = words;
      while (shown.length > 1 && this.context.measureText(`${shown}…`).width > room.width + 1) shown = shown.slice(0, -1);
      lines.splice(1);
      lines[0].words = [`${shown.trimEnd()}…`];
      lines[0].left = Math.max(lines[0].left, room.left);
      lines[0].right = Math.min(lines[0].right, room.right);
      title = `<title>${esc(words)}</title>`;
    }
    const attrs = `${look} direction="${rtl ? 'rtl' : 'ltr'}"`;
    const spans = lines.map((line) => {
      const baseline = line.top - box.top + (line.height - (ascent + descent)) / 2 + ascent;
      const x = (rtl ? line.right : line.left) - box.left;
      return `<tspan x="${n(x)}" y="${n(baseline)}">${esc(line.words.join(' '))}</tspan>`;
    });
    return `<text ${attrs}>${title}${spans.join(' ')}</text>`;
  }
}

/** Whether text's first strong letter is written right to left (Arabic script, Hebrew),
 * as `dir="auto"` decides. */
function rightToLeft(text) {
  const strong = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.exec(String(text));
  return strong !== null && /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(strong[0]);
}

/** A CSS length in pixels: `4px`, or a percentage of `whole`. */
function px(value, whole) {
  const v = parseFloat(value) || 0;
  return String(value).trim().endsWith('%') ? (v / 100) * whole : v;
}

function transparent(colour) {
  return !colour || colour === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(colour);
}

/** A number for SVG: at most two decimals. */
function n(value) {
  return String(Math.round(value * 100) / 100);
}

/** Text for SVG: markup characters escaped. */
function esc(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** PNG bytes of the SVG, drawn at `scale` device pixels per CSS pixel. */
async function rasterise(svg, width, height, scale) {
  // A data: address, not a blob: one: the Content-Security-Policy the README gives
  // allows `img-src 'self' data:`.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'));
}

function save(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}
