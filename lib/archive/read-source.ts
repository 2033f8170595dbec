// Reading a file entry's content for the zip writer: opening it through its source (which may leave
// it out), reading a small one whole, and naming the entry in every read error.
import { crc32 } from 'node:zlib';
import { ExitCode, UserError } from '../errors.js';
import type { BlockReader, FileEntry } from '../sources/source.js';

/** Chunks in which a small file that grew since it was listed is read to its end. */
const growthChunk = 1024 * 1024;

export async function openReader(entry: FileEntry): Promise<BlockReader | undefined> {
  try {
    return await entry.openReader?.();
  } catch (error) {
    throw await readFailure(entry, error);
  }
}

/** Reads a small entry whole, with its CRC; undefined when the source left it out as it was opened. */
export async function readSmall(
  entry: FileEntry,
  counted: (n: number) => void,
): Promise<{ block: Buffer; crc: number } | undefined> {
  let block: Buffer;
  if (entry.openReader) {
    const reader = await openReader(entry);
    if (!reader) return undefined;
    try {
      block = await readToEnd(reader, entry.size ?? 0);
    } catch (error) {
      throw await readFailure(entry, error);
    } finally {
      await reader.close();
    }
    counted(block.length);
  } else {
    const chunks: Buffer[] = [];
    const source = entry.open();
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        chunks.push(chunk);
        counted(chunk.length);
      }
    } catch (error) {
      source.destroy();
      throw await readFailure(entry, error);
    }
    block = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
  }
  await entry.finish?.(block.length);
  return { block, crc: crc32(block) };
}

/**
 * A small file's content: with the size it had when opened, one read of exactly that (as readFile
 * does); else one read of the listed size plus a byte, to see growth, and more if it grew.
 */
async function readToEnd(reader: BlockReader, listed: number): Promise<Buffer> {
  if (reader.size !== undefined) {
    const block = Buffer.allocUnsafe(reader.size);
    const length = reader.size > 0 ? await reader.read(block) : 0;
    return block.subarray(0, length);
  }
  const parts: Buffer[] = [];
  let total = 0;
  for (let size = listed + 1; ; size = growthChunk) {
    const part = Buffer.allocUnsafe(size);
    const length = await reader.read(part);
    parts.push(part.subarray(0, length));
    total += length;
    if (length < size) break;
  }
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, total);
}

export async function readFailure(entry: FileEntry, error: unknown): Promise<Error> {
  const failure = error as NodeJS.ErrnoException;
  const plain = new UserError(`cannot read ${entry.name}: ${failure.code ?? failure.message}`, {
    exitCode: ExitCode.failed,
  });
  return entry.explain ? await entry.explain(failure).catch(() => plain) : plain;
}
