// The sign-in throttle's numbers (docs/decisions/0028). Plain module: the sign-in page, the throttle
// and the tests read the same figures.
export type ThrottlePolicy = {
  /** How long a failure is remembered. */
  windowMs: number;
  /** Failures for one account (from places it has not signed in from) before a delay applies. */
  perAccount: number;
  /** Failures from one address (any accounts) before a delay applies. */
  perAddress: number;
  /** The first delay; each further failure doubles it, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a successful sign-in makes its device and address "known" to that account. */
  knownForMs: number;
};

export const SIGN_IN_THROTTLE: ThrottlePolicy = {
  windowMs: 60 * 60_000,
  perAccount: 5,
  perAddress: 20,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  knownForMs: 180 * 24 * 60 * 60_000,
};
