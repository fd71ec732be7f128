/**
 * Chooses the tfjs backend a simulation runs on. The same preference order is used in the
 * browser worker (webgpu first) and in Node (cpu or wasm); a backend that is not registered or
 * fails to initialise is skipped and the reason kept, so the UI can say why it fell back.
 */
import type * as tfCore from '@tensorflow/tfjs-core';
import { err, ok, type Result } from '../result';

export const BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

export function isBackendName(name: string): name is BackendName {
  return (BACKENDS as readonly string[]).includes(name);
}

export interface BackendAttempt {
  backend: BackendName;
  reason: string;
}

export interface BackendChoice {
  backend: BackendName;
  /** Backends tried before the chosen one, with why each was passed over. */
  skipped: BackendAttempt[];
}

export interface NoBackend {
  code: 'no-backend';
  message: string;
  skipped: BackendAttempt[];
}

type Tf = Pick<typeof tfCore, 'setBackend' | 'ready' | 'getBackend' | 'engine'>;

export async function selectBackend(
  tf: Tf,
  order: readonly BackendName[],
): Promise<Result<BackendChoice, NoBackend>> {
  const skipped: BackendAttempt[] = [];
  for (const backend of order) {
    if (!tf.engine().registryFactory[backend]) {
      skipped.push({ backend, reason: 'not available in this build' });
      continue;
    }
    try {
      // setBackend resolves false (and tfjs logs a warning) when initialisation fails.
      if (await tf.setBackend(backend)) {
        await tf.ready();
        if (tf.getBackend() === backend) return ok({ backend, skipped });
      }
      skipped.push({ backend, reason: 'failed to initialise on this device' });
    } catch (e) {
      skipped.push({ backend, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  const tried = skipped.map((s) => `${s.backend} (${s.reason})`).join(', ');
  return err({ code: 'no-backend', message: `No compute backend could start: ${tried}.`, skipped });
}
