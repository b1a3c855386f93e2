import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { listFiles } from '../load/load-deck.js';
import { BUILTIN_TEMPLATES } from '../load/load-templates.js';
import { invokedAs } from './invoked-as.js';
import { parseCommandArgs } from './parse-args.js';
import { UsageError } from './usage-error.js';
import { displayPath } from '../load/display-path.js';

export const HELP = `Usage: deckpress new <name> [--dir DIR]

Creates DIR/<name>/ (default DIR: decks): deck.yaml, a first section with a chart
and numbers quoted from data/adoption.csv, and an empty assets/ folder. Prints how
to preview and build it.`;

/** Files of the scaffold whose {{title}}, {{name}} and {{date}} are filled in. */
const FILLED = new Set(['deck.yaml']);

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    dir: { type: 'string', default: 'decks' },
    help: { type: 'boolean', short: 'h', default: false },
  }, HELP);
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const [name, ...extra] = positionals;
  if (!name || extra.length > 0) throw new UsageError('deckpress new takes exactly one deck name.');
  if (!/^[a-z0-9][a-z0-9-]*$/.test(basename(name))) throw new UsageError(`Deck names are lowercase letters, digits and hyphens; "${name}" is not.`);
  const target = name.includes('/') ? resolve(name) : resolve(values.dir, name);
  if (await stat(target).then(() => true, () => false)) throw new UsageError(`${displayPath(target)} already exists.`);

  const scaffold = join(BUILTIN_TEMPLATES, 'new-deck');
  await cp(scaffold, target, { recursive: true });
  const fill = { name: basename(target), title: titleCase(basename(target)), date: new Date().toISOString().slice(0, 10) };
  for (const file of await listFiles(target)) {
    if (!FILLED.has(file)) continue;
    const text = await readFile(join(target, file), 'utf8');
    await writeFile(join(target, file), text.replace(/\{\{(\w+)\}\}/g, (m, key: keyof typeof fill) => fill[key] ?? m));
  }
  const shown = displayPath(target);
  const deckpress = invokedAs();
  process.stdout.write(`created ${shown}/ (a section, a chart from data/adoption.csv, and numbers quoted from it)\nnext:\n  ${deckpress} dev ${shown}     preview it; rebuilds and reloads on every edit\n  ${deckpress} build ${shown}   write dist/${basename(target)}/index.html\n  ${deckpress} pdf ${shown}     and its PDF\n`);
  return 0;
}

function titleCase(slug: string): string {
  return slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
