/**
 * A person as a change, a comment, a resolution or a version names them:
 * the id, and the name they had at that moment (a later rename does not
 * rewrite the history). The one name for `{id, name}` of a person.
 */
export interface PersonRef {
  id: string;
  name: string;
}
