// Lint rules, including the layering rules that keep the seams honest.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'lib/config/generated/', 'backups/', 'logs/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'bin/*'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // sync-cron runs every minute: the cron and config layers must never pull in heavy modules.
    files: ['lib/cron/**/*.ts', 'lib/config/**/*.ts', 'lib/cli/sync-cron.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@azure/*', '@microsoft/*', 'node-ssh', 'ssh2', 'crc-32', 'yauzl', 'nodemailer'],
              message: 'Heavy modules must not load in sync-cron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
