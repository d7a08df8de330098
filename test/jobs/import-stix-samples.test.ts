import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStix, openStore, type Store } from '../../src/jobs/index.js';
import { listClaims } from '../../src/store/index.js';
import { sharedDir } from '../shared-data.js';

const fixtures = resolve(import.meta.dirname, '..', 'fixtures', 'stix');
const shared = sharedDir();
const hasShared = shared !== null;

async function keptMarking(store: Store, stixId: string): Promise<string | undefined> {
  const rows = await store.query<{ marking: string }>('SELECT marking FROM taxii_object WHERE workspace_id = $1 AND stix_id = $2', [store.workspaceId, stixId]);
  return rows[0]?.marking;
}

describe('importStix on real bundles (fixtures, PGlite)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('APT1 (OASIS): keeps every object as sent, reads threat actors, identities and their relationships, reports the rest', async () => {
    const result = await importStix(store, join(fixtures, 'apt1.json'));
    expect(result.objects).toBe(76);
    expect(result.byType.indicator).toEqual({ imported: 0, keptRaw: 12, skipped: 0 });
    expect(result.byType['threat-actor']).toMatchObject({ imported: 5, keptRaw: 5 });
    expect(result.byType.identity!.keptRaw).toBe(4);
    expect(result.written.rawObjects).toBe(76);
    expect(result.written.entities).toBeGreaterThanOrEqual(5);
    const names = await listClaims(store, { kind: 'name' });
    expect(names.map((claim) => (claim.kind === 'name' ? claim.name.value : ''))).toContain('APT1');
    expect(names.every((claim) => claim.status === 'proposed')).toBe(true);
  });

  it('takes each object’s TLP marking (2.0 and 1.0 ids), the workspace default otherwise', async () => {
    await importStix(store, join(fixtures, 'using-marking-definitions.json'));
    // TLP 1.0 amber (f88d31f6…) on the indicator
    expect(await keptMarking(store, 'indicator--33fe3b22-0201-47cf-85d0-97c02164528d')).toBe('TLP:AMBER');
    await importStix(store, join(fixtures, 'identifying-a-threat-actor-profile.json'), { marking: 'TLP:GREEN' });
    expect(await keptMarking(store, 'threat-actor--dfaa8d77-07e2-4e28-b2c8-92e9f7b04428')).toBe('TLP:GREEN');
    const actor = (await listClaims(store, { kind: 'name' })).find((claim) => claim.kind === 'name' && claim.name.value === 'Disco Team Threat Actor Group');
    expect(actor?.marking).toBe('TLP:GREEN');
    const incident = await importStix(store, join(fixtures, 'incident_expo_1.json'));
    expect(incident.byType.incident!.keptRaw).toBe(1);
    expect(incident.customProperties).toHaveProperty(['extensions.extension-definition--ef765651-680c-498d-9894-99799f2fa126']);
    expect(incident.customProperties).toHaveProperty(['extensions.availability']);
  });

  it('OpenCTI companies: x_opencti_* kept and counted, TLP:WHITE read as TLP:CLEAR, sectors (identity class) kept raw only', async () => {
    const result = await importStix(store, join(fixtures, 'companies.json'));
    expect(Object.keys(result.customProperties).some((name) => name.startsWith('x_opencti_'))).toBe(true);
    expect(result.written.rawObjects).toBe(63);
    const rows = await store.query<{ marking: string }>("SELECT DISTINCT marking FROM taxii_object WHERE body->>'id' LIKE 'identity--%' AND body ? 'x_opencti_organization_type'");
    expect(rows.map((row) => row.marking)).toEqual(['TLP:CLEAR']);
  });

  it('tolerates a bare object, observables without spec_version, granular markings and sightings; dangling refs are warned, not fatal', async () => {
    const bare = await importStix(store, join(fixtures, 'interop-objectmarking-test.json'));
    expect(bare.objects).toBe(1);
    expect(bare.warnings.some((warning) => warning.message.includes('neither in the bundle nor in the store'))).toBe(true);
    for (const file of ['infrastructure.json', 'using-granular-markings.json', 'sighting-of-observed-data.json', 'tlp2-amber.json', 'tlp2-red.json']) {
      const result = await importStix(store, join(fixtures, file));
      expect(result.objects).toBeGreaterThan(0);
    }
    const tlpExtension = await importStix(store, join(fixtures, 'tlp2-extension-definition.json'));
    expect(tlpExtension.objects).toBe(1);
  });

  it('is idempotent on foreign bundles: a second import writes nothing', async () => {
    const again = await importStix(store, join(fixtures, 'apt1.json'));
    expect(again.written).toEqual({ documents: 0, entities: 0, events: 0, claims: 0, rawObjects: 0 });
  });

  it('refuses a file that is not JSON with corrupt_file', async () => {
    await expect(importStix(store, join(fixtures, 'README.md'))).rejects.toMatchObject({ code: 'corrupt_file' });
  });
});

describe.skipIf(!hasShared)('importStix on the large bundles in ../shared (PGlite)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: null });
  });
  afterAll(async () => {
    await store?.close();
  });
  const samples = (path: string) => join(shared ?? '', 'stix-samples', path);

  it('MITRE ATT&CK ICS: revoked and deprecated objects kept as sent with a warning; x-mitre-* types kept raw', async () => {
    const result = await importStix(store, samples('mitre-attack/ics-attack-18.1.json'));
    expect(result.objects).toBe(1826);
    expect(result.written.rawObjects).toBe(1826);
    expect(result.byType['x-mitre-tactic']).toEqual({ imported: 0, keptRaw: 12, skipped: 0 });
    expect(result.warnings.filter((w) => w.message.startsWith('revoked'))).toHaveLength(2);
    expect(result.warnings.filter((w) => w.message.startsWith('deprecated')).length).toBeGreaterThan(0);
    expect(result.byType['intrusion-set']!.imported).toBeGreaterThan(0);
  }, 120_000);

  it('MITRE ATT&CK Mobile and DISARM import with a report', async () => {
    const mobile = await importStix(store, samples('mitre-attack/mobile-attack-17.1.json'));
    expect(Object.values(mobile.byType).reduce((sum, counts) => sum + counts.keptRaw, 0)).toBe(2148);
    // after ICS, the MITRE identity, its marking and one more object are there already (same id and version): kept once
    expect(mobile.written.rawObjects).toBeGreaterThanOrEqual(2145);
    expect(mobile.warnings.filter((w) => w.message.startsWith('revoked'))).toHaveLength(53);
    const disarm = await importStix(store, samples('disarm/DISARM.json'));
    expect(disarm.objects).toBe(698);
    expect(disarm.byType['attack-pattern']).toEqual({ imported: 0, keptRaw: 391, skipped: 0 });
  }, 180_000);

  it('OpenCTI geography: alpha-3 countries converted with a warning, located-at read as located_in relations', async () => {
    const result = await importStix(store, samples('opencti-datasets/geography.json'));
    expect(result.byType.location).toEqual({ imported: 272, keptRaw: 272, skipped: 0 });
    expect(result.warnings.some((w) => w.message === 'country "DZA" is ISO alpha-3; read as DZ')).toBe(true);
    expect(result.byType.relationship!.imported).toBe(266);
    const sectors = await importStix(store, samples('opencti-datasets/sectors.json'));
    expect(sectors.byType.identity!.keptRaw).toBe(72);
    const again = await importStix(store, samples('opencti-datasets/geography.json'));
    expect(again.written).toEqual({ documents: 0, entities: 0, events: 0, claims: 0, rawObjects: 0 });
  }, 180_000);

  it('every other sample bundle imports', async () => {
    for (const file of [
      'oasis-stix2-json-schemas-examples/threat-reports/poisonivy.json',
      'oasis-cti-documentation/defining-campaigns-threat-actors-intrusion-sets.json',
      'oasis-stix-common-objects/tlp2-clear.json',
      'oasis-stix-common-objects/tlp2-green.json',
      'oasis-stix-common-objects/tlp2-amber-strict.json',
    ]) {
      const result = await importStix(store, samples(file));
      expect(result.objects).toBeGreaterThan(0);
    }
  }, 120_000);
});
