// DB_BACKUPS: one pg_dump streamed into the zip as `<database>.dump` (custom, stored as is) or
// `<database>.sql` (plain, deflated). pg_dump's exit status decides: a failed dump is never stored.
import { ExitCode, UserError } from '../../errors.js';
import { CommandError, type Shell, type Streaming } from '../../shell/shell.js';
import type { ArchiveEntry, Source, SourceReport } from '../../sources/source.js';
import type { EngineContext } from '../engine.js';
import { pipeline } from 'node:stream';
import { DumpHeaderTap } from './dump-header.js';
import { dumpEntryName, pgDumpArgv, psqlArgv, withPasswordFromStdin } from './argv.js';
import type { PostgresSettings } from './settings.js';

const versionTimeoutMs = 30_000;

export class PostgresSource implements Source {
  readonly description: string;

  constructor(
    private readonly shell: Shell,
    private readonly settings: PostgresSettings,
    private readonly context: EngineContext = {},
    private readonly dumpTimeoutMs?: number,
  ) {
    const db = settings;
    this.description = `PostgreSQL database ${db.name} at ${db.host}:${db.port} (pg_dump ${settings.format}) on ${shell.where}`;
  }

  // One entry, known at once: nothing to await before it, but the source seam is asynchronous.
  // eslint-disable-next-line @typescript-eslint/require-await
  async *entries(report: SourceReport): AsyncIterable<ArchiveEntry> {
    const db = this.settings;
    const format = this.settings.format;
    let streaming: Streaming | undefined;
    let tap: DumpHeaderTap | undefined;
    yield {
      type: 'file',
      name: dumpEntryName(db.name, format),
      mode: 0o600,
      mtime: new Date(),
      size: undefined,
      store: format === 'custom',
      open: () => {
        streaming = this.shell.stream(this.command(pgDumpArgv(db, format)), this.options(this.dumpTimeoutMs));
        // The versions for the manifest come from the dump's own header, not from extra commands.
        tap = new DumpHeaderTap(format);
        pipeline(streaming.stdout, tap, () => undefined);
        return tap;
      },
      finish: async () => {
        const completion = await streaming?.done;
        const stated = tap?.versions;
        if (stated) {
          report.details.pg_dump_version = stated.pgDump;
          report.details.server_version = stated.server;
        }
        if (completion && completion.exitCode !== 0) {
          // Only now are the versions asked for: to say why the dump failed.
          const [client, server] = await Promise.allSettled([this.clientVersion(), this.serverVersion()]);
          if (client.status === 'rejected') throw client.reason;
          report.details.pg_dump_version = client.value;
          if (server.status === 'fulfilled' && server.value) report.details.server_version = server.value;
          throw explainDumpFailure(
            new CommandError(['pg_dump'], this.shell.where, completion),
            report.details,
            this.shell.where,
          );
        }
        if (!stated) {
          const [client, server] = await Promise.all([this.clientVersion(), this.serverVersion()]);
          report.details.pg_dump_version = client;
          if (server) report.details.server_version = server;
        }
      },
    };
  }

  private command(argv: string[]): string[] {
    return this.settings.password === undefined ? argv : withPasswordFromStdin(argv);
  }

  private options(timeoutMs?: number) {
    const password = this.settings.password;
    return {
      ...(password === undefined ? {} : { stdin: `${password}\n` }),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    };
  }

  private async clientVersion(): Promise<string> {
    const result = await this.shell.run(['pg_dump', '--version'], { timeoutMs: versionTimeoutMs });
    if (result.exitCode !== 0) {
      throw new UserError(
        `pg_dump is not available on ${this.shell.where}: ${result.stderr.trim() || `exit ${result.exitCode}`}`,
        {
          exitCode: ExitCode.failed,
          hint: this.context.container
            ? 'check the container name and that its image has pg_dump'
            : "install the PostgreSQL client (apt-get install postgresql-client), or use DOCKER to run the server container's own pg_dump",
        },
      );
    }
    return result.stdout.trim();
  }

  /** The server's version through psql, best effort: a missing psql only leaves it out of the manifest. */
  private async serverVersion(): Promise<string | undefined> {
    const db = this.settings;
    const argv = psqlArgv(db, 'SHOW server_version');
    const result = await this.shell
      .run(this.command(argv), this.options(versionTimeoutMs))
      .catch(() => undefined);
    return result?.exitCode === 0 ? result.stdout.trim() || undefined : undefined;
  }
}

/** pg_dump's own message, plus plain words for the failures people meet most. */
function explainDumpFailure(error: CommandError, details: Record<string, string>, where: string): UserError {
  const stderr = error.completion.stderr;
  if (/server version mismatch/i.test(stderr)) {
    return new UserError(
      `${error.message}\npg_dump on ${where} (${details.pg_dump_version ?? 'unknown version'}) is older than the PostgreSQL server${details.server_version ? ` (${details.server_version})` : ''} and cannot dump it`,
      {
        exitCode: ExitCode.failed,
        hint: "use the DOCKER form (DOCKER: { CONTAINER_NAME: … }) so the dump runs with the server container's own pg_dump, or install a newer pg_dump",
      },
    );
  }
  return error;
}
