// Runs measure() off the main thread (see onedrive.bench.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { measure } from './measure.js';

const { argv, env } = workerData as { argv: string[]; env: NodeJS.ProcessEnv };
parentPort?.postMessage(measure(argv, env));
