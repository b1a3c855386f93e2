/**
 * Runs inside the print document (page.evaluate serialises this function, so it
 * reads nothing from outside). Every top-level section is one 1280×720 page; what
 * does not fit is measured, not guessed:
 * - a zone (a direct child of the slide other than its chrome) whose content runs
 *   into the next zone, into the chrome-bottom area (source line and footer) or
 *   past the slide's edges, or is wider than its box;
 * - any element that clips its content (overflow hidden) without an ellipsis, such
 *   as a source line with more sources than its two lines hold;
 * - images that did not load or decode, and fonts that failed.
 */

export interface PageOverflow {
  /**
   * 'overlap': into the next zone; 'chrome': into the source line and footer; 'edge':
   * off the slide; 'wide': wider than its zone; 'clipped': hidden by an element.
   */
  kind: 'overlap' | 'chrome' | 'edge' | 'wide' | 'clipped';
  /** Class names of the element concerned, e.g. "slide-body" or "sources". */
  zone: string;
  /** For 'overlap': the zone it runs into. */
  into?: string;
  axis: 'height' | 'width';
  /** By how many CSS px. */
  by: number;
}

export interface PageFindings {
  /** Index of the page among all pages. */
  index: number;
  /** Id of the slide this page shows (fragment-step and notes pages carry their slide's). */
  id?: string;
  overflows: PageOverflow[];
  /** `src` of every image that did not load, as written in the HTML. */
  brokenImages: string[];
  /** The headline as shown and the lines it takes, for checking lint's own estimate. */
  headline?: { text: string; lines: number };
}

export interface DocumentFindings {
  pages: PageFindings[];
  /** Font faces that failed to load: "Inter 800 normal". */
  failedFonts: string[];
}

export async function measurePrintDocument(selector: string): Promise<DocumentFindings> {
  // Sub-pixel layout and anti-aliased borders are not overflow.
  const TOLERANCE = 2;
  // Images and fonts are loaded already: openPrintPage waited for them before anything measures.

  const name = (el: Element) => (typeof el.className === 'string' && el.className.trim() ? el.className.trim().split(/\s+/).join('.') : el.tagName.toLowerCase());
  const isChrome = (el: Element) => el.classList.contains('chrome-top') || el.classList.contains('chrome-bottom');
  const clips = (el: Element) => {
    const style = getComputedStyle(el);
    return (style.overflowX !== 'visible' || style.overflowY !== 'visible') && style.textOverflow !== 'ellipsis';
  };

  const pages: PageFindings[] = [];
  let currentId: string | undefined;
  Array.from(document.querySelectorAll(selector)).forEach((section, index) => {
    if (section.id) currentId = section.id;
    const box = section.getBoundingClientRect();
    const overflows: PageOverflow[] = [];
    const add = (o: PageOverflow) => {
      if (o.by > TOLERANCE && !overflows.some((x) => x.kind === o.kind && x.zone === o.zone && x.axis === o.axis)) overflows.push({ ...o, by: Math.round(o.by) });
    };
    const chromeBottom = section.querySelector(':scope > .chrome-bottom');
    const chromeTop = chromeBottom && chromeBottom.getBoundingClientRect().height > 0 ? chromeBottom.getBoundingClientRect().top : undefined;

    const zones = Array.from(section.children).filter((el) => !isChrome(el) && getComputedStyle(el).display !== 'none');
    zones.forEach((zone, i) => {
      // Content wider than its zone spills over its neighbour or off the slide.
      add({ kind: 'wide', zone: name(zone), axis: 'width', by: zone.scrollWidth - zone.clientWidth });
      let bottom = -Infinity;
      let right = -Infinity;
      for (const el of [zone, ...Array.from(zone.querySelectorAll('*'))]) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        bottom = Math.max(bottom, r.bottom);
        right = Math.max(right, r.right);
      }
      // Taller content is harmless in the slide's bottom padding; it matters where it
      // meets the next zone, the source line and footer, or the slide's edge.
      const next = zones.slice(i + 1).find((z) => z.getBoundingClientRect().height > 0);
      if (next) add({ kind: 'overlap', zone: name(zone), into: name(next), axis: 'height', by: bottom - next.getBoundingClientRect().top });
      if (chromeTop !== undefined) add({ kind: 'chrome', zone: name(zone), axis: 'height', by: bottom - chromeTop });
      add({ kind: 'edge', zone: name(zone), axis: 'height', by: bottom - box.bottom });
      add({ kind: 'edge', zone: name(zone), axis: 'width', by: right - box.right });
    });
    // Elements inside the slide that hide what does not fit lose content silently. (The
    // slide's own clipping is measured above by geometry: its scroll size counts padding.)
    // Geometry first: the computed style (the slow part, on every element of a
    // 200-slide deck) is read only for an element whose content is larger than it.
    for (const el of Array.from(section.querySelectorAll('*'))) {
      const tall = el.scrollHeight - el.clientHeight;
      const wide = el.scrollWidth - el.clientWidth;
      if ((tall <= TOLERANCE && wide <= TOLERANCE) || el.closest('.chrome-top') || !clips(el)) continue;
      add({ kind: 'clipped', zone: name(el), axis: 'height', by: tall });
      add({ kind: 'clipped', zone: name(el), axis: 'width', by: wide });
    }

    const brokenImages = Array.from(section.querySelectorAll('img'))
      .filter((img) => !img.complete || img.naturalWidth === 0)
      .map((img) => img.getAttribute('src') ?? '');
    const headline = section.querySelector('.headline');
    const lineHeight = headline ? parseFloat(getComputedStyle(headline).lineHeight) : NaN;
    pages.push({
      index,
      ...(currentId !== undefined ? { id: currentId } : {}),
      overflows,
      brokenImages,
      ...(headline && lineHeight > 0 ? { headline: { text: headline.textContent ?? '', lines: Math.round(headline.getBoundingClientRect().height / lineHeight) } } : {}),
    });
  });

  const failedFonts: string[] = [];
  document.fonts.forEach((face) => {
    if (face.status === 'error') failedFonts.push(`${face.family.replace(/^["']|["']$/g, '')} ${face.weight} ${face.style}`);
  });
  return { pages, failedFonts };
}
