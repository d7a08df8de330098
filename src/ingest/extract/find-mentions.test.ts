import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { extractKnowledge, type ExtractKnowledgeInput, type ExtractKnowledgeOptions } from './extract-knowledge.js';
import { createExtractionReference } from '../reference/extraction-reference.js';

/** One gazetteer and matcher for the file's extractions, as a run of `ingest` shares them. */
const reference = createExtractionReference();
const extractWithReference = (input: ExtractKnowledgeInput, options: ExtractKnowledgeOptions = {}) => extractKnowledge(input, { reference, ...options });

/** The locations of a text we wrote (genre-like sentences, no real report), as name → country and level. */
function placesOf(text: string): Map<string, string> {
  const sentences = splitSentences(text, text.length);
  const { entities } = extractWithReference({ text, bodyEnd: text.length, sentences });
  const out = new Map<string, string>();
  for (const e of entities.filter((x) => x.type === 'location')) {
    const attr = (name: string) => e.attributes.find((a) => a.attribute === name)?.value;
    out.set(e.name, `${String(attr('country') ?? '-')} ${String(attr('level') ?? 'site')}`);
  }
  return out;
}

describe('findMentions: places', () => {
  it('reads an English town name in the country the paragraph names', () => {
    const places = placesOf('In May 2023, German police arrested three men in Cologne who had planned to attack a Christmas market.');
    expect(places.get('Cologne')).toBe('DE city');
  });

  it('takes a town after "in" or "of" in a country the text never names for a namesake, unless it is a city of a million', () => {
    const places = placesOf('In Mozambique, insurgents attacked the town of Palma in March 2021. Others fled to Moscow.');
    expect(places.has('Palma')).toBe(false);
    expect(places.get('Moscow')).toMatch(/^RU /);
  });

  it('takes the town in the paragraph’s country over a larger namesake in a country named elsewhere', () => {
    const places = placesOf(
      'U.S. officials shared the intelligence with their partners.\n\n' +
        'In the Philippines, gunmen attacked a bus in Santa Maria, in the country’s south, killing four.',
    );
    expect(places.get('Santa Maria')).toBe('PH city');
  });

  it('keeps a building’s own name from becoming a town in another country', () => {
    const places = placesOf(
      'U.S. officials shared the intelligence.\n\nIn Italy, two gunmen attacked the San Pedro church in Milan in February 2024.',
    );
    expect(places.get('San Pedro church')).toBe('- site');
    expect(places.has('San Pedro')).toBe(false);
  });

  it('still reads "the Kandahar mosque" as a mosque in Kandahar', () => {
    const places = placesOf('In Afghanistan, a suicide bomber struck the Kandahar mosque in October 2021.');
    expect(places.get('Kandahar')).toBe('AF admin1');
  });
});

describe('findMentions: names', () => {
  const namesOf = (text: string) => {
    const sentences = splitSentences(text, text.length);
    return extractWithReference({ text, bodyEnd: text.length, sentences }).entities.map((e) => `${e.type}:${e.name}`);
  };

  it('reads a name opening on a common given name as a person, and keeps a given name alone from joining another person', () => {
    const names = namesOf('Yusuf Haji Farah led the cell until 2019, when he handed over to Yusuf Mohamed Warsame. Farah fled to Kenya.');
    expect(names).toEqual(expect.arrayContaining(['person:Yusuf Haji Farah', 'person:Yusuf Mohamed Warsame']));
  });

  it('reads a country named with lower-case connectors whole', () => {
    const names = namesOf('ISCAP fighters crossed from the Democratic Republic of the Congo into Uganda.');
    expect(names).toContain('location:Democratic Republic of the Congo');
    expect(names).not.toContain('location:Congo');
  });

  it('reads ", born X" as the name a person was born with', () => {
    const names = namesOf('Abu Dawud al-Kenyi, born Ahmed Iman Ali in Mombasa, led the Kenyan contingent.');
    expect(names.filter((x) => x.startsWith('person:'))).toEqual(['person:Abu Dawud al-Kenyi']);
  });

  it('reads "Congo" as the Democratic Republic when the text names it, and English names of divisions', () => {
    const places = placesOf('ADF fighters raided villages in eastern Congo.\n\nThe ADF operates in North Kivu, in the Democratic Republic of the Congo.');
    expect(places.get('Democratic Republic of the Congo')).toBe('CD country');
    expect(places.has('Congo')).toBe(false);
    expect(places.get('North Kivu')).toBe('CD admin1');
  });

  it('reads a state body of a country named by its demonym', () => {
    expect(namesOf('The Ugandan government has designated the ADF a terrorist organisation.')).toContain('organization:Ugandan government');
  });

  it('takes a people ("Central Asians", "Chechens") for no person', () => {
    const names = namesOf('An estimated 4,000 Central Asians traveled to Syria, and some Chechens followed them.');
    expect(names.filter((x) => x.startsWith('person:'))).toEqual([]);
  });

  it('reads "the X group" as a group, but not "the Central Asian network"', () => {
    const names = namesOf('The attack was carried out by the Hafiz Gul Bahadur group. Police dismantled the Central Asian network in May.');
    expect(names).toContain('group:Hafiz Gul Bahadur group');
    expect(names.filter((x) => /Central Asian/.test(x))).toEqual([]);
  });

  it('reads two or three capitalised words before "was", "heads" or "defected" as a person when nothing else claims them', () => {
    const names = namesOf('Bonomade Machude Omar was killed in October 2023. Mahad Karate heads the intelligence wing. Kabul was quiet.');
    expect(names).toEqual(expect.arrayContaining(['person:Bonomade Machude Omar', 'person:Mahad Karate']));
    expect(names.filter((x) => x.startsWith('person:Kabul'))).toEqual([]);
    const others = namesOf('Operation Inherent Resolve was launched in 2014. Tora Bora was bombed. Abbey Gate was closed. Operation Shujaa became a model.');
    expect(others.filter((x) => x.startsWith('person:'))).toEqual([]);
  });

  it('reads "Islamic State <Place> Province" as a group when the pack does not list the province', () => {
    const names = namesOf('The Islamic State Hind Province claimed the attack in 2019.');
    expect(names).toContain('group:Islamic State Hind Province');
    expect(names.filter((x) => x.startsWith('location:'))).toEqual([]);
  });

  it('reads "(real name X)" as the person’s name, and "Wadi X" as a place', () => {
    const names = namesOf('The group sent Abu Dujana al-Shami (real name Omar Haddad Karim) to Idlib. Fighters hid in Wadi al-Rimal in 2022.');
    expect(names.filter((x) => x.startsWith('person:'))).toEqual(['person:Abu Dujana al-Shami']);
    expect(names).toContain('location:Wadi al-Rimal');
  });
});
