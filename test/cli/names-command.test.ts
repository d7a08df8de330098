import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { inProcessCli } from '../cli-commands.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

describe('tessera names and import un-sanctions (the CLI in process, one store)', () => {
  const cli = inProcessCli();
  const dir = mkdtempSync(join(tmpdir(), 'tessera-names-cli-'));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  afterAll(async () => {
    await cli.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('tessera names pairs', () => {
    it('writes the good rows, then stops at a malformed line with file, line and reason', async () => {
      const path = file('pairs.csv', 'name1,name2\nAbu Usama Noraki,Абу Усама Нораки\nTojiddin Nazarov,Tajiddin Nazarov,extra\nISK,ISKP\n');
      const result = await cli.run(['names', 'pairs', path]);
      expect(result.code).toBe(1);
      expect(result.stdout.trim().split('\n')).toEqual(['name1,name2,score,match', 'Abu Usama Noraki,Абу Усама Нораки,1,true']);
      expect(result.stderr).toMatch(/^error: pairs\.csv line 3: 3 fields where the header has 2$/m);
    }, 60_000);

    it('checks the header before writing anything', async () => {
      const path = file('no-name2.csv', 'name1,other\nA,B\n');
      const result = await cli.run(['names', 'pairs', path]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/error: no-name2\.csv line 1: missing column "name2"/);
    }, 60_000);
  });

  describe('tessera import un-sanctions', () => {
    it('reports progress as plain lines when stderr is not a terminal', async () => {
      const result = await cli.run(['import', 'un-sanctions', join(fixtures, 'names', 'un-consolidated-sample.xml')]);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/^un-sanctions: \d+ entries of about \d+ \(100%\)$/m);
      expect(result.stderr.includes(String.fromCharCode(27))).toBe(false); // no terminal escapes
    }, 60_000);
  });
});
