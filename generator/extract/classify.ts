/**
 * Page classes (corpus-map §1.1–1.2). Events are tested before methods because 15 event
 * H1s end in a dotted token (`CATALOG.PRICE.TYPE.ON.ADD`); widgets before methods because
 * `BX24.placement.info` looks like a method name.
 */
import type { Blockquote, Root } from 'mdast';
import { isFragment } from '../load/page-paths.js';
import type { PageKind } from '../ir/types.js';
import { flattenIncludes } from './flatten-includes.js';
import type { BoilerplateInclude } from './flatten-includes.js';
import { foldHomoglyphs } from './homoglyphs.js';
import { flatText } from './mdast-text.js';
import { cleanToken, curlCalls, nameFromH1 } from './method-identity.js';
import { h2Titles } from './page-sections.js';

export type WidgetKind = 'placement' | 'js-event' | 'js-command' | 'js-sdk';

export interface PageClass {
  kind: PageKind;
  widgetKind?: WidgetKind;
}

/** What classification looks at, gathered once per page. */
export interface PageFacts {
  h1?: string;
  h2: string[];
  curlNames: string[];
  whoCanExecute: boolean;
  whoCanSubscribe: boolean;
  /** Boilerplate fragments the page includes (error-info.md, system-errors.md, …). */
  boilerplate?: BoilerplateInclude[];
}

export function pageFacts(tree: Root): PageFacts {
  const h1Node = tree.children.find((n) => n.type === 'heading' && n.depth === 1);
  const quotes = tree.children.filter((n): n is Blockquote => n.type === 'blockquote').map((q) => flatText(q));
  const facts: PageFacts = {
    h2: h2Titles(tree).map(foldHomoglyphs),
    curlNames: curlCalls(tree.children).map((c) => c.name),
    whoCanExecute: quotes.some((q) => /who can (execute|perform|call|use)|кто может (выполнять|вызывать)/i.test(q)),
    whoCanSubscribe: quotes.some((q) => /who can subscribe|кто может подписаться/i.test(q)),
    boilerplate: flattenIncludes(tree.children).boilerplate,
  };
  if (h1Node) facts.h1 = flatText(h1Node);
  return facts;
}

const EVENT_TAIL = /^(on[A-Z0-9]\w*|On[A-Z0-9]\w*|ON[A-Z0-9_]+)$/;
const DOTTED_EVENT_TAIL = /^[A-Z0-9_]+(\.[A-Z0-9_]+)*\.ON\.[A-Z0-9_.]+$/;
/** The H2s of §1.2 (EN and RU) that only method pages have. */
const METHOD_H2 = /^(method parameters|code examples|response handling|returned data|error handling|parameters|параметры метода|примеры кода|обработка ответа|возвращаемые данные|обработка ошибок)$/i;
const HANDLER_H2 = /what (the handler receives|comes to the handler)|что (получает|приходит (в|на)) обработчик/i;

function h1Tail(h1: string | undefined): string {
  const tokens = (h1 ?? '').split(/\s+/).map(cleanToken).filter((t) => t !== '');
  return tokens[tokens.length - 1] ?? '';
}

/** The event name of an event page's H1 ("… onCrmDealAdd", "… CATALOG.PRICE.TYPE.ON.ADD"), if it has one. */
export function eventNameOf(h1: string | undefined): string | undefined {
  const tail = h1Tail(h1);
  return EVENT_TAIL.test(tail) || DOTTED_EVENT_TAIL.test(tail) ? tail : undefined;
}

export function isEventPage(source: string, facts: PageFacts): boolean {
  const tail = h1Tail(facts.h1);
  if (EVENT_TAIL.test(tail) || DOTTED_EVENT_TAIL.test(tail)) return true;
  if (facts.h2.some((t) => HANDLER_H2.test(t))) return true;
  if (facts.whoCanSubscribe && !facts.whoCanExecute) return true;
  const parts = source.split('/');
  const base = parts[parts.length - 1] ?? '';
  return /^on-.*\.md$/.test(base) && parts.includes('events');
}

export function widgetKindOf(source: string, facts: PageFacts): WidgetKind | undefined {
  if (!source.startsWith('api-reference/widgets/')) return undefined;
  const tail = h1Tail(facts.h1);
  if (/^BX24\./.test(tail)) return 'js-sdk';
  if (/^\w+::\w+$/.test(tail)) return 'js-event';
  if (facts.h2.some((t) => /^command parameters$|^параметры команды$/i.test(t))) return 'js-command';
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(tail) || facts.h2.some((t) => /where the widget is embedded|где встраивается/i.test(t))) {
    return 'placement';
  }
  return undefined;
}

export function classifyPage(source: string, facts: PageFacts): PageClass {
  if (isFragment(source)) return { kind: 'fragment' };
  if (!source.startsWith('api-reference/')) return { kind: 'other' };
  if (source.endsWith('/index.md') || source === 'api-reference/index.md') return { kind: 'index' };
  // JS-interface events of widgets look like REST events; under widgets/ the widget classes win.
  if (source.startsWith('api-reference/widgets/')) {
    const widgetKind = widgetKindOf(source, facts) ?? (isEventPage(source, facts) ? 'js-event' : undefined);
    if (widgetKind) return { kind: 'widget', widgetKind };
    // Older widget command pages have no dotted H1 but method headings, and a cURL tab that
    // calls placement.call.
    const methodShaped = facts.curlNames.length > 0 || facts.h2.some((t) => METHOD_H2.test(t));
    if (nameFromH1(facts.h1 ?? '') === undefined && methodShaped) return { kind: 'widget', widgetKind: 'js-command' };
  } else if (isEventPage(source, facts)) {
    return { kind: 'event' };
  }
  // The method headings, or the error includes only method pages pull in (the structure that
  // a translated page keeps). required.md and examples.md are not enough: field references
  // and how-to pages with cURL examples use them too.
  const methodH2 = facts.h2.some((t) => METHOD_H2.test(t))
    || (facts.boilerplate ?? []).some((b) => b === 'error-info' || b === 'error-info-v3' || b === 'system-errors');
  // How-to pages call methods in cURL examples too; a name from cURL alone needs the method headings.
  if (nameFromH1(facts.h1 ?? '') !== undefined && (methodH2 || facts.whoCanExecute)) return { kind: 'method' };
  if (facts.curlNames.length > 0 && methodH2) return { kind: 'method' };
  return { kind: 'concept' };
}
