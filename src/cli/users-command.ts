import { Option, type Command } from 'commander';
import { addUser, createToken, listUsers, removeUser, revokeTokens, setPassword } from '../jobs/index.js';
import { AddUserResultSchema, TesseraError, UserSchema, type Role, type TlpMarking } from '../model/index.js';
import { z } from 'zod';
import type { CommandContext } from './command-context.js';
import { addPageOptions, describePage, pageOf, type PageFlags } from './page-footer.js';
import { commandGroup } from './command-group.js';
import { storeOrServer } from './store-or-server.js';
import { createRowWriter, parseOutputFormat } from './tabular-output.js';

const PASSWORD_VARIABLE = 'TESSERA_PASSWORD';

/** Reads the whole of stdin (a password piped in), without its final newline. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

/**
 * The password from stdin (`--password-stdin`) or TESSERA_PASSWORD; never from a flag, which
 * would show in the process list and the shell history.
 */
async function passwordOf(command: Command, options: { passwordStdin?: boolean; password?: string }): Promise<string | undefined> {
  if (command.getOptionValueSource('password') === 'cli') {
    throw new TesseraError('invalid_input', `--password: pass the password with --password-stdin or in ${PASSWORD_VARIABLE}, never as a flag`);
  }
  if (options.passwordStdin) return readStdin();
  return options.password;
}

function passwordOptions(command: Command): Command {
  return command
    .option('--password-stdin', 'read the password from stdin')
    .addOption(new Option('--password <password>').env(PASSWORD_VARIABLE).hideHelp());
}

/** The users routes' answers (src/server/routes/users.ts). */
const UserListSchema = z.object({ items: z.array(UserSchema) });
const RemovedUserSchema = z.object({ id: z.string(), name: z.string() });
const PasswordSetSchema = z.object({ id: z.string(), sessionsEnded: z.number() });
const TokenSchema = z.object({ prefix: z.string(), token: z.string() });
const RevokedSchema = z.object({ revoked: z.array(z.object({ user: z.string(), prefix: z.string() })) });

/** `tessera users add|list|remove|passwd` and `tessera tokens create|revoke`. */
export function registerUsersCommand(program: Command, context: CommandContext): void {
  const users = commandGroup(program, 'users', 'manage who may use the server: users, roles, clearances');
  passwordOptions(
    users
      .command('add <name>')
      .description(`add a user (a password from --password-stdin or ${PASSWORD_VARIABLE}; --token prints an API token as the last line)`)
      .requiredOption('--role <role>', 'reader, analyst or admin')
      .requiredOption('--clearance <marking>', 'highest TLP marking the user may read: TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT, TLP:RED')
      // not --workspace: that is the global option naming the workspace a command works in
      .option('--workspaces <id...>', 'workspaces the user may open (every workspace when omitted)')
      .option('--token', 'also issue an API token (printed once)'),
  ).action(async (name: string, options: { role: string; clearance: string; workspaces?: string[]; token?: boolean; passwordStdin?: boolean; password?: string }, command: Command) => {
    const password = await passwordOf(command, options);
    const input = {
      name,
      role: options.role as Role,
      clearance: options.clearance as TlpMarking,
      workspaces: options.workspaces ?? null,
      ...(password === undefined ? {} : { password }),
      withToken: options.token === true,
    };
    const result = await storeOrServer(context, (server) => server.post('/users', input, AddUserResultSchema), (store) => addUser(store, input));
    const { user } = result;
    context.out.write(`added ${user.name}: ${user.role}, cleared to ${user.clearance}, ${user.workspaces === null ? 'every workspace' : `workspaces ${user.workspaces.join(', ')}`}${user.hasPassword ? ', password set' : ''}\n`);
    if (result.token !== null) context.out.write(`${result.token}\n`);
  });
  addPageOptions(users.command('list').description('list users, their roles, clearances and API tokens (by prefix)'), 100, 'users')
    .option('--format <format>', 'table, csv or json', 'table')
    .action(async (options: PageFlags & { format: string }) => {
      const format = parseOutputFormat(options.format);
      const users = await storeOrServer(context, async (server) => (await server.get('/users', {}, UserListSchema)).items, listUsers, z.array(UserSchema));
      const { items: list, position } = pageOf(users, options);
      context.err.write(`${describePage(position, list.length, 'users')}\n`);
      if (format === 'json') {
        context.out.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      const writer = createRowWriter(context.out, format, ['name', 'role', 'clearance', 'workspaces', 'password', 'tokens', 'created']);
      for (const u of list) {
        writer.write({
          name: u.name,
          role: u.role,
          clearance: u.clearance,
          workspaces: u.workspaces === null ? '*' : u.workspaces.join(' '),
          password: u.hasPassword ? 'yes' : 'no',
          tokens: u.tokens.map((t) => t.prefix).join(' '),
          created: u.createdAt.slice(0, 19),
        });
      }
      writer.end();
    });
  users
    .command('remove <name>')
    .description('remove a user: their tokens are revoked and sessions end (the audit log keeps them)')
    .action(async (name: string) => {
      await storeOrServer(context, (server) => server.delete(`/users/${encodeURIComponent(name)}`, RemovedUserSchema), (store) => removeUser(store, name));
      context.out.write(`removed ${name}\n`);
    });
  passwordOptions(users.command('passwd <name>').description(`set a user's password (from --password-stdin or ${PASSWORD_VARIABLE}); their sessions end`)).action(
    async (name: string, options: { passwordStdin?: boolean; password?: string }, command: Command) => {
      const password = await passwordOf(command, options);
      if (password === undefined) throw new TesseraError('invalid_input', `users passwd ${name}: give the password with --password-stdin or in ${PASSWORD_VARIABLE}`);
      const result = await storeOrServer(
        context,
        (server) => server.put(`/users/${encodeURIComponent(name)}/password`, { password }, PasswordSetSchema),
        (store) => setPassword(store, { name, password }),
      );
      context.out.write(`password set for ${name}; ${result.sessionsEnded} session(s) ended\n`);
    },
  );

  const tokens = commandGroup(program, 'tokens', 'API tokens (Authorization: Bearer tes_…)');
  tokens
    .command('create <user>')
    .description('issue a new API token for a user (printed once, as the last line)')
    .action(async (user: string) => {
      const { token } = await storeOrServer(
        context,
        (server) => server.post(`/users/${encodeURIComponent(user)}/tokens`, {}, TokenSchema),
        (store) => createToken(store, user),
      );
      context.out.write(`${token}\n`);
    });
  tokens
    .command('revoke [prefix]')
    .description('revoke a token by its prefix (tes_ and 8 characters, as users list shows) or whole, or every token of --user')
    .option('--user <name>', 'revoke every token of this user')
    .action(async (prefix: string | undefined, options: { user?: string }) => {
      if ((prefix === undefined) === (options.user === undefined)) {
        throw new TesseraError('invalid_input', 'tokens revoke: give a token prefix or --user NAME (one of them)');
      }
      const input = prefix !== undefined ? { prefix } : { user: options.user! };
      const { revoked } = await storeOrServer(
        context,
        (server) => server.post('/tokens/revoke', input, RevokedSchema),
        (store) => revokeTokens(store, input),
      );
      for (const r of revoked) context.out.write(`revoked ${r.prefix}… of ${r.user}\n`);
    });
}
