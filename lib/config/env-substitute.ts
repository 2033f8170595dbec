// Replaces `${VAR}` (and `${VAR:-default}`) in every string value of the document from the environment.
// `$${` writes a literal `${`. An unset variable without a default is an issue naming it.
import { isPair, isScalar, isSeq, visit } from 'yaml';
import type { ConfigIssue, Segment } from './issues.js';
import { isSecretPath } from './secret-values.js';
import { maxConfigBytes } from './sources.js';
import type { YamlSource } from './yaml-source.js';

export type Environment = Readonly<Record<string, string | undefined>>;

const reference = /\$\$\{|\$\{([^}]*)\}?/g;
const unsetHint = 'set it in the environment or in the .env file next to the config (see env.sample)';
const expansionHint =
  'every reference inserts the whole value: keep large values out of .env, or reference them once';
const nameAndDefault = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s;

export interface Substitution {
  value: string;
  /** Variables that were referenced, for messages and secret masking. */
  used: string[];
  problems: string[];
}

/**
 * How many characters `${VAR}` references may insert into one document in all: the limit of a config
 * file, so 2,000 references to a 1 MiB value are refused instead of growing the config to 2 GiB.
 */
export interface ExpansionBudget {
  readonly limit: number;
  remaining: number;
  /** Set once the limit was passed: later references are left alone, without another problem. */
  exhausted?: boolean;
}

/** Substitutes one string; pure apart from spending `budget`. */
export function substitute(text: string, env: Environment, budget?: ExpansionBudget): Substitution {
  const used: string[] = [];
  const problems: string[] = [];
  const value = text.replace(reference, (match: string, inner: string | undefined) => {
    if (match === '$${') return '${';
    if (!match.endsWith('}')) {
      problems.push(`unterminated \`${match}\`: write \${NAME}, or $\${ for a literal \${`);
      return match;
    }
    const parsed = nameAndDefault.exec(inner ?? '');
    if (!parsed?.[1]) {
      problems.push(`\`${match}\` is not a variable reference: use \${NAME} or \${NAME:-default}`);
      return match;
    }
    const name = parsed[1];
    used.push(name);
    const found = env[name];
    const resolved = found !== undefined && found !== '' ? found : (parsed[2] ?? found);
    if (resolved === undefined) {
      problems.push(`environment variable ${name} is not set`);
      return match;
    }
    if (budget) {
      if (budget.exhausted) return match;
      if (resolved.length > budget.remaining) {
        budget.exhausted = true;
        problems.push(
          `\${${name}} expands the config past ${budget.limit} characters (the limit of a config)`,
        );
        return match;
      }
      budget.remaining -= resolved.length;
    }
    return resolved;
  });
  return { value, used, problems };
}

/** Substitutes in place in every string scalar that is a value (keys are left alone). */
export function substituteDocument(
  source: YamlSource,
  env: Environment,
  budget: ExpansionBudget = { limit: maxConfigBytes, remaining: maxConfigBytes },
): { issues: ConfigIssue[]; variables: string[]; secretVariables: string[] } {
  const issues: ConfigIssue[] = [];
  const variables = new Set<string>();
  /** Variables used in a secret's value: their values are masked in messages, wherever they appear. */
  const secretVariables = new Set<string>();
  visit(source.document, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.value.includes('${')) return;
      const result = substitute(node.value, env, budget);
      node.value = result.value;
      result.used.forEach((name) => variables.add(name));
      const keyPath = pathOf(path, node);
      if (isSecretPath(keyPath)) result.used.forEach((name) => secretVariables.add(name));
      for (const problem of result.problems) {
        const hint = problem.includes('is not set')
          ? unsetHint
          : problem.includes('the limit of a config')
            ? expansionHint
            : undefined;
        issues.push(source.issue(keyPath, problem, hint === undefined ? {} : { hint }));
      }
    },
  });
  return { issues, variables: [...variables].sort(), secretVariables: [...secretVariables] };
}

/** The key path of `node` from yaml's visitor ancestry (document → … → parent). */
function pathOf(ancestry: readonly unknown[], node: unknown): Segment[] {
  const chain = [...ancestry, node];
  const segments: Segment[] = [];
  chain.forEach((item, i) => {
    if (isPair(item) && isScalar(item.key)) segments.push(String(item.key.value));
    if (isSeq(item)) segments.push(item.items.indexOf(chain[i + 1]));
  });
  return segments;
}
