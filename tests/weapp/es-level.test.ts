import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { WEAPP_DIR, weappScripts } from './support/weapp-shop';

/** Every script of the mini program, relative to dist/weapp. */
/**
 * WeChat runs the bundle as it is on every phone (project.config.json `es6: false` does not transpile syntax the
 * build left in), and older iOS WeChat clients stop at syntax newer than ES2017 — BigInt literals among it.
 */
test('every dist/weapp script parses as ES2017', () => {
  const files = weappScripts();
  expect(files.length).toBeGreaterThan(50);
  const failures = files.flatMap((file) => {
    const source = fs.readFileSync(path.join(WEAPP_DIR, file), 'utf8');
    try {
      parse(source, { ecmaVersion: 2017, sourceType: 'script' });
      return [];
    } catch (error) {
      const pos = (error as { pos?: number }).pos ?? 0;
      return [`${file}: ${(error as Error).message} near ${JSON.stringify(source.slice(Math.max(0, pos - 50), pos + 30))}`];
    }
  });
  expect(failures).toEqual([]);
});

/**
 * Globals WeChat's logic layer does not have, named anywhere in the bundle (not as a property): a branch the
 * runtime suite never walks would still throw on a phone.
 */
test('no dist/weapp script names process, fetch, localStorage or XMLHttpRequest', () => {
  const offenders = weappScripts().flatMap((file) => {
    const source = fs.readFileSync(path.join(WEAPP_DIR, file), 'utf8');
    return [...source.matchAll(/(?:^|[^.\w$])(process\.|fetch\(|localStorage|XMLHttpRequest)/g)].map((m) => `${file}: ${m[1]}`);
  });
  expect(offenders).toEqual([]);
});
