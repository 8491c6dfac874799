/**
 * Where an actor sits on the map: a state's capital (an organisation's seat), the place the
 * lexicon lists as standing in for it in reports ("Pjöngjang" for North Korea), with the
 * coordinates the lexicon gives that place. Read from the lexicon, not the graph: capitals
 * need not be mentioned by any article.
 */
import actorData from '../lexicon/data/actors.json';
import { lexicon, resolveName, slug } from '../lexicon';

export interface Location {
  name: string;
  latitude: number;
  longitude: number;
}

let capitals: Map<string, Location> | null = null;

function build(): Map<string, Location> {
  const places = lexicon().places;
  const found = new Map<string, Location>();
  for (const actor of actorData.actors) {
    const standIns: string[] = 'standIns' in actor && actor.standIns ? actor.standIns : [];
    for (const standIn of standIns) {
      const resolved = resolveName(standIn.replace(/~$/, ''), 'place');
      const place = resolved?.type === 'place' ? places.get(resolved.id) : undefined;
      if (place && place.lat !== null && place.lon !== null) {
        found.set(slug(actor.name), { name: place.name, latitude: place.lat, longitude: place.lon });
        break;
      }
    }
  }
  return found;
}

/** The capital or seat of the actor with this id, or null where the lexicon knows none. */
export function capitalOf(actorId: string): Location | null {
  return (capitals ??= build()).get(actorId) ?? null;
}
