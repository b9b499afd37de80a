// Checks every manifest in this folder against the Kubernetes JSON schemas of the npm package
// kubernetes-models (the OpenAPI schemas of Kubernetes itself), and the CloudNativePG Cluster
// against the openAPIV3Schema of the operator's CRD. Not part of the build; run it by hand:
//   npm install kubernetes-models@5 js-yaml@4 ajv@8      (in any folder, then NODE_PATH=that/node_modules)
//   CNPG_CRD=path/to/postgresql.cnpg.io_clusters.yaml node deploy/k8s/validate.mjs [folder]
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const modules = process.env.NODE_PATH ?? join(process.cwd(), "node_modules");
const require = createRequire(join(modules, "x.js"));
const yaml = require("js-yaml");
const Ajv = require("ajv");

const here = process.argv[2] ?? dirname(fileURLToPath(import.meta.url));
const groups = { "v1": "v1", "apps/v1": "apps/v1", "networking.k8s.io/v1": "networking.k8s.io/v1", "policy/v1": "policy/v1" };
let problems = 0;
let checked = 0;

function cnpgValidator() {
  const file = process.env.CNPG_CRD;
  if (!file) return null;
  const crd = yaml.load(readFileSync(file, "utf8"));
  const version = crd.spec.versions.find((v) => v.name === "v1");
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  return ajv.compile(version.schema.openAPIV3Schema);
}
const cnpg = cnpgValidator();

for (const file of readdirSync(here).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml").sort()) {
  for (const doc of yaml.loadAll(readFileSync(join(here, file), "utf8")).filter(Boolean)) {
    const name = `${file}: ${doc.kind} ${doc.metadata?.name}`;
    checked++;
    try {
      if (doc.apiVersion === "postgresql.cnpg.io/v1" && doc.kind === "Cluster") {
        if (!cnpg) throw new Error("set CNPG_CRD to the operator's Cluster CRD to check this one");
        if (!cnpg(doc)) throw new Error(JSON.stringify(cnpg.errors, null, 1));
      } else {
        const group = groups[doc.apiVersion];
        if (!group) throw new Error(`no schema for ${doc.apiVersion}`);
        const url = pathToFileURL(join(modules, "kubernetes-models", group, `${doc.kind}.js`));
        const { [doc.kind]: Model } = await import(url.href);
        new Model(doc).validate();
      }
      console.log(`ok      ${name}`);
    } catch (e) {
      problems++;
      console.log(`INVALID ${name}\n${e.message}`);
    }
  }
}
console.log(`${checked} objects checked, ${problems} invalid`);
process.exit(problems === 0 && checked > 0 ? 0 : 1);
