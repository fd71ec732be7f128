/** Why a simulation could not start or had to stop, in words a glaciologist can act on. */
export type SimErrorCode = 'unsupported-module' | 'bad-config' | 'bad-input' | 'blow-up' | 'cancelled' | 'backend';

export interface SimError {
  code: SimErrorCode;
  message: string;
  /** The module involved, as IGM names it (`processes.iceflow`). */
  module?: string;
  /** Simulated year and step when a run stopped part-way. */
  t?: number;
  step?: number;
  field?: string;
}

export class SimException extends Error {
  constructor(readonly error: SimError) {
    super(error.message);
    this.name = 'SimException';
  }
}

export function simFail(error: SimError): never {
  throw new SimException(error);
}
