import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, ValidateFunction } from 'ajv/dist/2020.js';

/** ajv loads with the first validator, not with this module: most commands never validate. */
const require = createRequire(import.meta.url);

/** One thing wrong (or doubtful) with an object of a bundle, by object id and JSON path. */
export interface StixProblem {
  severity: 'error' | 'warning';
  /** The object's id, or `bundle` for the envelope. */
  id: string;
  /** JSON path inside the object, e.g. `/object_refs/3`. */
  path: string;
  message: string;
}

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'schemas');
const SCHEMA_BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';
const SCHEMA_FOLDERS = ['common', 'sdos', 'sros', 'observables'] as const;
const COMMON_TYPES: Record<string, string> = {
  'marking-definition': 'common/marking-definition.json',
  'language-content': 'common/language-content.json',
  'extension-definition': 'common/extension-definition.json',
};

/** A few open vocabularies (STIX 2.1 §10) whose values Tessera checks; other values are warnings. */
const OPEN_VOCABULARIES: Record<string, readonly string[]> = {
  threat_actor_types: ['activist', 'competitor', 'crime-syndicate', 'criminal', 'hacker', 'insider-accidental', 'insider-disgruntled', 'nation-state', 'sensationalist', 'spy', 'terrorist', 'unknown'],
  resource_level: ['individual', 'club', 'contest', 'team', 'organization', 'government'],
  identity_class: ['individual', 'group', 'system', 'organization', 'class', 'unknown'],
  report_types: ['attack-pattern', 'campaign', 'identity', 'indicator', 'intrusion-set', 'malware', 'observed-data', 'threat-actor', 'threat-report', 'tool', 'vulnerability'],
};

const REF_PROPERTY = /_refs?$/;

/**
 * Validates STIX 2.1 objects against the OASIS JSON schemas (draft 2020-12, each object against
 * the schema of its own type, custom types against core.json or cyber-observable-core.json), plus
 * what the schemas cannot check: modified ≥ created, stop_time > start_time, refs that resolve
 * within the bundle, and open vocabularies (warnings). Build one per run: compiling costs ~1 s.
 */
export class StixValidator {
  private readonly byType = new Map<string, ValidateFunction>();
  private readonly core: ValidateFunction;
  private readonly observableCore: ValidateFunction;
  private readonly ajv: Ajv2020;

  constructor() {
    const ajv = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const addFormats = require('ajv-formats') as typeof import('ajv-formats');
    this.ajv = new ajv.Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
    addFormats.default(this.ajv);
    this.ajv.addFormat('idn-hostname', true);
    for (const folder of SCHEMA_FOLDERS) {
      for (const file of readdirSync(join(SCHEMA_DIR, folder)).filter((name) => name.endsWith('.json'))) {
        this.ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, folder, file), 'utf8')) as object);
      }
    }
    this.core = this.schema('common/core.json');
    this.observableCore = this.schema('common/cyber-observable-core.json');
  }

  private schema(path: string): ValidateFunction {
    const validate = this.ajv.getSchema(`${SCHEMA_BASE}/${path}`);
    if (validate === undefined) throw new Error(`STIX schema ${path} is missing`);
    return validate;
  }

  private validatorFor(type: string): ValidateFunction {
    const known = this.byType.get(type);
    if (known !== undefined) return known;
    const path = COMMON_TYPES[type] ?? SCHEMA_FOLDERS.slice(1).map((folder) => `${folder}/${type}.json`).find((candidate) => this.ajv.getSchema(`${SCHEMA_BASE}/${candidate}`) !== undefined);
    const validate = path === undefined ? null : this.schema(path);
    const chosen = validate ?? this.core;
    this.byType.set(type, chosen);
    return chosen;
  }

  /** Problems of one object on its own (schema, times, vocabularies). */
  validateObject(object: unknown): StixProblem[] {
    if (typeof object !== 'object' || object === null || Array.isArray(object)) {
      return [{ severity: 'error', id: '(unknown)', path: '', message: 'not a JSON object' }];
    }
    const record = object as Record<string, unknown>;
    const id = typeof record.id === 'string' ? record.id : '(no id)';
    const type = typeof record.type === 'string' ? record.type : '';
    const problems: StixProblem[] = [];
    const isObservable = type !== '' && this.validatorFor(type) === this.core && record.spec_version === undefined && typeof record.id === 'string';
    const validate = isObservable ? this.observableCore : this.validatorFor(type);
    if (!validate(record)) {
      for (const error of validate.errors ?? []) {
        problems.push({ severity: 'error', id, path: error.instancePath, message: `${error.message ?? 'invalid'}${error.params && 'allowedValues' in error.params ? ` (${String(error.params.allowedValues)})` : ''}` });
      }
    }
    if (typeof record.created === 'string' && typeof record.modified === 'string' && record.modified < record.created) {
      problems.push({ severity: 'error', id, path: '/modified', message: `modified ${record.modified} is before created ${record.created}` });
    }
    if (typeof record.start_time === 'string' && typeof record.stop_time === 'string' && record.stop_time <= record.start_time) {
      problems.push({ severity: 'error', id, path: '/stop_time', message: `stop_time ${record.stop_time} is not after start_time ${record.start_time}` });
    }
    for (const [property, vocabulary] of Object.entries(OPEN_VOCABULARIES)) {
      const value = record[property];
      for (const term of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
        if (typeof term === 'string' && !vocabulary.includes(term)) {
          problems.push({ severity: 'warning', id, path: `/${property}`, message: `"${term}" is not in the ${property} open vocabulary` });
        }
      }
    }
    return problems;
  }

  /** Problems of a whole bundle: the envelope, each object, duplicate ids and refs that resolve nowhere. */
  validateBundle(bundle: unknown): StixProblem[] {
    const problems: StixProblem[] = [];
    if (typeof bundle !== 'object' || bundle === null || Array.isArray(bundle)) {
      return [{ severity: 'error', id: 'bundle', path: '', message: 'not a JSON object' }];
    }
    const envelope = bundle as Record<string, unknown>;
    if (envelope.type !== 'bundle') problems.push({ severity: 'error', id: 'bundle', path: '/type', message: 'type must be "bundle"' });
    if (typeof envelope.id !== 'string' || !/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(envelope.id)) {
      problems.push({ severity: 'error', id: 'bundle', path: '/id', message: 'id must be bundle--<RFC 4122 UUID>' });
    }
    const objects = Array.isArray(envelope.objects) ? (envelope.objects as unknown[]) : [];
    if (!Array.isArray(envelope.objects)) problems.push({ severity: 'error', id: 'bundle', path: '/objects', message: 'objects must be an array' });
    const ids = new Set<string>();
    for (const object of objects) {
      problems.push(...this.validateObject(object));
      const id = (object as { id?: unknown }).id;
      if (typeof id === 'string') ids.add(id);
    }
    for (const object of objects) {
      if (typeof object !== 'object' || object === null) continue;
      const record = object as Record<string, unknown>;
      for (const { path, ref } of collectRefs(record, '')) {
        if (!ids.has(ref)) problems.push({ severity: 'warning', id: String(record.id), path, message: `${ref} is not in the bundle` });
      }
    }
    return problems;
  }
}

/** Every `*_ref` / `*_refs` value in an object, nested ones included, with its JSON path. */
function collectRefs(value: unknown, path: string): { path: string; ref: string }[] {
  const found: { path: string; ref: string }[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, index) => found.push(...collectRefs(item, `${path}/${index}`)));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const childPath = `${path}/${key}`;
      if (REF_PROPERTY.test(key)) {
        for (const [index, ref] of (Array.isArray(child) ? child : [child]).entries()) {
          if (typeof ref === 'string' && ref.includes('--')) found.push({ path: Array.isArray(child) ? `${childPath}/${index}` : childPath, ref });
        }
      } else {
        found.push(...collectRefs(child, childPath));
      }
    }
  }
  return found;
}
