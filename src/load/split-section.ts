/**
 * Splits a section file into its front matter and slides, keeping the line each
 * part starts on. Grammar (as in Slidev): a line `---` that follows a blank line
 * (or starts the file) begins a slide; when the very next line is not blank, the
 * lines up to the next `---` line are that slide's YAML front matter.
 */

export interface TextBlock {
  text: string;
  /** 1-based line of the block's first line in the file. */
  line: number;
}

export interface RawSlide {
  /** 1-based line of the slide's `---` separator (or first line when there is none). */
  line: number;
  frontMatter?: TextBlock;
  body: TextBlock;
}

export interface SplitSection {
  frontMatter?: TextBlock;
  slides: RawSlide[];
  /** Set when a front matter block is opened but never closed: the line it opens on. */
  unclosedAt?: number;
  /**
   * `---` lines right after text (so no separator: Markdown reads text + `---` as a
   * heading) that are followed by what looks like front matter: `key:` and a closing
   * `---`. The first key lets validation decide whether a slide was meant.
   */
  gluedSeparators: { line: number; key: string }[];
}

const KEY_LINE = /^([A-Za-z][\w-]*)\s*:(\s|$)/;

const FENCE = /^---\s*$/;

export function splitSection(source: string): SplitSection {
  const lines = source.split(/\r?\n/);
  const result: SplitSection = { slides: [], gluedSeparators: [] };
  let i = 0;
  let inCode = false;

  const readFrontMatter = (start: number): { block?: TextBlock; next: number } => {
    // start is the separator line; front matter only if the next line has content.
    const first = start + 1;
    if (first >= lines.length || lines[first]!.trim() === '' || FENCE.test(lines[first]!)) return { next: first };
    for (let j = first; j < lines.length; j++) {
      if (FENCE.test(lines[j]!)) return { block: { text: lines.slice(first, j).join('\n'), line: first + 1 }, next: j + 1 };
    }
    result.unclosedAt ??= start + 1;
    return { next: lines.length };
  };

  // The section's own front matter opens the file.
  while (i < lines.length && lines[i]!.trim() === '') i++;
  if (i < lines.length && FENCE.test(lines[i]!)) {
    const fm = readFrontMatter(i);
    result.frontMatter = fm.block;
    i = fm.next;
  }

  let current: { line: number; frontMatter?: TextBlock; bodyStart: number } | undefined = {
    line: i + 1,
    bodyStart: i,
  };
  const close = (end: number) => {
    if (!current) return;
    const bodyLines = lines.slice(current.bodyStart, end);
    const text = bodyLines.join('\n');
    if (current.frontMatter || text.trim() !== '') {
      result.slides.push({ line: current.line, frontMatter: current.frontMatter, body: { text, line: current.bodyStart + 1 } });
    }
  };

  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    const startsSlide = !inCode && FENCE.test(line) && (i === 0 || lines[i - 1]!.trim() === '');
    if (!startsSlide) {
      const key = !inCode && FENCE.test(line) ? KEY_LINE.exec(lines[i + 1] ?? '')?.[1] : undefined;
      if (key !== undefined && lines.slice(i + 2).some((l) => FENCE.test(l))) result.gluedSeparators.push({ line: i + 1, key });
      continue;
    }
    close(i);
    const fm = readFrontMatter(i);
    current = { line: i + 1, frontMatter: fm.block, bodyStart: fm.next };
    i = fm.next - 1;
  }
  close(lines.length);
  return result;
}
