import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, buildEntity, buildEvent, buildNameClaim, buildRelationClaim } from '../../../test/factories.js';
import type { AttributeClaim } from '../../model/index.js';
import { documentToStix } from './document-to-stix.js';
import { entityToStix } from './entity-to-stix.js';
import { eventToStix } from './event-to-stix.js';
import { relationToStix } from './relation-to-stix.js';
import type { StixObject } from './stix-object.js';
import { StixRefs } from './stix-refs.js';
import { TESSERA_KNOWLEDGE_EXTENSION_ID } from './tessera-extension.js';
import { TLP2_MARKING_IDS } from './tlp-marking-objects.js';
import { StixValidator } from './validate-stix.js';
import { writeStixBundle } from './write-stix-bundle.js';

const validator = new StixValidator();

function attribute(entityId: string, name: string, value: string | number): AttributeClaim {
  const base = buildNameClaim(entityId);
  return { ...base, kind: 'attribute', entityId, attribute: name, value } as unknown as AttributeClaim;
}

function sampleObjects(): StixObject[] {
  const refs = new StixRefs();
  const document = buildDocument({ marking: 'TLP:GREEN', title: 'ISKP in Central Asia' });
  const group = buildEntity({ type: 'group', label: 'Islamic State Khorasan Province' });
  const person = buildEntity({ type: 'person', label: 'Abu Usama Noraki' });
  const outlet = buildEntity({ type: 'media', label: 'Voice of Khorasan' });
  const place = buildEntity({ type: 'location', label: 'Kabul' });
  const evidence = { documentId: document.id, start: 0, end: 20, quote: 'He is a member of ISKP.', citedNotes: [3] };
  const groupNames = [
    buildNameClaim(group.id, { name: { value: 'Islamic State Khorasan Province', kind: 'primary', script: 'latin', language: null } }),
    buildNameClaim(group.id, { name: { value: 'ISKP', kind: 'acronym', script: 'latin', language: null } }),
    buildNameClaim(group.id, { name: { value: 'Исламское государство Хорасан', kind: 'transliteration', script: 'cyrillic', language: 'ru' }, marking: 'TLP:AMBER' }),
  ];
  const objects = [
    entityToStix({ entity: group, names: groupNames, attributes: [], isAdversary: true }, refs),
    entityToStix({ entity: person, names: [buildNameClaim(person.id, { name: { value: 'Abu Usama Noraki', kind: 'primary', script: 'latin', language: null } })], attributes: [], isAdversary: true }, refs),
    entityToStix({ entity: outlet, names: [], attributes: [], isAdversary: false }, refs),
    entityToStix({ entity: place, names: [], attributes: [attribute(place.id, 'country', 'AF'), attribute(place.id, 'latitude', 34.53), attribute(place.id, 'longitude', 69.17), attribute(place.id, 'level', 'city')], isAdversary: false }, refs),
  ];
  const relation = buildRelationClaim(person.id, group.id, {
    relationType: 'member_of',
    evidence,
    hedge: { text: 'reportedly', kind: 'attributive', band: null },
    validFrom: { start: '2020-06-01', end: '2020-06-30', precision: 'month', text: 'June 2020' },
    validTo: null,
  });
  objects.push(relationToStix(relation, refs)!);
  const event = buildEvent({ marking: 'TLP:GREEN' });
  objects.push(eventToStix({ event, claims: [], recordedAt: '2026-12-04T10:00:00.000Z' }, refs));
  objects.push(
    documentToStix(
      {
        document,
        citedWorks: [{ noteNumber: 3, text: 'RFE/RL, "ISKP recruiters", 3 May 2024.', authors: [], title: 'ISKP recruiters', outlet: 'RFE/RL', date: null, language: null, url: 'https://example.org/iskp' }],
        objectRefs: objects.map((object) => object.id),
      },
      refs,
    ),
  );
  return objects;
}

describe('STIX export', () => {
  it('maps groups, adversary persons, outlets and places to their STIX types', () => {
    const [group, person, outlet, place] = sampleObjects();
    expect(group).toMatchObject({ type: 'threat-actor', name: 'Islamic State Khorasan Province', threat_actor_types: ['terrorist'], resource_level: 'organization' });
    expect(group!.aliases).toEqual(['ISKP', 'Исламское государство Хорасан']);
    expect(group!.object_marking_refs).toEqual([TLP2_MARKING_IDS['TLP:AMBER']]); // the strictest of its names
    expect(person).toMatchObject({ type: 'threat-actor', resource_level: 'individual' });
    expect(outlet).toMatchObject({ type: 'channel', name: 'Voice of Khorasan' });
    expect(place).toMatchObject({ type: 'location', country: 'AF', city: 'Kabul', latitude: 34.53 });
  });

  it('keeps each claim with its evidence, hedge and date precision in the knowledge extension', () => {
    const relationship = sampleObjects().find((object) => object.type === 'relationship')!;
    expect(relationship).toMatchObject({ relationship_type: 'member-of', start_time: '2020-06-01T00:00:00.000Z' });
    const claims = (relationship.extensions as Record<string, { claims: Record<string, unknown>[] }>)[TESSERA_KNOWLEDGE_EXTENSION_ID]!.claims;
    expect(claims[0]).toMatchObject({
      kind: 'relation',
      relation_type: 'member_of',
      hedge: { text: 'reportedly', kind: 'attributive' },
      valid_from: { precision: 'month', text: 'June 2020' },
      evidence: { quote: 'He is a member of ISKP.', cited_notes: [3] },
    });
  });

  it('names an incident by its type, date and place, and leaves unknown places, counts and actors’ refs out of the extension', () => {
    const refs = new StixRefs();
    const group = buildEntity({ type: 'group', label: 'Jamaat Example' });
    const groupRef = entityToStix({ entity: group, names: [], attributes: [], isAdversary: true }, refs).id;
    const nameOf = (overrides: Parameters<typeof buildEvent>[0]) => eventToStix({ event: buildEvent(overrides), claims: [], recordedAt: '2026-12-04T10:00:00.000Z' }, refs).name;
    const at = (place: string | null, admin1: string | null, country: string | null) => ({ country, admin1, admin2: null, place, latitude: null, longitude: null, geoPrecision: null });
    expect(nameOf({})).toBe('attack, 2018-07-29, Danghara District, TJ');
    expect(nameOf({ location: at(null, 'Khatlon', 'TJ'), date: { start: '2018-07-01', end: '2018-07-31', precision: 'month' } })).toBe('attack, 2018-07-01/2018-07-31, Khatlon, TJ');
    expect(nameOf({ location: at(null, null, 'TJ') })).toBe('attack, 2018-07-29, TJ');
    expect(nameOf({ location: at('Qurghonteppa', null, null) })).toBe('attack, 2018-07-29, Qurghonteppa');
    expect(nameOf({ location: at(null, null, null), date: { start: null, end: null, precision: 'unknown' } })).toBe('attack, date unknown');
    const event = buildEvent({
      location: at(null, 'Khatlon', 'TJ'),
      counts: { fatalities: null, wounded: 3, arrested: 0 },
      actors: [{ text: 'Jamaat Example', entityId: group.id, role: null }, { text: 'someone', entityId: buildEntity().id, role: 'target' }],
    });
    const incident = eventToStix({ event, claims: [], recordedAt: '2026-12-04T10:00:00.000Z' }, refs);
    const fields = (incident.extensions as Record<string, { event: Record<string, unknown> }>)[TESSERA_KNOWLEDGE_EXTENSION_ID]!.event;
    expect(JSON.stringify(fields.location)).toBe('{"country":"TJ","admin1":"Khatlon"}');
    expect(JSON.stringify(fields.counts)).toBe('{"wounded":3,"arrested":0}');
    expect(fields.actors).toEqual([{ text: 'Jamaat Example', entity_ref: groupRef }, { text: 'someone', role: 'target' }]);
    expect(Object.keys(fields)).toEqual(['event_id', 'event_type', 'date', 'location', 'actors', 'counts', 'origin', 'marking', 'recorded_at']);
  });

  it('gives the same ids on every export', () => {
    const first = sampleObjects().map((object) => object.id);
    expect(first.every((id) => /^[a-z-]+--[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(new Set(first).size).toBe(first.length);
  });

  it('writes a bundle that validates against the OASIS schemas with no problem at all', async () => {
    const chunks: string[] = [];
    const written = await writeStixBundle(sampleObjects(), (chunk) => void chunks.push(chunk), 'test');
    const bundle = JSON.parse(chunks.join('')) as { objects: unknown[] };
    expect(bundle.objects).toHaveLength(written);
    expect(validator.validateBundle(bundle)).toEqual([]);
  });

  it('makes the next chunk while the sink takes one, one chunk at a time, and fails when the sink fails', async () => {
    // 300 copies of the sample objects: several 64 KB chunks
    const many = Array.from({ length: 300 }, () => sampleObjects()).flat();
    const chunks: string[] = [];
    let taking = 0;
    let mostTaking = 0;
    const slowSink = async (chunk: string) => {
      taking += 1;
      mostTaking = Math.max(mostTaking, taking);
      await new Promise((done) => setTimeout(done, 1));
      chunks.push(chunk);
      taking -= 1;
    };
    const written = await writeStixBundle(many, slowSink, 'chunks');
    expect(chunks.length).toBeGreaterThan(3);
    expect(mostTaking).toBe(1);
    const whole: string[] = [];
    await writeStixBundle(many, (chunk) => void whole.push(chunk), 'chunks');
    expect(chunks.join('')).toBe(whole.join(''));
    expect((JSON.parse(chunks.join('')) as { objects: unknown[] }).objects).toHaveLength(written);
    let calls = 0;
    const failingSink = async () => {
      calls += 1;
      await new Promise((done) => setTimeout(done, 1));
      if (calls === 2) throw new Error('disk full');
    };
    await expect(writeStixBundle(many, failingSink, 'chunks')).rejects.toThrow('disk full');
  });

  it('reports schema errors and the checks schemas cannot make, by object id and path', () => {
    const [group] = sampleObjects();
    const broken = { ...group!, created: '2026-12-04T10:00:00Z', modified: '2020-01-01T00:00:00.000Z', threat_actor_types: ['freedom-fighter'] };
    const problems = validator.validateObject(broken);
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual(expect.arrayContaining(['/created', '/modified']));
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', path: '/threat_actor_types', id: group!.id }));
  });
});

const oasisValidator = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'oasis', 'stix-validate.py');
const hasOasisValidator = existsSync(oasisValidator) && spawnSync('python3', ['-c', 'import jsonschema, antlr4']).status === 0;
if (!hasOasisValidator) console.log('skipping the OASIS stix2-validator check: ../shared/oasis or its Python modules are missing');

describe.skipIf(!hasOasisValidator)('STIX export and the OASIS validator', () => {
  it('passes the vendored OASIS stix2-validator with no error', async () => {
    const chunks: string[] = [];
    await writeStixBundle(sampleObjects(), (chunk) => void chunks.push(chunk), 'oasis');
    const dir = mkdtempSync(join(tmpdir(), 'tessera-stix-'));
    try {
      writeFileSync(join(dir, 'bundle.json'), chunks.join(''));
      const run = spawnSync('python3', [oasisValidator, join(dir, 'bundle.json')], { encoding: 'utf8' });
      expect(run.stdout + run.stderr).toMatch(/stix: \d+ objects, 0 errors/);
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
