/**
 * ISO dates as written in data files and deck.yaml: 2024-10-15, 2024-10, and a
 * date with a time. The shape alone lets 2020-02-30 through, which JavaScript's
 * Date silently rolls over to March 1st; a calendar date must also exist.
 */
const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/;

/** Written like an ISO date (the calendar not consulted). */
export function looksLikeIsoDate(text: string): boolean {
  return ISO_DATE.test(text.trim());
}

/** An ISO date that exists: month 1–12, a day the month has, a time of day. */
export function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (month! < 1 || month! > 12) return false;
  if (day !== undefined && (day < 1 || day > daysInMonth(year!, month!))) return false;
  return (hour ?? 0) <= 23 && (minute ?? 0) <= 59 && (second ?? 0) <= 59;
}

/** Why an ISO-shaped date does not exist, for messages: "month 13", "February 2021 has 28 days". */
export function impossibleDateReason(text: string): string {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return 'it is not an ISO date';
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    const name = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    return `${name} ${year} has ${daysInMonth(year, month)} days`;
  }
  return 'the time of day does not exist';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
