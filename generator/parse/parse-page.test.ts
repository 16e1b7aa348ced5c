import type { Code, Heading, Paragraph, Root } from 'mdast';
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../load/docs-reader.js';
import { fileOf, nodeText } from './node-helpers.js';
import { createIncludeCache, parsePage } from './parse-page.js';
import type { YfmInclude, YfmNote, YfmTable, YfmTabs } from './yfm-nodes.js';

const parse = (text: string, files: Record<string, string> = {}, file = 'api-reference/x/page.md') =>
  parsePage(text, file, {
    readInclude: (f): ReadResult => (f in files ? { ok: true, text: files[f] as string } : { ok: false, reason: `file not found: ${f}` }),
  });

const all = (tree: Node, type: string): Node[] => {
  const out: Node[] = [];
  visitParents(tree, type, (n) => {
    out.push(n);
  });
  return out;
};
const at = (n: Node | undefined): string => `${n?.position?.start.line}:${n?.position?.start.column}`;

describe('parsePage: tables', () => {
  it('parses cells as Markdown with file positions', () => {
    const { tree, diagnostics } = parse('# T\n\n#|\n|| **Name**\n`type` | **Desc** ||\n|| **id***\n[`integer`](d.md) | The id.\n\n- one\n- two ||\n|#\n');
    expect(diagnostics).toEqual([]);
    const table = tree.children[1] as YfmTable;
    expect(table.type).toBe('yfmTable');
    expect(at(table)).toBe('3:1');
    const row = table.children[1];
    expect(row?.children.map((c) => nodeText(c))).toEqual(['id*\ninteger', 'The id.\none\ntwo']);
    const descCell = row?.children[1];
    expect(at(descCell?.children[0])).toBe('7:21'); // the paragraph after "| "
    expect(descCell?.children[1]?.type).toBe('list');
    expect(at(descCell?.children[1])).toBe('9:1');
    const para = row?.children[0]?.children[0] as Paragraph;
    expect(para.position?.start.offset).toBe('# T\n\n#|\n|| **Name**\n`type` | **Desc** ||\n|| '.length);
  });

  it('merges > into the left cell and ^ into the cell above, pads short rows', () => {
    const { tree } = parse('#|\n|| a | > | c ||\n|| ^ | ^ | d ||\n|| e ||\n|#');
    const t = tree.children[0] as YfmTable;
    const [r1, r2, r3] = t.children;
    expect(r1?.children.length).toBe(2);
    expect(r1?.children[0]?.colspan).toBe(2);
    expect(r1?.children[0]?.rowspan).toBe(2);
    expect(r2?.children.map((c) => nodeText(c))).toEqual(['d']);
    expect(r3?.children.length).toBe(3);
    expect(r3?.children[2]?.children).toEqual([]);
  });

  it('parses nested tables inside cells, 10 deep', () => {
    let src = 'x';
    for (let i = 0; i < 10; i++) src = `#|\n|| a${i} | ${src}\n||\n|#`;
    const { tree, diagnostics } = parse(src);
    expect(diagnostics).toEqual([]);
    expect(all(tree, 'yfmTable').length).toBe(10);
  });

  it('reports an unclosed table with its position and keeps the rows', () => {
    const { tree, diagnostics } = parse('text\n\n  #|\n|| a | b ||\n');
    expect(diagnostics).toMatchObject([{ code: 'unclosed-table', severity: 'error', line: 3, column: 3 }]);
    expect((tree.children[1] as YfmTable).children[0]?.children.length).toBe(2);
  });

  it('treats a fenced block in a cell as code, pipes included', () => {
    const { tree } = parse('#|\n|| a | see:\n```js\nx = a | b;\n```\n||\n|#');
    const code = all(tree, 'code')[0] as Code;
    expect(code.value).toBe('x = a | b;');
    expect(at(code)).toBe('3:1');
  });
});

describe('parsePage: fences, headings, directives', () => {
  it('builds code nodes without remark and protects YFM inside them', () => {
    const { tree } = parse('```json {x}\n#|\n{% note %}\n```\n');
    expect(tree.children).toHaveLength(1);
    const code = tree.children[0] as Code;
    expect(code).toMatchObject({ type: 'code', lang: 'json', meta: '{x}', value: '#|\n{% note %}' });
    expect(code.position?.end).toMatchObject({ line: 4, column: 4 });
  });

  it('takes {#anchor} off headings into data.id and drops {.class} suffixes', () => {
    const { tree } = parse('## Parameter fields {#fields}\n\nSent as POST {.b24-info}\n\n### {#empty}\n\n#\n');
    const [h, p, e, bare] = tree.children as [Heading, Paragraph, Heading, Heading];
    expect(h.data?.id).toBe('fields');
    expect(nodeText(h)).toBe('Parameter fields');
    expect(nodeText(p)).toBe('Sent as POST');
    expect(e).toMatchObject({ type: 'heading', depth: 3, data: { id: 'empty' }, children: [] });
    expect(bare).toMatchObject({ type: 'heading', depth: 1, children: [] });
  });

  it('parses notes (type, title) and cuts', () => {
    const { tree, diagnostics } = parse('{% note warning "DEPRECATED" %}\n\nOld.\n\n{% endnote %}\n\n{% note info %}\nx\n{% endnote %}\n{% cut "More" %}\ny\n{% endcut %}');
    expect(diagnostics).toEqual([]);
    expect(tree.children.map((c) => c.type)).toEqual(['yfmNote', 'yfmNote', 'yfmCut']);
    expect(tree.children[0]).toMatchObject({ noteType: 'warning', title: 'DEPRECATED', position: { start: { line: 1 }, end: { line: 5 } } });
    expect(tree.children[1]).toMatchObject({ noteType: 'info', title: null });
    expect(tree.children[2]).toMatchObject({ title: 'More' });
    expect(at((tree.children[0] as YfmNote).children[0])).toBe('3:1');
  });

  it('reports an unclosed note at its opening and closes it at the end', () => {
    const { tree, diagnostics } = parse('a\n\n {% note tip "" %}\n\nb\n');
    expect(diagnostics).toMatchObject([{ code: 'unclosed-directive', line: 3, column: 2, severity: 'error' }]);
    expect(tree.children[1]).toMatchObject({ type: 'yfmNote', title: '' });
    expect(nodeText(tree.children[1] as Node)).toBe('b');
  });

  it('splits tabs, dedents their content and keeps file columns', () => {
    const src = '{% list tabs %}\n\n- cURL (Webhook)\n\n    ```bash\n    curl -d x\n    ```\n\n- JS\n\n    Text\n\n    #|\n    || a | b ||\n    |#\n\n{% endlist %}\n';
    const { tree, diagnostics } = parse(src);
    expect(diagnostics).toEqual([]);
    const tabs = tree.children[0] as YfmTabs;
    expect(tabs.children.map((t) => t.label)).toEqual(['cURL (Webhook)', 'JS']);
    const code = tabs.children[0]?.children[0] as Code;
    expect(code).toMatchObject({ type: 'code', lang: 'bash', value: 'curl -d x' });
    expect(at(code)).toBe('5:5');
    const table = tabs.children[1]?.children[1] as YfmTable;
    expect(table.type).toBe('yfmTable');
    expect(at(table.children[0]?.children[1]?.children[0])).toBe('14:12');
  });

  it('treats a table inside a tab as one block: a cell fence closing on `||`, lazy cell lines', () => {
    const src = '{% list tabs %}\n\n- A\n\n    #|\n    || x | code:\n    ```js\n    a\n    ``` ||\n    || y\n[`t`](d.md) | list:\n- one\n- two ||\n    |#\n\n- B\n\n    ```\n    b\n    ```\n\n{% endlist %}\n\n{% list tabs %}\n\n- C\n\n    c\n\n{% endlist %}\n';
    const { tree, diagnostics } = parse(src);
    expect(diagnostics).toEqual([]);
    expect(tree.children.map((c) => c.type)).toEqual(['yfmTabs', 'yfmTabs']);
    const [tabs] = tree.children as [YfmTabs];
    expect(tabs.children.map((t) => t.label)).toEqual(['A', 'B']);
    const table = tabs.children[0]?.children[0] as YfmTable;
    expect(table.children).toHaveLength(2);
    expect(nodeText(table.children[1]?.children[1] as Node)).toBe('list:\none\ntwo');
  });

  it('keeps an indented fence inside its list item', () => {
    const { tree } = parse('1. Step\n\n   ```\n   {% note %}\n   ```\n');
    expect(tree.children).toHaveLength(1);
    expect(all(tree, 'code')).toHaveLength(1);
  });

  it('drops build == dev blocks, keeps other if blocks', () => {
    const { tree } = parse("{% if build == 'dev' %}\nTODO\n{% endif %}\nA\n\n{% if lang == 'en' %}\nB\n{% endif %}\n");
    expect(tree.children.map((c) => nodeText(c))).toEqual(['A', 'B']);
  });

  it('never throws on odd input', () => {
    for (const src of ['', '\n', '#|', '|#', '{% endnote %}', '{% note', '#|\n||\n', '```', '- a\n{% list tabs %}\n{% endlist %}', '#| |# ||', '\u0000']) {
      expect(() => parse(src)).not.toThrow();
      expect(parse(src).tree.type).toBe('root');
    }
  });

  it('parses a page of a few MB', () => {
    const block = '## H {#h}\n\n#|\n|| **a***\n[`int`](x.md) | d `c` | e ||\n|#\n\n{% list tabs %}\n\n- PHP\n\n    ```php\n    echo 1;\n    ```\n\n{% endlist %}\n\n';
    const big = block.repeat(Math.ceil(3_000_000 / block.length));
    const { tree, diagnostics } = parse(big);
    expect(diagnostics).toEqual([]);
    expect(tree.children.length).toBeGreaterThan(30_000);
  });
});

describe('parsePage: includes', () => {
  const files = {
    '_includes/required.md': 'Required are marked *.\n',
    'api-reference/x/_includes/fields.md': '### Item {#item}\n\n#|\n|| id | the id ||\n|#\n',
    'api-reference/a.md': '{% include [b](./b.md) %}\n',
    'api-reference/b.md': '{% include [a](/api-reference/a.html) %}\n',
  };

  it('resolves relative and root-absolute paths, with fragment positions', () => {
    const { tree, diagnostics } = parse('# P\n\n{% include [r](../../_includes/required.md) %}\n\n{% include notitle [f](/api-reference/x/_includes/fields.html) %}\n', files);
    expect(diagnostics).toEqual([]);
    const [, r, f] = tree.children as [Node, YfmInclude, YfmInclude];
    expect(r).toMatchObject({ type: 'yfmInclude', file: '_includes/required.md', title: 'r', notitle: false });
    expect(at(r)).toBe('3:1');
    expect(f).toMatchObject({ file: 'api-reference/x/_includes/fields.md', notitle: true });
    expect((f.children[0] as Heading).data?.id).toBe('item');
    const cellPara = all(f, 'paragraph')[0];
    expect(at(cellPara)).toBe('4:4');
    const files2: string[] = [];
    visitParents(tree as Root, 'paragraph', (_n, anc) => {
      files2.push(fileOf(anc, 'api-reference/x/page.md'));
    });
    expect(files2).toEqual(['_includes/required.md', 'api-reference/x/_includes/fields.md', 'api-reference/x/_includes/fields.md']);
  });

  it('reuses the cached fragment as a clone', () => {
    let reads = 0;
    const cache = createIncludeCache();
    const readInclude = (): ReadResult => {
      reads++;
      return { ok: true, text: 'frag' };
    };
    const one = parsePage('{% include [r](f.md) %}\n{% include [r](f.md) %}', 'p.md', { readInclude, cache });
    parsePage('{% include [r](f.md) %}', 'q.md', { readInclude, cache });
    expect(reads).toBe(1);
    const [a, b] = one.tree.children as [YfmInclude, YfmInclude];
    expect(a.children[0]).toEqual(b.children[0]);
    expect(a.children[0]).not.toBe(b.children[0]);
  });

  it('detects cycles, missing files and paths outside the root', () => {
    const { tree, diagnostics } = parse('{% include [a](/api-reference/a.md) %}\n{% include [m](missing.md) %}\n{% include [o](../../../etc/passwd) %}\n', files);
    const [a, m, o] = tree.children as [YfmInclude, YfmInclude, YfmInclude];
    const inner = (a.children[0] as YfmInclude).children[0] as YfmInclude;
    expect(inner.error).toMatch(/cycle/);
    expect(m.error).toMatch(/not found/);
    expect(o.error).toMatch(/outside the docs root/);
    expect(o.children).toEqual([]);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.code}`)).toEqual([
      'api-reference/b.md:1:include-failed',
      'api-reference/x/page.md:2:include-failed',
      'api-reference/x/page.md:3:include-failed',
    ]);
  });

  it('stops includes nested deeper than 8', () => {
    const chain: Record<string, string> = {};
    for (let i = 0; i < 12; i++) chain[`f${i}.md`] = `{% include [n](f${i + 1}.md) %}`;
    const { diagnostics } = parsePage('{% include [n](f0.md) %}', 'p.md', {
      readInclude: (f) => (f in chain ? { ok: true, text: chain[f] as string } : { ok: false, reason: 'missing' }),
    });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/deeper than 8/);
  });
});
