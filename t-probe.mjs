import { compileDeck } from './lib/pipeline.js';
import { buildPptx } from './lib/pptx/build-pptx.js';
import { readFileSync } from 'node:fs';
let t = performance.now();
const c = await compileDeck('decks/ai-not-a-bubble', { variants: [] });
console.log('compile', Math.round(performance.now() - t)); t = performance.now();
const r = await buildPptx({ model: c.targets[0].model, data: c.data, theme: c.theme, labels: c.labels, readAsset: (s) => readFileSync('decks/ai-not-a-bubble/assets/' + s) });
console.log('pptx', Math.round(performance.now() - t), r.bytes.length);
