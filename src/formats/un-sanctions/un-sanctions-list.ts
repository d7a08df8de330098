import type { EntityType, NameKind } from '../../model/index.js';
import { detectScript } from '../../names/index.js';
import { children, childText, streamXmlRecords, type XmlNode } from '../watchlist/xml-records.js';
import type { WatchlistName, WatchlistRecord } from '../watchlist/watchlist-record.js';

const RECORDS = new Set(['INDIVIDUAL', 'ENTITY']);
/** Regimes whose listed entities are armed groups rather than companies or state bodies. */
const GROUP_REGIMES = new Set(['Al-Qaida', 'Taliban', 'ISIL (Da\'esh) & Al-Qaida']);

function values(node: XmlNode, name: string): string[] {
  return children(node, name)
    .flatMap((c) => children(c, 'VALUE'))
    .map((v) => v.text.trim())
    .filter((v) => v !== '');
}

function addName(names: WatchlistName[], value: string, kind: NameKind, quality: string | null): void {
  const clean = value.replace(/\s+/g, ' ').trim();
  if (clean === '' || names.some((n) => n.value === clean)) return;
  names.push({ value: clean, kind, script: detectScript(clean), quality });
}

/** "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES BUSINESS COMPANY (GLBC)": names and acronyms. */
function addEntityNames(names: WatchlistName[], value: string, kind: NameKind, quality: string | null): void {
  for (const part of value.split(/\s;\s|;/)) {
    const acronyms = [...part.matchAll(/\(([A-Z0-9.\-&]{2,10})\)/g)].map((m) => m[1]!);
    addName(names, part.replace(/\(([A-Z0-9.\-&]{2,10})\)/g, ' '), kind, quality);
    for (const acronym of acronyms) addName(names, acronym, 'acronym', quality);
  }
}

function dateOfBirth(node: XmlNode): string | null {
  const date = childText(node, 'DATE');
  if (date) return date.slice(0, 10);
  const year = childText(node, 'YEAR');
  if (year) return year;
  const from = childText(node, 'FROM_YEAR');
  const to = childText(node, 'TO_YEAR');
  if (from && to) return `${from}/${to}`;
  return null;
}

function toRecord(node: XmlNode, listDate: string | null): WatchlistRecord | null {
  const externalId = childText(node, 'DATAID');
  if (externalId === null) return null;
  const isPerson = node.name === 'INDIVIDUAL';
  const regime = childText(node, 'UN_LIST_TYPE');
  const reference = childText(node, 'REFERENCE_NUMBER');
  const type: EntityType = isPerson
    ? 'person'
    : (regime !== null && GROUP_REGIMES.has(regime)) || /^(?:QDe|TAe)\./.test(reference ?? '')
      ? 'group'
      : 'organization';
  const names: WatchlistName[] = [];
  const primary = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((n) => childText(node, n))
    .filter((v): v is string => v !== null)
    .join(' ');
  if (isPerson) addName(names, primary, 'primary', null);
  else addEntityNames(names, primary, 'primary', null);
  const original = childText(node, 'NAME_ORIGINAL_SCRIPT');
  if (original) addName(names, original, 'alias', 'original script');
  for (const alias of children(node, isPerson ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const value = childText(alias, 'ALIAS_NAME');
    if (!value) continue;
    const quality = childText(alias, 'QUALITY');
    const kind: NameKind = quality === 'f.k.a.' ? 'former' : 'alias';
    if (isPerson) addName(names, value, kind, quality);
    else addEntityNames(names, value, kind, quality);
  }
  if (names.length === 0) return null;
  const attributes: { attribute: string; value: string }[] = [];
  const add = (attribute: string, value: string | null): void => {
    if (value !== null && value !== '') attributes.push({ attribute, value });
  };
  add('listing_reference', reference);
  add('un_list_type', regime);
  add('listed_on', childText(node, 'LISTED_ON'));
  for (const v of values(node, 'NATIONALITY')) add('nationality', v);
  for (const v of values(node, 'DESIGNATION')) add('designation', v);
  for (const v of values(node, 'TITLE')) add('title', v);
  add('gender', childText(node, 'GENDER'));
  for (const dob of children(node, 'INDIVIDUAL_DATE_OF_BIRTH')) add('date_of_birth', dateOfBirth(dob));
  for (const pob of children(node, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    add('place_of_birth', ['CITY', 'STATE_PROVINCE', 'COUNTRY'].map((n) => childText(pob, n)).filter(Boolean).join(', '));
  }
  add('comments', childText(node, 'COMMENTS1'));
  const listedOn = childText(node, 'LISTED_ON');
  return {
    list: 'un-sanctions',
    externalId,
    type,
    names,
    reference,
    listedOn: listedOn && /^\d{4}-\d{2}-\d{2}/.test(listedOn) ? listedOn.slice(0, 10) : null,
    programs: regime ? [regime] : [],
    attributes,
    listDate,
  };
}

/** Reads the UN Security Council consolidated list (XML), one listed person or entity at a time. */
export async function* readUnSanctionsList(
  source: AsyncIterable<string | Buffer>,
  fileName: string,
): AsyncGenerator<WatchlistRecord> {
  let listDate: string | null = null;
  for await (const node of streamXmlRecords(source, RECORDS, fileName)) {
    if (node.name.startsWith('#root:')) {
      const generated = node.attributes.dateGenerated;
      listDate = generated ? generated.slice(0, 10) : null;
      continue;
    }
    const record = toRecord(node, listDate);
    if (record) yield record;
  }
}

