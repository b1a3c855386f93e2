/** Extensions read as data files. */
export const DATA_EXTENSIONS = ['.csv', '.json', '.yaml', '.yml', '.xlsx'] as const;

/** The name a data file is referenced by: its file name without the extension. */
export function dataFileStem(path: string): string {
  const base = path.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export function isDataFileName(path: string): boolean {
  const dot = path.lastIndexOf('.');
  // "~$market.xlsx" is the lock file Excel keeps beside a workbook it has open.
  if (path.replace(/^.*[\\/]/, '').startsWith('~$')) return false;
  return dot > 0 && (DATA_EXTENSIONS as readonly string[]).includes(path.slice(dot).toLowerCase());
}

export function isWorkbookName(path: string): boolean {
  return path.toLowerCase().endsWith('.xlsx');
}
