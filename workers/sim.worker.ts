// Thin worker entry: registers the browser's tfjs backends, then answers protocol messages with
// lib/sim. Nothing here computes; it only wires the protocol to the library.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import '@tensorflow/tfjs-backend-webgl';
import '@tensorflow/tfjs-backend-webgpu';
import { selectBackend } from '../lib/sim/backend';
import { matmulSelfCheck } from '../lib/sim/self-check';
import { assertNever, type FromWorker, type ToWorker } from './protocol';

const post = (message: FromWorker) => self.postMessage(message);

async function describeAdapter(): Promise<string | null> {
  const adapter = await navigator.gpu?.requestAdapter();
  if (!adapter) return null;
  const { vendor, architecture, device, description } = adapter.info;
  return [description, vendor, architecture, device].filter(Boolean).join(' · ') || 'unnamed adapter';
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'probe': {
      const choice = await selectBackend(tf, message.prefer);
      if (!choice.ok) return post({ type: 'error', error: choice.error });
      const { backend, skipped } = choice.value;
      const adapter = backend === 'webgpu' ? await describeAdapter() : null;
      const check = await matmulSelfCheck(tf);
      return post({ type: 'ready', backend, adapter, skipped, check });
    }
    default:
      return assertNever(message.type);
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  handle(event.data).catch((e: unknown) =>
    post({ type: 'error', error: { code: 'worker-failure', message: e instanceof Error ? e.message : String(e) } }),
  );
});
