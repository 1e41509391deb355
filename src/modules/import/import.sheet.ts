import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { badUserInput } from '../../errors/errors.js';
import { withCause } from '../../writes/write.js';

/** One row of a spreadsheet: its number as the spreadsheet program shows it (1 = the first line), and its cells as text. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** A ZIP archive, as an XLSX workbook is: "PK\x03\x04". */
const isZip = (bytes: Buffer) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** What a cell of exceljs holds, as the text a person sees in it. */
function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return day(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    // A formula is never evaluated here: its last computed result is what the sheet showed.
    if ('result' in value) return value.result instanceof Date ? day(value.result) : value.result == null || typeof value.result === 'object' ? '' : String(value.result);
    if ('error' in value) return '';
  }
  return String(value);
}

async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as @types/node of its day did: the same bytes.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw withCause(badUserInput('The file is not a readable XLSX workbook'), error);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badUserInput('The workbook has no worksheet');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    // exceljs numbers cells from 1: values[0] is always empty.
    rows.push({ row: number, cells: values.slice(1).map(cellText) });
  });
  return rows;
}

function readCsv(bytes: Buffer): SheetRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw badUserInput('The file is neither UTF-8 text (CSV) nor an XLSX workbook: save it as "CSV UTF-8" or as an Excel workbook');
  }
  const delimiter = guessDelimiter(text);
  try {
    // Blank lines are kept as (empty) records so that each record's number is the row a spreadsheet shows.
    const records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
    return records.map((cells, index) => ({ row: index + 1, cells }));
  } catch (error) {
    const where = (error as { lines?: number }).lines;
    throw withCause(badUserInput(`The CSV file cannot be read${where ? ` near line ${where}` : ''}: ${(error as Error).message}`), error);
  }
}

/** Excel saves CSV with ";" where the decimal comma is the custom (Vietnamese settings among them). */
function guessDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => line.trim() !== '' && !line.startsWith('#')) ?? '';
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : count('\t') > count(',') ? '\t' : ',';
}

/** The rows of an uploaded roster: an XLSX workbook's first sheet, or a CSV file (UTF-8; comma, semicolon or tab). */
export async function readSheet(bytes: Buffer): Promise<SheetRow[]> {
  const rows = isZip(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  return rows.map((r) => ({ row: r.row, cells: r.cells.map((c) => c.trim()) })).filter((r) => r.cells.some((c) => c !== ''));
}
