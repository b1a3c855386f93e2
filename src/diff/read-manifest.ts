import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_VERSION, manifestSchema, type Manifest } from '../emit/manifest-schema.js';
import { diffError } from './diff-error.js';

/** The manifest of a built deck folder (dist/<deck> or dist/<deck>/<variant>), checked against this version's format. */
export async function readManifest(dir: string, role: 'OLD' | 'NEW'): Promise<Manifest> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw diffError('DiffNotADeck', { role, dir, missing: info ? 'it is a file, not a folder' : 'there is no such folder' });
  const file = join(dir, 'deck.json');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    const built = await stat(join(dir, 'index.html')).catch(() => undefined);
    throw diffError('DiffNotADeck', { role, dir, missing: built ? 'deck.json is missing (it was built by a deckpress older than the build manifest)' : 'deck.json and index.html are missing' });
  }
  const incompatible = (detail: string) => diffError('DiffManifestIncompatible', { role, file, detail });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw incompatible('it is not valid JSON');
  }
  const version = (json as { manifest?: unknown } | null)?.manifest;
  if (version !== MANIFEST_VERSION) throw incompatible(`it has manifest version ${JSON.stringify(version ?? null)} and this deckpress reads version ${MANIFEST_VERSION}`);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw incompatible(`${issue.path.join('.') || 'the top level'} does not match the manifest format (${issue.message})`);
  }
  return parsed.data;
}
