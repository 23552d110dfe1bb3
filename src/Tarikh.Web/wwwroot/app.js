// Tarikh workbench page: analyze a text (highlighted layers, zoomable timeline, flags with evidence,
// downloads) and search the library. Plain browser JavaScript, no network beyond this server.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { text: '', analysis: null, docId: null, timeline: null, items: new Map(), formats: null, lastSearch: null };

  const LABELS = { PER: 't-per', LOC: 't-loc', ORG: 't-org', MISC: 't-misc' };
  const SEVERITY = { error: 'خطأ', warning: 'تحذير', info: 'ملاحظة' };
  const EVENT_TYPES = {
    birth: 'ولادة', death: 'وفاة', marriage: 'زواج', education: 'دراسة', office: 'منصب', arrest: 'اعتقال',
    exile: 'نفي', travel: 'سفر', publication: 'نشر', founding: 'تأسيس', decree: 'مرسوم', treaty: 'معاهدة',
    congress: 'مؤتمر', conflict: 'فتنة/نزاع', war: 'حرب', revolution: 'ثورة', election: 'انتخاب', meeting: 'لقاء',
  };
  const typeName = (t) => EVENT_TYPES[t] || t || 'حدث';
  const VERDICTS = {
    supported: ['يؤيده المرجع', 'supported'], contradicted: ['يخالفه المرجع', 'contradicted'],
    'not-in-kb': ['ليس في المرجع', 'not in the KB'], unlinked: ['غير مربوط', 'unlinked'],
  };

  // Item ids above this are local ones, made up for a test or private KB: shown, never linked to Wikidata.
  const LOCAL_ID_FLOOR = 90000000;
  // A link to an item's Wikidata page (ids only: Q…, P…, L…), or for a local id the id as plain text;
  // text is always set with textContent.
  function kbLink(id, label) {
    if (typeof id !== 'string' || !/^[QPL][1-9][0-9]*$/.test(id)) return null;
    if (id[0] === 'Q' && (id.length > 10 || Number(id.slice(1)) > LOCAL_ID_FLOOR)) {
      const span = document.createElement('span');
      span.className = 'kb-link kb-local';
      span.dir = 'ltr';
      span.textContent = id;
      span.title = (label ? label + ' · ' : '') + 'معرّف محلي، ليس في ويكي بيانات / local id, not a Wikidata item';
      return span;
    }
    const a = document.createElement('a');
    a.href = 'https://www.wikidata.org/wiki/' + id;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    a.className = 'kb-link';
    a.textContent = id;
    if (label) a.title = label;
    a.addEventListener('click', (e) => e.stopPropagation());
    return a;
  }

  // Every request carries the page's CSRF token (the server refuses state-changing requests from a
  // browser without it) and, when the server asks for one, the API key kept for this tab only.
  const CSRF = document.querySelector('meta[name="tarikh-csrf"]')?.content || '';
  async function api(url, init = {}) {
    const send = () => {
      const headers = new Headers(init.headers || {});
      headers.set('X-Tarikh-Csrf', CSRF);
      const key = sessionStorage.getItem('tarikh-api-key');
      if (key) headers.set('X-Api-Key', key);
      return fetch(url, { ...init, headers });
    };
    let r = await send();
    if (r.status === 401) {
      const key = window.prompt('مفتاح الواجهة (API key):');
      if (key) { sessionStorage.setItem('tarikh-api-key', key); r = await send(); }
    }
    return r;
  }

  // ---------- views ----------
  function show(view) {
    for (const v of ['analyze', 'library']) {
      $('view-' + v).hidden = v !== view;
      $('tab-' + v).setAttribute('aria-selected', String(v === view));
    }
    if (view === 'library' && !state.lastSearch) search(1);
  }
  document.querySelectorAll('nav [data-view]').forEach(b => b.addEventListener('click', () => show(b.dataset.view)));

  function status(message, bad = false) {
    const s = $('status');
    s.textContent = message;
    s.classList.toggle('bad', bad);
  }

  async function problemText(response) {
    try {
      const p = await response.json();
      return [p.detail_ar, p.detail].filter(Boolean).join(' — ') || p.title || String(response.status);
    } catch { return `HTTP ${response.status}`; }
  }

  // ---------- analyze ----------
  async function analyzeBody(body, contentType) {
    status('جارٍ التحليل…');
    const init = { method: 'POST', body };
    if (contentType) init.headers = { 'Content-Type': contentType };
    const r = await api('api/analyze', init);
    if (!r.ok) { status(await problemText(r), true); return; }
    const analysis = await r.json();
    render(analysis.text ?? '', analysis, null, 'نتيجة التحليل');
    status('');
  }

  $('analyze-btn').addEventListener('click', () => {
    const text = $('text-input').value;
    if (!text.trim()) { status('النص فارغ: الصق نصاً أولاً.', true); return; }
    analyzeBody(JSON.stringify({ text, format: 'auto' }), 'application/json');
  });

  $('file-input').addEventListener('change', (e) => {
    const file = e.target.files[0];
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    analyzeBody(form, null).then(() => { if (state.text) $('text-input').value = state.text; });
    e.target.value = '';
  });

  $('store-btn').addEventListener('click', async () => {
    const text = state.analysis ? state.text : $('text-input').value;
    if (!text.trim()) { status('النص فارغ: لا شيء يُحفظ.', true); return; }
    status('جارٍ الحفظ…');
    const r = await api('api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, format: 'text' }) });
    if (!r.ok) { status(await problemText(r), true); return; }
    const ref = await r.json();
    state.docId = ref.id;
    state.lastSearch = null;
    status(ref.created ? `حُفظت الوثيقة رقم ${ref.id} في المكتبة.` : `الوثيقة محفوظة من قبل (رقم ${ref.id}).`);
  });

  $('edit-btn').addEventListener('click', () => { $('input-panel').hidden = false; $('text-input').focus(); });

  // ---------- rendering ----------
  function render(text, analysis, docId, title) {
    state.text = text; state.analysis = analysis; state.docId = docId;
    $('doc-title').textContent = title;
    $('result').hidden = false;
    $('input-panel').hidden = true;
    renderText(text, analysis);
    renderFlags(analysis);
    renderEntities(analysis);
    renderKnowledge(analysis);
    renderTimeline(analysis);
    renderDownloads();
    const n = (k) => (analysis[k] || []).length;
    $('counts').textContent = `${n('timexes')} تاريخ · ${n('entities')} كيان · ${n('events')} حدث · ${n('flags')} تنبيه`;
  }

  function annotations(a) {
    const out = [];
    for (const n of a.noise || []) out.push({ s: n.start, e: n.end, cls: 't-noise' });
    for (const t of a.timexes || []) out.push({ s: t.start, e: t.end, cls: 't-time', title: `${t.type} ${t.value ?? ''} ${t.gregorian ? t.gregorian.start + '…' + t.gregorian.end : ''}`.trim() });
    for (const e of a.entities || []) out.push({ s: e.start, e: e.end, cls: LABELS[e.label] || 't-misc', title: e.label });
    for (const ev of a.events || []) if (ev.trigger) out.push({ s: ev.trigger.start, e: ev.trigger.end, cls: 't-event', title: `${typeName(ev.type)} (${ev.type})` });
    return out.filter(x => Number.isInteger(x.s) && Number.isInteger(x.e) && x.e > x.s);
  }

  // Splits the text at every annotation boundary; each piece carries the classes of the annotations covering it.
  function renderText(text, a) {
    const anns = annotations(a);
    const cuts = new Set([0, text.length]);
    for (const x of anns) { cuts.add(Math.max(0, Math.min(text.length, x.s))); cuts.add(Math.max(0, Math.min(text.length, x.e))); }
    const points = [...cuts].sort((p, q) => p - q);
    const box = $('doc-text');
    box.replaceChildren();
    const frag = document.createDocumentFragment();
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      const piece = text.slice(s, e);
      const covering = anns.filter(x => x.s <= s && x.e >= e);
      const span = document.createElement('span');
      span.dataset.s = s; span.dataset.e = e;
      span.textContent = piece;
      if (covering.length) {
        span.className = [...new Set(covering.map(x => x.cls))].join(' ');
        const titles = covering.map(x => x.title).filter(Boolean);
        if (titles.length) span.title = titles.join(' · ');
      }
      frag.appendChild(span);
    }
    box.appendChild(frag);
  }

  function clearEvidence() {
    document.querySelectorAll('.evidence').forEach(el => el.classList.remove('evidence'));
    document.querySelectorAll('.flag-item.active, .verif-item.active').forEach(el => el.classList.remove('active'));
  }

  // Marks every piece of text inside the given spans and scrolls the first into view.
  function markEvidence(spans) {
    clearEvidence();
    let first = null;
    for (const sp of spans || []) {
      if (!sp || !Number.isInteger(sp.start)) continue;
      for (const el of $('doc-text').querySelectorAll('span[data-s]')) {
        const s = +el.dataset.s, e = +el.dataset.e;
        if (s < sp.end && e > sp.start) { el.classList.add('evidence'); first = first || el; }
      }
    }
    if (first) first.scrollIntoView({ behavior: 'smooth', block: 'center' });
    return first;
  }

  function renderFlags(a) {
    const list = $('flags');
    list.replaceChildren();
    const flags = a.flags || [];
    $('flag-count').textContent = flags.length;
    $('flags-empty').hidden = flags.length > 0;
    flags.forEach((f, i) => {
      const li = document.createElement('li');
      li.className = 'flag-item ' + (f.severity || 'warning');
      li.tabIndex = 0;
      li.dataset.index = i;
      const head = document.createElement('div');
      head.innerHTML = `<strong></strong> <span class="rule"></span>`;
      head.querySelector('strong').textContent = SEVERITY[f.severity] || f.severity;
      head.querySelector('.rule').textContent = f.rule;
      const ar = document.createElement('div'); ar.textContent = f.message_ar;
      const en = document.createElement('div'); en.className = 'en'; en.textContent = f.message_en;
      li.append(head, ar, en);
      const ev = f.evidence || {};
      const item = kbLink(ev.item, ev.item_label);
      if (item) {
        const kb = document.createElement('div');
        kb.className = 'kb-evidence';
        const value = kbLink(ev.kb_value, ev.kb_value_label);
        kb.append('Wikidata: ', item, ` ${ev.kb_property || ''} = `, value || (ev.kb_value_label || ev.kb_value || ''));
        if (value && ev.kb_value_label) kb.append(` ${ev.kb_value_label}`);
        li.appendChild(kb);
      }
      const activate = () => { markEvidence(f.spans); li.classList.add('active'); };
      li.addEventListener('click', activate);
      li.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(); } });
      list.appendChild(li);
    });
  }

  function renderEntities(a) {
    const ul = $('entities');
    ul.replaceChildren();
    const mentions = a.entities || [];
    for (const c of a.clusters || []) {
      const li = document.createElement('li');
      li.className = LABELS[c.label] || 't-misc';
      li.textContent = c.name + (c.mentions && c.mentions.length > 1 ? ` (${c.mentions.length})` : '');
      li.title = [c.label, ...(c.aliases || [])].join(' · ');
      li.addEventListener('click', () => markEvidence((c.mentions || []).map(m => mentions[m]).filter(Boolean)));
      const link = c.kb ? kbLink(c.kb.id, `${c.kb.label || ''} (${c.kb.confidence})`) : null;
      if (link) li.append(' ', link);
      ul.appendChild(li);
    }
  }

  // The knowledge-base panel: one line per verification (verdict, what the text says, what the KB says,
  // the item's Wikidata link); shown only when the analysis was verified against a knowledge base.
  function renderKnowledge(a) {
    const panel = $('kb-panel');
    const list = $('verifications');
    list.replaceChildren();
    const verifications = a.verifications;
    panel.hidden = !Array.isArray(verifications);
    if (!Array.isArray(verifications)) return;
    const clusters = a.clusters || [];
    const mentions = a.entities || [];
    const shown = verifications.filter(v => v.verdict === 'supported' || v.verdict === 'contradicted');
    $('kb-count').textContent = `${verifications.filter(v => v.verdict === 'contradicted').length} / ${shown.length}`;
    $('verifications-empty').hidden = shown.length > 0;
    const order = { contradicted: 0, supported: 1 };
    shown.sort((x, y) => order[x.verdict] - order[y.verdict]);
    for (const v of shown) {
      const claim = Number.isInteger(v.claim) ? (a.claims || [])[v.claim] : null;
      let said = '';
      let spans = [];
      if (claim) {
        said = (claim.value && claim.value.text) || '';
        spans = claim.spans || [];
      } else {
        const timex = Number.isInteger(v.timex) ? (a.timexes || [])[v.timex] : null;
        const place = Number.isInteger(v.place) ? clusters[v.place] : null;
        said = timex ? timex.text : place ? place.name : '';
        if (timex) spans.push(timex);
        if (place) spans.push(...(place.mentions || []).map(m => mentions[m]).filter(Boolean));
        const subject = Number.isInteger(v.cluster) ? clusters[v.cluster] : null;
        if (subject) spans.push(...(subject.mentions || []).map(m => mentions[m]).filter(Boolean));
      }
      const li = document.createElement('li');
      li.className = 'verif-item ' + v.verdict;
      li.tabIndex = 0;
      const head = document.createElement('div');
      const verdict = document.createElement('strong');
      verdict.textContent = (VERDICTS[v.verdict] || [v.verdict])[0];
      const en = document.createElement('span');
      en.className = 'en';
      en.textContent = ` ${(VERDICTS[v.verdict] || ['', v.verdict])[1]} · ${v.property || ''}`;
      head.append(verdict, en);
      const text = document.createElement('div');
      text.textContent = `النص: «${said}»`;
      li.append(head, text);
      if (v.kb) {
        const kb = document.createElement('div');
        kb.className = 'kb-evidence';
        const value = kbLink(v.kb.value, v.kb.value_label);
        const shownValue = value || `${v.kb.value_label || v.kb.value || ''}${v.kb.calendar === 'julian' ? ' (يولياني)' : ''}`;
        kb.append('المرجع: ', kbLink(v.kb.item) || (v.kb.item || ''), ` ${v.kb.property} = `, shownValue);
        if (value && v.kb.value_label) kb.append(` ${v.kb.value_label}`);
        li.appendChild(kb);
      }
      if (v.note) {
        const note = document.createElement('div');
        note.className = 'en';
        note.textContent = v.note;
        li.appendChild(note);
      }
      const activate = () => { markEvidence(spans); li.classList.add('active'); };
      li.addEventListener('click', activate);
      li.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(); } });
      list.appendChild(li);
    }
  }

  function toDate(iso, endOfDay) {
    // ISO yyyy-mm-dd, possibly with a sign (astronomical years); Date.UTC would shift years 0..99.
    const m = /^(-?\d+)-(\d{2})-(\d{2})$/.exec(iso || '');
    if (!m) return null;
    const d = new Date(Date.UTC(2000, +m[2] - 1, +m[3]));
    d.setUTCFullYear(+m[1]);
    if (endOfDay) d.setUTCDate(d.getUTCDate() + 1);
    return d;
  }

  function timelineItems(a) {
    const items = [];
    const events = a.events || [];
    const text = (sp) => sp && sp.text ? sp.text : '';
    (a.timeline || []).forEach((t, i) => {
      const ev = events[t.event] || {};
      const date = t.date || ev.date;
      if (!date) return;
      const spans = (t.evidence && t.evidence.length ? t.evidence : [ev.trigger]).filter(Boolean);
      items.push({ key: 'tl' + i, label: `${typeName(ev.type)}: ${text(ev.trigger)}`, date, spans, uncertain: t.uncertain });
    });
    if (!items.length) {
      events.forEach((ev, i) => { if (ev.date) items.push({ key: 'ev' + i, label: `${typeName(ev.type)}: ${text(ev.trigger)}`, date: ev.date, spans: [ev.trigger] }); });
    }
    if (!items.length) {
      (a.timexes || []).forEach((t, i) => { if (t.gregorian && t.valid !== false) items.push({ key: 'tx' + i, label: t.text, date: t.gregorian, spans: [t] }); });
    }
    return items;
  }

  function renderTimeline(a) {
    const items = timelineItems(a);
    state.items = new Map(items.map(x => [x.key, x]));
    $('timeline-empty').hidden = items.length > 0;
    $('timeline').hidden = items.length === 0;
    document.querySelectorAll('.timeline-tools button').forEach(b => { b.hidden = items.length === 0; });
    if (state.timeline) { state.timeline.destroy(); state.timeline = null; }
    if (!items.length || typeof vis === 'undefined') return;
    const data = items.map(x => {
      const start = toDate(x.date.start, false), end = toDate(x.date.end, true);
      const single = x.date.start === x.date.end;
      const label = x.label.length > 40 ? x.label.slice(0, 39) + '…' : x.label;
      return { id: x.key, content: escapeHtml(label), title: escapeHtml(`${x.label} — ${x.date.start} … ${x.date.end}`), start, end: single ? undefined : end, type: single ? 'point' : 'range', className: x.uncertain ? 'uncertain' : '' };
    });
    state.timeline = new vis.Timeline($('timeline'), new vis.DataSet(data), {
      rtl: true, stack: true, zoomable: true, zoomKey: 'ctrlKey', orientation: 'top', margin: { item: 6 },
      zoomMin: 1000 * 60 * 60 * 24 * 7, maxHeight: 320, locale: 'en', showCurrentTime: false,
    });
    state.timeline.on('select', (p) => { const x = state.items.get(p.items[0]); if (x) markEvidence(x.spans); });
  }

  $('zoom-in').addEventListener('click', () => state.timeline && state.timeline.zoomIn(0.5));
  $('zoom-out').addEventListener('click', () => state.timeline && state.timeline.zoomOut(0.5));
  $('zoom-fit').addEventListener('click', () => state.timeline && state.timeline.fit());

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  // ---------- downloads ----------
  async function loadFormats() {
    if (!state.formats) {
      const r = await api('api/formats');
      state.formats = r.ok ? await r.json() : { document: [{ format: 'json', extension: 'json' }], timeline: ['json'] };
    }
    return state.formats;
  }

  async function renderDownloads() {
    const f = await loadFormats();
    const box = $('downloads');
    box.replaceChildren();
    for (const x of f.document) {
      const b = document.createElement('button');
      b.textContent = '⬇ ' + x.format;
      b.title = x.description || x.format;
      b.dataset.format = x.format;
      b.addEventListener('click', () => download(x.format, x.extension));
      box.appendChild(b);
    }
  }

  async function download(format, extension) {
    const r = await api('api/analyze?format=' + encodeURIComponent(format), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: state.text, format: 'text' }) });
    if (!r.ok) { status(await problemText(r), true); return; }
    const blob = await r.blob();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `tarikh${state.docId ? '-' + state.docId : ''}.${extension || format}`;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  // ---------- library ----------
  const FILTERS = ['from', 'to', 'person', 'place', 'type', 'flag'];
  const FACET_NAMES = { person: 'أشخاص', place: 'أماكن', type: 'أنواع الأحداث', flag: 'التنبيهات' };

  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); search(1); });

  let searchTicket = 0;

  async function search(page) {
    const params = new URLSearchParams();
    const q = $('search-q').value.trim();
    if (q) params.set('q', q);
    for (const k of FILTERS) { const v = $('search-' + k).value.trim(); if (v) params.set(k, v); }
    params.set('page', page);
    state.lastSearch = params.toString();
    const ticket = ++searchTicket;
    const r = await api('api/search?' + params);
    if (ticket !== searchTicket) return; // a newer search was started: drop this stale answer
    const err = $('search-error');
    if (!r.ok) { const message = await problemText(r); if (ticket === searchTicket) { err.textContent = message; err.hidden = false; } return; }
    const results = await r.json();
    if (ticket !== searchTicket) return;
    err.hidden = true;
    renderResults(results);
  }

  function renderResults(res) {
    const pages = Math.max(1, Math.ceil(res.total / res.page_size));
    $('search-summary').textContent = `${res.total} وثيقة` + (res.from || res.to ? ` · المدة ${res.from ?? '…'} — ${res.to ?? '…'}` : '') + ` · الصفحة ${res.page} من ${pages}`;
    const ol = $('results');
    ol.replaceChildren();
    for (const h of res.hits) {
      const li = document.createElement('li');
      li.className = 'hit';
      const h3 = document.createElement('h3');
      const a = document.createElement('a');
      a.textContent = h.title || `وثيقة ${h.id}`;
      a.href = '#doc-' + h.id;
      a.addEventListener('click', (e) => { e.preventDefault(); openDocument(h.id); });
      h3.appendChild(a);
      li.appendChild(h3);
      if (h.source_path) { const p = document.createElement('div'); p.className = 'path'; p.textContent = h.source_path; li.appendChild(p); }
      for (const s of h.snippets) {
        const p = document.createElement('p');
        p.className = 'snippet';
        p.innerHTML = '… ' + s + ' …'; // server-escaped text with <mark> only
        li.appendChild(p);
      }
      const tags = document.createElement('div');
      tags.className = 'tags';
      for (const t of [...h.event_types.map(typeName), ...h.flags]) { const s = document.createElement('span'); s.textContent = t; tags.appendChild(s); }
      li.appendChild(tags);
      ol.appendChild(li);
    }
    const facets = $('facets');
    facets.replaceChildren();
    for (const [name, values] of Object.entries(res.facets)) {
      if (!values.length) continue;
      const h4 = document.createElement('h4');
      h4.textContent = FACET_NAMES[name] || name;
      facets.appendChild(h4);
      for (const v of values) {
        const b = document.createElement('button');
        b.type = 'button';
        b.innerHTML = '<span></span><span class="n"></span>';
        b.firstChild.textContent = name === 'type' ? `${typeName(v.value)} (${v.value})` : v.value;
        b.lastChild.textContent = v.count;
        b.addEventListener('click', () => { $('search-' + name).value = v.value; search(1); });
        facets.appendChild(b);
      }
    }
    const pager = $('pager');
    pager.replaceChildren();
    for (let p = 1; p <= Math.min(pages, 20); p++) {
      const b = document.createElement('button');
      b.textContent = p;
      if (p === res.page) b.className = 'primary';
      b.addEventListener('click', () => search(p));
      pager.appendChild(b);
    }
  }

  async function openDocument(id) {
    const r = await api('api/documents/' + id);
    if (!r.ok) { $('search-error').textContent = await problemText(r); $('search-error').hidden = false; return; }
    const d = await r.json();
    show('analyze');
    $('text-input').value = d.text;
    render(d.text, d.analysis, d.id, `الوثيقة ${d.id}` + (d.source_path ? ` — ${d.source_path}` : ''));
  }

  // Deep link: #doc-12 opens a stored document.
  const m = /^#doc-(\d+)$/.exec(location.hash);
  if (m) openDocument(+m[1]);
})();
