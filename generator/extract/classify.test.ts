import { describe, expect, it } from 'vitest';
import { classifyPage, eventNameOf, pageFacts } from './classify.js';
import { fence, h, include, p, quote, root, tabs } from './test-support/mdast-builders.js';

const curl = (name: string) => tabs(['cURL (Webhook)', fence('bash', `curl -d '{}' https://x/rest/1/w/${name}`)]);
const classify = (source: string, ...nodes: Parameters<typeof root>) => classifyPage(source, pageFacts(root(...nodes)));

describe('classifyPage', () => {
  it('classifies a canonical method page', () => {
    expect(classify('api-reference/crm/deals/crm-deal-add.md', h(1, 'Add Deal crm.deal.add'), quote(p('Who can execute the method: any user')), h(2, 'Method Parameters')))
      .toEqual({ kind: 'method' });
  });
  it('takes the error includes of a method for method headings in any language', () => {
    const page = (...extra: Parameters<typeof root>) => classify('api-reference/a/b/a-b-c.md', h(1, 'Сделать что-то a.b.c'), h(2, 'Как вызвать'), curl('a.b.c'), ...extra);
    expect(page().kind).toBe('concept');
    expect(page(h(2, 'Если что-то не так'), include('_includes/system-errors.md', p('x'))).kind).toBe('method');
    // A Cyrillic H2 with a Latin letter inside still reads as a method heading.
    expect(page(h(2, 'Обработка oшибок')).kind).toBe('method');
    // examples.md alone does not make a how-to page a method.
    expect(page(include('_includes/examples.md', p('x'))).kind).toBe('concept');
  });
  it('tests events first: a dotted upper-case ON tail is an event', () => {
    expect(classify('api-reference/catalog/price-type/events/catalog-price-type-on-add.md', h(1, 'Price type added CATALOG.PRICE.TYPE.ON.ADD'), h(2, 'Parameters')).kind).toBe('event');
  });
  it('recognises events by H1 tail, handler H2 and events/on-*.md path', () => {
    expect(classify('api-reference/crm/deals/events/x.md', h(1, 'Deal added onCrmDealAdd')).kind).toBe('event');
    expect(classify('api-reference/a/b.md', h(1, 'Bot deleted'), h(2, 'What the Handler Receives')).kind).toBe('event');
    expect(classify('api-reference/a/events/on-thing.md', h(1, 'Thing'), h(2, 'Parameters')).kind).toBe('event');
    expect(classify('api-reference/a/events/thing.md', h(1, 'Thing a.b'), h(2, 'Parameters')).kind).toBe('method');
  });
  it('classifies widget pages by their kind', () => {
    expect(classify('api-reference/widgets/left-menu.md', h(1, 'Left menu LEFT_MENU'))).toEqual({ kind: 'widget', widgetKind: 'placement' });
    expect(classify('api-reference/widgets/x/events/init.md', h(1, 'Initialized BackgroundCallCard::initialized'))).toEqual({ kind: 'widget', widgetKind: 'js-event' });
    expect(classify('api-reference/widgets/x/call-card-close.md', h(1, 'Close the card'), h(2, 'Command Parameters'))).toEqual({ kind: 'widget', widgetKind: 'js-command' });
    expect(classify('api-reference/widgets/ui/bx24-placement-info.md', h(1, 'Get info BX24.placement.info'), h(2, 'Method Parameters'))).toEqual({ kind: 'widget', widgetKind: 'js-sdk' });
    expect(classify('api-reference/widgets/placement-bind.md', h(1, 'Bind placement.bind'), h(2, 'Method Parameters')).kind).toBe('method');
  });
  it('classifies by path: index, fragment, outside api-reference', () => {
    expect(classify('api-reference/crm/index.md', h(1, 'CRM crm.deal.add')).kind).toBe('index');
    expect(classify('api-reference/calendar/_includes/fields.md', h(2, 'Method Parameters')).kind).toBe('fragment');
    expect(classify('_includes/system-errors.md').kind).toBe('fragment');
    expect(classify('tutorials/crm/x.md', h(1, 'Use crm.deal.add'), curl('crm.deal.add')).kind).toBe('other');
  });
  it('takes single-word methods from the cURL URL', () => {
    expect(classify('api-reference/common/system/methods.md', h(1, 'Get the List of Methods'), h(2, 'Method Parameters'), curl('methods')).kind).toBe('method');
  });
  it('does not take a dotted title without method sections for a method', () => {
    expect(classify('api-reference/chat-bots/v2/change-log.md', h(1, 'Changes in imbot.v2'), h(2, 'What changed')).kind).toBe('concept');
    expect(classify('api-reference/data-types.md', h(1, 'Data Types'), h(2, 'Scalar')).kind).toBe('concept');
  });
});

describe('classifyPage: how-to pages and widget events', () => {
  it('does not take a how-to page that calls a method in cURL for a method page', () => {
    expect(classify('api-reference/files/how-to-upload-files.md', h(1, 'How to Upload Files'), quote(p('Who can execute the method: any user')), h(2, 'Example'), curl('crm.item.update')).kind).toBe('concept');
  });
  it('needs method headings or a "Who can execute" line besides a dotted H1', () => {
    expect(classify('api-reference/chats/messages/menu.md', h(1, 'Menu for im.message.add'), h(2, 'Example'), curl('im.message.add')).kind).toBe('concept');
  });
  it('takes an older widget command page (no dotted H1, placement.call in cURL) for a widget', () => {
    expect(classify('api-reference/widgets/ui-interaction/call-card/enable-auto-close.md', h(1, 'Disable Auto-Close with enableAutoClose'), h(2, 'Method Parameters'), curl('placement.call')))
      .toEqual({ kind: 'widget', widgetKind: 'js-command' });
  });
  it('leaves a plain article under widgets/ a concept page', () => {
    expect(classify('api-reference/widgets/telephony/webrtc.md', h(1, 'WebRTC'), h(2, 'Common Mistakes')).kind).toBe('concept');
  });
  it('classifies an event page under widgets/ as a widget JS event', () => {
    expect(classify('api-reference/widgets/x/events/on-thing.md', h(1, 'Thing'), h(2, 'What the Handler Receives'))).toEqual({ kind: 'widget', widgetKind: 'js-event' });
  });
});

describe('eventNameOf', () => {
  it('reads camel-case, upper-case and dotted event names, and nothing else', () => {
    expect(eventNameOf('Deal added onCrmDealAdd')).toBe('onCrmDealAdd');
    expect(eventNameOf('Bot deleted `ONIMBOTDELETE`')).toBe('ONIMBOTDELETE');
    expect(eventNameOf('Price type added CATALOG.PRICE.TYPE.ON.ADD')).toBe('CATALOG.PRICE.TYPE.ON.ADD');
    expect(eventNameOf('Something was added')).toBeUndefined();
  });
});
