/** A column name as words for labels and descriptions: "revenue_usd" → "revenue usd". */
export function columnWords(name: string): string {
  return name.replace(/[_-]+/g, ' ').trim();
}
