import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import { extractKnowledge } from './extract-knowledge.js';
import { toMeasurementJson } from './to-measurement-json.js';

const reference = createExtractionReference();

/** The events of a text we wrote, with who acted and who was acted on. */
function rolesOf(text: string): { type: string; actors: string[]; targets: string[] }[] {
  const sentences = splitSentences(text, text.length);
  const out = toMeasurementJson(extractKnowledge({ text, bodyEnd: text.length, sentences }, { reference }));
  return out.events.map((e) => ({ type: e.type, actors: e.actors, targets: e.targets ?? [] }));
}

describe('who did what to whom (issue 8 item 3)', () => {
  it('makes the subject of a passive killing its target, however long the apposition', () => {
    const [killing] = rolesOf('On 4 May 2023, Abu Khalid al-Somali, the head of the group’s finance, logistics and media office, was killed by a bomb in Mogadishu, Somalia.');
    expect(killing).toMatchObject({ type: 'killing', actors: [] });
    expect(killing?.targets.join(' ')).toMatch(/Abu Khalid/);
  });

  it('makes the one who died the target of the killing, and the assault he died in no event of its own', () => {
    const events = rolesOf('Abu Talib al-Kenyi died in May 2021 during a rival faction’s assault on his forest base near Sambisa, Nigeria.');
    expect(events.map((e) => e.type)).toEqual(['killing']);
    expect(events[0]).toMatchObject({ actors: [] });
    expect(events[0]?.targets.join(' ')).toMatch(/Abu Talib/);
  });

  it('gives a passive arrest no actor from another clause, but keeps the state body that announced it', () => {
    const events = rolesOf('On 3 March 2023, al-Shabaab claimed responsibility for the Garissa bombing, and a Somali national was arrested at the scene.');
    expect(events.find((e) => e.type === 'arrest')?.actors).toEqual([]);
    const announced = rolesOf('In August 2023, a spokesman for the Kenyan police said that two suspected members had been arrested in Mombasa.');
    expect(announced.find((e) => e.type === 'arrest')?.actors.join(' ')).toMatch(/police/i);
  });

  it('reads "was planning" as no passive: its subject plots', () => {
    const events = rolesOf('On 6 July 2023, police said that an al-Shabaab cell was planning attacks in Nairobi, Kenya.');
    expect(events.find((e) => e.type === 'plot')?.actors).toEqual(['al-Shabaab']);
  });

  it('gives an attack referred to in a "since the attack" phrase no actor from the clause around it', () => {
    const events = rolesOf('Al-Shabaab-linked suspects were hunted by Kenyan police, who have detained dozens of people since the attack on the Westgate mall in Nairobi in September 2013.');
    expect(events.map((e) => [e.type, e.actors])).toEqual([['attack', []]]);
  });

  it('takes a person named "as" after an arrest as its target, not its agent', () => {
    const [arrest] = rolesOf('In April 2025, police in Hamburg, Germany, arrested a 20-year-old Somali, identified by prosecutors as Abdirahman Yusuf Ali, on suspicion of preparing a knife attack.').filter((e) => e.type === 'arrest');
    expect(arrest?.actors.join(' ')).not.toMatch(/Abdirahman/);
    expect(arrest?.targets.join(' ')).toMatch(/Abdirahman/);
  });

  it('takes no party from a relative clause after the trigger', () => {
    const events = rolesOf('In February 2025, al-Shabaab launched an offensive in Hiraan, Somalia, that reversed gains made by the Somali National Army.');
    expect(events.find((e) => e.type === 'clash')?.actors.join(' ')).not.toMatch(/Somali National Army/);
  });
});

describe('an attack told in a relative clause (issue 8 item 3)', () => {
  it('gives the attack the ones the clause is about, though the verb before struck them', () => {
    const events = rolesOf('On 3 June 2024 the army said it had killed 40 Boko Haram fighters who attacked a base in Monguno, Nigeria.');
    const attack = events.find((e) => e.type === 'attack');
    expect(attack?.actors).toEqual(['Boko Haram']);
    expect(attack?.targets).not.toContain('Boko Haram');
  });
});

describe('names that are no agents', () => {
  it('reads "known by his kunya X" as a name, not the agent of a killing', () => {
    const events = rolesOf('The group’s leader, Ahmed Yusuf, also known by his kunya Abu Hamza, has led al-Shabaab since May 2016, when his predecessor Ali Warsame was killed in a U.S. airstrike in Somalia.');
    const killing = events.find((e) => e.type === 'killing');
    expect(killing?.targets.join(' ')).toMatch(/Ali Warsame/);
    expect(killing?.actors.join(' ')).not.toMatch(/Ahmed Yusuf|Abu Hamza/);
  });
});

describe('a claim of responsibility names the attack’s perpetrator (issue 8 items 3 and 4)', () => {
  it('takes the group that claimed the attack in another clause of the sentence as its actor', () => {
    const events = rolesOf('On 12 June 2024, a suicide bomber struck a bus station in Jalalabad, killing nine people; Islamic State Khorasan Province claimed responsibility.');
    expect(events.find((e) => e.type === 'attack')?.actors).toEqual(['Islamic State Khorasan Province']);
  });

  it('takes the group that said it was behind an attack, took responsibility, was blamed, or carried it out, in the next sentence, as its actor', () => {
    const bombing = 'On 3 May 2024 a car bomb exploded outside a police station in Mogadishu, Somalia, killing six.';
    for (const next of ['Al-Shabaab said it was behind the attack.', 'Al-Shabaab took responsibility.', 'Officials blamed al-Shabaab.']) {
      expect(rolesOf(`${bombing} ${next}`).map((e) => `${e.type} [${e.actors.join(', ')}]`), next).toEqual(['attack [al-Shabaab]']);
    }
    expect(rolesOf('On 3 May 2024 a car bomb exploded outside a police station in Mogadishu, Somalia, killing six; al-Shabaab said it carried out the bombing.')
      .map((e) => `${e.type} [${e.actors.join(', ')}]`)).toEqual(['attack [al-Shabaab]']);
    expect(rolesOf(`${bombing} It was carried out by al-Shabaab, officials said.`).map((e) => e.actors.join(', '))).toEqual(['al-Shabaab']);
    expect(rolesOf('The 3 May 2024 bombing of a police station in Mogadishu, Somalia, was the work of al-Shabaab.').map((e) => e.actors.join(', '))).toEqual(['al-Shabaab']);
    expect(rolesOf(`${bombing} It was not carried out by al-Shabaab, officials said.`).map((e) => e.actors.join(', '))).toEqual(['']);
    // (a blame denied names no one)
    expect(rolesOf(`${bombing} Officials have not blamed al-Shabaab.`).map((e) => e.actors.join(', '))).toEqual(['']);
  });

  it('never makes the claimant a target, whatever words the attack’s object runs into', () => {
    const [attack] = rolesOf('On 9 October 2023, gunmen attacked a checkpoint near Ghazni, and the Islamic State later claimed the attack.');
    expect(attack).toMatchObject({ type: 'attack', actors: ['Islamic State'], targets: [] });
  });

  it('takes no claimant from a claim that was not made, nor from a party that says the attack was something else', () => {
    const [unclaimed] = rolesOf('On 2 February 2024, gunmen attacked a police post in Khost; no group claimed it.');
    expect(unclaimed?.actors).toEqual([]);
    const [spoken] = rolesOf('On 2 February 2024, gunmen attacked a police post in Khost; the Taliban claimed the attack was staged.');
    expect(spoken?.actors).toEqual([]);
  });
});

describe('a claim the next sentence makes (issue 8 items 3 and 4)', () => {
  it('names the perpetrator of the attack the paragraph told just before, and tells no attack of its own', () => {
    const events = rolesOf('On 14 April 2024, gunmen opened fire on worshippers at a shrine in Mazar-i-Sharif, killing five. The Islamic State claimed responsibility.');
    expect(events.filter((e) => e.type === 'attack')).toEqual([{ type: 'attack', actors: ['Islamic State'], targets: [] }]);
  });

  it('names no perpetrator of an attack told in another paragraph', () => {
    const events = rolesOf('On 14 April 2024, gunmen opened fire on worshippers at a shrine in Mazar-i-Sharif, killing five.\n\nThe Islamic State claimed responsibility.');
    expect(events.filter((e) => e.type === 'attack').map((e) => e.actors)).toEqual([[]]);
  });
});

describe('what was done to whom, around the trigger (issue 8 item 3)', () => {
  it('makes the body whose members a passive kills a target, not the ambush’s actor', () => {
    const [ambush] = rolesOf('On 2 October 2024, eight Pakistani police officers were killed in an ambush on a convoy near Quetta.');
    expect(ambush?.actors).toEqual([]);
    expect(ambush?.targets.join(' ')).toMatch(/Pakistani police/);
  });

  it('makes the name a relative clause or a participle describes the target of a listing', () => {
    const [listed] = rolesOf('Officials accused Ottawa of tolerating Babbar Khalsa International (BKI), which Canada listed as a terrorist entity in 2003.');
    expect(listed).toMatchObject({ type: 'designation', actors: ['Canada'], targets: ['Babbar Khalsa International'] });
    const [proscribed] = rolesOf('Lashkar-e-Jhangvi (LeJ), proscribed in 2001, has long targeted Shia communities in Kurram.');
    expect(proscribed).toMatchObject({ type: 'designation', actors: [], targets: ['Lashkar-e-Jhangvi'] });
  });

  it('gives a measure the actor who made it, never the group it is aimed at', () => {
    const [amnesty] = rolesOf('Fighters still demand stipends under the Presidential Amnesty Programme, which President Umaru Musa Yar’Adua launched in 2009 to disarm MEND.');
    expect(amnesty?.actors).toEqual(['Umaru Musa Yar’Adua']);
  });
});

describe('an attack the text calls a group’s own (issue 8 item 3)', () => {
  it('takes the group the paragraph is about as the actor of "its most significant attack"', () => {
    const events = rolesOf('Al-Shabaab lost ground in Hiraan during 2023. Its deadliest attack that year was the bombing of a market in Beledweyne on 9 August 2023.');
    expect(events.find((e) => e.type === 'attack')?.actors).toEqual(['al-Shabaab']);
  });

  it('takes no group for a place’s "worst bombing"', () => {
    const events = rolesOf('Beledweyne is the capital of Hiraan. Its worst bombing came on 9 August 2023.');
    expect(events.find((e) => e.type === 'attack')?.actors).toEqual([]);
  });
});

describe('a state that lists a group acts in the listing (issue 8 item 3)', () => {
  it('takes the countries that designate, as subjects or agents, as actors', () => {
    expect(rolesOf('In June 2023, the United States and Canada designated Samidoun as a terrorist entity.').find((e) => e.type === 'designation')?.actors)
      .toEqual(['United States', 'Canada']);
    expect(rolesOf('It was designated a Foreign Terrorist Organization by the United Kingdom in March 2021.').find((e) => e.type === 'designation')?.actors)
      .toEqual(['United Kingdom']);
  });

  it('takes no country named as a place around the listing', () => {
    expect(rolesOf('In May 2022, officials in Egypt designated the Hasm movement a terrorist organisation.').find((e) => e.type === 'designation')?.actors ?? [])
      .not.toContain('Egypt');
  });
});

describe('a state that struck, captured or killed (issue 8: ev+roles)', () => {
  it('makes the country whose strike or raid it was the actor of a killing', () => {
    const killing = rolesOf('On 9 March 2021, Abu Zaid al-Harbi was killed in a United States drone strike in Idlib, Syria.').find((e) => e.type === 'killing');
    expect(killing?.actors).toEqual(['United States']);
    expect(killing?.targets.join(' ')).toMatch(/Abu Zaid/);
  });

  it('makes the country a captured man was captured by the arrest’s actor', () => {
    const arrest = rolesOf('Abu Omar al-Baluchi was captured by Pakistan in February 2011 near Quetta.').find((e) => e.type === 'arrest');
    expect(arrest?.actors).toEqual(['Pakistan']);
  });

  it('never makes a country where the strike fell, nor the target’s country, an actor', () => {
    const killing = rolesOf('On 9 March 2021, Abu Zaid al-Harbi was killed in a drone strike in Syria.').find((e) => e.type === 'killing');
    expect(killing?.actors).toEqual([]);
    const byBomb = rolesOf('On 9 March 2021, Abu Zaid al-Harbi was killed by a bomb in Syria.').find((e) => e.type === 'killing');
    expect(byBomb?.actors).toEqual([]);
  });
});

describe('a group the sentence lays the attack at (issue 8: ev+roles)', () => {
  it('takes the group an attack or a killing is attributed to, or blamed on, as its actor', () => {
    const attributed = rolesOf('On 4 March 2022, a car bomb exploded outside a market in Kismayo, Somalia, killing six; no group claimed it, but police attributed it to al-Shabaab.').find((e) => e.type === 'attack');
    expect(attributed?.actors.join(' ')).toMatch(/Shabaab/);
    const blamed = rolesOf('When gunmen opened fire on a bus in Quetta, Pakistan, on 3 June 2021, killing nine, the authorities blamed the Balochistan Liberation Army.').find((e) => e.type === 'attack');
    expect(blamed?.actors.join(' ')).toMatch(/Balochistan Liberation Army/);
  });

  it('takes no group the attribution is denied of', () => {
    const attack = rolesOf('On 4 March 2022, a car bomb exploded outside a market in Kismayo, Somalia, killing six; officials said it was not attributed to al-Shabaab.').find((e) => e.type === 'attack');
    expect(attack?.actors ?? []).toEqual([]);
  });
});

describe('who foiled a plot (issue 8: ev+roles)', () => {
  it('never makes the state body or force that foiled a plot its plotter', () => {
    const foiled = rolesOf('In May 2023, Belgian police arrested two men in Ghent who were allegedly planning an attack on a concert.').find((e) => e.type === 'plot');
    expect(foiled?.actors ?? []).toEqual([]);
    const disrupted = rolesOf('In October 2022, the Kenyan security services disrupted a plot to bomb a church in Mombasa.').find((e) => e.type === 'plot');
    expect(disrupted?.actors ?? []).toEqual([]);
  });
});

describe('two clauses, two subjects (issue 8: ev+roles)', () => {
  it('gives each listing of a sentence the state its own clause names', () => {
    const events = rolesOf('Canada proscribed the Base Movement in March 2019; the United States designated it a Foreign Terrorist Organization in June 2021.').filter((e) => e.type === 'designation');
    expect(events.map((e) => e.actors)).toEqual([['Canada'], ['United States']]);
  });
});

describe('a body named as a place (issue 8: ev+roles)', () => {
  it('never makes the body an attack happened by its actor', () => {
    const attack = rolesOf('On 3 May 2022, two car bombs exploded at the Kilometre 4 junction next to the Ministry of Health, killing 14 people, the deadliest attack in Somalia since 2019.').find((e) => e.type === 'attack');
    expect(attack?.actors ?? []).toEqual([]);
  });
});

describe('"the group claimed it" (issue 8: ev+roles)', () => {
  it('takes the group the paragraph is about as the claimant of an attack "the group" claimed', () => {
    const events = rolesOf('Ansar Bayt al-Maqdis has grown in the north of the country. On 4 June 2022, gunmen killed five pilgrims near Arish, Egypt; the group claimed the attack the next day.');
    expect(events.find((e) => e.type === 'attack')?.actors.join(' ')).toMatch(/Ansar Bayt al-Maqdis|Sinai Province/);
    const next = rolesOf('Ansar Bayt al-Maqdis has grown in the north of the country. On 4 June 2022, gunmen killed five pilgrims near Arish, Egypt. The group claimed responsibility.');
    expect(next.find((e) => e.type === 'attack')?.actors.join(' ')).toMatch(/Ansar Bayt al-Maqdis|Sinai Province/);
  });

  it('takes no group for an attack no group claimed', () => {
    const events = rolesOf('Ansar Bayt al-Maqdis has grown in the north of the country. On 4 June 2022, gunmen killed five pilgrims near Arish, Egypt; no group claimed the attack.');
    expect(events.find((e) => e.type === 'attack')?.actors).toEqual([]);
  });
});

describe('who released the propaganda (issue 8: ev+roles)', () => {
  it('makes the outlet a video was released by its actor', () => {
    const events = rolesOf('On 5 April 2019 a video released by the al-Zallaqa Foundation showed three commanders seated together.');
    expect(events.find((e) => e.type === 'propaganda')?.actors.join(' ')).toMatch(/Zallaqa/);
  });
});

describe('assignEventRoles: a pledge', () => {
  it('takes the one who pledges as its actor and the one pledged to as its target', () => {
    const [pledge] = rolesOf('In March 2015 Boko Haram pledged allegiance to the Islamic State and its leader Abu Bakr al-Baghdadi.').filter((e) => e.type === 'pledge');
    expect(pledge?.actors).toEqual(['Boko Haram']);
    expect(pledge?.targets).toEqual(expect.arrayContaining(['Islamic State', 'Abu Bakr al-Baghdadi']));
  });
});

describe('actors named in another sentence of the paragraph (issue 8 items 3 and 4)', () => {
  it('gives a claim of several attacks to as many attacks as it counts, the last the paragraph told', () => {
    const events = rolesOf('On 3 April 2021, gunmen stormed a hotel in Kismayo, Somalia, killing nine guests. On 9 May 2021, a truck bomb exploded outside a police station in Baidoa, Somalia, killing 14 people. Al-Shabaab claimed both attacks through its radio station.');
    expect(events.filter((e) => e.type === 'attack').map((e) => e.actors)).toEqual([['al-Shabaab'], ['al-Shabaab']]);
  });

  it('takes no attack for a claim of more attacks than the paragraph told, nor for one negated', () => {
    const fewer = rolesOf('On 9 May 2021, a truck bomb exploded outside a police station in Baidoa, Somalia, killing 14 people. Al-Shabaab later claimed all three attacks.');
    expect(fewer.find((e) => e.type === 'attack')?.actors).toEqual([]);
    const negated = rolesOf('On 3 April 2021, gunmen stormed a hotel in Kismayo, Somalia, killing nine guests. On 9 May 2021, a truck bomb exploded outside a police station in Baidoa, Somalia, killing 14 people. Officials said al-Shabaab had not claimed both attacks.');
    expect(negated.filter((e) => e.type === 'attack').every((e) => e.actors.length === 0)).toBe(true);
  });

  it('gives an item’s claim to the attack the item told, after a label such as "(b)"', () => {
    const events = rolesOf('Incidents relied upon:\n(b) On 2 June 2017, a car bomb exploded at a bus station in Izmir, Turkey, killing 11 people. The PKK claimed responsibility.');
    expect(events.find((e) => e.type === 'attack')?.actors.join(' ')).toMatch(/Kurdistan Workers|PKK/);
  });

  it('makes the group a sentence lays the attack told just before at its perpetrator', () => {
    const events = rolesOf('On 14 March 2025, a suicide bomber detonated a vest at a cattle market in Mora, Cameroon, killing six people. The attack was attributed to Boko Haram, which has used child bombers since 2014.');
    expect(events.find((e) => e.type === 'attack')?.actors).toEqual(['Boko Haram']);
  });

  it('carries "he" to the pledge of the person the paragraph named, never to the one who tells of it', () => {
    const carried = rolesOf('On 5 May 2024, police arrested Karim Osmani in Linz, Austria. Prosecutors said he had pledged allegiance to the Islamic State in April 2024.');
    expect(carried.find((e) => e.type === 'pledge')?.actors).toEqual(['Karim Osmani']);
    const told = rolesOf('On 5 May 2024, police arrested Karim Osmani in Linz, Austria. Johann Berger said he had pledged allegiance to the Islamic State in April 2024.');
    expect(told.find((e) => e.type === 'pledge')?.actors ?? []).not.toContain('Johann Berger');
  });
});

describe('the state body that makes an arrest, named after it or in the sentence before (issue 8 items 3 and 4)', () => {
  it('makes a state body that announces a passive arrest after it its actor, not its target', () => {
    const [arrest] = rolesOf('On 4 June 2024, three men were detained in Mombasa, Kenya, over a plan to attack a church, the Directorate of Criminal Investigations said.').filter((e) => e.type === 'arrest');
    expect(arrest?.actors.join(' ')).toMatch(/Directorate of Criminal Investigations/);
    expect(arrest?.targets.join(' ')).not.toMatch(/Directorate/);
  });

  it('carries the state body the sentence before opens on to a passive arrest, unless two bodies compete', () => {
    const carried = rolesOf('In March 2024, Tanzanian security services broke up a cell planning to bomb markets in Arusha, Tanzania. Four suspects were arrested.');
    expect(carried.find((e) => e.type === 'arrest')?.actors.join(' ')).toMatch(/Tanzanian security services/);
    const competing = rolesOf('In March 2024, Tanzanian security services and the Kenyan Anti-Terrorism Police Unit broke up a cell planning to bomb markets in Arusha, Tanzania. Four suspects were arrested.');
    expect(competing.find((e) => e.type === 'arrest')?.actors ?? []).toEqual([]);
  });
});

describe('the killer named in the sentence after a killing (issue 8 items 3 and 4)', () => {
  it('gives a claim an outlet carries to the killing told just before', () => {
    const events = rolesOf('On 2 March 2024 a suicide bomber killed Abdul Wahid Rahimi, the provincial governor, inside his office in Herat, Afghanistan. ISKP claimed the attack through the Amaq news agency.');
    expect(events.find((e) => e.type === 'killing')?.actors.join(' ')).toMatch(/Islamic State Khorasan/);
  });

  it('reads "was widely blamed on X" and "the killers were X members" as laying the killing at X', () => {
    const blamedOn = rolesOf('On 9 June 2022, Musa Adamu, a village head, was shot dead in Monguno, Nigeria. The killing was widely blamed on Boko Haram.');
    expect(blamedOn.find((e) => e.type === 'killing')?.actors).toEqual(['Boko Haram']);
    const killers = rolesOf('On 9 June 2022, Musa Adamu, a village head, was shot dead in Monguno, Nigeria. Police said the killers were Boko Haram members.');
    expect(killers.find((e) => e.type === 'killing')?.actors).toEqual(['Boko Haram']);
  });
});

describe('a claim that names its own attack', () => {
  it('gives no earlier attack to a claim "for the recent attack" the sentence names', () => {
    const events = rolesOf('In 1995 Chechen gunmen seized a hospital in Budyonnovsk, Russia, killing 129 people. The Islamic State claimed responsibility for the recent Moscow attack through Amaq.');
    expect(events.find((e) => e.type === 'attack')?.actors).toEqual([]);
  });
});
