import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { extractKnowledge } from './extract-knowledge.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import { toMeasurementJson } from './to-measurement-json.js';

const reference = createExtractionReference();

/** The entities of a text we wrote, by name with their other names. */
function entitiesOf(text: string): { name: string; type: string; aliases: string[] }[] {
  const sentences = splitSentences(text, text.length);
  return toMeasurementJson(extractKnowledge({ text, bodyEnd: text.length, sentences }, { reference })).entities
    .map((e) => ({ name: e.name, type: e.type, aliases: e.aliases ?? [] }));
}

describe('resolveEntities: names of places', () => {
  it('names a district the gazetteer lacks bare as well ("Karvani LGA" is also "Karvani")', () => {
    const entities = entitiesOf('On 3 May 2024, gunmen attacked the villages of Dobiro and Lusam in Karvani LGA, Sokoto State, killing nine people.');
    const district = entities.find((e) => e.name === 'Karvani LGA');
    expect(district?.type).toBe('location');
    expect(district?.aliases).toContain('Karvani');
  });

  it('does not shorten a body whose name ends in such a word ("Counter Terrorism Department")', () => {
    const entities = entitiesOf('The Counter Terrorism Department (CTD) of Balochistan police arrested three men in Turbat in September 2024.');
    const body = entities.find((e) => e.name === 'Counter Terrorism Department');
    expect(body?.type).toBe('organization');
    expect(body?.aliases).not.toContain('Counter Terrorism');
  });
});

describe('resolveEntities: a lower-case kind after a name', () => {
  it('names mountains, a city and an Islamic State office bare as well', () => {
    const entities = entitiesOf('The al-Tawfiq office in Puntland paid fighters hiding in the Golis Sarar mountains, and its couriers crossed Raqqa city in 2024.');
    expect(entities.find((e) => e.name === 'Golis Sarar mountains')?.aliases).toContain('Golis Sarar');
    expect(entities.find((e) => e.name === 'al-Tawfiq office')?.aliases).toContain('al-Tawfiq');
  });
});

describe('resolveEntities: a two-letter acronym the text defines', () => {
  /** The relations of a text we wrote, as `source type target`. */
  const relationsOf = (text: string): string[] => {
    const out = toMeasurementJson(extractKnowledge({ text, bodyEnd: text.length, sentences: splitSentences(text, text.length) }, { reference }));
    return out.relations.map((r) => `${r.source} ${r.type} ${r.target}`);
  };

  it('reads its later uses as the body, so that what the text says of it is read', () => {
    const text = 'Militants of the Patriotic Union (PU) blocked the roads in May. Loyalist leaders, including Marie Dubois, accused the PU of having encouraged the violence.';
    expect(relationsOf(text)).toContain('Marie Dubois criticized Patriotic Union');
  });

  it('does not read the acronym in a line of capitals', () => {
    const text = 'Harakat al-Fajr (HF) emerged in 2021.\n\nHF AND ITS RIVALS\n\nThe group clashed with rivals in 2023.';
    const out = toMeasurementJson(extractKnowledge({ text, bodyEnd: text.length, sentences: splitSentences(text, text.length) }, { reference }));
    expect(out.entities.filter((e) => e.name === 'Harakat al-Fajr')).toHaveLength(1);
  });
});

describe('resolveEntities: predecessors and namesakes the pack does not merge', () => {
  it('keeps the Islamic State of Iraq apart from the Islamic State, and "ISI" from either', () => {
    const names = entitiesOf('The Islamic State of Iraq (ISI), led by Abu Omar al-Baghdadi until 2010, was the forerunner of the Islamic State. Pakistan\'s Inter-Services Intelligence (ISI) denied any role.')
      .map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('group:Islamic State of Iraq');
    expect(names).toContain('group:Islamic State');
    expect(names).toContain('organization:Inter-Services Intelligence');
  });

  it('reads the Islamic State of Iraq as a body of its own without its acronym too', () => {
    const names = entitiesOf('The Islamic State of Iraq, led by Abu Omar al-Baghdadi until 2010, was the forerunner of the Islamic State.')
      .map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('group:Islamic State of Iraq');
  });
});

describe('resolveEntities: outlets, programmes and fronts the pack knows', () => {
  it('reads wire agencies and state outlets named as sources as media', () => {
    const entities = entitiesOf('IRNA reported that two guards died in Zahedan; Tasnim and the Anadolu Agency later gave a higher toll, and Voice of America quoted a local official.');
    const media = entities.filter((e) => e.type === 'media').map((e) => e.name);
    expect(media).toEqual(expect.arrayContaining(['IRNA', 'Tasnim', 'Anadolu Agency', 'Voice of America']));
  });

  it('reads Rewards for Justice and the Treasury under its longest name as bodies', () => {
    const entities = entitiesOf('In May 2023 the United States Department of the Treasury listed the financier, and Rewards for Justice offered $5 million for his capture.');
    expect(entities.find((e) => e.name === 'Rewards for Justice')?.type).toBe('organization');
    expect(entities.find((e) => e.name === 'U.S. Treasury')?.aliases).toContain('United States Department of the Treasury');
    expect(entities.some((e) => e.name === 'United States')).toBe(false);
  });

  it('types Wagner as an armed group, and keeps the Africa Corps and Jamaat-ud-Dawa apart from Wagner and Lashkar-e-Taiba', () => {
    const entities = entitiesOf('Wagner fighters left Mali in 2025 and the Africa Corps took over their bases. Jamaat-ud-Dawa, a charity front of Lashkar-e-Taiba, ran the camp.');
    const typeOf = (name: string) => entities.find((e) => e.name === name)?.type;
    expect(typeOf('Wagner Group')).toBe('group');
    expect(typeOf('Africa Corps')).toBe('organization');
    expect(typeOf('Jamaat-ud-Dawa')).toBe('organization');
    expect(typeOf('Lashkar-e-Taiba')).toBe('group');
  });
});
