// Loaded with `node --import`: records which modules a command loads, so tests can prove that sync-cron
// never loads the heavy ones.
import { register } from 'node:module';

register('./import-hooks.js', import.meta.url);
