/** The query GraphiQL opens with: the headline question of armsgraph. */
export const HEADLINE_QUERY = `# What did North Korea send Russia, and what is it expected to receive in return?
{
  exchange(from: "Nordkorea", to: "Russland") {
    sent             { category status supplier { name } recipient { name } items { name }
                       claims { quote article { title outlet publishedAt } } }
    expectedInReturn { category status supplier { name } recipient { name } items { name }
                       claims { quote article { title outlet publishedAt } } }
  }
}
`;
