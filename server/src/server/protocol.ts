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
