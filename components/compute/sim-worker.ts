'use client';
// The page's side of the worker protocol: starts workers/sim.worker.ts and types its traffic.
import type { FromWorker, ToWorker } from '../../workers/protocol';

export interface SimWorker {
  send: (message: ToWorker) => void;
  terminate: () => void;
}

export function startSimWorker(onMessage: (message: FromWorker) => void, onCrash: (message: string) => void): SimWorker {
  const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => onMessage(event.data));
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onCrash(event.message || 'The simulation worker stopped unexpectedly.');
  });
  return { send: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
}
