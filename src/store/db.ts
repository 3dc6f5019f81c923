// The embedded SQLite file every saved result lives in. Each store module (history, drills)
// creates its own tables through `migrate`; this module only opens the file the same way for all.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export type Db = Database.Database;

/** $SCAMDRILL_DATA_DIR, else $XDG_DATA_HOME/scamdrill, else ~/.local/share/scamdrill. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SCAMDRILL_DATA_DIR) return env.SCAMDRILL_DATA_DIR;
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'scamdrill');
}

export const DB_FILE = 'scamdrill.db';

export function openDb(dataDir: string = defaultDataDir()): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, DB_FILE));
  // WAL: every answer is durable when the write returns, and readers never block the writer.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Apply a module's schema steps once each, in order, tracked by name. */
export function migrate(db: Db, module: string, steps: readonly string[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (module TEXT NOT NULL, step INTEGER NOT NULL, PRIMARY KEY (module, step))');
  const done = new Set((db.prepare('SELECT step FROM migrations WHERE module = ?').all(module) as { step: number }[]).map((r) => r.step));
  const record = db.prepare('INSERT INTO migrations (module, step) VALUES (?, ?)');
  steps.forEach((sql, i) => {
    if (done.has(i)) return;
    db.transaction(() => {
      db.exec(sql);
      record.run(module, i);
    })();
  });
}
