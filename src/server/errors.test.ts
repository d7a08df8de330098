import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { TesseraError } from '../model/index.js';
import { handleError, HttpProblem, PROBLEM_STATUS } from './errors.js';

async function appThrowing(error: unknown) {
  const logged: unknown[] = [];
  const app = Fastify({ logger: { level: 'info', stream: { write: (line: string) => logged.push(JSON.parse(line)) } } });
  app.setErrorHandler(handleError);
  app.get('/boom', async () => {
    throw error;
  });
  const response = await app.inject({ url: '/boom?secret=1' });
  await app.close();
  return { response, logged };
}

describe('problem+json errors', () => {
  it('maps each TesseraError code through the one table', async () => {
    const { response } = await appThrowing(new TesseraError('not_found', 'entity 42: not in this workspace'));
    expect(response.statusCode).toBe(PROBLEM_STATUS.not_found.status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ type: 'urn:tessera:problem:not_found', status: 404, code: 'not_found', detail: 'entity 42: not in this workspace', instance: '/boom', errors: [] });
    expect(response.json().requestId).toBeTruthy();
  });

  it('names the fields of a job’s invalid input', async () => {
    const { response } = await appThrowing(new TesseraError('invalid_input', 'search: q: empty', { issues: [{ path: 'q', message: 'empty' }] }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'q', reason: 'empty' }]);
  });

  it('hides an unexpected error and logs it with its stack', async () => {
    const { response, logged } = await appThrowing(new Error('connection string postgres://secret@db leaked'));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret');
    expect(response.body).not.toContain('at ');
    expect(response.json().code).toBe('internal_error');
    const entry = logged.find((line) => (line as { msg?: string }).msg === 'unexpected error') as { err: { stack: string } };
    expect(entry.err.stack).toContain('connection string');
  });

  it('asks for credentials on 401', async () => {
    const { response } = await appThrowing(new HttpProblem('unauthorized', 'sign in'));
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toContain('Bearer');
  });
});
