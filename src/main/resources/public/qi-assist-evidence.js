/*
 * QI Assist's evidence pages: the live panel follows the form as the inspector types, and the
 * measure search narrows the measures as it is typed. The pages work without this script: every
 * form posts, and the server answers with the next page.
 */
(function () {
  'use strict';

  /** The error summary is read first: give it the focus, as GOV.UK Frontend does. */
  function focusErrorSummary() {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  /** Posts the form's values, not to save them, for the panel of the draft as typed. */
  function livePanel() {
    var form = document.querySelector('form[data-live-form]');
    var panel = document.getElementById('live-panel');
    if (!form || !panel || !window.fetch || !window.URLSearchParams || !window.FormData) {
      return;
    }
    var url = panel.getAttribute('data-panel');
    var status = document.getElementById('live-panel-status');
    var timer = null;
    var sent = 0;

    function update() {
      sent += 1;
      var mine = sent;
      fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        body: new URLSearchParams(new FormData(form))
      })
        .then(function (response) {
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (html === null || mine !== sent) {
            return;
          }
          panel.innerHTML = html;
          panel.setAttribute('data-updates', String(mine));
          var grade = document.getElementById('panel-grade');
          if (status && grade && status.textContent !== grade.textContent) {
            status.textContent = 'The evidence gives: ' + grade.textContent;
          }
        })
        .catch(function () {
          // The panel keeps what it showed; saving the form still works.
        });
    }

    function soon() {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 150);
    }

    form.addEventListener('input', soon);
    form.addEventListener('change', soon);
  }

  /** Hides the measures whose words do not hold every word of the search; the chosen one stays. */
  function measureFilter() {
    var search = document.getElementById('measure-search');
    var list = document.getElementById('figure-measures');
    if (!search || !list) {
      return;
    }
    var items = list.querySelectorAll('.govuk-radios__item[data-search]');
    var hint = document.getElementById('figure-measure-hint');

    function filter() {
      var words = search.value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      var shown = 0;
      items.forEach(function (item) {
        var text = item.getAttribute('data-search');
        var chosen = item.querySelector('input:checked') !== null;
        var match = chosen || words.every(function (word) {
          return text.indexOf(word) >= 0;
        });
        item.hidden = !match;
        shown += match ? 1 : 0;
      });
      if (hint) {
        hint.textContent = shown + (shown === 1 ? ' measure' : ' measures') +
          (words.length ? " match '" + search.value.trim() + "'." : '.');
      }
    }

    search.addEventListener('input', filter);
  }

  focusErrorSummary();
  livePanel();
  measureFilter();
}());
