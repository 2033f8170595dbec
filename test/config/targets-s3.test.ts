// The S3 target in config.yaml: how its keys become the model, which are required, and that the AWS
// secret never shows in a message about the config.
import { expect } from 'chai';
import { ConfigError } from '../../lib/config/issues.js';
import { parseConfig, type ParseOptions } from '../../lib/config/parse.js';

const base: ParseOptions = {
  file: '/etc/opsbackup/config.yaml',
  env: {},
  home: '/home/ops',
  fileExists: () => true,
};

function configWith(target: string): string {
  return `PROJECTS:\n  - NAME: shop\n    BACKUPS:\n      - FILE_BACKUP: { INTERVALS: ['@daily'], FILE_PATH: [a], UPLOAD_TO: [${target}] }\n`;
}

function targetOf(target: string) {
  return parseConfig(configWith(target), base).projects[0]!.backups[0]!.targets[0]!;
}

function issuesOf(target: string, env: Record<string, string> = {}): string[] {
  try {
    parseConfig(configWith(target), { ...base, env });
  } catch (error) {
    if (error instanceof ConfigError)
      return error.issues.map((issue) => `${issue.keyPath}: ${issue.message}`);
    throw error;
  }
  throw new Error('expected the config to be rejected');
}

describe('S3 targets in the config', () => {
  it('normalises the keys, with path-style off and 8 MiB parts by default', () => {
    expect(
      targetOf('{ STORAGE_NAME: S3, BUCKET: my-bucket, PATH: /backups/shop/, REGION: eu-central-1 }'),
    ).to.deep.equal({
      storage: 'S3',
      path: 'my-bucket/backups/shop',
      s3: {
        bucket: 'my-bucket',
        prefix: 'backups/shop',
        region: 'eu-central-1',
        forcePathStyle: false,
        partSize: 8 * 1024 * 1024,
      },
    });
  });

  it('takes the optional keys, and the bucket’s top level without PATH', () => {
    const target = targetOf(
      `{ STORAGE_NAME: S3, BUCKET: bkt, REGION: auto, ENDPOINT: 'https://minio.example:9000/', FORCE_PATH_STYLE: true, STORAGE_CLASS: STANDARD_IA, SERVER_SIDE_ENCRYPTION: aws:kms, KMS_KEY_ID: alias/backups, PART_SIZE_MIB: 64 }`,
    );
    expect(target.path).to.equal('bkt');
    expect(target.s3).to.deep.equal({
      bucket: 'bkt',
      prefix: '',
      region: 'auto',
      endpoint: 'https://minio.example:9000',
      forcePathStyle: true,
      storageClass: 'STANDARD_IA',
      serverSideEncryption: 'aws:kms',
      kmsKeyId: 'alias/backups',
      partSize: 64 * 1024 * 1024,
    });
    expect(targetOf(`{ STORAGE_NAME: S3, BUCKET: bkt, PATH: '', REGION: auto }`).path).to.equal('bkt');
  });

  it('requires BUCKET and REGION for S3, PATH for the others, and a part size S3 accepts', () => {
    const target = 'PROJECTS[0].BACKUPS[0].FILE_BACKUP.UPLOAD_TO[0]';
    expect(issuesOf('{ STORAGE_NAME: S3, PATH: x }')).to.deep.equal([
      `${target}: missing required key BUCKET`,
      `${target}: missing required key REGION`,
    ]);
    expect(issuesOf('{ STORAGE_NAME: LOCAL }')).to.deep.equal([`${target}: missing required key PATH`]);
    expect(issuesOf(`{ STORAGE_NAME: LOCAL, PATH: '' }`)).to.include(`${target}.PATH: must not be empty`);
    expect(issuesOf('{ STORAGE_NAME: S3, BUCKET: bkt, REGION: r, PART_SIZE_MIB: 4 }')).to.deep.equal([
      `${target}.PART_SIZE_MIB: 4 is out of range: allowed 5–5120`,
    ]);
    expect(issuesOf('{ STORAGE_NAME: S3, BUCKET: bkt, REGION: r, KMS_KEY_ID: k }')).to.deep.equal([
      `${target}: missing required key SERVER_SIDE_ENCRYPTION`,
    ]);
  });

  it('never quotes AWS_SECRET_ACCESS_KEY in a message, even when it lands in a wrong place', () => {
    const secret = 'aws/Secret+Key with spaces';
    const messages = issuesOf('{ STORAGE_NAME: S3, BUCKET: "${AWS_SECRET_ACCESS_KEY}", REGION: r }', {
      AWS_SECRET_ACCESS_KEY: secret,
    });
    expect(messages.length).to.equal(1);
    expect(messages[0]).to.contain('BUCKET');
    expect(messages.join('\n')).not.to.contain(secret);
  });
});
