// Starts Web Chat against this server's Direct Line. The token request starts as soon as this small
// script runs, while the Web Chat bundle is still downloading. The conversation id and token are
// kept in sessionStorage (this tab only) so that a reload resumes the same conversation;
// "Nouvelle conversation" forgets them after a confirmation, but keeps a ticket reference visible.
(function () {
  'use strict';
  var STORAGE_KEY = 'cep-accueil.conversation';
  var REFERENCE_KEY = 'cep-accueil.reference';
  // Same alphabet as orientation/tickets/ticket.ts (no 0/O, 1/I/L).
  var REFERENCE_PATTERN = /\bCEP-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{2}\b/;
  var domain = window.location.origin + '/v3/directline';

  function byId(id) {
    return document.getElementById(id);
  }
  function read(key) {
    try {
      return JSON.parse(window.sessionStorage.getItem(key) || 'null');
    } catch (e) {
      return null;
    }
  }
  function write(key, value) {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      /* storage refused (private mode): the conversation simply will not survive a reload */
    }
  }
  function forget(key) {
    try {
      window.sessionStorage.removeItem(key);
    } catch (e) {}
  }
  function post(path, token) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    return fetch(domain + path, { method: 'POST', headers: headers, body: '{}' }).then(function (res) {
      if (!res.ok) {
        var err = new Error('HTTP ' + res.status);
        err.status = res.status;
        if (res.status !== 429) throw err;
        // Too many requests: the server's French message says to wait.
        return res.json().then(
          function (body) {
            err.userMessage = body && body.error && body.error.message;
            throw err;
          },
          function () {
            throw err;
          },
        );
      }
      return res.json();
    });
  }

  // A stored conversation is resumed with a refreshed token; an expired one starts afresh.
  function openSession() {
    var saved = read(STORAGE_KEY);
    if (saved && saved.started && saved.conversationId && saved.token) {
      return post('/tokens/refresh', saved.token).then(
        function (r) {
          return { conversationId: r.conversationId, token: r.token, started: true };
        },
        function () {
          forget(STORAGE_KEY);
          return openSession();
        },
      );
    }
    return post('/tokens/generate').then(function (r) {
      return { conversationId: r.conversationId, token: r.token, started: false };
    });
  }

  // Started now, in parallel with the bundle download.
  var sessionReady = openSession();
  var webChatReady = new Promise(function (resolve, reject) {
    if (window.WebChat) return resolve(window.WebChat);
    window.addEventListener('cep-webchat-ready', function () {
      resolve(window.WebChat);
    });
    window.setTimeout(function () {
      reject(new Error('Web Chat bundle not loaded'));
    }, 30000);
  });

  function start() {
    var statusEl = byId('chat-status');
    var root = byId('webchat');
    function setStatus(text, isError) {
      statusEl.textContent = text;
      statusEl.className = isError ? 'chat-status error' : 'chat-status';
    }

    // ---- Ticket reference, kept across "Nouvelle conversation" ----
    function showReference(reference) {
      if (!reference) return;
      byId('reference-valeur').textContent = reference;
      byId('reference-demande').hidden = false;
    }
    showReference(read(REFERENCE_KEY));
    byId('copier-reference').addEventListener('click', function () {
      var reference = read(REFERENCE_KEY);
      var done = function () {
        byId('copie-statut').textContent = 'Référence copiée.';
      };
      var failed = function () {
        byId('copie-statut').textContent = 'Copie impossible : notez la référence ' + reference + '.';
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(reference).then(done, failed);
      else failed();
    });

    // ---- "Nouvelle conversation" asks first ----
    var resetting = false;
    var dialog = byId('confirmer-nouvelle');
    byId('nouvelle-conversation').addEventListener('click', function () {
      var reference = read(REFERENCE_KEY);
      byId('confirmer-reference').hidden = !reference;
      if (reference) byId('confirmer-reference-valeur').textContent = reference;
      dialog.returnValue = '';
      dialog.showModal();
    });
    dialog.addEventListener('close', function () {
      if (dialog.returnValue !== 'confirmer') {
        byId('nouvelle-conversation').focus();
        return;
      }
      resetting = true;
      forget(STORAGE_KEY);
      window.location.reload();
    });

    Promise.all([sessionReady, webChatReady]).then(
      function (results) {
        var session = results[0];
        var WebChat = results[1];
        write(STORAGE_KEY, session);
        var directLine = WebChat.createDirectLine({
          domain: domain,
          token: session.token,
          conversationId: session.started ? session.conversationId : undefined,
          webSocket: true,
        });
        session.resumed = session.started;
        directLine.connectionStatus$.subscribe(function (status) {
          // 2 Online, 3 ExpiredToken, 4 FailedToConnect, 5 Ended (botframework-directlinejs)
          if (status === 2) {
            session.started = true;
            write(STORAGE_KEY, session);
            setStatus(session.resumed ? 'Conversation reprise.' : "Vous êtes en ligne avec l'assistant.", false);
          } else if (status === 3 || status === 5) {
            forget(STORAGE_KEY);
            setStatus('Cette conversation a expiré. Cliquez sur « Nouvelle conversation » pour recommencer.', true);
          } else if (status === 4) {
            setStatus('Connexion impossible pour le moment. Vérifiez votre connexion puis rechargez la page.', true);
          }
        });
        // The client refreshes its token in the background: keep the stored one current.
        function keepToken() {
          if (directLine.token && session.started && !resetting) {
            session.token = directLine.token;
            write(STORAGE_KEY, session);
          }
        }
        window.setInterval(keepToken, 60000);
        window.addEventListener('pagehide', keepToken);

        // A reference given by the assistant is kept for this tab and shown above the chat.
        var store = WebChat.createStore({}, function () {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
                var activity = action.payload && action.payload.activity;
                var text = activity && activity.type === 'message' && !(activity.from && activity.from.role === 'user') && typeof activity.text === 'string' ? activity.text : '';
                var match = REFERENCE_PATTERN.exec(text);
                if (match) {
                  write(REFERENCE_KEY, match[0]);
                  showReference(match[0]);
                }
              }
              return next(action);
            };
          };
        });

        WebChat.renderWebChat(
          {
            directLine: directLine,
            store: store,
            locale: 'fr-FR',
            renderMarkdown: WebChat.renderMarkdown,
            overrideLocalizedStrings: {
              TEXT_INPUT_PLACEHOLDER: 'Écrivez votre message ici…',
              ACTIVITY_STATUS_SEND_STATUS_ALT_SENT_AT: 'Envoyé à $1',
            },
            activityStatusMiddleware: WebChat.activityStatusMiddleware,
            styleOptions: {
              hideUploadButton: true,
              botAvatarInitials: 'CEP',
              userAvatarInitials: 'Moi',
              accent: '#000091',
              bubbleBackground: '#eef0fb',
              bubbleFromUserBackground: '#000091',
              bubbleFromUserTextColor: '#ffffff',
              bubbleBorderRadius: 8,
              bubbleFromUserBorderRadius: 8,
              bubbleMinWidth: 0,
              bubbleMaxWidth: 600,
              // Buttons wrap onto several lines instead of one row wider than the screen.
              suggestedActionLayout: 'flow',
              suggestedActionHeight: 40,
              sendBoxHeight: 48,
              rootHeight: '100%',
              primaryFont: 'Marianne, system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
            },
          },
          root,
        );
      },
      function (err) {
        setStatus((err && err.userMessage) || 'Le service de discussion est momentanément indisponible. Réessayez dans quelques instants.', true);
      },
    );
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
