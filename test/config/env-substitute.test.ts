import { expect } from 'chai';
import { substitute } from '../../lib/config/env-substitute.js';

describe('substitute', () => {
  const env = { HOST: 'db.example', EMPTY: '', PW: 'a$b{c}' };

  it('replaces ${NAME} anywhere in a string', () => {
    expect(substitute('postgres://${HOST}:5432/${HOST}', env).value).to.equal(
      'postgres://db.example:5432/db.example',
    );
  });

  it('uses the default of ${NAME:-default} when the variable is unset or empty', () => {
    expect(substitute('${MISSING:-fallback} ${EMPTY:-x}', env).value).to.equal('fallback x');
  });

  it('keeps a set-but-empty variable without a default as empty', () => {
    expect(substitute('[${EMPTY}]', env)).to.deep.include({ value: '[]', problems: [] });
  });

  it('writes $${ as a literal ${ and leaves other dollars alone', () => {
    expect(substitute('$${HOST} costs $5 and $$ stays', env).value).to.equal('${HOST} costs $5 and $$ stays');
  });

  it('does not re-expand a substituted value', () => {
    expect(substitute('${PW}', env).value).to.equal('a$b{c}');
  });

  it('names an unset variable', () => {
    expect(substitute('${NOPE}', env).problems).to.deep.equal(['environment variable NOPE is not set']);
  });

  it('rejects malformed references', () => {
    expect(substitute('${1BAD}', env).problems[0]).to.match(/is not a variable reference/);
    expect(substitute('${OPEN', env).problems[0]).to.match(/unterminated/);
  });
});
