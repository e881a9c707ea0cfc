/**
 * The one route table (URL hash → screen) and the rule that keeps flows consistent: a step
 * after a flow's first needs the flow's state from the step before it, held in memory only.
 * A reload, or Back/Forward onto such a step, finds none and restarts the flow at its first
 * step — never a half-registered token. Hash routes keep every link independent of where the
 * app is hosted (a subfolder, a USB stick, file://).
 */
export type Screen =
  | 'login'
  | 'login-otp'
  | 'account'
  | 'register-auth'
  | 'register-token'
  | 'register-done'
  | 'deactivate-auth'
  | 'deactivate-otp'
  | 'deactivate-done'
  | 'otp-info'
  | 'help'
  | 'counter';

/**
 * The pages with a help page (このページのご利用ガイド): every bank screen but the help page itself
 * and the staff's counter, plus the software keyboard's 使用方法.
 */
export type HelpTopic = Exclude<Screen, 'help' | 'counter'> | 'keyboard';

interface RouteDefinition {
  hash: string;
  /** What must be in memory to show this screen; without it, go to `restartAt`. */
  needs?: 'flow' | 'session';
  restartAt?: Screen;
}

export const ROUTES: Readonly<Record<Screen, RouteDefinition>> = {
  login: { hash: '#/login' },
  'login-otp': { hash: '#/login/otp', needs: 'flow', restartAt: 'login' },
  account: { hash: '#/account', needs: 'session', restartAt: 'login' },
  'register-auth': { hash: '#/register' },
  'register-token': { hash: '#/register/token', needs: 'flow', restartAt: 'register-auth' },
  'register-done': { hash: '#/register/done', needs: 'flow', restartAt: 'login' },
  'deactivate-auth': { hash: '#/deactivate' },
  'deactivate-otp': { hash: '#/deactivate/otp', needs: 'flow', restartAt: 'deactivate-auth' },
  'deactivate-done': { hash: '#/deactivate/done', needs: 'flow', restartAt: 'login' },
  'otp-info': { hash: '#/otp-info' },
  help: { hash: '#/help' },
  /** The bank counter (窓口): staff, not the customer. */
  counter: { hash: '#/counter' },
};

/** Every help page's topic once: a record, so that a topic missing or unknown here fails `tsc`. */
const HELP_PAGES: Readonly<Record<HelpTopic, true>> = {
  login: true,
  'login-otp': true,
  account: true,
  'register-auth': true,
  'register-token': true,
  'register-done': true,
  'deactivate-auth': true,
  'deactivate-otp': true,
  'deactivate-done': true,
  'otp-info': true,
  keyboard: true,
};

export const HELP_TOPICS = Object.keys(HELP_PAGES) as readonly HelpTopic[];

export interface Location {
  screen: Screen;
  /** For `help`: which page's guide. */
  topic?: HelpTopic;
}

/** The screen a hash names; anything unknown is the login screen. */
export function parseHash(hash: string): Location {
  const help = /^#\/help\/([a-z-]+)$/.exec(hash);
  if (help) {
    const topic = HELP_TOPICS.find((candidate) => candidate === help[1]);
    return topic ? { screen: 'help', topic } : { screen: 'login' };
  }
  const screen = (Object.keys(ROUTES) as Screen[]).find(
    (name) => name !== 'help' && ROUTES[name].hash === hash,
  );
  return { screen: screen ?? 'login' };
}

export function hashFor(location: Location): string {
  return location.screen === 'help'
    ? `${ROUTES.help.hash}/${location.topic ?? 'login'}`
    : ROUTES[location.screen].hash;
}

/**
 * The soft token panel alone, in a window of its own ("the phone" on a projector, the bank on the
 * laptop): not a bank screen, so outside the table above. The window keeps in step with the
 * bank's through the demo's change feed and its shared clock.
 */
export const TOKEN_WINDOW_HASH = '#/token';

export function isTokenWindow(hash: string): boolean {
  return hash === TOKEN_WINDOW_HASH;
}

/** Pages a person may open at any time, in the middle of a flow too, without leaving it. */
const ASIDE_SCREENS: readonly Screen[] = ['help', 'otp-info'];

export function isAside(screen: Screen): boolean {
  return ASIDE_SCREENS.includes(screen);
}

/** A flow's state between its steps: the screen it leads to, and what that screen needs. */
export interface FlowState {
  screen: Screen;
  /** The bank's ticket for the next step (A1, R2, S2). */
  ticket?: string;
  /** What a completion screen shows (S3's result code, R3's token ID). */
  result?: string;
}

export interface Resolution {
  location: Location;
  /** The requested step could not be shown: the person should be told why they are elsewhere. */
  restarted: boolean;
}

/**
 * Where a request for `requested` lands, given the flow state and whether someone is logged in.
 */
export function resolve(requested: Location, flow: FlowState | undefined, signedIn: boolean): Resolution {
  const route = ROUTES[requested.screen];
  if (route.needs === 'flow' && flow?.screen !== requested.screen) {
    return { location: { screen: route.restartAt ?? 'login' }, restarted: true };
  }
  if (route.needs === 'session' && !signedIn) {
    return { location: { screen: route.restartAt ?? 'login' }, restarted: false };
  }
  return { location: requested, restarted: false };
}

/**
 * Whether going to `requested` abandons the flow under way: any screen but the flow's next step
 * and the pages aside. The shell then drops the flow's ticket at the bank, so nothing is half done.
 */
export function leavesFlow(requested: Location, flow: FlowState | undefined): boolean {
  return flow !== undefined && requested.screen !== flow.screen && !isAside(requested.screen);
}
