import { describe, expect, it } from 'vitest';
import { splitSentences } from '../split-sentences.js';
import { createExtractionReference } from '../reference/extraction-reference.js';
import type { EntityJudge } from './entity-classifier.js';
import { extractKnowledge, type ExtractKnowledgeOptions } from './extract-knowledge.js';
import { toMeasurementJson } from './to-measurement-json.js';

/** One gazetteer and matcher for the file's extractions, as a run of `ingest` shares them. */
const reference = createExtractionReference();

/** The places a text we wrote sets within places, as `inner located_in outer`. */
function placingsOf(text: string, options: ExtractKnowledgeOptions = {}): string[] {
  const out = toMeasurementJson(extractKnowledge({ text, bodyEnd: text.length, sentences: splitSentences(text, text.length) }, { reference, ...options }));
  return out.relations.filter((r) => r.type === 'located_in').map((r) => `${r.source} located_in ${r.target}`);
}

/** An entity judge that keeps the rules' entities as they are and adds the names given as places. */
const addingPlaces = (...names: string[]): EntityJudge => (candidates) =>
  candidates.map((c) => (c.key !== null ? c.type : names.includes(c.name) ? 'location' : null));

describe('placesWithin: places a second reading added', () => {
  it('sets a town the entity judge added within the division the text names it with', () => {
    const text = 'Gunmen burned the granaries of Wuroboki, in Sokoto State, on Friday, residents said.';
    expect(placingsOf(text, { entityJudge: addingPlaces('Wuroboki') })).toContain('Wuroboki located_in Sokoto State');
    // (the rules alone do not read the town)
    expect(placingsOf(text, { entityJudge: null })).toEqual([]);
  });

  it('sets a town the judge added in the country a digest item brackets after it', () => {
    const text = 'Incidents\n\n• Gorongoyo (Mozambique), 4 June 2025. Insurgents burned a clinic and abducted two nurses.';
    expect(placingsOf(text, { entityJudge: addingPlaces('Gorongoyo') })).toContain('Gorongoyo located_in Mozambique');
  });

  it('adds no place to a place the rules already set', () => {
    const text = 'Police detained two men in Kano, Nigeria, after a raid on a house in Kano.';
    const placed = placingsOf(text, { entityJudge: addingPlaces('Kano') });
    expect(placed.filter((r) => r.startsWith('Kano located_in'))).toEqual(['Kano located_in Nigeria']);
  });
});

describe('placesWithin: a division a sentence opens on', () => {
  it('sets the towns the sentence names in the division it opens on, when the gazetteer puts them in a division of that name', () => {
    expect(placingsOf('In Kabardino-Balkaria, investigators said they had detained two brothers in Nalchik.')).toContain('Nalchik located_in Kabardino-Balkaria');
    // (not a town the gazetteer sets in another division)
    expect(placingsOf('In Kabardino-Balkaria, investigators said the brothers had studied in Kazan.')).not.toContain('Kazan located_in Kabardino-Balkaria');
  });
});

describe('placesWithin: what a bare comma joins', () => {
  it('sets a town in the division a closed comma gives, though the gazetteer puts it in another', () => {
    expect(placingsOf('A bomb exploded at a market in Marawi City, Lanao del Sur, on Sunday, killing two people.')).toContain('Marawi City located_in Lanao del Sur');
  });

  it('sets a town an aside places in a division named with its kind, though the gazetteer reads the name as a town elsewhere', () => {
    expect(placingsOf('Gunmen shot dead two police officers in Koya, in Erbil governorate, late on Monday.')).toContain('Koya located_in Erbil governorate');
    // (a town "in" a division of another country with no aside is no placing: "fighters from Mosul in Deir ez-Zor province")
    expect(placingsOf('Fighters from Mosul in Deir ez-Zor province joined the attack.')).not.toContain('Mosul located_in Deir ez-Zor province');
  });

  it('reads no place within the next one of a list that "and" closes', () => {
    expect(placingsOf('Recruiters move freely between the Sahel, Nigeria and Cameroon.')).toEqual([]);
    expect(placingsOf('Smugglers cross between the Fergana Valley, Kyrgyzstan and Tajikistan.')).toEqual([]);
  });

  it('reads no place within the speaker a comma brings after it', () => {
    expect(placingsOf('Families were moved to a camp near Mosul, Baghdad said.')).toEqual([]);
  });
});

describe('placesWithin: the kind of settlement after a name, and a country named by its adjective', () => {
  it('sets a village in the place "in" or a comma gives after the word "village"', () => {
    expect(placingsOf('Soldiers burned huts in Kagoro village in Mimika on Tuesday, witnesses said.')).toContain('Kagoro located_in Mimika');
    expect(placingsOf('A drone strike on a wedding in Tazigyi village, Sagaing Region, killed 40 people on 3 May 2024.'))
      .toContain('Tazigyi located_in Sagaing Region');
  });

  it('sets a division in the country whose adjective the text gives it ("the Tanzanian border district of")', () => {
    const text = 'Tanzania has tightened its border. Police said the pair came from the Tanzanian border district of Mtwara.';
    expect(placingsOf(text)).toContain('Mtwara located_in Tanzania');
  });

  it('sets a town on a named side of the border in that country', () => {
    const text = 'Niger and Benin traded accusations. The groups clashed near Tamou, on the Niger side of the border, on 1 March 2026.';
    expect(placingsOf(text)).toContain('Tamou located_in Niger');
  });

  it('sets no place in a country the document does not name, or one the gazetteer puts elsewhere', () => {
    expect(placingsOf('Police said the pair came from the Tanzanian border district of Mtwara.')).toEqual([]);
    expect(placingsOf('Kenya and Tanzania met. Police said the pair came from the Kenyan border district of Mtwara.')).not.toContain('Mtwara located_in Kenya');
  });
});
