import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the slow files first: the browser and spawned-CLI end-to-end tests, then the store and job
 * tests, then the unit tests beside the sources. vitest's default order on a fresh clone (no timing
 * cache yet, as in CI) is by file size, which left a 60 s end-to-end file running alone on one core
 * at the end of the run while the other core idled.
 */
const RUN_ORDER = ['test/e2e/web/', 'test/e2e/', 'test/', 'src/'];

function rank(spec: TestSpecification): number {
  const path = spec.moduleId.replaceAll('\\', '/');
  const index = RUN_ORDER.findIndex((prefix) => path.includes(`/${prefix}`));
  return index === -1 ? RUN_ORDER.length : index;
}

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const byDefault = await super.sort(files);
    return byDefault
      .map((spec, position) => ({ spec, position, rank: rank(spec) }))
      .sort((a, b) => a.rank - b.rank || a.position - b.position)
      .map(({ spec }) => spec);
  }
}
