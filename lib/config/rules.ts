// Checks beyond the schema, each a small named rule over the normalised config. Every rule returns all
// the problems it finds, so the user fixes a config in one pass.
import { parseCronExpression } from '../cron/expression.js';
import { specOf } from '../databases/registry.js';
import type { ConfigIssue } from './issues.js';
import type { Normalised } from './normalise.js';
import type { YamlSource } from './yaml-source.js';

export interface RuleContext {
  normalised: Normalised;
  source: YamlSource;
  fileExists: (path: string) => boolean;
}

export interface Rule {
  name: string;
  check(context: RuleContext): ConfigIssue[];
}

export const rules: readonly Rule[] = [
  {
    name: 'cron expressions are valid for Debian cron',
    check: ({ normalised, source }) =>
      [...normalised.origins].flatMap(([backup, origin]) =>
        backup.intervals.flatMap((interval, i) => {
          const result = parseCronExpression(interval);
          if (result.ok) return [];
          const options = result.hint === undefined ? {} : { hint: result.hint };
          return [source.issue([...origin.keyPath('INTERVALS'), i], result.message, options)];
        }),
      ),
  },
  {
    name: 'project names are unique',
    check: ({ normalised, source }) => {
      const seen = new Map<string, number>();
      return normalised.config.projects.flatMap((project, p) => {
        const first = seen.get(project.name);
        if (first === undefined) {
          seen.set(project.name, p);
          return [];
        }
        return [
          source.issue(
            ['PROJECTS', p, 'NAME'],
            `project name "${project.name}" is already used by PROJECTS[${first}]`,
          ),
        ];
      });
    },
  },
  {
    name: 'backup names are unique within a project',
    check: ({ normalised, source }) =>
      normalised.config.projects.flatMap((project) => {
        const seen = new Set<string>();
        return project.backups.flatMap((backup) => {
          if (!seen.has(backup.name)) {
            seen.add(backup.name);
            return [];
          }
          const origin = normalised.origins.get(backup);
          const path = origin ? (origin.named ? origin.keyPath('NAME') : origin.path) : [];
          const defaulted = origin && !origin.named ? ' (its default name)' : '';
          return [
            source.issue(
              path,
              `backup name "${backup.name}"${defaulted} is used twice in project "${project.name}"`,
              {
                key: true,
                hint: 'give each backup of a project its own NAME',
              },
            ),
          ];
        });
      }),
  },
  {
    name: 'keys appear once in the list shape',
    check: ({ normalised, source }) =>
      [...normalised.origins.values()].flatMap((origin) =>
        origin.repeatedKeys.map(({ key, path }) =>
          source.issue(path, `${key} is given twice in this backup`, {
            key: true,
            hint: 'merge them into one item',
          }),
        ),
      ),
  },
  {
    name: 'SSH key files exist',
    check: ({ normalised, source, fileExists }) =>
      [...normalised.origins].flatMap(([backup, origin]) => {
        const blocks = [
          { ssh: backup.ssh, path: origin.keyPath('SSH') },
          ...backup.targets.map((target, t) => ({
            ssh: target.ssh,
            path: [...origin.keyPath('UPLOAD_TO'), t, 'SSH'],
          })),
        ];
        return blocks.flatMap(({ ssh, path }) => {
          const keyPath = ssh?.keyPath;
          if (keyPath === undefined || fileExists(keyPath)) return [];
          return [source.issue([...path, 'KEY_PATH'], `the key file ${keyPath} does not exist`)];
        });
      }),
  },
  {
    name: 'only SFTP targets take SSH',
    check: ({ normalised, source }) =>
      [...normalised.origins].flatMap(([backup, origin]) =>
        backup.targets.flatMap((target, t) => {
          const path = [...origin.keyPath('UPLOAD_TO'), t, 'SSH'];
          if (target.storage === 'SFTP' || !source.has(path)) return [];
          return [
            source.issue(path, `SSH does not apply to STORAGE_NAME: ${target.storage}`, {
              key: true,
              hint: "a target's SSH is the server of an SFTP target; to run the backup on a remote host, put SSH in the backup itself",
            }),
          ];
        }),
      ),
  },
  {
    name: 'DB_INFO holds only the keys its TYPE takes',
    check: ({ normalised, source }) =>
      [...normalised.origins].flatMap(([backup, origin]) => {
        if (backup.kind !== 'database') return [];
        const spec = specOf(backup.database);
        return spec.refused.flatMap(({ key, why }) => {
          const [first, second] = key.split('.') as [string, string | undefined];
          if (!origin.written(first)) return [];
          const path = second === undefined ? origin.keyPath(first) : [...origin.keyPath(first), second];
          if (second !== undefined && !source.has(path)) return [];
          return [
            source.issue(path, `${second ?? first} does not apply to TYPE: ${spec.configName}`, {
              key: true,
              hint: why,
            }),
          ];
        });
      }),
  },
];
