// Worker thread for the regex growth test: pumps each regular expression with its own words, spaces and punctuation
// at two sizes and reports the times, one message per pattern, so the test can stop a pattern that never returns.
// Plain JavaScript (no imports from src/): it receives pattern sources and flags only.
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');

const { cases, small, factor, floorMs, maxRatio } = workerData;
const PUNCTUATION = [',', ';', '.', ':', '(', ')', '"', "'", '-', '/', '\u2019', '\u201c', '\u201d', '!', '?'];

/** Literal words of a pattern: escapes, classes' ranges and quantifiers removed, runs of two letters or more kept. */
function wordsOf(source) {
  const plain = source.replace(/\\[pPu]\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\[a-zA-Z]|\{\d+(?:,\d*)?\}/g, ' ');
  const words = [...new Set(plain.match(/[A-Za-z][A-Za-z\u2019'-]*[A-Za-z]/g) ?? [])];
  return words.length > 0 ? words.slice(0, 40) : ['data', 'Provider'];
}

function punctuationOf(source) {
  const own = PUNCTUATION.filter((mark) => source.includes(mark));
  return own.length > 0 ? own : [',', '.'];
}

/** Strings of about `size` characters that repeat the pattern's own material in the shapes red-team inputs took. */
function families(source, size) {
  const words = wordsOf(source);
  const marks = punctuationOf(source);
  const fill = (unit) => (unit.length === 0 ? '' : unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
  const lone = words.slice(0, 6).map((word) => [`"${word} " repeated`, fill(`${word} `)]);
  return [
    ['its words, spaced', fill(`${words.join(' ')} `)],
    ['its words, comma lists', fill(`${words.join(', ')}, `)],
    ['its words, "and" lists', fill(`${words.join(', and ')} and `)],
    ['its words, no spaces', fill(words.join(''))],
    ...lone,
    ['a run of spaces between its words', `${words[0]}${' '.repeat(size)}${words.join(' ')}`],
    ['a run of spaces before a stray letter', `${words.join(' ')}${' '.repeat(size)}x`],
    ['its words after a run of spaces', `${' '.repeat(size)}${words.join(' ')} x`],
    ['a run of spaces between stray letters', `x${' '.repeat(size)}x`],
    ['its punctuation, spaced', fill(`${marks.join(' ')} `)],
    ['its punctuation and words', fill(words.map((word, i) => `${word}${marks[i % marks.length]} `).join(''))],
    ['one long word', `${fill('a')} .`],
  ];
}

/** A global or sticky pattern is run to its last match, as a scan would; any other is run once, as `exec` is. */
function run(regex, text) {
  if (!regex.global && !regex.sticky) return regex.exec(text);
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) if (match[0].length === 0) regex.lastIndex += 1;
  return undefined;
}

function time(regex, text, runs) {
  let best = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    run(regex, text);
    best = Math.min(best, performance.now() - started);
    if (best < floorMs / 10) break;
  }
  return best;
}

cases.forEach((item, index) => {
  parentPort.postMessage({ kind: 'start', index });
  let regex;
  try {
    regex = new RegExp(item.source, item.flags);
  } catch (error) {
    parentPort.postMessage({ kind: 'done', index, invalid: String(error) });
    return;
  }
  const offenders = [];
  const smalls = families(item.source, small);
  const larges = families(item.source, small * factor);
  smalls.forEach(([family, text], familyIndex) => {
    const large = larges[familyIndex][1];
    let largeMs = time(regex, large, 1);
    if (largeMs <= floorMs) return;
    // Slow enough to matter: measure both sizes carefully before calling it super-linear.
    const smallMs = time(regex, text, 3);
    largeMs = Math.min(largeMs, time(regex, large, 2));
    if (largeMs > floorMs && largeMs > maxRatio * smallMs) offenders.push({ family, smallMs, largeMs });
  });
  parentPort.postMessage({ kind: 'done', index, offenders });
});
parentPort.postMessage({ kind: 'finished' });
