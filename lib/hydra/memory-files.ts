/** A ConfigFiles over an in-memory map of path → text (the browser's workspace, tests). */
import type { ConfigFiles } from './repository';

export function memoryFiles(files: Readonly<Record<string, string>> | ReadonlyMap<string, string>): ConfigFiles {
  const map = files instanceof Map ? files : new Map(Object.entries(files));
  const dirs = new Map<string, { files: Set<string>; dirs: Set<string> }>();
  const entry = (d: string) => {
    let e = dirs.get(d);
    if (!e) dirs.set(d, (e = { files: new Set(), dirs: new Set() }));
    return e;
  };
  entry('');
  for (const path of map.keys()) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (i === parts.length - 1) entry(dir).files.add(parts[i]!);
      else entry(dir).dirs.add(parts[i]!);
    }
  }
  return {
    read: (path) => map.get(path),
    list: (dir) => {
      const e = dirs.get(dir.replace(/\/+$/, ''));
      return e ? { files: [...e.files], dirs: [...e.dirs] } : undefined;
    },
  };
}
