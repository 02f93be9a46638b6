export function buildSuite(repo: string): Promise<string>;
