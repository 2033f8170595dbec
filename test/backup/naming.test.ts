import { expect } from 'chai';
import { archiveBaseName, archivePattern, manifestNameFor, utcStamp } from '../../lib/backup/naming.js';

describe('archive naming', () => {
  it('stamps in UTC to the second', () => {
    expect(utcStamp(new Date('2026-03-04T05:06:07.890Z'))).to.equal('20260304T050607Z');
    expect(archiveBaseName('shop', 'db-1', new Date('2026-12-31T23:59:59Z'))).to.equal(
      'shop_db-1_20261231T235959Z',
    );
    expect(manifestNameFor('shop_db-1_20261231T235959Z-2.zip')).to.equal('shop_db-1_20261231T235959Z-2.json');
  });

  it("matches this backup's own archives and nothing else", () => {
    const pattern = archivePattern('shop', 'db.1');
    expect(pattern.test('shop_db.1_20260101T000000Z.zip')).to.equal(true);
    expect(pattern.test('shop_db.1_20260101T000000Z-2.zip')).to.equal(true);
    expect(pattern.test('shop_db-1_20260101T000000Z.zip')).to.equal(false);
    expect(pattern.test('shop_db.1_extra_20260101T000000Z.zip')).to.equal(false);
    expect(pattern.test('shop_db.1_20260101T000000Z.json')).to.equal(false);
    expect(pattern.test('xshop_db.1_20260101T000000Z.zip')).to.equal(false);
  });
});
