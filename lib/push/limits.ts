// Numbers the push pages share with the server, kept apart so a client component can import them
// without pulling in the mapping library.

/** "Send testdata" lists this many readings; its counts cover the whole body. */
export const PREVIEW_ROWS = 50;
