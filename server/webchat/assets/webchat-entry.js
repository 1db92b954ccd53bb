// Entry of the Web Chat bundle built by server/webchat/webChatBundle.ts (browser code): only what
// the page uses. Bot messages are markdown; markdown-it with html disabled turns them into safe HTML.
import ReactWebChat, { createDirectLine, createStore } from 'botframework-webchat-minimal';
import MarkdownIt from 'markdown-it';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

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

// "13 h 28": the French public-service time style. Web Chat's own formatter falls back to the
// English CLDR pattern ("2:32 PM") in the hidden text read by screen readers.
function frenchTime(iso) {
  var d = new Date(iso);
  if (isNaN(d.getTime())) return '';
  var minutes = d.getMinutes();
  return d.getHours() + ' h ' + (minutes < 10 ? '0' : '') + minutes;
}

// Timestamp of a sent activity: "Envoyé à 13 h 28" for screen readers, "13 h 28" on screen.
function activityStatusMiddleware() {
  return function (next) {
    return function (args) {
      var activity = args && args.activity;
      if (!activity || args.sendState !== 'sent' || !activity.timestamp) return next(args);
      var time = frenchTime(activity.timestamp);
      if (!time) return next(args);
      return createElement(
        'span',
        { className: 'cep-timestamp' },
        createElement('span', { className: 'fr-sr-only' }, 'Envoyé à ' + time),
        args.hideTimestamp ? null : createElement('span', { 'aria-hidden': true }, time),
      );
    };
  };
}

window.WebChat = {
  activityStatusMiddleware: activityStatusMiddleware,
  createDirectLine: createDirectLine,
  createStore: createStore,
  // The package's renderWebChat calls ReactDOM.render, which React 19 no longer has.
  renderWebChat: function (props, element) {
    var root = createRoot(element);
    root.render(createElement(ReactWebChat, props));
    return root;
  },
  renderMarkdown: function (text) {
    return markdown.render(text);
  },
};
window.dispatchEvent(new Event('cep-webchat-ready'));
