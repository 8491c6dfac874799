// Every actor with the names it goes by; the API suggests close matches for a misspelt name.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.keys AS keys;
