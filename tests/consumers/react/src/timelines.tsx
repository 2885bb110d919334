// The docs' snippets for React, verbatim: mount() in an effect that is cleaned up, and
// the tag in JSX with a listener for its events.
import { useEffect, useRef } from 'react';
import init, { mount, type PakkazEventMap, type PakkazTimelineElement, type Timeline } from 'pakkaz-timeline';
import type {} from 'pakkaz-timeline/jsx';

export function MountedTimeline({ src }: { src: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let timeline: Timeline | undefined;
    let gone = false;
    init().then(() => {
      if (!gone && box.current) timeline = mount(box.current, { src, height: 420 });
    });
    return () => {
      gone = true;
      timeline?.destroy();
    };
  }, [src]);
  return <div ref={box} />;
}

export function TimelineTag({ onSelect }: { onSelect: (title: string | null) => void }) {
  const tag = useRef<PakkazTimelineElement>(null);
  useEffect(() => {
    const element = tag.current;
    if (!element) return;
    const listener = (event: PakkazEventMap['pakkaz:select']) => onSelect(event.detail?.title ?? null);
    element.addEventListener('pakkaz:select', listener);
    return () => element.removeEventListener('pakkaz:select', listener);
  }, [onSelect]);
  return <pakkaz-timeline ref={tag} src="milestones.json" height={420} lanes />;
}
