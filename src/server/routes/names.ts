import { linkNames, loadReferenceAliases, loadScreeningListFromStore, loadStoreKnowledgeBase, screenNames, type CsvRecord } from '../../jobs/index.js';
import { LinkRequestSchema, LinkRowListSchema, ScreenMatchListSchema, ScreenRequestSchema } from '../../model/index.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

/**
 * Names against the store, a batch of queries at a time: screening against the imported watch
 * lists (`tessera screen --list store`) and linking to the workspace's entities (`tessera names
 * link --kb store`), through the same jobs as the CLI, over what the caller may read.
 */
export function registerNameRoutes(app: ApiInstance): void {
  const tags = ['names'];
  app.post(
    '/screen',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'Screen names against the watch lists imported into the workspace: ranked matches with scores and explanations',
        tags,
        body: ScreenRequestSchema,
        response: { 200: ScreenMatchListSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { queries, minScore, top, reference } = request.body;
      const list = await loadScreeningListFromStore(storeOf(request), await loadReferenceAliases({ builtIn: reference }));
      const items = [];
      for await (const match of screenNames(list, queries, { ...(minScore === undefined ? {} : { minScore }), ...(top === undefined ? {} : { top }) })) items.push(match);
      return { items };
    },
  );
  app.post(
    '/names/link',
    {
      config: { access: 'reader' },
      schema: {
        summary: "Link query names to the workspace's entities (their names, accepted aliases and merges): top candidates with scores",
        tags,
        body: LinkRequestSchema,
        response: { 200: LinkRowListSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const { queries, top, minScore, reference } = request.body;
      const index = await loadStoreKnowledgeBase(storeOf(request), await loadReferenceAliases({ builtIn: reference }));
      const records: CsvRecord[] = queries.map((query, i) => ({ line: i + 2, record: { qid: query.qid, name: query.name, ...(query.type === undefined ? {} : { type: query.type }) } }));
      const items = [];
      for await (const row of linkNames(index, records, { top, minScore })) items.push(row);
      return { items };
    },
  );
}
