/*
 * Search page: a small, accessible UI over the Pagefind JS API (no default UI, no CDN).
 *
 * - Bundles: each document is indexed once, from its document page: the translation and, beside it,
 *   the Chinese original, whose words the build separated with spaces (ICU's segmentation, the one
 *   Intl.Segmenter uses), so one English index serves both. A large edition splits it into shards
 *   (pagefind/, pagefind-2/, ...); each is imported as its own module, so each keeps its own result
 *   order and this script merges them (Pagefind's mergeIndex would re-sort everything by score,
 *   losing date order).
 * - Chinese queries are split into words here with Intl.Segmenter, as the build split the originals.
 * - Two texts, one entry: a document with an original on a page of its own says so in its meta
 *   (original, original_title, original_lang) and in its language filter. A result is shown as the
 *   original (linking to documents/<id>.zh.html) when the query is in Chinese or the language filter
 *   asks only for the original's language; browsing without a query lists each text it asks for,
 *   the translation and the original side by side.
 * - State lives in the URL (search.html?q=...&year=1954&sort=oldest): restored on load, one history
 *   entry per search, the back button restores the previous search.
 * - Facets are whatever filters the index reports (data-pagefind-filter="key" in the templates), with
 *   counts; FACETS below only orders and labels the known ones, so a new filter needs no change here.
 * - Every URL is computed from this script's own URL, so the site works under any sub-path and never
 *   requests anything outside itself.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var root = new URL('../', script.src); // this file is <site>/assets/search.js
  var form = document.getElementById('search-form');
  if (!form) {
    return;
  }
  var input = document.getElementById('search-q');
  var sortSelect = document.getElementById('search-sort');
  var status = document.getElementById('search-status');
  var facetsBox = document.getElementById('search-facets');
  var resultsList = document.getElementById('search-results');
  var moreButton = document.getElementById('search-more');
  var refine = document.getElementById('search-refine');
  var refineCount = document.getElementById('search-refine-count');
  var skip = document.getElementById('search-skip');
  // the facets are open beside the results on a wide screen; on a phone they wait behind "Refine",
  // so the results come first
  if (refine) {
    refine.open = window.matchMedia('(min-width: 48em)').matches;
  }

  // the page says "Search needs JavaScript" until this script runs (a <noscript> would not cover a
  // script that is blocked or fails to load)
  var noScript = document.getElementById('search-nojs');
  if (noScript) {
    noScript.hidden = true;
  }

  var PAGE_SIZE = 10;
  var HAN = /\p{Script=Han}/u;
  // the order and labels of the facets the templates are known to write; any other filter the
  // index reports (data-pagefind-filter="anything") is shown too, after these, under its own name
  var FACETS = [
    ['year', 'Year'], ['kind', 'Kind of document'], ['source', 'Source'],
    ['language', 'Language'], ['person', 'Person'], ['place', 'Place'], ['archive', 'Archive']
  ];
  var NOT_FILTERS = ['q', 'sort'];
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  var ENGLISH = 'English';
  var BUNDLES = [{ dir: 'pagefind/' }];

  function show(el, visible) {
    el.hidden = !visible;
  }

  /** The facets, their disclosure and the link that skips them, shown or hidden together. */
  function showFacets(visible) {
    show(facetsBox, visible);
    if (refine) {
      show(refine, visible);
    }
    if (skip) {
      show(skip, visible);
    }
  }

  function say(text) {
    status.textContent = text;
  }

  if (location.protocol === 'file:') {
    say('Search works only when the site is served over HTTP: browsers do not let it load its index '
      + 'from files opened on disk. Serve the site (for example with “./edition serve”) or browse the '
      + 'chronological index instead.');
    form.querySelector('button[type="submit"]').disabled = true;
    return;
  }

  // A large edition splits the index into shards (pagefind/, pagefind-2/, ...) listed in
  // search-bundles.json; every shard is searched and merged alike. Without the list, pagefind/.
  var bundlesReady = fetch(new URL('search-bundles.json', root).href)
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (list) {
      if (!list || !list.bundles || !list.bundles.length) {
        return;
      }
      BUNDLES.length = 0;
      list.bundles.forEach(function (b) {
        BUNDLES.push({ dir: b.dir });
      });
    })
    .catch(function () { /* keep pagefind/ */ });

  // Persons and places are printed in many forms (Khruschev, Chou En-lai, Khrushchev N.S.); the
  // build lists them in search-names.json with the name the edition uses, and each mention on a
  // document page carries that name (the link's indexed title). A query naming someone under any
  // form is searched as that name, so every form finds the same documents.
  var namesReady = fetch(new URL('search-names.json', root).href)
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (names) { return (names && names.forms) || {}; })
    .catch(function () { return {}; });
  var LONGEST_NAME = 6;

  /** A form as search-names.json keys it: accents dropped, lower case, no possessive, words split by single spaces. */
  function nameKey(text) {
    return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/['\u2019]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }

  /** The query with each name it holds, in any listed form, replaced by the edition's name; the query itself when it holds none. */
  function expandNames(q, forms) {
    if (!q || HAN.test(q)) {
      return { term: q, names: [] };
    }
    var words = nameKey(q).split(' ').filter(Boolean);
    var out = [];
    var names = [];
    for (var i = 0; i < words.length;) {
      var found = 0;
      for (var len = Math.min(LONGEST_NAME, words.length - i); len > 0 && !found; len--) {
        var name = forms[words.slice(i, i + len).join(' ')];
        if (name) {
          out.push(name);
          names.push(name);
          found = len;
        }
      }
      if (!found) {
        out.push(words[i]);
        found = 1;
      }
      i += found;
    }
    return names.length ? { term: out.join(' '), names: names } : { term: q, names: [] };
  }

  /* ---------- URL state ---------- */

  function stateFromUrl() {
    var params = new URLSearchParams(location.search);
    var state = { q: params.get('q') || '', sort: params.get('sort') || '', filters: {} };
    params.forEach(function (value, key) {
      // every other parameter may be a filter; knownFilters() drops those the index lacks
      if (NOT_FILTERS.indexOf(key) < 0 && value !== '') {
        (state.filters[key] = state.filters[key] || []).push(value);
      }
    });
    if (state.sort !== 'oldest' && state.sort !== 'newest') {
      state.sort = '';
    }
    return state;
  }

  function urlOf(state) {
    var params = new URLSearchParams();
    if (state.q) {
      params.append('q', state.q);
    }
    Object.keys(state.filters).sort().forEach(function (key) {
      state.filters[key].forEach(function (v) { params.append(key, v); });
    });
    if (state.sort) {
      params.append('sort', state.sort);
    }
    var query = params.toString();
    return location.pathname + (query ? '?' + query : '');
  }

  function stateFromForm() {
    var state = { q: input.value.trim(), sort: sortSelect.value, filters: {} };
    facetsBox.querySelectorAll('input[type="checkbox"]:checked').forEach(function (box) {
      (state.filters[box.name] = state.filters[box.name] || []).push(box.value);
    });
    return state;
  }

  /* ---------- Pagefind ---------- */

  function instance(bundle) {
    if (!bundle.promise) {
      bundle.promise = import(new URL(bundle.dir + 'pagefind.js', root).href)
        .then(function (pagefind) {
          return pagefind.options({ baseUrl: root.pathname, excerptLength: 24 })
            .then(function () { return pagefind.init(); })
            // loads the filter chunks once; without them Pagefind returns no facet counts
            .then(function () { return pagefind.filters(); })
            .then(function (filters) {
              bundle.filterKeys = Object.keys(filters || {});
              return pagefind;
            });
        })
        .catch(function () { return null; });
    }
    return bundle.promise;
  }

  function segmentChinese(q) {
    if (!q || /^\s*".+"\s*$/.test(q) || typeof Intl.Segmenter === 'undefined') {
      return q;
    }
    var words = [];
    var segments = new Intl.Segmenter('zh-Hans', { granularity: 'word' }).segment(q);
    for (var it = segments[Symbol.iterator](), s = it.next(); !s.done; s = it.next()) {
      if (s.value.isWordLike) {
        words.push(s.value.segment);
      }
    }
    return words.join(' ');
  }

  function pagefindFilters(filters, without) {
    var out = {};
    Object.keys(filters).forEach(function (key) {
      if (key !== without && filters[key].length) {
        out[key] = { any: filters[key] };
      }
    });
    return out;
  }

  function pagefindSort(sort) {
    // every page carries both keys; an undated page has oldest=99999999 and newest=0, so it comes
    // last in both orders instead of dropping out (Pagefind omits pages that lack the sort key)
    if (sort === 'oldest') {
      return { oldest: 'asc' };
    }
    if (sort === 'newest') {
      return { newest: 'desc' };
    }
    return undefined;
  }

  function addCounts(into, counts) {
    Object.keys(counts || {}).forEach(function (key) {
      into[key] = into[key] || {};
      Object.keys(counts[key]).forEach(function (value) {
        into[key][value] = (into[key][value] || 0) + counts[key][value];
      });
    });
  }

  /**
   * The state without URL parameters that name no filter of the index (utm_source=... must not
   * filter everything away). A filter known to one bundle only still applies to both: pages
   * without it do not match, as with any filter.
   */
  function knownFilters(state) {
    // after bundlesReady: it may replace BUNDLES by the shards, whose filterKeys are then the ones set
    return bundlesReady.then(function () { return instance(BUNDLES[0]); }).then(function () {
      var known = [];
      BUNDLES.forEach(function (b) { known = known.concat(b.filterKeys || []); });
      var filters = {};
      Object.keys(state.filters).forEach(function (key) {
        if (known.indexOf(key) >= 0) {
          filters[key] = state.filters[key];
        }
      });
      return { q: state.q, sort: state.sort, filters: filters };
    });
  }

  /** Searches every wanted bundle; facet counts of a facet ignore that facet's own selection. */
  function searchAll(state) {
    return Promise.all([bundlesReady, namesReady]).then(function (ready) {
      return searchBundles(state, expandNames(state.q || null, ready[1]));
    });
  }

  /** The languages the language filter asks for, or null when it asks for none (every text). */
  function askedLanguages(state) {
    var langs = state.filters.language || [];
    return langs.length ? langs : null;
  }

  function textWanted(state, language) {
    var langs = askedLanguages(state);
    return !langs || langs.indexOf(language) >= 0;
  }

  /**
   * The texts of a document page that the search shows: its translation, its original, or (when
   * browsing without a query) each of them that the language filter asks for.
   */
  function textsOf(state, data) {
    var original = data.meta && data.meta.original;
    var language = ((data.filters || {}).language || []).filter(function (l) { return l !== ENGLISH; })[0];
    var originalWanted = Boolean(original && language && textWanted(state, language));
    if (!state.q) {
      var texts = textWanted(state, ENGLISH) || !originalWanted ? ['translation'] : [];
      return originalWanted ? texts.concat(['original']) : texts;
    }
    return originalWanted && (HAN.test(state.q) || !textWanted(state, ENGLISH)) ? ['original'] : ['translation'];
  }

  /**
   * How many entries the results make and the language counts as the reader sees them: browsing
   * lists a document's original beside its translation; a Chinese query shows originals, so a page
   * counts as English only when it has no original.
   */
  function entries(state, hits, counts) {
    var language = counts.language || {};
    var originals = 0;
    Object.keys(language).forEach(function (l) {
      if (l !== ENGLISH && textWanted(state, l)) {
        originals += language[l];
      }
    });
    if (!state.q) {
      var translations = textWanted(state, ENGLISH) ? hits : Math.max(0, hits - originals);
      return translations + originals;
    }
    if (HAN.test(state.q) && language[ENGLISH] !== undefined) {
      language[ENGLISH] = Math.max(0, language[ENGLISH] - originals);
    }
    return hits;
  }

  function searchBundles(state, expanded) {
    var q = state.q || null;
    return Promise.all(BUNDLES.map(function (bundle) {
      return instance(bundle).then(function (pagefind) {
        if (!pagefind) {
          if (bundle === BUNDLES[0]) {
            throw new Error('The search index is missing (pagefind/): rebuild the site with search enabled.');
          }
          return null;
        }
        var term = q && HAN.test(q) ? segmentChinese(q) : expanded.term;
        var options = { filters: pagefindFilters(state.filters) };
        var sort = pagefindSort(state.sort);
        if (sort) {
          options.sort = sort;
        }
        var selected = Object.keys(state.filters).filter(function (k) { return state.filters[k].length; });
        return Promise.all([pagefind.search(term, options)].concat(selected.map(function (key) {
          return pagefind.search(term, { filters: pagefindFilters(state.filters, key) });
        }))).then(function (responses) {
          var counts = {};
          addCounts(counts, responses[0].filters);
          selected.forEach(function (key, i) {
            counts[key] = responses[i + 1].filters[key] || {};
          });
          var total = entries(state, responses[0].results.length, counts);
          return { bundle: bundle, results: responses[0].results, counts: counts, total: total };
        });
      });
    })).then(function (parts) {
      parts = parts.filter(Boolean);
      var counts = {};
      parts.forEach(function (p) { addCounts(counts, p.counts); });
      return {
        lists: parts.map(function (p) { return { bundle: p.bundle, results: p.results, next: 0 }; }),
        pending: [],
        total: parts.reduce(function (n, p) { return n + p.total; }, 0),
        counts: counts,
        names: expanded.names
      };
    });
  }

  /* ---------- merging result lists ---------- */

  function load(result) {
    if (!result.loaded) {
      result.loaded = result.data();
    }
    return result.loaded;
  }

  function dateOf(data) {
    return (data.meta && data.meta.date) || '';
  }

  /** -1 if a comes first. ISO dates sort as the chronology does (1954 < 1954-01 < 1954-01-05). */
  function compareDates(a, b, newestFirst) {
    if (!a || !b) {
      return a === b ? 0 : (a ? -1 : 1); // undated last in both orders
    }
    if (a === b) {
      return 0;
    }
    return (a < b) === !newestFirst ? -1 : 1;
  }

  /** Takes the next n entries across all lists, in the chosen order; loads what it shows. */
  function takeNext(search, sort, n) {
    var taken = [];
    function step() {
      // a page's further texts (its original after its translation) come right after it
      while (taken.length < n && search.pending.length) {
        taken.push(search.pending.shift());
      }
      if (taken.length >= n) {
        return Promise.resolve(taken);
      }
      var heads = search.lists.filter(function (l) { return l.next < l.results.length; });
      if (!heads.length) {
        return Promise.resolve(taken);
      }
      return Promise.all(heads.map(function (l) { return load(l.results[l.next]); })).then(function (data) {
        var best = 0;
        for (var i = 1; i < heads.length; i++) {
          var a = heads[i].results[heads[i].next];
          var b = heads[best].results[heads[best].next];
          var better = sort
            ? compareDates(dateOf(data[i]), dateOf(data[best]), sort === 'newest') < 0
            : a.score > b.score;
          if (better) {
            best = i;
          }
        }
        var list = heads[best];
        textsOf(search.state, data[best]).forEach(function (text) {
          search.pending.push({ bundle: list.bundle, data: data[best], text: text, query: search.state.q });
        });
        list.next++;
        return step();
      });
    }
    return step();
  }

  /* ---------- rendering ---------- */

  function dateLabel(iso) {
    var p = iso.split('-');
    if (p.length === 3) {
      return MONTHS[+p[1] - 1] + ' ' + (+p[2]) + ', ' + p[0];
    }
    if (p.length === 2) {
      return MONTHS[+p[1] - 1] + ' ' + p[0];
    }
    return p[0];
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function resultItem(hit) {
    var data = hit.data;
    var meta = data.meta || {};
    var filters = data.filters || {};
    var chinese = hit.text === 'original';
    var lang = meta.original_lang || 'zh-Hans';
    var li = el('li', { 'class': 'search-result' });
    var h = el('h2', { 'class': 'search-result-title' });
    var a = chinese
      ? el('a', { href: new URL(meta.original, root).href, lang: lang }, meta.original_title || meta.title || meta.original)
      : el('a', { href: data.url }, meta.title || data.url);
    h.appendChild(a);
    li.appendChild(h);
    var facts = [];
    if (data.meta && data.meta.date) {
      facts.push(dateLabel(data.meta.date));
    } else {
      facts.push('Undated');
    }
    (filters.kind || []).forEach(function (k) { facts.push(k); });
    if (data.meta && data.meta.number) {
      facts.push(data.meta.number);
    }
    if (chinese) {
      var language = (filters.language || []).filter(function (l) { return l !== ENGLISH; })[0] || 'Chinese';
      facts.push(language + ' original' + (meta.title ? ' of “' + meta.title + '”' : ''));
    }
    li.appendChild(el('p', { 'class': 'search-result-meta' }, facts.join(' · ')));
    var excerpt = el('p', { 'class': 'search-result-excerpt' });
    if (chinese) {
      excerpt.setAttribute('lang', lang);
    }
    if (chinese && !hit.query) {
      // browsing: Pagefind's excerpt is the page's first words, the translation's; show the original's
      excerpt.textContent = originalOpening(data.content || '', meta.original_title);
    } else {
      // Pagefind escapes the page text and adds only <mark> around the hits
      excerpt.innerHTML = chinese || HAN.test(hit.query || '') ? chineseExcerpt(data.excerpt) : data.excerpt;
    }
    li.appendChild(excerpt);
    return li;
  }

  /** The first words of the original in the page's indexed text: what follows its title, or its end. */
  function originalOpening(content, title) {
    var at = title ? content.indexOf(title) : -1;
    var text = at >= 0 ? content.slice(at + title.length) : content.slice(-120);
    var words = joinChinese(text.replace(/^[\s.]+/, '')).split(/(?=[\s\S])/u);
    return words.slice(0, 60).join('') + (words.length > 60 ? '…' : '');
  }

  /** Chinese as written: without the spaces the build put between its words for the index. */
  function joinChinese(text) {
    return text.replace(/([\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF](?:<\/?mark>)?) +(?=(?:<\/?mark>)?[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])/gu, '$1');
  }

  /**
   * Pagefind ends every block of text (a title, a paragraph) that has no full stop of its own with
   * ". ", and does not know Chinese punctuation, so Chinese excerpts read "…结束. 新华社…" or
   * "…计划。. …": after a Chinese full stop the added one goes, after a Chinese character without
   * one it becomes a space.
   */
  function chineseExcerpt(html) {
    return joinChinese(html).replace(/([\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])(<\/mark>)?\. ?/gu, function (all, ch, mark) {
      return ch + (mark || '') + (/[\u3000-\u303F\uFF00-\uFFEF]/.test(ch) ? '' : ' ');
    });
  }

  function facetValues(key, counts, selected) {
    var values = Object.keys(counts || {});
    selected.forEach(function (v) {
      if (values.indexOf(v) < 0) {
        values.push(v);
      }
    });
    return values.sort(function (a, b) {
      if (key === 'year') {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      var d = ((counts || {})[b] || 0) - ((counts || {})[a] || 0);
      return d || a.localeCompare(b);
    });
  }

  function renderFacets(state, counts) {
    // the boxes are rebuilt with new counts; keep keyboard focus on the one just toggled
    var active = document.activeElement;
    var refocus = active && facetsBox.contains(active) ? active.name + '\n' + active.value : null;
    var toFocus = null;
    facetsBox.textContent = '';
    var keys = FACETS.map(function (f) { return f[0]; });
    Object.keys(counts).concat(Object.keys(state.filters)).forEach(function (k) {
      if (keys.indexOf(k) < 0) {
        keys.push(k);
      }
    });
    keys.forEach(function (key) {
      var selected = state.filters[key] || [];
      var values = facetValues(key, counts[key], selected).filter(function (v) {
        return selected.indexOf(v) >= 0 || (counts[key] || {})[v] > 0;
      });
      if (!values.length) {
        return;
      }
      var label = (FACETS.filter(function (f) { return f[0] === key; })[0]
        || [key, key.charAt(0).toUpperCase() + key.slice(1)])[1];
      var fieldset = el('fieldset', { 'class': 'search-facet' });
      fieldset.appendChild(el('legend', null, label));
      var ul = el('ul');
      values.forEach(function (value) {
        var li = el('li');
        var lab = el('label');
        var box = el('input', { type: 'checkbox', name: key, value: value });
        box.checked = selected.indexOf(value) >= 0;
        if (refocus === key + '\n' + value) {
          toFocus = box;
        }
        lab.appendChild(box);
        lab.appendChild(document.createTextNode(' ' + value + ' '));
        lab.appendChild(el('span', { 'class': 'search-count' }, '(' + ((counts[key] || {})[value] || 0) + ')'));
        li.appendChild(lab);
        ul.appendChild(li);
      });
      fieldset.appendChild(ul);
      facetsBox.appendChild(fieldset);
    });
    showFacets(facetsBox.children.length > 0);
    var chosen = Object.keys(state.filters).reduce(function (n, k) { return n + state.filters[k].length; }, 0);
    if (refineCount) {
      refineCount.textContent = chosen ? ' (' + chosen + ' selected)' : '';
    }
    if (toFocus) {
      toFocus.focus();
    }
  }

  function describe(state, total, names) {
    var what = total === 1 ? '1 result' : total + ' results';
    var parts = [];
    if (state.q) {
      parts.push('for “' + state.q + '”' + (names && names.length
        ? ' (searched as ' + names.map(function (n) { return '“' + n + '”'; }).join(', ') + ', in all its forms)' : ''));
    }
    Object.keys(state.filters).forEach(function (k) {
      if (state.filters[k].length) {
        parts.push(k + ': ' + state.filters[k].join(' or '));
      }
    });
    if (!total) {
      return 'No results ' + parts.join(', ') + '. Try other words or remove a filter.';
    }
    return what + ' ' + parts.join(', ') + (state.sort ? ', ' + (state.sort === 'oldest' ? 'oldest' : 'newest') + ' first' : '') + '.';
  }

  /* ---------- running a search ---------- */

  var current = null; // the search whose results are on screen
  var shownSearch = null; // the query string of the search last run
  var counter = 0;

  function applyToForm(state) {
    input.value = state.q;
    sortSelect.value = state.sort;
  }

  function showMore(focusFirst) {
    var search = current;
    moreButton.disabled = true;
    return takeNext(search, search.state.sort, PAGE_SIZE).then(function (hits) {
      if (search !== current) {
        return;
      }
      var first = null;
      hits.forEach(function (hit) {
        var item = resultItem(hit);
        first = first || item;
        resultsList.appendChild(item);
      });
      search.shown += hits.length;
      moreButton.disabled = false;
      show(moreButton, search.shown < search.total);
      if (focusFirst && first) {
        first.querySelector('a').focus();
      }
    });
  }

  function hasFilters(state) {
    return Object.keys(state.filters).some(function (k) { return state.filters[k].length; });
  }

  function clear() {
    current = null;
    resultsList.textContent = '';
    facetsBox.textContent = '';
    showFacets(false);
    show(moreButton, false);
    say('');
  }

  function run(state) {
    var id = ++counter;
    shownSearch = location.search;
    if (!state.q && !hasFilters(state)) {
      clear();
      return Promise.resolve();
    }
    say('Searching…');
    return (hasFilters(state) ? knownFilters(state) : Promise.resolve(state)).then(function (known) {
      state = known;
      if (!state.q && !hasFilters(state)) {
        return null; // only parameters that are no filter of this index
      }
      return searchAll(state);
    }).then(function (search) {
      if (id !== counter) {
        return;
      }
      if (!search) {
        clear();
        return;
      }
      search.state = state;
      search.shown = 0;
      current = search;
      resultsList.textContent = '';
      renderFacets(state, search.counts);
      return showMore(false).then(function () {
        if (id === counter) {
          say(describe(state, search.total, search.names));
        }
      });
    }).catch(function (error) {
      if (id === counter) {
        say('Search failed: ' + error.message);
      }
    });
  }

  function submit(event) {
    if (event) {
      event.preventDefault();
    }
    var state = stateFromForm();
    var url = urlOf(state);
    if (url !== location.pathname + location.search) {
      history.pushState(null, '', url);
    }
    run(state);
  }

  form.addEventListener('submit', submit);
  sortSelect.addEventListener('change', function () { submit(); });
  facetsBox.addEventListener('change', function () { submit(); });
  moreButton.addEventListener('click', function () { showMore(true); });
  window.addEventListener('popstate', function () {
    if (location.search === shownSearch) {
      return; // only the fragment changed (the skip link): the results stay as they are
    }
    var state = stateFromUrl();
    applyToForm(state);
    run(state);
  });

  var initial = stateFromUrl();
  applyToForm(initial);
  run(initial);
}());
