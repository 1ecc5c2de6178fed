import { closeSync, fstatSync, fsyncSync, openSync, readSync } from 'node:fs';
import { copyFile, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

const SQLITE_HEADER = 'SQLite format 3\0';

/** The copy kept beside the database: the last file that was written whole. */
export const backupOf = (file: string) => `${file}.bak`;
const temporaryOf = (file: string) => `${file}.tmp`;

/**
 * Whether `file` is a whole SQLite database: the header is there and the file is at least as long
 * as the page count the header records (a write cut short leaves a shorter file).
 *
 * @example
 * if (!isWholeDatabase('/data/shop.sqlite')) restoreFromBackup();
 */
export function isWholeDatabase(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const header = Buffer.alloc(100);
    if (readSync(fd, header, 0, 100, 0) < 100) return false;
    if (header.toString('latin1', 0, 16) !== SQLITE_HEADER) return false;
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
    const pageCount = header.readUInt32BE(28);
    const { size } = fstatSync(fd);
    return pageSize >= 512 && pageCount > 0 && size >= pageSize * pageCount;
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes sure the database at `file` is whole before the server opens it. A database that a crash
 * left empty or cut short is replaced by the last whole copy; with no whole copy it is moved
 * aside (kept for inspection) so the server seeds a new shop instead of failing to start.
 *
 * @returns what was done, for the start-up log
 * @example
 * const outcome = await recoverDatabase('/data/shop.sqlite'); // 'ok' | 'restored' | 'discarded' | 'missing'
 */
export async function recoverDatabase(file: string): Promise<'ok' | 'restored' | 'discarded' | 'missing'> {
  await rm(temporaryOf(file), { force: true });
  const exists = await stat(file).then(
    () => true,
    () => false,
  );
  if (exists && isWholeDatabase(file)) return 'ok';
  if (isWholeDatabase(backupOf(file))) {
    await copyFile(backupOf(file), temporaryOf(file));
    await syncFile(temporaryOf(file));
    await rename(temporaryOf(file), file);
    await syncDirectory(file);
    return 'restored';
  }
  if (!exists) return 'missing';
  await rename(file, `${file}.broken-${Date.now()}`);
  return 'discarded';
}

async function syncFile(file: string) {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDirectory(file: string) {
  // A rename is durable only once the directory entry is on disk.
  try {
    const fd = openSync(dirname(file), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the rename itself is still atomic there.
  }
}

/**
 * Writes database snapshots so that a crash at any moment leaves a whole database on disk: each
 * snapshot goes to a temporary file, is flushed, and replaces the database by an atomic rename;
 * the database it replaces becomes the backup. Snapshots that arrive while one is being written
 * are coalesced: only the newest is written next.
 *
 * @example
 * const writer = new DatabaseWriter('/data/shop.sqlite');
 * driverOptions.autoSaveCallback = (data) => writer.save(data);
 * await writer.flush(); // before the process exits
 */
export class DatabaseWriter {
  #pending: Uint8Array | null = null;
  #writing: Promise<void> | null = null;

  constructor(readonly file: string) {}

  /** Schedules `data` to be written; resolves once it (or a newer snapshot) is on disk. */
  save(data: Uint8Array): Promise<void> {
    this.#pending = data;
    this.#writing ??= this.#drain().finally(() => {
      this.#writing = null;
    });
    return this.#writing;
  }

  /** Resolves when every snapshot handed to `save` is on disk. */
  async flush(): Promise<void> {
    while (this.#writing) await this.#writing;
  }

  async #drain() {
    while (this.#pending) {
      const data = this.#pending;
      this.#pending = null;
      await this.#write(data);
    }
  }

  async #write(data: Uint8Array) {
    const temporary = temporaryOf(this.file);
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Keep the database being replaced as the backup when it is whole; a cut-short file is not
    // worth keeping over an older whole one.
    if (isWholeDatabase(this.file)) await rename(this.file, backupOf(this.file));
    await rename(temporary, this.file);
    await syncDirectory(this.file);
  }
}
