import { describe, expect, it } from 'vitest';
import { createExtractionReference } from './extraction-reference.js';
import { loadReferenceMatcher } from './reference-matcher.js';

describe('the extractor reference data is held by its caller, not by a module (issue 9 item 12)', () => {
  it('a reference loads each part once; two references share nothing', () => {
    const one = createExtractionReference();
    const two = createExtractionReference();
    expect(one.matcher).toBe(one.matcher);
    expect(one.matcher).not.toBe(two.matcher);
    // nothing is kept between calls at module level
    expect(loadReferenceMatcher()).not.toBe(loadReferenceMatcher());
    expect(one.gazetteer).toBe(one.gazetteer);
    expect(one.gazetteer.lookup('Dushanbe')[0]?.country).toBe('TJ');
  });
});
