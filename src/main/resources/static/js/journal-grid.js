// The journal grid: fill marks and attendance from the keyboard alone, saving each cell at once.
// A cell shows saving, saved, retrying or refused. A save that did not land because of the network
// or a busy server is retried until it lands; a save the server refused (another user changed the
// cell, a bad value, no right) stays marked and counted until it lands or the user changes the cell.
// The status line says that all is saved only when no cell is saving, retrying or refused.
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
  var lateReasons = {};
  var active = null;
  var buffer = '';
  // Cells whose last value is on its way (saving or retrying), and cells the server refused.
  var pending = new Set();
  var refused = new Set();

  // The college's reasons of absence: by id, and by the letter that sets them in the grid.
  var absenceReasons = {};
  var reasonByMark = {};
  document.querySelectorAll('#absence-reasons li').forEach(function (li) {
    var reason = { id: Number(li.dataset.id), mark: li.dataset.mark || '', name: li.dataset.name,
      excused: li.dataset.excused === 'true', archived: li.dataset.archived === 'true' };
    absenceReasons[reason.id] = reason;
    if (reason.mark && !reason.archived) { reasonByMark[reason.mark] = reason; }
  });

  // Russian letters typed on an English layout: the physical keys of the ЙЦУКЕН layout.
  var PHYSICAL = {
    KeyQ: 'й', KeyW: 'ц', KeyE: 'у', KeyR: 'к', KeyT: 'е', KeyY: 'н', KeyU: 'г', KeyI: 'ш', KeyO: 'щ', KeyP: 'з',
    BracketLeft: 'х', BracketRight: 'ъ', KeyA: 'ф', KeyS: 'ы', KeyD: 'в', KeyF: 'а', KeyG: 'п', KeyH: 'р',
    KeyJ: 'о', KeyK: 'л', KeyL: 'д', Semicolon: 'ж', Quote: 'э', KeyZ: 'я', KeyX: 'ч', KeyC: 'с', KeyV: 'м',
    KeyB: 'и', KeyN: 'т', KeyM: 'ь', Comma: 'б', Period: 'ю'
  };

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

  function fmt(template) {
    var args = arguments;
    return template.replace(/\{(\d)\}/g, function (m, i) { return args[Number(i) + 1]; });
  }

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

  // Start on the lesson the page was opened for (just recorded or edited, or today's пара), which
  // the server chose; without one, at the latest lesson that has taken place.
  function startCell() {
    if (!matrix.length || !heads.length) { return; }
    var wanted = table.dataset.startLesson;
    var c = wanted ? heads.findIndex(function (h) { return h.dataset.lesson === wanted; }) : -1;
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

  // An attendance cell as it stands: late, absent (with its hours and reason) or present.
  function attendanceOf(td) {
    if (td.dataset.want && td._attendance) { return td._attendance; }
    var shown = td.dataset.saved;
    if (shown === 'оп') { return { kind: 'LATE' }; }
    var m = /^([а-я]+)(\d*)$/.exec(shown || '');
    if (!m) { return { kind: null }; }
    var reason = td.dataset.r ? Number(td.dataset.r) : (m[1] === 'н' ? null : (reasonByMark[m[1]] || {}).id || null);
    return { kind: 'ABSENT', hours: m[2] ? Number(m[2]) : null, reasonId: reason };
  }

  // What a keystroke means in a cell: a value to save, a pending prefix, or nothing.
  function interpret(td, head, key) {
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
    var now = attendanceOf(td);
    if (seq === 'н') { return { attendance: { kind: 'ABSENT', hours: null, reasonId: null } }; }
    // Hours keep the reason of an absence; a reason keeps the hours.
    if (/^[1-9]$/.test(key)) {
      return { attendance: { kind: 'ABSENT', hours: Number(key), reasonId: now.kind === 'ABSENT' ? now.reasonId : null } };
    }
    if (seq === 'о' || seq === 'оп') { return { attendance: { kind: 'LATE' } }; }
    if (reasonByMark[seq]) {
      return { attendance: { kind: 'ABSENT', hours: now.kind === 'ABSENT' ? now.hours : null, reasonId: reasonByMark[seq].id } };
    }
    return null;
  }

  function attendanceText(a, head) {
    if (!a.kind) { return ''; }
    if (a.kind === 'LATE') { return 'оп'; }
    var reason = a.reasonId ? absenceReasons[a.reasonId] : null;
    var mark = reason && reason.mark ? reason.mark : 'н';
    return a.hours && a.hours !== Number(head.dataset.hours) ? mark + a.hours : mark;
  }

  function lessonReason(head) {
    var lesson = head.dataset.lesson;
    if (head.dataset.late !== 'true') { return ''; }
    if (lateReasons[lesson]) { return lateReasons[lesson]; }
    var answer = window.prompt(fmt(text.reasonPrompt, ruDate(head.dataset.date)));
    if (answer && answer.trim()) { lateReasons[lesson] = answer.trim(); return lateReasons[lesson]; }
    return null;
  }

  // Saves a mark (a string) or an attendance (an object; null: present) into the cell.
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
      var a = input || { kind: null };
      request = { url: api + '/attendance', body: { lessonId: Number(head.dataset.lesson), studentId: studentId,
        kind: a.kind, hours: a.kind === 'ABSENT' ? a.hours : null, reasonId: a.kind === 'ABSENT' ? a.reasonId : null } };
      td.textContent = attendanceText(a, head);
      td._attendance = a;
    }
    request.lesson = head.dataset.lesson;
    request.shown = td.textContent;
    request.body.reason = reason || null;
    queue(td, request);
    return true;
  }

  function setState(td, state) {
    td.classList.remove('saving', 'saved', 'failed', 'retrying', 'conflict');
    if (state) { td.classList.add(state); }
  }

  // A new value for a cell: whatever was refused before no longer counts, this value is on its way.
  function queue(td, request) {
    refused.delete(td);
    td.removeAttribute('title');
    pending.add(td);
    td.dataset.want = 'true';
    td._desired = request;
    setState(td, 'saving');
    report();
    if (!td._busy) { send(td, 0); }
  }

  function settle(td, state, title) {
    td._busy = false;
    if (td._desired) { send(td, 0); return; }
    pending.delete(td);
    delete td.dataset.want;
    if (state === 'saved') { refused.delete(td); } else { refused.add(td); }
    setState(td, state);
    if (title) { td.title = title; } else { td.removeAttribute('title'); }
    report();
  }

  var lastProblem = '';

  function report() {
    var retrying = 0;
    pending.forEach(function (td) { if (td.classList.contains('retrying')) { retrying++; } });
    if (refused.size > 0) {
      var message = fmt(text.notSaved, refused.size) + (lastProblem ? ' ' + lastProblem : '');
      if (pending.size > 0) { message += ' ' + fmt(text.saving, pending.size); }
      say(message, 'error');
    } else if (retrying > 0) {
      say(fmt(text.retrying, pending.size), 'error');
    } else if (pending.size > 0) {
      say(fmt(text.saving, pending.size));
    } else {
      lastProblem = '';
      say(text.allSaved);
    }
    status.dataset.pending = String(pending.size);
    status.dataset.refused = String(refused.size);
  }

  function show(td, state) {
    td.dataset.v = state.version === null || state.version === undefined ? '-1' : String(state.version);
    td.dataset.saved = state.display || '';
    if (state.reasonId) { td.dataset.r = String(state.reasonId); } else { delete td.dataset.r; }
    var reason = state.reasonId ? absenceReasons[state.reasonId] : null;
    td.classList.toggle('excused', !!(reason && reason.excused));
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
            show(td, state);
            if (!td._desired) { td.textContent = state.display; }
            afterSave(td, state);
            settle(td, 'saved');
          });
        }
        if (res.status === 409) {
          return res.json().then(function (problem) {
            // Without the cell's current value the conflict was not about this cell: try again.
            if (!problem.current) { throw new Error('conflict elsewhere'); }
            // Someone else changed the cell: show their value, and send nothing typed over it unseen.
            var typed = td._desired ? td._desired.shown : request.shown;
            td._desired = null;
            show(td, problem.current);
            td.textContent = problem.current.display || '';
            lastProblem = fmt(text.conflict, problem.current.display || '—');
            settle(td, 'conflict', fmt(text.refusedCell, typed || '—', lastProblem));
          });
        }
        if (res.status === 400 || res.status === 403 || res.status === 404) {
          return res.json().catch(function () { return {}; }).then(function (problem) {
            if (problem.errors && problem.errors.some(function (e) { return e.field === 'reason'; })) {
              delete lateReasons[request.lesson];
            }
            if (!td._desired) { td.textContent = td.dataset.saved; }
            lastProblem = problem.detail || text.failed;
            settle(td, 'failed', fmt(text.refusedCell, request.shown || '—', lastProblem));
          });
        }
        throw new Error('HTTP ' + res.status);
      })
      .catch(function () {
        // Network down, a busy server or a lost race: keep the value and try again, later and later.
        td._desired = td._desired || request;
        td._busy = false;
        setState(td, 'retrying');
        report();
        var delay = Math.min(30000, 500 * Math.pow(2, attempt));
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
        var m = /^([а-я]+)(\d*)$/.exec(cell.dataset.saved.trim());
        if (!m || m[1] === 'оп') { return; }
        missed += m[2] ? Number(m[2]) : Number(heads[c].dataset.hours);
      });
      row.querySelector('.missed').textContent = missed;
    }
  }

  function keyOf(e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return null; }
    var k = (e.key || '').toLowerCase();
    if (k.length === 1 && !/[а-яё0-9]/.test(k) && PHYSICAL[e.code]) { return PHYSICAL[e.code]; }
    if (k === 'ё') { return 'е'; }
    return k.length === 1 ? k : null;
  }

  // Keys reach the grid when a cell has the focus, or when nothing has it (after a page load).
  document.addEventListener('keydown', function (e) {
    if (!active) { return; }
    var target = e.target;
    if (target !== document.body && !table.contains(target)) { return; }
    if (target === document.body) { matrix[active.r][active.c].focus(); }
    var td = matrix[active.r][active.c];
    switch (e.key) {
      case 'ArrowUp': e.preventDefault(); move(-1, 0); return;
      case 'ArrowDown': e.preventDefault(); move(1, 0); return;
      case 'ArrowLeft': e.preventDefault(); move(0, -1); return;
      case 'ArrowRight': e.preventDefault(); move(0, 1); return;
      case 'Enter': e.preventDefault(); if (buffer) { commitBuffer(); } else { move(1, 0); } return;
      case 'Tab': e.preventDefault(); move(0, e.shiftKey ? -1 : 1); return;
      case 'Escape': if (buffer) { buffer = ''; td.textContent = td.dataset.saved; } return;
      case 'Backspace': case 'Delete':
        e.preventDefault(); buffer = '';
        if (put(active.r, active.c, heads[active.c].dataset.kind === 'm' ? '' : null)) { move(1, 0); }
        return;
      case 'Home': e.preventDefault(); activate(active.r, 0); return;
      case 'End': e.preventDefault(); activate(active.r, heads.length - 1); return;
      default:
    }
    if (e.key === '?') { e.preventDefault(); showHistory(); return; }
    var key = keyOf(e);
    if (!key) { return; }
    e.preventDefault();
    var meaning = interpret(td, heads[active.c], key);
    if (!meaning) { buffer = ''; say(fmt(text.badKey, e.key), 'warn'); return; }
    if (meaning.pending) {
      buffer = meaning.pending;
      td.textContent = buffer + '…';
      return;
    }
    buffer = '';
    if (put(active.r, active.c, meaning.attendance || meaning.value)) { move(1, 0); }
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
      var td = matrix[active.r][active.c];
      if (head.dataset.kind === 'a') {
        var meaning = input === '' ? { attendance: null } : interpret(td, head, input);
        if (!meaning || !('attendance' in meaning)) { say(fmt(text.badKey, input), 'warn'); return; }
        buffer = '';
        if (put(active.r, active.c, meaning.attendance)) { move(1, 0); }
        return;
      }
      var fits = head.dataset.passfail === 'true' ? (input === '' || input === 'з' || input === 'нз')
        : (input === '' || /^[2-5]$/.test(input) || input === 'н/а');
      if (!fits) { say(fmt(text.badKey, input), 'warn'); return; }
      buffer = '';
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
    if (pending.size > 0 || refused.size > 0) { e.preventDefault(); e.returnValue = ''; }
  });

  startCell();
  table.dataset.ready = 'true';
}());
