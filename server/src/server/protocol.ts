import { NotificationType, RequestType } from 'vscode-jsonrpc';

// Copydesk's own messages between client and server, typed once here and
// imported by both sides.

export interface CopydeskSettings {
  enable: boolean;
  rules: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'>;
  translations: { source: string };
}

export interface StatusParams {
  uri: string;
  language: string;
  /** URIs of the other versions of the article. */
  translations: string[];
  findings: number;
  elapsedMs: number;
}

export namespace StatusNotification {
  export const method = 'copydesk/status';
  export const type = new NotificationType<StatusParams>(method);
}

export interface CheckWorkspaceParams {
  folders: string[];
}

export namespace CheckWorkspaceRequest {
  export const method = 'copydesk/checkWorkspace';
  export const type = new RequestType<CheckWorkspaceParams, { files: number; findings: number }, void>(method);
}

export interface CounterpartsParams {
  uri: string;
  /** The cursor, to scroll the other version to the aligned paragraph. */
  position: { line: number; character: number };
}

export interface Counterpart {
  uri: string;
  language: string;
  /** The paragraph aligned with the one at `position`, or the start of the file. */
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

export namespace CounterpartsRequest {
  export const method = 'copydesk/counterparts';
  export const type = new RequestType<CounterpartsParams, Counterpart[], void>(method);
}

export interface EntityLookupParams {
  query: string;
  /** The document whose configuration (entity list) and language apply. */
  uri?: string;
}

export interface EntityLookupResult {
  id: string;
  name: string;
  type: string;
  /** The hover card, as Markdown. */
  markdown: string;
  /** Where the entry is written, when it comes from a file. */
  location?: { uri: string; range: Counterpart['range'] };
}

export namespace EntityLookupRequest {
  export const method = 'copydesk/lookupEntity';
  export const type = new RequestType<EntityLookupParams, EntityLookupResult[], void>(method);
}

export namespace ReloadConfigurationRequest {
  export const method = 'copydesk/reloadConfiguration';
  export const type = new RequestType<void, void, void>(method);
}
