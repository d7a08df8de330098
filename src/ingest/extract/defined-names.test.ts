import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import { extractKnowledge } from './extract-knowledge.js';
import { findDefinedNames } from './defined-names.js';
import { tokenize } from './tokenize.js';

const reference = createExtractionReference();
const entitiesOf = (text: string) =>
  extractKnowledge({ text, bodyEnd: text.length, sentences: splitSentences(text, text.length) }, { reference }).entities;
const defined = (text: string) => findDefinedNames(text, tokenize(text)).map((d) => `${d.type}:${d.acronym}`);

describe('findDefinedNames: names defined by an acronym in brackets (invented sentences)', () => {
  it('reads names in other languages whose words spell the acronym, connectors giving a letter or none', () => {
    expect(defined('Fighters of the Frente Popular de Resistencia (FPR) crossed the river.')).toEqual(['group:FPR']);
    expect(defined('The Barisan Pembebasan Rakyat (BPR) denied it.')).toEqual(['group:BPR']);
    expect(defined('Officers of the Secretaría de Seguridad (SESEG) arrived later.')).toEqual(['organization:SESEG']);
    expect(defined('The Direction centrale du renseignement (DCR) opened a file.')).toEqual(['organization:DCR']);
  });

  it('reads a name with a possessive or a lower-case "to" inside', () => {
    expect(defined('Fighters of the Free People’s Army (FPA) crossed the river.')).toEqual(['group:FPA']);
    expect(defined('The National Commission to End Rural Violence (NCERV) met.')).toEqual(['organization:NCERV']);
  });

  it('takes no bracket whose letters the words before it do not spell, nor a listing’s kind', () => {
    expect(defined('The attack killed 12 people (IED blast) in the market.')).toEqual([]);
    expect(defined('He was named a Specially Designated Global Terrorist (SDGT) in May.')).toEqual([]);
    expect(defined('In the Northern Border Area (NBA) the rains came late.')).toEqual([]);
  });

  it('makes the defined name an entity the acronym names again later', () => {
    const entities = entitiesOf(
      'The Frente Popular de Resistencia (FPR) attacked a convoy in March 2024. Two weeks later, the FPR said it would continue.',
    );
    const fpr = entities.find((e) => e.name === 'Frente Popular de Resistencia');
    expect(fpr?.type).toBe('group');
    expect(fpr?.mentions.length).toBeGreaterThanOrEqual(2);
    expect(fpr?.names.map((n) => n.value)).toContain('FPR');
  });

  it('keeps a headed name whole when a lower-case word inside it would cut the run ("Cártel del X (CDX)")', () => {
    const entities = entitiesOf('Gunmen of the Cártel del Valle Alto (CDVA) attacked a bus in 2024. The CDVA denied it.');
    expect(entities.find((e) => e.name === 'Cártel del Valle Alto')?.type).toBe('group');
  });

  it('leaves a name with English head words to those heads', () => {
    const entities = entitiesOf('The Northern Rivers Defence Force (NRDF) deployed two companies in 2023.');
    expect(entities.some((e) => e.type === 'group' && /Defence Force/.test(e.name))).toBe(false);
  });
});
