// The customer named by its own word: "you", its role, or the contract's name for it. Shared by the rules that ask
// whom a phrase names (a model kept for the customer, consent given or collected, derived data made for someone).
// Pure: data only.
export const CUSTOMER_WORD_SETS: ReadonlySet<string> = new Set(['customerYou', 'customerRole', 'docCustomer']);
