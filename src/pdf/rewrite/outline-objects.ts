/**
 * The outline (bookmarks, §12.3.3) as new objects written as text: one item
 * per section, its slides nested under it, each pointing at the top of its
 * page, its destination the top-left of the page with the zoom unchanged.
 */
import type { OutlineEntry, OutlineSection } from '../types.js';
import type { PageRef } from './page-tree.js';
import { pdfText } from './pdf-strings.js';

export interface NewObject {
  num: number;
  /** The object's value, PDF source text. */
  text: string;
}

/** Objects numbered from `firstNum`; `root` is the outline dictionary the catalog points at. */
export function outlineObjects(sections: OutlineSection[], pages: PageRef[], firstNum: number): { root: number; objects: NewObject[] } {
  const objects: NewObject[] = [];
  let next = firstNum;
  const rootNum = next++;
  const destination = (page: number): string => {
    const target = pages[page]!;
    // Top-left of the page, zoom unchanged.
    return `[${target.num} 0 R /XYZ 0 ${target.top} null]`;
  };

  const writeLevel = (parent: number, entries: (OutlineEntry & { children?: OutlineEntry[] })[]): { first: number; last: number } => {
    const nums = entries.map(() => next++);
    entries.forEach((entry, i) => {
      const lines = [`/Title ${pdfText(entry.title)}`, `/Parent ${parent} 0 R`, `/Dest ${destination(entry.page)}`];
      if (i > 0) lines.push(`/Prev ${nums[i - 1]} 0 R`);
      if (i < nums.length - 1) lines.push(`/Next ${nums[i + 1]} 0 R`);
      const children = entry.children ?? [];
      if (children.length) {
        const kids = writeLevel(nums[i]!, children);
        // Negative: the section starts closed, so the panel reads as a table of contents.
        lines.push(`/First ${kids.first} 0 R`, `/Last ${kids.last} 0 R`, `/Count ${-children.length}`);
      }
      objects.push({ num: nums[i]!, text: `<<${lines.join('\n')}>>` });
    });
    return { first: nums[0]!, last: nums[nums.length - 1]! };
  };

  const top = writeLevel(rootNum, sections);
  objects.push({ num: rootNum, text: `<</Type /Outlines\n/First ${top.first} 0 R\n/Last ${top.last} 0 R\n/Count ${sections.length}>>` });
  return { root: rootNum, objects };
}
