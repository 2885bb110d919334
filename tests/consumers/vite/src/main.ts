// A Vite app in plain TypeScript: the docs' snippet for Vite, verbatim, and the tag with
// a CSV file in index.html (the element is defined by importing the package).
import init, { mount } from 'pakkaz-timeline';

await init();
const timeline = mount(document.querySelector('#timeline')!, { src: 'events.json', height: 420 });
timeline.zoomTo('2002', null);

document.body.dataset.ready = 'true';
