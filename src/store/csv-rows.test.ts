import { describe, it, expect } from 'vitest';
import { encodeCsvRows } from './csv-rows.js';

describe('COPY CSV rows', () => {
  it('tells NULL from empty text and quotes only what needs it', () => {
    const { csv, count } = encodeCsvRows([
      [null, '', 'plain', 3, 'a,b', 'say "hi"', 'two\nlines', '\\.', ['x', 'y"z']],
      [undefined, ' spaced ', 0],
    ]);
    expect(count).toBe(2);
    expect(csv).toBe(',"",plain,3,"a,b","say ""hi""","two\nlines","\\.","{""x"",""y\\""z""}"\n, spaced ,0\n');
  });
});
