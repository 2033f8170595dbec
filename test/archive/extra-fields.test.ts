import { expect } from 'chai';
import {
  ExtraId,
  hardLinkField,
  ntfsField,
  parseExtraFields,
  rawNameField,
  readNtfsMtime,
  readUnixOwner,
  unixOwnerField,
} from '../../lib/archive/extra-fields.js';

describe('zip extra fields', () => {
  it('round-trip NTFS mtimes before 1970, before 1980 and after 2038 to the millisecond', () => {
    for (const iso of [
      '1601-01-01T00:00:00.000Z',
      '1969-07-20T20:17:40.123Z',
      '1975-03-04T05:06:07.999Z',
      '2100-02-03T04:05:06.789Z',
    ]) {
      const fields = parseExtraFields(ntfsField(new Date(iso)));
      expect(readNtfsMtime(fields.get(ExtraId.ntfs) as Buffer)?.toISOString()).to.equal(iso);
    }
  });

  it('write NTFS times in Info-ZIP and 7-Zip layout: reserved, tag 1, 24 bytes', () => {
    const field = ntfsField(new Date(0));
    expect(field.readUInt16LE(0)).to.equal(0x000a);
    expect(field.readUInt16LE(2)).to.equal(32);
    expect(field.readUInt16LE(8)).to.equal(1);
    expect(field.readUInt16LE(10)).to.equal(24);
    expect(field.readBigUInt64LE(12)).to.equal(116_444_736_000_000_000n);
  });

  it('round-trip uid and gid through the ux field, including ids past 2^31', () => {
    const body = parseExtraFields(unixOwnerField(4_000_000_000, 1000)).get(ExtraId.unixOwner) as Buffer;
    expect(readUnixOwner(body)).to.deep.equal({ uid: 4_000_000_000, gid: 1000 });
  });

  it('read ux fields of other sizes and refuse malformed ones', () => {
    expect(readUnixOwner(Buffer.from([1, 2, 0xe8, 0x03, 2, 0x64, 0x00]))).to.deep.equal({
      uid: 1000,
      gid: 100,
    });
    expect(readUnixOwner(Buffer.from([2, 4, 0, 0, 0, 0, 4, 0, 0, 0, 0]))).to.equal(undefined);
    expect(readUnixOwner(Buffer.from([1, 4, 0, 0]))).to.equal(undefined);
  });

  it('parse several fields, keep the first of an ID and ignore a truncated tail', () => {
    const raw = Buffer.from([0x66, 0xff, 0x2f, 0x62]);
    const block = Buffer.concat([
      rawNameField(raw),
      hardLinkField('a/ü'),
      rawNameField(Buffer.from('x')),
      Buffer.from([1, 0, 9]),
    ]);
    const fields = parseExtraFields(block);
    expect(fields.get(ExtraId.rawName)).to.deep.equal(raw);
    expect(fields.get(ExtraId.hardLink)?.toString('utf8')).to.equal('a/ü');
    expect(fields.size).to.equal(2);
  });
});
