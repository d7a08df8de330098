import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { extractKnowledge } from './extract-knowledge.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import { FAMILY_NAME_FIRST_KEYS, GIVEN_NAME_KEYS } from '../reference/index.js';
import { CAPITALISED_STOPWORDS, GROUP_TAIL_HEADS, ORGANIZATION_TAIL_HEADS, SITE_TAIL_HEADS } from './genre-lexicon.js';

/** One gazetteer and matcher for the file's extractions, as a run of `ingest` shares them. */
const reference = createExtractionReference();

/** The entities of a text we wrote (genre-like sentences, no real report), as "type:name". */
function typedNamesOf(text: string): string[] {
  const sentences = splitSentences(text, text.length);
  return extractKnowledge({ text, bodyEnd: text.length, sentences }, { reference }).entities.map((e) => `${e.type}:${e.name}`);
}

const personsOf = (text: string): string[] => typedNamesOf(text).filter((n) => n.startsWith('person:'));

describe('given-name lexicon', () => {
  it('holds thousands of given names across naming cultures, and none of the words that would mislead', () => {
    expect(GIVEN_NAME_KEYS.size).toBeGreaterThan(2000);
    for (const name of ['okot', 'vincent', 'samuel', 'claude', 'moshe', 'zvi', 'chukwuemeka', 'kwame', 'gurpreet', 'mahinda', 'bambang', 'dmytro', 'mame']) {
      expect(GIVEN_NAME_KEYS.has(name), name).toBe(true);
    }
    expect(FAMILY_NAME_FIRST_KEYS.has('wang')).toBe(true);
    // countries, cities and months, common words and words of bodies' and places' names are left out
    for (const word of ['chad', 'georgia', 'victoria', 'florence', 'will', 'may', 'june', 'rich', 'hope', 'grace', 'king', 'dawn', 'amal', 'fatah', 'jihad', 'karen']) {
      expect(GIVEN_NAME_KEYS.has(word), word).toBe(false);
    }
    for (const name of [...GIVEN_NAME_KEYS, ...FAMILY_NAME_FIRST_KEYS]) {
      expect(/^[a-z]{2,}$/.test(name), name).toBe(true);
      expect(CAPITALISED_STOPWORDS.has(name) || ORGANIZATION_TAIL_HEADS.has(name) || GROUP_TAIL_HEADS.has(name) || SITE_TAIL_HEADS.has(name), name).toBe(false);
    }
  });
});

describe('findMentions: personal names the pack does not know', () => {
  it('reads two or three capitalised words opening on a given name of any naming culture as a person', () => {
    expect(personsOf('A court in Gulu heard evidence against Okello Lagu in March.')).toEqual(['person:Okello Lagu']);
    expect(personsOf('Investigators traced the transfers to Chukwuemeka Obiefuna, then to a shell company.')).toEqual(['person:Chukwuemeka Obiefuna']);
  });

  it('takes no given name as a person after an article, in a place known whole, or where the text writes it in lower case', () => {
    expect(personsOf('The David Project published a survey of campus groups.')).toEqual([]);
    expect(personsOf('Troops patrolled near San Miguel del Ene and Santo Domingo de Acobamba in 2023.')).toEqual([]);
  });

  it('reads a given name that is also a country as a person only with a person’s cue, and the country otherwise', () => {
    expect(personsOf('On 3 May Defence Minister Israel Katz announced new rules for detention.')).toEqual(['person:Israel Katz']);
    expect(personsOf('Israel Katz said the rules would change.')).toEqual(['person:Israel Katz']);
    expect(personsOf('The Israel Defense Forces said the rules would change.')).toEqual([]);
    expect(typedNamesOf('Israel closed the crossing in May.')).toContain('location:Israel');
  });

  it('reads a name after a post written as a title, "Deputy Prosecutor X Y", and no person in a body’s name ending on the post', () => {
    expect(personsOf('Deputy Prosecutor Amara Keitanu told the chamber that the group was run by one man.')).toEqual(['person:Amara Keitanu']);
    expect(personsOf('The Special Prosecutor’s Office said the group was run by one man.')).toEqual([]);
  });

  it('reads ", X’s deputy" after a name and "X Y’s remains" as a person’s', () => {
    expect(personsOf('Gerbo Anyani, Lakwena’s deputy, was reportedly executed in 2007.')).toContain('person:Gerbo Anyani');
    expect(personsOf('Tarsin Velosso’s remains were identified in 2015.')).toEqual(['person:Tarsin Velosso']);
  });

  it('reads the first of two names joined by "and" as a person when the second opens on a given name', () => {
    expect(personsOf('Tamsar Yelendi and Moshe Gavrieli completed the list.')).toEqual(['person:Tamsar Yelendi', 'person:Moshe Gavrieli']);
  });

  it('keeps a shared given name from joining two people, and lets a surname that is a given name join its person', () => {
    const two = personsOf('The list named Yaron Talmi, a settler leader. It later added Yaron Dekel, whom the EU also listed.');
    expect(two).toEqual(['person:Yaron Talmi', 'person:Yaron Dekel']);
    const one = personsOf('The court heard Lucas Daniel in June. Daniel, a former guard, denied the charges.');
    expect(one).toEqual(['person:Lucas Daniel']);
  });

  it('reads a family name written first as a person’s only with a person’s cue', () => {
    expect(personsOf('Wang Jianfeng said the talks would resume.')).toEqual(['person:Wang Jianfeng']);
    expect(personsOf('In Haiti, Chen Torro, based in the Artibonite department, controls the road.')).toEqual([]);
  });

  it('takes a name with its affiliation on a line of the front matter for the author, no actor', () => {
    const text = 'Networks in the Caucasus, 2018–2024\n\nMarta Sollenberg, Institute of Peace Studies, Oslo\n\n' +
      'This paper examines how recruiters in the North Caucasus moved money and people to Syria between 2014 and 2019, and how the networks changed after the fall of the caliphate.';
    expect(personsOf(text)).toEqual([]);
  });

  it('joins a nickname named later to the person named with it in quotes', () => {
    expect(personsOf('Prosecutors charged Joaquín "El Toro" Guzmán in 2019. El Toro denied the charges.')).toEqual(['person:Joaquín "El Toro" Guzmán']);
  });

  it('reads a name with an age set off after it, and "X Y, his deputy," as a person', () => {
    expect(personsOf('Stefan Kowalczyk, 27, tried to force his way into the building.')).toEqual(['person:Stefan Kowalczyk']);
    expect(personsOf('Later that night Tarmo Velling, then 31, entered the hall.')).toEqual(['person:Tarmo Velling']);
    expect(personsOf('Nabil Hadrami, his deputy, was named secretary-general in October.')).toEqual(['person:Nabil Hadrami']);
  });

  it('reads names of two or three words listed after a person as people, while the list goes on', () => {
    expect(personsOf('The court convicted the former spokesman Elias Karvounis, Kostas Merinos, Tamas Lemonis and Elias Drakos.')).toEqual([
      'person:Elias Karvounis', 'person:Kostas Merinos', 'person:Tamas Lemonis', 'person:Elias Drakos',
    ]);
  });

  it('drops the office, the post and the worldly title before a name: "Supreme Leader X Y", "State Coroner X Y", "Sir X Y", "Constables X Y"', () => {
    expect(personsOf('The militia pledged loyalty to Supreme Leader Ali Khamenei in 2024.')).toEqual(['person:Ali Khamenei']);
    expect(personsOf('The inquest, held before State Coroner Terry Rayne in 2024, heard evidence.')).toEqual(['person:Terry Rayne']);
    expect(personsOf('Sir Gavin Tolland chaired the inquiry.')).toEqual(['person:Gavin Tolland']);
    expect(personsOf('Constables Rachel McCrae and Matthew Arnel were shot.')).toEqual(['person:Rachel McCrae', 'person:Matthew Arnel']);
  });

  it('takes a transcript’s speaker labels and credit line for no actors, and a name in brackets after a place for no person', () => {
    const transcript = 'Host: Marta Ibsen Kroll. Guest: Dr. Tomas Whelan, researcher.\n\n' +
      'DANIEL OKORO: Rania, take us back a year.\nHOST (SARA LINDHOLM): The devices exploded across Lebanon in the afternoon.';
    expect(personsOf(transcript)).toEqual([]);
    expect(personsOf('- 9 Jun, Tegucigalpa (Francisco Morazán): Police arrested eleven gang members.')).toEqual([]);
  });

  it('drops office words and a title before a name with a particle inside, and splits no long name', () => {
    expect(personsOf('Iraqi National Security Adviser Qasim al-Rawi met the delegation.')).toEqual(['person:Qasim al-Rawi']);
    expect(personsOf('IAF Secretary-General Wael al-Hadidi said the party would comply.')).toEqual(['person:Wael al-Hadidi']);
    // (no post before the last words of a long name: they are not split off as a name of their own)
    expect(personsOf('Most officials consider Mohammed Salah Abdel Karim Zahran, better known as Abu Fadl, the leader.')).not.toContain('person:Karim Zahran');
  });

  it('takes a name ending on a unit’s, a room’s or a venue’s word for no person', () => {
    expect(personsOf('Fighters of the Hamza Division and the Sultan Murad Division entered the town.')).toEqual([]);
    expect(personsOf('Gunmen attacked the Leopold Cafe and Nariman House in November.')).toEqual([]);
  });

  it('reads a name after the posts, kin and bystanders the press names people by', () => {
    expect(personsOf('The government spokeswoman Yolande Makarewi rejected the accusation.')).toEqual(['person:Yolande Makarewi']);
    expect(personsOf('He then shot dead a passer-by, Jana Lenke, outside the synagogue.')).toEqual(['person:Jana Lenke']);
    expect(personsOf('Its ideology draws on Tomer Ettin, a grandson of Meir Kahanov.')).toEqual(['person:Tomer Ettin', 'person:Meir Kahanov']);
  });
});
