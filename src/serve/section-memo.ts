import { loadSection, type LoadedSectionFile, type YamlParser } from '../load/load-deck.js';
import { isInside } from '../load/is-inside.js';
import { parseYaml, type ParsedYaml } from '../load/parse-yaml.js';

/**
 * Section files kept in memory between rebuilds: loadDeck asks for every section
 * each time, and only the files the watcher reported are read again. Within a
 * re-read file, a YAML block whose text and position did not change is not
 * parsed again (YAML parsing is most of a section's load time).
 */
export class SectionMemo {
  private readonly files = new Map<string, Promise<LoadedSectionFile>>();
  /** Per file: parsed blocks by position and text, from the file's last load. */
  private readonly blocks = new Map<string, Map<string, ParsedYaml>>();

  readonly load = (path: string, display: string): Promise<LoadedSectionFile> => {
    let pending = this.files.get(path);
    if (!pending) {
      const previous = this.blocks.get(path) ?? new Map<string, ParsedYaml>();
      const next = new Map<string, ParsedYaml>();
      const parse: YamlParser = (text, origin) => {
        const key = `${origin.line}:${origin.column}\n${text}`;
        const parsed = previous.get(key) ?? parseYaml(text, origin);
        next.set(key, parsed);
        return parsed;
      };
      pending = loadSection(path, display, parse).then((loaded) => {
        this.blocks.set(path, next);
        return loaded;
      });
      // A failed read (the file vanished mid-rebuild) is not remembered.
      pending.catch(() => this.files.delete(path));
      this.files.set(path, pending);
    }
    return pending;
  };

  /** Forgets a changed file, or every file under a changed folder. */
  invalidate(path: string): void {
    for (const key of this.files.keys()) if (isInside(key, path, { orSame: true })) this.files.delete(key);
  }
}
