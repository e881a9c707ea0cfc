import { onFirstUse } from './lazy.js';

/**
 * @noble/hashes, loaded only when needed: it is the fallback for pages without `crypto.subtle`
 * (plain http on a LAN), so the https, localhost and file:// pages most people use never
 * download it — a separate chunk of the build, about a tenth of the app's JavaScript.
 */
export const loadNoble = onFirstUse(() => import('./noble-hashes.js'));
