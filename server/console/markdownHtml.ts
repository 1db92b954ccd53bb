// Transcript messages are markdown (what the web chat renders): turned into HTML with raw HTML
// disabled, so a message can format text but never inject markup. Links are limited to http(s) and
// mailto/tel (markdown-it's validateLink already refuses javascript:, vbscript:, data: except images).
import MarkdownIt from 'markdown-it';
import { SafeHtml } from './html.js';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
markdown.disable(['image']);
const allowed = /^(https?:|mailto:|tel:)/i;
const defaultValidate = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string) => defaultValidate(url) && allowed.test(url.trim());
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  tokens[idx].attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function markdownToSafeHtml(text: string): SafeHtml {
  return new SafeHtml(markdown.render(text));
}
