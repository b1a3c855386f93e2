/**
 * The PDF outline (bookmarks): one entry per section, and under it one per
 * slide, titled with the headline as written. pdf-lib has no outline API, so
 * the dictionaries are built directly (PDF 32000-1 §12.3.3).
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFNull, PDFArray } from 'pdf-lib';
import type { OutlineEntry, OutlineSection } from './types.js';

interface Node {
  entry: OutlineEntry;
  children: OutlineEntry[];
}

export function writeOutline(doc: PDFDocument, sections: OutlineSection[]): void {
  if (sections.length === 0) return;
  const { context } = doc;
  const pages = doc.getPages();
  const rootRef = context.nextRef();
  const destination = (page: number): PDFArray => {
    const target = pages[page]!;
    // Top-left of the page, zoom unchanged.
    return context.obj([target.ref, PDFName.of('XYZ'), PDFNumber.of(0), PDFNumber.of(target.getHeight()), PDFNull]);
  };

  const writeLevel = (parent: PDFRef, nodes: Node[]): { first: PDFRef; last: PDFRef } => {
    const refs = nodes.map(() => context.nextRef());
    nodes.forEach((node, i) => {
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.entry.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), destination(node.entry.page));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < refs.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      if (node.children.length) {
        const kids = writeLevel(refs[i]!, node.children.map((entry) => ({ entry, children: [] })));
        dict.set(PDFName.of('First'), kids.first);
        dict.set(PDFName.of('Last'), kids.last);
        // Negative: the section starts closed, so the panel reads as a table of contents.
        dict.set(PDFName.of('Count'), PDFNumber.of(-node.children.length));
      }
      context.assign(refs[i]!, dict);
    });
    return { first: refs[0]!, last: refs[refs.length - 1]! };
  };

  const top = writeLevel(
    rootRef,
    sections.map((s) => ({ entry: s, children: s.children })),
  );
  const root = context.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  root.set(PDFName.of('First'), top.first);
  root.set(PDFName.of('Last'), top.last);
  root.set(PDFName.of('Count'), PDFNumber.of(sections.length));
  context.assign(rootRef, root);
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
