/** How many waiting gates and conditions the dashboard lists (the counts cover all of them). */
export const GATES_DUE_LIMIT = 25;
