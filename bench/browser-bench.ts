/**
 * The page side of `npm run bench`: scripts/bench.mjs opens bench/index.html in Chromium and
 * calls these through page.evaluate. Progress goes to the console, which the script relays.
 */
import { runAuditBench, type AuditBenchOptions, type AuditBenchResult } from './audit-bench.js';
import { runLoginBench, type LoginBenchOptions, type LoginBenchResult } from './login-bench.js';
import { runOtpBench, type HarnessOptions, type OtpBenchResult } from './otp-bench.js';

export interface BrowserBench {
  otp(options?: Partial<HarnessOptions>): Promise<OtpBenchResult>;
  login(options?: Partial<LoginBenchOptions>): Promise<LoginBenchResult>;
  audit(options?: Partial<AuditBenchOptions>): Promise<AuditBenchResult>;
}

declare global {
  interface Window {
    bench: BrowserBench;
    /** Resolves once `bench` is ready. */
    benchReady: Promise<{ userAgent: string; secureContext: boolean }>;
  }
}

window.bench = {
  otp: (options) => runOtpBench(options),
  login: (options) => runLoginBench(options, (message) => console.info(`[bench] ${message}`)),
  audit: (options) => runAuditBench(options, (message) => console.info(`[bench] ${message}`)),
};
window.benchReady = Promise.resolve({ userAgent: navigator.userAgent, secureContext: isSecureContext });
document.body.dataset.ready = 'true';
