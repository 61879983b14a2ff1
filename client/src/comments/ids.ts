/** DOM ids in the comments panel, by which focus is moved there. */
export const PANEL_ID = 'comments-panel';
export const PANEL_TITLE_ID = 'comments-panel-title';
export const DRAFT_ID = 'comments-draft';

export const threadButtonId = (threadId: string) => `comment-thread-${threadId}`;
