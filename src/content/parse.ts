// Parses the published declaration (markdown with front matter) into sections, paragraphs, sentences
// and signatories, failing loudly, with the line number, whenever the text is not the shape expected.
import { C5, type CountryId } from '../../data/types';
import { splitSentences } from './sentences';
import type { Declaration, Paragraph, Section, Signatory } from './types';

/**
 * The headings in the order printed, with the ids that go into URLs. The parser checks the text
 * against this list so that an edited or re-fetched source that lost or renamed a heading is caught
 * rather than silently merging two sections.
 */
export const SECTION_HEADINGS = [
  { id: 'resilience', heading: 'Resilience through Partnership' },
  { id: 'security', heading: 'Expanded Security Cooperation' },
  { id: 'economic-energy-corridor', heading: 'C5+1 Economic and Energy Corridor' },
  { id: 'energy-climate', heading: 'Enhancing Energy Security and Combating the Effects of Climate Change' },
  { id: 'people', heading: 'Partnership through People' },
  { id: 'new-atmosphere', heading: 'Towards A New Atmosphere of Partnership' },
] as const;

export const PREAMBLE_ID = 'preamble';

/** The states as the signature lines name them (without a leading "the"). */
export const SIGNATORY_STATES: Record<string, CountryId> = {
  'Republic of Kazakhstan': 'KAZ',
  'Kyrgyz Republic': 'KGZ',
  'Republic of Tajikistan': 'TJK',
  Turkmenistan: 'TKM',
  'United States of America': 'USA',
  'Republic of Uzbekistan': 'UZB',
};

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export class DeclarationParseError extends Error {
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`Line ${line}: ${detail}`);
    this.name = 'DeclarationParseError';
  }
}

function fail(line: number, detail: string): never {
  throw new DeclarationParseError(line, detail);
}

/** Folds every run of whitespace (line wraps and non-breaking spaces included) to one space. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const isBlank = (line: string) => /^\s*$/.test(line);

/** Unquotes a YAML scalar as the front matter writes them: plain, 'single' or "double" with escapes. */
function yamlScalar(raw: string, line: number): string {
  const value = raw.trim();
  if (value.startsWith("'")) {
    if (!value.endsWith("'") || value.length < 2) fail(line, 'unterminated single-quoted value in front matter');
    return value.slice(1, -1).replace(/''/g, "'");
  }
  if (value.startsWith('"')) {
    if (!value.endsWith('"') || value.length < 2) fail(line, 'unterminated double-quoted value in front matter');
    return value.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, esc: string) => {
      if (esc[0] === 'u' || esc[0] === 'x') return String.fromCharCode(parseInt(esc.slice(1), 16));
      const simple: Record<string, string> = { _: '\u00a0', n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/', ' ': ' ', '0': '\0' };
      if (!(esc in simple)) fail(line, `unknown escape \\${esc} in front matter`);
      return simple[esc];
    });
  }
  return value;
}

function formatDisplayDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * Parses the declaration. Pure: give it the file's text, get the structure or a
 * DeclarationParseError whose message starts with "Line N:".
 */
export function parseDeclaration(markdown: string): Declaration {
  const lines = markdown.split(/\r?\n/);

  // --- Front matter -------------------------------------------------------------------------
  if (lines[0]?.trim() !== '---') fail(1, 'expected front matter opening with ---');
  const front: Record<string, { value: string; line: number }> = {};
  let i = 1;
  for (; i < lines.length && lines[i].trim() !== '---'; i++) {
    if (isBlank(lines[i])) continue;
    const m = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(lines[i]);
    if (!m) fail(i + 1, `front matter line is not "key: value": ${lines[i]}`);
    front[m[1]] = { value: yamlScalar(m[2], i + 1), line: i + 1 };
  }
  if (i >= lines.length) fail(1, 'front matter is not closed with ---');
  const frontEnd = i + 1;
  i++;
  for (const key of ['date', 'source_url', 'title']) {
    if (!front[key]?.value) fail(frontEnd, `front matter lacks "${key}"`);
  }
  const isoDate = front.date.value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) fail(front.date.line, `front matter date "${isoDate}" is not YYYY-MM-DD`);
  if (!/^https:\/\//.test(front.source_url.value)) fail(front.source_url.line, 'source_url is not an https URL');

  // --- Body ------------------------------------------------------------------------------------
  let phase: 'title' | 'body' | 'signatures' | 'end' = 'title';
  let fullTitle = '';
  let titleLine = 0;
  const sections: Section[] = [];
  let current: Section | null = null;
  let nextHeading = 0;
  let para: { line: number; lines: string[] } | null = null;
  let printedDate: { text: string; line: number } | null = null;
  const signatories: Signatory[] = [];

  const closeParagraph = () => {
    if (!para || !current) return;
    const raw = para.lines.join('\n');
    const stripped = raw.replace(/<\/?sup>/g, '');
    const tag = /<\/?[A-Za-z][^>]*>/.exec(stripped);
    if (tag) fail(para.line, `unexpected markup ${tag[0]} in a paragraph`);
    const leftover = /(^|\s)(\*+|#+|\\)/.exec(stripped);
    if (leftover) fail(para.line, `unexpected markup "${leftover[2]}" in a paragraph`);
    const text = fold(stripped);
    const index = current.paragraphs.length + 1;
    const id = `${current.id}-${index}`;
    const sentences = splitSentences(text).map((s, k) => ({ id: `${id}.s${k + 1}`, paragraphId: id, index: k + 1, text: s }));
    current.paragraphs.push({ id, sectionId: current.id, index, text, sentences, line: para.line });
    para = null;
  };

  const closeSection = (atLine: number, what: string) => {
    if (!current) return;
    if (current.paragraphs.length === 0) {
      if (current.heading === null) fail(atLine, `no opening paragraph before ${what}`);
      fail(current.line, `section “${current.heading}” has no paragraphs (the next thing is ${what} at line ${atLine})`);
    }
  };

  for (; i < lines.length; i++) {
    const lineNo = i + 1;
    const line = lines[i];
    const trimmed = fold(line);

    if (phase === 'title') {
      if (isBlank(line)) continue;
      if (!trimmed.startsWith('*') || trimmed.startsWith('**')) fail(lineNo, `expected the title in *emphasis*, found: ${trimmed}`);
      titleLine = lineNo;
      const parts = [trimmed];
      while (!parts[parts.length - 1].endsWith('*') || parts.join(' ') === '*') {
        i++;
        if (i >= lines.length || isBlank(lines[i])) fail(titleLine, 'the title’s *emphasis* is not closed');
        parts.push(fold(lines[i]));
      }
      fullTitle = fold(parts.join(' ').replace(/^\*|\*$/g, ''));
      phase = 'body';
      current = { id: PREAMBLE_ID, heading: null, line: lineNo + parts.length, paragraphs: [] };
      sections.push(current);
      continue;
    }

    if (phase === 'body') {
      if (isBlank(line)) {
        closeParagraph();
        continue;
      }
      if (trimmed.startsWith('***')) {
        closeParagraph();
        const parts = [trimmed.slice(3)];
        let closed = parts[0].endsWith('***');
        if (closed) parts[0] = parts[0].slice(0, -3);
        while (!closed) {
          i++;
          if (i >= lines.length || isBlank(lines[i])) fail(lineNo, 'heading is not closed with ***');
          const next = fold(lines[i]);
          closed = next.endsWith('***');
          parts.push(closed ? next.slice(0, -3) : next);
        }
        const heading = fold(parts.join(' '));
        if (!heading) fail(lineNo, 'empty heading');
        closeSection(lineNo, `the heading “${heading}”`);
        const known = SECTION_HEADINGS.findIndex((s) => s.heading === heading);
        const expected = SECTION_HEADINGS[nextHeading];
        if (known === -1) {
          fail(lineNo, `unknown heading “${heading}”; expected ${expected ? `“${expected.heading}”` : 'the date line'}`);
        }
        if (known < nextHeading) fail(lineNo, `heading “${heading}” is repeated or out of order`);
        if (known > nextHeading) fail(lineNo, `heading “${expected.heading}” is missing before “${heading}”`);
        nextHeading++;
        current = { id: SECTION_HEADINGS[known].id, heading, line: lineNo, paragraphs: [] };
        sections.push(current);
        continue;
      }
      const date = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(trimmed);
      if (date && MONTHS.includes(date[1])) {
        closeParagraph();
        closeSection(lineNo, 'the date line');
        if (nextHeading < SECTION_HEADINGS.length) {
          fail(lineNo, `heading “${SECTION_HEADINGS[nextHeading].heading}” is missing (reached the date line)`);
        }
        const iso = `${date[3]}-${String(MONTHS.indexOf(date[1]) + 1).padStart(2, '0')}-${date[2].padStart(2, '0')}`;
        if (iso !== isoDate) fail(lineNo, `printed date “${trimmed}” does not match the front matter date ${isoDate}`);
        printedDate = { text: trimmed, line: lineNo };
        phase = 'signatures';
        continue;
      }
      if (!para) para = { line: lineNo, lines: [] };
      para.lines.push(line);
      continue;
    }

    if (phase === 'signatures') {
      if (isBlank(line)) continue;
      if (/^\\?#{3}$/.test(trimmed)) {
        phase = 'end';
        continue;
      }
      const sig = /^(President|Prime Minister) (.+?) of (.+)$/.exec(trimmed);
      if (!sig) fail(lineNo, `expected a signature line ("President … of …"), found: ${trimmed}`);
      const stateAsWritten = sig[3];
      const country = SIGNATORY_STATES[stateAsWritten.replace(/^the /, '')];
      if (!country) fail(lineNo, `unknown signatory state “${stateAsWritten}”`);
      signatories.push({
        name: sig[2],
        office: sig[1],
        stateAsWritten,
        country,
        c5: (C5 as readonly string[]).includes(country),
        text: trimmed,
        line: lineNo,
      });
      continue;
    }

    // phase 'end': the closing ### marks the end of the statement.
    if (!isBlank(line)) fail(lineNo, `unexpected text after the closing ###: ${trimmed}`);
  }

  if (phase === 'title') fail(lines.length, 'no title found');
  if (phase === 'body') {
    closeParagraph();
    fail(lines.length, 'the date line above the signatures is missing');
  }
  const dateLine = printedDate!.line;
  if (signatories.length === 0) fail(dateLine, 'no signature lines after the date');
  for (const id of C5) {
    if (!signatories.some((s) => s.country === id)) fail(dateLine, `no signature for ${id}`);
  }

  const colon = fullTitle.indexOf(': ');
  if (colon < 0) fail(titleLine, `the title has no subtitle after a colon: ${fullTitle}`);

  const documentTitle = fold(front.title.value);
  const display = formatDisplayDate(isoDate);
  const title = fullTitle.slice(0, colon);
  const paragraphs: Paragraph[] = sections.flatMap((s) => s.paragraphs);

  return {
    title,
    subtitle: fullTitle.slice(colon + 2),
    fullTitle,
    documentTitle,
    released: { iso: isoDate, text: printedDate!.text, display },
    publishedTime: front.published_time?.value ?? null,
    source: { title: `${documentTitle}: ${title} (The White House, ${display})`, url: front.source_url.value },
    sections,
    paragraphs,
    signatories,
  };
}
