import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { loadConfig } from '../../../src/config.js';
import { importEvents, ingestFiles, openStore, type Store } from '../../../src/jobs/index.js';
import type { LinkChartGraph, TlpMarking, Viewer } from '../../../src/model/index.js';
import { buildApp, type TesseraApp } from '../../../src/server/app.js';
import { sameSecret, type Credentials, type SessionGrant } from '../../../src/server/credentials.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROMIUM = process.env.TESSERA_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.log(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

/** Screenshots of each view, for people to look at (git-ignored). */
export const ARTEFACTS = join(ROOT, 'test-artefacts', 'web');

/** The users the browser signs in as, by the sign-in form. */
export const USERS = {
  analyst: { password: 'analyst-pass', viewer: { userId: '00000000-0000-4000-8000-0000000000a1', name: 'analyst', role: 'analyst', clearance: 'TLP:RED', workspaces: null } },
  green: { password: 'green-pass', viewer: { userId: '00000000-0000-4000-8000-0000000000a2', name: 'green', role: 'reader', clearance: 'TLP:GREEN', workspaces: null } },
} satisfies Record<string, { password: string; viewer: Viewer }>;
export type UserName = keyof typeof USERS;

/**
 * Sign-in for the browser tests: real session cookies and CSRF tokens, minted here, so the server's
 * own checks (401, CSRF on writes, clearance) run unchanged.
 */
function browserCredentials(): Credentials {
  const sessions = new Map<string, { viewer: Viewer; csrfToken: string; expiresAt: string }>();
  const grant = (viewer: Viewer): SessionGrant => {
    const token = crypto.randomUUID();
    const csrfToken = crypto.randomUUID();
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    sessions.set(token, { viewer, csrfToken, expiresAt });
    return { viewer, session: { token, csrfToken, expiresAt } };
  };
  return {
    authenticateBearer: async () => null,
    resolveSession: async (token) => sessions.get(token) ?? null,
    login: async ({ name, password }) => {
      const user = USERS[name as UserName];
      return user && user.password === password ? grant(user.viewer) : null;
    },
    logout: async (token) => {
      sessions.delete(token);
    },
    redeem: async (token) => (token === 'one-time-analyst' ? grant(USERS.analyst.viewer) : null),
    sameSecret,
  };
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Builds web/dist when it is missing or older than its sources (one builder at a time across test files). */
export async function ensureWebBuilt(): Promise<void> {
  const lock = join(tmpdir(), 'tessera-web-build.lock');
  for (let tries = 0; ; tries++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (tries > 600) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    const built = join(ROOT, 'web/dist/index.html');
    const sources = Math.max(newestMtime(join(ROOT, 'web/src')), newestMtime(join(ROOT, 'web/index.html')), newestMtime(join(ROOT, 'src/model')));
    if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface WorkbenchOptions {
  /** Ingest the project's sample reports (default true). */
  reports?: boolean;
  /** Import the synthetic demo events (default true). */
  events?: boolean;
  /** Extra reports: text and the marking they are ingested under. */
  extraReports?: { name: string; text: string; marking: TlpMarking }[];
}

/** A page a test drives, the console problems it has logged, and how to let it go. */
export interface OpenedPage {
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

export interface Workbench {
  url: string;
  store: Store;
  app: TesseraApp;
  browser: Browser;
  /**
   * A new page signed in as `user`, at `path` (default /) with the user menu shown, console
   * problems collected. The user signs in by the sign-in form once per workbench, which shows in
   * place of the view at `path` and opens that view once signed in; later pages open in that
   * signed-in browser context (the web app keeps nothing in browser storage, so a page there starts
   * as a fresh one does, without a new context's ≈ 1 CPU-s of Chromium: process, cold cache, form).
   * Opening the page at the test's first view, not at / and then there, loads the app once, not twice.
   * `close()` closes the page.
   */
  signIn(user: UserName, path?: string): Promise<OpenedPage>;
  /** A page in a browser context of its own that is not signed in; `close()` closes the context. */
  anonymous(): Promise<OpenedPage>;
  close(): Promise<void>;
}

export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = message.text();
    // a 401 before signing in and the WebGL driver notes of software rendering are expected
    if (/status of 401/.test(text) || /GPU stall|WebGL|GroupMarkerNotSet|swiftshader/i.test(text)) return;
    problems.push(`${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** The server on an in-memory PGlite store and a free port, with the demo data, and Chromium. */
export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  // Chromium starts (its own processes) while this one builds web/ and fills the store
  const launching = chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-unsafe-swiftshader', '--use-angle=swiftshader'],
  });
  // handled here so a failed launch is not an unhandled rejection while the store fills; awaited below
  launching.catch(() => undefined);
  const scratch = mkdtempSync(join(tmpdir(), 'tessera-web-'));
  let served: { store: Store; app: TesseraApp; url: string };
  try {
    served = await startServer(options, scratch);
  } catch (error) {
    await launching.then((browser) => browser.close()).catch(() => undefined);
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  const { store, app, url } = served;
  const browser = await launching;
  const newContext = () => browser.newContext({ viewport: { width: 1280, height: 800 }, baseURL: url });
  const anonymous = async (): Promise<OpenedPage> => {
    const context = await newContext();
    const page = await context.newPage();
    return { page, problems: collectProblems(page), close: () => context.close() };
  };
  /** Each user's browser context, signed in by the form when the user first signs in. */
  const signedIn = new Map<UserName, BrowserContext>();
  return {
    url,
    store,
    app,
    browser,
    anonymous,
    async signIn(user, path = '/') {
      const context = signedIn.get(user);
      if (context !== undefined) {
        const page = await context.newPage();
        const problems = collectProblems(page);
        await page.goto(path);
        await page.getByRole('button', { name: new RegExp(`User menu: ${user}`) }).waitFor();
        return { page, problems, close: () => page.close() };
      }
      const opened = await anonymous();
      const { page } = opened;
      await page.goto(path);
      await page.getByLabel('Name').fill(user);
      await page.getByLabel('Password').fill(USERS[user].password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: new RegExp(`User menu: ${user}`) }).waitFor();
      signedIn.set(user, page.context());
      return { ...opened, close: () => page.close() };
    },
    async close() {
      await browser.close();
      await app.close();
      await store.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** web/ built, then the store filled as `options` say and the server listening on it. */
async function startServer(options: WorkbenchOptions, scratch: string): Promise<{ store: Store; app: TesseraApp; url: string }> {
  await ensureWebBuilt();
  const store = await openStore({ dataDir: null, workspaceId: 'default' });
  try {
    if (options.reports !== false) await ingestFiles(store, [join(ROOT, 'samples/reports')]);
    for (const extra of options.extraReports ?? []) {
      const path = join(scratch, extra.name);
      writeFileSync(path, extra.text);
      await ingestFiles(store, [path], { marking: extra.marking });
    }
    if (options.events !== false) await importEvents(store, [join(ROOT, 'samples/events/demo-events.csv')]);
    const config = loadConfig({ TESSERA_WORKSPACE: 'default' });
    const app = await buildApp({ store, config, credentials: browserCredentials(), uploadDir: scratch });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    return { store, app, url: `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}` };
  } catch (error) {
    await store.close();
    throw error;
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTEFACTS, `${name}.png`) });
}

const stubId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * A relation network as GET /graph/chart answers it (compact columns), for the stubbed large
 * states: `entities` entities, and `links` relation claims from entity n % entities to (n × 7919) % entities.
 */
export function stubLinkChartGraph(entities: number, links: number): LinkChartGraph {
  const graph: LinkChartGraph = {
    entities: {
      ids: Array.from({ length: entities }, (_, n) => stubId(n)),
      labels: Array.from({ length: entities }, (_, n) => `Entity ${n}`),
      types: Array.from({ length: entities }, (_, n) => (n % 2 === 0 ? 'person' : 'group')),
    },
    relationTypes: ['member_of', 'communicated_with'],
    claims: { source: [], target: [], relationType: [], fromYear: [], toYear: [], band: [], hedged: [], credibility: [] },
  };
  const { claims } = graph;
  for (let n = 0; n < links; n++) {
    const [a, b] = [n % entities, (n * 7919) % entities];
    if (a === b) continue;
    claims.source.push(a);
    claims.target.push(b);
    claims.relationType.push(n % 3 === 0 ? 0 : 1);
    claims.fromYear.push(2015 + (n % 9));
    claims.toYear.push(null);
    claims.band.push(null);
    claims.hedged.push(0);
    claims.credibility.push((n % 6) + 1);
  }
  return graph;
}

const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** axe-core's serious and critical violations on the page as it stands, one line each (rule, help, first elements). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // once per page load: a view opened without one (history) keeps it
  if (!(await page.evaluate<boolean>(`typeof window.axe === 'object'`))) await page.addScriptTag({ path: AXE_SOURCE });
  // a string, not a function: the TypeScript runner's helpers do not exist in the page
  return page.evaluate<string[]>(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' — ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
  })()`);
}
