// What the app's table downloads hold, read back independently: CSV as RFC 4180 with a BOM,
// .xlsx through a separate reader (read-excel-file), so a spec checks what a spreadsheet sees.
import { expect } from '@playwright/test';
import fs from 'node:fs';
import readXlsxFile from 'read-excel-file/node';

/** RFC 4180 as the app writes it: quoted fields, doubled quotes, CRLF. */
function bacaCsv(teks: string, pemisah = ','): string[][] {
  const baris: string[][] = [];
  let r: string[] = [];
  let sel = '';
  let kutip = false;
  for (let i = 0; i < teks.length; i++) {
    const c = teks[i];
    if (kutip) {
      if (c === '"' && teks[i + 1] === '"') { sel += '"'; i++; } else if (c === '"') kutip = false; else sel += c;
    } else if (c === '"') kutip = true;
    else if (c === pemisah) { r.push(sel); sel = ''; }
    else if (c === '\r' && teks[i + 1] === '\n') { r.push(sel); baris.push(r); r = []; sel = ''; i++; }
    else sel += c;
  }
  if (sel !== '' || r.length) { r.push(sel); baris.push(r); }
  return baris;
}

/** The downloaded CSV: UTF-8 with a BOM, then its rows. */
export function csvUnduhan(file: string, pemisah = ','): string[][] {
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bacaCsv(bytes.subarray(3).toString('utf8'), pemisah);
}

/** A NIP cell: a tab (so no spreadsheet makes it a number) and the full 18 digits. */
export function nipUtuh(sel: string, nip: string) {
  expect(sel).toBe(`\t${nip}`);
  expect(sel.trim()).toMatch(/^\d{18}$/);
}

/** The downloaded workbook: a ZIP whose one sheet is read back with its cell types (text as
 * string, numbers as number, dates as Date) by an independent reader. */
export async function xlsxUnduhan(file: string): Promise<{ sheet: string; data: unknown[][] }> {
  expect(file).toMatch(/\.xlsx$/);
  expect([...fs.readFileSync(file).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  const lembar = await readXlsxFile(file);
  expect(lembar).toHaveLength(1);
  return lembar[0];
}

/** A NIP cell of a workbook: text, all 18 digits (never 1.98E+17). */
export function nipTeks(sel: unknown, nip: string) {
  expect(typeof sel).toBe('string');
  expect(sel).toBe(nip);
}
