import { TesseraError } from '../model/index.js';
import { AliasSetsSchema, type AliasSet } from './alias-set.js';
import { normaliseName } from './normalise.js';
import { variantKey } from './name-key.js';
import { ORGANIZATION_STOPWORDS } from './organization-words.js';

/** The Islamic State's prefix as the press and the UN write it: ISIS-K, ISIL-K and IS-K are one name. */
const IS_PREFIX = /^(?:isis|isil|daesh|daish) /;

/** The article written on to a word before the next ("Hizbut Tahrir" = Hizb ut-Tahrir, "Hizbul" = Hizb ul-). */
const ATTACHED_ARTICLE = /^(\p{L}{4,}?)(?:ut|ul|ud|ur|ush|uz)$/u;

function withoutAttachedArticle(word: string): string {
  return ATTACHED_ARTICLE.exec(word)?.[1] ?? word;
}

/**
 * The spelling-tolerant key a name is looked up by: words by their variant keys, articles and
 * prepositions left out ("Islamic State of Khorasan" = "Islamic State in Khorasan"), an article
 * written on to a word taken off ("Hizbut Tahrir" = "Hizb ut-Tahrir").
 */
export function aliasKey(name: string): string {
  const text = normaliseName(name).replace(IS_PREFIX, 'is ');
  const words = text.split(' ').filter((w) => w !== '');
  return words
    .map((w, i) => (i + 1 < words.length ? withoutAttachedArticle(w) : w))
    .filter((w) => !ORGANIZATION_STOPWORDS.has(w))
    .map((w) => variantKey(w))
    .join(' ');
}

/**
 * Alias sets by the key of each of their names: a query and a knowledge-base name that are
 * both names of one set are the same entity, whatever the matcher would make of the strings.
 * Built once from the reference pack (and any analyst's file) and passed to the index.
 */
export class ReferenceAliases {
  private readonly byKey = new Map<string, AliasSet[]>();
  readonly sets: readonly AliasSet[];

  constructor(sets: readonly AliasSet[]) {
    this.sets = sets;
    for (const set of sets) {
      for (const name of [set.name, ...set.aliases]) {
        const key = aliasKey(name);
        if (key === '') continue;
        const list = this.byKey.get(key);
        if (!list) this.byKey.set(key, [set]);
        else if (!list.includes(set)) list.push(set);
      }
    }
  }

  /** The sets a name belongs to (none for most names). */
  resolve(name: string): readonly AliasSet[] {
    return this.byKey.get(aliasKey(name)) ?? [];
  }

  /** The set both names belong to, if any. */
  shared(a: string, b: string): AliasSet | undefined {
    const left = this.resolve(a);
    if (left.length === 0) return undefined;
    const right = this.resolve(b);
    return left.find((s) => right.includes(s));
  }

  /** These sets and those of `other`, as one. */
  with(other: readonly AliasSet[]): ReferenceAliases {
    return new ReferenceAliases([...this.sets, ...other]);
  }
}

/** Validates alias sets read from a file (JSON array); `where` names the file in the error. */
export function parseAliasSets(data: unknown, where: string): AliasSet[] {
  const parsed = AliasSetsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TesseraError('invalid_input', `${where}: not a list of alias sets (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'})`);
  }
  return parsed.data;
}

/** The explanation line for two names found in one alias set. */
export function explainAliasSet(set: AliasSet, a: string, b: string): string {
  return `"${a}" and "${b}" are both names of reference entry "${set.name}" (${set.id}; source: ${set.source})`;
}
