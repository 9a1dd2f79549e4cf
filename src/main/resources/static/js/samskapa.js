// Samskapa's only script. Every page works without it; it adds the CSRF header to htmx
// requests, keeps a copy of minutes being typed in this browser until the server has them,
// and asks before destructive actions. No inline script anywhere (strict CSP).
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  // htmx requests carry the CSRF token in a header (forms carry it as a hidden field).
  document.addEventListener('htmx:configRequest', function (event) {
    var header = meta('csrf-header');
    var token = meta('csrf-token');
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  // Ask before destructive actions: <form data-confirm="Are you sure?">.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  // Autosave: <textarea data-autosave="KEY" data-saved-at="EPOCH_MS">. Every keystroke is
  // kept in localStorage until the server confirms the save, so nothing typed is lost when
  // the browser closes, the network drops or the session expires.
  var STORE = 'samskapa:draft:';

  function storeKey(textarea) {
    return STORE + textarea.getAttribute('data-autosave');
  }

  function statusOf(textarea) {
    var id = textarea.getAttribute('aria-describedby');
    if (!id) {
      return null;
    }
    return document.getElementById(id.split(' ').pop());
  }

  function keepLocal(textarea) {
    try {
      localStorage.setItem(storeKey(textarea), JSON.stringify({ text: textarea.value, at: Date.now() }));
    } catch (e) {
      // Storage full or disabled: the server save still runs.
    }
  }

  function forgetLocal(textarea) {
    try {
      localStorage.removeItem(storeKey(textarea));
    } catch (e) {
      // Nothing to forget.
    }
  }

  function offerRestore(textarea) {
    var saved;
    try {
      saved = JSON.parse(localStorage.getItem(storeKey(textarea)) || 'null');
    } catch (e) {
      saved = null;
    }
    var savedAt = parseInt(textarea.getAttribute('data-saved-at') || '0', 10);
    if (!saved || saved.text === textarea.value || saved.at <= savedAt) {
      if (saved && saved.text === textarea.value) {
        forgetLocal(textarea);
      }
      return;
    }
    var notice = document.createElement('div');
    notice.className = 'notice notice-warning restore-notice';
    notice.setAttribute('role', 'alert');
    var text = document.createElement('p');
    text.textContent = textarea.getAttribute('data-restore-text') || 'Unsaved text was found in this browser.';
    var restore = document.createElement('button');
    restore.type = 'button';
    restore.className = 'button button-small';
    restore.textContent = textarea.getAttribute('data-restore-button') || 'Restore';
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'button button-small button-secondary';
    discard.textContent = textarea.getAttribute('data-discard-button') || 'Discard';
    restore.addEventListener('click', function () {
      textarea.value = saved.text;
      notice.remove();
      textarea.focus();
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    discard.addEventListener('click', function () {
      forgetLocal(textarea);
      notice.remove();
    });
    var buttons = document.createElement('div');
    buttons.className = 'button-row';
    buttons.appendChild(restore);
    buttons.appendChild(discard);
    notice.appendChild(text);
    notice.appendChild(buttons);
    textarea.parentNode.insertBefore(notice, textarea);
  }

  function initAutosave(root) {
    root.querySelectorAll('textarea[data-autosave]').forEach(function (textarea) {
      if (textarea.dataset.autosaveReady) {
        return;
      }
      textarea.dataset.autosaveReady = 'true';
      offerRestore(textarea);
      textarea.addEventListener('input', function () {
        keepLocal(textarea);
        var status = statusOf(textarea);
        if (status) {
          status.classList.remove('is-error');
          status.textContent = textarea.getAttribute('data-unsaved-text') || '';
        }
      });
    });
  }

  document.addEventListener('htmx:afterRequest', function (event) {
    var source = event.detail.elt;
    var textarea = source.matches && source.matches('textarea[data-autosave]') ? source
      : source.querySelector && source.querySelector('textarea[data-autosave]');
    if (!textarea) {
      return;
    }
    var status = statusOf(textarea);
    if (event.detail.successful) {
      forgetLocal(textarea);
      textarea.setAttribute('data-saved-at', String(Date.now()));
    } else if (status) {
      status.classList.add('is-error');
      var code = event.detail.xhr ? event.detail.xhr.status : 0;
      status.textContent = (code === 401 || code === 403)
        ? (textarea.getAttribute('data-expired-text') || 'Not saved: log in again.')
        : (textarea.getAttribute('data-failed-text') || 'Not saved.');
    }
  });

  // A failed htmx request elsewhere shows a message instead of failing silently.
  document.addEventListener('htmx:responseError', function (event) {
    var target = event.detail.target;
    if (target && target.closest && target.closest('[data-autosave-form]')) {
      return;
    }
    var code = event.detail.xhr ? event.detail.xhr.status : 0;
    if (code === 401) {
      window.location.reload();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    initAutosave(document);
  });
  document.addEventListener('htmx:load', function (event) {
    initAutosave(event.detail.elt);
  });
}());
