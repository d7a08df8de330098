#!/usr/bin/env node
// `node eval/validate-gold.mjs CORPUS` (e.g. eval/own-corpus, eval/unseen-corpus): validates every
// gold file in CORPUS/gold against GOLD-FORMAT conventions and its text in CORPUS/docs, and scores
// each gold against itself with ../shared/eval/score.mjs (or $TESSERA_SHARED_DIR/eval/score.mjs).
// The gold is converted to the prediction shape first: relation ends become entity names
// (the scorer resolves predicted relation ends by name), and relations whose ends are events
// (claimed/directed -> event key) are dropped, as the scorer itself ignores them in the gold.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.argv[2] === undefined) {
  console.error('usage: node eval/validate-gold.mjs CORPUS (a folder holding docs/ and gold/)');
  process.exit(2);
}
const here = resolve(process.argv[2]);
const shared = process.env.TESSERA_SHARED_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const ET = new Set(['person', 'group', 'organization', 'media', 'location']);
const VT = new Set(['attack', 'plot', 'arrest', 'clash', 'killing', 'propaganda', 'pledge', 'merger', 'appointment', 'designation', 'policy']);
const RT = new Set(['member_of', 'leader_of', 'merged_with', 'pledged_allegiance_to', 'allied_with', 'rival_of', 'split_from', 'directed', 'recruited', 'funded', 'claimed', 'published_by', 'communicated_with', 'located_in', 'criticized', 'affiliated_with']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const norm = (s) => String(s ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/[‘’ʿʾ`'"“”]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').replace(/^the /, '').trim();

const work = mkdtempSync(join(tmpdir(), 'tessera-gold-'));
let bad = 0;
for (const f of readdirSync(join(here, 'gold')).filter((x) => x.endsWith('.json')).sort()) {
  const errs = [];
  const g = JSON.parse(readFileSync(join(here, 'gold', f), 'utf8'));
  if (g.doc !== f.replace(/\.json$/, '.txt')) errs.push(`doc field ${g.doc}`);
  if (!existsSync(join(here, 'docs', g.doc))) errs.push(`missing text ${g.doc}`);
  const ek = new Set(), vk = new Set(), names = new Map();
  const text = existsSync(join(here, 'docs', g.doc)) ? ' ' + norm(readFileSync(join(here, 'docs', g.doc), 'utf8')) + ' ' : '';
  // every name must occur in the text (a possessive "s" is allowed)
  for (const e of g.entities) for (const nm of [e.name, ...e.aliases]) {
    if (!text.includes(' ' + norm(nm) + ' ') && !text.includes(' ' + norm(nm) + 's ')) errs.push(`name "${nm}" (${e.key}) does not occur in the text`);
  }
  for (const e of g.entities) {
    if (ek.has(e.key)) errs.push(`dup entity key ${e.key}`); ek.add(e.key);
    if (!ET.has(e.type)) errs.push(`entity type ${e.key} ${e.type}`);
    for (const nm of [e.name, ...e.aliases]) {
      const k = norm(nm);
      if (names.has(k) && names.get(k) !== e.key) errs.push(`name "${nm}" shared by ${names.get(k)} and ${e.key}`);
      names.set(k, e.key);
    }
  }
  for (const v of g.events) {
    if (vk.has(v.key) || ek.has(v.key)) errs.push(`dup event key ${v.key}`); vk.add(v.key);
    if (!VT.has(v.type)) errs.push(`event type ${v.key} ${v.type}`);
    if (!v.date || !DATE.test(v.date)) errs.push(`event date ${v.key} ${v.date}`);
    if (v.country !== null && !/^[A-Z]{2}$/.test(v.country)) errs.push(`country ${v.key} ${v.country}`);
    for (const a of v.actors) if (!ek.has(a)) errs.push(`actor ${a} in ${v.key}`);
    if (v.fatalities !== null && !Number.isInteger(v.fatalities)) errs.push(`fatalities ${v.key}`);
  }
  const seen = new Set();
  for (const r of g.relations) {
    if (!RT.has(r.type)) errs.push(`relation type ${r.type}`);
    if (!ek.has(r.source)) errs.push(`relation source ${r.source}`);
    if (!ek.has(r.target) && !vk.has(r.target)) errs.push(`relation target ${r.target}`);
    for (const d of [r.start, r.end]) if (d !== null && !DATE.test(d)) errs.push(`relation date ${d}`);
    const id = `${r.source} ${r.type} ${r.target}`;
    if (seen.has(id)) errs.push(`dup relation ${id}`); seen.add(id);
  }
  const nameOf = new Map(g.entities.map((e) => [e.key, e.name]));
  const pred = {
    entities: g.entities.map((e) => ({ type: e.type, name: e.name, aliases: e.aliases })),
    events: g.events.map((v) => ({ type: v.type, date: v.date, country: v.country })),
    relations: g.relations.filter((r) => ek.has(r.source) && ek.has(r.target))
      .map((r) => ({ source: nameOf.get(r.source), type: r.type, target: nameOf.get(r.target) })),
  };
  const p = join(work, f);
  writeFileSync(p, JSON.stringify(pred));
  const last = execFileSync(process.execPath, [scorer, '--gold', join(here, 'gold', f), '--pred', p], { encoding: 'utf8' }).trim().split('\n').pop();
  if (last !== 'entities F1 1.000 events F1 1.000 relations F1 1.000') errs.push(`self-score: ${last}`);
  const words = readFileSync(join(here, 'docs', g.doc), 'utf8').split(/\s+/).filter(Boolean).length;
  const scored = pred.relations.length;
  console.log(`${f}: ${errs.length ? 'FAIL' : 'ok'}  words ${words}  entities ${g.entities.length}  events ${g.events.length}  relations ${g.relations.length} (${scored} entity-to-entity)  | ${last}`);
  for (const e of errs) console.log('   ' + e);
  if (errs.length) bad++;
}
rmSync(work, { recursive: true, force: true });
process.exit(bad ? 1 : 0);
