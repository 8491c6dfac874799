/**
 * Saved example queries: GraphiQL opens with one tab each, the headline question first. They
 * work on the five sample articles in seeds/ (tests/api/limits.test.ts runs every one). Each is
 * a named operation: GraphiQL titles a tab by its operation name ("<untitled>" without one).
 */

/** The query GraphiQL opens with: the headline question of armsgraph. */
export const HEADLINE_QUERY = `# What did North Korea send Russia, and what is it expected to receive in return?
query NorthKoreaAndRussia {
  exchange(from: "Nordkorea", to: "Russland") {
    sent             { category status supplier { name } recipient { name } items { name }
                       claims { quote article { title outlet publishedAt } } }
    expectedInReturn { category status supplier { name } recipient { name } items { name }
                       claims { quote article { title outlet publishedAt } } }
  }
}
`;

export const EXAMPLES: string[] = [
  HEADLINE_QUERY,
  `# What did Iran supply or offer, to whom, and how sure is it?
query WhatIranSupplied {
  actor(name: "Iran") {
    name aliases
    supplied { recipient { name } category status statuses disputed articleCount
               claims { quote status article { outlet publishedAt } } }
    partners { actor { name } supplied { total delivered negotiating } received { total } }
  }
}
`,
  `# What is John Kirby reported as saying?
query WhoSaidWhat {
  claims(by: "John Kirby") {
    quote status
    transfer { supplier { name } recipient { name } category }
    article { title outlet publishedAt }
  }
}
`,
  `# North Korea's transfers in the order they were reported
query NorthKoreaTimeline {
  timeline(actor: "Nordkorea") {
    date role status
    transfer { supplier { name } recipient { name } category }
    claim { quote article { outlet } }
  }
}
`,
  `# Delivered transfers reported by at least two articles, five per page
query DeliveredAndCorroborated($after: String) {
  transfers(filter: { status: DELIVERED, minCorroboration: 2 }, first: 5, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { supplier { name } recipient { name } category claimCount articleCount outletCount
                   firstReported lastReported outlets { outlet claims } } }
  }
}
`,
  `# Transfers whose claims state different statuses, with each claim
query WhereReportsDisagree {
  contradictions { supplier { name } recipient { name } category statuses disputed
                   claims { status quote article { outlet publishedAt } } }
}
`,
  `# Full-text search (accents folded) and what the graph holds
query SearchAndStats {
  search(text: "Pjongjang Raketen", first: 5) { kind score claim { quote } article { title } }
  stats { articles outlets claims transfers disputedTransfers actors people places weapons
          byStatus { delivered expected negotiating unconfirmed denied halted } byCategory { category transfers } }
}
`,
];
