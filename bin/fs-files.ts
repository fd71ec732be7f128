/** ConfigFiles over a directory on disk, for the command line and Node tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigFiles } from '../lib/hydra';

export function diskFiles(root: string): ConfigFiles {
  return {
    read(path) {
      try {
        const full = join(root, path);
        return statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
      } catch {
        return undefined;
      }
    },
    list(dir) {
      try {
        const entries = readdirSync(join(root, dir), { withFileTypes: true });
        return {
          files: entries.filter((e) => e.isFile()).map((e) => e.name),
          dirs: entries.filter((e) => e.isDirectory()).map((e) => e.name),
        };
      } catch {
        return undefined;
      }
    },
  };
}
