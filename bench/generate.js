// A seeded generator of timeline datasets for benchmarks and stress tests (not part of
// the product). Same seed, same events.
export function generateDataset(n, seed = 1) {
  let s = seed >>> 0;
  const random = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const categories = ['political', 'military', 'trade', 'education'];
  const words = ['Visit', 'Agreement', 'Exercise', 'Trade talks', 'Exchange', 'Forum', 'Delegation', 'Memorandum'];
  const start = Date.UTC(1991, 0, 1);
  const span = Date.UTC(2022, 11, 31) - start;
  const pad = (v) => String(v).padStart(2, '0');
  const events = [];
  for (let i = 0; i < n; i++) {
    const d = new Date(start + Math.floor(random() * span / 86400000) * 86400000);
    const precision = random();
    const date = precision < 0.15 ? `${d.getUTCFullYear()}`
      : precision < 0.35 ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`
        : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    events.push({
      id: `generated-${i}`,
      date,
      category: categories[Math.floor(random() * 4)],
      title: `${words[Math.floor(random() * words.length)]} no. ${i}`,
      summary: 'A generated event.',
      sources: [{ source: 'generator', quote: 'Generated for a benchmark.' }],
    });
  }
  return {
    title: `${n} generated events`,
    sources: [{ id: 'generator', title: 'Seeded generator' }],
    events,
  };
}
