// Lint: typescript-eslint's recommended rules plus the one-direction layer rule of STYLE.md §2.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const LAYERS = ['model', 'names', 'formats', 'ingest', 'store', 'analysis', 'charts', 'jobs', 'cli', 'server'];

/**
 * A layer may import only from layers to its left (cli and server never import each other),
 * and model/ uses no Node APIs. Built from ESLint's own no-restricted-imports, one block per layer.
 */
function layerRules() {
  return LAYERS.map((layer, index) => {
    const isSurface = layer === 'cli' || layer === 'server';
    const later = LAYERS.slice(index + 1).filter((other) => !(isSurface && (other === 'cli' || other === 'server')));
    if (layer === 'cli') later.push('server');
    // the surfaces (cli/, server/) reach the application only through its use cases and contracts
    const SURFACE_DOORS = ['model', 'jobs'];
    const earlier = LAYERS.slice(0, index).filter((other) => !isSurface || SURFACE_DOORS.includes(other));
    const bypassed = isSurface ? LAYERS.slice(0, index).filter((other) => !SURFACE_DOORS.includes(other)) : [];
    const patterns = [
      ...bypassed.map((other) => ({
        group: [`**/${other}/*`],
        message: `${layer}/ may not import ${other}/: call a job (jobs/index.js) and use the model's contracts (model/index.js)`,
      })),
      ...later.map((other) => ({
        group: [`**/${other}/*`],
        message: `${layer}/ may not import ${other}/ (STYLE.md §2: model ← names ← formats ← ingest ← store ← analysis ← charts ← jobs ← cli | server)`,
      })),
      ...earlier.map((other) => ({
        group: [`**/${other}/*`, `!**/${other}/index.js`],
        message: `import ${other}/ through its public API, ${other}/index.js`,
      })),
    ];
    if (!isSurface) {
      patterns.push({ group: ['**/config.js'], message: 'only cli/ and server/ read the configuration; pass values down' });
    }
    if (layer === 'model') patterns.push({ group: ['node:*'], message: 'model/ is shared with the browser: no Node APIs' });
    return { files: [`src/${layer}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
  });
}

export default tseslint.config(
  // what .gitignore ignores: builds, data, test artefacts and scratch files are not sources
  { ignores: ['node_modules/', 'dist/', 'dist.*/', 'tessera-data/', 'web/dist/', 'coverage/', '.bench-data/', 'test-artefacts/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bin/**/*.js', '*.config.js', 'eval/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  ...layerRules(),
  {
    // the workbench (web/) talks to the server only over HTTP: it imports the model's types and schemas, nothing else of src/
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/src/*/**', '!**/src/model/**'], message: 'web/ imports only src/model (types and zod schemas) and calls the HTTP API' },
            { group: ['node:*'], message: 'web/ runs in the browser: no Node APIs' },
          ],
        },
      ],
    },
  },
  {
    // `tessera serve` is the one CLI command that starts the other surface, through its entry point only
    files: ['src/cli/serve-command.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/names/*', '**/formats/*', '**/ingest/*', '**/store/*', '**/analysis/*', '**/charts/*'], message: 'cli/ imports only jobs/ and model/' },
            { group: ['**/server/*', '!**/server/main.js'], message: 'serve-command starts the server through server/main.js only' },
          ],
        },
      ],
    },
  },
);
