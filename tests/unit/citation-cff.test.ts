// CITATION.cff (format 1.2.0), so the repository's own "cite" works: it parses, holds the format's
// required keys, and names the version package.json has. Read with a small reader of the YAML it
// uses (top-level scalars, lists of scalars, lists of one-level maps), itself tested below, since no
// YAML parser is among the project's dependencies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';

type Scalar = string;
type Value = Scalar | (Scalar | Record<string, Scalar>)[];

function scalar(raw: string): Scalar {
  const s = raw.trim();
  if (s.startsWith('"')) return JSON.parse(s) as string;
  if (s.startsWith("'")) {
    if (!s.endsWith("'") || s.length < 2) throw new Error(`unclosed quote: ${s}`);
    return s.slice(1, -1).replace(/''/g, "'");
  }
  if (/^[[{&*!|>%@`]/.test(s)) throw new Error(`not in the subset this reader reads: ${s}`);
  return s.replace(/\s+#.*$/, '');
}

/** Reads the subset of YAML CITATION.cff is written in; throws on anything outside it. */
function readSimpleYaml(text: string): Record<string, Value> {
  const out: Record<string, Value> = {};
  let list: (Scalar | Record<string, Scalar>)[] | null = null;
  let item: Record<string, Scalar> | null = null;
  text.split('\n').forEach((line, i) => {
    if (/^\s*(#.*)?$/.test(line)) return;
    if (line.includes('\t')) throw new Error(`line ${i + 1}: a tab`);
    let m: RegExpExecArray | null;
    if ((m = /^([A-Za-z][\w-]*):(?:\s+(.*))?$/.exec(line))) {
      if (m[1] in out) throw new Error(`line ${i + 1}: ${m[1]} twice`);
      item = null;
      if (m[2] === undefined || m[2].trim() === '') out[m[1]] = list = [];
      else {
        out[m[1]] = scalar(m[2]);
        list = null;
      }
    } else if ((m = /^ {2}- (?:([A-Za-z][\w-]*):\s+(.*)|(.*))$/.exec(line)) && list) {
      if (m[1]) list.push((item = { [m[1]]: scalar(m[2]) }));
      else {
        list.push(scalar(m[3]));
        item = null;
      }
    } else if ((m = /^ {4}([A-Za-z][\w-]*):\s+(.*)$/.exec(line)) && item) item[m[1]] = scalar(m[2]);
    else throw new Error(`line ${i + 1}: not read: ${line}`);
  });
  return out;
}

describe('the small YAML reader', () => {
  it('reads scalars, quoted scalars, lists and lists of maps', () => {
    expect(readSimpleYaml('a: 1.2.0\nb: "x: \\"y\\""\nc: \'it\'\'s\'\nd:\n  - one\n  - "two"\ne:\n  - name: "N"\n    country: KZ\n')).toEqual({
      a: '1.2.0',
      b: 'x: "y"',
      c: "it's",
      d: ['one', 'two'],
      e: [{ name: 'N', country: 'KZ' }],
    });
  });

  it('refuses what it cannot read rather than guess', () => {
    expect(() => readSimpleYaml('a: 1\na: 2')).toThrow(/twice/);
    expect(() => readSimpleYaml('a: [1, 2]')).toThrow(/subset/);
    expect(() => readSimpleYaml('a: |\n  text')).toThrow();
    expect(() => readSimpleYaml('   - orphan')).toThrow(/not read/);
    expect(() => readSimpleYaml('a: "unclosed')).toThrow();
  });
});

describe('CITATION.cff', () => {
  const cff = readSimpleYaml(readFileSync('CITATION.cff', 'utf8'));

  it('holds the required keys of format 1.2.0', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title'] as const) expect(typeof cff[key] === 'string' && cff[key].length > 0, key).toBe(true);
    const authors = cff.authors as Record<string, string>[];
    expect(Array.isArray(authors) && authors.length).toBeGreaterThan(0);
    // Each author is a person (family-names) or an entity (name).
    for (const a of authors) expect(typeof a === 'object' && ('name' in a || 'family-names' in a), JSON.stringify(a)).toBe(true);
    expect(authors).toContainEqual({ name: 'Corridor Atlas contributors' });
  });

  it('names package.json’s version, the MIT licence, and a real release date, and uses only keys of the format', () => {
    expect(cff.version).toBe(pkg.version);
    expect(cff.license).toBe(pkg.license);
    expect(cff.license).toBe('MIT');
    expect(cff.type).toBe('software');
    expect(cff['date-released']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(cff['date-released'] as string))).toBe(false);
    expect(cff.title).toBe('Corridor Atlas: the C5+1 New York Declaration on a map');
    const KEYS = ['abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords', 'license', 'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact', 'repository-code', 'title', 'type', 'url', 'version'];
    expect(Object.keys(cff).filter((k) => !KEYS.includes(k))).toEqual([]);
    expect((cff.keywords as string[]).length).toBeGreaterThan(0);
  });
});

describe('the licence files', () => {
  it('are at the root: MIT for the code, and each dataset’s licence for the data', () => {
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 Corridor Atlas contributors\n/);
    const data = readFileSync('LICENSE-DATA.md', 'utf8');
    for (const needed of ['https://creativecommons.org/licenses/by/4.0/', 'naturalearthdata.com', 'geonames.org', 'whitehouse.gov', 'Open Font License']) expect(data, needed).toContain(needed);
    expect(readFileSync('README.md', 'utf8')).toMatch(/## Who may reuse what[\s\S]*LICENSE-DATA\.md/);
  });
});
