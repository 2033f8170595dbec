// Trusting SSH host keys: a pinned fingerprint (HOST_KEY), else the tool's own known_hosts file in the
// state directory (recorded on first use unless STRICT_HOST_KEY), and a mismatch always fails.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface HostKeyPolicy {
  /** `host:port` as recorded. */
  endpoint: string;
  pinned?: string;
  strict: boolean;
  knownHostsFile: string;
}

export type HostKeyVerdict =
  | { ok: true; recorded: boolean; fingerprint: string }
  | { ok: false; fingerprint: string; message: string; hint: string };

/** OpenSSH's fingerprint format: `SHA256:` and unpadded base64 of the key blob's sha256. */
export function fingerprintOf(keyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

export function checkHostKey(policy: HostKeyPolicy, keyBlob: Buffer): HostKeyVerdict {
  const fingerprint = fingerprintOf(keyBlob);
  if (policy.pinned !== undefined) {
    if (policy.pinned.replace(/=+$/, '') === fingerprint) return { ok: true, recorded: false, fingerprint };
    return {
      ok: false,
      fingerprint,
      message: `host key mismatch for ${policy.endpoint}: it offered ${fingerprint}, HOST_KEY pins ${policy.pinned}`,
      hint: 'someone may be intercepting the connection; if the host key was changed on purpose, update HOST_KEY',
    };
  }
  const known = readKnown(policy.knownHostsFile).get(policy.endpoint);
  if (known !== undefined) {
    if (known.fingerprint === fingerprint) return { ok: true, recorded: false, fingerprint };
    return {
      ok: false,
      fingerprint,
      message: `host key mismatch for ${policy.endpoint}: it offered ${fingerprint}, ${policy.knownHostsFile} line ${known.line} has ${known.fingerprint}`,
      hint: `someone may be intercepting the connection; if the host key was changed on purpose, delete line ${known.line} of ${policy.knownHostsFile} or pin the new key with HOST_KEY`,
    };
  }
  if (policy.strict) {
    return {
      ok: false,
      fingerprint,
      message: `unknown host key ${fingerprint} for ${policy.endpoint}, and STRICT_HOST_KEY refuses unknown keys`,
      hint: `check the fingerprint on the host (ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub) and pin it with HOST_KEY: ${fingerprint}`,
    };
  }
  mkdirSync(dirname(policy.knownHostsFile), { recursive: true, mode: 0o700 });
  appendFileSync(policy.knownHostsFile, `${policy.endpoint} ${fingerprint}\n`, { mode: 0o600 });
  return { ok: true, recorded: true, fingerprint };
}

function readKnown(file: string): Map<string, { fingerprint: string; line: number }> {
  const known = new Map<string, { fingerprint: string; line: number }>();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return known;
  }
  text.split('\n').forEach((line, index) => {
    const [endpoint, fingerprint] = line.trim().split(/\s+/);
    if (endpoint && fingerprint && !endpoint.startsWith('#') && !known.has(endpoint)) {
      known.set(endpoint, { fingerprint, line: index + 1 });
    }
  });
  return known;
}
