/** Compiles a deck given as files (path → content) through the real pipeline, in a temp folder removed afterwards. */
import { compileDeck, type CompileOptions, type CompiledDeck } from '../../src/pipeline.js';
import { removeTmpDeck, writeTmpDeck } from './tmp-deck.js';

export async function compileFiles(files: Record<string, string | Uint8Array>, options: CompileOptions = {}): Promise<CompiledDeck> {
  const dir = await writeTmpDeck(files);
  try {
    return await compileDeck(dir, options);
  } finally {
    await removeTmpDeck(dir);
  }
}

/** A section file: front matter from `title` (and optional extra YAML lines), then the slides, each `---`-separated. */
export function section(title: string, slides: string[], extra = ''): string {
  return `---\ntitle: ${title}\n${extra}---\n\n${slides.map((s) => `---\n${s}\n`).join('\n')}`;
}
