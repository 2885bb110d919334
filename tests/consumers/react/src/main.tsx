// A React 19 app under StrictMode (effects run twice in development builds; the test
// builds in development mode for that): the tag, whose selection the app shows, and a
// mounted widget.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { MountedTimeline, TimelineTag } from './timelines';

function App() {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <main>
      <h1>A React app</h1>
      <p>
        Selected: <output id="selected">{selected ?? 'nothing'}</output>
      </p>
      <section id="tag">
        <TimelineTag onSelect={setSelected} />
      </section>
      <section id="mounted">
        <MountedTimeline src="events.json" />
      </section>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
