import type { TlpMarking } from '../../model/index.js';

/** The extension that TLP 2.0 marking definitions carry (OASIS stix-common-objects). */
export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

/** The OASIS TLP 2.0 marking-definition ids, as published in cti-stix-common-objects. */
export const TLP2_MARKING_IDS: Record<TlpMarking, string> = {
  'TLP:CLEAR': 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  'TLP:GREEN': 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  'TLP:AMBER': 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'TLP:AMBER+STRICT': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  'TLP:RED': 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

const TLP2_VALUES: Record<TlpMarking, string> = {
  'TLP:CLEAR': 'clear',
  'TLP:GREEN': 'green',
  'TLP:AMBER': 'amber',
  'TLP:AMBER+STRICT': 'amber+strict',
  'TLP:RED': 'red',
};

/** The OASIS TLP 2.0 marking-definition object for a marking, exactly as OASIS publishes it. */
export function tlpMarkingObject(marking: TlpMarking): Record<string, unknown> {
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id: TLP2_MARKING_IDS[marking],
    created: '2022-10-01T00:00:00.000Z',
    name: marking,
    extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: TLP2_VALUES[marking] } },
  };
}

/** The Tessera marking a STIX marking-definition id stands for, or null for any other marking. */
export function tlpMarkingOfRef(ref: string): TlpMarking | null {
  for (const [marking, id] of Object.entries(TLP2_MARKING_IDS)) if (id === ref) return marking as TlpMarking;
  return null;
}
