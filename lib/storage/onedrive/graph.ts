// The Graph client: @azure/identity for app-only tokens, @microsoft/microsoft-graph-client for calls.
// Endpoints are settings (national clouds, an emulator): instance discovery is turned off for an authority
// that is not Microsoft's, and the client attaches the token only to the Graph host (customHosts).
import { ClientCertificateCredential, ClientSecretCredential, type TokenCredential } from '@azure/identity';
import { Client } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';
import { ExitCode, UserError } from '../../errors.js';
import { knownAuthorityHosts, type OneDriveSettings } from './settings.js';

export function credentialFor(settings: OneDriveSettings): TokenCredential {
  const authority = new URL(settings.authorityHost);
  const options = {
    authorityHost: settings.authorityHost,
    // Without this MSAL asks login.microsoftonline.com about any other authority (private clouds, tests).
    disableInstanceDiscovery: !knownAuthorityHosts.includes(authority.hostname),
  };
  return 'secret' in settings.credential
    ? new ClientSecretCredential(settings.tenantId, settings.clientId, settings.credential.secret, options)
    : new ClientCertificateCredential(
        settings.tenantId,
        settings.clientId,
        { certificatePath: settings.credential.certificatePath },
        options,
      );
}

export function graphClient(settings: OneDriveSettings, credential: TokenCredential): Client {
  const host = new URL(settings.graphEndpoint).hostname;
  return Client.initWithMiddleware({
    authProvider: new TokenCredentialAuthenticationProvider(credential, {
      scopes: [`${settings.graphEndpoint}/.default`],
    }),
    baseUrl: `${settings.graphEndpoint}/`,
    defaultVersion: 'v1.0',
    customHosts: new Set([host]),
  });
}

/**
 * A Graph client that starts over with a fresh credential (and so a fresh token) when Graph answers 401:
 * a token revoked or expired early would otherwise fail every call until the cache expires it.
 */
export class GraphConnection {
  private current: Client;

  constructor(private readonly settings: OneDriveSettings) {
    this.current = graphClient(settings, credentialFor(settings));
  }

  async call<T>(work: (client: Client) => Promise<T>): Promise<T> {
    try {
      return await work(this.current);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 401) throw error;
      this.current = graphClient(this.settings, credentialFor(this.settings));
      return work(this.current);
    }
  }
}

/** A Graph or identity error as a message a person can act on: code, message, request-id. */
export function graphFailure(action: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const err = error as {
    statusCode?: number;
    code?: string;
    message?: string;
    requestId?: string;
    headers?: { get?(name: string): string | null };
  };
  const requestId = err.requestId ?? err.headers?.get?.('request-id') ?? undefined;
  const parts = [
    err.statusCode ? `HTTP ${err.statusCode}` : undefined,
    err.code && err.code !== 'Error' ? err.code : undefined,
    err.message?.split('\n')[0],
    requestId ? `request-id ${requestId}` : undefined,
  ].filter(Boolean);
  const text = parts.join(': ');
  const hint = /AADSTS7000215|invalid_client|Invalid client secret/i.test(text)
    ? 'the client secret (AZURE_CLIENT_SECRET) is wrong or expired: create a new one in Entra ID'
    : /AADSTS700016|Application .* not found/i.test(text)
      ? 'AZURE_CLIENT_ID or AZURE_TENANT_ID is wrong'
      : err.statusCode === 403
        ? 'the app lacks a permission: Files.ReadWrite.All (application) with admin consent, or Sites.Selected granted on the site'
        : err.statusCode === 404 && /drive/i.test(action)
          ? 'check the drive, user or site id'
          : undefined;
  return new UserError(`OneDrive: cannot ${action}: ${text || String(error)}`, {
    exitCode: ExitCode.failed,
    ...(hint ? { hint } : {}),
  });
}
