import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readText } from './read-text.js';
import { splitSection } from './split-section.js';

/**
 * The slides a deck's section files hold, by the section grammar alone: no YAML,
 * no Markdown, no data. Cheap enough to run over every deck before choosing which
 * ones a shard builds; generated slides (title, agenda, dividers) are not counted.
 * An unreadable deck counts as 0: the build that follows reports it properly.
 */
export async function countSlides(deckDir: string): Promise<number> {
  const dir = join(deckDir, 'sections');
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.md'));
  let slides = 0;
  for (const file of files) {
    const { text } = await readText(join(dir, file), file).catch(() => ({ text: undefined }));
    if (text !== undefined) slides += splitSection(text).slides.length;
  }
  return slides;
}
