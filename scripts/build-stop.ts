/**
 * A build step failure whose message is already written for a volunteer: scripts/build.ts prints it
 * without "internal error". Its own file so that steps can throw it without importing build.ts (which
 * imports the steps).
 */
export class BuildStop extends Error {}
