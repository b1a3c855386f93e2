/**
 * Waits for `work` at most `ms` milliseconds. For the ends of things (a tab
 * closing, a browser exiting, a lent context disposed): past the grace period, or
 * if it fails, the caller goes on all the same.
 */
export async function within(ms: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([work.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
