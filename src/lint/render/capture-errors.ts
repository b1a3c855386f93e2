/**
 * Runs in the print document before anything else (page.evaluateOnNewDocument
 * serialises this function). A script error or console.error raised while a
 * slide's own inline script runs is recorded with that slide's id, so lint can
 * point at the slide; everything else the page reports comes through puppeteer.
 */
export interface SlideError {
  text: string;
  /** Id of the slide whose script raised it (the nearest section with an id). */
  id?: string;
}

export function captureSlideErrors(): void {
  const errors: SlideError[] = [];
  (window as unknown as { __deckpressErrors: SlideError[] }).__deckpressErrors = errors;
  const slideOf = (): string | undefined => {
    let section = document.currentScript?.closest('section') ?? null;
    while (section && !section.id) {
      let previous = section.previousElementSibling;
      while (previous && previous.tagName !== 'SECTION') previous = previous.previousElementSibling;
      section = previous as HTMLElement | null;
    }
    return section?.id || undefined;
  };
  window.addEventListener('error', (event) => {
    if (event.error !== undefined || event.message) errors.push({ text: event.message, id: slideOf() });
  });
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (document.currentScript) errors.push({ text: args.map(String).join(' '), id: slideOf() });
    original(...args);
  };
}
