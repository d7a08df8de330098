// The study sets the learned components of the extractor train and cross-validate on (issue 8), and their documents
// with their gold: dev (../shared), own, unseen..unseen9, and the train corpus's writers, each a set of its own (a fold
// of a leave-one-set-out cross-validation), never its check half train_e..h (measured only by `npm run eval -- train-check`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldAnnotation } from './score-extraction.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.TESSERA_SHARED_DIR ?? join(repoRoot, '..', 'shared');

/** The sets, as folders of reports and of gold (those missing on this machine left out). */
export const STUDY_SETS: readonly { key: string; docs: string; gold: string }[] = [
  { key: 'dev', docs: join(shared, 'corpus', 'dev'), gold: join(shared, 'eval', 'dev-gold') },
  ...[['own', 'own-corpus'], ['unseen', 'unseen-corpus'], ['unseen2', 'unseen-corpus-2'], ['unseen3', 'unseen-corpus-3'],
    ['unseen5', 'unseen-corpus-5'], ['unseen6', 'unseen-corpus-6'], ['unseen7', 'unseen-corpus-7'], ['unseen8', 'unseen-corpus-8'],
    ['unseen9', 'unseen-corpus-9'], ['train', 'train-corpus']]
    .map(([key, dir]) => ({ key: key as string, docs: join(repoRoot, 'eval', dir as string, 'docs'), gold: join(repoRoot, 'eval', dir as string, 'gold') })),
].filter((set) => existsSync(set.docs) && existsSync(set.gold));

/** The train corpus's check half: never read for training or study. */
export const CHECK_HALF = /^train_[e-h]_/;

/** One study document: its fold (a set, or a writer of the train corpus), its file, its report's path and its gold. */
export interface StudyDocument { set: string; file: string; path: string; gold: GoldAnnotation }

/** The study documents in a fixed order, those whose gold gives `area` (a gold file still being written is passed over). */
export function* studyDocuments(area: keyof GoldAnnotation): Generator<StudyDocument> {
  for (const set of STUDY_SETS) {
    for (const file of readdirSync(set.docs).filter((f) => f.endsWith('.txt') && !(set.key === 'train' && CHECK_HALF.test(f))).sort()) {
      const goldPath = join(set.gold, `${basename(file, '.txt')}.json`);
      if (!existsSync(goldPath)) continue;
      let gold: GoldAnnotation;
      try {
        gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldAnnotation;
      } catch {
        continue;
      }
      if (!Array.isArray(gold[area])) continue;
      const key = set.key === 'train' ? (/^(train_[a-z])_/.exec(file)?.[1] ?? set.key) : set.key;
      yield { set: key, file, path: join(set.docs, file), gold };
    }
  }
}
