/**
 * The locale's own pattern when it has one (`dateFormat` with {year}, {month},
 * {monthName}, {day}): creating an Intl.DateTimeFormat loads ICU date data, about
 * 15 ms of a build. Other languages use Intl. Both give the same text.
 */
export function formatDate(iso: string, lang: string, labels: Record<string, string>): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const pattern = labels.dateFormat;
  if (pattern) {
    const monthName = labels.monthNames?.split(' ')[month - 1] ?? String(month);
    const parts: Record<string, string> = { year: String(year), month: String(month), monthName, day: String(day) };
    return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => parts[key] ?? whole);
  }
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}
