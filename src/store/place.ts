// Where a practice or a drill was done (a site: a branch, a community centre) and by which team, as
// stored: typed by a trainer or a learner, so cleaned and masked like any name (check/person.ts),
// and '' when not given. Every write of a site or team, and every report filter, goes through here
// so that a filter matches what was stored.
import { storedName } from '../check/person';

export interface Place {
  site: string;
  team: string;
}

/** The stored site and team ('' for one not given); throws check/person's NameError for one that cannot be stored. */
export function storedPlace(p: { site?: string | undefined; team?: string | undefined }): Place {
  return { site: p.site ? storedName(p.site, 'site') : '', team: p.team ? storedName(p.team, 'team') : '' };
}
