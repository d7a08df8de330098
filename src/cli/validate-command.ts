import type { Command } from 'commander';
import { validateStixFile } from '../jobs/index.js';
import { TesseraError } from '../model/index.js';
import type { CommandContext } from './command-context.js';
import { commandGroup } from './command-group.js';

/**
 * `tessera validate stix FILE`: each problem of a STIX 2.1 bundle as `severity id path: message`,
 * then a count line; exits 1 when there are errors (warnings alone pass).
 */
export function registerValidateCommand(program: Command, context: CommandContext): void {
  commandGroup(program, 'validate', 'check files against the standards they claim to follow')
    .command('stix')
    .description('check a STIX 2.1 bundle against the OASIS schemas and the rules they cannot express')
    .argument('<file>', 'a STIX 2.1 bundle (JSON)')
    .action(async (file: string) => {
      const result = await validateStixFile(file);
      for (const problem of result.problems) {
        context.out.write(`${problem.severity} ${problem.id} ${problem.path || '/'}: ${problem.message}\n`);
      }
      context.out.write(`${file}: ${result.objects} objects, ${result.errors} errors, ${result.warnings} warnings\n`);
      if (result.errors > 0) throw new TesseraError('invalid_input', `${file}: ${result.errors} STIX errors`);
    });
}
