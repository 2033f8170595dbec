// The ONEDRIVE target: OneDrive for Business or a SharePoint library through Microsoft Graph. Creates the
// folder when missing, checks the free quota before a large upload, never overwrites (conflictBehavior
// `fail`), uploads small archives with one PUT and larger ones through an upload session, and compares
// the QuickXorHash and size Graph reports with what was read here; a mismatch deletes the remote item.
import { readFile, stat } from 'node:fs/promises';
import { ExitCode, UserError } from '../../errors.js';
import { join } from 'node:path';
import {
  alternativeName,
  type FetchedObject,
  type PutOptions,
  type Storage,
  type StoredObject,
} from '../storage.js';
import { downloadToFile } from './download.js';
import { graphFailure, type GraphConnection } from './graph.js';
import { QuickXorHash } from './quickxorhash.js';
import type { OneDriveSettings } from './settings.js';
import { uploadBySession, type DriveItemInfo } from './upload-session.js';

/** Graph accepts a single PUT up to 4 MiB. */
export const smallUploadLimit = 4 * 1024 * 1024;
const maxAlternatives = 100;

export class OneDriveStorage implements Storage {
  readonly description: string;
  // Graph commits an upload session only when its last fragment arrived, and checks its QuickXorHash.
  readonly capabilities = {
    atomicPut: true,
    serverHash: 'quickxorhash',
    rangedReads: true,
    localFiles: false,
  } as const;
  private folderReady = false;

  constructor(
    private readonly settings: OneDriveSettings,
    private readonly graph: GraphConnection,
  ) {
    this.description = `ONEDRIVE ${settings.folder}`;
  }

  async put(source: string, name: string, options: PutOptions = {}): Promise<StoredObject> {
    const size = (await stat(source)).size;
    await this.ensureFolder();
    if (size > smallUploadLimit) await this.checkQuota(size);
    for (let n = 1; n <= (options.exact ? 1 : maxAlternatives); n++) {
      const candidate = alternativeName(name, n);
      if (await this.item(candidate)) continue;
      const uploaded =
        size <= smallUploadLimit
          ? await this.putSmall(source, candidate)
          : await this.putLarge(source, candidate, size, options);
      if (uploaded === 'taken') continue;
      await this.verify(candidate, uploaded.item, size, uploaded.quickXorHash);
      options.onProgress?.(size);
      return { name: candidate, size };
    }
    throw new UserError(`${this.description}: ${name} already exists`, { exitCode: ExitCode.failed });
  }

  async list(): Promise<StoredObject[]> {
    const objects: StoredObject[] = [];
    let page: { value: DriveItemInfo[]; '@odata.nextLink'?: string } | undefined;
    try {
      page = (await this.graph.call((client) =>
        client.api(`${this.itemPath()}:/children`).top(200).get(),
      )) as typeof page;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404)
        throw graphFailure(`list ${this.settings.folder}`, error);
      // A missing folder is an empty list; a missing drive is an error.
      await this.graph
        .call((client) => client.api(this.settings.drivePath).get())
        .catch((driveError: unknown) => Promise.reject(graphFailure('read the drive', driveError)));
      return [];
    }
    while (page) {
      for (const item of page.value)
        if (item.file && item.name) objects.push({ name: item.name, size: item.size ?? 0 });
      const next = page['@odata.nextLink'];
      page = next
        ? ((await this.graph
            .call((client) => client.api(next).get())
            .catch((error: unknown) => Promise.reject(graphFailure('list', error)))) as typeof page)
        : undefined;
    }
    return objects.sort((a, b) => a.name.localeCompare(b.name));
  }

  async remove(name: string): Promise<void> {
    try {
      await this.graph.call((client) => client.api(this.itemPath(name)).delete());
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 404) throw graphFailure(`delete ${name}`, error);
    }
  }

  async fetch(name: string, directory: string): Promise<FetchedObject> {
    const destination = join(directory, name);
    await downloadToFile(
      async () => {
        const item = await this.item(name);
        if (!item?.file) {
          throw new UserError(`${this.description}: there is no ${name}`, { exitCode: ExitCode.failed });
        }
        const url = item['@microsoft.graph.downloadUrl'];
        if (!url)
          throw new UserError(`${this.description}: Graph gave no download URL for ${name}`, {
            exitCode: ExitCode.failed,
          });
        const quickXorHash = item.file.hashes?.quickXorHash;
        return { url, size: item.size ?? 0, ...(quickXorHash === undefined ? {} : { quickXorHash }) };
      },
      destination,
      `${this.description}: ${name}`,
    );
    return { path: destination, temporary: true };
  }

  /** `/drives/{id}/root:/Folder/sub/name` with each segment encoded. */
  private itemPath(name?: string): string {
    const segments = [...this.settings.folder.split('/').filter(Boolean), ...(name ? [name] : [])];
    return `${this.settings.drivePath}/root:/${segments.map(encodeURIComponent).join('/')}`;
  }

  private async item(name: string): Promise<DriveItemInfo | undefined> {
    try {
      return (await this.graph.call((client) => client.api(this.itemPath(name)).get())) as DriveItemInfo;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) return undefined;
      throw graphFailure(`look up ${name}`, error);
    }
  }

  private async ensureFolder(): Promise<void> {
    if (this.folderReady) return;
    const segments = this.settings.folder.split('/').filter(Boolean);
    for (let depth = 1; depth <= segments.length; depth++) {
      const path = segments.slice(0, depth).map(encodeURIComponent).join('/');
      try {
        await this.graph.call((client) => client.api(`${this.settings.drivePath}/root:/${path}`).get());
        continue;
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 404)
          throw graphFailure(`open the folder ${this.settings.folder}`, error);
      }
      const parent =
        depth === 1
          ? `${this.settings.drivePath}/root/children`
          : `${this.settings.drivePath}/root:/${segments
              .slice(0, depth - 1)
              .map(encodeURIComponent)
              .join('/')}:/children`;
      try {
        await this.graph.call((client) =>
          client
            .api(parent)
            .post({ name: segments[depth - 1], folder: {}, '@microsoft.graph.conflictBehavior': 'fail' }),
        );
      } catch (error) {
        // Another run may have created it meanwhile.
        if ((error as { statusCode?: number }).statusCode !== 409)
          throw graphFailure(`create the folder ${this.settings.folder}`, error);
      }
    }
    this.folderReady = true;
  }

  private async checkQuota(size: number): Promise<void> {
    let drive: { quota?: { remaining?: number } };
    try {
      drive = (await this.graph.call((client) => client.api(this.settings.drivePath).get())) as typeof drive;
    } catch (error) {
      throw graphFailure('read the drive', error);
    }
    const remaining = drive.quota?.remaining;
    if (remaining !== undefined && remaining < size) {
      throw new UserError(
        `${this.description}: the archive needs ${size} bytes but the drive has ${remaining} left`,
        {
          exitCode: ExitCode.failed,
          hint: 'free space in the drive (or its recycle bin) or raise its quota; nothing was uploaded',
        },
      );
    }
  }

  private async putSmall(
    source: string,
    name: string,
  ): Promise<{ item: DriveItemInfo; quickXorHash: string } | 'taken'> {
    const content = await readFile(source);
    try {
      const item = (await this.graph.call((client) =>
        client
          .api(`${this.itemPath(name)}:/content`)
          .query({ '@microsoft.graph.conflictBehavior': 'fail' })
          .header('Content-Type', 'application/octet-stream')
          .put(content),
      )) as DriveItemInfo;
      return { item, quickXorHash: new QuickXorHash().update(content).digest() };
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 409) return 'taken';
      throw graphFailure(`upload ${name}`, error);
    }
  }

  private async putLarge(
    source: string,
    name: string,
    size: number,
    options: PutOptions,
  ): Promise<{ item: DriveItemInfo; quickXorHash: string } | 'taken'> {
    const modified = (await stat(source)).mtime.toISOString();
    try {
      return await uploadBySession(
        source,
        size,
        this.settings.chunkSize,
        {
          create: async () => {
            try {
              const session = (await this.graph.call((client) =>
                client.api(`${this.itemPath(name)}:/createUploadSession`).post({
                  item: {
                    '@microsoft.graph.conflictBehavior': 'fail',
                    // Set at creation, so no later metadata change makes a second version (doubling quota use).
                    fileSystemInfo: { createdDateTime: modified, lastModifiedDateTime: modified },
                  },
                }),
              )) as { uploadUrl: string };
              return session.uploadUrl;
            } catch (error) {
              if ((error as { statusCode?: number }).statusCode === 409) throw new NameTaken();
              throw graphFailure(`start uploading ${name}`, error);
            }
          },
          existing: () => this.item(name),
        },
        options.onProgress ? { onProgress: options.onProgress } : {},
      );
    } catch (error) {
      if (error instanceof NameTaken) return 'taken';
      throw error;
    }
  }

  private async verify(name: string, item: DriveItemInfo, size: number, quickXorHash: string): Promise<void> {
    const remoteHash = item.file?.hashes?.quickXorHash;
    if (item.size === size && (remoteHash === undefined || remoteHash === quickXorHash)) return;
    await this.remove(name).catch(() => undefined);
    throw new UserError(
      `${this.description}: ${name} arrived damaged (size ${String(item.size)} vs ${size}, quickXorHash ${String(remoteHash)} vs ${quickXorHash}); the remote copy was deleted`,
      { exitCode: ExitCode.failed },
    );
  }
}

class NameTaken extends Error {}
