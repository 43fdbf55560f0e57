// Checks request bodies against the request schemas of Pinterest's API description.
//
//   node check-request-bodies.mjs <openapi.yaml> <bodies.ndjson>
//
// Each line of the NDJSON file is {"method": "POST", "path": "/ad_accounts/{ad_account_id}/ad_groups",
// "action": "what made it", "body": <the JSON sent>}. A body is checked with ajv against the
// operation's requestBody schema, with OpenAPI 3.0's `nullable` turned into JSON Schema, and
// besides the schema: no member the schema marks readOnly and no member the schema does not
// know, at the top level of each ad group item (Pinterest refuses both).
// Prints every violation and a last line "checked N bodies: M violations"; exits 1 on any
// violation, 2 when it cannot run.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'noop.js'));
const load = (name) => {
    // The packages live in the folder named by NODE_PATH (the build tree's node_modules).
    for (const dir of (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean)) {
        try { return require(path.join(dir, name)); } catch (e) { if (e.code !== 'MODULE_NOT_FOUND') throw e; }
    }
    return require(name);
};

const [specFile, bodiesFile] = process.argv.slice(2);
if (!specFile || !bodiesFile) {
    console.error('usage: check-request-bodies.mjs <openapi.yaml> <bodies.ndjson>');
    process.exit(2);
}

const yaml = load('js-yaml');
const Ajv2019 = load('ajv/dist/2019').default;
const addFormats = load('ajv-formats').default;

// OpenAPI 3.0 → JSON Schema: `nullable: true` allows null; `example` and friends are notes.
function toJsonSchema(node) {
    if (Array.isArray(node))
        return node.map(toJsonSchema);
    if (node === null || typeof node !== 'object')
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node)) {
        if (['example', 'examples', 'xml', 'externalDocs', 'discriminator'].includes(key))
            continue;
        out[key] = toJsonSchema(value);
    }
    if (out.nullable === true) {
        delete out.nullable;
        if (typeof out.type === 'string' && !out.allOf && !out.$ref) {
            out.type = [out.type, 'null'];
            if (Array.isArray(out.enum) && !out.enum.includes(null))
                out.enum = [...out.enum, null];
            return out;
        }
        return { anyOf: [out, { type: 'null' }] };
    }
    delete out.nullable;
    return out;
}

const spec = yaml.load(fs.readFileSync(specFile, 'utf8'));
const schemas = toJsonSchema(spec.components.schemas);
const ajv = new Ajv2019({ strict: false, allErrors: true });
addFormats(ajv);
for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password'])
    ajv.addFormat(format, true);
ajv.addSchema({ $id: 'pinterest.json', components: { schemas } });
const resolveRefs = (node) => JSON.parse(JSON.stringify(node).replaceAll('"#/components/', '"pinterest.json#/components/'));

// The members a schema names (through $ref and allOf), and which of them are readOnly.
function membersOf(schema, seen = new Set()) {
    const members = new Map();
    if (!schema || typeof schema !== 'object')
        return members;
    if (schema.$ref) {
        const name = schema.$ref.split('/').pop();
        if (seen.has(name))
            return members;
        seen.add(name);
        return membersOf(schemas[name], seen);
    }
    for (const part of [...(schema.allOf || []), ...(schema.anyOf || []), ...(schema.oneOf || [])])
        for (const [key, readOnly] of membersOf(part, seen))
            members.set(key, (members.get(key) || false) || readOnly);
    for (const [key, value] of Object.entries(schema.properties || {}))
        members.set(key, (members.get(key) || false) || value.readOnly === true);
    return members;
}

const validators = new Map();
function validatorFor(method, route) {
    const key = `${method} ${route}`;
    if (validators.has(key))
        return validators.get(key);
    const operation = spec.paths?.[route]?.[method.toLowerCase()];
    const schema = operation?.requestBody?.content?.['application/json']?.schema;
    if (!schema)
        throw new Error(`no request body schema for ${key}`);
    const jsonSchema = toJsonSchema(schema);
    const item = jsonSchema.type === 'array' ? jsonSchema.items : jsonSchema;
    const entry = { validate: ajv.compile(resolveRefs(jsonSchema)), members: membersOf(item), isArray: jsonSchema.type === 'array' };
    validators.set(key, entry);
    return entry;
}

let checked = 0;
let violations = 0;
const kinds = new Map(); // "action: message with item numbers left out" → count
const report = (line, action, message) => {
    ++violations;
    if (violations <= 50)
        console.log(`line ${line} (${action}): ${message}`);
    const kind = `${action}: ${message.replace(/^\/\d+\//, '/*/')}`;
    kinds.set(kind, (kinds.get(kind) || 0) + 1);
};
const lines = fs.readFileSync(bodiesFile, 'utf8').split('\n');
lines.forEach((text, index) => {
    if (!text.trim())
        return;
    const { method, path: route, action, body } = JSON.parse(text);
    const { validate, members, isArray } = validatorFor(method, route);
    ++checked;
    if (!validate(body)) {
        for (const error of validate.errors)
            report(index + 1, action, `${error.instancePath || '(body)'} ${error.message} ${JSON.stringify(error.params)}`);
    }
    for (const [at, item] of (isArray ? body : [body]).entries()) {
        if (!item || typeof item !== 'object')
            continue;
        for (const key of Object.keys(item)) {
            const where = isArray ? `/${at}/${key}` : `/${key}`;
            if (!members.has(key))
                report(index + 1, action, `${where} is not a member of the request schema`);
            else if (members.get(key))
                report(index + 1, action, `${where} is read-only`);
        }
    }
});
if (violations > 50)
    console.log(`… and ${violations - 50} more`);
for (const [kind, count] of [...kinds.entries()].sort((a, b) => b[1] - a[1]))
    console.log(`${String(count).padStart(6)} × ${kind}`);
console.log(`checked ${checked} bodies: ${violations} violations`);
process.exit(violations > 0 ? 1 : 0);
