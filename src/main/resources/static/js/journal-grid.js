// The journal grid: fill marks and attendance from the keyboard alone, saving each cell at once.
// A cell shows saving, saved or failed; a failed save is retried until it lands and is never
// dropped silently; a cell someone else changed meanwhile shows their value (409).
(function () {
  'use strict';
  var table = document.getElementById('journal-grid');
  if (!table) { return; }
  var journalId = table.dataset.journal;
  var editable = table.dataset.editable === 'true';
  var api = '/api/v1/journals/' + journalId;
  var text = document.getElementById('grid-messages').dataset;
  var heads = Array.prototype.slice.call(table.querySelectorAll('thead tr.column-heads th'));
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
  var matrix = rows.map(function (row) { return Array.prototype.slice.call(row.querySelectorAll('td.cell')); });
  var status = document.getElementById('grid-status');
  var reasons = {};
  var active = null;
  var buffer = '';
  var unsaved = 0;

  // Russian letters typed on an English layout: the physical keys of н, з, о, а.
  var PHYSICAL = { KeyY: 'н', KeyP: 'з', KeyJ: 'о', KeyF: 'а' };

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var h = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) { h[header.content] = token.content; }
    return h;
  }

  function say(message, kind) {
    status.textContent = message || '';
    status.className = 'small mb-1 ' + (kind === 'error' ? 'text-danger' : kind === 'warn' ? 'text-warning-emphasis' : 'text-body-secondary');
  }

  function fmt(template, value) { return template.replace('{0}', value); }

  function ruDate(iso) { var p = iso.split('-'); return p[2] + '.' + p[1] + '.' + p[0]; }

  matrix.forEach(function (cells) {
    cells.forEach(function (td) { td.dataset.saved = td.textContent; td.tabIndex = -1; });
  });

  function activate(r, c, focus) {
    if (r < 0 || r >= matrix.length || c < 0 || c >= heads.length) { return; }
    if (active) { matrix[active.r][active.c].tabIndex = -1; matrix[active.r][active.c].classList.remove('active'); }
    active = { r: r, c: c };
    buffer = '';
    var td = matrix[r][c];
    td.tabIndex = 0;
    td.classList.add('active');
    if (focus !== false) { td.focus({ preventScroll: false }); }
  }

  // Start where today's lesson is, or at the latest lesson that has taken place.
  function startCell() {
    if (!matrix.length || !heads.length) { return; }
    var today = table.dataset.today;
    var c = heads.findIndex(function (h) { return h.dataset.date === today; });
    if (c < 0) {
      var last = null;
      heads.forEach(function (h) { if (h.dataset.future !== 'true') { last = h.dataset.lesson; } });
      c = last === null ? 0 : heads.findIndex(function (h) { return h.dataset.lesson === last; });
    }
    activate(0, c, editable);
  }

  function move(dr, dc) {
    if (!active) { return; }
    var r = Math.min(Math.max(active.r + dr, 0), matrix.length - 1);
    var c = Math.min(Math.max(active.c + dc, 0), heads.length - 1);
    activate(r, c);
  }

  function markDisplay(input) {
    return { '5': '5', '4': '4', '3': '3', '2': '2', 'з': 'з', 'нз': 'нз', 'н/а': 'н/а', '': '' }[input];
  }

  // What a keystroke means in a cell: a value to save, a pending prefix, or nothing.
  function interpret(head, key) {
    var seq = buffer + key;
    if (head.dataset.kind === 'm') {
      if (head.dataset.passfail === 'true') {
        if (seq === 'з') { return { value: 'з' }; }
        if (seq === 'нз') { return { value: 'нз' }; }
        if (seq === 'н') { return { pending: 'н' }; }
        return null;
      }
      if (/^[2-5]$/.test(seq)) { return { value: seq }; }
      if (seq === 'н') { return { pending: 'н' }; }
      if (seq === 'на' || seq === 'н/') { return { value: 'н/а' }; }
      return null;
    }
    if (seq === 'н') { return { value: 'н' }; }
    if (/^[1-9]$/.test(key)) { return { value: 'н' + key }; }
    if (seq === 'о' || seq === 'оп') { return { value: 'оп' }; }
    return null;
  }

  function lessonReason(head) {
    var lesson = head.dataset.lesson;
    if (head.dataset.late !== 'true') { return ''; }
    if (reasons[lesson]) { return reasons[lesson]; }
    var answer = window.prompt(fmt(text.reasonPrompt, ruDate(head.dataset.date)));
    if (answer && answer.trim()) { reasons[lesson] = answer.trim(); return reasons[lesson]; }
    return null;
  }

  function put(r, c, input) {
    var td = matrix[r][c];
    var head = heads[c];
    if (!editable) { say(text.readOnly, 'warn'); return false; }
    if (td.classList.contains('exempt')) { say(text.exempt, 'warn'); return false; }
    if (head.dataset.future === 'true') { say(text.future, 'warn'); return false; }
    var reason = lessonReason(head);
    if (reason === null) { say(fmt(text.reasonNeeded, ruDate(head.dataset.date)), 'error'); return false; }
    var studentId = Number(rows[r].dataset.student);
    var request;
    if (head.dataset.kind === 'm') {
      request = { url: api + '/marks', body: { columnId: Number(head.dataset.column), studentId: studentId, value: input || null } };
      td.textContent = markDisplay(input);
    } else {
      var body = { lessonId: Number(head.dataset.lesson), studentId: studentId, kind: null, hours: null };
      if (input === 'оп') { body.kind = 'LATE'; } else if (input && input.charAt(0) === 'н') {
        body.kind = 'ABSENT';
        body.hours = input.length > 1 ? Number(input.substring(1)) : null;
      }
      request = { url: api + '/attendance', body: body };
      td.textContent = input === 'н' || !input ? input : input;
    }
    request.body.reason = reason || null;
    queue(td, request);
    return true;
  }

  function setState(td, state) {
    td.classList.remove('saving', 'saved', 'failed', 'retrying', 'conflict');
    if (state) { td.classList.add(state); }
  }

  function queue(td, request) {
    if (!td._busy && !td._desired) { unsaved++; }
    td._desired = request;
    setState(td, 'saving');
    report();
    if (!td._busy) { send(td, 0); }
  }

  function finish(td) {
    td._busy = false;
    if (td._desired) { send(td, 0); return; }
    unsaved = Math.max(0, unsaved - 1);
    report();
  }

  function report() {
    if (unsaved > 0) { say(fmt(text.saving, unsaved)); } else if (!status.classList.contains('text-danger')) { say(text.allSaved); }
  }

  function send(td, attempt) {
    var request = td._desired;
    td._desired = null;
    td._busy = true;
    request.body.version = td.dataset.v === '-1' ? null : Number(td.dataset.v);
    fetch(request.url, { method: 'PUT', headers: csrf(), credentials: 'same-origin', body: JSON.stringify(request.body) })
      .then(function (res) {
        if (res.ok) {
          return res.json().then(function (state) {
            td.dataset.v = state.version === null ? '-1' : String(state.version);
            td.dataset.saved = state.display;
            if (!td._desired) { td.textContent = state.display; setState(td, 'saved'); }
            afterSave(td, state);
            finish(td);
          });
        }
        if (res.status === 409) {
          return res.json().then(function (problem) {
            var current = problem.current || {};
            td.dataset.v = current.version === null || current.version === undefined ? '-1' : String(current.version);
            td.dataset.saved = current.display || '';
            td.textContent = current.display || '';
            td._desired = null;
            setState(td, 'conflict');
            say(fmt(text.conflict, current.display || '—'), 'error');
            finish(td);
          });
        }
        if (res.status === 400 || res.status === 403 || res.status === 404) {
          return res.json().then(function (problem) {
            if (problem.errors && problem.errors.some(function (e) { return e.field === 'reason'; })) {
              delete reasons[request.body.lessonId];
            }
            td.textContent = td.dataset.saved;
            td._desired = null;
            setState(td, 'failed');
            say(problem.detail || text.failed, 'error');
            finish(td);
          }, function () { td.textContent = td.dataset.saved; setState(td, 'failed'); say(text.failed, 'error'); finish(td); });
        }
        throw new Error('HTTP ' + res.status);
      })
      .catch(function () {
        // Network down or server error: keep the value and try again, later and later.
        td._desired = td._desired || request;
        td._busy = false;
        setState(td, 'retrying');
        say(fmt(text.retrying, unsaved), 'error');
        var delay = Math.min(30000, 1000 * Math.pow(2, attempt));
        setTimeout(function () { if (!td._busy && td._desired) { send(td, attempt + 1); } }, delay);
      });
  }

  function afterSave(td, state) {
    var row = td.parentElement;
    if (td.classList.contains('mark')) {
      row.querySelector('.avg').textContent = state.average === null ? '' : Number(state.average).toFixed(2);
      row.querySelector('.count').textContent = state.markCount;
      td.classList.toggle('low', state.value === '2');
    } else {
      var r = rows.indexOf(row);
      var missed = 0;
      matrix[r].forEach(function (cell, c) {
        if (heads[c].dataset.kind !== 'a') { return; }
        var v = cell.textContent.trim();
        if (v === 'н') { missed += Number(heads[c].dataset.hours); } else if (/^н\d+$/.test(v)) { missed += Number(v.substring(1)); }
      });
      row.querySelector('.missed').textContent = missed;
    }
  }

  function keyOf(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return null; }
    var k = (e.key || '').toLowerCase();
    if (/^[a-z]$/.test(k) && PHYSICAL[e.code]) { return PHYSICAL[e.code]; }
    if (k === 'ё') { return 'е'; }
    return k.length === 1 ? k : null;
  }

  // Keys reach the grid when a cell has the focus, or when nothing has it (after a page load).
  document.addEventListener('keydown', function (e) {
    if (!active) { return; }
    var target = e.target;
    if (target !== document.body && !table.contains(target)) { return; }
    if (target === document.body) { matrix[active.r][active.c].focus(); }
    switch (e.key) {
      case 'ArrowUp': e.preventDefault(); move(-1, 0); return;
      case 'ArrowDown': e.preventDefault(); move(1, 0); return;
      case 'ArrowLeft': e.preventDefault(); move(0, -1); return;
      case 'ArrowRight': e.preventDefault(); move(0, 1); return;
      case 'Enter': e.preventDefault(); if (buffer) { commitBuffer(); } else { move(1, 0); } return;
      case 'Tab': e.preventDefault(); move(0, e.shiftKey ? -1 : 1); return;
      case 'Escape': buffer = ''; matrix[active.r][active.c].textContent = matrix[active.r][active.c].dataset.saved; return;
      case 'Backspace': case 'Delete': e.preventDefault(); buffer = ''; if (put(active.r, active.c, '')) { move(1, 0); } return;
      case 'Home': e.preventDefault(); activate(active.r, 0); return;
      case 'End': e.preventDefault(); activate(active.r, heads.length - 1); return;
      default:
    }
    if (e.key === '?') { e.preventDefault(); showHistory(); return; }
    var key = keyOf(e);
    if (!key) { return; }
    e.preventDefault();
    var meaning = interpret(heads[active.c], key);
    if (!meaning) { buffer = ''; say(fmt(text.badKey, e.key), 'warn'); return; }
    if (meaning.pending) {
      buffer = meaning.pending;
      matrix[active.r][active.c].textContent = buffer + '…';
      return;
    }
    buffer = '';
    if (put(active.r, active.c, meaning.value)) { move(1, 0); }
  });

  function commitBuffer() {
    var value = buffer;
    buffer = '';
    var head = heads[active.c];
    if (head.dataset.kind === 'm' && value === 'н') {
      say(text.pendingHint, 'warn');
      matrix[active.r][active.c].textContent = matrix[active.r][active.c].dataset.saved;
      return;
    }
    if (put(active.r, active.c, value)) { move(1, 0); }
  }

  table.addEventListener('click', function (e) {
    var td = e.target.closest('td.cell');
    if (!td) { return; }
    var r = rows.indexOf(td.parentElement);
    activate(r, matrix[r].indexOf(td));
  });

  var palette = document.getElementById('palette');
  if (palette) {
    palette.addEventListener('click', function (e) {
      var button = e.target.closest('button[data-input]');
      if (!button || !active) { return; }
      var input = button.dataset.input;
      var head = heads[active.c];
      var fits = head.dataset.kind === 'a' ? (input === '' || input === 'н' || input === 'оп')
        : head.dataset.passfail === 'true' ? (input === '' || input === 'з' || input === 'нз')
        : (input === '' || /^[2-5]$/.test(input) || input === 'н/а');
      if (!fits) { say(fmt(text.badKey, input), 'warn'); return; }
      if (put(active.r, active.c, input)) { move(1, 0); }
    });
  }

  function showHistory() {
    if (!active) { return; }
    var head = heads[active.c];
    var studentId = rows[active.r].dataset.student;
    var query = head.dataset.kind === 'm' ? 'kind=MARK&subjectId=' + head.dataset.column
      : 'kind=ATTENDANCE&subjectId=' + head.dataset.lesson;
    fetch(api + '/history?' + query + '&studentId=' + studentId, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (res) { return res.json(); })
      .then(function (changes) {
        var panel = document.getElementById('history-panel');
        var list = document.getElementById('history-list');
        list.textContent = '';
        if (!changes.length) { var li = document.createElement('li'); li.textContent = text.historyEmpty; list.appendChild(li); }
        changes.forEach(function (c) {
          var item = document.createElement('li');
          var when = new Date(c.changedAt).toLocaleString('ru-RU');
          item.textContent = when + ' — ' + c.changedByName + ': «' + (c.oldValue || '') + '» → «' + (c.newValue || '') + '»'
            + (c.reason ? ' (' + c.reason + ')' : '');
          list.appendChild(item);
        });
        panel.hidden = false;
      });
  }
  var historyButton = document.getElementById('cell-history-button');
  if (historyButton) { historyButton.addEventListener('click', showHistory); }

  document.querySelectorAll('button.all-present').forEach(function (button) {
    button.addEventListener('click', function () {
      fetch(api + '/lessons/' + button.dataset.lesson + '/attendance-taken', { method: 'POST', headers: csrf(), credentials: 'same-origin' })
        .then(function (res) {
          if (res.ok) { button.replaceWith(document.createTextNode(text.attendanceTaken)); } else { say(text.failed, 'error'); }
        });
    });
  });

  window.addEventListener('beforeunload', function (e) {
    if (unsaved > 0) { e.preventDefault(); e.returnValue = ''; }
  });

  startCell();
  table.dataset.ready = 'true';
}());
