import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TestDbInitializer } from '@vendure/testing';

import { DatabaseWriter } from './database-file.js';

type SqljsOptions = {
  location?: string;
  autoSave?: boolean;
  autoSaveCallback?: (data: Uint8Array) => Promise<void>;
  synchronize?: boolean;
};

/**
 * Like `SqljsInitializer` from `@vendure/testing`, but with a database file path chosen by the
 * caller (not derived from the calling file name) and with `autoSave` left on after seeding, so
 * orders and stock changes survive a restart. Saves go through a {@link DatabaseWriter}, so a
 * process killed mid-write leaves the previous whole database (sql.js would rewrite the file in
 * place).
 *
 * @example
 * ```ts
 * const initializer = new SqljsFileInitializer('/tmp/demo/shop.sqlite');
 * registerInitializer('sqljs', initializer);
 * await server.init({ initialData });
 * initializer.seeded; // true on the first start
 * ```
 */
export class SqljsFileInitializer implements TestDbInitializer<SqljsOptions> {
  /** True when `populate` created the database in this run. */
  seeded = false;
  private options: SqljsOptions = {};
  private readonly writer: DatabaseWriter;

  constructor(private readonly file: string) {
    this.writer = new DatabaseWriter(file);
  }

  async init(_testFileName: string, options: SqljsOptions): Promise<SqljsOptions> {
    // `location` is where the driver loads the database from; every save goes through the writer.
    options.location = this.file;
    options.autoSaveCallback = (data) => this.writer.save(data);
    this.options = options;
    return options;
  }

  async populate(populateFn: () => Promise<void>): Promise<void> {
    if (!existsSync(this.file)) {
      await mkdir(dirname(this.file), { recursive: true });
      this.options.autoSave = true;
      this.options.synchronize = true;
      await populateFn();
      this.options.synchronize = false;
      this.seeded = true;
    }
    this.options.autoSave = true;
  }

  /** Resolves when every save is on disk. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  destroy(): void {}
}
