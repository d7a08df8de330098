import type { NameKind } from '../../model/index.js';
import type { Mention } from './mention.js';
import { countBefore } from './count-before.js';

/** A name the text gives for an entity, where it gives it, and how (alias, acronym, rendering). */
export interface AliasLink {
  /** The mention the name belongs to (index into the mentions array). */
  owner: number;
  start: number;
  end: number;
  value: string;
  kind: NameKind;
  /** When the name is itself a recognised mention: its index (the two entities are one). */
  mention: number | null;
}

const CUE_AFTER =
  /^,?\s+(?:who is |who was |also |is )?(?:also (?:spelled|spelt|written|transliterated|rendered)|also known as|better known as|more commonly known as|commonly known as|known as|aka|a\.k\.a\.|alias|also called|called|nicknamed|now known as|formerly known as|previously known as|whose nom de guerre is|whose kunya is|with the nom de guerre|nom de guerre|who goes by(?: the name)?|going by the name(?: of)?|under the (?:alias|name|kunya|nom de guerre)|born(?= \p{Lu})|whose real name is|real name)\s+/iu;
const APPOSITIVE_CUE =
  /^,\s+(?:an?|the)\s+[^,;.()]{0,50}?\s(?:also known as|better known as|known as|aka|a\.k\.a\.|alias|who goes by(?: the name)?|going by the name(?: of)?|whose real name is)\s+/i;
const CUE_IN_PARENS =
  /^\s*\((?:[A-Z][A-Za-z0-9&-]{1,9},\s*(?=also\b))?(?:(aka|a\.k\.a\.|also (?:spelled|spelt|written|transliterated|rendered)|also known as|also called|known as|alias|formerly|now known as|or|also|née|nom de guerre|real name|born|birth name)[:\s]\s*)?([^()]{1,120})\)/i;
/** Words that make the text after a comma a clause, not an appositive. */
const APPOSITIVE_VERB = /\s(?:was|were|is|are|has|had|have|by|said|says|who|which|that)\s/i;
const ALIAS_FOR = /^,?\s+(?:is\s+)?(?:an?|the|his|her)\s+(?:alias|kunya|nom de guerre|pseudonym|another name|other name)\s+(?:for|of|used by)\s+/i;
const REFERENCE_TO = /^\s+is\s+(?:(?:very |most |highly )?(?:likely|probably|possibly|almost certainly)\s+)?(?:a reference to|the same (?:person|man|individual) as|another name for|an alias of|synonymous with|identical (?:with|to))\s+/i;
/** "identified X as (the aforementioned) Y". */
const IDENTIFIED_AS = /\bidentified\s+$/i;
const LIST_INTRO = /\b(?:alternative|other|additional|alternate)\s+(?:kunyas|names|aliases|spellings|noms de guerre|renderings)\s+(?:for|of|used by)\s+/gi;
const RENAMED = /\b(?:now known as|later renamed(?: itself)?|renamed itself|rebranded(?: itself)? as|which became|that became)\s+/gi;

const NON_LATIN = /[\u0400-\u04FF\u0600-\u06FF]/u;

/**
 * The aliases the text states: "X (aka Y)", "X, also known as Y", "Y, an alias for X",
 * "Y is probably a reference to X", "alternative kunyas for X are A, B, and C",
 * acronyms in brackets "Islamic State Khorasan (ISK)", renderings in Cyrillic or Arabic
 * script in brackets, and "now known as".
 */
export function findAliases(text: string, mentions: readonly Mention[]): AliasLink[] {
  const links: AliasLink[] = [];
  const sorted = mentions.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start);
  // (lookups start by binary search on the sorted starts, so that long documents stay linear)
  const longest = sorted.reduce((n, { m }) => Math.max(n, m.end - m.start), 0);
  const firstFrom = (pos: number): number => countBefore(sorted, (x) => x.m.start, pos);
  const mentionAt = (s: number, e: number): number | null => {
    let best: number | null = null;
    for (let k = firstFrom(s - longest); k < sorted.length; k++) {
      const { m, i } = sorted[k] as { m: Mention; i: number };
      if (m.start >= e) break;
      if (m.end > s && m.start < e && (best === null || (mentions[best] as Mention).end - (mentions[best] as Mention).start < m.end - m.start)) {
        best = i;
      }
    }
    return best;
  };
  const nextMention = (from: number, within: number, types?: readonly string[]): number | null => {
    for (let k = firstFrom(from); k < sorted.length; k++) {
      const { m, i } = sorted[k] as { m: Mention; i: number };
      if (m.start > from + within) return null;
      if (!types || types.includes(m.type)) return i;
    }
    return null;
  };
  const addNames = (owner: number, names: readonly NameSpan[], kindHint: NameKind): void => {
    for (const n of names) {
      const hit = mentionAt(n.start, n.end);
      const kind: NameKind = NON_LATIN.test(n.value) ? 'transliteration' : isAcronym(n.value) ? 'acronym' : kindHint;
      if (hit === owner) continue;
      links.push({ owner, start: n.start, end: n.end, value: n.value, kind, mention: hit });
    }
  };

  /**
   * "the Gulf Cartel (Cártel del Golfo)", "Nordic Strength (Nordisk Styrka)": a group's, a body's or an
   * outlet's name in another language in brackets right after it, one name of two words or more that
   * is no other kind of entity (not "(Syria)", not a person).
   */
  const isBodyNameInBrackets = (m: Mention, names: readonly NameSpan[], body: string): boolean => {
    if ((m.type !== 'group' && m.type !== 'organization' && m.type !== 'media') || names.length !== 1) return false;
    const name = names[0] as NameSpan;
    if (!/\s/.test(name.value.trim()) || name.value.length < body.trim().length - 1) return false;
    const hit = mentionAt(name.start, name.end);
    const other = hit === null ? null : (mentions[hit] as Mention).type;
    return other === null || other === m.type || (m.type !== 'media' && (other === 'group' || other === 'organization'));
  };

  for (const { m, i } of sorted) {
    if (m.type === 'location' && m.basis !== 'reference') {
      // places: only a bracketed rendering in another script
      const p = /^\s*\(([^()]{1,80})\)/.exec(text.slice(m.end, m.end + 90));
      if (p && NON_LATIN.test(p[1] as string)) addNames(i, readNames(text, m.end + p.index + p[0].indexOf(p[1] as string)), 'transliteration');
      continue;
    }
    const after = text.slice(m.end, m.end + 240);
    const paren = CUE_IN_PARENS.exec(after);
    if (paren) {
      const cue = paren[1];
      const body = paren[2] as string;
      const bodyStart = m.end + paren.index + paren[0].indexOf(body, paren[0].indexOf('(') + 1);
      const names = readNames(text, bodyStart, bodyStart + body.length);
      const whole = names.length > 0 && names[names.length - 1]!.end >= bodyStart + body.trimEnd().length - 1;
      if (cue || (whole && names.every((n) => isAcronym(n.value) || NON_LATIN.test(n.value))) || (whole && isBodyNameInBrackets(m, names, body))) {
        addNames(i, names, cue && /formerly/i.test(cue) ? 'former' : 'alias');
      }
    }
    // "X, a Tajik national also known as Y": an appositive before the cue
    // (an appositive names no verb: ", the network was run by a man known as X" gives the network no alias)
    const appositive = APPOSITIVE_CUE.exec(after);
    const cue = CUE_AFTER.exec(after) ?? (appositive && !APPOSITIVE_VERB.test(appositive[0]) ? appositive : null);
    if (cue) {
      const start = m.end + cue[0].length;
      addNames(i, readNames(text, start).slice(0, 4), /formerly|previously/i.test(cue[0]) ? 'former' : 'alias');
    }
    const aliasFor = ALIAS_FOR.exec(after) ?? REFERENCE_TO.exec(after);
    if (aliasFor && (m.type === 'person' || m.type === 'group')) {
      const target = nextMention(m.end + aliasFor[0].length, /synonymous|identical/i.test(aliasFor[0]) ? 160 : 80, [m.type]);
      if (target !== null) links.push({ owner: target, start: m.start, end: m.end, value: m.text, kind: 'alias', mention: i });
    }
  }

  // "Kyrgyz officials identified Abu Talha Qasimi as the aforementioned Rustam Qasimov"
  for (const { m, i } of sorted) {
    if (m.type !== 'person' || !IDENTIFIED_AS.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    const as = /^\s+as\s+(?:the\s+)?(?:aforementioned\s+|same\s+|same person,\s+)?(?:\d+-year-old\s+)?/i.exec(text.slice(m.end, m.end + 60));
    if (!as) continue;
    const target = nextMention(m.end + as[0].length, 2, ['person']);
    if (target !== null) links.push({ owner: i, start: (mentions[target] as Mention).start, end: (mentions[target] as Mention).end, value: (mentions[target] as Mention).text, kind: 'alias', mention: target });
  }

  LIST_INTRO.lastIndex = 0;
  for (let l = LIST_INTRO.exec(text); l !== null; l = LIST_INTRO.exec(text)) {
    const target = nextMention(l.index + l[0].length, 60, ['person', 'group', 'organization', 'media']);
    if (target === null) continue;
    const t = mentions[target] as Mention;
    const verb = /^\s*(?:are|were|include|included|is|:)\s+/i.exec(text.slice(t.end, t.end + 30));
    if (!verb) continue;
    addNames(target, readNames(text, t.end + verb[0].length), 'alias');
  }

  RENAMED.lastIndex = 0;
  for (let r = RENAMED.exec(text); r !== null; r = RENAMED.exec(text)) {
    const names = readNames(text, r.index + r[0].length).slice(0, 1);
    const first = names[0];
    if (!first) continue;
    // the group renamed: the nearest group mention before, in the same sentence
    const before = sorted.slice(firstFrom(r.index - 120 - longest), firstFrom(r.index + 1))
      .filter(({ m }) => m.end <= r!.index && r!.index - m.end < 120 && (m.type === 'group' || m.type === 'organization'));
    const owner = before.at(-1);
    if (!owner || /[.;]\s/.test(text.slice(owner.m.end, r.index))) continue;
    addNames(owner.i, [first], 'former');
  }
  return links;
}

interface NameSpan {
  start: number;
  end: number;
  value: string;
}

const NAME_WORD = /^(?:\p{Lu}\.(?=\s\p{Lu})|[\p{Lu}\p{Lo}][\p{L}\p{M}'’‘`ʿʾ-]*|(?:al|el|ad|as|ash|an|ar|at|az|ibn|bin|bint|ul|ud|e|i|wa|wal|de|abu|ibn|da|dos|das|del|du|des|la|los|las)(?:[-\s]|(?=[\p{Lu}])))/u;
const CYRILLIC_OR_ARABIC_RUN = /^[\u0400-\u04FF\u0600-\u06FF][\u0400-\u04FF\u0600-\u06FF\s'’.-]*[\u0400-\u04FF\u0600-\u06FF]?/u;

/**
 * A list of names starting at `pos`: "Abu Talha Qasimi, Abu Tolha Qasimi, and Abu Talkha Qosim",
 * quoted names, or a run in Cyrillic/Arabic script; stops at the first thing that is no name.
 */
export function readNames(text: string, pos: number, limit = pos + 300): NameSpan[] {
  const names: NameSpan[] = [];
  let p = pos;
  while (p < limit && names.length < 8) {
    const rest = text.slice(p, limit);
    const q = /^["“']([^"”']{2,60})["”']/.exec(rest);
    let span: NameSpan | null;
    if (q) {
      span = { start: p + 1, end: p + 1 + (q[1] as string).length, value: q[1] as string };
      p += q[0].length;
    } else {
      const script = CYRILLIC_OR_ARABIC_RUN.exec(rest);
      if (script) {
        const value = script[0].trim();
        span = { start: p, end: p + value.length, value };
        p += script[0].length;
      } else {
        let e = 0;
        let words = 0;
        for (;;) {
          const w = NAME_WORD.exec(rest.slice(e));
          if (!w) break;
          const word = w[0].replace(/[\s-]$/, '');
          if (/^(?:The|A|An|In|On|And|Or|But|He|She|They|It|This|That)$/.test(word) && words > 0) break;
          e += word.length;
          words += 1;
          const gap = /^[ -](?=[\p{Lu}\p{Lo}]|(?:al|el|ad|as|ash|an|ibn|bin|ul|ud|e|i|wa|wal|abu|de|da|dos|das|del|du|des|la|los|las)[-\s\p{Lu}])/u.exec(rest.slice(e));
          if (!gap || words >= 6) break;
          e += gap[0].length;
        }
        if (words === 0) break;
        let value = rest.slice(0, e).replace(/[.’'-]+$/, '').trim();
        value = value.replace(/\d+$/, '');
        if (!/[\p{Lu}\p{Lo}]/u.test(value)) break;
        span = { start: p, end: p + value.length, value };
        p += e;
      }
    }
    if (span) names.push(span);
    const sep = /^\s*(?:\d+\s*)?(?:,\s*(?:and|or)\s+|,\s*|\s+and\s+|\s+or\s+|\s*;\s*|\s*\/\s*)/.exec(text.slice(p, limit));
    if (!sep) break;
    p += sep[0].length;
  }
  return names;
}

function isAcronym(value: string): boolean {
  return /^[A-Z][A-Z0-9&/.-]{1,9}$/.test(value) && /[A-Z].*[A-Z]/.test(value);
}
