// MechanismGraph explorer: pathways between two entities, or everything downstream of one, drawn from /graphql.
// Every drawn node and arrow is mirrored by a button (steps list, influences list), so it all works from the keyboard.

import { query, Queries, QueryError } from './api.js';
import { el } from './dom.js';
import { Drawing, Signs } from './drawing.js';
import { RELATIONS_SHOWN, showEntity, showMessage, showRelation } from './details.js';

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

/** Pathways searched for when the address gives no maxHops (the API's own default). */
const PATH_HOPS = 8;

async function tracePathways(from, to, { push = true, maxHops = PATH_HOPS, associations = false } = {}) {
  setStatus(`Tracing pathways from ${from} to ${to}…`);
  if (push) {
    history.pushState(null, '', `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}${maxHops === PATH_HOPS ? '' : `&maxHops=${maxHops}`}${associations ? '&associations=1' : ''}`);
  }
  let data;
  try {
    const predicates = associations ? await causalAndAssociationPredicates() : null;
    data = await query(Queries.pathways, { from, to, limit: PATHWAY_LIMIT, maxHops, predicates });
  } catch (error) {
    explain(error, { from: $('cause'), to: $('effect'), ref: $('cause') });
    return;
  }
  state.view = 'pathways';
  state.pathways = data.pathwaySearch.pathways;
  state.selected = 0;
  const [cause, effect] = [data.cause, data.effect];
  const complete = data.pathwaySearch.searchComplete;
  // A search cut by its work bound proves nothing about what it did not reach: say so rather than "none".
  const stoppedEarly = complete ? '' : ' The search stopped early, at its work bound: other pathways may exist.';
  const kindOfLinks = associations ? 'causal or associative pathway' : 'causal pathway';
  showView();
  $('view-title').textContent = `${associations ? 'Causal and associative pathways' : 'Pathways'} from ${cause.name} to ${effect.name}`;
  if (state.pathways.length === 0) {
    drawing.clear();
    if (!complete) {
      setStatus(`Search stopped early: no ${kindOfLinks} from ${cause.name} to ${effect.name} was found before the search reached its work bound, so one may still exist. Fewer steps give a complete search.`);
      $('status').dataset.state = 'stopped-early';
    } else if (!associations && await associationsConnect(from, to, maxHops)) {
      setStatus(`No causal pathway from ${cause.name} to ${effect.name} within ${maxHops} steps in this graph; only associations connect them (they say two things go together, not that one acts on the other). `, {
        suggestions: ['Show them'], onSuggestion: () => tracePathways(from, to, { maxHops, associations: true }),
      });
      $('status').dataset.state = 'only-associations';
    } else {
      setStatus(`No ${kindOfLinks} from ${cause.name} to ${effect.name} within ${maxHops} steps in this graph.`);
      $('status').dataset.state = 'none';
    }
    return;
  }
  const caveat = associations ? ' These pathways pass through associations: a step may only say two things go together.' : '';
  setStatus(`${state.pathways.length} pathway${state.pathways.length === 1 ? '' : 's'}, best first: fully mechanistic before indirect, then shorter, then better supported.${caveat}${stoppedEarly}`);
  $('status').dataset.state = complete ? 'found' : 'found-stopped-early';
  renderTabs(); // before drawing: whatever moves the drawing area must be in place when cytoscape measures it
  drawing.draw(state.pathways, { direction: 'LR', endpoints: [cause.id, effect.id] });
  selectPathway(0);
  showMessage($('details'), 'Details', 'Click an arrow to read the sentence of the document behind it (or the source it was imported from), or a box to read about the entity.');
}

/** Every causal predicate and every association predicate: what "show them" follows. */
async function causalAndAssociationPredicates() {
  if (!state.predicates) state.predicates = (await query(Queries.predicates)).predicates;
  return state.predicates.filter((p) => p.causal || p.group === 'ASSOCIATION').map((p) => p.id);
}

/** Whether a pathway exists once association predicates are followed too (a complete search with none says no). */
async function associationsConnect(from, to, maxHops) {
  try {
    const predicates = await causalAndAssociationPredicates();
    if (!state.predicates.some((p) => p.group === 'ASSOCIATION' && !p.causal)) return false;
    const data = await query(Queries.pathwayProbe, { from, to, maxHops, predicates });
    return data.pathwaySearch.pathways.length > 0;
  } catch {
    return false; // the probe only adds an offer; without it the plain answer stands
  }
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
      onfocus: () => drawing.hover(step.id, true), onblur: () => drawing.hover(step.id, false),
    }, el('span', { 'aria-hidden': 'true' }, '—'), step.predicate, step.inferred ? ' (inferred)' : '',
    el('span', { 'aria-hidden': 'true' }, step.sign === 'DECREASES' ? '⊣' : '→'),
    el('span', { class: 'visually-hidden' }, `: ${step.sentence} Show the evidence.`))));
  });
  $('chain').replaceChildren(...items);
}

// ---- Downstream (or upstream) view: a summary first past SUMMARY_THRESHOLD, then the most relevant entities drawn,
// and each entity's next step drawn when it is clicked, within DRAW_CAP boxes.

/** Neighbourhoods larger than this are summarised and drawn in part; smaller ones are drawn whole. */
const SUMMARY_THRESHOLD = 40;
/** Entities the first drawing of a big neighbourhood adds beside its centre. */
const FIRST_DRAWN = 10;
/** Boxes the drawing never exceeds, expansions included. */
const DRAW_CAP = 40;
/** Entities of the list fetched at a time ("show more"). */
const PAGE = 40;
/** Next steps one expansion draws at most. */
const EXPAND_STEPS = 6;

const REACH = {
  downstream: { word: 'Downstream', verb: 'downstream', sign: 'Net effect of', noun: 'effects' },
  upstream: { word: 'Upstream', verb: 'upstream', sign: 'Net effect on', noun: 'causes' },
};

function neighbourhoodVariables(n, extra = {}) {
  return {
    of: n.of, reach: n.reach.toUpperCase(), maxHops: n.maxHops, includeAssociations: n.associations,
    kind: n.kind || null, sign: n.sign || null, source: n.source || null, first: PAGE, offset: 0, ...extra,
  };
}

function neighbourhoodAddress(n) {
  const params = new URLSearchParams({ of: n.of, maxHops: String(n.maxHops) });
  if (n.reach !== 'downstream') params.set('reach', n.reach);
  if (n.associations) params.set('associations', '1');
  for (const key of ['kind', 'sign', 'source']) if (n[key]) params.set(key, n[key]);
  return `?${params}`;
}

/** A source as a reader knows it: a curated document's title, or the imported knowledge source's infores id. */
function sourceName(name) {
  if (name.startsWith('infores:')) return `${name} (imported)`;
  const doc = state.documents.get(name);
  return doc ? `curated: ${doc.title}` : `curated: ${name}`;
}

async function showDownstream(of, maxHops, { push = true, reach = 'downstream', associations = false, kind = '', sign = '', source = '' } = {}) {
  const n = { of, maxHops, reach, associations, kind, sign, source };
  const words = REACH[reach];
  setStatus(`Finding everything ${words.verb} of ${of}…`);
  if (push) history.pushState(null, '', neighbourhoodAddress(n));
  const started = performance.now();
  let data;
  try {
    data = (await query(Queries.neighbourhood, neighbourhoodVariables(n))).neighbourhood;
  } catch (error) {
    explain(error, { of: $('source'), ref: $('source') });
    return;
  }
  state.view = 'downstream';
  state.neighbourhood = n;
  state.source = data.of;
  state.influences = data.top;
  state.summary = data;
  state.expanded = new Set();
  state.expansions = [];
  showView();
  const entity = data.of;
  $('view-title').textContent = `${words.word} of ${entity.name}, within ${maxHops} step${maxHops === 1 ? '' : 's'}`;
  const big = data.reached > SUMMARY_THRESHOLD;
  renderOverview(data, big);
  if (data.top.length === 0) {
    drawing.clear();
    setStatus(data.reached === 0
      ? `Nothing ${associations ? 'causal or associated' : 'causal'} ${words.verb} of ${entity.name} within ${maxHops} step${maxHops === 1 ? '' : 's'} in this graph.`
      : `None of the ${data.reached} entities ${words.verb} of ${entity.name} passes the filters.`);
    renderInfluences();
    return;
  }
  // The most relevant first, each with the pathway that reaches it, while the drawing stays within its first size.
  const first = big ? FIRST_DRAWN + 1 : DRAW_CAP;
  const chosen = [];
  let boxes = 0;
  for (const influence of data.top) {
    const ids = new Set([...chosen.flatMap((p) => p.entities.map((e) => e.id)), ...influence.pathway.entities.map((e) => e.id)]);
    if (ids.size > first) break;
    chosen.push(influence.pathway);
    boxes = ids.size;
  }
  const net = (id) => state.influences.find((i) => i.entity.id === id);
  drawing.draw(chosen, {
    // Top to bottom: a cause fans out to many effects, and a wide screen holds a wide fan better than a tall one.
    direction: 'TB', endpoints: [entity.id],
    nodeExtra: (e) => {
      const influence = net(e.id);
      if (!influence) return {};
      const s = Signs[influence.netEffect] || Signs.NONE;
      return { label: `${e.name}\n${s.symbol} ${s.short}`, netColour: s.colour };
    },
  });
  drawing.cy.getElementById(entity.id).addClass('endpoint');
  drawing.focus(drawing.cy.nodes().map((x) => x.id()), drawing.cy.edges().map((x) => x.id()));
  const counts = Object.fromEntries(data.bySign.map((c) => [c.name, c.count]));
  const drawnNote = data.reached > boxes - 1 ? ` The ${boxes - 1} most relevant are drawn (fewest steps, then most evidence, then curated first); click one, or press Enter on it in the list, to draw its next step.` : '';
  setStatus(`${data.reached}${data.complete ? '' : '+'} entities ${words.verb}, nearest first: ${counts.INCREASES || 0} increased, ${counts.DECREASES || 0} decreased, ${counts.UNKNOWN || 0} in a direction not stated${counts.ASSOCIATION ? `, ${counts.ASSOCIATION} reached through an association (no effect stated on that pathway)` : ''}${counts.NONE ? `, ${counts.NONE} not causal` : ''}. Box borders show the net sign.${drawnNote}${data.complete ? '' : ` The traversal stopped at its entity bound: counts are lower bounds.`}`);
  $('graph').setAttribute('aria-label', `Drawing of ${drawing.cy.nodes().length - 1} of the ${data.reached} entities ${words.verb} of ${entity.name}; the list below mirrors it.`);
  $('summary').textContent = `${words.sign} ${entity.name} on each, along the best pathway${data.reached > state.influences.length ? `; ${state.influences.length} of ${data.matching} listed, most relevant first` : ''}:`;
  renderInfluences();
  showMessage($('details'), 'Details', 'Click a box or an entry of the list to see how it is reached, draw its next step, and read about it.');
  $('graph').dataset.firstDrawingMs = String(Math.round(performance.now() - started));
}

/** The summary above a big neighbourhood's drawing: counts by kind, sign, family and source, with the filters. */
function renderOverview(data, big) {
  const overview = $('overview');
  overview.hidden = !big;
  if (!big) { overview.replaceChildren(); return; }
  const n = state.neighbourhood;
  const facet = (title, counts, label = (x) => x) => el('div', { class: 'facet', 'data-testid': `facet-${title.toLowerCase().replace(/\W+/g, '-')}` },
    el('h3', {}, title),
    el('ul', {}, counts.map((c) => el('li', {}, el('span', { class: 'facet-name' }, label(c.name)), ' ', el('span', { class: 'facet-count' }, String(c.count))))));
  const signWord = (name) => (name === 'ASSOCIATION' ? 'through an association (no effect stated)' : (Signs[name] || Signs.NONE).word);
  const select = (id, label, options, value, word = (x) => x) => [
    el('label', { for: id }, label),
    el('select', { id, 'data-testid': id, onchange: applyFilters },
      el('option', { value: '' }, 'all'), options.map((o) => el('option', { value: o.name, selected: o.name === value }, `${word(o.name)} (${o.count})`))),
  ];
  overview.replaceChildren(
    el('h2', { id: 'overview-title' }, `Summary: ${data.reached}${data.complete ? '' : '+'} entities ${REACH[n.reach].verb} of ${data.of.name}`),
    el('div', { class: 'facets' },
      facet('By kind', data.byKind),
      facet('By net sign', data.bySign, signWord),
      facet('By predicate family', data.byFamily),
      facet('By source', data.bySource, sourceName)),
    el('form', { class: 'filters', 'data-testid': 'filters', onsubmit: (e) => e.preventDefault() },
      select('filter-kind', 'Kind', data.byKind, n.kind),
      // ASSOCIATION is a count, not a sign a query can filter by: the "Causal only" box is that filter.
      select('filter-sign', 'Net sign', data.bySign.filter((c) => c.name !== 'ASSOCIATION'), n.sign, signWord),
      select('filter-source', 'Source', data.bySource, n.source, sourceName),
      el('label', { class: 'check' }, el('input', { type: 'checkbox', id: 'filter-causal', checked: !n.associations, onchange: applyFilters }), 'Causal only')),
  );
}

function applyFilters() {
  const n = state.neighbourhood;
  showDownstream(n.of, n.maxHops, {
    reach: n.reach, associations: !$('filter-causal').checked,
    kind: $('filter-kind').value, sign: $('filter-sign').value, source: $('filter-source').value,
  });
}

function influenceSource(influence) {
  const steps = influence.pathway.steps;
  const reaching = state.neighbourhood.reach === 'downstream' ? steps[steps.length - 1] : steps[0];
  return reaching.provenance ? reaching.provenance.primaryKnowledgeSource.replace(/^infores:/, '') : 'curated';
}

function renderInfluences() {
  const items = state.influences.map((influence) => {
    const sign = Signs[influence.netEffect] || Signs.NONE;
    const drawn = drawing.cy.getElementById(influence.entity.id).nonempty();
    return el('li', {}, el('button', {
      type: 'button', 'data-node-id': influence.entity.id, 'aria-pressed': 'false', class: drawn ? 'drawn' : 'undrawn',
      onclick: () => selectEntity(influence.entity.id, influence),
    }, `${influence.entity.name} `, el('span', { class: `net ${sign.css}` }, `${sign.symbol} ${sign.word}`),
    ` · ${influence.hops} step${influence.hops === 1 ? '' : 's'}`,
    el('span', { class: 'source-tag' }, ` · ${influenceSource(influence)}`),
    drawn ? null : el('span', { class: 'visually-hidden' }, ' (not drawn yet)')));
  });
  // Boxes an expansion drew are listed too, so the keyboard reaches every box of the drawing.
  const listed = new Set(state.influences.map((i) => i.entity.id));
  const expansions = (state.expansions || []).filter((x) => !listed.has(x.entity.id)).map((x) => {
    const sign = Signs[x.netEffect] || Signs.NONE;
    return el('li', {}, el('button', {
      type: 'button', 'data-node-id': x.entity.id, 'aria-pressed': 'false', class: 'drawn',
      onclick: () => selectEntity(x.entity.id),
    }, `${x.entity.name} `, el('span', { class: 'source-tag' }, `· next step of ${x.via}: `),
    el('span', { class: `net ${sign.css}` }, `${sign.symbol} ${sign.word}`)));
  });
  const more = state.summary && state.summary.matching > state.influences.length
    ? el('li', { class: 'more' }, el('button', { type: 'button', 'data-testid': 'show-more', onclick: showMore },
      `Show more (${state.influences.length} of ${state.summary.matching} listed)`))
    : null;
  $('influences').replaceChildren(...items, ...expansions, ...(more ? [more] : []));
}

async function showMore() {
  const n = state.neighbourhood;
  try {
    const data = (await query(Queries.neighbourhood, neighbourhoodVariables(n, { offset: state.influences.length }))).neighbourhood;
    state.influences = state.influences.concat(data.top);
  } catch (error) {
    setStatus(error.message, { error: true });
    return;
  }
  renderInfluences();
  const next = document.querySelectorAll('#influences [data-node-id]')[state.influences.length - PAGE];
  if (next) next.focus();
}

/** Draws an entity's next step (its own most relevant neighbours), as far as the cap allows. */
async function expand(id) {
  if (state.expanded.has(id)) return;
  const n = state.neighbourhood;
  let data;
  try {
    data = (await query(Queries.neighbourhood, { of: id, reach: n.reach.toUpperCase(), maxHops: 1, includeAssociations: n.associations, first: EXPAND_STEPS, offset: 0 })).neighbourhood;
  } catch (error) {
    setStatus(error.message, { error: true });
    return;
  }
  state.expanded.add(id);
  const room = DRAW_CAP - drawing.cy.nodes().length;
  const added = [];
  for (const influence of data.top) {
    if (drawing.newEntities([...added, influence.pathway]) > room) break;
    added.push(influence.pathway);
  }
  const name = data.of.name;
  if (added.length) {
    for (const influence of data.top.slice(0, added.length)) {
      if (!state.expansions.some((x) => x.entity.id === influence.entity.id)) state.expansions.push({ ...influence, via: data.of.name });
    }
    drawing.add(added);
    drawing.cy.getElementById(id).addClass('expanded');
    drawing.focus(drawing.cy.nodes().map((x) => x.id()), drawing.cy.edges().map((x) => x.id()));
    drawing.show([id, ...added.flatMap((p) => p.entities.map((e) => e.id))]);
  }
  const left = data.reached - added.length;
  setStatus(data.reached === 0 ? `${name} has no next step ${REACH[n.reach].verb} in this graph.`
    : `Expanded ${name}: ${added.length} of its ${data.reached} next step${data.reached === 1 ? '' : 's'} drawn${left > 0 ? `, the most relevant first; ${room - drawing.newEntities(added) <= 0 || added.length < Math.min(EXPAND_STEPS, data.reached) ? `the drawing holds at most ${DRAW_CAP} boxes` : `open ${name}'s own neighbourhood for the rest`}` : ''}.`);
  $('status').dataset.state = 'expanded';
  renderInfluences();
  markPressed('data-node-id', id);
}

function showView() {
  const pathways = state.view === 'pathways';
  $('pathway-tabs').hidden = !pathways;
  $('chain').hidden = !pathways;
  $('export').hidden = !pathways || state.pathways.length === 0;
  $('influences').hidden = pathways;
  $('overview').hidden = true;
  delete $('status').dataset.state;
  $('steps-title').textContent = pathways ? 'Steps' : `Everything ${state.neighbourhood ? REACH[state.neighbourhood.reach].verb : 'downstream'}`;
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
    // Selecting an entity of a big neighbourhood draws its next step (or, if not drawn yet, the pathway to it).
    if (state.summary.reached > SUMMARY_THRESHOLD && id !== state.source.id) {
      if (influence && drawing.cy.getElementById(id).empty() && drawing.newEntities([influence.pathway]) <= DRAW_CAP - drawing.cy.nodes().length) {
        drawing.add([influence.pathway]);
        renderInfluences();
      }
      if (drawing.cy.getElementById(id).nonempty()) await expand(id);
      drawing.select(id);
    } else if (influence) drawing.focus(influence.pathway.entities.map((e) => e.id), influence.pathway.steps.map((s) => s.id));
    else drawing.focus(drawing.cy.nodes().map((n) => n.id()), drawing.cy.edges().map((e) => e.id()));
  }
  let entity = state.entities.get(id);
  if (!entity) {
    try {
      const data = await query(Queries.entity, { ref: id, first: RELATIONS_SHOWN });
      entity = { ...data.entity, outgoing: data.outgoing, incoming: data.incoming };
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
    onDownstream: (e) => { $('source').value = e.name; setReach('downstream'); $('downstream-form').requestSubmit(); },
    onUpstream: (e) => { $('source').value = e.name; setReach('upstream'); showDownstream(e.id, Number($('hops').value), { reach: 'upstream' }); },
  });
}

/** The downstream/upstream form says which way it looks: its select, the entity's label and the button. */
function setReach(reach) {
  $('reach').value = reach;
  $('source-label').textContent = reach === 'upstream' ? 'Upstream of' : 'Downstream of';
  $('reach-button').textContent = reach === 'upstream' ? 'Show causes' : 'Show effects';
}

// ---- Start-up: wire the forms, load documents and names, then honour ?from=&to= or ?of= in the address.

function runFromAddress() {
  const params = new URLSearchParams(location.search);
  const associations = params.get('associations') === '1';
  if (params.get('from') && params.get('to')) {
    $('cause').value = params.get('from');
    $('effect').value = params.get('to');
    return tracePathways(params.get('from'), params.get('to'), { push: false, associations, maxHops: Number(params.get('maxHops')) || PATH_HOPS });
  }
  if (params.get('of')) {
    $('source').value = params.get('of');
    const hops = Number(params.get('maxHops')) || 3;
    $('hops').value = String(hops);
    const reach = params.get('reach') === 'upstream' ? 'upstream' : 'downstream';
    setReach(reach);
    return showDownstream(params.get('of'), hops, {
      push: false, associations, reach,
      kind: params.get('kind') || '', sign: params.get('sign') || '', source: params.get('source') || '',
    });
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
    showDownstream($('source').value.trim(), Number($('hops').value), { reach: $('reach').value });
  });
  $('reach').addEventListener('change', () => setReach($('reach').value));
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
