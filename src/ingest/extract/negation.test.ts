import { describe, expect, it } from 'vitest';
import { isArrestWanted, isForecast, isNegatedOrUnreal, isSpokenOfNotTold } from './negation.js';

/** Sentences we wrote, each with the trigger word asked about and the answer expected. */
type Case = readonly [sentence: string, trigger: string, expected: boolean];

/** Asks `test` about each case's trigger (where the word first stands in its sentence). */
function expectEach(cases: readonly Case[], test: (sentence: string, index: number, trigger: string) => boolean): void {
  for (const [sentence, trigger, expected] of cases) expect(test(sentence, sentence.indexOf(trigger), trigger), sentence).toBe(expected);
}

/** Each reading, the function that makes it, and sentences it must (true) or must not (false) apply to. */
const READINGS: readonly { reading: string; test: (sentence: string, index: number, trigger: string) => boolean; cases: readonly Case[] }[] = [
  {
    reading: 'reads a report the sentence finds false as no event ("Reports that an explosion … are untrue")',
    test: isNegatedOrUnreal,
    cases: [
      ['Reports that an explosion at the Harbour market on 2 April was the cell’s work are also untrue.', 'explosion', true],
      ['Claims that the militia had attacked the convoy proved false.', 'attacked', true],
      ['Media reports in March that the outlet had been dismantled after arrests in the north are not supported by its output.', 'arrests', true],
      // (a report not found false stands)
      ['Reports that an explosion at the Harbour market on 2 April killed three were confirmed by the police.', 'explosion', false],
      // (a report left unconfirmed tells no event either; a death told and only not confirmed yet stands)
      ['Media reports in 2025 that the commander had been killed in an airstrike on a river island have not been confirmed.', 'killed', true],
      ['In May 2025 the army said the commander was killed in an airstrike, though his death has not been confirmed.', 'killed', false],
      // (a report told with where and when it ran)
      ['Reports in some local media on Tuesday evening that a fourth suspect had been shot dead by police are incorrect.', 'shot dead', true],
      ['Reports on social media that the bandit leader had been killed in an air strike were denied by a spokesman.', 'killed', true],
    ],
  },
  {
    reading: 'keeps a negation an aside between commas follows ("have not, to our knowledge, arrested")',
    test: isNegatedOrUnreal,
    cases: [
      ['Danubian police have not, to our knowledge, arrested any member of the cell.', 'arrested', true],
      ['The militia had never, until that week, attacked a convoy.', 'attacked', true],
      // (a negation a comma closes off still negates nothing after it)
      ['Not far from the border, gunmen attacked a bus.', 'attacked', false],
      ['In March, however, gunmen attacked a bus.', 'attacked', false],
    ],
  },
  {
    reading: 'reads an arrest asked for or rewarded as none made',
    test: isArrestWanted,
    cases: [
      ['Washington offered a reward for information leading to his arrest in 2014.', 'arrest', true],
      ['Prosecutors have sought his arrest since a court issued a warrant in May.', 'arrest', true],
      ['Police announced the arrest of four men in Kandor on 3 May.', 'arrest', false],
    ],
  },
  {
    reading: 'reads "further arrests are probable", "more attacks are likely" as a forecast, not "the arrest is likely to …"',
    test: isForecast,
    cases: [
      ['Further arrests of the front’s leaders are probable in June.', 'arrests', true],
      ['More attacks are likely before the vote.', 'attacks', true],
      ['His arrest is likely to anger the movement.', 'arrest', false],
      ['The attacks of 4 May are likely to be the first of many.', 'attacks', false],
      // (one event a forecast names: "a … assault … remains possible", "an attack … cannot be ruled out")
      ['A government assault on the river town in June remains possible but is unlikely.', 'assault', true],
      ['The bulletin assesses that an attack on a town in the north cannot be ruled out.', 'attack', true],
      // (a forecast told in the past is one still)
      ['Officials said on 3 May that an attack by the front on the border town was imminent.', 'attack', true],
      ['Further attacks were expected before the vote.', 'attacks', true],
      ['An attack on a police post in the north killed four officers.', 'attack', false],
      ['The attack on the police post is likely to harden the army’s response.', 'attack', false],
    ],
  },
  {
    reading: 'reads attacks a group carries out as a habit, or a trend in attacks denied, as no occasion',
    test: isSpokenOfNotTold,
    cases: [
      ['A separatist front that emerged around 2009 and that carries out bomb attacks in coastal towns.', 'attacks', true],
      ['The militia conducts night raids on river villages.', 'raids', true],
      ['It has fired more rockets since, but attacks on shipping have not, so far, risen again.', 'attacks', true],
      // (the past tells occasions)
      ['The militia conducted night raids on river villages in May 2021.', 'raids', false],
    ],
  },
  {
    reading: 'reads attacks called for with an aside before them ("his calls, in a 2024 video, for attacks on …") as no occasion',
    test: isSpokenOfNotTold,
    cases: [
      ['The notice cites his calls, in a 2024 video released by the front, for attacks on Western leaders.', 'attacks', true],
      ['The notice cites his calls, in a 2024 video released by the front, for attacks on U.S. leaders and for "lone" attacks in Europe.', 'attacks in Europe', true],
      // (an attack told after a comma is told)
      ['After the calls, in March 2024, gunmen attacked the embassy.', 'attacked', false],
    ],
  },
  {
    reading: 'reads attacks solicited, instructed or based somewhere, or years of them, as no occasion',
    test: isSpokenOfNotTold,
    cases: [
      ['In May 2024 prosecutors charged the two leaders with soliciting hate crimes and attacks on power stations.', 'attacks', true],
      ['He attended a meeting in 2024 at which the governor gave instructions for attacks on army bases.', 'attacks', true],
      ['The farm was alleged to serve as a base for attacks on herders.', 'attacks', true],
      ['The front announced in June 2014 that it would disarm, ending nearly four decades of bombings on the island.', 'bombings', true],
      ['Officials have in the past blamed the branch for attacks in the country.', 'attacks', true],
      // (an attack named with its article is one)
      ['Officials blamed the branch for the attack on the shrine.', 'attack', false],
      // (an attack the base was used for, told with its day, is told)
      ['Gunmen from the base attacked herders on 3 May 2024.', 'attacked', false],
      // ("staged" as the verb tells the attack)
      ['The front staged an attack on a police post in the north on 3 May 2024.', 'attack', false],
    ],
  },
  {
    reading: 'reads one attack that "cannot be excluded", past an aside, as a forecast',
    test: isForecast,
    cases: [
      ['The panel assesses that a renewed attack inside the country, possibly in the capital, cannot be excluded.', 'attack', true],
    ],
  },
];

describe('negation and modality around a trigger', () => {
  for (const { reading, test, cases } of READINGS) it(reading, () => expectEach(cases, test));
});
