import { load, CORE_SCHEMA } from 'js-yaml';
const fm = `id: slide-001
layout: split
image: { src: figure.svg, alt: "Line chart of spending rising" }
sources:
  - { text: "Synthetic Source 1, State of Benchmarks 2024", url: "https://example.org/source/1" }
`;
let t = performance.now();
for (let i = 0; i < 240; i++) load(fm.replace('001', String(i)), { schema: CORE_SCHEMA });
console.log('js-yaml 240 loads', (performance.now() - t).toFixed(1));
t = performance.now();
for (let i = 0; i < 240; i++) load(fm.replace('001', String(i)), { schema: CORE_SCHEMA });
console.log('again', (performance.now() - t).toFixed(1));
t = performance.now();
for (let i = 0; i < 240; i++) JSON.parse(JSON.stringify({id: 'slide-'+i, layout: 'split', image: {src: 'figure.svg', alt: 'x'}, sources: [{text: 'a', url: 'b'}]}));
console.log('json', (performance.now() - t).toFixed(1));
