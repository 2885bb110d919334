// Every option, method and event of the package, typed as a host writes them: this must
// pass `tsc --strict` (scripts/consumers.mjs).
import init, {
  mount,
  validateDataset,
  version,
  type Dataset,
  type MountOptions,
  type PakkazTimelineElement,
  type SelectDetail,
  type Timeline,
  type TimelineJsFile,
  type ViewChangeDetail,
} from 'pakkaz-timeline';

const data: Dataset = {
  title: 'A company',
  sources: [{ id: 'report', title: 'Annual report', date: '2021', url: 'https://example.org/report' }],
  events: [
    {
      id: 'founded',
      date: '2015-03',
      end: '2016',
      category: 'trade',
      title: 'Founded',
      summary: 'The company is founded.',
      status: 'planned',
      amount_usd: 1000000,
      media: { url: 'https://example.org/a.jpg', alt: 'The office', caption: 'Day one', credit: 'Staff' },
      sources: [{ source: 'report', quote: 'The company was founded.' }],
    },
  ],
  undated: [{ id: 'note', title: 'A note', summary: 'Undated.', sources: [{ source: 'report', quote: 'Said.' }] }],
  categories: [{ id: 'trade', label: 'Trade', color: '#005f73' }],
  eras: [{ id: 'early', title: 'Early years', date: '2015', end: '2017' }],
};

const timelineJs: TimelineJsFile = { events: [{ start_date: { year: 2015 }, text: { headline: 'Founded' } }] };

const options: MountOptions = {
  data,
  heading: 'Our history',
  lang: 'ur',
  strings: { search: 'Find', categories: 'Kinds' },
  categories: ['trade'],
  from: '2015',
  to: '2020-06-30',
  selected: 'founded',
  theme: 'dark',
  hash: false,
  height: '60vh',
  list: true,
  lanes: false,
};
const fromFile: MountOptions = { src: 'events.csv', height: 480, theme: 'auto', lang: 'kk' };
const converted: MountOptions = { data: timelineJs, lang: 'ru' };

async function main(): Promise<void> {
  await init();
  const host = document.querySelector('#timeline');
  if (!host) return;
  validateDataset(data);
  validateDataset(JSON.stringify(data));
  const timeline: Timeline = mount(host, options);
  timeline.setCategories(['trade']);
  timeline.zoomTo('2015', null);
  timeline.zoomTo(null, '2020');
  timeline.select('founded');
  timeline.select(null);
  timeline.destroy();
  mount(host, fromFile).destroy();
  mount(host, converted).destroy();

  host.addEventListener('pakkaz:select', (event) => {
    const detail: SelectDetail | null = event.detail;
    if (detail) console.log(detail.id, detail.title, detail.date, detail.when);
  });
  host.addEventListener('pakkaz:viewchange', (event) => {
    const detail: ViewChangeDetail = event.detail;
    console.log(detail.from, detail.to, detail.categories.join(), detail.query);
  });

  const tag: PakkazTimelineElement | null = document.querySelector('pakkaz-timeline');
  if (tag) {
    const v: string = tag.version;
    tag.addEventListener('pakkaz:error', (event) => console.error(event.detail.message, v));
    tag.setCategories(['trade']);
    tag.zoomTo('2016');
    tag.select(null);
    tag.destroy();
  }
  const made = document.createElement('pakkaz-timeline');
  made.setAttribute('src', 'events.json');
  console.log(version satisfies string);
}

void main();
