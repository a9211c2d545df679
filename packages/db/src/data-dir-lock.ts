// PGlite is one process's database: a second process opening the same folder corrupts it and
// loses acknowledged writes. The lock is a file naming its holder (pid and a random token),
// created atomically (a hard link of a complete file: it appears whole or not at all). A lock
// whose process has died is taken over atomically too: the takers of that one stale lock race
// for a marker named after it (an exclusive create, so one wins), and the winner replaces the
// lock by a rename only if it still holds exactly what was judged stale.
//
// Why not proper-lockfile: it judges a lock stale by its age (10 s), so a crashed Wakai's folder
// stays locked for that long and a busy one (a large import holds the event loop) loses its lock
// to the next start; and its take-over (remove, then mkdir) has the same race as before.
import { createHash, randomUUID } from 'node:crypto';
import { linkSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = 'wakai.lock';
/** A lock file without a readable holder younger than this is being written (the old format), not stale. */
const UNREADABLE_GRACE_MS = 10_000;

/** Tokens of the locks this process holds: its own folder is never taken over as if stale. */
const held = new Set<string>();

interface Holder {
  pid: number;
  token: string | undefined;
}

/** `pid token`, or an older Wakai's bare `pid`. */
function holderOf(content: string): Holder | undefined {
  const match = /^(\d+)(?: ([0-9a-f-]{36}))?\s*$/.exec(content);
  return match ? { pid: Number(match[1]), token: match[2] } : undefined;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Still held: by this process, or by another one that is running. Our own pid without our token is a previous run (a container restarted with the same pid). */
function stillHeld(path: string, content: string): boolean {
  const holder = holderOf(content);
  if (!holder) {
    try {
      return Date.now() - statSync(path).mtimeMs < UNREADABLE_GRACE_MS;
    } catch {
      return false;
    }
  }
  if (holder.token !== undefined && held.has(holder.token)) return true;
  return holder.pid !== process.pid && isAlive(holder.pid);
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates `path` with `content` if nothing is there: whole or not at all. */
function createExclusive(path: string, content: string, token: string): boolean {
  const draft = `${path}.draft-${token}`;
  writeFileSync(draft, content);
  try {
    linkSync(draft, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
    // A file system without hard links (FAT): an exclusive create, written at once.
    try {
      writeFileSync(path, content, { flag: 'wx' });
      return true;
    } catch (fallback) {
      if ((fallback as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallback;
    }
  } finally {
    rmSync(draft, { force: true });
  }
}

/**
 * Replaces the stale `seen` content of `path` by `mine`; false when another start is doing it or
 * the file changed meanwhile. Takers of one stale content race for a marker named after it; a
 * marker left by a taker that died is itself taken over the same way.
 */
function takeOver(path: string, seen: string, mine: string, token: string): boolean {
  const marker = `${path}.takeover-${createHash('sha256').update(seen).digest('hex').slice(0, 16)}`;
  if (!createExclusive(marker, mine, token)) {
    const other = read(marker);
    if (other === undefined || stillHeld(marker, other)) return false;
    if (!takeOver(marker, other, mine, token)) return false;
  }
  try {
    if (read(path) !== seen) return false;
    const draft = `${path}.draft-${token}`;
    writeFileSync(draft, mine);
    renameSync(draft, path);
    return true;
  } finally {
    // Safe to remove: a later taker of `seen` finds the lock changed and gives up.
    rmSync(marker, { force: true });
  }
}

/** Locks the folder for this process or throws (in Japanese and English); returns the release. */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK);
  const token = randomUUID();
  const mine = `${process.pid} ${token}`;
  const release = () => {
    held.delete(token);
    if (read(path) === mine) rmSync(path, { force: true });
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(path, mine, token)) {
      held.add(token);
      return release;
    }
    const seen = read(path);
    if (seen === undefined) continue;
    if (stillHeld(path, seen)) {
      const holder = holderOf(seen);
      throw new Error(
        `データフォルダ ${dataDir} は別の Wakai (pid ${holder?.pid ?? '不明'}) が使用中です。そちらを終了してから実行してください (the data folder is in use by another Wakai process)`,
      );
    }
    if (takeOver(path, seen, mine, token)) {
      held.add(token);
      removeLeftovers(dataDir);
      return release;
    }
  }
  throw new Error(
    `データフォルダ ${dataDir} は別の Wakai が開いているところです。しばらくしてから実行してください (another Wakai process is opening the data folder)`,
  );
}

/** Markers and drafts of starts that died mid-way: a dead process is in no critical section. */
function removeLeftovers(dataDir: string) {
  for (const name of readdirSync(dataDir)) {
    if (!name.startsWith(`${LOCK}.`)) continue;
    const path = join(dataDir, name);
    const content = read(path);
    if (content !== undefined && !stillHeld(path, content)) rmSync(path, { force: true });
  }
}
