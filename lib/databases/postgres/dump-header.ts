// The versions a dump states about itself: the custom format's header (pg_backup_archiver.c WriteHead)
// and the plain format's opening comments both name the server's and pg_dump's versions. Reading them
// from the stream replaces two extra commands before every dump (`pg_dump --version` and psql's
// `SHOW server_version`, each behind Debian's Perl pg_wrapper): ~80 ms of a 2-core machine per run.
import { Transform, type TransformCallback } from 'node:stream';

export interface DumpVersions {
  /** As `SHOW server_version` says it: "15.18 (Debian 15.18-0+deb12u1)". */
  server: string;
  /** As `pg_dump --version` says it: "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)". */
  pgDump: string;
}

/** Enough for either header: the custom one is ~150 bytes, the plain comments come in the first lines. */
const headerLimit = 8192;

/** The versions in the first bytes of a dump; `undefined` when these bytes do not (yet) hold them. */
export function parseDumpHeader(bytes: Buffer, format: 'custom' | 'plain'): DumpVersions | undefined {
  return format === 'custom' ? parseCustom(bytes) : parsePlain(bytes);
}

function parsePlain(bytes: Buffer): DumpVersions | undefined {
  const text = bytes.subarray(0, headerLimit).toString('utf8');
  const server = /^-- Dumped from database version (.+)$/m.exec(text)?.[1];
  const pgDump = /^-- Dumped by pg_dump version (.+)$/m.exec(text)?.[1];
  return server && pgDump ? { server, pgDump: `pg_dump (PostgreSQL) ${pgDump}` } : undefined;
}

function parseCustom(bytes: Buffer): DumpVersions | undefined {
  if (bytes.length < 11 || bytes.toString('latin1', 0, 5) !== 'PGDMP') return undefined;
  const [major, minor] = [bytes[5] as number, bytes[6] as number];
  const intSize = bytes[8] as number;
  if (intSize < 1 || intSize > 8) return undefined;
  let at = 11;
  // WriteInt: a sign byte, then intSize bytes, least significant first.
  const readInt = (): number | undefined => {
    if (at + 1 + intSize > bytes.length) return undefined;
    let value = 0;
    for (let i = 0; i < intSize; i++) value += (bytes[at + 1 + i] as number) * 2 ** (8 * i);
    const negative = bytes[at] !== 0;
    at += 1 + intSize;
    return negative ? -value : value;
  };
  const readString = (): string | undefined => {
    const length = readInt();
    if (length === undefined || length < 0 || at + length > bytes.length) return undefined;
    const text = bytes.toString('utf8', at, at + length);
    at += length;
    return text;
  };
  // Archive 1.15 (PostgreSQL 16) wrote the compression as one algorithm byte, older ones as an int.
  if (major > 1 || (major === 1 && minor >= 15)) at += 1;
  else if (readInt() === undefined) return undefined;
  for (let i = 0; i < 7; i++) if (readInt() === undefined) return undefined; // creation time
  if (readString() === undefined) return undefined; // database name
  const server = readString();
  const pgDump = readString();
  return server && pgDump ? { server, pgDump: `pg_dump (PostgreSQL) ${pgDump}` } : undefined;
}

/** Passes a dump through unchanged, reading the versions from its first bytes on the way. */
export class DumpHeaderTap extends Transform {
  versions: DumpVersions | undefined;
  private head: Buffer[] = [];
  private headBytes = 0;

  constructor(private readonly format: 'custom' | 'plain') {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.headBytes < headerLimit && !this.versions) {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      this.versions = parseDumpHeader(Buffer.concat(this.head, this.headBytes), this.format);
      if (this.versions || this.headBytes >= headerLimit) this.head = [];
    }
    callback(null, chunk);
  }
}
