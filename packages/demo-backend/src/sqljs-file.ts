import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TestDbInitializer } from '@vendure/testing';

type SqljsOptions = { location?: string; autoSave?: boolean; synchronize?: boolean };

/**
 * Like `SqljsInitializer` from `@vendure/testing`, but with a database file path chosen by the
 * caller (not derived from the calling file name) and with `autoSave` left on after seeding, so
 * orders and stock changes survive a restart.
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

  constructor(private readonly file: string) {}

  async init(_testFileName: string, options: SqljsOptions): Promise<SqljsOptions> {
    options.location = this.file;
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

  destroy(): void {}
}
