import { searchWorkspace } from '../../jobs/index.js';
import { SearchQuerySchema, SearchResultSchema } from '../../model/index.js';
import type { SearchIndexes } from '../search-indexes.js';
import { PROBLEM_RESPONSES, storeOf, type ApiInstance } from './api-instance.js';

/** Search entities by any name in any script, documents and events: `GET …/search?q=TEXT`. */
export function registerSearchRoutes(app: ApiInstance, indexes: SearchIndexes): void {
  app.get(
    app.prefix === '' ? '/api/search' : '/search',
    {
      config: { access: 'reader' },
      schema: {
        summary: 'Search entities (any alias, any script), documents and events',
        tags: ['search'],
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, ...PROBLEM_RESPONSES },
      },
    },
    async (request) => {
      const store = storeOf(request);
      return searchWorkspace(store, request.query, { nameIndex: await indexes.forWorkspace(store.workspaceId) });
    },
  );
}
