// The review workspace page. Everything from the server is data: it is put into the page with textContent and
// attributes set through the DOM, never parsed as markup. Nothing is fetched from anywhere but this server.
'use strict';

let T = {};
let session = null;
let pollTimer = null;
let uploadMessage = ''; // survives the list being redrawn while documents are processed
const filters = JSON.parse(sessionStorage.getItem('filters') || '{}');
const EXTENSIONS = ['.pdf', '.docx', '.html', '.htm', '.md', '.txt'];

function t(key, ...args) {
  let s = T[key] ?? key;
  args.forEach((a, i) => { s = s.split('{' + i + '}').join(String(a)); });
  return s;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function num(v) { return v === null || v === undefined ? '—' : String(v); }

// Times in the reviewer's own clock and locale (the browser's), 24-hour.
function when(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return isNaN(d.getTime()) ? iso : d.toLocaleString(T['time.locale'] || undefined, { hour12: false });
}

async function api(path, options) {
  const init = Object.assign({ credentials: 'same-origin', headers: {} }, options || {});
  if (init.method && init.method !== 'GET') {
    init.headers['X-CSRF-Token'] = session && session.csrf ? session.csrf : '';
    init.headers['X-Extraction'] = '1';
  }
  const response = await fetch(path, init);
  if (response.status === 401 && path !== '/api/signin') {
    session = null;
    renderLogin(t('error.session'));
    throw new Error('unauthorized');
  }
  return response;
}

function setMain(...children) {
  const main = document.getElementById('main');
  main.replaceChildren(...children);
}

function renderNav() {
  const nav = document.getElementById('nav');
  if (!session || !session.signedIn) { nav.replaceChildren(); return; }
  nav.replaceChildren(
    el('span', { 'data-testid': 'reviewer' }, t('nav.reviewer'), session.reviewer),
    el('a', { href: '#/' }, t('nav.documents')),
    el('a', { href: '/api/export/decisions.xlsx', 'data-testid': 'export-xlsx', download: '' }, t('nav.export')),
    el('button', { type: 'button', onclick: signOut }, t('nav.logout')));
}

async function signOut() {
  await api('/api/signout', { method: 'POST' });
  session = { signedIn: false };
  renderLogin();
}

function renderLogin(message) {
  stopPolling();
  renderNav();
  const name = el('input', { id: 'login-name', name: 'name', autocomplete: 'username', maxlength: '60', required: true });
  const token = el('input', { id: 'login-token', name: 'token', type: 'password', autocomplete: 'current-password' });
  const error = el('p', { class: 'error-text', 'data-testid': 'login-error' }, message || '');
  const form = el('form', { class: 'login' },
    el('h2', {}, t('login.title')),
    el('label', { for: 'login-name' }, t('login.name')), name,
    bootTokenRequired ? [el('label', { for: 'login-token' }, t('login.token')), token] : [],
    el('button', { type: 'submit', 'data-testid': 'login-submit' }, t('login.submit')), error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await api('/api/signin', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: name.value, token: token.value }),
    });
    if (!response.ok) { error.textContent = t('login.failed'); return; }
    const body = await response.json();
    session = { signedIn: true, reviewer: body.reviewer, csrf: body.csrf };
    renderNav();
    route();
  });
  setMain(el('section', {}, form));
  name.focus();
}

let bootTokenRequired = false;

async function boot() {
  const response = await fetch('/api/session', { credentials: 'same-origin' });
  const body = await response.json();
  T = body.text;
  bootTokenRequired = body.tokenRequired;
  document.documentElement.lang = body.language === 'en' ? 'en' : 'zh-CN';
  document.title = t('app.title');
  document.getElementById('app-title').textContent = t('app.title');
  session = body.signedIn ? { signedIn: true, reviewer: body.reviewer, csrf: body.csrf } : null;
  window.addEventListener('hashchange', route);
  if (!session) { renderLogin(); return; }
  renderNav();
  route();
}

function route() {
  stopPolling();
  if (!session) { renderLogin(); return; }
  const m = /^#\/doc\/([0-9a-f]{64})$/.exec(location.hash);
  if (m) renderDocument(m[1]); else renderList();
}

function stopPolling() { if (pollTimer) { clearTimeout(pollTimer); pollTimer = null; } }

function query() {
  const q = new URLSearchParams();
  for (const k of ['department', 'kind', 'check', 'severity', 'decision']) if (filters[k]) q.set(k, filters[k]);
  const s = q.toString();
  return s ? '?' + s : '';
}

// ---- upload ----

function uploadSection(onDone) {
  const status = el('p', { class: 'muted', 'data-testid': 'upload-status' }, uploadMessage);
  const say = (message) => { uploadMessage = message; status.textContent = message; };
  const files = el('input', { type: 'file', multiple: true, class: 'hidden', 'data-testid': 'file-input', accept: EXTENSIONS.join(',') });
  const folder = el('input', { type: 'file', multiple: true, class: 'hidden', webkitdirectory: true, 'data-testid': 'folder-input' });
  files.addEventListener('change', () => send([...files.files]));
  folder.addEventListener('change', () => send([...folder.files]));
  const zone = el('div', { class: 'drop', 'data-testid': 'drop-zone' },
    el('p', {}, t('upload.hint')),
    el('button', { type: 'button', onclick: () => files.click() }, t('upload.files')),
    el('button', { type: 'button', onclick: () => folder.click() }, t('upload.folder')),
    files, folder, status);
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', async (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const entries = [...e.dataTransfer.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
    const collected = entries.length ? (await Promise.all(entries.map(walk))).flat() : [...e.dataTransfer.files];
    send(collected);
  });

  async function send(list) {
    const chosen = list.filter((f) => EXTENSIONS.some((x) => f.name.toLowerCase().endsWith(x)));
    const skipped = list.filter((f) => !chosen.includes(f)).map((f) => f.name);
    if (chosen.length === 0) { say(t('upload.rejected') + skipped.join('、')); return; }
    const form = new FormData();
    chosen.forEach((f) => form.append('files', f, f.name));
    say(t('upload.sending'));
    try {
      const response = await api('/api/upload', { method: 'POST', body: form });
      if (!response.ok) { say(t('upload.error') + response.status); return; }
      const result = await response.json();
      const rejected = result.rejected.map((r) => r.name + '（' + r.reason + '）').concat(skipped);
      say(t('upload.done', result.accepted.length) + (rejected.length ? ' ' + t('upload.rejected') + rejected.join('、') : ''));
      onDone();
    } catch (err) {
      if (err.message !== 'unauthorized') say(t('upload.error') + err.message);
    }
  }
  return el('section', {}, el('h2', {}, t('upload.title')), zone);
}

function walk(entry) {
  return new Promise((resolve) => {
    if (entry.isFile) { entry.file((f) => resolve([f]), () => resolve([])); return; }
    if (!entry.isDirectory) { resolve([]); return; }
    const reader = entry.createReader();
    const all = [];
    const next = () => reader.readEntries(async (batch) => {
      if (batch.length === 0) { resolve((await Promise.all(all.map(walk))).flat()); return; }
      all.push(...batch);
      next();
    }, () => resolve([]));
    next();
  });
}

// ---- list ----

function select(name, label, options) {
  const s = el('select', { name, 'data-testid': 'filter-' + name },
    el('option', { value: '' }, t('filter.all')),
    options.map((o) => el('option', { value: o.value, selected: filters[name] === o.value }, o.label)));
  s.addEventListener('change', () => {
    filters[name] = s.value || undefined;
    sessionStorage.setItem('filters', JSON.stringify(filters));
    renderList();
  });
  return el('label', {}, label, s);
}

function filterSection(facets) {
  const verdicts = ['confirmed', 'rejected', 'pending', 'undecided'].map((v) => ({ value: v, label: t('verdict.' + v) }));
  const severities = ['error', 'warning', 'info'].map((v) => ({ value: v, label: t('severity.' + v) }));
  return el('section', { class: 'filters' }, el('h2', {}, t('filter.title')),
    select('department', t('filter.department'), facets.departments),
    select('kind', t('filter.kind'), facets.kinds),
    select('check', t('filter.check'), facets.checks),
    select('severity', t('filter.severity'), severities),
    select('decision', t('filter.decision'), verdicts),
    el('button', { type: 'button', 'data-testid': 'filter-clear', onclick: () => { for (const k of Object.keys(filters)) delete filters[k]; sessionStorage.removeItem('filters'); renderList(); } }, t('filter.clear')));
}

async function renderList() {
  stopPolling();
  const response = await api('/api/documents' + query());
  const list = await response.json();
  if (location.hash.startsWith('#/doc/')) return;
  const p = list.progress;
  const progress = el('p', { 'data-testid': 'progress' }, t('progress.summary', p.total, p.done, p.running, p.queued, p.failed));
  const filtering = ['check', 'severity', 'decision'].some((k) => filters[k]);
  let table;
  if (list.documents.length === 0) {
    table = el('p', { class: 'muted', 'data-testid': 'list-empty' }, p.total === 0 ? t('list.empty') : t('list.none'));
  } else {
    table = el('table', { 'data-testid': 'documents' },
      el('thead', {}, el('tr', {},
        [t('col.rank'), t('col.file'), t('col.department'), t('col.year'), t('col.kind'), t('col.status'), t('col.errors'), t('col.warnings'), t('col.findings'), t('col.decided')]
          .concat(filtering ? [t('col.matching')] : []).map((h) => el('th', {}, h)))),
      el('tbody', {}, list.documents.map((d, i) => el('tr', { 'data-testid': 'doc-row', 'data-status': d.status },
        el('td', { class: 'num' }, i + 1),
        el('td', {}, el('a', { class: 'doc-link', href: '#/doc/' + d.sha }, d.name)),
        el('td', {}, d.department || '—'),
        el('td', {}, num(d.year)),
        el('td', {}, d.kindLabel || '—'),
        el('td', { class: 'status-' + d.status, title: d.statusReason || '' }, d.statusLabel,
          d.statusReason && d.status === 'skipped' ? el('div', { class: 'muted', 'data-testid': 'status-reason' }, d.statusReason) : null),
        el('td', { class: 'num sev-error' }, d.errors),
        el('td', { class: 'num sev-warning' }, d.warnings),
        el('td', { class: 'num' }, d.findings),
        el('td', { class: 'num' }, d.decided + ' / ' + d.findings),
        filtering ? el('td', { class: 'num' }, d.matching) : null))));
  }
  setMain(uploadSection(renderList), el('section', {}, el('h2', {}, t('nav.documents')), progress, table), filterSection(list.facets));
  if (p.queued + p.running > 0) pollTimer = setTimeout(renderList, 1500);
}

// ---- one document ----

async function renderDocument(sha) {
  stopPolling();
  const response = await api('/api/documents/' + sha + query());
  if (!response.ok) { setMain(el('section', {}, el('a', { href: '#/' }, t('doc.back')), el('p', {}, t('error.generic') + response.status))); return; }
  const v = await response.json();
  const d = v.row;
  const back = el('p', {}, el('a', { href: '#/', 'data-testid': 'doc-back' }, t('doc.back')));
  if (d.status === 'queued' || d.status === 'running') {
    setMain(back, el('section', {}, el('h2', {}, d.name), el('p', { 'data-testid': 'doc-pending' }, t('doc.pending'))));
    pollTimer = setTimeout(() => renderDocument(sha), 1500);
    return;
  }
  const meta = el('section', { 'data-testid': 'doc-meta' }, el('h2', {}, d.name),
    el('table', {}, el('tbody', {},
      row(t('col.department'), d.department || '—'), row(t('col.year'), num(d.year)), row(t('col.kind'), d.kindLabel || '—'),
      row(t('doc.format'), T['format.' + v.format] ?? v.format), row(t('doc.pages'), v.pages), row(t('doc.total'), num(v.statedTotal)), row(t('doc.grade'), v.statedGrade || '—'),
      row(t('doc.uploaded'), v.uploadedBy + ' · ' + when(v.uploadedUtc)), row(t('doc.sha'), d.sha))),
    el('p', {}, el('a', { href: '/api/documents/' + sha + '/opinion.docx', download: '', 'data-testid': 'export-opinion' }, t('doc.opinion'))));
  const problems = v.problems.length ? el('section', {}, el('h2', {}, t('doc.problems')),
    el('ul', {}, v.problems.map((p) => el('li', {}, (T['stage.' + p.stage] ?? p.stage) + '：' + p.message + (p.page ? '（' + t('doc.page', p.page) + '）' : ''))))) : null;
  const findings = el('section', { 'data-testid': 'findings' }, el('h2', {}, t('doc.findings') + '（' + v.findings.length + '）'),
    v.findings.length === 0 ? el('p', { class: 'muted' }, t('doc.nofindings')) : v.findings.map((f) => finding(sha, f)));
  const scores = el('section', {}, el('h2', {}, t('doc.scores')),
    v.indicators.length === 0 ? el('p', { class: 'muted' }, t('doc.noscores')) :
      el('table', { 'data-testid': 'scores' },
        el('thead', {}, el('tr', {}, [t('ind.path'), t('ind.weight'), t('ind.score'), t('ind.recomputed'), t('ind.page')].map((h) => el('th', {}, h)))),
        el('tbody', {}, v.indicators.map((i) => el('tr', { class: i.differs ? 'differs' : null },
          el('td', {}, i.path.join(' › ')), el('td', { class: 'num' }, num(i.weight)), el('td', { class: 'num' }, num(i.score)),
          el('td', { class: 'num' }, num(i.recomputed)), el('td', { class: 'num' }, i.page))))));
  const pages = v.pageImages.length ? el('section', {}, el('h2', {}, t('doc.pageimages')),
    el('div', { class: 'pages' }, v.pageImages.map((p) => el('figure', {},
      el('img', { src: p.image, alt: t('doc.page', p.page), loading: 'lazy', 'data-testid': 'page-image' }),
      el('figcaption', { class: 'muted' }, t('doc.page', p.page)))))) : null;
  setMain(back, meta, problems, findings, scores, pages);
}

function row(label, value) { return el('tr', {}, el('th', {}, label), el('td', {}, value)); }

function finding(sha, f) {
  const figures = el('div', { class: 'figures' },
    f.stated !== null ? el('span', {}, t('item.stated') + '：' + f.stated) : null,
    f.computed !== null ? el('span', {}, t('item.computed') + '：' + f.computed) : null,
    f.difference !== null ? el('span', {}, t('item.difference') + '：' + f.difference) : null,
    el('span', {}, t('item.impact') + '：' + f.impactLabel));
  const relation = f.relation ? el('div', { class: 'figures' }, t('item.relation') + '：' + f.relation) : null;
  const indicator = f.indicator ? el('div', { class: 'figures' }, t('item.indicator') + '：' + f.indicator.join(' › ')) : null;
  const evidence = f.evidence.map((e) => el('div', { class: 'evidence' },
    el('div', { class: 'quote' }, t('doc.page', e.page) + '：' + e.quote),
    e.crop ? el('img', { src: e.crop, alt: t('item.evidence') + ' ' + t('doc.page', e.page), 'data-testid': 'crop' }) : null));
  return el('article', { class: 'finding ' + f.severity + (f.matches ? '' : ' dim'), 'data-testid': 'finding', 'data-fingerprint': f.fingerprint },
    el('h3', {}, el('span', { class: 'sev-' + f.severity }, f.severityLabel), ' · ', f.checkLabel, el('span', { class: 'muted' }, '（' + f.check + '）')),
    el('div', { class: 'message' }, f.message), figures, relation, indicator, evidence, decisionForm(sha, f));
}

function decisionForm(sha, f) {
  const name = 'verdict-' + f.fingerprint;
  const current = el('div', { class: 'current', 'data-testid': 'decision-current' });
  const show = (d) => {
    current.replaceChildren(d
      ? el('span', {}, el('span', { class: 'verdict-' + d.verdict }, d.verdictLabel), ' — ', t('decision.by', d.reviewer, when(d.decidedUtc)), d.note ? '；' + t('decision.note') + '：' + d.note : '')
      : el('span', { class: 'muted' }, t('decision.none')));
  };
  show(f.decision);
  const radios = ['confirmed', 'rejected', 'pending'].map((v) => el('label', {},
    el('input', { type: 'radio', name, value: v, checked: f.decision && f.decision.verdict === v, 'data-testid': 'verdict-' + v }), t('verdict.' + v)));
  const note = el('textarea', { 'data-testid': 'note', placeholder: t('decision.note') });
  note.value = f.decision ? f.decision.note : '';
  const saved = el('span', { class: 'muted', 'data-testid': 'saved' });
  const save = el('button', { type: 'button', 'data-testid': 'save-decision' }, t('decision.save'));
  save.addEventListener('click', async () => {
    const chosen = radios.map((l) => l.querySelector('input')).find((i) => i.checked);
    if (!chosen) return;
    saved.textContent = '';
    const response = await api('/api/documents/' + sha + '/decisions', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fingerprint: f.fingerprint, verdict: chosen.value, note: note.value }),
    });
    if (!response.ok) { saved.textContent = t('error.generic') + response.status; return; }
    show(await response.json());
    saved.textContent = t('decision.saved');
  });
  return el('div', { class: 'decision' }, el('strong', {}, t('decision.title') + '：'), radios, note, save, ' ', saved, current);
}

document.addEventListener('DOMContentLoaded', boot);
