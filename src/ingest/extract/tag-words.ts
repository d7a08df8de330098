import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

/** One word or mark of a sentence as the part-of-speech tagger reads it (offsets into the tagged text). */
export interface TaggedWord {
  start: number;
  end: number;
  text: string;
  /** Lower-case base form: "be" for "was", "not" for "n't". */
  lemma: string;
  /** Universal part of speech: NOUN, PROPN, VERB, AUX, ADP, DET, PRON, PART, ADV, ADJ, CCONJ, SCONJ, NUM, PUNCT … */
  pos: string;
}

let tagger: WinkMethods | null = null;

/**
 * The words of a sentence with their parts of speech, from wink-nlp's English model (shipped in the npm package
 * wink-eng-lite-web-model: nothing is downloaded). The packages are loaded and the model read on first use (0.7-1.4 s
 * on a loaded 2-core machine), so a process that never tags a sentence (the server, most CLI commands) does not pay.
 */
export function tagWords(text: string): TaggedWord[] {
  if (!tagger) {
    const require = createRequire(import.meta.url);
    const load = require('wink-nlp') as typeof winkNLP;
    tagger = load(require('wink-eng-lite-web-model') as typeof model, ['pos']);
  }
  const its = tagger.its;
  const tokens = tagger.readDoc(text).tokens();
  const values = tokens.out(its.value);
  const tags = tokens.out(its.pos);
  // (the package's types give `its.lemma` the model's own signature, which `out` does not take; it works as any `its`)
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value);
  const out: TaggedWord[] = [];
  let at = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] as string;
    const found = text.indexOf(value, at);
    // (a token the tagger normalised is placed after the one before it)
    const start = found >= 0 && found - at < 40 ? found : at;
    const end = found === start ? start + value.length : start;
    out.push({ start, end, text: value, lemma: (lemmas[k] as string | undefined ?? value).toLowerCase(), pos: tags[k] as string });
    at = end;
  }
  return out;
}
