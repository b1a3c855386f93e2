// Real .xlsx workbooks for benches, written by LibreOffice Calc: the sheets go into a
// flat OpenDocument file (plain XML), which `soffice --headless --convert-to xlsx`
// turns into a workbook as a user's spreadsheet program would save it.
import { execFile } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Writes `path` (.xlsx) with one sheet per entry: `{ name, rows }`, the first row the
 * header; cells are numbers or strings.
 * @param {string} path @param {{ name: string, rows: (string | number)[][] }[]} sheets
 */
export async function writeWorkbook(path, sheets) {
  const work = await mkdtemp(join(tmpdir(), 'deckpress-workbook-'));
  try {
    const stem = basename(path).replace(/\.xlsx$/, '');
    const fods = join(work, `${stem}.fods`);
    await writeFile(fods, flatOds(sheets));
    // A profile of its own, so a LibreOffice the user has open is not disturbed.
    await run('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', work, fods], { timeout: 300_000 });
    await rename(join(work, `${stem}.xlsx`), path);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return path;
}

function flatOds(sheets) {
  const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const cell = (v) =>
    typeof v === 'number'
      ? `<table:table-cell office:value-type="float" office:value="${v}"/>`
      : `<table:table-cell office:value-type="string"><text:p>${escape(v)}</text:p></table:table-cell>`;
  const tables = sheets.map(
    (s) => `<table:table table:name="${escape(s.name)}">${s.rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('\n')}</table:table>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
${tables.join('\n')}
</office:spreadsheet></office:body></office:document>
`;
}
