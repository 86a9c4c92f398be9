// MechanismGraph explorer: pathways between two entities, or everything downstream of one, drawn from /graphql.
// Every drawn node and arrow is mirrored by a button (steps list, influences list), so it all works from the keyboard.

import { query, Queries, QueryError } from './api.js';
import { el } from './dom.js';
import { Drawing, Signs } from './drawing.js';
import { showEntity, showMessage, showRelation } from './details.js';

const PATHWAY_LIMIT = 5;
const $ = (id) => document.getElementById(id);

const state = {
  view: null, // 'pathways' | 'downstream'
  pathways: [],
  selected: 0,
  source: null,
  influences: [],
  documents: new Map(),
  entities: new Map(),
};

let drawing;

function setStatus(text, { error = false, suggestions = [], onSuggestion } = {}) {
  const status = $('status');
  status.classList.toggle('error', error);
  status.replaceChildren(text, ...suggestions.map((s) => el('button', { type: 'button', onclick: () => onSuggestion(s) }, s)));
}

function explain(error, inputs) {
  if (error instanceof QueryError && error.code === 'NOT_FOUND' && inputs[error.argument]) {
    const input = inputs[error.argument];
    setStatus(`${error.message} `, {
      error: true, suggestions: error.suggestions,
      onSuggestion: (s) => { input.value = s; input.form.requestSubmit(); },
    });
  } else {
    setStatus(error.message, { error: true });
  }
}

// ---- Autocomplete: a datalist of names and aliases, refined by entities(search:) as the user types.

function fillOptions(entities, search = '') {
  const options = [];
  for (const e of entities) {
    options.push(el('option', { value: e.name }, e.kind));
    for (const alias of e.aliases) options.push(el('option', { value: alias }, `${e.name} (${e.kind})`));
  }
  $('entity-options').replaceChildren(...options);
  $('entity-options').dataset.search = search;
}

let searchTimer;
function onType(event) {
  const text = event.target.value.trim();
  clearTimeout(searchTimer);
  searchTimer = setTimeout(async () => {
    try {
      const data = await query(Queries.entityOptions, { search: text || null, first: 50 });
      fillOptions(data.entities.nodes, text);
    } catch { /* suggestions are a convenience; the query itself reports unknown names */ }
  }, 150);
}

// ---- Pathways view.

async function tracePathways(from, to, { push = true } = {}) {
  setStatus(`Tracing pathways from ${from} to ${to}…`);
  if (push) history.pushState(null, '', `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
  let data;
  try {
    data = await query(Queries.pathways, { from, to, limit: PATHWAY_LIMIT });
  } catch (error) {
    explain(error, { from: $('cause'), to: $('effect') });
    return;
  }
  state.view = 'pathways';
  state.pathways = data.pathwaySearch.pathways;
  state.selected = 0;
  // A search cut by its work bound proves nothing about what it did not reach: say so rather than "none".
  const stoppedEarly = data.pathwaySearch.searchComplete ? '' : ' The search stopped early, at its work bound: other pathways may exist.';
  showView();
  if (state.pathways.length === 0) {
    drawing.clear();
    setStatus(stoppedEarly
      ? `No causal pathway from ${from} to ${to} found before the search stopped early, at its work bound: one may still exist.`
      : `No causal pathway from ${from} to ${to} within the search bounds in this graph.`);
    $('view-title').textContent = `${from} → ${to}`;
    return;
  }
  const first = state.pathways[0];
  const cause = first.entities[0];
  const effect = first.entities[first.entities.length - 1];
  $('view-title').textContent = `Pathways from ${cause.name} to ${effect.name}`;
  setStatus(`${state.pathways.length} pathway${state.pathways.length === 1 ? '' : 's'}, best first: fully mechanistic before indirect, then shorter, then better supported.${stoppedEarly}`);
  renderTabs(); // before drawing: whatever moves the drawing area must be in place when cytoscape measures it
  drawing.draw(state.pathways, { direction: 'LR', endpoints: [cause.id, effect.id] });
  selectPathway(0);
  showMessage($('details'), 'Details', 'Click an arrow to read the sentence of the document behind it, or a box to read about the entity.');
}

function renderTabs() {
  const tabs = state.pathways.map((p, i) => {
    const sign = Signs[p.netEffect] || Signs.NONE;
    return el('button', {
      type: 'button', role: 'tab', id: `pathway-tab-${i}`, 'aria-controls': 'graph', title: p.summary,
      'data-testid': 'pathway-tab', tabindex: '-1',
      onclick: () => selectPathway(i),
      onkeydown: (e) => {
        const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
        if (!step) return;
        const next = (i + step + state.pathways.length) % state.pathways.length;
        selectPathway(next);
        $(`pathway-tab-${next}`).focus();
      },
    }, `${i + 1} · ${p.length} step${p.length === 1 ? '' : 's'}${p.indirectSteps ? ' (indirect)' : ''} · `,
    `${sign.symbol} ${sign.word}`);
  });
  $('pathway-tabs').replaceChildren(...tabs);
}

function selectPathway(index) {
  state.selected = index;
  const pathway = state.pathways[index];
  document.querySelectorAll('#pathway-tabs [role=tab]').forEach((tab, i) => {
    tab.setAttribute('aria-selected', String(i === index));
    tab.tabIndex = i === index ? 0 : -1;
  });
  drawing.focus(pathway.entities.map((e) => e.id), pathway.steps.map((s) => s.id));
  drawing.select(null);
  $('graph').setAttribute('aria-label', `Drawing of pathway ${index + 1}: ${pathway.summary} The steps list mirrors it.`);
  $('summary').textContent = pathway.summary;
  renderChain(pathway);
  $('mermaid-text').textContent = pathway.mermaid;
  $('dot-text').textContent = pathway.dot;
}

/** The selected pathway as alternating entity and relation buttons, cause first: the drawing's keyboard twin. */
function renderChain(pathway) {
  const items = [];
  pathway.entities.forEach((entity, i) => {
    items.push(el('li', { class: 'node' }, el('button', {
      type: 'button', 'data-node-id': entity.id, 'aria-pressed': 'false', onclick: () => selectEntity(entity.id),
    }, entity.name)));
    const step = pathway.steps[i];
    if (!step) return;
    const sign = Signs[step.sign] || Signs.NONE;
    // The visible predicate starts the accessible name; the sentence follows for screen readers.
    items.push(el('li', { class: 'edge' }, el('button', {
      type: 'button', class: sign.css, 'data-edge-id': step.id, 'aria-pressed': 'false', onclick: () => selectRelation(step),
    }, el('span', { 'aria-hidden': 'true' }, '—'), step.predicate,
    el('span', { 'aria-hidden': 'true' }, step.sign === 'DECREASES' ? '⊣' : '→'),
    el('span', { class: 'visually-hidden' }, `: ${step.sentence} Show the evidence.`))));
  });
  $('chain').replaceChildren(...items);
}

// ---- Downstream view.

async function showDownstream(of, maxHops, { push = true } = {}) {
  setStatus(`Finding everything downstream of ${of}…`);
  if (push) history.pushState(null, '', `?of=${encodeURIComponent(of)}&maxHops=${maxHops}`);
  let data;
  try {
    data = await query(Queries.effects, { of, maxHops });
  } catch (error) {
    explain(error, { of: $('source'), ref: $('source') });
    return;
  }
  state.view = 'downstream';
  state.source = data.entity;
  state.influences = data.effects;
  showView();
  $('view-title').textContent = `Downstream of ${data.entity.name}, within ${maxHops} step${maxHops === 1 ? '' : 's'}`;
  if (data.effects.length === 0) {
    drawing.clear();
    setStatus(`Nothing causal downstream of ${data.entity.name} is recorded.`);
    return;
  }
  const counts = Object.fromEntries(Object.keys(Signs).map((k) => [k, data.effects.filter((e) => e.netEffect === k).length]));
  setStatus(`${data.effects.length} entities downstream, nearest first: ${counts.INCREASES} increased, ${counts.DECREASES} decreased, ${counts.UNKNOWN} in a direction not stated. Box borders show the net sign.`);
  const net = new Map(data.effects.map((e) => [e.entity.id, e]));
  drawing.draw(data.effects.map((e) => e.pathway), {
    // Top to bottom: a cause fans out to many effects, and a wide screen holds a wide fan better than a tall one.
    direction: 'TB', endpoints: [data.entity.id],
    nodeExtra: (entity) => {
      const influence = net.get(entity.id);
      if (!influence) return {};
      const sign = Signs[influence.netEffect] || Signs.NONE;
      return { label: `${entity.name}\n${sign.symbol} ${sign.short}`, netColour: sign.colour };
    },
  });
  drawing.focus(drawing.cy.nodes().map((n) => n.id()), drawing.cy.edges().map((e) => e.id()));
  $('graph').setAttribute('aria-label', `Drawing of ${data.effects.length} entities downstream of ${data.entity.name}; the list below mirrors it.`);
  $('summary').textContent = `Net effect of ${data.entity.name} on each, along the best pathway to it:`;
  $('influences').replaceChildren(...data.effects.map((influence) => {
    const sign = Signs[influence.netEffect] || Signs.NONE;
    return el('li', {}, el('button', {
      type: 'button', 'data-node-id': influence.entity.id, 'aria-pressed': 'false',
      onclick: () => selectEntity(influence.entity.id, influence),
    }, `${influence.entity.name} `, el('span', { class: `net ${sign.css}` }, `${sign.symbol} ${sign.word}`),
    ` · ${influence.hops} step${influence.hops === 1 ? '' : 's'}`));
  }));
  showMessage($('details'), 'Details', 'Click a box or an entry of the list to see how it is reached and what the document says about it.');
}

function showView() {
  const pathways = state.view === 'pathways';
  $('pathway-tabs').hidden = !pathways;
  $('chain').hidden = !pathways;
  $('export').hidden = !pathways || state.pathways.length === 0;
  $('influences').hidden = pathways;
  $('steps-title').textContent = pathways ? 'Steps' : 'Everything downstream';
  if (pathways) $('influences').replaceChildren(); else { $('pathway-tabs').replaceChildren(); $('chain').replaceChildren(); }
  $('summary').textContent = '';
}

// ---- Selection: drawing, lists and details panel stay in step.

function markPressed(attribute, id) {
  document.querySelectorAll('[aria-pressed][data-node-id], [aria-pressed][data-edge-id]').forEach((b) => {
    b.setAttribute('aria-pressed', String(b.getAttribute(attribute) === id));
  });
}

function selectRelation(relation) {
  drawing.select(relation.id);
  markPressed('data-edge-id', relation.id);
  showRelation($('details'), relation, state.documents, { onEntity: (id) => selectEntity(id) });
  $('announce').textContent = `Evidence shown for: ${relation.sentence}`;
}

async function selectEntity(id, influence) {
  drawing.select(id);
  markPressed('data-node-id', id);
  if (state.view === 'downstream') {
    influence = influence || state.influences.find((i) => i.entity.id === id);
    if (influence) drawing.focus(influence.pathway.entities.map((e) => e.id), influence.pathway.steps.map((s) => s.id));
    else drawing.focus(drawing.cy.nodes().map((n) => n.id()), drawing.cy.edges().map((e) => e.id()));
  }
  let entity = state.entities.get(id);
  if (!entity) {
    try {
      entity = (await query(Queries.entity, { ref: id })).entity;
    } catch (error) {
      showMessage($('details'), 'Details', error.message);
      return;
    }
    state.entities.set(id, entity);
  }
  $('announce').textContent = `Details shown for ${entity.name}.`;
  showEntity($('details'), entity, {
    influence,
    onRelation: (r) => selectRelation(r),
    onTraceFrom: (e) => { $('cause').value = e.name; $('effect').focus(); },
    onDownstream: (e) => { $('source').value = e.name; $('downstream-form').requestSubmit(); },
  });
}

// ---- Start-up: wire the forms, load documents and names, then honour ?from=&to= or ?of= in the address.

function runFromAddress() {
  const params = new URLSearchParams(location.search);
  if (params.get('from') && params.get('to')) {
    $('cause').value = params.get('from');
    $('effect').value = params.get('to');
    return tracePathways(params.get('from'), params.get('to'), { push: false });
  }
  if (params.get('of')) {
    $('source').value = params.get('of');
    const hops = Number(params.get('maxHops')) || 3;
    $('hops').value = String(hops);
    return showDownstream(params.get('of'), hops, { push: false });
  }
  return Promise.resolve();
}

async function start() {
  if (typeof cytoscape !== 'function' || typeof cytoscapeDagre !== 'function') {
    setStatus('The drawing library did not load (vendor/cytoscape*.min.js).', { error: true });
    return;
  }
  if (!cytoscape('layout', 'dagre')) cytoscape.use(cytoscapeDagre);
  drawing = new Drawing($('graph'), { onEdge: selectRelation, onNode: (id) => selectEntity(id) });
  window.explorer.cy = drawing.cy;

  $('pathways-form').addEventListener('submit', (e) => {
    e.preventDefault();
    tracePathways($('cause').value.trim(), $('effect').value.trim());
  });
  $('downstream-form').addEventListener('submit', (e) => {
    e.preventDefault();
    showDownstream($('source').value.trim(), Number($('hops').value));
  });
  for (const id of ['cause', 'effect', 'source']) $(id).addEventListener('input', onType);
  document.querySelectorAll('button.copy').forEach((b) => b.addEventListener('click', async () => {
    const text = $(b.dataset.copy).textContent;
    try { await navigator.clipboard.writeText(text); b.textContent = 'Copied'; } catch { b.textContent = 'Select and copy'; }
    setTimeout(() => { b.textContent = 'Copy'; }, 1500);
  }));
  window.addEventListener('popstate', () => { runFromAddress(); });

  try {
    const [docs, names] = await Promise.all([query(Queries.documents), query(Queries.entityOptions, { first: 100 })]);
    for (const d of docs.documents) state.documents.set(d.id, d);
    fillOptions(names.entities.nodes);
  } catch (error) {
    setStatus(`Cannot reach the GraphQL endpoint: ${error.message}`, { error: true });
    return;
  }
  await runFromAddress();
}

// Exposed for people poking at the page in devtools, and for the browser tests.
window.explorer = { state, cy: null };
window.explorer.ready = start();
