'use client';
/**
 * The run being watched: progress (simulated year, steps per second, ETA), pause, resume,
 * cancel; the saved frames with a slider to scrub them; the time series.
 */
import { useMemo, useState } from 'react';
import { useStudio } from '../../lib/store';
import { FieldPlots } from '../plots/FieldPlots';
import { SeriesPlot } from '../plots/SeriesPlot';
import { cancelRun, pauseRun } from './runner';

export function RunView() {
  const run = useStudio((s) => s.runs.find((r) => r.id === s.shownRun) ?? s.runs[0]);
  const progress = useStudio((s) => (run ? s.progress[run.id] : undefined));
  const framesReceived = useStudio((s) => s.framesReceived);
  const latency = useStudio((s) => s.frameLatencyMs);
  const sentAt = useStudio((s) => s.frameSentAt);
  const [picked, setPicked] = useState<{ run: string; index: number } | null>(null);
  // Progress messages re-render this view many times a frame; the series plots redraw only for new rows.
  const rows = run?.series;
  const series = useMemo(() => (rows ? [{ name: 'run', rows }] : []), [rows]);
  if (!run) return <p className="muted pane-body">No run yet: press Run (Ctrl/Cmd+Enter in the editor).</p>;
  const last = run.frames.length - 1;
  const index = picked && picked.run === run.id ? Math.min(picked.index, last) : last;
  const frame = run.frames[index];
  const bed = run.frames.find((f) => f.fields.topg)?.fields.topg;
  const active = run.status === 'running' || run.status === 'paused';
  return (
    <div className="run-view" data-testid="run.view" data-run-status={run.status} data-frames-received={framesReceived} data-frame-latency-ms={latency ?? ''} data-frame-sent-at={sentAt ?? ''}>
      <div className="run-status">
        <strong data-testid="run.status">{run.status}</strong>
        {run.backend && <span className="badge">{run.backend}</span>}
        {progress ? (
          <span data-testid="run.progress">
            year {progress.t.toFixed(1)} / {progress.end} · {progress.stepsPerSecond.toPrecision(2)} steps/s
            {progress.etaSeconds !== null && ` · ETA ${Math.ceil(progress.etaSeconds)} s`}
          </span>
        ) : (
          run.t !== null && <span>year {run.t.toFixed(1)} / {run.end}</span>
        )}
        <span className="spacer" />
        {active && (
          <>
            <button data-testid="run.pause" onClick={() => pauseRun(run.id, run.status === 'running')}>
              {run.status === 'paused' ? 'Resume' : 'Pause'}
            </button>
            <button data-testid="run.cancel" onClick={() => cancelRun(run.id)}>
              Cancel
            </button>
          </>
        )}
      </div>
      {progress && <progress max={1} value={(progress.t - progress.start) / Math.max(1e-9, progress.end - progress.start)} aria-label="Run progress" />}
      {run.error && (
        <p className="error" role="alert" data-testid="run.error">
          {run.error}
        </p>
      )}
      {run.note && <p className="muted">{run.note}</p>}
      {run.frames.length > 0 && (
        <label className="scrub">
          Saved frame
          <input
            type="range"
            min={0}
            max={last}
            value={index}
            data-testid="run.slider"
            onChange={(e) => setPicked({ run: run.id, index: Number(e.target.value) })}
            aria-valuetext={frame ? `year ${frame.t.toFixed(1)}` : undefined}
          />
          <span data-testid="run.frame-count">{run.frames.length}</span> kept{run.framesDropped > 0 && ` (${run.framesDropped} thinned out)`}
        </label>
      )}
      {frame && <FieldPlots frame={frame} bed={bed} />}
      {run.series.length > 0 && <SeriesPlot series={series} />}
    </div>
  );
}
