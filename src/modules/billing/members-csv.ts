/**
 * CSV for moving members in and out (RFC 4180: comma-separated, double quotes around fields that
 * need them, "" for a quote inside). Cells that a spreadsheet would run as a formula (starting with
 * = + - @) are written with a leading apostrophe, which reading strips again, so a round trip
 * gives back exactly what went out.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV document from a header and rows, CRLF line ends as the RFC says. */
export function writeCsv(header: string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Splits CSV text into rows of fields; throws with the line number on an unclosed quote. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      line++;
    } else field += c;
  }
  if (quoted) throw new Error(`a quoted field starting before line ${line} is never closed`);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== '')).map((r) => r.map((f) => (f.startsWith("'") && FORMULA_START.test(f.slice(1)) ? f.slice(1) : f)));
}

export interface MemberImportRow {
  /** Row of the file counting the header as row 1 (blank lines are skipped), for messages. */
  line: number;
  email: string;
  name: string;
  compTier: string | null;
  compUntil: string | null;
}

/**
 * Reads an import file with a header naming at least `email` (also `name`, `comp_tier`,
 * `comp_until`, in any order; other columns are ignored, so an export can be imported back).
 */
export function parseMemberImport(text: string): { rows: MemberImportRow[] } | { error: string } {
  let table: string[][];
  try {
    table = readCsv(text);
  } catch (error) {
    return { error: `The file is not valid CSV: ${(error as Error).message}` };
  }
  const [header, ...body] = table;
  if (!header) return { error: 'The file is empty. The first line must name the columns, for example: email,name,comp_tier,comp_until' };
  const columns = header.map((h) => h.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  if (at('email') < 0) return { error: 'The first line must name the columns and include "email" (also: name, comp_tier, comp_until)' };
  const get = (row: string[], name: string) => (at(name) >= 0 ? (row[at(name)] ?? '').trim() : '');
  return {
    rows: body.map((row, index) => ({
      line: index + 2,
      email: get(row, 'email'),
      name: get(row, 'name'),
      compTier: get(row, 'comp_tier') || null,
      compUntil: get(row, 'comp_until') || null,
    })),
  };
}
