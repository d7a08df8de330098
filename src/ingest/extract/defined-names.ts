import type { EntityType } from '../../model/index.js';
import type { Token } from './tokenize.js';
import { countBefore } from './count-before.js';
import { GROUP_LEAD_HEADS, GROUP_TAIL_HEADS, MEDIA_TAIL_HEADS, ORGANIZATION_TAIL_HEADS } from './genre-lexicon.js';

/** A name the text defines by the acronym in brackets after it: "Barisan Revolusi Nasional (BRN)". */
export interface DefinedName {
  /** Tokens [start, end) of the name, without the bracket. */
  start: number;
  end: number;
  acronym: string;
  type: EntityType;
}

/** Lower-case words inside a name that may give no letter to its acronym ("Ejército de Liberación Nacional"). */
const CONNECTORS = new Set([
  'of', 'for', 'and', 'the', 'to', 'de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'des', 'du', 'le', 'les', 'et', 'da', 'do', 'dos', 'di', 'al', 'wa', 'in', 'on',
]);
/** Words of a state body's name in the languages of the genre's sources: "Secretaría de Marina", "Direction générale de …". */
const BODY_WORDS = new Set([
  'secretaria', 'ministerio', 'ministere', 'ministero', 'unidad', 'unite', 'direccion', 'direction', 'directorate', 'fiscalia', 'procuraduria',
  'defensoria', 'policia', 'departamento', 'instituto', 'institut', 'servicio', 'agencia', 'agence', 'oficina', 'comision', 'consejo',
  'conseil', 'corte', 'cour', 'parquet', 'gendarmeria', 'guardia', 'armada', 'community', 'mission', 'alliance', 'force', 'task',
]);
/** Last words of what a bracketed acronym also abbreviates in the genre but names no entity: a listing, a kind of division. */
const NOT_NAMES = /^(?:terrorists?|list|area|areas|zone|zones|entity|entities|individuals?|device|devices|weapons?)$/;
/** Words that make a name an armed group's wherever they stand: "Ejército de Liberación Nacional", "National Thowheeth Jama'ath". */
const ARMED_WORDS = /^(?:ejercito|cartel|carteles|liberation|liberacion|jihad|mujahideen|mujahidin|jamaath?|jamaah|jamaa|jemaah|barisan|gerakan|autodefensas)$/;
/** First words of an armed group's name in the languages of the genre's sources: "Frente …", "Comandos …", "Estado Mayor …". */
const ARMED_LEADS = new Set(['frente', 'fuerzas', 'comandos', 'movimiento', 'brigada', 'brigadas', 'front', 'armee', 'coordinadora', 'estado', 'bloque', 'revolutionary']);
/** Causes an advocacy body names itself for: "Sikhs for Justice". */
const ADVOCACY_CAUSES = new Set(['justice', 'peace', 'democracy', 'freedom', 'truth', 'equality', 'rights', 'human', 'change', 'reform', 'dignity']);
const NAME_INNER_GAP = /^(?:[ \u00a0'’-]?|['’]s )$/;
const ACRONYM_IN_BRACKETS = /\(([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z0-9&-]{0,7})\)/g;

/**
 * The names the text defines by an acronym in brackets right after them, whatever their language:
 * "the Ejército de Liberación Nacional (ELN)", "Cártel del Noreste (CDN)", "Secretaría de Marina
 * (SEMAR)", "Direction générale de la sécurité intérieure (DGSI)". The name is the shortest run of
 * words before the bracket, opening on a capital, whose words give the acronym's letters in order,
 * each capitalised word the opening letters of it, a connector ("de", "of") one or none. Typed by its
 * head words: a state body's, a media outlet's, else an armed group's (a name the reference pack
 * does not know, defined by an acronym in the genre, is most often a group's).
 */
export function findDefinedNames(text: string, tokens: readonly Token[]): DefinedName[] {
  const found: DefinedName[] = [];
  for (const m of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronym = m[1] as string;
    const letters = acronym.replace(/[^A-Za-z]/g, '').toLowerCase();
    if (letters.length < 2 || letters.length > 8) continue;
    // the last token before the bracket, which must follow the name directly
    const end = countBefore(tokens, (t) => t.start, m.index);
    if (end === 0) continue;
    if (!/^\s?$/.test(text.slice((tokens[end - 1] as Token).end, m.index))) continue;
    for (let start = end - 1; start >= 0 && end - start <= 10; start--) {
      const t = tokens[start] as Token;
      // a name stays in its clause: no stop, comma or bracket inside it (a possessive may be: "New People's Army (NPA)")
      if (start < end - 1 && !NAME_INNER_GAP.test((tokens[start + 1] as Token).gap)) break;
      if (!t.isCapitalised || end - start < 2) continue;
      if (!spells(tokens, start, end, letters)) continue;
      // a listing's or a division's kind, not a body: "Specially Designated Global Terrorist (SDGT)", "Local Government Area (LGA)"
      if (NOT_NAMES.test((tokens[end - 1] as Token).key) || tokens.slice(start, end).some((x) => x.key === 'designated')) break;
      found.push({ start, end, acronym, type: typeOf(tokens, start, end) });
      break;
    }
  }
  return found;
}

/** Whether tokens [start, end) give `letters` in order: each capitalised word a prefix of itself, a connector a prefix or nothing. */
function spells(tokens: readonly Token[], start: number, end: number, letters: string): boolean {
  const keys: string[] = [];
  const optional: boolean[] = [];
  for (let k = start; k < end; k++) {
    const t = tokens[k] as Token;
    const key = t.key.replace(/[^a-z0-9]/g, '');
    if (key === '') return false;
    keys.push(key);
    optional.push(!t.isCapitalised && CONNECTORS.has(key));
    // a lower-case word that is no connector gives a letter ("générale", "sécurité"), as a capitalised one does
  }
  // memo of (word, letter) positions already known to fail
  const failed = new Set<number>();
  const width = letters.length + 1;
  const go = (w: number, l: number): boolean => {
    if (w === keys.length) return l === letters.length;
    if (failed.has(w * width + l)) return false;
    const key = keys[w] as string;
    if (optional[w] && go(w + 1, l)) return true;
    // this word gives 1..3 of its opening letters
    for (let take = 1; take <= 3 && take <= key.length && l + take <= letters.length; take++) {
      if (key.slice(0, take) !== letters.slice(l, l + take)) break;
      if (go(w + 1, l + take)) return true;
    }
    failed.add(w * width + l);
    return false;
  };
  return go(0, 0);
}

function typeOf(tokens: readonly Token[], start: number, end: number): EntityType {
  const keys: string[] = [];
  for (let k = start; k < end; k++) keys.push((tokens[k] as Token).key);
  const first = keys[0] as string;
  const last = keys[keys.length - 1] as string;
  if (MEDIA_TAIL_HEADS.has(last)) return 'media';
  if (ARMED_LEADS.has(first) || GROUP_LEAD_HEADS.has(first) || GROUP_TAIL_HEADS.has(last) || keys.some((w) => ARMED_WORDS.test(w))) return 'group';
  if (keys.some((w) => BODY_WORDS.has(w) || (ORGANIZATION_TAIL_HEADS.has(w) && w !== 'group' && w !== 'union' && w !== 'party'))) return 'organization';
  // "Sikhs for Justice (SFJ)", "Mothers for Peace (MFP)": a cause after "for", an advocacy's name
  if (keys.some((w, k) => w === 'for' && ADVOCACY_CAUSES.has(keys[k + 1] as string))) return 'organization';
  return 'group';
}
