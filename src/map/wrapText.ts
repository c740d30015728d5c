// Lines of text that fit a width, for the exported picture's title card and legend: a Russian
// label is often half as long again as the English, and a card must grow down, not off its box.

/**
 * `text` broken at spaces into lines no wider than `max` (as `measure` says). A word wider than
 * `max` on its own is cut where it stops fitting, so no line ever overflows. Pure.
 */
export function wrapText(text: string, max: number, measure: (s: string) => number): string[] {
  // A number keeps its abbreviated unit or word ("2026 г.", "12 km."): no line starts with «г.».
  const glued = text.replace(/(\d) (\p{L}{1,3}\.)/gu, '$1\u00a0$2');
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    // A single word too wide for any line: cut it, character by character.
    let rest = word;
    while (measure(rest) > max && rest.length > 1) {
      let n = rest.length - 1;
      while (n > 1 && measure(rest.slice(0, n)) > max) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    return rest;
  };
  // Broken at spaces, never at the no-break space above (which \s would match).
  for (const word of glued.split(/[ \t\r\n]+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (measure(tried) <= max) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    line = push(word);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
