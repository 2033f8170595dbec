// The ONEDRIVE target through run-backup, the real Graph and identity SDKs, and the Graph emulator over
// HTTPS on loopback (a CA made at start, trusted through NODE_EXTRA_CA_CERTS). Never a Microsoft endpoint.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { GraphEmulator } from '../../helpers/graph/emulator.js';
import { makeCertificates, makeClientCertificate, type TestCertificates } from '../../helpers/graph/tls.js';
import { makeTempDir } from '../../helpers/temp.js';

describe('run-backup to ONEDRIVE (Graph emulator)', function () {
  this.timeout(120_000);
  let shared: ReturnType<typeof makeTempDir>;
  let certificates: TestCertificates;
  let temp: ReturnType<typeof makeTempDir>;
  let emulator: GraphEmulator;

  before(() => {
    shared = makeTempDir();
    certificates = makeCertificates(shared.path);
  });
  after(() => shared.remove());
  beforeEach(async () => {
    temp = makeTempDir();
    emulator = new GraphEmulator(certificates, { pageSize: 2 });
    await emulator.start();
    mkdirSync(join(temp.path, 'data'));
  });
  afterEach(async () => {
    await emulator.stop();
    temp.remove();
  });

  function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return {
      ...emulator.clientEnv(certificates.caFile),
      OPSBACKUP_STATE_DIR: join(temp.path, 'state'),
      ...extra,
    };
  }

  function config(
    targets = `[{ STORAGE_NAME: ONEDRIVE, PATH: Backups/shop, CHUNK_SIZE_KIB: 320 }, { STORAGE_NAME: LOCAL, PATH: local }]`,
  ): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `PROJECTS:\n  - NAME: shop\n    BACKUPS:\n      - FILE_BACKUP: { NAME: www, INTERVALS: ['@daily'], FILE_PATH: [data], UPLOAD_TO: ${targets} }\n`,
    );
    return file;
  }

  const run = (extra: NodeJS.ProcessEnv = {}, file = config()) =>
    runCli('run-backup', ['-c', file, '--json', 'shop', 'www'], { env: env(extra) });

  function localArchive(): Buffer {
    const zip = readdirSync(join(temp.path, 'local')).find((name) => name.endsWith('.zip'));
    return readFileSync(join(temp.path, 'local', zip!));
  }

  function remote(name: string): Buffer {
    const item = emulator.itemAt(`Backups/shop/${name}`);
    expect(item, `${name} is missing in the drive`).not.to.equal(undefined);
    return item!.content;
  }

  const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

  it('stores a small archive with one PUT, and its manifest, creating the folders', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'small');
    const result = await run();
    expect(result.status, result.stderr).to.equal(0);
    const outcome = JSON.parse(result.stdout) as {
      archive: string;
      sha256: string;
      targets: { storage: string; status: string; archive: string }[];
    };
    expect(outcome.targets.map((t) => `${t.storage} ${t.status}`)).to.deep.equal(['ONEDRIVE ok', 'LOCAL ok']);
    expect(sha256(remote(outcome.archive))).to.equal(outcome.sha256);
    expect(sha256(remote(outcome.archive))).to.equal(sha256(localArchive()));
    const manifest = JSON.parse(remote(outcome.archive.replace('.zip', '.json')).toString()) as {
      sha256: string;
    };
    expect(manifest.sha256).to.equal(outcome.sha256);
    expect(emulator.log.some((entry) => /\/content\?/.test(entry.path) && entry.method === 'PUT')).to.equal(
      true,
    );
    expect(
      emulator.log
        .filter((entry) => entry.path.startsWith('/v1.0/'))
        .every((entry) => entry.authorization?.startsWith('Bearer ')),
    ).to.equal(true);
  });

  it('uploads a large archive in 320 KiB fragments with exact ranges and no Authorization on the upload URL', async () => {
    writeFileSync(join(temp.path, 'data/random.bin'), randomBytes(5 * 1024 * 1024 + 12345));
    const result = await run();
    expect(result.status, result.stderr).to.equal(0);
    const outcome = JSON.parse(result.stdout) as { archive: string; sha256: string };
    expect(sha256(remote(outcome.archive))).to.equal(outcome.sha256);
    const fragments = emulator.log.filter(
      (entry) => entry.path.startsWith('/upload/') && entry.method === 'PUT',
    );
    expect(fragments.length).to.be.greaterThan(15);
    for (const fragment of fragments) expect(fragment.authorization).to.equal(undefined);
    // The timestamps came with the session request (fileSystemInfo), not from the service's clock.
    expect(emulator.itemAt(`Backups/shop/${outcome.archive}`)!.modified).to.match(/\.\d{3}Z$/);
    let expected = 0;
    for (const fragment of fragments) {
      const [, from, to] = /bytes (\d+)-(\d+)\//.exec(fragment.contentRange ?? '') ?? [];
      expect(Number(from)).to.equal(expected);
      expected = Number(to) + 1;
    }
  });

  it('rides out 429 with Retry-After, 503, a connection reset in the middle of a fragment and an expired session', async () => {
    writeFileSync(join(temp.path, 'data/random.bin'), randomBytes(4 * 1024 * 1024 + 777));
    emulator.faults = [
      { match: /^PUT \/upload\//, after: 2, action: { status: 429, retryAfter: 1 } },
      { match: /^PUT \/upload\//, after: 5, action: { status: 503 } },
      { match: /^PUT \/upload\//, after: 7, action: 'reset-midway' },
    ];
    let expired = false;
    const timer = setInterval(() => {
      const fragments = emulator.log.filter(
        (entry) => entry.path.startsWith('/upload/') && entry.status === 202,
      ).length;
      if (!expired && fragments >= 9) {
        emulator.expireSessions();
        expired = true;
      }
    }, 5);
    const result = await run();
    clearInterval(timer);
    expect(result.status, result.stderr).to.equal(0);
    expect(expired, 'the session was never expired').to.equal(true);
    expect(emulator.log.some((entry) => entry.path.startsWith('/upload/') && entry.status === 404)).to.equal(
      true,
    );
    const outcome = JSON.parse(result.stdout) as { archive: string; sha256: string };
    expect(sha256(remote(outcome.archive))).to.equal(outcome.sha256);
    expect(emulator.log.some((entry) => entry.status === 429)).to.equal(true);
    expect(emulator.log.some((entry) => entry.status === 503)).to.equal(true);
  });

  it('survives 429, 500, 503, a reset, a cut body and a lost answer at every fragment position', async function () {
    this.timeout(300_000);
    // Above the 4 MiB single-PUT limit: 3 fragments of 1280 KiB and a short last one.
    writeFileSync(join(temp.path, 'data/random.bin'), randomBytes(4 * 1024 * 1024 + 300 * 1024));
    const actions: NonNullable<GraphEmulator['faults'][number]>['action'][] = [
      { status: 429, retryAfter: 0 },
      { status: 500 },
      { status: 503 },
      'reset',
      'reset-midway',
      'drop-response',
    ];
    const file = config(`[{ STORAGE_NAME: ONEDRIVE, PATH: Backups/shop, CHUNK_SIZE_KIB: 1280 }]`);
    const fragments = 4;
    for (let position = 0; position < fragments; position++) {
      for (const action of actions) {
        const label = `${JSON.stringify(action)} at fragment ${position}`;
        emulator.faults = [{ match: /^PUT \/upload\//, after: position, times: 1, action }];
        const result = await run({}, file);
        expect(result.status, `${label}: ${result.stderr}`).to.equal(0);
        expect(emulator.faults[0]?.times, `${label} was never injected`).to.equal(0);
        const outcome = JSON.parse(result.stdout) as { targets: { archive: string }[]; sha256: string };
        expect(sha256(remote(outcome.targets[0]!.archive)), label).to.equal(outcome.sha256);
      }
    }
  });

  it('after a lost response to the last fragment, finds the finished file instead of uploading again', async () => {
    // 4.5 MiB of random data: a zip of 15 fragments of 320 KiB, the last one short.
    writeFileSync(join(temp.path, 'data/random.bin'), randomBytes(4.5 * 1024 * 1024));
    // The final fragment is processed, then the connection drops before the answer: the session is gone.
    emulator.faults = [{ match: /^PUT \/upload\//, after: 14, action: 'drop-response' }];
    const result = await run();
    expect(result.status, result.stderr).to.equal(0);
    expect(
      emulator.log.filter((entry) => entry.method === 'POST' && entry.path.endsWith(':/createUploadSession')),
    ).to.have.length(1);
    expect(
      emulator.log.some((entry) => entry.path.startsWith('/upload/') && entry.status === 404),
      'the lost response never happened',
    ).to.equal(true);
    const outcome = JSON.parse(result.stdout) as { archive: string; sha256: string };
    expect(sha256(remote(outcome.archive))).to.equal(outcome.sha256);
  });

  it('fails early when the drive has no room, uploading nothing, while the LOCAL target keeps its copy', async () => {
    writeFileSync(join(temp.path, 'data/random.bin'), randomBytes(5 * 1024 * 1024));
    emulator.quotaTotal = 1024 * 1024;
    const result = await run();
    expect(result.status).to.equal(1);
    const outcome = JSON.parse(result.stdout) as {
      targets: { storage: string; status: string; error?: string }[];
    };
    expect(outcome.targets[0]!.error).to.match(/the archive needs \d+ bytes but the drive has \d+ left/);
    expect(outcome.targets[1]!.status).to.equal('ok');
    expect(emulator.log.some((entry) => entry.path.startsWith('/upload/'))).to.equal(false);
  });

  it('explains a refused client secret in plain words, never printing it', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'x');
    const result = await run({ AZURE_CLIENT_SECRET: 'wrong-secret-value-123' });
    expect(result.status).to.equal(1);
    expect(result.stderr)
      .to.contain('AADSTS7000215')
      .and.to.contain('the client secret (AZURE_CLIENT_SECRET) is wrong or expired');
    expect(result.stdout + result.stderr).not.to.contain('wrong-secret-value-123');
  });

  it('names the variables that are missing', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'x');
    const result = await run({ AZURE_CLIENT_SECRET: '', ONEDRIVE_DRIVE_ID: '' });
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain(
      'needs AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH), ONEDRIVE_DRIVE_ID',
    );
  });

  it('stores to several targets at once: the uploads overlap, and one failing target does not stop the others', async () => {
    // Above 4 MiB: upload sessions, 20 fragments each.
    writeFileSync(join(temp.path, 'data', 'big.bin'), randomBytes(6 * 1024 * 1024));
    emulator.fragmentLatencyMs = 20;
    // The third target's folder cannot be made: a file stands where it should be.
    emulator.faults.push({ match: /Broken/, times: 100, action: { status: 403 } });
    const result = await run(
      {},
      config(
        `[{ STORAGE_NAME: ONEDRIVE, PATH: Backups/a, CHUNK_SIZE_KIB: 320 }, { STORAGE_NAME: ONEDRIVE, PATH: Backups/b, CHUNK_SIZE_KIB: 320 }, { STORAGE_NAME: ONEDRIVE, PATH: Broken/c, CHUNK_SIZE_KIB: 320 }]`,
      ),
    );
    const outcome = JSON.parse(result.stdout) as { targets: { path: string; status: string }[] };
    expect(outcome.targets.map((target) => `${target.path} ${target.status}`)).to.deep.equal([
      'Backups/a ok',
      'Backups/b ok',
      'Broken/c failed',
    ]);
    // Fragments of the two sessions, in the order the emulator answered them.
    const sessions = emulator.log
      .filter((entry) => entry.method === 'PUT' && entry.path.startsWith('/upload/'))
      .map((entry) => entry.path);
    const [first, second] = [...new Set(sessions)];
    expect(sessions.length).to.be.greaterThan(10);
    expect(sessions.indexOf(second!), 'the second upload began before the first ended').to.be.lessThan(
      sessions.lastIndexOf(first!),
    );
  });

  it('never overwrites: a taken name gets -2', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'x');
    // Occupy the names of the next seconds, so the run's own name is taken on the drive.
    const base = Date.now();
    for (let s = -1; s <= 15; s++) {
      const stamp = new Date(base + s * 1000)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}Z$/, 'Z');
      emulator.addFile(`Backups/shop/shop_www_${stamp}.zip`, Buffer.from('someone else'));
    }
    const result = await run();
    expect(result.status, result.stderr).to.equal(0);
    const outcome = JSON.parse(result.stdout) as {
      archive: string;
      targets: { storage: string; archive: string }[];
    };
    const onDrive = outcome.targets.find((t) => t.storage === 'ONEDRIVE')!.archive;
    expect(onDrive).to.equal(outcome.archive.replace('.zip', '-2.zip'));
    expect(remote(outcome.archive).toString()).to.equal('someone else');
    expect(sha256(remote(onDrive))).to.equal(sha256(localArchive()));
    expect(remote(onDrive.replace('.zip', '.json')).length).to.be.greaterThan(0);
  });

  it('--check-targets writes and deletes a probe on every target and says what fails', async () => {
    const file = config(
      `[{ STORAGE_NAME: ONEDRIVE, PATH: Backups/shop }, { STORAGE_NAME: ONEDRIVE, PATH: Elsewhere, DRIVE_ID: no-such-drive }, { STORAGE_NAME: LOCAL, PATH: local }]`,
    );
    const result = await runCli('run-backup', ['-c', file, '--check-targets', 'shop', 'www'], { env: env() });
    expect(result.status, result.stdout).to.equal(1);
    expect(result.stdout).to.match(
      /^ok {5}ONEDRIVE Backups\/shop\n {7}reached the folder .*\n {7}wrote \.opsbackup-probe-.*\n {7}deleted it again\n/,
    );
    expect(result.stdout).to.match(
      /FAILED ONEDRIVE Elsewhere\n {7}OneDrive: cannot read the drive: HTTP 404: .*request-id .*check the drive, user or site id/,
    );
    expect(result.stdout).to.contain(`ok     LOCAL ${temp.path}/local`);
    expect(
      [...emulator.items.values()].filter((item) => item.name.startsWith('.opsbackup-probe')),
    ).to.deep.equal([]);
  });

  it('lists a folder across @odata.nextLink pages and removes objects', async () => {
    for (const name of ['a.zip', 'b.zip', 'c.json', 'd.zip', 'e.zip'])
      emulator.addFile(`Backups/shop/${name}`, Buffer.from(name));
    const script = `
      const { storageFor } = await import(${JSON.stringify(new URL('../../../lib/backup/targets.js', import.meta.url).href)});
      const storage = await storageFor({ storage: 'ONEDRIVE', path: 'Backups/shop' }, process.env);
      const before = await storage.list();
      await storage.remove('b.zip');
      await storage.remove('no-such.zip');
      console.log(JSON.stringify({ before, after: await storage.list(), missing: await (await storageFor({ storage: 'ONEDRIVE', path: 'Nope' }, process.env)).list() }));`;
    // Asynchronously: the emulator answers from this very process.
    const { execFile } = await import('node:child_process');
    const child = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        ['--input-type=module', '-e', script],
        { encoding: 'utf8', env: { ...process.env, ...env() } },
        (error, stdout, stderr) => resolve({ status: error ? 1 : 0, stdout, stderr }),
      );
    });
    expect(child.status, child.stderr).to.equal(0);
    const listed = JSON.parse(child.stdout) as {
      before: { name: string; size: number }[];
      after: { name: string }[];
      missing: unknown[];
    };
    expect(listed.before).to.deep.equal(
      ['a.zip', 'b.zip', 'c.json', 'd.zip', 'e.zip'].map((name) => ({ name, size: name.length })),
    );
    expect(listed.after.map((object) => object.name)).to.deep.equal(['a.zip', 'c.json', 'd.zip', 'e.zip']);
    expect(listed.missing).to.deep.equal([]);
    expect(emulator.log.filter((entry) => entry.path.includes('$skiptoken')).length).to.be.greaterThan(1);
  });

  it('applies RETENTION in the drive after storing: old archives and manifests go, foreign files stay', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'small');
    const old = ['20200101T000000Z', '20200102T000000Z', '20200103T000000Z'];
    for (const stamp of old) {
      emulator.addFile(`Backups/shop/shop_www_${stamp}.zip`, Buffer.from('zip'));
      emulator.addFile(`Backups/shop/shop_www_${stamp}.json`, Buffer.from('{}'));
    }
    emulator.addFile('Backups/shop/shop_other_20200101T000000Z.zip', Buffer.from('foreign'));
    const result = await run(
      {},
      config(`[{ STORAGE_NAME: ONEDRIVE, PATH: Backups/shop, RETENTION: { KEEP_LAST: 2 } }]`),
    );
    expect(result.status, result.stderr).to.equal(0);
    const outcome = JSON.parse(result.stdout) as { archive: string; targets: { pruned: string[] }[] };
    expect(outcome.targets[0]?.pruned).to.deep.equal([
      'shop_www_20200102T000000Z.zip',
      'shop_www_20200101T000000Z.zip',
    ]);
    const names = [...emulator.items.values()]
      .filter((item) => emulator.itemAt(`Backups/shop/${item.name}`) === item)
      .map((item) => item.name)
      .sort();
    expect(names).to.deep.equal(
      [
        outcome.archive,
        outcome.archive.replace('.zip', '.json'),
        'shop_other_20200101T000000Z.zip',
        'shop_www_20200103T000000Z.json',
        'shop_www_20200103T000000Z.zip',
      ].sort(),
    );
  });

  it('VERIFY: true downloads the stored copy through its download URL, resuming a cut with Range', async () => {
    writeFileSync(join(temp.path, 'data/random.bin'), randomBytes(3 * 1024 * 1024));
    emulator.cutDownloads = { afterBytes: 1024 * 1024, times: 1 };
    const file = config(`[{ STORAGE_NAME: ONEDRIVE, PATH: Backups/shop }]`);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('FILE_PATH: [data],', 'FILE_PATH: [data], VERIFY: true,'),
    );
    const result = await run({}, file);
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    expect(result.stderr).to.match(
      /verify on ONEDRIVE Backups\/shop: size \(\d+ bytes\) and sha256 match the manifest/,
    );
    const downloads = emulator.log.filter((entry) => entry.path.startsWith('/download/'));
    expect(downloads.map((entry) => entry.status)).to.include.members([200, 206]);
    expect(downloads.every((entry) => entry.authorization === undefined)).to.equal(true);
    expect(readdirSync(join(temp.path, 'data'))).to.deep.equal(['random.bin']);
  });

  it('--restore downloads from the drive and extracts; a copy damaged in the drive is caught by --verify', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'from the cloud');
    const file = config(`[{ STORAGE_NAME: ONEDRIVE, PATH: Backups/shop }]`);
    const stored = await run({}, file);
    expect(stored.status, stored.stderr).to.equal(0);
    const to = join(temp.path, 'restored');
    const restore = await runCli('run-backup', ['-c', file, '--restore', '--to', to, 'shop', 'www'], {
      env: env(),
    });
    expect(restore.status, restore.stdout + restore.stderr).to.equal(0);
    expect(readFileSync(join(to, 'data/a.txt'), 'utf8')).to.equal('from the cloud');

    const { archive } = JSON.parse(stored.stdout) as { archive: string };
    const item = emulator.itemAt(`Backups/shop/${archive}`);
    // Byte 10 (the first entry's DOS time) inverted: writing a fixed 'X' there changed nothing when the
    // archive was made at minute 2 (mod 8), second 48 or 49, and the test then failed once in 256 runs.
    item!.content = Buffer.concat([
      item!.content.subarray(0, 10),
      Buffer.from([(item!.content[10] ?? 0) ^ 0xff]),
      item!.content.subarray(11),
    ]);
    const verify = await runCli('run-backup', ['-c', file, '--verify', 'shop', 'www'], { env: env() });
    expect(verify.status).to.equal(1);
    expect(verify.stdout).to.match(/FAILED ONEDRIVE Backups\/shop/);
    expect(verify.stdout).to.match(/✗ sha256 [0-9a-f]{64}, the manifest says/);
  });

  it('signs in with a certificate (AZURE_CLIENT_CERTIFICATE_PATH) instead of a secret', async () => {
    await emulator.stop();
    const client = makeClientCertificate(temp.path);
    emulator = new GraphEmulator(certificates, {
      clientCertificate: readFileSync(client.certificatePem, 'utf8'),
    });
    await emulator.start();
    writeFileSync(join(temp.path, 'data/a.txt'), 'by certificate');
    const result = await run({ AZURE_CLIENT_SECRET: '', AZURE_CLIENT_CERTIFICATE_PATH: client.combinedPem });
    expect(result.status, result.stderr).to.equal(0);
    const outcome = JSON.parse(result.stdout) as { archive: string; sha256: string };
    expect(sha256(remote(outcome.archive))).to.equal(outcome.sha256);
    mkdirSync(join(temp.path, 'other'));
    const other = makeClientCertificate(join(temp.path, 'other'));
    const refused = await run({ AZURE_CLIENT_SECRET: '', AZURE_CLIENT_CERTIFICATE_PATH: other.combinedPem });
    expect(refused.status).to.equal(1);
    expect(refused.stderr).to.contain('invalid signature');
  });

  it('gets a fresh token when Graph answers 401 in the middle of a run', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'x');
    emulator.faults = [
      {
        match: /^GET \/v1\.0\/drives\/[^/]+\/root:\/Backups\/shop\/shop_www_/,
        action: {
          status: 401,
          body: {
            error: {
              code: 'InvalidAuthenticationToken',
              message: 'Lifetime validation failed, the token is expired.',
            },
          },
        },
      },
    ];
    const result = await run();
    expect(result.status, result.stderr).to.equal(0);
    expect(
      emulator.log.filter((entry) => entry.method === 'POST' && entry.path.includes('/oauth2/v2.0/token')),
    ).to.have.length(2);
    expect(emulator.log.some((entry) => entry.status === 401)).to.equal(true);
  });

  it('treats 507 as fatal and deletes the upload session', async () => {
    writeFileSync(join(temp.path, 'data/random.bin'), randomBytes(4.5 * 1024 * 1024));
    emulator.faults = [
      {
        match: /^PUT \/upload\//,
        after: 2,
        action: {
          status: 507,
          body: { error: { code: 'quotaLimitReached', message: 'Insufficient Storage' } },
        },
      },
    ];
    const result = await run();
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain('the drive is full (HTTP 507');
    expect(
      emulator.log.some((entry) => entry.method === 'DELETE' && entry.path.startsWith('/upload/')),
    ).to.equal(true);
    expect(emulator.sessions.size).to.equal(0);
  });

  it('gives up on a fragment whose response never comes, within the inactivity bound', async () => {
    writeFileSync(join(temp.path, 'data/random.bin'), randomBytes(4.5 * 1024 * 1024));
    const file = join(temp.path, 'config.yaml');
    config();
    writeFileSync(file, `TIMEOUTS: { INACTIVITY_SECONDS: 5 }\n${readFileSync(file, 'utf8')}`);
    emulator.faults = [{ match: /^PUT \/upload\//, after: 3, action: 'hang' }];
    const started = Date.now();
    const result = await run({}, file);
    expect(result.status).to.equal(1);
    expect(Date.now() - started).to.be.lessThan(20_000);
    const outcome = JSON.parse(result.stdout) as {
      error: string;
      targets: { storage: string; status: string }[];
    };
    expect(outcome.error).to.contain('no progress for 5 s');
    // The LOCAL target, stored meanwhile, keeps its result; the stalled one is failed by the watchdog.
    expect(outcome.targets.map((target) => `${target.storage} ${target.status}`)).to.deep.equal([
      'ONEDRIVE failed',
      'LOCAL ok',
    ]);
  });

  it('deletes an upload that arrived damaged (QuickXorHash mismatch) and fails the target', async () => {
    writeFileSync(join(temp.path, 'data/random.bin'), randomBytes(4.5 * 1024 * 1024));
    emulator.corruptUploads = true;
    const result = await run();
    expect(result.status).to.equal(1);
    const outcome = JSON.parse(result.stdout) as {
      archive: string;
      targets: { storage: string; status: string; error?: string }[];
    };
    expect(outcome.targets[0]!.error).to.match(
      /arrived damaged .*quickXorHash .* vs .*; the remote copy was deleted/,
    );
    expect(emulator.itemAt(`Backups/shop/${outcome.archive}`)).to.equal(undefined);
    expect(outcome.targets[1]!.status).to.equal('ok');
  });

  for (const [variable, value] of [
    ['ONEDRIVE_USER_ID', 'ops@contoso.example'],
    ['ONEDRIVE_SITE_ID', 'contoso.example,11111111-2222,33333333-4444'],
  ] as const) {
    it(`addresses the drive through ${variable}`, async () => {
      writeFileSync(join(temp.path, 'data/a.txt'), 'x');
      const result = await run({ ONEDRIVE_DRIVE_ID: '', [variable]: value });
      expect(result.status, result.stderr).to.equal(0);
      const prefix = variable === 'ONEDRIVE_USER_ID' ? '/v1.0/users/' : '/v1.0/sites/';
      expect(
        emulator.log
          .filter((entry) => entry.path.startsWith('/v1.0/'))
          .every((entry) => entry.path.startsWith(prefix)),
      ).to.equal(true);
    });
  }

  it('fails the target cleanly when the token endpoint starts refusing in the middle of a run', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'x');
    emulator.faults = [
      {
        match: /^GET \/v1\.0\/drives\/[^/]+\/root:\/Backups\/shop\/shop_www_/,
        action: { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'revoked' } } },
      },
      {
        match: /^POST \/[^/]+\/oauth2\/v2\.0\/token$/,
        after: 1,
        times: 10,
        action: {
          status: 401,
          body: {
            error: 'invalid_client',
            error_description: 'AADSTS7000222: The provided client secret keys are expired.',
          },
        },
      },
    ];
    const result = await run();
    expect(result.status).to.equal(1);
    const outcome = JSON.parse(result.stdout) as {
      targets: { storage: string; status: string; error?: string }[];
    };
    expect(outcome.targets[0]!.error).to.contain('AADSTS7000222');
    expect(outcome.targets[1]!.status).to.equal('ok');
    expect(result.stdout + result.stderr).not.to.contain(emulator.clientSecret);
  });
});
