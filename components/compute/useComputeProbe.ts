'use client';
// On mount, asks a simulation worker which backend it runs on and records the answer in the store.
import { useEffect } from 'react';
import { useStudio } from '../../lib/store';
import { BACKENDS } from '../../lib/sim/backend';
import { assertNever, type FromWorker } from '../../workers/protocol';
import { startSimWorker } from './sim-worker';

export function useComputeProbe(): void {
  const setCompute = useStudio((s) => s.setCompute);
  useEffect(() => {
    const onMessage = (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          return setCompute({ state: 'ready', ...withoutType(message) });
        case 'error':
          return setCompute({ state: 'failed', message: message.error.message });
        case 'progress':
        case 'frame':
        case 'log':
        case 'done':
          return; // The probe worker never runs a simulation.
        default:
          return assertNever(message);
      }
    };
    const worker = startSimWorker(onMessage, (message) => setCompute({ state: 'failed', message }));
    worker.send({ type: 'probe', prefer: [...BACKENDS] });
    return () => worker.terminate();
  }, [setCompute]);
}

function withoutType<T extends { type: string }>(message: T): Omit<T, 'type'> {
  const { type: _type, ...rest } = message;
  return rest;
}
