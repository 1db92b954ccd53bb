// Entry of the Web Chat bundle built by server/webchat/webChatBundle.ts (browser code): only what
// the page uses. Bot messages are markdown; markdown-it with html disabled turns them into safe HTML.
import { createDirectLine, createStore, renderWebChat } from 'botframework-webchat-minimal';
import MarkdownIt from 'markdown-it';

var markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
var defaultLinkOpen =
  markdown.renderer.rules.link_open ||
  function (tokens, idx, options, env, self) {
    return self.renderToken(tokens, idx, options);
  };
// Links from the bot open in a new tab without handing it our window.
markdown.renderer.rules.link_open = function (tokens, idx, options, env, self) {
  tokens[idx].attrSet('target', '_blank');
  tokens[idx].attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

window.WebChat = {
  createDirectLine: createDirectLine,
  createStore: createStore,
  renderWebChat: renderWebChat,
  renderMarkdown: function (text) {
    return markdown.render(text);
  },
};
window.dispatchEvent(new Event('cep-webchat-ready'));
