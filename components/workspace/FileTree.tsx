'use client';
/**
 * The experiment folder in IGM's layout: experiment files, the user's module configs, data.
 * Create, rename, delete, upload (YAML files, a zipped folder, NetCDF data) and download (one
 * file, or the folder as a zip that `igm_run +experiment=...` runs unchanged).
 */
import { useRef, useState, type DragEvent } from 'react';
import { unzipExperiment, zipExperiment } from '../../lib/io/experiment-zip';
import { useStudio } from '../../lib/store';
import { classifyPath, sortPaths } from '../../lib/workspace/paths';
import { downloadBytes } from './download';
import type { Persistence } from './useWorkspacePersistence';

const MAX_DATA_BYTES = 256 * 1024 * 1024;

export function FileTree({ persistence }: { persistence: Persistence }) {
  const files = useStudio((s) => s.workspace.files);
  const experiment = useStudio((s) => s.workspace.experiment);
  const dataFiles = useStudio((s) => s.dataFiles);
  const active = useStudio((s) => s.active);
  const st = useStudio.getState;
  const [renaming, setRenaming] = useState<string | null>(null);
  const upload = useRef<HTMLInputElement>(null);

  const addData = async (name: string, bytes: Uint8Array) => {
    const path = `data/${name}`;
    const info = classifyPath(path);
    if (!info.ok) return st().setNotice({ kind: 'error', text: info.error });
    if (bytes.length > MAX_DATA_BYTES) return st().setNotice({ kind: 'error', text: `${name} is larger than ${MAX_DATA_BYTES >> 20} MB; crop or coarsen it first.` });
    await persistence.storeData(path, bytes);
    st().setDataFiles({ ...st().dataFiles, [path]: { size: bytes.length } });
    st().setNotice({ kind: 'info', text: `Added ${path} (${(bytes.length / 1e6).toFixed(1)} MB).` });
  };

  const importFiles = async (list: FileList | File[]) => {
    for (const file of Array.from(list)) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (/\.zip$/i.test(file.name)) {
        const r = unzipExperiment(bytes);
        if (!r.ok) {
          st().setNotice({ kind: 'error', text: r.error });
          continue;
        }
        const names = Object.keys(r.value.files).filter((p) => p.startsWith('experiment/'));
        const experiment = names.includes('experiment/params.yaml') ? 'params' : names[0]!.slice(11, -5);
        for (const [p, f] of Object.entries(r.value.data)) await addData(p.slice(5), f.bytes);
        st().replaceWorkspace({ files: r.value.files, overrides: [], experiment }, { notice: `Opened ${file.name}${r.value.skipped.length ? `; left out: ${r.value.skipped.join('; ')}` : ''}.` });
      } else if (/\.ya?ml$/i.test(file.name)) {
        const text = new TextDecoder().decode(bytes);
        const name = file.name.replace(/\.yml$/i, '.yaml');
        const path = /^# @package _global_/.test(text) ? `experiment/${name}` : `user/conf/processes/${name}`;
        if (path in st().workspace.files) st().editFile(path, text);
        else st().addFile(path, text);
      } else {
        await addData(file.name, bytes);
      }
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void importFiles(e.dataTransfer.files);
  };

  const newFile = () => {
    const name = prompt('New file (experiment/NAME.yaml or user/conf/processes/NAME.yaml):', 'user/conf/processes/my_module.yaml');
    if (name) st().addFile(name.trim(), name.startsWith('experiment/') ? '# @package _global_\n' : '');
  };

  const row = (path: string) => {
    const isData = path.startsWith('data/');
    const name = path.split('/').pop()!;
    return (
      <li key={path} className={path === active ? 'file active' : 'file'} data-testid={`files.item.${path}`}>
        {renaming === path ? (
          <input
            autoFocus
            aria-label={`New name for ${path}`}
            defaultValue={path}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && st().moveFile(path, e.currentTarget.value.trim())) setRenaming(null);
              if (e.key === 'Escape') setRenaming(null);
            }}
            onBlur={() => setRenaming(null)}
          />
        ) : (
          <button className="file-open" disabled={isData} onClick={() => st().openFile(path)} title={path}>
            {name}
            {path === `experiment/${experiment}.yaml` && <span className="badge" title="+experiment= runs this one">run</span>}
            {isData && <span className="muted"> {(dataFiles[path]!.size / 1e6).toFixed(1)} MB</span>}
          </button>
        )}
        <span className="file-actions">
          {!isData && path.startsWith('experiment/') && path !== `experiment/${experiment}.yaml` && (
            <button title="Run this experiment" onClick={() => st().setExperiment(name.slice(0, -5))}>▶</button>
          )}
          {!isData && <button title="Rename" aria-label={`Rename ${path}`} onClick={() => setRenaming(path)}>✎</button>}
          {!isData && <button title="Download" aria-label={`Download ${path}`} onClick={() => downloadBytes(new TextEncoder().encode(files[path]!), name, 'text/yaml')}>⤓</button>}
          <button
            title="Delete"
            aria-label={`Delete ${path}`}
            onClick={() => {
              if (!isData) st().removeFile(path);
              else
                void persistence.dropData(path).then(() => {
                  const rest = { ...st().dataFiles };
                  delete rest[path];
                  st().setDataFiles(rest);
                });
            }}
          >
            ✕
          </button>
        </span>
      </li>
    );
  };

  const zipAll = async () => {
    const data = await persistence.loadData();
    downloadBytes(zipExperiment(st().workspace, data, 'igm-experiment'), 'igm-experiment.zip', 'application/zip');
  };

  return (
    <nav className="pane file-tree" aria-label="Experiment files" data-testid="pane.files" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <header className="pane-header">
        Files
        <span className="spacer" />
        <button onClick={newFile} title="New file" data-testid="files.new">+</button>
        <button onClick={() => upload.current?.click()} title="Upload YAML, a zipped experiment, or NetCDF data">⤒</button>
        <button onClick={() => void zipAll()} title="Download the folder as a zip" data-testid="files.zip">zip</button>
        <input ref={upload} type="file" multiple hidden accept=".yaml,.yml,.zip,.nc" onChange={(e) => e.target.files && void importFiles(e.target.files)} />
      </header>
      <ul className="pane-body file-list">{sortPaths([...Object.keys(files), ...Object.keys(dataFiles)]).map(row)}</ul>
      <p className="muted drop-hint">Drop YAML, a zipped folder or a NetCDF file here.</p>
    </nav>
  );
}
