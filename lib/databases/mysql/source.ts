// A MYSQL backup: one mariadb-dump (or mysqldump) streamed into the zip as `<NAME>.sql`, deflated. The
// client is found on the host that runs the dump; its exit status and the dump's completion comment both
// decide: a dump without either is never stored.
import { pipeline } from 'node:stream';
import { ExitCode, UserError } from '../../errors.js';
import { CommandError, type Shell, type Streaming } from '../../shell/shell.js';
import type { ArchiveEntry, Source, SourceReport } from '../../sources/source.js';
import type { EngineContext } from '../engine.js';
import {
  dumpArgv,
  dumpEntryName,
  dumpPrograms,
  parseProbe,
  passwordLine,
  probeArgv,
  queryArgv,
  withPassword,
  type DumpClient,
} from './argv.js';
import { completionComment, DumpTap, endsComplete, serverVersionOf } from './dump-tap.js';
import type { MysqlSettings } from './settings.js';

const probeTimeoutMs = 30_000;

export class MysqlSource implements Source {
  readonly description: string;

  constructor(
    private readonly shell: Shell,
    private readonly settings: MysqlSettings,
    private readonly context: EngineContext = {},
  ) {
    const db = settings;
    this.description = `MySQL/MariaDB database ${db.name} at ${db.host}:${db.port} on ${shell.where}`;
  }

  async *entries(report: SourceReport): AsyncIterable<ArchiveEntry> {
    const client = await findClient(this.shell, dumpPrograms, this.context);
    report.details.dump_client = client.version;
    // Only MySQL's own mysqldump has options that depend on the server (see dumpArgv).
    const serverVersion = client.mysql ? await this.serverVersion() : undefined;
    const argv = dumpArgv(this.settings, client, serverVersion);
    const password = this.settings.password;
    let streaming: Streaming | undefined;
    let tap: DumpTap | undefined;
    yield {
      type: 'file',
      name: dumpEntryName(this.settings.name),
      mode: 0o600,
      mtime: new Date(),
      size: undefined,
      open: () => {
        streaming = this.shell.stream(
          withPassword(argv, password),
          password === undefined ? {} : { stdin: passwordLine(password) },
        );
        tap = new DumpTap();
        pipeline(streaming.stdout, tap, () => undefined);
        return tap;
      },
      finish: async () => {
        const completion = await streaming?.done;
        const server = tap ? serverVersionOf(tap.head) : undefined;
        if (server) report.details.server_version = server;
        if (completion && completion.exitCode !== 0)
          throw new CommandError([client.program], this.shell.where, completion);
        if (!tap || !endsComplete(tap.tail))
          throw new UserError(
            `${client.program} on ${this.shell.where} exited with 0 but the dump does not end with "${completionComment}": it is cut short, and was not stored`,
            { exitCode: ExitCode.failed },
          );
      },
    };
  }

  /** The server's `SELECT VERSION()`, through the SQL client beside mysqldump. */
  private async serverVersion(): Promise<string | undefined> {
    const password = this.settings.password;
    const result = await this.shell.run(
      withPassword(queryArgv('mysql', this.settings, 'SELECT VERSION()'), password),
      { timeoutMs: probeTimeoutMs, ...(password === undefined ? {} : { stdin: passwordLine(password) }) },
    );
    return result.exitCode === 0 ? result.stdout.trim() || undefined : undefined;
  }
}

/** The first of `programs` on the host; none is a clear error naming them, the host and the package. */
export async function findClient(
  shell: Shell,
  programs: readonly string[],
  context: EngineContext,
): Promise<DumpClient> {
  const result = await shell.run(probeArgv(programs), { timeoutMs: probeTimeoutMs });
  const client = result.exitCode === 0 ? parseProbe(result.stdout) : undefined;
  if (client) return client;
  throw new UserError(
    `neither ${programs.join(' nor ')} is installed on ${shell.where}${result.exitCode === 127 ? '' : ` (${result.stderr.trim() || `exit ${result.exitCode}`})`}`,
    {
      exitCode: ExitCode.failed,
      hint: context.container
        ? 'check the container name and that its image has the MariaDB or MySQL client'
        : "install the client there (Debian: apt-get install mariadb-client), or use DOCKER to run the server container's own client",
    },
  );
}
