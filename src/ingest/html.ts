/**
 * An HTML page to article fields: the text Readability finds (one paragraph a block, blank
 * lines between), its title, and the metadata pages carry (canonical URL, site name,
 * published time, language).
 */
import { Readability } from '@mozilla/readability';
import type * as Linkedom from 'linkedom' with { 'resolution-mode': 'import' };

// linkedom is an ES module that also ships a CommonJS build; its types are declared for the ESM one.
const { parseHTML }: typeof Linkedom = require('linkedom');

/** The little of the DOM this file uses (the project compiles without the DOM library). */
interface Element {
  textContent: string | null;
  parentElement: Element | null;
  closest(selector: string): Element | null;
  getAttribute(name: string): string | null;
}
interface Document {
  body: Element;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

type Fields = Record<string, string | null>;

function meta(document: Document, selector: string, attribute: string): string | null {
  return document.querySelector(selector)?.getAttribute(attribute)?.trim() || null;
}

function paragraphs(contentHtml: string): string {
  const document: Document = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`).document;
  const blocks = [...document.querySelectorAll(BLOCKS)]
    // a block inside another block is part of the outer one's text
    .filter((el) => !el.parentElement?.closest(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 0);
  return blocks.length > 0 ? blocks.join('\n\n') : (document.body.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
}

/** Below this many words, or without one full sentence, the text read is likely no article. */
const ARTICLE_MIN_WORDS = 25;

/**
 * A warning when the text Readability kept from a page looks like no article (a login, consent
 * or index page: a few words, no sentence), or null. Such a page still loads, with this said.
 */
export function thinArticleWarning(text: string): string | null {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const sentence = /\p{L}[^.!?]*[.!?](?:\s|$)/u.test(text);
  if (words >= ARTICLE_MIN_WORDS && sentence) return null;
  const excerpt = text.replace(/\s+/g, ' ').slice(0, 60);
  return `little article text: Readability kept ${words} word${words === 1 ? '' : 's'}${sentence ? '' : ' and no sentence'} ("${excerpt}${text.length > 60 ? '…' : ''}"); the page may be a login, consent or index page, not an article`;
}

/** Article fields of a page; `text` is empty when Readability finds no article. */
export function htmlArticleFields(html: string): Fields {
  const document: Document = parseHTML(html).document;
  const url = meta(document, 'link[rel="canonical"]', 'href') ?? meta(document, 'meta[property="og:url"]', 'content');
  const published = meta(document, 'meta[property="article:published_time"]', 'content');
  const article = new Readability(document as never, { charThreshold: 100 }).parse();
  return {
    text: article?.content ? paragraphs(article.content) : '',
    title: article?.title?.trim() || null,
    url,
    outlet: article?.siteName?.trim() || null,
    publishedAt: article?.publishedTime ?? published,
    language: article?.lang ?? null,
  };
}
