// Starts Web Chat against this server's Direct Line. The conversation id and token are kept in
// sessionStorage (this tab only) so that a reload resumes the same conversation and Web Chat
// re-fetches its history; "Nouvelle conversation" forgets them.
(function () {
  'use strict';
  var STORAGE_KEY = 'cep-accueil.conversation';
  var domain = window.location.origin + '/v3/directline';
  var statusEl = document.getElementById('chat-status');
  var root = document.getElementById('webchat');

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.className = isError ? 'chat-status error' : 'chat-status';
  }
  function load() {
    try {
      return JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
    } catch (e) {
      return null;
    }
  }
  function save(session) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch (e) {
      /* storage refused (private mode): the conversation simply will not survive a reload */
    }
  }
  function forget() {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
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
    var saved = load();
    if (saved && saved.started && saved.conversationId && saved.token) {
      return post('/tokens/refresh', saved.token).then(
        function (r) {
          return { conversationId: r.conversationId, token: r.token, started: true };
        },
        function () {
          forget();
          return openSession();
        },
      );
    }
    return post('/tokens/generate').then(function (r) {
      return { conversationId: r.conversationId, token: r.token, started: false };
    });
  }

  var resetting = false;
  document.getElementById('nouvelle-conversation').addEventListener('click', function () {
    resetting = true;
    forget();
    window.location.reload();
  });

  if (!window.WebChat) {
    setStatus("La discussion n'a pas pu se charger. Rechargez la page ou réessayez plus tard.", true);
    return;
  }

  openSession().then(
    function (session) {
      save(session);
      var directLine = window.WebChat.createDirectLine({
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
          save(session);
          setStatus(session.resumed ? 'Conversation reprise.' : 'Vous êtes en ligne avec l\'assistant.', false);
        } else if (status === 3 || status === 5) {
          forget();
          setStatus('Cette conversation a expiré. Cliquez sur « Nouvelle conversation » pour recommencer.', true);
        } else if (status === 4) {
          setStatus('Connexion impossible pour le moment. Vérifiez votre connexion puis rechargez la page.', true);
        }
      });
      // The client refreshes its token in the background: keep the stored one current.
      function keepToken() {
        if (directLine.token && session.started && !resetting) {
          session.token = directLine.token;
          save(session);
        }
      }
      window.setInterval(keepToken, 60000);
      window.addEventListener('pagehide', keepToken);

      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          locale: 'fr-FR',
          overrideLocalizedStrings: {
            TEXT_INPUT_PLACEHOLDER: 'Écrivez votre message ici…',
          },
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
            sendBoxHeight: 48,
            rootHeight: '100%',
            primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
          },
        },
        root,
      );
    },
    function (err) {
      setStatus((err && err.userMessage) || 'Le service de discussion est momentanément indisponible. Réessayez dans quelques instants.', true);
    },
  );
})();
