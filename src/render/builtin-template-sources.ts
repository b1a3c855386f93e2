/** The package's own layouts, partials and pages, keyed "layouts/content", for precompiling. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_TEMPLATES } from '../load/load-templates.js';

export const TEMPLATE_KINDS = ['layouts', 'partials', 'pages'] as const;

export async function builtinTemplateSources(root = BUILTIN_TEMPLATES): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const kind of TEMPLATE_KINDS) {
    for (const file of (await readdir(join(root, kind))).filter((f) => f.endsWith('.hbs')).sort()) {
      out.push([`${kind}/${file.slice(0, -4)}`, await readFile(join(root, kind, file), 'utf8')]);
    }
  }
  return out;
}
