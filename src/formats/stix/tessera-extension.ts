import { stixId } from './stix-id.js';

/**
 * Tessera's STIX extensions, declared by extension-definition objects shipped in every bundle.
 * - The knowledge extension (property-extension) carries what STIX lacks: each fact's claims with
 *   evidence spans, Admiralty reliability and credibility, hedge and probability band, date
 *   precision, review status and author, and Tessera's own view of events and documents.
 * - The media extension (new-sdo) declares `channel`, the object OpenCTI uses for media outlets
 *   and channels, so outlets travel as themselves.
 */
export const TESSERA_IDENTITY_ID = stixId('identity', 'tessera');
export const TESSERA_KNOWLEDGE_EXTENSION_ID = stixId('extension-definition', 'tessera-knowledge-v1');
export const TESSERA_CHANNEL_EXTENSION_ID = stixId('extension-definition', 'tessera-channel-v1');

const DECLARED = '2026-12-04T00:00:00.000Z';

export function tesseraIdentityObject(): Record<string, unknown> {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: TESSERA_IDENTITY_ID,
    created: DECLARED,
    modified: DECLARED,
    name: 'Tessera',
    identity_class: 'system',
    description: 'Tessera, a workbench for counter-terrorism and conflict analysts: the producer of this bundle.',
  };
}

export function tesseraExtensionDefinitions(): Record<string, unknown>[] {
  return [
    {
      type: 'extension-definition',
      spec_version: '2.1',
      id: TESSERA_KNOWLEDGE_EXTENSION_ID,
      created_by_ref: TESSERA_IDENTITY_ID,
      created: DECLARED,
      modified: DECLARED,
      name: 'Tessera knowledge',
      description:
        "Tessera's claims behind each object (evidence span and quote, cited endnotes, Admiralty source " +
        'reliability A–F and information credibility 1–6, estimative hedge with its ICD 203 probability band, ' +
        'valid time with date precision, review status, author, TLP marking), and the event and document ' +
        'fields STIX has no place for.',
      schema: 'https://tessera.invalid/stix/extensions/knowledge/v1',
      version: '1.0.0',
      extension_types: ['property-extension'],
    },
    {
      type: 'extension-definition',
      spec_version: '2.1',
      id: TESSERA_CHANNEL_EXTENSION_ID,
      created_by_ref: TESSERA_IDENTITY_ID,
      created: DECLARED,
      modified: DECLARED,
      name: 'Channel',
      description:
        'A media outlet, channel, publication, radio or app channel (the `channel` object of OpenCTI): ' +
        'name, aliases, channel_types.',
      schema: 'https://tessera.invalid/stix/extensions/channel/v1',
      version: '1.0.0',
      extension_types: ['new-sdo'],
    },
  ];
}
