// Where the S3 target's settings come from: the bucket, prefix, region, endpoint and upload options from
// the target in config.yaml; the credentials only from the AWS SDK's default provider chain, fed with
// this run's environment (the process environment over .env), never from config.yaml.
import type { S3Location, Target } from '../../config/model.js';
import { ExitCode, UserError } from '../../errors.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Where the credentials come from; the secret itself stays in the environment object it was read from. */
export type CredentialSource =
  | { kind: 'environment'; accessKeyId: string; secretAccessKey: string; sessionToken?: string }
  | { kind: 'chain'; profile?: string; credentialsFile?: string; configFile?: string };

export interface S3Settings extends S3Location {
  /** "S3 bucket/prefix", for messages. */
  description: string;
  credentials: CredentialSource;
  /** Keys per ListObjectsV2 page (S3's maximum is 1000; tests make it small to see the pagination). */
  listPageSize: number;
  /** Parts uploaded at once; the memory bound is about (queueSize + 1) × partSize. */
  queueSize: number;
  /** Attempts per request (the SDK's standard retry mode, with backoff and jitter). */
  maxAttempts: number;
}

/** The settings of one S3 target, or a UserError naming what is missing. */
export function s3Settings(target: Target, env: Environment): S3Settings {
  const location = target.s3;
  if (!location?.bucket || !location.region) {
    throw new UserError(`the S3 target ${target.path} needs BUCKET and REGION`, {
      exitCode: ExitCode.failed,
    });
  }
  if (location.endpoint !== undefined && !URL.canParse(location.endpoint)) {
    throw new UserError(`the S3 target ${target.path}: ENDPOINT ${location.endpoint} is not a URL`, {
      exitCode: ExitCode.failed,
    });
  }
  return {
    ...location,
    description: `S3 ${target.path}`,
    credentials: credentialSource(env),
    listPageSize: 1000,
    queueSize: 4,
    maxAttempts: 5,
  };
}

/**
 * The chain's first link (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN) read from this
 * run's environment, since .env values are not in process.env; otherwise the rest of the chain: the
 * profile in the shared files (AWS_PROFILE), SSO, web identity, container and instance roles.
 */
function credentialSource(env: Environment): CredentialSource {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (accessKeyId && secretAccessKey) {
    return {
      kind: 'environment',
      accessKeyId,
      secretAccessKey,
      ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
    };
  }
  return {
    kind: 'chain',
    ...(env.AWS_PROFILE ? { profile: env.AWS_PROFILE } : {}),
    ...(env.AWS_SHARED_CREDENTIALS_FILE ? { credentialsFile: env.AWS_SHARED_CREDENTIALS_FILE } : {}),
    ...(env.AWS_CONFIG_FILE ? { configFile: env.AWS_CONFIG_FILE } : {}),
  };
}

/** The object key of `name` under the prefix. */
export function keyOf(settings: Pick<S3Settings, 'prefix'>, name: string): string {
  return settings.prefix ? `${settings.prefix}/${name}` : name;
}

/** What ListObjectsV2 is asked for: the prefix's direct children only. */
export function listPrefix(settings: Pick<S3Settings, 'prefix'>): string {
  return settings.prefix ? `${settings.prefix}/` : '';
}
