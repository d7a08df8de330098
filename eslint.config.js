// Lint: typescript-eslint's recommended rules plus the one-direction layer rule of STYLE.md §2.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';

const LAYERS = ['model', 'names', 'ingest', 'store', 'analysis', 'interop', 'jobs', 'cli', 'server'];

/** A layer may import only from layers to its left; cli and server never import each other. */
function layerZones() {
  const zones = [];
  LAYERS.forEach((layer, index) => {
    const forbidden = LAYERS.slice(index + 1);
    if (layer === 'cli') forbidden.push('server');
    for (const other of forbidden) {
      if (other === layer) continue;
      zones.push({
        target: `./src/${layer}`,
        from: `./src/${other}`,
        message: `${layer}/ may not import ${other}/ (STYLE.md §2: model ← names ← ingest ← store ← analysis ← interop ← jobs ← cli | server)`,
      });
    }
  });
  zones.push({ target: './src/model', from: './src/config.ts', message: 'model/ stays free of configuration' });
  return zones;
}

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'tessera-data/', 'web/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['bin/**/*.js', '*.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'model/ is shared with the browser: no Node APIs' }] }],
    },
  },
);
