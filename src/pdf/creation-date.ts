/**
 * The PDF's creation date must not be "now", or no two exports would be the same
 * bytes. It is the deck's `date`; without one, SOURCE_DATE_EPOCH (the
 * reproducible-builds convention); without either, the caller's fallback (the
 * pipeline passes the newest modification time of the deck's sources).
 */
export function pdfCreationDate(
  deckDate: string | Date | undefined,
  env: NodeJS.ProcessEnv = process.env,
  fallback?: Date,
): Date {
  if (deckDate instanceof Date && !Number.isNaN(deckDate.getTime())) return deckDate;
  if (typeof deckDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(deckDate)) {
    // A bare ISO date is midnight UTC, the same on every machine.
    const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(deckDate) ? `${deckDate}T00:00:00Z` : deckDate);
    if (!Number.isNaN(date.getTime())) return date;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return fallback ?? new Date(0);
}

/** The PDF's /Creator: `deckpress <version>`. */
export function pdfCreator(version: string): string {
  return `deckpress ${version}`;
}
