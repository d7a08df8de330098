import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { StixValidator, type StixProblem } from '../formats/index.js';
import { TesseraError } from '../model/index.js';

export interface StixFileValidation {
  path: string;
  objects: number;
  errors: number;
  warnings: number;
  problems: StixProblem[];
}

/**
 * Checks a STIX 2.1 bundle file: each object against the OASIS schema of its type and the rules
 * the schemas cannot express (formats/stix/validate-stix.ts). A file that is not JSON is a
 * corrupt_file error naming the position.
 */
export async function validateStixFile(path: string): Promise<StixFileValidation> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new TesseraError(code === 'ENOENT' ? 'not_found' : 'invalid_input', `${path}: cannot be read (${code ?? String(error)})`, undefined, { cause: error });
  }
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch (error) {
    throw new TesseraError('corrupt_file', `${basename(path)}: not JSON (${(error as Error).message})`, undefined, { cause: error });
  }
  const problems = new StixValidator().validateBundle(bundle);
  const objects = Array.isArray((bundle as { objects?: unknown }).objects) ? (bundle as { objects: unknown[] }).objects.length : 0;
  return {
    path,
    objects,
    errors: problems.filter((problem) => problem.severity === 'error').length,
    warnings: problems.filter((problem) => problem.severity === 'warning').length,
    problems,
  };
}
