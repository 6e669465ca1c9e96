/**
 * What the server process's environment changes of the extension host's (vscode-languageclient
 * starts it with the host's environment and these over it; undefined leaves a variable out).
 * NODE_EXTRA_CA_CERTS names certificates that Node reads and parses at every start (some 30 ms of
 * processor time for a system's bundle), for connections the server never makes: it sends nothing
 * anywhere (drafts are confidential; fetch is compiled out of it). No import of vscode here: the
 * benchmark starts the server with the same environment.
 */
export const SERVER_ENVIRONMENT: Readonly<Record<string, string | undefined>> = { NODE_EXTRA_CA_CERTS: undefined };
