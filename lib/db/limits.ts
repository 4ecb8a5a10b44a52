// Ids are PostgreSQL `integer` columns: a larger number can name no row, and sent to the database it
// is an out-of-range error (a 500), not "not found". Id schemas cap at this so it is refused up front.
export const MAX_ID = 2_147_483_647;
