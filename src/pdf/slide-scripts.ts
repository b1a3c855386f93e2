/**
 * Runs in the print document before anything else (page.evaluateOnNewDocument
 * serialises this function, so it reads nothing from outside). What a slide's own
 * inline script does while it runs is recorded with that slide's id, so lint and
 * pdf can point at the slide:
 * - a script error or console.error;
 * - a dialog (alert, confirm, prompt): answered at once as if dismissed, so it
 *   never waits for a click that will not come.
 * Everything else the page reports comes through puppeteer.
 */
export interface SlideEvent {
  kind: 'error' | 'dialog';
  text: string;
  /** Id of the slide whose script raised it (the nearest section with an id). */
  id?: string;
}

export function watchSlideScripts(): void {
  const events: SlideEvent[] = [];
  (window as unknown as Record<string, SlideEvent[]>)['__deckpressSlideEvents'] = events;
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
    if (event.error !== undefined || event.message) events.push({ kind: 'error', text: event.message, id: slideOf() });
  });
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    if (document.currentScript) events.push({ kind: 'error', text: args.map(String).join(' '), id: slideOf() });
    original(...args);
  };
  const dialog = <T>(name: string, answer: T) => (message?: unknown) => {
    events.push({ kind: 'dialog', text: `${name}(${message === undefined ? '' : JSON.stringify(String(message))})`, id: slideOf() });
    return answer;
  };
  window.alert = dialog('alert', undefined);
  window.confirm = dialog('confirm', false);
  window.prompt = dialog('prompt', null);
}

/** The events recorded so far (run with page.evaluate). */
export function readSlideEvents(): SlideEvent[] {
  return (window as unknown as Record<string, SlideEvent[] | undefined>)['__deckpressSlideEvents'] ?? [];
}
