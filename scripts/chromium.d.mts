// Types for scripts/chromium.mjs, which the TypeScript tests import.
export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
export declare function requireChromium(): string;
