/**
 * `parley <command>`: the command table. Each command lives in its own file under commands/.
 */
import { UsageError, type Command, type Io } from './command.js';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { exportCommand } from './commands/export.js';
import { reportsCommand } from './commands/reports.js';
import { searchCommand } from './commands/search.js';
import { serveCommand } from './commands/serve.js';
import { timelineCommand } from './commands/timeline.js';
import { entitiesCommand } from './commands/entities.js';

const COMMANDS: readonly Command[] = [extractCommand, ingestCommand, serveCommand, searchCommand, reportsCommand, timelineCommand, entitiesCommand, exportCommand];

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'parley: news reports about a negotiation → a sourced, structured, queryable record',
    '',
    'usage: parley <command> [options]   (parley <command> --help for its options)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    io.stdout.write('parley 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`parley: unknown command '${name}'\n\n${helpText()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`parley ${name}: ${err.message}\n\n${command.usage}\n`);
      return 2;
    }
    throw err;
  }
}
