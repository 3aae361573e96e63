// An independent SCIM 2.0 service provider for the console's interoperability tests.
// SCIMMY does all parsing, filtering and PATCH; these handlers only store and fetch records, as a
// database would (unique indexes on userName and on externalId, compared as stored:
// case-sensitively). Every request line and User-Agent is appended to SCIM_INTEROP_LOG if set.
//   node server.mjs [PORT]      prints {"endpoint": …, "token": …} on one line, then serves
// The bearer token comes from SCIM_INTEROP_TOKEN (a random one otherwise).
import express from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";
import {randomUUID} from "node:crypto";
import {appendFileSync} from "node:fs";

const token = process.env.SCIM_INTEROP_TOKEN || randomUUID();
const store = {User: new Map(), Group: new Map()};

function plain(instance) {
    return JSON.parse(JSON.stringify(instance));
}

function notFound(id) {
    return new SCIMMY.Types.Error(404, null, `Resource ${id} not found`);
}

function declare(Resource, kind, ...unique) {
    SCIMMY.Resources.declare(Resource)
        .ingress((resource, instance) => {
            const record = plain(instance);
            const existing = resource.id ? store[kind].get(resource.id) : undefined;
            if (resource.id && !existing)
                throw notFound(resource.id);
            for (const other of store[kind].values()) {
                for (const attribute of unique) {
                    if (other.id !== resource.id && record[attribute] !== undefined && other[attribute] === record[attribute])
                        throw new SCIMMY.Types.Error(409, "uniqueness", `${attribute} ${record[attribute]} is already taken`);
                }
            }
            const now = new Date().toISOString();
            const id = resource.id ?? randomUUID();
            const stored = {...record, id, meta: {created: existing?.meta?.created ?? now, lastModified: now}};
            store[kind].set(id, stored);
            return stored;
        })
        .egress((resource) => {
            if (resource.id) {
                const record = store[kind].get(resource.id);
                if (!record)
                    throw notFound(resource.id);
                return record;
            }
            const all = [...store[kind].values()];
            return resource.filter ? resource.filter.match(all) : all;
        })
        .degress((resource) => {
            if (!store[kind].delete(resource.id))
                throw notFound(resource.id);
        });
}

// SCIM_INTEROP_TRUNCATE="title,addresses": a service whose User schema lacks those attributes
// (SCIMMY then leaves them out of what it stores and of its /Schemas).
for (const name of (process.env.SCIM_INTEROP_TRUNCATE ?? "").split(",").filter(Boolean))
    SCIMMY.Schemas.User.definition.truncate(name);
declare(SCIMMY.Resources.User, "User", "userName", "externalId");
declare(SCIMMY.Resources.Group, "Group", "displayName");
SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false);

const seeded = randomUUID();
store.Group.set(seeded, {schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], id: seeded, displayName: "SCIM Pilot", members: [],
                         meta: {created: new Date().toISOString(), lastModified: new Date().toISOString()}});

const app = express();
const log = process.env.SCIM_INTEROP_LOG;
if (log) {
    app.use((request, response, next) => {
        appendFileSync(log, `${request.method} ${request.originalUrl} ${request.get("User-Agent") ?? ""}\n`);
        next();
    });
}
app.use("/scim/v2", new SCIMMYRouters({
    type: "bearer",
    docUri: "https://datatracker.ietf.org/doc/html/rfc6750",
    handler: (request) => {
        if (request.header("Authorization") !== `Bearer ${token}`)
            throw new Error("The bearer token is missing or not valid");
    },
}));
const server = app.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => {
    const {port} = server.address();
    process.stdout.write(JSON.stringify({endpoint: `http://127.0.0.1:${port}/scim/v2`, token}) + "\n");
});
for (const signal of ["SIGINT", "SIGTERM"])
    process.on(signal, () => server.close(() => process.exit(0)));
