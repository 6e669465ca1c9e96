/**
 * The part of VS Code's snippet syntax the snippets use: tab stops ($1, ${1}, ${1:default},
 * ${1|a,b|}), variables ($NAME, ${NAME}, ${NAME:default}) and the escapes \$ \} \\; a transform
 * (${1/re/format/}) is kept as written. Enough to fill in the document's own variables and to show
 * what a snippet inserts; anything else stays text.
 */
export type SnippetNode =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number; children?: SnippetNode[]; choices?: string[]; bare?: boolean }
  | { kind: 'variable'; name: string; children?: SnippetNode[]; bare?: boolean }
  | { kind: 'transform'; index?: number; source: string };

export function parseSnippet(source: string): SnippetNode[] {
  return new Parser(source).nodes(false);
}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  nodes(inBraces: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text });
      text = '';
    };
    while (this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === '\\' && '$}\\'.includes(this.source[this.at + 1] ?? '')) {
        text += this.source[this.at + 1];
        this.at += 2;
      } else if (c === '}' && inBraces) {
        break;
      } else if (c === '$') {
        const start = this.at;
        const node = this.dollar();
        if (node) {
          flush();
          nodes.push(node);
        } else {
          this.at = start + 1;
          text += '$';
        }
      } else {
        text += c;
        this.at++;
      }
    }
    flush();
    return nodes;
  }

  /** At a "$": a tab stop, variable or transform, or undefined when it is a plain dollar sign. */
  private dollar(): SnippetNode | undefined {
    this.at++;
    const bare = this.match(/\d+|[A-Za-z_][A-Za-z_0-9]*/y);
    if (bare !== undefined) return /^\d/.test(bare) ? { kind: 'tabstop', index: Number(bare), bare: true } : { kind: 'variable', name: bare, bare: true };
    if (this.source[this.at] !== '{') return undefined;
    const open = this.at;
    this.at++;
    const name = this.match(/\d+|[A-Za-z_][A-Za-z_0-9]*/y);
    if (name === undefined) return undefined;
    const index = /^\d/.test(name) ? Number(name) : undefined;
    const next = this.source[this.at];
    if (next === '}') {
      this.at++;
      return index !== undefined ? { kind: 'tabstop', index } : { kind: 'variable', name };
    }
    if (next === ':') {
      this.at++;
      const children = this.nodes(true);
      if (this.source[this.at] !== '}') return undefined;
      this.at++;
      return index !== undefined ? { kind: 'tabstop', index, children } : { kind: 'variable', name, children };
    }
    if (next === '|' && index !== undefined) {
      const end = this.source.indexOf('|}', this.at + 1);
      if (end < 0) return undefined;
      const choices = this.source.slice(this.at + 1, end).split(/(?<!\\),/).map((choice) => choice.replace(/\\([,|\\])/g, '$1'));
      this.at = end + 2;
      return { kind: 'tabstop', index, choices };
    }
    if (next === '/') {
      // a transform: kept as written, up to the brace that closes it
      let depth = 1;
      for (this.at++; this.at < this.source.length && depth > 0; this.at++) {
        const c = this.source[this.at];
        if (c === '\\') this.at++;
        else if (c === '{') depth++;
        else if (c === '}') depth--;
      }
      return depth === 0 ? { kind: 'transform', index, source: this.source.slice(open - 1, this.at) } : undefined;
    }
    return undefined;
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.source);
    if (!m) return undefined;
    this.at += m[0].length;
    return m[0];
  }
}

/** Text as it stands in a snippet: $, } and \ escaped. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * The snippet again, with the variables `values` knows filled in. An `own` variable that it does
 * not know gives way to its default; any other stays for the editor to fill in.
 */
export function fillVariables(nodes: SnippetNode[], values: (name: string) => string | undefined, own: (name: string) => boolean = () => false): string {
  const fill = (list: SnippetNode[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return escapeSnippetText(node.text);
          case 'tabstop':
            if (node.choices) return `\${${node.index}|${node.choices.map((c) => c.replace(/[,|\\]/g, (x) => `\\${x}`)).join(',')}|}`;
            if (node.children) return `\${${node.index}:${fill(node.children)}}`;
            return node.bare ? `$${node.index}` : `\${${node.index}}`;
          case 'variable': {
            const value = values(node.name);
            if (value !== undefined) return escapeSnippetText(value);
            if (own(node.name)) return node.children ? fill(node.children) : '';
            if (node.children) return `\${${node.name}:${fill(node.children)}}`;
            return node.bare ? `$${node.name}` : `\${${node.name}}`;
          }
          case 'transform':
            return node.source;
        }
      })
      .join('');
  return fill(nodes);
}

/** What the snippet inserts when every tab stop keeps its default: the preview a drafter reads. */
export function renderSnippet(nodes: SnippetNode[]): string {
  const defaults = new Map<number, string>();
  const render = (list: SnippetNode[]): string =>
    list
      .map((node) => {
        switch (node.kind) {
          case 'text':
            return node.text;
          case 'tabstop': {
            const text = node.choices ? node.choices[0] : node.children ? render(node.children) : (defaults.get(node.index) ?? '');
            if ((node.choices || node.children) && !defaults.has(node.index)) defaults.set(node.index, text);
            return text;
          }
          case 'variable':
            return node.children ? render(node.children) : '';
          case 'transform':
            // not applied: none of the snippets uses one
            return node.index !== undefined ? (defaults.get(node.index) ?? '') : '';
        }
      })
      .join('');
  return render(nodes);
}

