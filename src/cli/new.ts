import { cp, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { listFiles } from '../load/load-deck.js';
import { BUILTIN_TEMPLATES } from '../load/load-templates.js';
import { parseCommandArgs } from './parse-args.js';
import { UsageError } from './usage-error.js';

export const HELP = `Usage: deckpress new <name> [--dir DIR]

Creates DIR/<name>/ (default DIR: decks) with deck.yaml and a first section that builds.`;

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
  if (await stat(target).then(() => true, () => false)) throw new UsageError(`${relative(process.cwd(), target)} already exists.`);

  const scaffold = join(BUILTIN_TEMPLATES, 'new-deck');
  await cp(scaffold, target, { recursive: true });
  const fill = { name: basename(target), title: titleCase(basename(target)), date: new Date().toISOString().slice(0, 10) };
  for (const file of await listFiles(target)) {
    if (!FILLED.has(file)) continue;
    const text = await readFile(join(target, file), 'utf8');
    await writeFile(join(target, file), text.replace(/\{\{(\w+)\}\}/g, (m, key: keyof typeof fill) => fill[key] ?? m));
  }
  const shown = relative(process.cwd(), target);
  process.stdout.write(`created ${shown}/\nnext: deckpress build ${shown}\n`);
  return 0;
}

function titleCase(slug: string): string {
  return slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
