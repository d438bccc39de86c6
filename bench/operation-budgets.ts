/**
 * What a hot action may cost, in store operations (each read, query, aggregate, insert, update and increment) and,
 * for the paid notify, in the requests CloudBase bills for them. `npm run bench` prints each action's figures beside
 * these; tests/cloudfunctions/operation-budget.test.ts fails when an action goes over.
 */
export const OPERATION_BUDGETS = {
  'paid notify, 3 levels': 10,
  'create order (1 line)': 8,
  'bind by scene (user without a team)': 6,
  'request withdrawal': 6,
  'approve + pay out withdrawal': 8,
} as const;

export const BILLED_REQUEST_BUDGETS: Partial<Record<keyof typeof OPERATION_BUDGETS, number>> = {
  'paid notify, 3 levels': 12,
};

export type BudgetedAction = keyof typeof OPERATION_BUDGETS;

/** The bench row naming an action's billed CloudBase requests. */
export const billedMetric = (action: string): string => `${action}: CloudBase requests`;

/** Documents `finance.getDashboard` may read, whatever the shop's size (the month's daily statistics and a few more). */
export const DASHBOARD_DOCUMENT_BUDGET = 40;
