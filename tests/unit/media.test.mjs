// The rules by which src/embed/pakkaz-media.js tells media apart (`node --test`): each
// kind of address, each service's privacy-keeping frame, and a link for the rest.
import test from 'node:test';
import assert from 'node:assert/strict';
import { kindOf } from '../../src/embed/pakkaz-media.js';

test('files are told by their ending, whatever follows it', () => {
  assert.equal(kindOf('https://a.example/talk.WEBM#t=3').kind, 'video');
  assert.equal(kindOf('https://a.example/v.mp4?x=1').kind, 'video');
  assert.equal(kindOf('https://a.example/anthem.mp3').kind, 'audio');
  assert.equal(kindOf('https://a.example/a.ogg').kind, 'audio');
});

test('an address of a kind not known here is a link, never a frame', () => {
  for (const url of [
    'https://a.example/',
    'https://a.example/page',
    'https://twitter.com/someone/status/1',
    'https://youtube.com/channel/abc',
    'https://youtube.com/watch?v=a%22b',
    'https://vimeo.com/channels/staff',
    'https://openstreetmap.org/about',
    'https://www.openstreetmap.org/#map=12/95/71',
    'https://commons.wikimedia.org/wiki/Main_Page',
    'http://a.example/v.mp4',
    'not an address',
  ]) {
    assert.deepEqual(kindOf(url), { kind: 'link' }, url);
  }
});

test('YouTube in any of its forms plays from its privacy-enhanced address', () => {
  for (const url of [
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10',
    'https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ',
    'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
  ]) {
    assert.deepEqual(kindOf(url), {
      kind: 'frame',
      service: 'YouTube',
      what: 'play',
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    }, url);
  }
});

test('Vimeo plays without tracking, and Commons in its own player', () => {
  assert.equal(kindOf('https://vimeo.com/76979871').src, 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
  assert.deepEqual(kindOf('https://commons.wikimedia.org/wiki/File:Astana_2019.webm'), {
    kind: 'frame',
    service: 'Wikimedia Commons',
    what: 'show',
    src: 'https://commons.wikimedia.org/wiki/File:Astana_2019.webm?embedplayer=yes',
  });
});

test('Dailymotion, SoundCloud and Spotify play in their own players, from the page\'s address', () => {
  assert.equal(kindOf('https://www.dailymotion.com/video/x8abc12_some-title').src, 'https://www.dailymotion.com/embed/video/x8abc12?autoplay=1');
  assert.equal(kindOf('https://dai.ly/x8abc12').service, 'Dailymotion');
  assert.equal(kindOf('https://soundcloud.com/artist/a-song').src,
    'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Fa-song&auto_play=true');
  assert.equal(kindOf('https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk').src, 'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk');
  assert.deepEqual(kindOf('https://open.spotify.com/user/someone'), { kind: 'link' });
  assert.deepEqual(kindOf('https://soundcloud.com/artist'), { kind: 'link' });
});

test('an OpenStreetMap place is its embeddable map, with a marker', () => {
  const m = kindOf('https://www.openstreetmap.org/#map=12/51.1280/71.4304');
  assert.equal(m.service, 'OpenStreetMap');
  assert.equal(m.what, 'map');
  // At zoom 12 the box is 180 / 2^12 degrees either side across, half that up and down.
  assert.equal(m.src, 'https://www.openstreetmap.org/export/embed.html?bbox=71.38645,51.10603,71.47435,51.14997&layer=mapnik&marker=51.12800,71.43040');
  assert.match(kindOf('https://www.openstreetmap.org/?mlat=33.6844&mlon=73.0479').src, /&marker=33\.68440,73\.04790$/);
});
