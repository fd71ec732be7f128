'use client';
/**
 * Every run of this browser: status, overrides, backend, duration, final volume and area, and
 * any config value as an extra column. Tick two to compare; export a run's NetCDF output, its
 * time series, its experiment folder, and the igm_run (or Slurm) command that reruns it.
 */
import { useState } from 'react';
import { igmRunCommand, seriesCsv, slurmSweepCommand, sweepOverrides } from '../../lib/runs/commands';
import { configValue, type RunRecord } from '../../lib/runs/record';
import { zipExperiment } from '../../lib/io/experiment-zip';
import { useStudio } from '../../lib/store';
import { downloadBytes } from '../workspace/download';
import { deleteRun, runOutputs } from '../run/runner';
import { CompareRuns } from './CompareRuns';
import { SweepPlot } from './SweepPlot';

function duration(r: RunRecord): string {
  if (!r.startedAt) return '—';
  return `${(((r.endedAt ?? Date.now()) - r.startedAt) / 1000).toFixed(1)} s`;
}

async function exportRun(r: RunRecord, what: 'nc' | 'csv' | 'zip') {
  const name = `run-${r.id.slice(0, 8)}`;
  if (what === 'csv') return downloadBytes(new TextEncoder().encode(seriesCsv(r.series)), `${name}-series.csv`, 'text/csv');
  if (what === 'zip') return downloadBytes(zipExperiment({ files: r.files, overrides: r.overrides, experiment: r.experiment }, {}, name), `${name}.zip`, 'application/zip');
  const outputs = await runOutputs(r.id);
  // write_ncdf's file (its output_file), not write_ts' series, which is NetCDF too.
  const wanted = configValue(r.config, 'outputs.write_ncdf.output_file');
  const nc = wanted ? Object.entries(outputs).find(([k]) => k === wanted) : undefined;
  if (!nc) return useStudio.getState().setNotice({ kind: 'error', text: 'This run wrote no gridded NetCDF file: add write_ncdf to its outputs.' });
  downloadBytes(typeof nc[1] === 'string' ? new TextEncoder().encode(nc[1]) : nc[1], `${name}-${nc[0]}`, 'application/x-netcdf');
}

export function RunsTable() {
  const runs = useStudio((s) => s.runs);
  const compare = useStudio((s) => s.compare);
  const [columnText, setColumn] = useState('processes.time.end');
  const columns = columnText.split(/[\s,]+/).filter(Boolean);
  const [commandFor, setCommandFor] = useState<string | null>(null);
  const shown = runs.find((r) => r.id === commandFor);
  const batchOf = shown ? runs.filter((r) => r.batch === shown.batch) : [];
  return (
    <div className="runs" data-testid="runs.table">
      <label className="muted">
        Extra columns (config keys, comma-separated){' '}
        <input value={columnText} onChange={(e) => setColumn(e.target.value)} spellCheck={false} aria-label="Config keys shown as columns" />
      </label>
      <table>
        <thead>
          <tr>
            <th aria-label="Compare" />
            <th>status</th>
            <th>overrides</th>
            <th>backend</th>
            <th>duration</th>
            <th>volume (km³)</th>
            <th>area (km²)</th>
            {columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => {
            const last = r.series.at(-1);
            return (
              <tr key={r.id} data-testid="runs.row" data-status={r.status} onClick={() => useStudio.getState().showRun(r.id)}>
                <td>
                  <input type="checkbox" aria-label="Compare this run" checked={compare.includes(r.id)} onChange={() => useStudio.getState().toggleCompare(r.id)} onClick={(e) => e.stopPropagation()} />
                </td>
                <td title={r.error ?? r.note ?? undefined}>{r.status}</td>
                <td>
                  <code>{r.overrides.join(' ') || '—'}</code>
                </td>
                <td>{r.backend ?? '—'}</td>
                <td>{duration(r)}</td>
                <td>{last ? last.volKm3.toFixed(4) : '—'}</td>
                <td>{last ? last.areaKm2.toFixed(3) : '—'}</td>
                {columns.map((c) => (
                  <td key={c}>{configValue(r.config, c)}</td>
                ))}
                <td className="row-actions" onClick={(e) => e.stopPropagation()}>
                  <button title="Download the NetCDF output" data-testid="runs.export.nc" onClick={() => void exportRun(r, 'nc')}>nc</button>
                  <button title="Download the time series (CSV)" onClick={() => void exportRun(r, 'csv')}>csv</button>
                  <button title="Download the experiment folder (zip)" onClick={() => void exportRun(r, 'zip')}>zip</button>
                  <button title="The igm_run command" data-testid="runs.command" onClick={() => setCommandFor(r.id === commandFor ? null : r.id)}>cmd</button>
                  <button title="Delete this run" aria-label="Delete this run" onClick={() => void deleteRun(r.id)}>✕</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown && (
        <div className="commands" data-testid="runs.commands">
          <p className="muted">Run it with IGM, in the unzipped experiment folder:</p>
          <pre>{igmRunCommand(shown.experiment, shown.overrides)}</pre>
          {batchOf.length > 1 && (
            <>
              <p className="muted">The whole sweep ({batchOf.length} jobs) on a Slurm cluster (hydra-submitit-launcher):</p>
              <pre data-testid="runs.slurm">{slurmSweepCommand(shown.experiment, sweepOverrides([...batchOf].sort((a, b) => a.createdAt - b.createdAt).map((j) => j.overrides)))}</pre>
            </>
          )}
        </div>
      )}
      {compare.length === 2 && <CompareRuns a={runs.find((r) => r.id === compare[0])!} b={runs.find((r) => r.id === compare[1])!} />}
      <SweepPlot runs={runs} />
    </div>
  );
}
