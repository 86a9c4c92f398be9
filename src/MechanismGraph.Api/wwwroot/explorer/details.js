// The details panel: a relation's evidence highlighted in its document, or an entity's description and relations.

import { el } from './dom.js';
import { Signs } from './drawing.js';

/** replaceChildren that skips absent parts and flattens groups. */
function fill(panel, ...parts) {
  panel.replaceChildren(...parts.flat().filter((p) => p !== null && p !== undefined && p !== false));
}

function badge(sign) {
  const s = Signs[sign] || Signs.NONE;
  return el('span', { class: `badge ${s.css}` }, s.word);
}

/** Shows one evidence quote inside the full document text, scrolled into view within its box. */
function documentWithMark(evidence, documents) {
  const doc = documents.get(evidence.document);
  if (!doc) return el('p', { class: 'meta' }, `Document ${evidence.document} is not available.`);
  const box = el('div', { class: 'document', 'data-testid': 'document-text', tabindex: '0', role: 'region',
    'aria-label': `Text of ${doc.title}, with the quote highlighted` },
  doc.text.slice(0, evidence.start),
  el('mark', { 'data-testid': 'evidence-quote' }, doc.text.slice(evidence.start, evidence.end)),
  doc.text.slice(evidence.end));
  return [el('h3', {}, `In “${doc.title}”, characters ${evidence.start}–${evidence.end}`), box];
}

function scrollMarkIntoBox(panel) {
  const mark = panel.querySelector('mark');
  const box = panel.querySelector('.document');
  if (!mark || !box) return;
  // Scroll the text box only: the page itself stays where the reader is.
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3); // .document is positioned: offsetTop is within it
}

/** Where a publication CURIE or URL can be read: PubMed, doi.org, the URL itself, else identifiers.org. */
export function publicationUrl(publication) {
  if (/^https?:\/\//i.test(publication)) return publication;
  const [prefix, ...rest] = publication.split(':');
  const local = rest.join(':');
  if (/^pmid$/i.test(prefix)) return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(local)}/`;
  if (/^doi$/i.test(prefix)) return `https://doi.org/${local}`;
  return `https://identifiers.org/${encodeURIComponent(publication)}`;
}

/** An imported relation's backing: its knowledge source and linked publications, in place of a quote. */
function provenanceBlock(provenance) {
  const publications = provenance.publications;
  return [
    el('h3', {}, 'Imported, not quoted from a document'),
    el('p', { class: 'meta provenance', 'data-testid': 'relation-source' },
      'Knowledge source: ', el('code', {}, provenance.primaryKnowledgeSource)),
    publications.length === 0
      ? el('p', { class: 'meta' }, 'The source lists no publication for it.')
      : el('p', { class: 'xrefs', 'data-testid': 'relation-publications' }, 'Publications: ', publications.map((p) =>
        el('a', { href: publicationUrl(p), target: '_blank', rel: 'noopener noreferrer' }, p))),
  ];
}

export function showRelation(panel, relation, documents, { quote = 0, onEntity }) {
  const evidence = relation.evidence[quote];
  const quotes = relation.evidence.length > 1
    ? el('div', { class: 'quotes', role: 'group', 'aria-label': 'Evidence quotes' },
      relation.evidence.map((_, i) => el('button', {
        type: 'button', 'aria-pressed': String(i === quote),
        onclick: () => showRelation(panel, relation, documents, { quote: i, onEntity }),
      }, `Quote ${i + 1} of ${relation.evidence.length}`)))
    : null;
  fill(panel,
    el('h2', { id: 'details-title' }, 'Evidence'),
    el('p', { class: 'headline', 'data-testid': 'relation-sentence' }, badge(relation.sign), relation.sentence),
    el('p', { class: 'meta' },
      'Relation ', el('code', {}, relation.id), ' · predicate ', el('code', {}, relation.predicate),
      relation.indirect ? ' · indirect: the document states the overall effect' : '', ' · ',
      el('button', { type: 'button', class: 'linkish', onclick: () => onEntity(relation.subject.id) }, relation.subject.name),
      ' → ',
      el('button', { type: 'button', class: 'linkish', onclick: () => onEntity(relation.object.id) }, relation.object.name)),
    relation.inferred
      ? el('p', { class: 'meta inferred', 'data-testid': 'relation-inferred' },
        `Inferred by the curator (${relation.knowledgeLevel.toLowerCase().replace(/_/g, ' ')}), not stated by the document: ${relation.inferenceReason}`)
      : null,
    relation.note ? el('p', { class: 'meta' }, `Curator’s note: ${relation.note}`) : null,
    quotes,
    evidence ? documentWithMark(evidence, documents) : null,
    relation.provenance ? provenanceBlock(relation.provenance) : null,
  );
  panel.dataset.showing = `relation:${relation.id}`;
  scrollMarkIntoBox(panel);
}

/** Relations listed in the details panel before "and N more": a hub has thousands. */
export const RELATIONS_SHOWN = 25;

/** One page of relations (a RelationConnection): the first RELATIONS_SHOWN, and how many there are in all. */
function relationList(page, onRelation, empty) {
  if (page.totalCount === 0) return el('p', { class: 'meta' }, empty);
  return [el('ul', { class: 'relations' }, page.nodes.map((r) => el('li', {},
    el('button', { type: 'button', class: (Signs[r.sign] || Signs.NONE).css, onclick: () => onRelation(r) }, r.sentence,
      r.provenance ? null : el('span', { class: 'source-tag' }, ' · curated, quoted'))))),
  page.totalCount > page.nodes.length ? el('p', { class: 'meta' }, `…and ${page.totalCount - page.nodes.length} more, not listed.`) : null];
}

export function showEntity(panel, entity, { influence, onRelation, onTraceFrom, onDownstream, onUpstream }) {
  const xrefs = entity.xrefs.length === 0 ? el('p', { class: 'meta' }, 'No standard identifier is recorded.')
    : el('p', { class: 'xrefs' }, 'Identifiers: ', entity.xrefs.map((x) =>
      el('a', { href: `https://identifiers.org/${encodeURIComponent(x)}`, target: '_blank', rel: 'noopener noreferrer' }, x)));
  fill(panel,
    el('h2', { id: 'details-title', 'data-testid': 'entity-name' }, entity.name, ' ', el('span', { class: 'badge kind' }, entity.kind)),
    entity.aliases.length ? el('p', { class: 'meta' }, `Also known as: ${entity.aliases.join(', ')}`) : null,
    influence ? el('p', { class: 'headline' }, badge(influence.netEffect),
      `${influence.hops} step${influence.hops === 1 ? '' : 's'} downstream: ${influence.pathway.summary}`) : null,
    el('p', { 'data-testid': 'entity-description' }, entity.description),
    xrefs,
    el('h3', {}, 'What it does'),
    relationList(entity.outgoing, onRelation, 'Nothing it acts on is recorded.'),
    el('h3', {}, 'What acts on it'),
    relationList(entity.incoming, onRelation, 'Nothing acting on it is recorded.'),
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => onTraceFrom(entity) }, `Trace pathways from ${entity.name}`),
      el('button', { type: 'button', onclick: () => onDownstream(entity) }, `Everything downstream of ${entity.name}`),
      el('button', { type: 'button', onclick: () => onUpstream(entity) }, `Everything upstream of ${entity.name}`)),
  );
  panel.dataset.showing = `entity:${entity.id}`;
}

export function showMessage(panel, title, text) {
  fill(panel, el('h2', { id: 'details-title' }, title), el('p', { class: 'hint' }, text));
  delete panel.dataset.showing;
}
