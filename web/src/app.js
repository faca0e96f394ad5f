// attache dashboard. Every view reads the JSON API of `attache serve`; the filters live in
// the page URL so a view can be shared. Text from the database is untrusted: it reaches
// the page only through textContent, element properties, or esc() in chart tooltips.
'use strict';

(function () {
  const FILTER_KEYS = ['country', 'actor', 'recipient', 'type', 'quad', 'since', 'until', 'place', 'outlet', 'theme', 'q'];
  const DOC_KEYS = ['outlet', 'theme', 'since', 'until', 'q'];
  const VIEW_KEYS = ['period', 'split'];
  const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
  const QUAD_COLOURS = { 1: '#5b8def', 2: '#2e9d57', 3: '#e6a23c', 4: '#c0392b' };
  const PAGE = 25;

  const $ = (id) => document.getElementById(id);
  const form = $('filters');
  const charts = {};
  const state = { offset: 0, event: null, mention: null };
  // What each view drew, for the browser tests and for people poking at the page.
  const drawn = (window.attacheViews = {});

  function esc(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) for (const [k, v] of Object.entries(props)) {
      if (k === 'text') node.textContent = v == null ? '' : String(v);
      else if (k === 'className') node.className = v;
      else if (k === 'title') node.title = v;
      else if (k === 'onclick') node.addEventListener('click', v);
      else node.setAttribute(k, v);
    }
    for (const c of children || []) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    return node;
  }

  function status(msg) { $('status').textContent = msg || ''; }

  // ---- URL state ------------------------------------------------------------------
  function readUrl() {
    const p = new URLSearchParams(location.search);
    for (const k of FILTER_KEYS.concat(VIEW_KEYS)) {
      const input = form.elements[k];
      if (!input) continue;
      const v = p.get(k) || '';
      if (input.tagName === 'SELECT' && v && ![...input.options].some((o) => o.value === v)) {
        input.appendChild(el('option', { value: v, text: v }));
      }
      input.value = v || (k === 'period' ? 'month' : k === 'split' ? 'quad' : '');
    }
    state.offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
    state.event = p.get('event');
  }

  function currentParams() {
    const p = new URLSearchParams();
    for (const k of FILTER_KEYS.concat(VIEW_KEYS)) {
      const v = (form.elements[k].value || '').trim();
      if (v) p.set(k, v);
    }
    if (state.offset) p.set('offset', String(state.offset));
    if (state.event) p.set('event', state.event);
    return p;
  }

  function pushUrl() {
    const p = currentParams();
    const url = location.pathname + (p.toString() ? '?' + p.toString() : '');
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
  }

  // The API query for one endpoint: only the parameters it takes.
  function apiQuery(keys, extra) {
    const p = new URLSearchParams();
    for (const k of keys) {
      let v = (form.elements[k] ? form.elements[k].value : '').trim();
      if (!v) continue;
      if (k === 'q') v = ftsQuery(v);
      p.set(k, v);
    }
    for (const [k, v] of Object.entries(extra || {})) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
    return p.toString();
  }

  // Words typed in the box become quoted FTS5 terms, so punctuation cannot break the query.
  function ftsQuery(text) {
    const words = text.split(/\s+/).filter(Boolean).map((w) => '"' + w.replace(/"/g, '""') + '"');
    return words.join(' ');
  }

  async function api(path, query) {
    const res = await fetch('/api/' + path + (query ? '?' + query : ''), { headers: { Accept: 'application/json' } });
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : res.status + ' ' + res.statusText;
      throw new Error(msg);
    }
    return body;
  }

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
    return charts[id];
  }

  // Replaces a chart's option. The tooltip is hidden first: ECharts re-shows a tooltip that
  // was open, after a redraw, from the data indices it had before, which the new data may
  // not have.
  function draw(id, option) {
    const c = chart(id);
    c.dispatchAction({ type: 'hideTip' });
    c.setOption(option, { notMerge: true });
  }

  // ---- views ----------------------------------------------------------------------
  async function loadStats() {
    const s = await api('stats');
    $('stats').textContent =
      `${s.documents.toLocaleString()} articles · ${s.events.toLocaleString()} events from ${s.reports.toLocaleString()} reports · ` +
      `${s.statements.toLocaleString()} statements · ${s.outlets} outlets · ${s.first_event || '?'} – ${s.last_event || '?'}`;
    fillSelect(form.elements.type, s.types.map((t) => [t.name, `${t.name} (${t.count})`]));
    fillSelect(form.elements.outlet, s.top_outlets.map((o) => [o.name, `${o.name} (${o.count})`]));
    fillSelect(form.elements.theme, s.top_themes.map((t) => [t.name, `${t.name} (${t.count})`]));
    drawn.stats = s;
  }

  function fillSelect(select, options) {
    const keep = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const [value, label] of options) select.appendChild(el('option', { value, text: label }));
    if (keep && ![...select.options].some((o) => o.value === keep)) select.appendChild(el('option', { value: keep, text: keep }));
    select.value = keep;
  }

  async function loadTimeline() {
    const period = form.elements.period.value || 'month';
    const split = form.elements.split.value || 'quad';
    const data = await api('timeline', apiQuery(FILTER_KEYS, { period, split }));
    const periods = [...new Set(data.items.map((r) => r.period))].sort();
    const keys = [...new Set(data.items.map((r) => r.key))].sort();
    const index = new Map(periods.map((p, i) => [p, i]));
    const sums = periods.map(() => ({ g: 0, n: 0 }));
    const series = keys.map((k) => {
      const values = periods.map(() => 0);
      for (const r of data.items) if (r.key === k) {
        const i = index.get(r.period);
        values[i] = r.events;
        sums[i].g += r.goldstein_avg * r.events;
        sums[i].n += r.events;
      }
      const name = split === 'quad' ? QUADS[k] || k : k;
      return { name, type: 'bar', stack: 'events', data: values, itemStyle: split === 'quad' ? { color: QUAD_COLOURS[k] } : undefined };
    });
    series.push({
      name: 'mean Goldstein', type: 'line', yAxisIndex: 1, smooth: true, symbolSize: 4,
      data: sums.map((s) => (s.n ? +(s.g / s.n).toFixed(2) : null)), lineStyle: { color: '#333', width: 1.5 }, itemStyle: { color: '#333' },
    });
    draw('timeline', {
      tooltip: { trigger: 'axis', formatter: axisTooltip },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 45, right: 45, top: 35, bottom: 55 },
      dataZoom: [{ type: 'slider', height: 16, bottom: 8 }, { type: 'inside' }],
      xAxis: { type: 'category', data: periods },
      yAxis: [{ type: 'value', name: 'events' }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
      series,
    });
    $('timeline-note').textContent = `events per ${period}, by ${split === 'quad' ? 'quad class' : 'PLOVER type'}, with the mean Goldstein value`;
    drawn.timeline = { periods: periods.length, series: keys.length, events: data.items.reduce((a, r) => a + r.events, 0) };
  }

  function axisTooltip(params) {
    if (!params.length) return '';
    const lines = [esc(params[0].axisValueLabel)];
    for (const p of params) if (p.value !== 0 && p.value != null) lines.push(`${p.marker} ${esc(p.seriesName)}: ${esc(p.value)}`);
    return lines.join('<br>');
  }

  async function loadNetwork() {
    const data = await api('dyads', apiQuery(FILTER_KEYS, { period: 'all', limit: 300 }));
    const edges = data.items.filter((d) => d.actor !== '-' && d.recipient !== '-' && d.actor !== d.recipient);
    const weight = new Map();
    for (const e of edges) {
      weight.set(e.actor, (weight.get(e.actor) || 0) + e.events);
      weight.set(e.recipient, (weight.get(e.recipient) || 0) + e.events);
    }
    const top = [...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60);
    const keep = new Set(top.map(([n]) => n));
    const max = Math.max(1, ...top.map(([, w]) => w));
    const nodes = top.map(([name, w]) => ({ name, value: w, symbolSize: 8 + 30 * Math.sqrt(w / max) }));
    const links = edges.filter((e) => keep.has(e.actor) && keep.has(e.recipient)).map((e) => ({
      source: e.actor, target: e.recipient, value: e.events,
      conflict: e.conflict, cooperation: e.cooperation, goldstein: e.goldstein,
      lineStyle: { width: 1 + Math.min(8, Math.log2(1 + e.events)), color: e.conflict > e.cooperation ? '#c0392b' : '#2e9d57', opacity: 0.6, curveness: 0.15 },
    }));
    draw('network', {
      tooltip: {
        formatter: (p) => p.dataType === 'edge'
          ? `${esc(p.data.source)} → ${esc(p.data.target)}<br>${esc(p.data.value)} events: ${esc(p.data.cooperation)} cooperation, ${esc(p.data.conflict)} conflict<br>Goldstein sum ${esc(p.data.goldstein.toFixed(1))}`
          : `${esc(p.name)}: ${esc(p.value)} events`,
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, data: nodes, links,
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
        label: { show: true, position: 'right', fontSize: 11 },
        force: { repulsion: 160, edgeLength: [40, 140], gravity: 0.08 },
        itemStyle: { color: '#1f5f9e' }, emphasis: { focus: 'adjacency' },
      }],
    });
    drawn.network = { nodes: nodes.length, edges: links.length };
  }

  let worldReady = null;
  function ensureWorld() {
    if (!worldReady) {
      worldReady = fetch('/assets/countries-110m.json').then((r) => r.json()).then((topo) => {
        echarts.registerMap('world', topojson.feature(topo, topo.objects.countries));
      });
    }
    return worldReady;
  }

  async function loadMap() {
    await ensureWorld();
    const data = await api('places', apiQuery(FILTER_KEYS, { limit: 2000 }));
    const max = Math.max(1, ...data.items.map((p) => p.events));
    const points = data.items.map((p) => ({
      name: p.name, value: [p.lon, p.lat, p.events], goldstein: p.goldstein_avg,
      cooperation: p.cooperation, conflict: p.conflict, mentions: p.mentions,
      symbolSize: 5 + 25 * Math.sqrt(p.events / max),
    }));
    draw('map', {
      tooltip: {
        formatter: (p) => p.data ? `${esc(p.name)}<br>${esc(p.data.value[2])} events (${esc(p.data.cooperation)} cooperation, ${esc(p.data.conflict)} conflict)<br>mean Goldstein ${esc(p.data.goldstein.toFixed(1))}` : esc(p.name),
      },
      visualMap: { type: 'continuous', min: -10, max: 10, dimension: 3, calculable: false, orient: 'horizontal', left: 10, bottom: 5, itemHeight: 80, text: ['cooperation', 'conflict'], inRange: { color: ['#c0392b', '#e6a23c', '#bbbbbb', '#5b8def', '#2e9d57'] } },
      geo: { map: 'world', roam: true, boundingCoords: bounds(points), itemStyle: { areaColor: '#eef1f4', borderColor: '#b7c0c9' }, emphasis: { disabled: true } },
      series: [{ type: 'scatter', coordinateSystem: 'geo', data: points.map((p) => ({ ...p, value: [...p.value, p.goldstein] })), encode: { lng: 0, lat: 1 } }],
    });
    drawn.map = { places: points.length };
  }

  // The view box around the places drawn (the whole world when there are none).
  function bounds(points) {
    if (!points.length) return [[-180, 84], [180, -60]];
    const lons = points.map((p) => p.value[0]);
    const lats = points.map((p) => p.value[1]);
    let [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
    const padLon = Math.max(12, (e - w) * 0.15);
    const padLat = Math.max(8, (n - s) * 0.15);
    return [[Math.max(-180, w - padLon), Math.min(85, n + padLat)], [Math.min(180, e + padLon), Math.max(-60, s - padLat)]];
  }

  async function loadNarratives() {
    const period = form.elements.period.value || 'month';
    const chosen = form.elements.theme.value;
    const data = await api('themes', apiQuery(DOC_KEYS, { period }));
    // One theme by outlet when a theme is chosen; otherwise the leading themes.
    const byTheme = new Map();
    for (const r of data.items) byTheme.set(r.label, (byTheme.get(r.label) || 0) + r.mentions);
    const theme = chosen && byTheme.has(chosen) ? chosen : null;
    const periods = [...new Set(data.items.map((r) => r.period))].sort();
    const index = new Map(periods.map((p, i) => [p, i]));
    const groups = new Map();
    for (const r of data.items) {
      if (theme && r.label !== theme) continue;
      const key = theme ? r.outlet || '(no outlet)' : r.label;
      if (!groups.has(key)) groups.set(key, periods.map(() => 0));
      groups.get(key)[index.get(r.period)] += r.mentions;
    }
    const ranked = [...groups.entries()].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0)).slice(0, 10);
    draw('narratives', {
      tooltip: { trigger: 'axis', formatter: axisTooltip },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 40, right: 20, top: 50, bottom: 30 },
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: 'mentions' },
      series: ranked.map(([name, values]) => ({ name, type: 'line', symbolSize: 4, data: values })),
    });
    $('narrative-note').textContent = theme ? `“${theme}” by outlet, mentions per ${period}` : `leading themes, mentions per ${period}; choose a theme to compare outlets`;
    const first = await api('themes/first-use', apiQuery(DOC_KEYS, { limit: 1000 }));
    const labelOf = new Map(data.items.map((r) => [r.theme, r.label]));
    const rows = first.items.filter((r) => !theme || labelOf.get(r.theme) === theme || r.theme === theme)
      .sort((a, b) => String(a.first).localeCompare(String(b.first))).slice(0, 60);
    const tbody = $('first-use').tBodies[0];
    tbody.replaceChildren(...rows.map((r) => el('tr', null, [
      el('td', { text: (theme ? '' : (labelOf.get(r.theme) || r.theme) + ' · ') + (r.outlet || '—') }),
      el('td', { text: r.first || '—' }),
      el('td', null, [el('button', { type: 'button', className: 'link', text: r.title || r.document, onclick: () => openArticle(r.document, null) })]),
    ])));
    drawn.narratives = { series: ranked.length, firstUse: rows.length };
  }

  async function loadEvents() {
    const data = await api('events', apiQuery(FILTER_KEYS, { limit: PAGE, offset: state.offset }));
    const tbody = $('events').tBodies[0];
    tbody.replaceChildren(...data.items.map((e) => {
      const tr = el('tr', { 'data-id': e.id, onclick: () => selectEvent(e.id) }, [
        el('td', { text: e.date || '—' }),
        el('td', null, [el('span', { className: 'badge q' + e.quad_class, text: e.type, title: QUADS[e.quad_class] || '' })]),
        el('td', { text: e.cameo }),
        el('td', { text: e.actors || '—' }),
        el('td', { text: e.recipients || '—' }),
        el('td', { text: e.location || '—' }),
        el('td', { text: e.goldstein.toFixed(1) }),
        el('td', { text: e.num_mentions }),
        el('td', { text: e.num_sources }),
      ]);
      if (e.id === state.event) tr.classList.add('selected');
      return tr;
    }));
    const total = data.total || 0;
    $('events-note').textContent = `${total.toLocaleString()} matching, newest first`;
    $('page').textContent = total ? `${state.offset + 1}–${Math.min(total, state.offset + PAGE)} of ${total.toLocaleString()}` : 'none';
    $('prev').disabled = state.offset === 0;
    $('next').disabled = state.offset + PAGE >= total;
    drawn.events = { rows: data.items.length, total };
  }

  async function selectEvent(id) {
    state.event = id;
    pushUrl();
    for (const tr of $('events').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.id === id);
    await showEvent(id);
  }

  async function showEvent(id) {
    const data = await api('events/' + encodeURIComponent(id));
    const e = data.event;
    $('detail').hidden = false;
    $('detail-title').textContent = `${e.type} (CAMEO ${e.cameo}) · ${e.actors || '—'} → ${e.recipients || '—'} · ${e.date || 'undated'}`;
    $('event-summary').replaceChildren(el('p', null, [
      el('span', { className: 'badge q' + e.quad_class, text: QUADS[e.quad_class] || '' }),
      ` Goldstein ${e.goldstein.toFixed(1)} · ${e.location || 'no place'} · ${e.num_mentions} reports in ${e.num_articles} articles from ${e.num_sources} sources`,
    ]));
    const tbody = $('mentions').tBodies[0];
    tbody.replaceChildren(...data.mentions.map((m) => el('tr', { 'data-id': m.id, onclick: () => openArticle(m.document, m.id) }, [
      el('td', { text: m.published || '—' }),
      el('td', { text: m.outlet || '—' }),
      el('td', { text: m.title || m.document }),
      el('td', { text: m.modality }),
      el('td', { text: m.rule }),
    ])));
    drawn.detail = { mentions: data.mentions.length };
    if (data.mentions.length) await openArticle(data.mentions[0].document, data.mentions[0].id);
  }

  // Shows an article with its highlights; `mentionId` (`<key>:<n>`) marks one event.
  async function openArticle(key, mentionId) {
    const data = await api('articles/' + encodeURIComponent(key));
    const a = data.article;
    $('detail').hidden = false;
    if (!mentionId) {
      $('detail-title').textContent = '';
      $('event-summary').replaceChildren();
      $('mentions').tBodies[0].replaceChildren();
    }
    for (const tr of $('mentions').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.id === mentionId);
    $('article-title').textContent = a.title || '(untitled)';
    const meta = [a.outlet, a.published].filter(Boolean).join(' · ');
    $('article-meta').replaceChildren(document.createTextNode(meta));
    if (a.url && /^https?:\/\//i.test(a.url)) {
      $('article-meta').append(' · ', el('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank', text: 'original' }));
    }
    const selected = mentionId ? 'v' + mentionId.split(':')[1] : null;
    renderHighlighted($('article'), a.text, data.highlights, selected);
    const mark = $('article').querySelector('.hl-selected');
    if (mark) mark.scrollIntoView({ block: 'center', behavior: 'instant' });
    drawn.article = { key, highlights: $('article').querySelectorAll('.hl').length, selected: !!mark };
  }

  function renderHighlighted(container, text, highlights, selected) {
    const spans = highlights.filter((h) => h.kind !== 'sentence' || h.ref === selected);
    const cuts = new Set([0, text.length]);
    for (const h of spans) { cuts.add(h.start); cuts.add(h.end); }
    const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i], points[i + 1]];
      const piece = text.slice(s, e);
      const active = spans.filter((h) => h.start <= s && h.end >= e);
      if (!active.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const classes = new Set(['hl']);
      for (const h of active) {
        if (h.kind === 'sentence') classes.add('hl-selected');
        else classes.add('hl-' + h.kind);
        if (h.kind === 'trigger' && h.ref === selected) classes.add('hl-this');
      }
      frag.appendChild(el('span', { className: [...classes].join(' '), title: [...new Set(active.map((h) => h.label))].join('\n'), text: piece }));
    }
    container.replaceChildren(frag);
  }

  // ---- wiring ---------------------------------------------------------------------
  async function refresh() {
    status('loading…');
    const jobs = [loadTimeline(), loadNetwork(), loadMap(), loadNarratives(), loadEvents()];
    if (state.event) jobs.push(showEvent(state.event));
    const results = await Promise.allSettled(jobs);
    const failed = results.filter((r) => r.status === 'rejected');
    status(failed.length ? 'error: ' + failed[0].reason.message : '');
    drawn.ready = true;
    document.body.dataset.ready = String(Date.now());
  }

  form.addEventListener('submit', (ev) => { ev.preventDefault(); state.offset = 0; pushUrl(); refresh(); });
  for (const name of ['type', 'quad', 'outlet', 'theme', 'period', 'split', 'since', 'until']) {
    form.elements[name].addEventListener('change', () => { state.offset = 0; pushUrl(); refresh(); });
  }
  $('reset').addEventListener('click', () => {
    form.reset();
    state.offset = 0; state.event = null;
    $('detail').hidden = true;
    pushUrl(); refresh();
  });
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); pushUrl(); loadEvents().catch((e) => status('error: ' + e.message)); });
  $('next').addEventListener('click', () => { state.offset += PAGE; pushUrl(); loadEvents().catch((e) => status('error: ' + e.message)); });
  $('close-detail').addEventListener('click', () => { state.event = null; $('detail').hidden = true; pushUrl(); });
  window.addEventListener('popstate', () => { readUrl(); refresh(); });
  window.addEventListener('resize', () => { for (const c of Object.values(charts)) c.resize(); });

  // Clicks on charts narrow the filters.
  function onChartClicks() {
    chart('network').on('click', (p) => {
      if (p.dataType === 'node') { form.elements.country.value = p.name; state.offset = 0; pushUrl(); refresh(); }
    });
    chart('map').on('click', (p) => {
      if (p.componentType === 'series' && p.name) { form.elements.place.value = p.name; state.offset = 0; pushUrl(); refresh(); }
    });
    chart('timeline').on('click', (p) => {
      const period = p.name;
      if (!period) return;
      const unit = form.elements.period.value;
      if (unit === 'month') { form.elements.since.value = period + '-01'; form.elements.until.value = monthEnd(period); }
      else { form.elements.since.value = period; form.elements.until.value = unit === 'week' ? addDays(period, 6) : period; }
      state.offset = 0; pushUrl(); refresh();
    });
  }
  function monthEnd(ym) {
    const [y, m] = ym.split('-').map(Number);
    return `${ym}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  function addDays(day, n) {
    const d = new Date(day + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  readUrl();
  onChartClicks();
  loadStats().catch((e) => status('error: ' + e.message)).then(() => { readUrl(); return refresh(); });
})();
