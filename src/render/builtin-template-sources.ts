/** The package's own layouts, partials and pages, keyed "layouts/content", for precompiling. */
import { BUILTIN_TEMPLATES, readTemplateFiles } from '../load/load-templates.js';

export const TEMPLATE_KINDS = ['layouts', 'partials', 'pages'] as const;

export async function builtinTemplateSources(root = BUILTIN_TEMPLATES): Promise<[string, string][]> {
  const kinds = await Promise.all(TEMPLATE_KINDS.map(async (kind) => (await readTemplateFiles(root, kind, '.hbs')).map(({ name, text }): [string, string] => [`${kind}/${name}`, text])));
  return kinds.flat().sort(([a], [b]) => (a < b ? -1 : 1));
}
