/**
 * Runs inside the print document (page.evaluate serialises this function): for
 * each URL, the id of the first slide with an element that loads it (src, href,
 * data, poster, or a CSS url() in its computed style, ::before and ::after
 * included). Only called when printing refused a file, so it may be slow.
 */
export function locateUrls(urls: string[], selector: string): Record<string, string> {
  const wanted = new Set(urls);
  const found: Record<string, string> = {};
  const cssUrls = (style: CSSStyleDeclaration): string[] => {
    const values = [style.backgroundImage, style.listStyleImage, style.borderImageSource, style.maskImage, style.content];
    return values.flatMap((value) => Array.from((value ?? '').matchAll(/url\("?([^")]*)"?\)/g), (m) => m[1] ?? ''));
  };
  const urlsOf = (el: Element): string[] => {
    const attributes = ['src', 'href', 'data', 'poster'].map((name) => {
      const value = el.getAttribute(name);
      if (value === null) return '';
      try {
        return new URL(value, document.baseURI).href;
      } catch {
        return '';
      }
    });
    return [...attributes, ...cssUrls(getComputedStyle(el)), ...cssUrls(getComputedStyle(el, '::before')), ...cssUrls(getComputedStyle(el, '::after'))];
  };
  let currentId: string | undefined;
  for (const section of Array.from(document.querySelectorAll(selector))) {
    if (section.id) currentId = section.id;
    if (currentId === undefined) continue;
    for (const el of [section, ...Array.from(section.querySelectorAll('*'))]) {
      for (const url of urlsOf(el)) {
        if (wanted.has(url) && found[url] === undefined) found[url] = currentId;
      }
    }
  }
  return found;
}
