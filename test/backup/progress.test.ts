import { expect } from 'chai';
import { describe as describeProgress, Progress } from '../../lib/backup/progress.js';

const MiB = 1024 * 1024;

function harness(terminal: boolean) {
  let clock = 1_000_000;
  const logged: string[] = [];
  const drawn: string[] = [];
  const progress = new Progress('p/b', {
    terminal,
    log: (line) => logged.push(line),
    write: (text) => drawn.push(text),
    now: () => clock,
  });
  return { progress, logged, drawn, advance: (ms: number) => (clock += ms) };
}

describe('progress', () => {
  it('under cron logs a line at most every 30 s, none for a phase shorter than that', () => {
    const { progress, logged, advance } = harness(false);
    progress.phase('read');
    for (let second = 1; second <= 95; second++) {
      advance(1000);
      progress.update(second * MiB);
    }
    expect(logged).to.deep.equal([
      'progress: read 30.0 MiB at 1.0 MiB/s',
      'progress: read 60.0 MiB at 1.0 MiB/s',
      'progress: read 90.0 MiB at 1.0 MiB/s',
    ]);
    progress.phase('upload to ONEDRIVE Backups', 10 * MiB);
    advance(5000);
    progress.update(10 * MiB);
    expect(logged).to.have.length(3);
  });

  it('shows percent and ETA once the total is known, with the rate of the current phase', () => {
    const { progress, logged, advance } = harness(false);
    progress.phase('read');
    advance(30_000);
    progress.update(300 * MiB);
    progress.setTotal(1200 * MiB);
    advance(30_000);
    progress.update(600 * MiB);
    expect(logged).to.deep.equal([
      'progress: read 300.0 MiB at 10.0 MiB/s',
      'progress: read 600.0 MiB of 1.2 GiB (50%) at 10.0 MiB/s, ETA 1:00',
    ]);
    progress.phase('upload to ONEDRIVE Backups', 100 * MiB);
    advance(40_000);
    progress.update(20 * MiB);
    expect(logged[2]).to.equal(
      'progress: upload to ONEDRIVE Backups 20.0 MiB of 100.0 MiB (20%) at 512.0 KiB/s, ETA 2:40',
    );
  });

  it('on a terminal rewrites one line at most five times a second and clears it at the end', () => {
    const { progress, logged, drawn, advance } = harness(true);
    progress.phase('read', 4 * MiB);
    for (let i = 1; i <= 10; i++) {
      advance(100);
      progress.update(i * 100 * 1024);
    }
    progress.end();
    expect(logged).to.deep.equal([]);
    expect(drawn).to.have.length(6);
    expect(drawn[0]).to.equal('\r\u001b[Kp/b: read 100.0 KiB of 4.0 MiB (2%) at 1000.0 KiB/s, ETA 0:04');
    expect(drawn.at(-1)).to.equal('\r\u001b[K');
  });

  it('formats long ETAs with hours, and never shows more done than the total', () => {
    expect(describeProgress('read', MiB, 3726 * MiB, 1)).to.equal(
      'read 1.0 MiB of 3.6 GiB (0%) at 1.0 MiB/s, ETA 1:02:05',
    );
    expect(describeProgress('read', 2 * MiB, MiB, 1)).to.equal('read 2.0 MiB of 2.0 MiB (100%) at 2.0 MiB/s');
  });
});
