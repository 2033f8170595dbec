// The manifest stored beside each archive: what was backed up, from where, and the archive's checksum.
// It never holds a secret: the config model's passwords are not part of it.
import { hostname } from 'node:os';
import type { ZipResult } from '../archive/zip.js';
import { kindName, type Backup } from '../config/model.js';
import type { SourceReport } from '../sources/source.js';

export interface Manifest {
  project: string;
  backup: string;
  /** `files`, or the database engine's type (`postgres`, `mysql`, `sqlite`). */
  kind: string;
  archive: string;
  created: string;
  host: string;
  sources: string[];
  details: Record<string, string>;
  entries: { name: string; size: number }[];
  size_bytes: number;
  sha256: string;
  bytes_read: number;
  tool_version: string;
  warnings: string[];
}

export function buildManifest(input: {
  backup: Backup;
  archive: string;
  created: Date;
  sources: string[];
  zip: ZipResult;
  report: SourceReport;
  toolVersion: string;
}): Manifest {
  return {
    project: input.backup.project,
    backup: input.backup.name,
    kind: kindName(input.backup),
    archive: input.archive,
    created: input.created.toISOString(),
    host: hostname(),
    sources: input.sources,
    details: input.report.details,
    entries: input.zip.entries,
    size_bytes: input.zip.sizeBytes,
    sha256: input.zip.sha256,
    bytes_read: input.zip.bytesRead,
    tool_version: input.toolVersion,
    warnings: input.report.warnings,
  };
}
