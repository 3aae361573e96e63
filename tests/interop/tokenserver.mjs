// An OAuth 2.0 authorization server (client credentials grant, RFC 6749 §4.4) in front of the SCIMMY
// peer, for the console's interop tests of its oauth-client-credentials mode. POST /oauth/token
// issues random opaque access tokens; every request under the peer's SCIM path that bears a live
// one is forwarded to the peer with the peer's own bearer token, and the answer streamed back.
//   node tokenserver.mjs PEER_ENDPOINT_JSON [PORT]
// prints {"endpoint", "tokenEndpoint", "clientId", "clientSecret"} on one line, then serves.
// Environment: SCIM_INTEROP_OAUTH_LIFETIME (seconds, default 3600), SCIM_INTEROP_OAUTH_SCOPES
// (allowed scopes, space-separated, default "scim"), SCIM_INTEROP_OAUTH_LOG (a file: one line per
// token request, "grant N …" for each token issued, and one per rejected bearer token; no secrets),
// SCIM_INTEROP_OAUTH_LATENCY_MS (delay before each SCIM request is checked and forwarded, default 0).
import http from "node:http";
import {randomBytes, timingSafeEqual} from "node:crypto";
import {appendFileSync, readFileSync} from "node:fs";

const peer = JSON.parse(readFileSync(process.argv[2], "utf8"));
const peerUrl = new URL(peer.endpoint);
const scimPath = peerUrl.pathname.replace(/\/$/, "");
const lifetime = Number(process.env.SCIM_INTEROP_OAUTH_LIFETIME || 3600);
const latency = Number(process.env.SCIM_INTEROP_OAUTH_LATENCY_MS || 0);
const scopes = new Set((process.env.SCIM_INTEROP_OAUTH_SCOPES ?? "scim").split(" ").filter(Boolean));
const clientId = "scim-console-interop";
// Characters that RFC 6749 §2.3.1 requires the client to form-encode (':', '+', '%', ' ', '/').
const clientSecret = `s:+% /${randomBytes(18).toString("base64url")}`;
const tokens = new Map(); // access token -> expiry (ms since the epoch)
let grants = 0;

function log(line) {
    if (process.env.SCIM_INTEROP_OAUTH_LOG)
        appendFileSync(process.env.SCIM_INTEROP_OAUTH_LOG, `${new Date().toISOString()} ${line}\n`);
}

function send(response, status, body, headers = {}) {
    response.writeHead(status, {"Content-Type": "application/json", "Cache-Control": "no-store", ...headers});
    response.end(JSON.stringify(body));
}

function same(a, b) {
    const x = Buffer.from(String(a)), y = Buffer.from(String(b));
    return x.length === y.length && timingSafeEqual(x, y);
}

// application/x-www-form-urlencoded decoding of one component; null if malformed.
function formDecode(text) {
    try { return decodeURIComponent(text.replace(/\+/g, " ")); } catch { return null; }
}

function issue(request, response, body) {
    const fail = (status, error, description, headers) => {
        log(`reject ${error} (${description})`);
        send(response, status, {error, error_description: description}, headers);
    };
    if (request.method !== "POST")
        return fail(405, "invalid_request", "the token endpoint takes POST", {Allow: "POST"});
    if ((request.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase() !== "application/x-www-form-urlencoded")
        return fail(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded");
    const form = new URLSearchParams(body);
    const authorization = request.headers.authorization ?? "";
    const basic = /^Basic\s+(\S+)$/i.exec(authorization);
    const inForm = form.has("client_id") || form.has("client_secret");
    let id, secret, method;
    if (basic && inForm)
        return fail(400, "invalid_request", "client authenticated both with HTTP Basic and in the body");
    if (basic) {
        const decoded = Buffer.from(basic[1], "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        [id, secret, method] = colon < 0 ? [null, null, "basic"]
            : [formDecode(decoded.slice(0, colon)), formDecode(decoded.slice(colon + 1)), "basic"];
    } else if (inForm) {
        [id, secret, method] = [form.get("client_id"), form.get("client_secret"), "form"];
    }
    if (!method || id === null || secret === null || !same(id, clientId) || !same(secret, clientSecret)) {
        const challenge = basic ? {"WWW-Authenticate": 'Basic realm="oauth"'} : {};
        return fail(401, "invalid_client", `client authentication failed (${method ?? "none"})`, challenge);
    }
    if (form.get("grant_type") !== "client_credentials")
        return form.has("grant_type") ? fail(400, "unsupported_grant_type", `grant_type ${form.get("grant_type")}`)
                                      : fail(400, "invalid_request", "grant_type is missing");
    const requested = (form.get("scope") ?? "").split(" ").filter(Boolean);
    const unknown = requested.filter((scope) => !scopes.has(scope));
    if (unknown.length)
        return fail(400, "invalid_scope", `unknown scope ${unknown.join(" ")}`);
    const token = randomBytes(24).toString("base64url");
    tokens.set(token, Date.now() + lifetime * 1000);
    log(`grant ${++grants} client_id=${id} auth=${method} scope=${requested.join(",") || "-"} expires_in=${lifetime}`);
    send(response, 200, {access_token: token, token_type: "Bearer", expires_in: lifetime,
                         ...(requested.length ? {scope: requested.join(" ")} : {})}, {Pragma: "no-cache"});
}

const hopByHop = new Set(["connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
                          "proxy-authorization", "proxy-authenticate"]);

function strip(rawHeaders, replace = {}) {
    const headers = [], replaced = new Set(Object.keys(replace).map((name) => name.toLowerCase()));
    for (let i = 0; i < rawHeaders.length; i += 2) {
        const name = rawHeaders[i].toLowerCase();
        if (!hopByHop.has(name) && !replaced.has(name))
            headers.push(rawHeaders[i], rawHeaders[i + 1]);
    }
    for (const [name, value] of Object.entries(replace))
        headers.push(name, value);
    return headers;
}

function forward(request, response) {
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "");
    const expiry = bearer ? tokens.get(bearer[1]) : undefined;
    if (!expiry || expiry <= Date.now()) {
        const detail = !bearer ? "no bearer access token" : expiry ? "the access token has expired" : "unknown access token";
        log(`reject-token ${request.method} ${request.url} (${detail})`);
        response.writeHead(401, {"Content-Type": "application/scim+json",
                                 "WWW-Authenticate": `Bearer realm="scim", error="invalid_token", error_description="${detail}"`});
        return response.end(JSON.stringify({schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "401", detail}));
    }
    const upstream = http.request({host: peerUrl.hostname, port: peerUrl.port, method: request.method, path: request.url,
                                   headers: strip(request.rawHeaders, {Host: peerUrl.host, Authorization: `Bearer ${peer.token}`})},
                                  (answer) => {
        response.writeHead(answer.statusCode, answer.statusMessage, strip(answer.rawHeaders));
        answer.pipe(response);
    });
    upstream.on("error", (error) => {
        if (!response.headersSent)
            send(response, 502, {error: `the SCIM peer did not answer: ${error.message}`});
        else
            response.destroy();
    });
    request.pipe(upstream);
}

const server = http.createServer((request, response) => {
    const path = new URL(request.url, "http://proxy").pathname;
    if (path === "/oauth/token") {
        const chunks = [];
        request.on("data", (chunk) => chunks.push(chunk));
        request.on("end", () => issue(request, response, Buffer.concat(chunks).toString("utf8")));
    } else if (path === scimPath || path.startsWith(`${scimPath}/`)) {
        setTimeout(() => forward(request, response), latency);
    } else {
        send(response, 404, {error: `no such path ${path}`});
    }
});
server.listen(Number(process.argv[3] ?? 0), "127.0.0.1", () => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    process.stdout.write(JSON.stringify({endpoint: origin + scimPath, tokenEndpoint: `${origin}/oauth/token`, clientId, clientSecret}) + "\n");
});
for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => { server.closeAllConnections(); server.close(() => process.exit(0)); });
