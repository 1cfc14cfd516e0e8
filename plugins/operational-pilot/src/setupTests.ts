import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// jsdom has no CSS namespace; React Aria (used by @backstage/ui dialogs and popovers) calls CSS.escape.
if (typeof (globalThis as any).CSS === 'undefined') {
  (globalThis as any).CSS = {};
}
const css = (globalThis as any).CSS;
if (typeof css.escape !== 'function') {
  // Escapes a string for use in a CSS selector (CSSOM "serialize an identifier", simplified to what
  // attribute selectors need: quotes, backslashes and control characters).
  css.escape = (value: string) =>
    Array.from(String(value))
      .map(ch => {
        const code = ch.charCodeAt(0);
        if (code < 0x20 || code === 0x7f) {
          return `\\${code.toString(16)} `;
        }
        return ch === '"' || ch === "'" || ch === '\\' ? `\\${ch}` : ch;
      })
      .join('');
}
if (typeof css.supports !== 'function') {
  css.supports = () => false;
}

// Form tests type a lot through React Aria (user-event without delays between keys); leave room on slow CI
// machines (2 cores running several Jest workers): `findBy…` waits up to 10 s instead of 1 s before it fails.
jest.setTimeout(90000);
configure({ asyncUtilTimeout: 10000 });
