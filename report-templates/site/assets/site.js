// Progressive enhancement of the site's tables: every table is complete in the HTML; with
// JavaScript the headers of a "sortable" table become buttons that sort it (aria-sort tells
// screen readers the order) and a search box filters its rows. Cells carry data-sort keys, so
// numbers sort as numbers and a missing value (empty key) sorts last in either direction.
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'en';
  var filterLabel = lang.indexOf('zh') === 0 ? '筛选' : 'Filter';

  function key(row, i) {
    var cell = row.children[i];
    if (!cell) return '';
    var k = cell.getAttribute('data-sort');
    return k === null ? cell.textContent.trim() : k;
  }

  function sortBy(table, index, th) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var numeric = rows.every(function (r) { var k = key(r, index); return k === '' || !isNaN(parseFloat(k)); });
    rows.sort(function (a, b) {
      var x = key(a, index), y = key(b, index);
      if (x === '' || y === '') return x === y ? 0 : (x === '' ? 1 : -1);
      var c = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, lang);
      return ascending ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  function enhance(table, n) {
    if (!table.tHead || !table.tBodies.length) return;
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () { sortBy(table, i, th); });
    });
    var wrap = table.parentNode;
    var box = document.createElement('div');
    box.className = 'filter';
    var id = 'filter-' + n;
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = filterLabel;
    var input = document.createElement('input');
    input.type = 'search';
    input.id = id;
    if (table.id) input.setAttribute('aria-controls', table.id);
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
    box.appendChild(label);
    box.appendChild(input);
    wrap.parentNode.insertBefore(box, wrap);
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), enhance);
  });
})();
