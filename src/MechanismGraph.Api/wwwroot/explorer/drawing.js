// The drawing: cytoscape with the dagre layout. Colours and shapes follow the diagrams' palette
// (src/MechanismGraph/Reasoning/Diagrams/DiagramStyle.cs): edges by sign, nodes by kind.

export const Signs = {
  INCREASES: { colour: '#2e7d32', word: 'increases', short: 'increases', symbol: '+', css: 'sign-increases' },
  DECREASES: { colour: '#c62828', word: 'decreases', short: 'decreases', symbol: '−', css: 'sign-decreases' },
  UNKNOWN: { colour: '#616161', word: 'direction not stated', short: 'unknown', symbol: '?', css: 'sign-unknown' },
  NONE: { colour: '#9e9e9e', word: 'not causal', short: 'not causal', symbol: '·', css: 'sign-none' },
};

const KINDS = {
  Drug: ['ellipse', '#ede7f6', '#5e35b1'],
  Neurotransmitter: ['ellipse', '#e0f7fa', '#00838f'],
  Receptor: ['rectangle', '#e3f2fd', '#1565c0'],
  Protein: ['rectangle', '#fff8e1', '#ef6c00'],
  MolecularSite: ['rectangle', '#fce4ec', '#ad1457'],
  CellType: ['rectangle', '#f3e5f5', '#8e24aa'],
  AnatomicalStructure: ['rectangle', '#efebe9', '#6d4c41'],
  SignalingPathway: ['round-rectangle', '#e8f5e9', '#388e3c'],
  BiologicalProcess: ['round-rectangle', '#f1f8e9', '#558b2f'],
  Effect: ['hexagon', '#fffde7', '#f9a825'],
  Disease: ['hexagon', '#ffebee', '#b71c1c'],
};
const OTHER_KIND = ['rectangle', '#f5f5f5', '#616161'];

/** More arrows than this and all their labels hide until hovered, focused or selected; below it, only those that would overprint. */
export const EDGE_LABEL_LIMIT = 12;

function overlaps(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Below this zoom labels get too small to read: the drawing is panned instead (drag, or the wheel to zoom). */
const MIN_READABLE_ZOOM = 0.6;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';

const NODE_WIDTH = 106;
const LABEL_WIDTH = 96;
const LINE_HEIGHT = 17;

const STYLE = [
  { selector: 'node', style: {
    shape: 'data(shape)', 'background-color': 'data(fill)', 'border-color': 'data(stroke)', 'border-width': 2,
    label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': LABEL_WIDTH, 'text-valign': 'center', 'text-halign': 'center',
    'font-family': FONT, 'font-size': 14, color: '#1f2328', width: 'data(width)', height: 'data(height)',
  } },
  { selector: 'node.endpoint', style: { 'border-width': 4 } },
  { selector: 'node.net', style: { 'border-color': 'data(netColour)', 'border-width': 3 } },
  { selector: 'edge', style: {
    'curve-style': 'bezier', width: 2.5, 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
    'target-arrow-shape': 'data(arrow)', 'arrow-scale': 1.3, label: 'data(label)', 'font-family': FONT, 'font-size': 13,
    color: 'data(colour)', 'font-weight': 600, 'text-background-color': '#fcfcfd', 'text-background-opacity': 1,
    'text-background-padding': 2, 'text-wrap': 'wrap', 'text-max-width': 90, 'text-events': 'yes',
  } },
  { selector: 'edge[sign = "UNKNOWN"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
  { selector: 'edge[sign = "NONE"]', style: { 'line-style': 'dotted' } },
  // A step the curator inferred rather than read in a sentence: a double line, and "(inferred)" in its label.
  { selector: 'edge[?inferred]', style: { 'line-style': 'double', width: 5 } },
  // Imported relations (a knowledge source, no quote) are thinner than curated ones (a quote in a document).
  { selector: 'edge[?imported]', style: { width: 1.5, 'arrow-scale': 1 } },
  // Past a density, edge labels would overprint each other: they show on hover, focus or selection only.
  { selector: 'edge.quiet', style: { label: '' } },
  { selector: 'edge.quiet.hover, edge.quiet:selected', style: { label: 'data(label)', 'z-index': 10 } },
  { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 5 } },
  { selector: '.off', style: { opacity: 0.22 } },
  { selector: 'edge:selected', style: { width: 6, 'text-background-color': '#ffe066' } },
  { selector: 'node:selected', style: { 'border-width': 5, 'border-color': '#1f2328', 'background-color': '#ffe066' } },
];

let measure;

/** How many lines cytoscape's word wrap will give a label at the node font, so boxes grow to hold their text. */
function lineCount(label) {
  measure = measure || document.createElement('canvas').getContext('2d');
  measure.font = `14px ${FONT}`;
  let lines = 0;
  for (const paragraph of label.split('\n')) {
    let line = '';
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure.measureText(candidate).width > LABEL_WIDTH) { lines += 1; line = word; } else line = candidate;
    }
  }
  return lines;
}

function longestWord(label) {
  return Math.max(...label.split(/[\s]+/).map((w) => measure.measureText(w).width));
}

/** How wide an arrow's label is drawn: lines wrap at 90 px, but a single long word (a predicate id) does not. */
function labelWidth(label) {
  measure = measure || document.createElement('canvas').getContext('2d');
  measure.font = `600 13px ${FONT}`;
  return Math.max(...label.split('\n').map((line) => Math.max(
    Math.min(measure.measureText(line).width, 90), ...line.split(' ').map((w) => measure.measureText(w).width))));
}

/** Entity → cytoscape node data. */
function nodeData(entity, extra = {}) {
  const [shape, fill, stroke] = KINDS[entity.kind] || OTHER_KIND;
  const data = { id: entity.id, label: entity.name, kind: entity.kind, shape, fill, stroke, ...extra };
  const padding = shape === 'hexagon' || shape === 'ellipse' ? 26 : 16; // curved and slanted sides leave less room
  data.height = Math.max(48, lineCount(data.label) * LINE_HEIGHT + padding);
  data.width = Math.max(NODE_WIDTH, longestWord(data.label) + 18) + (shape === 'hexagon' ? 24 : 0);
  return data;
}

/** Relation → cytoscape edge data; the relation itself rides along for the details panel. */
function edgeData(step) {
  const sign = Signs[step.sign] || Signs.NONE;
  return {
    id: step.id, source: step.subject.id, target: step.object.id, sign: step.sign, inferred: Boolean(step.inferred),
    imported: Boolean(step.provenance),
    label: step.inferred ? `${step.predicate}\n(inferred)` : step.predicate,
    colour: sign.colour, arrow: step.sign === 'DECREASES' ? 'tee' : step.sign === 'NONE' ? 'vee' : 'triangle',
    relation: step,
  };
}

export class Drawing {
  constructor(container, { onEdge, onNode }) {
    this.container = container;
    this.cy = cytoscape({
      container, style: STYLE, minZoom: 0.25, maxZoom: 2.5, boxSelectionEnabled: false, selectionType: 'single',
    });
    this.cy.on('tap', 'edge', (e) => onEdge(e.target.data('relation')));
    this.cy.on('tap', 'node', (e) => onNode(e.target.id()));
    this.cy.on('mouseover', 'node, edge', () => { container.style.cursor = 'pointer'; });
    this.cy.on('mouseout', 'node, edge', () => { container.style.cursor = ''; });
    this.cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    this.cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    this.options = { direction: 'LR', nodeExtra: () => ({}) };
    // cytoscape caches where its container is; text appearing above it (status, tabs) moves it, so re-measure on entry.
    container.addEventListener('mouseenter', () => this.cy.resize());
    this.drawn = 0;
    window.addEventListener('resize', () => { this.cy.resize(); this.fit(); });
  }

  /** Draws the union of some pathways (each entity and relation once); `endpoints` get a heavier border. */
  draw(pathways, { direction = 'LR', endpoints = [], nodeExtra = () => ({}) } = {}) {
    this.cy.elements().remove();
    this.options = { direction, nodeExtra };
    this.add(pathways);
    for (const id of endpoints) this.cy.getElementById(id).addClass('endpoint');
  }

  /** How many entities drawing these pathways would add to the drawing. */
  newEntities(pathways) {
    const ids = new Set();
    for (const pathway of pathways) for (const e of pathway.entities) if (this.cy.getElementById(e.id).empty()) ids.add(e.id);
    return ids.size;
  }

  /** Adds the entities and relations of some pathways not drawn yet, and lays the whole drawing out again. */
  add(pathways) {
    const { direction, nodeExtra } = this.options;
    // Edge hit-testing uses geometry cytoscape computes while rendering: the drawing is announced once it is on screen.
    delete this.container.dataset.drawn;
    const nodes = new Map();
    const edges = new Map();
    for (const pathway of pathways) {
      for (const entity of pathway.entities) {
        if (!nodes.has(entity.id) && this.cy.getElementById(entity.id).empty()) nodes.set(entity.id, nodeData(entity, nodeExtra(entity)));
      }
      for (const step of pathway.steps) if (!edges.has(step.id) && this.cy.getElementById(step.id).empty()) edges.set(step.id, edgeData(step));
    }
    this.cy.add([...nodes.values()].map((data) => ({ group: 'nodes', data })));
    this.cy.add([...edges.values()].map((data) => ({ group: 'edges', data })));
    this.cy.nodes().filter((n) => n.data('netColour')).addClass('net');
    // Left to right, an arrow's label sits between two columns: leave it room there, or declutter would hide it.
    const rankSep = direction === 'LR' ? Math.max(72, ...this.cy.edges().map((e) => labelWidth(e.data('label')) + 36)) : 72;
    this.cy.layout({ name: 'dagre', rankDir: direction, nodeSep: 22, rankSep, edgeSep: 12, fit: false, animate: false }).run();
    this.declutter();
    this.fitHeight();
    this.fit();
    this.drawn += 1;
    const drawn = String(this.drawn);
    this.cy.one('render', () => { this.container.dataset.drawn = drawn; });
  }

  /** Hides the arrow labels that would overprint a box or another label (all of them past EDGE_LABEL_LIMIT arrows). */
  declutter() {
    const edges = this.cy.edges();
    edges.removeClass('quiet');
    if (edges.length > EDGE_LABEL_LIMIT) { edges.addClass('quiet'); return; }
    const placed = this.cy.nodes().map((n) => n.boundingBox({ includeLabels: true, includeEdges: false }));
    edges.forEach((edge) => {
      const box = edge.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      if (box.w === 0) return;
      if (placed.some((other) => overlaps(box, other))) edge.addClass('quiet');
      else placed.push(box);
    });
  }

  /** Shows one relation's label (hidden past the density limit) while it has focus in a list or the pointer. */
  hover(id, on) {
    const edge = this.cy.getElementById(id);
    if (edge.nonempty()) edge.toggleClass('hover', on);
  }

  /** Makes the drawing area as tall as the drawing needs at the zoom its width allows, within the CSS bounds. */
  fitHeight() {
    const pad = 18;
    this.container.style.height = '';
    const style = getComputedStyle(this.container);
    const [min, max] = [parseFloat(style.minHeight) || 200, parseFloat(style.maxHeight) || 620];
    const box = this.cy.elements().boundingBox();
    const zoom = Math.min(1.3, Math.max(MIN_READABLE_ZOOM, (this.container.clientWidth - 2 * pad) / box.w));
    this.container.style.height = `${Math.round(Math.min(max, Math.max(min, box.h * zoom + 2 * pad)))}px`;
    this.cy.resize();
  }

  /** Fits the whole drawing, but never magnifies a small one past 1.3× nor shrinks text below legibility. */
  fit() {
    if (this.cy.elements().empty()) return;
    this.cy.fit(undefined, 18);
    if (this.cy.zoom() > 1.3) { this.cy.zoom(1.3); this.cy.center(); }
    if (this.cy.zoom() < MIN_READABLE_ZOOM) { this.cy.zoom(MIN_READABLE_ZOOM); this.cy.center(this.cy.nodes().roots()); }
  }

  /** Brings some entities into view at a readable zoom (the rest of a wide drawing is panned to). */
  show(ids) {
    const elements = this.cy.collection(ids.map((id) => this.cy.getElementById(id)).filter((e) => e.nonempty()));
    if (elements.empty()) return;
    this.cy.fit(elements, 30);
    const zoom = Math.min(1.3, Math.max(0.8, this.cy.zoom()));
    if (zoom !== this.cy.zoom()) { this.cy.zoom(zoom); this.cy.center(elements); }
  }

  /** Dims everything except the given entities and relations. */
  focus(entityIds, relationIds) {
    const on = new Set([...entityIds, ...relationIds]);
    this.cy.elements().forEach((e) => { e.toggleClass('off', !on.has(e.id())); });
  }

  select(id) {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  clear() {
    this.cy.elements().remove();
    this.container.style.height = ''; // an empty answer needs no tall empty box (explorer.css)
    this.container.dataset.drawn = '0';
    this.cy.resize();
  }
}
