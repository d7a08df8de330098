import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { extractKnowledge, type ExtractKnowledgeInput, type ExtractKnowledgeOptions } from './extract-knowledge.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import { toMeasurementJson } from './to-measurement-json.js';

/** One gazetteer and matcher for the file's extractions, as a run of `ingest` shares them. */
const reference = createExtractionReference();
const extractWithReference = (input: ExtractKnowledgeInput, options: ExtractKnowledgeOptions = {}) => extractKnowledge(input, { reference, ...options });

/** Extracts a text we wrote (genre-like sentences, no real report) and returns the measurement shape. */
function extract(text: string) {
  const sentences = splitSentences(text, text.length);
  const extraction = extractWithReference({ text, bodyEnd: text.length, sentences });
  return { extraction, out: toMeasurementJson(extraction) };
}

const entity = (out: ReturnType<typeof extract>['out'], name: string) =>
  out.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('extractKnowledge: entities and aliases', () => {
  it('reads an alias given with "aka" in brackets and joins later surname mentions', () => {
    const { out } = extract(
      'The cell answered to Qori Bahrom Nazriev (aka Abu Dujana al-Tajiki), a Tajik cleric. Nazriev later moved to Kunduz.',
    );
    const person = entity(out, 'Qori Bahrom Nazriev');
    expect(person?.type).toBe('person');
    expect(person?.aliases).toEqual(expect.arrayContaining(['Abu Dujana al-Tajiki', 'Nazriev']));
    expect(out.entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('reads "also known as", "an alias for" and lists of alternative kunyas', () => {
    const { out } = extract(
      'Investigators named Farrukh Sharipov, also known as Abu Saad Khujandi, as the cell leader. ' +
        'Shaykh Abdul Rauf, an alias for the recruiter Farrukh Sharipov, appeared in several videos. ' +
        'Alternative kunyas for Abu Saad Khujandi are Abu Sad Khujandi and Abu Saad al-Sughdi.',
    );
    const person = entity(out, 'Farrukh Sharipov');
    expect(person?.aliases).toEqual(expect.arrayContaining(['Abu Saad Khujandi', 'Shaykh Abdul Rauf', 'Abu Sad Khujandi', 'Abu Saad al-Sughdi']));
    expect(out.entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('treats honorifics and kunyas as parts of one name', () => {
    const { out } = extract('Mavlavi Abdul Basir Haqqani chaired the shura. Later, Haqqani left for Quetta.');
    const persons = out.entities.filter((e) => e.type === 'person');
    expect(persons).toHaveLength(1);
    expect(persons[0]?.name).toBe('Mavlavi Abdul Basir Haqqani');
  });

  it('keeps an acronym in brackets and a Cyrillic rendering as names of the entity', () => {
    const { out } = extract(
      'The Movement for Islamic Unity of Fergana (MIUF) recruited in Osh. MIUF leader Ilhom Rashidov (Илхом Рашидов) fled.',
    );
    expect(entity(out, 'MIUF')?.name).toBe('Movement for Islamic Unity of Fergana');
    expect(entity(out, 'Ilhom Rashidov')?.aliases).toContain('Илхом Рашидов');
  });

  it('links pack names and gazetteer places, with the place resolved to its country', () => {
    const { out } = extract('ISKP fighters clashed with Taliban units in Nimroz province and near Farkhor District.');
    expect(entity(out, 'ISKP')?.referenceId).toBe('ref:isk');
    expect(entity(out, 'Taliban')?.type).toBe('group');
    expect(entity(out, 'Nimroz province')?.referenceId).toBe('geo:AF-NIM');
    expect(entity(out, 'Farkhor District')?.type).toBe('location');
  });

  it('names state bodies from a nationality and a lower-case noun', () => {
    const { out } = extract('The Tajik government blamed the opposition, and Tajik authorities closed the border.');
    const gov = out.entities.filter((e) => e.type === 'organization');
    expect(gov).toHaveLength(1);
    expect([gov[0]?.name, ...(gov[0]?.aliases ?? [])]).toEqual(expect.arrayContaining(['Tajik government', 'Tajik authorities']));
  });

  it('does not make entities of ordinary capitalised words', () => {
    const { out } = extract('However, The Threat Remains. According to Officials, Recruitment Continued Across Many Areas.');
    expect(out.entities).toEqual([]);
  });
});

describe('extractKnowledge: events', () => {
  it('reads an attack with date, place, actors and the dead', () => {
    const { out } = extract(
      'On 14 May 2019, ISKP gunmen attacked a police post in Jalalabad, Afghanistan, killing six officers and wounding nine.',
    );
    const attack = out.events.find((e) => e.type === 'attack');
    expect(attack).toMatchObject({ date: '2019-05-14', country: 'AF', fatalities: 6, wounded: 9 });
    expect(attack?.actors).toContain('Islamic State Khorasan Province');
  });

  it('reads arrests and their count, and the next day after a dated event', () => {
    const { out } = extract('In March 2021, Kyrgyz police arrested 12 suspects in Osh. The next day the GKNB released a video.');
    expect(out.events.find((e) => e.type === 'arrest')).toMatchObject({ date: '2021-03', country: 'KG', arrested: 12 });
  });

  it('reads pledges and mergers, dated as precisely as the text', () => {
    const { out } = extract(
      'In late May 2019, four men swore allegiance to ISWAP in a video. Ansaru reportedly merged with Boko Haram in 2016.',
    );
    expect(out.events.find((e) => e.type === 'pledge')?.date).toBe('2019-05');
    const merger = out.events.find((e) => e.type === 'merger');
    expect(merger?.date).toBe('2016');
    expect(merger?.hedge).toBe('reportedly');
  });

  it('skips sentences about what might happen', () => {
    const { out } = extract('In 2024, analysts warned that the group could attack Western targets.');
    expect(out.events.filter((e) => e.type === 'attack')).toEqual([]);
  });
});

describe('extractKnowledge: relations', () => {
  it('reads leadership, membership and allegiance with dates and hedges', () => {
    const { out } = extract(
      'ISKP leader Sanaullah Ghafari reportedly met Taliban envoys. ' +
        'In 2016, Rustam Yuldashev joined the Islamic State. ' +
        'Jamaat Ansarullah pledged allegiance to ISKP in 2017.',
    );
    const rel = (type: string) => out.relations.filter((r) => r.type === type);
    expect(rel('leader_of')).toContainEqual(expect.objectContaining({ source: 'Sanaullah Ghafari', target: 'Islamic State Khorasan Province' }));
    expect(rel('member_of')).toContainEqual(expect.objectContaining({ source: 'Rustam Yuldashev', target: 'Islamic State', start: '2016' }));
    expect(rel('pledged_allegiance_to')).toContainEqual(expect.objectContaining({ source: 'Jamaat Ansarullah', start: '2017' }));
  });

  it('reads "X-aligned Y", "X-based Y" and places in their country', () => {
    const { out } = extract('The al-Qaeda-aligned Hurras al-Din remained active. The Afghanistan-based Jamaat Ansarullah grew. Police searched Khujand, Tajikistan.');
    expect(out.relations).toContainEqual(expect.objectContaining({ source: 'Hurras al-Din', type: 'allied_with', target: 'al-Qaeda' }));
    expect(out.relations).toContainEqual(expect.objectContaining({ source: 'Jamaat Ansarullah', type: 'located_in', target: 'Afghanistan' }));
    expect(out.relations).toContainEqual(expect.objectContaining({ source: 'Khujand', type: 'located_in', target: 'Tajikistan' }));
  });

  it('turns a passive verb around', () => {
    const { out } = extract('Officials said Farid Sattorov was directed by Ilyos Karimzoda.');
    expect(out.relations).toContainEqual(expect.objectContaining({ source: 'Ilyos Karimzoda', type: 'directed', target: 'Farid Sattorov' }));
  });

  it('extracts nothing from the endnotes', () => {
    const body = 'ISKP leader Sanaullah Ghafari spoke.';
    const text = `${body}\n\nNotes\n1. Taliban statement on Hurras al-Din, Kabul, 2020.`;
    const extraction = extractWithReference({ text, bodyEnd: body.length, sentences: splitSentences(text, body.length) });
    expect(extraction.entities.map((e) => e.name)).not.toContain('Hurras al-Din');
  });
});

describe('extractKnowledge: figures', () => {
  it('keeps stated figures with ranges and units', () => {
    const { extraction } = extract('An estimated 2,000 to 4,000 fighters remain in the province.');
    expect(extraction.quantities[0]?.quantity).toMatchObject({ low: 2000, high: 4000, unit: 'fighters', isApproximate: true });
  });
});

describe('extractKnowledge: genre patterns', () => {
  it('reads "Its leader, X" as leading the group the sentence before was about', () => {
    const { out } = extract('Katibat al-Tawhid wal-Jihad is estimated to have 500 fighters. Its leader, Ilyos Khodjaev, reportedly lives in Idlib.');
    expect(out.relations).toContainEqual(expect.objectContaining({ source: 'Ilyos Khodjaev', type: 'leader_of', target: 'Katibat al-Tawhid wal-Jihad' }));
  });

  it('reads "is led by" the other way round', () => {
    const { out } = extract('The Turkestan Islamic Party is led by Abdul Haq al-Turkistani.');
    expect(out.relations).toContainEqual(expect.objectContaining({ source: 'Abdul Haq al-Turkistani', type: 'leader_of', target: 'Turkestan Islamic Party' }));
  });

  it('makes one event per country an attack names in a list', () => {
    const { out } = extract('In 2023, the group struck Mali, Niger, and Burkina Faso with deadly attacks.');
    expect(out.events.filter((e) => e.type === 'attack').map((e) => e.country).sort()).toEqual(['BF', 'ML', 'NE']);
  });

  it('does not take a tally of attacks for one attack', () => {
    const { out } = extract('The TTP conducted more than 600 attacks in Pakistan in 2023.');
    expect(out.events.filter((e) => e.type === 'attack')).toEqual([]);
  });

  it('lets an undated sentence go on telling the dated one before it', () => {
    const { out } = extract('On 3 January 2024, suicide bombers struck a ceremony in Kerman, Iran, killing 95 people. Iranian police arrested 11 suspects.');
    expect(out.events.find((e) => e.type === 'attack')).toMatchObject({ date: '2024-01-03', country: 'IR', fatalities: 95 });
    expect(out.events.find((e) => e.type === 'arrest')).toMatchObject({ date: '2024-01-03', country: 'IR', arrested: 11 });
  });

  it('ignores photo credits', () => {
    const { out } = extract('A view of the capital (Farhod Umarov/TASS via Getty Images)\n\nThe cell was small.');
    expect(out.entities.map((e) => e.name)).not.toContain('Farhod Umarov');
  });

  it('reads a person by a nisba-only later mention and keeps the endnote digits out of names', () => {
    const { out } = extract('The recruiter Bakhtiyor Saidov12 moved to Raqqa in 2015. Saidov later returned.');
    const p = entity(out, 'Bakhtiyor Saidov');
    expect(p?.aliases).toContain('Saidov');
  });
});

describe('extractKnowledge: terms and scripts', () => {
  it('does not take terms of the trade for entities', () => {
    const { out } = extract('Returning FTFs brought IED expertise. The UN listing QDe.161 names the group.');
    expect(out.entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['FTFs']));
    expect(out.entities.map((e) => e.name)).not.toContain('IED');
    expect(out.entities.map((e) => e.name)).not.toContain('QDe');
  });

  it('keeps an Arabic-script rendering given in brackets', () => {
    const { out } = extract('The preacher Abu Hafs al-Kurdi (أبو حفص الكردي) recorded a speech in 2019.');
    expect(entity(out, 'Abu Hafs al-Kurdi')?.aliases).toContain('أبو حفص الكردي');
  });
});

describe('extractKnowledge: reference within a paragraph', () => {
  it('reads "the group" and "the faction" as the group the text is about', () => {
    const { out } = extract(
      'Fighters of the Islamic State West Africa Province overran a base in Borno State in June 2022. ' +
        'The group, which split from Boko Haram in 2016, grew quickly. ' +
        'Abu Musab al-Barnawi, the son of Boko Haram founder Mohammed Yusuf, led the faction from 2016.',
    );
    expect(out.relations).toContainEqual(expect.objectContaining({ source: 'Islamic State West Africa Province', type: 'split_from', target: 'Boko Haram', start: '2016' }));
    expect(out.relations).toContainEqual(expect.objectContaining({ source: 'Abu Musab al-Barnawi', type: 'leader_of', target: 'Islamic State West Africa Province' }));
    expect(out.relations).toContainEqual(expect.objectContaining({ source: 'Mohammed Yusuf', type: 'leader_of', target: 'Boko Haram', start: null }));
  });

  it('does not read a title like "X’s Expanding Footprint" as a person', () => {
    const { out } = extract('The Islamic State’s Expanding Footprint\n\nThe group grew in 2022.');
    expect(out.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('extractKnowledge: valid time of relations', () => {
  it('reads "from … until …" as the start and end of a relation', () => {
    const { out } = extract('Abu Musab al-Barnawi led the Islamic State West Africa Province from 2016 until his reported death in August 2021.');
    expect(out.relations).toContainEqual(
      expect.objectContaining({ source: 'Abu Musab al-Barnawi', type: 'leader_of', start: '2016', end: '2021-08' }),
    );
  });
});

describe('extractKnowledge: odd input', () => {
  it('returns empty results for an empty body or one without names', () => {
    const empty = extractWithReference({ text: '', bodyEnd: 0, sentences: [] });
    expect(empty).toMatchObject({ entities: [], events: [], relations: [], quantities: [] });
    const plain = extract('the quick brown fox jumps over the lazy dog. nothing happened here at all.');
    expect(plain.out.entities).toEqual([]);
    expect(plain.out.events).toEqual([]);
  });

  it('survives markup, long unbroken text and stray scripts', () => {
    const text = `${'ISKP '.repeat(2000)}\n\n${'Ҷ'.repeat(500)} (((( ]] 2019-2018 ,,,, 0000 "“" Abu al- bin ibn al`;
    const x = extractWithReference({ text, bodyEnd: text.length, sentences: splitSentences(text, text.length) });
    expect(x.entities.map((e) => e.referenceId)).toContain('ref:isk');
  });
});

describe('extractKnowledge: attributes', () => {
  it('records the nationality the text gives a person', () => {
    const text = 'Police named Farid Sattorov, a Tajik national, as the driver. Uzbek citizen Dilshod Rahimov was also held.';
    const { extraction } = extract(text);
    const nationality = (name: string) =>
      extraction.entities.find((e) => e.name === name)?.attributes.find((a) => a.attribute === 'nationality')?.value;
    expect(nationality('Farid Sattorov')).toBe('TJ');
    expect(nationality('Dilshod Rahimov')).toBe('UZ');
  });
});

describe('extractKnowledge: counts per event', () => {
  it('gives each event of a sentence only the counts its own words state', () => {
    const { out } = extract(
      'BRIEF\n\nMarch 29, 2024\n\nLast week’s bombing of the Grand Bazaar in Kabul, which killed 40 people, was the deadliest since the Kandahar mosque attack of 2021.',
    );
    const events = out.events.filter((e) => e.type === 'attack');
    expect(events.find((e) => e.date === '2024-03')?.fatalities).toBe(40);
    expect(events.find((e) => e.date === '2021')?.fatalities).toBeNull();
  });
});
