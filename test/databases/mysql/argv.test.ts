// The MySQL / MariaDB command lines, as data: exact argv, the password only ever on stdin, MySQL's own
// mysqldump given the options its version and the server's need.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  databaseExistsSql,
  dumpArgv,
  isMysql8Server,
  parseProbe,
  passwordLine,
  queryArgv,
  scriptArgv,
  sqlIdentifier,
  withPassword,
} from '../../../lib/databases/mysql/argv.js';
import { requireCommand } from '../../helpers/services.js';
import { makeTempDir } from '../../helpers/temp.js';

const connection = {
  username: 'app',
  password: 'never shown',
  host: 'db.local',
  port: 3307,
  name: '-shop `x`',
};
const mariadb = { program: 'mariadb-dump', version: 'mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB' };

describe('MySQL command lines', () => {
  it('dumps one consistent snapshot with routines, events and triggers; the name after --', () => {
    expect(dumpArgv(connection, mariadb)).to.deep.equal([
      'mariadb-dump',
      '--host=db.local',
      '--port=3307',
      '--user=app',
      '--single-transaction',
      '--quick',
      '--routines',
      '--events',
      '--triggers',
      '--hex-blob',
      '--no-tablespaces',
      '--default-character-set=utf8mb4',
      '--',
      '-shop `x`',
    ]);
  });

  it("gives MySQL's own mysqldump --set-gtid-purged=OFF, and --column-statistics=0 only against an older or MariaDB server", () => {
    const mysql8 = parseProbe(
      'mysqldump\nmysqldump  Ver 8.0.36 for Linux on x86_64 (MySQL Community Server - GPL)\n',
    );
    expect(mysql8).to.deep.include({ program: 'mysqldump', mysql: { major: 8, minor: 0 } });
    const extra = (server?: string) =>
      dumpArgv(connection, mysql8!, server).filter((a) => /gtid|column-stat/.test(a));
    expect(extra('8.0.36')).to.deep.equal(['--set-gtid-purged=OFF']);
    expect(extra(undefined), 'a server that did not say').to.deep.equal([
      '--set-gtid-purged=OFF',
      '--column-statistics=0',
    ]);
    expect(extra('5.7.44-log')).to.deep.equal(['--set-gtid-purged=OFF', '--column-statistics=0']);
    expect(extra('10.11.19-MariaDB-0+deb12u1')).to.deep.equal([
      '--set-gtid-purged=OFF',
      '--column-statistics=0',
    ]);
    const mysql57 = parseProbe('mysqldump\nmysqldump  Ver 10.13 Distrib 5.7.44, for Linux (x86_64)\n');
    expect(mysql57?.mysql).to.deep.equal({ major: 5, minor: 7 });
    expect(dumpArgv(connection, mysql57!, '5.7.44').filter((a) => /gtid|column-stat/.test(a))).to.deep.equal([
      '--set-gtid-purged=OFF',
    ]);
    const maria = parseProbe(
      'mysqldump\nmysqldump  Ver 10.19 Distrib 10.11.19-MariaDB, for debian-linux-gnu\n',
    );
    expect(maria?.mysql).to.equal(undefined);
    expect(isMysql8Server('8.4.0')).to.equal(true);
    expect(isMysql8Server('11.4.2-MariaDB')).to.equal(false);
  });

  it('never puts the password in argv: the wrapper reads it from stdin into an option file on fd 3', () => {
    const argv = withPassword(queryArgv('mariadb', connection, 'SELECT 1'), connection.password);
    expect(argv.join(' ')).not.to.contain('never shown');
    expect(argv.slice(3, 5)).to.deep.equal(['sh', 'mariadb']);
    // The option file must be the first option: the client ignores it anywhere else.
    expect(argv[5]).to.equal('--defaults-file=/dev/fd/3');
    expect(withPassword(['mariadb', '--batch'], undefined)).to.deep.equal(['mariadb', '--batch']);
  });

  it('the option file line survives quotes, backslashes, # and spaces (read back by the real sh wrapper)', () => {
    const password = String.raw`a\b"c#d $e'f  `;
    expect(passwordLine(password)).to.equal(String.raw`password="a\\b\"c#d $e'f  "` + '\n');
    // The wrapper hands the client exactly this line on fd 3, after [client]; a stand-in client prints
    // its arguments and the file its first option names.
    const temp = makeTempDir();
    try {
      const client = join(temp.path, 'client');
      writeFileSync(client, '#!/bin/sh\nprintf "%s\\n" "$*"\ncat "${1#--defaults-file=}"\n', {
        mode: 0o755,
      });
      const [program, ...args] = withPassword([client, '--batch'], password);
      const shown = spawnSync(program!, args, { input: passwordLine(password), encoding: 'utf8' });
      expect(shown.status, shown.stderr).to.equal(0);
      expect(shown.stdout).to.equal(`--defaults-file=/dev/fd/3 --batch\n[client]\n${passwordLine(password)}`);
    } finally {
      temp.remove();
    }
  });

  it("MariaDB's own option parser reads every awkward password back exactly, and no ~/.my.cnf beside it", function () {
    requireCommand(this, 'my_print_defaults', 'the MariaDB client (mariadb-client-core)');
    const temp = makeTempDir();
    try {
      // A user's own option file that would change the password and the user if it were read.
      writeFileSync(join(temp.path, '.my.cnf'), '[client]\npassword=from-home\nuser=someone-else\n');
      const passwords = [
        String.raw`a\b"c#d $e'f  `,
        ' leading space',
        'trailing backslash\\',
        '$(id) `id` ${HOME}',
        'tab\there;semicolon',
        '"quoted"',
        'ünïcødé 密码',
      ];
      for (const password of passwords) {
        const [program, ...args] = withPassword(['my_print_defaults', 'client'], password);
        const shown = spawnSync(program!, args, {
          input: passwordLine(password),
          encoding: 'utf8',
          env: { ...process.env, HOME: temp.path },
        });
        expect(shown.status, shown.stderr).to.equal(0);
        expect(shown.stdout, JSON.stringify(password)).to.equal(`--password=${password}\n`);
      }
    } finally {
      temp.remove();
    }
  });

  it('quotes names as identifiers and literals that mean the same under every sql_mode', () => {
    expect(sqlIdentifier('a`b')).to.equal('`a``b`');
    expect(databaseExistsSql("it's\\")).to.equal(
      "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = CONVERT(X'697427735c' USING utf8mb4)",
    );
    expect(scriptArgv('mariadb', connection, 'restored')).to.include('--database=restored');
  });
});
