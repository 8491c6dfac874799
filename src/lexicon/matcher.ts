import { fold, wordCodes } from './fold';

/** What a lexicon alias points at. */
export interface AliasTarget {
  type: 'actor' | 'person' | 'place' | 'weapon' | 'item';
  id: string;
  /**
   * How the alias names its target: a name, an adjective ("russische"), a demonym noun, a capital or institution
   * standing in for a state, a surname, or an ordinary word that names a weapon only in a context of weapons ("Puma").
   */
  form: 'name' | 'adjective' | 'demonym' | 'standin' | 'short' | 'context';
}

interface Entry {
  targets: AliasTarget[];
  /** Alias ended in '*': the match runs on to the end of the word. */
  prefix: boolean;
  /** Short all-caps alias ("US", "UN"): must match with its case. */
  exact: string | null;
}

interface Node {
  next: Map<number, Node>;
  entries: Entry[] | null;
}

export interface Match {
  start: number;
  end: number;
  targets: AliasTarget[];
}

/** German inflection endings a '~' in an alias stands for. */
const INFLECTIONS = ['', 'e', 'en', 'er', 'es', 'em', 'n', 's', 'ern', 'ns'];
/** A compound may end in "-system(e)" after an item head: "Mehrfachraketenwerfersystemen". */
const SYSTEM_SUFFIX = /^(?:systemen|systeme|systems|system)/;
/** A compound of an item and a transfer noun names the item moved: "Raketen|lieferungen", "Drohnen|exporte", "Panzer|verkäufe". */
const TRANSFER_SUFFIX = /^(?:s|-)?(?:lieferungen|lieferung|exporten|exporte|export|verkaufen|verkaufe|verkauf|transporten|transporte|transport)/;
const SYSTEM_ENDINGS = ['systemen', 'systeme', 'systems', 'system'];

const isDigit = (code: number) => code >= 48 && code <= 57;
/** Letter-or-digit table, indexed directly: the scan loops run once per character of every document. */
const WORD = wordCodes();
const isWordCode = (code: number) => WORD[code] === 1;

function newNode(): Node {
  return { next: new Map(), entries: null };
}

function expand(alias: string): string[] {
  const i = alias.indexOf('~');
  if (i < 0) return [alias];
  const rest = expand(alias.slice(i + 1));
  const out: string[] = [];
  for (const suffix of INFLECTIONS) for (const r of rest) out.push(alias.slice(0, i) + suffix + r);
  return out;
}

/**
 * A trie over folded aliases. Word aliases match from a word start; compound heads
 * ("drohne~" in "Kampfdrohnen") also match inside a word, as long as they end the word.
 */
export class AliasMatcher {
  private words = newNode();
  private heads = newNode();
  /** The root's children indexed by code unit: every word start looks here first, so a plain array beats the Map. */
  private firstLevel: Array<Node | undefined> = new Array(65536).fill(undefined);
  /** The same for the reversed heads: their last code unit. */
  private lastLevel: Array<Node | undefined> = new Array(65536).fill(undefined);

  add(alias: string, target: AliasTarget, asHead = false): void {
    let a = alias.trim();
    const prefix = a.endsWith('*');
    if (prefix) a = a.slice(0, -1);
    const plain = a.replace(/~/g, '');
    const exact = /^[A-Z0-9.\-/]{1,4}$/.test(plain) && /[A-Z]/.test(plain) ? plain : null;
    for (const form of expand(a)) {
      const key = fold(form);
      if (!key) continue;
      const ex = exact === null ? null : form;
      this.insert(this.words, key, target, prefix, ex);
      this.firstLevel[key.charCodeAt(0)] = this.words.next.get(key.charCodeAt(0));
      // Heads are stored reversed and matched backwards from a word end; "Raketen" in "Raketenangriff" ends no word and is no missile.
      if (asHead) {
        const reversed = [...key].reverse().join('');
        this.insert(this.heads, reversed, target, prefix, ex);
        this.lastLevel[reversed.charCodeAt(0)] = this.heads.next.get(reversed.charCodeAt(0));
      }
    }
  }

  private insert(root: Node, key: string, target: AliasTarget, prefix: boolean, exact: string | null): void {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) node.next.set(c, (n = newNode()));
      node = n;
    }
    node.entries ??= [];
    const same = node.entries.find((e) => e.prefix === prefix && e.exact === exact);
    if (same) {
      if (!same.targets.some((t) => t.type === target.type && t.id === target.id && t.form === target.form)) same.targets.push(target);
    } else node.entries.push({ targets: [target], prefix, exact });
  }

  /**
   * Leftmost-longest, non-overlapping matches over `folded` (the folded form of `text`), word
   * by word: an alias from the word start, else a compound head that ends the word, found by
   * walking a reversed trie back from the word end.
   */
  scan(text: string, folded: string, from = 0, to = folded.length): Match[] {
    const out: Match[] = [];
    let i = from;
    while (i < to) {
      if (!isWordCode(folded.charCodeAt(i))) {
        i++;
        continue;
      }
      let wordEnd = i + 1;
      while (wordEnd < to && isWordCode(folded.charCodeAt(wordEnd))) wordEnd++;
      const match = this.longestAt(text, folded, i, to) ?? this.headOf(folded, i, wordEnd);
      if (match) out.push(match);
      i = match && match.end > wordEnd ? match.end : wordEnd;
    }
    return out;
  }

  private longestAt(text: string, folded: string, i: number, to: number): Match | null {
    let node: Node | undefined = this.firstLevel[folded.charCodeAt(i)];
    let best: Match | null = null;
    for (let j = i; j < to && node; j++) {
      if (j > i) node = node.next.get(folded.charCodeAt(j));
      if (!node || !node.entries) continue;
      for (const e of node.entries) {
        const end = this.endOf(e, text, folded, i, j + 1, to);
        // On a tie the exact alias beats a prefix one: "Nordkoreaner" (demonym) over "nordkorean*".
        if (end > 0 && (!best || end > best.end || (end === best.end && !e.prefix))) best = { start: i, end, targets: e.targets };
      }
    }
    return best;
  }

  /** The longest compound head ending word [start, end), optionally before "-system(e)": "Kampf|drohnen", "Mehrfachraketenwerfer|systemen". */
  private headOf(folded: string, start: number, end: number): Match | null {
    const whole = this.headEnding(folded, start, end, end);
    if (whole) return whole;
    for (const x of SYSTEM_ENDINGS) {
      if (end - x.length > start && folded.startsWith(x, end - x.length)) return this.headEnding(folded, start, end - x.length, end);
    }
    return null;
  }

  /** The longest head ending at `stemEnd` that starts inside the word after `start`; the match runs to `end`. */
  private headEnding(folded: string, start: number, stemEnd: number, end: number): Match | null {
    let node: Node | undefined = this.lastLevel[folded.charCodeAt(stemEnd - 1)];
    let best: Match | null = null;
    for (let j = stemEnd - 1; j > start && node; j--) {
      if (j < stemEnd - 1) node = node.next.get(folded.charCodeAt(j));
      if (node?.entries) best = { start: j, end, targets: node.entries[0].targets };
    }
    return best;
  }

  /** Where a match of entry `e` over [start, keyEnd) ends, or -1 when the word goes on. */
  private endOf(e: Entry, text: string, folded: string, start: number, keyEnd: number, to: number): number {
    if (e.exact !== null && text.slice(start, keyEnd) !== e.exact) return -1;
    let end = keyEnd;
    if (e.prefix) {
      while (end < to && isWordCode(folded.charCodeAt(end))) end++;
      return end;
    }
    // English plural of a designation ending in a digit: "F-16s", "MiG-29s", "Su-35s".
    if (isDigit(folded.charCodeAt(end - 1)) && folded[end] === 's' && !(end + 1 < to && isWordCode(folded.charCodeAt(end + 1)))) return end + 1;
    if (end < to && isWordCode(folded.charCodeAt(end))) {
      const isItem = e.targets.some((t) => t.type === 'item');
      const m = isItem ? SYSTEM_SUFFIX.exec(folded.slice(end, end + 8)) ?? TRANSFER_SUFFIX.exec(folded.slice(end, end + 12)) : null;
      if (!m) return -1;
      end += m[0].length;
      if (end < to && isWordCode(folded.charCodeAt(end))) return -1;
    }
    return end;
  }
}
