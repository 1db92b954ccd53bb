// CSV for spreadsheet users in France: UTF-8 with BOM (Excel detects the encoding), ';' separator
// (French Excel's list separator), RFC 4180 quoting, CRLF rows, and formula-injection neutralised
// (cells starting with = + - @ tab or CR get a leading apostrophe, as OWASP recommends).
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[;"\r\n,]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvCell).join(CSV_SEPARATOR) + '\r\n';
}

export function csvDocument(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  let out = CSV_BOM + csvRow(header);
  for (const r of rows) out += csvRow(r);
  return out;
}
