import Handlebars from 'handlebars';
import type { TemplateSources } from '../load/load-templates.js';
import { COMPILE_OPTIONS } from './precompile-templates.js';
import { PRECOMPILED_TEMPLATES } from './precompiled-templates.js';

export type Template = (context: object) => string;

export interface CompiledTemplates {
  layout(name: string): Template;
  page(name: string): Template;
  /** A partial on its own: the renderer places some once-rendered parts (the nav bar) itself. */
  partial(name: string): Template;
  /** The words for a language: its own locale file, else its base language's, over English. */
  labels(lang: string): Record<string, string>;
}

/** Compiles layouts and pages in their own Handlebars environment, each once, on first use. */
export function compileTemplates(sources: TemplateSources): CompiledTemplates {
  const hbs = Handlebars.create();
  // A built-in template whose source is unchanged comes precompiled; any other is compiled here.
  const compile = (key: string, source: string): Template => {
    const builtin = PRECOMPILED_TEMPLATES[key];
    return builtin && builtin.source === source ? hbs.template(builtin.spec) : hbs.compile(source, COMPILE_OPTIONS);
  };
  const partials = new Map([...sources.partials].map(([name, source]) => [name, compile(`partials/${name}`, source)]));
  for (const [name, partial] of partials) hbs.registerPartial(name, partial);
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('join', (list: unknown, separator: unknown) => (Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : ''));
  const cache = new Map<string, Template>();
  const get = (map: Map<string, string>, kind: string, name: string): Template => {
    const key = `${kind}/${name}`;
    let template = cache.get(key);
    if (!template) {
      const source = map.get(name);
      if (source === undefined) throw new Error(`Template ${key}.hbs is missing from templates/`);
      template = compile(key, source);
      cache.set(key, template);
    }
    return template;
  };
  return {
    layout: (name) => get(sources.layouts, 'layouts', name),
    page: (name) => get(sources.pages, 'pages', name),
    partial: (name) => {
      const partial = partials.get(name);
      if (!partial) throw new Error(`Template partials/${name}.hbs is missing from templates/`);
      return partial;
    },
    labels: (lang) => {
      const base = lang.split('-')[0]!;
      const exact = sources.locales.get(lang);
      const match = exact ?? [...sources.locales].find(([tag]) => tag.split('-')[0] === base)?.[1];
      const words = { ...sources.locales.get('en'), ...match };
      // A date pattern is right only for the exact language it was written for (en is not en-GB).
      if (!exact?.dateFormat) {
        delete words.dateFormat;
        delete words.monthNames;
      }
      return words;
    },
  };
}
