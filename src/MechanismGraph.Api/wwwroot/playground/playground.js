// MechanismGraph GraphQL playground: GraphiQL 4 (UMD globals React, ReactDOM, GraphiQL) against same-origin /graphql.
'use strict';

(function () {
  const ENDPOINT = '/graphql';
  // GraphQL-over-HTTP: prefer the graphql-response media type, accept plain JSON from older servers.
  const HEADERS = { accept: 'application/graphql-response+json, application/json' };

  // Tab titles come from the operation names; the first comment line says what each example does.
  const EXAMPLES = [
    // Trace ketamine → synaptogenesis
    `# Trace how ketamine leads to synaptogenesis, shortest mechanistic chains first.
query TraceKetamineToSynaptogenesis {
  pathways(from: "ketamine", to: "synaptogenesis", maxHops: 8, limit: 3) {
    length
    netEffect
    score
    summary
    entities { id name kind }
    steps { id predicate sign sentence evidence { quote document start end } }
  }
}
`,
    // Explain the antidepressant effect
    `# Why does ketamine have a rapid antidepressant action? A cited narrative.
query ExplainAntidepressantAction {
  explain(effect: "rapid antidepressant action", cause: "ketamine") {
    narrative
    citations { quote document start end }
  }
}
`,
    // Facts about ketamine
    `# Citation-ready statements about ketamine, for chatbots.
query FactsAboutKetamine {
  facts(about: "ketamine", first: 20) {
    sentence
    sign
    evidence { quote document }
  }
}
`,
  ];

  // The UMD build exposes GraphiQL.createFetcher; keep a plain fetch fallback in case a future bundle drops it.
  function makeFetcher() {
    if (typeof GraphiQL.createFetcher === 'function') {
      // No incremental delivery: it would replace our Accept header with "application/json, multipart/mixed".
      return GraphiQL.createFetcher({ url: ENDPOINT, headers: HEADERS, enableIncrementalDelivery: false });
    }
    return async function (params, opts) {
      const headers = Object.assign({ 'content-type': 'application/json' }, HEADERS, opts && opts.headers);
      const res = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(params) });
      return res.json();
    };
  }

  // GraphiQL 4.1.2 applies the `visiblePlugin` prop in an effect, after the plugin pane has fixed its initial
  // hidden state, so that prop marks the docs icon active but leaves the pane collapsed. Instead press the
  // sidebar's docs button once, as a user would (its aria-label is "Show <plugin title>").
  function openDocExplorer(triesLeft) {
    const button = document.querySelector('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]');
    if (button) button.click();
    else if (triesLeft > 0) setTimeout(openDocExplorer, 50, triesLeft - 1);
    else console.warn('playground: documentation explorer button not found');
  }

  const props = {
    fetcher: makeFetcher(),
    defaultTabs: EXAMPLES.map((query) => ({ query })),
    shouldPersistHeaders: false,
  };

  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, props, React.createElement(GraphiQL.Logo, null, 'MechanismGraph')));
  openDocExplorer(100);
})();
