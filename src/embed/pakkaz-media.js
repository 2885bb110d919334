// An event's video, sound, service page or link, drawn into the details (or a story
// slide) by the widget's `MediaView` (src/components/media.rs), which draws pictures
// itself (`Media::is_picture` in the core) and hands every other address here, through
// `pakkazMedia` in src/embed/owner.js. Copied beside the widget's module by trunk
// (index.html) and loaded only the first time an event with such media is shown, so a
// reader who never opens one downloads none of it.
//
// Why JavaScript, and why the kinds are told apart here rather than in the core: as
// Rust, the address rules and the players' views were wasm every reader downloads
// before the first events, for media most never open (BENCHMARKS.md, "What each
// addition costs", gives the measurement). tests/unit/media.test.mjs holds the rules.
//
// A service's page (YouTube, Vimeo, Dailymotion, SoundCloud, Spotify, Wikimedia Commons,
// OpenStreetMap: what TimelineJS files most often hold besides pictures) is a card with
// its title and a button until the reader presses it: nothing is requested from the
// service before then, not even a still. Its frame is the service's own embed, for
// YouTube the privacy-enhanced one (youtube-nocookie.com), for Vimeo without tracking;
// since the reader pressed Play, a player's frame asks it to play. An address of a kind
// not known here is a plain link, never a frame. Host text is only ever text, never
// markup.

const VIDEO = ['mp4', 'webm', 'ogv', 'mov', 'm4v'];
const AUDIO = ['mp3', 'ogg', 'oga', 'wav', 'm4a', 'aac', 'flac', 'opus'];
/** What a YouTube id or a Commons file name may hold to go into an embed address as it is. */
const PLAIN_ID = /^[A-Za-z0-9_-]+$/;
const PLAIN_FILE = /^File:[A-Za-z0-9_.,%()'!-]+$/;

/**
 * What an https address that is not a picture shows: `{ kind }`, one of "video",
 * "audio", "link", or "frame" with `src` (the frame's address), `service` (its name)
 * and `what` ("play", "map" or "show": what its button says).
 */
export function kindOf(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'link' };
  }
  if (url.protocol !== 'https:') return { kind: 'link' };
  const host = url.hostname.toLowerCase().replace(/^(www|m)\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  const frame = (service, src, what = 'play') => ({ kind: 'frame', service, src, what });
  const youtube = (id) =>
    PLAIN_ID.test(id ?? '') ? frame('YouTube', `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`) : null;
  let found = null;
  if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (parts.length === 1 && parts[0] === 'watch') found = youtube(url.searchParams.get('v'));
    else if (parts.length === 2 && ['embed', 'shorts', 'live', 'v'].includes(parts[0])) found = youtube(parts[1]);
  } else if (host === 'youtu.be' && parts.length === 1) {
    found = youtube(parts[0]);
  } else if ((host === 'vimeo.com' && parts.length === 1) || (host === 'player.vimeo.com' && parts[0] === 'video' && parts.length === 2)) {
    const id = parts[parts.length - 1];
    if (/^[0-9]+$/.test(id)) found = frame('Vimeo', `https://player.vimeo.com/video/${id}?dnt=1&autoplay=1`);
  } else if (host === 'commons.wikimedia.org' && parts.length === 2 && parts[0] === 'wiki' && PLAIN_FILE.test(parts[1])) {
    found = frame('Wikimedia Commons', `https://commons.wikimedia.org/wiki/${parts[1]}?embedplayer=yes`, 'show');
  } else if (host === 'openstreetmap.org') {
    found = map(url);
  } else if ((host === 'dailymotion.com' && parts[0] === 'video' && parts.length === 2) || (host === 'dai.ly' && parts.length === 1)) {
    const id = parts[parts.length - 1].split('_')[0];
    if (PLAIN_ID.test(id)) found = frame('Dailymotion', `https://www.dailymotion.com/embed/video/${id}?autoplay=1`);
  } else if (host === 'soundcloud.com' && parts.length >= 2) {
    // Its player takes the page's own address; only a plain path goes into it.
    const path = parts.join('/');
    if (/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/.test(path)) {
      found = frame('SoundCloud', `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://soundcloud.com/${path}`)}&auto_play=true`);
    }
  } else if (host === 'open.spotify.com' && parts.length === 2 && ['track', 'album', 'playlist', 'episode', 'show'].includes(parts[0])) {
    if (PLAIN_ID.test(parts[1])) found = frame('Spotify', `https://open.spotify.com/embed/${parts[0]}/${parts[1]}`);
  }
  if (found) return found;
  const ending = (url.pathname.match(/\.([A-Za-z0-9]+)$/)?.[1] ?? '').toLowerCase();
  if (VIDEO.includes(ending)) return { kind: 'video' };
  if (AUDIO.includes(ending)) return { kind: 'audio' };
  return { kind: 'link' };
}

/** An OpenStreetMap address with a place (`#map=zoom/lat/lon`, or `mlat` and `mlon`) as
 * the embeddable map of that place, with a marker; `null` without a place. */
function map(url) {
  const number = (s) => (/^-?[0-9]{1,3}(\.[0-9]+)?$/.test(s ?? '') ? Number(s) : NaN);
  const place = new URLSearchParams(url.hash.slice(1)).get('map')?.split('/') ?? [];
  let [zoom, lat, lon] = place.length === 3 ? place.map(number) : [13, number(url.searchParams.get('mlat')), number(url.searchParams.get('mlon'))];
  if (![zoom, lat, lon].every(Number.isFinite) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  // Half the box's width: a zoom level halves it, and at 13 it is about a town across.
  const half = 180 / 2 ** Math.min(Math.max(Math.round(zoom), 1), 19);
  const fixed = (n) => n.toFixed(5);
  const box = [Math.max(lon - half, -180), Math.max(lat - half / 2, -90), Math.min(lon + half, 180), Math.min(lat + half / 2, 90)];
  return {
    kind: 'frame',
    service: 'OpenStreetMap',
    what: 'map',
    src: `https://www.openstreetmap.org/export/embed.html?bbox=${box.map(fixed).join(',')}&layer=mapnik&marker=${fixed(lat)},${fixed(lon)}`,
  };
}

/** Makes an element with a class, inline styles (the widget's stylesheet stays as it
 * is for every reader) and children: elements, or strings as text. */
function el(tag, className, style, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  Object.assign(node.style, style);
  node.append(...children);
  return node;
}

const FRAME_STYLE = {
  display: 'block',
  width: '100%',
  maxHeight: '320px',
  border: '0',
  borderRadius: '4px',
  background: 'var(--pakkaz-grid)',
};

/**
 * Draws the media into `slot` (emptied first): `media` is [url, title (the owner's
 * `alt`), poster, captions]; `words` are [Play, Show map, Show, "From {service}, …",
 * Open in a new tab, Captions, the widget's language tag].
 */
export default function drawMedia(slot, media, words) {
  const [page, title, poster, captions] = media;
  const { kind, src = page, service, what } = kindOf(page);
  const [play, showMap, show, from, open, captionsLabel, lang] = words;
  slot.replaceChildren();
  if (kind === 'video' || kind === 'audio') {
    // `preload="none"`: nothing but the still is fetched until the reader plays it.
    const player = el(kind, 'pakkaz-media__player', kind === 'video' ? { ...FRAME_STYLE, aspectRatio: '16 / 9' } : { width: '100%' });
    Object.assign(player, { src, controls: true, preload: 'none' });
    player.setAttribute('aria-label', title);
    if (poster) player.poster = poster;
    if (captions && kind === 'video') {
      // Captions from another site load only through CORS, which the player must ask
      // for (and then the video's host must allow too: docs/embedding.md says so).
      if (new URL(captions).origin !== location.origin) player.crossOrigin = 'anonymous';
      const track = Object.assign(document.createElement('track'), {
        kind: 'captions', src: captions, label: captionsLabel, srclang: lang, default: true,
      });
      player.append(track);
    }
    slot.append(player);
    return;
  }
  if (kind === 'link') {
    const link = el('a', 'pakkaz-media__link', {}, title);
    Object.assign(link, { href: src, rel: 'noopener noreferrer', target: '_blank', dir: 'auto' });
    slot.append(link);
    return;
  }
  const verb = what === 'play' ? play : what === 'map' ? showMap : show;
  const button = el('button', 'pakkaz-control pakkaz-button pakkaz-media__press', {}, what === 'play' ? `▶ ${verb}` : verb);
  button.type = 'button';
  button.setAttribute('aria-label', `${verb}: ${title}`);
  const newTab = el('a', '', {}, open);
  Object.assign(newTab, { href: page, rel: 'noopener noreferrer', target: '_blank' });
  const heading = el('p', 'pakkaz-media__title', { margin: '0', fontWeight: '600' }, title);
  heading.dir = 'auto';
  const card = el(
    'div',
    'pakkaz-media__facade',
    {
      display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '8px',
      padding: '12px 16px', border: '1px solid var(--pakkaz-border)', borderRadius: '4px',
    },
    heading,
    button,
    el('p', 'pakkaz-media__note', { margin: '0', fontSize: '13px', color: 'var(--pakkaz-muted)' },
      from.replace('{service}', service), ' · ', newTab),
  );
  button.addEventListener('click', () => {
    const frame = el('iframe', 'pakkaz-media__frame', { ...FRAME_STYLE, aspectRatio: what === 'map' ? '4 / 3' : '16 / 9' });
    Object.assign(frame, {
      src,
      title,
      allow: 'autoplay; encrypted-media; picture-in-picture; fullscreen',
      allowFullscreen: true,
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
    card.replaceWith(frame);
    frame.focus();
  }, { once: true });
  slot.append(card);
}
