// Commands inside a docker container: `docker exec -i CONTAINER …` run through another shell, so the
// container may be on this host (docker(local)) or on the SSH host (docker(ssh)) with one code path.
import type { RunOptions, RunResult, Shell, Streaming } from './shell.js';

export class DockerShell implements Shell {
  readonly where: string;

  constructor(
    private readonly host: Shell,
    readonly container: string,
  ) {
    this.where = `container ${container} on ${host.where}`;
  }

  /** The argv that runs `argv` in the container; `-i` keeps stdin open for secrets fed on it. */
  wrap(argv: readonly string[]): string[] {
    return ['docker', 'exec', '-i', this.container, ...argv];
  }

  run(argv: readonly string[], options?: RunOptions): Promise<RunResult> {
    return this.host.run(this.wrap(argv), options);
  }

  stream(argv: readonly string[], options?: RunOptions): Streaming {
    return this.host.stream(this.wrap(argv), options);
  }

  close(): Promise<void> {
    return this.host.close();
  }
}
