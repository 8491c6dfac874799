/**
 * Saved example queries: GraphiQL opens with one tab each, the headline question first. They
 * work on the five sample articles in seeds/ (tests/api/limits.test.ts runs every one). Each is
 * a named operation: GraphiQL titles a tab by its operation name ("<untitled>" without one).
 */

/** The query GraphiQL opens with: the headline question of armsgraph. */
export const HEADLINE_QUERY = `# What did North Korea send Russia, and what does it get in return? A transfer's status is
# the most advanced one its claims state: each claim shows its own, so a sentence that only
# fears a delivery reads as UNCONFIRMED under a DELIVERED transfer.
query NorthKoreaAndRussia {
  exchange(from: "Nordkorea", to: "Russland") {
    sent             { ...Reported }
    expectedToSend   { ...Reported }
    receivedInReturn { ...Reported }
    expectedInReturn { ...Reported }
    unconfirmed      { ...Reported }
    denied           { ...Reported }
    halted           { ...Reported }
  }
}

fragment Reported on Transfer {
  category status statuses disputed supplier { name } recipient { name } items { name }
  claims { status quote article { title outlet publishedAt } }
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
  `# Transfers whose reports contradict each other, how, and each claim
query WhereReportsDisagree {
  contradictions { supplier { name } recipient { name } category statuses disagreements
                   claims { status quote quantity { value approx unit } article { outlet publishedAt } } }
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
