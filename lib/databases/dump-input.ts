// Restores read the dump straight from the zip into the restoring command's stdin, counting the bytes on
// the way and, for engines that take the password on stdin, sending its line first.
import { Readable, Transform } from 'node:stream';
import { readZip, type ZipEntry } from '../archive/read-zip.js';
import { ExitCode, UserError } from '../errors.js';

export interface DumpInput {
  /** The entry's name in the zip. */
  name: string;
  /** The bytes to feed the command: `before` (a password line), then the dump. */
  stream: Readable;
  /** The dump's size as the zip states it. */
  size: number;
  /** The dump's bytes read so far (all of them once `stream` has ended). */
  bytes(): number;
  /**
   * Why reading the dump from the zip failed, if it did. The command then only saw its input end early,
   * which a SQL client may take for a finished script: every engine checks this before calling a
   * restore done.
   */
  readError(): Error | undefined;
}

/** Runs `work` on the first entry `isDump` accepts; a zip without one is a failed restore. */
export async function withDumpInput<T>(
  zipPath: string,
  isDump: (name: string) => boolean,
  before: string | undefined,
  work: (input: DumpInput) => Promise<T>,
): Promise<T> {
  for await (const entry of readZip(zipPath)) {
    if (entry.type !== 'file' || !isDump(entry.name)) continue;
    let bytes = 0;
    let failure: Error | undefined;
    const dump = await entry.open();
    const counting = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        callback(null, chunk);
      },
    });
    dump.once('error', (error) => {
      failure ??= error;
      counting.destroy(error);
    });
    dump.pipe(counting);
    const stream = Readable.from(
      (async function* () {
        if (before !== undefined) yield Buffer.from(before);
        yield* counting;
      })(),
    );
    stream.on('error', (error) => (failure ??= error));
    return await work({
      name: entry.name,
      stream,
      size: entry.size,
      bytes: () => bytes,
      readError: () =>
        failure ?? (bytes === entry.size ? undefined : new Error(`read ${bytes} of ${entry.size} bytes`)),
    });
  }
  throw new UserError(`${zipPath} holds no database dump`, { exitCode: ExitCode.failed });
}

/** The last `limit` bytes of an archive entry, as latin1 text (for completion comments). */
export async function entryTail(entry: ZipEntry, limit = 4096): Promise<string> {
  let tail = '';
  for await (const chunk of await entry.open())
    tail = (tail + (chunk as Buffer).toString('latin1')).slice(-limit);
  return tail;
}
