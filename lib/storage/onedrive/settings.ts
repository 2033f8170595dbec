// Where the ONEDRIVE target's settings come from: the Azure SDK's own variable names for credentials and
// the authority, GRAPH_ENDPOINT for national clouds (or an emulator), and the drive from the target
// (DRIVE_ID / USER_ID / SITE_ID) or else ONEDRIVE_DRIVE_ID / ONEDRIVE_USER_ID / ONEDRIVE_SITE_ID.
import type { Target } from '../../config/model.js';
import { ExitCode, UserError } from '../../errors.js';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface OneDriveSettings {
  tenantId: string;
  clientId: string;
  credential: { secret: string } | { certificatePath: string };
  /** e.g. https://login.microsoftonline.com */
  authorityHost: string;
  /** An origin without /v1.0, e.g. https://graph.microsoft.com */
  graphEndpoint: string;
  /** The Graph path of the drive: /drives/{id}, /users/{id}/drive or /sites/{id}/drive. */
  drivePath: string;
  folder: string;
  chunkSize: number;
}

/** Microsoft's own authority hosts, for which instance discovery is right. */
export const knownAuthorityHosts = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.microsoftonline.de',
];

export function oneDriveSettings(target: Target, env: Environment): OneDriveSettings {
  const missing = ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID'].filter((name) => !env[name]);
  const certificatePath = env.AZURE_CLIENT_CERTIFICATE_PATH;
  if (!certificatePath && !env.AZURE_CLIENT_SECRET)
    missing.push('AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH)');
  const drivePath = drivePathOf(target, env);
  if (!drivePath)
    missing.push(
      'ONEDRIVE_DRIVE_ID, ONEDRIVE_USER_ID or ONEDRIVE_SITE_ID (or DRIVE_ID / USER_ID / SITE_ID on the target)',
    );
  if (missing.length > 0 || !drivePath) {
    throw new UserError(`the ONEDRIVE target ${target.path} needs ${missing.join(', ')}`, {
      exitCode: ExitCode.failed,
      hint: 'set them in the environment or in the .env file next to the config; env.sample and docs/targets/onedrive.md explain each',
    });
  }
  return {
    tenantId: env.AZURE_TENANT_ID as string,
    clientId: env.AZURE_CLIENT_ID as string,
    credential: certificatePath ? { certificatePath } : { secret: env.AZURE_CLIENT_SECRET as string },
    authorityHost: (env.AZURE_AUTHORITY_HOST ?? 'https://login.microsoftonline.com').replace(/\/+$/, ''),
    graphEndpoint: (env.GRAPH_ENDPOINT ?? 'https://graph.microsoft.com')
      .replace(/\/+$/, '')
      .replace(/\/v1\.0$/, ''),
    drivePath,
    folder: target.path,
    chunkSize: target.chunkSize ?? 10 * 1024 * 1024,
  };
}

function drivePathOf(target: Target, env: Environment): string | undefined {
  const drive = target.drive;
  const encode = encodeURIComponent;
  if (drive && 'driveId' in drive) return `/drives/${encode(drive.driveId)}`;
  if (drive && 'userId' in drive) return `/users/${encode(drive.userId)}/drive`;
  if (drive && 'siteId' in drive) return `/sites/${encode(drive.siteId)}/drive`;
  if (env.ONEDRIVE_DRIVE_ID) return `/drives/${encode(env.ONEDRIVE_DRIVE_ID)}`;
  if (env.ONEDRIVE_USER_ID) return `/users/${encode(env.ONEDRIVE_USER_ID)}/drive`;
  if (env.ONEDRIVE_SITE_ID) return `/sites/${encode(env.ONEDRIVE_SITE_ID)}/drive`;
  return undefined;
}
