// Progressive enhancement of the site: every page is complete in the HTML. With JavaScript:
// - the headers of a "sortable" table become buttons that sort it (aria-sort tells screen readers
//   the order); cells carry data-sort keys, so numbers sort as numbers and a missing value (empty
//   key) sorts last in either direction;
// - a table wider than its box gets a visible "scroll sideways" hint (the box's shaded edge is the
//   cue without JavaScript);
// - the all-units page gets its search box (also fed by the header's search form, ?q=), filters by
//   level, region and grade, and a side-by-side comparison of the ticked units.
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'en';
  var zh = lang.indexOf('zh') === 0;
  var T = zh ? {
    scroll: '表格较宽：左右滑动可查看更多列 →', shown: '显示 {0} 个，共 {1} 个单位', compare: '对比 {0}',
    measure: '项目'
  } : {
    scroll: 'Wide table: scroll sideways for more columns →', shown: '{0} of {1} units shown', compare: 'Compare {0}',
    measure: 'Measure'
  };
  function fill(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (m, i) { return args[+i]; });
  }
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function key(row, i) {
    var cell = row.children[i];
    if (!cell) return '';
    var k = cell.getAttribute('data-sort');
    return k === null ? cell.textContent.trim() : k;
  }

  function unitRows(table) {
    var rows = [];
    each(table.tBodies, function (b) { each(b.rows, function (r) { if (!r.classList.contains('group')) rows.push(r); }); });
    return rows;
  }

  function sortBy(table, index, th) {
    var rows = unitRows(table);
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var numeric = rows.every(function (r) { var k = key(r, index); return k === '' || !isNaN(parseFloat(k)); });
    rows.sort(function (a, b) {
      var x = key(a, index), y = key(b, index);
      if (x === '' || y === '') return x === y ? 0 : (x === '' ? 1 : -1);
      var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, lang);
      return ascending ? c : -c;
    });
    // A table grouped by region becomes one list once sorted: the group headings no longer apply.
    each(table.querySelectorAll('tr.group'), function (g) { g.hidden = true; });
    var body = table.tBodies[0];
    rows.forEach(function (r) { body.appendChild(r); });
    each(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  function sortable(table) {
    if (!table.tHead || !table.tBodies.length) return;
    each(table.tHead.rows[0].cells, function (th, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, i, th); });
    });
  }

  function scrollCue(wrap) {
    var hint = wrap.previousElementSibling;
    if (!hint || !hint.classList.contains('scroll-hint')) {
      hint = document.createElement('p');
      hint.className = 'scroll-hint';
      hint.textContent = T.scroll;
      wrap.parentNode.insertBefore(hint, wrap);
    }
    var over = wrap.scrollWidth > wrap.clientWidth + 1;
    wrap.classList.toggle('overflowing', over);
    hint.hidden = !over;
  }

  function unitFilter() {
    var form = document.getElementById('unit-filter');
    var table = document.getElementById('units');
    if (!form || !table) return;
    form.hidden = false;
    var q = form.elements.q, level = form.elements.level, region = form.elements.region, grade = form.elements.grade;
    var count = document.getElementById('f-count');
    var params = new URLSearchParams(window.location.search);
    if (params.get('q')) q.value = params.get('q');
    var rows = unitRows(table);
    function apply() {
      var text = q.value.trim().toLowerCase(), shown = 0;
      rows.forEach(function (r) {
        var ok = (text === '' || r.cells[0].textContent.toLowerCase().indexOf(text) >= 0)
          && (level.value === '' || r.getAttribute('data-level') === level.value)
          && (region.value === '' || (' ' + r.getAttribute('data-regions') + ' ').indexOf(' ' + region.value + ' ') >= 0)
          && (grade.value === '' || r.getAttribute('data-grade') === grade.value);
        r.hidden = !ok;
        if (ok) shown++;
      });
      each(table.tBodies, function (b) {
        var g = b.querySelector('tr.group');
        if (!g || table.querySelector('th[aria-sort]')) return;
        g.hidden = !Array.prototype.some.call(b.rows, function (r) { return r !== g && !r.hidden; });
      });
      count.textContent = fill(T.shown, shown, rows.length);
      scrollCue(table.parentNode);
    }
    [q, level, region, grade].forEach(function (el) { el.addEventListener('input', apply); el.addEventListener('change', apply); });
    form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
    apply();
    compare(table, rows);
  }

  function compare(table, rows) {
    var section = document.getElementById('compare');
    var out = document.getElementById('compare-out');
    if (!section || !out) return;
    section.hidden = false;
    var headers = Array.prototype.map.call(table.tHead.rows[0].cells, function (h) { return h.textContent.trim(); });
    rows.forEach(function (r) {
      var th = r.cells[0];
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'pick';
      box.setAttribute('aria-label', fill(T.compare, th.querySelector('a').textContent));
      th.insertBefore(box, th.firstChild);
      box.addEventListener('change', draw);
    });
    function draw() {
      var picked = rows.filter(function (r) { return r.querySelector('input.pick').checked; });
      out.textContent = '';
      if (picked.length < 2) return;
      var t = document.createElement('table');
      t.className = 'compare-table';
      var head = t.createTHead().insertRow();
      var corner = document.createElement('th');
      corner.scope = 'col';
      corner.textContent = T.measure;
      head.appendChild(corner);
      picked.forEach(function (r) {
        var h = document.createElement('th');
        h.scope = 'col';
        h.appendChild(r.cells[0].querySelector('a').cloneNode(true));
        head.appendChild(h);
      });
      var body = t.createTBody();
      for (var i = 1; i < headers.length; i++) {
        var tr = body.insertRow();
        var rh = document.createElement('th');
        rh.scope = 'row';
        rh.textContent = headers[i];
        tr.appendChild(rh);
        picked.forEach(function (r) {
          var td = tr.insertCell();
          td.className = r.cells[i].className;
          td.innerHTML = r.cells[i].innerHTML;
        });
      }
      var wrap = document.createElement('div');
      wrap.className = 'table-wrap';
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'region');
      wrap.setAttribute('aria-labelledby', 'compare-heading');
      wrap.appendChild(t);
      out.appendChild(wrap);
      scrollCue(wrap);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    each(document.querySelectorAll('table.sortable'), sortable);
    unitFilter();
    var search = document.getElementById('site-q');
    var params = new URLSearchParams(window.location.search);
    if (search && params.get('q')) search.value = params.get('q');
    function cues() { each(document.querySelectorAll('.table-wrap'), scrollCue); }
    cues();
    window.addEventListener('resize', cues);
  });
})();
