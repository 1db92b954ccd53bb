// Reads the shared CSV files with their quirks: encodings, ';' or ',' delimiters, multi-line
// quoted fields, mixed CRLF/LF, doubled apostrophes ('') used by ROME and RNCP.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf8' | 'cp1252' | 'latin1';

export interface CsvRow {
  /** 1-based line where the record starts in the file. */
  line: number;
  values: Record<string, string>;
}

export interface CsvReadOptions {
  encoding?: CsvEncoding;
  delimiter?: string;
}

export function decodeBuffer(buf: Buffer, encoding: CsvEncoding): string {
  if (encoding === 'utf8') {
    const text = buf.toString('utf8');
    if (text.includes('\uFFFD')) throw new Error('invalid UTF-8 (replacement characters found): wrong encoding?');
    return text.replace(/^\uFEFF/, '');
  }
  return iconv.decode(buf, encoding === 'cp1252' ? 'win1252' : 'latin1');
}

/** ROME and RNCP double their apostrophes inside values ("l''entretien"). */
export function fixApostrophes(value: string): string {
  return value.replace(/''/g, "'").trim();
}

export function parseCsvText(text: string, options: CsvReadOptions = {}): CsvRow[] {
  const records = parse(text, {
    delimiter: options.delimiter ?? ',',
    columns: (header: string[]) => header.map((h, i) => (h.trim() === '' ? `__empty${i}` : h.replace(/\s+/g, ' ').trim())),
    record_delimiter: ['\r\n', '\n'],
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    raw: true,
    bom: true,
  }) as Array<{ record: Record<string, string>; raw: string; info: { lines: number } }>;
  // info.lines is the line where the record ends; count the newlines inside it to get its start.
  return records.map((r) => {
    const inner = (r.raw.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
    return { line: r.info.lines - inner, values: r.record };
  });
}

export function readCsv(file: string, options: CsvReadOptions = {}): CsvRow[] {
  const text = decodeBuffer(readFileSync(file), options.encoding ?? 'utf8');
  try {
    return parseCsvText(text, options);
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
  }
}
