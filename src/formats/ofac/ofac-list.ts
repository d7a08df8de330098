import { parse } from 'csv-parse';
import type { EntityType, NameKind, Watchlist } from '../../model/index.js';
import { parseCalendarDay, TesseraError } from '../../model/index.js';
import { detectScript } from '../../names/index.js';
import { child, children, childText, streamXmlRecords, type XmlNode } from '../watchlist/xml-records.js';
import type { WatchlistName, WatchlistRecord } from '../watchlist/watchlist-record.js';

/** OFAC writes "-0-" (often with a trailing space) for an empty field. */
function field(value: string | undefined): string | null {
  const v = (value ?? '').trim();
  return v === '' || v === '-0-' ? null : v;
}

/** "AL-NAJDI, Muhannad" → "Muhannad AL-NAJDI" for people; bodies keep their order. */
function personName(value: string): string {
  const comma = value.indexOf(',');
  if (comma < 0) return value.trim();
  return `${value.slice(comma + 1).trim()} ${value.slice(0, comma).trim()}`.trim();
}

function addName(names: WatchlistName[], value: string, kind: NameKind, quality: string | null): void {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean === '' || names.some((n) => n.value === clean)) return;
  names.push({ value: clean, kind, script: detectScript(clean), quality });
}

function typeOf(sdnType: string | null, programs: string[]): EntityType {
  const t = (sdnType ?? '').toLowerCase();
  if (t === 'individual') return 'person';
  if (programs.includes('FTO')) return 'group';
  return 'organization';
}

/**
 * A sectoral or menu-based sanctions directive ("Executive Order 13662 Directive Determination -
 * Subject to Directive 1": the Sectoral Sanctions Identifications list; "Executive Order 14024
 * Directive Information": the non-SDN menu-based list), in an XML id or the legacy remarks.
 */
const DIRECTIVE = /^\s*(Executive Order \d+ Directive (?:Determination|Information))\s*-?\s*(.*?)\.?\s*$/i;

/** Facts the legacy file keeps in its remarks: "DOB 19 May 1984; POB …; nationality …". */
function remarkAttributes(remarks: string | null): { attribute: string; value: string }[] {
  if (remarks === null) return [];
  const out: { attribute: string; value: string }[] = [];
  for (const part of remarks.split(';')) {
    const directive = DIRECTIVE.exec(part);
    if (directive) {
      out.push({ attribute: 'sanctions_directive', value: `${directive[1]!.trim()} - ${directive[2]!.trim()}` });
      continue;
    }
    const m = /^\s*(DOB|POB|nationality|citizen|Gender|Linked To:)\s+(.+?)\.?\s*$/i.exec(part);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const attribute =
      key === 'dob' ? 'date_of_birth' : key === 'pob' ? 'place_of_birth' : key === 'linked to:' ? 'linked_to' : key;
    out.push({ attribute, value: m[2]!.trim() });
  }
  return out;
}

const ALT_KINDS: Record<string, NameKind> = { aka: 'alias', fka: 'former', nka: 'alias' };

/** An OFAC entry as a watchlist record: OFAC gives no listing date per entry, and its programs are the reference. */
function ofacRecord(entry: Omit<WatchlistRecord, 'reference' | 'listedOn'>): WatchlistRecord {
  return { ...entry, reference: entry.programs.length > 0 ? entry.programs.join(', ') : null, listedOn: null };
}

export interface OfacLegacyFiles {
  /** sdn.csv rows (no header): ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks. */
  sdn: { source: AsyncIterable<string | Buffer>; fileName: string };
  /** alt.csv rows (no header): ent_num, alt_num, alt_type, alt_name, alt_remarks. */
  alt?: { source: AsyncIterable<string | Buffer>; fileName: string };
}

function csvRows(source: AsyncIterable<string | Buffer>, fileName: string, width: number): AsyncIterable<string[]> {
  const parser = parse({ relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true });
  (async () => {
    try {
      for await (const chunk of source) {
        if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  return (async function* () {
    let line = 0;
    try {
      for await (const row of parser as AsyncIterable<string[]>) {
        line += 1;
        if (row.length === 1 && row[0] === '\u001a') continue; // DOS end-of-file marker in OFAC files
        if (row.length < width) {
          throw new TesseraError('corrupt_file', `${fileName} line ${line}: expected ${width} columns, found ${row.length}`);
        }
        yield row;
      }
    } catch (error) {
      if (error instanceof TesseraError) throw error;
      throw new TesseraError('corrupt_file', `${fileName} line ${line + 1}: ${(error as Error).message}`, undefined, {
        cause: error,
      });
    }
  })();
}

/** Reads OFAC's legacy sdn.csv (and alt.csv for aliases): every entry with its names. */
export async function* readOfacLegacyCsv(files: OfacLegacyFiles, list: Watchlist = 'ofac-sdn'): AsyncGenerator<WatchlistRecord> {
  const records = new Map<string, WatchlistRecord>();
  for await (const row of csvRows(files.sdn.source, files.sdn.fileName, 4)) {
    const externalId = field(row[0]);
    const name = field(row[1]);
    if (externalId === null || name === null || !/^\d+$/.test(externalId)) {
      throw new TesseraError('corrupt_file', `${files.sdn.fileName}: row "${row.slice(0, 3).join(',')}" is not an SDN entry`);
    }
    const sdnType = field(row[2]);
    const programs = (field(row[3]) ?? '').split(/\]\s*\[/).map((p) => p.replace(/[[\]]/g, '').trim()).filter(Boolean);
    const type = typeOf(sdnType, programs);
    const names: WatchlistName[] = [];
    addName(names, type === 'person' ? personName(name) : name, 'primary', null);
    const remarks = field(row[11]);
    for (const m of (remarks ?? '').matchAll(/\b([afn])\.k\.a\. '([^']+(?:'[^';]+)*)'/g)) {
      addName(names, type === 'person' ? personName(m[2]!) : m[2]!, m[1] === 'f' ? 'former' : 'alias', `${m[1]}.k.a.`);
    }
    const attributes = [
      { attribute: 'programs', value: programs.join(', ') },
      ...(sdnType && sdnType !== 'individual' ? [{ attribute: 'sdn_type', value: sdnType }] : []),
      ...(field(row[4]) ? [{ attribute: 'title', value: field(row[4])! }] : []),
      ...remarkAttributes(remarks),
    ].filter((a) => a.value !== '');
    records.set(externalId, ofacRecord({ list, externalId, type, names, programs, attributes, listDate: null }));
  }
  if (files.alt) {
    for await (const row of csvRows(files.alt.source, files.alt.fileName, 4)) {
      const record = records.get(field(row[0]) ?? '');
      const name = field(row[3]);
      if (!record || name === null) continue;
      const kind = ALT_KINDS[(field(row[2]) ?? 'aka').toLowerCase()] ?? 'alias';
      addName(record.names, record.type === 'person' ? personName(name) : name, kind, field(row[2]));
    }
  }
  yield* records.values();
}

function akaName(aka: XmlNode): string {
  return [childText(aka, 'firstName'), childText(aka, 'lastName')].filter(Boolean).join(' ');
}

/** OFAC's Publish_Date, month first (03/28/2025), as ISO; null when it is no day of the calendar. */
function usDate(value: string | null): string | null {
  return value === null ? null : parseCalendarDay(value, { order: 'month-first' });
}

/** Reads OFAC's XML (SDN or consolidated non-SDN list), one entry at a time. */
export async function* readOfacXml(
  source: AsyncIterable<string | Buffer>,
  fileName: string,
  list: Watchlist = 'ofac-sdn',
): AsyncGenerator<WatchlistRecord> {
  let listDate: string | null = null;
  for await (const node of streamXmlRecords(source, new Set(['sdnEntry', 'publshInformation']), fileName)) {
    if (node.name === 'publshInformation') {
      listDate = usDate(childText(node, 'Publish_Date'));
      continue;
    }
    if (node.name !== 'sdnEntry') continue;
    const externalId = childText(node, 'uid');
    if (externalId === null) continue;
    const programs = children(child(node, 'programList') ?? { name: '', text: '', attributes: {}, children: [] }, 'program')
      .map((p) => p.text.trim())
      .filter(Boolean);
    const sdnType = childText(node, 'sdnType');
    const type = typeOf(sdnType, programs);
    const names: WatchlistName[] = [];
    addName(names, akaName(node), 'primary', null);
    for (const aka of children(child(node, 'akaList') ?? node, 'aka')) {
      const kind: NameKind = /f\.k\.a/.test(childText(aka, 'type') ?? '') ? 'former' : 'alias';
      addName(names, akaName(aka), kind, childText(aka, 'category'));
    }
    if (names.length === 0) continue;
    const attributes: { attribute: string; value: string }[] = [{ attribute: 'programs', value: programs.join(', ') }];
    if (sdnType && sdnType !== 'Individual') attributes.push({ attribute: 'sdn_type', value: sdnType });
    const title = childText(node, 'title');
    if (title) attributes.push({ attribute: 'title', value: title });
    for (const item of children(child(node, 'dateOfBirthList') ?? node, 'dateOfBirthItem')) {
      const v = childText(item, 'dateOfBirth');
      if (v) attributes.push({ attribute: 'date_of_birth', value: v });
    }
    for (const item of children(child(node, 'placeOfBirthList') ?? node, 'placeOfBirthItem')) {
      const v = childText(item, 'placeOfBirth');
      if (v) attributes.push({ attribute: 'place_of_birth', value: v });
    }
    for (const item of children(child(node, 'nationalityList') ?? node, 'nationality')) {
      const v = childText(item, 'country');
      if (v) attributes.push({ attribute: 'nationality', value: v });
    }
    for (const id of children(child(node, 'idList') ?? node, 'id')) {
      const directive = DIRECTIVE.exec(`${childText(id, 'idType') ?? ''} ${childText(id, 'idNumber') ?? ''}`);
      if (directive) attributes.push({ attribute: 'sanctions_directive', value: `${directive[1]!.trim()} - ${directive[2]!.trim()}` });
    }
    const remarks = childText(node, 'remarks');
    if (remarks) attributes.push({ attribute: 'remarks', value: remarks });
    yield ofacRecord({ list, externalId, type, names, programs, attributes, listDate });
  }
}
