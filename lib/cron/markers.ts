// The marker lines around the managed block. A module of their own: sync-cron's no-change path needs them
// to find the block, and nothing else of the renderer (its expression checker and quoting).

export function beginMarker(configFile: string): string {
  return `# BEGIN opsbackup ${configFile} (managed by sync-cron: edits inside this block are overwritten)`;
}

export function endMarker(configFile: string): string {
  return `# END opsbackup ${configFile}`;
}
